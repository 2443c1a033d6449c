<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardCharts</name>
    <message numerus="yes">
        <source>%n task(s) late</source>
        <translation>
            <numerusform>%n task late</numerusform>
            <numerusform>%n tasks late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical task(s) slipping</source>
        <translation>
            <numerusform>%n critical task slipping</numerusform>
            <numerusform>%n critical tasks slipping</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s)</source>
        <translation>
            <numerusform>%n open ticket</numerusform>
            <numerusform>%n open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past SLA</source>
        <translation>
            <numerusform>%n past SLA</numerusform>
            <numerusform>%n past SLA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n milestone(s) reached so far.</source>
        <translation>
            <numerusform>%n milestone reached so far.</numerusform>
            <numerusform>%n milestones reached so far.</numerusform>
        </translation>
    </message>
</context>
</TS>
