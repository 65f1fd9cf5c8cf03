<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>AgeText</name>
    <message>
        <source>born today</source>
        <translation>nació hoy</translation>
    </message>
    <message>
        <source>{age} old</source>
        <translation>{age} de edad</translation>
    </message>
    <message>
        <source>; born at {age}</source>
        <translation>; nació con {age} de gestación</translation>
    </message>
    <message>
        <source> — corrected age {age}</source>
        <translation> — edad corregida {age}</translation>
    </message>
    <message>
        <source> — {age} before the due date</source>
        <translation> — {age} antes de la fecha prevista de parto</translation>
    </message>
</context>
<context>
    <name>AgeWords</name>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el valor explícito %r</translation>
    </message>
</context>
<context>
    <name>ArgparseWords</name>
    <message numerus="yes">
        <source>expected %s argument(s)</source>
        <translation>
            <numerusform>se esperaba %s argumento</numerusform>
            <numerusform>se esperaban %s argumentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BabyDelete</name>
    <message>
        <source>Delete {name} from the diary?</source>
        <translation>¿Borrar a {name} del diario?</translation>
    </message>
    <message>
        <source>This deletes {name}&apos;s details with {what}.

Undo (Ctrl+Z) brings all of it back while the app stays open; the daily backups keep it too.</source>
        <translation>Esto borra los datos de {name} con {what}.

Deshacer (Ctrl+Z) lo recupera todo mientras la aplicación siga abierta; las copias de seguridad diarias también lo guardan.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>BabyDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Add {name}&apos;s twin</source>
        <translation>Añadir al gemelo de {name}</translation>
    </message>
    <message>
        <source>Add a baby</source>
        <translation>Añadir un bebé</translation>
    </message>
</context>
<context>
    <name>BabyDoubles</name>
    <message>
        <source>Merge babies</source>
        <translation>Unir los bebés</translation>
    </message>
    <message>
        <source>Same baby twice?</source>
        <translation>¿El mismo bebé dos veces?</translation>
    </message>
    <message>
        <source>{name}, born {born}, is in the diary {count} times: entered on different devices. Merge them into one baby? Every sleep and event is kept; Undo puts them back.</source>
        <translation>{name}, nacido el {born}, está {count} veces en el diario: se anotó en dispositivos distintos. ¿Unirlos en un solo bebé? Se conservan todos los sueños y registros; Deshacer los vuelve a separar.</translation>
    </message>
    <message>
        <source>{name} is in the diary {count} times, with different birth dates ({dates}): perhaps one baby entered on two devices, with a mistake in one. If so, choose the right birth date to merge them into one baby. Every sleep and event is kept; Undo puts them back.</source>
        <translation>{name} está en el diario {count} veces, con fechas de nacimiento distintas ({dates}): quizá es un solo bebé anotado en dos dispositivos, con un error en uno. Si es así, elija la fecha de nacimiento correcta para unirlos en un solo bebé. Se conservan todos los sueños y registros; Deshacer los vuelve a separar.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Nació el {date}</translation>
    </message>
    <message>
        <source>Different babies</source>
        <translation>Son bebés distintos</translation>
    </message>
</context>
<context>
    <name>BabyForm</name>
    <message>
        <source>Baby&apos;s name</source>
        <translation>Nombre del bebé</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Due date known</source>
        <translation>Se sabe la fecha</translation>
    </message>
    <message>
        <source>Enter the due date if the baby was born early or late</source>
        <translation>Anote la fecha prevista de parto si el bebé nació antes o después de tiempo</translation>
    </message>
    <message>
        <source>Birth weight in grams</source>
        <translation>Peso al nacer en gramos</translation>
    </message>
    <message>
        <source>optional, e.g. 3200</source>
        <translation>opcional, p. ej. 3200</translation>
    </message>
    <message>
        <source>Family history (parents, brothers or sisters)</source>
        <translation>Antecedentes familiares (padres, hermanos o hermanas)</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Antecedentes familiares</translation>
    </message>
    <message>
        <source>Family history of {what}</source>
        <translation>Antecedentes familiares de {what}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything the pediatrician should know (optional)</source>
        <translation>Cualquier cosa que el pediatra deba saber (opcional)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Problem with the birth date</source>
        <translation>Problema con la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Problem with the due date</source>
        <translation>Problema con la fecha prevista de parto</translation>
    </message>
    <message>
        <source>Problem with the birth weight</source>
        <translation>Problema con el peso al nacer</translation>
    </message>
    <message>
        <source>Problem with the family history</source>
        <translation>Problema con los antecedentes familiares</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>D&amp;ue date</source>
        <translation>Fecha &amp;prevista</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>Birth &amp;weight</source>
        <translation>&amp;Peso al nacer</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Another baby in this diary is already called {name}.</source>
        <translation>Ya hay otro bebé en este diario que se llama {name}.</translation>
    </message>
</context>
<context>
    <name>BabyMerge</name>
    <message>
        <source>Merged the two records of {name}: {records} moved.</source>
        <translation>Se unieron los dos registros de {name}: se movieron {records}.</translation>
    </message>
    <message>
        <source>Give the ids of two different babies in this diary (see &apos;twitch-diary babies&apos;).</source>
        <translation>Indique los id de dos bebés distintos de este diario (vea «twitch-diary babies»).</translation>
    </message>
    <message>
        <source>A sleep of each would join into one over 24 hours ({start}); edit one of them first. Nothing was changed.</source>
        <translation>Un sueño de cada uno se juntaría en uno de más de 24 horas ({start}); corrija antes uno de ellos. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>BabyPicker</name>
    <message>
        <source>Welcome to Twitch Diary</source>
        <translation>Bienvenido a Twitch Diary</translation>
    </message>
    <message>
        <source>Tell us about your baby first. Everything stays on this computer.</source>
        <translation>Primero háblenos de su bebé. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Which baby</source>
        <translation>Qué bebé</translation>
    </message>
    <message>
        <source>Which baby you are logging for</source>
        <translation>De qué bebé está anotando</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Twitch Diary</source>
        <translation>Twitch Diary</translation>
    </message>
</context>
<context>
    <name>BackupPlace</name>
    <message>
        <source>Second &amp;Backup Place…</source>
        <translation>Segundo lugar para las &amp;copias…</translation>
    </message>
    <message>
        <source>Keep each day&apos;s backup, with the videos, on a USB stick, another disk or a synced folder too</source>
        <translation>Guardar también la copia de cada día, con los vídeos, en una memoria USB, otro disco o una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Stop Backing Up Elsewhere</source>
        <translation>Dejar de hacer copias en otro lugar</translation>
    </message>
    <message>
        <source>now: {place}</source>
        <translation>ahora: {place}</translation>
    </message>
    <message>
        <source>none chosen yet</source>
        <translation>todavía no se eligió ninguno</translation>
    </message>
    <message>
        <source>A second place for the daily backups ({where})</source>
        <translation>Un segundo lugar para las copias de seguridad diarias ({where})</translation>
    </message>
    <message>
        <source>Choose a second place for the backups (another disk or a USB stick)</source>
        <translation>Elija un segundo lugar para las copias (otro disco o una memoria USB)</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Elija otro lugar</translation>
    </message>
    <message>
        <source>That folder is inside the diary&apos;s own folder: a second place must be somewhere else.</source>
        <translation>Esa carpeta está dentro de la carpeta del propio diario: el segundo lugar tiene que estar en otra parte.</translation>
    </message>
    <message>
        <source>The backup could not be made there</source>
        <translation>No se pudo hacer la copia allí</translation>
    </message>
    <message>
        <source>Backed up to {place} ({name}). Each day&apos;s backup goes there too from now on.</source>
        <translation>Copia hecha en {place} ({name}). A partir de ahora, la copia de cada día también irá allí.</translation>
    </message>
    <message>
        <source>Backups are kept in the diary&apos;s folder only (the copies made elsewhere stay there).</source>
        <translation>Las copias se guardan solo en la carpeta del diario (las que se hicieron en otro lugar se quedan allí).</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Acknowledge this message</source>
        <translation>Confirmar que ha leído este mensaje</translation>
    </message>
</context>
<context>
    <name>Bedside</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>{name} · just woke at {time}</source>
        <translation>{name} · se acaba de despertar a las {time}</translation>
    </message>
    <message>
        <source>{name} · no sleep running</source>
        <translation>{name} · ningún sueño en curso</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Siesta</translation>
    </message>
    <message>
        <source>{name} · {kind} since {start} · {length}</source>
        <translation>{name} · {kind} desde las {start} · {length}</translation>
    </message>
    <message>
        <source>awake · taps are logged as awake · Asleep again or S starts the next sleep</source>
        <translation>despierto · los toques se anotan como despierto · «Dormido otra vez» o S empieza el siguiente sueño</translation>
    </message>
    <message>
        <source>{state} · taps are logged outside a sleep</source>
        <translation>{state} · los toques se anotan fuera de un sueño</translation>
    </message>
    <message>
        <source>End &amp;sleep</source>
        <translation>Terminar el &amp;sueño</translation>
    </message>
    <message>
        <source>Start &amp;sleep</source>
        <translation>Empezar el &amp;sueño</translation>
    </message>
    <message>
        <source>End &amp;episode</source>
        <translation>Terminar el &amp;episodio</translation>
    </message>
    <message>
        <source>Start &amp;episode</source>
        <translation>Empezar un &amp;episodio</translation>
    </message>
    <message>
        <source>Episode {length} — press E or hold Space to stop</source>
        <translation>Episodio {length} — pulse E o mantenga la barra espaciadora para parar</translation>
    </message>
    <message>
        <source>{what} was NOT logged: {reason}</source>
        <translation>{what} NO se anotó: {reason}</translation>
    </message>
    <message>
        <source>The end of the forgotten sleep</source>
        <translation>El final del sueño olvidado</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>nap</source>
        <translation>siesta</translation>
    </message>
    <message>
        <source>The {kind} from {start} was still running with nothing logged since {last}: it was ended then, {length} long. Ctrl+Z takes that back.</source>
        <translation>La {kind} de las {start} seguía en curso sin nada anotado desde las {last}: se terminó entonces, con {length} de duración. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>The twitch</source>
        <translation>La sacudida</translation>
    </message>
    <message>
        <source>logged {time}</source>
        <translation>anotada a las {time}</translation>
    </message>
    <message>
        <source>logged {time}, {state}</source>
        <translation>anotada a las {time}, {state}</translation>
    </message>
    <message>
        <source>The sleep start</source>
        <translation>El inicio del sueño</translation>
    </message>
    <message>
        <source>sleep started {time}</source>
        <translation>sueño empezado a las {time}</translation>
    </message>
    <message>
        <source>The sleep end</source>
        <translation>El final del sueño</translation>
    </message>
    <message>
        <source>sleep ended {time} after {length}</source>
        <translation>sueño terminado a las {time} tras {length}</translation>
    </message>
    <message>
        <source>episode started — timing</source>
        <translation>episodio empezado — midiendo</translation>
    </message>
    <message>
        <source>The episode</source>
        <translation>El episodio</translation>
    </message>
    <message>
        <source>episode logged {time}, {length}</source>
        <translation>episodio anotado a las {time}, {length}</translation>
    </message>
    <message>
        <source>There is no twitch or episode to mark yet.</source>
        <translation>Todavía no hay ninguna sacudida ni episodio que marcar.</translation>
    </message>
    <message>
        <source>The mark</source>
        <translation>La marca</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>el episodio</translation>
    </message>
    <message>
        <source>twitch</source>
        <translation>la sacudida</translation>
    </message>
    <message>
        <source>marked: the {what} at {time} woke the baby</source>
        <translation>marcado: {what} de las {time} despertó al bebé</translation>
    </message>
    <message>
        <source>The sign</source>
        <translation>La señal</translation>
    </message>
    <message>
        <source>logged {sign} {time}</source>
        <translation>anotado: {sign}, {time}</translation>
    </message>
    <message>
        <source>the baby is {state}</source>
        <translation>el bebé está {state}</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>answer saved</source>
        <translation>respuesta guardada</translation>
    </message>
    <message>
        <source>The pause length</source>
        <translation>La duración de la pausa</translation>
    </message>
    <message>
        <source>pause length saved</source>
        <translation>duración de la pausa guardada</translation>
    </message>
</context>
<context>
    <name>BedsideDialogs</name>
    <message>
        <source>Videos (*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mov *.m4v *.webm *.mkv *.avi *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Attach a video of the episode</source>
        <translation>Adjuntar un vídeo del episodio</translation>
    </message>
</context>
<context>
    <name>BedsideNotes</name>
    <message>
        <source>Note on the {kind} at {time}</source>
        <translation>Nota sobre {kind} de las {time}</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>Note on this sleep</source>
        <translation>Nota sobre este sueño</translation>
    </message>
    <message>
        <source>There is nothing to write a note on yet.</source>
        <translation>Todavía no hay nada sobre lo que escribir una nota.</translation>
    </message>
    <message>
        <source>note saved</source>
        <translation>nota guardada</translation>
    </message>
    <message>
        <source>Time an episode first (E), then attach its video.</source>
        <translation>Primero mida un episodio (E) y después adjunte su vídeo.</translation>
    </message>
    <message>
        <source>The video</source>
        <translation>El vídeo</translation>
    </message>
    <message>
        <source>video attached</source>
        <translation>vídeo adjuntado</translation>
    </message>
</context>
<context>
    <name>BusyDiary</name>
    <message>
        <source>Twitch Diary is waiting</source>
        <translation>Twitch Diary está esperando</translation>
    </message>
    <message>
        <source>Don&apos;t Wait</source>
        <translation>No esperar</translation>
    </message>
    <message>
        <source>Another Twitch Diary command ({what}) is working on this diary ({folder}). The window opens by itself as soon as it has finished, usually within seconds; taps can be logged from then on.</source>
        <translation>Otra orden de Twitch Diary ({what}) está trabajando en este diario ({folder}). La ventana se abre sola en cuanto termine, normalmente en unos segundos; desde entonces se pueden anotar los toques.</translation>
    </message>
    <message>
        <source>waiting for {what} on {folder} to finish; the window opens then</source>
        <translation>esperando a que termine {what} en {folder}; la ventana se abrirá entonces</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Save chart…</source>
        <translation>Guardar el gráfico…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture or an SVG drawing</source>
        <translation>Guardar este gráfico como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>No se guardó el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be saved: {0}</source>
        <translation>No se pudo guardar el gráfico: {0}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>too little data (under 1 h of sleep)</source>
        <translation>muy pocos datos (menos de 1 h de sueño)</translation>
    </message>
    <message>
        <source>Corrected age (weeks)</source>
        <translation>Edad corregida (semanas)</translation>
    </message>
    <message>
        <source>Age since birth (weeks)</source>
        <translation>Edad desde el nacimiento (semanas)</translation>
    </message>
    <message>
        <source>No sleep logged in this period</source>
        <translation>No se anotó ningún sueño en este periodo</translation>
    </message>
    <message>
        <source>one sleep (bigger = longer)</source>
        <translation>un sueño (más grande = más largo)</translation>
    </message>
    <message>
        <source>middle half of the sleeps</source>
        <translation>mitad central de los sueños</translation>
    </message>
    <message>
        <source>weekly rate (all twitches ÷ all sleep)</source>
        <translation>frecuencia semanal (todas las sacudidas ÷ todo el sueño)</translation>
    </message>
    <message>
        <source>term-equivalent age</source>
        <translation>edad equivalente a término</translation>
    </message>
    <message>
        <source>Twitches per hour of sleep</source>
        <translation>Sacudidas por hora de sueño</translation>
    </message>
    <message>
        <source>Nothing logged in this period</source>
        <translation>No se anotó nada en este periodo</translation>
    </message>
    <message>
        <source>episodes in the week</source>
        <translation>episodios en la semana</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Episodios por semana</translation>
    </message>
    <message>
        <source>length of one episode</source>
        <translation>duración de un episodio</translation>
    </message>
    <message>
        <source>length, woke the baby</source>
        <translation>duración, despertó al bebé</translation>
    </message>
    <message>
        <source>Length of each episode (s)</source>
        <translation>Duración de cada episodio (s)</translation>
    </message>
    <message>
        <source>No twitches logged in this period</source>
        <translation>No se anotaron sacudidas en este periodo</translation>
    </message>
    <message>
        <source>Share of the week&apos;s twitches (%)</source>
        <translation>Sacudidas de la semana (%)</translation>
    </message>
    <message>
        <source>Time of day (local clock)</source>
        <translation>Hora del día (reloj local)</translation>
    </message>
    <message>
        <source>Twitches in that hour, whole week</source>
        <translation>Sacudidas en esa hora, toda la semana</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <source>twitch taps</source>
        <translation>toques de sacudida</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>señales</translation>
    </message>
    <message>
        <source>woke baby</source>
        <translation>despertó al bebé</translation>
    </message>
    <message>
        <source>Time since the sleep began (real elapsed hours)</source>
        <translation>Tiempo desde que empezó el sueño (horas reales transcurridas)</translation>
    </message>
    <message>
        <source>Minutes since the sleep began (real elapsed time)</source>
        <translation>Minutos desde que empezó el sueño (tiempo real transcurrido)</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Siesta</translation>
    </message>
    <message>
        <source>{kind} from {start}
{hours} h {minutes:02d} min · {twitches} twitches</source>
        <translation>{kind} del {start}
{hours} h {minutes:02d} min · {twitches} sacudidas</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message>
        <source>Log a sign: {sign}</source>
        <translation>Anotar una señal: {sign}</translation>
    </message>
    <message>
        <source>Log that you saw this, now</source>
        <translation>Anotar que lo ha visto, ahora</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>This file holds your baby&apos;s health diary: share it only with people you trust, such as your pediatrician.</source>
        <translation>Este archivo contiene el diario de salud de su bebé: compártalo solo con personas de confianza, como su pediatra.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>BORN</source>
        <translation>NACIMIENTO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FECHA PREVISTA</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>EDAD</translation>
    </message>
    <message>
        <source>CORRECTED AGE</source>
        <translation>EDAD CORREGIDA</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD</source>
        <translation>{text} no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{text} is outside the dates a diary can hold ({first} to {last})</source>
        <translation>{text} está fuera de las fechas que puede guardar un diario (de {first} a {last})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{text} must be a {kinds} file</source>
        <translation>{text} tiene que ser un archivo {kinds}</translation>
    </message>
    <message>
        <source>Log a baby&apos;s sleep twitches at the bedside and review them before a checkup. Without a command, opens the app window.</source>
        <translation>Anote las sacudidas del bebé durante el sueño junto a la cuna y revíselas antes de la consulta. Sin una orden, abre la ventana de la aplicación.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>folder of the diary (default: ${variable}, else {folder})</source>
        <translation>carpeta del diario (por defecto: ${variable}, si no {folder})</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>language of the window, the report and this text ({codes}; default: the system&apos;s)</source>
        <translation>idioma de la ventana, del informe y de este texto ({codes}; por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>use a separate demo diary with a sample baby (never your own diary)</source>
        <translation>usar un diario de demostración aparte con un bebé de ejemplo (nunca su propio diario)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>list the babies in the diary with their ages</source>
        <translation>mostrar los bebés del diario con sus edades</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>escribir JSON en lugar de una tabla</translation>
    </message>
    <message>
        <source>KEEP_ID</source>
        <translation>ID_A_CONSERVAR</translation>
    </message>
    <message>
        <source>OTHER_ID</source>
        <translation>OTRO_ID</translation>
    </message>
    <message>
        <source>one baby entered on two devices: move OTHER&apos;s sleeps and events to KEEP and remove OTHER</source>
        <translation>un mismo bebé anotado en dos dispositivos: pasar los sueños y registros de OTHER a KEEP y quitar OTHER</translation>
    </message>
    <message>
        <source>add the records of a JSON export to the diary</source>
        <translation>añadir al diario los registros de una exportación JSON</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>ARCHIVO.json</translation>
    </message>
    <message>
        <source>write the diary to JSON (lossless) or CSV (spreadsheets)</source>
        <translation>guardar el diario en JSON (sin pérdidas) o CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>FILE.json|FILE.csv</source>
        <translation>ARCHIVO.json|ARCHIVO.csv</translation>
    </message>
    <message>
        <source>ID_OR_NAME</source>
        <translation>ID_O_NOMBRE</translation>
    </message>
    <message>
        <source>only this baby (default: every baby)</source>
        <translation>solo este bebé (por defecto: todos)</translation>
    </message>
    <message>
        <source>CSV only: one row per event (the default) or one row per sleep</source>
        <translation>solo CSV: una fila por registro (por defecto) o una fila por sueño</translation>
    </message>
    <message>
        <source>JSON only: 2 (the default) carries change times and deletions for merging; 1 for older copies</source>
        <translation>solo JSON: 2 (por defecto) lleva las horas de cambio y los borrados para combinar; 1 para copias más antiguas</translation>
    </message>
    <message>
        <source>check the logged pattern against the warning signs</source>
        <translation>comparar el patrón anotado con las señales de alarma</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>judge as if this day were today</source>
        <translation>valorar como si este día fuera hoy</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>escribir un objeto JSON</translation>
    </message>
    <message>
        <source>save the checkup PDF for the pediatrician</source>
        <translation>guardar el PDF para la revisión con el pediatra</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>list the diary&apos;s backups, or restore one</source>
        <translation>mostrar las copias de seguridad del diario, o restaurar una</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>the backup to restore (see the list)</source>
        <translation>la copia que restaurar (vea la lista)</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>the second backup place (a USB stick, another disk) to list or restore from</source>
        <translation>el segundo lugar de copias (una memoria USB, otro disco) del que listar o restaurar</translation>
    </message>
    <message>
        <source>sync with the other caregivers&apos; devices through a shared folder</source>
        <translation>sincronizar con los dispositivos de los otros cuidadores a través de una carpeta compartida</translation>
    </message>
    <message>
        <source>set up sync with this folder</source>
        <translation>configurar la sincronización con esta carpeta</translation>
    </message>
    <message>
        <source>F</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>read the family passphrase from F</source>
        <translation>leer la contraseña de la familia del ARCHIVO</translation>
    </message>
    <message>
        <source>stop syncing (the folder is left as it is)</source>
        <translation>dejar de sincronizar (la carpeta se queda como está)</translation>
    </message>
    <message>
        <source>add this copy of the app to the Linux desktop&apos;s menu, or remove it</source>
        <translation>añadir esta copia de la aplicación al menú del escritorio de Linux, o quitarla</translation>
    </message>
    <message>
        <source>(preterm)</source>
        <translation>(prematuro)</translation>
    </message>
    <message>
        <source>Twitch Diary is open on {folder}: close the app, then merge again; nothing was changed.</source>
        <translation>Twitch Diary está abierto en {folder}: cierre la aplicación y vuelva a unir; no se cambió nada.</translation>
    </message>
    <message>
        <source>No babies in the diary at {folder} yet.</source>
        <translation>Todavía no hay bebés en el diario de {folder}.</translation>
    </message>
    <message>
        <source>Cannot import {file}: there is no such file; nothing was changed.</source>
        <translation>No se puede importar {file}: ese archivo no existe; no se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot import {file}: it is too large for the memory this computer has free; nothing was changed.</source>
        <translation>No se puede importar {file}: es demasiado grande para la memoria libre de este ordenador; no se cambió nada.</translation>
    </message>
    <message>
        <source>Twitch Diary is open on {folder}: close the app, then import again; nothing was imported.</source>
        <translation>Twitch Diary está abierto con {folder}: cierre la aplicación y vuelva a importar; no se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>there is no language {code}; choose one of {codes}</source>
        <translation>no hay ningún idioma {code}; elija uno de estos: {codes}</translation>
    </message>
    <message>
        <source>--data-dir needs a folder; it was empty</source>
        <translation>--data-dir necesita una carpeta; estaba vacío</translation>
    </message>
    <message>
        <source>--demo uses its own demo diary; leave out --data-dir (the demo never writes into a diary you name)</source>
        <translation>--demo usa su propio diario de demostración; quite --data-dir (la demostración nunca escribe en un diario que usted indique)</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from no puede ser posterior a --to</translation>
    </message>
    <message>
        <source>--table is for a CSV export only (FILE.csv); a JSON export holds every table</source>
        <translation>--table es solo para una exportación CSV (ARCHIVO.csv); una exportación JSON contiene todas las tablas</translation>
    </message>
    <message>
        <source>sync --off takes no FOLDER or --passphrase-file</source>
        <translation>sync --off no admite CARPETA ni --passphrase-file</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed.</source>
        <translation>{problem}; no se cambió nada.</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>interrumpido.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Log twitch</source>
        <translation>anotar una sacudida</translation>
    </message>
    <message>
        <source>Log episode</source>
        <translation>anotar un episodio</translation>
    </message>
    <message>
        <source>Log sign</source>
        <translation>anotar una señal</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>editar el registro</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>borrar el registro</translation>
    </message>
    <message>
        <source>Start sleep</source>
        <translation>empezar el sueño</translation>
    </message>
    <message>
        <source>End sleep</source>
        <translation>terminar el sueño</translation>
    </message>
    <message>
        <source>End forgotten sleep</source>
        <translation>terminar un sueño olvidado</translation>
    </message>
    <message>
        <source>Note on sleep</source>
        <translation>nota del sueño</translation>
    </message>
    <message>
        <source>Add past sleep</source>
        <translation>añadir un sueño pasado</translation>
    </message>
    <message>
        <source>Edit sleep</source>
        <translation>editar el sueño</translation>
    </message>
    <message>
        <source>Delete sleep</source>
        <translation>borrar el sueño</translation>
    </message>
    <message>
        <source>Add baby</source>
        <translation>añadir un bebé</translation>
    </message>
    <message>
        <source>Edit baby</source>
        <translation>editar el bebé</translation>
    </message>
    <message>
        <source>Delete baby</source>
        <translation>borrar el bebé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Attach video</source>
        <translation>adjuntar un vídeo</translation>
    </message>
    <message>
        <source>Woke the baby</source>
        <translation>despertó al bebé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>Pause length</source>
        <translation>duración de la pausa</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>borrar a {name}</translation>
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
    <name>DateMistakes</name>
    <message>
        <source>day is out of range for month</source>
        <translation>ese mes no tiene ese día</translation>
    </message>
    <message>
        <source>month must be in 1..12</source>
        <translation>el mes debe estar entre 1 y 12</translation>
    </message>
    <message>
        <source>hour must be in 0..23</source>
        <translation>la hora debe estar entre 0 y 23</translation>
    </message>
    <message>
        <source>minute must be in 0..59</source>
        <translation>el minuto debe estar entre 0 y 59</translation>
    </message>
    <message>
        <source>second must be in 0..59</source>
        <translation>el segundo debe estar entre 0 y 59</translation>
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
    <name>Demo</name>
    <message>
        <source>Both arms jerked in a steady beat; stopped when I lifted her.</source>
        <translation>Los dos brazos se sacudieron a un ritmo regular; paró cuando la cogí en brazos.</translation>
    </message>
    <message>
        <source>Left leg jerked on and off; stopped when she woke.</source>
        <translation>La pierna izquierda se sacudió a ratos; paró cuando se despertó.</translation>
    </message>
    <message>
        <source>Right hand jerked; she woke calmly and it stopped.</source>
        <translation>La mano derecha se sacudió; se despertó tranquila y paró.</translation>
    </message>
    <message>
        <source>Short run of foot jerks; stopped when I stroked her cheek.</source>
        <translation>Unas pocas sacudidas seguidas del pie; pararon cuando le acaricié la mejilla.</translation>
    </message>
    <message>
        <source>Chin trembled for a few seconds as she fell asleep, then settled.</source>
        <translation>Le tembló la barbilla unos segundos al dormirse y luego se calmó.</translation>
    </message>
</context>
<context>
    <name>DesktopEntryCommand</name>
    <message numerus="yes">
        <source>Installed the menu entry {path} and %n icon and metainfo file(s).</source>
        <translation>
            <numerusform>Se instaló la entrada del menú {path} y %n archivo de iconos y metadatos.</numerusform>
            <numerusform>Se instaló la entrada del menú {path} y %n archivos de iconos y metadatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the menu entry and %n icon and metainfo file(s).</source>
        <translation>
            <numerusform>Se quitó la entrada del menú y %n archivo de iconos y metadatos.</numerusform>
            <numerusform>Se quitó la entrada del menú y %n archivos de iconos y metadatos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}</source>
        <translation>No se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>Cannot remove {path}: {problem}</source>
        <translation>No se puede quitar {path}: {problem}</translation>
    </message>
    <message>
        <source>desktop-entry is for Linux desktops; on Windows and macOS use the standalone bundle (see the README&apos;s Install section). Nothing was changed.</source>
        <translation>desktop-entry es para escritorios Linux; en Windows y macOS use el paquete independiente (vea la sección Install del README). No se cambió nada.</translation>
    </message>
    <message>
        <source>Twitch Diary now appears in your desktop&apos;s application menu.</source>
        <translation>Twitch Diary aparece ahora en el menú de aplicaciones de su escritorio.</translation>
    </message>
    <message>
        <source>There was no Twitch Diary menu entry to remove; nothing was changed.</source>
        <translation>No había ninguna entrada de Twitch Diary en el menú que quitar; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>DiaryExchange</name>
    <message>
        <source>Twitch Diary</source>
        <translation>Twitch Diary</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>New: {new}   Changed: {changed}   Deleted: {deleted}   Already here: {same}</source>
        <translation>Nuevos: {new}   Cambiados: {changed}   Borrados: {deleted}   Ya estaban: {same}</translation>
    </message>
    <message>
        <source>… and {more} more.</source>
        <translation>… y {more} más.</translation>
    </message>
    <message>
        <source>Refused: none.</source>
        <translation>Rechazados: ninguno.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Importar un archivo de diario</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>The baby was</source>
        <translation>El bebé estaba</translation>
    </message>
    <message>
        <source>Did it stop when the baby woke?</source>
        <translation>¿Paró al despertarse el bebé?</translation>
    </message>
    <message>
        <source>Rhythmic, like a steady beat?</source>
        <translation>¿Rítmico, como un latido regular?</translation>
    </message>
    <message>
        <source>Questions about the episode</source>
        <translation>Preguntas sobre el episodio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the episode questions</source>
        <translation>Cerrar las preguntas del episodio</translation>
    </message>
    <message>
        <source>Also seen?</source>
        <translation>¿Vio también?</translation>
    </message>
    <message>
        <source>Episode at {time}, {length} long</source>
        <translation>Episodio a las {time}, de {length}</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>not noted</source>
        <translation>sin anotar</translation>
    </message>
    <message>
        <source>yes, a steady beat</source>
        <translation>sí, un ritmo regular</translation>
    </message>
    <message>
        <source>no, irregular</source>
        <translation>no, irregular</translation>
    </message>
    <message>
        <source>{clock}, {day}</source>
        <translation>{clock}, {day}</translation>
    </message>
    <message>
        <source>{kind} at {time}</source>
        <translation>{kind} a las {time}</translation>
    </message>
    <message>
        <source>Body part: {part}, side: {side}</source>
        <translation>Parte del cuerpo: {part}, lado: {side}</translation>
    </message>
    <message>
        <source>Baby&apos;s state: {state}</source>
        <translation>Estado del bebé: {state}</translation>
    </message>
    <message>
        <source>Lasted: {length}</source>
        <translation>Duró: {length}</translation>
    </message>
    <message>
        <source>Woke the baby: {answer}</source>
        <translation>Despertó al bebé: {answer}</translation>
    </message>
    <message>
        <source>Rhythmic: {answer}</source>
        <translation>Rítmico: {answer}</translation>
    </message>
    <message>
        <source>Stopped on waking: {answer}</source>
        <translation>Paró al despertar: {answer}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Signs seen: {signs}</source>
        <translation>Señales vistas: {signs}</translation>
    </message>
    <message>
        <source>The pause lasted: {length}</source>
        <translation>La pausa duró: {length}</translation>
    </message>
    <message>
        <source>none attached</source>
        <translation>ninguno adjunto</translation>
    </message>
    <message>
        <source>Video: {video}</source>
        <translation>Vídeo: {video}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Choose an event to see all it holds.</source>
        <translation>Elija un registro para ver todo lo que contiene.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Edit {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Within the sleep: {span}</source>
        <translation>Dentro del sueño: {span}</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Baby&apos;s state</source>
        <translation>Estado del bebé</translation>
    </message>
    <message>
        <source>It woke the baby</source>
        <translation>Despertó al bebé</translation>
    </message>
    <message>
        <source>Rhythmic</source>
        <translation>Rítmico</translation>
    </message>
    <message>
        <source>Stopped on waking</source>
        <translation>Paró al despertar</translation>
    </message>
    <message>
        <source>How long the pause lasted</source>
        <translation>Cuánto duró la pausa</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>Duración en segundos</translation>
    </message>
    <message>
        <source>Signs seen</source>
        <translation>Señales vistas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Body part</source>
        <translation>&amp;Parte del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>&amp;Lado</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>&amp;Rhythmic</source>
        <translation>&amp;Rítmico</translation>
    </message>
    <message>
        <source>Stopped on &amp;waking</source>
        <translation>Paró al &amp;despertar</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Video</source>
        <translation>&amp;Vídeo</translation>
    </message>
    <message>
        <source>The &amp;pause lasted</source>
        <translation>La &amp;pausa duró</translation>
    </message>
    <message>
        <source>
</source>
        <translation>
</translation>
    </message>
    <message>
        <source>Video file or link</source>
        <translation>Archivo o enlace del vídeo</translation>
    </message>
    <message>
        <source>a clip you took (file or link, optional)</source>
        <translation>un vídeo que grabó (archivo o enlace, opcional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Elegir un archivo de vídeo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the video in the video player</source>
        <translation>Abrir el vídeo en el reproductor de vídeo</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Parte del cuerpo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Woke baby</source>
        <translation>Despertó al bebé</translation>
    </message>
    <message>
        <source>Rhythmic</source>
        <translation>Rítmico</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Video: {video}</source>
        <translation>Vídeo: {video}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Exported {sleeps} of {babies} to {path}, one row per sleep.</source>
        <translation>Se exportaron {sleeps} de {babies} a {path}, una fila por sueño.</translation>
    </message>
    <message>
        <source>Exported {records} to {path}.</source>
        <translation>Se exportaron {records} a {path}.</translation>
    </message>
    <message>
        <source>Imported {records}.</source>
        <translation>Se importaron {records}.</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>No hay nada nuevo que importar.</translation>
    </message>
    <message>
        <source>(file): cannot read {path}: {problem}</source>
        <translation>(archivo): no se puede leer {path}: {problem}</translation>
    </message>
    <message>
        <source>(file): not UTF-8 text (bad byte at offset {offset})</source>
        <translation>(archivo): no es texto UTF-8 (byte no válido en la posición {offset})</translation>
    </message>
    <message>
        <source>(file): not valid JSON at line {line} column {column} ({mistake})</source>
        <translation>(archivo): no es JSON válido en la línea {line}, columna {column} ({mistake})</translation>
    </message>
    <message>
        <source>(file): {value} is not a valid JSON number</source>
        <translation>(archivo): {value} no es un número JSON válido</translation>
    </message>
    <message>
        <source>(file): nested too deeply to be a diary export</source>
        <translation>(archivo): tiene demasiados niveles anidados para ser una exportación del diario</translation>
    </message>
    <message>
        <source>(file): not valid JSON ({detail})</source>
        <translation>(archivo): no es JSON válido ({detail})</translation>
    </message>
    <message>
        <source>(file): cannot write in {folder}: {problem}</source>
        <translation>(archivo): no se puede escribir en {folder}: {problem}</translation>
    </message>
    <message>
        <source>(file): cannot write {path}: {problem}</source>
        <translation>(archivo): no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <source>baby: no baby with id {id} in this diary</source>
        <translation>bebé: no hay ningún bebé con el id {id} en este diario</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>no se importó nada</translation>
    </message>
    <message>
        <source>no file was written</source>
        <translation>no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>{problem}; {outcome}.</source>
        <translation>{problem}; {outcome}.</translation>
    </message>
    <message>
        <source>(file): the export file name {name} must end in .json or .csv</source>
        <translation>(archivo): el nombre del archivo de exportación {name} debe terminar en .json o .csv</translation>
    </message>
</context>
<context>
    <name>ExchangeProblems</name>
    <message>
        <source>{path}: id {id} is already in the diary with different content</source>
        <translation>{path}: el id {id} ya está en el diario con otro contenido</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>aún en curso</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>sleeps[{index}]: overlaps a sleep already in the diary ({span})</source>
        <translation>sleeps[{index}]: se solapa con un sueño que ya está en el diario ({span})</translation>
    </message>
    <message>
        <source>sleeps[{index}]: overlaps sleeps[{other}]</source>
        <translation>sleeps[{index}]: se solapa con sleeps[{other}]</translation>
    </message>
    <message>
        <source>{path}: no baby with id {id} in the file or the diary</source>
        <translation>{path}: no hay ningún bebé con el id {id} en el archivo ni en el diario</translation>
    </message>
    <message>
        <source>{path}: no sleep with id {id} in the file or the diary</source>
        <translation>{path}: no hay ningún sueño con el id {id} en el archivo ni en el diario</translation>
    </message>
    <message>
        <source>duration can be at most 24 hours</source>
        <translation>la duración puede ser de 24 horas como máximo</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>string</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a huge number</source>
        <translation>un número enorme</translation>
    </message>
    <message>
        <source>must be one of {names} (got {value})</source>
        <translation>tiene que ser uno de estos: {names} (se recibió {value})</translation>
    </message>
    <message>
        <source>{problem} (got {value})</source>
        <translation>{problem} (se recibió {value})</translation>
    </message>
    <message>
        <source>unknown key {key}</source>
        <translation>clave desconocida {key}</translation>
    </message>
    <message>
        <source>appears more than once</source>
        <translation>aparece más de una vez</translation>
    </message>
    <message>
        <source>must be {expected} (got {value})</source>
        <translation>tiene que ser {expected} (se recibió {value})</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>an id string</source>
        <translation>un id en texto</translation>
    </message>
    <message>
        <source>a non-empty id without surrounding spaces, at most 100 characters</source>
        <translation>un id no vacío, sin espacios alrededor y de 100 caracteres como máximo</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>un texto</translation>
    </message>
    <message>
        <source>holds an invalid character (a lone UTF-16 surrogate)</source>
        <translation>contiene un carácter no válido (un sustituto UTF-16 suelto)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>un número entero o null</translation>
    </message>
    <message>
        <source>a number or null</source>
        <translation>un número o null</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>un número finito</translation>
    </message>
    <message>
        <source>a list of names among {names}</source>
        <translation>una lista de nombres entre {names}</translation>
    </message>
    <message>
        <source>lists {name} twice</source>
        <translation>incluye {name} dos veces</translation>
    </message>
    <message>
        <source>must be a time, not null</source>
        <translation>tiene que ser una hora, no null</translation>
    </message>
    <message>
        <source>an ISO 8601 time string</source>
        <translation>una hora en texto ISO 8601</translation>
    </message>
    <message>
        <source>must be a date, not null</source>
        <translation>tiene que ser una fecha, no null</translation>
    </message>
    <message>
        <source>a date string like 2026-08-01</source>
        <translation>una fecha en texto como 2026-08-01</translation>
    </message>
    <message>
        <source>baby</source>
        <translation>bebé</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sueño</translation>
    </message>
    <message>
        <source>event</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>{path}: {id} is a {kind} in the diary, not a {other}</source>
        <translation>{path}: {id} es un {kind} en el diario, no un {other}</translation>
    </message>
    <message>
        <source>deleted[{index}].id: {id} is also a record of the file</source>
        <translation>deleted[{index}].id: {id} también es un registro del archivo</translation>
    </message>
    <message>
        <source>format: required; a Twitch Diary export has &quot;format&quot;: &quot;{name}&quot;</source>
        <translation>format: obligatorio; una exportación de Twitch Diary tiene &quot;format&quot;: &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>format: must be &quot;{name}&quot; (got {value})</source>
        <translation>format: tiene que ser &quot;{name}&quot; (se recibió {value})</translation>
    </message>
    <message>
        <source>version: required; this app reads versions {first} and {second}</source>
        <translation>version: obligatorio; esta aplicación lee las versiones {first} y {second}</translation>
    </message>
    <message>
        <source>version: must be the number {first} or {second} (got {value})</source>
        <translation>version: tiene que ser el número {first} o {second} (se recibió {value})</translation>
    </message>
    <message>
        <source>version: the file is version {value}, written by a newer Twitch Diary; this app reads versions {first} and {second}</source>
        <translation>version: el archivo es de la versión {value}, escrito por un Twitch Diary más nuevo; esta aplicación lee las versiones {first} y {second}</translation>
    </message>
    <message>
        <source>version: must be {first} or {second} (got {value})</source>
        <translation>version: tiene que ser {first} o {second} (se recibió {value})</translation>
    </message>
    <message>
        <source>(document): unknown key {key}</source>
        <translation>(documento): clave desconocida {key}</translation>
    </message>
    <message>
        <source>{key}: appears more than once</source>
        <translation>{key}: aparece más de una vez</translation>
    </message>
    <message>
        <source>{key}: must be a list (got {type})</source>
        <translation>{key}: tiene que ser una lista (se recibió {type})</translation>
    </message>
    <message>
        <source>{key}[{index}]: must be an object (got {type})</source>
        <translation>{key}[{index}]: tiene que ser un objeto (se recibió {type})</translation>
    </message>
    <message>
        <source>{key}[{index}].id: same id as {key}[{first}]</source>
        <translation>{key}[{index}].id: el mismo id que {key}[{first}]</translation>
    </message>
    <message>
        <source>(file): must hold a JSON object with format, version, babies, sleeps and events (got {type})</source>
        <translation>(archivo): debe contener un objeto JSON con format, version, babies, sleeps y events (se recibió {type})</translation>
    </message>
    <message>
        <source>year {year} is not plausible for a diary</source>
        <translation>el año {year} no es posible para un diario</translation>
    </message>
    <message>
        <source>must be an ISO 8601 time like {example}</source>
        <translation>tiene que ser una hora ISO 8601 como {example}</translation>
    </message>
    <message>
        <source>is not a real time ({detail})</source>
        <translation>no es una hora real ({detail})</translation>
    </message>
    <message>
        <source>has no UTC offset; add Z or one like +02:00</source>
        <translation>no tiene diferencia con UTC; añada Z o una como +02:00</translation>
    </message>
    <message>
        <source>has a UTC offset beyond 18 hours</source>
        <translation>tiene una diferencia con UTC de más de 18 horas</translation>
    </message>
    <message>
        <source>must be a date like {example}</source>
        <translation>tiene que ser una fecha como {example}</translation>
    </message>
    <message>
        <source>is not a real date ({detail})</source>
        <translation>no es una fecha real ({detail})</translation>
    </message>
</context>
<context>
    <name>ExchangeWords</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(y %n problema más)</numerusform>
            <numerusform>(y %n problemas más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <source>Sync with Other Devices</source>
        <translation>Sincronizar con otros dispositivos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>Carpeta compartida:</translation>
    </message>
    <message>
        <source>Family passphrase:</source>
        <translation>Contraseña de la familia:</translation>
    </message>
    <message>
        <source>A folder that Syncthing, a cloud drive or a network share keeps equal on each computer. Every computer uses the same passphrase; the files in it are encrypted.</source>
        <translation>Una carpeta que Syncthing, una nube o una carpeta de red mantiene igual en cada ordenador. Todos los ordenadores usan la misma contraseña; los archivos que contiene están cifrados.</translation>
    </message>
    <message>
        <source>This computer writes its files in the sub-folder {device}.</source>
        <translation>Este ordenador escribe sus archivos en la subcarpeta {device}.</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Elegir la carpeta compartida</translation>
    </message>
    <message>
        <source>{synced}. {more}</source>
        <translation>{synced}. {more}</translation>
    </message>
    <message>
        <source>S&amp;ync with Other Devices…</source>
        <translation>Si&amp;ncronizar con otros dispositivos…</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Stop Syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Last synced {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Todavía sin sincronizar</translation>
    </message>
    <message>
        <source>Sync failed: {why}</source>
        <translation>La sincronización falló: {why}</translation>
    </message>
</context>
<context>
    <name>FolderSyncWords</name>
    <message numerus="yes">
        <source>Synced {time} with %n other device(s)</source>
        <translation>
            <numerusform>Sincronizado a las {time} con %n dispositivo más</numerusform>
            <numerusform>Sincronizado a las {time} con %n dispositivos más</numerusform>
        </translation>
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
    <name>GuidancePanel</name>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Siesta</translation>
    </message>
    <message>
        <source>Outside a sleep: %1, %2 (%3)</source>
        <translation>Fuera de un sueño: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>choose a sleep to see its timeline</source>
        <translation>elija un sueño para ver su línea de tiempo</translation>
    </message>
    <message>
        <source>Show this sleep&apos;s timeline</source>
        <translation>Mostrar la línea de tiempo de este sueño</translation>
    </message>
    <message>
        <source>The guidance could not be read from the diary.</source>
        <translation>No se pudo leer la orientación del diario.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
</context>
<context>
    <name>GuidancePanelWords</name>
    <message numerus="yes">
        <source>%n logged record(s)</source>
        <translation>
            <numerusform>%n registro anotado</numerusform>
            <numerusform>%n registros anotados</numerusform>
        </translation>
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
    <name>HelpPages</name>
    <message>
        <source>Things That May Help</source>
        <translation>Cosas que pueden ayudar</translation>
    </message>
    <message>
        <source>How to Film an Episode</source>
        <translation>Cómo grabar un episodio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>Every command&apos;s key</source>
        <translation>La tecla de cada orden</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>&amp;Add a past sleep…</source>
        <translation>&amp;Añadir un sueño pasado…</translation>
    </message>
    <message>
        <source>Enter a nap or night by hand</source>
        <translation>Anotar a mano una siesta o una noche</translation>
    </message>
    <message>
        <source>Edit s&amp;leep…</source>
        <translation>Editar el s&amp;ueño…</translation>
    </message>
    <message>
        <source>Change the start, end, kind or note</source>
        <translation>Cambiar el inicio, el final, el tipo o la nota</translation>
    </message>
    <message>
        <source>&amp;Delete sleep</source>
        <translation>&amp;Borrar el sueño</translation>
    </message>
    <message>
        <source>Delete the sleep with its events</source>
        <translation>Borrar el sueño con sus registros</translation>
    </message>
    <message>
        <source>Edit e&amp;vent…</source>
        <translation>Editar el &amp;registro…</translation>
    </message>
    <message>
        <source>Correct what was seen</source>
        <translation>Corregir lo que se vio</translation>
    </message>
    <message>
        <source>Delete even&amp;t</source>
        <translation>Borrar el regis&amp;tro</translation>
    </message>
    <message>
        <source>Delete the chosen event</source>
        <translation>Borrar el registro elegido</translation>
    </message>
    <message>
        <source>Sleeps</source>
        <translation>Sueños</translation>
    </message>
    <message>
        <source>Events in the sleep</source>
        <translation>Registros del sueño</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>No sleeps yet</source>
        <translation>Todavía no hay sueños</translation>
    </message>
    <message>
        <source>Sleep history</source>
        <translation>Historial de sueño</translation>
    </message>
    <message>
        <source>Add a baby to start the diary.</source>
        <translation>Añada un bebé para empezar el diario.</translation>
    </message>
    <message>
        <source>Sleeps of {name}</source>
        <translation>Sueños de {name}</translation>
    </message>
    <message>
        <source>No sleeps yet for {name}.

Start one at the bedside (press S), or add a past sleep by hand with “Add a past sleep”.</source>
        <translation>Todavía no hay sueños de {name}.

Empiece uno junto a la cuna (pulse S), o añada a mano un sueño pasado con «Añadir un sueño pasado».</translation>
    </message>
    <message>
        <source>Nothing logged in {sleep}.</source>
        <translation>No se anotó nada en {sleep}.</translation>
    </message>
    <message>
        <source>Added {sleep}.</source>
        <translation>Se añadió {sleep}.</translation>
    </message>
    <message>
        <source>Sleep changed. Undo (Ctrl+Z) puts it back.</source>
        <translation>Sueño cambiado. Deshacer (Ctrl+Z) lo deja como estaba.</translation>
    </message>
    <message>
        <source>Delete {sleep}</source>
        <translation>Borrar {sleep}</translation>
    </message>
    <message>
        <source>Event changed. Undo (Ctrl+Z) puts it back.</source>
        <translation>Registro cambiado. Deshacer (Ctrl+Z) lo deja como estaba.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message numerus="yes">
        <source>%n event(s) in {sleep}</source>
        <translation>
            <numerusform>%n registro en {sleep}</numerusform>
            <numerusform>%n registros en {sleep}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted {sleep} with its %n event(s). Undo (Ctrl+Z) brings it back.</source>
        <translation>
            <numerusform>Se borró {sleep} con su %n registro. Deshacer (Ctrl+Z) lo recupera.</numerusform>
            <numerusform>Se borró {sleep} con sus %n registros. Deshacer (Ctrl+Z) lo recupera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%n record(s) already in the diary, left as they were.</source>
        <translation>
            <numerusform>%n registro ya estaba en el diario y se dejó como estaba.</numerusform>
            <numerusform>%n registros ya estaban en el diario y se dejaron como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonMistakes</name>
    <message>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba una clave entre comillas dobles</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba una coma</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaban dos puntos</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>hay más texto después del final de los datos</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>un texto que nunca se cierra</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>un carácter de control dentro de un texto</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>una secuencia de escape con barra invertida no válida</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>una secuencia \uXXXX no válida</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Twitch Diary</source>
        <translation>Twitch Diary</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <source>&amp;Baby</source>
        <translation>&amp;Bebé</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put back the diary as it was on an earlier day (the current one is kept)</source>
        <translation>Volver a poner el diario como estaba un día anterior (el actual se guarda)</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>No se pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>{name} was deleted. Undo (Ctrl+Z) brings everything back.</source>
        <translation>Se borró a {name}. Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
    <message>
        <source>Log &amp;twitch</source>
        <translation>Anotar &amp;sacudida</translation>
    </message>
    <message>
        <source>Log one twitch now (starts a sleep if none is running)</source>
        <translation>Anotar una sacudida ahora (empieza un sueño si no hay ninguno en curso)</translation>
    </message>
    <message>
        <source>Start / end &amp;sleep</source>
        <translation>Empezar / terminar el s&amp;ueño</translation>
    </message>
    <message>
        <source>Start the sleep, or end the sleep in progress</source>
        <translation>Empezar el sueño, o terminar el sueño en curso</translation>
    </message>
    <message>
        <source>Start / end &amp;episode</source>
        <translation>Empezar / terminar un &amp;episodio</translation>
    </message>
    <message>
        <source>Time a longer run of jerks (or hold Space 1 s)</source>
        <translation>Medir una serie de sacudidas más larga (o mantener la barra espaciadora 1 s)</translation>
    </message>
    <message>
        <source>It &amp;woke the baby</source>
        <translation>&amp;Despertó al bebé</translation>
    </message>
    <message>
        <source>Mark that the last twitch or episode woke the baby</source>
        <translation>Marcar que la última sacudida o episodio despertó al bebé</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Nota…</translation>
    </message>
    <message>
        <source>Write a note on the last event, or on the sleep</source>
        <translation>Escribir una nota sobre el último registro, o sobre el sueño</translation>
    </message>
    <message>
        <source>Attach &amp;video…</source>
        <translation>Adjuntar &amp;vídeo…</translation>
    </message>
    <message>
        <source>Attach a video clip to the last episode</source>
        <translation>Adjuntar un vídeo al último episodio</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the screen with the bedside view</source>
        <translation>Llenar la pantalla con la vista junto a la cuna</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Back to the window with its menus (Esc or F11)</source>
        <translation>Volver a la ventana con sus menús (Esc o F11)</translation>
    </message>
    <message>
        <source>&amp;Bedside</source>
        <translation>&amp;Junto a la cuna</translation>
    </message>
    <message>
        <source>Log twitches at the bedside</source>
        <translation>Anotar sacudidas junto a la cuna</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Review twitches per hour of sleep by age</source>
        <translation>Revisar las sacudidas por hora de sueño según la edad</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Browse and edit past sleeps and events</source>
        <translation>Ver y editar sueños y registros anteriores</translation>
    </message>
    <message>
        <source>&amp;Export checkup report…</source>
        <translation>&amp;Exportar el informe para la revisión…</translation>
    </message>
    <message>
        <source>Save the checkup PDF for the review&apos;s period</source>
        <translation>Guardar el PDF para la revisión del periodo revisado</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>As the desktop is set by day; the night theme from 19:00 to 06:00</source>
        <translation>De día, como esté el escritorio; el tema de noche de 19:00 a 06:00</translation>
    </message>
    <message>
        <source>&amp;Night (dark room)</source>
        <translation>&amp;Noche (habitación a oscuras)</translation>
    </message>
    <message>
        <source>Near-black, dim, warm: keeps a dark room dark</source>
        <translation>Casi negro, tenue, cálido: mantiene a oscuras una habitación oscura</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Light theme for daytime</source>
        <translation>Tema claro para el día</translation>
    </message>
    <message>
        <source>&amp;Add baby…</source>
        <translation>&amp;Añadir bebé…</translation>
    </message>
    <message>
        <source>Add another baby (twins)</source>
        <translation>Añadir otro bebé (gemelos)</translation>
    </message>
    <message>
        <source>&amp;Edit baby…</source>
        <translation>&amp;Editar bebé…</translation>
    </message>
    <message>
        <source>Change the baby&apos;s name, dates or family history</source>
        <translation>Cambiar el nombre, las fechas o los antecedentes familiares del bebé</translation>
    </message>
    <message>
        <source>&amp;Delete baby…</source>
        <translation>&amp;Borrar bebé…</translation>
    </message>
    <message>
        <source>Delete the baby with its sleeps and events (undoable)</source>
        <translation>Borrar al bebé con sus sueños y registros (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Twitch Diary</source>
        <translation>Cerrar Twitch Diary</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>{count} new</source>
        <translation>{count} nuevos</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>{count} cambiados</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>{count} borrados</translation>
    </message>
    <message>
        <source>Nothing new to merge.</source>
        <translation>No hay nada nuevo que combinar.</translation>
    </message>
    <message>
        <source>{count} already up to date.</source>
        <translation>{count} ya estaban al día.</translation>
    </message>
    <message>
        <source>Kept aside until their baby or sleep arrives (or because two sleeps overlap): {records}.</source>
        <translation>Apartados hasta que llegue su bebé o su sueño (o porque dos sueños se solapan): {records}.</translation>
    </message>
    <message>
        <source>{name} (born {born}) is in the diary {count} times, entered on different devices: merge them with &apos;twitch-diary babies --merge {keep} {other}&apos;.</source>
        <translation>{name} (nacimiento: {born}) aparece {count} veces en el diario, desde distintos dispositivos: únalos con «twitch-diary babies --merge {keep} {other}».</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message numerus="yes">
        <source>Merged {counts} record(s).</source>
        <translation>
            <numerusform>Registros combinados: {counts}.</numerusform>
            <numerusform>Registros combinados: {counts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) logged on both devices, now one sleep each.</source>
        <translation>
            <numerusform>%n noche anotada en los dos dispositivos es ahora un solo sueño.</numerusform>
            <numerusform>%n noches anotadas en los dos dispositivos son ahora un solo sueño cada una.</numerusform>
        </translation>
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
    <name>PauseQuestion</name>
    <message>
        <source>How long was the pause in breathing?</source>
        <translation>¿Cuánto duró la pausa en la respiración?</translation>
    </message>
    <message>
        <source>Pause in breathing: {length}</source>
        <translation>Pausa en la respiración: {length}</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <source>Everything logged is shown, so there is no earlier period to compare it with.</source>
        <translation>Se muestra todo lo anotado, así que no hay un periodo anterior con el que compararlo.</translation>
    </message>
    <message>
        <source>The period starts on {name}&apos;s birth date: there are no days before it to compare with.</source>
        <translation>El periodo empieza en la fecha de nacimiento de {name}: no hay días anteriores con los que comparar.</translation>
    </message>
    <message>
        <source>Nothing was logged in the days before this period, so there is nothing to compare it with.</source>
        <translation>No se anotó nada en los días anteriores a este periodo, así que no hay nada con lo que compararlo.</translation>
    </message>
    <message>
        <source>corrected age (weeks from the due date), as the baby was born preterm</source>
        <translation>edad corregida (semanas desde la fecha prevista de parto), porque el bebé nació antes de tiempo</translation>
    </message>
    <message>
        <source>corrected age (weeks from the due date), as chosen; the baby was born at term</source>
        <translation>edad corregida (semanas desde la fecha prevista de parto), como se eligió; el bebé nació a término</translation>
    </message>
    <message>
        <source>age since birth (weeks from the birth date)</source>
        <translation>edad desde el nacimiento (semanas desde la fecha de nacimiento)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>Refused: %n problem(s). Nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>Rechazado: %n problema. No se puede importar nada hasta que se corrija.</numerusform>
            <numerusform>Rechazados: %n problemas. No se puede importar nada hasta que se corrijan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message numerus="yes">
        <source>%n baby(-ies)</source>
        <translation>
            <numerusform>%n bebé</numerusform>
            <numerusform>%n bebés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sleep(s)</source>
        <translation>
            <numerusform>%n sueño</numerusform>
            <numerusform>%n sueños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
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
    <name>Report</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nació</translation>
    </message>
    <message>
        <source>Age on {day}</source>
        <translation>Edad el {day}</translation>
    </message>
    <message>
        <source>not born yet: the period ends before the birth date</source>
        <translation>aún no había nacido: el periodo termina antes de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Corrected age</source>
        <translation>Edad corregida</translation>
    </message>
    <message>
        <source>{age} (due {day})</source>
        <translation>{age} (fecha prevista de parto: {day})</translation>
    </message>
    <message>
        <source>no due date recorded</source>
        <translation>no se anotó la fecha prevista de parto</translation>
    </message>
    <message>
        <source>preterm</source>
        <translation>prematuro</translation>
    </message>
    <message>
        <source>term</source>
        <translation>a término</translation>
    </message>
    <message>
        <source>Gestational age at birth</source>
        <translation>Edad gestacional al nacer</translation>
    </message>
    <message>
        <source>Birth weight</source>
        <translation>Peso al nacer</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Antecedentes familiares</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>no se anotó ninguno</translation>
    </message>
    <message>
        <source>Ages in charts</source>
        <translation>Edades en los gráficos</translation>
    </message>
    <message>
        <source>the report period must not end before it starts</source>
        <translation>el periodo del informe no puede terminar antes de empezar</translation>
    </message>
    <message>
        <source>{first} – {last} ({days})</source>
        <translation>{first} – {last} ({days})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Woke baby</source>
        <translation>Despertó al bebé</translation>
    </message>
    <message>
        <source>Stopped on waking</source>
        <translation>Paró al despertar</translation>
    </message>
    <message>
        <source>Rhythmic</source>
        <translation>Rítmico</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Días anteriores</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>… and {count} more {what}, not shown here (all are in the CSV export).</source>
        <translation>… y {count} {what} más, que no se muestran aquí (están todos en la exportación CSV).</translation>
    </message>
    <message>
        <source>Twitch Diary — checkup report</source>
        <translation>Twitch Diary — informe para la revisión</translation>
    </message>
    <message>
        <source>Made on {when} from the parents&apos; own diary.</source>
        <translation>Hecho el {when} a partir del diario de los propios padres.</translation>
    </message>
    <message>
        <source>The baby</source>
        <translation>El bebé</translation>
    </message>
    <message>
        <source>{severity}: {title}</source>
        <translation>{severity}: {title}</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Rates count only finished sleeps.</source>
        <translation>Las frecuencias cuentan solo los sueños terminados.</translation>
    </message>
    <message>
        <source>This period compared with the {days} days before</source>
        <translation>Este periodo comparado con los {days} días anteriores</translation>
    </message>
    <message>
        <source>The days before: {days}. Rates count only finished sleeps.</source>
        <translation>Los días anteriores: {days}. Las frecuencias cuentan solo los sueños terminados.</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>No se anotó nada en este periodo.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>What the pattern resembles (guidance findings)</source>
        <translation>A qué se parece el patrón (resultados de la orientación)</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <source>No timed episodes were logged in this period.</source>
        <translation>No se anotaron episodios medidos en este periodo.</translation>
    </message>
    <message>
        <source>The parents&apos; notes</source>
        <translation>Las notas de los padres</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>No notes were written in this period.</source>
        <translation>No se escribieron notas en este periodo.</translation>
    </message>
    <message>
        <source>Questions the parents may ask</source>
        <translation>Preguntas que los padres pueden hacer</translation>
    </message>
    <message>
        <source>start of this period</source>
        <translation>inicio de este periodo</translation>
    </message>
    <message>
        <source>This period only</source>
        <translation>Solo este periodo</translation>
    </message>
    <message>
        <source>This period and the {days} days before it (the black line marks where the period starts)</source>
        <translation>Este periodo y los {days} días anteriores (la línea negra marca dónde empieza el periodo)</translation>
    </message>
    <message>
        <source>{span}, by {which}.</source>
        <translation>{span}, según la {which}.</translation>
    </message>
    <message>
        <source>The dashed line marks term-equivalent age (the due date).</source>
        <translation>La línea discontinua marca la edad equivalente a término (la fecha prevista de parto).</translation>
    </message>
    <message>
        <source>Grey weeks had under an hour of sleep logged: too little to give a rate.</source>
        <translation>Las semanas en gris tienen menos de una hora de sueño anotada: muy poco para dar una frecuencia.</translation>
    </message>
    <message>
        <source>Twitches per hour of sleep, by age in weeks</source>
        <translation>Sacudidas por hora de sueño, según la edad en semanas</translation>
    </message>
    <message>
        <source>Timed episodes</source>
        <translation>Episodios medidos</translation>
    </message>
    <message>
        <source>Body parts that twitched</source>
        <translation>Partes del cuerpo con sacudidas</translation>
    </message>
    <message>
        <source>This report does not diagnose · page {number} of {count}</source>
        <translation>Este informe no da diagnósticos · página {number} de {count}</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>too little sleep logged</source>
        <translation>muy poco sueño anotado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Days with sleep logged</source>
        <translation>Días con sueño anotado</translation>
    </message>
    <message>
        <source>{count} of {days}</source>
        <translation>{count} de {days}</translation>
    </message>
    <message>
        <source>Sleeps logged (naps and nights)</source>
        <translation>Sueños anotados (siestas y noches)</translation>
    </message>
    <message>
        <source>Sleep time logged</source>
        <translation>Tiempo de sueño anotado</translation>
    </message>
    <message>
        <source>Twitches logged in sleep</source>
        <translation>Sacudidas anotadas durmiendo</translation>
    </message>
    <message>
        <source>Twitches per hour of sleep</source>
        <translation>Sacudidas por hora de sueño</translation>
    </message>
    <message>
        <source>Longest episode</source>
        <translation>Episodio más largo</translation>
    </message>
    <message>
        <source>Twitches or episodes that woke the baby</source>
        <translation>Sacudidas o episodios que despertaron al bebé</translation>
    </message>
    <message>
        <source>Other signs seen (times)</source>
        <translation>Otras señales vistas (veces)</translation>
    </message>
    <message>
        <source>Twitches logged outside sleep</source>
        <translation>Sacudidas anotadas fuera del sueño</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{side} {part}</source>
        <translation>{part} ({side})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>signs: {signs}</source>
        <translation>señales: {signs}</translation>
    </message>
    <message>
        <source>pause {length}</source>
        <translation>pausa de {length}</translation>
    </message>
    <message>
        <source>rhythmic</source>
        <translation>rítmico</translation>
    </message>
    <message>
        <source>stopped on waking: {answer}</source>
        <translation>paró al despertar: {answer}</translation>
    </message>
    <message>
        <source>woke the baby</source>
        <translation>despertó al bebé</translation>
    </message>
    <message>
        <source>video {name}</source>
        <translation>vídeo {name}</translation>
    </message>
    <message>
        <source>{kind}, still running</source>
        <translation>{kind}, todavía en curso</translation>
    </message>
    <message>
        <source>the page could not be opened for drawing</source>
        <translation>no se pudo abrir la página para dibujar</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>no se pudo empezar una página nueva</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Print checkup report</source>
        <translation>Imprimir el informe para la revisión</translation>
    </message>
    <message>
        <source>Checkup report: print preview</source>
        <translation>Informe para la revisión: vista previa de impresión</translation>
    </message>
    <message>
        <source>&amp;Export checkup report…</source>
        <translation>&amp;Exportar el informe para la revisión…</translation>
    </message>
    <message>
        <source>&amp;Print checkup report…</source>
        <translation>&amp;Imprimir el informe para la revisión…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Export events as &amp;CSV…</source>
        <translation>Exportar los registros como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;sleeps as CSV…</source>
        <translation>Exportar los &amp;sueños como CSV…</translation>
    </message>
    <message>
        <source>Print the checkup report for the review&apos;s period</source>
        <translation>Imprimir el informe para la revisión del periodo revisado</translation>
    </message>
    <message>
        <source>See the checkup report&apos;s pages as they will print</source>
        <translation>Ver las páginas del informe tal como se imprimirán</translation>
    </message>
    <message>
        <source>Save the baby&apos;s events as a spreadsheet file (CSV)</source>
        <translation>Guardar los registros del bebé como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Save the baby&apos;s sleeps as a spreadsheet file (CSV): length, counts and rate of each</source>
        <translation>Guardar los sueños del bebé como hoja de cálculo (CSV): duración, recuentos y frecuencia de cada uno</translation>
    </message>
    <message>
        <source>Choose or add a baby first; there is nothing to report yet.</source>
        <translation>Primero elija o añada un bebé; todavía no hay nada para el informe.</translation>
    </message>
    <message>
        <source>Save checkup report</source>
        <translation>Guardar el informe para la revisión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was written.</source>
        <translation>No se pudo guardar {path}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Saved the checkup report to {path}</source>
        <translation>Informe para la revisión guardado en {path}</translation>
    </message>
    <message>
        <source>Could not print: {reason}.</source>
        <translation>No se pudo imprimir: {reason}.</translation>
    </message>
    <message>
        <source>Sent the checkup report to the printer ({pages} pages)</source>
        <translation>Informe para la revisión enviado a la impresora ({pages} páginas)</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Export sleeps as CSV</source>
        <translation>Exportar los sueños como CSV</translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation>Exportar los registros como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>sleeps</source>
        <translation>sueños</translation>
    </message>
    <message>
        <source>events</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Exported {name}&apos;s {what} to {path}</source>
        <translation>Se exportaron los {what} de {name} a {path}</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message numerus="yes">
        <source>Saved the checkup report for {name}, {period}, to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Informe para la revisión de {name}, {period}, guardado en {path} (%n página).</numerusform>
            <numerusform>Informe para la revisión de {name}, {period}, guardado en {path} (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} is a folder</source>
        <translation>{path} es una carpeta</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>no hay permiso para escribir en {folder}</translation>
    </message>
    <message>
        <source>Cannot make the report: {problem}.</source>
        <translation>No se puede hacer el informe: {problem}.</translation>
    </message>
    <message>
        <source>Cannot save the report to {path}: {problem}; nothing was written.</source>
        <translation>No se puede guardar el informe en {path}: {problem}; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ReportCounts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>kept aside by a restore</source>
        <translation>apartada al restaurar</translation>
    </message>
    <message>
        <source>unreadable: cannot be restored</source>
        <translation>ilegible: no se puede restaurar</translation>
    </message>
    <message>
        <source>There are no backups of the diary in {folder} yet (one is made each day the app is used).</source>
        <translation>Todavía no hay copias de seguridad del diario en {folder} (se hace una cada día que se usa la aplicación).</translation>
    </message>
    <message>
        <source>Backups of the diary in {folder}, newest first:</source>
        <translation>Copias de seguridad del diario en {folder}, las más recientes primero:</translation>
    </message>
    <message>
        <source>To restore one: twitch-diary restore NAME (the current diary is kept aside first).</source>
        <translation>Para restaurar una: twitch-diary restore NOMBRE (antes se aparta el diario actual).</translation>
    </message>
    <message>
        <source>The second backup place {place} is not there (is the USB stick or disk plugged in?).</source>
        <translation>El segundo lugar de copias {place} no está (¿está conectada la memoria USB o el disco?).</translation>
    </message>
    <message>
        <source>There are no backups in the second backup place {place} yet.</source>
        <translation>Todavía no hay copias en el segundo lugar de copias {place}.</translation>
    </message>
    <message>
        <source>Backups in the second backup place {place}, newest first:</source>
        <translation>Copias en el segundo lugar de copias {place}, las más recientes primero:</translation>
    </message>
    <message>
        <source>To restore one: twitch-diary restore NAME --from {place}</source>
        <translation>Para restaurar una: twitch-diary restore NOMBRE --from {place}</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>Twitch Diary is open on {folder}: close the app, then restore again; nothing was changed.</source>
        <translation>Twitch Diary está abierto con {folder}: cierre la aplicación y vuelva a restaurar; no se cambió nada.</translation>
    </message>
    <message>
        <source>The backup {backup} cannot be restored ({detail}); nothing was changed. Choose another one from &apos;twitch-diary restore&apos;.</source>
        <translation>No se puede restaurar la copia {backup} ({detail}); no se cambió nada. Elija otra de «twitch-diary restore».</translation>
    </message>
    <message>
        <source>Restored {backup} into {folder}.</source>
        <translation>Se restauró {backup} en {folder}.</translation>
    </message>
    <message>
        <source>The diary as it was is kept in {folder}.</source>
        <translation>El diario tal como estaba se guarda en {folder}.</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>%n attached video(s) put back where they were.</source>
        <translation>
            <numerusform>%n vídeo adjunto volvió a su sitio.</numerusform>
            <numerusform>%n vídeos adjuntos volvieron a su sitio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>No sleep in this period. Click a point on the first chart to open its sleep.</source>
        <translation>No hay ningún sueño en este periodo. Pulse un punto del primer gráfico para abrir su sueño.</translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>Últimos 28 días</translation>
    </message>
    <message>
        <source>Since the checkup date</source>
        <translation>Desde la fecha de la revisión</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Corrected age</source>
        <translation>Edad corregida</translation>
    </message>
    <message>
        <source>Age since birth</source>
        <translation>Edad desde el nacimiento</translation>
    </message>
    <message>
        <source>Set checkup date</source>
        <translation>Fijar la fecha de revisión</translation>
    </message>
    <message>
        <source>Count the range “Since the checkup date” from this day</source>
        <translation>Contar el periodo «Desde la fecha de la revisión» a partir de este día</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Días mostrados</translation>
    </message>
    <message>
        <source>Which days the review shows</source>
        <translation>Qué días muestra la revisión</translation>
    </message>
    <message>
        <source>Ages as</source>
        <translation>Edades como</translation>
    </message>
    <message>
        <source>Count weeks of age from the birth or the due date</source>
        <translation>Contar las semanas de edad desde el nacimiento o desde la fecha prevista de parto</translation>
    </message>
    <message>
        <source>Last checkup</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>The date of the last checkup</source>
        <translation>La fecha de la última revisión</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Rate</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Twitches per hour of sleep, by age in weeks</source>
        <translation>Sacudidas por hora de sueño, según la edad en semanas</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Timed episodes per week and how long each lasted</source>
        <translation>Episodios medidos por semana y cuánto duró cada uno</translation>
    </message>
    <message>
        <source>Body parts</source>
        <translation>Partes del cuerpo</translation>
    </message>
    <message>
        <source>Which body parts twitched, as each week&apos;s share</source>
        <translation>Qué partes del cuerpo tuvieron sacudidas, como parte de cada semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>When twitches were logged, by hour of the day</source>
        <translation>Cuándo se anotaron las sacudidas, por hora del día</translation>
    </message>
    <message>
        <source>One sleep</source>
        <translation>Un sueño</translation>
    </message>
    <message>
        <source>The timeline of one sleep</source>
        <translation>La línea de tiempo de un sueño</translation>
    </message>
    <message>
        <source>The checkup date was not saved: {0}</source>
        <translation>No se guardó la fecha de revisión: {0}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Review — {0}</source>
        <translation>Revisión — {0}</translation>
    </message>
    <message>
        <source>The review cannot be shown: {0}</source>
        <translation>No se puede mostrar la revisión: {0}</translation>
    </message>
    <message>
        <source>Add a baby to see the review.</source>
        <translation>Añada un bebé para ver la revisión.</translation>
    </message>
    <message>
        <source>Choose the date of the last checkup and press “Set checkup date”.</source>
        <translation>Elija la fecha de la última revisión y pulse «Fijar la fecha de revisión».</translation>
    </message>
    <message>
        <source>week {0}</source>
        <translation>semana {0}</translation>
    </message>
    <message>
        <source>weeks {0} to {1}</source>
        <translation>semanas {0} a {1}</translation>
    </message>
    <message>
        <source>corrected age (from the due date)</source>
        <translation>edad corregida (desde la fecha prevista de parto)</translation>
    </message>
    <message>
        <source>age since birth</source>
        <translation>edad desde el nacimiento</translation>
    </message>
    <message>
        <source>{0} · {1} of {2}. A night counts for the day it began.</source>
        <translation>{0} · {1} de {2}. Una noche cuenta para el día en que empezó.</translation>
    </message>
    <message>
        <source>corrected age</source>
        <translation>edad corregida</translation>
    </message>
</context>
<context>
    <name>ShortcutsPage</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Space (held 1 s)</source>
        <translation>Barra espaciadora (mantenida 1 s)</translation>
    </message>
    <message>
        <source>Start a timed episode; let go to end it</source>
        <translation>Empezar un episodio medido; suéltela para terminarlo</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command you can reach from the keyboard, and its key.</source>
        <translation>Todas las órdenes que se pueden usar desde el teclado, y su tecla.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Timed episode</source>
        <translation>Episodio medido</translation>
    </message>
</context>
<context>
    <name>SleepDialog</name>
    <message>
        <source>Edit sleep</source>
        <translation>Editar el sueño</translation>
    </message>
    <message>
        <source>Add a past sleep for {name}</source>
        <translation>Añadir un sueño pasado de {name}</translation>
    </message>
    <message>
        <source>Still asleep (sleep in progress)</source>
        <translation>Todavía dormido (sueño en curso)</translation>
    </message>
    <message>
        <source>Sleep still in progress</source>
        <translation>Sueño todavía en curso</translation>
    </message>
    <message>
        <source>Kind of sleep</source>
        <translation>Tipo de sueño</translation>
    </message>
    <message>
        <source>Sleep note</source>
        <translation>Nota del sueño</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Final</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>
</source>
        <translation>
</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>SleepTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Sacudidas</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Woke baby</source>
        <translation>Despertó al bebé</translation>
    </message>
    <message>
        <source>The day the sleep started</source>
        <translation>El día en que empezó el sueño</translation>
    </message>
    <message>
        <source>Local start and end time</source>
        <translation>Hora local de inicio y de final</translation>
    </message>
    <message>
        <source>Nap or night</source>
        <translation>Siesta o noche</translation>
    </message>
    <message>
        <source>How long the sleep lasted (so far, while running)</source>
        <translation>Cuánto duró el sueño (hasta ahora, si sigue en curso)</translation>
    </message>
    <message>
        <source>Twitches tapped in this sleep</source>
        <translation>Sacudidas tocadas en este sueño</translation>
    </message>
    <message>
        <source>Timed episodes of repeated jerks</source>
        <translation>Episodios medidos de sacudidas repetidas</translation>
    </message>
    <message>
        <source>Reports with a sign seen (stiffening, color change, ...)</source>
        <translation>Registros con una señal vista (rigidez, cambio de color, ...)</translation>
    </message>
    <message>
        <source>Times a twitch or episode woke the baby</source>
        <translation>Veces que una sacudida o un episodio despertó al bebé</translation>
    </message>
    <message>
        <source>{length} so far</source>
        <translation>{length} hasta ahora</translation>
    </message>
</context>
<context>
    <name>SleepVideos</name>
    <message>
        <source>Videos of this sleep:</source>
        <translation>Vídeos de este sueño:</translation>
    </message>
    <message>
        <source>Open video of {0}</source>
        <translation>Abrir el vídeo de {0}</translation>
    </message>
    <message>
        <source>Play {0} in this computer&apos;s video player</source>
        <translation>Reproducir {0} en el reproductor de vídeo de este ordenador</translation>
    </message>
</context>
<context>
    <name>StateRow</name>
    <message>
        <source>Asleep</source>
        <translation>Dormido</translation>
    </message>
    <message>
        <source>Drowsy</source>
        <translation>Adormilado</translation>
    </message>
    <message>
        <source>Awake</source>
        <translation>Despierto</translation>
    </message>
    <message>
        <source>Baby is</source>
        <translation>El bebé está</translation>
    </message>
    <message>
        <source>The baby is {state}</source>
        <translation>El bebé está {state}</translation>
    </message>
    <message>
        <source>Asleep again</source>
        <translation>Dormido otra vez</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>{path} is not a readable Twitch Diary file ({detail}); it was left unchanged. Restore a backup with &apos;twitch-diary restore&apos;, or move the file away to start afresh.</source>
        <translation>{path} no es un archivo de Twitch Diary legible ({detail}); se dejó sin cambios. Restaure una copia de seguridad con «twitch-diary restore», o aparte el archivo para empezar de nuevo.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Twitch Diary (schema {found}, this version reads up to {supported}); it was left unchanged. Install the newer version to open it.</source>
        <translation>{path} lo escribió una versión más nueva de Twitch Diary (esquema {found}; esta versión lee hasta el {supported}); se dejó sin cambios. Instale la versión más nueva para abrirlo.</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>una importación</translation>
    </message>
    <message>
        <source>a restore</source>
        <translation>una restauración</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>la demostración</translation>
    </message>
    <message>
        <source>an update</source>
        <translation>una actualización</translation>
    </message>
    <message>
        <source>a sync</source>
        <translation>una sincronización</translation>
    </message>
    <message>
        <source>a merge of two babies</source>
        <translation>una unión de dos bebés</translation>
    </message>
    <message>
        <source>Twitch Diary is busy with {what} on {folder}; wait for it to finish, then try again.</source>
        <translation>Twitch Diary está ocupado con {what} en {folder}; espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Twitch Diary is already open on {folder}. Switch to that window, or close it first.</source>
        <translation>Twitch Diary ya está abierto con {folder}. Cambie a esa ventana, o ciérrela primero.</translation>
    </message>
    <message>
        <source>Could not save to the diary ({detail}); nothing was changed.</source>
        <translation>No se pudo guardar en el diario ({detail}); no se cambió nada.</translation>
    </message>
    <message>
        <source>No baby with id {id}.</source>
        <translation>No hay ningún bebé con el id {id}.</translation>
    </message>
    <message>
        <source>No baby called {name} in this diary (see &apos;twitch-diary babies&apos;).</source>
        <translation>No hay ningún bebé llamado {name} en este diario (vea «twitch-diary babies»).</translation>
    </message>
    <message>
        <source>More than one baby is called {name}; give the id instead.</source>
        <translation>Hay más de un bebé llamado {name}; indique su id.</translation>
    </message>
    <message>
        <source>it holds no diary</source>
        <translation>no contiene ningún diario</translation>
    </message>
    <message>
        <source>damaged pages: {detail}</source>
        <translation>páginas dañadas: {detail}</translation>
    </message>
    <message>
        <source>the backup {path} could not be written: {problem}</source>
        <translation>no se pudo escribir la copia de seguridad {path}: {problem}</translation>
    </message>
    <message>
        <source>the daily check found damage: {detail}</source>
        <translation>la comprobación diaria encontró daños: {detail}</translation>
    </message>
    <message>
        <source>There is no backup named {name} in {folder}; nothing was changed.</source>
        <translation>No hay ninguna copia de seguridad llamada {name} en {folder}; no se cambió nada.</translation>
    </message>
    <message>
        <source>{path} already exists; wait a second and try again</source>
        <translation>{path} ya existe; espere un segundo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the backup could not be restored: {problem}</source>
        <translation>no se pudo restaurar la copia de seguridad: {problem}</translation>
    </message>
    <message>
        <source>the restore was interrupted ({problem}); it is finished when the diary is next opened</source>
        <translation>la restauración se interrumpió ({problem}); se terminará la próxima vez que se abra el diario</translation>
    </message>
    <message>
        <source>the second backup place {place} is not there (is the USB stick or disk plugged in?); today&apos;s backup is in the diary&apos;s own folder only</source>
        <translation>el segundo lugar de copias {place} no está (¿está conectada la memoria USB o el disco?); la copia de hoy está solo en la carpeta del diario</translation>
    </message>
    <message>
        <source>the copy in {place} failed its check: {detail}</source>
        <translation>la copia en {place} no pasó la comprobación: {detail}</translation>
    </message>
    <message>
        <source>the videos could not be copied to {folder}: {problem}</source>
        <translation>no se pudieron copiar los vídeos a {folder}: {problem}</translation>
    </message>
    <message>
        <source>the backup {path} could not be copied in: {problem}</source>
        <translation>no se pudo traer la copia de seguridad {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot be read: {problem}</source>
        <translation>no se puede leer: {problem}</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program</source>
        <translation>es una base de datos SQLite de otro programa</translation>
    </message>
    <message>
        <source>its tables are missing</source>
        <translation>le faltan sus tablas</translation>
    </message>
    <message>
        <source>cannot read {path} here: {problem}</source>
        <translation>no se puede leer {path} aquí: {problem}</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; free some space, then try again</source>
        <translation>el disco donde está {folder} está lleno; libere algo de espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot recover {path} here: {problem}</source>
        <translation>no se puede recuperar {path} aquí: {problem}</translation>
    </message>
    <message>
        <source>it is a symbolic link to an empty or missing file</source>
        <translation>es un enlace simbólico a un archivo vacío o que no existe</translation>
    </message>
    <message>
        <source>{path} is read-only (read-only media, or made so by its owner): nothing can be saved to it</source>
        <translation>{path} es de solo lectura (un medio de solo lectura, o así lo dejó su dueño): no se puede guardar nada en él</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>cannot open {path}: {problem}</source>
        <translation>no se puede abrir {path}: {problem}</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by an older Twitch Diary; copy it somewhere writable to open it</source>
        <translation>{path} es de solo lectura y lo escribió un Twitch Diary más antiguo; cópielo a un lugar donde se pueda escribir para abrirlo</translation>
    </message>
    <message>
        <source>the diary</source>
        <translation>el diario</translation>
    </message>
    <message>
        <source>No event with id {id}.</source>
        <translation>No hay ningún registro con el id {id}.</translation>
    </message>
    <message>
        <source>{path} keeps being replaced by another program</source>
        <translation>otro programa sigue reemplazando {path}</translation>
    </message>
    <message>
        <source>{path} is a symbolic link, not the app&apos;s lock file; remove it and try again</source>
        <translation>{path} es un enlace simbólico, no el archivo de bloqueo de la aplicación; quítelo y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>cannot create {path}: {problem}</source>
        <translation>no se puede crear {path}: {problem}</translation>
    </message>
    <message>
        <source>Could not read the diary&apos;s settings ({detail}).</source>
        <translation>No se pudieron leer los ajustes del diario ({detail}).</translation>
    </message>
    <message>
        <source>This sleep overlaps another sleep of the same baby.</source>
        <translation>Este sueño se solapa con otro sueño del mismo bebé.</translation>
    </message>
    <message>
        <source>No sleep with id {id}.</source>
        <translation>No hay ningún sueño con el id {id}.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>too little data</source>
        <translation>muy pocos datos</translation>
    </message>
    <message>
        <source>Sleeps</source>
        <translation>Sueños</translation>
    </message>
    <message>
        <source>Hours slept</source>
        <translation>Horas dormidas</translation>
    </message>
    <message>
        <source>Twitches in sleep</source>
        <translation>Sacudidas durmiendo</translation>
    </message>
    <message>
        <source>Twitches per hour of sleep</source>
        <translation>Sacudidas por hora de sueño</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Longest episode</source>
        <translation>Episodio más largo</translation>
    </message>
    <message>
        <source>Woke the baby</source>
        <translation>Despertaron al bebé</translation>
    </message>
    <message>
        <source>Signs seen</source>
        <translation>Señales vistas</translation>
    </message>
    <message>
        <source>Twitches outside a sleep</source>
        <translation>Sacudidas fuera de un sueño</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Cannot read the passphrase file {path}: {problem}; nothing was changed.</source>
        <translation>No se puede leer el archivo de la contraseña {path}: {problem}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Give the family passphrase with --passphrase-file F; nothing was changed.</source>
        <translation>Indique la contraseña de la familia con --passphrase-file ARCHIVO; no se cambió nada.</translation>
    </message>
    <message>
        <source>Family passphrase for the sync folder: </source>
        <translation>Contraseña de la familia para la carpeta compartida: </translation>
    </message>
    <message>
        <source>Another sync of {folder} is running; wait for it to finish, then try again; nothing was changed.</source>
        <translation>Otra sincronización de {folder} está en curso; espere a que termine y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Twitch Diary is open on {folder}: it syncs by itself (Diary › Sync Now, Stop Syncing); close it to run this command; nothing was changed.</source>
        <translation>Twitch Diary está abierto en {folder}: se sincroniza solo (Diario › Sincronizar ahora, Dejar de sincronizar); ciérrelo para ejecutar esta orden; no se cambió nada.</translation>
    </message>
    <message>
        <source>{problem} Nothing was changed.</source>
        <translation>{problem} No se cambió nada.</translation>
    </message>
    <message>
        <source>Sync is off; the shared folder was left as it is.</source>
        <translation>La sincronización está desactivada; la carpeta compartida se dejó como estaba.</translation>
    </message>
    <message>
        <source>This computer writes its files in the sub-folder {device}: other devices name it so.</source>
        <translation>Este ordenador escribe sus archivos en la subcarpeta {device}: así lo nombran los otros dispositivos.</translation>
    </message>
    <message>
        <source>Sync was not set up.</source>
        <translation>La sincronización no estaba configurada.</translation>
    </message>
    <message>
        <source>This diary now syncs with {folder}.</source>
        <translation>Este diario se sincroniza ahora con {folder}.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <source>There is no folder {folder}; create it (or let the sync tool create it) first.</source>
        <translation>No existe la carpeta {folder}; créela antes (o deje que la cree el programa de sincronización).</translation>
    </message>
    <message>
        <source>The passphrase is empty; nothing was changed.</source>
        <translation>La contraseña está vacía; no se cambió nada.</translation>
    </message>
    <message>
        <source>The sync folder {folder} holds other devices&apos; files but not their twitch-diary-sync.json (still being copied?); wait for it, then try again; nothing was changed.</source>
        <translation>La carpeta compartida {folder} contiene archivos de otros dispositivos, pero no su twitch-diary-sync.json (¿se sigue copiando?); espere a que llegue y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed.</source>
        <translation>{problem}; no se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase is not the one this sync folder was set up with; nothing was changed.</source>
        <translation>La contraseña no es la que se usó al configurar esta carpeta compartida; no se cambió nada.</translation>
    </message>
    <message>
        <source>Sync is not set up: run &apos;twitch-diary sync FOLDER&apos; first; nothing was changed.</source>
        <translation>La sincronización no está configurada: ejecute antes «twitch-diary sync CARPETA»; no se cambió nada.</translation>
    </message>
    <message>
        <source>The sync folder {folder} has no twitch-diary-sync.json (not mounted, or not copied here yet?); nothing was changed.</source>
        <translation>La carpeta compartida {folder} no tiene twitch-diary-sync.json (¿no está montada, o aún no se ha copiado aquí?); no se cambió nada.</translation>
    </message>
    <message>
        <source>The sync folder {folder} is not the one set up here (or its family passphrase changed): run &apos;twitch-diary sync FOLDER&apos; again; nothing was changed.</source>
        <translation>La carpeta compartida {folder} no es la configurada aquí (o cambió su contraseña): vuelva a ejecutar «twitch-diary sync CARPETA»; no se cambió nada.</translation>
    </message>
    <message>
        <source>{problem}; nothing was lost.</source>
        <translation>{problem}; no se perdió nada.</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>no se puede leer {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot write in {path}: {problem}</source>
        <translation>no se puede escribir en {path}: {problem}</translation>
    </message>
    <message>
        <source>it is a folder, a pipe or a device, not a file</source>
        <translation>es una carpeta, una tubería o un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>it is {size} bytes, more than a sync file ever holds</source>
        <translation>tiene {size} bytes, más de lo que nunca tiene un archivo de sincronización</translation>
    </message>
    <message>
        <source>{path} is not a Twitch Diary sync header (or is still being copied)</source>
        <translation>{path} no es una cabecera de sincronización de Twitch Diary (o aún se está copiando)</translation>
    </message>
    <message>
        <source>{folder} went away during the sync: unmounted, or moved?</source>
        <translation>{folder} desapareció durante la sincronización: ¿se desmontó, o se movió?</translation>
    </message>
    <message>
        <source>cannot create {path}</source>
        <translation>no se puede crear {path}</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <source>{sent} ({file}).</source>
        <translation>{sent} ({file}).</translation>
    </message>
    <message>
        <source>{sent}.</source>
        <translation>{sent}.</translation>
    </message>
    <message>
        <source>{received} {files} {devices}.</source>
        <translation>{received} {files} {devices}.</translation>
    </message>
    <message>
        <source>Not merged: {reason}</source>
        <translation>No se combinó: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the file {file} of the device {device}: it was made with another family passphrase, or it is damaged. On that device, set up sync again with this family&apos;s passphrase (Diary › Sync with Other Devices…, or &apos;twitch-diary sync FOLDER&apos;): it then sends its changes anew, and this file may be deleted.</source>
        <translation>No se puede leer el archivo {file} del dispositivo {device}: se hizo con otra contraseña de la familia, o está dañado. En ese dispositivo, vuelva a configurar la sincronización con la contraseña de esta familia (Diario › Sincronizar con otros dispositivos…, o «twitch-diary sync CARPETA»): entonces envía de nuevo sus cambios, y este archivo se puede borrar.</translation>
    </message>
    <message>
        <source>Cannot read the file {file} of the device {device}: {problem}. Remove it from the shared folder; if it was that device&apos;s, set up sync again there (Diary › Sync with Other Devices…, or &apos;twitch-diary sync FOLDER&apos;): it then sends its changes anew.</source>
        <translation>No se puede leer el archivo {file} del dispositivo {device}: {problem}. Quítelo de la carpeta compartida; si era de ese dispositivo, vuelva a configurar allí la sincronización (Diario › Sincronizar con otros dispositivos…, o «twitch-diary sync CARPETA»): entonces envía de nuevo sus cambios.</translation>
    </message>
    <message>
        <source>Cannot read the file {file} of the device {device} ({problem}); it is tried again at every sync. If the sync tool or the share does not mend it, set up sync again on that device (Diary › Sync with Other Devices…, or &apos;twitch-diary sync FOLDER&apos;): it then sends its changes anew, and this file may be deleted.</source>
        <translation>No se puede leer el archivo {file} del dispositivo {device} ({problem}); se intenta de nuevo en cada sincronización. Si la herramienta de sincronización o el recurso compartido no lo arreglan, vuelva a configurar la sincronización en ese dispositivo (Diario › Sincronizar con otros dispositivos…, o «twitch-diary sync CARPETA»): entonces envía de nuevo sus cambios, y este archivo se puede borrar.</translation>
    </message>
    <message>
        <source>Cannot read the sub-folder {device} of the shared folder ({problem}): the files of that device are left until it can be read. If no device of this family writes there, remove it.</source>
        <translation>No se puede leer la subcarpeta {device} de la carpeta compartida ({problem}): los archivos de ese dispositivo se dejan hasta que se pueda leer. Si ningún dispositivo de esta familia escribe allí, quítela.</translation>
    </message>
    <message>
        <source>Kept aside until their baby or sleep arrives: {records}.</source>
        <translation>Apartados hasta que llegue su bebé o su sueño: {records}.</translation>
    </message>
    <message>
        <source>{name} is in the diary {count} times with different birth dates ({dates}): if that is one baby entered on two devices, merge them with &apos;twitch-diary babies --merge {keep} {other}&apos; (keeps the birth date {born}).</source>
        <translation>{name} está en el diario {count} veces con fechas de nacimiento distintas ({dates}): si es un mismo bebé anotado en dos dispositivos, únalos con «twitch-diary babies --merge {keep} {other}» (se queda la fecha de nacimiento {born}).</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Se envió %n cambio</numerusform>
            <numerusform>Se enviaron %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Se recibió %n cambio</numerusform>
            <numerusform>Se recibieron %n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n file(s)</source>
        <translation>
            <numerusform>de %n archivo</numerusform>
            <numerusform>de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n other device(s)</source>
        <translation>
            <numerusform>de %n dispositivo más</numerusform>
            <numerusform>de %n dispositivos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not complete yet (still being copied?); read at the next sync: {names}</source>
        <translation>
            <numerusform>%n archivo aún no está completo (¿se sigue copiando?); se leerá en la próxima sincronización: {names}</numerusform>
            <numerusform>%n archivos aún no están completos (¿se siguen copiando?); se leerán en la próxima sincronización: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s %n change(s) could not be written to the shared folder ({problem}); nothing is lost: they are kept here and go out at the next sync.</source>
        <translation>
            <numerusform>%n cambio de este ordenador no se pudo escribir en la carpeta compartida ({problem}); no se pierde nada: se guarda aquí y se envía en la próxima sincronización.</numerusform>
            <numerusform>%n cambios de este ordenador no se pudieron escribir en la carpeta compartida ({problem}); no se pierde nada: se guardan aquí y se envían en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) of other devices cannot be read or merged either.</source>
        <translation>
            <numerusform>Tampoco se puede leer o combinar %n archivo más de otros dispositivos.</numerusform>
            <numerusform>Tampoco se pueden leer o combinar %n archivos más de otros dispositivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>No such file or directory</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>no tiene permiso</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>la operación no está permitida</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>no queda espacio en el disco</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>se agotó el espacio permitido en el disco</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>error de lectura o escritura en el disco</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>Device or resource busy</source>
        <translation>el dispositivo está ocupado</translation>
    </message>
    <message>
        <source>Directory not empty</source>
        <translation>la carpeta no está vacía</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>demasiados enlaces simbólicos encadenados</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>el archivo es demasiado grande</translation>
    </message>
</context>
<context>
    <name>TapArea</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>Tap anywhere here to log a twitch</source>
        <translation>Toque en cualquier parte de aquí para anotar una sacudida</translation>
    </message>
    <message>
        <source>Tap anywhere or press Space for each twitch · hold Space or press E to time a longer episode</source>
        <translation>Toque en cualquier parte o pulse la barra espaciadora por cada sacudida · manténgala pulsada o pulse E para medir un episodio más largo</translation>
    </message>
    <message>
        <source>the first tap starts a sleep</source>
        <translation>el primer toque empieza un sueño</translation>
    </message>
    <message>
        <source>twitch this sleep</source>
        <translation>sacudida en este sueño</translation>
    </message>
    <message>
        <source>twitches this sleep</source>
        <translation>sacudidas en este sueño</translation>
    </message>
    <message>
        <source>last twitch {ago} ago</source>
        <translation>última sacudida hace {ago}</translation>
    </message>
</context>
<context>
    <name>TwinsBar</name>
    <message>
        <source>Which baby</source>
        <translation>Qué bebé</translation>
    </message>
    <message>
        <source>{name}: no sleep running</source>
        <translation>{name}: ningún sueño en curso</translation>
    </message>
    <message>
        <source>{name} · asleep {length}</source>
        <translation>{name} · dormido {length}</translation>
    </message>
    <message>
        <source>{name}: asleep since {start}</source>
        <translation>{name}: dormido desde las {start}</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>undone: {what}</source>
        <translation>deshecho: {what}</translation>
    </message>
    <message>
        <source>redone: {what}</source>
        <translation>rehecho: {what}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>la parte del cuerpo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>el lado</translation>
    </message>
    <message>
        <source>state</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>stopped on waking</source>
        <translation>la respuesta «paró al despertar»</translation>
    </message>
    <message>
        <source>pause length</source>
        <translation>la duración de la pausa</translation>
    </message>
    <message>
        <source>{what} must be one of {allowed} (got {value})</source>
        <translation>{what} tiene que ser uno de estos: {allowed} (se recibió {value})</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>el nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>name must be at most {count} characters</source>
        <translation>el nombre puede tener como mucho {count} caracteres</translation>
    </message>
    <message>
        <source>birth date {day} is in the future</source>
        <translation>la fecha de nacimiento {day} está en el futuro</translation>
    </message>
    <message>
        <source>due date must be within 20 weeks of the birth date</source>
        <translation>la fecha prevista de parto tiene que estar a menos de 20 semanas de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>birth weight must be between {low} and {high} g (got {weight} g)</source>
        <translation>el peso al nacer tiene que estar entre {low} y {high} g (se recibió {weight} g)</translation>
    </message>
    <message>
        <source>family history must be among {allowed} (got {value})</source>
        <translation>los antecedentes familiares tienen que estar entre {allowed} (se recibió {value})</translation>
    </message>
    <message>
        <source>start is in the future</source>
        <translation>el inicio está en el futuro</translation>
    </message>
    <message>
        <source>start is before the birth date</source>
        <translation>el inicio es anterior a la fecha de nacimiento</translation>
    </message>
    <message>
        <source>end is before start</source>
        <translation>el final es anterior al inicio</translation>
    </message>
    <message>
        <source>a sleep can last at most 24 hours</source>
        <translation>un sueño puede durar como mucho 24 horas</translation>
    </message>
    <message>
        <source>end is in the future</source>
        <translation>el final está en el futuro</translation>
    </message>
    <message>
        <source>an episode needs a positive duration</source>
        <translation>un episodio necesita una duración mayor que cero</translation>
    </message>
    <message>
        <source>an episode can last at most 24 hours</source>
        <translation>un episodio puede durar como mucho 24 horas</translation>
    </message>
    <message>
        <source>duration must not be negative</source>
        <translation>la duración no puede ser negativa</translation>
    </message>
    <message>
        <source>belongs to another baby</source>
        <translation>pertenece a otro bebé</translation>
    </message>
    <message>
        <source>time is before the birth date</source>
        <translation>la hora es anterior a la fecha de nacimiento</translation>
    </message>
    <message>
        <source>its sleep belongs to another baby</source>
        <translation>su sueño pertenece a otro bebé</translation>
    </message>
    <message>
        <source>time is outside its sleep</source>
        <translation>la hora está fuera de su sueño</translation>
    </message>
    <message>
        <source>a pause length needs the sign breathing_pause</source>
        <translation>una duración de pausa necesita la señal breathing_pause</translation>
    </message>
    <message>
        <source>signs must be among {allowed} (got {value})</source>
        <translation>las señales tienen que estar entre {allowed} (se recibió {value})</translation>
    </message>
    <message>
        <source>a sign needs at least one of the signs</source>
        <translation>una señal necesita al menos una de las señales</translation>
    </message>
    <message>
        <source>time is in the future</source>
        <translation>la hora está en el futuro</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <source>{start}–running</source>
        <translation>{start}–en curso</translation>
    </message>
    <message>
        <source>the {kind} of {day}, {span}</source>
        <translation>la {kind} del {day}, {span}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>face</source>
        <translation>cara</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>ojos</translation>
    </message>
    <message>
        <source>mouth</source>
        <translation>boca</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>brazo</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>pierna</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>pie</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>tronco</translation>
    </message>
    <message>
        <source>whole body</source>
        <translation>todo el cuerpo</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>no lo sé</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>los dos lados</translation>
    </message>
    <message>
        <source>asleep</source>
        <translation>dormido</translation>
    </message>
    <message>
        <source>drowsy</source>
        <translation>adormilado</translation>
    </message>
    <message>
        <source>awake</source>
        <translation>despierto</translation>
    </message>
    <message>
        <source>twitch</source>
        <translation>sacudida</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>episodio</translation>
    </message>
    <message>
        <source>sign seen</source>
        <translation>señal vista</translation>
    </message>
    <message>
        <source>nap</source>
        <translation>siesta</translation>
    </message>
    <message>
        <source>night</source>
        <translation>noche</translation>
    </message>
    <message>
        <source>yes, it stopped</source>
        <translation>sí, paró</translation>
    </message>
    <message>
        <source>no, it went on</source>
        <translation>no, siguió</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>no lo probé</translation>
    </message>
    <message>
        <source>stiffening</source>
        <translation>rigidez</translation>
    </message>
    <message>
        <source>shaking</source>
        <translation>temblores</translation>
    </message>
    <message>
        <source>tremor</source>
        <translation>temblor fino</translation>
    </message>
    <message>
        <source>eyes rolling</source>
        <translation>ojos en blanco</translation>
    </message>
    <message>
        <source>breathing pause</source>
        <translation>pausa respiratoria</translation>
    </message>
    <message>
        <source>colour change</source>
        <translation>cambio de color</translation>
    </message>
    <message>
        <source>unresponsive or floppy</source>
        <translation>no responde o flácido</translation>
    </message>
    <message>
        <source>change in sleep</source>
        <translation>cambio en el sueño</translation>
    </message>
    <message>
        <source>lost a skill</source>
        <translation>perdió una habilidad</translation>
    </message>
    <message>
        <source>under 10 seconds</source>
        <translation>menos de 10 segundos</translation>
    </message>
    <message>
        <source>10 to 20 seconds</source>
        <translation>de 10 a 20 segundos</translation>
    </message>
    <message>
        <source>over 20 seconds</source>
        <translation>más de 20 segundos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>newborn seizures</source>
        <translation>convulsiones neonatales</translation>
    </message>
    <message>
        <source>epilepsy</source>
        <translation>epilepsia</translation>
    </message>
    <message>
        <source>a movement disorder</source>
        <translation>trastorno motor</translation>
    </message>
    <message>
        <source>startle disease (hyperekplexia)</source>
        <translation>enfermedad del sobresalto</translation>
    </message>
</context>
<context>
    <name>VideoOpener</name>
    <message>
        <source>No video is attached to this episode.</source>
        <translation>Este episodio no tiene ningún vídeo adjunto.</translation>
    </message>
    <message>
        <source>The video “{name}” is no longer at {folder}: it may have been moved, renamed or deleted.</source>
        <translation>El vídeo «{name}» ya no está en {folder}: puede que se haya movido, cambiado de nombre o borrado.</translation>
    </message>
    <message>
        <source>The episode is kept; choose the file again in the episode&apos;s editor to attach it anew.</source>
        <translation>El episodio se conserva; vuelva a elegir el archivo en el editor del episodio para adjuntarlo de nuevo.</translation>
    </message>
    <message>
        <source>Video not opened</source>
        <translation>No se abrió el vídeo</translation>
    </message>
    <message>
        <source>No program on this computer would open “{name}”. Install a video player, then try again.</source>
        <translation>Ningún programa de este ordenador abre «{name}». Instale un reproductor de vídeo y vuelva a intentarlo.</translation>
    </message>
</context>
</TS>
