<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AdoptionModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
        <source>Go-live</source>
        <translation>实际上线</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号数</translation>
    </message>
    <message>
        <source>Active-user rate</source>
        <translation>活跃用户率</translation>
    </message>
    <message>
        <source>Stickiness (WAU/MAU)</source>
        <translation>粘性（周活/月活）</translation>
    </message>
    <message>
        <source>Workflows online</source>
        <translation>线上流程数</translation>
    </message>
    <message>
        <source>Paperless rate</source>
        <translation>无纸化率</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>未达标项</translation>
    </message>
    <message>
        <source>active-user rate</source>
        <translation>活跃用户率</translation>
    </message>
    <message>
        <source>stickiness</source>
        <translation>粘性</translation>
    </message>
    <message>
        <source>paperless rate</source>
        <translation>无纸化率</translation>
    </message>
    <message>
        <source>Whole organisation</source>
        <translation>全组织</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>AdoptionOperations</name>
    <message>
        <source>Retraining need for {department}</source>
        <translation>为{department}登记再培训需求</translation>
    </message>
    <message>
        <source>{department}: below target on {measures}; retrain</source>
        <translation>{department}：{measures}未达标，需再培训</translation>
    </message>
    <message>
        <source>Adoption risk for {department}</source>
        <translation>登记{department}的推广风险</translation>
    </message>
    <message>
        <source>Low adoption in {department} ({measures})</source>
        <translation>{department}使用率偏低（{measures}）</translation>
    </message>
    <message>
        <source>Communication to {department}</source>
        <translation>安排对{department}的宣传</translation>
    </message>
    <message>
        <source>Using OA in {department}: tips and help ({measures})</source>
        <translation>{department} OA 使用技巧与帮助（{measures}）</translation>
    </message>
</context>
<context>
    <name>AdoptionPage</name>
    <message>
        <source>No plan open</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>Targets (from the KPIs): active-user rate {active}, stickiness {sticky}, paperless rate {paperless}</source>
        <translation>目标（来自 KPI）：活跃用户率 {active}，粘性 {sticky}，无纸化率 {paperless}</translation>
    </message>
    <message>
        <source>No adoption figures yet: import the OA system&apos;s usage export with File › Import from Excel, as adoption figures (per department) or as OA usage per person (logins).</source>
        <translation>尚无使用数据：请通过“文件 › 从 Excel 导入”导入 OA 系统的使用情况导出表，类型选“使用率数据”（按部门）或“OA 使用情况（按人员登录）”。</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) below target this month.</source>
        <translation>
            <numerusform>本月有 %n 个部门未达标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Active-user rate per department since its go-live</source>
        <translation>各部门上线以来的活跃用户率</translation>
    </message>
    <message>
        <source>Target {percent}</source>
        <translation>目标 {percent}</translation>
    </message>
    <message>
        <source>No adoption figures yet</source>
        <translation>尚无使用数据</translation>
    </message>
    <message>
        <source>{value:.0f}%</source>
        <translation>{value:.0f}%</translation>
    </message>
    <message>
        <source>%Y-%m</source>
        <translation>%Y-%m</translation>
    </message>
    <message>
        <source>Select a department below target to follow it up.</source>
        <translation>选择一个未达标的部门以安排跟进。</translation>
    </message>
    <message>
        <source>{department} meets its targets.</source>
        <translation>{department}已达标。</translation>
    </message>
    <message>
        <source>{department} is below target on {measures}.</source>
        <translation>{department}的{measures}未达标。</translation>
    </message>
    <message>
        <source>OA adoption scorecard {month}</source>
        <translation>OA 使用情况通报 {month}</translation>
    </message>
    <message>
        <source>adoption-{month}.xlsx</source>
        <translation>使用情况通报-{month}.xlsx</translation>
    </message>
    <message>
        <source>Export Scorecard</source>
        <translation>导出通报</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n department(s))</source>
        <translation>
            <numerusform>已保存 {path}（%n 个部门）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Export Scorecard…</source>
        <translation>导出通报…</translation>
    </message>
    <message>
        <source>Write the ranked scorecard (the monthly report) to Excel</source>
        <translation>将部门排名通报（月度通报）导出为 Excel</translation>
    </message>
    <message>
        <source>Retraining Need</source>
        <translation>再培训需求</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Plan Communication</source>
        <translation>安排宣传</translation>
    </message>
    <message>
        <source>Record a need to retrain the selected department (Training picks it up)</source>
        <translation>为所选部门登记再培训需求（由培训模块安排）</translation>
    </message>
    <message>
        <source>Add a risk of low adoption in the selected department</source>
        <translation>为所选部门添加使用率偏低的风险</translation>
    </message>
    <message>
        <source>Plan a communication to the selected department in a week</source>
        <translation>为所选部门安排一周后的宣传</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Adoption</source>
        <translation>使用情况</translation>
    </message>
</context>
</TS>
