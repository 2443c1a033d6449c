<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Some charts could not be read: {reason}</source>
        <translation>部分图表无法读取：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) late</source>
        <translation>
            <numerusform>%n 项任务逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical task(s) slipping</source>
        <translation>
            <numerusform>%n 项关键任务延误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n 个未关闭工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past SLA</source>
        <translation>
            <numerusform>%n 个超出 SLA</numerusform>
        </translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>领导层</translation>
    </message>
    <message>
        <source>Key users</source>
        <translation>关键用户</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Schedule health</source>
        <translation>进度健康度</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Critical, slipping</source>
        <translation>关键且延误</translation>
    </message>
    <message>
        <source>Ahead of baseline</source>
        <translation>早于基线</translation>
    </message>
    <message>
        <source>On baseline</source>
        <translation>与基线一致</translation>
    </message>
    <message>
        <source>Behind baseline</source>
        <translation>晚于基线</translation>
    </message>
    <message>
        <source>Mean finish variance {days:+.1f} working days (worst {worst:+d})</source>
        <translation>平均完成偏差 {days:+.1f} 个工作日（最大 {worst:+d}）</translation>
    </message>
    <message>
        <source>No baseline saved: save one on the Timeline to see the variance</source>
        <translation>尚未保存基线：请在时间线上保存基线以查看偏差</translation>
    </message>
    <message>
        <source>Training coverage by tier</source>
        <translation>各层级培训覆盖</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>应培训</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Support: {open} open, {breached} past SLA</source>
        <translation>支持：{open} 个未关闭，{breached} 个超出 SLA</translation>
    </message>
    <message>
        <source>Opened per week</source>
        <translation>每周新建</translation>
    </message>
    <message>
        <source>Resolved per week</source>
        <translation>每周解决</translation>
    </message>
    <message>
        <source>Top risks (probability × impact)</source>
        <translation>主要风险（可能性 × 影响）</translation>
    </message>
    <message>
        <source>KPI progress toward target</source>
        <translation>KPI 目标达成进度</translation>
    </message>
    <message>
        <source>Active-user rate since go-live</source>
        <translation>上线以来活跃用户率</translation>
    </message>
    <message>
        <source>Target {percent}</source>
        <translation>目标 {percent}</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>{value:.0f}%</source>
        <translation>{value:.0f}%</translation>
    </message>
    <message>
        <source>%m-%d</source>
        <translation>%m-%d</translation>
    </message>
    <message>
        <source>%Y-%m</source>
        <translation>%Y-%m</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>项目状态报告</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>截至 {date}</translation>
    </message>
    <message>
        <source>Go-live {date}: {days} days to go</source>
        <translation>上线日期 {date}：还有 {days} 天</translation>
    </message>
    <message>
        <source>Go-live {date}: {days} days ago</source>
        <translation>上线日期 {date}：已过去 {days} 天</translation>
    </message>
    <message>
        <source>No go-live date set</source>
        <translation>未设置上线日期</translation>
    </message>
    <message>
        <source>Next milestones</source>
        <translation>近期里程碑</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
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
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Open support tickets</source>
        <translation>未关闭支持工单</translation>
    </message>
    <message>
        <source>Milestones reached</source>
        <translation>已达成里程碑</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Export Status Report (PDF)…</source>
        <translation>导出状态报告（PDF）…</translation>
    </message>
    <message>
        <source>Write the dashboard as an A4 PDF status report to send to the steering group</source>
        <translation>将仪表板导出为 A4 PDF 状态报告，发送给项目领导小组</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>正在导出 {name}</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>已保存 {path}（共 {pages} 页）</translation>
    </message>
    <message>
        <source>Export Status Report</source>
        <translation>导出状态报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
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
