<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RequirementsPage</name>
    <message numerus="yes">
        <source>%n requirement(s)</source>
        <translation>
            <numerusform>%n requirement</numerusform>
            <numerusform>%n requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of {department}</source>
        <translation>
            <numerusform>%n requirement of {department}</numerusform>
            <numerusform>%n requirements of {department}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n requirement(s)</source>
        <translation>
            <numerusform>Delete %n requirement</numerusform>
            <numerusform>Delete %n requirements</numerusform>
        </translation>
    </message>
</context>
</TS>
