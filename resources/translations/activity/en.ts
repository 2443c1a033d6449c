<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%n row(s) in {where}</source>
        <translation>
            <numerusform>%n row in {where}</numerusform>
            <numerusform>%n rows in {where}</numerusform>
        </translation>
    </message>
</context>
</TS>
