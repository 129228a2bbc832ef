"""The roadmap from a placement to a target: which criteria to bring into place, in order.

Every criterion of the stages after the placed one, up to and including the target stage,
that is not fully in place (not applicable ones left out), ordered by stage, then weakest
first (unanswered counts as 0, as in the scoring), then as the model lists them: the
next-steps rule of `scoring`, carried over every stage up to the target.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from csmaturity_app.maturity.definition import Criterion, MaturityModel, Stage
from csmaturity_app.maturity.scoring import AnswerValue


@dataclass(frozen=True)
class RoadmapItem:
    criterion: Criterion
    stage: Stage
    score: int | None  # None: unanswered

    @property
    def first_action(self) -> str:
        return first_action(self.criterion)


def first_action(criterion: Criterion) -> str:
    """The criterion's typical first action (model files from 2.0.0 give one); else the
    statement itself, which is then the thing to bring into place."""
    return criterion.action or criterion.statement


@dataclass(frozen=True)
class TargetGap:
    """How far a placement is from a target stage."""

    target: Stage
    placed_level: int
    stages_to_go: int  # 0: reached (or passed)
    criteria_to_go: int  # criteria up to the target not fully in place

    @property
    def reached(self) -> bool:
        return self.stages_to_go == 0


def target_stage(model: MaturityModel, level: int) -> Stage | None:
    """The model's stage of that level (None when it has none)."""
    return next((s for s in model.stages if s.level == level), None)


def roadmap(
    model: MaturityModel,
    answers: Mapping[str, AnswerValue],
    placed_level: int,
    target_level: int,
) -> list[RoadmapItem]:
    """The criteria to bring into place to go from `placed_level` to `target_level`."""
    top = model.max_score
    empty = AnswerValue()
    items: list[tuple[int, int, int, RoadmapItem]] = []
    for stage in model.stages:
        if not placed_level < stage.level <= target_level:
            continue
        for order, criterion in enumerate(model.criteria_of_stage(stage.id)):
            answer = answers.get(criterion.id, empty)
            if answer.not_applicable or answer.score == top:
                continue
            item = RoadmapItem(criterion, stage, answer.score)
            items.append((stage.level, answer.score or 0, order, item))
    return [item for *_, item in sorted(items, key=lambda i: i[:3])]


def gap_to(
    model: MaturityModel,
    answers: Mapping[str, AnswerValue],
    placed_level: int,
    target_level: int,
) -> TargetGap | None:
    """The gap from a placement to the target level (None: the model has no such stage)."""
    stage = target_stage(model, target_level)
    if stage is None:
        return None
    return TargetGap(
        target=stage,
        placed_level=placed_level,
        stages_to_go=sum(1 for s in model.stages if placed_level < s.level <= stage.level),
        criteria_to_go=len(roadmap(model, answers, placed_level, target_level)),
    )
