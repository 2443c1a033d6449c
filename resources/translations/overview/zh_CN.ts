<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>In</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>go</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>go with conditions</source>
        <translation>有条件通过</translation>
    </message>
    <message>
        <source>no-go</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门数</translation>
    </message>
    <message>
        <source>Planned go-live</source>
        <translation>计划上线</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>实际上线</translation>
    </message>
    <message>
        <source>Go/no-go gate</source>
        <translation>上线评审</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未上线</translation>
    </message>
    <message>
        <source>The pilot: departments that go live first</source>
        <translation>试点批次：最先上线的部门</translation>
    </message>
</context>
<context>
    <name>OverviewOperations</name>
    <message>
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>plan name</source>
        <translation>计划名称</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>OA product</source>
        <translation>OA 产品</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>go-live date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>no go-live date set</source>
        <translation>未设置上线日期</translation>
    </message>
    <message>
        <source>days to go-live</source>
        <translation>距上线天数</translation>
    </message>
    <message>
        <source>days since go-live</source>
        <translation>上线后天数</translation>
    </message>
    <message>
        <source>No open milestones — add milestones such as the kickoff meeting or the pilot go-live to the schedule.</source>
        <translation>没有未完成的里程碑——可在进度计划中添加项目启动会、试点上线等里程碑。</translation>
    </message>
    <message numerus="yes">
        <source>%n milestone(s) reached so far.</source>
        <translation>
            <numerusform>已达成 %n 个里程碑。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned (schedule)</source>
        <translation>计划进度（当前进度计划）</translation>
    </message>
    <message>
        <source>Baseline {name}</source>
        <translation>基线 {name}</translation>
    </message>
    <message>
        <source>Actual {percent}</source>
        <translation>实际 {percent}</translation>
    </message>
    <message>
        <source>Planned by now {percent}</source>
        <translation>截至目前应完成 {percent}</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>实际上线</translation>
    </message>
    <message>
        <source>No scheduled tasks yet — add tasks on the Timeline.</source>
        <translation>尚无已排期的任务——请在“时间线”中添加任务。</translation>
    </message>
    <message>
        <source>{value:.0f}%</source>
        <translation>{value:.0f}%</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>people</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>计划信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>OA &amp;product:</source>
        <translation>OA 产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>供应商(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Target &amp;go-live:</source>
        <translation>目标上线(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;tatus date:</source>
        <translation>状态日期(&amp;T)：</translation>
    </message>
    <message>
        <source>The day the plan is reported as of: late tasks, overdue milestones, the health colours and the report are computed from it. Not set, it follows today.</source>
        <translation>计划的汇报基准日：延期任务、逾期里程碑、健康状态颜色和周报都按这一天计算。未设置时为今天。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Next milestones</source>
        <translation>近期里程碑</translation>
    </message>
    <message>
        <source>Pilot and waves</source>
        <translation>试点与推广批次</translation>
    </message>
    <message>
        <source>Planned and actual progress</source>
        <translation>计划与实际进度</translation>
    </message>
</context>
</TS>
