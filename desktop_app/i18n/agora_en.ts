<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClassPanel</name>
    <message numerus="yes">
        <source>Join: %1
Code: %2
%n joined</source>
        <translation>
            <numerusform>Join: %1
Code: %2
%n joined</numerusform>
            <numerusform>Join: %1
Code: %2
%n joined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassRoom</name>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n joined</numerusform>
            <numerusform>%n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message numerus="yes">
        <source>%n students joined</source>
        <translation>
            <numerusform>%n student joined</numerusform>
            <numerusform>%n students joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message numerus="yes">
        <source>%1, %2 of %n understood</source>
        <translation>
            <numerusform>%1, %2 of %n understood</numerusform>
            <numerusform>%1, %2 of %n understood</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%1 of %n cards</source>
        <translation>
            <numerusform>%1 of %n card</numerusform>
            <numerusform>%1 of %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message numerus="yes">
        <source>… and %n more (run `agora check` for the full list)</source>
        <translation>
            <numerusform>… and %n more (run `agora check` for the full list)</numerusform>
            <numerusform>… and %n more (run `agora check` for the full list)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message numerus="yes">
        <source>Whole deck (%n questions)</source>
        <translation>
            <numerusform>Whole deck (%n question)</numerusform>
            <numerusform>Whole deck (%n questions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n right.</source>
        <translation>
            <numerusform>Done: %1 of %n right.</numerusform>
            <numerusform>Done: %1 of %n right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n to review.</numerusform>
            <numerusform>%n to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %n · score %2/%3</source>
        <translation>
            <numerusform>Question %1 of %n · score %2/%3</numerusform>
            <numerusform>Question %1 of %n · score %2/%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_HiddenLines</name>
    <message numerus="yes">
        <source>%n more not shown here</source>
        <translation>
            <numerusform>%n more not shown here</numerusform>
            <numerusform>%n more not shown here</numerusform>
        </translation>
    </message>
</context>
</TS>
