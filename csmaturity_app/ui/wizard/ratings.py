"""Pure decisions of the wizard (no widgets): what counts as answered, in which order
criteria are shown, what a navigator row says, and how the resume position is written.

Kept free of widgets so that they are tested without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from csmaturity_app.maturity import Criterion, Dimension, MaturityModel, Stage
from csmaturity_app.store import AnswerRecord


class Rating(NamedTuple):
    """The rating part of an answer: a score, or not applicable, or neither (unanswered)."""

    score: int | None
    not_applicable: bool

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.score is not None


UNANSWERED = Rating(None, False)
NOT_APPLICABLE = Rating(None, True)

Answers = Mapping[str, AnswerRecord]


def rating_of(answer: AnswerRecord | None) -> Rating:
    if answer is None:
        return UNANSWERED
    if answer.not_applicable:
        return NOT_APPLICABLE
    return Rating(answer.score, False)


def is_answered(answer: AnswerRecord | None) -> bool:
    """A row that only holds notes is not an answer yet."""
    return rating_of(answer).answered


def answered_count(criteria: Iterable[Criterion], answers: Answers) -> int:
    return sum(1 for c in criteria if is_answered(answers.get(c.id)))


def progress_text(answered: int, total: int) -> str:
    return f"{answered} of {total} answered"


def rating_text(model: MaturityModel, rating: Rating) -> str:
    """How a rating reads in an undo entry or a message: "2 Largely in place"."""
    if rating.not_applicable:
        return model.not_applicable_label
    if rating.score is None:
        return "unanswered"
    return f"{rating.score} {model.score_label(rating.score)}"


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


def stage_row_text(model: MaturityModel, stage: Stage, answers: Answers) -> str:
    """A navigator row: "Phase 1 Forming  5/8", or "... achieved by definition"."""
    criteria = model.criteria_of_stage(stage.id)
    label = model.stage_label(stage)
    if not criteria:
        return f"{label} \u2014 achieved by definition"
    done = answered_count(criteria, answers)
    mark = "  \u2713" if done == len(criteria) else ""
    return f"{label}  {done}/{len(criteria)}{mark}"


def unanswered_criteria(model: MaturityModel, answers: Answers) -> list[Criterion]:
    """In the order the wizard walks them, stage by stage."""
    return [
        c
        for stage in model.stages
        for c in display_order(model, stage.id)
        if not is_answered(answers.get(c.id))
    ]


def needs_review(answer: AnswerRecord | None) -> bool:
    """An answer carried forward from an earlier version of the model, not yet rated again."""
    return answer is not None and answer.needs_review


def criteria_to_review(model: MaturityModel, answers: Answers) -> list[Criterion]:
    """Carried answers still to review, in the order the wizard walks them."""
    return [
        c
        for stage in model.stages
        for c in display_order(model, stage.id)
        if needs_review(answers.get(c.id))
    ]


@dataclass(frozen=True)
class Position:
    """Where the wizard stands, stored with the assessment so that a draft reopens there.

    Keys: "intro", "summary", "stage:<stage id>" or "stage:<stage id>:<criterion id>".
    """

    page: str = "intro"  # "intro" | "stage" | "summary"
    stage_id: str = ""
    criterion_id: str = ""

    def key(self) -> str:
        if self.page != "stage":
            return self.page
        if self.criterion_id:
            return f"stage:{self.stage_id}:{self.criterion_id}"
        return f"stage:{self.stage_id}"

    @classmethod
    def parse(cls, key: str | None, model: MaturityModel) -> Position:
        """Anything unknown (empty, another model's ids, a damaged value) means the intro."""
        key = (key or "").strip()
        if key == "summary":
            return cls("summary")
        parts = key.split(":")
        if len(parts) in (2, 3) and parts[0] == "stage" and parts[1] in model.stages_by_id:
            criterion = model.criteria_by_id.get(parts[2]) if len(parts) == 3 else None
            if criterion is not None and criterion.stage == parts[1]:
                return cls("stage", parts[1], criterion.id)
            return cls("stage", parts[1])
        return cls("intro")
