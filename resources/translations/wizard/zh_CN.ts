<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BasicsPage</name>
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
        <source>Monday to Friday, no holidays</source>
        <translation>周一至周五，无节假日</translation>
    </message>
    <message>
        <source>Chinese (简体中文)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>请填写组织名称。</translation>
    </message>
    <message>
        <source>The go-live date must be after the start.</source>
        <translation>上线日期必须晚于开始日期。</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Departments from a File</source>
        <translation>从文件读取部门</translation>
    </message>
    <message>
        <source>Department lists (*.txt *.csv *.xlsx);;All files (*)</source>
        <translation>部门清单 (*.txt *.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Give at least two departments: a pilot and one wave.</source>
        <translation>至少需要两个部门：一个试点，一个批次。</translation>
    </message>
    <message>
        <source>Listed more than once: {names}</source>
        <translation>重复列出：{names}</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutBasicsPage</name>
    <message>
        <source>Organisation and go-live</source>
        <translation>组织与上线日期</translation>
    </message>
    <message>
        <source>Who rolls which OA product out, and when it goes live everywhere. The plan is scheduled backward from the go-live date.</source>
        <translation>由谁推广哪款 OA 产品，何时全面上线。计划从上线日期倒排。</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Huaxin Group</source>
        <translation>例如：华信集团</translation>
    </message>
    <message>
        <source>OA &amp;product:</source>
        <translation>OA 产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Earliest start:</source>
        <translation>最早开始(&amp;E)：</translation>
    </message>
    <message>
        <source>Full &amp;go-live:</source>
        <translation>全面上线(&amp;G)：</translation>
    </message>
    <message>
        <source>Working &amp;calendar:</source>
        <translation>工作日历(&amp;C)：</translation>
    </message>
    <message>
        <source>Plan &amp;language:</source>
        <translation>计划语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>RolloutDepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>One department a line: type them, paste a column from Excel, or take them from the open plan or a file (a list, or a roster with a department column). The order is the rollout order.</source>
        <translation>每行一个部门：可直接输入、从 Excel 粘贴一列，或取自当前计划或文件（部门清单，或含“部门”列的花名册）。顺序即推广顺序。</translation>
    </message>
    <message>
        <source>Finance
Human Resources
Sales
…</source>
        <translation>财务部
人力资源部
销售部
…</translation>
    </message>
    <message>
        <source>From the Open &amp;Plan</source>
        <translation>取自当前计划(&amp;P)</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>从文件读取(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>RolloutSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What the new plan will hold. Finish asks where to save it and opens it.</source>
        <translation>新计划将包含的内容。点击“完成”后选择保存位置并打开。</translation>
    </message>
    <message>
        <source>The go-live date is too close</source>
        <translation>上线日期太近</translation>
    </message>
    <message>
        <source>&amp;Compress the plan: shorten every task in proportion (at least one working day each)</source>
        <translation>压缩计划(&amp;C)：按比例缩短每项任务（每项至少一个工作日）</translation>
    </message>
    <message>
        <source>&amp;Move the go-live to the earliest feasible date</source>
        <translation>推迟上线(&amp;M)：改为最早可行的日期</translation>
    </message>
</context>
<context>
    <name>RolloutTexts</name>
    <message>
        <source>Give the organisation&apos;s name.</source>
        <translation>请填写组织名称。</translation>
    </message>
    <message>
        <source>The {what} is longer than {limit} characters: shorten it.</source>
        <translation>{what}超过 {limit} 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The department list is empty: give at least two departments.</source>
        <translation>部门清单为空：请至少填写两个部门。</translation>
    </message>
    <message>
        <source>{count} departments: the template takes at most {limit}.</source>
        <translation>共 {count} 个部门：模板最多支持 {limit} 个。</translation>
    </message>
    <message>
        <source>A department name is longer than {limit} characters: {name}</source>
        <translation>部门名称超过 {limit} 个字符：{name}</translation>
    </message>
    <message>
        <source>These departments are listed more than once: {names}. Keep one of each.</source>
        <translation>以下部门重复列出：{names}。每个部门只保留一次。</translation>
    </message>
    <message>
        <source>These pilot departments are not in the list: {names}.</source>
        <translation>以下试点部门不在部门清单中：{names}。</translation>
    </message>
    <message>
        <source>The pilot takes {pilot} of {departments} departments: it needs at least one and must leave some for the waves.</source>
        <translation>试点占 {departments} 个部门中的 {pilot} 个：试点至少一个部门，且须为后续批次留出部门。</translation>
    </message>
    <message>
        <source>There must be at least one wave after the pilot.</source>
        <translation>试点之后至少需要一个批次。</translation>
    </message>
    <message>
        <source>{waves} waves, but only {departments} departments of which {pilot} are in the pilot: every wave needs at least one department. Choose fewer waves.</source>
        <translation>共 {waves} 个批次，但只有 {departments} 个部门，其中 {pilot} 个在试点：每个批次至少需要一个部门。请减少批次。</translation>
    </message>
    <message>
        <source>The go-live date {go_live} is not after the start {start}.</source>
        <translation>上线日期 {go_live} 不晚于开始日期 {start}。</translation>
    </message>
    <message>
        <source>The go-live date {go_live} is not a working day in the chosen calendar: choose {before} or {after}.</source>
        <translation>上线日期 {go_live} 在所选日历中不是工作日：请改为 {before} 或 {after}。</translation>
    </message>
    <message>
        <source>Unknown calendar {calendar}.</source>
        <translation>未知的日历 {calendar}。</translation>
    </message>
    <message>
        <source>Unknown language {language}.</source>
        <translation>未知的语言 {language}。</translation>
    </message>
    <message>
        <source>The go-live date {go_live} is too close: the template needs {missing} more working days. Compress the plan, or go live on {earliest} or later.</source>
        <translation>上线日期 {go_live} 太近：模板还差 {missing} 个工作日。可压缩计划，或改在 {earliest} 及以后上线。</translation>
    </message>
    <message>
        <source>The go-live date {go_live} is too close even with every task shortened to one working day: go live on {earliest} or later, or start earlier.</source>
        <translation>即使每项任务都缩短到一个工作日，上线日期 {go_live} 仍然太近：请改在 {earliest} 及以后上线，或提前开始。</translation>
    </message>
</context>
<context>
    <name>RolloutWavesPage</name>
    <message>
        <source>Pilot and waves</source>
        <translation>试点与推广批次</translation>
    </message>
    <message>
        <source>The first departments of the list make the pilot; the others follow in waves, in list order. Tick departments to choose the pilot yourself.</source>
        <translation>清单最前面的部门作为试点，其余部门按清单顺序分批上线。勾选部门可自行指定试点。</translation>
    </message>
    <message>
        <source>&amp;Pilot departments:</source>
        <translation>试点部门数(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Waves after the pilot:</source>
        <translation>试点后批次数(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>RolloutWizard</name>
    <message>
        <source>New from Rollout Template</source>
        <translation>从推广模板新建</translation>
    </message>
    <message>
        <source>Save the New Plan</source>
        <translation>保存新计划</translation>
    </message>
    <message>
        <source>OA Desk plans (*.oadesk)</source>
        <translation>OA 推广计划 (*.oadesk)</translation>
    </message>
    <message>
        <source>OA Desk</source>
        <translation>OA 推广工作台</translation>
    </message>
    <message>
        <source>{name} is the open plan: save the new plan under another name.</source>
        <translation>{name} 是当前打开的计划：请用其他名称保存新计划。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Kickoff: {day}</source>
        <translation>项目启动：{day}</translation>
    </message>
    <message>
        <source>Full go-live: {day}</source>
        <translation>全面上线：{day}</translation>
    </message>
    <message>
        <source>Pilot: {names}</source>
        <translation>试点：{names}</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the departments (as given)</source>
        <translation>
            <numerusform>各部门共 %n 人（按所给人数）</numerusform>
        </translation>
    </message>
    <message>
        <source>Headcounts not given: one end-user session per department</source>
        <translation>未给出人数：每个部门安排一场最终用户培训</translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s) after the pilot</source>
        <translation>
            <numerusform>试点后 %n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>{wave} go-live: {day}</source>
        <translation>{wave}上线：{day}</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) and milestone(s)</source>
        <translation>
            <numerusform>%n 项任务和里程碑</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies)</source>
        <translation>
            <numerusform>%n 条依赖关系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team role(s) to fill</source>
        <translation>
            <numerusform>%n 个待落实的团队角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) with baseline and target</source>
        <translation>
            <numerusform>%n 个 KPI（含基线和目标值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) with mitigation and contingency</source>
        <translation>
            <numerusform>%n 项风险（含应对措施和应急预案）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publicity item(s) tied to milestones</source>
        <translation>
            <numerusform>%n 项与里程碑关联的宣传</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) with sessions per wave and department</source>
        <translation>
            <numerusform>%n 门课程，按批次和部门排课</numerusform>
        </translation>
    </message>
    <message>
        <source>Durations compressed to {percent}% of the template&apos;s.</source>
        <translation>工期已压缩为模板的 {percent}%。</translation>
    </message>
</context>
<context>
    <name>WavesPage</name>
    <message>
        <source>The pilot must leave departments for the waves.</source>
        <translation>试点须为后续批次留出部门。</translation>
    </message>
    <message>
        <source>{waves} waves but only {left} departments after the pilot: choose fewer waves.</source>
        <translation>共 {waves} 个批次，但试点后只剩 {left} 个部门：请减少批次。</translation>
    </message>
    <message numerus="yes">
        <source>Pilot: %n department(s)</source>
        <translation>
            <numerusform>试点：%n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>Wave {n}: {count}</source>
        <translation>第{n}批：{count}</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
</context>
</TS>
