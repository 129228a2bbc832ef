"""The parts of a maturity model, as immutable values.

A `MaturityModel` is what a model file holds once validated. `to_dict()` gives
back the file's structure, so an assessment can freeze the exact definition it
was taken with (as JSON in the store, or inside a snapshot) and rebuild it
later with `loader.parse_model`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import Any

SOURCES = ("article", "addition")  # where a criterion comes from: the authors' article, or us


@dataclass(frozen=True)
class Attribution:
    author: str
    organisation: str
    article: str
    year: int | None = None
    note: str = ""
    url: str = ""  # where the article is published (format 2)
    published: str = ""  # where and when, as a reader needs it: "TSIA blog, updated June 13, 2017"

    def credit(self) -> str:
        """One line crediting the source, e.g. for the About dialog and reports."""
        from csmaturity_app.i18n import translate  # the quotation marks are the language's

        where = f", {self.published}" if self.published else (f", {self.year}" if self.year else "")
        credit = translate("maturity", "{author} ({organisation}), \u201c{article}\u201d")
        return (
            credit.format(author=self.author, organisation=self.organisation, article=self.article)
            + where
        )


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
    typical_profile: str = ""  # what an organization at this stage usually looks like
    next_stage_unlocks: str = ""  # what reaching the next stage brings (empty at the top)


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
    source: str = ""  # "article" or "addition" (format 2); empty in format 1 files
    anchors: tuple[str, ...] = ()  # what earns each score of the scale, in order
    why: str = ""
    action: str = ""  # a typical first action
    not_applicable_when: str = ""  # when "not applicable" is a legitimate answer

    @property
    def is_addition(self) -> bool:
        """Written by us rather than taken from the authors' article."""
        return self.source == "addition"


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    meaning: str


@dataclass(frozen=True)
class CarryForward:
    """How answers given under an earlier version of the model come across to this one:
    each old criterion id maps to the new id(s) it became; an empty list means dropped."""

    from_version: str
    criteria: tuple[tuple[str, tuple[str, ...]], ...]

    def targets(self, old_id: str) -> tuple[str, ...]:
        return dict(self.criteria).get(old_id, ())


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
    format: int = 1
    threshold_text: str = ""  # the threshold as the file wrote it when a fraction ("2/3")
    glossary: tuple[GlossaryEntry, ...] = ()
    carry_forward: tuple[CarryForward, ...] = ()
    # A translated model (`translation.localized`) reads in `language` but stays the model it
    # translates: `original` is that model, and `to_dict` (so the digest that names the
    # version in stores and snapshots) is the original's. "" is the file's own language.
    language: str = field(default="", compare=False)
    original: MaturityModel | None = field(default=None, compare=False, repr=False)

    @cached_property
    def exact_threshold(self) -> Fraction:
        """The threshold as an exact fraction: 2/3 must not become 0.6666666666666666. The
        text form counts only while it still says the same as the number (a model copied with
        another threshold must not keep the old fraction)."""
        if self.threshold_text and float(Fraction(self.threshold_text)) == self.threshold:
            return Fraction(self.threshold_text)
        return Fraction(str(self.threshold))

    def _threshold_value(self) -> str | float:
        if self.threshold_text and self.exact_threshold == Fraction(self.threshold_text):
            return self.threshold_text
        return self.threshold

    def carry_forward_from(self, version: str) -> CarryForward | None:
        for mapping in self.carry_forward:
            if mapping.from_version == version:
                return mapping
        return None

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
        """The definition in the layout of a model file (see resources/models/): the original's
        for a translated model, so a translation never changes what a version is."""
        if self.original is not None:
            return self.original.to_dict()
        attribution: dict[str, Any] = {
            "author": self.attribution.author,
            "organisation": self.attribution.organisation,
            "article": self.attribution.article,
            "note": self.attribution.note,
        }
        if self.attribution.year is not None:
            attribution["year"] = self.attribution.year
        # Format 1 definitions keep exactly the keys they always had: their frozen JSON, and
        # so the digest that names them in stores and snapshots, must not change.
        full = self.format >= 2
        if full or self.attribution.url:
            attribution["url"] = self.attribution.url
        if full or self.attribution.published:
            attribution["published"] = self.attribution.published
        data: dict[str, Any] = {
            "format": self.format,
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
            "scoring": {"threshold": self._threshold_value(), "rule": self.rule},
            "stages": [_stage_dict(s, full) for s in self.stages],
            "dimensions": [
                {"id": d.id, "name": d.name, "description": d.description} for d in self.dimensions
            ],
            "criteria": [_criterion_dict(c, full) for c in self.criteria],
        }
        if full or self.glossary:
            data["glossary"] = [{"term": g.term, "meaning": g.meaning} for g in self.glossary]
        if self.carry_forward:
            data["carry_forward"] = [
                {"from_version": m.from_version, "criteria": {k: list(v) for k, v in m.criteria}}
                for m in self.carry_forward
            ]
        return data


def _stage_dict(stage: Stage, full: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": stage.id,
        "level": stage.level,
        "name": stage.name,
        "description": stage.description,
        "guidance": stage.guidance,
    }
    if full or stage.typical_profile:
        data["typical_profile"] = stage.typical_profile
    if full or stage.next_stage_unlocks:
        data["next_stage_unlocks"] = stage.next_stage_unlocks
    return data


def _criterion_dict(criterion: Criterion, full: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": criterion.id,
        "stage": criterion.stage,
        "dimension": criterion.dimension,
        "statement": criterion.statement,
        "guidance": criterion.guidance,
    }
    extra: dict[str, Any] = {
        "source": criterion.source,
        "anchors": list(criterion.anchors),
        "why": criterion.why,
        "action": criterion.action,
        "not_applicable_when": criterion.not_applicable_when,
    }
    data.update({k: v for k, v in extra.items() if full or v})
    return data
