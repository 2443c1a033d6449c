"""How every enumeration code reads in a sheet: a label per language, mapped back on import.

Spreadsheets are for people: a Chinese workbook shows 准备, not ``prepare``.
The plan workbook's cells and drop-down lists and the weekly report write
:func:`enum_label` in the chosen language; an import reads a code, its Chinese
label or its English label (:func:`label_codes`), so a workbook exported in
one language re-imports in the other. Codes that are already what people write
(FS, SS; R, A, C, I; P1-P4) stay as they are. The gui does not translate these
through Qt: a workbook's language is the one asked for, not the window's.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from functools import cache
from types import MappingProxyType

from oa_desk.exchange.cell_text import clean_code

__all__ = [
    "CODES_SHOWN",
    "LABELS",
    "choices_shown",
    "enum_label",
    "is_chinese",
    "label_codes",
]

# Enumerations whose codes are what people write in either language.
CODES_SHOWN = frozenset(("DependencyType", "RaciRole", "TicketPriority"))

# enumeration class name -> code -> (Chinese, English)
LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = MappingProxyType(
    {
        "Phase": {
            "prepare": ("准备", "Prepare"),
            "implement": ("实施", "Implement"),
            "optimise": ("优化", "Optimise"),
        },
        "TaskKind": {
            "task": ("任务", "Task"),
            "summary": ("摘要", "Summary"),
            "milestone": ("里程碑", "Milestone"),
        },
        "ConstraintType": {
            "asap": ("越早越好", "As soon as possible"),
            "snet": ("不得早于开始", "Start no earlier than"),
            "fnlt": ("不得晚于完成", "Finish no later than"),
            "mso": ("必须开始于", "Must start on"),
        },
        "Readiness": {
            "not_started": ("未开始", "Not started"),
            "preparing": ("准备中", "Preparing"),
            "ready": ("已就绪", "Ready"),
            "live": ("已上线", "Live"),
            "stable": ("已稳定", "Stable"),
        },
        "GateDecision": {
            "pending": ("待决策", "Pending"),
            "go": ("上线", "Go"),
            "conditional": ("有条件上线", "Go with conditions"),
            "no_go": ("暂缓上线", "No go"),
        },
        "AudienceTier": {
            "leadership": ("领导层", "Leadership"),
            "key_user": ("关键用户", "Key user"),
            "end_user": ("普通用户", "End user"),
        },
        "TeamRole": {
            "sponsor": ("项目发起人", "Sponsor"),
            "steering": ("指导委员会", "Steering committee"),
            "pmo": ("项目管理办公室", "PMO"),
            "it": ("信息技术", "IT"),
            "business_lead": ("业务负责人", "Business lead"),
            "hr": ("人力资源", "HR"),
            "key_user": ("信息专员", "Key user"),
            "vendor": ("供应商", "Vendor"),
        },
        "Engagement": {
            "unaware": ("不了解", "Unaware"),
            "resistant": ("抵触", "Resistant"),
            "neutral": ("中立", "Neutral"),
            "supportive": ("支持", "Supportive"),
            "leading": ("引领", "Leading"),
        },
        "Cadence": {
            "weekly": ("每周", "Weekly"),
            "biweekly": ("每两周", "Every two weeks"),
            "monthly": ("每月", "Monthly"),
            "quarterly": ("每季度", "Quarterly"),
            "as_needed": ("按需", "As needed"),
        },
        "KpiCategory": {
            "efficiency": ("效率", "Efficiency"),
            "adoption": ("使用率", "Adoption"),
            "paperless": ("无纸化", "Paperless"),
            "satisfaction": ("满意度", "Satisfaction"),
            "quality": ("质量", "Quality"),
            "cost": ("成本", "Cost"),
        },
        "KpiDirection": {
            "increase": ("越高越好", "Higher is better"),
            "decrease": ("越低越好", "Lower is better"),
        },
        "OaModule": {
            "workflow": ("流程审批", "Workflow"),
            "documents": ("公文", "Documents"),
            "meetings": ("会议", "Meetings"),
            "notices": ("通知公告", "Notices"),
            "attendance": ("考勤", "Attendance"),
            "contracts": ("合同", "Contracts"),
            "assets": ("资产", "Assets"),
            "finance": ("财务", "Finance"),
            "portal": ("门户", "Portal"),
            "mobile": ("移动端", "Mobile"),
            "other": ("其他", "Other"),
        },
        "Priority": {
            "must": ("必须", "Must"),
            "should": ("应该", "Should"),
            "could": ("可以", "Could"),
            "wont": ("不做", "Won't"),
        },
        "Fit": {
            "standard": ("标准功能", "Standard"),
            "configuration": ("配置", "Configuration"),
            "customisation": ("定制", "Customisation"),
            "gap": ("差距", "Gap"),
        },
        "RequirementStatus": {
            "new": ("新建", "New"),
            "analysing": ("分析中", "Analysing"),
            "accepted": ("已接受", "Accepted"),
            "in_progress": ("进行中", "In progress"),
            "done": ("已完成", "Done"),
            "deferred": ("暂缓", "Deferred"),
            "rejected": ("已拒绝", "Rejected"),
        },
        "RiskCategory": {
            "resistance": ("变革阻力", "Resistance"),
            "technical": ("技术", "Technical"),
            "data_migration": ("数据迁移", "Data migration"),
            "integration": ("系统集成", "Integration"),
            "resources": ("资源", "Resources"),
            "schedule": ("进度", "Schedule"),
            "vendor": ("供应商", "Vendor"),
            "security": ("安全", "Security"),
            "other": ("其他", "Other"),
        },
        "SessionStatus": {
            "planned": ("计划中", "Planned"),
            "held": ("已举行", "Held"),
            "cancelled": ("已取消", "Cancelled"),
        },
        "RiskStatus": {
            "open": ("未关闭", "Open"),
            "monitoring": ("监控中", "Monitoring"),
            "mitigated": ("已缓解", "Mitigated"),
            "occurred": ("已发生", "Occurred"),
            "closed": ("已关闭", "Closed"),
        },
        "Channel": {
            "email": ("邮件", "E-mail"),
            "bulletin": ("公告栏", "Bulletin"),
            "intranet": ("内网", "Intranet"),
            "wechat": ("微信", "WeChat"),
            "wecom": ("企业微信", "WeCom"),
            "dingtalk": ("钉钉", "DingTalk"),
            "meeting": ("会议", "Meeting"),
            "poster": ("海报", "Poster"),
            "video": ("视频", "Video"),
        },
        "CommStatus": {
            "planned": ("已计划", "Planned"),
            "prepared": ("已准备", "Prepared"),
            "published": ("已发布", "Published"),
            "done": ("已完成", "Done"),
            "cancelled": ("已取消", "Cancelled"),
        },
        "CourseFormat": {
            "lecture": ("大课讲授", "Lecture"),
            "small_class": ("小班实操", "Small class"),
            "video": ("视频", "Video"),
            "manual": ("操作手册", "Manual"),
            "faq": ("常见问题", "FAQ"),
            "hands_on": ("上机练习", "Hands-on"),
        },
        "Attendance": {
            "present": ("出席", "Present"),
            "late": ("迟到", "Late"),
            "excused": ("请假", "Excused"),
            "absent": ("缺席", "Absent"),
        },
        "TicketType": {
            "question": ("咨询", "Question"),
            "incident": ("故障", "Incident"),
            "bug": ("缺陷", "Bug"),
            "access": ("权限", "Access"),
            "data": ("数据", "Data"),
            "change_request": ("变更请求", "Change request"),
            "suggestion": ("建议", "Suggestion"),
        },
        "TicketChannel": {
            "hotline": ("热线", "Hotline"),
            "email": ("邮件", "E-mail"),
            "on_site": ("现场", "On site"),
            "im": ("即时消息", "Chat"),
            "survey": ("调查", "Survey"),
        },
        "TicketStatus": {
            "new": ("新建", "New"),
            "assigned": ("已分派", "Assigned"),
            "in_progress": ("处理中", "In progress"),
            "waiting": ("等待反馈", "Waiting"),
            "resolved": ("已解决", "Resolved"),
            "closed": ("已关闭", "Closed"),
        },
        "TicketEventKind": {
            "created": ("创建", "Created"),
            "assigned": ("分派", "Assigned"),
            "status": ("状态变更", "Status"),
            "priority": ("优先级变更", "Priority"),
            "comment": ("备注", "Comment"),
            "field": ("字段变更", "Field changed"),
            "link": ("关联", "Linked"),
        },
        "FeedbackChannel": {
            "questionnaire": ("问卷", "Questionnaire"),
            "forum": ("论坛", "Forum"),
            "interview": ("访谈", "Interview"),
            "workshop": ("座谈", "Workshop"),
        },
        "DaySource": {
            "preset": ("预设", "Preset"),
            "user": ("手工", "By hand"),
            "import": ("导入", "Imported"),
        },
        "TrainingNeedStatus": {
            "open": ("待安排", "Open"),
            "planned": ("已安排", "Planned"),
            "done": ("已完成", "Done"),
            "dropped": ("已取消", "Dropped"),
        },
    }
)


def is_chinese(language: str | None) -> bool:
    return bool(language) and str(language).lower().startswith("zh")


def enum_label(enum: type[StrEnum] | str, code: str | None, language: str | None) -> str:
    """``code`` as a person reads it in ``language`` (the code itself without a label)."""
    if code is None:
        return ""
    name = enum if isinstance(enum, str) else enum.__name__
    pair = LABELS.get(name, {}).get(str(code))
    if pair is None or language is None:
        return str(code)
    return pair[0] if is_chinese(language) else pair[1]


@cache
def label_codes(name: str) -> Mapping[str, str]:
    """Every label of an enumeration, lower case, in both languages -> its code."""
    out: dict[str, str] = {}
    for code, (zh, en) in LABELS.get(name, {}).items():
        out.setdefault(clean_code(zh).lower(), code)  # as parse_enum cleans a cell
        out.setdefault(clean_code(en).lower(), code)
    return MappingProxyType(out)


@cache
def _enum_of_codes() -> Mapping[frozenset[str], str]:
    """An enumeration's set of codes -> its name (no two enumerations share one)."""
    return MappingProxyType({frozenset(codes): name for name, codes in LABELS.items()})


def choices_shown(choices: str, language: str | None) -> str:
    """A "not one of" list of codes ("prepare, implement, optimise") as its labels in
    ``language`` ("准备, 实施, 优化"); unchanged for codes shown as they are (FS, SS...).

    The problem keeps the codes (language-neutral, and still accepted on input); the
    enumeration is the one whose codes these are.
    """
    codes = [c.strip() for c in choices.split(",")]
    name = _enum_of_codes().get(frozenset(codes))
    if name is None:
        return choices
    return ", ".join(enum_label(name, code, language) for code in codes)
