<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Delete {name} from the diary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes {name}&apos;s details with {what}.

Undo (Ctrl+Z) brings all of it back while the app stays open; the daily backups keep it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Twitch Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us about your baby first. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which baby you are logging for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;Backup Place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each day&apos;s backup, with the videos, on a USB stick, another disk or a synced folder too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Backing Up Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second place for the daily backups ({where})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second place for the backups (another disk or a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder is inside the diary&apos;s own folder: a second place must be somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {place} ({name}). Each day&apos;s backup goes there too from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in the diary&apos;s folder only (the copies made elsewhere stay there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a video of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the {kind} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to write a note on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time an episode first (E), then attach its video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · just woke at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · no sleep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {kind} since {start} · {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awake · taps are logged as awake · Asleep again or S starts the next sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · taps are logged outside a sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode {length} — press E or hold Space to stop
{tip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was NOT logged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the forgotten sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} from {start} was still running with nothing logged since {last}: it was ended then, {length} long. Ctrl+Z takes that back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged {time}, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sleep start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep started {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sleep end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep ended {time} after {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode started — timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode logged {time}, {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no twitch or episode to mark yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked: the {what} at {time} woke the baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged {sign} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baby is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause length saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a sign: {sign}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log that you saw this, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the episode questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode at {time}, {length} long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 logged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n logged records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside a sleep: %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a sleep to see its timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this sleep&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance could not be read from the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the diary as it was on an earlier day (the current one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished">No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>{name} was deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long was the pause in breathing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print checkup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup report: print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export checkup report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print checkup report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;sleeps as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the checkup report for the review&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the checkup report&apos;s pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the baby&apos;s events as a spreadsheet file (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the baby&apos;s sleeps as a spreadsheet file (CSV): length, counts and rate of each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a baby first; there is nothing to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save checkup report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the checkup report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the checkup report to the printer ({pages} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sleeps as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}&apos;s {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command you can reach from the keyboard, and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baby is {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap anywhere here to log a twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap anywhere or press Space for each twitch · hold Space or press E to time a longer episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first tap starts a sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch this sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitches this sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last twitch {ago} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no sleep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · asleep {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: asleep since {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No video is attached to this episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video “{name}” is no longer at {folder}: it may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode is kept; choose the file again in the episode&apos;s editor to attach it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer would open “{name}”. Install a video player, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Twitch Diary</source>
        <translation>Acerca de Twitch Diary</translation>
    </message>
    <message>
        <source>A diary of a baby&apos;s sleep twitches: log them at the bedside, review them before a checkup. It never diagnoses.</source>
        <translation>Un diario de los sobresaltos del bebé durante el sueño: anótelos junto a la cuna y revíselos antes de la consulta. Nunca da un diagnóstico.</translation>
    </message>
    <message>
        <source>Free software under the %1.</source>
        <translation>Software libre bajo la %1.</translation>
    </message>
    <message>
        <source>Your diary is kept in this folder:</source>
        <translation>Su diario se guarda en esta carpeta:</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Could not open the folder</source>
        <translation>No se pudo abrir la carpeta</translation>
    </message>
    <message>
        <source>No file manager opened the folder. You can find it here:
%1</source>
        <translation>Ningún gestor de archivos abrió la carpeta. La encontrará aquí:
%1</translation>
    </message>
    <message>
        <source>About Twitch Diary…</source>
        <translation>Acerca de Twitch Diary…</translation>
    </message>
</context>
<context>
    <name>BabyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}&apos;s twin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a baby</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BabyForm</name>
    <message>
        <source>Baby&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the due date if the baby was born early or late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth weight in grams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 3200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family history (parents, brothers or sisters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the pediatrician should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the birth weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the family history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic.</translation>
    </message>
    <message>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to see all it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the sleep: {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It woke the baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the pause lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;pause lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a clip you took (file or link, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the video in the video player</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceCommand</name>
    <message>
        <source>{events} in {sleeps}</source>
        <translation>{events} en {sleeps}</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleep(s)</source>
        <translation>
            <numerusform>%n sueño</numerusform>
            <numerusform>%n sueños</numerusform>
        </translation>
    </message>
    <message>
        <source>{label}: {where} (see them in the app&apos;s review).</source>
        <translation>{label}: {where} (puede verlos en la revisión de la aplicación).</translation>
    </message>
    <message>
        <source>Guidance for {name} as of {day}</source>
        <translation>Orientación para {name} a fecha de {day}</translation>
    </message>
</context>
<context>
    <name>GuidanceText</name>
    <message>
        <source>{seen} {meaning} {why} What to do: {action}</source>
        <translation>{seen} {meaning} {why} Qué hacer: {action}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sleeps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a baby to start the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeps of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sleeps yet for {name}.

Start one at the bedside (press S), or add a past sleep by hand with “Add a past sleep”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep changed. Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event changed. Undo (Ctrl+Z) puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Twitch Diary cannot open your diary</source>
        <translation>Twitch Diary no puede abrir su diario</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup not made: {reason}</source>
        <translation>No se hizo la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Twitch Diary is already open</source>
        <translation>Twitch Diary ya está abierto</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>.</source>
        <comment>decimal mark</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>daily backup</source>
        <translation>copia de seguridad diaria</translation>
    </message>
    <message>
        <source>copy made before an update</source>
        <translation>copia hecha antes de una actualización</translation>
    </message>
    <message>
        <source>diary kept aside by a restore</source>
        <translation>diario apartado al restaurar</translation>
    </message>
    <message>
        <source>in {place}</source>
        <translation>en {place}</translation>
    </message>
    <message>
        <source>Your diary is safe in that file; a newer Twitch Diary can open it.</source>
        <translation>Su diario está a salvo en ese archivo; una versión más nueva de Twitch Diary puede abrirlo.</translation>
    </message>
    <message>
        <source>There is no backup to restore yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <source>You can restore the latest backup ({when}). The file as it is now is kept beside it.</source>
        <translation>Puede restaurar la última copia de seguridad ({when}). El archivo tal como está ahora se guarda a su lado.</translation>
    </message>
    <message>
        <source>Twitch Diary cannot open your diary</source>
        <translation>Twitch Diary no puede abrir su diario</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore the diary as it was at (the diary as it is now is kept aside):</source>
        <translation>Restaurar el diario tal como estaba el (el diario tal como está ahora se guarda aparte):</translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <source>Set checkup date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the range “Since the checkup date” from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days the review shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count weeks of age from the birth or the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the last checkup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The checkup date was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a baby to see the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the last checkup and press “Set checkup date”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected age (from the due date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age since birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} of {2}. A night counts for the day it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepDialog</name>
    <message>
        <source>Edit sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a past sleep for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still asleep (sleep in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SleepVideos</name>
    <message>
        <source>Videos of this sleep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open video of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play {0} in this computer&apos;s video player</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
