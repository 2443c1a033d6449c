"""Demo data: the project-level WBS of the rollout method (prepare, training, support)."""

# Long Chinese sentences are data, not code: they stay on one line each.

from __future__ import annotations

from typing import Final, NamedTuple


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

# Why a task started later than its baseline (its notes).
SLIP_NOTES: Final = (
    "受春节假期影响顺延。",
    "部门负责人出差，需求确认推迟。",
    "测试发现问题，整改后重新验收。",
    "与月末结账冲突，调整开始时间。",
    "厂商顾问到场推迟。",
)
