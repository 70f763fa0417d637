<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Agora</name>
    <message>
        <source>Could not open the deck %1</source>
        <translation>No se pudo abrir la presentación %1</translation>
    </message>
    <message>
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>Corrija estos errores en un editor de texto y vuelva a abrir la presentación.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Errores de la presentación</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Slide shown to the audience</source>
        <translation>Diapositiva que ve el público</translation>
    </message>
    <message>
        <source>%1 — Audience</source>
        <translation>%1 — Público</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Slide page</source>
        <translation>Página de la diapositiva</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Open Deck Folder</source>
        <translation>Abrir la carpeta de la presentación</translation>
    </message>
    <message>
        <source>Audience window</source>
        <extracomment>The user closed the window (window manager, Alt+F4); it is hidden, not destroyed.</extracomment>
        <translation>Ventana del público</translation>
    </message>
</context>
<context>
    <name>ClassControl</name>
    <message>
        <source>Class session</source>
        <translation>Sesión de clase</translation>
    </message>
    <message>
        <source>Class session panel</source>
        <translation>Panel de la sesión de clase</translation>
    </message>
    <message>
        <source>Motion vote (before)</source>
        <translation>Votación sobre la moción (antes)</translation>
    </message>
    <message>
        <source>Motion vote (after)</source>
        <translation>Votación sobre la moción (después)</translation>
    </message>
    <message>
        <source>Which convinces more?</source>
        <translation>¿Cuál convence más?</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discusión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: the kind of question (Quiz, Discussion…); %2: the question itself.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Class session</source>
        <translation>Sesión de clase</translation>
    </message>
    <message>
        <source>Address phones connect to</source>
        <translation>Dirección a la que se conectan los teléfonos</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Port (0: automatic)</source>
        <translation>Puerto (0: automático)</translation>
    </message>
    <message>
        <source>Start class session</source>
        <translation>Iniciar la sesión de clase</translation>
    </message>
    <message>
        <source>Start or end the class session</source>
        <translation>Iniciar o terminar la sesión de clase</translation>
    </message>
    <message>
        <source>Students answer from their phones on this network.</source>
        <translation>Los alumnos responden desde sus teléfonos en esta red.</translation>
    </message>
    <message>
        <source>Join address, code and students joined</source>
        <translation>Dirección para unirse, código y alumnos conectados</translation>
    </message>
    <message>
        <source>Preview of the class session picture</source>
        <translation>Vista previa de la imagen de la sesión de clase</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Pantalla para unirse</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Room shows: %1</source>
        <translation>La sala ve: %1</translation>
    </message>
    <message>
        <source>Question to ask the room</source>
        <translation>Pregunta para la clase</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Ask the chosen question</source>
        <translation>Hacer la pregunta elegida</translation>
    </message>
    <message>
        <source>Close question</source>
        <translation>Cerrar la pregunta</translation>
    </message>
    <message>
        <source>Stop taking answers</source>
        <translation>Dejar de aceptar respuestas</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Show the result to the room</source>
        <translation>Mostrar el resultado a la clase</translation>
    </message>
    <message>
        <source>Free-text answers: tick one to show it to the room</source>
        <translation>Respuestas libres: marque una para mostrarla a la clase</translation>
    </message>
    <message>
        <source>Save results as CSV…</source>
        <translation>Guardar los resultados como CSV…</translation>
    </message>
    <message>
        <source>Save the session&apos;s results as CSV</source>
        <translation>Guardar los resultados de la sesión como CSV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Answers to approve</source>
        <translation>Respuestas por aprobar</translation>
    </message>
    <message>
        <source>End class session</source>
        <translation>Terminar la sesión de clase</translation>
    </message>
    <message numerus="yes">
        <source>Join: %1
Code: %2
%n joined</source>
        <translation>
            <numerusform>Unirse: %1
Código: %2
%n conectado</numerusform>
            <numerusform>Unirse: %1
Código: %2
%n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>No se pudo iniciar: %1</translation>
    </message>
    <message>
        <source>class-results.csv</source>
        <extracomment>The suggested file name; keep the .csv ending.</extracomment>
        <translation>resultados-clase.csv</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Guardar los resultados como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ClassRoom</name>
    <message>
        <source>For</source>
        <extracomment>The three answers to the motion, Oxford style. Longest free-text answer, in characters. The right option of a quiz question; sent to phones only once revealed. &quot;join&quot; (QR code and URL) or &quot;results&quot; (the current question&apos;s chart). Opening and closing motion votes, for the swing. The deck&apos;s language: the room&apos;s picture speaks it, as exports do.</extracomment>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>Únete a la clase</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>Escanea el código o abre:</translation>
    </message>
    <message>
        <source>or type the code at %1</source>
        <translation>o escribe el código en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n conectado</numerusform>
            <numerusform>%n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Aún no hay ninguna pregunta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers appear when revealed.</source>
        <translation>Las respuestas aparecen cuando se revela la solución.</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <translation>La moción: %1</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <translation>¿Qué argumento te convence más? (%1)</translation>
    </message>
    <message>
        <source>Swing (percentage points): %1</source>
        <translation>Cambio (puntos porcentuales): %1</translation>
    </message>
    <message>
        <source>%1 gained most</source>
        <translation>%1 ganó más</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>Approved answers appear here.</source>
        <translation>Las respuestas aprobadas aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message>
        <source>Class session shown to the room</source>
        <translation>Sesión de clase tal como la ve la clase</translation>
    </message>
    <message numerus="yes">
        <source>%n students joined</source>
        <translation>
            <numerusform>%n alumno conectado</numerusform>
            <numerusform>%n alumnos conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Light</source>
        <extracomment>The translation context of every title, description and menu name in this table. The comparison: a mode inside the audience window and the presenter console. The windows (scopes) that offer it. Radio group: at most one command of the group is checked. Toolbar group it sits in, in windows that show that group. Enabled only while this condition of the window holds (see `CommandSet.set_condition`). Start a new block in its menu. Keys the window&apos;s own widgets need (study: Space scrolls the text): never bound here. Command id → menu path where this window files a command elsewhere. Command id → what the command does in this window, where that says more. Theme names as shown in View → Theme (marked here so lupdate finds them).</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <extracomment>Submenu titles: translated where the menu is built (`tr(sub)`), marked here.</extracomment>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Open Deck…</source>
        <translation>&amp;Abrir presentación…</translation>
    </message>
    <message>
        <source>Open another deck folder</source>
        <translation>Abrir la carpeta de otra presentación</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>Volver a leer los archivos de la presentación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the deck as PDF (slides, handout, notes) or PNG images</source>
        <translation>Exportar la presentación como PDF (diapositivas, documento para el público, notas) o imágenes PNG</translation>
    </message>
    <message>
        <source>&amp;Export study guide…</source>
        <translation>Exportar la &amp;guía de estudio…</translation>
    </message>
    <message>
        <source>Save your study guide (slides, notes, your notes, quiz results) as PDF</source>
        <translation>Guardar su guía de estudio (diapositivas, notas, sus notas, resultados del cuestionario) como PDF</translation>
    </message>
    <message>
        <source>&amp;Presenter Console</source>
        <translation>Modo &amp;presentador</translation>
    </message>
    <message>
        <source>Present from this slide with speaker notes and timer</source>
        <translation>Presentar desde esta diapositiva con notas del orador y cronómetro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close study mode</source>
        <translation>Cerrar el modo estudio</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next build step, then next slide</source>
        <translation>Paso siguiente, luego diapositiva siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>Previous build step, then previous slide</source>
        <translation>Paso anterior, luego diapositiva anterior</translation>
    </message>
    <message>
        <source>Next &amp;Slide (Skip Builds)</source>
        <translation>&amp;Diapositiva siguiente (sin pasos)</translation>
    </message>
    <message>
        <source>Next slide, skipping the remaining builds</source>
        <translation>Diapositiva siguiente, saltando los pasos restantes</translation>
    </message>
    <message>
        <source>Previous S&amp;lide</source>
        <translation>Diapositiva a&amp;nterior</translation>
    </message>
    <message>
        <source>Start of the previous slide</source>
        <translation>Inicio de la diapositiva anterior</translation>
    </message>
    <message>
        <source>&amp;First Slide</source>
        <translation>&amp;Primera diapositiva</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Primera diapositiva</translation>
    </message>
    <message>
        <source>&amp;Last Slide</source>
        <translation>Ú&amp;ltima diapositiva</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Última diapositiva</translation>
    </message>
    <message>
        <source>&amp;Go to Slide…</source>
        <translation>&amp;Ir a la diapositiva…</translation>
    </message>
    <message>
        <source>Find a slide by number or title</source>
        <translation>Buscar una diapositiva por número o título</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Buscar en diapositivas, notas, argumentos y glosario</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>Entrar o salir de pantalla completa</translation>
    </message>
    <message>
        <source>Present from &amp;Beginning</source>
        <translation>Presentar desde el &amp;principio</translation>
    </message>
    <message>
        <source>Start the show from the first slide (the presenter&apos;s timer starts)</source>
        <translation>Iniciar la presentación desde la primera diapositiva (el cronómetro se pone en marcha)</translation>
    </message>
    <message>
        <source>Present from &amp;Current Slide</source>
        <translation>Presentar desde la diapositiva &amp;actual</translation>
    </message>
    <message>
        <source>Start the show from this slide (the presenter&apos;s timer starts)</source>
        <translation>Iniciar la presentación desde esta diapositiva (el cronómetro se pone en marcha)</translation>
    </message>
    <message>
        <source>&amp;Study Mode</source>
        <translation>Modo &amp;estudio</translation>
    </message>
    <message>
        <source>Read, search and self-check this deck, from this slide</source>
        <translation>Leer, buscar y autoevaluarse con esta presentación, desde esta diapositiva</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>Show all slides as a grid</source>
        <translation>Mostrar todas las diapositivas en cuadrícula</translation>
    </message>
    <message>
        <source>&amp;Progress Bar</source>
        <translation>Barra de &amp;progreso</translation>
    </message>
    <message>
        <source>Show the progress bar and slide number</source>
        <translation>Mostrar la barra de progreso y el número de diapositiva</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>Pantalla &amp;negra</translation>
    </message>
    <message>
        <source>Hide the slide behind black</source>
        <translation>Ocultar la diapositiva tras una pantalla negra</translation>
    </message>
    <message>
        <source>&amp;White Screen</source>
        <translation>Pantalla &amp;blanca</translation>
    </message>
    <message>
        <source>Hide the slide behind white</source>
        <translation>Ocultar la diapositiva tras una pantalla blanca</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Congelar</translation>
    </message>
    <message>
        <source>Keep the audience on this slide while you look ahead</source>
        <translation>Mantener al público en esta diapositiva mientras usted avanza</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view 2× around the mouse on your slide (wheel: more or less; drag: a region; Z or Esc: the whole slide)</source>
        <translation>Ampliar 2× la vista del público alrededor del ratón en su diapositiva (rueda: más o menos; arrastrar: una zona; Z o Esc: toda la diapositiva)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparación</translation>
    </message>
    <message>
        <source>Show the open and closed arguments side by side</source>
        <translation>Mostrar lado a lado los argumentos abiertos y cerrados</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Aumentar el texto</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Reducir el texto</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>Restablecer el tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>Show the contents</source>
        <translation>Mostrar el contenido</translation>
    </message>
    <message>
        <source>&amp;Glossary Panel</source>
        <translation>Panel de &amp;glosario</translation>
    </message>
    <message>
        <source>Show the glossary panel</source>
        <translation>Mostrar el panel del glosario</translation>
    </message>
    <message>
        <source>&amp;My Notes Panel</source>
        <translation>Panel de &amp;mis notas</translation>
    </message>
    <message>
        <source>Show your notes</source>
        <translation>Mostrar sus notas</translation>
    </message>
    <message>
        <source>&amp;Quiz Panel</source>
        <translation>Panel de &amp;cuestionario</translation>
    </message>
    <message>
        <source>Show the quiz panel</source>
        <translation>Mostrar el panel del cuestionario</translation>
    </message>
    <message>
        <source>Use this theme</source>
        <translation>Usar este tema</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Mostrar u ocultar esta lista</translation>
    </message>
    <message>
        <source>Close / Back</source>
        <translation>Cerrar / Atrás</translation>
    </message>
    <message>
        <source>Close what is open; then leave full screen, the comparison or the show</source>
        <translation>Cerrar lo que esté abierto; luego salir de pantalla completa, de la comparación o de la presentación</translation>
    </message>
    <message>
        <source>★ &amp;Bookmark</source>
        <translation>★ &amp;Marcador</translation>
    </message>
    <message>
        <source>Bookmark this slide</source>
        <translation>Añadir un marcador a esta diapositiva</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Entendido</translation>
    </message>
    <message>
        <source>Mark this slide as understood</source>
        <translation>Marcar esta diapositiva como entendida</translation>
    </message>
    <message>
        <source>Study &amp;Progress…</source>
        <translation>&amp;Progreso del estudio…</translation>
    </message>
    <message>
        <source>Show progress by section</source>
        <translation>Mostrar el progreso por sección</translation>
    </message>
    <message>
        <source>&amp;Pointer</source>
        <translation>&amp;Puntero</translation>
    </message>
    <message>
        <source>Laser pointer: move the mouse over your slide</source>
        <translation>Puntero láser: mueva el ratón sobre su diapositiva</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>&amp;Foco</translation>
    </message>
    <message>
        <source>Darken all but a circle around the mouse</source>
        <translation>Oscurecer todo salvo un círculo alrededor del ratón</translation>
    </message>
    <message>
        <source>P&amp;en</source>
        <translation>&amp;Lápiz</translation>
    </message>
    <message>
        <source>Draw on the slide with the mouse</source>
        <translation>Dibujar en la diapositiva con el ratón</translation>
    </message>
    <message>
        <source>&amp;Highlighter</source>
        <translation>&amp;Resaltador</translation>
    </message>
    <message>
        <source>Highlight on the slide with the mouse</source>
        <translation>Resaltar en la diapositiva con el ratón</translation>
    </message>
    <message>
        <source>&amp;Undo Ink</source>
        <translation>&amp;Deshacer tinta</translation>
    </message>
    <message>
        <source>Undo the last drawing change on this slide</source>
        <translation>Deshacer el último cambio de dibujo en esta diapositiva</translation>
    </message>
    <message>
        <source>&amp;Clear Ink</source>
        <translation>&amp;Borrar tinta</translation>
    </message>
    <message>
        <source>Remove all drawing from this slide</source>
        <translation>Quitar todos los dibujos de esta diapositiva</translation>
    </message>
    <message>
        <source>&amp;Start/Pause Timer</source>
        <translation>&amp;Iniciar/pausar el cronómetro</translation>
    </message>
    <message>
        <source>Start or pause the talk timer</source>
        <translation>Iniciar o pausar el cronómetro de la charla</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>&amp;Reiniciar el cronómetro</translation>
    </message>
    <message>
        <source>Set the talk timer back to zero</source>
        <translation>Poner a cero el cronómetro de la charla</translation>
    </message>
    <message>
        <source>Reveal &amp;All Rows</source>
        <translation>Mostrar &amp;todas las filas</translation>
    </message>
    <message>
        <source>Reveal every row of the comparison</source>
        <translation>Mostrar todas las filas de la comparación</translation>
    </message>
    <message>
        <source>&amp;Focus Row</source>
        <translation>&amp;Enfocar la fila</translation>
    </message>
    <message>
        <source>Focus the selected card&apos;s row and dim the rest</source>
        <translation>Enfocar la fila de la tarjeta elegida y atenuar el resto</translation>
    </message>
    <message>
        <source>&amp;Clear Row Focus</source>
        <translation>&amp;Quitar el enfoque</translation>
    </message>
    <message>
        <source>Show every row undimmed</source>
        <translation>Mostrar todas las filas sin atenuar</translation>
    </message>
    <message>
        <source>Open Argument &amp;Detail</source>
        <translation>Abrir el &amp;detalle del argumento</translation>
    </message>
    <message>
        <source>What the selected argument answers, with examples</source>
        <translation>A qué responde el argumento elegido, con ejemplos</translation>
    </message>
    <message>
        <source>Class &amp;Poll</source>
        <translation>&amp;Votación de la clase</translation>
    </message>
    <message>
        <source>Count the room&apos;s votes (1/2/3 add, Shift+1/2/3 remove)</source>
        <translation>Contar los votos de la sala (1/2/3 añaden, Mayús+1/2/3 quitan)</translation>
    </message>
    <message>
        <source>Arrange the console</source>
        <translation>Organizar el modo presentador</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Notes large</source>
        <translation>Notas grandes</translation>
    </message>
    <message>
        <source>Next two slides</source>
        <translation>Las dos diapositivas siguientes</translation>
    </message>
    <message>
        <source>&amp;Audience Window</source>
        <translation>Ventana del &amp;público</translation>
    </message>
    <message>
        <source>Show or hide the audience window</source>
        <translation>Mostrar u ocultar la ventana del público</translation>
    </message>
    <message>
        <source>Phone &amp;Remote…</source>
        <translation>Control &amp;remoto por teléfono…</translation>
    </message>
    <message>
        <source>Drive the show from your phone: scan the code, allow the phone here</source>
        <translation>Controlar la presentación desde su teléfono: escanee el código y permita el teléfono aquí</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;Intercambiar pantallas</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>Intercambiar las pantallas del presentador y del público</translation>
    </message>
    <message>
        <source>&amp;Class Session</source>
        <translation>&amp;Sesión de clase</translation>
    </message>
    <message>
        <source>Students answer from their phones: join screen, votes, quiz, discussion</source>
        <translation>Los alumnos responden desde sus teléfonos: pantalla para unirse, votaciones, cuestionario, discusión</translation>
    </message>
    <message>
        <source>&amp;End Show</source>
        <translation>&amp;Terminar la presentación</translation>
    </message>
    <message>
        <source>End the presentation (as in Keynote; Esc backs out to it)</source>
        <translation>Terminar la presentación (como en Keynote; Esc vuelve a ella)</translation>
    </message>
    <message>
        <source>Reveal the next row</source>
        <translation>Mostrar la fila siguiente</translation>
    </message>
    <message>
        <source>Hide the last row</source>
        <translation>Ocultar la última fila</translation>
    </message>
    <message>
        <source>Close what is open; then leave the comparison</source>
        <translation>Cerrar lo que esté abierto; luego salir de la comparación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Estudio</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Dibujo</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Cronómetro</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>Dis&amp;posición</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>V&amp;entana</translation>
    </message>
    <message>
        <source>Mouse and typing</source>
        <translation>Ratón y escritura</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <extracomment>Things done without a command (typed numbers, the mouse), listed in each window&apos;s help.</extracomment>
        <translation>Cifras y luego Intro</translation>
    </message>
    <message>
        <source>Go to that slide number</source>
        <translation>Ir a ese número de diapositiva</translation>
    </message>
    <message>
        <source>Left click / Right click</source>
        <translation>Clic izquierdo / clic derecho</translation>
    </message>
    <message>
        <source>Next / previous</source>
        <translation>Siguiente / anterior</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Rueda del ratón</translation>
    </message>
    <message>
        <source>Click a thumbnail</source>
        <translation>Hacer clic en una miniatura</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Ir a esa diapositiva</translation>
    </message>
    <message>
        <source>Mouse over the current slide</source>
        <translation>Ratón sobre la diapositiva actual</translation>
    </message>
    <message>
        <source>Pointer, spotlight, ink</source>
        <translation>Puntero, foco, tinta</translation>
    </message>
    <message>
        <source>Wheel over the current slide, zoomed</source>
        <translation>Rueda sobre la diapositiva actual ampliada</translation>
    </message>
    <message>
        <source>Zoom more or less</source>
        <translation>Ampliar más o menos</translation>
    </message>
    <message>
        <source>Drag on the current slide</source>
        <translation>Arrastrar sobre la diapositiva actual</translation>
    </message>
    <message>
        <source>Zoom the room to that region</source>
        <translation>Ampliar la vista del público a esa zona</translation>
    </message>
    <message>
        <source>Click a glossary term</source>
        <translation>Hacer clic en un término del glosario</translation>
    </message>
    <message>
        <source>Open its definition</source>
        <translation>Abrir su definición</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 a 9</translation>
    </message>
    <message>
        <source>Focus that row and dim the rest</source>
        <translation>Enfocar esa fila y atenuar el resto</translation>
    </message>
    <message>
        <source>Arrows, once a card is selected</source>
        <translation>Flechas, con una tarjeta elegida</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Moverse entre tarjetas</translation>
    </message>
    <message>
        <source>Click a card</source>
        <translation>Hacer clic en una tarjeta</translation>
    </message>
    <message>
        <source>Select it</source>
        <translation>Seleccionarla</translation>
    </message>
    <message>
        <source>In the poll: 1/2/3, Shift+1/2/3</source>
        <translation>En la votación: 1/2/3, Mayús+1/2/3</translation>
    </message>
    <message>
        <source>Add / remove a vote</source>
        <translation>Añadir / quitar un voto</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>Column titles of the key map, in scope order.</extracomment>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
</context>
<context>
    <name>ComparisonCanvas</name>
    <message>
        <source>Comparison of arguments</source>
        <translation>Comparación de argumentos</translation>
    </message>
</context>
<context>
    <name>ComparisonMode</name>
    <message>
        <source>Comparison — %1</source>
        <translation>Comparación — %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <extracomment>The room&apos;s copy stays silent; the one being operated speaks revealed rows.</extracomment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>This deck has no debate to compare.</source>
        <translation>Esta presentación no tiene ningún debate que comparar.</translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message>
        <source>Table of contents</source>
        <extracomment>A slide was chosen (Enter, click): its index in the deck.</extracomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Sections and slides. ✓ marks a slide you understood, ★ a bookmark. Press Enter to open a slide.</source>
        <translation>Secciones y diapositivas. ✓ marca una diapositiva entendida, ★ un marcador. Pulse Intro para abrir una diapositiva.</translation>
    </message>
    <message>
        <source>%1, understood, bookmarked</source>
        <translation>%1, entendida, con marcador</translation>
    </message>
    <message>
        <source>%1, understood</source>
        <translation>%1, entendida</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1, con marcador</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n understood</source>
        <translation>
            <numerusform>%1, %2 de %n diapositiva entendida</numerusform>
            <numerusform>%1, %2 de %n diapositivas entendidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Row: %1</source>
        <translation>Fila: %1</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here.</source>
        <translation>Solo se muestra el principio: este texto es demasiado largo para leerlo aquí.</translation>
    </message>
    <message>
        <source>**Examples**</source>
        <translation>**Ejemplos**</translation>
    </message>
    <message>
        <source>**Answers:** %1</source>
        <translation>**Respuestas:** %1</translation>
    </message>
    <message>
        <source>**In tension with:** %1</source>
        <translation>**En tensión con:** %1</translation>
    </message>
    <message>
        <source>Argument detail</source>
        <extracomment>Where the detail&apos;s text-size steps are remembered (0: sized by the panel alone).</extracomment>
        <translation>Detalle del argumento</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Respuesta modelo:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>(also: %1)</source>
        <translation>(también: %1)</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Esta diapositiva no tiene notas.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Device pixels per inch of every PDF: a 960×540 pt slide page is a 1920×1080 painter. Index of the first glossary page: `term:` links in a handout point there. The resolved deck folder, from which text pages may show the deck&apos;s own pictures (through the deck&apos;s image rule); empty for text that names no pictures.</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Class results</source>
        <translation>Resultados de la clase</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparación: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Cuestionario: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Exportar la presentación</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>Imágenes PNG</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Handout (3 per page)</source>
        <translation>Documento para el público (3 por página)</translation>
    </message>
    <message>
        <source>Notes pages</source>
        <translation>Páginas de notas</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Final slide only</source>
        <translation>Solo la diapositiva final</translation>
    </message>
    <message>
        <source>A page per build step</source>
        <translation>Una página por paso</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Deck&apos;s theme</source>
        <translation>Tema de la presentación</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>all, or e.g. 3-7,10</source>
        <translation>todas, o p. ej. 3-7,10</translation>
    </message>
    <message>
        <source>Slides to export</source>
        <translation>Diapositivas que exportar</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width</source>
        <translation>Ancho de imagen</translation>
    </message>
    <message>
        <source>Speaker notes as PDF comments, and a pdfpc file</source>
        <translation>Notas del orador como comentarios PDF, y un archivo pdfpc</translation>
    </message>
    <message>
        <source>Add comparison pages (overview and each dimension)</source>
        <translation>Añadir páginas de comparación (resumen y cada dimensión)</translation>
    </message>
    <message>
        <source>Include &amp;annotations (ink saved in presenter mode)</source>
        <translation>Incluir anotacion&amp;es (tinta guardada en el modo presentador)</translation>
    </message>
    <message>
        <source>Include annotations</source>
        <translation>Incluir anotaciones</translation>
    </message>
    <message>
        <source>Add the class &amp;results (poll votes recorded for this deck)</source>
        <translation>Añadir los &amp;resultados de la clase (votos registrados para esta presentación)</translation>
    </message>
    <message>
        <source>Include class results</source>
        <translation>Incluir los resultados de la clase</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Diseño:</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>S&amp;lides:</source>
        <translation>D&amp;iapositivas:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>A&amp;ncho de imagen:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <source>Export images to</source>
        <translation>Exportar imágenes a</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Exportación cancelada; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export to {output} failed: {reason}</source>
        <translation>La exportación a {output} falló: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Focus row</source>
        <translation>Enfocar una fila</translation>
    </message>
    <message>
        <source>Focus one row and dim the rest (keys 1–3, 0 clears)</source>
        <translation>Enfocar una fila y atenuar el resto (teclas 1–3, 0 quita el enfoque)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Show or hide the cards of %1</source>
        <translation>Mostrar u ocultar las tarjetas de %1</translation>
    </message>
    <message>
        <source>Search arguments</source>
        <translation>Buscar argumentos</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>Tarjetas que coinciden</translation>
    </message>
    <message>
        <source>Hide last row</source>
        <translation>Ocultar la última fila</translation>
    </message>
    <message>
        <source>Reveal next row</source>
        <translation>Mostrar la fila siguiente</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Reveal all rows</source>
        <translation>Mostrar todas las filas</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cards</source>
        <translation>
            <numerusform>%1 de %n tarjeta</numerusform>
            <numerusform>%1 de %n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms…</source>
        <translation>Filtrar términos…</translation>
    </message>
    <message>
        <source>Filter glossary</source>
        <translation>Filtrar el glosario</translation>
    </message>
    <message>
        <source>Type to narrow the list of terms.</source>
        <translation>Escriba para acotar la lista de términos.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <source>Choose a term to read its definition below.</source>
        <translation>Elija un término para leer su definición abajo.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Choose a term, or a linked term in the slide text.</source>
        <translation>Elija un término, o un término enlazado en el texto de la diapositiva.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to Slide</source>
        <translation>Ir a la diapositiva</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Ir a la diapositiva</translation>
    </message>
    <message>
        <source>Slide number or words from the title</source>
        <translation>Número de diapositiva o palabras del título</translation>
    </message>
    <message>
        <source>Search slides</source>
        <translation>Buscar diapositivas</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Matching slides</source>
        <translation>Diapositivas coincidentes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
</context>
<context>
    <name>GuideExport</name>
    <message>
        <source>Exporting the study guide…</source>
        <extracomment>The summary line (&quot;Wrote …: N pages …&quot;) once the file is in place. Why it failed, or &quot;&quot; when the student cancelled (any earlier file is untouched).</extracomment>
        <translation>Exportando la guía de estudio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Exportar la guía de estudio</translation>
    </message>
    <message>
        <source>Study guide export progress</source>
        <translation>Progreso de la exportación de la guía de estudio</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>From this width on, three columns: a full-screen help fits without scrolling. Hidden again (the window then gives the keys back to the slide).</extracomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Press Esc, ? or F1 to close</source>
        <translation>Pulse Esc, ? o F1 para cerrar</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the class</source>
        <translation>Únete a la clase</translation>
    </message>
    <message>
        <source>Session code (on the projector)</source>
        <translation>Código de sesión (en el proyector)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Too many tries: wait a minute.</source>
        <translation>Demasiados intentos: espera un minuto.</translation>
    </message>
    <message>
        <source>Unknown code.</source>
        <translation>Código desconocido.</translation>
    </message>
    <message>
        <source>No connection: are you on the classroom Wi-Fi?</source>
        <translation>Sin conexión: ¿estás en la wifi del aula?</translation>
    </message>
    <message>
        <source>This page needs JavaScript to join.</source>
        <translation>Esta página necesita JavaScript para unirse.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>Usar este idioma a partir del próximo inicio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Agora will use %1 the next time it starts.</source>
        <translation>Agora usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Idioma cambiado</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>My notes</source>
        <extracomment>The note of a slide was written to the database: (slide id, text).</extracomment>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>Your own notes on this slide, saved automatically. Tab leaves the editor.</source>
        <translation>Sus propias notas sobre esta diapositiva, guardadas automáticamente. Tab sale del editor.</translation>
    </message>
    <message>
        <source>Write your own notes on this slide…</source>
        <translation>Escriba sus propias notas sobre esta diapositiva…</translation>
    </message>
    <message>
        <source>&amp;Notes on “%1”</source>
        <translation>&amp;Notas sobre «%1»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: study data is read-only (see the banner above).</source>
        <translation>No guardado: los datos de estudio son de solo lectura (vea el aviso de arriba).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Only the beginning of these notes is shown: they are too long to read here. All of them are in {file}, line {line}.</source>
        <translation>Solo se muestra el principio de estas notas del orador: son demasiado largas para leerlas aquí. Están completas en {file}, línea {line}.</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Slide overview</source>
        <extracomment>A slide was chosen (0-based index).</extracomment>
        <translation>Vista general de diapositivas</translation>
    </message>
    <message>
        <source>Arrow keys choose a slide, Enter shows it, Esc closes</source>
        <translation>Las flechas eligen una diapositiva, Intro la muestra, Esc cierra</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Slide %1 of %2: %3, showing now</source>
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. Thumbnails kept at most: far more than any view shows at once, yet scrolling through a 2,000-slide deck keeps tens of megabytes, not hundreds. The image of this slide index is now available.</extracomment>
        <translation>Diapositiva %1 de %2: %3, en pantalla ahora</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositiva %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <source>Class poll</source>
        <translation>Votación de la clase</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Votes before: %1</source>
        <translation>Votos antes: %1</translation>
    </message>
    <message>
        <source>Votes after: %1</source>
        <translation>Votos después: %1</translation>
    </message>
    <message>
        <source>Poll chart</source>
        <extracomment>Shift+1/2/3 arrive as these symbols on most keyboard layouts.</extracomment>
        <translation>Gráfico de la votación</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Class poll</source>
        <translation>Votación de la clase</translation>
    </message>
    <message>
        <source>Poll status</source>
        <translation>Estado de la votación</translation>
    </message>
    <message>
        <source>Before the debate</source>
        <translation>Antes del debate</translation>
    </message>
    <message>
        <source>Record votes before the debate</source>
        <translation>Registrar los votos antes del debate</translation>
    </message>
    <message>
        <source>After the debate</source>
        <translation>Después del debate</translation>
    </message>
    <message>
        <source>Record votes after the debate</source>
        <translation>Registrar los votos después del debate</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>Votos para %1</translation>
    </message>
    <message>
        <source>Clear this phase</source>
        <translation>Borrar esta fase</translation>
    </message>
    <message>
        <source>Clear the votes of this phase</source>
        <translation>Borrar los votos de esta fase</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Save the poll as CSV</source>
        <translation>Guardar la votación como CSV</translation>
    </message>
    <message>
        <source>Keys: 1/2/3 add a vote, Shift+1/2/3 remove one.</source>
        <translation>Teclas: 1/2/3 añaden un voto, Mayús+1/2/3 quitan uno.</translation>
    </message>
    <message>
        <source>%1. Recording is off so that file is kept as it is.</source>
        <translation>%1. El registro está desactivado para que ese archivo quede como está.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Save Poll as CSV</source>
        <translation>Guardar la votación como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Phone remote</source>
        <translation>Control remoto por teléfono</translation>
    </message>
    <message>
        <source>The remote could not start: %1</source>
        <translation>No se pudo iniciar el control remoto: %1</translation>
    </message>
</context>
<context>
    <name>PresenterComparison</name>
    <message>
        <source>Comparison: you drive it, the room sees it</source>
        <translation>Comparación: usted la controla, la sala la ve</translation>
    </message>
    <message>
        <source>Comparison shown to the audience</source>
        <translation>Comparación que ve el público</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Next: build step %1</source>
        <translation>A continuación: paso %1</translation>
    </message>
    <message>
        <source>Next: slide %1</source>
        <translation>A continuación: diapositiva %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>A continuación: fin de la presentación</translation>
    </message>
    <message>
        <source>After that: build step %1</source>
        <translation>Después: paso %1</translation>
    </message>
    <message>
        <source>After that: slide %1</source>
        <translation>Después: diapositiva %1</translation>
    </message>
    <message>
        <source>After that: end of the presentation</source>
        <translation>Después: fin de la presentación</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <extracomment>The speaker closed the console: the show is over.</extracomment>
        <translation>Modo presentador</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositiva actual</translation>
    </message>
    <message>
        <source>Next step preview</source>
        <translation>Vista previa del paso siguiente</translation>
    </message>
    <message>
        <source>Preview of the step after next</source>
        <translation>Vista previa del paso posterior al siguiente</translation>
    </message>
    <message>
        <source>What the audience sees</source>
        <translation>Lo que ve el público</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>After that</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Audience sees (rehearsal: one screen)</source>
        <translation>El público ve (ensayo: una pantalla)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Divider between the slides and the thumbnails</source>
        <translation>Separador entre las diapositivas y las miniaturas</translation>
    </message>
    <message>
        <source>Divider between the current slide and the side panes</source>
        <translation>Separador entre la diapositiva actual y los paneles laterales</translation>
    </message>
    <message>
        <source>Divider between the side panes</source>
        <translation>Separador entre los paneles laterales</translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <translation>Controles del modo presentador</translation>
    </message>
    <message>
        <source>Comparison — the room sees it (C or Esc: back to the slides)</source>
        <translation>Comparación: la sala la ve (C o Esc: volver a las diapositivas)</translation>
    </message>
    <message>
        <source>%1 — Presenter console</source>
        <translation>%1 — Modo presentador</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Deck problems</source>
        <extracomment>Dark text on a pale amber ground (contrast &gt; 10:1); the &quot;⚠&quot; and heading say it, not colour. Closed by the user (the window gives the keyboard back to the slide).</extracomment>
        <translation>Errores de la presentación</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Lista de errores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close problem banner</source>
        <translation>Cerrar el aviso de errores</translation>
    </message>
    <message>
        <source>Hide this banner (Esc)</source>
        <translation>Ocultar este aviso (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `agora check` for the full list)</source>
        <translation>
            <numerusform>… y %n más (`agora check` muestra la lista completa)</numerusform>
            <numerusform>… y %n más (`agora check` muestra la lista completa)</numerusform>
        </translation>
    </message>
    <message>
        <source>The deck has errors; still showing the last version that loaded</source>
        <translation>La presentación tiene errores; se sigue mostrando la última versión cargada</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Study progress</source>
        <translation>Progreso del estudio</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Quiz (last answers)</source>
        <translation>Cuestionario (últimas respuestas)</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>Progreso por sección</translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Slide progress</source>
        <extracomment>The pill behind text on the slide: dark and opaque enough for white text on any theme.</extracomment>
        <translation>Progreso de las diapositivas</translation>
    </message>
    <message>
        <source>Go to slide %1 ↵</source>
        <translation>Ir a la diapositiva %1 ↵</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Quiz scope</source>
        <extracomment>An answer was recorded (the progress view refreshes).</extracomment>
        <translation>Alcance del cuestionario</translation>
    </message>
    <message>
        <source>Which questions to practise.</source>
        <translation>Qué preguntas practicar.</translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation>&amp;Empezar el cuestionario</translation>
    </message>
    <message>
        <source>Start a run through the chosen questions.</source>
        <translation>Empezar una ronda con las preguntas elegidas.</translation>
    </message>
    <message>
        <source>Choose the questions and press Start.</source>
        <translation>Elija las preguntas y pulse «Empezar el cuestionario».</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Write your answer, then compare it with the model answer.</source>
        <translation>Escriba su respuesta y luego compárela con la respuesta modelo.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Check the chosen answer.</source>
        <translation>Comprobar la respuesta elegida.</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>Mostrar respuesta mo&amp;delo</translation>
    </message>
    <message>
        <source>Compare your answer with a model answer.</source>
        <translation>Comparar su respuesta con una respuesta modelo.</translation>
    </message>
    <message>
        <source>I &amp;had it</source>
        <translation>La &amp;sabía</translation>
    </message>
    <message>
        <source>Count this open question as right.</source>
        <translation>Contar esta pregunta abierta como correcta.</translation>
    </message>
    <message>
        <source>I &amp;missed it</source>
        <translation>La &amp;fallé</translation>
    </message>
    <message>
        <source>Count this open question as wrong.</source>
        <translation>Contar esta pregunta abierta como incorrecta.</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Siguien&amp;te pregunta</translation>
    </message>
    <message>
        <source>Go on to the next question.</source>
        <translation>Pasar a la siguiente pregunta.</translation>
    </message>
    <message>
        <source>&amp;Review mistakes</source>
        <translation>&amp;Repasar errores</translation>
    </message>
    <message>
        <source>Run again through the questions you missed.</source>
        <translation>Repasar de nuevo las preguntas falladas.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Corrección</translation>
    </message>
    <message numerus="yes">
        <source>Whole deck (%n questions)</source>
        <translation>
            <numerusform>Toda la presentación (%n pregunta)</numerusform>
            <numerusform>Toda la presentación (%n preguntas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Elija primero una respuesta.</translation>
    </message>
    <message>
        <source>Recorded: ✔ right.</source>
        <translation>Registrado: ✔ correcta.</translation>
    </message>
    <message>
        <source>Recorded: ✘ missed.</source>
        <translation>Registrado: ✘ fallada.</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Respuesta modelo:</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Correcto.</translation>
    </message>
    <message>
        <source>The answer is: %1</source>
        <translation>La respuesta es: %1</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ No exactamente.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n right.</source>
        <translation>
            <numerusform>Terminado: %1 de %n correcta.</numerusform>
            <numerusform>Terminado: %1 de %n correctas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n pregunta por repasar.</numerusform>
            <numerusform>%n preguntas por repasar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mistakes!</source>
        <translation>¡Sin errores!</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %n · score %2/%3</source>
        <translation>
            <numerusform>Pregunta %1 de %n · puntuación %2/%3</numerusform>
            <numerusform>Pregunta %1 de %n · puntuación %2/%3</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Right answer:</source>
        <translation>✔ Respuesta correcta:</translation>
    </message>
    <message>
        <source>✘ Your answer:</source>
        <translation>✘ Su respuesta:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Slide picture</source>
        <extracomment>The narrowest width pictures in the text are fitted to, before the pane has its size. The definition (or &quot;&quot;) of the link under the mouse, for the status bar.</extracomment>
        <translation>Imagen de la diapositiva</translation>
    </message>
    <message>
        <source>Slide text and notes</source>
        <translation>Texto y notas de la diapositiva</translation>
    </message>
    <message>
        <source>The slide&apos;s full text and the presenter&apos;s notes. Tab moves between linked glossary terms; Enter shows a term&apos;s definition in the Glossary tab.</source>
        <translation>El texto completo de la diapositiva y las notas del orador. Tab pasa de un término enlazado del glosario a otro; Intro muestra la definición de un término en la pestaña «Glosario».</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here. All of it is in {file}, line {line}, and in the study guide.</source>
        <translation>Solo se muestra el principio: este texto es demasiado largo para leerlo aquí. El texto completo está en {file}, línea {line}, y en la guía de estudio.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Agora remote</source>
        <translation>Control remoto de Agora</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Asking the presenter&apos;s computer to allow this phone…</source>
        <translation>Pidiendo al ordenador de la presentación que permita este teléfono…</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Volver a pedir</translation>
    </message>
    <message>
        <source>Waiting: allow this phone on the presenter&apos;s computer (“Allow this device?”).</source>
        <translation>Esperando: permite este teléfono en el ordenador de la presentación («¿Permitir este dispositivo?»).</translation>
    </message>
    <message>
        <source>Waiting for the presenter to allow this phone…</source>
        <translation>Esperando a que se permita este teléfono…</translation>
    </message>
    <message>
        <source>The presenter did not allow this phone.</source>
        <translation>No se permitió este teléfono.</translation>
    </message>
    <message>
        <source>This phone no longer controls the show (revoked on the presenter&apos;s computer).</source>
        <translation>Este teléfono ya no controla la presentación (revocado en el ordenador de la presentación).</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>This link is no longer valid: scan the code on the console again.</source>
        <translation>Este enlace ya no es válido: vuelve a escanear el código del modo presentador.</translation>
    </message>
    <message>
        <source>Problem talking to the presenter&apos;s computer; trying again…</source>
        <translation>Problema al comunicarse con el ordenador de la presentación; reintentando…</translation>
    </message>
    <message>
        <source>No connection; trying again…</source>
        <translation>Sin conexión; reintentando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Conexión perdida; reconectando…</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <source>(step %1/%2)</source>
        <extracomment>%1: the build step shown, %2: the slide&apos;s number of steps.</extracomment>
        <translation>(paso %1/%2)</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>The slide the room sees; pinch to zoom the room&apos;s view</source>
        <translation>La diapositiva que ve la sala; pellizca para ampliar la vista de la sala</translation>
    </message>
    <message>
        <source>(zoomed %1×)</source>
        <extracomment>%1: the zoom factor, e.g. 2.</extracomment>
        <translation>(ampliado %1×)</translation>
    </message>
    <message>
        <source>The next slide or build step</source>
        <translation>La siguiente diapositiva o paso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
    <message>
        <source>Smaller notes text</source>
        <translation>Notas más pequeñas</translation>
    </message>
    <message>
        <source>Larger notes text</source>
        <translation>Notas más grandes</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Ir a la diapositiva</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>Controles de la presentación</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Pantalla negra</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view out</source>
        <translation>Alejar la vista de la sala</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view in</source>
        <translation>Acercar la vista de la sala</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>The presenter&apos;s computer refused that (%1)</source>
        <extracomment>%1: the HTTP status the computer answered with (a number).</extracomment>
        <translation>El ordenador de la presentación lo rechazó (%1)</translation>
    </message>
    <message>
        <source>Not sent: no connection</source>
        <translation>No enviado: sin conexión</translation>
    </message>
    <message>
        <source>This page needs JavaScript to control the show.</source>
        <translation>Esta página necesita JavaScript para controlar la presentación.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Phone remote</source>
        <translation>Control remoto por teléfono</translation>
    </message>
    <message>
        <source>QR code of the remote&apos;s address</source>
        <translation>Código QR de la dirección del control remoto</translation>
    </message>
    <message>
        <source>Scan this code with your phone, on the same network. You will be asked to allow the phone here before it can control the show.</source>
        <translation>Escanee este código con su teléfono, en la misma red. Antes de que pueda controlar la presentación, se le pedirá aquí que lo permita.</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Dirección del control remoto</translation>
    </message>
    <message>
        <source>Which phone controls the show</source>
        <translation>Qué teléfono controla la presentación</translation>
    </message>
    <message>
        <source>Revoke phone</source>
        <translation>Revocar el teléfono</translation>
    </message>
    <message>
        <source>Lock the paired phone out</source>
        <translation>Bloquear el teléfono vinculado</translation>
    </message>
    <message>
        <source>Stop remote</source>
        <translation>Detener el control remoto</translation>
    </message>
    <message>
        <source>Stop the phone remote</source>
        <translation>Detener el control remoto por teléfono</translation>
    </message>
    <message>
        <source>The remote is off.</source>
        <translation>El control remoto está desactivado.</translation>
    </message>
    <message>
        <source>Controlled by: %1</source>
        <translation>Presentación controlada por: %1</translation>
    </message>
    <message>
        <source>No phone controls the show.</source>
        <translation>Ningún teléfono controla la presentación.</translation>
    </message>
    <message>
        <source>Allow this device?</source>
        <translation>¿Permitir este dispositivo?</translation>
    </message>
    <message>
        <source>A phone (%1) asks to control the show. Allow it?</source>
        <translation>Un teléfono (%1) pide controlar la presentación. ¿Permitirlo?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>question</source>
        <extracomment>Letters of a session code: no 0/O, 1/I/L, so it can be read off a projector. The port the session last served on: a resumed session takes it again if it can. The CSV&apos;s column headers, for a spreadsheet in the deck&apos;s language.</extracomment>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search…</source>
        <extracomment>Indexing time per event-loop turn: well inside the 100 ms a window may block. A result was chosen (Enter or click), with the query that found it.</extracomment>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Buscar en diapositivas, notas, argumentos y glosario</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>All words must match. Enter opens the first result, Down moves to the list, Escape closes the search.</source>
        <translation>Todas las palabras deben coincidir. Intro abre el primer resultado, Abajo pasa a la lista, Esc cierra la búsqueda.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Diapositiva %1: %2</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argumento: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Glosario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Side by side</source>
        <extracomment>Where the grid (side headers, then rows) starts on the canvas. Opacity of rows outside the focused one, and of cards the filters leave out.</extracomment>
        <translation>Frente a frente</translation>
    </message>
    <message>
        <source>Middle ground</source>
        <translation>Término medio</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>responde</translation>
    </message>
    <message>
        <source>in tension</source>
        <translation>en tensión</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Width of the text column of an argument slide; the pictogram panel takes the rest.</extracomment>
        <translation>Votación</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>A FAVOR</translation>
    </message>
    <message>
        <source>UNDECIDED</source>
        <translation>INDECISO</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>EN CONTRA</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>aún no lo sé</translation>
    </message>
    <message>
        <source>DISCUSS</source>
        <translation>DEBATIR</translation>
    </message>
    <message>
        <source>CHECK YOURSELF</source>
        <translation>PONTE A PRUEBA</translation>
    </message>
    <message>
        <source>MODEL ANSWER</source>
        <translation>RESPUESTA MODELO</translation>
    </message>
    <message>
        <source>Think, then share with a neighbour.</source>
        <translation>Piensa y luego compártelo con tu compañero.</translation>
    </message>
    <message>
        <source>**Why:** %1</source>
        <translation>**Por qué:** %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>PART %1</source>
        <translation>PARTE %1</translation>
    </message>
</context>
<context>
    <name>SlideAccessible</name>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>SlideReading</name>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <extracomment>The translation context of the phrases (`views.slide_access.phrases` looks them up there); the `N` calls below spell it out, since pyside6-lupdate reads only literals.</extracomment>
        <translation>Diapositiva {number} de {count}: {title}</translation>
    </message>
    <message>
        <source>Image: {alt}</source>
        <translation>Imagen: {alt}</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Debatan</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>{choice} (correct)</source>
        <translation>{choice} (correcta)</translation>
    </message>
    <message>
        <source>Answer: {choice}</source>
        <translation>Respuesta: {choice}</translation>
    </message>
    <message>
        <source>Model answer: {text}</source>
        <translation>Respuesta modelo: {text}</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>Por qué: {text}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>For: {side}</source>
        <translation>A favor: {side}</translation>
    </message>
    <message>
        <source>Against: {side}</source>
        <translation>En contra: {side}</translation>
    </message>
    <message>
        <source>Undecided: not sure yet</source>
        <translation>Indeciso: aún no estoy seguro</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Study data not saved</source>
        <extracomment>Dark text on pale amber, as the deck-problem banner (contrast &gt; 10:1).</extracomment>
        <translation>Datos de estudio no guardados</translation>
    </message>
    <message>
        <source>another program is using your study data</source>
        <translation>otro programa está usando sus datos de estudio</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the study file cannot be written</source>
        <translation>no se puede escribir el archivo de estudio</translation>
    </message>
    <message>
        <source>⚠ Read-only: {reason}. Everything saved before is kept and shown, but new notes, marks and quiz answers are not saved until Agora is started again. ({path})</source>
        <translation>⚠ Solo lectura: {reason}. Todo lo guardado antes se conserva y se muestra, pero las nuevas notas, marcas y respuestas del cuestionario no se guardan hasta que Agora se inicie de nuevo. ({path})</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Agora class session</source>
        <translation>Sesión de clase de Agora</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Conexión perdida. Reintentando…</translation>
    </message>
    <message>
        <source>Waiting for the next question.</source>
        <translation>Esperando la siguiente pregunta.</translation>
    </message>
    <message>
        <source>Choose your answer and send it. You can change it until the question closes.</source>
        <translation>Elige tu respuesta y envíala. Puedes cambiarla hasta que se cierre la pregunta.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Esta pregunta está cerrada.</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Cambiar respuesta</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>Not saved (error %1).</source>
        <extracomment>%1: the HTTP status of a refused answer (a number).</extracomment>
        <translation>No se guardó (error %1).</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <extracomment>%1: the motion&apos;s own text, from the deck.</extracomment>
        <translation>La moción: %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indeciso</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <extracomment>%1: the comparison row&apos;s title, from the deck.</extracomment>
        <translation>¿Qué argumento te convence más? (%1)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <extracomment>%1: a number; a label, so no plural forms are needed.</extracomment>
        <translation>Caracteres restantes: %1</translation>
    </message>
    <message>
        <source>Many answers at once. Trying again…</source>
        <translation>Muchas respuestas a la vez. Reintentando…</translation>
    </message>
    <message>
        <source>This page needs JavaScript to send your answer.</source>
        <translation>Esta página necesita JavaScript para enviar tu respuesta.</translation>
    </message>
</context>
<context>
    <name>StudyGuide</name>
    <message>
        <source>★ Bookmarked</source>
        <extracomment>What Markdown would read as markup in a student&apos;s own words.</extracomment>
        <translation>★ Con marcador</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ Entendida</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Resultados del cuestionario</translation>
    </message>
    <message>
        <source>✎ My notes</source>
        <translation>✎ Mis notas</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questions last answered right: %1 of %2</source>
        <translation>Preguntas acertadas la última vez: %1 de %2</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Pregunta por pregunta</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin responder</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ correcta</translation>
    </message>
    <message>
        <source>✘ to review</source>
        <translation>✘ por repasar</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Section: %1</source>
        <extracomment>(context, English text) → the text in some language.</extracomment>
        <translation>Sección: %1</translation>
    </message>
    <message>
        <source>Presenter&apos;s notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Cuestionario: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Pictogram: %1</source>
        <translation>Pictograma: %1</translation>
    </message>
    <message>
        <source>From %1 to %2, with the middle ground between:</source>
        <translation>De %1 a %2, con el término medio entre ambos:</translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation>Moción: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>A favor: %1</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>En contra: %1</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indecisos</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Pregunta: %1</translation>
    </message>
    <message>
        <source>Check your answer in the Quiz tab.</source>
        <translation>Compruebe su respuesta en la pestaña «Cuestionario».</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Study panels</source>
        <extracomment>The deck the study store belongs to: another deck opened in the state ends this window.</extracomment>
        <translation>Paneles de estudio</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>Mis &amp;notas</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <source>%1 — Agora study</source>
        <translation>%1 — Agora, modo estudio</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositiva %1 de %2: %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marcador añadido</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Marcador quitado</translation>
    </message>
    <message>
        <source>Marked as understood</source>
        <translation>Marcada como entendida</translation>
    </message>
    <message>
        <source>No longer marked as understood</source>
        <translation>Ya no está marcada como entendida</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ Con &amp;marcador</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Marcador</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Entendido</translation>
    </message>
    <message>
        <source>○ Mark &amp;understood</source>
        <translation>○ Marcar como &amp;entendida</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Exportar la guía de estudio</translation>
    </message>
    <message>
        <source>Study guide export cancelled; nothing was changed.</source>
        <translation>Exportación de la guía de estudio cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Study data</source>
        <translation>Datos de estudio</translation>
    </message>
    <message>
        <source>Your study data in %1 was written by a newer version of Agora (schema %2, this version knows %3).</source>
        <translation>Sus datos de estudio en %1 los escribió una versión más reciente de Agora (esquema %2; esta versión conoce %3).</translation>
    </message>
    <message>
        <source>Your study data in %1 is damaged (%2).</source>
        <translation>Sus datos de estudio en %1 están dañados (%2).</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty study file was started.</source>
        <translation>Se conservaron como %1 y se creó un archivo de estudio nuevo y vacío.</translation>
    </message>
    <message>
        <source>It was left as it is, and study mode is read-only for now.</source>
        <translation>Se dejaron como estaban y, por ahora, el modo estudio es de solo lectura.</translation>
    </message>
    <message>
        <source>Study tools</source>
        <translation>Herramientas de estudio</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>SubControls</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Choices for {0}</source>
        <translation>Opciones de {0}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Borrar {0}</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>Más {0}</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>herramientas</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Slide counter</source>
        <translation>Contador de diapositivas</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1: the slide shown; %2: how many slides. Right-to-left languages start with an RLM mark, so the numbers read in the console&apos;s direction even with no word beside them.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1   step %2/%3</source>
        <extracomment>%1: the slide counter (&quot;3 / 12&quot;); %2/%3: the build step of the slide&apos;s steps.</extracomment>
        <translation>%1   paso %2/%3</translation>
    </message>
    <message>
        <source>%1  (paused)</source>
        <translation>%1  (en pausa)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Slide {0}: {1}</source>
        <translation>Diapositiva {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Slide thumbnails</source>
        <translation>Miniaturas de las diapositivas</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min de adelanto</numerusform>
            <numerusform>%n min de adelanto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>No time plan</source>
        <translation>Sin plan de tiempo</translation>
    </message>
    <message>
        <source>No duration set</source>
        <translation>Sin duración definida</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de más</translation>
    </message>
</context>
<context>
    <name>_HiddenLines</name>
    <message numerus="yes">
        <source>%n more not shown here</source>
        <translation>
            <numerusform>%n más no mostrado aquí</numerusform>
            <numerusform>%n más no mostrados aquí</numerusform>
        </translation>
    </message>
</context>
</TS>
