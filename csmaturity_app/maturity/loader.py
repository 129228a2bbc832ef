"""Read and validate maturity model files (TOML) into `MaturityModel` values.

Validation is strict and exhaustive: every problem is reported with the file
and the key it concerns (`stages[2].level`), so that a consultant writing a
model of their own learns exactly what to fix from `csmaturity models check`.
Unknown keys are problems too: a typo must not silently drop a field.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from csmaturity_app.errors import UserFacingError
from csmaturity_app.maturity.definition import (
    Attribution,
    Criterion,
    Dimension,
    MaturityModel,
    ScalePoint,
    Stage,
)

FILE_FORMAT = 1
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_CRITERION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


class ModelFileError(UserFacingError):
    """A maturity model file that cannot be used; `problems` lists every reason."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}")


def load_model_file(path: str | Path) -> MaturityModel:
    """Read one model file; raise `ModelFileError` naming the file and key on any problem."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(source, ["no such file"]) from None
    except IsADirectoryError:
        raise ModelFileError(source, ["is a folder, not a model file"]) from None
    except OSError as exc:
        raise ModelFileError(source, [f"cannot be read ({exc.strerror})"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelFileError(source, [f"is not UTF-8 text (byte {exc.start})"]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ModelFileError(source, [f"is not valid TOML: {exc}"]) from None
    return parse_model(data, source)


def parse_model(data: Mapping[str, Any], source: str = "<definition>") -> MaturityModel:
    """Validate a model definition already parsed into dicts (from TOML or frozen JSON)."""
    checker = _Checker()
    model = checker.model(data)
    if checker.problems or model is None:
        raise ModelFileError(source, checker.problems or ["is not a maturity model"])
    return dataclasses.replace(model, source=source)


class _Checker:
    """Collects problems while building the model, so all of them can be reported at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(f"{key}: {message}")

    # -- field readers: return a value of the right type, or a placeholder after recording why

    def keys(
        self, table: Mapping[str, Any], key: str, required: set[str], optional: set[str]
    ) -> None:
        prefix = f"{key}." if key else ""
        for name in sorted(required - table.keys()):
            self.fail(f"{prefix}{name}", "is missing")
        for name in sorted(table.keys() - required - optional):
            self.fail(f"{prefix}{name}", "is not a known key (a typo?)")

    def text(self, table: Mapping[str, Any], key: str, name: str, *, required: bool = True) -> str:
        value = table.get(name, None if required else "")
        if value is None:
            return ""  # already reported as missing by keys()
        if not isinstance(value, str):
            self.fail(_join(key, name), f"must be text, not {_kind(value)}")
            return ""
        if required and not value.strip():
            self.fail(_join(key, name), "must not be empty")
        return value.strip()

    def slug(self, table: Mapping[str, Any], key: str, name: str, pattern: re.Pattern[str]) -> str:
        value = self.text(table, key, name)
        if value and not pattern.match(value):
            self.fail(
                _join(key, name),
                f"{value!r} must use only letters, digits, '.', '_' and '-' "
                "(and start with a letter or digit)"
                + (", in lower case" if pattern is _SLUG else ""),
            )
        return value

    def integer(self, table: Mapping[str, Any], key: str, name: str) -> int | None:
        value = table.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(_join(key, name), f"must be a whole number, not {_kind(value)}")
            return None
        return value

    def table(self, data: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
        """The sub-table, or None (already reported) so its fields are not reported again."""
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(name, f"must be a table ([{name}]), not {_kind(value)}")
            return None
        return value

    def array_of_tables(
        self, data: Mapping[str, Any], name: str, key: str = ""
    ) -> list[Mapping[str, Any]]:
        value = data.get(name)
        if value is None:
            return []
        full = _join(key, name)
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.fail(full, f"must be a list of tables ([[{full}]]), not {_kind(value)}")
            return []
        if not value:
            self.fail(full, "must not be empty")
        return value

    # -- the model

    def model(self, data: Mapping[str, Any]) -> MaturityModel | None:
        if not isinstance(data, Mapping):
            self.fail("(top level)", f"must be a table, not {_kind(data)}")
            return None
        self.keys(
            data,
            "",
            {
                "format",
                "id",
                "version",
                "title",
                "stage_word",
                "attribution",
                "scale",
                "scoring",
                "stages",
                "dimensions",
                "criteria",
            },
            {"summary"},
        )
        file_format = self.integer(data, "", "format")
        if file_format is not None and file_format != FILE_FORMAT:
            newer = " (written for a newer CS Maturity)" if file_format > FILE_FORMAT else ""
            self.fail("format", f"is {file_format}; this version reads format {FILE_FORMAT}{newer}")
        model_id = self.slug(data, "", "id", _SLUG)
        version = self.text(data, "", "version")
        title = self.text(data, "", "title")
        stage_word = self.text(data, "", "stage_word")
        summary = self.text(data, "", "summary", required=False)
        table = self.table(data, "attribution")
        attribution = self.attribution(table) if table is not None else Attribution("", "", "")
        table = self.table(data, "scale")
        scale, na_label = self.scale(table) if table is not None else ((), "")
        table = self.table(data, "scoring")
        threshold, rule = self.scoring(table) if table is not None else (0.75, "")
        stages = self.stages(self.array_of_tables(data, "stages"))
        dimensions = self.dimensions(self.array_of_tables(data, "dimensions"))
        criteria = self.criteria(self.array_of_tables(data, "criteria"), stages, dimensions)
        if self.problems:
            return None
        return MaturityModel(
            id=model_id,
            version=version,
            title=title,
            stage_word=stage_word,
            summary=summary,
            attribution=attribution,
            scale=scale,
            not_applicable_label=na_label,
            threshold=threshold,
            rule=rule,
            stages=stages,
            dimensions=dimensions,
            criteria=criteria,
        )

    def attribution(self, table: Mapping[str, Any]) -> Attribution:
        key = "attribution"
        self.keys(table, key, {"author", "organisation", "article"}, {"year", "note"})
        year = self.integer(table, key, "year")
        if year is not None and not 1900 <= year <= 2200:
            self.fail(f"{key}.year", f"{year} is not a plausible year")
        return Attribution(
            author=self.text(table, key, "author"),
            organisation=self.text(table, key, "organisation"),
            article=self.text(table, key, "article"),
            year=year,
            note=self.text(table, key, "note", required=False),
        )

    def scale(self, table: Mapping[str, Any]) -> tuple[tuple[ScalePoint, ...], str]:
        key = "scale"
        self.keys(table, key, {"points", "not_applicable_label"}, set())
        na_label = self.text(table, key, "not_applicable_label")
        points: list[ScalePoint] = []
        for i, point in enumerate(self.array_of_tables(table, "points", key)):
            pkey = f"{key}.points[{i}]"
            self.keys(point, pkey, {"score", "label"}, set())
            score = self.integer(point, pkey, "score")
            label = self.text(point, pkey, "label")
            if score is not None and score != i:
                self.fail(f"{pkey}.score", f"is {score}; scores must run 0, 1, 2, ... in order")
            points.append(ScalePoint(i if score is None else score, label))
        if "points" in table and isinstance(table["points"], list) and len(points) == 1:
            self.fail(f"{key}.points", "needs at least two points (0 and a top score)")
        labels = [p.label for p in points if p.label]
        if len(set(labels)) != len(labels):
            self.fail(f"{key}.points", "labels must all differ")
        return tuple(points), na_label

    def scoring(self, table: Mapping[str, Any]) -> tuple[float, str]:
        key = "scoring"
        self.keys(table, key, {"threshold"}, {"rule"})
        threshold = table.get("threshold")
        if threshold is not None and (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0 < threshold <= 1
        ):
            self.fail(
                f"{key}.threshold", f"must be a number above 0 and at most 1, not {threshold!r}"
            )
            threshold = None
        return (
            float(threshold) if threshold is not None else 0.75,
            self.text(table, key, "rule", required=False),
        )

    def stages(self, tables: list[Mapping[str, Any]]) -> tuple[Stage, ...]:
        stages: list[Stage] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"stages[{i}]"
            self.keys(table, key, {"id", "level", "name", "description"}, {"guidance"})
            stage_id = self.slug(table, key, "id", _SLUG)
            if stage_id and stage_id in seen:
                self.fail(f"{key}.id", f"{stage_id!r} is used by an earlier stage")
            seen.add(stage_id)
            level = self.integer(table, key, "level")
            if level is not None and stages and level != stages[-1].level + 1:
                self.fail(
                    f"{key}.level",
                    f"is {level}; stages must be listed in order with levels rising by one "
                    f"(the stage before is level {stages[-1].level})",
                )
            stages.append(
                Stage(
                    id=stage_id,
                    level=level if level is not None else (stages[-1].level + 1 if stages else 0),
                    name=self.text(table, key, "name"),
                    description=self.text(table, key, "description"),
                    guidance=self.text(table, key, "guidance", required=False),
                )
            )
        return tuple(stages)

    def dimensions(self, tables: list[Mapping[str, Any]]) -> tuple[Dimension, ...]:
        dimensions: list[Dimension] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"dimensions[{i}]"
            self.keys(table, key, {"id", "name"}, {"description"})
            dimension_id = self.slug(table, key, "id", _SLUG)
            if dimension_id and dimension_id in seen:
                self.fail(f"{key}.id", f"{dimension_id!r} is used by an earlier dimension")
            seen.add(dimension_id)
            dimensions.append(
                Dimension(
                    id=dimension_id,
                    name=self.text(table, key, "name"),
                    description=self.text(table, key, "description", required=False),
                )
            )
        return tuple(dimensions)

    def criteria(
        self,
        tables: list[Mapping[str, Any]],
        stages: tuple[Stage, ...],
        dimensions: tuple[Dimension, ...],
    ) -> tuple[Criterion, ...]:
        stage_ids = [s.id for s in stages if s.id]
        dimension_ids = [d.id for d in dimensions if d.id]
        criteria: list[Criterion] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"criteria[{i}]"
            self.keys(table, key, {"id", "stage", "dimension", "statement"}, {"guidance"})
            criterion_id = self.slug(table, key, "id", _CRITERION_ID)
            if criterion_id:
                key = f"criteria[{i}] ({criterion_id})"
            if criterion_id and criterion_id in seen:
                self.fail(f"{key}.id", f"{criterion_id!r} is used by an earlier criterion")
            seen.add(criterion_id)
            stage = self.text(table, key, "stage")
            if stage and stage_ids and stage not in stage_ids:
                self.fail(
                    f"{key}.stage",
                    f"{stage!r} is not a stage of this model (stages: {', '.join(stage_ids)})",
                )
            dimension = self.text(table, key, "dimension")
            if dimension and dimension_ids and dimension not in dimension_ids:
                self.fail(
                    f"{key}.dimension",
                    f"{dimension!r} is not a dimension of this model "
                    f"(dimensions: {', '.join(dimension_ids)})",
                )
            criteria.append(
                Criterion(
                    id=criterion_id,
                    stage=stage,
                    dimension=dimension,
                    statement=self.text(table, key, "statement"),
                    guidance=self.text(table, key, "guidance", required=False),
                )
            )
        return tuple(criteria)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)
