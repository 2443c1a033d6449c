"""Demo data: courses, feedback comments and the go/no-go gate criteria."""

# Long Chinese sentences are data, not code: they stay on one line each.
# ruff: noqa: E501

from __future__ import annotations

from typing import Final, NamedTuple

from oa_desk.domain.enums import AudienceTier, CourseFormat


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
