<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>the trainer has another session at the same time</source>
        <translation>讲师同一时间还有另一场</translation>
    </message>
    <message>
        <source>the room is booked twice</source>
        <translation>该场地被重复预订</translation>
    </message>
    <message>
        <source>more people seated than places</source>
        <translation>入座人数超过容量</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>{n} sessions, {clashing} with a clash</source>
        <translation>{n} 个场次，其中 {clashing} 个有冲突</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>No assessment</source>
        <translation>不考核</translation>
    </message>
    <message>
        <source>Anything else to do first (free text)</source>
        <translation>其他先修要求（自由文本）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>OA modules</source>
        <translation>OA 模块</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Materials link</source>
        <translation>资料链接</translation>
    </message>
    <message>
        <source>Courses to pass first</source>
        <translation>须先通过的课程</translation>
    </message>
    <message>
        <source>Other prerequisites</source>
        <translation>其他先修要求</translation>
    </message>
</context>
<context>
    <name>CoursesModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>OA modules</source>
        <translation>OA 模块</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>及格分</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>先修课程</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>{passed} passed / {trained} trained / {required} ({share:.0%})</source>
        <translation>通过 {passed} / 培训 {trained} / 应训 {required}（{share:.0%}）</translation>
    </message>
    <message>
        <source>{missing} still to pass</source>
        <translation>尚有 {missing} 人未通过</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>Required, trained and passed headcount per department (with its sub-departments) and tier. Click a cell to list who has not passed.</source>
        <translation>各部门（含下级部门）各层级的应培训、已培训和已通过人数。点击单元格列出尚未通过的人员。</translation>
    </message>
    <message>
        <source>Go-live within (days)</source>
        <translation>上线前天数</translation>
    </message>
    <message>
        <source>No training, no account</source>
        <translation>未培训不开账号</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>{where}, {tier}: {n} have not passed</source>
        <translation>{where}，{tier}：{n} 人尚未通过</translation>
    </message>
    <message>
        <source>all tiers</source>
        <translation>所有层级</translation>
    </message>
    <message>
        <source>No training, no account: {n} people go live within {days} days untrained</source>
        <translation>未培训不开账号：{n} 人将在 {days} 天内上线但尚未通过培训</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Wrote {n} rows to {path}</source>
        <translation>已写入 {n} 行到 {path}</translation>
    </message>
</context>
<context>
    <name>EnrolPersonDialog</name>
    <message>
        <source>Enrol a person</source>
        <translation>报名一人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>NotPassedModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>已培训</translation>
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
        <source>Go-live</source>
        <translation>上线日期</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>PersonTab</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Export everyone&apos;s attendance…</source>
        <translation>导出全员出勤…</translation>
    </message>
    <message>
        <source>{name}: {n} sessions, attended {attended}</source>
        <translation>{name}：共 {n} 个场次，出勤 {attended} 次</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>席位</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>正式</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Enrol by rule</source>
        <translation>按规则报名</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>任意层级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Departments (their sub-departments are included)</source>
        <translation>部门（含下级部门）</translation>
    </message>
    <message>
        <source>Choose one or more departments.</source>
        <translation>请选择一个或多个部门。</translation>
    </message>
    <message>
        <source>{n} people would be added: {seated} with a seat, {waiting} on the waiting list.</source>
        <translation>将添加 {n} 人：{seated} 人获得席位，{waiting} 人进入候补名单。</translation>
    </message>
    <message>
        <source> (the first 2,000 are listed)</source>
        <translation>（仅列出前 2,000 人）</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新建场次</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Place or link:</source>
        <translation>地点或链接(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>讲师(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>容量(&amp;A)：</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>新建场次…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>导出日历…</translation>
    </message>
    <message>
        <source>Calendars per trainer…</source>
        <translation>按讲师导出日历…</translation>
    </message>
    <message>
        <source>Enrol a person…</source>
        <translation>报名一人…</translation>
    </message>
    <message>
        <source>Enrol by rule…</source>
        <translation>按规则报名…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Import sign-in sheet…</source>
        <translation>导入签到表…</translation>
    </message>
    <message>
        <source>Keys: P present, L late, E excused, A absent (then the next person); Enter moves down; type a score or a rating 1–5 in its cell.</source>
        <translation>按键：P 出席、L 迟到、E 请假、A 缺席（随后跳到下一人）；回车下移；在单元格中输入成绩或 1–5 的评价。</translation>
    </message>
</context>
<context>
    <name>SigninDialog</name>
    <message>
        <source>No header with an employee no. or a name column was found in the first 30 rows.</source>
        <translation>前 30 行中没有找到含“工号”或“姓名”列的表头。</translation>
    </message>
    <message>
        <source>{value} is not on the roster.</source>
        <translation>花名册中没有 {value}。</translation>
    </message>
    <message>
        <source>More than one person is called {value}: give the employee no. or the department.</source>
        <translation>有不止一人名叫 {value}：请填写工号或部门。</translation>
    </message>
    <message>
        <source>The same person as row {value}.</source>
        <translation>与第 {value} 行是同一人。</translation>
    </message>
    <message>
        <source>{value} is not a date.</source>
        <translation>{value} 不是日期。</translation>
    </message>
    <message>
        <source>{value}: the weekday does not match the date; check the date (a wrong weekday usually means a typo in it).</source>
        <translation>{value}：星期与日期不符，请检查日期（星期不符通常说明日期写错了）。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>{value} 不是数字。</translation>
    </message>
    <message>
        <source>{value} is not an employee no.</source>
        <translation>{value} 不是工号。</translation>
    </message>
    <message>
        <source>{value} is not an attendance (present, late, excused, absent).</source>
        <translation>{value} 不是出勤状态（出席、迟到、请假、缺席）。</translation>
    </message>
    <message>
        <source>Score {value} is not between 0 and 100.</source>
        <translation>成绩 {value} 不在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>Rating {value} is not between 1 and 5.</source>
        <translation>评价 {value} 不在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Neither an employee no. nor a name.</source>
        <translation>既没有工号也没有姓名。</translation>
    </message>
    <message>
        <source>Total or footer rows (合计, 应到…实到…, 共 7 人…) were skipped: rows {value}.</source>
        <translation>已跳过合计或表尾行（合计、应到…实到…、共 7 人…）：第 {value} 行。</translation>
    </message>
    <message>
        <source>Employee no. {value} is taken as {key}, the one employee no. on the roster that differs from it only in leading zeros.</source>
        <translation>工号 {value} 按 {key} 处理：花名册中只有这一个工号与它仅差前导零。</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <source>{file}: {matched} rows match the roster ({walk_ins} of them were not enrolled and will be); {problems} problems. Rows with a problem are left out.</source>
        <translation>{file}：{matched} 行与花名册匹配（其中 {walk_ins} 人未报名，将一并报名）；{problems} 个问题。有问题的行不导入。</translation>
    </message>
    <message>
        <source>Import {n} rows</source>
        <translation>导入 {n} 行</translation>
    </message>
</context>
<context>
    <name>TrainingLabels</name>
    <message>
        <source>Leadership</source>
        <translation>领导层</translation>
    </message>
    <message>
        <source>Key users and admins</source>
        <translation>关键用户与部门管理员</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Small class</source>
        <translation>小班授课</translation>
    </message>
    <message>
        <source>Online video</source>
        <translation>在线视频</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>操作手册</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Hands-on practice</source>
        <translation>上机实操</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已举办</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
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
        <translation>会议</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知公告</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
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
        <translation>移动端</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TrainingMessages</name>
    <message>
        <source>This session is already over but still marked as planned: set it to held or cancelled, or move it to a later date.</source>
        <translation>该场次已结束但仍标记为计划中：请改为已举办或已取消，或改到以后的日期。</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 (it was {capacity}).</source>
        <translation>容量至少为 1（填写的是 {capacity}）。</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>场次的结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>A score must be between {low} and {high} (it was {score}).</source>
        <translation>成绩须在 {low} 到 {high} 之间（填写的是 {score}）。</translation>
    </message>
    <message>
        <source>A rating must be between 1 and 5 (it was {rating}).</source>
        <translation>评价须在 1 到 5 之间（填写的是 {rating}）。</translation>
    </message>
    <message>
        <source>This person is already enrolled in this session.</source>
        <translation>此人已报名该场次。</translation>
    </message>
    <message>
        <source>Nobody to enrol: everyone chosen is enrolled already.</source>
        <translation>没有可报名的人：所选人员均已报名。</translation>
    </message>
    <message>
        <source>{course} already requires this course (directly or through others): a course cannot be its own prerequisite.</source>
        <translation>“{course}”已经（直接或间接）以本课程为先修课程：一门课程不能成为自己的先修课程。</translation>
    </message>
    <message>
        <source>A prerequisite course no longer exists: reopen the dialog.</source>
        <translation>某门先修课程已不存在：请重新打开对话框。</translation>
    </message>
</context>
<context>
    <name>TrainingOperations</name>
    <message>
        <source>Add course</source>
        <translation>添加课程</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Enrol a person</source>
        <translation>报名一人</translation>
    </message>
    <message>
        <source>Enrol by rule</source>
        <translation>按规则报名</translation>
    </message>
    <message>
        <source>Withdraw from session</source>
        <translation>取消场次报名</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>登记出勤</translation>
    </message>
    <message>
        <source>Record score</source>
        <translation>登记成绩</translation>
    </message>
    <message>
        <source>Record rating</source>
        <translation>登记评价</translation>
    </message>
    <message>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Sessions and sign-in</source>
        <translation>场次与签到</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Attendance by person</source>
        <translation>个人出勤</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>新建课程…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Trained share by tier</source>
        <translation>各层级已培训比例</translation>
    </message>
    <message>
        <source>Passed share by department</source>
        <translation>各部门培训通过率</translation>
    </message>
    <message>
        <source>No one trained yet</source>
        <translation>尚无人完成培训</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>Choose a session to see its sign-in list.</source>
        <translation>选择一个场次以查看签到表。</translation>
    </message>
    <message>
        <source>{course}, {when}: {seated} of {capacity} seats, {waiting} waiting</source>
        <translation>{course}，{when}：已占 {seated}/{capacity} 个席位，候补 {waiting} 人</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Add a course first.</source>
        <translation>请先添加课程。</translation>
    </message>
    <message>
        <source>Enrol a person</source>
        <translation>报名一人</translation>
    </message>
    <message>
        <source>Pick the person from the list under the field: only people on the roster can be enrolled.</source>
        <translation>请从输入框下方的列表中选择人员：只有花名册中的人员才能报名。</translation>
    </message>
    <message>
        <source>Import sign-in sheet</source>
        <translation>导入签到表</translation>
    </message>
    <message>
        <source>Sign-in sheets (*.xlsx *.csv)</source>
        <translation>签到表 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>TrainingTile</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>打开培训</translation>
    </message>
    <message>
        <source>No plan open.</source>
        <translation>没有打开计划。</translation>
    </message>
    <message>
        <source>No courses yet: add them on the Training page.</source>
        <translation>还没有课程：请在培训页面添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without training for a go-live within {days} days</source>
        <translation>
            <numerusform>%n 人未完成培训，所在部门 {days} 天内上线</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the next 7 days</source>
        <translation>
            <numerusform>未来 7 天有 %n 场培训</numerusform>
        </translation>
    </message>
    <message>
        <source>{tier}: {passed} of {required} passed ({share:.0%})</source>
        <translation>{tier}：{required} 人中 {passed} 人已通过（{share:.0%}）</translation>
    </message>
</context>
</TS>
