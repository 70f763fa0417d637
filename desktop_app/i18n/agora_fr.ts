<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Agora</name>
    <message>
        <source>Could not open the deck %1</source>
        <translation>Impossible d&apos;ouvrir la présentation %1</translation>
    </message>
    <message>
        <source>Not shown here: %1</source>
        <translation>Non affichées ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>Corrigez ces erreurs dans un éditeur de texte, puis rouvrez la présentation.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Erreurs de la présentation</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Réponse type&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Exporter la présentation</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>Images PNG</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Handout (3 per page)</source>
        <translation>Document à distribuer (3 par page)</translation>
    </message>
    <message>
        <source>Notes pages</source>
        <translation>Pages de notes</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Final slide only</source>
        <translation>Diapositive finale seulement</translation>
    </message>
    <message>
        <source>A page per build step</source>
        <translation>Une page par étape</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Deck&apos;s theme</source>
        <translation>Thème de la présentation</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>all, or e.g. 3-7,10</source>
        <translation>toutes, ou p. ex. 3-7,10</translation>
    </message>
    <message>
        <source>Slides to export</source>
        <translation>Diapositives à exporter</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>Image width</source>
        <translation>Largeur d&apos;image</translation>
    </message>
    <message>
        <source>Speaker notes as PDF comments, and a pdfpc file</source>
        <translation>Notes de l&apos;orateur en commentaires PDF, et un fichier pdfpc</translation>
    </message>
    <message>
        <source>Add comparison pages (overview and each dimension)</source>
        <translation>Ajouter les pages de comparaison (vue d&apos;ensemble et chaque dimension)</translation>
    </message>
    <message>
        <source>Include &amp;annotations (ink saved in presenter mode)</source>
        <translation>Inclure les &amp;annotations (encre enregistrée en mode présentateur)</translation>
    </message>
    <message>
        <source>Include annotations</source>
        <translation>Inclure les annotations</translation>
    </message>
    <message>
        <source>Add the class p&amp;oll page when votes were recorded</source>
        <translation>Ajouter la page du s&amp;ondage de la classe si des votes ont été enregistrés</translation>
    </message>
    <message>
        <source>Include class poll</source>
        <translation>Inclure le sondage de la classe</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Choisir où enregistrer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Mise en page&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>É&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;lides:</source>
        <translation>&amp;Diapositives&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;width:</source>
        <translation>&amp;Largeur d&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enre&amp;gistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export images to</source>
        <translation>Exporter les images vers</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was changed.</source>
        <translation>Export annulé ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>GotoDialog</name>
    <message>
        <source>Go to Slide</source>
        <translation>Aller à la diapositive</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Aller à la diapositive</translation>
    </message>
    <message>
        <source>Slide number or words from the title</source>
        <translation>Numéro de diapositive ou mots du titre</translation>
    </message>
    <message>
        <source>Search slides</source>
        <translation>Rechercher des diapositives</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Matching slides</source>
        <translation>Diapositives correspondantes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Use this language from the next start</source>
        <translation>Utiliser cette langue au prochain démarrage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Agora will use %1 the next time it starts.</source>
        <translation>Agora utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Langue modifiée</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>Slide overview</source>
        <extracomment>A slide was chosen (0-based index).</extracomment>
        <translation>Vue d&apos;ensemble des diapositives</translation>
    </message>
    <message>
        <source>Arrow keys choose a slide, Enter shows it, Esc closes</source>
        <translation>Les flèches choisissent une diapositive, Entrée l&apos;affiche, Échap ferme</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Slide %1 of %2: %3, showing now</source>
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. The image of this slide index is now available.</extracomment>
        <translation>Diapositive %1 sur %2&#xa0;: %3, affichée en ce moment</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>Deck problems</source>
        <extracomment>Dark text on a pale amber ground (contrast &gt; 10:1); the &quot;⚠&quot; and heading say it, not colour. Closed by the user (the window gives the keyboard back to the slide).</extracomment>
        <translation>Erreurs de la présentation</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>Liste des erreurs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close problem banner</source>
        <translation>Fermer le bandeau d&apos;erreurs</translation>
    </message>
    <message>
        <source>Hide this banner (Esc)</source>
        <translation>Masquer ce bandeau (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (run `agora check` for the full list)</source>
        <translation>
            <numerusform>… et %n autre (`agora check` donne la liste complète)</numerusform>
            <numerusform>… et %n autres (`agora check` donne la liste complète)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressOverlay</name>
    <message>
        <source>Slide progress</source>
        <extracomment>The pill behind text on the slide: dark and opaque enough for white text on any theme.</extracomment>
        <translation>Progression des diapositives</translation>
    </message>
    <message>
        <source>Go to slide %1 ↵</source>
        <translation>Aller à la diapositive %1 ↵</translation>
    </message>
</context>
</TS>
