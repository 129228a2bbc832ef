"""The wizard's ratings and positions (no widgets): the rating an answer holds, how it reads in
an undo entry, what a navigator row says, and how the resume position is written.

A rating is the maturity model's own `AnswerValue` (a score, or not applicable, or neither):
the wizard has no rating type of its own. Which criteria are open, and in which order they are
walked, is `presentation.order`'s (the report and the summary list them the same way).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from csmaturity_app.i18n import formats
from csmaturity_app.maturity import AnswerValue, MaturityModel, Stage
from csmaturity_app.presentation import rating_text as presented_rating
from csmaturity_app.presentation.order import Answers, answered_count
from csmaturity_app.store import AnswerRecord

UNANSWERED = AnswerValue(None, False)
NOT_APPLICABLE = AnswerValue(None, True)


def rating_of(answer: AnswerRecord | None) -> AnswerValue:
    return UNANSWERED if answer is None else answer.rating


def progress_text(answered: int, total: int) -> str:
    """ "5 of 8 answered" / "5 sur 8 répondus", numbers as the language writes them."""
    return QCoreApplication.translate("WizardRatings", "{answered} of {total} answered").format(
        answered=formats.integer(answered), total=formats.integer(total)
    )


def rating_text(model: MaturityModel, rating: AnswerValue) -> str:
    """How a rating reads in an undo entry or a message: "2 Largely in place"."""
    return presented_rating(model, rating.score, rating.not_applicable)


def stage_row_text(model: MaturityModel, stage: Stage, answers: Answers) -> str:
    """A navigator row: "Phase 1 Forming  5/8", or "... achieved by definition"."""
    criteria = model.criteria_of_stage(stage.id)
    label = model.stage_label(stage)
    if not criteria:
        return QCoreApplication.translate(
            "WizardRatings", "{stage} \u2014 achieved by definition"
        ).format(stage=label)
    done = answered_count(criteria, answers)
    mark = "  \u2713" if done == len(criteria) else ""
    return f"{label}  {formats.integer(done)}/{formats.integer(len(criteria))}{mark}"


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
