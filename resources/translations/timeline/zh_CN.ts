<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BaselineView</name>
    <message numerus="yes">
        <source>Baselines (%n)</source>
        <translation>
            <numerusform>基线（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Show {name} ({date})</source>
        <translation>显示 {name}（{date}）</translation>
    </message>
    <message>
        <source>Show no baseline</source>
        <translation>不显示基线</translation>
    </message>
    <message>
        <source>Show baseline {name}</source>
        <translation>显示基线 {name}</translation>
    </message>
    <message>
        <source>Hide the baseline</source>
        <translation>隐藏基线</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>保存基线</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>基线名称：</translation>
    </message>
    <message>
        <source>Baseline {date}</source>
        <translation>基线 {date}</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Holiday (day off)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <source>Make-up working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>China (mainland), with make-up working days</source>
        <translation>中国大陆（含调休上班日）</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>上班日</translation>
    </message>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>例外日期（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the working week</source>
        <translation>修改工作周</translation>
    </message>
    <message>
        <source>Fill in holidays: {country}</source>
        <translation>填入节假日：{country}</translation>
    </message>
    <message>
        <source>Add calendar exception {day}</source>
        <translation>添加例外日期 {day}</translation>
    </message>
    <message>
        <source>Change calendar exception {day}</source>
        <translation>修改例外日期 {day}</translation>
    </message>
    <message>
        <source>Remove calendar exception {day}</source>
        <translation>删除例外日期 {day}</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>Holiday lists (*.ics *.xlsx *.csv);;All files (*)</source>
        <translation>节假日列表 (*.ics *.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {name}; nothing was imported:</source>
        <translation>
            <numerusform>{name} 中有 %n 处问题，未导入任何内容：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {days} days from {name} ({years}): {off} days off and {working} make-up working days?

Each listed day replaces what the calendar has on it; the preset&apos;s other days of those years are removed; days you typed stay.</source>
        <translation>从 {name} 导入 {days} 天（{years}）：休息日 {off} 天，调休上班日 {working} 天？

列表中的每一天替换日历中当天原有的设置；这些年份中预设的其他日期将被移除；您手动输入的日期保留。</translation>
    </message>
    <message>
        <source>Import holidays from {name}</source>
        <translation>从 {name} 导入节假日</translation>
    </message>
    <message>
        <source>{name} cannot be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} is too large for a holiday list.</source>
        <translation>{name} 太大，不是节假日列表。</translation>
    </message>
    <message>
        <source>{name} is neither a calendar (.ics) nor a sheet (.xlsx, .csv).</source>
        <translation>{name} 既不是日历文件（.ics），也不是表格（.xlsx、.csv）。</translation>
    </message>
    <message>
        <source>{name} is not an iCalendar (.ics) file.</source>
        <translation>{name} 不是 iCalendar（.ics）日历文件。</translation>
    </message>
    <message>
        <source>{name} has no date column: give it a header such as 日期 or Date.</source>
        <translation>{name} 中没有日期列：请添加“日期”或“Date”等表头。</translation>
    </message>
    <message>
        <source>{name} lists no days.</source>
        <translation>{name} 中没有列出任何日期。</translation>
    </message>
    <message>
        <source>{name} lists more days than ten years have.</source>
        <translation>{name} 列出的日期多于十年的天数。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date</source>
        <translation>“{value}”不是日期</translation>
    </message>
    <message>
        <source>{value} is outside the years 1900 to 2200</source>
        <translation>{value} 不在 1900 至 2200 年之间</translation>
    </message>
    <message>
        <source>the event &apos;{value}&apos; has a time of day; list all-day events</source>
        <translation>事件“{value}”带有具体时间；请只列全天事件</translation>
    </message>
    <message>
        <source>the event &apos;{value}&apos; repeats; list each date instead</source>
        <translation>事件“{value}”是重复事件；请逐一列出日期</translation>
    </message>
    <message>
        <source>an event of {value} days is longer than a month</source>
        <translation>长达 {value} 天的事件超过一个月</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a working day nor a day off</source>
        <translation>“{value}”既不是上班日也不是休息日</translation>
    </message>
    <message>
        <source>{value} is listed both as a day off and as a working day</source>
        <translation>{value} 同时被列为休息日和上班日</translation>
    </message>
    <message>
        <source>{sheet}, cell {cell}</source>
        <translation>{sheet}，单元格 {cell}</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>Working Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Durations and lags count working days of this calendar. Changes apply at once, reschedule the plan, and can be undone with Edit › Undo.</source>
        <translation>工期和延隔按此日历的工作日计算。修改立即生效并重新排期，可通过“编辑 › 撤销”撤回。</translation>
    </message>
    <message>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Fill in holidays</source>
        <translation>填入节假日(&amp;F)</translation>
    </message>
    <message>
        <source>Import a holiday list (an .ics calendar, a sheet or a CSV file) for a year the built-in holidays do not know yet</source>
        <translation>为内置节假日尚不知道的年份导入节假日列表（.ics 日历、表格或 CSV 文件）</translation>
    </message>
    <message>
        <source>&amp;Import holidays…</source>
        <translation>导入节假日(&amp;I)…</translation>
    </message>
    <message>
        <source>Fill in holidays replaces the exceptions below with the country&apos;s public holidays for the plan&apos;s years; for China also the make-up working days (调休). For a year not yet known, import the official list: its days replace the preset&apos;s days of that year.</source>
        <translation>“填入节假日”用该国家或地区在计划年份内的法定节假日替换下面的例外日期；中国还包括调休上班日。对于尚未收录的年份，请导入官方公布的列表：其中的日期将替换该年份的预设日期。</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外日期</translation>
    </message>
    <message>
        <source>Name, e.g. National Day</source>
        <translation>名称，例如 国庆节</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>修改(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>The task name is always shown.</source>
        <translation>任务名称始终显示。</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>&amp;Show the ticked columns, in this order (drag to reorder):</source>
        <translation>按此顺序显示勾选的列（可拖动调整顺序）(&amp;S)：</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Every column, in the standard order and widths</source>
        <translation>显示全部列，恢复默认顺序和宽度</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>Columns…</source>
        <translation>列…</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Timeline</source>
        <translation>进度计划</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅关键任务</translation>
    </message>
    <message>
        <source>Late only</source>
        <translation>仅延期任务</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Next 2 weeks</source>
        <translation>未来 2 周</translation>
    </message>
    <message>
        <source>Next 4 weeks</source>
        <translation>未来 4 周</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All waves</source>
        <translation>全部批次</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>第 {n} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Name, WBS, owner or notes</source>
        <translation>名称、WBS、负责人或备注</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Go-live {date}</source>
        <translation>上线 {date}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>{week}周</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Q{quarter}</source>
        <translation>第{quarter}季度</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>Milestone: {date}</source>
        <translation>里程碑：{date}</translation>
    </message>
    <message>
        <source>Start: {date}</source>
        <translation>开始：{date}</translation>
    </message>
    <message>
        <source>Finish: {date}</source>
        <translation>完成：{date}</translation>
    </message>
    <message>
        <source>Duration: {days} working days</source>
        <translation>工期：{days} 个工作日</translation>
    </message>
    <message>
        <source>Progress: {percent}%</source>
        <translation>进度：{percent}%</translation>
    </message>
    <message>
        <source>Baseline: {start} – {finish}</source>
        <translation>基线：{start} – {finish}</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>位于关键路径</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已延期</translation>
    </message>
</context>
<context>
    <name>GanttExport</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{dates}    Page {page} of {pages}</source>
        <translation>{dates}    第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>No scheduled tasks to show</source>
        <translation>没有已排期的任务可显示</translation>
    </message>
    <message>
        <source>The image would be {width} × {height} pixels, too large for a PNG. Export fewer rows or a shorter date range, zoom out, or export a PDF.</source>
        <translation>图片将为 {width} × {height} 像素，PNG 无法容纳。请减少导出的行、缩短日期范围、缩小时间刻度，或导出 PDF。</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>打印时间线</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source> and {count} more</source>
        <translation> 等，另有 {count} 个</translation>
    </message>
    <message>
        <source>must finish on</source>
        <translation>必须完成于</translation>
    </message>
    <message>
        <source>start no later than</source>
        <translation>不得晚于开始</translation>
    </message>
    <message>
        <source>finish no earlier than</source>
        <translation>不得早于完成</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>a duration of {amount} rounded to {days} working days</source>
        <translation>工期 {amount} 取整为 {days} 个工作日</translation>
    </message>
    <message>
        <source>flagged as a milestone with a duration of {amount}</source>
        <translation>标为里程碑，但工期为 {amount}</translation>
    </message>
    <message>
        <source>flagged as a milestone with a duration</source>
        <translation>标为里程碑，但有工期</translation>
    </message>
    <message>
        <source>a lag of {percent}% of the predecessor&apos;s duration</source>
        <translation>前置任务工期 {percent}% 的延隔</translation>
    </message>
    <message>
        <source>an elapsed lag of {amount}</source>
        <translation>{amount} 的日历延隔</translation>
    </message>
    <message>
        <source>a lag of {amount}</source>
        <translation>{amount} 的延隔</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}): {lag} (from UID {pred}) read as {days} working days</source>
        <translation>任务“{name}”（UID {uid}）：{lag}（来自 UID {pred}）按 {days} 个工作日读入</translation>
    </message>
    <message>
        <source>an elapsed duration of {elapsed} calendar days spans {span} working days</source>
        <translation>{elapsed} 个日历日的工期跨 {span} 个工作日</translation>
    </message>
    <message>
        <source>its dates span {span} working days, more than its duration of {duration} (a split task keeps its overall span)</source>
        <translation>其日期跨 {span} 个工作日，多于工期 {duration} 天（拆分的任务保留整体跨度）</translation>
    </message>
    <message>
        <source>its duration of {duration} working days does not fill its dates; the dates were kept ({span} working days)</source>
        <translation>工期 {duration} 个工作日填不满其日期；保留了文件中的日期（{span} 个工作日）</translation>
    </message>
    <message>
        <source>{reason}; its dates span {span} working days, which were kept</source>
        <translation>{reason}；其日期跨 {span} 个工作日，已保留</translation>
    </message>
    <message>
        <source>an elapsed duration of {elapsed} calendar days read as {days} working days</source>
        <translation>{elapsed} 个日历日的工期按 {days} 个工作日读入</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}): {note}</source>
        <translation>任务“{name}”（UID {uid}）：{note}</translation>
    </message>
    <message>
        <source>task UID {uid}: name shortened to 300 characters</source>
        <translation>任务 UID {uid}：名称截短为 300 个字符</translation>
    </message>
    <message>
        <source>task UID {uid}: MS Project constraint type {ms_constraint} read as {constraint}</source>
        <translation>任务 UID {uid}：MS Project 限制类型 {ms_constraint} 按“{constraint}”读入</translation>
    </message>
    <message>
        <source>task UID {uid}: constraint without a date dropped</source>
        <translation>任务 UID {uid}：限制没有日期，已去掉</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}): MS Project&apos;s {ms_constraint} {file_date} kept as {constraint} {date}</source>
        <translation>任务“{name}”（UID {uid}）：MS Project 的“{ms_constraint} {file_date}”保留为“{constraint} {date}”</translation>
    </message>
    <message>
        <source>the baseline names in the file could not be read</source>
        <translation>无法读取文件中的基线名称</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}): baseline {number} finishes ({finish}) before it starts ({start}); the task was left out of that baseline</source>
        <translation>任务“{name}”（UID {uid}）：基线 {number} 的完成（{finish}）早于开始（{start}）；该基线未包含此任务</translation>
    </message>
    <message>
        <source>MS Project keeps 11 baselines; the {count} oldest were left out</source>
        <translation>MS Project 最多保存 11 条基线；最早的 {count} 条未导出</translation>
    </message>
    <message>
        <source>task UID {uid}: link to another project skipped</source>
        <translation>任务 UID {uid}：跳过了指向其他项目的链接</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}): unknown phase &apos;{phase}&apos;; left as prepare</source>
        <translation>任务“{name}”（UID {uid}）：未知阶段“{phase}”；保留为“准备”</translation>
    </message>
    <message>
        <source>{field} &apos;{name}&apos; is not in the plan; left empty on {count} tasks: {examples}{more}</source>
        <translation>{field}“{name}”不在计划中；{count} 个任务的该项留空：{examples}{more}</translation>
    </message>
    <message>
        <source>{field} &apos;{name}&apos; names several in the plan; left empty on {count} tasks: {examples}{more}</source>
        <translation>{field}“{name}”在计划中对应多个；{count} 个任务的该项留空：{examples}{more}</translation>
    </message>
    <message>
        <source>calendar exception &apos;{name}&apos;: recurrence type {kind} not understood; skipped</source>
        <translation>日历例外“{name}”：无法识别的重复类型 {kind}；已跳过</translation>
    </message>
    <message>
        <source>calendar exception &apos;{name}&apos;: only its first {count} days (to {last}) were read</source>
        <translation>日历例外“{name}”：只读入了前 {count} 天（至 {last}）</translation>
    </message>
    <message>
        <source>the calendar has no working weekday; Monday to Friday used</source>
        <translation>日历中没有工作日；改用周一至周五</translation>
    </message>
    <message>
        <source>the file&apos;s project start {start} is after its first task&apos;s start {first}; the plan starts on {first}, so that every task keeps its dates</source>
        <translation>文件的项目开始日期 {start} 晚于最早任务的开始 {first}；计划从 {first} 开始，使每个任务保留其日期</translation>
    </message>
    <message>
        <source>the file starts on {start}, after the plan&apos;s go-live; the plan start was left as it was</source>
        <translation>文件从 {start} 开始，晚于计划的上线日期；计划开始日期保持不变</translation>
    </message>
    <message>
        <source>{count} tasks kept their start dates as &apos;start no earlier than&apos;</source>
        <translation>{count} 个任务以“不得早于开始”保留了开始日期</translation>
    </message>
    <message>
        <source>task &apos;{name}&apos; (UID {uid}) moved: start {file_start} -&gt; {start}, finish {file_finish} -&gt; {finish}: {reason}</source>
        <translation>任务“{name}”（UID {uid}）日期有变：开始 {file_start} → {start}，完成 {file_finish} → {finish}：{reason}</translation>
    </message>
    <message>
        <source>a summary spans its subtasks</source>
        <translation>摘要任务的日期由其子任务决定</translation>
    </message>
    <message>
        <source>{note}: a milestone is one day in the plan, {where}</source>
        <translation>{note}：计划中的里程碑只占一天，{where}</translation>
    </message>
    <message>
        <source>on the file&apos;s finish, where MS Project draws it</source>
        <translation>放在文件中的完成日期（MS Project 绘制里程碑之处）</translation>
    </message>
    <message>
        <source>on {date}, where its constraint ({constraint}) puts it</source>
        <translation>放在 {date}，由其限制（{constraint}）决定</translation>
    </message>
    <message>
        <source>on {date}, where its links put it</source>
        <translation>放在 {date}，由其链接决定</translation>
    </message>
    <message>
        <source>the file starts it on a non-working day of its calendar</source>
        <translation>文件中的开始日期是日历上的非工作日</translation>
    </message>
    <message>
        <source>the file ends it on a non-working day of its calendar</source>
        <translation>文件中的完成日期是日历上的非工作日</translation>
    </message>
    <message>
        <source>its constraint ({constraint} {date}) sets its dates</source>
        <translation>其限制（{constraint} {date}）决定了日期</translation>
    </message>
    <message>
        <source>its links, with lags in whole working days, need a later start</source>
        <translation>按整工作日计算延隔后，其链接要求更晚开始</translation>
    </message>
    <message>
        <source>its duration in whole working days ends it on another day</source>
        <translation>按整工作日计算工期后，完成日期落在另一天</translation>
    </message>
    <message>
        <source>rescheduled by its links and constraints in the plan&apos;s calendar</source>
        <translation>按计划日历中的链接和限制重新排期</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Go to ID</source>
        <translation>转到标识号</translation>
    </message>
    <message>
        <source>Task &amp;ID:</source>
        <translation>任务标识号(&amp;I)：</translation>
    </message>
    <message>
        <source>There is no task with ID {id}.</source>
        <translation>没有标识号为 {id} 的任务。</translation>
    </message>
    <message>
        <source>Task {id} is hidden by the filter.</source>
        <translation>任务 {id} 被筛选条件隐藏了。</translation>
    </message>
    <message>
        <source>The selected task is not scheduled yet.</source>
        <translation>所选任务尚未排期。</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>{size} landscape</source>
        <translation>{size} 横向</translation>
    </message>
    <message>
        <source>{size} portrait</source>
        <translation>{size} 纵向</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Level 1 only</source>
        <translation>仅第 1 级</translation>
    </message>
    <message>
        <source>Levels 1–{n}</source>
        <translation>第 1–{n} 级</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Outline &amp;levels:</source>
        <translation>大纲级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Print only the upper levels of the outline: the pages say which levels they show</source>
        <translation>只打印大纲的上层级别，每页页眉注明显示了哪些级别</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>As soon as possible</source>
        <translation>越早越好</translation>
    </message>
    <message>
        <source>Start no earlier than</source>
        <translation>不得早于…开始</translation>
    </message>
    <message>
        <source>Finish no later than</source>
        <translation>不得晚于…完成</translation>
    </message>
    <message>
        <source>Must start on</source>
        <translation>必须开始于</translation>
    </message>
    <message>
        <source>R — responsible</source>
        <translation>R — 负责执行</translation>
    </message>
    <message>
        <source>A — accountable</source>
        <translation>A — 最终负责</translation>
    </message>
    <message>
        <source>C — consulted</source>
        <translation>C — 征询意见</translation>
    </message>
    <message>
        <source>I — informed</source>
        <translation>I — 知会</translation>
    </message>
    <message>
        <source>Task {wbs} {name}</source>
        <translation>任务 {wbs} {name}</translation>
    </message>
    <message>
        <source>A summary&apos;s duration comes from its tasks.</source>
        <translation>摘要任务的工期由其下属任务汇总得出。</translation>
    </message>
    <message>
        <source>{start} to {finish}</source>
        <translation>{start} 至 {finish}</translation>
    </message>
    <message>
        <source>not scheduled yet</source>
        <translation>尚未排期</translation>
    </message>
    <message>
        <source>No RACI entries yet</source>
        <translation>尚无 RACI 分工</translation>
    </message>
    <message>
        <source>A task needs a name.</source>
        <translation>任务必须有名称。</translation>
    </message>
    <message>
        <source>Choose the owner from the list (name · employee number).</source>
        <translation>请从列表中选择负责人（姓名 · 工号）。</translation>
    </message>
    <message>
        <source>Predecessor {n} ({item}) is not like 12FS+2d or 15SS.</source>
        <translation>第 {n} 个前置任务（{item}）的写法不对，应类似 12FS+2d 或 15SS。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>阶段(&amp;P)：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>&amp;Milestone (no duration)</source>
        <translation>里程碑（无工期）(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>工期(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation>进度(&amp;R)：</translation>
    </message>
    <message>
        <source>Scheduled:</source>
        <translation>排期：</translation>
    </message>
    <message>
        <source>&amp;Constraint:</source>
        <translation>限制(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>部门(&amp;T)：</translation>
    </message>
    <message>
        <source>De&amp;liverable:</source>
        <translation>交付物(&amp;L)：</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>备注(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Wave:</source>
        <translation>批次(&amp;W)：</translation>
    </message>
    <message>
        <source>Pr&amp;edecessors:</source>
        <translation>前置任务(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. 12FS+2d, 15SS</source>
        <translation>例如 12FS+2d, 15SS</translation>
    </message>
    <message>
        <source>Deliverable and notes</source>
        <translation>交付物与备注</translation>
    </message>
    <message>
        <source>&amp;Acceptance / KPI:</source>
        <translation>验收标准 / KPI(&amp;A)：</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Who is responsible, accountable, consulted and informed for this task (read-only here).</source>
        <translation>此任务由谁负责执行、最终负责、征询意见和知会（此处只读）。</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>干系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <source>Delete the selected tasks and everything under them</source>
        <translation>删除所选任务及其下属全部任务</translation>
    </message>
    <message>
        <source>Indent: put under the task above</source>
        <translation>降级：归入上方任务之下</translation>
    </message>
    <message>
        <source>Outdent: move up one outline level</source>
        <translation>升级：上移一个大纲级别</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Insert Task</source>
        <translation>插入任务(&amp;I)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <source>Insert a task below the selection (Insert)</source>
        <translation>在所选任务下方插入任务 (Insert)</translation>
    </message>
    <message>
        <source>Insert &amp;Milestone</source>
        <translation>插入里程碑(&amp;M)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Insert a milestone below the selection</source>
        <translation>在所选任务下方插入里程碑</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>I&amp;ndent</source>
        <translation>降级(&amp;N)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>升级(&amp;O)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>&amp;Link Tasks</source>
        <translation>链接任务(&amp;L)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Link the selected tasks finish-to-start, in order (Ctrl+F2)</source>
        <translation>按顺序以完成-开始链接所选任务 (Ctrl+F2)</translation>
    </message>
    <message>
        <source>&amp;Unlink Tasks</source>
        <translation>取消链接(&amp;U)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <source>Remove the links between the selected tasks (of one task: all)</source>
        <translation>删除所选任务之间的链接（只选一个任务时删除它的全部链接）</translation>
    </message>
    <message>
        <source>Task In&amp;formation…</source>
        <translation>任务信息(&amp;F)…</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Task information… (Shift+F2)</source>
        <translation>任务信息… (Shift+F2)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected tasks with everything under them (also as text for Excel)</source>
        <translation>复制所选任务及其下级任务（同时以文本形式供 Excel 粘贴）</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste copied tasks, or rows copied from Excel, below the selection</source>
        <translation>在所选任务下方粘贴复制的任务，或从 Excel 复制的行</translation>
    </message>
    <message>
        <source>Duplica&amp;te</source>
        <translation>创建副本(&amp;T)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Duplicate the selected tasks below them</source>
        <translation>在所选任务下方创建它们的副本</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find tasks by name, WBS, owner or notes (Ctrl+F)</source>
        <translation>按名称、WBS、负责人或备注查找任务 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>&amp;Go to ID…</source>
        <translation>转到标识号(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to ID</source>
        <translation>转到标识号</translation>
    </message>
    <message>
        <source>Select the task with an ID (Ctrl+G)</source>
        <translation>选中指定标识号的任务 (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;Scroll to Task</source>
        <translation>滚动到任务(&amp;S)</translation>
    </message>
    <message>
        <source>To task</source>
        <translation>到任务</translation>
    </message>
    <message>
        <source>Scroll the chart to the selected task&apos;s bar (Ctrl+Shift+F5)</source>
        <translation>将甘特图滚动到所选任务的横道 (Ctrl+Shift+F5)</translation>
    </message>
    <message>
        <source>Follow the Selection</source>
        <translation>跟随所选任务</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Selecting a task brings its bar into view</source>
        <translation>选中任务时自动显示它的横道</translation>
    </message>
    <message>
        <source>Colu&amp;mns…</source>
        <translation>列(&amp;M)…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Choose, order and reset the table&apos;s columns</source>
        <translation>选择、排列和恢复表格的列</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>缩放到全部</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Zoom to fit the whole plan</source>
        <translation>缩放以显示整个计划</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>转到今天</translation>
    </message>
    <message>
        <source>Go to Today</source>
        <translation>转到今天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Critical Path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Show the critical path</source>
        <translation>显示关键路径</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Show the baseline under the bars</source>
        <translation>在任务条下显示基线</translation>
    </message>
    <message>
        <source>Save Baseline…</source>
        <translation>保存基线…</translation>
    </message>
    <message>
        <source>Set baseline</source>
        <translation>设置基线</translation>
    </message>
    <message>
        <source>Save the current dates as a baseline…</source>
        <translation>将当前日期保存为基线…</translation>
    </message>
    <message>
        <source>Working Calendar…</source>
        <translation>工作日历…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Working calendar: working week, holidays, make-up days…</source>
        <translation>工作日历：工作周、节假日、调休…</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>导出图表为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export chart as PDF…</source>
        <translation>将图表导出为 PDF…</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation>导出图表为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>打印图表…</translation>
    </message>
    <message>
        <source>P&amp;rint Chart…</source>
        <translation>打印图表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export MS Project XML…</source>
        <translation>导出 MS Project XML(&amp;E)…</translation>
    </message>
    <message>
        <source>Export MS Project XML…</source>
        <translation>导出 MS Project XML…</translation>
    </message>
    <message>
        <source>&amp;Import MS Project XML…</source>
        <translation>导入 MS Project XML(&amp;I)…</translation>
    </message>
    <message>
        <source>Import MS Project XML…</source>
        <translation>导入 MS Project XML…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export, print, MS Project exchange</source>
        <translation>导出、打印、与 MS Project 交换</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>时间刻度</translation>
    </message>
    <message>
        <source>Colour by phase</source>
        <translation>按阶段着色</translation>
    </message>
    <message>
        <source>Colour by status</source>
        <translation>按状态着色</translation>
    </message>
    <message>
        <source>The baseline drawn under the bars and compared in the Variance column</source>
        <translation>在任务条下绘制并在“偏差”列中比较的基线</translation>
    </message>
    <message>
        <source>As of today</source>
        <translation>以今天为准</translation>
    </message>
    <message>
        <source>Status date: late tasks, overdue milestones and the health colours are computed as of this day (unset: today)</source>
        <translation>状态日期：延期任务、逾期里程碑和健康状态颜色都按这一天计算（未设置时为今天）</translation>
    </message>
</context>
<context>
    <name>TimelineClipboard</name>
    <message numerus="yes">
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>已复制 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds nothing to paste as tasks.</source>
        <translation>剪贴板中没有可粘贴为任务的内容。</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <source>#{id} {name}: {days} working day(s) late</source>
        <translation>#{id} {name}：晚 {days} 个工作日</translation>
    </message>
    <message>
        <source>Constraints that cannot be met: </source>
        <translation>无法满足的限制：</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation>（另有 {n} 项）</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>ID</source>
        <translation>标识号</translation>
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
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Level 1 only</source>
        <translation>仅显示第 1 级</translation>
    </message>
    <message>
        <source>Levels 1–{levels} only</source>
        <translation>仅显示 1–{levels} 级</translation>
    </message>
</context>
<context>
    <name>TimelineFiles</name>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages)</source>
        <translation>已保存 {path}（共 {pages} 页）</translation>
    </message>
    <message>
        <source>Export MS Project XML</source>
        <translation>导出 MS Project XML</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>MS Project XML (*.xml)</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>导出说明</translation>
    </message>
    <message>
        <source>The export made {notes} notes on what the file does not hold. Show Details lists every one.</source>
        <translation>导出共记下 {notes} 条说明，涉及文件无法保存的内容。点击“显示详情…”可逐条查看。</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>导入说明</translation>
    </message>
    <message>
        <source>{moved} tasks do not have the file&apos;s dates, and the import made {notes} notes in all. Show Details lists every one, with the task and why.</source>
        <translation>有 {moved} 个任务的日期与文件中的不同，导入共记下 {notes} 条说明。点击“显示详情…”可逐条查看所涉任务及原因。</translation>
    </message>
    <message>
        <source>Exporting {name}</source>
        <translation>正在导出 {name}</translation>
    </message>
    <message>
        <source>Exported {tasks} tasks and {links} links to {path}</source>
        <translation>已将 {tasks} 项任务和 {links} 个链接导出到 {path}</translation>
    </message>
    <message>
        <source>Import MS Project XML</source>
        <translation>导入 MS Project XML</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml);;All files (*)</source>
        <translation>MS Project XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the tasks?</source>
        <translation>替换任务？</translation>
    </message>
    <message>
        <source>This plan already has {n} tasks. Importing replaces all of them (with their links, RACI entries and baselines) and the working calendar with the project&apos;s. Edit › Undo brings them back.</source>
        <translation>此计划已有 {n} 个任务。导入会替换全部任务（连同其依赖、RACI 分工和基线），并以项目文件中的日历替换工作日历。可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Imported {tasks} tasks and {links} links</source>
        <translation>已导入 {tasks} 项任务和 {links} 个链接</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>ID</source>
        <translation>标识号</translation>
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
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
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
        <source>Variance</source>
        <translation>偏差</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>实施</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Task IDs with link type and lag, e.g. 12FS+2d, 15SS</source>
        <translation>任务标识加关系类型和延隔，例如 12FS+2d, 15SS</translation>
    </message>
    <message>
        <source>Finish against the baseline shown, in working days (+ later, − earlier)</source>
        <translation>完成日期相对所显示基线的偏差，以工作日计（+ 推迟，− 提前）</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total float: %n working day(s)</source>
        <translation>
            <numerusform>总时差：%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>位于关键路径</translation>
    </message>
    <message>
        <source>Baseline: {start} – {finish}</source>
        <translation>基线：{start} – {finish}</translation>
    </message>
</context>
<context>
    <name>TimelineOperations</name>
    <message>
        <source>Change {what} of {name}</source>
        <translation>修改 {name} 的{what}</translation>
    </message>
    <message>
        <source>Rename task {name}</source>
        <translation>重命名任务 {name}</translation>
    </message>
    <message>
        <source>Change predecessors of {name}</source>
        <translation>修改 {name} 的前置任务</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>移动 {name}</translation>
    </message>
    <message>
        <source>Change duration of {name}</source>
        <translation>修改 {name} 的工期</translation>
    </message>
    <message>
        <source>Change progress of {name}</source>
        <translation>修改 {name} 的进度</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>wave</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Link {a} to {b}</source>
        <translation>链接 {a} → {b}</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Insert {name}</source>
        <translation>插入 {name}</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Edit task {name}</source>
        <translation>编辑任务 {name}</translation>
    </message>
    <message>
        <source>Save baseline {name}</source>
        <translation>保存基线 {name}</translation>
    </message>
    <message>
        <source>Link tasks</source>
        <translation>链接任务</translation>
    </message>
    <message>
        <source>Unlink tasks</source>
        <translation>取消任务链接</translation>
    </message>
    <message>
        <source>Set the status date to {date}</source>
        <translation>将状态日期设为 {date}</translation>
    </message>
    <message>
        <source>Let the status date follow today</source>
        <translation>状态日期改为跟随今天</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>No tasks yet — insert the first task, import a plan from Excel, or from MS Project, ProjectLibre or GanttProject (MS Project XML).</source>
        <translation>还没有任务——插入第一个任务，从 Excel 导入计划，或从 MS Project、ProjectLibre、GanttProject 导入计划（MS Project XML）。</translation>
    </message>
    <message>
        <source>&amp;Insert a task</source>
        <translation>插入任务(&amp;I)</translation>
    </message>
    <message>
        <source>Import from &amp;Excel…</source>
        <translation>从 Excel 导入(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;MS Project XML…</source>
        <translation>导入 MS Project XML(&amp;M)…</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>task {name}</source>
        <translation>任务 {name}</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>粘贴 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n task(s)</source>
        <translation>
            <numerusform>创建 %n 个任务的副本</numerusform>
        </translation>
    </message>
</context>
</TS>
