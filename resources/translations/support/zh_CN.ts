<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticlePicker</name>
    <message>
        <source>Link article</source>
        <translation>关联文章</translation>
    </message>
    <message>
        <source>&amp;Search the knowledge base:</source>
        <translation>搜索知识库(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
</context>
<context>
    <name>HotlineDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂不指派）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Hotline ticket</source>
        <translation>热线工单</translation>
    </message>
    <message>
        <source>Type the caller&apos;s name or employee number; Enter saves, Esc cancels.</source>
        <translation>输入来电人的姓名或工号；回车保存，Esc 取消。</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报告人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Question or problem:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>OA &amp;module:</source>
        <translation>OA 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>LinkedTicketsDialog</name>
    <message>
        <source>Linked tickets</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Tickets turned into {what}:</source>
        <translation>转为{what}的工单：</translation>
    </message>
    <message>
        <source>No ticket was turned into {what}.</source>
        <translation>还没有工单转为{what}。</translation>
    </message>
    <message>
        <source>Double-click to open the ticket</source>
        <translation>双击打开工单</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SupportOperations</name>
    <message>
        <source>New ticket {title}</source>
        <translation>新建工单 {title}</translation>
    </message>
    <message>
        <source>Comment on {number}</source>
        <translation>评论 {number}</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <translation>编辑 {number}</translation>
    </message>
    <message>
        <source>Turn {number} into a task</source>
        <translation>将 {number} 转为任务</translation>
    </message>
    <message>
        <source>Turn {number} into a risk</source>
        <translation>将 {number} 转为风险</translation>
    </message>
    <message>
        <source>Turn {number} into a training need</source>
        <translation>将 {number} 转为培训需求</translation>
    </message>
    <message>
        <source>Link an article to {number}</source>
        <translation>为 {number} 关联文章</translation>
    </message>
    <message>
        <source>Unlink an article from {number}</source>
        <translation>取消 {number} 的文章关联</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>SupportTexts</name>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for user</source>
        <translation>等待用户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation>P1 紧急</translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation>P2 高</translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation>P3 一般</translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation>P4 低</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Permission / account</source>
        <translation>权限/账号</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>需求建议</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>IM group</source>
        <translation>即时通讯群</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>流程审批</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>公文</translation>
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
        <source>Finance</source>
        <translation>财务</translation>
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
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>80% used</source>
        <translation>已用 80%</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>OA module</source>
        <translation>OA 模块</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>training need</source>
        <translation>培训需求</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Created {number}</source>
        <translation>创建 {number}</translation>
    </message>
    <message>
        <source>Assigned to {who}</source>
        <translation>指派给 {who}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>评论：{text}</translation>
    </message>
    <message>
        <source>Turned into a {what} (#{id})</source>
        <translation>已转为{what}（#{id}）</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <source>A ticket cannot go from {old} to {new}: the workflow does not allow it.</source>
        <translation>工单不能从“{old}”变为“{new}”：流程不允许。</translation>
    </message>
    <message>
        <source>Priority must be P1, P2, P3 or P4; {value} is not a priority.</source>
        <translation>优先级只能是 P1、P2、P3 或 P4；{value} 不是优先级。</translation>
    </message>
    <message>
        <source>A ticket cannot be resolved before it was created.</source>
        <translation>工单的解决时间不能早于创建时间。</translation>
    </message>
    <message>
        <source>Only a resolved or closed ticket has a resolution time.</source>
        <translation>只有已解决或已关闭的工单才有解决时间。</translation>
    </message>
    <message>
        <source>That person is not on the project team: add them on the Team page first, or assign the ticket to a team member.</source>
        <translation>此人不在项目团队中：请先在“团队”页添加，或将工单指派给团队成员。</translation>
    </message>
    <message>
        <source>A ticket needs a title.</source>
        <translation>工单需要标题。</translation>
    </message>
    <message>
        <source>A ticket title has at most 300 characters.</source>
        <translation>工单标题最多 300 个字符。</translation>
    </message>
    <message>
        <source>{field} has at most {limit} characters.</source>
        <translation>{field}最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>That ticket no longer exists (someone deleted it).</source>
        <translation>该工单已不存在（已被删除）。</translation>
    </message>
    <message>
        <source>Choose one or more tickets first.</source>
        <translation>请先选择一个或多个工单。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>评论不能为空。</translation>
    </message>
    <message>
        <source>The {field} chosen no longer exists: choose another one.</source>
        <translation>所选的{field}已不存在：请另选。</translation>
    </message>
    <message>
        <source>{value} is not a valid {field}.</source>
        <translation>{value} 不是有效的{field}。</translation>
    </message>
    <message>
        <source>Ticket {number} already has its task.</source>
        <translation>工单 {number} 已有对应任务。</translation>
    </message>
    <message>
        <source>Ticket {number} already has its risk.</source>
        <translation>工单 {number} 已有对应风险。</translation>
    </message>
    <message>
        <source>Ticket {number} already has a training need.</source>
        <translation>工单 {number} 已有培训需求。</translation>
    </message>
    <message>
        <source>{field} cannot be changed on a ticket.</source>
        <translation>工单的{field}不能修改。</translation>
    </message>
    <message>
        <source>That article no longer exists (someone deleted it).</source>
        <translation>该文章已不存在（已被他人删除）。</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Ticket {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>created {created}, first response {response}, closed {closed}</source>
        <translation>创建 {created}，首次响应 {response}，关闭 {closed}</translation>
    </message>
    <message>
        <source>No article linked yet</source>
        <translation>尚未关联文章</translation>
    </message>
    <message>
        <source>task: {name}</source>
        <translation>任务：{name}</translation>
    </message>
    <message>
        <source>risk: {name}</source>
        <translation>风险：{name}</translation>
    </message>
    <message>
        <source>training need #{ids}</source>
        <translation>培训需求 #{ids}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>OA &amp;module:</source>
        <translation>OA 模块(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>部门(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>批次(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reporter:</source>
        <translation>报告人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>Resol&amp;ution:</source>
        <translation>解决方案(&amp;U)：</translation>
    </message>
    <message>
        <source>Resol&amp;ved at:</source>
        <translation>解决时间(&amp;V)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>关联：</translation>
    </message>
    <message>
        <source>Turn into tas&amp;k</source>
        <translation>转为任务(&amp;K)</translation>
    </message>
    <message>
        <source>Turn into r&amp;isk</source>
        <translation>转为风险(&amp;I)</translation>
    </message>
    <message>
        <source>Turn into training &amp;need</source>
        <translation>转为培训需求(&amp;N)</translation>
    </message>
    <message>
        <source>Knowledge &amp;base articles:</source>
        <translation>知识库文章(&amp;B)：</translation>
    </message>
    <message>
        <source>The knowledge-base articles that answer this ticket</source>
        <translation>解答此工单的知识库文章</translation>
    </message>
    <message>
        <source>&amp;Link article…</source>
        <translation>关联文章(&amp;L)…</translation>
    </message>
    <message>
        <source>Unlink article</source>
        <translation>取消关联文章</translation>
    </message>
    <message>
        <source>Hist&amp;ory:</source>
        <translation>历史(&amp;O)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add a comment…</source>
        <translation>添加评论…</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>评论(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TicketLinks</name>
    <message>
        <source>Open Ticket…</source>
        <translation>打开工单…</translation>
    </message>
    <message>
        <source>Linked Tickets…</source>
        <translation>关联工单…</translation>
    </message>
    <message>
        <source>The support tickets turned into this row</source>
        <translation>转为此行的支持工单</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>解决时限</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <source>Search: number, title or description</source>
        <translation>搜索：编号、标题或描述</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not resolved)</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Every priority</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Every wave</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Any SLA</source>
        <translation>全部 SLA</translation>
    </message>
    <message>
        <source>Breached only</source>
        <translation>仅超时</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>未超时</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>Forget filter</source>
        <translation>删除筛选</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>我是(&amp;I)：</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>已存筛选：</translation>
    </message>
    <message>
        <source>&amp;New hotline ticket…</source>
        <translation>新建热线工单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>A&amp;ssign to</source>
        <translation>指派给(&amp;S)</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>设置状态(&amp;T)</translation>
    </message>
    <message>
        <source>Set &amp;priority</source>
        <translation>设置优先级(&amp;P)</translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>{open} open · {warning} past 80% · {breached} breached</source>
        <translation>{open} 未解决 · {warning} 超过 80% · {breached} 已超时</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>（选择已存筛选）</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>No change allowed for every selected ticket</source>
        <translation>所选工单没有共同允许的状态变更</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Assign %n ticket(s) to {who}</source>
        <translation>
            <numerusform>将 %n 个工单指派给 {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n ticket(s) to {status}</source>
        <translation>
            <numerusform>将 %n 个工单设为{status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n ticket(s) to priority {priority}</source>
        <translation>
            <numerusform>将 %n 个工单的优先级设为 {priority}</numerusform>
        </translation>
    </message>
</context>
</TS>
