"""Chinese text pools for the demo plan generator (services/demo.py).

Kept apart from the generator so that its logic stays readable. Everything here
is plain data: names with their pinyin (for e-mail addresses), department types
with their titles and typical pain points, risks, support-ticket templates with
the knowledge-base article that answers them, courses and feedback comments.
The organisation, product and vendor names are invented.
"""

# Long Chinese sentences are data, not code: they stay on one line each.
# ruff: noqa: E501

from __future__ import annotations

from typing import Final, NamedTuple

from oa_desk.domain.enums import (
    AudienceTier,
    CourseFormat,
    Fit,
    OaModule,
    RiskCategory,
    TicketType,
)

# -- the company --------------------------------------------------------------

GROUP_SHORT: Final = "华晟集团"
GROUP_FULL: Final = "华晟实业集团有限公司"
MAIL_DOMAIN: Final = "huasheng-group.com.cn"
LEARN_URL: Final = "https://learn.huasheng-group.com.cn/course/"


class OaOffer(NamedTuple):
    product: str
    vendor: str
    vendor_short: str
    vendor_domain: str


# Invented products in the style of the big Chinese OA vendors; the seed picks one.
OA_OFFERS: Final = (
    OaOffer("致达协同 A9 集团版", "致达互联软件股份有限公司", "致达", "zhida-soft.com"),
    OaOffer("泛智 e-cology 协同办公平台 V10", "泛智网络科技股份有限公司", "泛智", "fanzhi.net"),
    OaOffer("蓝翎 EKP 数智化办公平台", "蓝翎软件股份有限公司", "蓝翎", "lanling-ekp.com"),
)

# (display name, channel code) of the company's messaging platform; the seed picks one.
IM_PLATFORMS: Final = (("企业微信", "wecom"), ("钉钉", "dingtalk"))

# -- people ---------------------------------------------------------------------

# Surname, pinyin, relative frequency (per mille, after the national surname census).
SURNAMES: Final = (
    ("王", "wang", 71), ("李", "li", 70), ("张", "zhang", 67), ("刘", "liu", 54),
    ("陈", "chen", 45), ("杨", "yang", 31), ("黄", "huang", 24), ("赵", "zhao", 22),
    ("吴", "wu", 20), ("周", "zhou", 19), ("徐", "xu", 13), ("孙", "sun", 13),
    ("马", "ma", 12), ("朱", "zhu", 12), ("胡", "hu", 11), ("郭", "guo", 11),
    ("何", "he", 10), ("林", "lin", 9), ("高", "gao", 9), ("罗", "luo", 9),
    ("郑", "zheng", 8), ("梁", "liang", 7), ("谢", "xie", 6), ("宋", "song", 6),
    ("唐", "tang", 6), ("许", "xu", 5), ("邓", "deng", 5), ("韩", "han", 5),
    ("冯", "feng", 5), ("曹", "cao", 5), ("彭", "peng", 4), ("曾", "zeng", 4),
    ("肖", "xiao", 4), ("田", "tian", 4), ("董", "dong", 4), ("潘", "pan", 3),
    ("袁", "yuan", 3), ("蔡", "cai", 3), ("蒋", "jiang", 3), ("余", "yu", 3),
    ("于", "yu", 3), ("杜", "du", 3), ("叶", "ye", 3), ("程", "cheng", 3),
    ("魏", "wei", 3), ("苏", "su", 3), ("吕", "lv", 3), ("丁", "ding", 3),
    ("任", "ren", 3), ("卢", "lu", 3), ("姚", "yao", 3), ("沈", "shen", 3),
    ("钟", "zhong", 3), ("姜", "jiang", 3), ("崔", "cui", 3), ("谭", "tan", 2),
    ("陆", "lu", 2), ("范", "fan", 2), ("汪", "wang", 2), ("廖", "liao", 2),
    ("石", "shi", 2), ("金", "jin", 2), ("韦", "wei", 2), ("贾", "jia", 2),
    ("夏", "xia", 2), ("付", "fu", 2), ("方", "fang", 2), ("邹", "zou", 2),
    ("熊", "xiong", 2), ("白", "bai", 2), ("孟", "meng", 2), ("秦", "qin", 2),
    ("邱", "qiu", 2), ("侯", "hou", 2), ("江", "jiang", 2), ("尹", "yin", 2),
    ("薛", "xue", 2), ("闫", "yan", 2), ("段", "duan", 2), ("雷", "lei", 2),
    ("龙", "long", 1), ("黎", "li", 1), ("史", "shi", 1), ("陶", "tao", 1),
    ("贺", "he", 1), ("毛", "mao", 1), ("郝", "hao", 1), ("顾", "gu", 1),
    ("龚", "gong", 1), ("邵", "shao", 1), ("万", "wan", 1), ("覃", "qin", 1),
    ("武", "wu", 1), ("钱", "qian", 1), ("戴", "dai", 1), ("严", "yan", 1),
    ("欧阳", "ouyang", 1), ("上官", "shangguan", 1),
)  # fmt: skip

# Characters of given names, with pinyin; one or two are drawn from one pool.
GIVEN_MALE: Final = (
    ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("勇", "yong"),
    ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("刚", "gang"),
    ("平", "ping"), ("辉", "hui"), ("鹏", "peng"), ("华", "hua"), ("飞", "fei"),
    ("鑫", "xin"), ("波", "bo"), ("斌", "bin"), ("宇", "yu"), ("浩", "hao"),
    ("凯", "kai"), ("健", "jian"), ("俊", "jun"), ("帆", "fan"), ("旭", "xu"),
    ("宁", "ning"), ("龙", "long"), ("林", "lin"), ("阳", "yang"), ("建", "jian"),
    ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("文", "wen"), ("博", "bo"),
    ("晨", "chen"), ("子", "zi"), ("轩", "xuan"), ("昊", "hao"), ("然", "ran"),
    ("泽", "ze"), ("宏", "hong"), ("振", "zhen"), ("立", "li"), ("新", "xin"),
    ("永", "yong"), ("成", "cheng"), ("德", "de"), ("峰", "feng"), ("亮", "liang"),
    ("毅", "yi"), ("天", "tian"), ("睿", "rui"), ("嘉", "jia"), ("一", "yi"),
    ("航", "hang"), ("铭", "ming"), ("晓", "xiao"), ("东", "dong"), ("荣", "rong"),
    ("春", "chun"), ("家", "jia"), ("云", "yun"), ("长", "chang"), ("松", "song"),
)  # fmt: skip
GIVEN_FEMALE: Final = (
    ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"),
    ("艳", "yan"), ("娟", "juan"), ("霞", "xia"), ("燕", "yan"), ("玲", "ling"),
    ("红", "hong"), ("琳", "lin"), ("颖", "ying"), ("慧", "hui"), ("倩", "qian"),
    ("洁", "jie"), ("蕾", "lei"), ("薇", "wei"), ("瑶", "yao"), ("璐", "lu"),
    ("晶", "jing"), ("莉", "li"), ("婧", "jing"), ("婷", "ting"), ("雪", "xue"),
    ("梅", "mei"), ("兰", "lan"), ("萍", "ping"), ("秀", "xiu"), ("欣", "xin"),
    ("怡", "yi"), ("雨", "yu"), ("涵", "han"), ("思", "si"), ("佳", "jia"),
    ("诗", "shi"), ("梦", "meng"), ("晓", "xiao"), ("文", "wen"), ("雅", "ya"),
    ("琪", "qi"), ("悦", "yue"), ("彤", "tong"), ("可", "ke"), ("馨", "xin"),
    ("月", "yue"), ("媛", "yuan"), ("丹", "dan"), ("凤", "feng"), ("春", "chun"),
    ("桂", "gui"), ("美", "mei"), ("淑", "shu"), ("珊", "shan"), ("若", "ruo"),
    ("子", "zi"), ("心", "xin"), ("亚", "ya"), ("晴", "qing"), ("妍", "yan"),
)  # fmt: skip

# Characters that start a given name but do not end one.
FIRST_ONLY: Final = frozenset("子一晓思嘉家诗梦雅若心亚志建国永长天春桂淑美梓")

# Chinese mobile number prefixes (the two digits after the leading 1).
MOBILE_PREFIXES: Final = (
    "30", "31", "32", "33", "35", "36", "37", "38", "39", "50", "51", "52", "53",
    "55", "56", "57", "58", "59", "66", "77", "80", "81", "82", "83", "85", "86",
    "87", "88", "89", "98", "99",
)  # fmt: skip

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

# -- project ------------------------------------------------------------------------

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


class RiskSpec(NamedTuple):
    title: str
    category: RiskCategory
    probability: int
    impact: int
    trigger: str
    mitigation: str
    contingency: str
    task_key: str  # which WBS task the risk attaches to


RISKS: Final = (
    RiskSpec("员工习惯纸质审批，抵触新系统", RiskCategory.RESISTANCE, 4, 4,
             "试点部门线上审批占比连续两周低于 50%。",
             "领导带头线上审批；宣传试点成功案例；信息专员驻点辅导。",
             "启动“线上审批周”专项督导，纳入部门绩效考核；对困难人群安排一对一辅导。", "pilot"),
    RiskSpec("部分中层管理者支持不足", RiskCategory.RESISTANCE, 3, 4,
             "部门负责人缺席推广会或本部门培训参与率低于 70%。",
             "总裁在动员会上明确要求；将推广进度纳入月度经营会通报。",
             "由指导委员会约谈相关负责人，必要时调整该部门上线批次。", "wave"),
    RiskSpec("系统上线初期性能不稳定", RiskCategory.TECHNICAL, 3, 5,
             "页面响应时间超过 3 秒或出现服务中断。",
             "上线前完成压力测试；服务器按峰值 2 倍扩容；开启监控告警。",
             "启用应急纸质审批通道；厂商 2 小时内到场；必要时回滚至上一版本。", "onsite"),
    RiskSpec("历史数据迁移不完整或错误", RiskCategory.DATA_MIGRATION, 3, 4,
             "迁移核对发现记录数或附件缺失超过 0.5%。",
             "制定迁移方案与核对清单，先在测试环境演练两次。",
             "保留旧系统只读查询 3 个月，对缺失数据人工补录。", "orgdata"),
    RiskSpec("组织架构与人员数据不准确", RiskCategory.DATA_MIGRATION, 4, 3,
             "导入后审批人错误或员工无法登录的问题超过 20 个。",
             "人力资源部每月提供最新花名册，导入前由各部门确认。",
             "开通账号问题快速通道，信息专员当日收集、管理员当日修正。", "orgdata"),
    RiskSpec("与财务系统/ERP 接口集成延期", RiskCategory.INTEGRATION, 3, 4,
             "接口联调晚于计划一周以上。",
             "提前锁定接口规范，双方指定技术负责人，每日站会跟踪。",
             "上线初期费用报销采用 OA 审批 + 财务手工入账过渡方案。", "erp"),
    RiskSpec("单点登录（SSO）与 AD 域集成失败", RiskCategory.INTEGRATION, 2, 4,
             "测试环境 SSO 登录成功率低于 99%。",
             "提前梳理 AD 账号规范，分批验证登录。",
             "临时启用 OA 独立账号密码登录，并发送初始密码短信。", "sso"),
    RiskSpec("信息专员精力不足，本职工作冲突", RiskCategory.RESOURCES, 4, 3,
             "信息专员培训缺勤或答疑响应超过 1 个工作日。",
             "与部门负责人约定投入时间；设立信息专员激励与表彰。",
             "由 IT 支持人员临时驻点顶替，并补充备选信息专员。", "ku_train"),
    RiskSpec("春节假期影响项目进度", RiskCategory.SCHEDULE, 4, 2,
             "春节前需求调研未完成。",
             "节前完成访谈，节后第一周集中汇总。",
             "压缩流程设计评审时间，必要时周末加班追赶进度。", "research"),
    RiskSpec("厂商实施顾问更换频繁", RiskCategory.VENDOR, 2, 3,
             "核心顾问在项目期间离场。",
             "合同中约定核心人员稳定条款与交接要求。",
             "要求厂商 3 个工作日内派驻同等级顾问，并完成交接文档。", "charter"),
    RiskSpec("定制开发需求蔓延", RiskCategory.SCHEDULE, 3, 3,
             "需求变更超过 10 项或定制工作量超过预算 20%。",
             "建立需求变更评审机制，非必须需求进入二期。",
             "冻结需求范围，由指导委员会裁定优先级。", "fitgap"),
    RiskSpec("移动端访问存在信息安全隐患", RiskCategory.SECURITY, 2, 5,
             "安全扫描发现高危漏洞或出现异常登录。",
             "移动端启用二次验证与水印；敏感流程限制外网访问。",
             "立即关闭外网访问入口，修复后经安全评估再开放。", "im"),
    RiskSpec("培训参与率低，员工不会用", RiskCategory.RESISTANCE, 3, 3,
             "单场培训出勤率低于 80% 或考试通过率低于 70%。",
             "培训与上线时间紧密衔接；提供视频微课随时学习。",
             "安排补训专场，由信息专员在部门内一对一辅导。", "materials"),
    RiskSpec("年底业务高峰与上线时间冲突", RiskCategory.SCHEDULE, 3, 3,
             "最后一批上线时间落在年终结算期。",
             "提前与财务、销售确认业务高峰期，避开月末上线。",
             "将受影响单位调整到下一批次上线。", "wave"),
    RiskSpec("电子签章的法律效力存疑", RiskCategory.OTHER, 2, 3,
             "法务或外部单位不认可电子签章文件。",
             "选用具备 CA 资质的电子签章服务，法务出具意见。",
             "对外合同暂时保留纸质签章，内部文件先行电子化。", "flows"),
    RiskSpec("网络带宽不足导致分支机构访问慢", RiskCategory.TECHNICAL, 3, 3,
             "分支机构访问首页超过 5 秒。",
             "评估各地专线带宽，静态资源启用 CDN。",
             "临时扩容专线带宽，引导使用移动端访问。", "servers"),
)  # fmt: skip

# A risk some subsidiaries add to the register ({c} is the subsidiary's name).
SUB_RISKS: Final = (
    RiskSpec("{c}一线员工缺少电脑终端", RiskCategory.RESOURCES, 3, 3,
             "{c}车间、门店员工无法登录电脑端办理业务。",
             "推广移动端办理；在车间设置公共自助终端。",
             "由班组长代为发起申请，逐步过渡到移动端。", "company"),
    RiskSpec("{c}专线带宽不足", RiskCategory.TECHNICAL, 3, 3,
             "{c}访问 OA 首页超过 5 秒。",
             "上线前完成带宽测试，必要时升级专线。",
             "临时启用 4G/5G 备份线路，引导使用移动端。", "company"),
    RiskSpec("{c}负责人对推广重视不够", RiskCategory.RESISTANCE, 2, 4,
             "{c}推广启动会负责人缺席，培训参与率低于 70%。",
             "集团领导与{c}负责人专题沟通，明确推广责任。",
             "由指导委员会约谈并调整{c}上线批次。", "company"),
)  # fmt: skip


class TicketTemplate(NamedTuple):
    module: OaModule
    type: TicketType
    title: str
    description: str
    question: str  # the knowledge-base article that answers it
    answer: str
    tags: str


T = TicketTemplate
Q, INC, BUG, ACC = TicketType.QUESTION, TicketType.INCIDENT, TicketType.BUG, TicketType.ACCESS
DAT, CR, SUG = TicketType.DATA, TicketType.CHANGE_REQUEST, TicketType.SUGGESTION

# "{im}" is replaced by the company's messaging platform (企业微信 or 钉钉).
TICKET_TEMPLATES: Final = (
    T(W, Q, "提交的报销流程找不到审批进度", "提交费用报销后不知道流程走到哪一步，想确认当前审批人。",
      "如何查看我提交的流程走到哪一步了？",
      "进入【我的流程】→【已发事项】，打开流程后点击【流程图】即可看到当前节点和处理人；移动端在待办详情中查看。",
      "流程,审批进度"),
    T(W, Q, "出差期间如何委托他人审批", "下周出差一周，担心流程积压，询问能否设置代理审批。",
      "出差或休假时怎样设置审批代理？",
      "在【个人设置】→【代理设置】中选择代理人和代理期限，可按流程类型分别设置；代理期间的审批记录同时显示代理人和被代理人。",
      "代理,委托,出差"),
    T(W, BUG, "提交流程时提示“下一节点处理人为空”", "部门调整后提交请假流程报错，无法提交。",
      "提交流程时提示“找不到下一节点处理人”怎么办？",
      "通常是组织架构调整后审批岗位没有配置人员。请联系本部门信息专员核对岗位设置，或拨打服务热线由管理员补充审批人。",
      "流程,报错,组织架构"),
    T(W, CR, "希望请假流程增加销假环节", "休假提前返岗时没有销假入口，考勤统计不准确。",
      "请假后提前返岗如何销假？",
      "在【已发事项】中打开已审批的请假单，点击【销假】填写实际返岗时间，提交后考勤自动更新。",
      "请假,销假,考勤"),
    T(W, Q, "如何催办超时未审批的流程", "采购申请在领导处停留三天，想提醒审批人。",
      "流程长时间没人审批，如何催办？",
      "打开已发流程，点击【催办】，系统会通过待办、短信和{im}同时提醒当前处理人；每个节点每天最多催办 3 次。",
      "催办,流程"),
    T(W, DAT, "历史流程迁移后缺少附件", "查看去年的合同审批单，附件列表为空。",
      "迁移过来的历史流程附件在哪里查看？",
      "历史流程附件保存在【历史数据查询】模块，按原单号检索即可下载；如仍缺失请提交数据问题工单，注明原单号。",
      "历史数据,附件,迁移"),
    T(D, Q, "收文登记后如何分发给相关部门", "收到上级单位来文，不清楚如何分发阅办。",
      "收文登记后如何分发和传阅？",
      "在【公文管理】→【收文登记】保存后点击【分发】，选择承办部门和传阅人；承办部门负责人可继续指定办理人。",
      "公文,收文,分发"),
    T(D, BUG, "公文正文套红模板显示错位", "发文稿纸套红后红头和文号位置偏移。",
      "公文套红后格式错位怎么办？",
      "请使用系统自带的正文编辑控件并确认已安装最新版插件；字体缺失也会导致错位，可在【下载中心】安装公文字体包。",
      "公文,套红,模板"),
    T(D, Q, "如何在线修改公文并保留修改痕迹", "领导要求保留核稿过程中的修改记录。",
      "如何在线修订公文并保留痕迹？",
      "在正文编辑界面打开【修订模式】，各环节的修改会以不同颜色显示；定稿时由拟稿人接受或拒绝修订。",
      "公文,修订,留痕"),
    T(D, SUG, "建议增加公文批量打印功能", "档案室归档时需要逐份打印公文，效率低。",
      "能否批量导出或打印公文？",
      "在【公文查询】中勾选多份公文后点击【批量导出】，可生成 PDF 压缩包后统一打印。",
      "公文,打印,归档"),
    T(M, Q, "如何预订会议室并通知参会人", "第一次使用会议管理模块，不知道如何预订。",
      "如何预订会议室并发送会议通知？",
      "在【会议管理】→【会议室预订】中选择时间和会议室，添加参会人后提交，参会人会收到待办和{im}提醒。",
      "会议室,预订"),
    T(M, INC, "会议室预订显示冲突但实际空闲", "三楼会议室显示被占用，现场查看无人使用。",
      "会议室显示被占用但实际空闲怎么办？",
      "可能是已取消的会议未释放，请联系会议管理员在后台释放；会议发起人取消会议时务必点击【取消会议】而不是直接删除。",
      "会议室,冲突"),
    T(N, Q, "如何查看通知公告的已读情况", "发布通知后想确认各部门是否已阅。",
      "发布的通知如何查看谁已读、谁未读？",
      "在【通知公告】中打开已发布的通知，点击【阅读情况】查看已读和未读人员，可对未读人员一键提醒。",
      "通知,已读"),
    T(ATT, INC, "移动端打卡定位不准确", "在办公室打卡提示不在考勤范围内。",
      "手机打卡提示“不在考勤范围”怎么办？",
      "请开启手机定位和{im}的位置权限，并连接公司 Wi-Fi 后重试；若仍失败，可提交补卡申请并注明原因。",
      "考勤,打卡,定位"),
    T(ATT, DAT, "考勤数据与实际打卡记录不一致", "月度考勤报表显示缺勤两天，实际有打卡。",
      "考勤报表与打卡记录不一致如何处理？",
      "考勤数据每日凌晨同步，请先核对同步时间；确有差异时提交考勤异常申请，由人力资源部核实后修正。",
      "考勤,数据"),
    T(FIN, Q, "电子发票如何上传并查重", "不清楚电子发票是否需要打印后粘贴。",
      "电子发票怎样上传？会自动查重吗？",
      "电子发票直接上传 PDF 或 OFD 文件，系统自动识别并与税务平台查验真伪、校验重复报销，无需打印粘贴。",
      "报销,电子发票"),
    T(FIN, BUG, "报销单金额合计计算错误", "费用明细有 5 行，合计金额少算了一行。",
      "报销单合计金额不对怎么办？",
      "请删除空白明细行后重新保存；如合计仍不正确，截图后提交问题工单，管理员会修正表单公式。",
      "报销,表单"),
    T(FIN, Q, "借款单如何关联报销冲账", "出差前借了备用金，报销时不知道如何冲账。",
      "报销时如何冲销借款？",
      "在报销单中点击【关联借款】选择未还清的借款单，系统自动计算冲账金额和应付/应退金额。",
      "借款,冲账,报销"),
    T(FIN, ACC, "看不到本部门的预算执行情况", "部门负责人无法打开预算查询页面。",
      "部门负责人如何查看预算执行情况？",
      "预算查询权限按岗位授予，请由本部门信息专员提交权限申请，财务部审批后即可在【预算查询】中查看。",
      "预算,权限"),
    T(CON, Q, "合同审批时如何上传附件并比对版本", "合同修改后需要让法务看到修改内容。",
      "合同修改后如何让审批人看到差异？",
      "在合同审批单中上传新版本后点击【版本比对】，系统会标出与上一版本的差异；请勿删除历史版本。",
      "合同,版本"),
    T(CON, CR, "合同模板需要增加法务审核意见栏", "现有合同审批表缺少法务意见的独立字段。",
      "合同审批单的字段可以调整吗？",
      "表单字段调整属于变更需求，请由部门信息专员提交变更申请，项目组每两周评审一次并统一发布。",
      "合同,变更"),
    T(AST, Q, "如何在线申领办公用品", "办公用品申领改为线上后找不到入口。",
      "办公用品在哪里申领？",
      "在【资产管理】→【办公用品申领】中选择物品和数量，部门负责人审批后行政后勤部统一发放。",
      "办公用品,资产"),
    T(AST, DAT, "资产台账中的使用人信息错误", "电脑已交还，台账里仍显示在我名下。",
      "资产使用人信息不对怎么修改？",
      "请提交【资产变更】申请，注明资产编号和实际使用人，资产管理员确认后更新台账。",
      "资产,台账"),
    T(POR, BUG, "门户首页待办数量与实际不符", "首页显示 12 条待办，点进去只有 3 条。",
      "门户待办数量与实际不一致怎么办？",
      "首页待办数量每 5 分钟刷新一次，并包含其他系统的待办；请按 F5 刷新，若仍不一致请提交问题工单。",
      "门户,待办"),
    T(POR, SUG, "建议门户首页增加常用流程入口", "每次发起报销都要在菜单里找很久。",
      "如何把常用流程放到首页？",
      "在【发起流程】页面点击流程右侧的星标即可加入“常用流程”，首页常用流程栏会同步显示。",
      "门户,常用流程"),
    T(MOB, ACC, "{im}中无法打开 OA 待办", "点击{im}消息中的待办链接提示无权限。",
      "在{im}中打不开 OA 待办怎么办？",
      "请确认{im}账号已与 OA 账号绑定（手机号一致）；在{im}工作台进入 OA 应用完成一次授权后即可正常打开。",
      "移动端,{im},待办"),
    T(MOB, Q, "如何在手机上审批流程", "经常出差，想用手机处理审批。",
      "如何在手机上审批？",
      "在{im}工作台打开 OA 应用即可查看和处理待办，支持查看附件、签批和退回；首次使用需完成账号绑定。",
      "移动端,审批"),
    T(MOB, INC, "移动端附件无法预览", "手机上打开 Word 附件一直加载。",
      "手机上附件打不开怎么办？",
      "移动端附件预览依赖文档转换服务，大于 20MB 的附件建议在电脑端查看；如小文件也无法预览请提交问题工单。",
      "移动端,附件"),
    T(OTH, ACC, "新员工没有 OA 账号", "本月入职的新同事无法登录 OA。",
      "新员工什么时候能登录 OA？",
      "新员工账号在人力资源系统办理入职后次日自动开通，初始密码通过短信发送；超过两天未开通请拨打服务热线。",
      "账号,新员工"),
    T(OTH, ACC, "忘记 OA 登录密码", "多次输错密码后账号被锁定。",
      "忘记密码或账号被锁定怎么办？",
      "在登录页点击【忘记密码】，通过手机验证码自助重置；账号锁定 30 分钟后自动解锁，紧急情况可拨打服务热线。",
      "账号,密码"),
    T(OTH, ACC, "调岗后看不到新部门的流程", "从销售部调到市场部后仍只能看到原部门流程。",
      "调岗后权限什么时候更新？",
      "调岗流程审批完成后次日同步组织架构和权限；如需当天生效，请信息专员联系管理员手工同步。",
      "权限,调岗"),
    T(OTH, INC, "OA 系统访问缓慢", "上午 9 点左右打开待办列表需要十几秒。",
      "OA 访问很慢怎么办？",
      "请先清理浏览器缓存并使用推荐的浏览器；如整个部门都慢，可能是网络问题，请立即拨打服务热线。",
      "性能,访问"),
)  # fmt: skip


class CourseSpec(NamedTuple):
    name: str
    tier: AudienceTier
    format: CourseFormat
    hours: float
    pass_mark: int | None
    description: str
    share: float  # share of the tier's people enrolled


COURSES: Final = (
    CourseSpec("OA 系统价值与领导审批实务", AudienceTier.LEADERSHIP, CourseFormat.LECTURE, 1.5, None,
               "数字化办公的战略价值、领导审批与授权代理、数据看板。", 1.0),
    CourseSpec("移动审批与经营数据看板", AudienceTier.LEADERSHIP, CourseFormat.SMALL_CLASS, 1.0, None,
               "在{im}中处理审批、查看经营与推广数据。", 0.8),
    CourseSpec("流程配置与表单设计（进阶）", AudienceTier.KEY_USER, CourseFormat.HANDS_ON, 6.0, 80,
               "流程引擎、表单设计器、权限与岗位配置的上机实操。", 1.0),
    CourseSpec("信息专员一线支持与常见问题处理", AudienceTier.KEY_USER, CourseFormat.SMALL_CLASS, 3.0, 80,
               "常见问题排查、工单提交规范、知识库使用，做好部门“小专家”。", 1.0),
    CourseSpec("部门管理员权限与组织维护", AudienceTier.KEY_USER, CourseFormat.HANDS_ON, 3.0, 75,
               "组织架构、人员调动与权限维护的上机练习。", 0.9),
    CourseSpec("OA 日常办公操作入门", AudienceTier.END_USER, CourseFormat.LECTURE, 2.0, 60,
               "登录、待办处理、发起流程、通知公告与个人设置。", 1.0),
    CourseSpec("费用报销与请假流程实操", AudienceTier.END_USER, CourseFormat.HANDS_ON, 2.0, 60,
               "在培训教室上机完成报销、借款、请假和加班申请。", 1.0),
    CourseSpec("移动办公使用指南（视频）", AudienceTier.END_USER, CourseFormat.VIDEO, 0.5, None,
               "{im}中的审批、打卡、通知与附件预览。", 0.85),
    CourseSpec("OA 操作手册自学", AudienceTier.END_USER, CourseFormat.MANUAL, 1.0, None,
               "图文操作手册，按模块自学。", 0.6),
    CourseSpec("常见问题 FAQ 自学与小测", AudienceTier.END_USER, CourseFormat.FAQ, 0.5, 60,
               "知识库常见问题自学并完成 10 道小测题。", 0.55),
    CourseSpec("公文流转与会议管理专题", AudienceTier.END_USER, CourseFormat.SMALL_CLASS, 1.5, None,
               "收发文、会议室预订与会议纪要，面向文秘和行政岗位。", 0.25),
)  # fmt: skip

FEEDBACK_COMMENTS: Final = (
    "报销不用再跑签字了，速度快了很多",
    "手机审批很方便，出差也能处理",
    "希望表单能减少必填项",
    "流程节点太多，建议简化审批层级",
    "首页待办提醒很及时",
    "培训时间太短，希望多安排上机练习",
    "附件预览偶尔加载慢",
    "希望增加常用意见快捷输入",
    "会议室预订终于不用打电话了",
    "部分老员工还不太会用，需要再辅导",
    "信息专员答疑很耐心",
    "考勤和请假打通后统计省事多了",
    "希望能批量审批",
    "搜索功能不好用，找历史流程困难",
    "通知公告的已读提醒很实用",
)

GATE_CRITERIA: Final = (
    "用户验收测试（UAT）通过率 ≥ 95%，无未关闭的 P1/P2 缺陷",
    "关键用户（信息专员）培训完成率 100%，考核通过",
    "最终用户培训覆盖率 ≥ 90%",
    "历史数据迁移核对无误，组织架构与账号准确",
    "应急预案与支持排班就绪，服务热线开通",
)


class WbsRow(NamedTuple):
    """A project-level WBS line of the rollout method.

    ``days`` is -1 for a summary, 0 for a milestone, ``SPAN`` for a task that runs
    from the pilot's go-live to two weeks after the full go-live. ``preds`` lists
    predecessors as ``key`` (finish-to-start) or ``key:SS+2`` / ``key:FF+10``.
    ``raci`` names stakeholders by role: ``A:sponsor R:pm C:it,vendor I:steering``.
    """

    key: str
    name: str
    parent: str
    days: int
    preds: str
    owner: str
    raci: str
    deliverable: str = ""
    acceptance: str = ""


SPAN: Final = -2
R_ = WbsRow

# The prepare phase ({product} and {im} are filled in).
WBS_PREPARE: Final = (
    R_("prep", "项目准备阶段", "", -1, "", "pm", "A:pm"),
    R_(
        "kickoff",
        "召开项目启动会",
        "prep",
        0,
        "",
        "sponsor",
        "A:sponsor R:pm I:steering,it,hr,vendor",
        "启动会纪要、项目组织任命文件",
    ),
    R_(
        "org",
        "成立项目组织，明确各方职责",
        "prep",
        3,
        "kickoff",
        "pm",
        "A:sponsor R:pm C:hr I:steering",
        "项目组织架构与职责说明",
    ),
    R_(
        "charter",
        "编制项目章程与总体推广计划",
        "prep",
        5,
        "org",
        "pm",
        "A:sponsor R:pm C:it,vendor I:steering",
        "《项目章程》《总体推广计划》",
        "指导委员会审批通过",
    ),
    R_(
        "kpi",
        "确定推广目标与 KPI 基线",
        "prep",
        4,
        "charter:SS+2",
        "pm",
        "A:sponsor R:pm C:steering,hr",
        "KPI 指标卡（审批周期、无纸化率、活跃率等）",
    ),
    R_("research", "业务需求调研", "prep", -1, "", "pm", "A:pm"),
    R_("rplan", "制定需求调研计划与访谈提纲", "research", 2, "org", "pm", "A:pm R:pm C:vendor"),
    R_(
        "interviews",
        "开展各部门负责人访谈",
        "research",
        8,
        "rplan",
        "pm",
        "A:pm R:pm,vendor I:steering",
        "访谈纪要",
    ),
    R_(
        "survey",
        "发放需求调研问卷并回收",
        "research",
        5,
        "interviews:SS+2",
        "pm",
        "A:pm R:pm C:hr",
        "",
        "问卷回收率 ≥ 80%",
    ),
    R_(
        "fitgap",
        "汇总需求并完成差距分析（Fit-Gap）",
        "research",
        5,
        "interviews survey",
        "pm",
        "A:pm R:vendor C:it I:sponsor",
        "《需求差距分析报告》",
    ),
    R_(
        "scope",
        "确定上线模块范围与推广批次",
        "research",
        2,
        "fitgap",
        "pm",
        "A:sponsor R:pm C:steering,it",
        "上线范围与批次计划",
    ),
    R_("research_done", "需求调研完成", "research", 0, "scope", "pm", "A:pm R:pm I:sponsor"),
    R_("env", "系统环境准备", "prep", -1, "", "it", "A:it"),
    R_(
        "servers",
        "服务器与网络环境部署",
        "env",
        5,
        "charter",
        "it",
        "A:it R:it,vendor C:pm",
        "生产、测试环境部署文档",
    ),
    R_(
        "install", "{product}安装与基础配置", "env", 4, "servers", "vendor", "A:it R:it,vendor C:pm"
    ),
    R_(
        "orgdata",
        "组织架构与人员数据导入",
        "env",
        3,
        "install",
        "it",
        "A:it R:it C:hr",
        "",
        "人员与岗位数据准确率 100%",
    ),
    R_(
        "sso", "统一身份认证（SSO）与 AD 域集成", "env", 5, "install", "it", "A:it R:it,vendor C:pm"
    ),
    R_("im", "{im}移动端集成", "env", 4, "sso", "it", "A:it R:it,vendor C:pm"),
    R_(
        "erp",
        "与财务系统/ERP 接口开发与联调",
        "env",
        10,
        "install",
        "vendor",
        "A:it R:vendor C:pm",
        "接口说明与联调报告",
    ),
    R_(
        "perf",
        "系统性能与安全测试",
        "env",
        4,
        "im erp orgdata",
        "it",
        "A:it R:it,vendor C:pm",
        "",
        "500 并发下页面响应 ≤ 2 秒，无高危漏洞",
    ),
    R_("process", "制度与流程设计", "prep", -1, "", "pm", "A:pm"),
    R_(
        "rules",
        "制定《OA 系统使用管理办法》",
        "process",
        5,
        "scope",
        "pm",
        "A:sponsor R:pm C:hr I:steering",
        "《OA 系统使用管理办法》",
    ),
    R_(
        "flows",
        "梳理审批流程与权限矩阵",
        "process",
        6,
        "scope",
        "pm",
        "A:pm R:vendor,pm C:it",
        "流程清单与权限矩阵",
    ),
    R_("templates", "设计公文与表单模板", "process", 5, "flows:SS+2", "vendor", "A:pm R:vendor"),
    R_(
        "signoff",
        "流程方案评审与签批",
        "process",
        1,
        "flows templates rules",
        "pm",
        "A:sponsor R:pm C:steering",
        "",
        "指导委员会签批",
    ),
    R_("readiness", "宣传与培训准备", "prep", -1, "", "pm", "A:pm"),
    R_(
        "comm_plan",
        "制定宣传推广方案",
        "readiness",
        3,
        "charter",
        "pm",
        "A:pm R:pm C:hr I:sponsor",
        "宣传推广方案与排期表",
    ),
    R_(
        "materials",
        "编写培训教材与操作手册",
        "readiness",
        8,
        "templates",
        "vendor",
        "A:hr R:vendor C:pm",
        "分层培训教材、操作手册",
    ),
    R_("videos", "录制操作视频与微课", "readiness", 5, "materials:SS+3", "vendor", "A:hr R:vendor"),
    R_("kb", "搭建知识库与常见问题（FAQ）", "readiness", 4, "materials", "it", "A:it R:it,vendor"),
    R_(
        "risk",
        "制定风险应对与应急预案",
        "readiness",
        3,
        "fitgap",
        "pm",
        "A:pm R:pm C:it I:sponsor",
        "风险登记册、应急预案",
    ),
    R_(
        "prep_gate",
        "项目准备阶段评审通过",
        "prep",
        0,
        "perf signoff materials kb risk kpi",
        "pm",
        "A:sponsor R:pm C:steering",
    ),
)

# The start of the implement phase, before the pilot and the waves.
WBS_TRAINING: Final = (
    R_("impl", "推广实施阶段", "", -1, "", "pm", "A:pm"),
    R_("train_start", "培训启动", "impl", 0, "prep_gate", "hr", "A:hr R:hr C:pm I:sponsor"),
    R_(
        "ku_train",
        "关键用户（信息专员）集中培训",
        "impl",
        3,
        "train_start",
        "hr",
        "A:hr R:vendor,hr C:it",
        "",
        "信息专员考核通过率 100%",
    ),
    R_(
        "leader_train",
        "领导层专题培训",
        "impl",
        1,
        "train_start:FS+1",
        "hr",
        "A:hr R:vendor I:sponsor",
    ),
)

# Go-live support (inside the implement phase, after the waves) and the optimise phase.
WBS_SUPPORT: Final = (
    R_("support", "上线支持", "impl", -1, "", "it", "A:it"),
    R_("hotline", "开通服务热线与支持邮箱", "support", 2, "ku_train", "it", "A:it R:it I:pm"),
    R_(
        "onsite",
        "上线驻场支持",
        "support",
        SPAN,
        "golive0:SS full:FF+10",
        "it",
        "A:it R:it,vendor C:pm",
    ),
    R_(
        "kb_update",
        "知识库与 FAQ 持续更新",
        "support",
        SPAN,
        "golive0:SS kb",
        "it",
        "A:it R:it C:vendor",
    ),
    R_(
        "weekly",
        "上线问题周报与分析",
        "support",
        SPAN,
        "golive0:SS+5",
        "pm",
        "A:pm R:pm C:it I:sponsor,steering",
    ),
    R_(
        "satisfaction",
        "用户满意度问卷调查",
        "support",
        5,
        "full:FS+10",
        "hr",
        "A:pm R:hr I:sponsor",
    ),
    R_("optimise", "持续优化阶段", "", -1, "", "pm", "A:pm"),
    R_(
        "evaluate",
        "上线效果评估与 KPI 复盘",
        "optimise",
        5,
        "full:FS+15",
        "pm",
        "A:sponsor R:pm C:steering",
        "上线效果评估报告",
    ),
    R_(
        "collect",
        "收集流程优化需求并排期",
        "optimise",
        5,
        "evaluate:SS+2",
        "pm",
        "A:pm R:pm C:vendor",
    ),
    R_(
        "iteration",
        "流程优化迭代（第一轮）",
        "optimise",
        15,
        "collect",
        "vendor",
        "A:it R:vendor C:pm",
    ),
    R_("mobile", "移动端体验优化", "optimise", 10, "iteration:SS+5", "it", "A:it R:it,vendor"),
    R_(
        "dashboard",
        "报表与数据驾驶舱建设",
        "optimise",
        10,
        "evaluate",
        "vendor",
        "A:it R:vendor C:pm I:sponsor",
    ),
    R_(
        "report",
        "编写项目总结报告",
        "optimise",
        3,
        "iteration dashboard satisfaction",
        "pm",
        "A:pm R:pm C:it,hr",
        "《项目总结报告》",
    ),
    R_("acceptance", "项目验收", "optimise", 0, "report", "sponsor", "A:sponsor R:pm C:steering"),
    R_(
        "handover",
        "移交运维与常态化管理",
        "optimise",
        2,
        "acceptance",
        "it",
        "A:it R:it C:pm",
        "运维手册与交接清单",
    ),
)
