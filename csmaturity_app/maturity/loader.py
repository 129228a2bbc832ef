"""Read and validate maturity model files (TOML) into `MaturityModel` values.

Validation is strict and exhaustive: every problem is reported with the file
and the key it concerns (`stages[2].level`), so that a consultant writing a
model of their own learns exactly what to fix from `csmaturity models check`.
Unknown keys are problems too: a typo must not silently drop a field.

Format 2 adds what a consultant needs in front of a client, and requires it:
per criterion its `source`, `anchors`, `why`, `action` and `not_applicable_when`;
per stage its `typical_profile` and `next_stage_unlocks`; a `glossary`; the
attribution's `url`. Format 1 files (the 1.0.0 models, and users' own files)
still load unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path
from typing import Any

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats, plural_is_one, translate
from csmaturity_app.maturity import limits
from csmaturity_app.maturity.definition import (
    SOURCES,
    Attribution,
    CarryForward,
    Criterion,
    Dimension,
    GlossaryEntry,
    MaturityModel,
    ScalePoint,
    Stage,
)

FILE_FORMAT = 2  # the newest format this version reads; every older one still loads
_FRACTION = re.compile(
    rf"^\s*(\d{{1,{limits.MAX_FRACTION_DIGITS}}})\s*/\s*(\d{{1,{limits.MAX_FRACTION_DIGITS}}})\s*$"
)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_CRITERION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_BOM = "\ufeff"  # some Windows editors start a UTF-8 file with it; TOML does not allow it
# The longest each text may be, by key (any other text: limits.MAX_TEXT).
_TEXT_LIMITS = dict.fromkeys(
    ("id", "version", "stage", "dimension", "source", "from_version"), limits.MAX_ID
) | dict.fromkeys(
    (
        "title",
        "stage_word",
        "name",
        "label",
        "not_applicable_label",
        "author",
        "organisation",
        "article",
        "published",
        "term",
    ),
    limits.MAX_NAME,
)


# Characters no model text may hold: they would act on a terminal (escape sequences), reorder
# what surrounds them (bidirectional overrides and isolates) or hide text. Line breaks and tabs
# are allowed in long texts only, never in a name.
_HIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_NAME_BREAK = re.compile(r"[\t\n\r]")


def control_problem(value: str, *, is_name: bool) -> str | None:
    """Why a text may not be shown as it is (a control or bidirectional character, or a line
    break in a name), or None."""
    found = _HIDDEN.search(value) or (_NAME_BREAK.search(value) if is_name else None)
    if found is None:
        return None
    return translate(
        "model file", "holds the control character U+{code}, which no text may hold"
    ).format(code=f"{ord(found.group()):04X}")


def more_problems(count: int) -> str:
    """ " (and 3 more problems)": what a one-line message leaves unsaid, in the language's
    singular or plural."""
    text = (
        translate("model file", " (and {count} more problem)")
        if plural_is_one(count)
        else translate("model file", " (and {count} more problems)")
    )
    return text.format(count=formats.integer(count))


class ModelFileError(UserFacingError):
    """A maturity model file that cannot be used; `problems` lists every reason."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        more = more_problems(len(problems) - 1) if len(problems) > 1 else ""
        super().__init__(f"{source}: {problems[0]}{more}")


def load_model_file(path: str | Path) -> MaturityModel:
    """Read one model file; raise `ModelFileError` naming the file and key on any problem."""
    return parse_model(read_toml(path), str(path))


def read_toml(path: str | Path) -> dict[str, Any]:
    """A TOML file (a model's, or a model translation's) as dicts, or `ModelFileError` saying
    in one line why it cannot be read."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(source, [translate("model file", "no such file")]) from None
    except IsADirectoryError:
        raise ModelFileError(
            source, [translate("model file", "is a folder, not a model file")]
        ) from None
    except OSError as exc:
        raise ModelFileError(
            source,
            [translate("model file", "cannot be read ({strerror})").format(strerror=exc.strerror)],
        ) from None
    try:
        text = raw.decode("utf-8").removeprefix(_BOM)
    except UnicodeDecodeError as exc:
        raise ModelFileError(
            source,
            [translate("model file", "is not UTF-8 text (byte {start})").format(start=exc.start)],
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ModelFileError(
            source, [translate("model file", "is not valid TOML: {exc}").format(exc=exc)]
        ) from None
    except RecursionError:
        raise ModelFileError(
            source, [translate("model file", "is nested too deeply to be a maturity model")]
        ) from None
    except ValueError as exc:  # an integer of thousands of digits
        raise ModelFileError(
            source, [translate("model file", "is not valid TOML: {exc}").format(exc=exc)]
        ) from None
    return data


def parse_model_json(definition: str, source: str = "<definition>") -> MaturityModel:
    """Validate a definition frozen as JSON (a store's, a snapshot's) as strictly as a file."""
    try:
        data = json.loads(definition)
    except RecursionError:
        raise ModelFileError(
            source, [translate("model file", "is nested too deeply to be a maturity model")]
        ) from None
    except ValueError as exc:
        raise ModelFileError(
            source, [translate("model file", "is not valid JSON: {exc}").format(exc=exc)]
        ) from None
    return parse_model(data, source)


def parse_model(data: Mapping[str, Any], source: str = "<definition>") -> MaturityModel:
    """Validate a model definition already parsed into dicts (from TOML or frozen JSON)."""
    checker = _Checker()
    model = checker.model(data)
    if checker.problems or model is None:
        raise ModelFileError(
            source, checker.problems or [translate("model file", "is not a maturity model")]
        )
    return dataclasses.replace(model, source=source)


class _Checker:
    """Collects problems while building the model, so all of them can be reported at once."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.format = FILE_FORMAT
        self.scale_size = 0

    def text2(self, table: Mapping[str, Any], key: str, name: str) -> str:
        """A text that format 2 requires and format 1 may leave out."""
        return self.text(table, key, name, required=self.format >= 2)

    def required2(self, required: set[str], later: set[str]) -> tuple[set[str], set[str]]:
        """(required, optional) keys: `later` are required from format 2 on, optional before."""
        return (required | later, set()) if self.format >= 2 else (required, later)

    def fail(self, key: str, message: str) -> None:
        self.problems.append(f"{key}: {message}")

    # -- field readers: return a value of the right type, or a placeholder after recording why

    def keys(
        self,
        table: Mapping[str, Any],
        key: str,
        required: set[str],
        optional: set[str] | None = None,
    ) -> None:
        optional = optional or set()
        prefix = f"{key}." if key else ""
        for name in sorted(required - table.keys()):
            self.fail(f"{prefix}{name}", translate("model file", "is missing"))
        unknown = sorted(table.keys() - required - optional)
        for name in unknown[: limits.MAX_UNKNOWN_KEYS]:
            self.fail(
                f"{prefix}{_clip(name)}", translate("model file", "is not a known key (a typo?)")
            )
        if len(unknown) > limits.MAX_UNKNOWN_KEYS:
            self.fail(
                key or translate("model file", "(top level)"),
                translate("model file", "has {count} unknown keys").format(count=len(unknown)),
            )

    def text(self, table: Mapping[str, Any], key: str, name: str, *, required: bool = True) -> str:
        value = table.get(name, None if required else "")
        if value is None:
            return ""  # already reported as missing by keys()
        if not isinstance(value, str):
            self.fail(
                _join(key, name),
                translate("model file", "must be text, not {kind}").format(kind=_kind(value)),
            )
            return ""
        if required and not value.strip():
            self.fail(_join(key, name), translate("model file", "must not be empty"))
        limit = _TEXT_LIMITS.get(name, limits.MAX_TEXT)
        if len(value) > limit:
            self.fail(
                _join(key, name),
                translate(
                    "model file", "has {count} characters; at most {limit} are allowed"
                ).format(count=formats.integer(len(value)), limit=formats.integer(limit)),
            )
            return ""
        hidden = control_problem(value.strip(), is_name=limit <= limits.MAX_NAME)
        if hidden is not None:
            self.fail(_join(key, name), hidden)
            return ""
        return value.strip()

    def slug(self, table: Mapping[str, Any], key: str, name: str, pattern: re.Pattern[str]) -> str:
        value = self.text(table, key, name)
        if value and not pattern.match(value):
            self.fail(
                _join(key, name),
                translate(
                    "model file",
                    "{clip!r} must use only letters, digits, '.', '_' and '-' (and start "
                    "with a letter or digit)",
                ).format(clip=_clip(value))
                + (translate("model file", ", in lower case") if pattern is _SLUG else ""),
            )
            return ""
        return value

    def integer(
        self,
        table: Mapping[str, Any],
        key: str,
        name: str,
        low: int | None = None,
        high: int | None = None,
    ) -> int | None:
        """A whole number from `low` to `high`; None (reported) otherwise. A bool is not one,
        though Python counts it as an int."""
        value = table.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                _join(key, name),
                translate("model file", "must be a whole number, not {kind}").format(
                    kind=_kind(value)
                ),
            )
            return None
        if low is not None and high is not None and not low <= value <= high:
            self.fail(
                _join(key, name),
                translate("model file", "is {number}; it must be from {low} to {high}").format(
                    number=_number(value), low=low, high=high
                ),
            )
            return None
        return value

    def table(self, data: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
        """The sub-table, or None (already reported) so its fields are not reported again."""
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(
                name,
                translate("model file", "must be a table ([{name}]), not {kind}").format(
                    name=name, kind=_kind(value)
                ),
            )
            return None
        return value

    def array_of_tables(
        self, data: Mapping[str, Any], name: str, key: str = "", limit: int | None = None
    ) -> list[Mapping[str, Any]]:
        """The list, or its first `limit` tables when it is longer (reported)."""
        value = data.get(name)
        if value is None:
            return []
        full = _join(key, name)
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            self.fail(
                full,
                translate("model file", "must be a list of tables ([[{full}]]), not {kind}").format(
                    full=full, kind=_kind(value)
                ),
            )
            return []
        if not value:
            self.fail(full, translate("model file", "must not be empty"))
        if limit is not None and len(value) > limit:
            self.fail(
                full,
                translate("model file", "has {count} entries; at most {limit} are allowed").format(
                    count=formats.integer(len(value)), limit=formats.integer(limit)
                ),
            )
            return value[:limit]
        return value

    # -- the model

    def model(self, data: Mapping[str, Any]) -> MaturityModel | None:
        if not isinstance(data, Mapping):
            self.fail(
                translate("model file", "(top level)"),
                translate("model file", "must be a table, not {kind}").format(kind=_kind(data)),
            )
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
            }
            | ({"glossary"} if self.format_of(data) >= 2 else set()),
            {"summary", "carry_forward", "glossary"},
        )
        model_id = self.slug(data, "", "id", _SLUG)
        version = self.text(data, "", "version")
        title = self.text(data, "", "title")
        stage_word = self.text(data, "", "stage_word")
        summary = self.text(data, "", "summary", required=False)
        table = self.table(data, "attribution")
        attribution = self.attribution(table) if table is not None else Attribution("", "", "")
        table = self.table(data, "scale")
        scale, na_label = self.scale(table) if table is not None else ((), "")
        self.scale_size = len(scale)
        table = self.table(data, "scoring")
        threshold, threshold_text, rule = (
            self.scoring(table) if table is not None else (0.75, "", "")
        )
        stages = self.stages(self.array_of_tables(data, "stages", limit=limits.MAX_STAGES))
        dimensions = self.dimensions(
            self.array_of_tables(data, "dimensions", limit=limits.MAX_DIMENSIONS)
        )
        criteria = self.criteria(
            self.array_of_tables(data, "criteria", limit=limits.MAX_CRITERIA), stages, dimensions
        )
        glossary = self.glossary(self.array_of_tables(data, "glossary", limit=limits.MAX_GLOSSARY))
        carry_forward = self.carry_forward(
            self.array_of_tables(data, "carry_forward", limit=limits.MAX_CARRY_FORWARD),
            version,
            criteria,
        )
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
            format=self.format,
            threshold_text=threshold_text,
            glossary=glossary,
            carry_forward=carry_forward,
        )

    def format_of(self, data: Mapping[str, Any]) -> int:
        """Read `format` first: which keys are required depends on it. Without a readable
        format, check as format 1 asks, so that the format is the one problem named."""
        self.format = 1
        file_format = self.integer(data, "", "format")
        if file_format is None:
            return self.format
        # not integer()'s own range: a format above ours says the file is for a newer app
        if not 1 <= file_format <= FILE_FORMAT:
            newer = (
                translate("model file", " (written for a newer CS Maturity)")
                if file_format > FILE_FORMAT
                else ""
            )
            self.fail(
                "format",
                translate(
                    "model file",
                    "is {number}; this version reads formats 1 to {file_format}{newer}",
                ).format(number=_number(file_format), file_format=FILE_FORMAT, newer=newer),
            )
            return self.format
        self.format = file_format
        return file_format

    def attribution(self, table: Mapping[str, Any]) -> Attribution:
        key = "attribution"
        required, optional = self.required2({"author", "organisation", "article"}, {"url"})
        self.keys(table, key, required, optional | {"year", "note", "published"})
        year = self.integer(table, key, "year")
        low, high = limits.YEAR_RANGE
        if year is not None and not low <= year <= high:
            self.fail(
                f"{key}.year",
                translate("model file", "{number} is not a plausible year").format(
                    number=_number(year)
                ),
            )
            year = None
        return Attribution(
            author=self.text(table, key, "author"),
            organisation=self.text(table, key, "organisation"),
            article=self.text(table, key, "article"),
            year=year,
            note=self.text(table, key, "note", required=False),
            url=self.text2(table, key, "url"),
            published=self.text(table, key, "published", required=False),
        )

    def scale(self, table: Mapping[str, Any]) -> tuple[tuple[ScalePoint, ...], str]:
        key = "scale"
        self.keys(table, key, {"points", "not_applicable_label"}, set())
        na_label = self.text(table, key, "not_applicable_label")
        points: list[ScalePoint] = []
        tables = self.array_of_tables(table, "points", key, limits.MAX_SCORE + 1)
        for i, point in enumerate(tables):
            pkey = f"{key}.points[{i}]"
            self.keys(point, pkey, {"score", "label"}, set())
            score = self.integer(point, pkey, "score", 0, limits.MAX_SCORE)
            label = self.text(point, pkey, "label")
            if score is not None and score != i:
                self.fail(
                    f"{pkey}.score",
                    translate(
                        "model file", "is {score}; scores must run 0, 1, 2, ... in order"
                    ).format(score=score),
                )
            points.append(ScalePoint(i if score is None else score, label))
        if "points" in table and isinstance(table["points"], list) and len(points) == 1:
            self.fail(
                f"{key}.points",
                translate("model file", "needs at least two points (0 and a top score)"),
            )
        labels = [p.label for p in points if p.label]
        if len(set(labels)) != len(labels):
            self.fail(f"{key}.points", translate("model file", "labels must all differ"))
        return tuple(points), na_label

    def scoring(self, table: Mapping[str, Any]) -> tuple[float, str, str]:
        """The threshold as a number, or as a fraction written as text ("2/3") so that it is
        exact: a stage whose attainment is exactly two thirds must be achieved."""
        key = "scoring"
        self.keys(table, key, {"threshold"}, {"rule"})
        rule = self.text(table, key, "rule", required=False)
        threshold = table.get("threshold")
        problem = translate(
            "model file",
            'must be a number, or a fraction such as "2/3", above 0 and at most 1, not {shown}',
        ).format(shown=_shown(threshold))
        if threshold is None:
            return 0.75, "", rule
        if isinstance(threshold, str):
            match = _FRACTION.match(threshold)
            if (
                not match
                or int(match[2]) == 0
                or not 0 < Fraction(int(match[1]), int(match[2])) <= 1
            ):
                self.fail(f"{key}.threshold", problem)
                return 0.75, "", rule
            exact = Fraction(int(match[1]), int(match[2]))
            return float(exact), f"{match[1]}/{match[2]}", rule
        if (
            isinstance(threshold, bool)
            or not isinstance(threshold, int | float)
            or not 0 < threshold <= 1
        ):
            self.fail(f"{key}.threshold", problem)
            return 0.75, "", rule
        return float(threshold), "", rule

    def stages(self, tables: list[Mapping[str, Any]]) -> tuple[Stage, ...]:
        stages: list[Stage] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"stages[{i}]"
            last = i == len(tables) - 1
            required, optional = self.required2(
                {"id", "level", "name", "description"},
                {"typical_profile"} | (set() if last else {"next_stage_unlocks"}),
            )
            self.keys(table, key, required, optional | {"guidance", "next_stage_unlocks"})
            stage_id = self.slug(table, key, "id", _SLUG)
            if stage_id and stage_id in seen:
                self.fail(
                    f"{key}.id",
                    translate("model file", "{stage_id!r} is used by an earlier stage").format(
                        stage_id=stage_id
                    ),
                )
            seen.add(stage_id)
            level = self.integer(table, key, "level", limits.MIN_LEVEL, limits.MAX_LEVEL)
            if level is not None and stages and level != stages[-1].level + 1:
                self.fail(
                    f"{key}.level",
                    translate(
                        "model file",
                        "is {level}; stages must be listed in order with levels rising by one "
                        "(the stage before is level {level2})",
                    ).format(level=level, level2=stages[-1].level),
                )
            stages.append(
                Stage(
                    id=stage_id,
                    level=level if level is not None else (stages[-1].level + 1 if stages else 0),
                    name=self.text(table, key, "name"),
                    description=self.text(table, key, "description"),
                    guidance=self.text(table, key, "guidance", required=False),
                    typical_profile=self.text2(table, key, "typical_profile"),
                    next_stage_unlocks=self.text(
                        table, key, "next_stage_unlocks", required=self.format >= 2 and not last
                    ),
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
                self.fail(
                    f"{key}.id",
                    translate(
                        "model file", "{dimension_id!r} is used by an earlier dimension"
                    ).format(dimension_id=dimension_id),
                )
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
            required, optional = self.required2(
                {"id", "stage", "dimension", "statement"},
                {"source", "anchors", "why", "action", "not_applicable_when"},
            )
            self.keys(table, key, required, optional | {"guidance"})
            criterion_id = self.slug(table, key, "id", _CRITERION_ID)
            if criterion_id:
                key = f"criteria[{i}] ({criterion_id})"
            if criterion_id and criterion_id in seen:
                self.fail(
                    f"{key}.id",
                    translate(
                        "model file", "{criterion_id!r} is used by an earlier criterion"
                    ).format(criterion_id=criterion_id),
                )
            seen.add(criterion_id)
            stage = self.text(table, key, "stage")
            if stage and stage_ids and stage not in stage_ids:
                self.fail(
                    f"{key}.stage",
                    translate(
                        "model file", "{stage!r} is not a stage of this model (stages: {stages})"
                    ).format(stage=stage, stages=", ".join(stage_ids)),
                )
            dimension = self.text(table, key, "dimension")
            if dimension and dimension_ids and dimension not in dimension_ids:
                self.fail(
                    f"{key}.dimension",
                    translate(
                        "model file",
                        "{dimension!r} is not a dimension of this model (dimensions: {dimensions})",
                    ).format(dimension=dimension, dimensions=", ".join(dimension_ids)),
                )
            criteria.append(
                Criterion(
                    id=criterion_id,
                    stage=stage,
                    dimension=dimension,
                    statement=self.text(table, key, "statement"),
                    guidance=self.text(table, key, "guidance", required=False),
                    source=self.source(table, key),
                    anchors=self.anchors(table, key),
                    why=self.text2(table, key, "why"),
                    action=self.text2(table, key, "action"),
                    not_applicable_when=self.text2(table, key, "not_applicable_when"),
                )
            )
        return tuple(criteria)

    def source(self, table: Mapping[str, Any], key: str) -> str:
        value = self.text2(table, key, "source")
        if value and value not in SOURCES:
            self.fail(
                f"{key}.source",
                translate(
                    "model file",
                    '{value!r} must be "article" (from the authors\' article) or '
                    '"addition" (written for this model)',
                ).format(value=value),
            )
        return value

    def anchors(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        """What earns each score: one text per point of the scale, in order."""
        value = table.get("anchors")
        if value is None:
            return ()
        full = f"{key}.anchors"
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(
                full,
                translate(
                    "model file", "must be a list of texts, one per score, not {kind}"
                ).format(kind=_kind(value)),
            )
            return ()
        if len(value) > limits.MAX_SCORE + 1:
            self.fail(
                full,
                translate("model file", "has {count} texts; a scale has at most {value}").format(
                    count=formats.integer(len(value)), value=limits.MAX_SCORE + 1
                ),
            )
            return ()
        if self.scale_size and len(value) != self.scale_size:
            self.fail(
                full,
                translate(
                    "model file",
                    "has {count} text(s); it needs one per score of the scale "
                    "({scale_size}: 0 to {value})",
                ).format(count=len(value), scale_size=self.scale_size, value=self.scale_size - 1),
            )
        for j, text in enumerate(value):
            if not text.strip():
                self.fail(f"{full}[{j}]", translate("model file", "must not be empty"))
            if len(text) > limits.MAX_TEXT:
                self.fail(
                    f"{full}[{j}]",
                    translate(
                        "model file", "has {count} characters; at most {max_text} are allowed"
                    ).format(
                        count=formats.integer(len(text)),
                        max_text=formats.integer(limits.MAX_TEXT),
                    ),
                )
            elif (hidden := control_problem(text.strip(), is_name=False)) is not None:
                self.fail(f"{full}[{j}]", hidden)
        return tuple(v.strip() for v in value)

    def glossary(self, tables: list[Mapping[str, Any]]) -> tuple[GlossaryEntry, ...]:
        entries: list[GlossaryEntry] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"glossary[{i}]"
            self.keys(table, key, {"term", "meaning"}, set())
            term = self.text(table, key, "term")
            if term and term.casefold() in seen:
                self.fail(
                    f"{key}.term",
                    translate("model file", "{term!r} is defined by an earlier entry").format(
                        term=term
                    ),
                )
            seen.add(term.casefold())
            entries.append(GlossaryEntry(term, self.text(table, key, "meaning")))
        return tuple(entries)

    def carry_forward(
        self,
        tables: list[Mapping[str, Any]],
        version: str,
        criteria: tuple[Criterion, ...],
    ) -> tuple[CarryForward, ...]:
        """Old criterion id -> new id(s). The old ids cannot be checked here (the old version
        may not be installed); the new ones must be this model's."""
        ids = {c.id for c in criteria}
        mappings: list[CarryForward] = []
        seen: set[str] = set()
        for i, table in enumerate(tables):
            key = f"carry_forward[{i}]"
            self.keys(table, key, {"from_version", "criteria"}, set())
            from_version = self.text(table, key, "from_version")
            if from_version and from_version == version:
                self.fail(
                    f"{key}.from_version",
                    translate("model file", "must be an earlier version than this one"),
                )
            if from_version in seen:
                self.fail(
                    f"{key}.from_version",
                    translate(
                        "model file", "{from_version!r} is mapped by an earlier entry"
                    ).format(from_version=from_version),
                )
            seen.add(from_version)
            mapping = table.get("criteria")
            pairs: list[tuple[str, tuple[str, ...]]] = []
            if mapping is not None and not isinstance(mapping, Mapping):
                self.fail(
                    f"{key}.criteria",
                    translate(
                        "model file", "must be a table of old id = [new ids], not {kind}"
                    ).format(kind=_kind(mapping)),
                )
                mapping = {}
            if mapping and len(mapping) > limits.MAX_CRITERIA:
                self.fail(
                    f"{key}.criteria",
                    translate(
                        "model file",
                        "maps {count} criteria; at most {max_criteria} are allowed",
                    ).format(
                        count=formats.integer(len(mapping)),
                        max_criteria=formats.integer(limits.MAX_CRITERIA),
                    ),
                )
                mapping = {}
            for old_id, new_ids in (mapping or {}).items():
                ckey = f"{key}.criteria.{_clip(old_id)}"
                if len(old_id) > limits.MAX_ID:
                    self.fail(
                        ckey,
                        translate(
                            "model file", "is not a criterion id (over {max_id} characters)"
                        ).format(max_id=limits.MAX_ID),
                    )
                    continue
                if not isinstance(new_ids, list) or not all(isinstance(n, str) for n in new_ids):
                    self.fail(
                        ckey,
                        translate(
                            "model file",
                            "must be a list of criterion ids (empty: dropped), not {kind}",
                        ).format(kind=_kind(new_ids)),
                    )
                    continue
                if len(new_ids) > limits.MAX_CARRIED_TO:
                    self.fail(
                        ckey,
                        translate(
                            "model file",
                            "maps to {count} criteria; at most {max_carried_to} are allowed",
                        ).format(
                            count=formats.integer(len(new_ids)),
                            max_carried_to=limits.MAX_CARRIED_TO,
                        ),
                    )
                    continue
                for new_id in new_ids:
                    if ids and new_id not in ids:
                        self.fail(
                            ckey,
                            translate(
                                "model file", "{clip!r} is not a criterion of this model"
                            ).format(clip=_clip(new_id)),
                        )
                pairs.append((old_id, tuple(new_ids)))
            # In id order: the frozen JSON sorts keys, and a model must equal its frozen form.
            mappings.append(CarryForward(from_version, tuple(sorted(pairs))))
        return tuple(mappings)


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _clip(text: str, width: int = 40) -> str:
    """A text from the file, cut short to be quoted in a message."""
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _number(value: int) -> str:
    """A whole number as a message shows it; Python will not even print one of thousands of
    digits."""
    return str(value) if abs(value) < 10**15 else translate("model file", "a number far too large")


def _shown(value: object) -> str:
    """A value from the file as a message quotes it: short, whatever it is."""
    if isinstance(value, int) and not isinstance(value, bool):
        return _number(value)
    if isinstance(value, str):
        return repr(_clip(value))
    if isinstance(value, float | bool):
        return repr(value)
    return _kind(value)


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: translate("model file", "a number"),
        float: translate("model file", "a number"),
        str: "text",
        list: translate("model file", "a list"),
        dict: translate("model file", "a table"),
    }.get(type(value), type(value).__name__)
