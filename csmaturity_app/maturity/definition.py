"""The parts of a maturity model, as immutable values.

A `MaturityModel` is what a model file holds once validated. `to_dict()` gives
back the file's structure, so an assessment can freeze the exact definition it
was taken with (as JSON in the store, or inside a snapshot) and rebuild it
later with `loader.parse_model`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Attribution:
    author: str
    organisation: str
    article: str
    year: int | None = None
    note: str = ""

    def credit(self) -> str:
        """One line crediting the source, e.g. for the About dialog and reports."""
        year = f", {self.year}" if self.year else ""
        return f"{self.author} ({self.organisation}), \u201c{self.article}\u201d{year}"


@dataclass(frozen=True)
class ScalePoint:
    score: int
    label: str


@dataclass(frozen=True)
class Stage:
    id: str
    level: int
    name: str
    description: str
    guidance: str = ""


@dataclass(frozen=True)
class Dimension:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Criterion:
    id: str
    stage: str
    dimension: str
    statement: str
    guidance: str = ""


@dataclass(frozen=True)
class MaturityModel:
    id: str
    version: str
    title: str
    stage_word: str
    summary: str
    attribution: Attribution
    scale: tuple[ScalePoint, ...]
    not_applicable_label: str
    threshold: float
    rule: str
    stages: tuple[Stage, ...]
    dimensions: tuple[Dimension, ...]
    criteria: tuple[Criterion, ...]
    source: str = field(default="", compare=False)

    @property
    def max_score(self) -> int:
        return self.scale[-1].score

    @property
    def key(self) -> str:
        """`id@version`: how an assessment names the definition it was taken with."""
        return f"{self.id}@{self.version}"

    def stage_label(self, stage: Stage) -> str:
        """The name a user reads: "Phase 3 Norming", "Level 0 Asleep"."""
        return f"{self.stage_word} {stage.level} {stage.name}"

    def score_label(self, score: int) -> str:
        for point in self.scale:
            if point.score == score:
                return point.label
        raise KeyError(score)

    @cached_property
    def criteria_by_id(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}

    @cached_property
    def stages_by_id(self) -> dict[str, Stage]:
        return {s.id: s for s in self.stages}

    @cached_property
    def dimensions_by_id(self) -> dict[str, Dimension]:
        return {d.id: d for d in self.dimensions}

    def criteria_of_stage(self, stage_id: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.stage == stage_id)

    def to_dict(self) -> dict[str, Any]:
        """The definition in the layout of a model file (see resources/models/)."""
        attribution: dict[str, Any] = {
            "author": self.attribution.author,
            "organisation": self.attribution.organisation,
            "article": self.attribution.article,
            "note": self.attribution.note,
        }
        if self.attribution.year is not None:
            attribution["year"] = self.attribution.year
        return {
            "format": 1,
            "id": self.id,
            "version": self.version,
            "title": self.title,
            "stage_word": self.stage_word,
            "summary": self.summary,
            "attribution": attribution,
            "scale": {
                "not_applicable_label": self.not_applicable_label,
                "points": [{"score": p.score, "label": p.label} for p in self.scale],
            },
            "scoring": {"threshold": self.threshold, "rule": self.rule},
            "stages": [
                {
                    "id": s.id,
                    "level": s.level,
                    "name": s.name,
                    "description": s.description,
                    "guidance": s.guidance,
                }
                for s in self.stages
            ],
            "dimensions": [
                {"id": d.id, "name": d.name, "description": d.description} for d in self.dimensions
            ],
            "criteria": [
                {
                    "id": c.id,
                    "stage": c.stage,
                    "dimension": c.dimension,
                    "statement": c.statement,
                    "guidance": c.guidance,
                }
                for c in self.criteria
            ],
        }
