<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdoptionPage</name>
    <message numerus="yes">
        <source>%n department(s) below target this month.</source>
        <translation>
            <numerusform>%n department below target this month.</numerusform>
            <numerusform>%n departments below target this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved {path} (%n department(s))</source>
        <translation>
            <numerusform>Saved {path} (%n department)</numerusform>
            <numerusform>Saved {path} (%n departments)</numerusform>
        </translation>
    </message>
</context>
</TS>
