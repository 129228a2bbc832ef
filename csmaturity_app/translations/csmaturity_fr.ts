<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
    <name>NextStepsView</name>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
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
    <name>ResultsPane</name>
    <message>
        <source>Select an assessment to see its results</source>
        <translation>Sélectionnez une évaluation pour voir ses résultats</translation>
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
        <source>Copy the chart of this tab to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier le graphique de cet onglet dans le presse-papiers (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Save chart as PNG…</source>
        <translation>&amp;Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save the chart of this tab as a PNG image (Ctrl+Shift+S)</source>
        <translation>Enregistrer le graphique de cet onglet en image PNG (Ctrl+Shift+S)</translation>
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
    <name>RoadmapTab</name>
    <message>
        <source>Set a target, then Build Roadmap: every criterion between today&apos;s placement and the target becomes an action.</source>
        <translation>Définissez une cible, puis Générer la feuille de route&#xa0;: chaque critère entre la situation actuelle et la cible devient une action.</translation>
    </message>
    <message>
        <source>No target yet. Set Target… (Ctrl+Shift+T) names a stage and a date.</source>
        <translation>Aucune cible pour l’instant. Définir la cible… (Ctrl+Shift+T) fixe une étape et une date.</translation>
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
        <source>Set a target first (Set Target…, Ctrl+Shift+T).</source>
        <translation>Définissez d’abord une cible (Définir la cible…, Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Action deleted. Ctrl+Z brings it back.</source>
        <translation>Action supprimée. Ctrl+Z la rétablit.</translation>
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
</TS>
