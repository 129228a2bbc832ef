<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddActionCommand</name>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>This assessment is complete; reopen it to change answers</source>
        <translation>Cette évaluation est terminée&#xa0;; rouvrez-la pour modifier les réponses</translation>
    </message>
    <message>
        <source>Rate {criterion} {rating}</source>
        <translation>Noter {criterion} {rating}</translation>
    </message>
    <message>
        <source>{step} as {name}</source>
        <translation>{step} pour {name}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Use the median for {criterion}</source>
        <translation>Prendre la médiane pour {criterion}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>the store refused it</source>
        <translation>la base l’a refusé</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>Criteria answered</source>
        <translation>Critères répondus</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Rating as</source>
        <translation>Noter en tant que</translation>
    </message>
    <message>
        <source>Whose ratings the buttons show and save</source>
        <translation>Les notes de qui les boutons affichent et enregistrent</translation>
    </message>
    <message>
        <source>the next one</source>
        <translation>le suivant</translation>
    </message>
    <message>
        <source>Rating &amp;as:</source>
        <translation>&amp;Noter en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Respondents…</source>
        <translation>&amp;Répondants…</translation>
    </message>
    <message>
        <source>Add, edit or remove the assessment&apos;s respondents</source>
        <translation>Ajouter, modifier ou retirer les répondants de l’évaluation</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Undo rating</source>
        <translation>Annuler la note</translation>
    </message>
    <message>
        <source>Redo rating</source>
        <translation>Rétablir la note</translation>
    </message>
    <message>
        <source>Private notes are the consultant&apos;s: rate as the consensus to write them</source>
        <translation>Les notes privées sont celles du consultant&#xa0;: notez en tant que consensus pour les écrire</translation>
    </message>
    <message>
        <source>The buttons and notes are {name}’s own; the consensus follows the respondents&apos; median until you set it. Your private notes show with the consensus.</source>
        <translation>Les boutons et les notes sont ceux de {name}&#xa0;; le consensus suit la médiane des répondants tant que vous ne le fixez pas. Vos notes privées s’affichent avec le consensus.</translation>
    </message>
    <message>
        <source>The buttons and notes are the consensus: the ratings that count.</source>
        <translation>Les boutons et les notes sont ceux du consensus&#xa0;: les notes qui comptent.</translation>
    </message>
    <message>
        <source>Rating as {name}</source>
        <translation>Notation en tant que {name}</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Annuler {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rétablir {step}</translation>
    </message>
    <message>
        <source>{count} of {total} criterion is still unanswered; unanswered criteria count as 0 (not in place) in the results.</source>
        <translation>{count} critère sur {total} est encore sans réponse&#xa0;; les critères sans réponse comptent pour 0 (pas en place) dans les résultats.</translation>
    </message>
    <message>
        <source>{count} of {total} criteria are still unanswered; unanswered criteria count as 0 (not in place) in the results.</source>
        <translation>{count} critères sur {total} sont encore sans réponse&#xa0;; les critères sans réponse comptent pour 0 (pas en place) dans les résultats.</translation>
    </message>
    <message>
        <source>{count} carried answer was not reviewed: they still say what the earlier assessment said.</source>
        <translation>{count} réponse reportée n’a pas été revue&#xa0;: elle dit encore ce que disait l’évaluation précédente.</translation>
    </message>
    <message>
        <source>{count} carried answers were not reviewed: they still say what the earlier assessment said.</source>
        <translation>{count} réponses reportées n’ont pas été revues&#xa0;: elles disent encore ce que disait l’évaluation précédente.</translation>
    </message>
    <message>
        <source>Mark assessment complete</source>
        <translation>Marquer l’évaluation comme terminée</translation>
    </message>
    <message>
        <source>Mark the assessment complete anyway?</source>
        <translation>Marquer quand même l’évaluation comme terminée&#xa0;?</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <source>Set this assessment back to draft, so that its answers can be changed?</source>
        <translation>Remettre cette évaluation en brouillon, pour pouvoir modifier ses réponses&#xa0;?</translation>
    </message>
    <message>
        <source>Read-only: the assessment is complete</source>
        <translation>Lecture seule&#xa0;: l’évaluation est terminée</translation>
    </message>
    <message>
        <source>Answers are saved as you go</source>
        <translation>Les réponses sont enregistrées au fur et à mesure</translation>
    </message>
</context>
<context>
    <name>AttainmentBar</name>
    <message>
        <source>{stage} attainment</source>
        <translation>Taux d’atteinte de {stage}</translation>
    </message>
</context>
<context>
    <name>BuildRoadmapCommand</name>
    <message>
        <source>Build roadmap</source>
        <translation>Construire la feuille de route</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Criteria that changed</source>
        <translation>Critères modifiés</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>No answer changed between the two assessments.</source>
        <translation>Aucune réponse n’a changé entre les deux évaluations.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: check that the folder exists and is writable.</source>
        <translation>Impossible d’écrire {path}&#xa0;: vérifiez que le dossier existe et qu’il est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>CollectPreviewDialog</name>
    <message>
        <source>Collecting {files} into the assessment {assessment} will do this:</source>
        <translation>Recueillir {files} dans l&apos;évaluation {assessment} fera ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to collect from {files} into the assessment {assessment}:</source>
        <translation>Rien à recueillir de {files} dans l&apos;évaluation {assessment}&#xa0;:</translation>
    </message>
    <message>
        <source>{files} cannot be collected: nothing is taken from it. Ask for a new fill, or write a new questionnaire.</source>
        <translation>{files} ne peut pas être recueilli&#xa0;: rien n&apos;en est repris. Demandez un nouveau remplissage, ou écrivez un nouveau questionnaire.</translation>
    </message>
    <message>
        <source>{files} cannot be collected: nothing is taken from them. Ask for a new fill, or write a new questionnaire.</source>
        <translation>{files} ne peuvent pas être recueillis&#xa0;: rien n&apos;en est repris. Demandez un nouveau remplissage, ou écrivez un nouveau questionnaire.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo does not take a collect back.</source>
        <translation>Édition &gt; Annuler ne défait pas un recueil.</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Recueillir</translation>
    </message>
</context>
<context>
    <name>CompleteBanner</name>
    <message>
        <source>This assessment is complete: its answers are read-only.</source>
        <translation>Cette évaluation est terminée&#xa0;: ses réponses sont en lecture seule.</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <source>Set the assessment back to draft so that it can be changed</source>
        <translation>Remettre l’évaluation en brouillon pour pouvoir la modifier</translation>
    </message>
</context>
<context>
    <name>CriterionCard</name>
    <message>
        <source>Carried forward: please review</source>
        <translation>Reportée&#xa0;: à revoir</translation>
    </message>
    <message>
        <source>From the article</source>
        <translation>Tiré de l’article</translation>
    </message>
    <message>
        <source>Our addition</source>
        <translation>Notre ajout</translation>
    </message>
    <message>
        <source>Evidence to look for: {guidance}</source>
        <translation>Preuves à rechercher&#xa0;: {guidance}</translation>
    </message>
    <message>
        <source>Rate it with the digit keys, N for not applicable; E for notes.</source>
        <translation>Notez-le avec les touches numériques, N pour sans objet&#xa0;; E pour les notes.</translation>
    </message>
    <message>
        <source>This answer was carried forward from an assessment under an earlier version of the model. Check that it still holds, then rate the criterion (the same rating is fine): that clears this mark.</source>
        <translation>Cette réponse a été reportée d’une évaluation faite avec une version antérieure du modèle. Vérifiez qu’elle tient toujours, puis notez le critère (la même note convient)&#xa0;: cela efface cette marque.</translation>
    </message>
    <message>
        <source>Notes and evidence for {criterion}</source>
        <translation>Notes et preuves pour {criterion}</translation>
    </message>
    <message>
        <source>Saved as you type; Escape goes back to the criterion</source>
        <translation>Enregistrées à la frappe&#xa0;; Échap revient au critère</translation>
    </message>
    <message>
        <source>Why it matters: {why}</source>
        <translation>Pourquoi c’est important&#xa0;: {why}</translation>
    </message>
    <message>
        <source>A first step: {action}</source>
        <translation>Un premier pas&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Written for CS Maturity: not in the article “{article}”.</source>
        <translation>Rédigé pour CS Maturity&#xa0;: absent de l’article «&#xa0;{article}&#xa0;».</translation>
    </message>
    <message>
        <source>Restated in our own words from the article “{article}”.</source>
        <translation>Reformulé avec nos propres mots d’après l’article «&#xa0;{article}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DeleteActionCommand</name>
    <message>
        <source>Delete action “{title}”</source>
        <translation>Supprimer l&apos;action «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EditActionCommand</name>
    <message>
        <source>Edit action “{title}”</source>
        <translation>Modifier l&apos;action «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Paste the recipient&apos;s public key (age1…): age-keygen prints it as “Public key”. Only their secret key opens the file.</source>
        <translation>Collez la clé publique du destinataire (age1…)&#xa0;: age-keygen l&apos;affiche comme «&#xa0;Public key&#xa0;». Seule sa clé secrète ouvre le fichier.</translation>
    </message>
    <message>
        <source>Only the secret key of this public key opens the file.</source>
        <translation>Seule la clé secrète de cette clé publique ouvre le fichier.</translation>
    </message>
    <message>
        <source>Next, choose the passphrase, then where to save the encrypted file.</source>
        <translation>Ensuite, choisissez la phrase secrète, puis où enregistrer le fichier chiffré.</translation>
    </message>
    <message>
        <source>Next, choose where to save the encrypted file.</source>
        <translation>Ensuite, choisissez où enregistrer le fichier chiffré.</translation>
    </message>
    <message>
        <source>Next, choose where to save the CSV file.</source>
        <translation>Ensuite, choisissez où enregistrer le fichier CSV.</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter un instantané</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Snapshot: every answer with its notes; can be imported into another store</source>
        <translation>&amp;Instantané&#xa0;: chaque réponse avec ses notes&#xa0;; peut être importé dans une autre base</translation>
    </message>
    <message>
        <source>S&amp;ummary: one row per assessment (placed stage, maturity index, attainment), for spreadsheets; cannot be imported</source>
        <translation>&amp;Synthèse&#xa0;: une ligne par évaluation (étape atteinte, indice de maturité, taux d&apos;atteinte), pour les tableurs&#xa0;; ne peut pas être importée</translation>
    </message>
    <message>
        <source>&amp;Client-safe: leave private notes out</source>
        <translation>Version &amp;client&#xa0;: sans les notes privées</translation>
    </message>
    <message>
        <source>For a file the client will see: the private notes of answers and actions are left out (importing it elsewhere keeps the private notes there)</source>
        <translation>Pour un fichier que le client verra&#xa0;: les notes privées des réponses et des actions sont omises (l&apos;importer ailleurs y conserve les notes privées)</translation>
    </message>
    <message>
        <source>Names, titles and labels are written in this language; ids and column names stay the same, and an import reads only the ids</source>
        <translation>Les noms, titres et libellés sont écrits dans cette langue&#xa0;; les identifiants et les noms de colonnes ne changent pas, et une importation ne lit que les identifiants</translation>
    </message>
    <message>
        <source>&amp;Language of names and labels:</source>
        <translation>&amp;Langue des noms et libellés&#xa0;:</translation>
    </message>
    <message>
        <source>Protect the file</source>
        <translation>Protéger le fichier</translation>
    </message>
    <message>
        <source>&amp;Not encrypted</source>
        <translation>&amp;Non chiffré</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;passphrase</source>
        <translation>Chiffrer avec une &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Whoever opens the file needs the passphrase: tell it by another way than the file itself (a phone call, not the same email)</source>
        <translation>Qui ouvre le fichier a besoin de la phrase secrète&#xa0;: transmettez-la par un autre moyen que le fichier lui-même (un appel téléphonique, pas le même e-mail)</translation>
    </message>
    <message>
        <source>Encrypt to a &amp;recipient&apos;s key</source>
        <translation>Chiffrer pour la clé d&apos;un &amp;destinataire</translation>
    </message>
    <message>
        <source>An age public key (age1…): only the matching secret key opens the file, and no passphrase needs to travel</source>
        <translation>Une clé publique age (age1…)&#xa0;: seule la clé secrète correspondante ouvre le fichier, et aucune phrase secrète n&apos;a besoin de circuler</translation>
    </message>
    <message>
        <source>Recipient&apos;s public key</source>
        <translation>Clé publique du destinataire</translation>
    </message>
    <message>
        <source>Recipient&apos;s key check</source>
        <translation>Vérification de la clé du destinataire</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>FileLanguageCombo</name>
    <message>
        <source>File language</source>
        <translation>Langue du fichier</translation>
    </message>
</context>
<context>
    <name>HeatMapModel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Disagreement: the respondents&apos; scores lie 2 or more apart</source>
        <translation>Désaccord&#xa0;: les notes des répondants diffèrent de 2 ou plus</translation>
    </message>
    <message>
        <source>The rating that is scored: the median, unless the facilitator set it</source>
        <translation>La note retenue pour le calcul&#xa0;: la médiane, sauf si l’animateur l’a fixée</translation>
    </message>
    <message>
        <source>Highest score minus lowest (not applicable left out)</source>
        <translation>Note la plus haute moins la plus basse (hors «&#xa0;Sans objet&#xa0;»)</translation>
    </message>
    <message>
        <source>{rating} (set)</source>
        <translation>{rating} (fixée)</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes&#xa0;: {notes}</translation>
    </message>
    <message>
        <source>{criterion}, consensus: {consensus}</source>
        <translation>{criterion}, consensus&#xa0;: {consensus}</translation>
    </message>
    <message>
        <source>the respondents disagree</source>
        <translation>les répondants sont en désaccord</translation>
    </message>
    <message>
        <source>no disagreement</source>
        <translation>aucun désaccord</translation>
    </message>
    <message>
        <source>{criterion}: {said}; ratings {ratings}</source>
        <translation>{criterion}&#xa0;: {said}&#xa0;; notes {ratings}</translation>
    </message>
</context>
<context>
    <name>ImportPlanDialog</name>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Kept as here</source>
        <translation>Gardées comme ici</translation>
    </message>
    <message>
        <source>Not in this store yet: added</source>
        <translation>Pas encore dans cette base&#xa0;: ajouté</translation>
    </message>
    <message>
        <source>In this store, changed more recently in the file: the file&apos;s version replaces it</source>
        <translation>Dans cette base, modifié plus récemment dans le fichier&#xa0;: la version du fichier la remplace</translation>
    </message>
    <message>
        <source>The same here and in the file</source>
        <translation>Identique ici et dans le fichier</translation>
    </message>
    <message>
        <source>Differs, but was changed more recently here than in the file: this store&apos;s version is kept</source>
        <translation>Diffère, mais a été modifié plus récemment ici que dans le fichier&#xa0;: la version de cette base est conservée</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Import snapshot</source>
        <translation>Importer un instantané</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>Importing “{name}” ({rows}) into {store} will do this:</source>
        <translation>Importer «&#xa0;{name}&#xa0;» ({rows}) dans {store} fera ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to import: {store} already holds everything in “{name}” ({rows}).</source>
        <translation>Rien à importer&#xa0;: {store} contient déjà tout ce que contient «&#xa0;{name}&#xa0;» ({rows}).</translation>
    </message>
    <message>
        <source>It also brings {count} maturity model version new to this store.</source>
        <translation>Il apporte aussi {count} version de modèle de maturité nouvelle pour cette base.</translation>
    </message>
    <message>
        <source>It also brings {count} maturity model versions new to this store.</source>
        <translation>Il apporte aussi {count} versions de modèles de maturité nouvelles pour cette base.</translation>
    </message>
    <message>
        <source>Kept as here (changed more recently in this store than in the file):</source>
        <translation>Gardés comme ici (modifiés plus récemment dans cette base que dans le fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>Import the rows stamped in the &amp;future</source>
        <translation>Importer les lignes datées dans le &amp;futur</translation>
    </message>
    <message>
        <source>Was the clock of the computer that wrote the file wrong? Its rows would win over every change made later, here or elsewhere.</source>
        <translation>L&apos;horloge de l&apos;ordinateur qui a écrit le fichier était-elle fausse&#xa0;? Ses lignes l&apos;emporteraient sur toute modification faite plus tard, ici ou ailleurs.</translation>
    </message>
    <message>
        <source>An import cannot be undone: Edit &gt; Undo does not take it back.</source>
        <translation>Une importation ne peut pas être annulée&#xa0;: Édition &gt; Annuler ne la défait pas.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>{date}, {time} UTC</source>
        <translation>{date}, {time} UTC</translation>
    </message>
    <message>
        <source>1 row is stamped in the future ({latest}): it would win over later changes.</source>
        <translation>1 ligne est datée dans le futur ({latest})&#xa0;: elle l&apos;emporterait sur les modifications ultérieures.</translation>
    </message>
    <message>
        <source>{count} rows are stamped in the future, the latest {latest}: they would win over later changes.</source>
        <translation>{count} lignes sont datées dans le futur, la plus tardive le {latest}&#xa0;: elles l&apos;emporteraient sur les modifications ultérieures.</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Introduction: {title}</source>
        <translation>Introduction&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{organization}, assessed on {date} by {assessor}</source>
        <translation>{organization}, évaluée le {date} par {assessor}</translation>
    </message>
    <message>
        <source>{organization}, assessed on {date}</source>
        <translation>{organization}, évaluée le {date}</translation>
    </message>
    <message>
        <source>Source: {credit}</source>
        <translation>Source&#xa0;: {credit}</translation>
    </message>
    <message>
        <source>On each criterion, “From the article” marks one that restates the article in our own words, and “Our addition” one that is not in the article.</source>
        <translation>Sur chaque critère, «&#xa0;Tiré de l’article&#xa0;» signale un critère qui reformule l’article avec nos propres mots, et «&#xa0;Notre ajout&#xa0;» un critère absent de l’article.</translation>
    </message>
    <message>
        <source>Answer scale</source>
        <translation>Échelle de réponse</translation>
    </message>
    <message>
        <source>{short} — {label} (key {key})</source>
        <translation>{short} — {label} (touche {key})</translation>
    </message>
    <message>
        <source>Not rated yet — shown as unanswered; it counts as 0 in the results</source>
        <translation>Pas encore noté — affiché sans réponse&#xa0;; compte pour 0 dans les résultats</translation>
    </message>
    <message>
        <source>How the result is worked out</source>
        <translation>Comment le résultat est calculé</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Travailler au clavier</translation>
    </message>
    <message>
        <source>Every rating and note is saved the moment it is given: there is no Save button, and you can close the window at any time and carry on later from where you were.</source>
        <translation>Chaque note et chaque commentaire sont enregistrés dès qu’ils sont saisis&#xa0;: il n’y a pas de bouton Enregistrer, et vous pouvez fermer la fenêtre à tout moment pour reprendre plus tard là où vous en étiez.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System ({name})</source>
        <translation>Système ({name})</translation>
    </message>
    <message>
        <source>CS Maturity will be in {name} from its next start.</source>
        <translation>CS Maturity sera en {name} dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? Every answer is already saved.</source>
        <translation>Redémarrer maintenant&#x202f;? Chaque réponse est déjà enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} maturity model file skipped: {problem}</source>
        <translation>{count} fichier de modèle de maturité ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{count} maturity model files skipped: {problem}</source>
        <translation>{count} fichiers de modèle de maturité ignorés&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Search organizations (Ctrl+F)</source>
        <translation>Rechercher des organisations (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Nouvelle organisation…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Nouvelle év&amp;aluation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Carry for&amp;ward…</source>
        <translation>Re&amp;porter…</translation>
    </message>
    <message>
        <source>Start a draft under the current version of its maturity model ({keys})</source>
        <translation>Commencer un brouillon sous la version actuelle de son modèle de maturité ({keys})</translation>
    </message>
    <message>
        <source>Ctrl+click a second assessment to compare the two.</source>
        <translation>Ctrl+clic sur une deuxième évaluation pour comparer les deux.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Switch to another store file</source>
        <translation>Passer à un autre fichier de base</translation>
    </message>
    <message>
        <source>New &amp;store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create an empty store file</source>
        <translation>Créer un fichier de base vide</translation>
    </message>
    <message>
        <source>E&amp;ncrypt store…</source>
        <translation>C&amp;hiffrer la base…</translation>
    </message>
    <message>
        <source>Encrypt this store and its backups with a passphrase, asked for when it is opened</source>
        <translation>Chiffrer cette base et ses sauvegardes avec une phrase secrète, demandée à chaque ouverture</translation>
    </message>
    <message>
        <source>Change store &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète de la base…</translation>
    </message>
    <message>
        <source>Give this encrypted store a new passphrase</source>
        <translation>Donner une nouvelle phrase secrète à cette base chiffrée</translation>
    </message>
    <message>
        <source>Re&amp;move store encryption…</source>
        <translation>Re&amp;tirer le chiffrement de la base…</translation>
    </message>
    <message>
        <source>Write this store back unencrypted, readable by anyone with the file</source>
        <translation>Réécrire cette base sans chiffrement, lisible par quiconque a le fichier</translation>
    </message>
    <message>
        <source>&amp;Import snapshot…</source>
        <translation>&amp;Importer un instantané…</translation>
    </message>
    <message>
        <source>Merge a CSV snapshot from another laptop into this store</source>
        <translation>Fusionner dans cette base un instantané CSV venu d&apos;un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Exporter un instantané…</translation>
    </message>
    <message>
        <source>Write a CSV snapshot of the store, an organization or an assessment</source>
        <translation>Écrire un instantané CSV de la base, d&apos;une organisation ou d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>Write the report of the selected assessment (PDF or DOCX)</source>
        <translation>Écrire le rapport de l&apos;évaluation sélectionnée (PDF ou DOCX)</translation>
    </message>
    <message>
        <source>S&amp;ync with Team Server…</source>
        <translation>S&amp;ynchroniser avec le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Send the changes made here to the team server and receive everyone else&apos;s</source>
        <translation>Envoyer au serveur d&apos;équipe les modifications faites ici et recevoir celles des autres</translation>
    </message>
    <message>
        <source>Sync &amp;Conflicts…</source>
        <translation>&amp;Conflits de synchronisation…</translation>
    </message>
    <message>
        <source>The answers the last sync found changed both here and on the team server</source>
        <translation>Les réponses que la dernière synchronisation a trouvées modifiées à la fois ici et sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find organization</source>
        <translation>Rec&amp;hercher une organisation</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Carry for&amp;ward to the current version…</source>
        <translation>&amp;Reporter vers la version actuelle…</translation>
    </message>
    <message>
        <source>Start a draft under the current version of the maturity model, with the answers to review</source>
        <translation>Commencer un brouillon sous la version actuelle du modèle de maturité, avec les réponses à revoir</translation>
    </message>
    <message>
        <source>&amp;Respondents…</source>
        <translation>Ré&amp;pondants…</translation>
    </message>
    <message>
        <source>Who rates the selected assessment: add, edit or remove respondents</source>
        <translation>Qui note l&apos;évaluation sélectionnée&#xa0;: ajouter, modifier ou retirer des répondants</translation>
    </message>
    <message>
        <source>Send &amp;Questionnaires…</source>
        <translation>Envoyer les &amp;questionnaires…</translation>
    </message>
    <message>
        <source>Write an XLSX questionnaire for each respondent of the selected assessment</source>
        <translation>Écrire un questionnaire XLSX pour chaque répondant de l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Co&amp;llect Questionnaires…</source>
        <translation>Re&amp;cueillir les questionnaires…</translation>
    </message>
    <message>
        <source>Take the answers of filled questionnaires, with a preview of what changes</source>
        <translation>Reprendre les réponses des questionnaires remplis, avec un aperçu de ce qui change</translation>
    </message>
    <message>
        <source>&amp;Delete assessment…</source>
        <translation>&amp;Supprimer l&apos;évaluation…</translation>
    </message>
    <message>
        <source>Delete the selected assessments, with their answers (Edit &gt; Undo brings them back)</source>
        <translation>Supprimer les évaluations sélectionnées, avec leurs réponses (Édition &gt; Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About CS Maturity</source>
        <translation>À &amp;propos de CS Maturity</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Store: {path}</source>
        <translation>Base&#xa0;: {path}</translation>
    </message>
    <message>
        <source>{message}

Changes can no longer be saved.</source>
        <translation>{message}

Les modifications ne peuvent plus être enregistrées.</translation>
    </message>
    <message>
        <source>No organization matches “{search}”.</source>
        <translation>Aucune organisation ne correspond à «&#xa0;{search}&#xa0;».</translation>
    </message>
    <message>
        <source>No organizations yet.
Create the first one with New organization (Ctrl+N).</source>
        <translation>Aucune organisation pour l&apos;instant.
Créez la première avec Nouvelle organisation (Ctrl+N).</translation>
    </message>
    <message>
        <source>No organization selected</source>
        <translation>Aucune organisation sélectionnée</translation>
    </message>
    <message>
        <source>Brought back the assessment.</source>
        <translation>L&apos;évaluation est rétablie.</translation>
    </message>
    <message>
        <source>Brought back {count} assessments.</source>
        <translation>{count} évaluations rétablies.</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Name of the organization:</source>
        <translation>Nom de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Rename organization</source>
        <translation>Renommer l&apos;organisation</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Ctrl+Z brings it back.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete assessments</source>
        <translation>Supprimer les évaluations</translation>
    </message>
    <message>
        <source>Delete the assessment {label}</source>
        <translation>la suppression de l&apos;évaluation {label}</translation>
    </message>
    <message>
        <source>Deleted the assessment {label}. Ctrl+Z brings it back.</source>
        <translation>Évaluation {label} supprimée. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
        <source>Delete {count} assessments of “{name}”</source>
        <translation>la suppression de {count} évaluations de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Deleted {count} assessments of “{name}”. Ctrl+Z brings them back.</source>
        <translation>{count} évaluations de «&#xa0;{name}&#xa0;» supprimées. Ctrl+Z les rétablit.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Go to a page (click, or the arrow keys)</source>
        <translation>Aller à une page (clic, ou touches fléchées)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Maturity model:</source>
        <translation>&amp;Modèle de maturité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start assessment</source>
        <translation>&amp;Commencer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>NextStepsView</name>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
</context>
<context>
    <name>NotesEdit</name>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes et preuves</translation>
    </message>
    <message>
        <source>Notes and evidence, saved as you type</source>
        <translation>Notes et preuves, enregistrées à la frappe</translation>
    </message>
    <message>
        <source>; Esc goes back to the criterion</source>
        <translation>&#xa0;; Échap revient au critère</translation>
    </message>
    <message>
        <source>Notes hold at most {limit} characters: the last {excess} typed or pasted were not added.</source>
        <translation>Les notes comptent au plus {limit} caractères&#xa0;: les {excess} derniers saisis ou collés n’ont pas été ajoutés.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Create “{name}”</source>
        <translation>la création de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>la suppression de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Move up “{title}”</source>
        <translation>la montée de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Move down “{title}”</source>
        <translation>la descente de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>le renommage de «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Keep this passphrase safe, in a password manager. If it is lost, the data cannot be opened again by anyone, including us: there is no back door.</source>
        <translation>Conservez cette phrase secrète en lieu sûr, dans un gestionnaire de mots de passe. Si elle est perdue, personne ne pourra plus ouvrir les données, pas même nous&#xa0;: il n&apos;existe aucune porte dérobée.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>&amp;Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>&amp;Retapez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase check</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Use at least {count} characters: a few words are easy to remember.</source>
        <translation>Utilisez au moins {count} caractères&#xa0;: quelques mots se retiennent facilement.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>Retapez la phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases secrètes correspondent.</translation>
    </message>
</context>
<context>
    <name>PeerFiguresView</name>
    <message>
        <source>This assessment</source>
        <translation>Cette évaluation</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Median of peers</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <source>Middle half of peers</source>
        <translation>Moitié centrale des pairs</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Peers: the other organizations in this store assessed with the same model, each by its latest completed assessment. Rank 1 is the highest index.</source>
        <translation>Pairs&#xa0;: les autres organisations de cette base évaluées avec le même modèle, chacune selon sa dernière évaluation terminée. Le rang 1 est l’indice le plus élevé.</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <source>Export Action Plan</source>
        <translation>Exporter le plan d&apos;action</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>The action plan cannot be written:

{problem}</source>
        <translation>Le plan d&apos;action ne peut pas être écrit&#xa0;:

{problem}</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>{count} action</source>
        <translation>{count} action</translation>
    </message>
    <message>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <source>The action plan of “{organization}”: {count}.</source>
        <translation>Le plan d&apos;action de «&#xa0;{organization}&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client-safe: leave private notes out</source>
        <translation>&amp;Version client&#xa0;: sans les notes privées</translation>
    </message>
    <message>
        <source>The file&apos;s extension is its format: .xlsx for Excel or LibreOffice Calc (dates, filters, status as a drop-down), or .csv.</source>
        <translation>L&apos;extension du fichier en donne le format&#xa0;: .xlsx pour Excel ou LibreOffice Calc (dates, filtres, statut en liste déroulante), ou .csv.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Give the file to write.</source>
        <translation>Indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>An action plan is written as .xlsx or .csv, not {suffix}: change the file&apos;s extension.</source>
        <translation>Un plan d&apos;action s&apos;écrit en .xlsx ou en .csv, pas en {suffix}&#xa0;: changez l&apos;extension du fichier.</translation>
    </message>
    <message>
        <source>{name} exists already in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PrivateNotes</name>
    <message>
        <source>Private: left out of client-safe exports</source>
        <translation>Privé&#xa0;: exclu des exports destinés au client</translation>
    </message>
    <message>
        <source>Private notes (never in client-safe outputs)</source>
        <translation>Notes privées (jamais dans les documents destinés au client)</translation>
    </message>
    <message>
        <source>Your private notes, saved as you type</source>
        <translation>Vos notes privées, enregistrées à la frappe</translation>
    </message>
    <message>
        <source>; client-safe reports, action plans and snapshots leave them out; Esc goes back to the criterion</source>
        <translation>&#xa0;; les rapports, plans d’action et instantanés destinés au client les excluent&#xa0;; Échap revient au critère</translation>
    </message>
    <message>
        <source>Private notes for {criterion}</source>
        <translation>Notes privées pour {criterion}</translation>
    </message>
    <message>
        <source>The consultant&apos;s own, never in client-safe outputs; saved as you type; Escape goes back to the criterion</source>
        <translation>Propres au consultant, jamais dans les documents destinés au client&#xa0;; enregistrées à la frappe&#xa0;; Échap revient au critère</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Questionnaires</name>
    <message>
        <source>Questionnaires (*.xlsx);;All files (*)</source>
        <translation>Questionnaires (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{assessment} ({organization})</source>
        <translation>{assessment} ({organization})</translation>
    </message>
    <message>
        <source>The assessment {assessment} is complete: its answers no longer change. Reopen it to send questionnaires for it.</source>
        <translation>L&apos;évaluation {assessment} est terminée&#xa0;: ses réponses ne changent plus. Rouvrez-la pour lui envoyer des questionnaires.</translation>
    </message>
    <message>
        <source>{files} of these names already is in {folder}: {names}.

Replace it?</source>
        <translation>{files} de ces noms existe déjà dans {folder}&#xa0;: {names}.

Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>{files} of these names already are in {folder}: {names}.

Replace them?</source>
        <translation>{files} de ces noms existent déjà dans {folder}&#xa0;: {names}.

Les remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {problem}</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{files} had been written.</source>
        <comment>one</comment>
        <translation>{files} avait été écrit.</translation>
    </message>
    <message>
        <source>{files} had been written.</source>
        <comment>several</comment>
        <translation>{files} avaient été écrits.</translation>
    </message>
    <message>
        <source>The questionnaires cannot be written:

{problem}</source>
        <translation>Les questionnaires ne peuvent pas être écrits&#xa0;:

{problem}</translation>
    </message>
    <message>
        <source>Wrote {questionnaires} to {folder}.</source>
        <translation>Questionnaires écrits dans {folder}&#xa0;: {questionnaires}.</translation>
    </message>
    <message>
        <source>Wrote {questionnaires} to {folder}:

{names}

Send each respondent their file. When they send them back, use Assessment &gt; Collect Questionnaires.</source>
        <translation>Questionnaires écrits dans {folder}&#xa0;: {questionnaires}.

{names}

Envoyez à chaque répondant son fichier. Quand ils vous les renvoient, utilisez Évaluation &gt; Recueillir les questionnaires.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The assessment {assessment} is complete: its answers no longer change. Reopen it to collect questionnaires.</source>
        <translation>L&apos;évaluation {assessment} est terminée&#xa0;: ses réponses ne changent plus. Rouvrez-la pour recueillir des questionnaires.</translation>
    </message>
    <message>
        <source>Reading {files} to see what collecting would change…</source>
        <translation>Lecture de {files} pour voir ce que le recueil changerait…</translation>
    </message>
    <message>
        <source>Collecting {files}…</source>
        <translation>Recueil de {files}…</translation>
    </message>
    <message>
        <source>Collected {questionnaires}</source>
        <translation>Questionnaires recueillis&#xa0;: {questionnaires}</translation>
    </message>
    <message>
        <source>; {files} could not be collected</source>
        <translation>&#xa0;; impossibles à recueillir&#xa0;: {files}</translation>
    </message>
    <message>
        <source>; {count} changed nothing</source>
        <translation>&#xa0;; {count} sans changement</translation>
    </message>
    <message>
        <source>{done} of {files} read</source>
        <translation>{done} sur {files} lus</translation>
    </message>
    <message>
        <source>The questionnaires cannot be collected:

{message}</source>
        <translation>Les questionnaires ne peuvent pas être recueillis&#xa0;:

{message}</translation>
    </message>
    <message>
        <source>Collect cancelled: nothing was changed.</source>
        <translation>Recueil annulé&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Send Questionnaires</source>
        <translation>Envoyer les questionnaires</translation>
    </message>
    <message>
        <source>Collect Questionnaires</source>
        <translation>Recueillir les questionnaires</translation>
    </message>
    <message>
        <source>{count} file</source>
        <translation>{count} fichier</translation>
    </message>
    <message>
        <source>{count} files</source>
        <translation>{count} fichiers</translation>
    </message>
    <message>
        <source>{count} questionnaire</source>
        <translation>{count} questionnaire</translation>
    </message>
    <message>
        <source>{count} questionnaires</source>
        <translation>{count} questionnaires</translation>
    </message>
</context>
<context>
    <name>RenameRespondentCommand</name>
    <message>
        <source>Edit respondent “{name}”</source>
        <translation>Modifier le répondant «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;PDF: ready to send and print</source>
        <translation>&amp;PDF&#xa0;: prêt à envoyer et à imprimer</translation>
    </message>
    <message>
        <source>&amp;DOCX: to brand and reword in Word or LibreOffice Writer</source>
        <translation>&amp;DOCX&#xa0;: à personnaliser et retoucher dans Word ou LibreOffice Writer</translation>
    </message>
    <message>
        <source>&amp;Language of the report:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Client-safe: leave private notes out</source>
        <translation>Version &amp;client&#xa0;: sans les notes privées</translation>
    </message>
    <message>
        <source>Private notes, of answers and of the roadmap&apos;s actions, are the consultant&apos;s own: a normal report shows them marked “Private note”.</source>
        <translation>Les notes privées, des réponses et des actions de la feuille de route, appartiennent au consultant&#xa0;: un rapport normal les montre marquées «&#xa0;Note privée&#xa0;».</translation>
    </message>
    <message>
        <source>Next, choose where to save the report.</source>
        <translation>Ensuite, choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>RespondentCommand</name>
    <message>
        <source>Remove respondent “{name}”</source>
        <translation>Supprimer le répondant «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Add respondent “{name}”</source>
        <translation>Ajouter le répondant «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RespondentEditor</name>
    <message>
        <source>Pat Lee</source>
        <translation>Camille Martin</translation>
    </message>
    <message>
        <source>VP Customer Success</source>
        <translation>Directrice Customer Success</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RespondentsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>This assessment is complete: its respondents are read-only. Reopen it to change them.</source>
        <translation>Cette évaluation est terminée&#xa0;: ses répondants sont en lecture seule. Rouvrez-la pour les modifier.</translation>
    </message>
    <message>
        <source>Their {count} rating goes with them, and the consensus that is the respondents&apos; median follows the others.</source>
        <translation>Sa note ({count}) part avec ce répondant, et le consensus, qui est la médiane des répondants, suit les autres.</translation>
    </message>
    <message>
        <source>Their {count} ratings go with them, and the consensus that is the respondents&apos; median follows the others.</source>
        <translation>Ses {count} notes partent avec ce répondant, et le consensus, qui est la médiane des répondants, suit les autres.</translation>
    </message>
    <message>
        <source>They have rated nothing yet.</source>
        <translation>Ce répondant n&apos;a encore rien noté.</translation>
    </message>
    <message>
        <source>Remove the respondent “{name}” ({role})?</source>
        <translation>Supprimer le répondant «&#xa0;{name}&#xa0;» ({role})&#xa0;?</translation>
    </message>
    <message>
        <source>Remove the respondent “{name}”?</source>
        <translation>Supprimer le répondant «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Add a respondent (Insert)</source>
        <translation>Ajouter un répondant (Inser)</translation>
    </message>
    <message>
        <source>Change the name or role (Enter)</source>
        <translation>Modifier le nom ou le rôle (Entrée)</translation>
    </message>
    <message>
        <source>Remove the respondent with their ratings (Delete)</source>
        <translation>Supprimer le répondant avec ses notes (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Respondents — {organization} {date}</source>
        <translation>Répondants — {organization} {date}</translation>
    </message>
    <message>
        <source>One voice so far: the assessor, whose ratings are the answers. Add the people who rate the criteria too; the consensus is then their median until you set it.</source>
        <translation>Une seule voix pour l&apos;instant&#xa0;: l&apos;évaluateur, dont les notes sont les réponses. Ajoutez aussi les personnes qui notent les critères&#xa0;; le consensus est alors leur médiane, jusqu&apos;à ce que vous le fixiez.</translation>
    </message>
    <message>
        <source>Each respondent rates every criterion (in the wizard, Rating as, or by questionnaire); the consensus is their median until the facilitator sets it.</source>
        <translation>Chaque répondant note chaque critère (dans l&apos;assistant, «&#xa0;Noter en tant que&#xa0;», ou par questionnaire)&#xa0;; le consensus est leur médiane jusqu&apos;à ce que l&apos;animateur le fixe.</translation>
    </message>
    <message>
        <source>the respondent could not be added</source>
        <translation>le répondant n&apos;a pas pu être ajouté</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>Ajouter un répondant</translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Edit respondent</source>
        <translation>Modifier le répondant</translation>
    </message>
    <message>
        <source>Remove respondent</source>
        <translation>Supprimer le répondant</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>RespondentsTab</name>
    <message>
        <source>Only one person rated this assessment. Add respondents (Assessment › Respondents…) or collect their questionnaires to compare their ratings here.</source>
        <translation>Une seule personne a noté cette évaluation. Ajoutez des répondants (Évaluation › Répondants…) ou recueillez leurs questionnaires pour comparer ici leurs notes.</translation>
    </message>
    <message>
        <source>Deeper colour: higher rating (0 to {top}). Hatched: not applicable. –: not rated. ⚠: scores 2 or more apart. (set): the facilitator set the consensus, else the median.</source>
        <translation>Couleur plus foncée&#xa0;: note plus élevée (0 à {top}). Hachuré&#xa0;: sans objet. –&#xa0;: non noté. ⚠&#xa0;: notes écartées de 2 ou plus. (fixée)&#xa0;: consensus fixé par l’animateur, sinon la médiane.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Situé à</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Ratings {ratings}; consensus {consensus}</source>
        <translation>Notes {ratings}&#xa0;; consensus {consensus}</translation>
    </message>
    <message>
        <source>The respondents disagree on no criterion (a range of 2 or more).</source>
        <translation>Les répondants ne sont en désaccord sur aucun critère (écart de 2 ou plus).</translation>
    </message>
    <message>
        <source>Ratings by criterion and respondent</source>
        <translation>Notes par critère et par répondant</translation>
    </message>
    <message>
        <source>&amp;Copy cells</source>
        <translation>&amp;Copier les cellules</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text (Ctrl+C)</source>
        <translation>Copier les cellules sélectionnées en texte séparé par des tabulations (Ctrl+C)</translation>
    </message>
    <message>
        <source>Each respondent&apos;s own result</source>
        <translation>Résultat propre à chaque répondant</translation>
    </message>
    <message>
        <source>Largest disagreements</source>
        <translation>Plus grands désaccords</translation>
    </message>
    <message>
        <source>Ratings by respondent</source>
        <translation>Notes par répondant</translation>
    </message>
    <message>
        <source>{respondent}: {placed}, index {index}, {answered}</source>
        <translation>{respondent}&#xa0;: {placed}, indice {index}, {answered}</translation>
    </message>
</context>
<context>
    <name>RespondentsTableModel</name>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} sur {total}</translation>
    </message>
    <message>
        <source>The assessor: their ratings are the answers until someone else is added</source>
        <translation>L&apos;évaluateur&#xa0;: ses notes sont les réponses jusqu&apos;à ce que quelqu&apos;un d&apos;autre soit ajouté</translation>
    </message>
</context>
<context>
    <name>ResultsPane</name>
    <message>
        <source>Select an assessment to see its results</source>
        <translation>Sélectionnez une évaluation pour voir ses résultats</translation>
    </message>
    <message>
        <source>Peer figures</source>
        <translation>Chiffres des pairs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>How far each stage is attained</source>
        <translation>Le taux d’atteinte de chaque étape</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>The score of each dimension</source>
        <translation>Le score de chaque dimension</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>What to put in place to reach the next stage</source>
        <translation>Ce qu’il faut mettre en place pour atteindre l’étape suivante</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>The organization&apos;s targets, and the actions to reach them</source>
        <translation>Les cibles de l’organisation, et les actions pour les atteindre</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>The maturity index of each completed assessment</source>
        <translation>L’indice de maturité de chaque évaluation terminée</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>The criteria that moved between two assessments</source>
        <translation>Les critères qui ont évolué entre deux évaluations</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Where the organization stands against the others</source>
        <translation>La position de l’organisation par rapport aux autres</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>How each respondent rated, and where they differ</source>
        <translation>Les notes de chaque répondant, et leurs désaccords</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Copy the chart of this tab to the clipboard ({keys})</source>
        <translation>Copier le graphique de cet onglet dans le presse-papiers ({keys})</translation>
    </message>
    <message>
        <source>Save the chart of this tab as a PNG image ({keys})</source>
        <translation>Enregistrer le graphique de cet onglet en image PNG ({keys})</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copier le graphique</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>These results cannot be shown: {problem}</source>
        <translation>Impossible d’afficher ces résultats&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>This assessment ({index})</source>
        <translation>Cette évaluation ({index})</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
</context>
<context>
    <name>RoadmapModel</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>What is to be done (F2 or Enter edits)</source>
        <translation>Ce qui est à faire (F2 ou Entrée pour modifier)</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD; empty for none</source>
        <translation>Date d&apos;échéance, AAAA-MM-JJ&#xa0;; vide s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>Open, in progress, done or dropped</source>
        <translation>Ouverte, en cours, terminée ou abandonnée</translation>
    </message>
    <message>
        <source>Overdue: open or in progress past its date. Achieved: a later assessment rates its criterion fully in place</source>
        <translation>En retard&#xa0;: ouverte ou en cours après sa date. Atteinte&#xa0;: une évaluation ultérieure note son critère comme pleinement en place</translation>
    </message>
    <message>
        <source>Notes the client may read</source>
        <translation>Notes que le client peut lire</translation>
    </message>
    <message>
        <source>Your own notes: never in a client-safe report, plan or snapshot</source>
        <translation>Vos propres notes&#xa0;: jamais dans un rapport, un plan ou un instantané en version client</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty for no date</source>
        <translation>AAAA-MM-JJ, ou vide pour aucune date</translation>
    </message>
    <message>
        <source>An action of your own</source>
        <translation>Une action à vous</translation>
    </message>
    <message>
        <source>Achieved: the assessment of {date} rates its criterion fully in place</source>
        <translation>Atteinte&#xa0;: l&apos;évaluation du {date} note son critère comme pleinement en place</translation>
    </message>
    <message>
        <source>Overdue: still open past its due date</source>
        <translation>En retard&#xa0;: toujours ouverte après sa date d&apos;échéance</translation>
    </message>
</context>
<context>
    <name>RoadmapTab</name>
    <message>
        <source>Set a target, then Build Roadmap: every criterion between today&apos;s placement and the target becomes an action.</source>
        <translation>Définissez une cible, puis Générer la feuille de route&#xa0;: chaque critère entre la situation actuelle et la cible devient une action.</translation>
    </message>
    <message>
        <source>No target yet. Set Target… ({keys}) names a stage and a date.</source>
        <translation>Aucune cible pour l&apos;instant. Définir la cible… ({keys}) fixe une étape et une date.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Roadmap actions</source>
        <translation>Actions de la feuille de route</translation>
    </message>
    <message>
        <source>Set &amp;Target…</source>
        <translation>Définir la ci&amp;ble…</translation>
    </message>
    <message>
        <source>The stage to reach, and by when</source>
        <translation>L’étape à atteindre, et pour quand</translation>
    </message>
    <message>
        <source>&amp;Build Roadmap</source>
        <translation>&amp;Générer la feuille de route</translation>
    </message>
    <message>
        <source>Add an action for every criterion between the latest placement and the target that has none yet (Alt+B)</source>
        <translation>Ajouter une action pour chaque critère, entre la dernière situation et la cible, qui n’en a pas encore (Alt+G)</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>Add an action of your own</source>
        <translation>Ajouter une action de votre choix</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;Supprimer l’action</translation>
    </message>
    <message>
        <source>Delete the selected action (Edit &gt; Undo brings it back)</source>
        <translation>Supprimer l’action sélectionnée (Édition &gt; Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Delete Action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the action up</source>
        <translation>Monter l’action</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Move the action down</source>
        <translation>Descendre l’action</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>E&amp;xport Action Plan…</source>
        <translation>E&amp;xporter le plan d’action…</translation>
    </message>
    <message>
        <source>Write the action plan as an XLSX, CSV or JSON file</source>
        <translation>Écrire le plan d’action dans un fichier XLSX, CSV ou JSON</translation>
    </message>
    <message>
        <source>{model}: {target} — {gap}</source>
        <translation>{model}&#xa0;: {target} — {gap}</translation>
    </message>
    <message>
        <source>Target: {target} — {gap}</source>
        <translation>Cible&#xa0;: {target} — {gap}</translation>
    </message>
    <message>
        <source>Target on {model} cleared; its actions stay.</source>
        <translation>Cible sur {model} effacée&#xa0;; ses actions sont conservées.</translation>
    </message>
    <message>
        <source>Target set. {built}</source>
        <translation>Cible définie. {built}</translation>
    </message>
    <message>
        <source>Roadmap: {count} action added.</source>
        <translation>Feuille de route&#xa0;: {count} action ajoutée.</translation>
    </message>
    <message>
        <source>Roadmap: {count} actions added.</source>
        <translation>Feuille de route&#xa0;: {count} actions ajoutées.</translation>
    </message>
    <message>
        <source>The roadmap is built once the organization has an assessment on {model}.</source>
        <translation>La feuille de route sera générée dès que l’organisation aura une évaluation sur {model}.</translation>
    </message>
    <message>
        <source>The target is reached: no actions added.</source>
        <translation>La cible est atteinte&#xa0;: aucune action ajoutée.</translation>
    </message>
    <message>
        <source>The roadmap has an action for every criterion up to the target: none added.</source>
        <translation>La feuille de route a déjà une action pour chaque critère jusqu’à la cible&#xa0;: aucune ajoutée.</translation>
    </message>
    <message>
        <source>Set a target first (Set Target…, {keys}).</source>
        <translation>Définissez d&apos;abord une cible (Définir la cible…, {keys}).</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Action supprimée. Ctrl+Z la rétablit.</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source> (key {key})</source>
        <translation> (touche {key})</translation>
    </message>
    <message>
        <source>Rate {criterion}</source>
        <translation>Noter {criterion}</translation>
    </message>
    <message>
        <source>Use N/A? {rule}</source>
        <translation>S.O.&#xa0;? {rule}</translation>
    </message>
    <message>
        <source>Mark {criterion} not applicable</source>
        <translation>Marquer {criterion} sans objet</translation>
    </message>
</context>
<context>
    <name>SendQuestionnairesDialog</name>
    <message>
        <source>Write a questionnaire (an XLSX file) for each respondent checked below, for the assessment {assessment}. Send each their file; they fill it in in Excel or LibreOffice Calc and send it back, and Assessment &gt; Collect Questionnaires takes their answers.</source>
        <translation>Écrire un questionnaire (un fichier XLSX) pour chaque répondant coché ci-dessous, pour l&apos;évaluation {assessment}. Envoyez à chacun son fichier&#xa0;; il le remplit dans Excel ou LibreOffice Calc et vous le renvoie, et Évaluation &gt; Recueillir les questionnaires reprend ses réponses.</translation>
    </message>
    <message>
        <source>&amp;Respondents (Space checks or unchecks one):</source>
        <translation>&amp;Répondants (Espace coche ou décoche)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>&amp;Langue des fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write Questionnaires</source>
        <translation>É&amp;crire les questionnaires</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>For the assessor: {guidance}</source>
        <translation>Pour l’évaluateur&#xa0;: {guidance}</translation>
    </message>
    <message>
        <source>A typical organization here: {profile}</source>
        <translation>Une organisation typique à ce stade&#xa0;: {profile}</translation>
    </message>
    <message>
        <source>This {stage_word} has no criteria: it is achieved by definition. There is nothing to rate here.</source>
        <translation>Aucun critère pour cette étape ({stage_word})&#xa0;: elle est atteinte par définition. Il n’y a rien à noter ici.</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>This store is encrypted</source>
        <translation>Cette base est chiffrée</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>The stage the organization is placed in, as the answers stand</source>
        <translation>L’étape où se situe l’organisation, selon les réponses actuelles</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Unanswered criteria</source>
        <translation>Critères sans réponse</translation>
    </message>
    <message>
        <source>Double-click one, or select it and press Enter, to go to it.</source>
        <translation>Double-cliquez sur un critère, ou sélectionnez-le et appuyez sur Entrée, pour y aller.</translation>
    </message>
    <message>
        <source>They came from the earlier assessment: check that each still holds and rate it (the same rating is fine) to clear the mark.</source>
        <translation>Elles viennent de l’évaluation précédente&#xa0;: vérifiez que chacune tient toujours et notez-la (la même note convient) pour effacer la marque.</translation>
    </message>
    <message>
        <source>Carried answers to review</source>
        <translation>Réponses reportées à revoir</translation>
    </message>
    <message>
        <source>Their scores lie two or more apart, the widest first: worth discussing before the consensus is set.</source>
        <translation>Leurs notes sont écartées de deux points ou plus, les plus grands écarts d’abord&#xa0;: à discuter avant de fixer le consensus.</translation>
    </message>
    <message>
        <source>Criteria the respondents disagree on</source>
        <translation>Critères sur lesquels les répondants divergent</translation>
    </message>
    <message>
        <source>Mark assessment complete</source>
        <translation>Marquer l’évaluation comme terminée</translation>
    </message>
    <message>
        <source>Freeze the answers: a complete assessment opens read-only until it is reopened</source>
        <translation>Figer les réponses&#xa0;: une évaluation terminée s’ouvre en lecture seule jusqu’à ce qu’elle soit rouverte</translation>
    </message>
    <message>
        <source>A stage is achieved at an attainment of {threshold}: the dashed mark on each bar.</source>
        <translation>Une étape est atteinte à partir d’un taux d’atteinte de {threshold}&#xa0;: le trait pointillé sur chaque barre.</translation>
    </message>
    <message>
        <source>Unanswered criteria ({count})</source>
        <translation>Critères sans réponse ({count})</translation>
    </message>
    <message>
        <source>Every criterion is answered</source>
        <translation>Tous les critères ont une réponse</translation>
    </message>
    <message>
        <source>{count} carried answer to review</source>
        <translation>{count} réponse reportée à revoir</translation>
    </message>
    <message>
        <source>{count} carried answers to review</source>
        <translation>{count} réponses reportées à revoir</translation>
    </message>
    <message>
        <source>Respondents disagree on {count} criterion</source>
        <translation>Désaccord des répondants sur {count} critère</translation>
    </message>
    <message>
        <source>Respondents disagree on {count} criteria</source>
        <translation>Désaccord des répondants sur {count} critères</translation>
    </message>
    <message>
        <source>no criteria</source>
        <translation>aucun critère</translation>
    </message>
    <message>
        <source>Assessment is complete</source>
        <translation>L’évaluation est terminée</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Send the changes made in {store} to the team server, and receive everyone else’s. Where both sides changed the same answer, the most recent change is kept.</source>
        <translation>Envoyer les modifications faites dans {store} au serveur d&apos;équipe, et recevoir celles de tous les autres. Quand les deux côtés ont modifié la même réponse, la modification la plus récente est conservée.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>No password is kept: the connection uses ~/.pgpass, a service file or PGPASSWORD, or asks for one when the server wants it.</source>
        <translation>Aucun mot de passe n&apos;est conservé&#xa0;: la connexion utilise ~/.pgpass, un fichier de service ou PGPASSWORD, ou en demande un quand le serveur l&apos;exige.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>What a sync would send and receive, and its conflicts, changing nothing</source>
        <translation>Ce qu&apos;une synchronisation enverrait et recevrait, et ses conflits, sans rien modifier</translation>
    </message>
    <message>
        <source>Give the team server’s address, e.g. {example}</source>
        <translation>Indiquez l&apos;adresse du serveur d&apos;équipe, par exemple {example}</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <source>Show &amp;Conflicts…</source>
        <translation>Afficher les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>TargetCommand</name>
    <message>
        <source>Clear target</source>
        <translation>Effacer la cible</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Définir la cible</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Set target</source>
        <translation>Définir la cible</translation>
    </message>
    <message>
        <source>Maturity model</source>
        <translation>Modèle de maturité</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>&amp;No date</source>
        <translation>&amp;Sans date</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Maturity model:</source>
        <translation>&amp;Modèle de maturité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Pour le&#xa0;:</translation>
    </message>
    <message>
        <source>Set &amp;target</source>
        <translation>Définir la &amp;cible</translation>
    </message>
    <message>
        <source>&amp;Clear target</source>
        <translation>&amp;Effacer la cible</translation>
    </message>
    <message>
        <source>No target set on this model yet.</source>
        <translation>Aucune cible fixée sur ce modèle pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Now: {stage} by {date}.</source>
        <translation>Actuellement&#xa0;: {stage} d&apos;ici le {date}.</translation>
    </message>
    <message>
        <source>Now: {stage}.</source>
        <translation>Actuellement&#xa0;: {stage}.</translation>
    </message>
</context>
<context>
    <name>VerdictBar</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Colour of the placed stage</source>
        <translation>Couleur de l’étape atteinte</translation>
    </message>
    <message>
        <source>The stage the organization is placed in</source>
        <translation>L’étape à laquelle l’organisation est située</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>VoicesLine</name>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>The respondents&apos; scores lie two or more apart: worth discussing before the consensus is set.</source>
        <translation>Les notes des répondants sont écartées de deux points ou plus&#xa0;: à discuter avant de fixer le consensus.</translation>
    </message>
    <message>
        <source>The score that counts: the respondents&apos; median (rounded down) until the facilitator sets it by rating as the consensus</source>
        <translation>La note qui compte&#xa0;: la médiane des répondants (arrondie à l’inférieur) tant que l’animateur ne la fixe pas en notant en tant que consensus</translation>
    </message>
    <message>
        <source>Use the median</source>
        <translation>Prendre la médiane</translation>
    </message>
    <message>
        <source>Use the median for {criterion}</source>
        <translation>Prendre la médiane pour {criterion}</translation>
    </message>
    <message>
        <source>Hand the consensus back to the respondents&apos; median</source>
        <translation>Rendre le consensus à la médiane des répondants</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Répondants&#xa0;:</translation>
    </message>
    <message>
        <source>Respondents&apos; ratings</source>
        <translation>Notes des répondants</translation>
    </message>
</context>
<context>
    <name>WizardKeys</name>
    <message>
        <source>Mark it not applicable, then move on</source>
        <translation>Le marquer sans objet, puis passer au suivant</translation>
    </message>
    <message>
        <source>Clear its rating (unanswered)</source>
        <translation>Effacer sa note (sans réponse)</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Critère suivant</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Critère précédent</translation>
    </message>
    <message>
        <source>Write notes and evidence for the current criterion</source>
        <translation>Écrire les notes et preuves du critère en cours</translation>
    </message>
    <message>
        <source>Write private notes for the current criterion (never in client-safe outputs)</source>
        <translation>Écrire des notes privées sur le critère en cours (jamais dans les documents destinés au client)</translation>
    </message>
    <message>
        <source>Leave the notes (they are saved), back to the criterion</source>
        <translation>Quitter les notes (elles sont enregistrées), retour au critère</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>The summary: the results as the answers stand</source>
        <translation>La synthèse&#xa0;: les résultats selon les réponses actuelles</translation>
    </message>
    <message>
        <source>Undo the last rating</source>
        <translation>Annuler la dernière note</translation>
    </message>
    <message>
        <source>Redo the rating undone</source>
        <translation>Rétablir la note annulée</translation>
    </message>
    <message>
        <source>Close the wizard (everything is already saved)</source>
        <translation>Fermer l’assistant (tout est déjà enregistré)</translation>
    </message>
    <message>
        <source>Respondents: add, edit or remove them</source>
        <translation>Répondants&#xa0;: les ajouter, les modifier ou les retirer</translation>
    </message>
    <message>
        <source>Choose whom you rate as: the consensus or a respondent</source>
        <translation>Choisir pour qui vous notez&#xa0;: le consensus ou un répondant</translation>
    </message>
    <message>
        <source>Rate as the next one: the consensus, then each in turn</source>
        <translation>Noter en tant que le suivant&#xa0;: le consensus, puis chacun à son tour</translation>
    </message>
    <message>
        <source>Hand the consensus back to the respondents&apos; median</source>
        <translation>Rendre le consensus à la médiane des répondants</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Rate the current criterion, then move on to the next one</source>
        <translation>Noter le critère en cours, puis passer au suivant</translation>
    </message>
</context>
<context>
    <name>WizardRatings</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} sur {total} répondus</translation>
    </message>
    <message>
        <source>{stage} — achieved by definition</source>
        <translation>{stage} — atteint par définition</translation>
    </message>
</context>
<context>
    <name>WizardVoices</name>
    <message>
        <source>range {range}</source>
        <translation>écart {range}</translation>
    </message>
    <message>
        <source>Consensus (facilitator)</source>
        <translation>Consensus (animateur)</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>fixé</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>Consensus {rating}</source>
        <translation>Consensus {rating}</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Scores from {low} to {high}</source>
        <translation>Notes de {low} à {high}</translation>
    </message>
    <message>
        <source>they disagree</source>
        <translation>ils divergent</translation>
    </message>
</context>
<context>
    <name>about_dialog</name>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; (version {version}): {credit}.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; (version {version})&#xa0;: {credit}.</translation>
    </message>
    <message>
        <source>Customer-success maturity assessment, offline: your data stays on this computer.</source>
        <translation>Évaluation de la maturité du customer success, hors ligne&#xa0;: vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Maturity models:</source>
        <translation>Modèles de maturité&#xa0;:</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
</context>
<context>
    <name>age files</name>
    <message>
        <source>encrypt with a passphrase or to recipients&apos; keys, not both</source>
        <translation>chiffrez avec une phrase secrète ou pour des clés de destinataires, pas les deux</translation>
    </message>
    <message>
        <source>encrypting needs a passphrase or a recipient&apos;s key</source>
        <translation>le chiffrement demande une phrase secrète ou la clé d&apos;un destinataire</translation>
    </message>
    <message>
        <source>that is a secret key (AGE-SECRET-KEY-1...): encrypt to its public key (age1..., which age-keygen -y prints), and keep the secret one to yourself</source>
        <translation>c&apos;est une clé secrète (AGE-SECRET-KEY-1...)&#xa0;: chiffrez pour sa clé publique (age1..., qu&apos;affiche age-keygen -y), et gardez la clé secrète pour vous</translation>
    </message>
    <message>
        <source>{key} is not an age public key: one starts with age1 (age-keygen prints it as &apos;Public key&apos;)</source>
        <translation>{key} n&apos;est pas une clé publique age&#xa0;: une telle clé commence par age1 (age-keygen l&apos;affiche comme «&#xa0;Public key&#xa0;»)</translation>
    </message>
    <message>
        <source>{key} is not a valid age public key (mistyped or cut short?)</source>
        <translation>{key} n&apos;est pas une clé publique age valide (mal saisie ou tronquée&#xa0;?)</translation>
    </message>
    <message>
        <source>{name} mixes a passphrase with other keys, which age does not allow: it was not made by age or CS Maturity; nothing was imported</source>
        <translation>{name} mêle une phrase secrète à d&apos;autres clés, ce que age n&apos;autorise pas&#xa0;: il n&apos;a été créé ni par age ni par CS Maturity&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name} asks for more memory to decrypt than age allows (scrypt work factor {factor}, at most {most}): it was not made by age or CS Maturity; nothing was imported</source>
        <translation>{name} demande plus de mémoire pour être déchiffré que age ne le permet (facteur de travail scrypt {factor}, au plus {most})&#xa0;: il n&apos;a été créé ni par age ni par CS Maturity&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name} is not an age-encrypted file</source>
        <translation>{name} n&apos;est pas un fichier chiffré par age</translation>
    </message>
    <message>
        <source>the identity file {path} is a folder</source>
        <translation>le fichier d&apos;identité {path} est un dossier</translation>
    </message>
    <message>
        <source>cannot read the identity file {path} ({problem})</source>
        <translation>impossible de lire le fichier d&apos;identité {path} ({problem})</translation>
    </message>
    <message>
        <source>the identity file {path} is too large to be one (age-keygen writes a few lines)</source>
        <translation>le fichier d&apos;identité {path} est trop gros pour en être un (age-keygen écrit quelques lignes)</translation>
    </message>
    <message>
        <source>the identity file {path} is not an age identity file</source>
        <translation>le fichier d&apos;identité {path} n&apos;est pas un fichier d&apos;identité age</translation>
    </message>
    <message>
        <source>the identity file {path} holds a public key (age1...) on line {number}: decrypting needs the secret key (AGE-SECRET-KEY-1...), the file age-keygen wrote</source>
        <translation>le fichier d&apos;identité {path} contient une clé publique (age1...) à la ligne {number}&#xa0;: le déchiffrement demande la clé secrète (AGE-SECRET-KEY-1...), le fichier qu&apos;a écrit age-keygen</translation>
    </message>
    <message>
        <source>line {number} of the identity file {path} is not an age secret key (AGE-SECRET-KEY-1...)</source>
        <translation>la ligne {number} du fichier d&apos;identité {path} n&apos;est pas une clé secrète age (AGE-SECRET-KEY-1...)</translation>
    </message>
    <message>
        <source>line {number} of the identity file {path} is a damaged age secret key</source>
        <translation>la ligne {number} du fichier d&apos;identité {path} est une clé secrète age endommagée</translation>
    </message>
    <message>
        <source>the identity file {path} holds no identity (an AGE-SECRET-KEY-1... line)</source>
        <translation>le fichier d&apos;identité {path} ne contient aucune identité (une ligne AGE-SECRET-KEY-1...)</translation>
    </message>
    <message>
        <source>cannot encrypt the file ({problem})</source>
        <translation>impossible de chiffrer le fichier ({problem})</translation>
    </message>
    <message>
        <source>{name} is encrypted with a passphrase: it is needed to import the file</source>
        <translation>{name} est chiffré avec une phrase secrète&#xa0;: elle est nécessaire pour importer le fichier</translation>
    </message>
    <message>
        <source>{name} is encrypted to a key: the identity file holding its secret key (AGE-SECRET-KEY-1...) is needed to import the file</source>
        <translation>{name} est chiffré pour une clé&#xa0;: le fichier d&apos;identité contenant sa clé secrète (AGE-SECRET-KEY-1...) est nécessaire pour importer le fichier</translation>
    </message>
    <message>
        <source>{name} is {size} GB, larger than a snapshot can be ({most} GB)</source>
        <translation>{name} fait {size} Go, plus qu&apos;un instantané ne peut faire ({most} Go)</translation>
    </message>
    <message>
        <source>cannot decrypt {name}: the passphrase is wrong (or its header was altered); nothing was imported</source>
        <translation>impossible de déchiffrer {name}&#xa0;: la phrase secrète est fausse (ou son en-tête a été modifié)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>cannot decrypt {name}: no identity given fits (or its header was altered); nothing was imported</source>
        <translation>impossible de déchiffrer {name}&#xa0;: aucune des identités fournies ne convient (ou son en-tête a été modifié)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>cannot decrypt {name}: the file is damaged (truncated or altered); nothing was imported</source>
        <translation>impossible de déchiffrer {name}&#xa0;: le fichier est endommagé (tronqué ou modifié)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>impossible de lire {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the passphrase is not UTF-8 text</source>
        <translation>la phrase secrète n&apos;est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{path} is encrypted, and its passphrase was not given.</source>
        <translation>{path} est chiffrée, et sa phrase secrète n&apos;a pas été donnée.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#xa0;</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#xa0;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur non valide pour %(type)s&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Something went wrong that CS Maturity did not expect ({kind}: {problem}).</source>
        <translation>Un problème que CS Maturity n&apos;attendait pas est survenu ({kind}&#xa0;: {problem}).</translation>
    </message>
</context>
<context>
    <name>carry_forward_action</name>
    <message>
        <source>Carry forward</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Carry forward and &amp;open</source>
        <translation>Reporter et &amp;ouvrir</translation>
    </message>
    <message>
        <source>Carried forward to {title} version {version}: review the marked answers in the wizard.</source>
        <translation>Reportée vers {title} version {version}&#xa0;: revoyez les réponses marquées dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Start a new draft for {organization} under {title} version {version}?

{carried} of its {total} criteria take the answers given on {date} under version {old_version}, each marked for review until you rate it again; {left} start unanswered.

The assessment of {date} stays as it is, with its placement.</source>
        <translation>Commencer un nouveau brouillon pour {organization} sous {title} version {version}&#xa0;?

{carried} de ses {total} critères reprennent les réponses données le {date} sous la version {old_version}, chacune marquée à revoir jusqu&apos;à ce que vous la notiez à nouveau&#xa0;; {left} commencent sans réponse.

L&apos;évaluation du {date} reste telle quelle, avec sa position.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>{app_name}: assess the maturity of customer-success organizations, offline. Without a command, the application window opens.</source>
        <translation>{app_name}&#xa0;: évaluez la maturité des organisations de customer success, hors ligne. Sans commande, la fenêtre de l&apos;application s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The store is {default_db_path} unless --db or ${db_env} names another. Your own maturity model files go in {user_models_dir}. An encrypted store opens with its passphrase from --passphrase-file FILE or ${env} (a file holding it), else asked for on the terminal.</source>
        <translation>La base est {default_db_path}, sauf si --db ou ${db_env} en désigne une autre. Vos propres fichiers de modèle de maturité se placent dans {user_models_dir}. Une base chiffrée s&apos;ouvre avec sa phrase secrète, lue dans --passphrase-file FICHIER ou ${env} (un fichier qui la contient), sinon demandée dans le terminal.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>the store (SQLite file) to use; created if missing (default: ${db_env}, else the one in your data folder)</source>
        <translation>la base (fichier SQLite) à utiliser&#xa0;; créée si elle n&apos;existe pas (par défaut&#xa0;: ${db_env}, sinon celle de votre dossier de données)</translation>
    </message>
    <message>
        <source>the language of messages, listings and the files written: {languages} (default: the system&apos;s language)</source>
        <translation>la langue des messages, des listes et des fichiers écrits&#xa0;: {languages} (par défaut&#xa0;: la langue du système)</translation>
    </message>
    <message>
        <source>the passphrase of an encrypted store, on the first line of FILE (default: ${env}; else asked for on the terminal)</source>
        <translation>la phrase secrète d&apos;une base chiffrée, sur la première ligne de FICHIER (par défaut&#xa0;: ${env}&#xa0;; sinon demandée dans le terminal)</translation>
    </message>
    <message>
        <source>list the maturity models, show one, or check a file of your own</source>
        <translation>lister les modèles de maturité, en afficher un, ou vérifier un fichier de votre cru</translation>
    </message>
    <message>
        <source>List the maturity models: the built-in ones and those in your models folder.</source>
        <translation>Liste les modèles de maturité&#xa0;: ceux fournis et ceux de votre dossier de modèles.</translation>
    </message>
    <message>
        <source>stages, dimensions and every criterion with its id</source>
        <translation>étapes, dimensions et chaque critère avec son identifiant</translation>
    </message>
    <message>
        <source>Show one maturity model: its stages in order, its dimensions and every criterion with its stable id.</source>
        <translation>Affiche un modèle de maturité&#xa0;: ses étapes dans l&apos;ordre, ses dimensions et chaque critère avec son identifiant stable.</translation>
    </message>
    <message>
        <source>a model id, as `csmaturity models` lists</source>
        <translation>un identifiant de modèle, tel que `csmaturity models` les liste</translation>
    </message>
    <message>
        <source>a version other than the newest</source>
        <translation>une autre version que la plus récente</translation>
    </message>
    <message>
        <source>validate a maturity model file of your own</source>
        <translation>valider un fichier de modèle de maturité de votre cru</translation>
    </message>
    <message>
        <source>Validate a maturity model file and say exactly what is wrong with it.</source>
        <translation>Valide un fichier de modèle de maturité et dit précisément ce qui ne va pas.</translation>
    </message>
    <message>
        <source>a .toml maturity model file</source>
        <translation>un fichier de modèle de maturité .toml</translation>
    </message>
    <message>
        <source>organizations with their latest placed stage</source>
        <translation>les organisations avec la dernière étape où elles sont situées</translation>
    </message>
    <message>
        <source>List the organizations of the store, each with its latest assessment and the stage it placed them in.</source>
        <translation>Liste les organisations de la base, chacune avec sa dernière évaluation et l&apos;étape où celle-ci la situe.</translation>
    </message>
    <message>
        <source>results of one assessment: placed stage, maturity index, attainment, profile, next steps</source>
        <translation>résultats d&apos;une évaluation&#xa0;: étape atteinte, indice de maturité, taux d&apos;atteinte, profil, prochaines étapes</translation>
    </message>
    <message>
        <source>Show the results of one assessment, scored with the maturity model version it was taken with.</source>
        <translation>Affiche les résultats d&apos;une évaluation, calculés avec la version du modèle de maturité avec laquelle elle a été faite.</translation>
    </message>
    <message>
        <source>an assessment id</source>
        <translation>un identifiant d&apos;évaluation</translation>
    </message>
    <message>
        <source>start a draft under the current version of an assessment&apos;s maturity model</source>
        <translation>commencer un brouillon sous la version actuelle du modèle de maturité d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Start a new draft for the same organization under the newest installed version of the assessment&apos;s maturity model. Answers come across through the mapping that version declares, each marked for review; criteria new to it stay unanswered. The assessment itself is not changed. Prints the new assessment&apos;s id.</source>
        <translation>Commence un nouveau brouillon pour la même organisation sous la version installée la plus récente du modèle de maturité de l&apos;évaluation. Les réponses sont reportées selon la correspondance que déclare cette version, chacune marquée à revoir&#xa0;; les critères nouveaux restent sans réponse. L&apos;évaluation elle-même n&apos;est pas modifiée. Affiche l&apos;identifiant de la nouvelle évaluation.</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>format de sortie (par défaut&#xa0;: table)</translation>
    </message>
    <message>
        <source>write a CSV snapshot (or a summary) of the store, an organization or an assessment</source>
        <translation>écrire un instantané CSV (ou un résumé) de la base, d&apos;une organisation ou d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Write a CSV snapshot: one row per criterion per assessment, which `csmaturity import` reads back on another laptop. Formula-like cells are neutralised with a leading &apos; (and restored on import).</source>
        <translation>Écrit un instantané CSV&#xa0;: une ligne par critère et par évaluation, que `csmaturity import` relit sur un autre ordinateur. Les cellules qui ressemblent à des formules sont neutralisées par un &apos; en tête (et rétablies à l&apos;import).</translation>
    </message>
    <message>
        <source>the CSV file to write</source>
        <translation>le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>only this organization</source>
        <translation>seulement cette organisation</translation>
    </message>
    <message>
        <source>only this assessment</source>
        <translation>seulement cette évaluation</translation>
    </message>
    <message>
        <source>one row per assessment (placed stage, maturity index, attainment per stage), for spreadsheets; cannot be imported</source>
        <translation>une ligne par évaluation (étape atteinte, indice de maturité, taux d&apos;atteinte par étape), pour les tableurs&#xa0;; ne peut pas être importé</translation>
    </message>
    <message>
        <source>leave every private note out (for a file the client sees); importing it keeps the private notes of the store it goes into (a summary never has any)</source>
        <translation>omettre toutes les notes privées (pour un fichier que voit le client)&#xa0;; l&apos;importer garde les notes privées de la base qui le reçoit (un résumé n&apos;en a jamais)</translation>
    </message>
    <message>
        <source>merge a CSV snapshot into the store</source>
        <translation>fusionner un instantané CSV dans la base</translation>
    </message>
    <message>
        <source>Merge a CSV snapshot into the store by id: new records are added, and where a record is in both, the most recently changed copy wins. The whole file is checked first: if any row is wrong, nothing is imported.</source>
        <translation>Fusionne un instantané CSV dans la base par identifiant&#xa0;: les nouveaux enregistrements sont ajoutés et, là où un enregistrement est des deux côtés, la copie modifiée le plus récemment l&apos;emporte. Tout le fichier est d&apos;abord vérifié&#xa0;: si une seule ligne est fausse, rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>a snapshot written by `csmaturity export`</source>
        <translation>un instantané écrit par `csmaturity export`</translation>
    </message>
    <message>
        <source>only say what the import would do</source>
        <translation>dire seulement ce que ferait l&apos;import</translation>
    </message>
    <message>
        <source>import rows stamped more than a day ahead of this computer&apos;s clock (refused otherwise: a wrong clock would make them win over every later change)</source>
        <translation>importer les lignes datées de plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur (refusées sinon&#xa0;: une horloge fausse les ferait l&apos;emporter sur toute modification ultérieure)</translation>
    </message>
    <message>
        <source>write the report of an assessment (PDF, or DOCX to edit)</source>
        <translation>écrire le rapport d&apos;une évaluation (PDF, ou DOCX à retoucher)</translation>
    </message>
    <message>
        <source>Write the report of one assessment, to hand to the client: a PDF, or a Word document (DOCX) to brand and reword in Word or LibreOffice Writer. The file&apos;s extension, .pdf or .docx, chooses the format (a PDF without one). A normal report shows the consultant&apos;s private notes, marked &quot;Private note&quot;; --client-safe leaves every one of them out.</source>
        <translation>Écrit le rapport d&apos;une évaluation, à remettre au client&#xa0;: un PDF, ou un document Word (DOCX) à habiller et reformuler dans Word ou LibreOffice Writer. L&apos;extension du fichier, .pdf ou .docx, choisit le format (un PDF sans extension). Un rapport normal montre les notes privées du consultant, marquées «&#xa0;Note privée&#xa0;»&#xa0;; --client-safe les omet toutes.</translation>
    </message>
    <message>
        <source>the file to write: report.pdf or report.docx</source>
        <translation>le fichier à écrire&#xa0;: rapport.pdf ou rapport.docx</translation>
    </message>
    <message>
        <source>leave the private notes (of answers and of actions) out of the report</source>
        <translation>omettre du rapport les notes privées (des réponses et des actions)</translation>
    </message>
    <message>
        <source>send this store&apos;s changes to the team server and receive everyone else&apos;s</source>
        <translation>envoyer les modifications de cette base au serveur d&apos;équipe et recevoir celles des autres</translation>
    </message>
    <message>
        <source>Sync the store with the consultancy&apos;s team server (PostgreSQL): pull what changed there, merge it here (the most recently changed copy of each record wins), and push what changed here, in one transaction on each side. Passwords come from ~/.pgpass, a service file or PGPASSWORD, never from the URL.</source>
        <translation>Synchronise la base avec le serveur d&apos;équipe du cabinet (PostgreSQL)&#xa0;: reçoit ce qui y a changé, le fusionne ici (la copie modifiée le plus récemment de chaque enregistrement l&apos;emporte) et envoie ce qui a changé ici, en une transaction de chaque côté. Les mots de passe viennent de ~/.pgpass, d&apos;un fichier de service ou de PGPASSWORD, jamais de l&apos;URL.</translation>
    </message>
    <message>
        <source>the team server, e.g. postgresql://you@host/database (default: the server of the last sync)</source>
        <translation>le serveur d&apos;équipe, par ex. postgresql://vous@hote/base (par défaut&#xa0;: le serveur de la dernière synchronisation)</translation>
    </message>
    <message>
        <source>only say what would be sent and received, and the conflicts</source>
        <translation>dire seulement ce qui serait envoyé et reçu, et les conflits</translation>
    </message>
    <message>
        <source>take rows stamped more than a day ahead of this computer&apos;s clock (refused otherwise: a wrong clock would make them win over every later change)</source>
        <translation>prendre les lignes datées de plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur (refusées sinon&#xa0;: une horloge fausse les ferait l&apos;emporter sur toute modification ultérieure)</translation>
    </message>
    <message>
        <source>set up the team&apos;s PostgreSQL server (for an administrator)</source>
        <translation>installer le serveur PostgreSQL de l&apos;équipe (pour un administrateur)</translation>
    </message>
    <message>
        <source>Set up the team server: the PostgreSQL database the laptops sync with.</source>
        <translation>Installe le serveur d&apos;équipe&#xa0;: la base PostgreSQL avec laquelle les ordinateurs se synchronisent.</translation>
    </message>
    <message>
        <source>create or upgrade the team store and its roles (safe to run again)</source>
        <translation>créer ou mettre à niveau la base d&apos;équipe et ses rôles (peut être relancé sans risque)</translation>
    </message>
    <message>
        <source>Create the team store in a PostgreSQL database, or upgrade it, in one transaction, with the group roles csmaturity_writer and csmaturity_reader (give access with GRANT csmaturity_writer TO alice). Run it as a role that may create schemas in the database, and roles. The password comes from ~/.pgpass, a service file or PGPASSWORD, never the URL.</source>
        <translation>Crée la base d&apos;équipe dans une base PostgreSQL, ou la met à niveau, en une transaction, avec les rôles de groupe csmaturity_writer et csmaturity_reader (donnez l&apos;accès avec GRANT csmaturity_writer TO alice). Lancez-la avec un rôle qui peut créer des schémas dans la base, et des rôles. Le mot de passe vient de ~/.pgpass, d&apos;un fichier de service ou de PGPASSWORD, jamais de l&apos;URL.</translation>
    </message>
    <message>
        <source>the database, e.g. postgresql://admin@db.example/csm</source>
        <translation>la base de données, par ex. postgresql://admin@db.example/csm</translation>
    </message>
    <message>
        <source>--lang needs a language code, such as {example}</source>
        <translation>--lang demande un code de langue, par exemple {example}</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>{refusal}; {option} goes before the command: {prog} {option} … {command}</source>
        <translation>{refusal}&#xa0;; {option} se place avant la commande&#xa0;: {prog} {option} … {command}</translation>
    </message>
    <message>
        <source>{prog}: warning: skipped a model file: {problem}</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: fichier de modèle ignoré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>id {id}, version {version}</source>
        <translation>identifiant {id}, version {version}</translation>
    </message>
    <message>
        <source>Source: {credit}</source>
        <translation>Source&#xa0;: {credit}</translation>
    </message>
    <message>
        <source>Answer scale: {scale}; or {not_applicable_label}.</source>
        <translation>Échelle de réponse&#xa0;: {scale}&#xa0;; ou {not_applicable_label}.</translation>
    </message>
    <message>
        <source>A stage is achieved at an attainment of {threshold_text}.</source>
        <translation>Une étape est atteinte à un taux d&apos;atteinte de {threshold_text}.</translation>
    </message>
    <message>
        <source>Dimensions:</source>
        <translation>Dimensions&#xa0;:</translation>
    </message>
    <message>
        <source>{count} criterion</source>
        <translation>{count} critère</translation>
    </message>
    <message>
        <source>{count} criteria</source>
        <translation>{count} critères</translation>
    </message>
    <message>
        <source>no criteria: achieved by definition</source>
        <translation>aucun critère&#xa0;: atteinte par définition</translation>
    </message>
    <message>
        <source> (our addition)</source>
        <translation> (notre ajout)</translation>
    </message>
    <message>
        <source>Criteria marked (our addition) were written for CS Maturity; the others restate the authors&apos; article.</source>
        <translation>Les critères marqués (notre ajout) ont été écrits pour CS Maturity&#xa0;; les autres reprennent l&apos;article des auteurs.</translation>
    </message>
    <message>
        <source>Glossary:</source>
        <translation>Glossaire&#xa0;:</translation>
    </message>
    <message>
        <source>{prog}: error: {file}: {problem}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: OK: {key}, {stages} stages, {dimensions} dimensions, {criteria} criteria</source>
        <translation>{file}&#xa0;: OK&#xa0;: {key}, {stages} étapes, {dimensions} dimensions, {criteria} critères</translation>
    </message>
    <message>
        <source>note: achieved by definition (no criteria): {stages}</source>
        <translation>remarque&#xa0;: atteintes par définition (aucun critère)&#xa0;: {stages}</translation>
    </message>
    <message>
        <source>{prog}: error: {path}: {problem}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: OK: {language} translation of {key}, complete</source>
        <translation>{path}&#xa0;: OK&#xa0;: traduction {language} de {key}, complète</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>No organizations yet in {path}.</source>
        <translation>Aucune organisation pour l&apos;instant dans {path}.</translation>
    </message>
    <message>
        <source>{organization}: {model_id} {model_version}, {assessed_on}, {assessor}, {status}; id {id}</source>
        <translation>{organization}&#xa0;: {model_id} {model_version}, {assessed_on}, {assessor}, {status}&#xa0;; identifiant {id}</translation>
    </message>
    <message>
        <source>no assessor</source>
        <translation>aucun évaluateur</translation>
    </message>
    <message>
        <source>Next steps: {heading}</source>
        <translation>Prochaines étapes&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>Now: {rating}</source>
        <translation>Actuellement&#xa0;: {rating}</translation>
    </message>
    <message>
        <source>{count} summary row</source>
        <translation>{count} ligne de résumé</translation>
    </message>
    <message>
        <source>{count} summary rows</source>
        <translation>{count} lignes de résumé</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>{count} target</source>
        <translation>{count} cible</translation>
    </message>
    <message>
        <source>{count} targets</source>
        <translation>{count} cibles</translation>
    </message>
    <message>
        <source>{count} action</source>
        <translation>{count} action</translation>
    </message>
    <message>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <source> (encrypted, age format)</source>
        <translation> (chiffré, format age)</translation>
    </message>
    <message>
        <source>{count} assessment</source>
        <translation>{count} évaluation</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translation>{count} évaluations</translation>
    </message>
    <message>
        <source>wrote {out}{sealed}: {assessments}, {rows}{plan}{safe}</source>
        <translation>écrit {out}{sealed}&#xa0;: {assessments}, {rows}{plan}{safe}</translation>
    </message>
    <message>
        <source>{prog}: warning: {left_out_text}</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: {left_out_text}</translation>
    </message>
    <message>
        <source>{prog}: warning: {out} is encrypted (age format) but its name does not end in .age</source>
        <translation>{prog}&#xa0;: avertissement&#xa0;: {out} est chiffré (format age), mais son nom ne se termine pas par .age</translation>
    </message>
    <message>
        <source>would import {file}: {rows} (dry run: nothing was changed)</source>
        <translation>importerait {file}&#xa0;: {rows} (essai à blanc&#xa0;: rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>imported {file}: {rows}</source>
        <translation>importé {file}&#xa0;: {rows}</translation>
    </message>
    <message>
        <source>cannot write the report to {out}: it is a folder</source>
        <translation>impossible d&apos;écrire le rapport dans {out}&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot tell the report&apos;s format from {name}: name it .pdf (to print) or .docx (to edit in a word processor)</source>
        <translation>impossible de déduire le format du rapport de {name}&#xa0;: nommez-le .pdf (pour l&apos;imprimer) ou .docx (pour le retoucher dans un traitement de texte)</translation>
    </message>
    <message>
        <source>wrote {out}</source>
        <translation>écrit {out}</translation>
    </message>
    <message>
        <source>{prog}: internal error: {kind}: {exc} (set CSMATURITY_DEBUG=1 to see the traceback)</source>
        <translation>{prog}&#xa0;: erreur interne&#xa0;: {kind}&#xa0;: {exc} (définissez CSMATURITY_DEBUG=1 pour voir la trace)</translation>
    </message>
    <message>
        <source>this store has not synced with a team server yet: give the server&apos;s address, e.g. csmaturity sync postgresql://you@host/database</source>
        <translation>cette base ne s&apos;est encore jamais synchronisée avec un serveur d&apos;équipe&#xa0;: donnez l&apos;adresse du serveur, par ex. csmaturity sync postgresql://vous@hote/base</translation>
    </message>
    <message>
        <source> (client-safe: no private notes)</source>
        <translation> (pour le client&#xa0;: sans notes privées)</translation>
    </message>
    <message>
        <source>cannot write {text}: it ends with {ending}, so it names a folder; give the file&apos;s name</source>
        <translation>impossible d&apos;écrire {text}&#xa0;: il se termine par {ending} et désigne donc un dossier&#xa0;; donnez le nom du fichier</translation>
    </message>
    <message>
        <source>the passphrase file {path} is longer than {max_bytes} bytes: it should hold the passphrase alone, on one line</source>
        <translation>le fichier de phrase secrète {path} dépasse {max_bytes} octets&#xa0;: il ne doit contenir que la phrase secrète, sur une ligne</translation>
    </message>
    <message>
        <source>the passphrase file {path} holds more than one line: it should hold the passphrase alone</source>
        <translation>le fichier de phrase secrète {path} contient plus d&apos;une ligne&#xa0;: il ne doit contenir que la phrase secrète</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>le fichier de phrase secrète {path} est vide</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text</source>
        <translation>le fichier de phrase secrète {path} n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the passphrase in {path} is too short for a new one: use at least {min_new_length} characters (a few words are easy to remember)</source>
        <translation>la phrase secrète de {path} est trop courte pour une nouvelle&#xa0;: utilisez au moins {min_new_length} caractères (quelques mots se retiennent facilement)</translation>
    </message>
    <message>
        <source>the passphrase file {path} is a folder</source>
        <translation>le fichier de phrase secrète {path} est un dossier</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path} ({reason})</source>
        <translation>impossible de lire le fichier de phrase secrète {path} ({reason})</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not a regular file (a named pipe or a device): give a file that holds the passphrase</source>
        <translation>le fichier de phrase secrète {path} n&apos;est pas un fichier ordinaire (un tube nommé ou un périphérique)&#xa0;: donnez un fichier qui contient la phrase secrète</translation>
    </message>
    <message>
        <source>{needed_for}: give it with a passphrase file (there is no terminal to ask on)</source>
        <translation>{needed_for}&#xa0;: donnez-la dans un fichier de phrase secrète (il n&apos;y a pas de terminal pour la demander)</translation>
    </message>
    <message>
        <source>a passphrase is needed</source>
        <translation>une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <source>no passphrase was given: nothing was changed</source>
        <translation>aucune phrase secrète n&apos;a été donnée&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the new passphrase is too short: use at least {min_new_length} characters (a few words are easy to remember); nothing was changed</source>
        <translation>la nouvelle phrase secrète est trop courte&#xa0;: utilisez au moins {min_new_length} caractères (quelques mots se retiennent facilement)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Saisissez-la de nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>the two passphrases differ: nothing was changed</source>
        <translation>les deux phrases secrètes diffèrent&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the passphrase typed is not UTF-8 text (is the terminal set to UTF-8?): nothing was changed</source>
        <translation>la phrase secrète saisie n&apos;est pas du texte UTF-8 (le terminal est-il réglé en UTF-8&#xa0;?)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>set an organization&apos;s target stage and build its roadmap; or list its targets</source>
        <translation>fixer l&apos;étape cible d&apos;une organisation et construire sa feuille de route&#xa0;; ou lister ses cibles</translation>
    </message>
    <message>
        <source>Aim an organization at a stage of a maturity model, by a date or not, then build its roadmap: one action for each criterion between its latest placement on that model and the target that is not fully in place and has no action yet. Without --model, list the organization&apos;s targets with the gap to each.</source>
        <translation>Fixe à une organisation une étape d&apos;un modèle de maturité comme cible, avec ou sans échéance, puis construit sa feuille de route&#xa0;: une action pour chaque critère, entre sa dernière position sur ce modèle et la cible, qui n&apos;est pas pleinement en place et n&apos;a pas encore d&apos;action. Sans --model, liste les cibles de l&apos;organisation avec l&apos;écart à chacune.</translation>
    </message>
    <message>
        <source>an organization&apos;s name or id</source>
        <translation>le nom ou l&apos;identifiant d&apos;une organisation</translation>
    </message>
    <message>
        <source>the stage to reach, by its level, e.g. 3</source>
        <translation>l&apos;étape à atteindre, par son niveau, par ex. 3</translation>
    </message>
    <message>
        <source>the date to reach it by, YYYY-MM-DD</source>
        <translation>la date à laquelle l&apos;atteindre, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>take the target on --model away (its actions stay)</source>
        <translation>retirer la cible sur --model (ses actions restent)</translation>
    </message>
    <message>
        <source>the list&apos;s format (default: table)</source>
        <translation>le format de la liste (par défaut&#xa0;: table)</translation>
    </message>
    <message>
        <source>an organization&apos;s action plan: print it, or write it as XLSX, CSV or JSON</source>
        <translation>le plan d&apos;action d&apos;une organisation&#xa0;: l&apos;afficher, ou l&apos;écrire en XLSX, CSV ou JSON</translation>
    </message>
    <message>
        <source>Print an organization&apos;s action plan (its roadmap: every action with its owner, due date, status and whether it is overdue or achieved), or write it with --out: the file&apos;s extension is its format, .xlsx (a workbook with date cells, a filter and the status as a drop-down), .csv or .json.</source>
        <translation>Affiche le plan d&apos;action d&apos;une organisation (sa feuille de route&#xa0;: chaque action avec son responsable, son échéance, son statut et si elle est en retard ou réalisée), ou l&apos;écrit avec --out&#xa0;: l&apos;extension du fichier est son format, .xlsx (un classeur avec des cellules de date, un filtre et le statut en liste déroulante), .csv ou .json.</translation>
    </message>
    <message>
        <source>the file to write: .xlsx, .csv or .json</source>
        <translation>le fichier à écrire&#xa0;: .xlsx, .csv ou .json</translation>
    </message>
    <message>
        <source>leave the private notes out (for a file the client reads)</source>
        <translation>omettre les notes privées (pour un fichier que lit le client)</translation>
    </message>
    <message>
        <source>--out writes the format its extension names: leave --format out</source>
        <translation>--out écrit le format que nomme son extension&#xa0;: omettez --format</translation>
    </message>
    <message>
        <source>name the model: --model MODEL_ID</source>
        <translation>nommez le modèle&#xa0;: --model MODEL_ID</translation>
    </message>
    <message>
        <source>--format goes with the list of targets (without --model)</source>
        <translation>--format va avec la liste des cibles (sans --model)</translation>
    </message>
    <message>
        <source>--clear takes no --stage or --by</source>
        <translation>--clear ne prend ni --stage ni --by</translation>
    </message>
    <message>
        <source>give the stage to reach: --stage LEVEL (or --clear)</source>
        <translation>donnez l&apos;étape à atteindre&#xa0;: --stage NIVEAU (ou --clear)</translation>
    </message>
    <message>
        <source>roadmap: built once the organization has an assessment on {id}</source>
        <translation>feuille de route&#xa0;: construite dès que l&apos;organisation a une évaluation sur {id}</translation>
    </message>
    <message>
        <source>the target is reached: no actions added</source>
        <translation>la cible est atteinte&#xa0;: aucune action ajoutée</translation>
    </message>
    <message>
        <source>roadmap: {count} action added</source>
        <translation>feuille de route&#xa0;: {count} action ajoutée</translation>
    </message>
    <message>
        <source>roadmap: {count} actions added</source>
        <translation>feuille de route&#xa0;: {count} actions ajoutées</translation>
    </message>
    <message>
        <source>roadmap: no actions added: every criterion up to the target has one</source>
        <translation>feuille de route&#xa0;: aucune action ajoutée&#xa0;: chaque critère jusqu&apos;à la cible en a déjà une</translation>
    </message>
    <message>
        <source>{name} had no target on {model}: nothing to clear</source>
        <translation>{name} n&apos;avait pas de cible sur {model}&#xa0;: rien à retirer</translation>
    </message>
    <message>
        <source>target of {name} on {model} cleared (its actions stay)</source>
        <translation>cible de {name} sur {model} retirée (ses actions restent)</translation>
    </message>
    <message>
        <source>{name} has no target yet.</source>
        <translation>{name} n&apos;a pas encore de cible.</translation>
    </message>
    <message>
        <source>plan --out writes a .xlsx, .csv or .json file, not {quoted}: the extension is the format</source>
        <translation>plan --out écrit un fichier .xlsx, .csv ou .json, pas {quoted}&#xa0;: l&apos;extension est le format</translation>
    </message>
    <message>
        <source>wrote {out}: {actions}</source>
        <translation>écrit {out}&#xa0;: {actions}</translation>
    </message>
    <message>
        <source>--stage takes a stage&apos;s level, a whole number such as 3, not {quoted}</source>
        <translation>--stage prend le niveau d&apos;une étape, un nombre entier comme 3, pas {quoted}</translation>
    </message>
    <message>
        <source>target of {name} on {model_id}: {target_label}</source>
        <translation>cible de {name} sur {model_id}&#xa0;: {target_label}</translation>
    </message>
    <message>
        <source>an assessment&apos;s respondents, with how much each has answered; or add one</source>
        <translation>les répondants d&apos;une évaluation, avec ce que chacun a répondu&#xa0;; ou en ajouter un</translation>
    </message>
    <message>
        <source>List the people who rate an assessment&apos;s criteria (its respondents), with how many criteria each has answered and when their questionnaire was collected. An assessment starts with one respondent, its assessor. `respondents add ASSESSMENT_ID &quot;Pat Lee&quot; --role &quot;VP Customer Success&quot;` adds one and prints their id.</source>
        <translation>Liste les personnes qui notent les critères d&apos;une évaluation (ses répondants), avec le nombre de critères auxquels chacune a répondu et la date de collecte de son questionnaire. Une évaluation commence avec un répondant, son évaluateur. `respondents add ASSESSMENT_ID &quot;Pat Lee&quot; --role &quot;VP Customer Success&quot;` en ajoute un et affiche son identifiant.</translation>
    </message>
    <message>
        <source>an assessment id (or: add ID NAME)</source>
        <translation>un identifiant d&apos;évaluation (ou&#xa0;: add ID NOM)</translation>
    </message>
    <message>
        <source>with add: their role, e.g. &quot;CSM&quot; or &quot;VP Customer Success&quot;</source>
        <translation>avec add&#xa0;: son rôle, par ex. «&#xa0;CSM&#xa0;» ou «&#xa0;VP Customer Success&#xa0;»</translation>
    </message>
    <message>
        <source>write XLSX questionnaires for respondents to fill in</source>
        <translation>écrire des questionnaires XLSX à faire remplir par les répondants</translation>
    </message>
    <message>
        <source>Write a respondent&apos;s questionnaire: an XLSX file to fill in in any spreadsheet program (Excel, LibreOffice Calc), with a rating list for each criterion and a column for notes. Collect the filled files with `csmaturity collect`. With --all, one file per respondent, named &apos;&lt;organization&gt; - &lt;respondent&gt;.xlsx&apos;.</source>
        <translation>Écrit le questionnaire d&apos;un répondant&#xa0;: un fichier XLSX à remplir dans n&apos;importe quel tableur (Excel, LibreOffice Calc), avec une liste de notes pour chaque critère et une colonne pour les remarques. Collectez les fichiers remplis avec `csmaturity collect`. Avec --all, un fichier par répondant, nommé &apos;&lt;organisation&gt; - &lt;répondant&gt;.xlsx&apos;.</translation>
    </message>
    <message>
        <source>the respondent (name or id)</source>
        <translation>le répondant (nom ou identifiant)</translation>
    </message>
    <message>
        <source>every respondent of the assessment</source>
        <translation>chaque répondant de l&apos;évaluation</translation>
    </message>
    <message>
        <source>the file to write (with --respondent)</source>
        <translation>le fichier à écrire (avec --respondent)</translation>
    </message>
    <message>
        <source>the folder to write into (made if missing)</source>
        <translation>le dossier où écrire (créé s&apos;il n&apos;existe pas)</translation>
    </message>
    <message>
        <source>collect filled questionnaires into the store</source>
        <translation>collecter des questionnaires remplis dans la base</translation>
    </message>
    <message>
        <source>Take the answers of filled questionnaires as their respondents&apos; ratings. One line per file says what it changes; a file that cannot be collected is named on stderr with the reason (and the sheet and cell), and nothing is taken from it; the others are still collected. The same file twice changes nothing; a newer fill of the same respondent replaces the older one.</source>
        <translation>Prend les réponses de questionnaires remplis comme notes de leurs répondants. Une ligne par fichier dit ce qu&apos;il change&#xa0;; un fichier qui ne peut pas être collecté est nommé sur stderr avec la raison (et la feuille et la cellule), et rien n&apos;en est pris&#xa0;; les autres sont tout de même collectés. Le même fichier deux fois ne change rien&#xa0;; un remplissage plus récent du même répondant remplace le plus ancien.</translation>
    </message>
    <message>
        <source>filled .xlsx questionnaires</source>
        <translation>questionnaires .xlsx remplis</translation>
    </message>
    <message>
        <source>only say what collecting would change</source>
        <translation>dire seulement ce que changerait la collecte</translation>
    </message>
    <message>
        <source>respondents add needs an assessment id and a name: add ID &quot;NAME&quot;</source>
        <translation>respondents add demande un identifiant d&apos;évaluation et un nom&#xa0;: add ID &quot;NOM&quot;</translation>
    </message>
    <message>
        <source>respondents takes one assessment id (or: add ID NAME)</source>
        <translation>respondents prend un identifiant d&apos;évaluation (ou&#xa0;: add ID NOM)</translation>
    </message>
    <message>
        <source>--role goes with respondents add</source>
        <translation>--role va avec respondents add</translation>
    </message>
    <message>
        <source>--all writes one file per respondent: give --out-dir, not --out</source>
        <translation>--all écrit un fichier par répondant&#xa0;: donnez --out-dir, pas --out</translation>
    </message>
    <message>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {output_problem}</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: {output_problem}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>écrit {path}</translation>
    </message>
    <message>
        <source>csmaturity: error: {message}</source>
        <translation>csmaturity&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>(dry run: nothing was changed)</source>
        <translation>(essai à blanc&#xa0;: rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>{spread_text}; consensus {consensus_text}</source>
        <translation>{spread_text}&#xa0;; consensus {consensus_text}</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>The respondents disagree on no criterion (a range of 2 or more).</source>
        <translation>Les répondants ne sont en désaccord sur aucun critère (un écart de 2 ou plus).</translation>
    </message>
    <message>
        <source>Disagreements ({count}), largest first</source>
        <translation>Désaccords ({count}), les plus grands d&apos;abord</translation>
    </message>
    <message>
        <source>      {spread_text}; consensus {consensus_text}</source>
        <translation>      {spread_text}&#xa0;; consensus {consensus_text}</translation>
    </message>
    <message>
        <source>encrypt the file (age format) to this public key, as age-keygen prints it; repeat for several recipients</source>
        <translation>chiffrer le fichier (format age) pour cette clé publique, telle que l&apos;affiche age-keygen&#xa0;; à répéter pour plusieurs destinataires</translation>
    </message>
    <message>
        <source>encrypt the file (age format) with the passphrase on this file&apos;s first line; an --out ending in .age without either option asks for one on the terminal</source>
        <translation>chiffrer le fichier (format age) avec la phrase secrète de la première ligne de ce fichier&#xa0;; un --out terminé par .age sans l&apos;une ou l&apos;autre option la demande dans le terminal</translation>
    </message>
    <message>
        <source>for a file encrypted to a key: the age identity file holding its secret key (as age-keygen -o writes it); repeatable</source>
        <translation>pour un fichier chiffré pour une clé&#xa0;: le fichier d&apos;identité age qui contient sa clé secrète (tel que l&apos;écrit age-keygen -o)&#xa0;; répétable</translation>
    </message>
    <message>
        <source>for a file encrypted with a passphrase: the file holding it on its first line (else it is asked for on the terminal)</source>
        <translation>pour un fichier chiffré avec une phrase secrète&#xa0;: le fichier qui la contient sur sa première ligne (sinon elle est demandée dans le terminal)</translation>
    </message>
    <message>
        <source>give --encrypt-to or --passphrase-file, not both: a file is encrypted to keys or with a passphrase</source>
        <translation>donnez --encrypt-to ou --passphrase-file, pas les deux&#xa0;: un fichier est chiffré pour des clés ou avec une phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase for {name}: </source>
        <translation>Nouvelle phrase secrète pour {name}&#xa0;: </translation>
    </message>
    <message>
        <source>{name} names an encrypted snapshot: give --encrypt-to AGE1... or --passphrase-file FILE</source>
        <translation>{name} désigne un instantané chiffré&#xa0;: donnez --encrypt-to AGE1... ou --passphrase-file FICHIER</translation>
    </message>
    <message>
        <source>give --identity or --passphrase-file, not both: a file is encrypted to keys or with a passphrase</source>
        <translation>donnez --identity ou --passphrase-file, pas les deux&#xa0;: un fichier est chiffré pour des clés ou avec une phrase secrète</translation>
    </message>
    <message>
        <source>{name} is encrypted with a passphrase, not to a key: give --passphrase-file FILE (or leave --identity out to be asked)</source>
        <translation>{name} est chiffré avec une phrase secrète, pas pour une clé&#xa0;: donnez --passphrase-file FICHIER (ou omettez --identity pour qu&apos;elle soit demandée)</translation>
    </message>
    <message>
        <source>Passphrase for {name}: </source>
        <translation>Phrase secrète pour {name}&#xa0;: </translation>
    </message>
    <message>
        <source>{name} is encrypted with a passphrase: give --passphrase-file FILE</source>
        <translation>{name} est chiffré avec une phrase secrète&#xa0;: donnez --passphrase-file FICHIER</translation>
    </message>
    <message>
        <source>{name} is encrypted to a key: give --identity KEY_FILE, the age identity file holding its secret key</source>
        <translation>{name} est chiffré pour une clé&#xa0;: donnez --identity FICHIER_CLE, le fichier d&apos;identité age qui contient sa clé secrète</translation>
    </message>
    <message>
        <source>no store at {path}</source>
        <translation>aucune base à {path}</translation>
    </message>
    <message>
        <source>Passphrase of {path}: </source>
        <translation>Phrase secrète de {path}&#xa0;: </translation>
    </message>
    <message>
        <source>{path} is an encrypted store: give its passphrase with --passphrase-file F before the command, or {env}</source>
        <translation>{path} est une base chiffrée&#xa0;: donnez sa phrase secrète avec --passphrase-file F avant la commande, ou {env}</translation>
    </message>
    <message>
        <source>a lost passphrase cannot be recovered: without it, the data is gone</source>
        <translation>une phrase secrète perdue ne peut pas être retrouvée&#xa0;: sans elle, les données sont perdues</translation>
    </message>
    <message>
        <source>encrypt the store at rest with a passphrase</source>
        <translation>chiffrer la base sur le disque avec une phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt the store (and its backups) with a new passphrase: the store is written anew, encrypted, beside the original, checked, and only then put in its place. Close the window first. Keep the passphrase safe: {lost}.</source>
        <translation>Chiffre la base (et ses sauvegardes) avec une nouvelle phrase secrète&#xa0;: la base est réécrite, chiffrée, à côté de l&apos;originale, vérifiée, et seulement alors mise à sa place. Fermez d&apos;abord la fenêtre. Gardez la phrase secrète en lieu sûr&#xa0;: {lost}.</translation>
    </message>
    <message>
        <source>change the passphrase of an encrypted store</source>
        <translation>changer la phrase secrète d&apos;une base chiffrée</translation>
    </message>
    <message>
        <source>Give an encrypted store a new passphrase (and a new key): the current one comes from --passphrase-file (before the command) or ${env}, else the terminal. Close the window first.</source>
        <translation>Donne à une base chiffrée une nouvelle phrase secrète (et une nouvelle clé)&#xa0;: l&apos;actuelle vient de --passphrase-file (avant la commande) ou de ${env}, sinon du terminal. Fermez d&apos;abord la fenêtre.</translation>
    </message>
    <message>
        <source>write an encrypted store back as a plain one</source>
        <translation>réécrire une base chiffrée en base non chiffrée</translation>
    </message>
    <message>
        <source>Write an encrypted store (and its backups) back unencrypted; its passphrase comes from --passphrase-file (before the command) or ${env}, else the terminal. Close the window first.</source>
        <translation>Réécrit une base chiffrée (et ses sauvegardes) sans chiffrement&#xa0;; sa phrase secrète vient de --passphrase-file (avant la commande) ou de ${env}, sinon du terminal. Fermez d&apos;abord la fenêtre.</translation>
    </message>
    <message>
        <source>the new passphrase, on the first line of FILE (default: asked for twice on the terminal)</source>
        <translation>la nouvelle phrase secrète, sur la première ligne de FICHIER (par défaut&#xa0;: demandée deux fois dans le terminal)</translation>
    </message>
    <message>
        <source>no store at {path}: nothing was encrypted</source>
        <translation>aucune base à {path}&#xa0;: rien n&apos;a été chiffré</translation>
    </message>
    <message>
        <source>no store at {path}: nothing was rekeyed</source>
        <translation>aucune base à {path}&#xa0;: aucune phrase secrète n&apos;a été changée</translation>
    </message>
    <message>
        <source>no store at {path}: nothing was decrypted</source>
        <translation>aucune base à {path}&#xa0;: rien n&apos;a été déchiffré</translation>
    </message>
    <message>
        <source>encrypted {path}{backups}</source>
        <translation>chiffré {path}{backups}</translation>
    </message>
    <message>
        <source>{path} is not encrypted: encrypt it instead</source>
        <translation>{path} n&apos;est pas chiffrée&#xa0;: chiffrez-la plutôt</translation>
    </message>
    <message>
        <source>the new passphrase is the same as the current one: nothing was changed</source>
        <translation>la nouvelle phrase secrète est la même que l&apos;actuelle&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>changed the passphrase of {path}{backups}</source>
        <translation>phrase secrète changée pour {path}{backups}</translation>
    </message>
    <message>
        <source>{path} is not encrypted</source>
        <translation>{path} n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>decrypted {path}{backups}</source>
        <translation>déchiffré {path}{backups}</translation>
    </message>
    <message>
        <source>csmaturity: warning: the backup {backup} was not encrypted, and is as it was</source>
        <translation>csmaturity&#xa0;: avertissement&#xa0;: la sauvegarde {backup} n&apos;a pas été chiffrée et reste telle quelle</translation>
    </message>
    <message>
        <source>csmaturity: warning: the backup {backup} was not rekeyed, and is as it was</source>
        <translation>csmaturity&#xa0;: avertissement&#xa0;: la phrase secrète de la sauvegarde {backup} n&apos;a pas été changée, elle reste telle quelle</translation>
    </message>
    <message>
        <source>csmaturity: warning: the backup {backup} was not decrypted, and is as it was</source>
        <translation>csmaturity&#xa0;: avertissement&#xa0;: la sauvegarde {backup} n&apos;a pas été déchiffrée et reste telle quelle</translation>
    </message>
    <message>
        <source>a new passphrase is needed: give it with --new-passphrase-file FILE (there is no terminal to ask on); nothing was changed</source>
        <translation>une nouvelle phrase secrète est nécessaire&#xa0;: donnez-la avec --new-passphrase-file FICHIER (il n&apos;y a pas de terminal pour la demander)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Choose the store&apos;s passphrase; {lost}.</source>
        <translation>Choisissez la phrase secrète de la base&#xa0;; {lost}.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source> (and {count} backup)</source>
        <translation> (et {count} sauvegarde)</translation>
    </message>
    <message>
        <source> (and {count} backups)</source>
        <translation> (et {count} sauvegardes)</translation>
    </message>
</context>
<context>
    <name>confirmations</name>
    <message>
        <source>You can undo it (Edit &gt; Undo, Ctrl+Z) until you close CS Maturity.</source>
        <translation>Vous pouvez l&apos;annuler (Édition &gt; Annuler, Ctrl+Z) jusqu&apos;à la fermeture de CS Maturity.</translation>
    </message>
    <message>
        <source>{count} assessment</source>
        <translation>{count} évaluation</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translation>{count} évaluations</translation>
    </message>
    <message>
        <source>{count} answer</source>
        <translation>{count} réponse</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} réponses</translation>
    </message>
    <message>
        <source>It has no assessments.</source>
        <translation>Elle n&apos;a aucune évaluation.</translation>
    </message>
    <message>
        <source>This removes its {assessments}, with no answers.</source>
        <translation>Cela supprime {assessments}, sans réponse.</translation>
    </message>
    <message>
        <source>This removes its {assessments} and {answers}.</source>
        <translation>Cela supprime {assessments} et {answers}.</translation>
    </message>
    <message>
        <source>Delete “{name}”? {what}

{hint}</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;? {what}

{hint}</translation>
    </message>
    <message>
        <source>of {date} by {assessor}</source>
        <translation>du {date} par {assessor}</translation>
    </message>
    <message>
        <source>of {date}</source>
        <translation>du {date}</translation>
    </message>
    <message>
        <source>This removes its {answers}.</source>
        <translation>Cela supprime {answers}.</translation>
    </message>
    <message>
        <source>It has no answers.</source>
        <translation>Elle n&apos;a aucune réponse.</translation>
    </message>
    <message>
        <source>Delete the assessment {named}? {removes}

{hint}</source>
        <translation>Supprimer l&apos;évaluation {named}&#xa0;? {removes}

{hint}</translation>
    </message>
    <message>
        <source>the one {named}</source>
        <translation>celle {named}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>This removes their {answers}.</source>
        <translation>Cela supprime {answers}.</translation>
    </message>
    <message>
        <source>They have no answers.</source>
        <translation>Elles n&apos;ont aucune réponse.</translation>
    </message>
    <message>
        <source>Delete {assessments}, {listed}? {removes}

{hint}</source>
        <translation>Supprimer {assessments}, {listed}&#xa0;? {removes}

{hint}</translation>
    </message>
</context>
<context>
    <name>crosswalk</name>
    <message>
        <source>Crosswalk: {text} (approximate)</source>
        <translation>Correspondance&#xa0;: {text} (approximative)</translation>
    </message>
    <message>
        <source>roughly {model} {stage}</source>
        <translation>proche de {model} {stage}</translation>
    </message>
    <message>
        <source>not yet {stage}</source>
        <translation>pas encore en {stage}</translation>
    </message>
</context>
<context>
    <name>crosswalk file</name>
    <message>
        <source>{key}: is not a known key (a typo?)</source>
        <translation>{key}&#xa0;: n’est pas une clé connue (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>crosswalk: translates {found}, not {expected}</source>
        <translation>crosswalk&#xa0;: traduit {found}, pas {expected}</translation>
    </message>
    <message>
        <source>{key}: is missing</source>
        <translation>{key}&#xa0;: est absent</translation>
    </message>
    <message>
        <source>{key}: is not translated</source>
        <translation>{key}&#xa0;: n’est pas traduit</translation>
    </message>
    <message>
        <source>{key}: is not in {crosswalk}</source>
        <translation>{key}&#xa0;: n’existe pas dans {crosswalk}</translation>
    </message>
</context>
<context>
    <name>encrypted_opening</name>
    <message>
        <source>Open encrypted store</source>
        <translation>Ouvrir une base chiffrée</translation>
    </message>
    <message>
        <source>Wrong passphrase: try again.</source>
        <translation>Phrase secrète incorrecte&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The store “{name}” is encrypted. Type its passphrase to open it.

{path}</source>
        <translation>La base «&#xa0;{name}&#xa0;» est chiffrée. Tapez sa phrase secrète pour l&apos;ouvrir.

{path}</translation>
    </message>
</context>
<context>
    <name>item_models</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Placed stage</source>
        <translation>Étape atteinte</translation>
    </message>
    <message>
        <source>Last assessed</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <source>no assessment yet</source>
        <translation>aucune évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <source>{name}: no assessment yet</source>
        <translation>{name}&#xa0;: aucune évaluation pour l&apos;instant</translation>
    </message>
    <message>
        <source>{count} assessment</source>
        <translation>{count} évaluation</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translation>{count} évaluations</translation>
    </message>
    <message>
        <source>, maturity index {index}</source>
        <translation>, indice de maturité {index}</translation>
    </message>
    <message>
        <source>{name}: {count}; latest on {date} ({status}), {placed}{indexed}</source>
        <translation>{name}&#xa0;: {count}&#xa0;; la dernière le {date} ({status}), {placed}{indexed}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Maturity model</source>
        <translation>Modèle de maturité</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
    <message>
        <source>{title}, version {version} ({id})</source>
        <translation>{title}, version {version} ({id})</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <comment>this language&apos;s name, in this language</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>no translation into {requested!r}; the languages are {languages}</source>
        <translation>aucune traduction en {requested!r}&#xa0;; les langues sont {languages}</translation>
    </message>
</context>
<context>
    <name>listing</name>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>dimensions</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>placed_stage</source>
        <translation>étape atteinte</translation>
    </message>
    <message>
        <source>maturity_index</source>
        <translation>indice de maturité</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>taux d&apos;atteinte</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>dimension</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>répondant</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>placed at</source>
        <translation>situé à</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collecté</translation>
    </message>
    <message>
        <source>model_id</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>écart</translation>
    </message>
</context>
<context>
    <name>maturity</name>
    <message>
        <source>cannot compare assessments of different maturity models ({id} and {id2})</source>
        <translation>impossible de comparer des évaluations de modèles de maturité différents ({id} et {id2})</translation>
    </message>
    <message>
        <source>not yet {stage}</source>
        <translation>pas encore {stage}</translation>
    </message>
    <message>
        <source>{author} ({organisation}), “{article}”</source>
        <translation>{author} ({organisation}), «&#xa0;{article}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>model file</name>
    <message>
        <source>{path}: cannot be read ({kind})</source>
        <translation>{path}&#xa0;: illisible ({kind})</translation>
    </message>
    <message>
        <source>{path}: {impostor}; give it another id or version</source>
        <translation>{path}&#xa0;: {impostor}&#xa0;; donnez-lui un autre identifiant ou une autre version</translation>
    </message>
    <message>
        <source>{path}: id and version {key} are already used by {seen}; give this model another id or version</source>
        <translation>{path}&#xa0;: l&apos;identifiant et la version {key} sont déjà utilisés par {seen}&#xa0;; donnez à ce modèle un autre identifiant ou une autre version</translation>
    </message>
    <message>
        <source>{model_id} version {version}</source>
        <translation>{model_id} version {version}</translation>
    </message>
    <message>
        <source>no maturity model {wanted} (known: {known})</source>
        <translation>aucun modèle de maturité {wanted} (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read ({strerror})</source>
        <translation>illisible ({strerror})</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {start})</source>
        <translation>n&apos;est pas du texte UTF-8 (octet {start})</translation>
    </message>
    <message>
        <source>is not valid TOML: {exc}</source>
        <translation>n&apos;est pas du TOML valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>is not a crosswalk</source>
        <translation>n&apos;est pas une table de correspondance</translation>
    </message>
    <message>
        <source>{key}.id: no maturity model {id!r} in the catalog</source>
        <translation>{key}.id&#xa0;: aucun modèle de maturité {id!r} dans le catalogue</translation>
    </message>
    <message>
        <source>{key}.levels: {list} differ from the placed levels {list2} of {key2}</source>
        <translation>{key}.levels&#xa0;: {list} diffèrent des niveaux atteignables {list2} de {key2}</translation>
    </message>
    <message>
        <source>{value!r} must use only a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>{value!r} ne doit utiliser que a-z, 0-9, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
    <message>
        <source>must be a table, not {kind}</source>
        <translation>doit être une table, pas {kind}</translation>
    </message>
    <message>
        <source>is {file_format}; this version reads format {crosswalk_format}</source>
        <translation>vaut {file_format}&#xa0;; cette version lit le format {crosswalk_format}</translation>
    </message>
    <message>
        <source>must name exactly two models, not {count}</source>
        <translation>doit nommer exactement deux modèles, pas {count}</translation>
    </message>
    <message>
        <source>{model_id!r} is on both sides</source>
        <translation>{model_id!r} est des deux côtés</translation>
    </message>
    <message>
        <source>must be a non-empty list of whole numbers, not {value!r}</source>
        <translation>doit être une liste non vide de nombres entiers, pas {value!r}</translation>
    </message>
    <message>
        <source>{value} must rise by one, without gaps or repeats</source>
        <translation>{value} doit augmenter de un en un, sans trou ni répétition</translation>
    </message>
    <message>
        <source>{from_id!r} is not one of the two models</source>
        <translation>{from_id!r} n&apos;est pas l&apos;un des deux modèles</translation>
    </message>
    <message>
        <source>{level} is not a level of {from_id} {span}</source>
        <translation>{level} n&apos;est pas un niveau de {from_id} {span}</translation>
    </message>
    <message>
        <source>{from_id} level {level} has an earlier entry</source>
        <translation>{from_id} niveau {level} a déjà une entrée plus haut</translation>
    </message>
    <message>
        <source>{to_level} is not a level of {id} {span}</source>
        <translation>{to_level} n&apos;est pas un niveau de {id} {span}</translation>
    </message>
    <message>
        <source>no entry from {id} level {level} (every level needs one)</source>
        <translation>aucune entrée depuis {id} niveau {level} (chaque niveau en demande une)</translation>
    </message>
    <message>
        <source>{caveat_id!r} is used by an earlier caveat</source>
        <translation>{caveat_id!r} est déjà utilisé par une réserve plus haut</translation>
    </message>
    <message>
        <source>holds the control character U+{code}, which no text may hold</source>
        <translation>contient le caractère de contrôle U+{code}, qu’aucun texte ne peut contenir</translation>
    </message>
    <message>
        <source>is a folder, not a model file</source>
        <translation>est un dossier, pas un fichier de modèle</translation>
    </message>
    <message>
        <source>is nested too deeply to be a maturity model</source>
        <translation>est imbriqué trop profondément pour être un modèle de maturité</translation>
    </message>
    <message>
        <source>is not valid JSON: {exc}</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <source>is not a maturity model</source>
        <translation>n&apos;est pas un modèle de maturité</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>is not a known key (a typo?)</source>
        <translation>n&apos;est pas une clé connue (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>has {count} unknown keys</source>
        <translation>a {count} clés inconnues</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>{clip!r} must use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (and start with a letter or digit)</source>
        <translation>{clip!r} ne doit utiliser que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (et commencer par une lettre ou un chiffre)</translation>
    </message>
    <message>
        <source>, in lower case</source>
        <translation>, en minuscules</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>doit être un nombre entier, pas {kind}</translation>
    </message>
    <message>
        <source>is {number}; it must be from {low} to {high}</source>
        <translation>vaut {number}&#xa0;; doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <source>must be a table ([{name}]), not {kind}</source>
        <translation>doit être une table ([{name}]), pas {kind}</translation>
    </message>
    <message>
        <source>must be a list of tables ([[{full}]]), not {kind}</source>
        <translation>doit être une liste de tables ([[{full}]]), pas {kind}</translation>
    </message>
    <message>
        <source>has {count} characters; at most {limit} are allowed</source>
        <translation>a {count} caractères&#xa0;; {limit} au plus sont permis</translation>
    </message>
    <message>
        <source> (and {count} more problem)</source>
        <translation> (et {count} autre problème)</translation>
    </message>
    <message>
        <source> (and {count} more problems)</source>
        <translation> (et {count} autres problèmes)</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>a {count} entrées&#xa0;; {limit} au plus sont permises</translation>
    </message>
    <message>
        <source> (written for a newer CS Maturity)</source>
        <translation> (écrit pour un CS Maturity plus récent)</translation>
    </message>
    <message>
        <source>is {number}; this version reads formats 1 to {file_format}{newer}</source>
        <translation>vaut {number}&#xa0;; cette version lit les formats 1 à {file_format}{newer}</translation>
    </message>
    <message>
        <source>{number} is not a plausible year</source>
        <translation>{number} n&apos;est pas une année plausible</translation>
    </message>
    <message>
        <source>is {score}; scores must run 0, 1, 2, ... in order</source>
        <translation>vaut {score}&#xa0;; les scores doivent se suivre 0, 1, 2, ... dans l&apos;ordre</translation>
    </message>
    <message>
        <source>needs at least two points (0 and a top score)</source>
        <translation>demande au moins deux points (0 et un score maximal)</translation>
    </message>
    <message>
        <source>labels must all differ</source>
        <translation>les libellés doivent tous différer</translation>
    </message>
    <message>
        <source>must be a number, or a fraction such as &quot;2/3&quot;, above 0 and at most 1, not {shown}</source>
        <translation>doit être un nombre, ou une fraction comme &quot;2/3&quot;, supérieur à 0 et au plus 1, pas {shown}</translation>
    </message>
    <message>
        <source>{stage_id!r} is used by an earlier stage</source>
        <translation>{stage_id!r} est déjà utilisé par une étape plus haut</translation>
    </message>
    <message>
        <source>is {level}; stages must be listed in order with levels rising by one (the stage before is level {level2})</source>
        <translation>vaut {level}&#xa0;; les étapes doivent être listées dans l&apos;ordre, les niveaux augmentant de un (l&apos;étape précédente est de niveau {level2})</translation>
    </message>
    <message>
        <source>{dimension_id!r} is used by an earlier dimension</source>
        <translation>{dimension_id!r} est déjà utilisé par une dimension plus haut</translation>
    </message>
    <message>
        <source>{criterion_id!r} is used by an earlier criterion</source>
        <translation>{criterion_id!r} est déjà utilisé par un critère plus haut</translation>
    </message>
    <message>
        <source>{stage!r} is not a stage of this model (stages: {stages})</source>
        <translation>{stage!r} n&apos;est pas une étape de ce modèle (étapes&#xa0;: {stages})</translation>
    </message>
    <message>
        <source>{dimension!r} is not a dimension of this model (dimensions: {dimensions})</source>
        <translation>{dimension!r} n&apos;est pas une dimension de ce modèle (dimensions&#xa0;: {dimensions})</translation>
    </message>
    <message>
        <source>{value!r} must be &quot;article&quot; (from the authors&apos; article) or &quot;addition&quot; (written for this model)</source>
        <translation>{value!r} doit être &quot;article&quot; (tiré de l&apos;article des auteurs) ou &quot;addition&quot; (écrit pour ce modèle)</translation>
    </message>
    <message>
        <source>must be a list of texts, one per score, not {kind}</source>
        <translation>doit être une liste de textes, un par score, pas {kind}</translation>
    </message>
    <message>
        <source>has {count} texts; a scale has at most {value}</source>
        <translation>a {count} textes&#xa0;; une échelle en a au plus {value}</translation>
    </message>
    <message>
        <source>has {count} characters; at most {max_text} are allowed</source>
        <translation>a {count} caractères&#xa0;; {max_text} au plus sont permis</translation>
    </message>
    <message>
        <source>maps {count} criteria; at most {max_criteria} are allowed</source>
        <translation>fait correspondre {count} critères&#xa0;; {max_criteria} au plus sont permis</translation>
    </message>
    <message>
        <source>maps to {count} criteria; at most {max_carried_to} are allowed</source>
        <translation>correspond à {count} critères&#xa0;; {max_carried_to} au plus sont permis</translation>
    </message>
    <message>
        <source>has {count} text(s); it needs one per score of the scale ({scale_size}: 0 to {value})</source>
        <translation>a {count} texte(s)&#xa0;; il en faut un par score de l&apos;échelle ({scale_size}&#xa0;: 0 à {value})</translation>
    </message>
    <message>
        <source>{term!r} is defined by an earlier entry</source>
        <translation>{term!r} est déjà défini par une entrée plus haut</translation>
    </message>
    <message>
        <source>must be an earlier version than this one</source>
        <translation>doit être une version antérieure à celle-ci</translation>
    </message>
    <message>
        <source>{from_version!r} is mapped by an earlier entry</source>
        <translation>{from_version!r} a déjà une correspondance plus haut</translation>
    </message>
    <message>
        <source>must be a table of old id = [new ids], not {kind}</source>
        <translation>doit être une table ancien identifiant = [nouveaux identifiants], pas {kind}</translation>
    </message>
    <message>
        <source>is not a criterion id (over {max_id} characters)</source>
        <translation>n&apos;est pas un identifiant de critère (plus de {max_id} caractères)</translation>
    </message>
    <message>
        <source>must be a list of criterion ids (empty: dropped), not {kind}</source>
        <translation>doit être une liste d&apos;identifiants de critères (vide&#xa0;: abandonné), pas {kind}</translation>
    </message>
    <message>
        <source>{clip!r} is not a criterion of this model</source>
        <translation>{clip!r} n&apos;est pas un critère de ce modèle</translation>
    </message>
    <message>
        <source>a number far too large</source>
        <translation>un nombre bien trop grand</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>it claims to be {id} {version}, which this installation ships, but differs from it</source>
        <translation>il se présente comme {id} {version}, que cette installation fournit, mais en diffère</translation>
    </message>
    <message>
        <source>is not the shape of a translation</source>
        <translation>n’a pas la forme d’une traduction</translation>
    </message>
    <message>
        <source>has {count} entries</source>
        <translation>a {count} entrées</translation>
    </message>
    <message>
        <source>has {count} characters; at most {limit}</source>
        <translation>a {count} caractères&#x202f;; au plus {limit}</translation>
    </message>
    <message>
        <source>model: translates {translation}, not {model}</source>
        <translation>model&#xa0;: traduit {translation}, et non {model}</translation>
    </message>
    <message>
        <source>is not translated</source>
        <translation>n’est pas traduit</translation>
    </message>
    <message>
        <source>needs {count} labels, in score order</source>
        <translation>demande {count} libellés, dans l’ordre des notes</translation>
    </message>
    <message>
        <source>is not in {model}</source>
        <translation>n’est pas dans {model}</translation>
    </message>
    <message>
        <source>needs {count} anchors</source>
        <translation>demande {count} repères</translation>
    </message>
    <message>
        <source>is not a term of {model}</source>
        <translation>n’est pas un terme de {model}</translation>
    </message>
    <message>
        <source>the file is {actual}, but it declares {expected}: CS Maturity looks for a translation only under the name it declares</source>
        <translation>le fichier est {actual}, mais il déclare {expected}&#xa0;: CS Maturity ne cherche une traduction que sous le nom qu’elle déclare</translation>
    </message>
</context>
<context>
    <name>output files</name>
    <message>
        <source>cannot write {out}: it is the store {store}, which this would replace; choose another file</source>
        <translation>impossible d&apos;écrire {out}&#xa0;: c&apos;est la base {store}, que cela remplacerait&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>cannot write {out}: it is a device or a pipe, not a file; choose a file name</source>
        <translation>impossible d&apos;écrire {out}&#xa0;: c&apos;est un périphérique ou un tube, pas un fichier&#xa0;; choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>{out} is open in another program ({program} keeps {lock} beside it); close it there and try again</source>
        <translation>{out} est ouvert dans un autre programme ({program} garde {lock} à côté)&#xa0;; fermez-le dans ce programme et réessayez</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>its symbolic links go round in a loop</source>
        <translation>ses liens symboliques tournent en boucle</translation>
    </message>
    <message>
        <source> (is it open in another program? Close it and try again)</source>
        <translation> (est-il ouvert dans un autre programme&#xa0;? Fermez-le et réessayez)</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>peers</name>
    <message>
        <source>No other organization in this store was assessed with this model: there is nothing to compare with</source>
        <translation>Aucune autre organisation de cette base n&apos;a été évaluée avec ce modèle&#xa0;: il n&apos;y a rien à comparer</translation>
    </message>
    <message>
        <source>Only {count} other organization in this store was assessed with this model: treat the comparison with care</source>
        <translation>Seule {count} autre organisation de cette base a été évaluée avec ce modèle&#xa0;: comparez avec prudence</translation>
    </message>
    <message>
        <source>Only {count} other organizations in this store were assessed with this model: treat the comparison with care</source>
        <translation>Seules {count} autres organisations de cette base ont été évaluées avec ce modèle&#xa0;: comparez avec prudence</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>&amp;Client-safe: leave private notes out</source>
        <translation>Version &amp;client&#xa0;: sans les notes privées</translation>
    </message>
    <message>
        <source> (client-safe: no private notes)</source>
        <translation> (version client&#xa0;: sans notes privées)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Stage level</source>
        <translation>Niveau d&apos;étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Criterion id</source>
        <translation>Id du critère</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Achieved by (assessment id)</source>
        <translation>Atteinte par (id de l&apos;évaluation)</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteinte le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Id de l&apos;action</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>open</source>
        <comment>action status</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>action status</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <comment>action status</comment>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>action status</comment>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>Action plan</source>
        <comment>sheet name</comment>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Targets</source>
        <comment>sheet name</comment>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Not a status</source>
        <translation>Statut invalide</translation>
    </message>
    <message>
        <source>Choose a status from the list: {statuses}.</source>
        <translation>Choisissez un statut dans la liste&#xa0;: {statuses}.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Achieved {date}</source>
        <translation>Atteint le {date}</translation>
    </message>
    <message>
        <source>{stage} by {date}</source>
        <translation>{stage} d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>{stage} with no date set</source>
        <translation>{stage}, sans date fixée</translation>
    </message>
    <message>
        <source>No assessment on {model} yet</source>
        <translation>Aucune évaluation sur {model} pour l&apos;instant</translation>
    </message>
    <message>
        <source>{model} {version} has no such stage</source>
        <translation>{model} {version} n&apos;a pas cette étape</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteinte</translation>
    </message>
    <message>
        <source>{count} stage to go</source>
        <translation>{count} étape à franchir</translation>
    </message>
    <message>
        <source>{count} stages to go</source>
        <translation>{count} étapes à franchir</translation>
    </message>
    <message>
        <source>{count} criterion not fully in place</source>
        <translation>{count} critère pas pleinement en place</translation>
    </message>
    <message>
        <source>{count} criteria not fully in place</source>
        <translation>{count} critères pas pleinement en place</translation>
    </message>
    <message>
        <source>{count} day left</source>
        <translation>{count} jour restant</translation>
    </message>
    <message>
        <source>{count} days left</source>
        <translation>{count} jours restants</translation>
    </message>
    <message>
        <source>{count} day past the date</source>
        <translation>{count} jour de retard</translation>
    </message>
    <message>
        <source>{count} days past the date</source>
        <translation>{count} jours de retard</translation>
    </message>
    <message>
        <source>action</source>
        <comment>table heading</comment>
        <translation>action</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>table heading</comment>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <comment>table heading</comment>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <comment>table heading</comment>
        <translation>statut</translation>
    </message>
    <message>
        <source>state</source>
        <comment>table heading</comment>
        <translation>état</translation>
    </message>
    <message>
        <source>Action plan of {organization}</source>
        <translation>Plan d&apos;action de {organization}</translation>
    </message>
    <message>
        <source>Target on {model}: {target} ({gap})</source>
        <translation>Cible sur {model}&#xa0;: {target} ({gap})</translation>
    </message>
    <message>
        <source>No target set (csmaturity target ORG --model MODEL_ID --stage LEVEL).</source>
        <translation>Aucune cible fixée (csmaturity target ORG --model MODEL_ID --stage LEVEL).</translation>
    </message>
    <message>
        <source>No actions in the roadmap yet.</source>
        <translation>Pas encore d&apos;action dans la feuille de route.</translation>
    </message>
</context>
<context>
    <name>plan file name</name>
    <message>
        <source>action-plan</source>
        <translation>plan-d-action</translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>one third</source>
        <translation>un tiers</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>deux tiers</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>Absent de cette version</translation>
    </message>
    <message>
        <source>not yet {stage}</source>
        <translation>pas encore {stage}</translation>
    </message>
    <message>
        <source>{count} of {total} answered</source>
        <translation>{count} sur {total} renseigné</translation>
    </message>
    <message>
        <source>{count} of {total} answered</source>
        <comment>plural</comment>
        <translation>{count} sur {total} renseignés</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>no score given</source>
        <translation>aucune note donnée</translation>
    </message>
    <message>
        <source>all {score}</source>
        <translation>tous à {score}</translation>
    </message>
    <message>
        <source>one score, {score}</source>
        <translation>une seule note, {score}</translation>
    </message>
    <message>
        <source>{low} to {high} (range {range})</source>
        <translation>de {low} à {high} (écart {range})</translation>
    </message>
    <message>
        <source>{count} not applicable</source>
        <translation>{count} sans objet</translation>
    </message>
    <message>
        <source>{count} not applicable</source>
        <comment>plural</comment>
        <translation>{count} sans objet</translation>
    </message>
    <message>
        <source>set by the facilitator</source>
        <translation>fixée par l&apos;animateur</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>achieved by definition</source>
        <translation>atteinte par définition</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>achieved by definition (no applicable criteria)</source>
        <translation>atteinte par définition (aucun critère applicable)</translation>
    </message>
    <message>
        <source>attained at {percent}, {outcome}</source>
        <translation>taux d&apos;atteinte de {percent}, {outcome}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>L&apos;organisation</translation>
    </message>
    <message>
        <source>{who} has achieved every stage of the model, up to {placed}.</source>
        <translation>{who} a atteint toutes les étapes du modèle, jusqu&apos;à {placed}.</translation>
    </message>
    <message>
        <source>{who} has not yet achieved the first stage, {stage}: it is attained at {percent}, and a stage is achieved at {threshold}.</source>
        <translation>{who} n&apos;a pas encore atteint la première étape, {stage}&#xa0;: son taux d&apos;atteinte est de {percent}, et une étape est atteinte à {threshold}.</translation>
    </message>
    <message>
        <source>{who} is at {placed}: that stage and every one before it are achieved. The next stage, {stage}, is attained at {percent}; it is achieved at {threshold}.</source>
        <translation>{who} se situe à l&apos;étape {placed}&#xa0;: cette étape et toutes les précédentes sont atteintes. L&apos;étape suivante, {stage}, a un taux d&apos;atteinte de {percent}&#xa0;; elle est atteinte à {threshold}.</translation>
    </message>
    <message>
        <source>{count} of the {total} criteria is unanswered; unanswered criteria count as not in place.</source>
        <translation>{count} des {total} critères est sans réponse&#xa0;; un critère sans réponse compte comme pas en place.</translation>
    </message>
    <message>
        <source>{count} of the {total} criteria are unanswered; unanswered criteria count as not in place.</source>
        <translation>{count} des {total} critères sont sans réponse&#xa0;; un critère sans réponse compte comme pas en place.</translation>
    </message>
    <message>
        <source>This assessment is a draft: its results may still change.</source>
        <translation>Cette évaluation est un brouillon&#xa0;: ses résultats peuvent encore changer.</translation>
    </message>
    <message>
        <source>Maturity index {index} on a scale of {low} to {high}</source>
        <translation>Indice de maturité {index} sur une échelle de {low} à {high}</translation>
    </message>
    <message>
        <source>Every stage is achieved</source>
        <translation>Toutes les étapes sont atteintes</translation>
    </message>
    <message>
        <source>{placed} is the top of this model: the next step is to keep every criterion in place.</source>
        <translation>{placed} est le sommet de ce modèle&#xa0;: la prochaine étape consiste à maintenir chaque critère en place.</translation>
    </message>
    <message>
        <source>{stage} is attained at {percent}; it is achieved at {threshold}.</source>
        <translation>{stage} a un taux d&apos;atteinte de {percent}&#xa0;; elle est atteinte à {threshold}.</translation>
    </message>
    <message>
        <source>{count} of its criteria is not fully in place, weakest first:</source>
        <translation>{count} de ses critères n&apos;est pas pleinement en place, du plus faible au plus fort&#xa0;:</translation>
    </message>
    <message>
        <source>{count} of its criteria are not fully in place, weakest first:</source>
        <translation>{count} de ses critères ne sont pas pleinement en place, du plus faible au plus fort&#xa0;:</translation>
    </message>
    <message>
        <source>To reach {stage}</source>
        <translation>Pour atteindre {stage}</translation>
    </message>
    <message>
        <source>{count} of {total} criteria answered</source>
        <translation>{count} critère sur {total} renseigné</translation>
    </message>
    <message>
        <source>{count} of {total} criteria answered</source>
        <comment>plural</comment>
        <translation>{count} critères sur {total} renseignés</translation>
    </message>
</context>
<context>
    <name>questionnaire</name>
    <message>
        <source>{file}: named more than once: taken once</source>
        <translation>{file}&#xa0;: cité plusieurs fois&#xa0;: pris une fois</translation>
    </message>
    <message>
        <source>{file}: not collected: {newer} is a newer fill of the same respondent</source>
        <translation>{file}&#xa0;: non collecté&#xa0;: {newer} est un remplissage plus récent du même répondant</translation>
    </message>
    <message>
        <source>{file}: {respondent}: already collected; nothing changes</source>
        <translation>{file}&#xa0;: {respondent}&#xa0;: déjà collecté&#xa0;; rien ne change</translation>
    </message>
    <message>
        <source>{file}: {respondent}: not collected: saved {saved}, before the fill collected already (saved {collected}); nothing changes</source>
        <translation>{file}&#xa0;: {respondent}&#xa0;: non collecté&#xa0;: enregistré le {saved}, avant le remplissage déjà collecté (enregistré le {collected})&#xa0;; rien ne change</translation>
    </message>
    <message>
        <source>{count} new rating</source>
        <translation>{count} nouvelle note</translation>
    </message>
    <message>
        <source>{count} new ratings</source>
        <translation>{count} nouvelles notes</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>changées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} cleared</source>
        <translation>effacées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} as before</source>
        <translation>inchangées&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{count} kept as rated here after the file was saved</source>
        <translation>gardées telles que notées ici après l&apos;enregistrement du fichier&#xa0;: {count}</translation>
    </message>
    <message>
        <source>no ratings (all blank)</source>
        <translation>aucune note (tout est vide)</translation>
    </message>
    <message>
        <source>{file}: would collect from {respondent}: {what}</source>
        <translation>{file}&#xa0;: collecterait de {respondent}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{file}: collected from {respondent}: {what}</source>
        <translation>{file}&#xa0;: collecté de {respondent}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>; replaces the fill of {saved}</source>
        <translation>&#xa0;; remplace le remplissage du {saved}</translation>
    </message>
    <message>
        <source>; newer than {files}, which is left out</source>
        <translation>&#xa0;; plus récent que {files}, qui est laissé de côté</translation>
    </message>
    <message>
        <source>{file}: is a questionnaire of another assessment</source>
        <translation>{file}&#xa0;: est un questionnaire d&apos;une autre évaluation</translation>
    </message>
    <message>
        <source>{file}: is a questionnaire of another assessment, not in this store</source>
        <translation>{file}&#xa0;: est un questionnaire d&apos;une autre évaluation, absente de cette base</translation>
    </message>
    <message>
        <source>{file}: is a questionnaire of another version of the model than its assessment&apos;s; write a new one</source>
        <translation>{file}&#xa0;: est un questionnaire d&apos;une autre version du modèle que celle de son évaluation&#xa0;; écrivez-en un nouveau</translation>
    </message>
    <message>
        <source>{file}: its respondent {respondent} is no longer one of the assessment&apos;s</source>
        <translation>{file}&#xa0;: son répondant {respondent} ne fait plus partie de ceux de l&apos;évaluation</translation>
    </message>
    <message>
        <source>{file}: its respondent is no longer one of the assessment&apos;s</source>
        <translation>{file}&#xa0;: son répondant ne fait plus partie de ceux de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Instructions</source>
        <comment>sheet name</comment>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <comment>sheet name</comment>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>criterion_id</source>
        <comment>column heading</comment>
        <translation>Id du critère</translation>
    </message>
    <message>
        <source>stage</source>
        <comment>column heading</comment>
        <translation>Étape</translation>
    </message>
    <message>
        <source>dimension</source>
        <comment>column heading</comment>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>criterion</source>
        <comment>column heading</comment>
        <translation>Critère</translation>
    </message>
    <message>
        <source>evidence</source>
        <comment>column heading</comment>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>rating</source>
        <comment>column heading</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>notes</source>
        <comment>column heading</comment>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>N/A</source>
        <comment>rating choice</comment>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>a date or time is not a rating</source>
        <translation>une date ou une heure n&apos;est pas une note</translation>
    </message>
    <message>
        <source>{value} is not a rating: ratings are whole numbers</source>
        <translation>{value} n&apos;est pas une note&#xa0;: les notes sont des nombres entiers</translation>
    </message>
    <message>
        <source>{text} is a formula, not a rating</source>
        <translation>{text} est une formule, pas une note</translation>
    </message>
    <message>
        <source> (choose one of the list: 0 to {top}, or {na})</source>
        <translation> (choisissez dans la liste&#xa0;: de 0 à {top}, ou {na})</translation>
    </message>
    <message>
        <source>{value} is not a rating</source>
        <translation>{value} n&apos;est pas une note</translation>
    </message>
    <message>
        <source>{file}: cannot be read safely: defusedxml is missing or switched off</source>
        <translation>{file}&#xa0;: ne peut pas être lu en sécurité&#xa0;: defusedxml est absent ou désactivé</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a questionnaire</source>
        <translation>{file}&#xa0;: est un dossier, pas un questionnaire</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({problem})</source>
        <translation>{file}&#xa0;: ne peut pas être lu ({problem})</translation>
    </message>
    <message>
        <source>{file}: is {size} MB, larger than a questionnaire can be ({most} MB at most)</source>
        <translation>{file}&#xa0;: fait {size} Mo, plus qu&apos;un questionnaire ne peut en faire ({most} Mo au plus)</translation>
    </message>
    <message>
        <source>{file}: is encrypted or an old .xls: save it as .xlsx without a password</source>
        <translation>{file}&#xa0;: est chiffré ou est un ancien .xls&#xa0;: enregistrez-le en .xlsx sans mot de passe</translation>
    </message>
    <message>
        <source>{file}: is not an XLSX file</source>
        <translation>{file}&#xa0;: n&apos;est pas un fichier XLSX</translation>
    </message>
    <message>
        <source>not a whole zip file</source>
        <translation>pas un fichier zip complet</translation>
    </message>
    <message>
        <source>{file}: holds too many parts to be a questionnaire</source>
        <translation>{file}&#xa0;: contient trop de parties pour être un questionnaire</translation>
    </message>
    <message>
        <source>{file}: would take {size} MB once uncompressed, more than a questionnaire can (a damaged or hostile file)</source>
        <translation>{file}&#xa0;: occuperait {size} Mo une fois décompressé, plus qu&apos;un questionnaire ne le peut (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>{file}: is not an XLSX file (a zip file of something else)</source>
        <translation>{file}&#xa0;: n&apos;est pas un fichier XLSX (un fichier zip d&apos;autre chose)</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: has no sheet named {sheet}</source>
        <translation>{file}&#xa0;: n&apos;a pas de feuille nommée {sheet}</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}</source>
        <translation>{file}, feuille {sheet}</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: a second column named {column}</source>
        <translation>{where}, cellule {cell}&#xa0;: une seconde colonne nommée {column}</translation>
    </message>
    <message>
        <source>{where}, row {row}: no column named {column} in the header</source>
        <translation>{where}, ligne {row}&#xa0;: pas de colonne nommée {column} dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>{where}, row {row}: more rows than a questionnaire has ({most} at most)</source>
        <translation>{where}, ligne {row}&#xa0;: plus de lignes qu&apos;un questionnaire n&apos;en a ({most} au plus)</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: a rated row without a criterion_id</source>
        <translation>{where}, cellule {cell}&#xa0;: une ligne notée sans identifiant de critère</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: {value} is not a criterion of this questionnaire</source>
        <translation>{where}, cellule {cell}&#xa0;: {value} n&apos;est pas un critère de ce questionnaire</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: criterion {criterion} again (it is in cell {other} too)</source>
        <translation>{where}, cellule {cell}&#xa0;: le critère {criterion} à nouveau (il est aussi dans la cellule {other})</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: {problem}</source>
        <translation>{where}, cellule {cell}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{where}, cell {cell}: a note of {count} characters; a note may have at most {most}</source>
        <translation>{where}, cellule {cell}&#xa0;: une remarque de {count} caractères&#xa0;; une remarque peut en avoir au plus {most}</translation>
    </message>
    <message>
        <source>{file}: has no sheet {sheet}, which ties a questionnaire to its assessment: it was not written by CS Maturity, or that sheet was deleted</source>
        <translation>{file}&#xa0;: n&apos;a pas de feuille {sheet}, qui lie un questionnaire à son évaluation&#xa0;: il n&apos;a pas été écrit par CS Maturity, ou cette feuille a été supprimée</translation>
    </message>
    <message>
        <source>{where}, row {row}: more rows than it ever has</source>
        <translation>{where}, ligne {row}&#xa0;: plus de lignes qu&apos;elle n&apos;en a jamais</translation>
    </message>
    <message>
        <source>{file}: the hidden Binding sheet was edited; ask for the file as it was sent</source>
        <translation>{file}&#xa0;: la feuille masquée Binding a été modifiée&#xa0;; demandez le fichier tel qu&apos;il a été envoyé</translation>
    </message>
    <message>
        <source>{where}, cell B1: a questionnaire of another version of CS Maturity (format {format}); write a new one with this version</source>
        <translation>{where}, cellule B1&#xa0;: un questionnaire d&apos;une autre version de CS Maturity (format {format})&#xa0;; écrivez-en un nouveau avec cette version</translation>
    </message>
    <message>
        <source>{where}: it lacks its {key} row</source>
        <translation>{where}&#xa0;: il manque sa ligne {key}</translation>
    </message>
    <message>
        <source>{file}: is damaged and cannot be read as an XLSX file ({reason})</source>
        <translation>{file}&#xa0;: est endommagé et ne peut pas être lu comme un fichier XLSX ({reason})</translation>
    </message>
    <message>
        <source>cannot write to {folder}: {problem}</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>this assessment is complete; reopen it to send questionnaires for it</source>
        <translation>cette évaluation est terminée&#xa0;; rouvrez-la pour lui envoyer des questionnaires</translation>
    </message>
    <message>
        <source>{name} is not a respondent of this assessment</source>
        <translation>{name} n&apos;est pas un répondant de cette évaluation</translation>
    </message>
    <message>
        <source>{model}: questionnaire for {name}</source>
        <translation>{model}&#xa0;: questionnaire pour {name}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>Comment répondre</translation>
    </message>
    <message>
        <source>Go to the sheet “{sheet}”. For each criterion, choose a rating in the {rating} column from its list, and write in {notes} what you see that supports it (evidence, examples, doubts).</source>
        <translation>Allez à la feuille «&#xa0;{sheet}&#xa0;». Pour chaque critère, choisissez une note dans la liste de la colonne {rating}, et écrivez dans {notes} ce que vous observez qui la justifie (preuves, exemples, doutes).</translation>
    </message>
    <message>
        <source>Choose {na} only when the criterion does not apply to your organization at all. Leave a rating blank if you cannot judge it.</source>
        <translation>Choisissez «&#xa0;{na}&#xa0;» seulement si le critère ne s&apos;applique pas du tout à votre organisation. Laissez une note vide si vous ne pouvez pas en juger.</translation>
    </message>
    <message>
        <source>Rate what is in place today, not what is planned. Answer on your own: the differences between people are part of what the assessment shows.</source>
        <translation>Notez ce qui est en place aujourd&apos;hui, pas ce qui est prévu. Répondez seul&#xa0;: les différences entre les personnes font partie de ce que montre l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Save the file as it is (.xlsx, without a password) and send it back. Rows may be sorted or filtered; do not change the other sheets.</source>
        <translation>Enregistrez le fichier tel quel (.xlsx, sans mot de passe) et renvoyez-le. Les lignes peuvent être triées ou filtrées&#xa0;; ne modifiez pas les autres feuilles.</translation>
    </message>
    <message>
        <source>The scale</source>
        <translation>L&apos;échelle</translation>
    </message>
    <message>
        <source>What each rating means, criterion by criterion</source>
        <translation>Ce que signifie chaque note, critère par critère</translation>
    </message>
    <message>
        <source>{date}, by {assessor}</source>
        <translation>{date}, par {assessor}</translation>
    </message>
    <message>
        <source>Not a rating</source>
        <translation>Note invalide</translation>
    </message>
    <message>
        <source>Choose a rating from the list: {choices}; or leave it blank.</source>
        <translation>Choisissez une note dans la liste&#xa0;: {choices}&#xa0;; ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose from the list.</source>
        <translation>Choisissez dans la liste.</translation>
    </message>
    <message>
        <source>its part {part} is larger than {size} MB once uncompressed, larger than any part of a questionnaire (a damaged or hostile file)</source>
        <translation>sa partie {part} dépasse {size}&#xa0;Mo une fois décompressée, plus qu’aucune partie d’un questionnaire (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>its part {part} holds a run of more than {size} KB without markup, which no spreadsheet writes (a damaged or hostile file)</source>
        <translation>sa partie {part} contient plus de {size}&#xa0;Ko d’affilée sans balise, ce qu’aucun tableur n’écrit (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>its part {part} holds a comment, CDATA section or processing instruction of more than {size} KB, which no spreadsheet writes (a damaged or hostile file)</source>
        <translation>sa partie {part} contient un commentaire, une section CDATA ou une instruction de traitement de plus de {size}&#xa0;Ko, ce qu’aucun tableur n’écrit (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>holds more than {count} shared strings, more than a questionnaire has (a damaged or hostile file)</source>
        <translation>contient plus de {count} chaînes partagées, plus qu’un questionnaire n’en a (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <source>its part {part} holds more than {count} XML elements, more than a questionnaire has (a damaged or hostile file)</source>
        <translation>sa partie {part} contient plus de {count} éléments XML, plus qu’un questionnaire n’en a (un fichier endommagé ou malveillant)</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>our addition</source>
        <translation>notre ajout</translation>
    </message>
    <message>
        <source>Criteria marked “{tag}” were written for CS Maturity; the others restate the authors&apos; article.</source>
        <translation>Les critères marqués «&#xa0;{tag}&#xa0;» ont été rédigés pour CS Maturity&#xa0;; les autres reprennent l&apos;article des auteurs.</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>Note privée&#xa0;:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>The action plan of {name} has no action yet.</source>
        <translation>Le plan d&apos;action de l&apos;organisation {name} ne compte encore aucune action.</translation>
    </message>
    <message>
        <source>The action plan of {name} as of {date}:</source>
        <translation>Plan d&apos;action de l&apos;organisation {name} au {date}&#xa0;:</translation>
    </message>
    <message>
        <source>{count} action</source>
        <translation>{count} action</translation>
    </message>
    <message>
        <source>{count} actions</source>
        <translation>{count} actions</translation>
    </message>
    <message>
        <source>, {count} of them open or in progress</source>
        <translation>, dont {count} ouverte ou en cours</translation>
    </message>
    <message>
        <source>, {count} of them open or in progress</source>
        <comment>plural</comment>
        <translation>, dont {count} ouvertes ou en cours</translation>
    </message>
    <message>
        <source>, {count} overdue</source>
        <translation>, {count} en retard</translation>
    </message>
    <message>
        <source>, {count} overdue</source>
        <comment>plural</comment>
        <translation>, {count} en retard</translation>
    </message>
    <message>
        <source>; {count} achieved by a later assessment</source>
        <translation>&#xa0;; {count} atteinte lors d&apos;une évaluation ultérieure</translation>
    </message>
    <message>
        <source>; {count} achieved by a later assessment</source>
        <comment>plural</comment>
        <translation>&#xa0;; {count} atteintes lors d&apos;une évaluation ultérieure</translation>
    </message>
    <message>
        <source>{count} assessments of {name} are on record, from {first} to {last}</source>
        <translation>{count} évaluations de {name} sont enregistrées, du {first} au {last}</translation>
    </message>
    <message>
        <source>, taken with different maturity models: each model has its own line, and indices of different models are not directly comparable.</source>
        <translation>, réalisées avec différents modèles de maturité&#xa0;: chaque modèle a sa propre courbe, et les indices de modèles différents ne sont pas directement comparables.</translation>
    </message>
    <message>
        <source>: the maturity index went from {first} to {last} ({change}).</source>
        <translation>&#xa0;: l&apos;indice de maturité est passé de {first} à {last} ({change}).</translation>
    </message>
    <message>
        <source>The chart appears once two of them are complete (drafts are not charted).</source>
        <translation>Le graphique apparaît dès que deux d&apos;entre elles sont terminées (les brouillons n&apos;y figurent pas).</translation>
    </message>
    <message>
        <source>The chart shows the completed ones: this assessment, a draft, is not on it.</source>
        <translation>Le graphique montre les évaluations terminées&#xa0;: celle-ci, un brouillon, n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Customer-success maturity assessment of {organization}</source>
        <translation>Évaluation de la maturité Customer Success de {organization}</translation>
    </message>
    <message>
        <source>customer success; maturity assessment</source>
        <translation>customer success&#xa0;; évaluation de la maturité</translation>
    </message>
    <message>
        <source>Made with {app} {version}</source>
        <translation>Réalisé avec {app} {version}</translation>
    </message>
    <message>
        <source>Maturity assessment report</source>
        <translation>Rapport d&apos;évaluation de la maturité</translation>
    </message>
    <message>
        <source>CUSTOMER-SUCCESS MATURITY ASSESSMENT</source>
        <translation>ÉVALUATION DE LA MATURITÉ CUSTOMER SUCCESS</translation>
    </message>
    <message>
        <source>Maturity model: {credit}</source>
        <translation>Modèle de maturité&#xa0;: {credit}</translation>
    </message>
    <message>
        <source>: the results may still change</source>
        <translation>&#xa0;: les résultats peuvent encore changer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Criteria answered</source>
        <translation>Critères renseignés</translation>
    </message>
    <message>
        <source>{answered} of {total}</source>
        <translation>{answered} sur {total}</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Date du rapport</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Crosswalk:</source>
        <translation>Correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>(approximate)</source>
        <translation>(approximative)</translation>
    </message>
    <message>
        <source>Report made with CS Maturity {version} on {date}, from the assessment {id}.</source>
        <translation>Rapport réalisé avec CS Maturity {version} le {date}, à partir de l&apos;évaluation {id}.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Stage attainment</source>
        <translation>Atteinte des étapes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux d&apos;atteinte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>Profil par dimension</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Progression over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Each respondent&apos;s own result</source>
        <translation>Le résultat propre à chaque répondant</translation>
    </message>
    <message>
        <source>Ratings by respondent</source>
        <translation>Notes par répondant</translation>
    </message>
    <message>
        <source>Each criterion&apos;s rating by each respondent (0 to {top}), then the consensus. N/A: not applicable; –: not rated; (set): the facilitator set the consensus, otherwise it is the median.</source>
        <translation>La note de chaque critère par chaque répondant (de 0 à {top}), puis le consensus. S.O.&#xa0;: sans objet&#xa0;; –&#xa0;: non noté&#xa0;; (fixée)&#xa0;: l&apos;animateur a fixé le consensus, sinon c&apos;est la médiane.</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(fixée)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <source>Largest disagreements</source>
        <translation>Principaux désaccords</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>What reaching it brings:</source>
        <translation>Ce que son atteinte apporte&#xa0;:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aujourd&apos;hui&#xa0;:</translation>
    </message>
    <message>
        <source>For {rating}:</source>
        <translation>Pour {rating}&#xa0;:</translation>
    </message>
    <message>
        <source>A first step:</source>
        <translation>Un premier pas&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Maturity model</source>
        <translation>Modèle de maturité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Findings by stage</source>
        <translation>Constats par étape</translation>
    </message>
    <message>
        <source>Every criterion of the maturity model, stage by stage and grouped by dimension, with the rating given and the notes taken during the assessment. Ratings are out of {top} ({scale}); an unanswered criterion counts as 0.</source>
        <translation>Chaque critère du modèle de maturité, étape par étape et regroupé par dimension, avec la note donnée et les notes prises pendant l&apos;évaluation. Les notes vont jusqu&apos;à {top} ({scale})&#xa0;; un critère sans réponse compte pour 0.</translation>
    </message>
    <message>
        <source>Statement and notes</source>
        <translation>Énoncé et notes</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>About the maturity model and the scoring</source>
        <translation>À propos du modèle de maturité et de la notation</translation>
    </message>
    <message>
        <source>Source: {credit}.</source>
        <translation>Source&#xa0;: {credit}.</translation>
    </message>
    <message>
        <source>How the assessment is scored</source>
        <translation>Comment l&apos;évaluation est notée</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>version {version}</translation>
    </message>
    <message>
        <source>{count} of {total} criteria answered</source>
        <translation>{count} critère sur {total} renseigné</translation>
    </message>
    <message>
        <source>{count} of {total} criteria answered</source>
        <comment>plural</comment>
        <translation>{count} critères sur {total} renseignés</translation>
    </message>
    <message>
        <source>How far each stage is attained: the mean rating of its applicable criteria as a share of the top rating (unanswered criteria count as 0). A stage is achieved at {threshold} (dashed line); faded bars are not achieved</source>
        <translation>Le taux d&apos;atteinte de chaque étape&#xa0;: la note moyenne de ses critères applicables, rapportée à la note maximale (un critère sans réponse compte pour 0). Une étape est atteinte à {threshold} (ligne pointillée)&#xa0;; les barres estompées ne sont pas atteintes</translation>
    </message>
    <message>
        <source>, hatched ones achieved by definition (no criteria).</source>
        <translation>, les barres hachurées sont atteintes par définition (aucun critère).</translation>
    </message>
    <message>
        <source>The same measure for each dimension of the model, across every stage: where the organization is strong and where it is weak.</source>
        <translation>La même mesure pour chaque dimension du modèle, toutes étapes confondues&#xa0;: les points forts et les points faibles de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Située à</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>(this report)</source>
        <translation>(ce rapport)</translation>
    </message>
    <message>
        <source>In the plan&apos;s order. Overdue: open or in progress past its due date (shaded). Achieved: a later assessment rates its criterion fully in place.</source>
        <translation>Dans l&apos;ordre du plan. En retard&#xa0;: ouverte ou en cours après son échéance (ligne ombrée). Atteinte&#xa0;: une évaluation ultérieure note son critère comme pleinement en place.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>A typical organization at this {stage}, where {organization} is placed:</source>
        <translation>Une organisation typique à ce stade ({stage}), où se situe {organization}&#xa0;:</translation>
    </message>
    <message>
        <source>This {stage} has no criteria: it is achieved by definition.</source>
        <translation>Ce stade ({stage}) n&apos;a aucun critère&#xa0;: il est atteint par définition.</translation>
    </message>
    <message>
        <source>A stage is achieved at an attainment of {threshold}.</source>
        <translation>Une étape est atteinte à partir d&apos;un taux d&apos;atteinte de {threshold}.</translation>
    </message>
    <message>
        <source>The terms of the maturity model and of this report.</source>
        <translation>Les termes du modèle de maturité et de ce rapport.</translation>
    </message>
    <message>
        <source>Roadmap: the targets and the plan&apos;s actions</source>
        <translation>Feuille de route&#xa0;: les cibles et les actions du plan</translation>
    </message>
    <message>
        <source>Respondents: each one&apos;s result, their ratings and where they disagree</source>
        <translation>Répondants&#xa0;: le résultat de chacun, leurs notes et leurs désaccords</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>{organization} · assessed on {date}</source>
        <translation>{organization} · évaluée le {date}</translation>
    </message>
    <message>
        <source>{count} person rated this assessment.</source>
        <translation>{count} personne a noté cette évaluation.</translation>
    </message>
    <message>
        <source>{count} people rated this assessment.</source>
        <translation>{count} personnes ont noté cette évaluation.</translation>
    </message>
    <message>
        <source>The ratings scored in this report are their consensus: on each criterion, the rating the facilitator set, or else the median of the respondents&apos; ratings, rounded down (not applicable only when most of them say so). They disagree on a criterion when their scores lie 2 or more apart.</source>
        <translation>Les notes retenues dans ce rapport sont leur consensus&#xa0;: pour chaque critère, la note fixée par l&apos;animateur, ou à défaut la médiane des notes des répondants, arrondie à l&apos;inférieur (sans objet seulement si la plupart le disent). Ils sont en désaccord sur un critère quand leurs notes sont écartées de 2 ou plus.</translation>
    </message>
    <message>
        <source>Each respondent&apos;s ratings alone, scored by the same rule as the assessment: where each of them would place the organization.</source>
        <translation>Les notes de chaque répondant seules, calculées selon la même règle que l&apos;évaluation&#xa0;: là où chacun situerait l&apos;organisation.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>The respondents disagree on no criterion.</source>
        <translation>Les répondants ne sont en désaccord sur aucun critère.</translation>
    </message>
    <message>
        <source>Ratings {spread}; consensus {consensus}</source>
        <translation>Notes {spread}&#xa0;; consensus {consensus}</translation>
    </message>
    <message>
        <source>by definition</source>
        <translation>par définition</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>Threshold {threshold}</source>
        <translation>Seuil {threshold}</translation>
    </message>
    <message>
        <source>{dimension} (n/a)</source>
        <translation>{dimension} (s.o.)</translation>
    </message>
    <message>
        <source>Score (mean rating as % of the top rating)</source>
        <translation>Score (note moyenne en % de la note maximale)</translation>
    </message>
    <message>
        <source>Maturity index</source>
        <translation>Indice de maturité</translation>
    </message>
    <message>
        <source>Each criterion&apos;s rating by each respondent (0 to {top}; the deeper the shade, the higher), then the consensus. N/A: not applicable; –: not rated; {flag}: the scores lie 2 or more apart; (set): the facilitator set the consensus, otherwise it is the median. The criteria&apos;s statements are in the findings.</source>
        <translation>La note de chaque critère par chaque répondant (de 0 à {top}&#xa0;; plus la teinte est foncée, plus la note est haute), puis le consensus. S.O.&#xa0;: sans objet&#xa0;; –&#xa0;: non noté&#xa0;; {flag}&#xa0;: les notes sont écartées de 2 ou plus&#xa0;; (fixée)&#xa0;: l&apos;animateur a fixé le consensus, sinon c&apos;est la médiane. Les énoncés des critères figurent dans les constats.</translation>
    </message>
    <message>
        <source>Largest range first, with every respondent&apos;s rating and the notes each one wrote.</source>
        <translation>Le plus grand écart d&apos;abord, avec la note de chaque répondant et les notes de chacun.</translation>
    </message>
    <message>
        <source>They also disagree, by a range of 2, on {count} more criterion: {ids}.</source>
        <translation>Ils sont aussi en désaccord, avec un écart de 2, sur {count} autre critère&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>They also disagree, by a range of 2, on {count} more criteria: {ids}.</source>
        <translation>Ils sont aussi en désaccord, avec un écart de 2, sur {count} autres critères&#xa0;: {ids}.</translation>
    </message>
    <message>
        <source>range {range}</source>
        <translation>écart {range}</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>Results: stage attainment and dimension profile</source>
        <translation>Résultats&#xa0;: atteinte des étapes et profil par dimension</translation>
    </message>
    <message>
        <source>Next steps: {heading}</source>
        <translation>Prochaines étapes&#xa0;: {heading}</translation>
    </message>
    <message>
        <source>Findings by stage: every criterion, its rating and notes</source>
        <translation>Constats par étape&#xa0;: chaque critère, sa note et ses notes</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>(cont.)</source>
        <translation>(suite)</translation>
    </message>
    <message>
        <source>Every criterion of the maturity model, stage by stage and grouped by dimension, with the rating given and the notes taken during the assessment. The squares show the rating out of {top} ({scale}); an unanswered criterion counts as 0.</source>
        <translation>Chaque critère du modèle de maturité, étape par étape et regroupé par dimension, avec la note donnée et les notes prises pendant l&apos;évaluation. Les carrés montrent la note sur {top} ({scale})&#xa0;; un critère sans réponse compte pour 0.</translation>
    </message>
    <message>
        <source>cannot write the report to {path}: {problem}</source>
        <translation>impossible d&apos;écrire le rapport dans {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Writing the report to {path}…</source>
        <translation>Écriture du rapport dans {path}…</translation>
    </message>
    <message>
        <source>Report written to {path} (client-safe: no private notes)</source>
        <translation>Rapport écrit dans {path} (pour le client&#xa0;: sans notes privées)</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>assessed on {date} by {assessor}</source>
        <translation>évaluée le {date} par {assessor}</translation>
    </message>
    <message>
        <source>assessed on {date}</source>
        <translation>évaluée le {date}</translation>
    </message>
    <message>
        <source>(approximate)</source>
        <translation>(approximatif)</translation>
    </message>
    <message>
        <source>Before ({date}): {placed}, index {before} → now {after} ({change})</source>
        <translation>Avant ({date})&#xa0;: {placed}, indice {before} → maintenant {after} ({change})</translation>
    </message>
    <message>
        <source>✓ achieved</source>
        <translation>✓ atteinte</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>✓ by definition</source>
        <translation>✓ par définition</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>achieved by definition</source>
        <translation>atteinte par définition</translation>
    </message>
    <message>
        <source>{stage}: no applicable criteria, achieved by definition</source>
        <translation>{stage}&#xa0;: aucun critère applicable, atteinte par définition</translation>
    </message>
    <message>
        <source>{stage}: attained at {percent} ({answered} of {criteria} criteria answered); {state}</source>
        <translation>{stage}&#xa0;: atteinte à {percent} ({answered} critères répondus sur {criteria})&#xa0;; {state}</translation>
    </message>
    <message>
        <source>Threshold {threshold}</source>
        <translation>Seuil {threshold}</translation>
    </message>
    <message>
        <source>{dimension} (n/a)</source>
        <translation>{dimension} (s.o.)</translation>
    </message>
    <message>
        <source>before ({date})</source>
        <translation>avant ({date})</translation>
    </message>
    <message>
        <source>after ({date})</source>
        <translation>après ({date})</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Conseils&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>{date}: {placed}, index {index}</source>
        <translation>{date}&#xa0;: {placed}, indice {index}</translation>
    </message>
    <message>
        <source>Progression over time appears once the organization has two completed assessments; it has no completed assessment yet (drafts are not counted).</source>
        <translation>La progression dans le temps apparaît dès que l’organisation a deux évaluations terminées&#xa0;; elle n’en a encore aucune (les brouillons ne comptent pas).</translation>
    </message>
    <message>
        <source>Progression over time appears once the organization has two completed assessments; it has one completed assessment yet (drafts are not counted).</source>
        <translation>La progression dans le temps apparaît dès que l’organisation a deux évaluations terminées&#xa0;; elle n’en a encore qu’une (les brouillons ne comptent pas).</translation>
    </message>
    <message>
        <source>Target: {target} · {gap}</source>
        <translation>Cible&#xa0;: {target} · {gap}</translation>
    </message>
    <message>
        <source>Target: {target}</source>
        <translation>Cible&#xa0;: {target}</translation>
    </message>
    <message>
        <source>{target}. {gap}</source>
        <translation>{target}. {gap}</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>{count} up</source>
        <translation>{count} en hausse</translation>
    </message>
    <message>
        <source>{count} down</source>
        <translation>{count} en baisse</translation>
    </message>
    <message>
        <source>{count} otherwise changed</source>
        <translation>{count} modifiés autrement</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} ajoutés</translation>
    </message>
    <message>
        <source>{count} removed</source>
        <translation>{count} retirés</translation>
    </message>
    <message>
        <source>still {placed}</source>
        <translation>toujours {placed}</translation>
    </message>
    <message>
        <source>Criteria moved: {counts}; {unchanged} unchanged. Maturity index {before} → {after} ({change}), {placed}.</source>
        <translation>Critères ayant évolué&#xa0;: {counts}&#xa0;; {unchanged} inchangés. Indice de maturité {before} → {after} ({change}), {placed}.</translation>
    </message>
    <message>
        <source>Select two assessments (Ctrl+click) to compare them.</source>
        <translation>Sélectionnez deux évaluations (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <source>{number}st</source>
        <translation>{number}er</translation>
    </message>
    <message>
        <source>{number}th</source>
        <translation>{number}e</translation>
    </message>
    <message>
        <source>above every peer</source>
        <translation>au-dessus de tous ses pairs</translation>
    </message>
    <message>
        <source>below every peer</source>
        <translation>en dessous de tous ses pairs</translation>
    </message>
    <message>
        <source>above {percent} of its peers</source>
        <translation>au-dessus de {percent} de ses pairs</translation>
    </message>
    <message>
        <source>{count} other organization assessed with this model</source>
        <translation>{count} autre organisation évaluée avec ce modèle</translation>
    </message>
    <message>
        <source>{count} other organizations assessed with this model</source>
        <translation>{count} autres organisations évaluées avec ce modèle</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>{rank} of {count}</source>
        <translation>{rank} sur {count}</translation>
    </message>
    <message>
        <source>Stage attainment</source>
        <translation>Atteinte des étapes</translation>
    </message>
    <message>
        <source>Dimension profile</source>
        <translation>Profil par dimension</translation>
    </message>
    <message>
        <source>Progression over time</source>
        <translation>Progression dans le temps</translation>
    </message>
    <message>
        <source>Against peers</source>
        <translation>Face aux pairs</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Taux d’atteinte</translation>
    </message>
    <message>
        <source>Score (mean rating as % of the top rating)</source>
        <translation>Score (note moyenne en % de la note maximale)</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Maturity index</source>
        <translation>Indice de maturité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Peers: lowest, quartiles, median, highest</source>
        <translation>Pairs&#xa0;: minimum, quartiles, médiane, maximum</translation>
    </message>
    <message>
        <source>{count} peer</source>
        <translation>{count} pair</translation>
    </message>
    <message>
        <source>{count} peers</source>
        <translation>{count} pairs</translation>
    </message>
    <message>
        <source>{peers}: median {median}, quartiles {q1} to {q3}, range {low} to {high}</source>
        <translation>{peers}&#xa0;: médiane {median}, quartiles de {q1} à {q3}, étendue de {low} à {high}</translation>
    </message>
    <message>
        <source>no applicable criteria</source>
        <translation>aucun critère applicable</translation>
    </message>
    <message>
        <source>These two assessments were taken with different maturity models ({before} and {after}): only assessments of the same model can be compared.</source>
        <translation>Ces deux évaluations ont été faites avec des modèles de maturité différents ({before} et {after})&#xa0;: seules les évaluations d’un même modèle peuvent être comparées.</translation>
    </message>
</context>
<context>
    <name>snapshot</name>
    <message>
        <source>{count} assessment was left out: its maturity model definition cannot be used here (beyond the bounds a definition must keep, or posing as a model this installation ships)</source>
        <translation>{count} évaluation a été omise&#xa0;: la définition de son modèle de maturité ne peut pas être utilisée ici (hors des limites qu&apos;une définition doit respecter, ou se faisant passer pour un modèle livré avec cette installation)</translation>
    </message>
    <message>
        <source>{count} assessments were left out: their maturity model definition cannot be used here (beyond the bounds a definition must keep, or posing as a model this installation ships)</source>
        <translation>{count} évaluations ont été omises&#xa0;: la définition de leur modèle de maturité ne peut pas être utilisée ici (hors des limites qu&apos;une définition doit respecter, ou se faisant passer pour un modèle livré avec cette installation)</translation>
    </message>
    <message>
        <source>row {row}, column {column}: </source>
        <translation>ligne {row}, colonne {column}&#xa0;: </translation>
    </message>
    <message>
        <source>row {row}: </source>
        <translation>ligne {row}&#xa0;: </translation>
    </message>
    <message>
        <source>{name} is not a CSV snapshot: it holds binary data</source>
        <translation>{name} n&apos;est pas un instantané CSV&#xa0;: il contient des données binaires</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{name} is named as an age file but is not one (it has no age header): is it damaged, or another kind of file?</source>
        <translation>{name} porte le nom d&apos;un fichier age mais n&apos;en est pas un (il n&apos;a pas d&apos;en-tête age)&#xa0;: est-il endommagé, ou d&apos;un autre type&#xa0;?</translation>
    </message>
    <message>
        <source>the file is empty: a snapshot starts with a header row</source>
        <translation>le fichier est vide&#xa0;: un instantané commence par une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>has {cells} cells where the header has {width}; is a cell missing or a quote unbalanced?</source>
        <translation>a {cells} cellules là où l&apos;en-tête en a {width}&#xa0;; manque-t-il une cellule, ou un guillemet est-il mal fermé&#xa0;?</translation>
    </message>
    <message>
        <source>an answer needs the time it was given</source>
        <translation>une réponse a besoin de l&apos;heure à laquelle elle a été donnée</translation>
    </message>
    <message>
        <source>this is not a CS Maturity snapshot: its first row should be the header {columns}, …</source>
        <translation>ce n&apos;est pas un instantané CS Maturity&#xa0;: sa première ligne devrait être l&apos;en-tête {columns}, …</translation>
    </message>
    <message>
        <source>this is a summary export (one row per assessment), which cannot be imported; import a snapshot exported without --summary</source>
        <translation>c&apos;est une synthèse exportée (une ligne par évaluation), qui ne peut pas être importée&#xa0;; importez un instantané exporté sans --summary</translation>
    </message>
    <message>
        <source>the column {name} is missing</source>
        <translation>la colonne {name} manque</translation>
    </message>
    <message>
        <source>column {position} should be {expected}, not {found} (the snapshot columns come in a fixed order)</source>
        <translation>la colonne {position} devrait être {expected}, et non {found} (les colonnes d&apos;un instantané viennent dans un ordre fixe)</translation>
    </message>
    <message>
        <source>the column {name} appears twice</source>
        <translation>la colonne {name} apparaît deux fois</translation>
    </message>
    <message>
        <source>the column {name} is missing (respondents&apos; rows need every respondent column)</source>
        <translation>la colonne {name} manque (les lignes des répondants demandent toutes les colonnes respondent)</translation>
    </message>
    <message>
        <source>the column {name} is missing (targets&apos; rows need every target column)</source>
        <translation>la colonne {name} manque (les lignes des cibles demandent toutes les colonnes target)</translation>
    </message>
    <message>
        <source>the column {name} is missing (actions&apos; rows need every action column)</source>
        <translation>la colonne {name} manque (les lignes des actions demandent toutes les colonnes action)</translation>
    </message>
    <message>
        <source>{b} differs from {a} on row {row} for the same assessment</source>
        <translation>{b} diffère de {a} de la ligne {row} pour la même évaluation</translation>
    </message>
    <message>
        <source>organization {id} differs from an earlier row of the file</source>
        <translation>l&apos;organisation {id} diffère d&apos;une ligne précédente du fichier</translation>
    </message>
    <message>
        <source>the model digest is that of {model} version {version}, not {named} version {named_version}</source>
        <translation>l&apos;empreinte du modèle est celle de {model} version {version}, et non de {named} version {named_version}</translation>
    </message>
    <message>
        <source>maturity model {model} version {version} ({digest}) is not installed here and the file does not carry its definition</source>
        <translation>le modèle de maturité {model} version {version} ({digest}) n&apos;est pas installé ici et le fichier n&apos;en contient pas la définition</translation>
    </message>
    <message>
        <source>maturity model {model} version {version} is not installed here</source>
        <translation>le modèle de maturité {model} version {version} n&apos;est pas installé ici</translation>
    </message>
    <message>
        <source>this store holds several definitions of {model} version {version}; only a file with the model_digest column can say which one is meant</source>
        <translation>cette base contient plusieurs définitions de {model} version {version}&#xa0;; seul un fichier avec la colonne model_digest peut dire laquelle est visée</translation>
    </message>
    <message>
        <source>respondent {respondent} rates assessment {assessment} on row {row}; a respondent belongs to one assessment</source>
        <translation>le répondant {respondent} note l&apos;évaluation {assessment} à la ligne {row}&#xa0;; un répondant appartient à une seule évaluation</translation>
    </message>
    <message>
        <source>differs from row {row} for the same respondent</source>
        <translation>diffère de la ligne {row} pour le même répondant</translation>
    </message>
    <message>
        <source>a rating needs the time it was given</source>
        <translation>une note a besoin de l&apos;heure à laquelle elle a été donnée</translation>
    </message>
    <message>
        <source>a criterion is either scored or not applicable, not both</source>
        <translation>un critère est soit noté, soit sans objet, pas les deux</translation>
    </message>
    <message>
        <source>respondent {respondent} rated criterion {criterion} already on row {row}; a snapshot holds each rating once</source>
        <translation>le répondant {respondent} a déjà noté le critère {criterion} à la ligne {row}&#xa0;; un instantané contient chaque note une seule fois</translation>
    </message>
    <message>
        <source>a row without a respondent_id is the consensus: it holds no respondent&apos;s cells</source>
        <translation>une ligne sans respondent_id est le consensus&#xa0;: elle ne contient aucune cellule de répondant</translation>
    </message>
    <message>
        <source>a target&apos;s or an action&apos;s row leaves the assessment&apos;s and answer&apos;s cells empty</source>
        <translation>la ligne d&apos;une cible ou d&apos;une action laisse vides les cellules de l&apos;évaluation et de la réponse</translation>
    </message>
    <message>
        <source>an action&apos;s row leaves the target_ cells empty</source>
        <translation>la ligne d&apos;une action laisse vides les cellules target_</translation>
    </message>
    <message>
        <source>a target&apos;s row leaves the action_ cells empty (an action&apos;s row has an action_id)</source>
        <translation>la ligne d&apos;une cible laisse vides les cellules action_ (la ligne d&apos;une action a un action_id)</translation>
    </message>
    <message>
        <source>an organization&apos;s row names it</source>
        <translation>la ligne d&apos;une organisation la nomme</translation>
    </message>
    <message>
        <source>organization {id} is neither in the file nor in this store; a target&apos;s or an action&apos;s row needs its organization&apos;s name</source>
        <translation>l&apos;organisation {id} n&apos;est ni dans le fichier ni dans cette base&#xa0;; la ligne d&apos;une cible ou d&apos;une action a besoin du nom de son organisation</translation>
    </message>
    <message>
        <source>maturity model {model} is neither installed nor held in this store, nor carried by the file: a target or an action needs its model</source>
        <translation>le modèle de maturité {model} n&apos;est ni installé, ni présent dans cette base, ni apporté par le fichier&#xa0;: une cible ou une action a besoin de son modèle</translation>
    </message>
    <message>
        <source>{model} has no stage {level}; its stages are {levels}</source>
        <translation>{model} n&apos;a pas d&apos;étape {level}&#xa0;; ses étapes sont {levels}</translation>
    </message>
    <message>
        <source>action {action} is on {model} in this store; an action never moves to another model</source>
        <translation>l&apos;action {action} porte sur {model} dans cette base&#xa0;; une action ne passe jamais à un autre modèle</translation>
    </message>
    <message>
        <source>{model} has no criterion {criterion} in any version held or installed here</source>
        <translation>{model} n&apos;a de critère {criterion} dans aucune version présente ou installée ici</translation>
    </message>
    <message>
        <source>organization {id} would hold {total} actions, more than the {most} a roadmap may hold</source>
        <translation>l&apos;organisation {id} aurait {total} actions, plus que les {most} qu&apos;une feuille de route peut contenir</translation>
    </message>
    <message>
        <source>the organization&apos;s target on {model} is on row {row} already; a snapshot holds each target once</source>
        <translation>la cible de l&apos;organisation sur {model} est déjà à la ligne {row}&#xa0;; un instantané contient chaque cible une seule fois</translation>
    </message>
    <message>
        <source>action {action} is on row {row} already; a snapshot holds each action once</source>
        <translation>l&apos;action {action} est déjà à la ligne {row}&#xa0;; un instantané contient chaque action une seule fois</translation>
    </message>
    <message>
        <source>organization {id} has more than {most} actions in the file, more than a roadmap may hold</source>
        <translation>l&apos;organisation {id} a plus de {most} actions dans le fichier, plus qu&apos;une feuille de route ne peut en contenir</translation>
    </message>
    <message>
        <source>a row without a target_updated_at or an action_id is an assessment&apos;s: it holds no target_ or action_ cells</source>
        <translation>une ligne sans target_updated_at ni action_id est celle d&apos;une évaluation&#xa0;: elle ne contient aucune cellule target_ ou action_</translation>
    </message>
    <message>
        <source>{value} is more than a day ahead of this computer&apos;s clock (was the clock that wrote it wrong?); imported, it would win over every later change. To import it anyway: csmaturity import --accept-future</source>
        <translation>{value} a plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur (l&apos;horloge qui l&apos;a écrite était-elle fausse&#xa0;?)&#xa0;; importée, elle l&apos;emporterait sur toute modification ultérieure. Pour l&apos;importer quand même&#xa0;: csmaturity import --accept-future</translation>
    </message>
    <message>
        <source>{value} is more than a day ahead of this computer&apos;s clock, and so is 1 more row, the latest {latest} (was the clock that wrote them wrong?); imported, they would win over every later change. To import them anyway: csmaturity import --accept-future</source>
        <translation>{value} a plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur, tout comme 1 autre ligne, la plus tardive le {latest} (l&apos;horloge qui les a écrites était-elle fausse&#xa0;?)&#xa0;; importées, elles l&apos;emporteraient sur toute modification ultérieure. Pour les importer quand même&#xa0;: csmaturity import --accept-future</translation>
    </message>
    <message>
        <source>{value} is more than a day ahead of this computer&apos;s clock, and so are {more} more rows, the latest {latest} (was the clock that wrote them wrong?); imported, they would win over every later change. To import them anyway: csmaturity import --accept-future</source>
        <translation>{value} a plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur, tout comme {more} autres lignes, la plus tardive le {latest} (l&apos;horloge qui les a écrites était-elle fausse&#xa0;?)&#xa0;; importées, elles l&apos;emporteraient sur toute modification ultérieure. Pour les importer quand même&#xa0;: csmaturity import --accept-future</translation>
    </message>
    <message>
        <source>{problem}; is this file damaged?</source>
        <translation>{problem}&#xa0;; ce fichier est-il endommagé&#xa0;?</translation>
    </message>
    <message>
        <source>a cell is longer than {size} MB; this is not a snapshot</source>
        <translation>une cellule dépasse {size} Mo&#xa0;; ce n&apos;est pas un instantané</translation>
    </message>
    <message>
        <source>the file holds binary data; this is not a snapshot</source>
        <translation>le fichier contient des données binaires&#xa0;; ce n&apos;est pas un instantané</translation>
    </message>
    <message>
        <source>the CSV is malformed ({problem})</source>
        <translation>le CSV est mal formé ({problem})</translation>
    </message>
    <message>
        <source>{cell} is neither true nor false</source>
        <translation>{cell} n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>{cell} is not a position (a whole number from 0)</source>
        <translation>{cell} n&apos;est pas une position (un nombre entier à partir de 0)</translation>
    </message>
    <message>
        <source>a respondent&apos;s row leaves the consensus cells empty; their rating goes in the respondent_ columns</source>
        <translation>la ligne d&apos;un répondant laisse vides les cellules du consensus&#xa0;; sa note va dans les colonnes respondent_</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>impossible de lire {path}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>snapshot_actions</name>
    <message>
        <source>CSV snapshots (*.csv);;All files (*)</source>
        <translation>Instantanés CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Encrypted snapshots (*.age);;All files (*)</source>
        <translation>Instantanés chiffrés (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Snapshots (*.csv *.age);;CSV snapshots (*.csv);;Encrypted snapshots (*.age);;All files (*)</source>
        <translation>Instantanés (*.csv *.age);;Instantanés CSV (*.csv);;Instantanés chiffrés (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Identity files (*.txt *.key);;All files (*)</source>
        <translation>Fichiers d&apos;identité (*.txt *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import snapshot</source>
        <translation>Importer un instantané</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter un instantané</translation>
    </message>
    <message>
        <source>{count} assessment</source>
        <translation>{count} évaluation</translation>
    </message>
    <message>
        <source>{count} assessments</source>
        <translation>{count} évaluations</translation>
    </message>
    <message>
        <source>Reading “{name}” to see what it would change…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;» pour voir ce qu&apos;il changerait…</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the file was changed.</source>
        <translation>Phrase secrète erronée, ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted with a passphrase. Type it to import the file.</source>
        <translation>«&#xa0;{name}&#xa0;» est chiffré avec une phrase secrète. Saisissez-la pour importer le fichier.</translation>
    </message>
    <message>
        <source>Identity file for “{name}”</source>
        <translation>Fichier d&apos;identité pour «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>The snapshot cannot be decrypted with that identity file:

{problem}

Choose another identity file?</source>
        <translation>L&apos;instantané ne peut pas être déchiffré avec ce fichier d&apos;identité&#xa0;:

{problem}

Choisir un autre fichier d&apos;identité&#xa0;?</translation>
    </message>
    <message>
        <source>Importing “{name}” into {store}…</source>
        <translation>Importation de «&#xa0;{name}&#xa0;» dans {store}…</translation>
    </message>
    <message>
        <source>The snapshot cannot be imported:

{problem}

Nothing was changed.</source>
        <translation>L&apos;instantané ne peut pas être importé&#xa0;:

{problem}

Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported “{name}”: nothing changed; this store already held it all.</source>
        <translation>«&#xa0;{name}&#xa0;» importé&#xa0;: rien n&apos;a changé&#xa0;; cette base contenait déjà tout.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>maturity models</source>
        <translation>des modèles de maturité</translation>
    </message>
    <message>
        <source>Imported “{name}”: {what}; {kept} kept as they are here (changed more recently here).</source>
        <comment>one kept</comment>
        <translation>«&#xa0;{name}&#xa0;» importé&#xa0;: {what}&#xa0;; {kept} gardé tel qu&apos;ici (modifié plus récemment ici).</translation>
    </message>
    <message>
        <source>Imported “{name}”: {what}; {kept} kept as they are here (changed more recently here).</source>
        <translation>«&#xa0;{name}&#xa0;» importé&#xa0;: {what}&#xa0;; {kept} gardés tels qu&apos;ici (modifiés plus récemment ici).</translation>
    </message>
    <message>
        <source>Imported “{name}”: {what}.</source>
        <translation>«&#xa0;{name}&#xa0;» importé&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated organizations</source>
        <comment>one updated</comment>
        <translation>{new} organisations nouvelles et {updated} mise à jour</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated organizations</source>
        <translation>{new} organisations nouvelles et {updated} mises à jour</translation>
    </message>
    <message>
        <source>{new} new organization</source>
        <translation>{new} nouvelle organisation</translation>
    </message>
    <message>
        <source>{new} new organizations</source>
        <translation>{new} nouvelles organisations</translation>
    </message>
    <message>
        <source>{updated} updated organization</source>
        <translation>{updated} organisation mise à jour</translation>
    </message>
    <message>
        <source>{updated} updated organizations</source>
        <translation>{updated} organisations mises à jour</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated assessments</source>
        <comment>one updated</comment>
        <translation>{new} évaluations nouvelles et {updated} mise à jour</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated assessments</source>
        <translation>{new} évaluations nouvelles et {updated} mises à jour</translation>
    </message>
    <message>
        <source>{new} new assessment</source>
        <translation>{new} nouvelle évaluation</translation>
    </message>
    <message>
        <source>{new} new assessments</source>
        <translation>{new} nouvelles évaluations</translation>
    </message>
    <message>
        <source>{updated} updated assessment</source>
        <translation>{updated} évaluation mise à jour</translation>
    </message>
    <message>
        <source>{updated} updated assessments</source>
        <translation>{updated} évaluations mises à jour</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated answers</source>
        <comment>one updated</comment>
        <translation>{new} réponses nouvelles et {updated} mise à jour</translation>
    </message>
    <message>
        <source>{new} new and {updated} updated answers</source>
        <translation>{new} réponses nouvelles et {updated} mises à jour</translation>
    </message>
    <message>
        <source>{new} new answer</source>
        <translation>{new} nouvelle réponse</translation>
    </message>
    <message>
        <source>{new} new answers</source>
        <translation>{new} nouvelles réponses</translation>
    </message>
    <message>
        <source>{updated} updated answer</source>
        <translation>{updated} réponse mise à jour</translation>
    </message>
    <message>
        <source>{updated} updated answers</source>
        <translation>{updated} réponses mises à jour</translation>
    </message>
    <message>
        <source>Encrypt snapshot</source>
        <translation>Chiffrer l&apos;instantané</translation>
    </message>
    <message>
        <source>Choose the passphrase that will open the file. Whoever imports it needs it: tell them by another way than the file itself (a phone call, not the same email).</source>
        <translation>Choisissez la phrase secrète qui ouvrira le fichier. Qui l&apos;importe en a besoin&#xa0;: transmettez-la par un autre moyen que le fichier lui-même (un appel téléphonique, pas le même e-mail).</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>The &amp;whole store ({store}: {count} organization)</source>
        <translation>&amp;Toute la base ({store}&#xa0;: {count} organisation)</translation>
    </message>
    <message>
        <source>The &amp;whole store ({store}: {count} organizations)</source>
        <translation>&amp;Toute la base ({store}&#xa0;: {count} organisations)</translation>
    </message>
    <message>
        <source>The &amp;organization “{name}” ({assessments})</source>
        <translation>L&apos;&amp;organisation «&#xa0;{name}&#xa0;» ({assessments})</translation>
    </message>
    <message>
        <source>The selected &amp;organization (none is selected)</source>
        <translation>L&apos;&amp;organisation sélectionnée (aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>The &amp;assessment of {date} by {assessor} ({organization}, {model})</source>
        <translation>L&apos;év&amp;aluation du {date} par {assessor} ({organization}, {model})</translation>
    </message>
    <message>
        <source>The &amp;assessment of {date} ({organization}, {model})</source>
        <translation>L&apos;év&amp;aluation du {date} ({organization}, {model})</translation>
    </message>
    <message>
        <source>The selected &amp;assessment (none is selected)</source>
        <translation>L&apos;év&amp;aluation sélectionnée (aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter la synthèse</translation>
    </message>
    <message>
        <source>Writing “{name}”…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>The file cannot be written:

{problem}</source>
        <translation>Le fichier ne peut pas être écrit&#xa0;:

{problem}</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported a summary of {assessments} to {path}{protection}.</source>
        <translation>Synthèse de {assessments} exportée dans {path}{protection}.</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>Exported a client-safe snapshot of {assessments}, {rows} to {path}{protection}.</source>
        <translation>Instantané pour le client de {assessments}, {rows}, exporté dans {path}{protection}.</translation>
    </message>
    <message>
        <source>Exported a snapshot of {assessments}, {rows} to {path}{protection}.</source>
        <translation>Instantané de {assessments}, {rows}, exporté dans {path}{protection}.</translation>
    </message>
    <message>
        <source>, encrypted with a passphrase</source>
        <translation>, chiffré avec une phrase secrète</translation>
    </message>
    <message>
        <source>, encrypted to the key {key}</source>
        <translation>, chiffré pour la clé {key}</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>{text!r} is not a date written YYYY-MM-DD</source>
        <translation>{text!r} n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{path} is not a CS Maturity store (it is not an SQLite database)</source>
        <translation>{path} n&apos;est pas une base CS Maturity (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <source>{path} is encrypted already: change its passphrase instead</source>
        <translation>{path} est déjà chiffrée&#xa0;: changez plutôt sa phrase secrète</translation>
    </message>
    <message>
        <source>{path} is not encrypted: encrypt it instead</source>
        <translation>{path} n&apos;est pas chiffrée&#xa0;: chiffrez-la plutôt</translation>
    </message>
    <message>
        <source>{path} is not encrypted</source>
        <translation>{path} n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>no store at {path}</source>
        <translation>aucune base à {path}</translation>
    </message>
    <message>
        <source>{path} is open in this program: close it first</source>
        <translation>{path} est ouverte dans ce programme&#xa0;: fermez-la d&apos;abord</translation>
    </message>
    <message>
        <source>the new passphrase is too short: use at least {min_new_passphrase} characters (a few words are easy to remember); nothing was changed</source>
        <translation>la nouvelle phrase secrète est trop courte&#xa0;: utilisez au moins {min_new_passphrase} caractères (quelques mots se retiennent facilement)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is open in CS Maturity or another command: close it there first</source>
        <translation>{path} est ouverte dans CS Maturity ou une autre commande&#xa0;: fermez-la d&apos;abord là-bas</translation>
    </message>
    <message>
        <source>the converted copy of {name} did not check out: nothing changed</source>
        <translation>la copie convertie de {name} n&apos;a pas passé la vérification&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}): nothing was changed; open a backup copy (*.bak beside it) or another store</source>
        <translation>{path} est endommagée ({detail})&#xa0;: rien n&apos;a été modifié&#xa0;; ouvrez une copie de sauvegarde (*.bak à côté) ou une autre base</translation>
    </message>
    <message>
        <source>the table {missing} is missing</source>
        <translation>la table {missing} manque</translation>
    </message>
    <message>
        <source>the database structure is broken</source>
        <translation>la structure de la base est cassée</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>le contrôle d&apos;intégrité a échoué</translation>
    </message>
    <message>
        <source>the database is malformed</source>
        <translation>la base est mal formée</translation>
    </message>
    <message>
        <source>the store file {path}</source>
        <translation>le fichier de base {path}</translation>
    </message>
    <message>
        <source>the journal of the store {path} (its -wal file)</source>
        <translation>le journal de la base {path} (son fichier -wal)</translation>
    </message>
    <message>
        <source>{what} was deleted or replaced while open; nothing more was written to it, and the last change was not saved</source>
        <translation>{what} a été supprimé ou remplacé pendant qu&apos;il était ouvert&#xa0;; plus rien n&apos;y a été écrit, et la dernière modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the store {path} is closed</source>
        <translation>la base {path} est fermée</translation>
    </message>
    <message>
        <source>{count} new</source>
        <comment>one</comment>
        <translation>{count} ajout</translation>
    </message>
    <message>
        <source>{count} new</source>
        <comment>other</comment>
        <translation>{count} ajouts</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <comment>one</comment>
        <translation>{count} mise à jour</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <comment>other</comment>
        <translation>{count} mises à jour</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <comment>one</comment>
        <translation>{count} sans changement</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <comment>other</comment>
        <translation>{count} sans changement</translation>
    </message>
    <message>
        <source>{count} kept as here (newer here)</source>
        <comment>one</comment>
        <translation>{count} gardé tel qu&apos;ici (plus récent ici)</translation>
    </message>
    <message>
        <source>{count} kept as here (newer here)</source>
        <comment>other</comment>
        <translation>{count} gardés tels qu&apos;ici (plus récents ici)</translation>
    </message>
    <message>
        <source>{noun}: {counts}</source>
        <translation>{noun}&#xa0;: {counts}</translation>
    </message>
    <message>
        <source>in the file</source>
        <translation>dans le fichier</translation>
    </message>
    <message>
        <source>on the team server</source>
        <translation>sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>1 row is stamped in the future ({latest_future}); it will win over later changes</source>
        <translation>1 ligne est datée dans le futur ({latest_future})&#xa0;; elle l&apos;emportera sur les modifications ultérieures</translation>
    </message>
    <message>
        <source>{future_rows} rows are stamped in the future, the latest {latest_future}; they will win over later changes</source>
        <translation>{future_rows} lignes sont datées dans le futur, la plus tardive {latest_future}&#xa0;; elles l&apos;emporteront sur les modifications ultérieures</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>répondants</translation>
    </message>
    <message>
        <source>respondents&apos; ratings</source>
        <translation>notes des répondants</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>cibles</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>maturity model versions new to this store: {model_versions_new}</source>
        <translation>versions de modèle de maturité nouvelles pour cette base&#xa0;: {model_versions_new}</translation>
    </message>
    <message>
        <source>deleted here, as deleted {source}: {deleted}</source>
        <translation>supprimés ici, comme supprimés {source}&#xa0;: {deleted}</translation>
    </message>
    <message>
        <source>nothing to change: the store already holds everything {source}</source>
        <translation>rien à changer&#xa0;: la base contient déjà tout ce qui est {source}</translation>
    </message>
    <message>
        <source>{total} records differ and were changed more recently here than {source}; they are kept as they are here:</source>
        <translation>{total} enregistrements diffèrent et ont été modifiés plus récemment ici que {source}&#xa0;; ils sont gardés tels qu&apos;ils sont ici&#xa0;:</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … et {count} de plus</translation>
    </message>
    <message>
        <source>row {row}: criterion {criterion_id} of assessment {assessment_id} is already on row {first}; a snapshot holds each answer once</source>
        <translation>ligne {row}&#xa0;: le critère {criterion_id} de l&apos;évaluation {assessment_id} figure déjà à la ligne {first}&#xa0;; un instantané contient chaque réponse une seule fois</translation>
    </message>
    <message>
        <source>a deletion of a {kind!r} record cannot be merged</source>
        <translation>la suppression d&apos;un enregistrement {kind!r} ne peut pas être fusionnée</translation>
    </message>
    <message>
        <source>row {row}: assessment {id} belongs to organization {organization_id} in this store, not {organization_id2}</source>
        <translation>ligne {row}&#xa0;: l&apos;évaluation {id} appartient à l&apos;organisation {organization_id} dans cette base, pas à {organization_id2}</translation>
    </message>
    <message>
        <source>row {row}: assessment {id} was taken with another version of its maturity model in this store; it cannot be merged</source>
        <translation>ligne {row}&#xa0;: l&apos;évaluation {id} a été faite avec une autre version de son modèle de maturité dans cette base&#xa0;; elle ne peut pas être fusionnée</translation>
    </message>
    <message>
        <source>kept as {source}</source>
        <translation>gardé tel que {source}</translation>
    </message>
    <message>
        <source>kept as here</source>
        <translation>gardé tel qu&apos;ici</translation>
    </message>
    <message>
        <source>named {name!r} here and {name2!r} {source}</source>
        <translation>nommée {name!r} ici et {name2!r} {source}</translation>
    </message>
    <message>
        <source>in the trash here or {source}, not both</source>
        <translation>dans la corbeille ici ou {source}, pas des deux côtés</translation>
    </message>
    <message>
        <source>organization {name!r}: {what}; {kept}</source>
        <translation>organisation {name!r}&#xa0;: {what}&#xa0;; {kept}</translation>
    </message>
    <message>
        <source>organization {name!r} is named {name2!r} {source}</source>
        <translation>l&apos;organisation {name!r} est nommée {name2!r} {source}</translation>
    </message>
    <message>
        <source>organization {name!r} is in the trash on one side only</source>
        <translation>l&apos;organisation {name!r} n&apos;est dans la corbeille que d&apos;un côté</translation>
    </message>
    <message>
        <source>row {row}: {name}, {assessed_on}, criterion {criterion_id}</source>
        <translation>ligne {row}&#xa0;: {name}, {assessed_on}, critère {criterion_id}</translation>
    </message>
    <message>
        <source>assessment of {assessed_on} ({id}): its date, assessor or status differs {source}</source>
        <translation>évaluation du {assessed_on} ({id})&#xa0;: sa date, son évaluateur ou son statut diffère {source}</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>page of the wizard</source>
        <translation>page de l&apos;assistant</translation>
    </message>
    <message>
        <source>{name} {mine!r} here, {other!r} {source}</source>
        <translation>{name} {mine!r} ici, {other!r} {source}</translation>
    </message>
    <message>
        <source>assessment of {assessed_on} ({id}): {what}; {kept}</source>
        <translation>évaluation du {assessed_on} ({id})&#xa0;: {what}&#xa0;; {kept}</translation>
    </message>
    <message>
        <source>row {row}: respondent {respondent_id} rated criterion {criterion_id} already on row {first}; a snapshot holds each rating once</source>
        <translation>ligne {row}&#xa0;: le répondant {respondent_id} a déjà noté le critère {criterion_id} à la ligne {first}&#xa0;; un instantané contient chaque note une seule fois</translation>
    </message>
    <message>
        <source>row {row}: respondent {respondent_id} belongs to assessment {here} in this store, not {theirs}</source>
        <translation>ligne {row}&#xa0;: le répondant {respondent_id} appartient à l&apos;évaluation {here} dans cette base, pas à {theirs}</translation>
    </message>
    <message>
        <source>row {row}: respondent {respondent_id} is neither in the source nor here</source>
        <translation>ligne {row}&#xa0;: le répondant {respondent_id} n&apos;est ni dans la source ni ici</translation>
    </message>
    <message>
        <source>row {row}: action {action_id} belongs to organization {here} in this store, not {theirs}</source>
        <translation>ligne {row}&#xa0;: l&apos;action {action_id} appartient à l&apos;organisation {here} dans cette base, pas à {theirs}</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>une cible</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>une action</translation>
    </message>
    <message>
        <source>row {row}: the organization {organization_id} of {what} is neither in the source nor here</source>
        <translation>ligne {row}&#xa0;: l&apos;organisation {organization_id} d&apos;{what} n&apos;est ni dans la source ni ici</translation>
    </message>
    <message>
        <source>row {row}: the target of {name} on {model_id}</source>
        <translation>ligne {row}&#xa0;: la cible de {name} sur {model_id}</translation>
    </message>
    <message>
        <source>row {row}: {name}, action {title!r}</source>
        <translation>ligne {row}&#xa0;: {name}, action {title!r}</translation>
    </message>
    <message>
        <source>target of {name!r} on {model_id}: set here and {source}; {kept}</source>
        <translation>cible de {name!r} sur {model_id}&#xa0;: fixée ici et {source}&#xa0;; {kept}</translation>
    </message>
    <message>
        <source>action {title!r} of {name!r}: edited here and {source}; {kept}</source>
        <translation>action {title!r} de {name!r}&#xa0;: modifiée ici et {source}&#xa0;; {kept}</translation>
    </message>
    <message>
        <source>the store file {path} was deleted or replaced while open</source>
        <translation>le fichier de base {path} a été supprimé ou remplacé pendant qu&apos;il était ouvert</translation>
    </message>
    <message>
        <source>{path} was replaced while opening (it was just encrypted, re-keyed or decrypted?): open it again</source>
        <translation>{path} a été remplacée pendant l&apos;ouverture (elle venait d&apos;être chiffrée, de changer de phrase secrète ou d&apos;être déchiffrée&#xa0;?)&#xa0;: ouvrez-la de nouveau</translation>
    </message>
    <message>
        <source>{path}: the disk is full, and this store cannot be read without writing to it (it must be upgraded, or another session left changes in its -wal file); free some space on it and try again</source>
        <translation>{path}&#xa0;: le disque est plein, et cette base ne peut pas être lue sans y écrire (elle doit être mise à niveau, ou une autre session a laissé des modifications dans son fichier -wal)&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>{path} is a folder; name a store file in it (for example {example})</source>
        <translation>{path} est un dossier&#xa0;; nommez un fichier de base dedans (par exemple {example})</translation>
    </message>
    <message>
        <source>cannot create {path}: the folder {folder} does not exist</source>
        <translation>impossible de créer {path}&#xa0;: le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is missing, but its -wal file (changes of a session that had it open) is still there: put the store file back, or move {name}-wal away to start a new store there</source>
        <translation>{path} manque, mais son fichier -wal (les modifications d&apos;une session qui l&apos;avait ouverte) est toujours là&#xa0;: remettez le fichier de base en place, ou déplacez {name}-wal ailleurs pour y commencer une nouvelle base</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>son dossier</translation>
    </message>
    <message>
        <source>cannot read {path} ({strerror})</source>
        <translation>impossible de lire {path} ({strerror})</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>le fichier est tronqué</translation>
    </message>
    <message>
        <source>{path} is an encrypted store: its passphrase is needed to open it</source>
        <translation>{path} est une base chiffrée&#xa0;: sa phrase secrète est nécessaire pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>its size does not match its page size</source>
        <translation>sa taille ne correspond pas à sa taille de page</translation>
    </message>
    <message>
        <source>the passphrase does not open {path} (a wrong passphrase, or a damaged file): nothing was changed</source>
        <translation>la phrase secrète n&apos;ouvre pas {path} (une phrase secrète erronée, ou un fichier endommagé)&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a CS Maturity store</source>
        <translation>{path} est une base SQLite d&apos;un autre programme, pas une base CS Maturity</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of CS Maturity (schema {version}; this version knows up to {newest_schema_version}): update CS Maturity to open it</source>
        <translation>{path} a été écrite par une version plus récente de CS Maturity (schéma {version}&#xa0;; cette version connaît jusqu&apos;au {newest_schema_version})&#xa0;: mettez CS Maturity à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>; a copy from before the upgrade is at {backup}</source>
        <translation>&#xa0;; une copie d&apos;avant la mise à niveau se trouve à {backup}</translation>
    </message>
    <message>
        <source>{path}: upgrading the store failed ({exc}){kept}</source>
        <translation>{path}&#xa0;: la mise à niveau de la base a échoué ({exc}){kept}</translation>
    </message>
    <message>
        <source>{path} cannot be written ({what} is read-only): make it writable, or copy the store to a folder you can write to</source>
        <translation>{path} ne peut pas être écrite ({what} est en lecture seule)&#xa0;: rendez-la modifiable, ou copiez la base dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>{path} is in use by another program (it is locked): close that program, or wait and try again</source>
        <translation>{path} est utilisée par un autre programme (elle est verrouillée)&#xa0;: fermez ce programme, ou attendez et réessayez</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so the last change was not saved; free some space on it and try again</source>
        <translation>{path}&#xa0;: le disque est plein, la dernière modification n&apos;a donc pas été enregistrée&#xa0;; libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only)</source>
        <translation>{path} ne peut pas être écrite (lecture seule)</translation>
    </message>
    <message>
        <source>{path} is not a CS Maturity store (not an SQLite database)</source>
        <translation>{path} n&apos;est pas une base CS Maturity (pas une base SQLite)</translation>
    </message>
    <message>
        <source>cannot open {path} ({exc})</source>
        <translation>impossible d&apos;ouvrir {path} ({exc})</translation>
    </message>
    <message>
        <source>an action needs a title: what is to be done</source>
        <translation>une action a besoin d&apos;un titre&#xa0;: ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>an action&apos;s title may have at most {max_title} characters</source>
        <translation>le titre d&apos;une action peut avoir au plus {max_title} caractères</translation>
    </message>
    <message>
        <source>an owner&apos;s name may have at most {max_owner} characters</source>
        <translation>le nom d&apos;un responsable peut avoir au plus {max_owner} caractères</translation>
    </message>
    <message>
        <source>{due_on!r} is not a date the plan can use; write it YYYY-MM-DD, e.g. 2027-06-30</source>
        <translation>{due_on!r} n&apos;est pas une date utilisable par le plan&#xa0;; écrivez-la AAAA-MM-JJ, par ex. 2027-06-30</translation>
    </message>
    <message>
        <source>{day!r} is not a due date the plan can use: its year is not between {first_due_year} and {last_due_year}</source>
        <translation>{day!r} n&apos;est pas une échéance utilisable par le plan&#xa0;: son année n&apos;est pas comprise entre {first_due_year} et {last_due_year}</translation>
    </message>
    <message>
        <source>{title} has no stage {stage_level}; its stages are {levels}</source>
        <translation>{title} n&apos;a pas d&apos;étape {stage_level}&#xa0;; ses étapes sont {levels}</translation>
    </message>
    <message>
        <source>not an editable field of an action: {fields}</source>
        <translation>champ d&apos;une action non modifiable&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>that action is in the roadmap already</source>
        <translation>cette action est déjà dans la feuille de route</translation>
    </message>
    <message>
        <source>the organization has no target on {model_id}; set one first (csmaturity target ORG --model {model_id} --stage LEVEL)</source>
        <translation>l&apos;organisation n&apos;a pas de cible sur {model_id}&#xa0;; fixez-en une d&apos;abord (csmaturity target ORG --model {model_id} --stage NIVEAU)</translation>
    </message>
    <message>
        <source>the organization has no assessment on {model_id} yet; the roadmap is built from the placement of its latest one</source>
        <translation>l&apos;organisation n&apos;a pas encore d&apos;évaluation sur {model_id}&#xa0;; la feuille de route se construit à partir de la position de sa dernière évaluation</translation>
    </message>
    <message>
        <source>an organization&apos;s roadmap may hold at most {max_actions} actions; this one holds {count}</source>
        <translation>la feuille de route d&apos;une organisation peut contenir au plus {max_actions} actions&#xa0;; celle-ci en contient {count}</translation>
    </message>
    <message>
        <source>no action with id {action_id!r}</source>
        <translation>aucune action d&apos;identifiant {action_id!r}</translation>
    </message>
    <message>
        <source>the team server holds a row this version cannot take</source>
        <translation>le serveur d&apos;équipe contient une ligne que cette version ne peut pas prendre</translation>
    </message>
    <message>
        <source>answer of assessment {key} criterion {key2}</source>
        <translation>réponse de l&apos;évaluation {key} au critère {key2}</translation>
    </message>
    <message>
        <source>rating of respondent {key} criterion {key2}</source>
        <translation>note du répondant {key} au critère {key2}</translation>
    </message>
    <message>
        <source>target of organization {key} on {key2}</source>
        <translation>cible de l&apos;organisation {key} sur {key2}</translation>
    </message>
    <message>
        <source>deletion of {key} {key2}</source>
        <translation>suppression de {key} {key2}</translation>
    </message>
    <message>
        <source>{refused}: a {replace} row of {value} columns, not {count}</source>
        <translation>{refused}&#xa0;: une ligne {replace} de {value} colonnes, pas {count}</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>maturity model version</source>
        <translation>version de modèle de maturité</translation>
    </message>
    <message>
        <source>it belongs to another {moved} in this store; an assessment never moves</source>
        <translation>elle appartient à une autre {moved} dans cette base&#xa0;; une évaluation ne change jamais de place</translation>
    </message>
    <message>
        <source>its organization {organization_id} is neither on the team server nor in this store</source>
        <translation>son organisation {organization_id} n&apos;est ni sur le serveur d&apos;équipe ni dans cette base</translation>
    </message>
    <message>
        <source>its maturity model version {digest} is neither on the team server nor in this store</source>
        <translation>sa version de modèle de maturité {digest} n&apos;est ni sur le serveur d&apos;équipe ni dans cette base</translation>
    </message>
    <message>
        <source>an organization name may have at most {max_name} characters</source>
        <translation>le nom d&apos;une organisation peut avoir au plus {max_name} caractères</translation>
    </message>
    <message>
        <source>{shown} is not a name as the store keeps them (one line, single spaces, none around)</source>
        <translation>{shown} n&apos;est pas un nom tel que la base les garde (une ligne, des espaces simples, aucun autour)</translation>
    </message>
    <message>
        <source>it is named {shown} version {shown2} but its definition is {id} version {version}</source>
        <translation>elle se nomme {shown} version {shown2}, mais sa définition est {id} version {version}</translation>
    </message>
    <message>
        <source>{shown} is not an assessor&apos;s name as the store keeps them (no spaces around)</source>
        <translation>{shown} n&apos;est pas un nom d&apos;évaluateur tel que la base les garde (aucune espace autour)</translation>
    </message>
    <message>
        <source>a position may have at most {max_name} characters</source>
        <translation>une fonction peut avoir au plus {max_name} caractères</translation>
    </message>
    <message>
        <source>{shown} is not a kind of record that can be deleted</source>
        <translation>{shown} n&apos;est pas un type d&apos;enregistrement qui peut être supprimé</translation>
    </message>
    <message>
        <source>it rates assessment {here} in this store; a respondent never moves</source>
        <translation>il note l&apos;évaluation {here} dans cette base&#xa0;; un répondant ne change jamais de place</translation>
    </message>
    <message>
        <source>{shown} is not a {column} as the store keeps them (one line, single spaces, none around)</source>
        <translation>{shown} n&apos;est pas un {column} tel que la base les garde (une ligne, des espaces simples, aucune autour)</translation>
    </message>
    <message>
        <source>{shown} is not a score</source>
        <translation>{shown} n&apos;est pas un score</translation>
    </message>
    <message>
        <source>its assessment {assessment_id} is neither on the team server nor in this store</source>
        <translation>son évaluation {assessment_id} n&apos;est ni sur le serveur d&apos;équipe ni dans cette base</translation>
    </message>
    <message>
        <source>its respondent {respondent_id} is neither on the team server nor in this store</source>
        <translation>son répondant {respondent_id} n&apos;est ni sur le serveur d&apos;équipe ni dans cette base</translation>
    </message>
    <message>
        <source>its organization {row} is neither on the team server nor in this store</source>
        <translation>son organisation {row} n&apos;est ni sur le serveur d&apos;équipe ni dans cette base</translation>
    </message>
    <message>
        <source>it is on the roadmap of organization {here} in this store; an action never moves</source>
        <translation>elle est sur la feuille de route de l&apos;organisation {here} dans cette base&#xa0;; une action ne change jamais de place</translation>
    </message>
    <message>
        <source>{shown} is not a date and time</source>
        <translation>{shown} n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>{refused}: 1 row stamped more than a day ahead of this computer&apos;s clock, the latest {latest} (was a clock wrong?); taken, it would win over every later change. To take it anyway: csmaturity sync --accept-future</source>
        <translation>{refused}&#xa0;: 1 ligne datée de plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur, la plus tardive {latest} (une horloge était-elle fausse&#xa0;?)&#xa0;; prise, elle l&apos;emporterait sur toute modification ultérieure. Pour la prendre quand même&#xa0;: csmaturity sync --accept-future</translation>
    </message>
    <message>
        <source>{refused}: {rows} rows stamped more than a day ahead of this computer&apos;s clock, the latest {latest} (was a clock wrong?); taken, them would win over every later change. To take them anyway: csmaturity sync --accept-future</source>
        <translation>{refused}&#xa0;: {rows} lignes datées de plus d&apos;un jour d&apos;avance sur l&apos;horloge de cet ordinateur, la plus tardive {latest} (une horloge était-elle fausse&#xa0;?)&#xa0;; prises, elles l&apos;emporteraient sur toute modification ultérieure. Pour les prendre quand même&#xa0;: csmaturity sync --accept-future</translation>
    </message>
    <message>
        <source>{path} is another file now: nothing was written over it. Move that file away, then try again</source>
        <translation>{path} est maintenant un autre fichier&#xa0;: rien n&apos;a été écrit par-dessus. Déplacez ce fichier ailleurs, puis réessayez</translation>
    </message>
    <message>
        <source>cannot write the store back to {path} ({reason})</source>
        <translation>impossible de réécrire la base à {path} ({reason})</translation>
    </message>
    <message>
        <source>the assessment has no respondent named {clean_name!r} (it has: {names})</source>
        <translation>l&apos;évaluation n&apos;a pas de répondant nommé {clean_name!r} (elle a&#xa0;: {names})</translation>
    </message>
    <message>
        <source>the respondent {name!r} is in this assessment already</source>
        <translation>le répondant {name!r} est déjà dans cette évaluation</translation>
    </message>
    <message>
        <source>this assessment has one respondent: its answers are their ratings</source>
        <translation>cette évaluation a un seul répondant&#xa0;: ses réponses sont ses notes</translation>
    </message>
    <message>
        <source>{criterion_id!r} is not a criterion of {key}</source>
        <translation>{criterion_id!r} n&apos;est pas un critère de {key}</translation>
    </message>
    <message>
        <source>{filled_at!r} is not a date and time</source>
        <translation>{filled_at!r} n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>no assessment with id {assessment_id!r}</source>
        <translation>aucune évaluation d&apos;identifiant {assessment_id!r}</translation>
    </message>
    <message>
        <source>no respondent with id {respondent_id!r}</source>
        <translation>aucun répondant d&apos;identifiant {respondent_id!r}</translation>
    </message>
    <message>
        <source>a respondent needs a name</source>
        <translation>un répondant a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>a respondent&apos;s name may have at most {max_assessor} characters</source>
        <translation>le nom d&apos;un répondant peut avoir au plus {max_assessor} caractères</translation>
    </message>
    <message>
        <source>a respondent&apos;s role may have at most {max_role} characters</source>
        <translation>le rôle d&apos;un répondant peut avoir au plus {max_role} caractères</translation>
    </message>
    <message>
        <source>the assessment already has a respondent named {name!r}</source>
        <translation>l&apos;évaluation a déjà un répondant nommé {name!r}</translation>
    </message>
    <message>
        <source>this assessment is complete; reopen it to change answers</source>
        <translation>cette évaluation est terminée&#xa0;; rouvrez-la pour changer des réponses</translation>
    </message>
    <message>
        <source>an answer is either a score or not applicable, not both</source>
        <translation>une réponse est soit un score, soit sans objet, pas les deux</translation>
    </message>
    <message>
        <source>score must be a whole number from 0 to {max_score}, not {score!r}</source>
        <translation>le score doit être un nombre entier de 0 à {max_score}, pas {score!r}</translation>
    </message>
    <message>
        <source>{shown} is not text</source>
        <translation>{shown} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>a control character (U+{ord:04X}) is not text</source>
        <translation>un caractère de contrôle (U+{ord:04X}) n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>{shown} is not an id (a UUID)</source>
        <translation>{shown} n&apos;est pas un identifiant (un UUID)</translation>
    </message>
    <message>
        <source>{shown} is not an id in the usual form (lower-case, with hyphens)</source>
        <translation>{shown} n&apos;est pas un identifiant sous la forme habituelle (en minuscules, avec des tirets)</translation>
    </message>
    <message>
        <source>{shown} is not a model digest</source>
        <translation>{shown} n&apos;est pas une empreinte de modèle</translation>
    </message>
    <message>
        <source>{shown} is not a date and time (ISO 8601)</source>
        <translation>{shown} n&apos;est pas une date et une heure (ISO 8601)</translation>
    </message>
    <message>
        <source>{shown} is not a time that can be stored</source>
        <translation>{shown} n&apos;est pas une heure qui peut être enregistrée</translation>
    </message>
    <message>
        <source>{shown} is not a time in the store&apos;s form (UTC, to the microsecond, e.g. {stamp})</source>
        <translation>{shown} n&apos;est pas une heure sous la forme de la base (UTC, à la microseconde, par ex. {stamp})</translation>
    </message>
    <message>
        <source>{shown} is not a date (YYYY-MM-DD)</source>
        <translation>{shown} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{shown} is not a status: use draft or complete</source>
        <translation>{shown} n&apos;est pas un statut&#xa0;: utilisez draft ou complete</translation>
    </message>
    <message>
        <source>{shown} is not a maturity model&apos;s id</source>
        <translation>{shown} n&apos;est pas un identifiant de modèle de maturité</translation>
    </message>
    <message>
        <source>{shown} is not a criterion&apos;s id</source>
        <translation>{shown} n&apos;est pas un identifiant de critère</translation>
    </message>
    <message>
        <source>{shown} is not a stage level (a whole number from {min_level} to {max_level}, or empty for a target cleared)</source>
        <translation>{shown} n&apos;est pas un niveau d&apos;étape (un nombre entier de {min_level} à {max_level}, ou vide pour une cible retirée)</translation>
    </message>
    <message>
        <source>{shown} is not an action&apos;s status: use {statuses}</source>
        <translation>{shown} n&apos;est pas un statut d&apos;action&#xa0;: utilisez {statuses}</translation>
    </message>
    <message>
        <source>{shown} is neither true nor false</source>
        <translation>{shown} n&apos;est ni vrai ni faux</translation>
    </message>
    <message>
        <source>a criterion is either scored or not applicable, not both</source>
        <translation>un critère est soit noté, soit sans objet, pas les deux</translation>
    </message>
    <message>
        <source>a respondent&apos;s name may have at most {max} characters</source>
        <translation>le nom d&apos;un répondant peut avoir au plus {max} caractères</translation>
    </message>
    <message>
        <source>a respondent&apos;s role may have at most {max} characters</source>
        <translation>le rôle d&apos;un répondant peut avoir au plus {max} caractères</translation>
    </message>
    <message>
        <source>{shown} is not a position (a whole number from 0)</source>
        <translation>{shown} n&apos;est pas une position (un nombre entier à partir de 0)</translation>
    </message>
    <message>
        <source>{shown} is not a digest of answers</source>
        <translation>{shown} n&apos;est pas une empreinte de réponses</translation>
    </message>
    <message>
        <source>{shown} is not a criterion of {title} version {version}</source>
        <translation>{shown} n&apos;est pas un critère de {title} version {version}</translation>
    </message>
    <message>
        <source>{shown} is not a score: use {scores} or leave it empty</source>
        <translation>{shown} n&apos;est pas un score&#xa0;: utilisez {scores} ou laissez vide</translation>
    </message>
    <message>
        <source>{shown} is not a score ({min} to {max})</source>
        <translation>{shown} n&apos;est pas un score ({min} à {max})</translation>
    </message>
    <message>
        <source>{shown} is not a maturity model definition</source>
        <translation>{shown} n&apos;est pas une définition de modèle de maturité</translation>
    </message>
    <message>
        <source>the maturity model definition is damaged or invalid ({value})</source>
        <translation>la définition du modèle de maturité est endommagée ou invalide ({value})</translation>
    </message>
    <message>
        <source>the maturity model definition does not match its digest (was it edited?)</source>
        <translation>la définition du modèle de maturité ne correspond pas à son empreinte (a-t-elle été modifiée&#xa0;?)</translation>
    </message>
    <message>
        <source>the maturity model definition is refused: {problem}</source>
        <translation>la définition du modèle de maturité est refusée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>unreadable model</source>
        <translation>modèle illisible</translation>
    </message>
    <message>
        <source>no organization name or id was given (it is empty)</source>
        <translation>aucun nom ni identifiant d&apos;organisation n&apos;a été donné (il est vide)</translation>
    </message>
    <message>
        <source>no organization named or with id {name_or_id!r}</source>
        <translation>aucune organisation nommée {name_or_id!r} ou de cet identifiant</translation>
    </message>
    <message>
        <source>{count} organizations are named {name_or_id!r}; use an id ({ids})</source>
        <translation>{count} organisations se nomment {name_or_id!r}&#xa0;; utilisez un identifiant ({ids})</translation>
    </message>
    <message>
        <source>no organization with id {organization_id!r}</source>
        <translation>aucune organisation d&apos;identifiant {organization_id!r}</translation>
    </message>
    <message>
        <source>the assessment of {assessed_on}</source>
        <translation>l&apos;évaluation du {assessed_on}</translation>
    </message>
    <message>
        <source>{when} cannot be put back: its organization is no longer in this store</source>
        <translation>{when} ne peut pas être rétablie&#xa0;: son organisation n&apos;est plus dans cette base</translation>
    </message>
    <message>
        <source>{when} cannot be put back: its maturity model version is no longer in this store</source>
        <translation>{when} ne peut pas être rétablie&#xa0;: sa version de modèle de maturité n&apos;est plus dans cette base</translation>
    </message>
    <message>
        <source>{when} cannot be put back: an assessment with its id ({id}) is in this store already</source>
        <translation>{when} ne peut pas être rétablie&#xa0;: une évaluation de même identifiant ({id}) est déjà dans cette base</translation>
    </message>
    <message>
        <source>status must be one of {statuses}, not {status!r}</source>
        <translation>le statut doit être l&apos;un de {statuses}, pas {status!r}</translation>
    </message>
    <message>
        <source>no maturity model version {digest} in this store</source>
        <translation>aucune version de modèle de maturité {digest} dans cette base</translation>
    </message>
    <message>
        <source>the maturity model definition of this assessment, stored in {path}, cannot be used ({problem}); this version lists its assessments but cannot show them</source>
        <translation>la définition du modèle de maturité de cette évaluation, enregistrée dans {path}, est inutilisable ({problem})&#xa0;; cette version liste ses évaluations mais ne peut pas les afficher</translation>
    </message>
    <message>
        <source>no assessment with id {missing!r}</source>
        <translation>aucune évaluation d&apos;identifiant {missing!r}</translation>
    </message>
    <message>
        <source>only assessments of the same maturity model can be compared: {before_id} is a {title} assessment, {after_id} a {title2} one</source>
        <translation>seules des évaluations du même modèle de maturité peuvent être comparées&#xa0;: {before_id} est une évaluation {title}, {after_id} une évaluation {title2}</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is a {title} assessment; it cannot be carried forward to another maturity model ({title2})</source>
        <translation>l&apos;évaluation {assessment_id} est une évaluation {title}&#xa0;; elle ne peut pas être reportée vers un autre modèle de maturité ({title2})</translation>
    </message>
    <message>
        <source>assessment {assessment_id} is already under {title} version {version}, the newest installed: there is nothing to carry it forward to</source>
        <translation>l&apos;évaluation {assessment_id} est déjà sous {title} version {version}, la plus récente installée&#xa0;: il n&apos;y a rien vers quoi la reporter</translation>
    </message>
    <message>
        <source>{title} version {version} does not say how answers given under version {version2} come across, so assessment {assessment_id} cannot be carried forward to it</source>
        <translation>{title} version {version} ne dit pas comment reporter les réponses données sous la version {version2}, l&apos;évaluation {assessment_id} ne peut donc pas y être reportée</translation>
    </message>
    <message>
        <source>{assessed_on!r} is not a date (a day, written YYYY-MM-DD)</source>
        <translation>{assessed_on!r} n&apos;est pas une date (un jour, écrit AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>an organization needs a name</source>
        <translation>une organisation a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>an assessor&apos;s name may have at most {max_assessor} characters</source>
        <translation>le nom d&apos;un évaluateur peut avoir au plus {max_assessor} caractères</translation>
    </message>
    <message>
        <source>a note may have at most {max_notes} characters, not {count}</source>
        <translation>une note peut avoir au plus {max_notes} caractères, pas {count}</translation>
    </message>
    <message>
        <source>Merged from {count} criteria of version {version} when carried forward; the lowest rating was kept ({ratings}).</source>
        <translation>Fusion de {count} critères de la version {version} lors du report&#xa0;; la note la plus basse a été conservée ({ratings}).</translation>
    </message>
    <message>
        <source>Not rated then: {criteria}.</source>
        <translation>Non notés alors&#xa0;: {criteria}.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>store_dialogs</name>
    <message>
        <source>CS Maturity stores (*.db *.sqlite);;All files (*)</source>
        <translation>Bases CS Maturity (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the store file went</source>
        <translation>le fichier de la base a disparu</translation>
    </message>
    <message>
        <source>the store cannot be opened</source>
        <translation>la base ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>The store cannot be opened.</source>
        <translation>La base ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>&amp;Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>Create a &amp;new store…</source>
        <translation>Créer une &amp;nouvelle base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for a new store.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un nouveau nom de fichier pour une nouvelle base.</translation>
    </message>
    <message>
        <source>the store was not found</source>
        <translation>la base est introuvable</translation>
    </message>
    <message>
        <source>The store {path} was not found. It may be on a drive that is not connected: connect it and choose Try again, or locate the store.</source>
        <translation>La base {path} est introuvable. Elle est peut-être sur un disque non connecté&#xa0;: connectez-le et choisissez Réessayer, ou localisez la base.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Locate it…</source>
        <translation>&amp;Localiser…</translation>
    </message>
    <message>
        <source>Create a new store &amp;there</source>
        <translation>Créer une nouvelle base à &amp;cet endroit</translation>
    </message>
    <message>
        <source>Open the &amp;default store</source>
        <translation>Ouvrir la base par &amp;défaut</translation>
    </message>
    <message>
        <source>What this window shows is still open. Save it to {path} and go on from there?</source>
        <translation>Ce que montre cette fenêtre est toujours ouvert. L&apos;enregistrer dans {path} et continuer à partir de là&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save it to {name}</source>
        <translation>&amp;Enregistrer dans {name}</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>What this window shows is lost once the store closes. Save it to {path} first?</source>
        <translation>Ce que montre cette fenêtre sera perdu à la fermeture de la base. L&apos;enregistrer d&apos;abord dans {path}&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>A&amp;bandonner</translation>
    </message>
</context>
<context>
    <name>store_encryption</name>
    <message>
        <source>Wait for the work under way to end first.</source>
        <translation>Attendez d&apos;abord la fin du travail en cours.</translation>
    </message>
    <message>
        <source>Open assessments are closed while this runs, and opened again after.</source>
        <translation>Les évaluations ouvertes sont fermées pendant l&apos;opération, puis rouvertes ensuite.</translation>
    </message>
    <message>
        <source>Encrypt store</source>
        <translation>Chiffrer la base</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <source>Choose a passphrase for the store “{name}”. It is asked for whenever the store is opened, and its backups are encrypted with it too.

{closed}</source>
        <translation>Choisissez une phrase secrète pour la base «&#xa0;{name}&#xa0;». Elle sera demandée à chaque ouverture de la base, et ses sauvegardes seront chiffrées avec elle aussi.

{closed}</translation>
    </message>
    <message>
        <source>Encrypting the store “{name}”…</source>
        <translation>Chiffrement de la base «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Encrypted the store “{name}”: its passphrase is asked for whenever it is opened.</source>
        <translation>Base «&#xa0;{name}&#xa0;» chiffrée&#xa0;: sa phrase secrète est demandée à chaque ouverture.</translation>
    </message>
    <message>
        <source>The store was not encrypted</source>
        <translation>La base n&apos;a pas été chiffrée</translation>
    </message>
    <message>
        <source>Change store passphrase</source>
        <translation>Changer la phrase secrète de la base</translation>
    </message>
    <message>
        <source>Type the current passphrase of the store “{name}”.</source>
        <translation>Tapez la phrase secrète actuelle de la base «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Choose the new passphrase of the store “{name}”. The old one no longer opens it, nor its backups.

{closed}</source>
        <translation>Choisissez la nouvelle phrase secrète de la base «&#xa0;{name}&#xa0;». L&apos;ancienne n&apos;ouvrira plus ni la base ni ses sauvegardes.

{closed}</translation>
    </message>
    <message>
        <source>Changing the passphrase of the store “{name}”…</source>
        <translation>Changement de la phrase secrète de la base «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Changed the passphrase of the store “{name}”.</source>
        <translation>Phrase secrète de la base «&#xa0;{name}&#xa0;» changée.</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>La phrase secrète n&apos;a pas été changée</translation>
    </message>
    <message>
        <source>Remove store encryption</source>
        <translation>Retirer le chiffrement de la base</translation>
    </message>
    <message>
        <source>Without its encryption, the store “{name}” and its backups will be readable by anyone with the file: every organization, answer and note in it.

Type the store&apos;s passphrase to remove its encryption.</source>
        <translation>Sans chiffrement, la base «&#xa0;{name}&#xa0;» et ses sauvegardes seront lisibles par quiconque a le fichier&#xa0;: chaque organisation, réponse et note qu&apos;elle contient.

Tapez la phrase secrète de la base pour retirer son chiffrement.</translation>
    </message>
    <message>
        <source>&amp;Remove Encryption</source>
        <translation>&amp;Retirer le chiffrement</translation>
    </message>
    <message>
        <source>Removing the encryption of the store “{name}”…</source>
        <translation>Retrait du chiffrement de la base «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Removed the encryption of the store “{name}”: it is readable by anyone with the file.</source>
        <translation>Chiffrement de la base «&#xa0;{name}&#xa0;» retiré&#xa0;: elle est lisible par quiconque a le fichier.</translation>
    </message>
    <message>
        <source>The encryption was not removed</source>
        <translation>Le chiffrement n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>{problem}

Open the store again with File &gt; Open store.</source>
        <translation>{problem}

Rouvrez la base avec Fichier &gt; Ouvrir une base.</translation>
    </message>
    <message>
        <source>{failed}:

{problem}

The store is open as it was.</source>
        <translation>{failed}&#xa0;:

{problem}

La base est ouverte telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>The store is written anew beside the old one, checked, then put in its place.</source>
        <translation>La base est réécrite à côté de l&apos;ancienne, vérifiée, puis mise à sa place.</translation>
    </message>
    <message>
        <source>Its backup was converted too.</source>
        <translation>Sa sauvegarde a été convertie aussi.</translation>
    </message>
    <message>
        <source>Its {count} backups were converted too.</source>
        <translation>Ses {count} sauvegardes ont été converties aussi.</translation>
    </message>
    <message>
        <source>Left as they were (they could not be converted): {names}.</source>
        <translation>Laissées telles quelles (elles n&apos;ont pas pu être converties)&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>~/.pgpass, a service file or PGPASSWORD</source>
        <translation>~/.pgpass, un fichier de service ou PGPASSWORD</translation>
    </message>
    <message>
        <source>a password in the team server&apos;s URL would be remembered and shown: leave it out and put it in {where_secrets_go}</source>
        <translation>un mot de passe dans l&apos;URL du serveur d&apos;équipe serait retenu et affiché&#xa0;: retirez-le et placez-le dans {where_secrets_go}</translation>
    </message>
    <message>
        <source>not a team server address: give a URL such as postgresql://alice@db.example/csm</source>
        <translation>ce n&apos;est pas une adresse de serveur d&apos;équipe&#xa0;: donnez une URL comme postgresql://alice@db.example/csm</translation>
    </message>
    <message>
        <source>not a valid team server URL: {reason}</source>
        <translation>URL de serveur d&apos;équipe invalide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the team server {display}</source>
        <translation>le serveur d&apos;équipe {display}</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>votre rôle</translation>
    </message>
    <message>
        <source>{server} refused: {reason} (an administrator grants {role} csmaturity_writer, or csmaturity_reader to pull only)</source>
        <translation>{server} a refusé&#xa0;: {reason} (un administrateur accorde à {role} csmaturity_writer, ou csmaturity_reader pour seulement recevoir)</translation>
    </message>
    <message>
        <source>{server} asks for a password and none was found: {where_secrets_go}</source>
        <translation>{server} demande un mot de passe et aucun n&apos;a été trouvé&#xa0;: {where_secrets_go}</translation>
    </message>
    <message>
        <source>{server} refused the sign-in of {role}: {reason} (see {where_secrets_go})</source>
        <translation>{server} a refusé la connexion de {role}&#xa0;: {reason} (voir {where_secrets_go})</translation>
    </message>
    <message>
        <source>{server}: a secure connection failed: {reason}</source>
        <translation>{server}&#xa0;: une connexion sécurisée a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the connection to {server} dropped: {reason}; run it again</source>
        <translation>la connexion à {server} a été coupée&#xa0;: {reason}&#xa0;; relancez</translation>
    </message>
    <message>
        <source>cannot reach {server}: {reason}</source>
        <translation>impossible de joindre {server}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>team server: {server}</source>
        <translation>serveur d&apos;équipe&#xa0;: {server}</translation>
    </message>
    <message>
        <source>sent: {sent} rows would change on the server</source>
        <translation>envoyé&#xa0;: {sent} lignes changeraient sur le serveur</translation>
    </message>
    <message>
        <source>sent: {sent} rows changed on the server</source>
        <translation>envoyé&#xa0;: {sent} lignes changées sur le serveur</translation>
    </message>
    <message>
        <source>received: {received} rows from the server</source>
        <translation>reçu&#xa0;: {received} lignes du serveur</translation>
    </message>
    <message>
        <source>, nothing new here</source>
        <translation>, rien de nouveau ici</translation>
    </message>
    <message>
        <source>the team server had lost changes this laptop had seen (restored from a backup?): everything here was sent again</source>
        <translation>le serveur d&apos;équipe avait perdu des modifications que cet ordinateur avait vues (restauré depuis une sauvegarde&#xa0;?)&#xa0;: tout ce qui est ici a été renvoyé</translation>
    </message>
    <message>
        <source>received: {future_text}</source>
        <translation>reçu&#xa0;: {future_text}</translation>
    </message>
    <message>
        <source>{dropped_here} changes made here were to records deleted on the team server meanwhile; the deletion stands</source>
        <translation>{dropped_here} modifications faites ici portaient sur des enregistrements supprimés entre-temps sur le serveur d&apos;équipe&#xa0;; la suppression est maintenue</translation>
    </message>
    <message>
        <source>{dropped_pulled} rows received were of records deleted here; the deletion stands</source>
        <translation>{dropped_pulled} lignes reçues portaient sur des enregistrements supprimés ici&#xa0;; la suppression est maintenue</translation>
    </message>
    <message>
        <source>conflicts: {count} answers changed on both sides:</source>
        <translation>conflits&#xa0;: {count} réponses modifiées des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <source>  … and {count} more</source>
        <translation>  … et {count} de plus</translation>
    </message>
    <message>
        <source>records changed on both sides:</source>
        <translation>enregistrements modifiés des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <source>kept here</source>
        <translation>gardée ici</translation>
    </message>
    <message>
        <source>the server&apos;s kept</source>
        <translation>celle du serveur gardée</translation>
    </message>
    <message>
        <source>conflicts: none</source>
        <translation>conflits&#xa0;: aucun</translation>
    </message>
    <message>
        <source>dry run: nothing was changed on either side</source>
        <translation>essai à blanc&#xa0;: rien n&apos;a été modifié d&apos;un côté ni de l&apos;autre</translation>
    </message>
    <message>
        <source>team store up to date: schema version {schema_version}, server id {server_id}</source>
        <translation>base d&apos;équipe à jour&#xa0;: schéma version {schema_version}, identifiant de serveur {server_id}</translation>
    </message>
    <message>
        <source>team store upgraded from schema version {previous_version} to {schema_version}, its rows kept: server id {server_id}</source>
        <translation>base d&apos;équipe mise à niveau du schéma version {previous_version} à {schema_version}, ses lignes conservées&#xa0;: identifiant de serveur {server_id}</translation>
    </message>
    <message>
        <source>team store ready: schema version {schema_version}, server id {server_id}, roles {writer_role} and {reader_role}</source>
        <translation>base d&apos;équipe prête&#xa0;: schéma version {schema_version}, identifiant de serveur {server_id}, rôles {writer_role} et {reader_role}</translation>
    </message>
    <message>
        <source>the database &quot;{dbname}&quot; on {host}:{port}</source>
        <translation>la base de données «&#xa0;{dbname}&#xa0;» sur {host}:{port}</translation>
    </message>
    <message>
        <source>{where} has team store schema version {version}, newer than this CS Maturity ({schema_version}): update CS Maturity</source>
        <translation>{where} a une base d&apos;équipe de schéma version {version}, plus récente que ce CS Maturity ({schema_version})&#xa0;: mettez CS Maturity à jour</translation>
    </message>
    <message>
        <source>{user} may not make the team store in {where} ({message_primary}): an administrator runs `csmaturity server init` (a role that may create schemas in this database, and roles)</source>
        <translation>{user} ne peut pas créer la base d&apos;équipe dans {where} ({message_primary})&#xa0;: un administrateur lance `csmaturity server init` (avec un rôle qui peut créer des schémas dans cette base, et des rôles)</translation>
    </message>
    <message>
        <source>{where} is not a CS Maturity team store; an administrator runs `csmaturity server init URL` first</source>
        <translation>{where} n&apos;est pas une base d&apos;équipe CS Maturity&#xa0;; un administrateur lance d&apos;abord `csmaturity server init URL`</translation>
    </message>
    <message>
        <source>{where} has an older team store (schema version {version}): an administrator runs `csmaturity server init URL` to upgrade it</source>
        <translation>{where} a une base d&apos;équipe plus ancienne (schéma version {version})&#xa0;: un administrateur lance `csmaturity server init URL` pour la mettre à niveau</translation>
    </message>
    <message>
        <source>this store has not synced with a team server yet: give the server&apos;s address, e.g. csmaturity sync postgresql://you@host/database</source>
        <translation>cette base ne s&apos;est encore jamais synchronisée avec un serveur d&apos;équipe&#xa0;: donnez l&apos;adresse du serveur, par ex. csmaturity sync postgresql://vous@hote/base</translation>
    </message>
    <message>
        <source>{exc}; the team server may hold this sync and this laptop does not yet: sync again to complete it</source>
        <translation>{exc}&#xa0;; le serveur d&apos;équipe a peut-être cette synchronisation et cet ordinateur pas encore&#xa0;: synchronisez de nouveau pour la terminer</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>{exc}; nothing was changed on either side</source>
        <translation>{exc}&#xa0;; rien n&apos;a été modifié d&apos;un côté ni de l&apos;autre</translation>
    </message>
    <message>
        <source>another laptop has been syncing with {display} for over a minute; nothing was changed: try again in a moment</source>
        <translation>un autre ordinateur se synchronise avec {display} depuis plus d&apos;une minute&#xa0;; rien n&apos;a été modifié&#xa0;: réessayez dans un instant</translation>
    </message>
    <message>
        <source>{role} may only read the team store at {display}, and {waiting} changes made here are waiting to be sent; nothing was changed (an administrator grants writing with GRANT csmaturity_writer TO {role};)</source>
        <translation>{role} peut seulement lire la base d&apos;équipe sur {display}, et {waiting} modifications faites ici attendent d&apos;être envoyées&#xa0;; rien n&apos;a été modifié (un administrateur accorde l&apos;écriture avec GRANT csmaturity_writer TO {role};)</translation>
    </message>
</context>
<context>
    <name>sync_actions</name>
    <message>
        <source>Sync with Team Server</source>
        <translation>Synchroniser avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Previewing a sync of {store} with the team server at
{address}</source>
        <translation>Aperçu d&apos;une synchronisation de {store} avec le serveur d&apos;équipe à
{address}</translation>
    </message>
    <message>
        <source>Syncing {store} with the team server at
{address}</source>
        <translation>Synchronisation de {store} avec le serveur d&apos;équipe à
{address}</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Connexion au serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Receiving the changes made on the team server…</source>
        <translation>Réception des modifications faites sur le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Receiving {done} of {count} row…</source>
        <translation>Réception de {done} sur {count} ligne…</translation>
    </message>
    <message>
        <source>Receiving {done} of {count} rows…</source>
        <translation>Réception de {done} sur {count} lignes…</translation>
    </message>
    <message>
        <source>Merging what was received with the changes made here…</source>
        <translation>Fusion de ce qui a été reçu avec les modifications faites ici…</translation>
    </message>
    <message>
        <source>Sending the changes made here…</source>
        <translation>Envoi des modifications faites ici…</translation>
    </message>
    <message>
        <source>Sending {done} of {count} row…</source>
        <translation>Envoi de {done} sur {count} ligne…</translation>
    </message>
    <message>
        <source>Sending {done} of {count} rows…</source>
        <translation>Envoi de {done} sur {count} lignes…</translation>
    </message>
    <message>
        <source>The team server has the changes; saving them here…</source>
        <translation>Le serveur d&apos;équipe a les modifications&#xa0;; enregistrement ici…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The team server holds {count} row stamped more than a day ahead of this computer&apos;s clock, the latest {latest}. Was a clock wrong, here or on the laptop that sent it?

Taken, it would win over every later change. Nothing has been changed so far, here or on the team server.</source>
        <translation>Le serveur d&apos;équipe contient {count} ligne datée de plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur, la plus tardive le {latest}. Une horloge était-elle fausse, ici ou sur l&apos;ordinateur portable qui l&apos;a envoyée&#xa0;?

Acceptée, elle l&apos;emporterait sur toute modification ultérieure. Rien n&apos;a été modifié jusqu&apos;ici, ni ici ni sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team server holds {count} rows stamped more than a day ahead of this computer&apos;s clock, the latest {latest}. Was a clock wrong, here or on the laptop that sent them?

Taken, they would win over every later change. Nothing has been changed so far, here or on the team server.</source>
        <translation>Le serveur d&apos;équipe contient {count} lignes datées de plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur, la plus tardive le {latest}. Une horloge était-elle fausse, ici ou sur l&apos;ordinateur portable qui les a envoyées&#xa0;?

Acceptées, elles l&apos;emporteraient sur toute modification ultérieure. Rien n&apos;a été modifié jusqu&apos;ici, ni ici ni sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Take It Anyway</source>
        <translation>L&apos;accepter quand même</translation>
    </message>
    <message>
        <source>Take Them Anyway</source>
        <translation>Les accepter quand même</translation>
    </message>
    <message>
        <source>{problem}

Password for {address} (used for this sync only, not kept):</source>
        <translation>{problem}

Mot de passe pour {address} (utilisé pour cette synchronisation seulement, non conservé)&#xa0;:</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}.</source>
        <translation>Synchronisé — envoi&#xa0;: {sent}, réception&#xa0;: {received}.</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}, {count} conflict (File &gt; Sync Conflicts).</source>
        <translation>Synchronisé — envoi&#xa0;: {sent}, réception&#xa0;: {received}, {count} conflit (Fichier &gt; Conflits de synchronisation).</translation>
    </message>
    <message>
        <source>Synced: sent {sent}, received {received}, {count} conflicts (File &gt; Sync Conflicts).</source>
        <translation>Synchronisé — envoi&#xa0;: {sent}, réception&#xa0;: {received}, {count} conflits (Fichier &gt; Conflits de synchronisation).</translation>
    </message>
    <message>
        <source>The sync did not complete:

{problem}</source>
        <translation>La synchronisation n&apos;a pas abouti&#xa0;:

{problem}</translation>
    </message>
    <message>
        <source>Preview cancelled: nothing was changed.</source>
        <translation>Aperçu annulé&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was changed, here or on the team server.</source>
        <translation>Synchronisation annulée&#xa0;: rien n&apos;a été modifié, ni ici ni sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>A sync with {server} would find these answers changed both here and on the team server.</source>
        <translation>Une synchronisation avec {server} trouverait ces réponses modifiées à la fois ici et sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The last sync on {when} found these answers changed both here and on the team server.</source>
        <translation>La dernière synchronisation, le {when}, a trouvé ces réponses modifiées à la fois ici et sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The last sync found these answers changed both here and on the team server.</source>
        <translation>La dernière synchronisation a trouvé ces réponses modifiées à la fois ici et sur le serveur d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>sync_conflicts</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Changed here</source>
        <translation>Modifiée ici le</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Modifiée sur le serveur le</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>When both sides changed the same answer, the most recent change was kept everywhere (newest wins); the other copy is listed here so that you can answer again if it was the right one.</source>
        <translation>Quand les deux côtés ont modifié la même réponse, la modification la plus récente a été conservée partout (la plus récente l&apos;emporte)&#xa0;; l&apos;autre version est listée ici pour que vous puissiez répondre à nouveau si c&apos;était la bonne.</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>{rating} · “{notes}”</source>
        <translation>{rating} · «&#xa0;{notes}&#xa0;»</translation>
    </message>
    <message>
        <source>{rating}

Notes:
{notes}</source>
        <translation>{rating}

Notes&#xa0;:
{notes}</translation>
    </message>
    <message>
        <source>This computer&apos;s</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <source>The server&apos;s</source>
        <translation>Celle du serveur</translation>
    </message>
    <message>
        <source>Changed more recently on this computer</source>
        <translation>Modifiée plus récemment sur cet ordinateur</translation>
    </message>
    <message>
        <source>Changed more recently on the team server</source>
        <translation>Modifiée plus récemment sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Sync Conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Answers changed on both sides</source>
        <translation>Réponses modifiées des deux côtés</translation>
    </message>
</context>
<context>
    <name>sync_dialog</name>
    <message>
        <source>postgresql://you@server/database</source>
        <translation>postgresql://vous@serveur/base</translation>
    </message>
    <message>
        <source>Sync with Team Server</source>
        <translation>Synchroniser avec le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>nothing new here</source>
        <translation>rien de nouveau ici</translation>
    </message>
    <message>
        <source>{count} maturity model version</source>
        <translation>{count} version de modèle de maturité</translation>
    </message>
    <message>
        <source>{count} maturity model versions</source>
        <translation>{count} versions de modèles de maturité</translation>
    </message>
    <message>
        <source>{count} record deleted, as on the team server</source>
        <translation>{count} enregistrement supprimé, comme sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} records deleted, as on the team server</source>
        <translation>{count} enregistrements supprimés, comme sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{count} new organization</source>
        <translation>{count} nouvelle organisation</translation>
    </message>
    <message>
        <source>{count} new organizations</source>
        <translation>{count} nouvelles organisations</translation>
    </message>
    <message>
        <source>{count} updated organization</source>
        <translation>{count} organisation mise à jour</translation>
    </message>
    <message>
        <source>{count} updated organizations</source>
        <translation>{count} organisations mises à jour</translation>
    </message>
    <message>
        <source>{count} new assessment</source>
        <translation>{count} nouvelle évaluation</translation>
    </message>
    <message>
        <source>{count} new assessments</source>
        <translation>{count} nouvelles évaluations</translation>
    </message>
    <message>
        <source>{count} updated assessment</source>
        <translation>{count} évaluation mise à jour</translation>
    </message>
    <message>
        <source>{count} updated assessments</source>
        <translation>{count} évaluations mises à jour</translation>
    </message>
    <message>
        <source>{count} new answer</source>
        <translation>{count} nouvelle réponse</translation>
    </message>
    <message>
        <source>{count} new answers</source>
        <translation>{count} nouvelles réponses</translation>
    </message>
    <message>
        <source>{count} updated answer</source>
        <translation>{count} réponse mise à jour</translation>
    </message>
    <message>
        <source>{count} updated answers</source>
        <translation>{count} réponses mises à jour</translation>
    </message>
    <message>
        <source>{count} new target</source>
        <translation>{count} nouvelle cible</translation>
    </message>
    <message>
        <source>{count} new targets</source>
        <translation>{count} nouvelles cibles</translation>
    </message>
    <message>
        <source>{count} updated target</source>
        <translation>{count} cible mise à jour</translation>
    </message>
    <message>
        <source>{count} updated targets</source>
        <translation>{count} cibles mises à jour</translation>
    </message>
    <message>
        <source>{count} new action</source>
        <translation>{count} nouvelle action</translation>
    </message>
    <message>
        <source>{count} new actions</source>
        <translation>{count} nouvelles actions</translation>
    </message>
    <message>
        <source>{count} updated action</source>
        <translation>{count} action mise à jour</translation>
    </message>
    <message>
        <source>{count} updated actions</source>
        <translation>{count} actions mises à jour</translation>
    </message>
    <message>
        <source>{count} row would change on the team server</source>
        <translation>{count} ligne changerait sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} rows would change on the team server</source>
        <translation>{count} lignes changeraient sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} row changed on the team server</source>
        <translation>{count} ligne modifiée sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} rows changed on the team server</source>
        <translation>{count} lignes modifiées sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} row from the team server</source>
        <translation>{count} ligne du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} rows from the team server</source>
        <translation>{count} lignes du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{rows}: {detail}</source>
        <translation>{rows}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits&#xa0;:</translation>
    </message>
    <message>
        <source>{count} answer changed on both sides: the most recent change would be kept</source>
        <translation>{count} réponse modifiée des deux côtés&#xa0;: la modification la plus récente serait conservée</translation>
    </message>
    <message>
        <source>{count} answers changed on both sides: the most recent change would be kept</source>
        <translation>{count} réponses modifiées des deux côtés&#xa0;: la modification la plus récente serait conservée</translation>
    </message>
    <message>
        <source>{count} answer changed on both sides: the most recent change kept</source>
        <translation>{count} réponse modifiée des deux côtés&#xa0;: la modification la plus récente conservée</translation>
    </message>
    <message>
        <source>{count} answers changed on both sides: the most recent change kept</source>
        <translation>{count} réponses modifiées des deux côtés&#xa0;: la modification la plus récente conservée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Changed on both sides, the most recent change would be kept: {records}</source>
        <translation>Modifiés des deux côtés, la modification la plus récente serait conservée&#xa0;: {records}</translation>
    </message>
    <message>
        <source>Changed on both sides, the most recent change kept: {records}</source>
        <translation>Modifiés des deux côtés, la modification la plus récente conservée&#xa0;: {records}</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements&#xa0;:</translation>
    </message>
    <message>
        <source>{count} change made here was to records deleted on the team server meanwhile</source>
        <translation>{count} modification faite ici portait sur des enregistrements supprimés entre-temps sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} changes made here were to records deleted on the team server meanwhile</source>
        <translation>{count} modifications faites ici portaient sur des enregistrements supprimés entre-temps sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>{count} row received was of records deleted here</source>
        <translation>{count} ligne reçue concernait des enregistrements supprimés ici</translation>
    </message>
    <message>
        <source>{count} rows received were of records deleted here</source>
        <translation>{count} lignes reçues concernaient des enregistrements supprimés ici</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>{what}: the deletion stands</source>
        <translation>{what}&#xa0;: la suppression est maintenue</translation>
    </message>
    <message>
        <source>{count} row stamped more than a day ahead of this computer&apos;s clock (the latest {latest}) was taken: it wins over later changes</source>
        <translation>{count} ligne datée de plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur (la plus tardive le {latest}) a été acceptée&#xa0;: elle l&apos;emporte sur les modifications ultérieures</translation>
    </message>
    <message>
        <source>{count} rows stamped more than a day ahead of this computer&apos;s clock (the latest {latest}) were taken: they win over later changes</source>
        <translation>{count} lignes datées de plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur (la plus tardive le {latest}) ont été acceptées&#xa0;: elles l&apos;emportent sur les modifications ultérieures</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Horloge&#xa0;:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The team server had lost changes this computer had seen (restored from a backup?): everything here was sent again</source>
        <translation>Le serveur d&apos;équipe avait perdu des modifications que cet ordinateur avait vues (restauré depuis une sauvegarde&#xa0;?)&#xa0;: tout ce qui est ici a été renvoyé</translation>
    </message>
    <message>
        <source>A sync with {server} would do this. This was a preview: nothing was changed, here or on the team server.</source>
        <translation>Une synchronisation avec {server} ferait ceci. Ce n&apos;était qu&apos;un aperçu&#xa0;: rien n&apos;a été modifié, ni ici ni sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Synced with {server}.</source>
        <translation>Synchronisé avec {server}.</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <source>{count} change</source>
        <translation>{count} modification</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} modifications</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} ligne</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} lignes</translation>
    </message>
    <message>
        <source>File &gt; Sync with Team Server…</source>
        <translation>Fichier &gt; Synchroniser avec le serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>no changes waiting</source>
        <translation>aucune modification en attente</translation>
    </message>
    <message>
        <source>{changes} waiting</source>
        <translation>{changes} en attente</translation>
    </message>
    <message>
        <source>Not synced with a team server</source>
        <translation>Non synchronisée avec un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: {when} · {waiting}</source>
        <translation>Dernière synchronisation&#xa0;: {when} · {waiting}</translation>
    </message>
    <message>
        <source>This store has not been synced with a team server. {action} sends its changes and receives everyone else&apos;s.</source>
        <translation>Cette base n&apos;a pas été synchronisée avec un serveur d&apos;équipe. {action} envoie ses modifications et reçoit celles de tous les autres.</translation>
    </message>
    <message>
        <source>Team server: {url}</source>
        <translation>Serveur d&apos;équipe&#xa0;: {url}</translation>
    </message>
    <message>
        <source>The last sync sent {sent} and received {received}.</source>
        <translation>La dernière synchronisation a envoyé {sent} et reçu {received}.</translation>
    </message>
    <message>
        <source>{count} answer changed on both sides: File &gt; Sync Conflicts…</source>
        <translation>{count} réponse modifiée des deux côtés&#xa0;: Fichier &gt; Conflits de synchronisation…</translation>
    </message>
    <message>
        <source>{count} answers changed on both sides: File &gt; Sync Conflicts…</source>
        <translation>{count} réponses modifiées des deux côtés&#xa0;: Fichier &gt; Conflits de synchronisation…</translation>
    </message>
</context>
</TS>
