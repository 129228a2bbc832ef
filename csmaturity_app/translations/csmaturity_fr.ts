<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>Pour le &amp;client&#xa0;: sans les notes privées</translation>
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
        <translation>Pour le &amp;client&#xa0;: sans les notes privées</translation>
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
