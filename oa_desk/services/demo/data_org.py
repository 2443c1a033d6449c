"""Demo data: department types with their titles and pain points, the headquarters,
subsidiary kinds, cities, executive titles and the project team's duties."""

# Long Chinese sentences are data, not code: they stay on one line each.
# ruff: noqa: E501

from __future__ import annotations

from typing import Final, NamedTuple

from oa_desk.domain.enums import Fit, OaModule

# -- organisation -----------------------------------------------------------------


class Pain(NamedTuple):
    """A typical pain point a department reports in the requirement research."""

    pain: str
    detail: str
    module: OaModule
    fit: Fit


class DeptType(NamedTuple):
    key: str
    staff_titles: tuple[str, ...]
    pains: tuple[Pain, ...]
    weight: float  # relative size when people are spread over departments


P = Pain
W, D, M, N = OaModule.WORKFLOW, OaModule.DOCUMENTS, OaModule.MEETINGS, OaModule.NOTICES
ATT, CON, AST, FIN = OaModule.ATTENDANCE, OaModule.CONTRACTS, OaModule.ASSETS, OaModule.FINANCE
POR, MOB, OTH = OaModule.PORTAL, OaModule.MOBILE, OaModule.OTHER
STD, CFG, CUS, GAP = Fit.STANDARD, Fit.CONFIGURATION, Fit.CUSTOMISATION, Fit.GAP

DEPT_TYPES: Final[dict[str, DeptType]] = {
    t.key: t
    for t in (
        DeptType("office", ("行政专员", "文秘", "档案管理员", "综合管理专员", "主任科员"), (
            P("公文纸质流转，签批周期长", "收文、发文需逐级线下签字，领导出差时公文积压，平均流转 5 天以上。", D, CFG),
            P("会议室预订靠电话和登记本，经常冲突", "会议室资源分散，临时调整无法及时通知参会人。", M, STD),
            P("通知公告靠群发邮件，无法确认已读", "重要通知无法追踪阅读情况，基层员工经常漏看。", N, STD),
            P("印章使用登记手工记录，难以追溯", "用印申请、审批、登记分散在纸质台账，审计时难以查证。", W, CFG),
            P("督办事项跟踪靠 Excel", "领导交办事项分散在各部门，进度需要逐个电话询问。", W, CUS),
        ), 1.0),
        DeptType("hr", ("人事专员", "招聘专员", "薪酬专员", "培训专员", "员工关系专员"), (
            P("请假、加班申请纸质审批，考勤核算工作量大", "每月考勤汇总需人工核对请假单和打卡记录，耗时 3 天。", ATT, CFG),
            P("入转调离手续需多部门线下签字", "新员工入职需跑 6 个部门签字，账号和设备开通不及时。", W, CFG),
            P("培训报名与签到统计靠 Excel 汇总", "培训通知、报名、签到、考试成绩分散在不同表格。", OTH, GAP),
            P("证明开具申请流程不透明", "员工开具在职、收入证明需线下申请，进度无法查询。", W, STD),
        ), 1.0),
        DeptType("finance", ("会计", "出纳", "财务主管", "税务专员", "预算专员", "成本会计"), (
            P("费用报销单据纸质签批，报销周期长", "报销单需逐级手签后交财务，异地员工报销周期超过两周。", FIN, CFG),
            P("付款申请与预算控制脱节", "付款审批时无法实时查看预算执行情况，常出现超预算支出。", FIN, CUS),
            P("借款与还款跟踪靠手工台账", "员工借款冲账依赖出纳手工核对，逾期借款难以及时催收。", FIN, CFG),
            P("发票查验和查重全部手工完成", "电子发票重复报销风险高，需要与税务平台对接自动查验。", FIN, GAP),
            P("资金计划上报汇总繁琐", "各部门资金计划用邮件报送，财务汇总口径不一致。", W, CFG),
        ), 1.2),
        DeptType("it", ("系统工程师", "网络工程师", "数据库管理员", "开发工程师", "运维工程师", "信息安全专员"), (
            P("IT 服务请求靠电话，处理进度无法跟踪", "报修和服务请求没有工单记录，无法统计响应时长。", W, CFG),
            P("账号开通与权限申请流程不规范", "系统权限申请口头审批，离职人员账号回收不及时。", W, CFG),
            P("软硬件资产台账不准确", "电脑、打印机等资产领用归还无系统记录。", AST, STD),
            P("各业务系统待办分散，需要统一入口", "员工需要登录多个系统处理待办，希望在 OA 门户集中展示。", POR, CUS),
        ), 0.8),
        DeptType("sales", ("销售经理", "客户经理", "销售代表", "销售内勤", "大客户经理"), (
            P("销售合同审批线下流转，版本难以控制", "合同条款修改后无法比对版本，法务和财务会签耗时长。", CON, CFG),
            P("客户招待费用申请审批慢", "外出拜访前的费用申请需回公司签字，影响商机跟进。", FIN, CFG),
            P("外出人员无法及时处理审批", "销售人员长期出差，希望在手机上完成审批和查看通知。", MOB, STD),
            P("投标保证金申请流程复杂", "投标保证金的申请、支付和退回缺少闭环跟踪。", FIN, CUS),
        ), 2.5),
        DeptType("marketing", ("市场专员", "品牌专员", "活动策划", "新媒体运营", "市场分析师"), (
            P("宣传物料制作申请审批环节多", "物料设计、印刷需要多个部门确认，版本来回修改。", W, CFG),
            P("市场活动费用预算跟踪困难", "活动结束后才能汇总实际费用，无法实时控制预算。", FIN, CUS),
            P("品牌素材分散，查找困难", "宣传素材散落在个人电脑和网盘，版本混乱。", D, STD),
        ), 1.0),
        DeptType("production", ("生产调度员", "班组长", "工艺员", "车间统计员", "操作工", "生产计划员"), (
            P("生产计划变更通知传达不及时", "计划调整靠电话逐级通知，车间经常按旧计划生产。", N, STD),
            P("设备维修申请纸质流转", "报修单需要车间主任签字后送设备部，停机时间长。", W, CFG),
            P("一线员工没有电脑，无法在线审批", "车间员工主要使用手机，需要移动端完成请假和报修。", MOB, CFG),
            P("交接班记录纸质填写，难以追溯", "交接班本记录不完整，质量问题无法追溯到班次。", OTH, GAP),
        ), 4.0),
        DeptType("procurement", ("采购员", "采购主管", "供应商管理专员", "采购计划员"), (
            P("采购申请审批线下流转，周期长", "采购申请需要层层签字，紧急采购经常先买后补手续。", W, CFG),
            P("供应商准入资料分散保存", "供应商资质证照到期无提醒，年审资料靠纸质档案。", D, CUS),
            P("采购合同会签部门多，流转慢", "采购合同需法务、财务、使用部门会签，平均耗时 7 天。", CON, CFG),
        ), 1.0),
        DeptType("legal", ("法务专员", "合规专员", "法律顾问"), (
            P("合同法务审核意见无法留痕", "审核意见通过邮件和批注往返，最终版本难以确认。", CON, CFG),
            P("规章制度发布与查阅不便", "制度文件分散在各部门，员工找不到最新版本。", D, STD),
            P("诉讼案件进展靠 Excel 登记", "案件节点和代理律师信息分散，缺少到期提醒。", OTH, GAP),
        ), 0.5),
        DeptType("audit", ("审计专员", "内控专员", "审计主管"), (
            P("审计整改事项跟踪靠邮件", "整改通知发出后缺少跟踪，逾期整改无法及时发现。", W, CUS),
            P("审计资料调阅手续繁琐", "调阅业务单据需要纸质审批，资料传递效率低。", D, CFG),
        ), 0.5),
        DeptType("logistics", ("后勤专员", "车辆调度员", "物业管理员", "食堂管理员"), (
            P("办公用品申领纸质登记", "办公用品申领和库存靠手工台账，月底盘点不一致。", AST, STD),
            P("车辆使用申请调度混乱", "用车申请电话预约，车辆冲突和空驶情况多。", W, CFG),
            P("固定资产盘点数据不一致", "资产卡片与实物对不上，调拨报废缺少审批记录。", AST, CFG),
        ), 0.8),
        DeptType("quality", ("质量工程师", "质检员", "体系专员", "质量主管"), (
            P("质量问题处理流程无法闭环跟踪", "客诉和内部质量问题的 8D 报告靠邮件流转。", W, CUS),
            P("体系文件版本管理混乱", "作业指导书多个版本并存，现场使用的不是最新版。", D, CFG),
        ), 1.2),
        DeptType("service", ("客服专员", "售后工程师", "客服主管", "回访专员"), (
            P("客户投诉处理流转无记录", "投诉在部门间口头转办，处理时限无法考核。", W, CFG),
            P("服务知识分散，新人上手慢", "常见问题答案散落在聊天记录里，缺少统一知识库。", POR, STD),
        ), 1.5),
        DeptType("warehouse", ("仓库管理员", "物流专员", "配送调度员", "库存计划员"), (
            P("出入库单据审批靠纸质", "出入库单需要多方签字，单据丢失后无法追溯。", W, CFG),
            P("物流费用结算对账困难", "承运商运费对账靠 Excel，差错率高。", FIN, CUS),
        ), 1.5),
        DeptType("safety", ("安全员", "环保专员", "职业健康专员", "安全主管"), (
            P("安全隐患排查整改跟踪困难", "隐患整改靠纸质通知单，复查结果无法及时反馈。", W, CFG),
            P("动火等特种作业审批需现场签字", "特种作业票审批需要多人现场签字，夜间作业审批困难。", MOB, CUS),
        ), 0.8),
        DeptType("equipment", ("设备工程师", "维修技师", "设备管理员", "备件管理员"), (
            P("设备采购与报废审批手工流转", "设备报废鉴定、审批、处置全流程纸质签批。", AST, CFG),
            P("设备点检记录纸质填写", "点检表每日纸质填写，异常无法及时上报。", MOB, GAP),
        ), 1.2),
        DeptType("rd", ("研发工程师", "高级工程师", "测试工程师", "项目经理", "技术专员"), (
            P("研发项目立项审批周期长", "立项材料需多轮线下评审，评审意见没有统一记录。", W, CFG),
            P("技术文档分散在个人电脑", "设计文档和图纸缺少统一存储和权限控制。", D, CUS),
            P("专利申请审批流程不清晰", "专利申请需要技术、法务、领导多方确认，进度不透明。", W, CFG),
        ), 2.5),
        DeptType("strategy", ("战略分析师", "投资专员", "运营分析师"), (
            P("经营分析报告收集靠邮件", "月度经营数据由各单位邮件报送，汇总口径不一致。", W, CUS),
            P("重点项目督办缺少统一平台", "集团重点项目进度分散在各单位，领导难以掌握全局。", POR, CUS),
        ), 0.6),
    )
}  # fmt: skip

# Pain points any department may raise besides its own.
GENERIC_PAINS: Final = (
    P("待办事项分散在邮件和微信群里", "各类审批提醒分散，员工经常遗漏待办。", POR, STD),
    P("希望在手机上处理审批", "外出时无法审批，流程经常因领导出差停滞。", MOB, STD),
    P("部门通知和制度无法集中查阅", "部门内部通知靠微信群发布，新员工找不到历史通知。", N, STD),
)  # fmt: skip


class DeptSpec(NamedTuple):
    name: str
    type_key: str
    sections: tuple[str, ...]


# The group headquarters: root "集团总部" plus these first-level departments
# (the rollout units); about fifteen departments in all at scale 1.
HQ_DEPTS: Final = (
    DeptSpec("总裁办公室", "office", ()),
    DeptSpec("财务部", "finance", ("会计科", "资金科")),
    DeptSpec("人力资源部", "hr", ()),
    DeptSpec("信息技术部", "it", ("运维科",)),
    DeptSpec("市场营销部", "sales", ()),
    DeptSpec("生产管理部", "production", ()),
    DeptSpec("采购部", "procurement", ()),
    DeptSpec("法务合规部", "legal", ()),
    DeptSpec("审计部", "audit", ()),
    DeptSpec("行政后勤部", "logistics", ()),
    DeptSpec("战略发展部", "strategy", ()),
)
HQ_PILOT: Final = ("总裁办公室", "财务部")

# Subsidiary kinds: name suffix, departments always present, optional departments.
SUBSIDIARY_KINDS: Final = (
    (
        "分公司",
        (
            DeptSpec("综合管理部", "office", ()),
            DeptSpec("财务部", "finance", ()),
            DeptSpec("人力资源部", "hr", ()),
            DeptSpec("销售部", "sales", ("销售一部", "销售二部")),
            DeptSpec("客户服务部", "service", ()),
        ),
        (
            DeptSpec("市场部", "marketing", ()),
            DeptSpec("仓储物流部", "warehouse", ()),
            DeptSpec("采购部", "procurement", ()),
            DeptSpec("大客户部", "sales", ()),
            DeptSpec("行政后勤部", "logistics", ()),
            DeptSpec("质量管理部", "quality", ()),
            DeptSpec("信息中心", "it", ()),
        ),
    ),
    (
        "生产基地",
        (
            DeptSpec("综合管理部", "office", ()),
            DeptSpec("财务部", "finance", ()),
            DeptSpec("人力资源部", "hr", ()),
            DeptSpec("生产部", "production", ("一车间", "二车间", "三车间")),
            DeptSpec("质量部", "quality", ()),
            DeptSpec("设备部", "equipment", ()),
        ),
        (
            DeptSpec("采购部", "procurement", ()),
            DeptSpec("仓储物流部", "warehouse", ()),
            DeptSpec("安全环保部", "safety", ()),
            DeptSpec("技术部", "rd", ()),
            DeptSpec("计划部", "production", ()),
            DeptSpec("行政后勤部", "logistics", ()),
        ),
    ),
    (
        "研发中心",
        (
            DeptSpec("综合管理部", "office", ()),
            DeptSpec("财务部", "finance", ()),
            DeptSpec("人力资源部", "hr", ()),
            DeptSpec("产品研发部", "rd", ("软件组", "硬件组")),
            DeptSpec("测试部", "rd", ()),
        ),
        (
            DeptSpec("项目管理部", "rd", ()),
            DeptSpec("知识产权部", "legal", ()),
            DeptSpec("技术支持部", "service", ()),
            DeptSpec("信息中心", "it", ()),
            DeptSpec("采购部", "procurement", ()),
            DeptSpec("质量部", "quality", ()),
        ),
    ),
)
SUBSIDIARY_KIND_WEIGHTS: Final = (5, 3, 1)

CITIES: Final = (
    "北京", "上海", "广州", "深圳", "天津", "重庆", "成都", "武汉", "杭州", "南京",
    "西安", "苏州", "长沙", "郑州", "青岛", "沈阳", "大连", "宁波", "厦门", "福州",
    "济南", "合肥", "昆明", "南昌", "哈尔滨", "长春", "石家庄", "太原", "南宁", "贵阳",
    "兰州", "乌鲁木齐", "呼和浩特", "银川", "西宁", "海口", "无锡", "常州", "佛山", "东莞",
    "珠海", "中山", "惠州", "温州", "绍兴", "嘉兴", "台州", "金华", "徐州", "扬州",
    "南通", "泉州", "漳州", "烟台", "潍坊", "临沂", "洛阳", "襄阳", "宜昌", "株洲",
    "岳阳", "赣州", "芜湖", "柳州", "桂林", "遵义", "绵阳", "宜宾", "包头", "唐山",
    "保定", "邯郸", "大庆", "吉林", "鞍山", "淄博", "济宁", "盐城", "镇江", "湖州",
)  # fmt: skip

HQ_EXECUTIVES: Final = (
    "董事长", "总裁", "常务副总裁", "副总裁", "副总裁", "财务总监", "首席信息官", "总裁助理",
)  # fmt: skip
SUB_EXECUTIVES: Final = ("总经理", "副总经理", "副总经理", "总经理助理")

TEAM_DUTIES: Final = {
    "sponsor": "项目总发起人：审定推广目标与预算，主持指导委员会，协调跨部门重大事项。",
    "steering": "指导委员会成员：审批里程碑与上线批次，决策资源投入，推动所辖单位落实推广。",
    "pmo": "项目管理办公室：制定并跟踪推广计划，组织周例会，管理风险、问题和变更。",
    "it": "技术支持：系统部署、集成与运维，处理上线问题，保障系统稳定与数据安全。",
    "business_lead": "业务负责人：确认本部门需求与流程方案，组织本部门培训与上线，推动线上办公。",
    "hr": "人力资源：组织培训排期与签到，将系统使用纳入考核与激励。",
    "key_user": "信息专员：参与需求调研与测试，做本部门的“小专家”，负责一线答疑和推广。",
    "vendor": "厂商实施顾问：产品配置与二次开发，编写操作手册，提供培训和驻场支持。",
}

# How a requirement's description names the OA module that answers it.
MODULE_LABELS: Final[dict[OaModule, str]] = {
    OaModule.WORKFLOW: "流程审批",
    OaModule.DOCUMENTS: "公文与文档管理",
    OaModule.MEETINGS: "会议管理",
    OaModule.NOTICES: "通知公告",
    OaModule.ATTENDANCE: "考勤管理",
    OaModule.CONTRACTS: "合同管理",
    OaModule.ASSETS: "资产管理",
    OaModule.FINANCE: "费用管理",
    OaModule.PORTAL: "门户",
    OaModule.MOBILE: "移动办公",
    OaModule.OTHER: "扩展应用",
}
