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
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Stage level</source>
        <translation>Niveau de l&apos;étape</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Criterion id</source>
        <translation>Identifiant du critère</translation>
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
        <translation>Atteint par (identifiant de l&apos;évaluation)</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Atteint le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Identifiant de l&apos;action</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
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
        <source>No action is in the plan of {name} yet.</source>
        <translation>Le plan de {name} ne compte encore aucune action.</translation>
    </message>
    <message>
        <source>The plan of {name} as of {date}:</source>
        <translation>Le plan de {name} au {date}&#xa0;:</translation>
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
        <translation>Renseignés</translation>
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
</context>
</TS>
