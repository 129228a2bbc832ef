"""A maturity model in another language: the translation files beside the model files.

A model file is written in one language (the built-in ones in English). Its translation into
another language is a file of the same name in a folder named for the language, beside it:

    models/tsia-4-phases-2.0.0.toml        the model
    models/fr/tsia-4-phases-2.0.0.toml     its French

The translation names the model and version it translates and holds only words, keyed by the
model's ids: stages, dimensions and criteria by id, the scale's labels in score order, the
glossary by the original term. Ids, levels, scores, the threshold and everything that scores
stay in the model file, so a translated model *is* the model: same version, same digest, same
placements. A text the translation leaves out reads in the model's own language, and
`check_translation` names it, so `csmaturity models check` tells a translator what is left.

The same layout serves the user's own models (`<data folder>/models/fr/...`). Adding German
is adding `de/` files; nothing in the code names a language.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from csmaturity_app.i18n import current_language, formats, translate
from csmaturity_app.maturity import limits
from csmaturity_app.maturity.definition import (
    Attribution,
    Criterion,
    GlossaryEntry,
    MaturityModel,
    ScalePoint,
)
from csmaturity_app.maturity.loader import (
    _TEXT_LIMITS,
    ModelFileError,
    control_problem,
    read_toml,
)
from csmaturity_app.maturity.shipped import genuine_digests

TOP_KEYS = {"language", "model", "version", "title", "stage_word", "summary"}
OPTIONAL_TOP = {"kept_names", "attribution", "scale", "scoring", "stages", "dimensions"}
OPTIONAL_TOP |= {"criteria", "glossary"}
STAGE_TEXTS = ("name", "description", "guidance", "typical_profile", "next_stage_unlocks")
DIMENSION_TEXTS = ("name", "description")
CRITERION_TEXTS = ("statement", "guidance", "why", "action", "not_applicable_when")


@dataclass(frozen=True)
class ModelTranslation:
    """What a translation file holds, checked for shape (not yet against its model)."""

    source: str
    language: str
    model: str
    version: str
    data: Mapping[str, Any]

    @property
    def key(self) -> str:
        return f"{self.model}@{self.version}"


def load_translation(path: str | Path) -> ModelTranslation:
    """Read a translation file; `ModelFileError` lists every problem of its shape."""
    source = str(path)
    data = read_toml(path)
    problems: list[str] = []
    for key in sorted(TOP_KEYS - data.keys()):
        problems.append(f"{key}: " + translate("model file", "is missing"))
    for key in sorted(data.keys() - TOP_KEYS - OPTIONAL_TOP)[: limits.MAX_UNKNOWN_KEYS]:
        problems.append(f"{key[:40]}: " + translate("model file", "is not a known key (a typo?)"))
    _check_texts(data, "", problems)
    if problems:
        raise ModelFileError(source, problems)
    return ModelTranslation(
        source, str(data["language"]), str(data["model"]), str(data["version"]), data
    )


def is_translation_file(path: str | Path) -> bool:
    """Whether a TOML file is a model's translation (it names the `language` it is in) rather
    than a model: told apart without parsing the whole of it as either."""
    try:
        data = read_toml(path)
    except ModelFileError:
        return False
    return "language" in data and "model" in data and "id" not in data


def _check_texts(value: Any, key: str, problems: list[str], depth: int = 0) -> None:
    """Every leaf is text (or a list of texts) within the model files' own bounds."""
    if len(problems) > 50:
        return
    if isinstance(value, Mapping):
        if depth > 3 or len(value) > limits.MAX_CRITERIA + 10:
            problems.append(
                f"{key or '(top level)'}: "
                + translate("model file", "is not the shape of a translation")
            )
            return
        for name, inner in value.items():
            _check_texts(inner, f"{key}.{name}" if key else str(name), problems, depth + 1)
    elif isinstance(value, list):
        if len(value) > limits.MAX_GLOSSARY:
            problems.append(
                f"{key}: "
                + translate("model file", "has {count} entries").format(
                    count=formats.integer(len(value))
                )
            )
            return
        for i, inner in enumerate(value):
            _check_texts(inner, f"{key}[{i}]", problems, depth + 1)
    elif not isinstance(value, str):
        problems.append(
            f"{key}: "
            + translate("model file", "must be text, not {kind}").format(kind=type(value).__name__)
        )
    elif hidden := control_problem(value.strip(), is_name=_text_limit(key) <= limits.MAX_NAME):
        problems.append(f"{key}: {hidden}")
    elif len(value) > (limit := _text_limit(key)):
        problems.append(
            f"{key}: "
            + translate("model file", "has {count} characters; at most {limit}").format(
                count=formats.integer(len(value)), limit=formats.integer(limit)
            )
        )


def _text_limit(key: str) -> int:
    """The model file's own bound for the text a key translates: a name in French is held to
    the English name's bound, or it would overflow every place that shows names."""
    name = key.rsplit(".", 1)[-1].split("[", 1)[0]
    if name in ("labels", "kept_names"):
        return limits.MAX_NAME
    return _TEXT_LIMITS.get(name, limits.MAX_TEXT)


def check_translation(model: MaturityModel, translation: ModelTranslation) -> list[str]:
    """Every text of `model` that `translation` lacks, and every id it names that the model
    does not have: "criteria.F03.why: is not translated". Empty when complete."""
    model = model.original or model  # a model already translated is checked as written
    data = translation.data
    problems: list[str] = []
    if (translation.model, translation.version) != (model.id, model.version):
        problems.append(
            translate("model file", "model: translates {translation}, not {model}").format(
                translation=translation.key, model=model.key
            )
        )
        return problems

    def need(table: Any, key: str, names: Iterable[str], original: object) -> None:
        table = table if isinstance(table, Mapping) else {}
        for name in names:
            if getattr(original, name, "") and not str(table.get(name, "")).strip():
                problems.append(
                    (f"{key}.{name}" if key else name)
                    + ": "
                    + translate("model file", "is not translated")
                )

    need(data, "", ("title", "stage_word", "summary"), model)
    need(data.get("attribution"), "attribution", ("note", "published"), model.attribution)
    scale = _section(data, "scale")
    labels = scale.get("labels", [])
    if not scale.get("not_applicable_label"):
        problems.append("scale.not_applicable_label: is not translated")
    if not isinstance(labels, list) or len(labels) != len(model.scale):
        problems.append(
            "scale.labels: "
            + translate("model file", "needs {count} labels, in score order").format(
                count=len(model.scale)
            )
        )
    need(data.get("scoring"), "scoring", ("rule",), model)
    for kind, items, names in (
        ("stages", model.stages, STAGE_TEXTS),
        ("dimensions", model.dimensions, DIMENSION_TEXTS),
        ("criteria", model.criteria, CRITERION_TEXTS),
    ):
        tables = _section(data, kind)
        ids = {item.id for item in items}
        for item in items:
            table = tables.get(item.id)
            if not isinstance(table, Mapping):
                problems.append(
                    f"{kind}.{item.id}: " + translate("model file", "is not translated")
                )
                continue
            need(table, f"{kind}.{item.id}", names, item)
        for unknown in sorted(set(tables) - ids):
            problems.append(
                f"{kind}.{unknown}: "
                + translate("model file", "is not in {model}").format(model=model.key)
            )
    for criterion in model.criteria:
        table = _section(data, "criteria").get(criterion.id)
        if isinstance(table, Mapping) and criterion.anchors:
            anchors = table.get("anchors")
            if not isinstance(anchors, list) or len(anchors) != len(criterion.anchors):
                problems.append(
                    f"criteria.{criterion.id}.anchors: "
                    + translate("model file", "needs {count} anchors").format(
                        count=len(criterion.anchors)
                    )
                )
    glossary = _section(data, "glossary")
    for entry in model.glossary:
        table = glossary.get(entry.term)
        if not isinstance(table, Mapping) or not table.get("term") or not table.get("meaning"):
            problems.append(
                f"glossary.{entry.term!r}: " + translate("model file", "is not translated")
            )
    for unknown in sorted(set(glossary) - {e.term for e in model.glossary}):
        problems.append(
            f"glossary.{unknown!r}: "
            + translate("model file", "is not a term of {model}").format(model=model.key)
        )
    return problems


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    return value if isinstance(value, Mapping) else {}


def apply_translation(model: MaturityModel, translation: ModelTranslation) -> MaturityModel:
    """`model` reading in the translation's language; any text it lacks stays as it was."""
    base = model.original or model
    data = translation.data

    def text(table: Any, name: str, fallback: str) -> str:
        if isinstance(table, Mapping):
            value = table.get(name)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return fallback

    def texts(table: Any, names: Iterable[str], original: object) -> dict[str, str]:
        return {n: text(table, n, getattr(original, n)) for n in names}

    def section(name: str) -> Mapping[str, Any]:
        return _section(data, name)

    scale = section("scale")
    labels = scale.get("labels")
    points = base.scale
    if isinstance(labels, list) and len(labels) == len(points):
        points = tuple(
            ScalePoint(p.score, label.strip() if label.strip() else p.label)
            for p, label in zip(points, labels, strict=True)
        )
    stages = section("stages")
    dimensions = section("dimensions")
    criteria = section("criteria")
    glossary = section("glossary")

    def criterion(c: Criterion) -> Criterion:
        table = criteria.get(c.id)
        changed = texts(table, CRITERION_TEXTS, c)
        anchors = table.get("anchors") if isinstance(table, Mapping) else None
        if isinstance(anchors, list) and len(anchors) == len(c.anchors):
            changed["anchors"] = tuple(  # type: ignore[assignment]
                new.strip() or old for new, old in zip(anchors, c.anchors, strict=True)
            )
        return dataclasses.replace(c, **changed)  # type: ignore[arg-type]

    def entry(g: GlossaryEntry) -> GlossaryEntry:
        table = glossary.get(g.term)
        return GlossaryEntry(text(table, "term", g.term), text(table, "meaning", g.meaning))

    # The article keeps its real title (the reader looks it up by it); where and when it was
    # published, and our note, read in the language.
    attribution: Attribution = dataclasses.replace(
        base.attribution,
        note=text(section("attribution"), "note", base.attribution.note),
        published=text(section("attribution"), "published", base.attribution.published),
    )
    return dataclasses.replace(
        base,
        title=text(data, "title", base.title),
        stage_word=text(data, "stage_word", base.stage_word),
        summary=text(data, "summary", base.summary),
        attribution=attribution,
        scale=points,
        not_applicable_label=text(scale, "not_applicable_label", base.not_applicable_label),
        rule=text(section("scoring"), "rule", base.rule),
        stages=tuple(
            dataclasses.replace(s, **texts(stages.get(s.id), STAGE_TEXTS, s))  # type: ignore[arg-type]
            for s in base.stages
        ),
        dimensions=tuple(
            dataclasses.replace(d, **texts(dimensions.get(d.id), DIMENSION_TEXTS, d))
            for d in base.dimensions
        ),
        criteria=tuple(criterion(c) for c in base.criteria),
        glossary=tuple(entry(g) for g in base.glossary),
        language=translation.language,
        original=base,
    )


# -- finding a model's translation -----------------------------------------------------------

# The top-level resources/ folder, installed as the package csmaturity_app.resources (see
# pyproject.toml): found through importlib.resources, so the same line works in an editable
# install, a wheel and a PyInstaller bundle. Never a zip, so the resource is a real folder.
BUILTIN_MODELS_DIR = Path(str(files("csmaturity_app.resources") / "models"))

_folders: list[Path] = [BUILTIN_MODELS_DIR]
# Where the versions CS Maturity ships find their words: only beside the shipped files.
_shipped_folders: list[Path] = [BUILTIN_MODELS_DIR]
_lock = threading.Lock()
_files: dict[Path, ModelTranslation | None] = {}
_generation = 0  # bumped when a folder is added: translations looked up before are stale
_CACHE = "_translations"  # where a model keeps its translated versions (not a field)


def add_translation_folders(folders: Iterable[Path]) -> None:
    """Model folders whose `<language>/` subfolders hold translations: the built-in one, and
    the user's (added at start, before any store is read, and by the catalog)."""
    global _generation
    with _lock:
        for folder in folders:
            if folder not in _folders:
                _folders.append(folder)
                _generation += 1


def translation_file(folder: Path, model_id: str, version: str, language: str) -> Path:
    return folder / language / f"{model_id}-{version}.toml"


def find_translation(model: MaturityModel, language: str) -> ModelTranslation | None:
    """The translation of this model version into `language` in a known folder, if any. A
    broken translation file is passed over: the model then reads in its own language."""
    base = model.original or model
    with _lock:
        folders = list(_folders)
    if (base.id, base.version) in genuine_digests():
        # A version CS Maturity ships reads only the words shipped with it: a user's file
        # may not reword a built-in model, as a user's model file may not pose as one.
        with _lock:
            folders = list(_shipped_folders)
    for folder in folders:
        path = translation_file(folder, base.id, base.version, language)
        with _lock:
            if path in _files:
                found = _files[path]
            else:
                try:
                    found = load_translation(path) if path.is_file() else None
                except ModelFileError:
                    found = None
                if found is not None and (found.model, found.version, found.language) != (
                    base.id,
                    base.version,
                    language,
                ):
                    found = None
                _files[path] = found
        if found is not None:
            return found
    return None


def localized(model: MaturityModel, language: str | None = None) -> MaturityModel:
    """`model` in `language` (the language in effect by default): translated when a
    translation exists, else the model as written. Cheap after the first call."""
    base = model.original or model
    language = language or current_language()
    # Kept on the model itself, so the translations live and die with it (a store reopened
    # parses its models afresh; a process-wide table would grow with every reopening).
    cache: dict[tuple[object, ...], MaturityModel] = base.__dict__.setdefault(_CACHE, {})
    # The lists and the file table themselves are part of the key: a test that puts others
    # in their place for a while finds none of the translations made before, nor leaves its.
    key = (language, _generation, id(_folders), id(_shipped_folders), id(_files))
    cached = cache.get(key)
    if cached is not None:
        return cached
    translation = find_translation(base, language)
    result = apply_translation(base, translation) if translation is not None else base
    cache[key] = result
    return result


def placement_problems(path: Path, translation: ModelTranslation) -> list[str]:
    """Why a translation file would never be used where it is: it must be named
    `<language>/<model>-<version>.toml` for what it declares."""
    expected = f"{translation.language}/{translation.model}-{translation.version}.toml"
    actual = f"{path.parent.name}/{path.name}"
    if actual == expected:
        return []
    return [
        translate(
            "model file",
            "the file is {actual}, but it declares {expected}: CS Maturity looks for a "
            "translation only under the name it declares",
        ).format(actual=actual, expected=expected)
    ]
