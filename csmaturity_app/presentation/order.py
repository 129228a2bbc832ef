"""In which order a model's criteria are shown, and which of them are still open: the wizard
walks them in this order, and the report and the summary list them in it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from csmaturity_app.maturity import Criterion, Dimension, MaturityModel
from csmaturity_app.store import AnswerRecord

Answers = Mapping[str, AnswerRecord]


def grouped_criteria(
    model: MaturityModel, stage_id: str
) -> list[tuple[Dimension, tuple[Criterion, ...]]]:
    """A stage's criteria grouped by dimension, dimensions in the model's order (the same
    order on every page, so an assessor finds a dimension at the same place each time)."""
    criteria = model.criteria_of_stage(stage_id)
    groups = []
    for dimension in model.dimensions:
        members = tuple(c for c in criteria if c.dimension == dimension.id)
        if members:
            groups.append((dimension, members))
    return groups


def display_order(model: MaturityModel, stage_id: str) -> list[Criterion]:
    """The criteria of a stage in the order the wizard shows (and walks) them."""
    return [c for _, members in grouped_criteria(model, stage_id) for c in members]


def walk_order(model: MaturityModel) -> list[Criterion]:
    """Every criterion, stage by stage, in the order the wizard walks them."""
    return [c for stage in model.stages for c in display_order(model, stage.id)]


def is_answered(answer: AnswerRecord | None) -> bool:
    """A row that only holds notes is not an answer yet."""
    return answer is not None and (answer.not_applicable or answer.score is not None)


def needs_review(answer: AnswerRecord | None) -> bool:
    """An answer carried forward from an earlier version of the model, not yet rated again."""
    return answer is not None and answer.needs_review


def answered_count(criteria: Iterable[Criterion], answers: Answers) -> int:
    return sum(1 for c in criteria if is_answered(answers.get(c.id)))


def unanswered_criteria(model: MaturityModel, answers: Answers) -> list[Criterion]:
    """In the order the wizard walks them, stage by stage."""
    return [c for c in walk_order(model) if not is_answered(answers.get(c.id))]


def criteria_to_review(model: MaturityModel, answers: Answers) -> list[Criterion]:
    """Carried answers still to review, in the order the wizard walks them."""
    return [c for c in walk_order(model) if needs_review(answers.get(c.id))]
