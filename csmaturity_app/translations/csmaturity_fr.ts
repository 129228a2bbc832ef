<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>N/A&#xa0;? {rule}</translation>
    </message>
    <message>
        <source>Mark {criterion} not applicable</source>
        <translation>Marquer {criterion} sans objet</translation>
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
        <translation>N/A</translation>
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
</TS>
