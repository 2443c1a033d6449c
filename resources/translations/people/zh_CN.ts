<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Department {name}</source>
        <translation>部门 {name}</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>编码(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>Head&amp;count:</source>
        <translation>编制人数(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Readiness:</source>
        <translation>就绪状态(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>DepartmentsTab</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>编制人数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>实际上线</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪状态</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>上线门槛</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add sub-department…</source>
        <translation>添加下级部门…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move under…</source>
        <translation>移到…之下</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The department&apos;s go-live milestone on the Timeline: moving one moves the other</source>
        <translation>该部门在进度计划上的上线里程碑：移动其中一个，另一个随之移动</translation>
    </message>
    <message>
        <source>A department with people or sub-departments cannot be deleted: move them, or merge it into another department (its people, sub-departments and history go to the target).</source>
        <translation>有人员或下级部门的部门不能删除：请先移走它们，或把该部门合并到另一个部门（人员、下级部门和历史记录都转到目标部门）。</translation>
    </message>
    <message>
        <source>(no wave)</source>
        <translation>（未分批）</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>把 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <source>no wave</source>
        <translation>未分批</translation>
    </message>
    <message>
        <source>Move {name} to {wave}</source>
        <translation>把 {name} 调到 {wave}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>添加部门</translation>
    </message>
    <message>
        <source>Add sub-department</source>
        <translation>添加下级部门</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>重命名部门</translation>
    </message>
    <message>
        <source>Edit department {name}</source>
        <translation>编辑部门 {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>Put it under</source>
        <translation>放到以下部门之下</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>合并 {name}</translation>
    </message>
    <message>
        <source>Merge into (its people and sub-departments move there)</source>
        <translation>合并到（人员和下级部门都转到该部门）</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>who decided (e.g. the steering committee)</source>
        <translation>决策人（如：项目指导委员会）</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决策</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决策人</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>就绪检查清单</translation>
    </message>
    <message>
        <source>No department chosen</source>
        <translation>未选择部门</translation>
    </message>
    <message>
        <source>Go/no-go gate: {name}</source>
        <translation>上线决策门槛：{name}</translation>
    </message>
    <message>
        <source>Recorded: {decision} on {day} by {who}</source>
        <translation>已记录：{decision}，{day}，决策人 {who}</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation>尚未记录决策</translation>
    </message>
</context>
<context>
    <name>PeopleOperations</name>
    <message>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Reactivate {who}</source>
        <translation>恢复 {who} 在职</translation>
    </message>
    <message>
        <source>Deactivate {who}</source>
        <translation>停用 {who}</translation>
    </message>
    <message>
        <source>Add department {name}</source>
        <translation>添加部门 {name}</translation>
    </message>
    <message>
        <source>Move department {name}</source>
        <translation>移动部门 {name}</translation>
    </message>
    <message>
        <source>Delete department {name}</source>
        <translation>删除部门 {name}</translation>
    </message>
    <message>
        <source>Merge {source} into {target}</source>
        <translation>把 {source} 合并到 {target}</translation>
    </message>
    <message>
        <source>Record the gate decision of {name}</source>
        <translation>记录 {name} 的上线决策</translation>
    </message>
    <message>
        <source>Add a readiness item</source>
        <translation>添加就绪检查项</translation>
    </message>
    <message>
        <source>Tick a readiness item</source>
        <translation>勾选就绪检查项</translation>
    </message>
    <message>
        <source>Untick a readiness item</source>
        <translation>取消勾选就绪检查项</translation>
    </message>
    <message>
        <source>Change the gate thresholds of {wave}</source>
        <translation>修改 {wave} 的上线门槛</translation>
    </message>
    <message>
        <source>Move the go-live of {name}</source>
        <translation>调整 {name} 的上线日期</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Wave board</source>
        <translation>批次看板</translation>
    </message>
</context>
<context>
    <name>PeopleTexts</name>
    <message>
        <source>leadership</source>
        <translation>领导层</translation>
    </message>
    <message>
        <source>key user</source>
        <translation>关键用户</translation>
    </message>
    <message>
        <source>end user</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>sponsor</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>steering committee</source>
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
        <source>business lead</source>
        <translation>业务负责人</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>unaware</source>
        <translation>不知情</translation>
    </message>
    <message>
        <source>resistant</source>
        <translation>抵触</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中立</translation>
    </message>
    <message>
        <source>supportive</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>引领</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>live</source>
        <translation>已上线</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>已稳定</translation>
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
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Data migration checked on a sample</source>
        <translation>迁移数据已抽样核对</translation>
    </message>
    <message>
        <source>Rollback plan written</source>
        <translation>回退方案已编写</translation>
    </message>
    <message>
        <source>Operating rules published</source>
        <translation>使用管理办法已发布</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>其他检查项</translation>
    </message>
    <message>
        <source>green: ready to go</source>
        <translation>绿色：可以上线</translation>
    </message>
    <message>
        <source>amber: watch</source>
        <translation>黄色：需关注</translation>
    </message>
    <message>
        <source>red: no-go</source>
        <translation>红色：不能上线</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Trained at their tier: no training recorded yet (GO at {go}% or more)</source>
        <translation>按层级完成培训：尚无培训记录（不低于 {go}% 为通过）</translation>
    </message>
    <message>
        <source>Trained at their tier: {value}% (GO at {go}% or more; NO-GO below {nogo}%)</source>
        <translation>按层级完成培训：{value}%（不低于 {go}% 为通过；低于 {nogo}% 则不通过）</translation>
    </message>
    <message>
        <source>Key users named: {value} (GO at {go} or more; NO-GO when none)</source>
        <translation>已指定关键用户：{value} 名（不少于 {go} 名为通过；没有则不通过）</translation>
    </message>
    <message>
        <source>Open P1/P2 tickets: no support data yet (GO at {go} or fewer)</source>
        <translation>未关闭的 P1/P2 工单：尚无支持数据（不超过 {go} 个为通过）</translation>
    </message>
    <message>
        <source>Open P1/P2 tickets: {value} (GO at {go} or fewer; NO-GO at {nogo} or more)</source>
        <translation>未关闭的 P1/P2 工单：{value} 个（不超过 {go} 个为通过；达到 {nogo} 个则不通过）</translation>
    </message>
    <message>
        <source>Readiness items done: no checklist items yet (GO at {go}%)</source>
        <translation>就绪检查项完成率：尚无检查项（达到 {go}% 为通过）</translation>
    </message>
    <message>
        <source>Readiness items done: {value}% (GO at {go}% or more; NO-GO below {nogo}%)</source>
        <translation>就绪检查项完成率：{value}%（不低于 {go}% 为通过；低于 {nogo}% 则不通过）</translation>
    </message>
    <message>
        <source>That department no longer exists (it was deleted): choose another one.</source>
        <translation>该部门已不存在（已被删除）：请选择其他部门。</translation>
    </message>
    <message>
        <source>Employee number {no} already belongs to {name}.</source>
        <translation>工号 {no} 已属于 {name}。</translation>
    </message>
    <message>
        <source>That department no longer exists: someone deleted it.</source>
        <translation>该部门已不存在：已被删除。</translation>
    </message>
    <message>
        <source>Another department under the same parent is already called {name}.</source>
        <translation>同一上级下已有名为 {name} 的部门。</translation>
    </message>
    <message>
        <source>{name} cannot be put under {parent}: {parent} is inside {name} (a department cannot be its own ancestor).</source>
        <translation>{name} 不能放到 {parent} 之下：{parent} 是 {name} 的下级（部门不能成为自己的上级）。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it still has {people} people and {children} sub-departments. Move them, or merge it into another department, first.</source>
        <translation>{name} 不能删除：还有 {people} 名人员和 {children} 个下级部门。请先移走它们，或把它合并到另一个部门。</translation>
    </message>
    <message>
        <source>{name} has no go-live milestone on the Timeline: add a milestone for it (with this department) first.</source>
        <translation>{name} 在进度计划上没有上线里程碑：请先为它添加一个（指定该部门的）里程碑。</translation>
    </message>
    <message>
        <source>The two departments cannot be merged: both have records that one department cannot hold twice ({table}).</source>
        <translation>这两个部门不能合并：两者都有同一部门不能重复保存的记录（{table}）。</translation>
    </message>
    <message>
        <source>These thresholds contradict each other: a NO-GO trigger must be below its GO condition, percentages within 0–100 and at least one key user ({fields}).</source>
        <translation>这些门槛相互矛盾：不通过的触发值必须低于通过条件，百分比须在 0–100 之间，关键用户至少 1 名（{fields}）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Employee no.:</source>
        <translation>工号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>电子邮箱(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>培训层级(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>在职(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>培训层级</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Team roles</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Tickets reported</source>
        <translation>提交的工单</translation>
    </message>
    <message>
        <source>No person chosen</source>
        <translation>未选择人员</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>not on the team</source>
        <translation>不在项目团队中</translation>
    </message>
    <message>
        <source>influence {inf}, interest {int}; {cur} → {des}</source>
        <translation>影响力 {inf}，关注度 {int}；{cur} → {des}</translation>
    </message>
    <message>
        <source>not a stakeholder</source>
        <translation>不是干系人</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>No trainings yet</source>
        <translation>尚无培训记录</translation>
    </message>
    <message>
        <source>No tickets reported</source>
        <translation>未提交过工单</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>培训层级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Deactivated: kept in the plan with their history</source>
        <translation>已停用：保留在计划中，历史记录不变</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Search: name, pinyin initials, employee number or e-mail</source>
        <translation>搜索：姓名、拼音首字母、工号或邮箱</translation>
    </message>
    <message>
        <source>Every tier</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>在职和停用</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>仅在职</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>仅停用</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复在职</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Gate thresholds of {wave}</source>
        <translation>{wave} 的上线门槛</translation>
    </message>
    <message>
        <source>Gate thresholds</source>
        <translation>上线门槛</translation>
    </message>
    <message>
        <source>GO: &amp;trained at their tier at least (%):</source>
        <translation>通过：按层级完成培训不低于（%）(&amp;T)：</translation>
    </message>
    <message>
        <source>NO-GO: trai&amp;ned below (%):</source>
        <translation>不通过：完成培训低于（%）(&amp;N)：</translation>
    </message>
    <message>
        <source>GO: &amp;key users named at least:</source>
        <translation>通过：已指定关键用户不少于(&amp;K)：</translation>
    </message>
    <message>
        <source>GO: o&amp;pen P1/P2 tickets at most:</source>
        <translation>通过：未关闭的 P1/P2 工单不超过(&amp;P)：</translation>
    </message>
    <message>
        <source>NO-GO: open P1/P2 tickets &amp;from:</source>
        <translation>不通过：未关闭的 P1/P2 工单达到(&amp;F)：</translation>
    </message>
    <message>
        <source>GO: readiness &amp;items done at least (%):</source>
        <translation>通过：就绪检查项完成不低于（%）(&amp;I)：</translation>
    </message>
    <message>
        <source>NO-GO: readiness items &amp;done below (%):</source>
        <translation>不通过：就绪检查项完成低于（%）(&amp;D)：</translation>
    </message>
    <message>
        <source>Between a GO condition and its NO-GO trigger the criterion is amber (watch).</source>
        <translation>介于通过条件和不通过触发值之间时，该项为黄色（需关注）。</translation>
    </message>
</context>
<context>
    <name>WaveBoard</name>
    <message>
        <source>Drag a department&apos;s card to another wave to move it there (undoable).</source>
        <translation>把部门卡片拖到另一批次即可调整其批次（可撤销）。</translation>
    </message>
    <message>
        <source>go-live {day}</source>
        <translation>上线 {day}</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>试点</translation>
    </message>
    <message>
        <source>go-live not set</source>
        <translation>未设上线日期</translation>
    </message>
    <message>
        <source>No wave</source>
        <translation>未分批</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>门槛…</translation>
    </message>
    <message>
        <source>GO when: trained ≥ {trained}%, key users ≥ {keys}, open P1/P2 tickets ≤ {tickets}, checklist done ≥ {items}%</source>
        <translation>通过条件：培训完成 ≥ {trained}%，关键用户 ≥ {keys} 名，未关闭 P1/P2 工单 ≤ {tickets} 个，检查清单完成 ≥ {items}%</translation>
    </message>
    <message>
        <source>gate: {colour}</source>
        <translation>门槛：{colour}</translation>
    </message>
    <message>
        <source>no wave</source>
        <translation>未分批</translation>
    </message>
    <message>
        <source>Move {name} to {wave}</source>
        <translation>把 {name} 调到 {wave}</translation>
    </message>
</context>
</TS>
