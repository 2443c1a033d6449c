<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>Replaces the exceptions below with the country&apos;s public holidays for the plan&apos;s years; for China also the make-up working days (调休).</source>
        <translation>用该国家/地区在计划年份内的法定节假日替换下方的例外日期；中国大陆还包括调休上班日。</translation>
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
    <name>Excel</name>
    <message>
        <source>{row} (headers)</source>
        <translation>{row}（标题行）</translation>
    </message>
    <message>
        <source>Column {letter} feeds {field}</source>
        <translation>第 {letter} 列导入到 {field}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>To delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not in the file (kept)</source>
        <translation>文件中没有（保留）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>列标题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>{label} (new)</source>
        <translation>{label}（新增）</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新增）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Change: {label}</source>
        <translation>修改：{label}</translation>
    </message>
    <message>
        <source>Add: {label}</source>
        <translation>新增：{label}</translation>
    </message>
    <message>
        <source>Delete: {label}</source>
        <translation>删除：{label}</translation>
    </message>
    <message>
        <source>Not in the file, kept: {label}</source>
        <translation>文件中没有，保留：{label}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>{name}: no such file.</source>
        <translation>{name}：文件不存在。</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes): there is nothing to import.</source>
        <translation>{name} 是空文件（0 字节），没有可导入的内容。</translation>
    </message>
    <message>
        <source>{name} is too large ({detail}).</source>
        <translation>{name} 太大（{detail}）。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook: an .xlsx file is a zip archive and this is not one. If it holds comma-separated text, give it the .csv extension.</source>
        <translation>{name} 不是 Excel 工作簿：.xlsx 文件是 zip 压缩包，而这个文件不是。如果它是逗号分隔的文本，请把扩展名改为 .csv。</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). Open it in Excel or WPS, repair it and save it again.</source>
        <translation>{name} 已损坏（{detail}）。请在 Excel 或 WPS 中打开、修复并重新保存。</translation>
    </message>
    <message>
        <source>{name} was refused: its part {member} {detail}. Real workbooks never look like this, so it was not opened.</source>
        <translation>已拒绝 {name}：其中的部件 {member} {detail}。正常的工作簿不会这样，因此没有打开它。</translation>
    </message>
    <message>
        <source>{name} was refused: it holds {detail} parts, far more than a workbook.</source>
        <translation>已拒绝 {name}：它包含 {detail} 个部件，远超正常工作簿。</translation>
    </message>
    <message>
        <source>{name} was refused: its part {member} declares a DTD or entities (a possible XML bomb or external entity). Real workbooks never do.</source>
        <translation>已拒绝 {name}：其中的部件 {member} 声明了 DTD 或实体（可能是 XML 炸弹或外部实体攻击）。正常的工作簿从不这样。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and import the saved copy.</source>
        <translation>{name} 设有密码保护。请在 Excel 或 WPS 中打开，取消密码（文件 › 信息 › 保护工作簿），然后导入保存后的副本。</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 (.xls) workbook. Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and import that.</source>
        <translation>{name} 是旧版 Excel 97-2003（.xls）工作簿。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
    <message>
        <source>{name} is an Excel binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx).</source>
        <translation>{name} 是 Excel 二进制工作簿（.xlsb）。请另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx).</source>
        <translation>{name} 是 OpenDocument 电子表格（.ods）。请另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is a web page (HTML) named like a spreadsheet, as some systems export. Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).</source>
        <translation>{name} 其实是网页（HTML），只是用了电子表格的名字，有些系统导出的文件就是这样。请在 Excel 或 WPS 中打开，另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is an Excel 2003 XML spreadsheet. Save it as an Excel Workbook (.xlsx).</source>
        <translation>{name} 是 Excel 2003 XML 电子表格。请另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet ({detail}).</source>
        <translation>{name} 不是电子表格（{detail}）。</translation>
    </message>
    <message>
        <source>The defusedxml package is missing, so workbooks cannot be read safely. Reinstall OA Desk.</source>
        <translation>缺少 defusedxml 组件，无法安全地读取工作簿。请重新安装 OA Desk。</translation>
    </message>
    <message>
        <source>{name} is not a text (CSV) file: it holds binary data ({detail}).</source>
        <translation>{name} 不是文本（CSV）文件：其中有二进制数据（{detail}）。</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>正在读取计划</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Drawing the Gantt sheet</source>
        <translation>正在绘制甘特图工作表</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>正在保存文件</translation>
    </message>
    <message>
        <source>Writing to the plan</source>
        <translation>正在写入计划</translation>
    </message>
    <message>
        <source>Taking a snapshot of the plan</source>
        <translation>正在为计划创建快照</translation>
    </message>
    <message>
        <source>Looking up names</source>
        <translation>正在查找名称</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>正在检查 {name}</translation>
    </message>
    <message>
        <source>Matching {name} with the plan</source>
        <translation>正在将 {name} 与计划比对</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>正在写入 {name}</translation>
    </message>
    <message>
        <source>People (employee roster)</source>
        <translation>人员（员工花名册）</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Adoption figures</source>
        <translation>使用率数据</translation>
    </message>
    <message>
        <source>Feedback results</source>
        <translation>反馈结果</translation>
    </message>
    <message>
        <source>OA Desk plan workbook</source>
        <translation>OA Desk 计划工作簿</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何更改。</translation>
    </message>
    <message>
        <source>The plan changed after the preview was made, so nothing was imported. Import the file again to see an up-to-date preview.</source>
        <translation>生成预览之后计划已被修改，因此没有导入任何内容。请重新导入该文件，查看最新的预览。</translation>
    </message>
    <message>
        <source>{path} could not be read or written: {reason}. If the file is open in Excel or WPS, close it there and try again.</source>
        <translation>无法读取或写入 {path}：{reason}。如果该文件正在 Excel 或 WPS 中打开，请先关闭再重试。</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>出错了：{error}</translation>
    </message>
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
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel 表格</translation>
    </message>
    <message>
        <source>&amp;Import from Excel/CSV…</source>
        <translation>从 Excel/CSV 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a plan workbook, a roster or another sheet; preview before writing</source>
        <translation>导入计划工作簿、花名册或其他表格；写入前先预览</translation>
    </message>
    <message>
        <source>&amp;Export Plan Workbook…</source>
        <translation>导出计划工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole plan to one Excel workbook</source>
        <translation>把整个计划写入一个 Excel 工作簿</translation>
    </message>
    <message>
        <source>Weekly &amp;Report…</source>
        <translation>周报(&amp;R)…</translation>
    </message>
    <message>
        <source>Write this week&apos;s status report as a workbook</source>
        <translation>把本周状态报告写成工作簿</translation>
    </message>
    <message>
        <source>Blank &amp;Template…</source>
        <translation>空白模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Empty sheets with the workbook&apos;s headers and drop-downs, to collect data</source>
        <translation>带有工作簿列标题和下拉列表的空白表格，用于收集数据</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel 表格</translation>
    </message>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{plan} {date}</source>
        <translation>{plan} {date}</translation>
    </message>
    <message>
        <source>Export Plan Workbook</source>
        <translation>导出计划工作簿</translation>
    </message>
    <message>
        <source>Exporting the plan</source>
        <translation>正在导出计划</translation>
    </message>
    <message numerus="yes">
        <source>Exported the plan to {name} (%Ln row).</source>
        <translation>
            <numerusform>已将计划导出到 {name}（%Ln 行）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the plan to {name} (%Ln rows).</source>
        <translation>
            <numerusform>已将计划导出到 {name}（%Ln 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{plan} weekly report {date}</source>
        <translation>{plan} 周报 {date}</translation>
    </message>
    <message>
        <source>Weekly Report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Writing the weekly report</source>
        <translation>正在写入周报</translation>
    </message>
    <message>
        <source>Wrote the weekly report {name}.</source>
        <translation>已写入周报 {name}。</translation>
    </message>
    <message>
        <source>Blank Template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>OA Desk template</source>
        <translation>OA Desk 模板</translation>
    </message>
    <message>
        <source>Writing the template</source>
        <translation>正在写入模板</translation>
    </message>
    <message>
        <source>Wrote the template {name}.</source>
        <translation>已写入模板 {name}。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>已取消导入：没有做任何更改。</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>Comparing {name} with the plan</source>
        <translation>正在将 {name} 与计划比对</translation>
    </message>
    <message>
        <source>{name} problems</source>
        <translation>{name} 问题</translation>
    </message>
    <message>
        <source>Export Problems</source>
        <translation>导出问题</translation>
    </message>
    <message>
        <source>Writing the problems</source>
        <translation>正在写入问题清单</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln problem to {name}.</source>
        <translation>
            <numerusform>已将 %Ln 个问题写入 {name}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln problems to {name}.</source>
        <translation>
            <numerusform>已将 %Ln 个问题写入 {name}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Nothing was imported and the plan is unchanged. {detail}</source>
        <translation>没有导入任何内容，计划未被更改。{detail}</translation>
    </message>
    <message>
        <source>{headline} from {name}: {added} new, {changed} changed, {deleted} deleted.</source>
        <translation>{headline}（来自 {name}）：新增 {added}，修改 {changed}，删除 {deleted}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person imported</source>
        <translation>
            <numerusform>已导入 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people imported</source>
        <translation>
            <numerusform>已导入 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department imported</source>
        <translation>
            <numerusform>已导入 %Ln 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln departments imported</source>
        <translation>
            <numerusform>已导入 %Ln 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirement imported</source>
        <translation>
            <numerusform>已导入 %Ln 条需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirements imported</source>
        <translation>
            <numerusform>已导入 %Ln 条需求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task imported</source>
        <translation>
            <numerusform>已导入 %Ln 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks imported</source>
        <translation>
            <numerusform>已导入 %Ln 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adoption figure imported</source>
        <translation>
            <numerusform>已导入 %Ln 条使用率数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adoption figures imported</source>
        <translation>
            <numerusform>已导入 %Ln 条使用率数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback result imported</source>
        <translation>
            <numerusform>已导入 %Ln 条反馈结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback results imported</source>
        <translation>
            <numerusform>已导入 %Ln 条反馈结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row imported</source>
        <translation>
            <numerusform>已导入 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows imported</source>
        <translation>
            <numerusform>已导入 %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcelMappingDialog</name>
    <message>
        <source>Import from a Spreadsheet</source>
        <translation>从电子表格导入</translation>
    </message>
    <message>
        <source>Say what the sheet holds and which column feeds each field. OA Desk proposed the columns from the headers it found; fields marked * are required. Nothing is written until you accept the preview.</source>
        <translation>请说明表格里是什么数据，以及每个字段取自哪一列。OA Desk 已根据找到的列标题给出建议；标 * 的字段必填。在您确认预览之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Import as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>The sheet&apos;s first rows</source>
        <translation>表格的前几行</translation>
    </message>
    <message>
        <source>The columns you chose for this layout last time were restored.</source>
        <translation>已恢复上次为此表格格式选择的列。</translation>
    </message>
</context>
<context>
    <name>ExcelPreviewDialog</name>
    <message>
        <source>Import Preview</source>
        <translation>导入预览</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fix these in the file and import it again, or export them as a workbook to sort, filter and share.</source>
        <translation>请在文件中修正这些问题后重新导入，也可以把它们导出为工作簿，方便排序、筛选和转发。</translation>
    </message>
    <message>
        <source>&amp;Export Problems…</source>
        <translation>导出问题(&amp;E)…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Delete rows that are missing from the workbook</source>
        <translation>删除工作簿中已没有的行(&amp;D)</translation>
    </message>
    <message>
        <source>The import is written all at once or not at all. A snapshot of the plan is taken first, and Edit › Undo takes the whole import back while the plan stays open.</source>
        <translation>导入要么全部写入，要么完全不写入。写入前会先为计划创建快照；在计划保持打开期间，可用“编辑 › 撤销”撤回整次导入。</translation>
    </message>
</context>
<context>
    <name>ExcelTemplateDialog</name>
    <message>
        <source>Blank Template</source>
        <translation>空白模板</translation>
    </message>
    <message>
        <source>Blank sheets with the plan workbook&apos;s bilingual headers and drop-down lists, for teams that collect data in Excel first. Fill them in and bring them back with Import from Excel/CSV.</source>
        <translation>带有计划工作簿双语列标题和下拉列表的空白表格，供先用 Excel 收集数据的团队使用。填好后用“从 Excel/CSV 导入”导回。</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
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
        <source>The image would be {width} × {height} pixels, too large for a PNG. Export fewer rows or a shorter date range, zoom out, or export a PDF.</source>
        <translation>图片将为 {width} × {height} 像素，PNG 无法容纳。请减少导出的行、缩短日期范围、缩小时间刻度，或导出 PDF。</translation>
    </message>
    <message>
        <source>Print Timeline</source>
        <translation>打印时间线</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>&apos;{value}&apos; is not a date (use 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日)</source>
        <translation>“{value}”不是日期（可写作 2026-03-05、2026/3/5、2026.3.5 或 2026年3月5日）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a real date</source>
        <translation>“{value}”不是存在的日期</translation>
    </message>
    <message>
        <source>{value} is not a date serial number</source>
        <translation>{value} 不是有效的日期序列号</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no (use TRUE/FALSE, 是/否, Y/N)</source>
        <translation>“{value}”不是“是”或“否”（可填 TRUE/FALSE、是/否、Y/N）</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}</source>
        <translation>“{value}”不在可选值中：{choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an employee number</source>
        <translation>“{value}”不是有效的工号</translation>
    </message>
    <message>
        <source>{value} is below the minimum {low}</source>
        <translation>{value} 小于最小值 {low}</translation>
    </message>
    <message>
        <source>{value} is above the maximum {high}</source>
        <translation>{value} 大于最大值 {high}</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <source>no row with ID {id} in {table}</source>
        <translation>{table} 中没有 ID 为 {id} 的行</translation>
    </message>
    <message>
        <source>no person with employee no. &apos;{key}&apos;</source>
        <translation>没有工号为“{key}”的人员</translation>
    </message>
    <message>
        <source>no person with employee no. or name &apos;{key}&apos;</source>
        <translation>没有工号或姓名为“{key}”的人员</translation>
    </message>
    <message>
        <source>no ticket with number &apos;{key}&apos;</source>
        <translation>没有工单号为“{key}”的工单</translation>
    </message>
    <message>
        <source>no department &apos;{key}&apos;</source>
        <translation>没有部门“{key}”</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is deleted by this import</source>
        <translation>“{key}”会被本次导入删除</translation>
    </message>
    <message>
        <source>no sheet of an OA Desk plan workbook was found; to import a roster or another sheet, import it as people, departments, requirements, tasks, adoption or feedback</source>
        <translation>没有找到 OA Desk 计划工作簿的任何工作表；如要导入花名册或其他表格，请按人员、部门、需求、任务、使用率数据或反馈结果导入</translation>
    </message>
    <message>
        <source>unknown column: ignored</source>
        <translation>无法识别的列：已忽略</translation>
    </message>
    <message>
        <source>duplicate column</source>
        <translation>重复的列</translation>
    </message>
    <message>
        <source>the ID column is missing: without it no row can be matched</source>
        <translation>缺少 ID 列：没有它就无法匹配任何一行</translation>
    </message>
    <message>
        <source>no row with ID {id} in the plan; clear the ID to add it as new</source>
        <translation>计划中没有 ID 为 {id} 的行；如要作为新行添加，请清空 ID</translation>
    </message>
    <message>
        <source>ID {id} is also on row {row}</source>
        <translation>ID {id} 在第 {row} 行也出现了</translation>
    </message>
    <message>
        <source>must be unique: the same as row {row}</source>
        <translation>不能重复：与第 {row} 行相同</translation>
    </message>
    <message>
        <source>must be unique: the same as a row not in this sheet</source>
        <translation>不能重复：与不在此工作表中的一行相同</translation>
    </message>
    <message>
        <source>the same as row {row}: each row must be a different entry of {table}</source>
        <translation>与第 {row} 行相同：{table} 的每一行必须是不同的条目</translation>
    </message>
    <message>
        <source>no column is mapped to {field}; choose one in the mapping</source>
        <translation>没有为“{field}”选择列；请在列对应中选择一列</translation>
    </message>
    <message>
        <source>employee numbers in this column are stored as numbers, so Excel drops leading zeros (00123 shows as 123); they are imported as shown. Format the column as Text in Excel if your numbers have leading zeros.</source>
        <translation>此列的工号以数字存储，Excel 会去掉开头的 0（00123 显示为 123）；将按显示的内容导入。如果工号有前导 0，请在 Excel 中把此列设为“文本”格式。</translation>
    </message>
    <message>
        <source>the outline level is a whole number from 1</source>
        <translation>大纲级别必须是从 1 开始的整数</translation>
    </message>
    <message>
        <source>outline level {level} follows level {previous}: a level can go down by one at a time</source>
        <translation>大纲级别 {level} 紧接在级别 {previous} 之后：级别每次只能向下加深一级</translation>
    </message>
    <message>
        <source>the parent is inside this department: the tree would be a loop</source>
        <translation>上级部门在本部门之下：部门树会形成循环</translation>
    </message>
    <message>
        <source>a row cannot refer to itself</source>
        <translation>一行不能引用它自己</translation>
    </message>
    <message>
        <source>cannot read predecessor {position} (&apos;{item}&apos;): write a task ID, optionally followed by FS, SS, FF or SF and a lag such as +2d, e.g. &apos;12FS+2d, 15SS&apos;</source>
        <translation>无法读取第 {position} 个前置任务（“{item}”）：请填写任务 ID，后面可加 FS、SS、FF 或 SF 以及延隔（如 +2d），例如“12FS+2d, 15SS”</translation>
    </message>
    <message>
        <source>no task with ID {id}</source>
        <translation>没有 ID 为 {id} 的任务</translation>
    </message>
    <message>
        <source>no row with ID {id} in this sheet&apos;s ID column</source>
        <translation>此工作表的 ID 列中没有 {id}</translation>
    </message>
    <message>
        <source>task {id} is listed twice</source>
        <translation>任务 {id} 列出了两次</translation>
    </message>
    <message>
        <source>a task cannot depend on itself</source>
        <translation>任务不能依赖它自己</translation>
    </message>
    <message>
        <source>links were edited both here and on the Dependencies sheet; edit them in one place and import again</source>
        <translation>此处和“依赖 Dependencies”工作表都修改了任务链接；请只在一处修改，然后重新导入</translation>
    </message>
    <message>
        <source>the finish is before the start</source>
        <translation>完成日期早于开始日期</translation>
    </message>
    <message>
        <source>the baseline finish is before the baseline start</source>
        <translation>基线完成日期早于基线开始日期</translation>
    </message>
    <message>
        <source>the go-live is before the start</source>
        <translation>上线日期早于开始日期</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>a milestone has a duration of 0 days</source>
        <translation>里程碑的工期必须是 0 天</translation>
    </message>
    <message>
        <source>constraint {constraint} needs a date</source>
        <translation>限制类型 {constraint} 需要填写限制日期</translation>
    </message>
    <message>
        <source>more active users ({active}) than users ({total})</source>
        <translation>活跃用户数（{active}）多于用户总数（{total}）</translation>
    </message>
    <message>
        <source>satisfaction is an average from 1 to 5</source>
        <translation>满意度是 1 到 5 之间的平均分</translation>
    </message>
    <message>
        <source>write the duration in working days: 5, 5d or 5天</source>
        <translation>请以工作日填写工期：5、5d 或 5天</translation>
    </message>
    <message>
        <source>this workbook has format {version}, newer than this OA Desk reads ({supported}); update OA Desk</source>
        <translation>此工作簿的格式版本为 {version}，高于当前版本的 OA 推广工作台能读取的版本（{supported}）；请升级 OA 推广工作台</translation>
    </message>
    <message>
        <source>a plan needs a name</source>
        <translation>计划必须有名称</translation>
    </message>
    <message>
        <source>the start is after go-live</source>
        <translation>开始日期晚于上线日期</translation>
    </message>
    <message>
        <source>No About sheet: the plan&apos;s own fields are left unchanged.</source>
        <translation>没有“关于 About”工作表：计划本身的字段保持不变。</translation>
    </message>
    <message>
        <source>{sheet}: not in the file, left unchanged.</source>
        <translation>{sheet}：文件中没有此工作表，保持不变。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>进度计划</translation>
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
    <name>MappingDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>The sheet is empty: choose another sheet or file.</source>
        <translation>该工作表是空的：请选择其他工作表或文件。</translation>
    </message>
    <message>
        <source>Choose a column for each required field: {fields}.</source>
        <translation>请为每个必填字段选择一列：{fields}。</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>请至少选择一列导入。</translation>
    </message>
    <message>
        <source>OA Desk found the headers in row {row}.</source>
        <translation>OA Desk 在第 {row} 行找到了列标题。</translation>
    </message>
    <message>
        <source>No header row was recognised: choose the row that holds the headers.</source>
        <translation>没有识别出标题行：请选择列标题所在的行。</translation>
    </message>
    <message>
        <source>Required: every row needs a value here.</source>
        <translation>必填：每一行都需要有值。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>（无标题）</translation>
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
        <source>not yet</source>
        <translation>尚未上线</translation>
    </message>
    <message>
        <source>The pilot: departments that go live first</source>
        <translation>试点批次：最先上线的部门</translation>
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
    <message>
        <source>Pilot and waves</source>
        <translation>试点与推广批次</translation>
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
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Changes ({count})</source>
        <translation>变更（{count}）</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>问题（{count}）</translation>
    </message>
    <message>
        <source>Import Preview — {name}</source>
        <translation>导入预览 — {name}</translation>
    </message>
    <message>
        <source>{name}, imported as {kind}: {added} to add, {changed} to change, {deleted} to delete, {kept} not in the file (kept).</source>
        <translation>{name}，导入为{kind}：新增 {added}，修改 {changed}，删除 {deleted}，文件中没有（保留）{kept}。</translation>
    </message>
    <message numerus="yes">
        <source>%n error stops the import: fix it in the file and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n 个错误导致无法导入：请在文件中修正后重新导入。尚未写入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors stop the import: fix them in the file and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n 个错误导致无法导入：请在文件中修正后重新导入。尚未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no changes for this plan: there is nothing to import.</source>
        <translation>该文件对本计划没有任何改动：没有需要导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Ready to import, with %n warning: that row is imported as shown; check it on the Problems tab.</source>
        <translation>
            <numerusform>可以导入，有 %n 个警告：相关的行会按所示内容导入，请在“问题”页查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import, with %n warnings: those rows are imported as shown; check them on the Problems tab.</source>
        <translation>
            <numerusform>可以导入，有 %n 个警告：相关的行会按所示内容导入，请在“问题”页查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
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
        <source>De&amp;partment:</source>
        <translation>部门(&amp;P)：</translation>
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
        <source>D&amp;eliverable:</source>
        <translation>交付物(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Acceptance / KPI:</source>
        <translation>验收标准 / KPI(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
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
    <name>TemplateDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
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
    <name>TimelinePage</name>
    <message>
        <source>Insert task below the selection (Insert)</source>
        <translation>在所选任务下方插入任务（Insert）</translation>
    </message>
    <message>
        <source>Insert milestone below the selection</source>
        <translation>在所选任务下方插入里程碑</translation>
    </message>
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
        <source>Task information…</source>
        <translation>任务信息…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
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
        <source>Show the critical path</source>
        <translation>显示关键路径</translation>
    </message>
    <message>
        <source>Show the baseline under the bars</source>
        <translation>在任务条下显示基线</translation>
    </message>
    <message>
        <source>Save the current dates as a baseline…</source>
        <translation>将当前日期保存为基线…</translation>
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
        <source>Export chart as PDF…</source>
        <translation>将图表导出为 PDF…</translation>
    </message>
    <message>
        <source>Print chart…</source>
        <translation>打印图表…</translation>
    </message>
    <message>
        <source>Export MS Project XML…</source>
        <translation>导出 MS Project XML…</translation>
    </message>
    <message>
        <source>Import MS Project XML…</source>
        <translation>导入 MS Project XML…</translation>
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
        <source>No tasks yet — insert the first task, or import a plan from MS Project, ProjectLibre or GanttProject (MS Project XML).</source>
        <translation>还没有任务——插入第一个任务，或从 MS Project、ProjectLibre、GanttProject 导入计划（MS Project XML）。</translation>
    </message>
    <message>
        <source>The baseline drawn under the bars and compared in the Variance column</source>
        <translation>在任务条下绘制并在“偏差”列中比较的基线</translation>
    </message>
    <message>
        <source>Insert a task</source>
        <translation>插入任务</translation>
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
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>显示 %n 项任务</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Rename task {name}</source>
        <translation>重命名任务 {name}</translation>
    </message>
    <message>
        <source>Change phase of {name}</source>
        <translation>修改 {name} 的阶段</translation>
    </message>
    <message>
        <source>Change {what} of {name}</source>
        <translation>修改 {name} 的{what}</translation>
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
        <source>Link {a} to {b}</source>
        <translation>链接 {a} 到 {b}</translation>
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
        <translation>插入{name}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
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
        <source>Edit task {name}</source>
        <translation>编辑任务 {name}</translation>
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
    <message>
        <source>Save baseline {name}</source>
        <translation>保存基线 {name}</translation>
    </message>
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
        <source>{size} landscape</source>
        <translation>{size} 横向</translation>
    </message>
    <message>
        <source>{size} portrait</source>
        <translation>{size} 纵向</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>将图表导出为 PDF</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
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
        <source>Imported {tasks} tasks and {links} links</source>
        <translation>已导入 {tasks} 项任务和 {links} 个链接</translation>
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
