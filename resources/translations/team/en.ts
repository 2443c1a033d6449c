<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>OverdueContactsTile</name>
    <message numerus="yes">
        <source>%n stakeholder(s) overdue for contact as of {date}:</source>
        <translation>
            <numerusform>%n stakeholder overdue for contact as of {date}:</numerusform>
            <numerusform>%n stakeholders overdue for contact as of {date}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message numerus="yes">
        <source>%n stakeholder(s) overdue for contact</source>
        <translation>
            <numerusform>%n stakeholder overdue for contact</numerusform>
            <numerusform>%n stakeholders overdue for contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) break the RACI rule (one A, at least one R)</source>
        <translation>
            <numerusform>%n task break the RACI rule (one A, at least one R)</numerusform>
            <numerusform>%n tasks break the RACI rule (one A, at least one R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n stakeholder(s)</source>
        <translation>
            <numerusform>Delete %n stakeholder</numerusform>
            <numerusform>Delete %n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the team</source>
        <translation>
            <numerusform>Remove %n member from the team</numerusform>
            <numerusform>Remove %n members from the team</numerusform>
        </translation>
    </message>
</context>
</TS>
