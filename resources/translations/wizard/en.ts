<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DepartmentsPage</name>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n people in the departments (as given)</source>
        <translation>
            <numerusform>%n person in the departments (as given)</numerusform>
            <numerusform>%n people in the departments (as given)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s) after the pilot</source>
        <translation>
            <numerusform>%n wave after the pilot</numerusform>
            <numerusform>%n waves after the pilot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) and milestone(s)</source>
        <translation>
            <numerusform>%n task or milestone</numerusform>
            <numerusform>%n tasks and milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dependency(ies)</source>
        <translation>
            <numerusform>%n dependency</numerusform>
            <numerusform>%n dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team role(s) to fill</source>
        <translation>
            <numerusform>%n team role to fill</numerusform>
            <numerusform>%n team roles to fill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n KPI(s) with baseline and target</source>
        <translation>
            <numerusform>%n KPI with baseline and target</numerusform>
            <numerusform>%n KPIs with baseline and target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) with mitigation and contingency</source>
        <translation>
            <numerusform>%n risk with mitigation and contingency</numerusform>
            <numerusform>%n risks with mitigation and contingency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publicity item(s) tied to milestones</source>
        <translation>
            <numerusform>%n publicity item tied to milestones</numerusform>
            <numerusform>%n publicity items tied to milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) with sessions per wave and department</source>
        <translation>
            <numerusform>%n course with sessions per wave and department</numerusform>
            <numerusform>%n courses with sessions per wave and department</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WavesPage</name>
    <message numerus="yes">
        <source>Pilot: %n department(s)</source>
        <translation>
            <numerusform>Pilot: %n department</numerusform>
            <numerusform>Pilot: %n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n department(s)</source>
        <translation>
            <numerusform>%n department</numerusform>
            <numerusform>%n departments</numerusform>
        </translation>
    </message>
</context>
</TS>
