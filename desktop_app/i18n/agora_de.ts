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
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>Beheben Sie diese Fehler in einem Texteditor und öffnen Sie den Foliensatz dann erneut.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Fehler im Foliensatz</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Slide shown to the audience</source>
        <translation>Folie, die das Publikum sieht</translation>
    </message>
    <message>
        <source>%1 — Audience</source>
        <translation>%1 — Publikum</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Slide page</source>
        <translation>Folienseite</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Open Deck Folder</source>
        <translation>Foliensatz-Ordner öffnen</translation>
    </message>
    <message>
        <source>Audience window</source>
        <extracomment>The user closed the window (window manager, Alt+F4); it is hidden, not destroyed.</extracomment>
        <translation>Publikumsfenster</translation>
    </message>
</context>
<context>
    <name>ClassControl</name>
    <message>
        <source>Class session</source>
        <translation>Klassensitzung</translation>
    </message>
    <message>
        <source>Class session panel</source>
        <translation>Leiste der Klassensitzung</translation>
    </message>
    <message>
        <source>Motion vote (before)</source>
        <translation>Abstimmung über die Streitfrage (vorher)</translation>
    </message>
    <message>
        <source>Motion vote (after)</source>
        <translation>Abstimmung über die Streitfrage (nachher)</translation>
    </message>
    <message>
        <source>Which convinces more?</source>
        <translation>Was überzeugt mehr?</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
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
        <translation>Klassensitzung</translation>
    </message>
    <message>
        <source>Address phones connect to</source>
        <translation>Adresse, mit der sich die Smartphones verbinden</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Port (0: automatic)</source>
        <translation>Port (0: automatisch)</translation>
    </message>
    <message>
        <source>Start class session</source>
        <translation>Klassensitzung starten</translation>
    </message>
    <message>
        <source>Start or end the class session</source>
        <translation>Die Klassensitzung starten oder beenden</translation>
    </message>
    <message>
        <source>Students answer from their phones on this network.</source>
        <translation>Die Klasse antwortet per Smartphone in diesem Netzwerk.</translation>
    </message>
    <message>
        <source>Join address, code and students joined</source>
        <translation>Beitrittsadresse, Code und Anzahl der Beigetretenen</translation>
    </message>
    <message>
        <source>Preview of the class session picture</source>
        <translation>Vorschau des Bildes der Klassensitzung</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Beitrittsanzeige</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Room shows: %1</source>
        <translation>Im Raum gezeigt: %1</translation>
    </message>
    <message>
        <source>Question to ask the room</source>
        <translation>Frage an die Klasse</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Frage stellen</translation>
    </message>
    <message>
        <source>Ask the chosen question</source>
        <translation>Die gewählte Frage stellen</translation>
    </message>
    <message>
        <source>Close question</source>
        <translation>Frage schließen</translation>
    </message>
    <message>
        <source>Stop taking answers</source>
        <translation>Keine Antworten mehr annehmen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Show the result to the room</source>
        <translation>Das Ergebnis der Klasse zeigen</translation>
    </message>
    <message>
        <source>Free-text answers: tick one to show it to the room</source>
        <translation>Freitext-Antworten: eine ankreuzen, um sie der Klasse zu zeigen</translation>
    </message>
    <message>
        <source>Save results as CSV…</source>
        <translation>Ergebnisse als CSV speichern …</translation>
    </message>
    <message>
        <source>Save the session&apos;s results as CSV</source>
        <translation>Die Ergebnisse der Sitzung als CSV speichern</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Answers to approve</source>
        <translation>Freizugebende Antworten</translation>
    </message>
    <message>
        <source>End class session</source>
        <translation>Klassensitzung beenden</translation>
    </message>
    <message numerus="yes">
        <source>Join: %1
Code: %2
%n joined</source>
        <translation>
            <numerusform>Beitreten: %1
Code: %2
%n beigetreten</numerusform>
            <numerusform>Beitreten: %1
Code: %2
%n beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>class-results.csv</source>
        <extracomment>The suggested file name; keep the .csv ending.</extracomment>
        <translation>Klassenergebnisse.csv</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Ergebnisse als CSV speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ClassRoom</name>
    <message>
        <source>For</source>
        <extracomment>The three answers to the motion, Oxford style. Longest free-text answer, in characters. The right option of a quiz question; sent to phones only once revealed. &quot;join&quot; (QR code and URL) or &quot;results&quot; (the current question&apos;s chart). Opening and closing motion votes, for the swing. The deck&apos;s language: the room&apos;s picture speaks it, as exports do.</extracomment>
        <translation>Dafür</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>Der Klasse beitreten</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>Code scannen oder öffnen:</translation>
    </message>
    <message>
        <source>or type the code at %1</source>
        <translation>oder den Code eingeben auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n beigetreten</numerusform>
            <numerusform>%n beigetreten</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Noch keine Frage</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers appear when revealed.</source>
        <translation>Die Antworten erscheinen, sobald die Lösung gezeigt wird.</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <translation>Streitfrage: %1</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <translation>Welches Argument überzeugt dich mehr? (%1)</translation>
    </message>
    <message>
        <source>Swing (percentage points): %1</source>
        <translation>Veränderung (Prozentpunkte): %1</translation>
    </message>
    <message>
        <source>%1 gained most</source>
        <translation>%1 hat am meisten gewonnen</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>Approved answers appear here.</source>
        <translation>Freigegebene Antworten erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message>
        <source>Class session shown to the room</source>
        <translation>Klassensitzung, wie die Klasse sie sieht</translation>
    </message>
    <message numerus="yes">
        <source>%n students joined</source>
        <translation>
            <numerusform>%n Person beigetreten</numerusform>
            <numerusform>%n Personen beigetreten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Light</source>
        <extracomment>The translation context of every title, description and menu name in this table. The comparison: a mode inside the audience window and the presenter console. The windows (scopes) that offer it. Radio group: at most one command of the group is checked. Toolbar group it sits in, in windows that show that group. Enabled only while this condition of the window holds (see `CommandSet.set_condition`). Start a new block in its menu. Keys the window&apos;s own widgets need (study: Space scrolls the text): never bound here. Command id → menu path where this window files a command elsewhere. Command id → what the command does in this window, where that says more. Theme names as shown in View → Theme (marked here so lupdate finds them).</extracomment>
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
        <source>&amp;Theme</source>
        <extracomment>Submenu titles: translated where the menu is built (`tr(sub)`), marked here.</extracomment>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Open Deck…</source>
        <translation>Foliensatz ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open another deck folder</source>
        <translation>Einen anderen Foliensatz-Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>Die Dateien des Foliensatzes erneut einlesen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the deck as PDF (slides, handout, notes) or PNG images</source>
        <translation>Den Foliensatz als PDF (Folien, Handout, Notizen) oder als PNG-Bilder exportieren</translation>
    </message>
    <message>
        <source>&amp;Export study guide…</source>
        <translation>Lern&amp;leitfaden exportieren …</translation>
    </message>
    <message>
        <source>Save your study guide (slides, notes, your notes, quiz results) as PDF</source>
        <translation>Ihren Lernleitfaden (Folien, Notizen, eigene Notizen, Quiz-Ergebnisse) als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Presenter Console</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>Present from this slide with speaker notes and timer</source>
        <translation>Ab dieser Folie mit Sprechernotizen und Zeitmessung präsentieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close study mode</source>
        <translation>Den Lernmodus schließen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next build step, then next slide</source>
        <translation>Nächste Aufbaustufe, dann nächste Folie</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Previous build step, then previous slide</source>
        <translation>Vorherige Aufbaustufe, dann vorherige Folie</translation>
    </message>
    <message>
        <source>Next &amp;Slide (Skip Builds)</source>
        <translation>Nächste &amp;Folie (Aufbau überspringen)</translation>
    </message>
    <message>
        <source>Next slide, skipping the remaining builds</source>
        <translation>Nächste Folie, die übrigen Aufbaustufen überspringen</translation>
    </message>
    <message>
        <source>Previous S&amp;lide</source>
        <translation>Vorherige F&amp;olie</translation>
    </message>
    <message>
        <source>Start of the previous slide</source>
        <translation>Anfang der vorherigen Folie</translation>
    </message>
    <message>
        <source>&amp;First Slide</source>
        <translation>&amp;Erste Folie</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Erste Folie</translation>
    </message>
    <message>
        <source>&amp;Last Slide</source>
        <translation>&amp;Letzte Folie</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Letzte Folie</translation>
    </message>
    <message>
        <source>&amp;Go to Slide…</source>
        <translation>&amp;Gehe zu Folie …</translation>
    </message>
    <message>
        <source>Find a slide by number or title</source>
        <translation>Eine Folie nach Nummer oder Titel suchen</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Folien, Notizen, Argumente und Glossar durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>Vollbild ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Present from &amp;Beginning</source>
        <translation>Von &amp;Anfang an präsentieren</translation>
    </message>
    <message>
        <source>Start the show from the first slide (the presenter&apos;s timer starts)</source>
        <translation>Die Präsentation ab der ersten Folie starten (die Zeitmessung beginnt)</translation>
    </message>
    <message>
        <source>Present from &amp;Current Slide</source>
        <translation>Ab aktueller &amp;Folie präsentieren</translation>
    </message>
    <message>
        <source>Start the show from this slide (the presenter&apos;s timer starts)</source>
        <translation>Die Präsentation ab dieser Folie starten (die Zeitmessung beginnt)</translation>
    </message>
    <message>
        <source>&amp;Study Mode</source>
        <translation>&amp;Lernmodus</translation>
    </message>
    <message>
        <source>Read, search and self-check this deck, from this slide</source>
        <translation>Diesen Foliensatz ab dieser Folie lesen, durchsuchen und sich selbst prüfen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Show all slides as a grid</source>
        <translation>Alle Folien als Raster zeigen</translation>
    </message>
    <message>
        <source>&amp;Progress Bar</source>
        <translation>&amp;Fortschrittsbalken</translation>
    </message>
    <message>
        <source>Show the progress bar and slide number</source>
        <translation>Fortschrittsbalken und Foliennummer zeigen</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>&amp;Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>Hide the slide behind black</source>
        <translation>Die Folie schwarz ausblenden</translation>
    </message>
    <message>
        <source>&amp;White Screen</source>
        <translation>&amp;Weißer Bildschirm</translation>
    </message>
    <message>
        <source>Hide the slide behind white</source>
        <translation>Die Folie weiß ausblenden</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Einfrieren</translation>
    </message>
    <message>
        <source>Keep the audience on this slide while you look ahead</source>
        <translation>Das Publikum auf dieser Folie halten, während Sie vorausblättern</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view 2× around the mouse on your slide (wheel: more or less; drag: a region; Z or Esc: the whole slide)</source>
        <translation>Die Ansicht des Publikums 2× um die Maus auf Ihrer Folie vergrößern (Mausrad: mehr oder weniger; Ziehen: ein Bereich; Z oder Esc: die ganze Folie)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Show the open and closed arguments side by side</source>
        <translation>Die Argumente für offen und geschlossen nebeneinander zeigen</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Den Text vergrößern</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Den Text verkleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>Die Textgröße zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Show the contents</source>
        <translation>Das Inhaltsverzeichnis zeigen</translation>
    </message>
    <message>
        <source>&amp;Glossary Panel</source>
        <translation>&amp;Glossar-Leiste</translation>
    </message>
    <message>
        <source>Show the glossary panel</source>
        <translation>Die Glossar-Leiste zeigen</translation>
    </message>
    <message>
        <source>&amp;My Notes Panel</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <source>Show your notes</source>
        <translation>Ihre Notizen zeigen</translation>
    </message>
    <message>
        <source>&amp;Quiz Panel</source>
        <translation>&amp;Quiz-Leiste</translation>
    </message>
    <message>
        <source>Show the quiz panel</source>
        <translation>Die Quiz-Leiste zeigen</translation>
    </message>
    <message>
        <source>Use this theme</source>
        <translation>Dieses Design verwenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Diese Liste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Close / Back</source>
        <translation>Schließen / Zurück</translation>
    </message>
    <message>
        <source>Close what is open; then leave full screen, the comparison or the show</source>
        <translation>Schließen, was offen ist; dann Vollbild, Vergleich oder Präsentation verlassen</translation>
    </message>
    <message>
        <source>★ &amp;Bookmark</source>
        <translation>★ &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmark this slide</source>
        <translation>Ein Lesezeichen auf diese Folie setzen</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Verstanden</translation>
    </message>
    <message>
        <source>Mark this slide as understood</source>
        <translation>Diese Folie als verstanden markieren</translation>
    </message>
    <message>
        <source>Study &amp;Progress…</source>
        <translation>Lern&amp;fortschritt …</translation>
    </message>
    <message>
        <source>Show progress by section</source>
        <translation>Den Fortschritt nach Abschnitt zeigen</translation>
    </message>
    <message>
        <source>&amp;Pointer</source>
        <translation>&amp;Zeiger</translation>
    </message>
    <message>
        <source>Laser pointer: move the mouse over your slide</source>
        <translation>Laserpointer: die Maus über Ihre Folie bewegen</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>&amp;Spotlight</translation>
    </message>
    <message>
        <source>Darken all but a circle around the mouse</source>
        <translation>Alles außer einem Kreis um die Maus abdunkeln</translation>
    </message>
    <message>
        <source>P&amp;en</source>
        <translation>&amp;Stift</translation>
    </message>
    <message>
        <source>Draw on the slide with the mouse</source>
        <translation>Mit der Maus auf die Folie zeichnen</translation>
    </message>
    <message>
        <source>&amp;Highlighter</source>
        <translation>&amp;Textmarker</translation>
    </message>
    <message>
        <source>Highlight on the slide with the mouse</source>
        <translation>Mit der Maus auf der Folie markieren</translation>
    </message>
    <message>
        <source>&amp;Undo Ink</source>
        <translation>Zeichnung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo the last drawing change on this slide</source>
        <translation>Die letzte Zeichenänderung auf dieser Folie rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Clear Ink</source>
        <translation>Zeichnung &amp;löschen</translation>
    </message>
    <message>
        <source>Remove all drawing from this slide</source>
        <translation>Alle Zeichnungen von dieser Folie entfernen</translation>
    </message>
    <message>
        <source>&amp;Start/Pause Timer</source>
        <translation>Zeitmessung &amp;starten/anhalten</translation>
    </message>
    <message>
        <source>Start or pause the talk timer</source>
        <translation>Die Zeitmessung des Vortrags starten oder anhalten</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>Zeitmessung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Set the talk timer back to zero</source>
        <translation>Die Zeitmessung des Vortrags auf null setzen</translation>
    </message>
    <message>
        <source>Reveal &amp;All Rows</source>
        <translation>&amp;Alle Zeilen aufdecken</translation>
    </message>
    <message>
        <source>Reveal every row of the comparison</source>
        <translation>Jede Zeile des Vergleichs aufdecken</translation>
    </message>
    <message>
        <source>&amp;Focus Row</source>
        <translation>Zeile &amp;hervorheben</translation>
    </message>
    <message>
        <source>Focus the selected card&apos;s row and dim the rest</source>
        <translation>Die Zeile der gewählten Karte hervorheben und den Rest abdunkeln</translation>
    </message>
    <message>
        <source>&amp;Clear Row Focus</source>
        <translation>Hervorhebung &amp;aufheben</translation>
    </message>
    <message>
        <source>Show every row undimmed</source>
        <translation>Alle Zeilen ohne Abdunklung zeigen</translation>
    </message>
    <message>
        <source>Open Argument &amp;Detail</source>
        <translation>Argument im &amp;Detail öffnen</translation>
    </message>
    <message>
        <source>What the selected argument answers, with examples</source>
        <translation>Worauf das gewählte Argument antwortet, mit Beispielen</translation>
    </message>
    <message>
        <source>Class &amp;Poll</source>
        <translation>Klassen&amp;umfrage</translation>
    </message>
    <message>
        <source>Count the room&apos;s votes (1/2/3 add, Shift+1/2/3 remove)</source>
        <translation>Die Stimmen im Raum zählen (1/2/3 hinzufügen, Umschalt+1/2/3 entfernen)</translation>
    </message>
    <message>
        <source>Arrange the console</source>
        <translation>Die Referentenansicht anordnen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Notes large</source>
        <translation>Große Notizen</translation>
    </message>
    <message>
        <source>Next two slides</source>
        <translation>Die nächsten zwei Folien</translation>
    </message>
    <message>
        <source>&amp;Audience Window</source>
        <translation>&amp;Publikumsfenster</translation>
    </message>
    <message>
        <source>Show or hide the audience window</source>
        <translation>Das Publikumsfenster zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Phone &amp;Remote…</source>
        <translation>Smartphone-&amp;Fernbedienung …</translation>
    </message>
    <message>
        <source>Drive the show from your phone: scan the code, allow the phone here</source>
        <translation>Die Präsentation vom Smartphone aus steuern: Code scannen, Smartphone hier zulassen</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>Bildschirme &amp;tauschen</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>Die Bildschirme von Referentenansicht und Publikum tauschen</translation>
    </message>
    <message>
        <source>&amp;Class Session</source>
        <translation>&amp;Klassensitzung</translation>
    </message>
    <message>
        <source>Students answer from their phones: join screen, votes, quiz, discussion</source>
        <translation>Die Klasse antwortet per Smartphone: Beitrittsanzeige, Abstimmungen, Quiz, Diskussion</translation>
    </message>
    <message>
        <source>&amp;End Show</source>
        <translation>Präsentation &amp;beenden</translation>
    </message>
    <message>
        <source>End the presentation (as in Keynote; Esc backs out to it)</source>
        <translation>Die Präsentation beenden (wie in Keynote; Esc führt dorthin zurück)</translation>
    </message>
    <message>
        <source>Reveal the next row</source>
        <translation>Die nächste Zeile aufdecken</translation>
    </message>
    <message>
        <source>Hide the last row</source>
        <translation>Die letzte Zeile verbergen</translation>
    </message>
    <message>
        <source>Close what is open; then leave the comparison</source>
        <translation>Schließen, was offen ist; dann den Vergleich verlassen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Zeichnen</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Zeitmessung</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>Mouse and typing</source>
        <translation>Maus und Tastatureingabe</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <extracomment>Things done without a command (typed numbers, the mouse), listed in each window&apos;s help.</extracomment>
        <translation>Ziffern, dann Eingabe</translation>
    </message>
    <message>
        <source>Go to that slide number</source>
        <translation>Zu dieser Foliennummer gehen</translation>
    </message>
    <message>
        <source>Left click / Right click</source>
        <translation>Linksklick / Rechtsklick</translation>
    </message>
    <message>
        <source>Next / previous</source>
        <translation>Weiter / zurück</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Click a thumbnail</source>
        <translation>Auf ein Vorschaubild klicken</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Zu dieser Folie gehen</translation>
    </message>
    <message>
        <source>Mouse over the current slide</source>
        <translation>Maus über der aktuellen Folie</translation>
    </message>
    <message>
        <source>Pointer, spotlight, ink</source>
        <translation>Zeiger, Spotlight, Zeichnung</translation>
    </message>
    <message>
        <source>Wheel over the current slide, zoomed</source>
        <translation>Mausrad über der aktuellen, vergrößerten Folie</translation>
    </message>
    <message>
        <source>Zoom more or less</source>
        <translation>Mehr oder weniger vergrößern</translation>
    </message>
    <message>
        <source>Drag on the current slide</source>
        <translation>Auf der aktuellen Folie ziehen</translation>
    </message>
    <message>
        <source>Zoom the room to that region</source>
        <translation>Das Publikum auf diesen Bereich zoomen</translation>
    </message>
    <message>
        <source>Click a glossary term</source>
        <translation>Auf einen Glossarbegriff klicken</translation>
    </message>
    <message>
        <source>Open its definition</source>
        <translation>Seine Definition öffnen</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 bis 9</translation>
    </message>
    <message>
        <source>Focus that row and dim the rest</source>
        <translation>Diese Zeile hervorheben und den Rest abdunkeln</translation>
    </message>
    <message>
        <source>Arrows, once a card is selected</source>
        <translation>Pfeiltasten, sobald eine Karte gewählt ist</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Zwischen Karten wechseln</translation>
    </message>
    <message>
        <source>Click a card</source>
        <translation>Auf eine Karte klicken</translation>
    </message>
    <message>
        <source>Select it</source>
        <translation>Sie auswählen</translation>
    </message>
    <message>
        <source>In the poll: 1/2/3, Shift+1/2/3</source>
        <translation>In der Umfrage: 1/2/3, Umschalt+1/2/3</translation>
    </message>
    <message>
        <source>Add / remove a vote</source>
        <translation>Eine Stimme hinzufügen / entfernen</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>Column titles of the key map, in scope order.</extracomment>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>ComparisonCanvas</name>
    <message>
        <source>Comparison of arguments</source>
        <translation>Vergleich der Argumente</translation>
    </message>
</context>
<context>
    <name>ComparisonMode</name>
    <message>
        <source>Comparison — %1</source>
        <translation>Vergleich — %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <extracomment>The room&apos;s copy stays silent; the one being operated speaks revealed rows.</extracomment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>This deck has no debate to compare.</source>
        <translation>Dieser Foliensatz enthält keine Debatte zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message>
        <source>Table of contents</source>
        <extracomment>A slide was chosen (Enter, click): its index in the deck.</extracomment>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>Sections and slides. ✓ marks a slide you understood, ★ a bookmark. Press Enter to open a slide.</source>
        <translation>Abschnitte und Folien. ✓ kennzeichnet eine verstandene Folie, ★ ein Lesezeichen. Mit der Eingabetaste öffnen Sie eine Folie.</translation>
    </message>
    <message>
        <source>%1, understood, bookmarked</source>
        <translation>%1, verstanden, mit Lesezeichen</translation>
    </message>
    <message>
        <source>%1, understood</source>
        <translation>%1, verstanden</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1, mit Lesezeichen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n understood</source>
        <translation>
            <numerusform>%1, %2 von %n Folie verstanden</numerusform>
            <numerusform>%1, %2 von %n Folien verstanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Row: %1</source>
        <translation>Zeile: %1</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here.</source>
        <translation>Nur der Anfang wird gezeigt: Dieser Text ist zu lang, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>**Examples**</source>
        <translation>**Beispiele**</translation>
    </message>
    <message>
        <source>**Answers:** %1</source>
        <translation>**Erwiderungen:** %1</translation>
    </message>
    <message>
        <source>**In tension with:** %1</source>
        <translation>**Im Widerspruch zu:** %1</translation>
    </message>
    <message>
        <source>Argument detail</source>
        <extracomment>Where the detail&apos;s text-size steps are remembered (0: sized by the panel alone).</extracomment>
        <translation>Argumentdetails</translation>
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
        <source>(also: %1)</source>
        <translation>(auch: %1)</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Device pixels per inch of every PDF: a 960×540 pt slide page is a 1920×1080 painter. Index of the first glossary page: `term:` links in a handout point there. The resolved deck folder, from which text pages may show the deck&apos;s own pictures (through the deck&apos;s image rule); empty for text that names no pictures.</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Class results</source>
        <translation>Ergebnisse der Klasse</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
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
        <source>Add the class &amp;results (poll votes recorded for this deck)</source>
        <translation>&amp;Ergebnisse der Klasse hinzufügen (für diesen Foliensatz erfasste Stimmen)</translation>
    </message>
    <message>
        <source>Include class results</source>
        <translation>Ergebnisse der Klasse einschließen</translation>
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
    <name>ExportRunner</name>
    <message>
        <source>Export to {output} failed: {reason}</source>
        <translation>Export nach {output} fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Focus row</source>
        <translation>Zeile hervorheben</translation>
    </message>
    <message>
        <source>Focus one row and dim the rest (keys 1–3, 0 clears)</source>
        <translation>Eine Zeile hervorheben und den Rest abdunkeln (Tasten 1–3, 0 hebt auf)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Zeile:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Show or hide the cards of %1</source>
        <translation>Die Karten von %1 zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Search arguments</source>
        <translation>Argumente durchsuchen</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>Passende Karten</translation>
    </message>
    <message>
        <source>Hide last row</source>
        <translation>Letzte Zeile verbergen</translation>
    </message>
    <message>
        <source>Reveal next row</source>
        <translation>Nächste Zeile aufdecken</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Alle aufdecken</translation>
    </message>
    <message>
        <source>Reveal all rows</source>
        <translation>Alle Zeilen aufdecken</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cards</source>
        <translation>
            <numerusform>%1 von %n Karte</numerusform>
            <numerusform>%1 von %n Karten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms…</source>
        <translation>Begriffe filtern …</translation>
    </message>
    <message>
        <source>Filter glossary</source>
        <translation>Glossar filtern</translation>
    </message>
    <message>
        <source>Type to narrow the list of terms.</source>
        <translation>Tippen Sie, um die Liste der Begriffe einzugrenzen.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <source>Choose a term to read its definition below.</source>
        <translation>Wählen Sie einen Begriff, um unten seine Definition zu lesen.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Choose a term, or a linked term in the slide text.</source>
        <translation>Wählen Sie einen Begriff oder einen verlinkten Begriff im Folientext.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
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
    <name>GuideExport</name>
    <message>
        <source>Exporting the study guide…</source>
        <extracomment>The summary line (&quot;Wrote …: N pages …&quot;) once the file is in place. Why it failed, or &quot;&quot; when the student cancelled (any earlier file is untouched).</extracomment>
        <translation>Der Lernleitfaden wird exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Lernleitfaden exportieren</translation>
    </message>
    <message>
        <source>Study guide export progress</source>
        <translation>Fortschritt des Lernleitfaden-Exports</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>From this width on, three columns: a full-screen help fits without scrolling. Hidden again (the window then gives the keys back to the slide).</extracomment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Press Esc, ? or F1 to close</source>
        <translation>Esc, ? oder F1 schließt diese Liste</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the class</source>
        <translation>Der Klasse beitreten</translation>
    </message>
    <message>
        <source>Session code (on the projector)</source>
        <translation>Sitzungscode (am Beamer)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Too many tries: wait a minute.</source>
        <translation>Zu viele Versuche: Warte eine Minute.</translation>
    </message>
    <message>
        <source>Unknown code.</source>
        <translation>Unbekannter Code.</translation>
    </message>
    <message>
        <source>No connection: are you on the classroom Wi-Fi?</source>
        <translation>Keine Verbindung: Bist du im WLAN der Klasse?</translation>
    </message>
    <message>
        <source>This page needs JavaScript to join.</source>
        <translation>Diese Seite braucht JavaScript zum Beitreten.</translation>
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
    <name>NotesPanel</name>
    <message>
        <source>My notes</source>
        <extracomment>The note of a slide was written to the database: (slide id, text).</extracomment>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>Your own notes on this slide, saved automatically. Tab leaves the editor.</source>
        <translation>Ihre eigenen Notizen zu dieser Folie, automatisch gespeichert. Die Tabulatortaste verlässt den Editor.</translation>
    </message>
    <message>
        <source>Write your own notes on this slide…</source>
        <translation>Eigene Notizen zu dieser Folie schreiben …</translation>
    </message>
    <message>
        <source>&amp;Notes on “%1”</source>
        <translation>&amp;Notizen zu „%1“</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: study data is read-only (see the banner above).</source>
        <translation>Nicht gespeichert: die Lerndaten sind schreibgeschützt (siehe die Leiste oben).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Only the beginning of these notes is shown: they are too long to read here. All of them are in {file}, line {line}.</source>
        <translation>Nur der Anfang dieser Sprechernotizen wird gezeigt: Sie sind zu lang, um sie hier zu lesen. Vollständig stehen sie in {file}, Zeile {line}.</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
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
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. Thumbnails kept at most: far more than any view shows at once, yet scrolling through a 2,000-slide deck keeps tens of megabytes, not hundreds. The image of this slide index is now available.</extracomment>
        <translation>Folie %1 von %2: %3, wird gerade gezeigt</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Folie %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <source>Class poll</source>
        <translation>Klassenumfrage</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Votes before: %1</source>
        <translation>Stimmen vorher: %1</translation>
    </message>
    <message>
        <source>Votes after: %1</source>
        <translation>Stimmen nachher: %1</translation>
    </message>
    <message>
        <source>Poll chart</source>
        <extracomment>Shift+1/2/3 arrive as these symbols on most keyboard layouts.</extracomment>
        <translation>Umfragediagramm</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Class poll</source>
        <translation>Klassenumfrage</translation>
    </message>
    <message>
        <source>Poll status</source>
        <translation>Umfragestatus</translation>
    </message>
    <message>
        <source>Before the debate</source>
        <translation>Vor der Debatte</translation>
    </message>
    <message>
        <source>Record votes before the debate</source>
        <translation>Stimmen vor der Debatte erfassen</translation>
    </message>
    <message>
        <source>After the debate</source>
        <translation>Nach der Debatte</translation>
    </message>
    <message>
        <source>Record votes after the debate</source>
        <translation>Stimmen nach der Debatte erfassen</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>Stimmen für %1</translation>
    </message>
    <message>
        <source>Clear this phase</source>
        <translation>Diese Phase leeren</translation>
    </message>
    <message>
        <source>Clear the votes of this phase</source>
        <translation>Die Stimmen dieser Phase löschen</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>CSV speichern …</translation>
    </message>
    <message>
        <source>Save the poll as CSV</source>
        <translation>Die Umfrage als CSV speichern</translation>
    </message>
    <message>
        <source>Keys: 1/2/3 add a vote, Shift+1/2/3 remove one.</source>
        <translation>Tasten: 1/2/3 fügen eine Stimme hinzu, Umschalt+1/2/3 entfernen eine.</translation>
    </message>
    <message>
        <source>%1. Recording is off so that file is kept as it is.</source>
        <translation>%1. Die Erfassung ist ausgeschaltet, damit die Datei unverändert bleibt.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Save Poll as CSV</source>
        <translation>Umfrage als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Phone remote</source>
        <translation>Smartphone-Fernbedienung</translation>
    </message>
    <message>
        <source>The remote could not start: %1</source>
        <translation>Die Fernbedienung konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>PresenterComparison</name>
    <message>
        <source>Comparison: you drive it, the room sees it</source>
        <translation>Vergleich: Sie steuern ihn, der Raum sieht ihn</translation>
    </message>
    <message>
        <source>Comparison shown to the audience</source>
        <translation>Vergleich, den das Publikum sieht</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Next: build step %1</source>
        <translation>Als Nächstes: Aufbaustufe %1</translation>
    </message>
    <message>
        <source>Next: slide %1</source>
        <translation>Als Nächstes: Folie %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>Als Nächstes: Ende der Präsentation</translation>
    </message>
    <message>
        <source>After that: build step %1</source>
        <translation>Danach: Aufbaustufe %1</translation>
    </message>
    <message>
        <source>After that: slide %1</source>
        <translation>Danach: Folie %1</translation>
    </message>
    <message>
        <source>After that: end of the presentation</source>
        <translation>Danach: Ende der Präsentation</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <extracomment>The speaker closed the console: the show is over.</extracomment>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Aktuelle Folie</translation>
    </message>
    <message>
        <source>Next step preview</source>
        <translation>Vorschau des nächsten Schritts</translation>
    </message>
    <message>
        <source>Preview of the step after next</source>
        <translation>Vorschau des übernächsten Schritts</translation>
    </message>
    <message>
        <source>What the audience sees</source>
        <translation>Was das Publikum sieht</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>After that</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Audience sees (rehearsal: one screen)</source>
        <translation>Das Publikum sieht (Probe: ein Bildschirm)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Divider between the slides and the thumbnails</source>
        <translation>Trennlinie zwischen Folien und Miniaturansichten</translation>
    </message>
    <message>
        <source>Divider between the current slide and the side panes</source>
        <translation>Trennlinie zwischen aktueller Folie und Seitenbereichen</translation>
    </message>
    <message>
        <source>Divider between the side panes</source>
        <translation>Trennlinie zwischen den Seitenbereichen</translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <translation>Steuerung der Referentenansicht</translation>
    </message>
    <message>
        <source>Comparison — the room sees it (C or Esc: back to the slides)</source>
        <translation>Vergleich – der Raum sieht ihn (C oder Esc: zurück zu den Folien)</translation>
    </message>
    <message>
        <source>%1 — Presenter console</source>
        <translation>%1 — Referentenansicht</translation>
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
    <message>
        <source>The deck has errors; still showing the last version that loaded</source>
        <translation>Der Foliensatz hat Fehler; gezeigt wird weiter die zuletzt geladene Fassung</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Study progress</source>
        <translation>Lernfortschritt</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Quiz (last answers)</source>
        <translation>Quiz (letzte Antworten)</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>Fortschritt nach Abschnitt</translation>
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
<context>
    <name>QuizPanel</name>
    <message>
        <source>Quiz scope</source>
        <extracomment>An answer was recorded (the progress view refreshes).</extracomment>
        <translation>Quiz-Umfang</translation>
    </message>
    <message>
        <source>Which questions to practise.</source>
        <translation>Welche Fragen Sie üben möchten.</translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation>Quiz &amp;starten</translation>
    </message>
    <message>
        <source>Start a run through the chosen questions.</source>
        <translation>Einen Durchgang durch die gewählten Fragen beginnen.</translation>
    </message>
    <message>
        <source>Choose the questions and press Start.</source>
        <translation>Wählen Sie die Fragen und klicken Sie auf „Quiz starten“.</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Write your answer, then compare it with the model answer.</source>
        <translation>Schreiben Sie Ihre Antwort und vergleichen Sie sie dann mit der Musterantwort.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the chosen answer.</source>
        <translation>Die gewählte Antwort prüfen.</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>&amp;Musterantwort zeigen</translation>
    </message>
    <message>
        <source>Compare your answer with a model answer.</source>
        <translation>Ihre Antwort mit einer Musterantwort vergleichen.</translation>
    </message>
    <message>
        <source>I &amp;had it</source>
        <translation>&amp;Richtig gewusst</translation>
    </message>
    <message>
        <source>Count this open question as right.</source>
        <translation>Diese offene Frage als richtig zählen.</translation>
    </message>
    <message>
        <source>I &amp;missed it</source>
        <translation>N&amp;icht gewusst</translation>
    </message>
    <message>
        <source>Count this open question as wrong.</source>
        <translation>Diese offene Frage als falsch zählen.</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Nächste &amp;Frage</translation>
    </message>
    <message>
        <source>Go on to the next question.</source>
        <translation>Zur nächsten Frage weitergehen.</translation>
    </message>
    <message>
        <source>&amp;Review mistakes</source>
        <translation>Fehler &amp;wiederholen</translation>
    </message>
    <message>
        <source>Run again through the questions you missed.</source>
        <translation>Die falsch beantworteten Fragen noch einmal durchgehen.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message numerus="yes">
        <source>Whole deck (%n questions)</source>
        <translation>
            <numerusform>Ganzer Foliensatz (%n Frage)</numerusform>
            <numerusform>Ganzer Foliensatz (%n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Wählen Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>Recorded: ✔ right.</source>
        <translation>Erfasst: ✔ richtig.</translation>
    </message>
    <message>
        <source>Recorded: ✘ missed.</source>
        <translation>Erfasst: ✘ nicht gewusst.</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Musterantwort:</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Richtig.</translation>
    </message>
    <message>
        <source>The answer is: %1</source>
        <translation>Die Antwort lautet: %1</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ Nicht ganz.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n right.</source>
        <translation>
            <numerusform>Fertig: %1 von %n richtig.</numerusform>
            <numerusform>Fertig: %1 von %n richtig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n Frage zu wiederholen.</numerusform>
            <numerusform>%n Fragen zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mistakes!</source>
        <translation>Keine Fehler!</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %n · score %2/%3</source>
        <translation>
            <numerusform>Frage %1 von %n · Punkte %2/%3</numerusform>
            <numerusform>Frage %1 von %n · Punkte %2/%3</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Right answer:</source>
        <translation>✔ Richtige Antwort:</translation>
    </message>
    <message>
        <source>✘ Your answer:</source>
        <translation>✘ Ihre Antwort:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Slide picture</source>
        <extracomment>The narrowest width pictures in the text are fitted to, before the pane has its size. The definition (or &quot;&quot;) of the link under the mouse, for the status bar.</extracomment>
        <translation>Folienbild</translation>
    </message>
    <message>
        <source>Slide text and notes</source>
        <translation>Folientext und Notizen</translation>
    </message>
    <message>
        <source>The slide&apos;s full text and the presenter&apos;s notes. Tab moves between linked glossary terms; Enter shows a term&apos;s definition in the Glossary tab.</source>
        <translation>Der vollständige Text der Folie und die Sprechernotizen. Die Tabulatortaste springt zwischen verlinkten Glossarbegriffen; die Eingabetaste zeigt die Definition eines Begriffs im Reiter „Glossar“.</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here. All of it is in {file}, line {line}, and in the study guide.</source>
        <translation>Nur der Anfang wird gezeigt: Dieser Text ist zu lang, um ihn hier zu lesen. Der ganze Text steht in {file}, Zeile {line}, und im Lernleitfaden.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Agora remote</source>
        <translation>Agora-Fernbedienung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Asking the presenter&apos;s computer to allow this phone…</source>
        <translation>Der Computer der Präsentation wird gefragt, ob er dieses Smartphone zulässt …</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Waiting: allow this phone on the presenter&apos;s computer (“Allow this device?”).</source>
        <translation>Warten: Lasse dieses Smartphone am Computer der Präsentation zu („Dieses Gerät zulassen?“).</translation>
    </message>
    <message>
        <source>Waiting for the presenter to allow this phone…</source>
        <translation>Warten, bis dieses Smartphone zugelassen wird …</translation>
    </message>
    <message>
        <source>The presenter did not allow this phone.</source>
        <translation>Dieses Smartphone wurde nicht zugelassen.</translation>
    </message>
    <message>
        <source>This phone no longer controls the show (revoked on the presenter&apos;s computer).</source>
        <translation>Dieses Smartphone steuert die Präsentation nicht mehr (am Computer der Präsentation entzogen).</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht zugelassen</translation>
    </message>
    <message>
        <source>This link is no longer valid: scan the code on the console again.</source>
        <translation>Dieser Link gilt nicht mehr: Scanne den Code in der Referentenansicht erneut.</translation>
    </message>
    <message>
        <source>Problem talking to the presenter&apos;s computer; trying again…</source>
        <translation>Problem mit dem Computer der Präsentation; neuer Versuch …</translation>
    </message>
    <message>
        <source>No connection; trying again…</source>
        <translation>Keine Verbindung; neuer Versuch …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Verbindung verloren; verbinde neu …</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Folie</translation>
    </message>
    <message>
        <source>(step %1/%2)</source>
        <extracomment>%1: the build step shown, %2: the slide&apos;s number of steps.</extracomment>
        <translation>(Schritt %1/%2)</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Saal</translation>
    </message>
    <message>
        <source>The slide the room sees; pinch to zoom the room&apos;s view</source>
        <translation>Die Folie, die der Saal sieht; zum Zoomen der Saalansicht mit zwei Fingern ziehen</translation>
    </message>
    <message>
        <source>(zoomed %1×)</source>
        <extracomment>%1: the zoom factor, e.g. 2.</extracomment>
        <translation>(%1× vergrößert)</translation>
    </message>
    <message>
        <source>The next slide or build step</source>
        <translation>Die nächste Folie oder der nächste Aufbauschritt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Ende der Präsentation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <source>Smaller notes text</source>
        <translation>Notizen kleiner</translation>
    </message>
    <message>
        <source>Larger notes text</source>
        <translation>Notizen größer</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Gehe zu Folie</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>Steuerung der Präsentation</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view out</source>
        <translation>Saalansicht verkleinern</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view in</source>
        <translation>Saalansicht vergrößern</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The presenter&apos;s computer refused that (%1)</source>
        <extracomment>%1: the HTTP status the computer answered with (a number).</extracomment>
        <translation>Der Computer der Präsentation hat das abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Not sent: no connection</source>
        <translation>Nicht gesendet: keine Verbindung</translation>
    </message>
    <message>
        <source>This page needs JavaScript to control the show.</source>
        <translation>Diese Seite braucht JavaScript, um die Präsentation zu steuern.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Phone remote</source>
        <translation>Smartphone-Fernbedienung</translation>
    </message>
    <message>
        <source>QR code of the remote&apos;s address</source>
        <translation>QR-Code der Adresse der Fernbedienung</translation>
    </message>
    <message>
        <source>Scan this code with your phone, on the same network. You will be asked to allow the phone here before it can control the show.</source>
        <translation>Scannen Sie diesen Code mit Ihrem Smartphone im selben Netzwerk. Bevor es die Präsentation steuern kann, werden Sie hier gefragt, ob Sie es zulassen.</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Adresse der Fernbedienung</translation>
    </message>
    <message>
        <source>Which phone controls the show</source>
        <translation>Welches Smartphone die Präsentation steuert</translation>
    </message>
    <message>
        <source>Revoke phone</source>
        <translation>Smartphone sperren</translation>
    </message>
    <message>
        <source>Lock the paired phone out</source>
        <translation>Das gekoppelte Smartphone aussperren</translation>
    </message>
    <message>
        <source>Stop remote</source>
        <translation>Fernbedienung beenden</translation>
    </message>
    <message>
        <source>Stop the phone remote</source>
        <translation>Die Smartphone-Fernbedienung beenden</translation>
    </message>
    <message>
        <source>The remote is off.</source>
        <translation>Die Fernbedienung ist aus.</translation>
    </message>
    <message>
        <source>Controlled by: %1</source>
        <translation>Gesteuert von: %1</translation>
    </message>
    <message>
        <source>No phone controls the show.</source>
        <translation>Kein Smartphone steuert die Präsentation.</translation>
    </message>
    <message>
        <source>Allow this device?</source>
        <translation>Dieses Gerät zulassen?</translation>
    </message>
    <message>
        <source>A phone (%1) asks to control the show. Allow it?</source>
        <translation>Ein Smartphone (%1) möchte die Präsentation steuern. Zulassen?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>question</source>
        <extracomment>Letters of a session code: no 0/O, 1/I/L, so it can be read off a projector. The port the session last served on: a resumed session takes it again if it can. The CSV&apos;s column headers, for a spreadsheet in the deck&apos;s language.</extracomment>
        <translation>Frage</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search…</source>
        <extracomment>Indexing time per event-loop turn: well inside the 100 ms a window may block. A result was chosen (Enter or click), with the query that found it.</extracomment>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Folien, Notizen, Argumente und Glossar durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>All words must match. Enter opens the first result, Down moves to the list, Escape closes the search.</source>
        <translation>Alle Wörter müssen passen. Die Eingabetaste öffnet das erste Ergebnis, Pfeil nach unten wechselt in die Liste, Esc schließt die Suche.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Folie %1: %2</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argument: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Glossar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Side by side</source>
        <extracomment>Where the grid (side headers, then rows) starts on the canvas. Opacity of rows outside the focused one, and of cards the filters leave out.</extracomment>
        <translation>Gegenüberstellung</translation>
    </message>
    <message>
        <source>Middle ground</source>
        <translation>Mittelweg</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>antwortet</translation>
    </message>
    <message>
        <source>in tension</source>
        <translation>im Spannungsfeld</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Width of the text column of an argument slide; the pictogram panel takes the rest.</extracomment>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>DAFÜR</translation>
    </message>
    <message>
        <source>UNDECIDED</source>
        <translation>UNENTSCHIEDEN</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>DAGEGEN</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>noch nicht sicher</translation>
    </message>
    <message>
        <source>DISCUSS</source>
        <translation>DISKUTIEREN</translation>
    </message>
    <message>
        <source>CHECK YOURSELF</source>
        <translation>TESTE DICH</translation>
    </message>
    <message>
        <source>MODEL ANSWER</source>
        <translation>MUSTERANTWORT</translation>
    </message>
    <message>
        <source>Think, then share with a neighbour.</source>
        <translation>Erst nachdenken, dann mit dem Nachbarn austauschen.</translation>
    </message>
    <message>
        <source>**Why:** %1</source>
        <translation>**Warum:** %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>PART %1</source>
        <translation>TEIL %1</translation>
    </message>
</context>
<context>
    <name>SlideAccessible</name>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>SlideReading</name>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <extracomment>The translation context of the phrases (`views.slide_access.phrases` looks them up there); the `N` calls below spell it out, since pyside6-lupdate reads only literals.</extracomment>
        <translation>Folie {number} von {count}: {title}</translation>
    </message>
    <message>
        <source>Image: {alt}</source>
        <translation>Bild: {alt}</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Diskutieren</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>{choice} (correct)</source>
        <translation>{choice} (richtig)</translation>
    </message>
    <message>
        <source>Answer: {choice}</source>
        <translation>Lösung: {choice}</translation>
    </message>
    <message>
        <source>Model answer: {text}</source>
        <translation>Musterantwort: {text}</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>Warum: {text}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>For: {side}</source>
        <translation>Dafür: {side}</translation>
    </message>
    <message>
        <source>Against: {side}</source>
        <translation>Dagegen: {side}</translation>
    </message>
    <message>
        <source>Undecided: not sure yet</source>
        <translation>Unentschieden: noch nicht sicher</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Study data not saved</source>
        <extracomment>Dark text on pale amber, as the deck-problem banner (contrast &gt; 10:1).</extracomment>
        <translation>Lerndaten nicht gespeichert</translation>
    </message>
    <message>
        <source>another program is using your study data</source>
        <translation>ein anderes Programm verwendet Ihre Lerndaten</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>in den Datenordner kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the study file cannot be written</source>
        <translation>die Lerndatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>⚠ Read-only: {reason}. Everything saved before is kept and shown, but new notes, marks and quiz answers are not saved until Agora is started again. ({path})</source>
        <translation>⚠ Schreibgeschützt: {reason}. Alles bisher Gespeicherte bleibt erhalten und wird gezeigt, aber neue Notizen, Markierungen und Quiz-Antworten werden erst nach einem Neustart von Agora gespeichert. ({path})</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Agora class session</source>
        <translation>Agora-Klassensitzung</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Verbindung verloren. Neuer Versuch …</translation>
    </message>
    <message>
        <source>Waiting for the next question.</source>
        <translation>Warte auf die nächste Frage.</translation>
    </message>
    <message>
        <source>Choose your answer and send it. You can change it until the question closes.</source>
        <translation>Wähle deine Antwort und sende sie. Du kannst sie ändern, bis die Frage geschlossen wird.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Diese Frage ist geschlossen.</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <source>Not saved (error %1).</source>
        <extracomment>%1: the HTTP status of a refused answer (a number).</extracomment>
        <translation>Nicht gespeichert (Fehler %1).</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <extracomment>%1: the motion&apos;s own text, from the deck.</extracomment>
        <translation>Streitfrage: %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dafür</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Dagegen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <extracomment>%1: the comparison row&apos;s title, from the deck.</extracomment>
        <translation>Welches Argument überzeugt dich mehr? (%1)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Richtige Antwort</translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <extracomment>%1: a number; a label, so no plural forms are needed.</extracomment>
        <translation>Verbleibende Zeichen: %1</translation>
    </message>
    <message>
        <source>Many answers at once. Trying again…</source>
        <translation>Viele Antworten gleichzeitig. Neuer Versuch …</translation>
    </message>
    <message>
        <source>This page needs JavaScript to send your answer.</source>
        <translation>Diese Seite braucht JavaScript, um deine Antwort zu senden.</translation>
    </message>
</context>
<context>
    <name>StudyGuide</name>
    <message>
        <source>★ Bookmarked</source>
        <extracomment>What Markdown would read as markup in a student&apos;s own words.</extracomment>
        <translation>★ Mit Lesezeichen</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ Verstanden</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Quiz-Ergebnisse</translation>
    </message>
    <message>
        <source>✎ My notes</source>
        <translation>✎ Meine Notizen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Questions last answered right: %1 of %2</source>
        <translation>Zuletzt richtig beantwortete Fragen: %1 von %2</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Frage für Frage</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ richtig</translation>
    </message>
    <message>
        <source>✘ to review</source>
        <translation>✘ wiederholen</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Section: %1</source>
        <extracomment>(context, English text) → the text in some language.</extracomment>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>Presenter&apos;s notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Pictogram: %1</source>
        <translation>Piktogramm: %1</translation>
    </message>
    <message>
        <source>From %1 to %2, with the middle ground between:</source>
        <translation>Von %1 bis %2, dazwischen der Mittelweg:</translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation>Streitfrage: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Dafür: %1</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>Dagegen: %1</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>Check your answer in the Quiz tab.</source>
        <translation>Prüfen Sie Ihre Antwort im Reiter „Quiz“.</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Study panels</source>
        <extracomment>The deck the study store belongs to: another deck opened in the state ends this window.</extracomment>
        <translation>Lernleisten</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>Meine &amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>%1 — Agora study</source>
        <translation>%1 — Agora Lernmodus</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Folie %1 von %2: %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Lesezeichen gesetzt</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Lesezeichen entfernt</translation>
    </message>
    <message>
        <source>Marked as understood</source>
        <translation>Als verstanden markiert</translation>
    </message>
    <message>
        <source>No longer marked as understood</source>
        <translation>Nicht mehr als verstanden markiert</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ &amp;Lesezeichen gesetzt</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Verstanden</translation>
    </message>
    <message>
        <source>○ Mark &amp;understood</source>
        <translation>○ Als &amp;verstanden markieren</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Lernleitfaden exportieren</translation>
    </message>
    <message>
        <source>Study guide export cancelled; nothing was changed.</source>
        <translation>Export des Lernleitfadens abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Study data</source>
        <translation>Lerndaten</translation>
    </message>
    <message>
        <source>Your study data in %1 was written by a newer version of Agora (schema %2, this version knows %3).</source>
        <translation>Ihre Lerndaten in %1 wurden von einer neueren Version von Agora geschrieben (Schema %2, diese Version kennt %3).</translation>
    </message>
    <message>
        <source>Your study data in %1 is damaged (%2).</source>
        <translation>Ihre Lerndaten in %1 sind beschädigt (%2).</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty study file was started.</source>
        <translation>Sie wurden als %1 aufbewahrt, und eine neue, leere Lerndatei wurde angelegt.</translation>
    </message>
    <message>
        <source>It was left as it is, and study mode is read-only for now.</source>
        <translation>Sie wurden unverändert gelassen; der Lernmodus ist vorerst schreibgeschützt.</translation>
    </message>
    <message>
        <source>Study tools</source>
        <translation>Lernwerkzeuge</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
</context>
<context>
    <name>SubControls</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Choices for {0}</source>
        <translation>Auswahl für {0}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>{0} leeren</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>Weitere {0}</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Slide counter</source>
        <translation>Folienzähler</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1: the slide shown; %2: how many slides. Right-to-left languages start with an RLM mark, so the numbers read in the console&apos;s direction even with no word beside them.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1   step %2/%3</source>
        <extracomment>%1: the slide counter (&quot;3 / 12&quot;); %2/%3: the build step of the slide&apos;s steps.</extracomment>
        <translation>%1   Aufbaustufe %2/%3</translation>
    </message>
    <message>
        <source>%1  (paused)</source>
        <translation>%1  (angehalten)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Slide {0}: {1}</source>
        <translation>Folie {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Slide thumbnails</source>
        <translation>Folien-Vorschaubilder</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n Min. Vorsprung</numerusform>
            <numerusform>%n Min. Vorsprung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n Min. Verzug</numerusform>
            <numerusform>%n Min. Verzug</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <source>No time plan</source>
        <translation>Kein Zeitplan</translation>
    </message>
    <message>
        <source>No duration set</source>
        <translation>Keine Dauer festgelegt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 überzogen</translation>
    </message>
</context>
<context>
    <name>_HiddenLines</name>
    <message numerus="yes">
        <source>%n more not shown here</source>
        <translation>
            <numerusform>%n weiterer hier nicht gezeigt</numerusform>
            <numerusform>%n weitere hier nicht gezeigt</numerusform>
        </translation>
    </message>
</context>
</TS>
