<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
</context>
<context>
    <name>RequirementDialog</name>
    <message>
        <source>(whole organisation)</source>
        <translation>（全组织）</translation>
    </message>
    <message>
        <source>Filter the tasks by WBS or name</source>
        <translation>按 WBS 编号或名称筛选任务</translation>
    </message>
    <message>
        <source>New requirement</source>
        <translation>新建需求</translation>
    </message>
    <message>
        <source>Requirement: {name}</source>
        <translation>需求：{name}</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Pain point:</source>
        <translation>痛点(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;quirement:</source>
        <translation>需求描述(&amp;Q)：</translation>
    </message>
    <message>
        <source>OA &amp;module:</source>
        <translation>OA 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>优先级(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Fit:</source>
        <translation>匹配度(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>提出人(&amp;B)：</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>提出：</translation>
    </message>
    <message>
        <source>Raised &amp;on</source>
        <translation>提出日期(&amp;O)</translation>
    </message>
    <message>
        <source>Decis&amp;ion:</source>
        <translation>决策(&amp;I)：</translation>
    </message>
    <message>
        <source>What was decided: configure it, build it, defer it to a later phase or reject it, and why</source>
        <translation>决定如何处理：配置实现、定制开发、推迟到后续阶段或不予采纳，以及原因</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>交付任务</translation>
    </message>
    <message>
        <source>Tick the tasks that deliver this requirement.</source>
        <translation>勾选交付此需求的任务。</translation>
    </message>
</context>
<context>
    <name>RequirementOperations</name>
    <message>
        <source>Add requirement {name}</source>
        <translation>添加需求 {name}</translation>
    </message>
    <message>
        <source>Edit requirement {name}</source>
        <translation>编辑需求 {name}</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>OA module</source>
        <translation>OA 模块</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Workflow and approvals</source>
        <translation>流程审批</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>公文管理</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议管理</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同管理</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产管理</translation>
    </message>
    <message>
        <source>Finance and expenses</source>
        <translation>财务报销</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>移动办公</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>必须有</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>应该有</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>可以有</translation>
    </message>
    <message>
        <source>Won&apos;t have now</source>
        <translation>暂不做</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准功能</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置实现</translation>
    </message>
    <message>
        <source>Customisation</source>
        <translation>定制开发</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>无法满足</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新提出</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>分析中</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>实施中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已延后</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
</context>
<context>
    <name>RequirementsPage</name>
    <message>
        <source>&amp;Add requirement…</source>
        <translation>添加需求(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>By department and fit (click a row to filter)</source>
        <translation>按部门和匹配度汇总（单击一行筛选）</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n 项需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of {department}</source>
        <translation>
            <numerusform>{department}的 %n 项需求</numerusform>
        </translation>
    </message>
    <message>
        <source>no department</source>
        <translation>无部门</translation>
    </message>
    <message>
        <source>Delete requirement {name}</source>
        <translation>删除需求 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n requirement(s)</source>
        <translation>
            <numerusform>删除 %n 项需求</numerusform>
        </translation>
    </message>
</context>
</TS>
