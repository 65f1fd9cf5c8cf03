<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgeWords</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidanceCommand</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleep(s)</source>
        <translation>
            <numerusform>%n sleep</numerusform>
            <numerusform>%n sleeps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidancePanelWords</name>
    <message numerus="yes">
        <source>%n logged record(s)</source>
        <translation>
            <numerusform>%n logged record</numerusform>
            <numerusform>%n logged records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n event(s) in {sleep}</source>
        <translation>
            <numerusform>%n event in {sleep}</numerusform>
            <numerusform>%n events in {sleep}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {sleep} with its %n event(s). Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>Deleted {sleep} with its %n event. Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Deleted {sleep} with its %n events. Undo (Ctrl+Z) brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Saved the checkup report for {name}, {period}, to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Saved the checkup report for {name}, {period}, to {path} (%n page).</numerusform>
            <numerusform>Saved the checkup report for {name}, {period}, to {path} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
