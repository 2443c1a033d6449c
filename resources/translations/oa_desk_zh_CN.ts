<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty plan file</source>
        <translation>创建一个空的计划文件</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>打开计划文件</translation>
    </message>
    <message>
        <source>Open &amp;Demo Plan</source>
        <translation>打开示例计划(&amp;D)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the plan and continue in the copy</source>
        <translation>保存计划副本，并在副本中继续工作</translation>
    </message>
    <message>
        <source>&amp;Restore from Snapshot…</source>
        <translation>从快照恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>关闭计划(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;About OA Desk</source>
        <translation>关于 OA 推广工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Areas of the rollout</source>
        <translation>推广工作的各个方面</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>This plan is open read-only. Click for details.</source>
        <translation>此计划以只读方式打开。点击查看详情。</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <source>Clear Recent Plans</source>
        <translation>清除最近打开的计划</translation>
    </message>
    <message>
        <source>OA Desk</source>
        <translation>OA 推广工作台</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation>［只读］</translation>
    </message>
    <message>
        <source>{name}{suffix} — OA Desk</source>
        <translation>{name}{suffix} — OA 推广工作台</translation>
    </message>
    <message>
        <source>This plan is open read-only, so nothing in it can be changed. Use File › Save As… to continue in a copy of your own.</source>
        <translation>此计划以只读方式打开，无法修改其中的任何内容。可使用“文件 › 另存为…”在自己的副本中继续工作。</translation>
    </message>
    <message>
        <source>Checking the plan&apos;s integrity…</source>
        <translation>正在检查计划文件的完整性…</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>已打开 {name}</translation>
    </message>
    <message>
        <source>Plan in use</source>
        <translation>计划正在使用中</translation>
    </message>
    <message>
        <source>You can open it read-only, or open a copy of it as it is now and work in the copy.</source>
        <translation>您可以以只读方式打开它，或打开它当前状态的副本并在副本中工作。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open a &amp;Copy…</source>
        <translation>打开副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Save a Copy of the Plan</source>
        <translation>保存计划副本</translation>
    </message>
    <message>
        <source>{stem} (copy)</source>
        <translation>{stem}（副本）</translation>
    </message>
    <message>
        <source>OA Desk plans (*.oadesk)</source>
        <translation>OA 推广计划 (*.oadesk)</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>OA Desk plans (*.oadesk);;All files (*)</source>
        <translation>OA 推广计划 (*.oadesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the New Plan</source>
        <translation>保存新计划</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>计划另存为</translation>
    </message>
    <message>
        <source>The plan is saved automatically after every change.</source>
        <translation>每次修改后计划都会自动保存。</translation>
    </message>
    <message>
        <source>Saved as {path}; you are now working in it.</source>
        <translation>已另存为 {path}，现在您正在此文件中工作。</translation>
    </message>
    <message>
        <source>Restored the snapshot of {time}.</source>
        <translation>已恢复 {time} 的快照。</translation>
    </message>
    <message>
        <source>Plan taken over</source>
        <translation>计划已被接管</translation>
    </message>
    <message>
        <source>Another OA Desk has taken over {path}; it is reopened read-only here.</source>
        <translation>另一个 OA 推广工作台已接管 {path}，此处已改为以只读方式重新打开。</translation>
    </message>
    <message>
        <source>Integrity check passed.</source>
        <translation>完整性检查通过。</translation>
    </message>
    <message>
        <source>About OA Desk</source>
        <translation>关于 OA 推广工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OA Desk {version}&lt;/h3&gt;&lt;p&gt;A workbench for the team that rolls an OA system out across an enterprise: goals, team, departments and waves, schedule, training, go-live support and adoption, in one plan file that works offline.&lt;/p&gt;&lt;p&gt;Icons: Phosphor Icons (MIT licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OA 推广工作台 {version}&lt;/h3&gt;&lt;p&gt;面向在企业内推广 OA 系统的项目团队的工作台：目标、团队、部门与批次、进度计划、培训、上线支持和应用推广，全部保存在一个可离线使用的计划文件中。&lt;/p&gt;&lt;p&gt;图标：Phosphor Icons（MIT 许可证）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it is not an OA Desk plan.</source>
        <translation>{path} 是空文件（0 字节），不是 OA 推广计划。</translation>
    </message>
    <message>
        <source>{path} is not an OA Desk plan.</source>
        <translation>{path} 不是 OA 推广计划文件。</translation>
    </message>
    <message>
        <source>{path} is a database of another program (application id {found}), not an OA Desk plan.</source>
        <translation>{path} 是其他程序的数据库（应用标识 {found}），不是 OA 推广计划。</translation>
    </message>
    <message>
        <source>{path} is incomplete: it should hold {expected} bytes but holds {actual}. Restore it from a snapshot or a backup.</source>
        <translation>{path} 不完整：应有 {expected} 字节，实际只有 {actual} 字节。请从快照或备份恢复。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; restore it from a snapshot or a backup.</source>
        <translation>{path} 已损坏（{detail}）。文件未被改动；请从快照或备份恢复。</translation>
    </message>
    <message>
        <source>{path} was saved by a newer OA Desk (plan format {found}); this version reads formats up to {supported}. Update OA Desk to open it.</source>
        <translation>{path} 由更新版本的 OA 推广工作台保存（计划格式 {found}）；当前版本最高只能读取格式 {supported}。请升级 OA 推广工作台后再打开。</translation>
    </message>
    <message>
        <source>{path} is open by {user} on {host} (process {pid}) since {since}.</source>
        <translation>{path} 自 {since} 起已被 {user} 在 {host} 上打开（进程 {pid}）。</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing can be changed.</source>
        <translation>{path} 以只读方式打开：无法修改任何内容。</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} 已存在。</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from plan format {found} ({detail}). The file is unchanged; a backup is at {backup}.</source>
        <translation>{path} 无法从计划格式 {found} 升级（{detail}）。文件未改动；备份位于 {backup}。</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>The plan name cannot be empty.</source>
        <translation>计划名称不能为空。</translation>
    </message>
    <message>
        <source>The start date {start} is after the go-live date {go_live}.</source>
        <translation>开始日期 {start} 晚于上线日期 {go_live}。</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>请为计划命名。</translation>
    </message>
    <message>
        <source>The start date is after the go-live date.</source>
        <translation>开始日期晚于上线日期。</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Group OA rollout 2027</source>
        <translation>例如：集团 OA 系统推广 2027</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Target &amp;go-live:</source>
        <translation>目标上线(&amp;G)：</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
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
        <source>not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
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
        <source>Edit {field}</source>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <source>Changed the {field}.</source>
        <translation>已修改{field}。</translation>
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
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Next milestones</source>
        <translation>近期里程碑</translation>
    </message>
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
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Snapshots:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>设置：</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>Hourly while editing</source>
        <translation>编辑期间每小时</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Restore from Snapshot</source>
        <translation>从快照恢复</translation>
    </message>
    <message>
        <source>OA Desk keeps snapshots of this plan: when it is opened and at most hourly while you edit. Restoring replaces the plan&apos;s content with the chosen snapshot; the current content is snapshotted first, so restoring can itself be undone.</source>
        <translation>OA 推广工作台会为此计划保存快照：每次打开时一次，编辑期间最多每小时一次。恢复会用所选快照替换计划内容；恢复前会先为当前内容拍摄快照，因此恢复本身也可以撤回。</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>时机</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>No snapshots of this plan yet — one is taken each time it is opened for editing.</source>
        <translation>此计划还没有快照——每次以可编辑方式打开时都会拍摄一个。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to OA Desk</source>
        <translation>欢迎使用 OA 推广工作台</translation>
    </message>
    <message>
        <source>No plan is open. A plan file holds a whole OA rollout: goals, team, departments and waves, the schedule, training and go-live support. Start one:</source>
        <translation>尚未打开计划。一个计划文件包含整个 OA 推广项目：目标、团队、部门与批次、进度计划、培训和上线支持。从这里开始：</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>An empty plan with the standard working calendar.</source>
        <translation>使用标准工作日历的空计划。</translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation>打开示例计划(&amp;D)</translation>
    </message>
    <message>
        <source>A realistic rollout of a mid-size company to explore; your own plans stay separate.</source>
        <translation>一个中型企业的真实推广示例，供您探索；不会影响您自己的计划。</translation>
    </message>
    <message>
        <source>&amp;Open a plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>An .oadesk file on this computer or a shared folder.</source>
        <translation>本机或共享文件夹中的 .oadesk 文件。</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近打开的计划</translation>
    </message>
</context>
</TS>
