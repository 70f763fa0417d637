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
        <source>Not shown here: %1</source>
        <translation>No mostrados aquí: %1</translation>
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
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
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
        <source>Slide %1 of %2</source>
        <translation>Diapositiva %1 de %2</translation>
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
        <source>Add the class p&amp;oll page when votes were recorded</source>
        <translation>Añadir la página de la &amp;votación de la clase si se registraron votos</translation>
    </message>
    <message>
        <source>Include class poll</source>
        <translation>Incluir la votación de la clase</translation>
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
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. The image of this slide index is now available.</extracomment>
        <translation>Diapositiva %1 de %2: %3, en pantalla ahora</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositiva %1 de %2: %3</translation>
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
</TS>
