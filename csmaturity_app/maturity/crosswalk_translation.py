"""A crosswalk in another language: its words in a file beside it, as a model's translation is.

A crosswalk file's notes, caveats and title are read to the user (the results pane, the
report, `show`). Their translation into another language is a file of the same name in a
folder named for the language, beside the crosswalk:

    crosswalks/tsia-4-phases--ftworks-5-levels.toml       the crosswalk
    crosswalks/fr/tsia-4-phases--ftworks-5-levels.toml    its French

It holds only words, keyed as the crosswalk keys them; levels, ids and which level meets which
stay in the crosswalk file:

    language = "fr"
    crosswalk = "tsia-4-phases--ftworks-5-levels"
    title = "..."
    caveat = "..."
    [models.tsia-4-phases]          # optional: the short name, when a language changes it
    name = "TSIA"
    [correspondences.tsia-4-phases] # each note, by the model it reads from and its level
    0 = "..."
    [caveats]                       # each caveat, by its id
    reactive-csms = "..."

A text left out reads in the crosswalk's own language and `check_crosswalk_translation` names
it; a broken file is passed over, so the crosswalk then reads as written. Adding German is
adding `de/` files.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmaturity_app.i18n import current_language, translate
from csmaturity_app.maturity.loader import ModelFileError, read_toml
from csmaturity_app.maturity.translation import _check_texts

if TYPE_CHECKING:  # crosswalk.py imports this module to localize its readings
    from csmaturity_app.maturity.crosswalk import Crosswalk

KEYS = {"language", "crosswalk", "title", "caveat", "models", "correspondences", "caveats"}
REQUIRED = {"language", "crosswalk"}
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True)
class CrosswalkTranslation:
    source: str
    language: str
    crosswalk: str  # the id of the crosswalk it translates
    data: Mapping[str, Any]


def load_crosswalk_translation(path: str | Path) -> CrosswalkTranslation:
    """Read a crosswalk's translation; `ModelFileError` lists every problem of its shape (the
    same bounds as a model's translation: text only, no text too long)."""
    source = str(path)
    data = read_toml(path)
    problems = [_missing(key) for key in sorted(REQUIRED - data.keys())]
    problems += [
        translate("crosswalk file", "{key}: is not a known key (a typo?)").format(key=key[:40])
        for key in sorted(data.keys() - KEYS)
    ]
    _check_texts(data, "", problems)
    if problems:
        raise ModelFileError(source, problems)
    return CrosswalkTranslation(source, str(data["language"]), str(data["crosswalk"]), data)


def translation_path(crosswalk: Crosswalk, language: str) -> Path:
    source = Path(crosswalk.source)
    return source.parent / language / source.name


def check_crosswalk_translation(
    crosswalk: Crosswalk, translation: CrosswalkTranslation
) -> list[str]:
    """Every text of `crosswalk` that `translation` lacks, and every id or level it names that
    the crosswalk has not: "correspondences.tsia-4-phases.2: is not translated"."""
    if translation.crosswalk != crosswalk.id:
        return [
            translate("crosswalk file", "crosswalk: translates {found}, not {expected}").format(
                found=translation.crosswalk, expected=crosswalk.id
            )
        ]
    data = translation.data
    problems = [_untranslated(name) for name in ("title", "caveat") if not _text(data, name)]
    notes = _section(data, "correspondences")
    for entry in crosswalk.correspondences:
        if not _text(_section(notes, entry.from_model), str(entry.level)):
            problems.append(_untranslated(f"correspondences.{entry.from_model}.{entry.level}"))
    levels = {(c.from_model, str(c.level)) for c in crosswalk.correspondences}
    for model_id, table in notes.items():
        names = table.keys() if isinstance(table, Mapping) else ["(not a table)"]
        problems += [
            _stray(f"correspondences.{model_id}.{level}", crosswalk)
            for level in names
            if (model_id, level) not in levels
        ]
    caveats = _section(data, "caveats")
    problems += [
        _untranslated(f"caveats.{c.id}") for c in crosswalk.caveats if not _text(caveats, c.id)
    ]
    ids = {c.id for c in crosswalk.caveats}
    problems += [_stray(f"caveats.{name}", crosswalk) for name in caveats if name not in ids]
    sides = {m.id for m in crosswalk.models}
    problems += [
        _stray(f"models.{name}", crosswalk)
        for name in _section(data, "models")
        if name not in sides
    ]
    return problems


# The problems `models check` names, in the language in effect; the keys stay as written.
def _missing(key: str) -> str:
    return translate("crosswalk file", "{key}: is missing").format(key=key)


def _untranslated(key: str) -> str:
    return translate("crosswalk file", "{key}: is not translated").format(key=key)


def _stray(key: str, crosswalk: Crosswalk) -> str:
    return translate("crosswalk file", "{key}: is not in {crosswalk}").format(
        key=key, crosswalk=crosswalk.id
    )


def apply_crosswalk_translation(
    crosswalk: Crosswalk, translation: CrosswalkTranslation
) -> Crosswalk:
    """`crosswalk` reading in the translation's language; any text it lacks stays as it was."""
    data = translation.data
    notes = _section(data, "correspondences")
    caveats = _section(data, "caveats")
    models = _section(data, "models")
    return dataclasses.replace(
        crosswalk,
        title=_text(data, "title") or crosswalk.title,
        caveat=_text(data, "caveat") or crosswalk.caveat,
        models=tuple(  # type: ignore[arg-type]
            dataclasses.replace(m, name=_text(_section(models, m.id), "name") or m.name)
            for m in crosswalk.models
        ),
        correspondences=tuple(
            dataclasses.replace(
                c, note=_text(_section(notes, c.from_model), str(c.level)) or c.note
            )
            for c in crosswalk.correspondences
        ),
        caveats=tuple(
            dataclasses.replace(c, text=_text(caveats, c.id) or c.text) for c in crosswalk.caveats
        ),
    )


_lock = threading.Lock()
_localized: dict[tuple[int, str], tuple[Crosswalk, Crosswalk]] = {}


def localized_crosswalk(crosswalk: Crosswalk, language: str | None = None) -> Crosswalk:
    """`crosswalk` in `language` (the language in effect by default): translated when the
    file beside it has a usable translation, else as written. Cheap after the first call."""
    language = language or current_language()
    key = (id(crosswalk), language)
    with _lock:
        cached = _localized.get(key)
    if cached is not None and cached[0] is crosswalk:
        return cached[1]
    result = crosswalk
    path = translation_path(crosswalk, language) if crosswalk.source else None
    if path is not None and path.is_file():
        try:
            translation = load_crosswalk_translation(path)
        except ModelFileError:
            translation = None  # a broken translation: the crosswalk reads as written
        if translation is not None and (translation.crosswalk, translation.language) == (
            crosswalk.id,
            language,
        ):
            result = apply_crosswalk_translation(crosswalk, translation)
    with _lock:
        _localized[key] = (crosswalk, result)  # holds `crosswalk`, so its id is not reused
    return result


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name)
    return value if isinstance(value, Mapping) else {}


def _text(table: Mapping[str, Any], name: str) -> str:
    """The text under `name`, its lines folded into one as the crosswalk loader folds them;
    the non-breaking spaces French puts before ":" stay."""
    value = table.get(name)
    return _SPACES.sub(" ", value).strip() if isinstance(value, str) else ""
