<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActivityActions</name>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change to the plan: who made it, and when</source>
        <translation>计划的每一处更改：由谁在何时做出</translation>
    </message>
    <message>
        <source>History of This Item…</source>
        <translation>此项的历史记录…</translation>
    </message>
    <message>
        <source>Every change to this row: who made it, and when</source>
        <translation>此行的每一处更改：由谁在何时做出</translation>
    </message>
</context>
<context>
    <name>ActivityTables</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Calendar exceptions</source>
        <translation>日历例外</translation>
    </message>
    <message>
        <source>Waves</source>
        <translation>推广批次</translation>
    </message>
    <message>
        <source>Wave gates</source>
        <translation>批次关口</translation>
    </message>
    <message>
        <source>Gate reviews</source>
        <translation>关口评审</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>项目团队</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>KPI measurements</source>
        <translation>KPI 测量值</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>任务链接</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline tasks</source>
        <translation>基线任务</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Requirement tasks</source>
        <translation>需求关联任务</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>宣传推广</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>培训场次</translation>
    </message>
    <message>
        <source>Enrollments and attendance</source>
        <translation>报名与出勤</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Ticket events</source>
        <translation>工单事件</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Knowledge base links</source>
        <translation>知识库关联</translation>
    </message>
    <message>
        <source>Knowledge base tags</source>
        <translation>知识库标签</translation>
    </message>
    <message>
        <source>Knowledge base tags of articles</source>
        <translation>文章的知识库标签</translation>
    </message>
    <message>
        <source>Feedback rounds</source>
        <translation>反馈轮次</translation>
    </message>
    <message>
        <source>Adoption snapshots</source>
        <translation>使用率快照</translation>
    </message>
    <message>
        <source>Readiness items</source>
        <translation>就绪检查项</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {item}</source>
        <translation>{item} 的历史记录</translation>
    </message>
    <message>
        <source>Every change to {item}: who made it, when, and what it was.</source>
        <translation>{item} 的每一处更改：由谁、何时、做了什么。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every change to this plan: who made it, when, and what it was. Newest first.</source>
        <translation>此计划的每一处更改：由谁、何时、做了什么。最新的在前。</translation>
    </message>
    <message>
        <source>Filter by what was done or by table…</source>
        <translation>按所做的操作或数据表筛选…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing recorded yet: changes made from now on are listed here.</source>
        <translation>尚无记录：从现在起所做的更改会列在这里。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>(not described)</source>
        <translation>（无描述）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in {where}</source>
        <translation>
            <numerusform>{where} 中的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
</TS>
