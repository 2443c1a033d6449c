<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message>
        <source>Goals and KPIs</source>
        <translation>目标与 KPI</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Goal: {name}</source>
        <translation>目标：{name}</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>&amp;Goal / KPI:</source>
        <translation>目标 / KPI(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Better when:</source>
        <translation>越好的方向(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线值：</translation>
    </message>
    <message>
        <source>B&amp;aseline</source>
        <translation>基线值(&amp;A)</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标值：</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;escription and how it is measured:</source>
        <translation>说明与计量方法(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>GoalOperations</name>
    <message>
        <source>Add goal {name}</source>
        <translation>添加目标 {name}</translation>
    </message>
    <message>
        <source>Edit goal {name}</source>
        <translation>编辑目标 {name}</translation>
    </message>
    <message>
        <source>Measure {name}</source>
        <translation>记录 {name} 的实际值</translation>
    </message>
    <message>
        <source>Edit a measurement of {name}</source>
        <translation>修改 {name} 的一条实际值</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>Goal / KPI</source>
        <translation>目标 / KPI</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Paperless</source>
        <translation>无纸化</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>&amp;Add goal…</source>
        <translation>添加目标(&amp;A)…</translation>
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
        <source>&amp;Record a value…</source>
        <translation>记录实际值(&amp;R)…</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>修改(&amp;A)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>{good} met or on track</source>
        <translation>{good} 个已达成或进展正常</translation>
    </message>
    <message>
        <source>Measurements of {name}</source>
        <translation>{name} 的实际值</translation>
    </message>
    <message>
        <source>Select a goal to see its measurements.</source>
        <translation>选择一个目标以查看其实际值。</translation>
    </message>
    <message>
        <source>Delete goal {name}</source>
        <translation>删除目标 {name}</translation>
    </message>
    <message>
        <source>Remove a measurement of {name}</source>
        <translation>移除 {name} 的一条实际值</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>Goals and KPIs</source>
        <translation>目标与 KPI</translation>
    </message>
    <message>
        <source>Open the goals</source>
        <translation>打开目标与 KPI</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {latest} of {target} ({progress}) — {state}</source>
        <translation>{name}：{latest} / 目标 {target}（{progress}）— {state}</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Measure {name}</source>
        <translation>记录 {name} 的实际值</translation>
    </message>
    <message>
        <source>Measurement of {name}</source>
        <translation>{name} 的实际值</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>实际值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
</TS>
