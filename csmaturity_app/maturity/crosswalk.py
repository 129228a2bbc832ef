"""Crosswalks: an approximate correspondence between the levels of two maturity models.

A client assessed with one model often asks where it would stand in the other. A crosswalk
file (resources/crosswalks/*.toml) answers for every placed level of both models, with a
note per level and the caveats that make the answer approximate: the models do not measure
the same things, so a reading is a talking point, never a placement.

Models are matched by id, whatever the version an assessment was taken with; levels by
number. The stage label a reading shows comes from the newest version of the other model in
the catalog, and its short name ("FT Works") from the crosswalk file. Validation is strict
and names the key of every problem, as the model loader does.

A reading is in the language in effect: its stage label comes from the catalog's model in that
language, and its note and caveats from the crosswalk's translation in `<language>/` beside the
crosswalk file (`maturity.crosswalk_translation` gives the layout), as a model's words come
from `models/<language>/`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.crosswalk_translation import localized_crosswalk
from csmaturity_app.maturity.definition import MaturityModel
from csmaturity_app.maturity.loader import _Checker as ModelChecker
from csmaturity_app.maturity.loader import _kind, more_problems
from csmaturity_app.maturity.scoring import AssessmentResult

CROSSWALK_FORMAT = 1  # the newest crosswalk format this version reads
BUILTIN_CROSSWALKS_DIR = Path(str(files("csmaturity_app.resources") / "crosswalks"))
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class CrosswalkFileError(UserFacingError):
    """A crosswalk file that cannot be used; `problems` lists every reason, by key."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        more = more_problems(len(problems) - 1) if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}")


@dataclass(frozen=True)
class CrosswalkModel:
    id: str
    name: str  # the short name a reading uses: "TSIA", "FT Works"
    levels: tuple[int, ...]  # every level an assessment can be placed at, rising


@dataclass(frozen=True)
class Correspondence:
    from_model: str
    level: int
    to_level: int  # the roughly corresponding level of the other model
    note: str


@dataclass(frozen=True)
class Caveat:
    id: str
    text: str


@dataclass(frozen=True)
class Crosswalk:
    id: str
    title: str
    caveat: str  # one sentence shown with every reading
    models: tuple[CrosswalkModel, CrosswalkModel]
    correspondences: tuple[Correspondence, ...]
    caveats: tuple[Caveat, ...]
    source: str = ""

    def model(self, model_id: str) -> CrosswalkModel | None:
        return next((m for m in self.models if m.id == model_id), None)

    def other(self, model_id: str) -> CrosswalkModel | None:
        """The model on the other side from `model_id` (None: not a side of this crosswalk)."""
        if self.model(model_id) is None:
            return None
        return next(m for m in self.models if m.id != model_id)

    def lookup(self, model_id: str, level: int) -> Correspondence | None:
        return next(
            (c for c in self.correspondences if c.from_model == model_id and c.level == level),
            None,
        )


@dataclass(frozen=True)
class CrosswalkReading:
    """Where an assessment roughly stands in the other model: always approximate."""

    model_id: str  # the other model
    model_name: str  # "FT Works"
    level: int
    stage_label: str  # "Level 2 Tactical", from the newest catalog version of that model
    text: str  # "roughly FT Works Level 2 Tactical"
    note: str
    caveat: str  # the crosswalk's one-sentence caveat
    caveats: tuple[str, ...]
    approximate: bool = True

    @property
    def line(self) -> str:
        """The line the results pane, the report and `show` print."""
        return translate("crosswalk", "Crosswalk: {text} (approximate)").format(text=self.text)


# -- loading


def load_crosswalk_file(path: str | Path) -> Crosswalk:
    """Read and validate one crosswalk file; `CrosswalkFileError` names every problem's key."""
    path = Path(path)
    source = str(path)
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise CrosswalkFileError(source, [translate("model file", "no such file")]) from None
    except OSError as exc:
        raise CrosswalkFileError(
            source,
            [translate("model file", "cannot be read ({strerror})").format(strerror=exc.strerror)],
        ) from None
    except UnicodeDecodeError as exc:
        raise CrosswalkFileError(
            source,
            [translate("model file", "is not UTF-8 text (byte {start})").format(start=exc.start)],
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise CrosswalkFileError(
            source, [translate("model file", "is not valid TOML: {exc}").format(exc=exc)]
        ) from None
    return parse_crosswalk(data, source)


def parse_crosswalk(data: Mapping[str, Any], source: str = "<crosswalk>") -> Crosswalk:
    checker = _Checker()
    crosswalk = checker.crosswalk(data, source)
    if checker.problems or crosswalk is None:
        raise CrosswalkFileError(
            source, checker.problems or [translate("model file", "is not a crosswalk")]
        )
    return crosswalk


def load_crosswalks(folders: Iterable[Path]) -> tuple[Crosswalk, ...]:
    """Every `*.toml` of the folders, in order; the first bad file raises."""
    found: list[Crosswalk] = []
    for folder in folders:
        if folder.is_dir():
            found += [load_crosswalk_file(p) for p in sorted(folder.glob("*.toml"))]
    return tuple(found)


@cache
def builtin_crosswalks() -> tuple[Crosswalk, ...]:
    """The crosswalks shipped with the application, read once per process."""
    return load_crosswalks([BUILTIN_CROSSWALKS_DIR])


def placed_levels(model: MaturityModel) -> tuple[int, ...]:
    """Every level an assessment with this model can be placed at: below the first stage
    too, unless that stage has no criteria (then it is achieved by definition)."""
    first, last = model.stages[0], model.stages[-1]
    low = first.level - 1 if model.criteria_of_stage(first.id) else first.level
    return tuple(range(low, last.level + 1))


def check_against_catalog(crosswalk: Crosswalk, catalog: ModelCatalog) -> list[str]:
    """Problems of a valid crosswalk against the models installed: each side must be a model
    of the catalog, with the same placed levels in every version."""
    problems: list[str] = []
    known = {m.id for m in catalog}
    for i, side in enumerate(crosswalk.models):
        key = f"models[{i}]"
        if side.id not in known:
            problems.append(
                translate("model file", "{key}.id: no maturity model {id!r} in the catalog").format(
                    key=key, id=side.id
                )
            )
            continue
        for model in catalog:
            if model.id == side.id and placed_levels(model) != side.levels:
                problems.append(
                    translate(
                        "model file",
                        "{key}.levels: {list} differ from the placed levels {list2} of {key2}",
                    ).format(
                        key=key,
                        list=list(side.levels),
                        list2=list(placed_levels(model)),
                        key2=model.key,
                    )
                )
    return problems


# -- readings


def crosswalk_readings(
    result: AssessmentResult,
    catalog: ModelCatalog,
    crosswalks: Sequence[Crosswalk] | None = None,
) -> tuple[CrosswalkReading, ...]:
    """Where the placed level of `result` roughly stands in each model it has a crosswalk
    to (the built-in crosswalks unless others are given). A model missing from the catalog
    gives no reading: its stages could not be named. In the language in effect."""
    model_id, level = result.model.id, result.placed_level
    readings: list[CrosswalkReading] = []
    for written in builtin_crosswalks() if crosswalks is None else crosswalks:
        crosswalk = localized_crosswalk(written)
        other = crosswalk.other(model_id)
        entry = crosswalk.lookup(model_id, level)
        if other is None or entry is None:
            continue
        try:
            target = catalog.get(other.id)
        except UserFacingError:
            continue
        stage_label = _stage_label(target, entry.to_level)
        readings.append(
            CrosswalkReading(
                model_id=other.id,
                model_name=other.name,
                level=entry.to_level,
                stage_label=stage_label,
                text=translate("crosswalk", "roughly {model} {stage}").format(
                    model=other.name, stage=stage_label
                ),
                note=entry.note,
                caveat=crosswalk.caveat,
                caveats=tuple(c.text for c in crosswalk.caveats),
            )
        )
    return tuple(readings)


def _stage_label(model: MaturityModel, level: int) -> str:
    for stage in model.stages:
        if stage.level == level:
            return model.stage_label(stage)
    below = translate("crosswalk", "not yet {stage}")  # below the first stage
    return below.format(stage=model.stage_label(model.stages[0]))


# -- validation


class _Checker(ModelChecker):
    """Collects every problem, each named by its key, before giving up: the model loader's
    checker, with texts whose runs of spaces are folded (they are read out in one line)."""

    def text(self, table: Mapping[str, Any], key: str, name: str, *, required: bool = True) -> str:
        return " ".join(super().text(table, key, name, required=required).split())

    def slug(
        self, table: Mapping[str, Any], key: str, name: str, pattern: re.Pattern[str] = _SLUG
    ) -> str:
        value = self.text(table, key, name)
        if value and not pattern.match(value):
            full = f"{key}.{name}" if key else name
            self.fail(
                full,
                translate(
                    "model file", "{value!r} must use only a-z, 0-9, '.', '_' and '-'"
                ).format(value=value),
            )
        return value

    def crosswalk(self, data: Mapping[str, Any], source: str) -> Crosswalk | None:
        if not isinstance(data, Mapping):
            self.fail(
                translate("model file", "(top level)"),
                translate("model file", "must be a table, not {kind}").format(kind=_kind(data)),
            )
            return None
        self.keys(
            data, "", {"format", "id", "title", "caveat", "models", "correspondences", "caveats"}
        )
        file_format = self.integer(data, "", "format")
        if file_format is not None and not 1 <= file_format <= CROSSWALK_FORMAT:
            self.fail(
                "format",
                translate(
                    "model file", "is {file_format}; this version reads format {crosswalk_format}"
                ).format(file_format=file_format, crosswalk_format=CROSSWALK_FORMAT),
            )
        crosswalk_id = self.slug(data, "", "id")
        title = self.text(data, "", "title")
        caveat = self.text(data, "", "caveat")
        models = self.models(self.array_of_tables(data, "models"))
        correspondences = self.correspondences(
            self.array_of_tables(data, "correspondences"), models
        )
        caveats = self.caveats(self.array_of_tables(data, "caveats"))
        if self.problems or len(models) != 2:
            return None
        return Crosswalk(
            id=crosswalk_id,
            title=title,
            caveat=caveat,
            models=(models[0], models[1]),
            correspondences=correspondences,
            caveats=caveats,
            source=source,
        )

    def models(self, tables: list[Mapping[str, Any]]) -> list[CrosswalkModel]:
        if tables and len(tables) != 2:
            self.fail(
                "models",
                translate("model file", "must name exactly two models, not {count}").format(
                    count=len(tables)
                ),
            )
        models: list[CrosswalkModel] = []
        for i, table in enumerate(tables):
            key = f"models[{i}]"
            self.keys(table, key, {"id", "name", "levels"})
            model_id = self.slug(table, key, "id")
            if model_id and any(m.id == model_id for m in models):
                self.fail(
                    f"{key}.id",
                    translate("model file", "{model_id!r} is on both sides").format(
                        model_id=model_id
                    ),
                )
            name = self.text(table, key, "name")
            levels = self.levels(table.get("levels"), f"{key}.levels")
            models.append(CrosswalkModel(model_id, name, levels))
        return models

    def levels(self, value: Any, key: str) -> tuple[int, ...]:
        if value is None:
            return ()
        if (
            not isinstance(value, list)
            or not value
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            self.fail(
                key,
                translate(
                    "model file", "must be a non-empty list of whole numbers, not {value!r}"
                ).format(value=value),
            )
            return ()
        if value != list(range(value[0], value[0] + len(value))):
            self.fail(
                key,
                translate("model file", "{value} must rise by one, without gaps or repeats").format(
                    value=value
                ),
            )
            return ()
        return tuple(value)

    def correspondences(
        self, tables: list[Mapping[str, Any]], models: list[CrosswalkModel]
    ) -> tuple[Correspondence, ...]:
        by_id = {m.id: m for m in models if m.id}
        found: list[Correspondence] = []
        for i, table in enumerate(tables):
            key = f"correspondences[{i}]"
            self.keys(table, key, {"from", "level", "to_level", "note"})
            from_id = self.text(table, key, "from")
            level = self.integer(table, key, "level")
            to_level = self.integer(table, key, "to_level")
            note = self.text(table, key, "note")
            side = by_id.get(from_id)
            if from_id and side is None:
                self.fail(
                    f"{key}.from",
                    translate("model file", "{from_id!r} is not one of the two models").format(
                        from_id=from_id
                    ),
                )
                continue
            if side is None or level is None or to_level is None:
                continue
            other = next((m for m in models if m.id != from_id), None)
            if level not in side.levels:
                self.fail(
                    f"{key}.level",
                    translate("model file", "{level} is not a level of {from_id} {span}").format(
                        level=level, from_id=from_id, span=_span(side)
                    ),
                )
            elif any(c.from_model == from_id and c.level == level for c in found):
                self.fail(
                    f"{key}.level",
                    translate("model file", "{from_id} level {level} has an earlier entry").format(
                        from_id=from_id, level=level
                    ),
                )
            if other is not None and to_level not in other.levels:
                self.fail(
                    f"{key}.to_level",
                    translate("model file", "{to_level} is not a level of {id} {span}").format(
                        to_level=to_level, id=other.id, span=_span(other)
                    ),
                )
            found.append(Correspondence(from_id, level, to_level, note))
        if tables:
            for model in models:
                covered = {c.level for c in found if c.from_model == model.id}
                for level in model.levels:
                    if level not in covered:
                        self.fail(
                            "correspondences",
                            translate(
                                "model file",
                                "no entry from {id} level {level} (every level needs one)",
                            ).format(id=model.id, level=level),
                        )
        return tuple(found)

    def caveats(self, tables: list[Mapping[str, Any]]) -> tuple[Caveat, ...]:
        caveats: list[Caveat] = []
        for i, table in enumerate(tables):
            key = f"caveats[{i}]"
            self.keys(table, key, {"id", "text"})
            caveat_id = self.slug(table, key, "id")
            if caveat_id and any(c.id == caveat_id for c in caveats):
                self.fail(
                    f"{key}.id",
                    translate("model file", "{caveat_id!r} is used by an earlier caveat").format(
                        caveat_id=caveat_id
                    ),
                )
            caveats.append(Caveat(caveat_id, self.text(table, key, "text")))
        return tuple(caveats)


def _span(model: CrosswalkModel) -> str:
    return f"({model.levels[0]} to {model.levels[-1]})" if model.levels else "(none listed)"
