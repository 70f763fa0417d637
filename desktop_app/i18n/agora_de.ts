<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Agora</name>
    <message>
        <source>Could not open the deck %1</source>
        <translation>Der Foliensatz %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not shown here: %1</source>
        <translation>Hier nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>Beheben Sie diese Fehler in einem Texteditor und öffnen Sie den Foliensatz dann erneut.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Fehler im Foliensatz</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Answers</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Musterantwort:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Foliensatz exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Handout (3 per page)</source>
        <translation>Handout (3 pro Seite)</translation>
    </message>
    <message>
        <source>Notes pages</source>
        <translation>Notizseiten</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Final slide only</source>
        <translation>Nur die fertige Folie</translation>
    </message>
    <message>
        <source>A page per build step</source>
        <translation>Eine Seite pro Aufbaustufe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Deck&apos;s theme</source>
        <translation>Design des Foliensatzes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>all, or e.g. 3-7,10</source>
        <translation>alle, oder z. B. 3-7,10</translation>
    </message>
    <message>
        <source>Slides to export</source>
        <translation>Zu exportierende Folien</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width</source>
        <translation>Bildbreite</translation>
    </message>
    <message>
        <source>Speaker notes as PDF comments, and a pdfpc file</source>
        <translation>Sprechernotizen als PDF-Kommentare und eine pdfpc-Datei</translation>
    </message>
    <message>
        <source>Add comparison pages (overview and each dimension)</source>
        <translation>Vergleichsseiten hinzufügen (Übersicht und jede Dimension)</translation>
    </message>
    <message>
        <source>Include &amp;annotations (ink saved in presenter mode)</source>
        <translation>&amp;Anmerkungen einschließen (in der Referentenansicht gespeicherte Zeichnungen)</translation>
    </message>
    <message>
        <source>Include annotations</source>
        <translation>Anmerkungen einschließen</translation>
    </message>
    <message>
        <source>Add the class p&amp;oll page when votes were recorded</source>
        <translation>Seite der &amp;Klassenumfrage hinzufügen, wenn Stimmen erfasst wurden</translation>
    </message>
    <message>
        <source>Include class poll</source>
        <translation>Klassenumfrage einschließen</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Speicherort wählen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>A&amp;ufbau:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>D&amp;esign:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>S&amp;lides:</source>
        <translation>F&amp;olien:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>Bild&amp;breite:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export images to</source>
        <translation>Bilder exportieren nach</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Export abgebrochen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to Slide</source>
        <translation>Gehe zu Folie</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Gehe zu Folie</translation>
    </message>
    <message>
        <source>Slide number or words from the title</source>
        <translation>Foliennummer oder Wörter aus dem Titel</translation>
    </message>
    <message>
        <source>Search slides</source>
        <translation>Folien durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Matching slides</source>
        <translation>Passende Folien</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>Diese Sprache ab dem nächsten Start verwenden</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Agora will use %1 the next time it starts.</source>
        <translation>Agora verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Sprache geändert</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Slide overview</source>
        <extracomment>A slide was chosen (0-based index).</extracomment>
        <translation>Folienübersicht</translation>
    </message>
    <message>
        <source>Arrow keys choose a slide, Enter shows it, Esc closes</source>
        <translation>Pfeiltasten wählen eine Folie, Eingabe zeigt sie, Esc schließt</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Slide %1 of %2: %3, showing now</source>
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. The image of this slide index is now available.</extracomment>
        <translation>Folie %1 von %2: %3, wird gerade gezeigt</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Folie %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Deck problems</source>
        <extracomment>Dark text on a pale amber ground (contrast &gt; 10:1); the &quot;⚠&quot; and heading say it, not colour. Closed by the user (the window gives the keyboard back to the slide).</extracomment>
        <translation>Fehler im Foliensatz</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Fehlerliste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close problem banner</source>
        <translation>Fehlerleiste schließen</translation>
    </message>
    <message>
        <source>Hide this banner (Esc)</source>
        <translation>Diese Leiste ausblenden (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `agora check` for the full list)</source>
        <translation>
            <numerusform>… und %n weiterer (`agora check` zeigt die ganze Liste)</numerusform>
            <numerusform>… und %n weitere (`agora check` zeigt die ganze Liste)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Slide progress</source>
        <extracomment>The pill behind text on the slide: dark and opaque enough for white text on any theme.</extracomment>
        <translation>Fortschritt der Folien</translation>
    </message>
    <message>
        <source>Go to slide %1 ↵</source>
        <translation>Gehe zu Folie %1 ↵</translation>
    </message>
</context>
</TS>
