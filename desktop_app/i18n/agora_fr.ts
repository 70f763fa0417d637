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
        <source>Fix these in a text editor, then open the deck again.</source>
        <translation>Corrigez ces erreurs dans un éditeur de texte, puis rouvrez la présentation.</translation>
    </message>
    <message>
        <source>Deck problems</source>
        <translation>Erreurs de la présentation</translation>
    </message>
</context>
<context>
    <name>AudienceView</name>
    <message>
        <source>Slide shown to the audience</source>
        <translation>Diapositive montrée au public</translation>
    </message>
    <message>
        <source>%1 — Audience</source>
        <translation>%1 — Public</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Slide page</source>
        <translation>Page de la diapositive</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Open Deck Folder</source>
        <translation>Ouvrir le dossier de la présentation</translation>
    </message>
    <message>
        <source>Audience window</source>
        <extracomment>The user closed the window (window manager, Alt+F4); it is hidden, not destroyed.</extracomment>
        <translation>Fenêtre du public</translation>
    </message>
</context>
<context>
    <name>ClassControl</name>
    <message>
        <source>Class session</source>
        <translation>Session de classe</translation>
    </message>
    <message>
        <source>Class session panel</source>
        <translation>Panneau de la session de classe</translation>
    </message>
    <message>
        <source>Motion vote (before)</source>
        <translation>Vote sur la motion (avant)</translation>
    </message>
    <message>
        <source>Motion vote (after)</source>
        <translation>Vote sur la motion (après)</translation>
    </message>
    <message>
        <source>Which convinces more?</source>
        <translation>Lequel convainc le plus&#xa0;?</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: the kind of question (Quiz, Discussion…); %2: the question itself.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClassPanel</name>
    <message>
        <source>Class session</source>
        <translation>Session de classe</translation>
    </message>
    <message>
        <source>Address phones connect to</source>
        <translation>Adresse à laquelle les téléphones se connectent</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Port (0: automatic)</source>
        <translation>Port (0&#xa0;: automatique)</translation>
    </message>
    <message>
        <source>Start class session</source>
        <translation>Démarrer la session de classe</translation>
    </message>
    <message>
        <source>Start or end the class session</source>
        <translation>Démarrer ou terminer la session de classe</translation>
    </message>
    <message>
        <source>Students answer from their phones on this network.</source>
        <translation>Les élèves répondent depuis leur téléphone sur ce réseau.</translation>
    </message>
    <message>
        <source>Join address, code and students joined</source>
        <translation>Adresse pour rejoindre, code et élèves connectés</translation>
    </message>
    <message>
        <source>Preview of the class session picture</source>
        <translation>Aperçu de l&apos;image de la session de classe</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Join screen</source>
        <translation>Écran pour rejoindre</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Room shows: %1</source>
        <translation>La salle voit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question to ask the room</source>
        <translation>Question à poser à la classe</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Poser</translation>
    </message>
    <message>
        <source>Ask the chosen question</source>
        <translation>Poser la question choisie</translation>
    </message>
    <message>
        <source>Close question</source>
        <translation>Clore la question</translation>
    </message>
    <message>
        <source>Stop taking answers</source>
        <translation>Ne plus accepter de réponses</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Show the result to the room</source>
        <translation>Montrer le résultat à la classe</translation>
    </message>
    <message>
        <source>Free-text answers: tick one to show it to the room</source>
        <translation>Réponses libres&#xa0;: cochez-en une pour la montrer à la classe</translation>
    </message>
    <message>
        <source>Save results as CSV…</source>
        <translation>Enregistrer les résultats en CSV…</translation>
    </message>
    <message>
        <source>Save the session&apos;s results as CSV</source>
        <translation>Enregistrer les résultats de la session en CSV</translation>
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
        <translation>Réponses à approuver</translation>
    </message>
    <message>
        <source>End class session</source>
        <translation>Terminer la session de classe</translation>
    </message>
    <message numerus="yes">
        <source>Join: %1
Code: %2
%n joined</source>
        <translation>
            <numerusform>Rejoindre&#xa0;: %1
Code&#xa0;: %2
%n connecté</numerusform>
            <numerusform>Rejoindre&#xa0;: %1
Code&#xa0;: %2
%n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>Impossible de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>class-results.csv</source>
        <extracomment>The suggested file name; keep the .csv ending.</extracomment>
        <translation>résultats-classe.csv</translation>
    </message>
    <message>
        <source>Save results as CSV</source>
        <translation>Enregistrer les résultats en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ClassRoom</name>
    <message>
        <source>For</source>
        <extracomment>The three answers to the motion, Oxford style. Longest free-text answer, in characters. The right option of a quiz question; sent to phones only once revealed. &quot;join&quot; (QR code and URL) or &quot;results&quot; (the current question&apos;s chart). Opening and closing motion votes, for the swing. The deck&apos;s language: the room&apos;s picture speaks it, as exports do.</extracomment>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>Rejoindre la classe</translation>
    </message>
    <message>
        <source>Scan the code, or open:</source>
        <translation>Scannez le code ou ouvrez&#xa0;:</translation>
    </message>
    <message>
        <source>or type the code at %1</source>
        <translation>ou tapez le code sur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n joined</source>
        <translation>
            <numerusform>%n connecté</numerusform>
            <numerusform>%n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>No question yet</source>
        <translation>Pas encore de question</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers appear when revealed.</source>
        <translation>Les réponses apparaissent une fois la solution révélée.</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <translation>La motion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <translation>Quel argument vous convainc le plus&#xa0;? (%1)</translation>
    </message>
    <message>
        <source>Swing (percentage points): %1</source>
        <translation>Évolution (points de pourcentage)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 gained most</source>
        <translation>%1 a le plus progressé</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Approved answers appear here.</source>
        <translation>Les réponses approuvées apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message>
        <source>Class session shown to the room</source>
        <translation>Session de classe telle que la classe la voit</translation>
    </message>
    <message numerus="yes">
        <source>%n students joined</source>
        <translation>
            <numerusform>%n élève connecté</numerusform>
            <numerusform>%n élèves connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Light</source>
        <extracomment>The translation context of every title, description and menu name in this table. The comparison: a mode inside the audience window and the presenter console. The windows (scopes) that offer it. Radio group: at most one command of the group is checked. Toolbar group it sits in, in windows that show that group. Enabled only while this condition of the window holds (see `CommandSet.set_condition`). Start a new block in its menu. Keys the window&apos;s own widgets need (study: Space scrolls the text): never bound here. Command id → menu path where this window files a command elsewhere. Command id → what the command does in this window, where that says more. Theme names as shown in View → Theme (marked here so lupdate finds them).</extracomment>
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
        <source>&amp;Theme</source>
        <extracomment>Submenu titles: translated where the menu is built (`tr(sub)`), marked here.</extracomment>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Open Deck…</source>
        <translation>&amp;Ouvrir une présentation…</translation>
    </message>
    <message>
        <source>Open another deck folder</source>
        <translation>Ouvrir le dossier d&apos;une autre présentation</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the deck files again</source>
        <translation>Relire les fichiers de la présentation</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export the deck as PDF (slides, handout, notes) or PNG images</source>
        <translation>Exporter la présentation en PDF (diapositives, document à distribuer, notes) ou en images PNG</translation>
    </message>
    <message>
        <source>&amp;Export study guide…</source>
        <translation>Exporter le &amp;guide d&apos;étude…</translation>
    </message>
    <message>
        <source>Save your study guide (slides, notes, your notes, quiz results) as PDF</source>
        <translation>Enregistrer votre guide d&apos;étude (diapositives, notes, vos notes, résultats du quiz) en PDF</translation>
    </message>
    <message>
        <source>&amp;Presenter Console</source>
        <translation>Mode &amp;présentateur</translation>
    </message>
    <message>
        <source>Present from this slide with speaker notes and timer</source>
        <translation>Présenter à partir de cette diapositive avec les notes de l&apos;orateur et le chronomètre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close study mode</source>
        <translation>Fermer le mode étude</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next build step, then next slide</source>
        <translation>Étape suivante, puis diapositive suivante</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous build step, then previous slide</source>
        <translation>Étape précédente, puis diapositive précédente</translation>
    </message>
    <message>
        <source>Next &amp;Slide (Skip Builds)</source>
        <translation>&amp;Diapositive suivante (sans les étapes)</translation>
    </message>
    <message>
        <source>Next slide, skipping the remaining builds</source>
        <translation>Diapositive suivante, en sautant les étapes restantes</translation>
    </message>
    <message>
        <source>Previous S&amp;lide</source>
        <translation>Diapositive pré&amp;cédente</translation>
    </message>
    <message>
        <source>Start of the previous slide</source>
        <translation>Début de la diapositive précédente</translation>
    </message>
    <message>
        <source>&amp;First Slide</source>
        <translation>P&amp;remière diapositive</translation>
    </message>
    <message>
        <source>First slide</source>
        <translation>Première diapositive</translation>
    </message>
    <message>
        <source>&amp;Last Slide</source>
        <translation>&amp;Dernière diapositive</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Dernière diapositive</translation>
    </message>
    <message>
        <source>&amp;Go to Slide…</source>
        <translation>&amp;Aller à la diapositive…</translation>
    </message>
    <message>
        <source>Find a slide by number or title</source>
        <translation>Trouver une diapositive par son numéro ou son titre</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Rechercher dans les diapositives, les notes, les arguments et le glossaire</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>Passer en plein écran ou en sortir</translation>
    </message>
    <message>
        <source>Present from &amp;Beginning</source>
        <translation>Présenter depuis le &amp;début</translation>
    </message>
    <message>
        <source>Start the show from the first slide (the presenter&apos;s timer starts)</source>
        <translation>Lancer la présentation depuis la première diapositive (le chronomètre démarre)</translation>
    </message>
    <message>
        <source>Present from &amp;Current Slide</source>
        <translation>Présenter depuis la diapositive &amp;actuelle</translation>
    </message>
    <message>
        <source>Start the show from this slide (the presenter&apos;s timer starts)</source>
        <translation>Lancer la présentation depuis cette diapositive (le chronomètre démarre)</translation>
    </message>
    <message>
        <source>&amp;Study Mode</source>
        <translation>Mode é&amp;tude</translation>
    </message>
    <message>
        <source>Read, search and self-check this deck, from this slide</source>
        <translation>Lire, rechercher et s&apos;auto-évaluer sur cette présentation, à partir de cette diapositive</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Show all slides as a grid</source>
        <translation>Afficher toutes les diapositives en grille</translation>
    </message>
    <message>
        <source>&amp;Progress Bar</source>
        <translation>Barre de &amp;progression</translation>
    </message>
    <message>
        <source>Show the progress bar and slide number</source>
        <translation>Afficher la barre de progression et le numéro de diapositive</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <source>Hide the slide behind black</source>
        <translation>Masquer la diapositive derrière un écran noir</translation>
    </message>
    <message>
        <source>&amp;White Screen</source>
        <translation>Écran &amp;blanc</translation>
    </message>
    <message>
        <source>Hide the slide behind white</source>
        <translation>Masquer la diapositive derrière un écran blanc</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Figer</translation>
    </message>
    <message>
        <source>Keep the audience on this slide while you look ahead</source>
        <translation>Garder le public sur cette diapositive pendant que vous regardez la suite</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view 2× around the mouse on your slide (wheel: more or less; drag: a region; Z or Esc: the whole slide)</source>
        <translation>Agrandir 2× la vue du public autour de la souris sur votre diapositive (molette&#xa0;: plus ou moins&#xa0;; glisser&#xa0;: une zone&#xa0;; Z ou Échap&#xa0;: toute la diapositive)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation>&amp;Comparaison</translation>
    </message>
    <message>
        <source>Show the open and closed arguments side by side</source>
        <translation>Afficher côte à côte les arguments «&#xa0;ouvert&#xa0;» et «&#xa0;fermé&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Reset the text size</source>
        <translation>Rétablir la taille du texte</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Show the contents</source>
        <translation>Afficher le sommaire</translation>
    </message>
    <message>
        <source>&amp;Glossary Panel</source>
        <translation>Panneau &amp;glossaire</translation>
    </message>
    <message>
        <source>Show the glossary panel</source>
        <translation>Afficher le panneau du glossaire</translation>
    </message>
    <message>
        <source>&amp;My Notes Panel</source>
        <translation>Panneau &amp;Mes notes</translation>
    </message>
    <message>
        <source>Show your notes</source>
        <translation>Afficher vos notes</translation>
    </message>
    <message>
        <source>&amp;Quiz Panel</source>
        <translation>Panneau &amp;quiz</translation>
    </message>
    <message>
        <source>Show the quiz panel</source>
        <translation>Afficher le panneau du quiz</translation>
    </message>
    <message>
        <source>Use this theme</source>
        <translation>Utiliser ce thème</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show or hide this list</source>
        <translation>Afficher ou masquer cette liste</translation>
    </message>
    <message>
        <source>Close / Back</source>
        <translation>Fermer / Retour</translation>
    </message>
    <message>
        <source>Close what is open; then leave full screen, the comparison or the show</source>
        <translation>Fermer ce qui est ouvert&#xa0;; puis quitter le plein écran, la comparaison ou la présentation</translation>
    </message>
    <message>
        <source>★ &amp;Bookmark</source>
        <translation>★ &amp;Signet</translation>
    </message>
    <message>
        <source>Bookmark this slide</source>
        <translation>Ajouter un signet à cette diapositive</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Compris</translation>
    </message>
    <message>
        <source>Mark this slide as understood</source>
        <translation>Marquer cette diapositive comme comprise</translation>
    </message>
    <message>
        <source>Study &amp;Progress…</source>
        <translation>&amp;Progression de l&apos;étude…</translation>
    </message>
    <message>
        <source>Show progress by section</source>
        <translation>Afficher la progression par section</translation>
    </message>
    <message>
        <source>&amp;Pointer</source>
        <translation>&amp;Pointeur</translation>
    </message>
    <message>
        <source>Laser pointer: move the mouse over your slide</source>
        <translation>Pointeur laser&#xa0;: déplacez la souris sur votre diapositive</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>Pro&amp;jecteur</translation>
    </message>
    <message>
        <source>Darken all but a circle around the mouse</source>
        <translation>Assombrir tout sauf un cercle autour de la souris</translation>
    </message>
    <message>
        <source>P&amp;en</source>
        <translation>&amp;Stylo</translation>
    </message>
    <message>
        <source>Draw on the slide with the mouse</source>
        <translation>Dessiner sur la diapositive avec la souris</translation>
    </message>
    <message>
        <source>&amp;Highlighter</source>
        <translation>&amp;Surligneur</translation>
    </message>
    <message>
        <source>Highlight on the slide with the mouse</source>
        <translation>Surligner sur la diapositive avec la souris</translation>
    </message>
    <message>
        <source>&amp;Undo Ink</source>
        <translation>&amp;Annuler l&apos;encre</translation>
    </message>
    <message>
        <source>Undo the last drawing change on this slide</source>
        <translation>Annuler la dernière modification du dessin sur cette diapositive</translation>
    </message>
    <message>
        <source>&amp;Clear Ink</source>
        <translation>&amp;Effacer l&apos;encre</translation>
    </message>
    <message>
        <source>Remove all drawing from this slide</source>
        <translation>Supprimer tous les dessins de cette diapositive</translation>
    </message>
    <message>
        <source>&amp;Start/Pause Timer</source>
        <translation>&amp;Démarrer/suspendre le chronomètre</translation>
    </message>
    <message>
        <source>Start or pause the talk timer</source>
        <translation>Démarrer ou suspendre le chronomètre de l&apos;exposé</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>&amp;Remettre le chronomètre à zéro</translation>
    </message>
    <message>
        <source>Set the talk timer back to zero</source>
        <translation>Remettre à zéro le chronomètre de l&apos;exposé</translation>
    </message>
    <message>
        <source>Reveal &amp;All Rows</source>
        <translation>Révéler &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>Reveal every row of the comparison</source>
        <translation>Révéler chaque ligne de la comparaison</translation>
    </message>
    <message>
        <source>&amp;Focus Row</source>
        <translation>&amp;Mettre la ligne en avant</translation>
    </message>
    <message>
        <source>Focus the selected card&apos;s row and dim the rest</source>
        <translation>Mettre en avant la ligne de la carte choisie et estomper le reste</translation>
    </message>
    <message>
        <source>&amp;Clear Row Focus</source>
        <translation>&amp;Annuler la mise en avant</translation>
    </message>
    <message>
        <source>Show every row undimmed</source>
        <translation>Afficher toutes les lignes sans les estomper</translation>
    </message>
    <message>
        <source>Open Argument &amp;Detail</source>
        <translation>Ouvrir le &amp;détail de l&apos;argument</translation>
    </message>
    <message>
        <source>What the selected argument answers, with examples</source>
        <translation>Ce à quoi répond l&apos;argument choisi, avec des exemples</translation>
    </message>
    <message>
        <source>Class &amp;Poll</source>
        <translation>&amp;Sondage de la classe</translation>
    </message>
    <message>
        <source>Count the room&apos;s votes (1/2/3 add, Shift+1/2/3 remove)</source>
        <translation>Compter les votes de la salle (1/2/3 ajoutent, Maj+1/2/3 retirent)</translation>
    </message>
    <message>
        <source>Arrange the console</source>
        <translation>Disposer le mode présentateur</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Notes large</source>
        <translation>Grandes notes</translation>
    </message>
    <message>
        <source>Next two slides</source>
        <translation>Les deux diapositives suivantes</translation>
    </message>
    <message>
        <source>&amp;Audience Window</source>
        <translation>Fenêtre du &amp;public</translation>
    </message>
    <message>
        <source>Show or hide the audience window</source>
        <translation>Afficher ou masquer la fenêtre du public</translation>
    </message>
    <message>
        <source>Phone &amp;Remote…</source>
        <translation>Télé&amp;commande par téléphone…</translation>
    </message>
    <message>
        <source>Drive the show from your phone: scan the code, allow the phone here</source>
        <translation>Piloter la présentation depuis votre téléphone&#xa0;: scannez le code, puis autorisez le téléphone ici</translation>
    </message>
    <message>
        <source>&amp;Swap Screens</source>
        <translation>&amp;Échanger les écrans</translation>
    </message>
    <message>
        <source>Swap the console and audience screens</source>
        <translation>Échanger les écrans du présentateur et du public</translation>
    </message>
    <message>
        <source>&amp;Class Session</source>
        <translation>&amp;Session de classe</translation>
    </message>
    <message>
        <source>Students answer from their phones: join screen, votes, quiz, discussion</source>
        <translation>Les élèves répondent depuis leur téléphone&#xa0;: écran pour rejoindre, votes, quiz, discussion</translation>
    </message>
    <message>
        <source>&amp;End Show</source>
        <translation>&amp;Terminer la présentation</translation>
    </message>
    <message>
        <source>End the presentation (as in Keynote; Esc backs out to it)</source>
        <translation>Terminer la présentation (comme dans Keynote&#xa0;; Échap y ramène)</translation>
    </message>
    <message>
        <source>Reveal the next row</source>
        <translation>Révéler la ligne suivante</translation>
    </message>
    <message>
        <source>Hide the last row</source>
        <translation>Masquer la dernière ligne</translation>
    </message>
    <message>
        <source>Close what is open; then leave the comparison</source>
        <translation>Fermer ce qui est ouvert&#xa0;; puis quitter la comparaison</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>É&amp;tude</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Dessin</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Chronomètre</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>Dis&amp;position</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>Mouse and typing</source>
        <translation>Souris et saisie</translation>
    </message>
    <message>
        <source>Digits, then Enter</source>
        <extracomment>Things done without a command (typed numbers, the mouse), listed in each window&apos;s help.</extracomment>
        <translation>Chiffres, puis Entrée</translation>
    </message>
    <message>
        <source>Go to that slide number</source>
        <translation>Aller à ce numéro de diapositive</translation>
    </message>
    <message>
        <source>Left click / Right click</source>
        <translation>Clic gauche / clic droit</translation>
    </message>
    <message>
        <source>Next / previous</source>
        <translation>Suivant / précédent</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Molette de la souris</translation>
    </message>
    <message>
        <source>Click a thumbnail</source>
        <translation>Cliquer sur une miniature</translation>
    </message>
    <message>
        <source>Go to that slide</source>
        <translation>Aller à cette diapositive</translation>
    </message>
    <message>
        <source>Mouse over the current slide</source>
        <translation>Souris sur la diapositive actuelle</translation>
    </message>
    <message>
        <source>Pointer, spotlight, ink</source>
        <translation>Pointeur, projecteur, encre</translation>
    </message>
    <message>
        <source>Wheel over the current slide, zoomed</source>
        <translation>Molette sur la diapositive actuelle agrandie</translation>
    </message>
    <message>
        <source>Zoom more or less</source>
        <translation>Agrandir plus ou moins</translation>
    </message>
    <message>
        <source>Drag on the current slide</source>
        <translation>Glisser sur la diapositive actuelle</translation>
    </message>
    <message>
        <source>Zoom the room to that region</source>
        <translation>Agrandir ce que voit le public sur cette zone</translation>
    </message>
    <message>
        <source>Click a glossary term</source>
        <translation>Cliquer sur un terme du glossaire</translation>
    </message>
    <message>
        <source>Open its definition</source>
        <translation>Ouvrir sa définition</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 à 9</translation>
    </message>
    <message>
        <source>Focus that row and dim the rest</source>
        <translation>Mettre cette ligne en avant et estomper le reste</translation>
    </message>
    <message>
        <source>Arrows, once a card is selected</source>
        <translation>Flèches, une fois une carte choisie</translation>
    </message>
    <message>
        <source>Move between cards</source>
        <translation>Passer d&apos;une carte à l&apos;autre</translation>
    </message>
    <message>
        <source>Click a card</source>
        <translation>Cliquer sur une carte</translation>
    </message>
    <message>
        <source>Select it</source>
        <translation>La choisir</translation>
    </message>
    <message>
        <source>In the poll: 1/2/3, Shift+1/2/3</source>
        <translation>Dans le sondage&#xa0;: 1/2/3, Maj+1/2/3</translation>
    </message>
    <message>
        <source>Add / remove a vote</source>
        <translation>Ajouter / retirer un vote</translation>
    </message>
    <message>
        <source>Slides</source>
        <extracomment>Column titles of the key map, in scope order.</extracomment>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>ComparisonCanvas</name>
    <message>
        <source>Comparison of arguments</source>
        <translation>Comparaison des arguments</translation>
    </message>
</context>
<context>
    <name>ComparisonMode</name>
    <message>
        <source>Comparison — %1</source>
        <translation>Comparaison — %1</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Comparison</source>
        <extracomment>The room&apos;s copy stays silent; the one being operated speaks revealed rows.</extracomment>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>This deck has no debate to compare.</source>
        <translation>Cette présentation ne contient aucun débat à comparer.</translation>
    </message>
</context>
<context>
    <name>ContentsTree</name>
    <message>
        <source>Table of contents</source>
        <extracomment>A slide was chosen (Enter, click): its index in the deck.</extracomment>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Sections and slides. ✓ marks a slide you understood, ★ a bookmark. Press Enter to open a slide.</source>
        <translation>Sections et diapositives. ✓ marque une diapositive comprise, ★ un signet. Appuyez sur Entrée pour ouvrir une diapositive.</translation>
    </message>
    <message>
        <source>%1, understood, bookmarked</source>
        <translation>%1, comprise, avec signet</translation>
    </message>
    <message>
        <source>%1, understood</source>
        <translation>%1, comprise</translation>
    </message>
    <message>
        <source>%1, bookmarked</source>
        <translation>%1, avec signet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n understood</source>
        <translation>
            <numerusform>%1, %2 sur %n diapositive comprise</numerusform>
            <numerusform>%1, %2 sur %n diapositives comprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Row: %1</source>
        <translation>Ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here.</source>
        <translation>Seul le début est affiché : ce texte est trop long pour être lu ici.</translation>
    </message>
    <message>
        <source>**Examples**</source>
        <translation>**Exemples**</translation>
    </message>
    <message>
        <source>**Answers:** %1</source>
        <translation>**Réponses&#xa0;:** %1</translation>
    </message>
    <message>
        <source>**In tension with:** %1</source>
        <translation>**En tension avec&#xa0;:** %1</translation>
    </message>
    <message>
        <source>Argument detail</source>
        <extracomment>Where the detail&apos;s text-size steps are remembered (0: sized by the panel alone).</extracomment>
        <translation>Détail de l&apos;argument</translation>
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
        <source>(also: %1)</source>
        <translation>(aussi&#xa0;: %1)</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Pas de notes pour cette diapositive.</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>Diapositive %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Device pixels per inch of every PDF: a 960×540 pt slide page is a 1920×1080 painter. Index of the first glossary page: `term:` links in a handout point there. The resolved deck folder, from which text pages may show the deck&apos;s own pictures (through the deck&apos;s image rule); empty for text that names no pictures.</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Class results</source>
        <translation>Résultats de la classe</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparaison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
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
        <source>Add the class &amp;results (poll votes recorded for this deck)</source>
        <translation>Ajouter les &amp;résultats de la classe (votes enregistrés pour cette présentation)</translation>
    </message>
    <message>
        <source>Include class results</source>
        <translation>Inclure les résultats de la classe</translation>
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
    <name>ExportRunner</name>
    <message>
        <source>Export to {output} failed: {reason}</source>
        <translation>L&apos;export vers {output} a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Focus row</source>
        <translation>Mettre une ligne en avant</translation>
    </message>
    <message>
        <source>Focus one row and dim the rest (keys 1–3, 0 clears)</source>
        <translation>Mettre une ligne en avant et estomper le reste (touches 1–3, 0 annule)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Show or hide the cards of %1</source>
        <translation>Afficher ou masquer les cartes de %1</translation>
    </message>
    <message>
        <source>Search arguments</source>
        <translation>Rechercher dans les arguments</translation>
    </message>
    <message>
        <source>Matching cards</source>
        <translation>Cartes correspondantes</translation>
    </message>
    <message>
        <source>Hide last row</source>
        <translation>Masquer la dernière ligne</translation>
    </message>
    <message>
        <source>Reveal next row</source>
        <translation>Révéler la ligne suivante</translation>
    </message>
    <message>
        <source>Reveal all</source>
        <translation>Tout révéler</translation>
    </message>
    <message>
        <source>Reveal all rows</source>
        <translation>Révéler toutes les lignes</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cards</source>
        <translation>
            <numerusform>%1 sur %n carte</numerusform>
            <numerusform>%1 sur %n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Filter terms…</source>
        <translation>Filtrer les termes…</translation>
    </message>
    <message>
        <source>Filter glossary</source>
        <translation>Filtrer le glossaire</translation>
    </message>
    <message>
        <source>Type to narrow the list of terms.</source>
        <translation>Tapez pour restreindre la liste des termes.</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <source>Choose a term to read its definition below.</source>
        <translation>Choisissez un terme pour lire sa définition ci-dessous.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Choose a term, or a linked term in the slide text.</source>
        <translation>Choisissez un terme, ou un terme lié dans le texte de la diapositive.</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi&#xa0;: %1</translation>
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
    <name>GuideExport</name>
    <message>
        <source>Exporting the study guide…</source>
        <extracomment>The summary line (&quot;Wrote …: N pages …&quot;) once the file is in place. Why it failed, or &quot;&quot; when the student cancelled (any earlier file is untouched).</extracomment>
        <translation>Export du guide d&apos;étude en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Exporter le guide d&apos;étude</translation>
    </message>
    <message>
        <source>Study guide export progress</source>
        <translation>Progression de l&apos;export du guide d&apos;étude</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <extracomment>From this width on, three columns: a full-screen help fits without scrolling. Hidden again (the window then gives the keys back to the slide).</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Press Esc, ? or F1 to close</source>
        <translation>Appuyez sur Échap,&#xa0;? ou F1 pour fermer</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the class</source>
        <translation>Rejoindre la classe</translation>
    </message>
    <message>
        <source>Session code (on the projector)</source>
        <translation>Code de session (au projecteur)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many tries: wait a minute.</source>
        <translation>Trop d&apos;essais&#xa0;: attendez une minute.</translation>
    </message>
    <message>
        <source>Unknown code.</source>
        <translation>Code inconnu.</translation>
    </message>
    <message>
        <source>No connection: are you on the classroom Wi-Fi?</source>
        <translation>Pas de connexion&#xa0;: êtes-vous sur le Wi-Fi de la classe&#xa0;?</translation>
    </message>
    <message>
        <source>This page needs JavaScript to join.</source>
        <translation>Cette page a besoin de JavaScript pour rejoindre la classe.</translation>
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
    <name>NotesPanel</name>
    <message>
        <source>My notes</source>
        <extracomment>The note of a slide was written to the database: (slide id, text).</extracomment>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Your own notes on this slide, saved automatically. Tab leaves the editor.</source>
        <translation>Vos propres notes sur cette diapositive, enregistrées automatiquement. Tab quitte l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Write your own notes on this slide…</source>
        <translation>Écrivez vos propres notes sur cette diapositive…</translation>
    </message>
    <message>
        <source>&amp;Notes on “%1”</source>
        <translation>&amp;Notes sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: study data is read-only (see the banner above).</source>
        <translation>Non enregistré&#xa0;: les données d&apos;étude sont en lecture seule (voir le bandeau ci-dessus).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;orateur</translation>
    </message>
    <message>
        <source>Only the beginning of these notes is shown: they are too long to read here. All of them are in {file}, line {line}.</source>
        <translation>Seul le début de ces notes de l&apos;orateur est affiché : elles sont trop longues pour être lues ici. Elles se trouvent en entier dans {file}, ligne {line}.</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
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
        <extracomment>Thumbnail widths are rounded to this, so resizing the window re-renders rarely. Thumbnails kept at most: far more than any view shows at once, yet scrolling through a 2,000-slide deck keeps tens of megabytes, not hundreds. The image of this slide index is now available.</extracomment>
        <translation>Diapositive %1 sur %2&#xa0;: %3, affichée en ce moment</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PollChart</name>
    <message>
        <source>Class poll</source>
        <translation>Sondage de la classe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Votes before: %1</source>
        <translation>Voix avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Votes after: %1</source>
        <translation>Voix après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Poll chart</source>
        <extracomment>Shift+1/2/3 arrive as these symbols on most keyboard layouts.</extracomment>
        <translation>Graphique du sondage</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Class poll</source>
        <translation>Sondage de la classe</translation>
    </message>
    <message>
        <source>Poll status</source>
        <translation>État du sondage</translation>
    </message>
    <message>
        <source>Before the debate</source>
        <translation>Avant le débat</translation>
    </message>
    <message>
        <source>Record votes before the debate</source>
        <translation>Enregistrer les votes avant le débat</translation>
    </message>
    <message>
        <source>After the debate</source>
        <translation>Après le débat</translation>
    </message>
    <message>
        <source>Record votes after the debate</source>
        <translation>Enregistrer les votes après le débat</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>Votes pour %1</translation>
    </message>
    <message>
        <source>Clear this phase</source>
        <translation>Effacer cette phase</translation>
    </message>
    <message>
        <source>Clear the votes of this phase</source>
        <translation>Effacer les votes de cette phase</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the poll as CSV</source>
        <translation>Enregistrer le sondage en CSV</translation>
    </message>
    <message>
        <source>Keys: 1/2/3 add a vote, Shift+1/2/3 remove one.</source>
        <translation>Touches&#xa0;: 1/2/3 ajoutent un vote, Maj+1/2/3 en retirent un.</translation>
    </message>
    <message>
        <source>%1. Recording is off so that file is kept as it is.</source>
        <translation>%1. L&apos;enregistrement est désactivé pour que ce fichier reste tel quel.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save Poll as CSV</source>
        <translation>Enregistrer le sondage en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Phone remote</source>
        <translation>Télécommande par téléphone</translation>
    </message>
    <message>
        <source>The remote could not start: %1</source>
        <translation>Impossible de démarrer la télécommande&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PresenterComparison</name>
    <message>
        <source>Comparison: you drive it, the room sees it</source>
        <translation>Comparaison&#xa0;: vous la pilotez, la salle la voit</translation>
    </message>
    <message>
        <source>Comparison shown to the audience</source>
        <translation>Comparaison montrée au public</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <source>Next: build step %1</source>
        <translation>Ensuite&#xa0;: étape %1</translation>
    </message>
    <message>
        <source>Next: slide %1</source>
        <translation>Ensuite&#xa0;: diapositive %1</translation>
    </message>
    <message>
        <source>Next: end of the presentation</source>
        <translation>Ensuite&#xa0;: fin de la présentation</translation>
    </message>
    <message>
        <source>After that: build step %1</source>
        <translation>Puis&#xa0;: étape %1</translation>
    </message>
    <message>
        <source>After that: slide %1</source>
        <translation>Puis&#xa0;: diapositive %1</translation>
    </message>
    <message>
        <source>After that: end of the presentation</source>
        <translation>Puis&#xa0;: fin de la présentation</translation>
    </message>
    <message>
        <source>Presenter console</source>
        <extracomment>The speaker closed the console: the show is over.</extracomment>
        <translation>Mode présentateur</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositive actuelle</translation>
    </message>
    <message>
        <source>Next step preview</source>
        <translation>Aperçu de l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Preview of the step after next</source>
        <translation>Aperçu de l&apos;étape d&apos;après</translation>
    </message>
    <message>
        <source>What the audience sees</source>
        <translation>Ce que voit le public</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>After that</source>
        <translation>Puis</translation>
    </message>
    <message>
        <source>Audience sees (rehearsal: one screen)</source>
        <translation>Le public voit (répétition&#xa0;: un seul écran)</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l&apos;orateur</translation>
    </message>
    <message>
        <source>Divider between the slides and the thumbnails</source>
        <translation>Séparateur entre les diapositives et les miniatures</translation>
    </message>
    <message>
        <source>Divider between the current slide and the side panes</source>
        <translation>Séparateur entre la diapositive actuelle et les panneaux latéraux</translation>
    </message>
    <message>
        <source>Divider between the side panes</source>
        <translation>Séparateur entre les panneaux latéraux</translation>
    </message>
    <message>
        <source>Presenter controls</source>
        <translation>Commandes du mode présentateur</translation>
    </message>
    <message>
        <source>Comparison — the room sees it (C or Esc: back to the slides)</source>
        <translation>Comparaison — la salle la voit (C ou Échap&#xa0;: retour aux diapositives)</translation>
    </message>
    <message>
        <source>%1 — Presenter console</source>
        <translation>%1 — Mode présentateur</translation>
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
    <message>
        <source>The deck has errors; still showing the last version that loaded</source>
        <translation>La présentation contient des erreurs&#xa0;; la dernière version chargée reste affichée</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Study progress</source>
        <translation>Progression de l&apos;étude</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Quiz (last answers)</source>
        <translation>Quiz (dernières réponses)</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>Progression par section</translation>
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
<context>
    <name>QuizPanel</name>
    <message>
        <source>Quiz scope</source>
        <extracomment>An answer was recorded (the progress view refreshes).</extracomment>
        <translation>Portée du quiz</translation>
    </message>
    <message>
        <source>Which questions to practise.</source>
        <translation>Les questions à travailler.</translation>
    </message>
    <message>
        <source>&amp;Start quiz</source>
        <translation>&amp;Commencer le quiz</translation>
    </message>
    <message>
        <source>Start a run through the chosen questions.</source>
        <translation>Commencer une série avec les questions choisies.</translation>
    </message>
    <message>
        <source>Choose the questions and press Start.</source>
        <translation>Choisissez les questions et appuyez sur «&#xa0;Commencer le quiz&#xa0;».</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Write your answer, then compare it with the model answer.</source>
        <translation>Écrivez votre réponse, puis comparez-la avec la réponse type.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the chosen answer.</source>
        <translation>Vérifier la réponse choisie.</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>Afficher la réponse &amp;type</translation>
    </message>
    <message>
        <source>Compare your answer with a model answer.</source>
        <translation>Comparer votre réponse avec une réponse type.</translation>
    </message>
    <message>
        <source>I &amp;had it</source>
        <translation>Je l&apos;&amp;avais</translation>
    </message>
    <message>
        <source>Count this open question as right.</source>
        <translation>Compter cette question ouverte comme juste.</translation>
    </message>
    <message>
        <source>I &amp;missed it</source>
        <translation>Je l&apos;ai &amp;manquée</translation>
    </message>
    <message>
        <source>Count this open question as wrong.</source>
        <translation>Compter cette question ouverte comme fausse.</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>Go on to the next question.</source>
        <translation>Passer à la question suivante.</translation>
    </message>
    <message>
        <source>&amp;Review mistakes</source>
        <translation>&amp;Revoir les erreurs</translation>
    </message>
    <message>
        <source>Run again through the questions you missed.</source>
        <translation>Reprendre les questions manquées.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Correction</translation>
    </message>
    <message numerus="yes">
        <source>Whole deck (%n questions)</source>
        <translation>
            <numerusform>Toute la présentation (%n question)</numerusform>
            <numerusform>Toute la présentation (%n questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>Recorded: ✔ right.</source>
        <translation>Enregistré&#xa0;: ✔ juste.</translation>
    </message>
    <message>
        <source>Recorded: ✘ missed.</source>
        <translation>Enregistré&#xa0;: ✘ manquée.</translation>
    </message>
    <message>
        <source>Model answer:</source>
        <translation>Réponse type&#xa0;:</translation>
    </message>
    <message>
        <source>✔ Right.</source>
        <translation>✔ Juste.</translation>
    </message>
    <message>
        <source>The answer is: %1</source>
        <translation>La réponse est&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ Not quite.</source>
        <translation>✘ Pas tout à fait.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %n right.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %1 sur %n juste.</numerusform>
            <numerusform>Terminé&#xa0;: %1 sur %n justes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to review.</source>
        <translation>
            <numerusform>%n question à revoir.</numerusform>
            <numerusform>%n questions à revoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mistakes!</source>
        <translation>Aucune erreur&#xa0;!</translation>
    </message>
    <message numerus="yes">
        <source>Question %1 of %n · score %2/%3</source>
        <translation>
            <numerusform>Question %1 sur %n · score %2/%3</numerusform>
            <numerusform>Question %1 sur %n · score %2/%3</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Right answer:</source>
        <translation>✔ Bonne réponse&#xa0;:</translation>
    </message>
    <message>
        <source>✘ Your answer:</source>
        <translation>✘ Votre réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Slide picture</source>
        <extracomment>The narrowest width pictures in the text are fitted to, before the pane has its size. The definition (or &quot;&quot;) of the link under the mouse, for the status bar.</extracomment>
        <translation>Image de la diapositive</translation>
    </message>
    <message>
        <source>Slide text and notes</source>
        <translation>Texte et notes de la diapositive</translation>
    </message>
    <message>
        <source>The slide&apos;s full text and the presenter&apos;s notes. Tab moves between linked glossary terms; Enter shows a term&apos;s definition in the Glossary tab.</source>
        <translation>Le texte complet de la diapositive et les notes de l&apos;orateur. Tab passe d&apos;un terme lié du glossaire à l&apos;autre&#xa0;; Entrée affiche la définition d&apos;un terme dans l&apos;onglet «&#xa0;Glossaire&#xa0;».</translation>
    </message>
    <message>
        <source>Only the beginning is shown: this text is too long to read here. All of it is in {file}, line {line}, and in the study guide.</source>
        <translation>Seul le début est affiché : ce texte est trop long pour être lu ici. Le texte complet se trouve dans {file}, ligne {line}, et dans le guide d&apos;étude.</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <source>Agora remote</source>
        <translation>Télécommande Agora</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Asking the presenter&apos;s computer to allow this phone…</source>
        <translation>Demande d&apos;autorisation de ce téléphone à l&apos;ordinateur de présentation…</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Redemander</translation>
    </message>
    <message>
        <source>Waiting: allow this phone on the presenter&apos;s computer (“Allow this device?”).</source>
        <translation>En attente&#xa0;: autorisez ce téléphone sur l&apos;ordinateur de présentation («&#xa0;Autoriser cet appareil&#xa0;?&#xa0;»).</translation>
    </message>
    <message>
        <source>Waiting for the presenter to allow this phone…</source>
        <translation>En attente de l&apos;autorisation de ce téléphone…</translation>
    </message>
    <message>
        <source>The presenter did not allow this phone.</source>
        <translation>Ce téléphone n&apos;a pas été autorisé.</translation>
    </message>
    <message>
        <source>This phone no longer controls the show (revoked on the presenter&apos;s computer).</source>
        <translation>Ce téléphone ne pilote plus la présentation (révoqué sur l&apos;ordinateur de présentation).</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>This link is no longer valid: scan the code on the console again.</source>
        <translation>Ce lien n&apos;est plus valide&#xa0;: scannez à nouveau le code du mode présentateur.</translation>
    </message>
    <message>
        <source>Problem talking to the presenter&apos;s computer; trying again…</source>
        <translation>Problème de communication avec l&apos;ordinateur de présentation&#xa0;; nouvel essai…</translation>
    </message>
    <message>
        <source>No connection; trying again…</source>
        <translation>Pas de connexion&#xa0;; nouvel essai…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection lost; reconnecting…</source>
        <translation>Connexion perdue&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>(step %1/%2)</source>
        <extracomment>%1: the build step shown, %2: the slide&apos;s number of steps.</extracomment>
        <translation>(étape %1/%2)</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>The slide the room sees; pinch to zoom the room&apos;s view</source>
        <translation>La diapositive que voit la salle&#xa0;; pincez pour zoomer la vue de la salle</translation>
    </message>
    <message>
        <source>(zoomed %1×)</source>
        <extracomment>%1: the zoom factor, e.g. 2.</extracomment>
        <translation>(zoom %1×)</translation>
    </message>
    <message>
        <source>The next slide or build step</source>
        <translation>La diapositive ou l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>End of the presentation</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
    </message>
    <message>
        <source>Smaller notes text</source>
        <translation>Notes plus petites</translation>
    </message>
    <message>
        <source>Larger notes text</source>
        <translation>Notes plus grandes</translation>
    </message>
    <message>
        <source>Go to slide</source>
        <translation>Aller à la diapositive</translation>
    </message>
    <message>
        <source>Show controls</source>
        <translation>Commandes de la présentation</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Zoom −</source>
        <translation>Zoom −</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view out</source>
        <translation>Dézoomer la vue de la salle</translation>
    </message>
    <message>
        <source>Zoom +</source>
        <translation>Zoom +</translation>
    </message>
    <message>
        <source>Zoom the room&apos;s view in</source>
        <translation>Zoomer la vue de la salle</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The presenter&apos;s computer refused that (%1)</source>
        <extracomment>%1: the HTTP status the computer answered with (a number).</extracomment>
        <translation>L&apos;ordinateur de présentation a refusé (%1)</translation>
    </message>
    <message>
        <source>Not sent: no connection</source>
        <translation>Non envoyé&#xa0;: pas de connexion</translation>
    </message>
    <message>
        <source>This page needs JavaScript to control the show.</source>
        <translation>Cette page a besoin de JavaScript pour piloter la présentation.</translation>
    </message>
</context>
<context>
    <name>RemotePanel</name>
    <message>
        <source>Phone remote</source>
        <translation>Télécommande par téléphone</translation>
    </message>
    <message>
        <source>QR code of the remote&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la télécommande</translation>
    </message>
    <message>
        <source>Scan this code with your phone, on the same network. You will be asked to allow the phone here before it can control the show.</source>
        <translation>Scannez ce code avec votre téléphone, sur le même réseau. Avant qu&apos;il puisse piloter la présentation, il vous sera demandé ici de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>Adresse de la télécommande</translation>
    </message>
    <message>
        <source>Which phone controls the show</source>
        <translation>Téléphone qui pilote la présentation</translation>
    </message>
    <message>
        <source>Revoke phone</source>
        <translation>Révoquer le téléphone</translation>
    </message>
    <message>
        <source>Lock the paired phone out</source>
        <translation>Exclure le téléphone associé</translation>
    </message>
    <message>
        <source>Stop remote</source>
        <translation>Arrêter la télécommande</translation>
    </message>
    <message>
        <source>Stop the phone remote</source>
        <translation>Arrêter la télécommande par téléphone</translation>
    </message>
    <message>
        <source>The remote is off.</source>
        <translation>La télécommande est arrêtée.</translation>
    </message>
    <message>
        <source>Controlled by: %1</source>
        <translation>Présentation pilotée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>No phone controls the show.</source>
        <translation>Aucun téléphone ne pilote la présentation.</translation>
    </message>
    <message>
        <source>Allow this device?</source>
        <translation>Autoriser cet appareil&#xa0;?</translation>
    </message>
    <message>
        <source>A phone (%1) asks to control the show. Allow it?</source>
        <translation>Un téléphone (%1) demande à piloter la présentation. L&apos;autoriser&#xa0;?</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>ResultsCsv</name>
    <message>
        <source>question</source>
        <extracomment>Letters of a session code: no 0/O, 1/I/L, so it can be read off a projector. The port the session last served on: a resumed session takes it again if it can. The CSV&apos;s column headers, for a spreadsheet in the deck&apos;s language.</extracomment>
        <translation>question</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search…</source>
        <extracomment>Indexing time per event-loop turn: well inside the 100 ms a window may block. A result was chosen (Enter or click), with the query that found it.</extracomment>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search slides, notes, arguments and glossary</source>
        <translation>Rechercher dans les diapositives, les notes, les arguments et le glossaire</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>All words must match. Enter opens the first result, Down moves to the list, Escape closes the search.</source>
        <translation>Tous les mots doivent correspondre. Entrée ouvre le premier résultat, Bas passe à la liste, Échap ferme la recherche.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Slide %1: %2</source>
        <translation>Diapositive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Argument: %1</source>
        <translation>Argument&#xa0;: %1</translation>
    </message>
    <message>
        <source>Glossary: %1</source>
        <translation>Glossaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Side by side</source>
        <extracomment>Where the grid (side headers, then rows) starts on the canvas. Opacity of rows outside the focused one, and of cards the filters leave out.</extracomment>
        <translation>Face à face</translation>
    </message>
    <message>
        <source>Middle ground</source>
        <translation>Voie médiane</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>in tension</source>
        <translation>en tension</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Width of the text column of an argument slide; the pictogram panel takes the rest.</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>POUR</translation>
    </message>
    <message>
        <source>UNDECIDED</source>
        <translation>INDÉCIS</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>CONTRE</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>pas encore sûr</translation>
    </message>
    <message>
        <source>DISCUSS</source>
        <translation>DISCUTER</translation>
    </message>
    <message>
        <source>CHECK YOURSELF</source>
        <translation>VÉRIFIE TES ACQUIS</translation>
    </message>
    <message>
        <source>MODEL ANSWER</source>
        <translation>RÉPONSE MODÈLE</translation>
    </message>
    <message>
        <source>Think, then share with a neighbour.</source>
        <translation>Réfléchis, puis partage avec ton voisin.</translation>
    </message>
    <message>
        <source>**Why:** %1</source>
        <translation>**Pourquoi&#xa0;:** %1</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>PART %1</source>
        <translation>PARTIE %1</translation>
    </message>
</context>
<context>
    <name>SlideAccessible</name>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>SlideReading</name>
    <message>
        <source>Slide {number} of {count}: {title}</source>
        <extracomment>The translation context of the phrases (`views.slide_access.phrases` looks them up there); the `N` calls below spell it out, since pyside6-lupdate reads only literals.</extracomment>
        <translation>Diapositive {number} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Image: {alt}</source>
        <translation>Image&#xa0;: {alt}</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discutez</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>{choice} (correct)</source>
        <translation>{choice} (correct)</translation>
    </message>
    <message>
        <source>Answer: {choice}</source>
        <translation>Réponse&#xa0;: {choice}</translation>
    </message>
    <message>
        <source>Model answer: {text}</source>
        <translation>Réponse type&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Why: {text}</source>
        <translation>Pourquoi&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>For: {side}</source>
        <translation>Pour&#xa0;: {side}</translation>
    </message>
    <message>
        <source>Against: {side}</source>
        <translation>Contre&#xa0;: {side}</translation>
    </message>
    <message>
        <source>Undecided: not sure yet</source>
        <translation>Indécis&#xa0;: pas encore sûr</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Study data not saved</source>
        <extracomment>Dark text on pale amber, as the deck-problem banner (contrast &gt; 10:1).</extracomment>
        <translation>Données d&apos;étude non enregistrées</translation>
    </message>
    <message>
        <source>another program is using your study data</source>
        <translation>un autre programme utilise vos données d&apos;étude</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>le dossier de données n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the study file cannot be written</source>
        <translation>le fichier d&apos;étude n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>⚠ Read-only: {reason}. Everything saved before is kept and shown, but new notes, marks and quiz answers are not saved until Agora is started again. ({path})</source>
        <translation>⚠ Lecture seule&#xa0;: {reason}. Tout ce qui a été enregistré est conservé et affiché, mais les nouvelles notes, marques et réponses au quiz ne sont pas enregistrées avant le prochain démarrage d&apos;Agora. ({path})</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Agora class session</source>
        <translation>Session de classe Agora</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection lost. Trying again…</source>
        <translation>Connexion perdue. Nouvel essai…</translation>
    </message>
    <message>
        <source>Waiting for the next question.</source>
        <translation>En attente de la prochaine question.</translation>
    </message>
    <message>
        <source>Choose your answer and send it. You can change it until the question closes.</source>
        <translation>Choisissez votre réponse et envoyez-la. Vous pouvez la modifier jusqu&apos;à la clôture de la question.</translation>
    </message>
    <message>
        <source>This question is closed.</source>
        <translation>Cette question est close.</translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Change answer</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>Not saved (error %1).</source>
        <extracomment>%1: the HTTP status of a refused answer (a number).</extracomment>
        <translation>Non enregistrée (erreur %1).</translation>
    </message>
    <message>
        <source>The motion: %1</source>
        <extracomment>%1: the motion&apos;s own text, from the deck.</extracomment>
        <translation>La motion&#xa0;: %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Which argument convinces you more? (%1)</source>
        <extracomment>%1: the comparison row&apos;s title, from the deck.</extracomment>
        <translation>Quel argument vous convainc le plus&#xa0;? (%1)</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Characters left: %1</source>
        <extracomment>%1: a number; a label, so no plural forms are needed.</extracomment>
        <translation>Caractères restants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Many answers at once. Trying again…</source>
        <translation>Beaucoup de réponses à la fois. Nouvel essai…</translation>
    </message>
    <message>
        <source>This page needs JavaScript to send your answer.</source>
        <translation>Cette page a besoin de JavaScript pour envoyer votre réponse.</translation>
    </message>
</context>
<context>
    <name>StudyGuide</name>
    <message>
        <source>★ Bookmarked</source>
        <extracomment>What Markdown would read as markup in a student&apos;s own words.</extracomment>
        <translation>★ Avec signet</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ Comprise</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Résultats du quiz</translation>
    </message>
    <message>
        <source>✎ My notes</source>
        <translation>✎ Mes notes</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Questions last answered right: %1 of %2</source>
        <translation>Questions réussies la dernière fois&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Question by question</source>
        <translation>Question par question</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>✔ right</source>
        <translation>✔ juste</translation>
    </message>
    <message>
        <source>✘ to review</source>
        <translation>✘ à revoir</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Section: %1</source>
        <extracomment>(context, English text) → the text in some language.</extracomment>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presenter&apos;s notes</source>
        <translation>Notes de l&apos;orateur</translation>
    </message>
    <message>
        <source>Quiz: %1</source>
        <translation>Quiz&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Image&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pictogram: %1</source>
        <translation>Pictogramme&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1 to %2, with the middle ground between:</source>
        <translation>De %1 à %2, avec le juste milieu entre les deux&#xa0;:</translation>
    </message>
    <message>
        <source>Motion: %1</source>
        <translation>Motion&#xa0;: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Against: %1</source>
        <translation>Contre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check your answer in the Quiz tab.</source>
        <translation>Vérifiez votre réponse dans l&apos;onglet «&#xa0;Quiz&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StudyWindow</name>
    <message>
        <source>Study panels</source>
        <extracomment>The deck the study store belongs to: another deck opened in the state ends this window.</extracomment>
        <translation>Panneaux d&apos;étude</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>My &amp;notes</source>
        <translation>Mes &amp;notes</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>%1 — Agora study</source>
        <translation>%1 — Agora, mode étude</translation>
    </message>
    <message>
        <source>Slide %1 of %2: %3</source>
        <translation>Diapositive %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Signet ajouté</translation>
    </message>
    <message>
        <source>Bookmark removed</source>
        <translation>Signet supprimé</translation>
    </message>
    <message>
        <source>Marked as understood</source>
        <translation>Marquée comme comprise</translation>
    </message>
    <message>
        <source>No longer marked as understood</source>
        <translation>N&apos;est plus marquée comme comprise</translation>
    </message>
    <message>
        <source>★ &amp;Bookmarked</source>
        <translation>★ Avec &amp;signet</translation>
    </message>
    <message>
        <source>☆ &amp;Bookmark</source>
        <translation>☆ &amp;Signet</translation>
    </message>
    <message>
        <source>✓ &amp;Understood</source>
        <translation>✓ &amp;Compris</translation>
    </message>
    <message>
        <source>○ Mark &amp;understood</source>
        <translation>○ Marquer comme &amp;comprise</translation>
    </message>
    <message>
        <source>Export study guide</source>
        <translation>Exporter le guide d&apos;étude</translation>
    </message>
    <message>
        <source>Study guide export cancelled; nothing was changed.</source>
        <translation>Export du guide d&apos;étude annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Study data</source>
        <translation>Données d&apos;étude</translation>
    </message>
    <message>
        <source>Your study data in %1 was written by a newer version of Agora (schema %2, this version knows %3).</source>
        <translation>Vos données d&apos;étude dans %1 ont été écrites par une version plus récente d&apos;Agora (schéma %2, cette version connaît %3).</translation>
    </message>
    <message>
        <source>Your study data in %1 is damaged (%2).</source>
        <translation>Vos données d&apos;étude dans %1 sont endommagées (%2).</translation>
    </message>
    <message>
        <source>It was kept as %1 and a new, empty study file was started.</source>
        <translation>Elles ont été conservées sous le nom %1 et un nouveau fichier d&apos;étude vide a été créé.</translation>
    </message>
    <message>
        <source>It was left as it is, and study mode is read-only for now.</source>
        <translation>Elles ont été laissées telles quelles, et le mode étude est pour l&apos;instant en lecture seule.</translation>
    </message>
    <message>
        <source>Study tools</source>
        <translation>Outils d&apos;étude</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>SubControls</name>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Choices for {0}</source>
        <translation>Choix pour {0}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Clear {0}</source>
        <translation>Effacer {0}</translation>
    </message>
    <message>
        <source>More {0}</source>
        <translation>Plus de {0}</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>outils</translation>
    </message>
</context>
<context>
    <name>TalkStatus</name>
    <message>
        <source>Slide counter</source>
        <translation>Compteur de diapositives</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1: the slide shown; %2: how many slides. Right-to-left languages start with an RLM mark, so the numbers read in the console&apos;s direction even with no word beside them.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1   step %2/%3</source>
        <extracomment>%1: the slide counter (&quot;3 / 12&quot;); %2/%3: the build step of the slide&apos;s steps.</extracomment>
        <translation>%1   étape %2/%3</translation>
    </message>
    <message>
        <source>%1  (paused)</source>
        <translation>%1  (en pause)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <source>Slide {0}: {1}</source>
        <translation>Diapositive {0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Slide thumbnails</source>
        <translation>Miniatures des diapositives</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min d&apos;avance</numerusform>
            <numerusform>%n min d&apos;avance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min de retard</numerusform>
            <numerusform>%n min de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>No time plan</source>
        <translation>Pas de minutage</translation>
    </message>
    <message>
        <source>No duration set</source>
        <translation>Aucune durée définie</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restantes</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de dépassement</translation>
    </message>
</context>
<context>
    <name>_HiddenLines</name>
    <message numerus="yes">
        <source>%n more not shown here</source>
        <translation>
            <numerusform>%n autre non affichée ici</numerusform>
            <numerusform>%n autres non affichées ici</numerusform>
        </translation>
    </message>
</context>
</TS>
