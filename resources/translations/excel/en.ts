<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
