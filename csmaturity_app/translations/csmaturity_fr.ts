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
        <source>{file}: OK: {key}, {stages} stages, {dimensions} dimensions, {criteria} criteria</source>
        <translation>{file}&#xa0;: OK&#xa0;: {key}, {stages} étapes, {dimensions} dimensions, {criteria} critères</translation>
    </message>
    <message>
        <source>note: achieved by definition (no criteria): {stages}</source>
        <translation>remarque&#xa0;: atteintes par définition (aucun critère)&#xa0;: {stages}</translation>
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
        <source>{prog}: internal error: {kind}: {exc} (set CSMATURITY_DEBUG=1 to see the traceback)</source>
        <translation>{prog}&#xa0;: erreur interne&#xa0;: {kind}&#xa0;: {exc} (définissez CSMATURITY_DEBUG=1 pour voir la trace)</translation>
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
        <source>{prog}: error: {path}: {problem}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path}: OK: {language} translation of {key}, complete</source>
        <translation>{path}&#xa0;: OK&#xa0;: traduction {language} de {key}, complète</translation>
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
        <source>this store has not synced with a team server yet: give the server&apos;s address, e.g. csmaturity sync postgresql://you@host/database</source>
        <translation>cette base ne s&apos;est encore jamais synchronisée avec un serveur d&apos;équipe&#xa0;: donnez l&apos;adresse du serveur, par ex. csmaturity sync postgresql://vous@hote/base</translation>
    </message>
    <message>
        <source> (client-safe: no private notes)</source>
        <translation> (pour le client&#xa0;: sans notes privées)</translation>
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
        <source>{needed_for}: give it with a passphrase file (there is no terminal to ask on)</source>
        <translation>{needed_for}&#xa0;: donnez-la dans un fichier de phrase secrète (il n&apos;y a pas de terminal pour la demander)</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not a regular file (a named pipe or a device): give a file that holds the passphrase</source>
        <translation>le fichier de phrase secrète {path} n&apos;est pas un fichier ordinaire (un tube nommé ou un périphérique)&#xa0;: donnez un fichier qui contient la phrase secrète</translation>
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
    <message>
        <source>cannot write {text}: it ends with {ending}, so it names a folder; give the file&apos;s name</source>
        <translation>impossible d&apos;écrire {text}&#xa0;: il se termine par {ending} et désigne donc un dossier&#xa0;; donnez le nom du fichier</translation>
    </message>
</context>
<context>
    <name>language</name>
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
        <source> (and {count} more problem(s))</source>
        <translation> (et {count} autre(s) problème(s))</translation>
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
        <source>has {count:,} characters; at most {limit:,} are allowed</source>
        <translation>a {count:,} caractères&#xa0;; {limit:,} au plus sont permis</translation>
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
        <source>has {count:,} entries; at most {limit:,} are allowed</source>
        <translation>a {count:,} entrées&#xa0;; {limit:,} au plus sont permises</translation>
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
        <source>has {count:,} texts; a scale has at most {value}</source>
        <translation>a {count:,} textes&#xa0;; une échelle en a au plus {value}</translation>
    </message>
    <message>
        <source>has {count} text(s); it needs one per score of the scale ({scale_size}: 0 to {value})</source>
        <translation>a {count} texte(s)&#xa0;; il en faut un par score de l&apos;échelle ({scale_size}&#xa0;: 0 à {value})</translation>
    </message>
    <message>
        <source>has {count:,} characters; at most {max_text:,} are allowed</source>
        <translation>a {count:,} caractères&#xa0;; {max_text:,} au plus sont permis</translation>
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
        <source>maps {count:,} criteria; at most {max_criteria:,} are allowed</source>
        <translation>fait correspondre {count:,} critères&#xa0;; {max_criteria:,} au plus sont permis</translation>
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
        <source>maps to {count:,} criteria; at most {max_carried_to} are allowed</source>
        <translation>correspond à {count:,} critères&#xa0;; {max_carried_to} au plus sont permis</translation>
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
        <source>{future_rows:,} rows are stamped in the future, the latest {latest_future}; they will win over later changes</source>
        <translation>{future_rows:,} lignes sont datées dans le futur, la plus tardive {latest_future}&#xa0;; elles l&apos;emporteront sur les modifications ultérieures</translation>
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
        <source>an action&apos;s title may have at most {max_title:,} characters</source>
        <translation>le titre d&apos;une action peut avoir au plus {max_title:,} caractères</translation>
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
        <source>{title} has no stage {stage_level}; its stages are {levels}</source>
        <translation>{title} n&apos;a pas d&apos;étape {stage_level}&#xa0;; ses étapes sont {levels}</translation>
    </message>
    <message>
        <source>{day!r} is not a due date the plan can use: its year is not between {first_due_year} and {last_due_year}</source>
        <translation>{day!r} n&apos;est pas une échéance utilisable par le plan&#xa0;: son année n&apos;est pas comprise entre {first_due_year} et {last_due_year}</translation>
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
        <source>an organization&apos;s roadmap may hold at most {max_actions:,} actions; this one holds {count:,}</source>
        <translation>la feuille de route d&apos;une organisation peut contenir au plus {max_actions:,} actions&#xa0;; celle-ci en contient {count:,}</translation>
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
        <source>a note may have at most {max_notes:,} characters, not {count:,}</source>
        <translation>une note peut avoir au plus {max_notes:,} caractères, pas {count:,}</translation>
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
        <source>sent: {sent:,} rows would change on the server</source>
        <translation>envoyé&#xa0;: {sent:,} lignes changeraient sur le serveur</translation>
    </message>
    <message>
        <source>sent: {sent:,} rows changed on the server</source>
        <translation>envoyé&#xa0;: {sent:,} lignes changées sur le serveur</translation>
    </message>
    <message>
        <source>received: {received:,} rows from the server</source>
        <translation>reçu&#xa0;: {received:,} lignes du serveur</translation>
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
        <source>{dropped_here:,} changes made here were to records deleted on the team server meanwhile; the deletion stands</source>
        <translation>{dropped_here:,} modifications faites ici portaient sur des enregistrements supprimés entre-temps sur le serveur d&apos;équipe&#xa0;; la suppression est maintenue</translation>
    </message>
    <message>
        <source>{dropped_pulled:,} rows received were of records deleted here; the deletion stands</source>
        <translation>{dropped_pulled:,} lignes reçues portaient sur des enregistrements supprimés ici&#xa0;; la suppression est maintenue</translation>
    </message>
    <message>
        <source>records changed on both sides:</source>
        <translation>enregistrements modifiés des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <source>conflicts: {count:,} answers changed on both sides:</source>
        <translation>conflits&#xa0;: {count:,} réponses modifiées des deux côtés&#xa0;:</translation>
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
        <source>  … and {count:,} more</source>
        <translation>  … et {count:,} de plus</translation>
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
        <source>{role} may only read the team store at {display}, and {waiting:,} changes made here are waiting to be sent; nothing was changed (an administrator grants writing with GRANT csmaturity_writer TO {role};)</source>
        <translation>{role} peut seulement lire la base d&apos;équipe sur {display}, et {waiting:,} modifications faites ici attendent d&apos;être envoyées&#xa0;; rien n&apos;a été modifié (un administrateur accorde l&apos;écriture avec GRANT csmaturity_writer TO {role};)</translation>
    </message>
</context>
</TS>
