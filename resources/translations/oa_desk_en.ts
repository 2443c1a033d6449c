<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>Exceptions (%n)</source>
        <translation>
            <numerusform>Exceptions (%n)</numerusform>
            <numerusform>Exceptions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message numerus="yes">
        <source>Exported the plan to {name} (%Ln row).</source>
        <translation>
            <numerusform>Exported the plan to {name} (%Ln row).</numerusform>
            <numerusform>Exported the plan to {name} (%Ln row).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the plan to {name} (%Ln rows).</source>
        <translation>
            <numerusform>Exported the plan to {name} (%Ln rows).</numerusform>
            <numerusform>Exported the plan to {name} (%Ln rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln problem to {name}.</source>
        <translation>
            <numerusform>Wrote %Ln problem to {name}.</numerusform>
            <numerusform>Wrote %Ln problem to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln problems to {name}.</source>
        <translation>
            <numerusform>Wrote %Ln problems to {name}.</numerusform>
            <numerusform>Wrote %Ln problems to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person imported</source>
        <translation>
            <numerusform>%Ln person imported</numerusform>
            <numerusform>%Ln person imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people imported</source>
        <translation>
            <numerusform>%Ln people imported</numerusform>
            <numerusform>%Ln people imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department imported</source>
        <translation>
            <numerusform>%Ln department imported</numerusform>
            <numerusform>%Ln department imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln departments imported</source>
        <translation>
            <numerusform>%Ln departments imported</numerusform>
            <numerusform>%Ln departments imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirement imported</source>
        <translation>
            <numerusform>%Ln requirement imported</numerusform>
            <numerusform>%Ln requirement imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirements imported</source>
        <translation>
            <numerusform>%Ln requirements imported</numerusform>
            <numerusform>%Ln requirements imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task imported</source>
        <translation>
            <numerusform>%Ln task imported</numerusform>
            <numerusform>%Ln task imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks imported</source>
        <translation>
            <numerusform>%Ln tasks imported</numerusform>
            <numerusform>%Ln tasks imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adoption figure imported</source>
        <translation>
            <numerusform>%Ln adoption figure imported</numerusform>
            <numerusform>%Ln adoption figure imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln adoption figures imported</source>
        <translation>
            <numerusform>%Ln adoption figures imported</numerusform>
            <numerusform>%Ln adoption figures imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback result imported</source>
        <translation>
            <numerusform>%Ln feedback result imported</numerusform>
            <numerusform>%Ln feedback result imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback results imported</source>
        <translation>
            <numerusform>%Ln feedback results imported</numerusform>
            <numerusform>%Ln feedback results imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row imported</source>
        <translation>
            <numerusform>%Ln row imported</numerusform>
            <numerusform>%Ln row imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows imported</source>
        <translation>
            <numerusform>%Ln rows imported</numerusform>
            <numerusform>%Ln rows imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
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
    <message numerus="yes">
        <source>%n milestone(s) reached so far.</source>
        <translation>
            <numerusform>%n milestone reached so far.</numerusform>
            <numerusform>%n milestones reached so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n error stops the import: fix it in the file and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n error stops the import: fix it in the file and import it again. Nothing has been written.</numerusform>
            <numerusform>%n error stops the import: fix it in the file and import it again. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors stop the import: fix them in the file and import it again. Nothing has been written.</source>
        <translation>
            <numerusform>%n errors stop the import: fix them in the file and import it again. Nothing has been written.</numerusform>
            <numerusform>%n errors stop the import: fix them in the file and import it again. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import, with %n warning: that row is imported as shown; check it on the Problems tab.</source>
        <translation>
            <numerusform>Ready to import, with %n warning: that row is imported as shown; check it on the Problems tab.</numerusform>
            <numerusform>Ready to import, with %n warning: that row is imported as shown; check it on the Problems tab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to import, with %n warnings: those rows are imported as shown; check them on the Problems tab.</source>
        <translation>
            <numerusform>Ready to import, with %n warnings: those rows are imported as shown; check them on the Problems tab.</numerusform>
            <numerusform>Ready to import, with %n warnings: those rows are imported as shown; check them on the Problems tab.</numerusform>
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
    <message numerus="yes">
        <source>Baselines (%n)</source>
        <translation>
            <numerusform>Baselines (%n)</numerusform>
            <numerusform>Baselines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
