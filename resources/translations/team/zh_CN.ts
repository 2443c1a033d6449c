<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Features</name>
    <message>
        <source>Team and stakeholders</source>
        <translation>团队与干系人</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New team member</source>
        <translation>新建团队成员</translation>
    </message>
    <message>
        <source>Team member {name}</source>
        <translation>团队成员 {name}</translation>
    </message>
    <message>
        <source>Pick the person from the list below the field: a team member is someone of the roster. (People outside it belong in the stakeholder register.)</source>
        <translation>请从输入框下方的列表中选择人员：团队成员必须是花名册中的人。（花名册以外的人请登记在干系人登记册中。）</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>投入比例(&amp;A)：</translation>
    </message>
    <message>
        <source>R&amp;esponsibilities:</source>
        <translation>职责(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>OrgChart</name>
    <message>
        <source>No one is on the project team yet: add members on the left.</source>
        <translation>项目团队还没有成员：请在左侧添加。</translation>
    </message>
</context>
<context>
    <name>OverdueContactsTile</name>
    <message>
        <source>Stakeholders to contact</source>
        <translation>待联络的干系人</translation>
    </message>
    <message>
        <source>Open the stakeholder register</source>
        <translation>打开干系人登记册</translation>
    </message>
    <message>
        <source>Every stakeholder has been contacted within their cadence.</source>
        <translation>所有干系人都已按联络频率联系过。</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) overdue for contact as of {date}:</source>
        <translation>
            <numerusform>截至 {date}，%n 位干系人已超期未联络：</numerusform>
        </translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联络</translation>
    </message>
    <message>
        <source>{name} — last contact {last} ({cadence})</source>
        <translation>{name} — 上次联络 {last}（{cadence}）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <source>Interest →</source>
        <translation>关注度 →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>影响力 →</translation>
    </message>
    <message>
        <source>Influence {influence}, interest {interest}: {quadrant}</source>
        <translation>影响力 {influence}，关注度 {interest}：{quadrant}</translation>
    </message>
    <message>
        <source>Engagement: {current} → {desired}</source>
        <translation>参与度：{current} → {desired}</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Pick from the roster (not needed for externals)</source>
        <translation>从花名册中选择（外部干系人可不选）</translation>
    </message>
    <message>
        <source>New stakeholder</source>
        <translation>新建干系人</translation>
    </message>
    <message>
        <source>Stakeholder {name}</source>
        <translation>干系人 {name}</translation>
    </message>
    <message>
        <source>none: no stage scored 3 or lower</source>
        <translation>无：没有阶段得分在 3 分及以下</translation>
    </message>
    <message>
        <source>{stage}: change stalls here</source>
        <translation>{stage}：变革在此受阻</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>On the &amp;roster:</source>
        <translation>花名册人员(&amp;R)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;quirements and expectations:</source>
        <translation>需求与期望(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5):</source>
        <translation>影响力（1–5）(&amp;I)：</translation>
    </message>
    <message>
        <source>In&amp;terest (1–5):</source>
        <translation>关注度（1–5）(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Current engagement:</source>
        <translation>当前参与度(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Desired engagement:</source>
        <translation>期望参与度(&amp;D)：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>E&amp;xternal (outside the organisation)</source>
        <translation>外部干系人（组织以外）(&amp;X)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>单位(&amp;G)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject role:</source>
        <translation>项目角色(&amp;J)：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>ADKAR a&amp;wareness:</source>
        <translation>ADKAR 认知(&amp;W)：</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>ADKAR d&amp;esire:</source>
        <translation>ADKAR 意愿(&amp;E)：</translation>
    </message>
    <message>
        <source>ADKAR &amp;knowledge:</source>
        <translation>ADKAR 知识(&amp;K)：</translation>
    </message>
    <message>
        <source>ADKAR a&amp;bility:</source>
        <translation>ADKAR 能力(&amp;B)：</translation>
    </message>
    <message>
        <source>ADKAR rein&amp;forcement:</source>
        <translation>ADKAR 巩固(&amp;F)：</translation>
    </message>
    <message>
        <source>Barrier:</source>
        <translation>障碍点：</translation>
    </message>
    <message>
        <source>Engagement plan</source>
        <translation>沟通计划</translation>
    </message>
    <message>
        <source>Cont&amp;act cadence:</source>
        <translation>联络频率(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>应对策略(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>上次联络(&amp;L)：</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>联络日期</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>投入比例</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Overdue for contact ({cadence})</source>
        <translation>超期未联络（{cadence}）</translation>
    </message>
    <message>
        <source>External stakeholder</source>
        <translation>外部干系人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Project role</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>关注度</translation>
    </message>
    <message>
        <source>Strategy quadrant</source>
        <translation>策略象限</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>ADKAR barrier</source>
        <translation>ADKAR 障碍点</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>联络频率</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联络</translation>
    </message>
    <message>
        <source>C</source>
        <translation>现</translation>
    </message>
    <message>
        <source>D</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Levels from current (C) to desired (D) engagement</source>
        <translation>从当前（现）到期望（期）参与度相差的级数</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>项目发起人</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>指导委员会</translation>
    </message>
    <message>
        <source>PMO</source>
        <translation>项目管理办公室</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>信息技术</translation>
    </message>
    <message>
        <source>Business lead</source>
        <translation>业务负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Key user</source>
        <translation>信息专员</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>实施方</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>不知晓</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>抵制</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>Supportive</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>领导</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>按需</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>重点管理</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>令其满意</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>随时告知</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监督</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>意愿</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <source>Ability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Reinforcement</source>
        <translation>巩固</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>负责</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>知会</translation>
    </message>
    <message>
        <source>no one is accountable (A)</source>
        <translation>没有负责人（A）</translation>
    </message>
    <message>
        <source>more than one is accountable (A)</source>
        <translation>负责人（A）不止一个</translation>
    </message>
    <message>
        <source>no one is responsible (R)</source>
        <translation>没有执行人（R）</translation>
    </message>
</context>
<context>
    <name>TeamOperations</name>
    <message>
        <source>Add stakeholder {name}</source>
        <translation>添加干系人 {name}</translation>
    </message>
    <message>
        <source>Edit stakeholder {name}</source>
        <translation>编辑干系人 {name}</translation>
    </message>
    <message>
        <source>Move {name} on the grid</source>
        <translation>在权力/利益方格中移动 {name}</translation>
    </message>
    <message>
        <source>Clear RACI of {where}</source>
        <translation>清除 RACI：{where}</translation>
    </message>
    <message>
        <source>Set RACI {role} for {where}</source>
        <translation>设置 RACI {role}：{where}</translation>
    </message>
    <message>
        <source>Add {name} to the team</source>
        <translation>将 {name} 加入团队</translation>
    </message>
    <message>
        <source>Edit team member {name}</source>
        <translation>编辑团队成员 {name}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Project team</source>
        <translation>项目团队</translation>
    </message>
    <message>
        <source>Add &amp;stakeholder…</source>
        <translation>添加干系人(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>编辑(&amp;D)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Stakeholder register</source>
        <translation>干系人登记册</translation>
    </message>
    <message>
        <source>Drag a stakeholder to another cell to change their influence and interest; hover for details.</source>
        <translation>把干系人拖到另一格即可修改其影响力和关注度；鼠标悬停查看详情。</translation>
    </message>
    <message>
        <source>Power/interest grid</source>
        <translation>权力/利益方格</translation>
    </message>
    <message>
        <source>C: current engagement, D: desired. Rows with a gap are highlighted; click a column title to sort (the Gap column puts the largest first).</source>
        <translation>现：当前参与度，期：期望参与度。有差距的行以底色标出；点击列标题排序（按“差距”排序时差距最大的在前）。</translation>
    </message>
    <message>
        <source>Engagement matrix</source>
        <translation>参与度评估矩阵</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Click a cell to cycle R → A → C → I → empty, or type R, A, C, I; Delete clears.</source>
        <translation>单击单元格按 R → A → C → I → 空 循环，或直接键入 R、A、C、I；按 Delete 清除。</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI 矩阵</translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholder(s) overdue for contact</source>
        <translation>
            <numerusform>%n 位干系人超期未联络</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks yet: the matrix fills in as the plan gets tasks.</source>
        <translation>还没有任务：计划有了任务后，矩阵会随之填充。</translation>
    </message>
    <message>
        <source>No stakeholders yet: add them in the register to assign R, A, C and I.</source>
        <translation>还没有干系人：请先在登记册中添加，再分配 R、A、C、I。</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) break the RACI rule (one A, at least one R)</source>
        <translation>
            <numerusform>%n 项任务不符合 RACI 规则（一个 A，至少一个 R）</numerusform>
        </translation>
    </message>
    <message>
        <source>Every task has one A and at least one R.</source>
        <translation>每项任务都有一个 A 和至少一个 R。</translation>
    </message>
    <message>
        <source>Delete stakeholder {name}</source>
        <translation>删除干系人 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>删除 %n 位干系人</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {name} from the team</source>
        <translation>将 {name} 移出团队</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team</source>
        <translation>
            <numerusform>将 %n 位成员移出团队</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the RACI matrix</source>
        <translation>导出 RACI 矩阵</translation>
    </message>
    <message>
        <source>RACI matrix.xlsx</source>
        <translation>RACI 矩阵.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>RACI matrix exported to {path}</source>
        <translation>RACI 矩阵已导出到 {path}</translation>
    </message>
</context>
</TS>
