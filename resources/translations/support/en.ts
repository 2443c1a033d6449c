<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TicketsTab</name>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>Assign %n ticket(s) to {who}</source>
        <translation>
            <numerusform>Assign %n ticket to {who}</numerusform>
            <numerusform>Assign %n tickets to {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n ticket(s) to {status}</source>
        <translation>
            <numerusform>Set %n ticket to {status}</numerusform>
            <numerusform>Set %n tickets to {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n ticket(s) to priority {priority}</source>
        <translation>
            <numerusform>Set %n ticket to priority {priority}</numerusform>
            <numerusform>Set %n tickets to priority {priority}</numerusform>
        </translation>
    </message>
</context>
</TS>
