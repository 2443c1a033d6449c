<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticleSuggestions</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>No article matches yet.</source>
        <translation>暂无匹配的文章。</translation>
    </message>
    <message>
        <source>Type the question: matching articles appear here.</source>
        <translation>输入问题：匹配的文章将显示在这里。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Publish to Team Plan</source>
        <translation>发布为团队计划</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Pull Offline Copy</source>
        <translation>拉取离线副本</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>拉取(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>No system keyring is available (install the Python package “keyring”); the password is used for this session only.</source>
        <translation>没有可用的系统密钥环（请安装 Python 包“keyring”）；密码只在本次会话中使用。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>The test failed.</source>
        <translation>测试失败。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}: an OA Desk plan (format {rev}).</source>
        <translation>已连接到 PostgreSQL {version}：这是一个 OA Desk 计划（格式 {rev}）。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}; the database is empty: a plan file can be published into it.</source>
        <translation>已连接到 PostgreSQL {version}；数据库为空：可以把计划文件发布到其中。</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}, but the database holds no OA Desk plan.</source>
        <translation>已连接到 PostgreSQL {version}，但该数据库中没有 OA Desk 计划。</translation>
    </message>
    <message>
        <source>Connect to Team Plan</source>
        <translation>连接团队计划</translation>
    </message>
    <message>
        <source>A team plan lives in a PostgreSQL database. The password is asked here and never stored in OA Desk&apos;s settings.</source>
        <translation>团队计划保存在 PostgreSQL 数据库中。密码在这里询问，绝不会保存在 OA Desk 的设置中。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. oa-db.example.com</source>
        <translation>例如 oa-db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>empty: from the keyring or ~/.pgpass</source>
        <translation>留空：从密钥环或 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keyring</source>
        <translation>把密码保存在系统密钥环中(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>将图表保存为 PNG…</translation>
    </message>
    <message>
        <source>Right-click to save the chart as a PNG image</source>
        <translation>右键单击可将图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{stage} (step {index})</source>
        <translation>{stage}（第 {index} 步）</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Another long task is still running; try again when it has finished.</source>
        <translation>另一项耗时任务仍在进行，请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>ListTile</name>
    <message>
        <source>No plan open.</source>
        <translation>没有打开计划。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>Ne&amp;w from Rollout Template…</source>
        <translation>从推广模板新建(&amp;W)…</translation>
    </message>
    <message>
        <source>Create a whole rollout plan from the template</source>
        <translation>按推广模板生成完整的推广计划</translation>
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
        <source>&amp;Undo {step}</source>
        <translation>撤销“{step}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做“{step}”(&amp;R)</translation>
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
        <source>About OA Desk</source>
        <translation>关于 OA 推广工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OA Desk {version}&lt;/h3&gt;&lt;p&gt;A workbench for the team that rolls an OA system out across an enterprise: goals, team, departments and waves, schedule, training, go-live support and adoption, in one plan file that works offline.&lt;/p&gt;&lt;p&gt;Icons: Phosphor Icons (MIT licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OA 推广工作台 {version}&lt;/h3&gt;&lt;p&gt;面向在企业内推广 OA 系统的项目团队的工作台：目标、团队、部门与批次、进度计划、培训、上线支持和应用推广，全部保存在一个可离线使用的计划文件中。&lt;/p&gt;&lt;p&gt;图标：Phosphor Icons（MIT 许可证）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Res&amp;tore from Snapshot…</source>
        <translation>从快照恢复(&amp;T)…</translation>
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
        <source>{path} is being written by another program and stayed busy for {seconds} s; nothing was changed. Try again in a moment.</source>
        <translation>{path} 正被另一个程序写入，已等待 {seconds} 秒仍未完成；没有做任何更改。请稍后再试。</translation>
    </message>
    <message>
        <source>{path}: {detail}</source>
        <translation>{path}：{detail}</translation>
    </message>
    <message>
        <source>{path} is the plan being copied ({source}), under another name or through a link: a copy cannot replace it. Choose another file name.</source>
        <translation>{path} 就是正在复制的计划（{source}），只是换了名称或经由链接：副本不能替换它。请另选文件名。</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so the change could not be saved; nothing was changed. Free some space and try again.</source>
        <translation>{path}：磁盘已满，无法保存此次更改；计划未作任何改动。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be written (the file or its folder is read-only); nothing was changed. Open it read-only or open a copy.</source>
        <translation>无法写入 {path}（文件或其所在文件夹为只读）；计划未作任何改动。请以只读方式打开，或打开一份副本。</translation>
    </message>
    <message>
        <source>{path}: the server refused the user name or password ({detail}). Check them and try again.</source>
        <translation>{path}：服务器拒绝了用户名或密码（{detail}）。请检查后重试。</translation>
    </message>
    <message>
        <source>{path}: the server cannot be reached ({detail}). Check the host and port, and that the server is running.</source>
        <translation>{path}：无法连接到服务器（{detail}）。请检查主机和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <source>{path}: the server has no database of that name ({detail}).</source>
        <translation>{path}：服务器上没有这个名称的数据库（{detail}）。</translation>
    </message>
    <message>
        <source>{path} holds no OA Desk plan (the database is empty or another program&apos;s). Publish a plan file into it to start a team plan.</source>
        <translation>{path} 中没有 OA Desk 计划（数据库为空或属于其他程序）。把一个计划文件发布到其中即可开始团队计划。</translation>
    </message>
    <message>
        <source>{path}: the connection to the server was lost, so the change was not saved; nothing was changed. OA Desk reconnects by itself; until then the plan is read-only.</source>
        <translation>{path}：与服务器的连接已断开，所以修改没有保存；没有任何内容被改动。OA Desk 会自动重新连接；在此之前计划为只读。</translation>
    </message>
    <message>
        <source>The plan name cannot be empty.</source>
        <translation>计划名称不能为空。</translation>
    </message>
    <message>
        <source>The start date {start} is after the go-live date {go_live}.</source>
        <translation>开始日期 {start} 晚于上线日期 {go_live}。</translation>
    </message>
    <message>
        <source>This would make tasks wait for each other in a loop: {chain} → {first}. Nothing was changed.</source>
        <translation>这样会使任务之间形成循环等待：{chain} → {first}。未做任何更改。</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>任务不能依赖于自身。</translation>
    </message>
    <message>
        <source>These two tasks are already linked.</source>
        <translation>这两个任务已经存在链接。</translation>
    </message>
    <message>
        <source>A summary task and a task under it cannot be linked (nothing was changed).</source>
        <translation>摘要任务与其下属任务之间不能建立链接（未做任何更改）。</translation>
    </message>
    <message>
        <source>Links into a summary task must be finish-to-start or start-to-start.</source>
        <translation>指向摘要任务的链接只能是完成-开始或开始-开始。</translation>
    </message>
    <message>
        <source>The task to link no longer exists.</source>
        <translation>要链接的任务已不存在。</translation>
    </message>
    <message>
        <source>Cannot read predecessor {n} ({item}): write a task ID, optionally followed by FS, SS, FF or SF and a lag, e.g. 12FS+2d, 15SS.</source>
        <translation>无法识别第 {n} 个前置任务（{item}）：请填写任务标识，可在其后加上 FS、SS、FF 或 SF 以及延隔，例如 12FS+2d, 15SS。</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>任务必须有名称。</translation>
    </message>
    <message>
        <source>There is no task #{task_id} to link from.</source>
        <translation>不存在可作为前置的任务 #{task_id}。</translation>
    </message>
    <message>
        <source>A task cannot precede itself.</source>
        <translation>任务不能作为自身的前置任务。</translation>
    </message>
    <message>
        <source>Task #{id} is listed twice.</source>
        <translation>任务 #{id} 被列了两次。</translation>
    </message>
    <message>
        <source>{field} is out of its range.</source>
        <translation>{field} 超出了允许的范围。</translation>
    </message>
    <message>
        <source>#{task_id} has no task above it on its level to go under.</source>
        <translation>#{task_id} 在同一级别上方没有可以归入的任务。</translation>
    </message>
    <message>
        <source>#{task_id} is already at the top level.</source>
        <translation>#{task_id} 已经在最高级别。</translation>
    </message>
    <message>
        <source>The task cannot move further that way.</source>
        <translation>该任务无法再朝这个方向移动。</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>基线需要一个名称。</translation>
    </message>
    <message>
        <source>A baseline name has at most {limit} characters.</source>
        <translation>基线名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>There is already a baseline named “{name}”; choose another name.</source>
        <translation>已有名为“{name}”的基线，请换一个名称。</translation>
    </message>
    <message>
        <source>Baseline #{baseline_id} already exists.</source>
        <translation>基线 #{baseline_id} 已存在。</translation>
    </message>
    <message>
        <source>Baseline #{baseline_id} no longer exists.</source>
        <translation>基线 #{baseline_id} 已不存在。</translation>
    </message>
    <message>
        <source>Task #{task_id} no longer exists.</source>
        <translation>任务 #{task_id} 已不存在。</translation>
    </message>
    <message>
        <source>#{task_id} is a summary task: its dates and duration come from the tasks under it.</source>
        <translation>#{task_id} 是摘要任务：其日期和工期由下级任务汇总而来。</translation>
    </message>
    <message>
        <source>{day} is already in the calendar&apos;s list of exceptions.</source>
        <translation>{day} 已在日历的例外日期列表中。</translation>
    </message>
    <message>
        <source>{day} is not in the calendar&apos;s list of exceptions.</source>
        <translation>{day} 不在日历的例外日期列表中。</translation>
    </message>
    <message>
        <source>The communication “{title}” follows the milestone “{milestone}” ({offset:+d} days): this change would put it on {day}, before the plan starts ({start}). Nothing was changed: move the milestone later, change the communication&apos;s days from the milestone, or the plan&apos;s start.</source>
        <translation>宣传事项“{title}”跟随里程碑“{milestone}”（相差 {offset:+d} 天）：此修改会把它排到 {day}，早于计划开始日期（{start}）。未做任何修改：请把里程碑往后移，或修改宣传事项与里程碑相差的天数，或修改计划开始日期。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <source>{file} was refused: it declares a DTD, which MS Project XML never needs and which can carry an XML bomb or an external entity.</source>
        <translation>已拒绝 {file}：文件声明了 DTD，而 MS Project XML 从不需要 DTD，DTD 可能携带 XML 炸弹或外部实体。</translation>
    </message>
    <message>
        <source>{file} was refused: it declares XML entities (a possible XML bomb).</source>
        <translation>已拒绝 {file}：文件声明了 XML 实体（可能是 XML 炸弹）。</translation>
    </message>
    <message>
        <source>{file} was refused: it refers to an external resource.</source>
        <translation>已拒绝 {file}：文件引用了外部资源。</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML (line {line}, column {column}).</source>
        <translation>{file} 不是格式正确的 XML（第 {line} 行，第 {column} 列）。</translation>
    </message>
    <message>
        <source>{file} is XML but not MS Project XML: its root element is &lt;{element}&gt;, not &lt;Project&gt;.</source>
        <translation>{file} 是 XML，但不是 MS Project XML：其根元素是 &lt;{element}&gt;，而不是 &lt;Project&gt;。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; is missing{place}.</source>
        <translation>{file}：缺少 &lt;{element}&gt;{place}。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; is not a number: “{value}”{place}.</source>
        <translation>{file}：&lt;{element}&gt; 不是数字：“{value}”{place}。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; is not a date: “{value}”{place}.</source>
        <translation>{file}：&lt;{element}&gt; 不是日期：“{value}”{place}。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; “{value}” is outside the dates a plan holds ({low} to {high}){place}.</source>
        <translation>{file}：&lt;{element}&gt; “{value}” 超出了计划可容纳的日期范围（{low} 至 {high}）{place}。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; “{value}” is longer than {high} working days{place}.</source>
        <translation>{file}：&lt;{element}&gt; “{value}” 超过了 {high} 个工作日{place}。</translation>
    </message>
    <message>
        <source>{file} was refused: it holds {size} MB, more than the {limit} MB an MS Project XML plan needs.</source>
        <translation>已拒绝 {file}：其大小为 {size} MB，超过了 MS Project XML 计划所需的 {limit} MB 上限。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; is not a duration: “{value}”{place}.</source>
        <translation>{file}：&lt;{element}&gt; 不是工期：“{value}”{place}。</translation>
    </message>
    <message>
        <source>{file}: &lt;{element}&gt; counts in years or months, which have no fixed length: “{value}”{place}.</source>
        <translation>{file}：&lt;{element}&gt; 以年或月计，而年和月没有固定长度：“{value}”{place}。</translation>
    </message>
    <message>
        <source>{file}: the same UID appears twice{place}.</source>
        <translation>{file}：同一个 UID 出现了两次{place}。</translation>
    </message>
    <message>
        <source>{file}: the outline level jumps from {before} to {after}{place}.</source>
        <translation>{file}：大纲级别从 {before} 跳到了 {after}{place}。</translation>
    </message>
    <message>
        <source>{file}: unknown constraint type {value}{place}.</source>
        <translation>{file}：未知的限制类型 {value}{place}。</translation>
    </message>
    <message>
        <source>{file}: baseline number {value} is outside 0–10{place}.</source>
        <translation>{file}：基线编号 {value} 不在 0–10 之间{place}。</translation>
    </message>
    <message>
        <source>{file}: the predecessor UID {value} is not a task of this file{place}.</source>
        <translation>{file}：前置任务 UID {value} 不是此文件中的任务{place}。</translation>
    </message>
    <message>
        <source>{file}: unknown link type {value}{place}.</source>
        <translation>{file}：未知的依赖类型 {value}{place}。</translation>
    </message>
    <message>
        <source>{file}: a calendar exception spans more than ten years ({first} to {last}){place}.</source>
        <translation>{file}：一个日历例外跨越了十年以上（{first} 至 {last}）{place}。</translation>
    </message>
    <message>
        <source> (task {value})</source>
        <translation>（第 {value} 个任务）</translation>
    </message>
    <message>
        <source> (task UID {value})</source>
        <translation>（任务 UID {value}）</translation>
    </message>
    <message>
        <source> (predecessor link of task UID {value})</source>
        <translation>（任务 UID {value} 的前置依赖）</translation>
    </message>
    <message>
        <source> (calendar UID {value})</source>
        <translation>（日历 UID {value}）</translation>
    </message>
    <message>
        <source>{label} cannot be empty.</source>
        <translation>“{label}”不能为空。</translation>
    </message>
    <message>
        <source>{label} can hold at most {length} characters.</source>
        <translation>“{label}”最多 {length} 个字符。</translation>
    </message>
    <message>
        <source>{label} cannot be less than {low}.</source>
        <translation>“{label}”不能小于 {low}。</translation>
    </message>
    <message>
        <source>{label} cannot be more than {high}.</source>
        <translation>“{label}”不能大于 {high}。</translation>
    </message>
    <message>
        <source>{label} cannot be {value}.</source>
        <translation>“{label}”不能是 {value}。</translation>
    </message>
    <message>
        <source>That row no longer exists: someone deleted it.</source>
        <translation>该记录已不存在：已被删除。</translation>
    </message>
    <message>
        <source>It cannot be deleted while other rows still need it (for a department: its people, sub-departments or history). Move or delete those first.</source>
        <translation>仍有其他记录依赖它，无法删除（部门：其人员、下级部门或历史数据）。请先移走或删除这些记录。</translation>
    </message>
    <message>
        <source>{label} is before the start.</source>
        <translation>“{label}”早于开始日期。</translation>
    </message>
    <message>
        <source>{holder} is already accountable (A) for “{task}”. A task has exactly one A: clear that cell first, or make {holder} responsible (R).</source>
        <translation>{holder} 已是“{task}”的负责人（A）。每项任务只能有一个 A：请先清除那一格，或把 {holder} 改为执行（R）。</translation>
    </message>
    <message>
        <source>{name} already has this role in the team.</source>
        <translation>{name} 在团队中已担任这个角色。</translation>
    </message>
    <message>
        <source>The review date is before the day the risk was raised.</source>
        <translation>复核日期早于风险的提出日期。</translation>
    </message>
    <message>
        <source>The target equals the baseline: there would be nothing to achieve.</source>
        <translation>目标值等于基线值：没有可达成的改进。</translation>
    </message>
    <message>
        <source>The target is on the wrong side of the baseline: a goal that increases needs a target above the baseline, one that decreases a target below it.</source>
        <translation>目标值在基线值的错误一侧：越高越好的目标，目标值应高于基线值；越低越好的，应低于基线值。</translation>
    </message>
    <message>
        <source>{label} would be {day}, before the plan starts ({start}): change the days from the milestone, or the plan&apos;s start.</source>
        <translation>{label}将是 {day}，早于计划开始日期（{start}）：请调整距里程碑的天数，或修改计划开始日期。</translation>
    </message>
    <message>
        <source>This KPI already has a measurement on {day}: change that one instead.</source>
        <translation>该 KPI 在 {day} 已有一条实际值：请修改那一条。</translation>
    </message>
    <message>
        <source>{what} #{id} was changed by {user} at {when} since you read it ({intent}). Nothing was changed; the view now shows their change: try again.</source>
        <translation>{what} #{id} 在您读取之后已由 {user} 于 {when} 更改（{intent}）。本次未做任何更改；视图现已显示对方的更改，请重试。</translation>
    </message>
    <message>
        <source>{what} #{id} was changed by someone else since you read it. Nothing was changed; the view now shows their change: try again.</source>
        <translation>{what} #{id} 在您读取之后已被他人更改。本次未做任何更改；视图现已显示对方的更改，请重试。</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>无描述</translation>
    </message>
    <message>
        <source>{user} is {role} on this team plan, which does not allow this change; nothing was changed. The plan&apos;s owner can give you another role.</source>
        <translation>{user} 在此团队计划中的角色是{role}，不允许此更改；未做任何更改。计划的所有者可以为您分配其他角色。</translation>
    </message>
    <message>
        <source>Choose at least two tasks to link.</source>
        <translation>请至少选择两个任务再链接。</translation>
    </message>
    <message>
        <source>At most {limit} tasks can be linked at once.</source>
        <translation>一次最多只能链接 {limit} 个任务。</translation>
    </message>
    <message>
        <source>These tasks are already linked.</source>
        <translation>这些任务已经链接。</translation>
    </message>
    <message>
        <source>These tasks are not linked to each other.</source>
        <translation>这些任务之间没有链接。</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>没有可粘贴的内容。</translation>
    </message>
    <message>
        <source>The clipboard holds no tasks: copy tasks in OA Desk, or rows from Excel with a task name column.</source>
        <translation>剪贴板中没有任务：请在 OA 推广工作台中复制任务，或从 Excel 复制含任务名称列的行。</translation>
    </message>
    <message>
        <source>At most {limit} tasks can be pasted at once.</source>
        <translation>一次最多只能粘贴 {limit} 个任务。</translation>
    </message>
    <message>
        <source>Row {row} of the pasted rows: “{value}” cannot be read as {column}. Nothing was pasted.</source>
        <translation>粘贴内容第 {row} 行：“{value}”无法识别为{column}。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>a duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>a start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>predecessors</source>
        <translation>前置任务</translation>
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
    <name>Operations</name>
    <message>
        <source>Redo: {text}</source>
        <translation>重做：{text}</translation>
    </message>
    <message>
        <source>Undo: {text}</source>
        <translation>撤销：{text}</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, pinyin initials or employee no.</source>
        <translation>姓名、拼音首字母或工号</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>PlanLifecycle</name>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
    <message>
        <source>Clear Recent Plans</source>
        <translation>清除最近打开的计划</translation>
    </message>
    <message>
        <source>Checking the plan&apos;s integrity…</source>
        <translation>正在检查计划文件的完整性…</translation>
    </message>
    <message>
        <source>{name} is already open.</source>
        <translation>{name} 已经打开。</translation>
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
        <source>{path} is the plan open in this window; it cannot be replaced. Choose another name.</source>
        <translation>{path} 是本窗口中打开的计划，不能被替换。请换一个文件名。</translation>
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
        <source>Restore the snapshot of {time}</source>
        <translation>从 {time} 的快照恢复</translation>
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
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <source>Plan opened read-only</source>
        <translation>计划已以只读方式打开</translation>
    </message>
    <message>
        <source>{name} breaks {n} of the plan&apos;s own rules (listed below), so it was opened read-only and exports are refused. Restore a snapshot, or repair the plan and check it with &apos;oa-desk check&apos;.</source>
        <translation>{name} 违反了计划自身的 {n} 条规则（见下方列表），因此已以只读方式打开，且不允许导出。请恢复一个快照，或修复计划后用 &apos;oa-desk check&apos; 检查。</translation>
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
    <message>
        <source>Icons only</source>
        <translation>仅图标</translation>
    </message>
    <message>
        <source>Text under the icons</source>
        <translation>文字在图标下方</translation>
    </message>
    <message>
        <source>Text beside the icons</source>
        <translation>文字在图标旁边</translation>
    </message>
    <message>
        <source>&amp;Toolbar buttons:</source>
        <translation>工具栏按钮(&amp;T)：</translation>
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
        <source>Before an import</source>
        <translation>导入之前</translation>
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
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>support desk</source>
        <translation>支持台</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Your role on this team plan ({role}) does not allow this change.</source>
        <translation>您在此团队计划中的角色（{role}）不允许此更改。</translation>
    </message>
</context>
<context>
    <name>SupportCharts</name>
    <message>
        <source>Tickets opened and closed per day</source>
        <translation>每日新建与关闭的工单</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>打开时</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Resolution SLA by priority</source>
        <translation>各优先级的解决时限达成</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Open, breached</source>
        <translation>未结，已超时</translation>
    </message>
    <message>
        <source>Open, in time</source>
        <translation>未结，未超时</translation>
    </message>
    <message>
        <source>{value:.0f}% met</source>
        <translation>按时 {value:.0f}%</translation>
    </message>
    <message>
        <source>Tickets by type</source>
        <translation>按类型的工单</translation>
    </message>
    <message>
        <source>Tickets by department</source>
        <translation>按部门的工单</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Questions asked most (linked tickets)</source>
        <translation>高频问题（关联工单数）</translation>
    </message>
    <message>
        <source>Satisfaction by round</source>
        <translation>各次调查的满意度</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>TeamPlan</name>
    <message>
        <source>Publishing to the team plan…</source>
        <translation>正在发布为团队计划…</translation>
    </message>
    <message>
        <source>Pulling an offline copy…</source>
        <translation>正在拉取离线副本…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何更改。</translation>
    </message>
    <message>
        <source>Team Plan</source>
        <translation>团队计划</translation>
    </message>
    <message>
        <source>Copying {table}…</source>
        <translation>正在复制 {table}…</translation>
    </message>
</context>
<context>
    <name>TeamPlanClient</name>
    <message>
        <source>Conn&amp;ect to Team Plan…</source>
        <translation>连接团队计划(&amp;E)…</translation>
    </message>
    <message>
        <source>Open a plan shared on a PostgreSQL server</source>
        <translation>打开共享在 PostgreSQL 服务器上的计划</translation>
    </message>
    <message>
        <source>&amp;Publish to Team Plan…</source>
        <translation>发布为团队计划(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;ull Offline Copy…</source>
        <translation>拉取离线副本(&amp;U)…</translation>
    </message>
    <message>
        <source>Copy a team plan into a plan file to work offline</source>
        <translation>把团队计划复制到计划文件中，以便离线工作</translation>
    </message>
    <message>
        <source>Copy this plan file into an empty PostgreSQL database</source>
        <translation>把此计划文件复制到一个空的 PostgreSQL 数据库中</translation>
    </message>
    <message>
        <source>Open a plan file to publish it (this plan is already a team plan)</source>
        <translation>请打开一个计划文件再发布（当前计划已经是团队计划）</translation>
    </message>
    <message>
        <source>Open a plan file to publish it</source>
        <translation>请打开一个计划文件再发布</translation>
    </message>
    <message>
        <source>{url} is already open.</source>
        <translation>{url} 已经打开。</translation>
    </message>
    <message>
        <source>Opened the team plan {url}</source>
        <translation>已打开团队计划 {url}</translation>
    </message>
    <message>
        <source>No plan on the server</source>
        <translation>服务器上没有计划</translation>
    </message>
    <message>
        <source>&amp;Publish a Plan File…</source>
        <translation>发布计划文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan File to Publish</source>
        <translation>要发布的计划文件</translation>
    </message>
    <message>
        <source>OA Desk plans (*.oadesk)</source>
        <translation>OA 推广计划 (*.oadesk)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>{file} was published to {url} ({rows} rows). Continue in the team plan now?</source>
        <translation>{file} 已发布到 {url}（{rows} 行）。现在转到团队计划中继续工作吗？</translation>
    </message>
    <message>
        <source>Save the Offline Copy</source>
        <translation>保存离线副本</translation>
    </message>
    <message>
        <source>Offline copy saved</source>
        <translation>离线副本已保存</translation>
    </message>
    <message>
        <source>{url} was copied into {file} ({rows} rows). Open the copy now?</source>
        <translation>{url} 已复制到 {file}（{rows} 行）。现在打开这个副本吗？</translation>
    </message>
    <message>
        <source>The server is back: the plan can be changed again.</source>
        <translation>服务器已恢复：计划又可以修改了。</translation>
    </message>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>The connection to the team plan&apos;s server was lost, so nothing can be changed until it is back. OA Desk reconnects by itself and then reloads what it shows.</source>
        <translation>与团队计划服务器的连接已断开，在恢复之前无法修改任何内容。OA Desk 会自动重新连接，然后重新加载显示的内容。</translation>
    </message>
    <message>
        <source>Server lost: read-only, reconnecting…</source>
        <translation>服务器已断开：只读，正在重新连接…</translation>
    </message>
    <message>
        <source>Team plan: live</source>
        <translation>团队计划：实时同步</translation>
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
        <source>New plan from the &amp;rollout template…</source>
        <translation>从推广模板新建计划(&amp;R)…</translation>
    </message>
    <message>
        <source>A whole rollout scheduled back from your go-live date: phases, milestones, pilot and waves, KPIs, risks, publicity and training.</source>
        <translation>从上线日期倒排的完整推广计划：阶段、里程碑、试点与批次、KPI、风险、宣传和培训。</translation>
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
        <source>&amp;Connect to a team plan…</source>
        <translation>连接团队计划(&amp;C)…</translation>
    </message>
    <message>
        <source>A plan the whole team shares on a PostgreSQL server.</source>
        <translation>整个团队共享、保存在 PostgreSQL 服务器上的计划。</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>最近打开的计划</translation>
    </message>
</context>
</TS>
