<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
</context>
<context>
    <name>ArticlesTab</name>
    <message>
        <source>Search questions, answers and tags…</source>
        <translation>搜索问题、答案和标签…</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>全部模块</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>From &amp;ticket…</source>
        <translation>从工单创建(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>&amp;Link ticket…</source>
        <translation>关联工单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>取消关联(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save article</source>
        <translation>保存文章(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article (Ctrl+S)</source>
        <translation>保存文章（Ctrl+S）</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>模块(&amp;M)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>答案(&amp;W)：</translation>
    </message>
    <message>
        <source>Linked tickets:</source>
        <translation>关联工单：</translation>
    </message>
    <message numerus="yes">
        <source>The first %n articles are shown: search to narrow them.</source>
        <translation>
            <numerusform>仅显示前 %n 篇文章：请用搜索缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>找到 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>A new article: type its question and answer.</source>
        <translation>新文章：请输入问题和答案。</translation>
    </message>
    <message>
        <source>No articles yet — add one, or create one from a ticket that keeps coming back.</source>
        <translation>还没有文章——新建一篇，或从反复出现的工单创建。</translation>
    </message>
    <message>
        <source>No article matches the search.</source>
        <translation>没有与搜索匹配的文章。</translation>
    </message>
    <message>
        <source>Double-click to open the ticket</source>
        <translation>双击打开工单</translation>
    </message>
    <message>
        <source>Delete article {title}</source>
        <translation>删除文章 {title}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>删除 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket number (for example T-00012):</source>
        <translation>工单编号（例如 T-00012）：</translation>
    </message>
    <message>
        <source>There is no ticket {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>Create article from ticket</source>
        <translation>从工单创建文章</translation>
    </message>
    <message>
        <source>Link ticket</source>
        <translation>关联工单</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>FeedbackRoundDialog</name>
    <message>
        <source>Feedback round</source>
        <translation>反馈调查</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>回复人数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Satisfaction (1–5):</source>
        <translation>满意度（1–5）(&amp;S)：</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>C&amp;omments (one a line; ★ marks a suggestion):</source>
        <translation>意见（每行一条；★ 表示建议）(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>Add &amp;round…</source>
        <translation>新增调查(&amp;R)…</translation>
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
        <source>&amp;Import results…</source>
        <translation>导入结果(&amp;I)…</translation>
    </message>
    <message>
        <source>An Excel or CSV file with one answer a row: satisfaction (1–5), comment, suggestion</source>
        <translation>每行一份答卷的 Excel 或 CSV 文件：满意度（1–5）、意见、建议</translation>
    </message>
    <message>
        <source>Comments and suggestions (★) of the round:</source>
        <translation>本次调查的意见和建议（★）：</translation>
    </message>
    <message>
        <source>Turn into feature-request &amp;ticket</source>
        <translation>转为需求变更工单(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n 次调查</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback rounds yet — add one or import a round&apos;s results from Excel.</source>
        <translation>还没有反馈调查——新增一次，或从 Excel 导入调查结果。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback round(s)</source>
        <translation>
            <numerusform>删除 %n 次反馈调查</numerusform>
        </translation>
    </message>
    <message>
        <source>Import feedback results</source>
        <translation>导入反馈结果</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Row {row}, column {column}, “{value}”: {reason}</source>
        <translation>第 {row} 行，{column} 列，“{value}”：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>{name} 有 %n 个问题，未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>From the feedback round of {day} ({department})</source>
        <translation>来自 {day} 的反馈调查（{department}）</translation>
    </message>
    <message>
        <source>whole organisation</source>
        <translation>全公司</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>An article needs a question.</source>
        <translation>文章需要填写问题。</translation>
    </message>
    <message>
        <source>The tag “{tag}” is longer than 50 characters.</source>
        <translation>标签“{tag}”超过 50 个字符。</translation>
    </message>
    <message>
        <source>An article can have at most {n} tags.</source>
        <translation>一篇文章最多 {n} 个标签。</translation>
    </message>
    <message>
        <source>That article no longer exists.</source>
        <translation>该文章已不存在。</translation>
    </message>
    <message>
        <source>Choose a ticket first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>Ticket #{id} does not exist.</source>
        <translation>工单 #{id} 不存在。</translation>
    </message>
    <message>
        <source>The results file has {count} problem(s); nothing was imported. The first: row {row}, column {column}, value “{value}”: {reason}.</source>
        <translation>结果文件有 {count} 个问题，未导入任何内容。第一个：第 {row} 行，{column} 列，值“{value}”：{reason}。</translation>
    </message>
    <message>
        <source>The results file holds no answers.</source>
        <translation>结果文件中没有答卷。</translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>请先选择一条建议。</translation>
    </message>
    <message>
        <source>That feedback round no longer exists.</source>
        <translation>该反馈调查已不存在。</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>a satisfaction score is a whole number from 1 to 5</source>
        <translation>满意度应为 1 到 5 的整数</translation>
    </message>
    <message>
        <source>no header with a satisfaction, comment or suggestion column</source>
        <translation>没有找到含满意度、意见或建议列的表头</translation>
    </message>
</context>
<context>
    <name>KnowledgeOperations</name>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Add article {title}</source>
        <translation>新建文章 {title}</translation>
    </message>
    <message>
        <source>Edit article {title}</source>
        <translation>编辑文章 {title}</translation>
    </message>
    <message>
        <source>Create article from ticket {number}</source>
        <translation>从工单 {number} 创建文章</translation>
    </message>
    <message>
        <source>Link ticket {number}</source>
        <translation>关联工单 {number}</translation>
    </message>
    <message>
        <source>Unlink ticket {number}</source>
        <translation>取消关联工单 {number}</translation>
    </message>
    <message>
        <source>Add feedback round {day}</source>
        <translation>新增反馈调查 {day}</translation>
    </message>
    <message>
        <source>Import feedback results {name}</source>
        <translation>导入反馈结果 {name}</translation>
    </message>
    <message>
        <source>Edit feedback round</source>
        <translation>编辑反馈调查</translation>
    </message>
    <message>
        <source>Turn suggestion into ticket</source>
        <translation>将建议转为工单</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <source>&amp;Articles</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Feedback rounds</source>
        <translation>反馈调查(&amp;F)</translation>
    </message>
    <message>
        <source>FAQ s&amp;heet…</source>
        <translation>FAQ 表格(&amp;H)…</translation>
    </message>
    <message>
        <source>Export the knowledge base as an Excel FAQ sheet</source>
        <translation>将知识库导出为 Excel FAQ 表格</translation>
    </message>
    <message>
        <source>&amp;PDF booklet…</source>
        <translation>PDF 手册(&amp;P)…</translation>
    </message>
    <message>
        <source>Export the knowledge base as a printable booklet</source>
        <translation>将知识库导出为可打印的手册</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Export FAQ sheet</source>
        <translation>导出 FAQ 表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) written to {name}</source>
        <translation>
            <numerusform>已将 %n 篇文章写入 {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF booklet</source>
        <translation>导出 PDF 手册</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Questions and answers, as of {day}</source>
        <translation>常见问题解答，截至 {day}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>The knowledge base has no articles yet.</source>
        <translation>知识库中还没有文章。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {name}</source>
        <translation>
            <numerusform>已将 %n 页写入 {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeTile</name>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Open the knowledge base</source>
        <translation>打开知识库</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>satisfaction {score:.1f} of 5 on {day}</source>
        <translation>{day} 满意度 {score:.1f}/5</translation>
    </message>
    <message numerus="yes">
        <source>{question} — %n ticket(s)</source>
        <translation>
            <numerusform>{question} — %n 个工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>(whole organisation)</source>
        <translation>（全组织）</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>Edit feedback round</source>
        <translation>编辑反馈调查</translation>
    </message>
    <message>
        <source>Import feedback results</source>
        <translation>导入反馈结果</translation>
    </message>
    <message>
        <source>New feedback round</source>
        <translation>新增反馈调查</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>回复人数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>(whole organisation)</source>
        <translation>（全组织）</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n 条意见</numerusform>
        </translation>
    </message>
</context>
</TS>
