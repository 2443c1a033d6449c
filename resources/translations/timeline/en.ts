<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BaselineView</name>
    <message numerus="yes">
        <source>Baselines (%n)</source>
        <translation>
            <numerusform>Baselines (%n)</numerusform>
            <numerusform>Baselines (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Exceptions (%n)</numerusform>
            <numerusform>Exceptions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {name}; nothing was imported:</source>
        <translation>
            <numerusform>%n problem in {name}; nothing was imported:</numerusform>
            <numerusform>%n problems in {name}; nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineClipboard</name>
    <message numerus="yes">
        <source>Copied %n task(s).</source>
        <translation>
            <numerusform>Copied %n task.</numerusform>
            <numerusform>Copied %n tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total float: %n working day(s)</source>
        <translation>
            <numerusform>Total float: %n working day</numerusform>
            <numerusform>Total float: %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>%n task shown</numerusform>
            <numerusform>%n tasks shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Paste %n task</numerusform>
            <numerusform>Paste %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n task(s)</source>
        <translation>
            <numerusform>Duplicate %n task</numerusform>
            <numerusform>Duplicate %n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
