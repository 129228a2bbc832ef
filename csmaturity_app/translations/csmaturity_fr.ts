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
    <name>BuildRoadmapCommand</name>
    <message>
        <source>Build roadmap</source>
        <translation>Construire la feuille de route</translation>
    </message>
</context>
<context>
    <name>CollectPreviewDialog</name>
    <message>
        <source>Collecting {files} into the assessment {assessment} will do this:</source>
        <translation>Collecter {files} dans l&apos;évaluation {assessment} fera ceci&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to collect from {files} into the assessment {assessment}:</source>
        <translation>Rien à collecter de {files} dans l&apos;évaluation {assessment}&#xa0;:</translation>
    </message>
    <message>
        <source>{files} cannot be collected: nothing is taken from it. Ask for a new fill, or write a new questionnaire.</source>
        <translation>{files} ne peut pas être collecté&#xa0;: rien n&apos;en est repris. Demandez un nouveau remplissage, ou écrivez un nouveau questionnaire.</translation>
    </message>
    <message>
        <source>{files} cannot be collected: nothing is taken from them. Ask for a new fill, or write a new questionnaire.</source>
        <translation>{files} ne peuvent pas être collectés&#xa0;: rien n&apos;en est repris. Demandez un nouveau remplissage, ou écrivez un nouveau questionnaire.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo does not take a collect back.</source>
        <translation>Édition &gt; Annuler ne défait pas une collecte.</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Collecter</translation>
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
    <name>FileLanguageCombo</name>
    <message>
        <source>File language</source>
        <translation>Langue du fichier</translation>
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
        <translation>CS Maturity sera en {name} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? Every answer is already saved.</source>
        <translation>Redémarrer maintenant ? Chaque réponse est déjà enregistrée.</translation>
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

Envoyez à chaque répondant son fichier. Quand ils vous les renvoient, utilisez Évaluation &gt; Collecter les questionnaires.</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The assessment {assessment} is complete: its answers no longer change. Reopen it to collect questionnaires.</source>
        <translation>L&apos;évaluation {assessment} est terminée&#xa0;: ses réponses ne changent plus. Rouvrez-la pour collecter des questionnaires.</translation>
    </message>
    <message>
        <source>Reading {files} to see what collecting would change…</source>
        <translation>Lecture de {files} pour voir ce que la collecte changerait…</translation>
    </message>
    <message>
        <source>Collecting {files}…</source>
        <translation>Collecte de {files}…</translation>
    </message>
    <message>
        <source>Collected {questionnaires}</source>
        <translation>Questionnaires collectés&#xa0;: {questionnaires}</translation>
    </message>
    <message>
        <source>; {files} could not be collected</source>
        <translation>&#xa0;; impossibles à collecter&#xa0;: {files}</translation>
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
        <translation>Les questionnaires ne peuvent pas être collectés&#xa0;:

{message}</translation>
    </message>
    <message>
        <source>Collect cancelled: nothing was changed.</source>
        <translation>Collecte annulée&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>Send Questionnaires</source>
        <translation>Envoyer les questionnaires</translation>
    </message>
    <message>
        <source>Collect Questionnaires</source>
        <translation>Collecter les questionnaires</translation>
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
    <name>SendQuestionnairesDialog</name>
    <message>
        <source>Write a questionnaire (an XLSX file) for each respondent checked below, for the assessment {assessment}. Send each their file; they fill it in in Excel or LibreOffice Calc and send it back, and Assessment &gt; Collect Questionnaires takes their answers.</source>
        <translation>Écrire un questionnaire (un fichier XLSX) pour chaque répondant coché ci-dessous, pour l&apos;évaluation {assessment}. Envoyez à chacun son fichier&#xa0;; il le remplit dans Excel ou LibreOffice Calc et vous le renvoie, et Évaluation &gt; Collecter les questionnaires reprend ses réponses.</translation>
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
    <name>plan</name>
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
</context>
</TS>
