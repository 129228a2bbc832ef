"""The scoring rule of CS Maturity (see DESIGN.md, and `[scoring].rule` in each model file).

- Answers are 0..top score, or not applicable; unanswered counts as 0.
- Attainment of a stage = mean score / top score over its applicable criteria;
  achieved at attainment >= the model's threshold (2/3 from format 2 files, 0.75 in the 1.0.0
  models and by default). A stage
  with no applicable criteria is achieved by definition.
- Placed stage = the highest stage such that it and every stage before it are
  achieved; none achieved: "not yet <first stage>", level = first level - 1.
- Maturity index = placed level + attainment of the next stage (nothing is
  added at the top stage).
- Dimension score = mean score / top score over its applicable criteria.
- Next steps = the criteria of the first stage not achieved that are not fully
  in place, weakest first.

Comparisons with the threshold use exact fractions so that a stage sitting
exactly on the threshold is achieved, whatever floating point would say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from csmaturity_app.i18n import translate
from csmaturity_app.maturity.definition import Criterion, Dimension, MaturityModel, Stage


@dataclass(frozen=True)
class AnswerValue:
    """What the scoring needs of one answer: a score, or not applicable."""

    score: int | None = None
    not_applicable: bool = False

    @property
    def answered(self) -> bool:
        return self.not_applicable or self.score is not None


@dataclass(frozen=True)
class StageResult:
    stage: Stage
    label: str
    attainment: float
    achieved: bool
    by_definition: bool  # no applicable criteria: achieved without evidence
    criteria: int
    applicable: int
    answered: int


@dataclass(frozen=True)
class DimensionResult:
    dimension: Dimension
    score: float | None  # None: no applicable criterion in this dimension
    applicable: int
    answered: int


@dataclass(frozen=True)
class NextStep:
    criterion: Criterion
    score: int | None  # None: unanswered


@dataclass(frozen=True)
class AssessmentResult:
    model: MaturityModel
    stages: tuple[StageResult, ...]
    placed: Stage | None  # None: not yet at the first stage
    placed_level: int
    placed_label: str
    maturity_index: float
    dimensions: tuple[DimensionResult, ...]
    next_steps: tuple[NextStep, ...]
    next_stage: Stage | None  # the first stage not achieved; None when all are
    answered: int
    total: int


def score_assessment(model: MaturityModel, answers: Mapping[str, AnswerValue]) -> AssessmentResult:
    """Apply the scoring rule to the answers given (criterion id -> answer)."""
    top = model.max_score
    threshold = model.exact_threshold
    empty = AnswerValue()

    def fraction_of(criteria: tuple[Criterion, ...]) -> tuple[Fraction | None, int, int]:
        applicable = [answers.get(c.id, empty) for c in criteria]
        applicable = [a for a in applicable if not a.not_applicable]
        answered = sum(a.answered for a in (answers.get(c.id, empty) for c in criteria))
        if not applicable:
            return None, 0, answered
        total = sum(a.score or 0 for a in applicable)
        return Fraction(total, len(applicable) * top), len(applicable), answered

    stage_results: list[StageResult] = []
    for stage in model.stages:
        criteria = model.criteria_of_stage(stage.id)
        attained, applicable, answered = fraction_of(criteria)
        stage_results.append(
            StageResult(
                stage=stage,
                label=model.stage_label(stage),
                attainment=1.0 if attained is None else float(attained),
                achieved=attained is None or attained >= threshold,
                by_definition=attained is None,
                criteria=len(criteria),
                applicable=applicable,
                answered=answered,
            )
        )

    placed_index = -1
    for i, result in enumerate(stage_results):
        if not result.achieved:
            break
        placed_index = i
    first = model.stages[0]
    if placed_index < 0:
        placed = None
        placed_level = first.level - 1
        placed_label = placed_stage_label(model, placed_level)
    else:
        placed = model.stages[placed_index]
        placed_level = placed.level
        placed_label = model.stage_label(placed)
    following = stage_results[placed_index + 1] if placed_index + 1 < len(stage_results) else None
    maturity_index = placed_level + (following.attainment if following else 0.0)

    dimension_results = []
    for dimension in model.dimensions:
        criteria = tuple(c for c in model.criteria if c.dimension == dimension.id)
        attained, applicable, answered = fraction_of(criteria)
        dimension_results.append(
            DimensionResult(
                dimension=dimension,
                score=None if attained is None else float(attained),
                applicable=applicable,
                answered=answered,
            )
        )

    next_steps: list[NextStep] = []
    if following is not None:
        steps = []
        for order, criterion in enumerate(model.criteria_of_stage(following.stage.id)):
            answer = answers.get(criterion.id, empty)
            if answer.not_applicable or answer.score == top:
                continue
            steps.append((answer.score or 0, order, NextStep(criterion, answer.score)))
        next_steps = [step for _, _, step in sorted(steps, key=lambda s: s[:2])]

    return AssessmentResult(
        model=model,
        stages=tuple(stage_results),
        placed=placed,
        placed_level=placed_level,
        placed_label=placed_label,
        maturity_index=maturity_index,
        dimensions=tuple(dimension_results),
        next_steps=tuple(next_steps),
        next_stage=following.stage if following else None,
        answered=sum(answers.get(c.id, empty).answered for c in model.criteria),
        total=len(model.criteria),
    )


def placed_stage_label(model: MaturityModel, level: int) -> str:
    """What a placement at `level` reads as, in the model's words and the language in effect:
    "Phase 2 Storming", or "not yet Phase 1 Forming" below the first stage. Said when shown,
    never kept: a label stored in one language would be read in another."""
    first = model.stages[0]
    if level < first.level:
        return translate("maturity", "not yet {stage}").format(stage=model.stage_label(first))
    stage = next((s for s in model.stages if s.level == level), model.stages[-1])
    return model.stage_label(stage)
