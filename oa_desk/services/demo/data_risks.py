"""Demo data: the risk register's entries and what each risk category threatens."""

# Long Chinese sentences are data, not code: they stay on one line each.

from __future__ import annotations

from typing import Final, NamedTuple

from oa_desk.domain.enums import RiskCategory


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

# What a risk of each category threatens (the register's description column).
RISK_IMPACT: Final[dict[str, str]] = {
    "resistance": "员工和管理者的接受程度决定推广成效，抵触会导致线上线下两套流程并行。",
    "technical": "系统不稳定会直接打击用户信心，并可能中断日常审批。",
    "data_migration": "数据不准确会导致审批人错误、历史单据无法查询。",
    "integration": "集成延期会使相关流程无法按计划上线。",
    "resources": "关键人员投入不足会拖慢配置、测试和一线支持。",
    "schedule": "进度延误会挤压后续批次的培训和上线时间。",
    "vendor": "厂商资源不稳定会影响交付质量和进度。",
    "security": "信息安全事件可能造成敏感数据泄露。",
    "other": "可能影响部分业务的线上办理。",
}
