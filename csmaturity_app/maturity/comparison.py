"""What changed between two assessments of the same maturity model (the results pane's
"before / after"). Pure: no database, no Qt.

Criteria are matched by id, so two versions of one maturity model compare too; a criterion
of only one version is reported as added or removed, whatever its answer.

The direction of a change follows the scoring rule (unanswered counts as 0, not applicable
is left out):
- `up` / `down`: both answers count in the scoring (a score, or unanswered = 0) and the
  counted score rose / fell;
- `changed`: the answer changed without a counted rise or fall: to or from not applicable,
  or unanswered <-> 0 "not in place";
- `added` / `removed`: the criterion is only in the later / earlier version.

Changes are listed as a report reads: by stage (in the order of the later version's stages),
then by criterion (in model order); a removed criterion comes after the criteria of its
stage that are still there. `up`, `down`, ... are the same list filtered, in the same order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from csmaturity_app.i18n import translate
from csmaturity_app.maturity.definition import Criterion, MaturityModel
from csmaturity_app.maturity.scoring import AnswerValue, AssessmentResult, score_assessment

UP = "up"
DOWN = "down"
CHANGED = "changed"
ADDED = "added"
REMOVED = "removed"

UNANSWERED = AnswerValue()
_NOT_APPLICABLE = AnswerValue(None, True)


@dataclass(frozen=True)
class CriterionChange:
    criterion: Criterion  # as the later version has it (the earlier one when removed)
    stage_label: str  # e.g. "Phase 2 Storming"
    before: AnswerValue | None  # None: not a criterion of the earlier version
    after: AnswerValue | None  # None: not a criterion of the later version
    direction: str  # UP, DOWN, CHANGED, ADDED or REMOVED

    @property
    def criterion_id(self) -> str:
        return self.criterion.id

    @property
    def delta(self) -> int | None:
        """The counted score's change (unanswered = 0); None when N/A or on one side only."""
        if self.before is None or self.after is None:
            return None
        if self.before.not_applicable or self.after.not_applicable:
            return None
        return (self.after.score or 0) - (self.before.score or 0)


@dataclass(frozen=True)
class Comparison:
    model_id: str
    before_version: str
    after_version: str
    before: AssessmentResult
    after: AssessmentResult
    changes: tuple[CriterionChange, ...]
    unchanged: int  # criteria of both versions with the same answer

    def _where(self, direction: str) -> tuple[CriterionChange, ...]:
        return tuple(c for c in self.changes if c.direction == direction)

    @property
    def up(self) -> tuple[CriterionChange, ...]:
        return self._where(UP)

    @property
    def down(self) -> tuple[CriterionChange, ...]:
        return self._where(DOWN)

    @property
    def changed(self) -> tuple[CriterionChange, ...]:
        """Changed without a counted rise or fall (to / from N/A, unanswered <-> 0)."""
        return self._where(CHANGED)

    @property
    def added(self) -> tuple[CriterionChange, ...]:
        return self._where(ADDED)

    @property
    def removed(self) -> tuple[CriterionChange, ...]:
        return self._where(REMOVED)

    @property
    def index_change(self) -> float:
        """Maturity index after minus before."""
        return self.after.maturity_index - self.before.maturity_index

    @property
    def level_change(self) -> int:
        """Placed level after minus before (e.g. +1: one stage further)."""
        return self.after.placed_level - self.before.placed_level

    @property
    def placed_changed(self) -> bool:
        return self.after.placed_label != self.before.placed_label


def _normal(answer: AnswerValue | None) -> AnswerValue:
    """One value per meaning: a missing answer is unanswered; N/A carries no score."""
    if answer is None:
        return UNANSWERED
    if answer.not_applicable:
        return _NOT_APPLICABLE
    return answer


def _direction(before: AnswerValue, after: AnswerValue) -> str:
    if before.not_applicable or after.not_applicable:
        return CHANGED
    rise = (after.score or 0) - (before.score or 0)
    return UP if rise > 0 else DOWN if rise < 0 else CHANGED


def compare(
    model_before: MaturityModel,
    answers_before: Mapping[str, AnswerValue],
    model_after: MaturityModel,
    answers_after: Mapping[str, AnswerValue],
) -> Comparison:
    """The criteria whose answer changed from one assessment to a later one of the same model.

    Raises ValueError when the two assessments were taken with different maturity models.
    """
    if model_before.id != model_after.id:
        raise ValueError(
            translate(
                "maturity",
                "cannot compare assessments of different maturity models ({id} and {id2})",
            ).format(id=model_before.id, id2=model_after.id)
        )
    stage_order = {s.id: i for i, s in enumerate(model_after.stages)}
    late_stage = len(stage_order)
    for i, stage in enumerate(model_before.stages):  # stages only in the earlier version last
        stage_order.setdefault(stage.id, late_stage + i)

    keyed: list[tuple[tuple[int, int, int], CriterionChange]] = []
    unchanged = 0
    for position, criterion in enumerate(model_after.criteria):
        after = _normal(answers_after.get(criterion.id))
        if criterion.id in model_before.criteria_by_id:
            previous = _normal(answers_before.get(criterion.id))
            if previous == after:
                unchanged += 1
                continue
            before: AnswerValue | None = previous
            direction = _direction(previous, after)
        else:
            before, direction = None, ADDED
        change = CriterionChange(
            criterion=criterion,
            stage_label=model_after.stage_label(model_after.stages_by_id[criterion.stage]),
            before=before,
            after=after,
            direction=direction,
        )
        keyed.append(((stage_order[criterion.stage], 0, position), change))
    for position, criterion in enumerate(model_before.criteria):
        if criterion.id in model_after.criteria_by_id:
            continue
        before = _normal(answers_before.get(criterion.id))
        change = CriterionChange(
            criterion=criterion,
            stage_label=model_before.stage_label(model_before.stages_by_id[criterion.stage]),
            before=before,
            after=None,
            direction=REMOVED,
        )
        keyed.append(((stage_order[criterion.stage], 1, position), change))
    keyed.sort(key=lambda k: k[0])

    return Comparison(
        model_id=model_after.id,
        before_version=model_before.version,
        after_version=model_after.version,
        before=score_assessment(model_before, answers_before),
        after=score_assessment(model_after, answers_after),
        changes=tuple(change for _, change in keyed),
        unchanged=unchanged,
    )
