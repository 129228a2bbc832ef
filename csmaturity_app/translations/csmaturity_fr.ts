<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>MainWindow</name>
    <message>
        <source>{count} maturity model file(s) skipped: {problem}</source>
        <translation>{count} fichier(s) de modèle de maturité ignoré(s)&#xa0;: {problem}</translation>
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
        <source>Start a draft under the current version of its maturity model (Ctrl+Shift+F)</source>
        <translation>Commencer un brouillon sous la version actuelle de son modèle de maturité (Ctrl+Maj+F)</translation>
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
    <name>StoreLock</name>
    <message>
        <source>This store is encrypted</source>
        <translation>Cette base est chiffrée</translation>
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
    <name>app</name>
    <message>
        <source>{path} is encrypted, and its passphrase was not given.</source>
        <translation>{path} est chiffrée, et sa phrase secrète n&apos;a pas été donnée.</translation>
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
        <translation>Répondu</translation>
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
</TS>
