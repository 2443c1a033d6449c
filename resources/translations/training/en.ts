<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrainingTile</name>
    <message numerus="yes">
        <source>%n person(s) without training for a go-live within {days} days</source>
        <translation>
            <numerusform>%n person without training for a go-live within {days} days</numerusform>
            <numerusform>%n people without training for a go-live within {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in the next 7 days</source>
        <translation>
            <numerusform>%n session in the next 7 days</numerusform>
            <numerusform>%n sessions in the next 7 days</numerusform>
        </translation>
    </message>
</context>
</TS>
