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
    <name>ArgparseWords</name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
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
    <name>DesktopEntryCommand</name>
    <message numerus="yes">
        <source>Installed the menu entry {path} and %n icon and metainfo file(s).</source>
        <translation>
            <numerusform>Installed the menu entry {path} and %n icon and metainfo file.</numerusform>
            <numerusform>Installed the menu entry {path} and %n icon and metainfo files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the menu entry and %n icon and metainfo file(s).</source>
        <translation>
            <numerusform>Removed the menu entry and %n icon and metainfo file.</numerusform>
            <numerusform>Removed the menu entry and %n icon and metainfo files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderSyncWords</name>
    <message numerus="yes">
        <source>Synced {time} with %n other device(s)</source>
        <translation>
            <numerusform>Synced {time} with %n other device</numerusform>
            <numerusform>Synced {time} with %n other devices</numerusform>
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
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%n record(s) already in the diary, left as they were.</source>
        <translation>
            <numerusform>%n record was already in the diary and left as they were.</numerusform>
            <numerusform>%n records were already in the diary and left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message numerus="yes">
        <source>Merged {counts} record(s).</source>
        <translation>
            <numerusform>Merged {counts} record.</numerusform>
            <numerusform>Merged {counts} records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged on both devices, now one sleep each.</source>
        <translation>
            <numerusform>%n night logged on both devices is now one sleep.</numerusform>
            <numerusform>%n nights logged on both devices are now one sleep each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>Refused: %n problem(s). Nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>Refused: %n problem. Nothing can be imported until it is fixed.</numerusform>
            <numerusform>Refused: %n problems. Nothing can be imported until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n baby(-ies)</source>
        <translation>
            <numerusform>%n baby</numerusform>
            <numerusform>%n babies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleep(s)</source>
        <translation>
            <numerusform>%n sleep</numerusform>
            <numerusform>%n sleeps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
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
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>%n attached video(s) put back where they were.</source>
        <translation>
            <numerusform>%n attached video was put back where they were.</numerusform>
            <numerusform>%n attached videos were put back where they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Received %n change</numerusform>
            <numerusform>Received %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s)</source>
        <translation>
            <numerusform>from %n file</numerusform>
            <numerusform>from %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n other device(s)</source>
        <translation>
            <numerusform>of %n other device</numerusform>
            <numerusform>of %n other devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not complete yet (still being copied?); read at the next sync: {names}</source>
        <translation>
            <numerusform>%n file not complete yet (still being copied?); read at the next sync: {names}</numerusform>
            <numerusform>%n files not complete yet (still being copied?); read at the next sync: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s %n change(s) could not be written to the shared folder ({problem}); nothing is lost: they are kept here and go out at the next sync.</source>
        <translation>
            <numerusform>This computer&apos;s %n change could not be written to the shared folder ({problem}); nothing is lost: it is kept here and goes out at the next sync.</numerusform>
            <numerusform>This computer&apos;s %n changes could not be written to the shared folder ({problem}); nothing is lost: they are kept here and go out at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of other devices cannot be read or merged either.</source>
        <translation>
            <numerusform>%n more file of other devices cannot be read or merged either.</numerusform>
            <numerusform>%n more files of other devices cannot be read or merged either.</numerusform>
        </translation>
    </message>
</context>
</TS>
