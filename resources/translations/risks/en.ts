<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RisksPage</name>
    <message numerus="yes">
        <source>%n live risk(s)</source>
        <translation>
            <numerusform>%n live risk</numerusform>
            <numerusform>%n live risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>Delete %n risk</numerusform>
            <numerusform>Delete %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopRisksTile</name>
    <message numerus="yes">
        <source>%n live risk(s)</source>
        <translation>
            <numerusform>%n live risk</numerusform>
            <numerusform>%n live risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) overdue</source>
        <translation>
            <numerusform>%n review overdue</numerusform>
            <numerusform>%n reviews overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
