<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
        <source>{name} was refused: its sheet {sheet} reaches cell {cell} ({detail}). Delete the empty rows and columns after the data in Excel or WPS and save it again.</source>
        <translation>已拒绝 {name}：其工作表 {sheet} 延伸到单元格 {cell}（{detail}）。请在 Excel 或 WPS 中删除数据之后的空行和空列，然后重新保存。</translation>
    </message>
    <message>
        <source>{name} was refused: its part {member} claims {detail}. Real workbooks never do; open it in Excel or WPS and save it again.</source>
        <translation>已拒绝 {name}：其部件 {member} 声称有 {detail}。真正的工作簿不会这样；请在 Excel 或 WPS 中打开并重新保存。</translation>
    </message>
    <message>
        <source>{name} mixes two text encodings: it is UTF-8 up to line {line}, where byte {byte} is not (GBK or another encoding from there on). Save the whole file again as UTF-8 (or as GBK) and import it again.</source>
        <translation>{name} 混用了两种文本编码：第 {line} 行之前是 UTF-8，从该行的第 {byte} 字节起不是（之后是 GBK 或其他编码）。请将整个文件重新另存为 UTF-8（或 GBK）后再导入。</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未导入</translation>
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
        <source>OA usage per person (logins)</source>
        <translation>OA 使用情况（按人员登录）</translation>
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
    <name>Features</name>
    <message>
        <source>Excel</source>
        <translation>Excel 表格</translation>
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
        <source>&apos;{value}&apos;: {date} is a {actual}, not a {weekday}: check the date (a wrong weekday usually means a typo in it)</source>
        <translation>“{value}”：{date} 是{actual}，不是{weekday}，请检查日期（星期不符通常说明日期写错了）</translation>
    </message>
    <message>
        <source>{value} is outside the dates a plan holds ({low} to {high})</source>
        <translation>{value} 超出了计划可容纳的日期范围（{low} 至 {high}）</translation>
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
        <source>longer than {length} characters: shorten it</source>
        <translation>超过 {length} 个字符：请缩短</translation>
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
        <source>&apos;{key}&apos; names more than one department ({paths}): write the whole path</source>
        <translation>“{key}”对应多个部门（{paths}）：请填写完整路径</translation>
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
        <source>refers to row {row}, which has errors and is left out</source>
        <translation>引用了第 {row} 行，而该行有错误、未导入</translation>
    </message>
    <message>
        <source>employee no. {value} is taken as {key}, the one employee number of the plan that differs from it only in leading zeros</source>
        <translation>工号 {value} 按 {key} 处理：计划中只有这一个工号与它仅差前导零</translation>
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
        <source>row {row} names a department &apos;{name}&apos; under the same parent: departments under one parent need different names</source>
        <translation>第 {row} 行在同一上级部门下也有名为“{name}”的部门：同一上级下的部门名称不能相同</translation>
    </message>
    <message>
        <source>a department &apos;{name}&apos; under the same parent is not in this sheet: departments under one parent need different names</source>
        <translation>同一上级部门下已有名为“{name}”的部门（不在本表中）：同一上级下的部门名称不能相同</translation>
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
        <source>the review date is before the day the risk was raised</source>
        <translation>复核日期早于风险的提出日期</translation>
    </message>
    <message>
        <source>the target equals the baseline: there is nothing to achieve</source>
        <translation>目标值等于基线值：没有可达成的改进</translation>
    </message>
    <message>
        <source>the target is on the wrong side of the baseline for the direction</source>
        <translation>按该目标的方向，目标值在基线值的错误一侧</translation>
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
        <source>&apos;{key}&apos; is in no department in the plan: their usage is not counted</source>
        <translation>“{key}”在计划中不属于任何部门：其使用情况不计入统计</translation>
    </message>
    <message>
        <source>{part} is more than the {whole} it is part of</source>
        <translation>{part} 超过了它所属的总数 {whole}</translation>
    </message>
    <message>
        <source>satisfaction is an average from 1 to 5</source>
        <translation>满意度是 1 到 5 之间的平均分</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an e-mail address (name@example.com): imported as it is</source>
        <translation>“{value}”不是有效的邮箱地址（如 name@example.com）：按原样导入</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (a mobile has 11 digits, such as 13812345678 or +86 138 1234 5678): imported as it is</source>
        <translation>“{value}”不是有效的电话号码（手机号为 11 位，如 13812345678 或 +86 138 1234 5678）：按原样导入</translation>
    </message>
    <message>
        <source>the cell holds a formula without a value (saved by a program that did not calculate it): the plan&apos;s value is kept; type the value to change it</source>
        <translation>该单元格是没有计算结果的公式（保存它的程序未计算公式）：保留计划中的原值；如需修改请直接输入值</translation>
    </message>
    <message>
        <source>the cell holds a formula without a value (saved by a program that did not calculate it): type the value</source>
        <translation>该单元格是没有计算结果的公式（保存它的程序未计算公式）：请直接输入值</translation>
    </message>
    <message>
        <source>write the duration in working days: 5, 5d or 5天</source>
        <translation>请以工作日填写工期：5、5d 或 5天</translation>
    </message>
    <message>
        <source>the start is not a working day: the task starts on the next one, {start}</source>
        <translation>开始日期不是工作日：任务从下一个工作日 {start} 开始</translation>
    </message>
    <message>
        <source>the start is before what the task&apos;s predecessors allow: it starts on {start}</source>
        <translation>开始日期早于前置任务允许的日期：该任务将从 {start} 开始</translation>
    </message>
    <message>
        <source>&apos;{task}&apos; is a summary task: its dates roll up from its subtasks ({start} – {finish}), so the value typed here is not used; move its subtasks</source>
        <translation>“{task}”是摘要任务:其日期由子任务汇总而来({start} – {finish}),此处输入的值不会使用;请调整其子任务</translation>
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
    <message>
        <source>this workbook was exported from another plan (&apos;{name}&apos;, created {created}): its IDs name that plan&apos;s rows, and the rows of this plan with the same IDs would be changed</source>
        <translation>此工作簿导出自另一个计划（“{name}”，创建于 {created}）：其中的编号指那个计划的记录，本计划中编号相同的记录将被修改</translation>
    </message>
    <message>
        <source>Sheet &apos;{name}&apos; is read as {sheet}: its headers are that sheet&apos;s.</source>
        <translation>工作表“{name}”按其表头读作 {sheet}。</translation>
    </message>
    <message>
        <source>Sheet &apos;{name}&apos; is no sheet of a plan workbook: left out.</source>
        <translation>工作表“{name}”不是计划工作簿的工作表，未导入。</translation>
    </message>
    <message>
        <source>{count} total or footer rows (合计, 小计, 共 7 人…) were skipped: rows {rows}.</source>
        <translation>已跳过 {count} 个合计或表尾行（合计、小计、共 7 人…）：第 {rows} 行。</translation>
    </message>
    <message>
        <source>{count} rows with errors are left out: rows {rows}. Export the problems, fix those rows and import them again.</source>
        <translation>有错误的 {count} 行未导入：第 {rows} 行。请导出问题清单，修正这些行后重新导入。</translation>
    </message>
    <message>
        <source>Only sheet {sheet} is imported; these sheets have the same headers and are left out: {sheets}. Import each of them in turn.</source>
        <translation>只导入了工作表 {sheet}；以下工作表表头相同，未导入：{sheets}。请逐个导入。</translation>
    </message>
    <message>
        <source>{count} more tasks move with the edited dates (their links reschedule them): {tasks}</source>
        <translation>另有 {count} 项任务随修改的日期移动（按任务依赖重新排期）：{tasks}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave the rows with errors out</source>
        <translation>只导入正确的行，有错误的行不导入(&amp;V)</translation>
    </message>
    <message>
        <source>The rows left out are listed with their problems; export them as a workbook, fix them and import them again.</source>
        <translation>未导入的行会连同问题一起列出；可将其导出为工作簿，修正后重新导入。</translation>
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
    <name>TemplateDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
</context>
</TS>
