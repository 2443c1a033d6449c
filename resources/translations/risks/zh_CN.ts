<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <source>Risk: {title}</source>
        <translation>风险：{title}</translation>
    </message>
    <message>
        <source>{score} — {level}</source>
        <translation>{score} — {level}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Probability (1–5):</source>
        <translation>可能性（1–5）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Impact (1–5):</source>
        <translation>影响（1–5）(&amp;I)：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>风险值：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Lin&amp;ked task or milestone:</source>
        <translation>关联任务或里程碑(&amp;K)：</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>提出：</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>提出日期(&amp;R)</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>复核：</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>复核日期(&amp;V)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Tri&amp;gger:</source>
        <translation>触发条件(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Mitigation:</source>
        <translation>缓解措施(&amp;M)：</translation>
    </message>
    <message>
        <source>Conti&amp;ngency plan:</source>
        <translation>应急预案(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>RiskHeatMap</name>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Probability →</source>
        <translation>可能性 →</translation>
    </message>
</context>
<context>
    <name>RiskOperations</name>
    <message>
        <source>Add risk {title}</source>
        <translation>添加风险 {title}</translation>
    </message>
    <message>
        <source>Edit risk {title}</source>
        <translation>编辑风险 {title}</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>The review is overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>Support tickets turned into this risk: {n}</source>
        <translation>由此风险转来的工单：{n} 个</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>Task or milestone</source>
        <translation>任务或里程碑</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>Employee resistance</source>
        <translation>员工抵触</translation>
    </message>
    <message>
        <source>Technical / system stability</source>
        <translation>技术/系统稳定性</translation>
    </message>
    <message>
        <source>Data migration</source>
        <translation>数据迁移</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>系统集成</translation>
    </message>
    <message>
        <source>Resources / key users</source>
        <translation>资源/关键用户</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>实施方</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>信息安全</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控中</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>已缓解</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>极高</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>&amp;Add risk…</source>
        <translation>添加风险(&amp;A)…</translation>
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
        <source>Show &amp;mitigated and closed</source>
        <translation>显示已缓解和已关闭(&amp;M)</translation>
    </message>
    <message>
        <source>Live risks by probability and impact</source>
        <translation>按可能性和影响分布的在控风险</translation>
    </message>
    <message numerus="yes">
        <source>%n live risk(s)</source>
        <translation>
            <numerusform>%n 项在控风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n 项复核逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a cell to show only its risks.</source>
        <translation>单击方格只显示其中的风险。</translation>
    </message>
    <message>
        <source>Showing probability {p} × impact {i} ({level}); click the cell again to show all.</source>
        <translation>正在显示可能性 {p} × 影响 {i}（{level}）；再次单击该格显示全部。</translation>
    </message>
    <message>
        <source>risk {title}</source>
        <translation>风险 {title}</translation>
    </message>
    <message>
        <source>Delete risk {title}</source>
        <translation>删除风险 {title}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>删除 %n 项风险</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopRisksTile</name>
    <message>
        <source>Top risks</source>
        <translation>主要风险</translation>
    </message>
    <message>
        <source>Open the risk register</source>
        <translation>打开风险登记册</translation>
    </message>
    <message numerus="yes">
        <source>%n live risk(s)</source>
        <translation>
            <numerusform>%n 项在控风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n 项复核逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>{score} {level} — {title}</source>
        <translation>{score} {level} — {title}</translation>
    </message>
</context>
</TS>
