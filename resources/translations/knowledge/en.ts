<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticlesTab</name>
    <message numerus="yes">
        <source>The first %n articles are shown: search to narrow them.</source>
        <translation>
            <numerusform>The first %n article is shown: search to narrow it.</numerusform>
            <numerusform>The first %n articles are shown: search to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n feedback round(s)</source>
        <translation>
            <numerusform>Delete %n feedback round</numerusform>
            <numerusform>Delete %n feedback rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>{name} has %n problem; nothing was imported.</numerusform>
            <numerusform>{name} has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message numerus="yes">
        <source>%n article(s) written to {name}</source>
        <translation>
            <numerusform>%n article written to {name}</numerusform>
            <numerusform>%n articles written to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to {name}</source>
        <translation>
            <numerusform>%n page written to {name}</numerusform>
            <numerusform>%n pages written to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeTile</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{question} — %n ticket(s)</source>
        <translation>
            <numerusform>{question} — %n ticket</numerusform>
            <numerusform>{question} — %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
</TS>
