<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommunicationDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Everyone, leadership, key users, a department or a wave</source>
        <translation>全员、领导层、信息专员、某部门或某批次</translation>
    </message>
    <message>
        <source>New publicity item</source>
        <translation>新建宣传事项</translation>
    </message>
    <message>
        <source>Publicity: {title}</source>
        <translation>宣传：{title}</translation>
    </message>
    <message>
        <source>Publicity item</source>
        <translation>宣传事项</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>受众(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>内容(&amp;M)：</translation>
    </message>
    <message>
        <source>Tied to mi&amp;lestone:</source>
        <translation>关联里程碑(&amp;L)：</translation>
    </message>
    <message>
        <source>Days from the milesto&amp;ne:</source>
        <translation>距里程碑天数(&amp;N)：</translation>
    </message>
    <message>
        <source>Planned:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>计划日期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>发出：</translation>
    </message>
    <message>
        <source>S&amp;ent on</source>
        <translation>发出日期(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reach (people):</source>
        <translation>覆盖人数(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Publicity</source>
        <translation>宣传推广</translation>
    </message>
</context>
<context>
    <name>Publicity</name>
    <message>
        <source>{milestone} (on the day)</source>
        <translation>{milestone}（当天）</translation>
    </message>
    <message>
        <source>{milestone} ({days:+d} d)</source>
        <translation>{milestone}（{days:+d} 天）</translation>
    </message>
    <message>
        <source>Planned for a day already past and not sent yet</source>
        <translation>计划日期已过，尚未发出</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Bulletin board</source>
        <translation>公告栏</translation>
    </message>
    <message>
        <source>Intranet</source>
        <translation>内网</translation>
    </message>
    <message>
        <source>WeChat official account</source>
        <translation>微信公众号</translation>
    </message>
    <message>
        <source>WeCom group</source>
        <translation>企业微信群</translation>
    </message>
    <message>
        <source>DingTalk group</source>
        <translation>钉钉群</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已准备</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发出</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>PublicityOperations</name>
    <message>
        <source>Add publicity item {title}</source>
        <translation>添加宣传事项 {title}</translation>
    </message>
    <message>
        <source>Edit publicity item {title}</source>
        <translation>编辑宣传事项 {title}</translation>
    </message>
</context>
<context>
    <name>PublicityPage</name>
    <message>
        <source>&amp;Add item…</source>
        <translation>添加事项(&amp;A)…</translation>
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
        <source>This week and next</source>
        <translation>本周与下周</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete publicity item {title}</source>
        <translation>删除宣传事项 {title}</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n publicity item(s)</source>
        <translation>
            <numerusform>删除 %n 项宣传事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
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
</TS>
