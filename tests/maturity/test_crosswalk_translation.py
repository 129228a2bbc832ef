"""The crosswalk's words in another language, beside the crosswalk file: complete for every
language the software speaks, read in the language in effect, and a missing, unknown or broken
text named or passed over (the crosswalk then reads as written)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from csmaturity_app import i18n
from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.crosswalk import (
    BUILTIN_CROSSWALKS_DIR,
    Crosswalk,
    builtin_crosswalks,
    crosswalk_readings,
    load_crosswalk_file,
)
from csmaturity_app.maturity.crosswalk_translation import (
    check_crosswalk_translation,
    load_crosswalk_translation,
    localized_crosswalk,
    translation_path,
)
from csmaturity_app.maturity.loader import ModelFileError

NAME = "tsia-4-phases--ftworks-5-levels.toml"


def other_languages() -> list[str]:
    return [code for code in i18n.available_languages() if code != i18n.SOURCE_LANGUAGE]


def placed_at(model: MaturityModel, level: int) -> dict[str, AnswerValue]:
    return {
        c.id: AnswerValue(model.max_score if model.stages_by_id[c.stage].level <= level else 0)
        for c in model.criteria
    }


@pytest.fixture
def copied(tmp_path: Path) -> tuple[Crosswalk, Path]:
    """The shipped crosswalk and its French in a folder of the test's own, to break."""
    (tmp_path / "fr").mkdir()
    shutil.copy(BUILTIN_CROSSWALKS_DIR / NAME, tmp_path / NAME)
    shutil.copy(BUILTIN_CROSSWALKS_DIR / "fr" / NAME, tmp_path / "fr" / NAME)
    return load_crosswalk_file(tmp_path / NAME), tmp_path / "fr" / NAME


@pytest.mark.parametrize("language", other_languages())
def test_every_shipped_crosswalk_is_translated_into_every_language(language: str) -> None:
    for crosswalk in builtin_crosswalks():
        path = translation_path(crosswalk, language)
        assert path.is_file(), path
        translation = load_crosswalk_translation(path)
        assert translation.language == language
        assert check_crosswalk_translation(crosswalk, translation) == []


def test_a_reading_is_in_the_language_in_effect(
    builtin_catalog: ModelCatalog, tsia: MaturityModel
) -> None:
    result = score_assessment(tsia, placed_at(tsia, 3))
    (english,) = crosswalk_readings(result, builtin_catalog)
    with i18n.using("fr"):
        (french,) = crosswalk_readings(result, builtin_catalog)
        line = french.line
    assert (
        (french.model_id, french.level)
        == (english.model_id, english.level)
        == (
            "ftworks-5-levels",
            2,
        )
    )
    assert english.note.startswith("One charter is owned")
    assert french.note.startswith("Une charte est portée")
    assert french.caveat.startswith("Approximatif\u00a0:")  # the non-breaking space kept
    assert len(french.caveats) == len(english.caveats)
    assert french.caveats[-1].startswith("Servez-vous de la correspondance")
    assert line == f"Correspondance\u00a0: proche de FT Works {french.stage_label} (approximative)"
    assert english.line == "Crosswalk: roughly FT Works Level 2 Tactical (approximate)"


def test_the_french_crosswalk_changes_no_level(copied: tuple[Crosswalk, Path]) -> None:
    crosswalk, _ = copied
    french = localized_crosswalk(crosswalk, "fr")
    assert french.title.startswith("Phases TSIA et niveaux FT Works")
    assert [(c.from_model, c.level, c.to_level) for c in french.correspondences] == [
        (c.from_model, c.level, c.to_level) for c in crosswalk.correspondences
    ]
    assert [c.id for c in french.caveats] == [c.id for c in crosswalk.caveats]
    assert [m.name for m in french.models] == ["TSIA", "FT Works"]
    assert localized_crosswalk(crosswalk, "en") is crosswalk


def test_a_missing_note_and_an_unknown_level_are_named(copied: tuple[Crosswalk, Path]) -> None:
    crosswalk, path = copied
    tsia, ftworks = path.read_text(encoding="utf-8").split("[correspondences.ftworks-5-levels]")
    ftworks = re.sub(r'^2 = """.*?"""\n', "", ftworks, count=1, flags=re.M | re.S)
    text = tsia + "[correspondences.ftworks-5-levels]" + ftworks  # without FT Works 2's note
    text = text.replace("[caveats]\n", '[caveats]\nsomething-else = "?"\n')
    path.write_text(text + '\n[correspondences.tsia-4-phases-x]\n0 = "?"\n', encoding="utf-8")
    problems = check_crosswalk_translation(crosswalk, load_crosswalk_translation(path))
    assert problems == [
        "correspondences.ftworks-5-levels.2: is not translated",
        f"correspondences.tsia-4-phases-x.0: is not in {crosswalk.id}",
        f"caveats.something-else: is not in {crosswalk.id}",
    ]
    french = localized_crosswalk(crosswalk, "fr")
    note_2 = next(
        c for c in french.correspondences if c.from_model.startswith("ft") and c.level == 2
    )
    assert note_2.note == crosswalk.lookup("ftworks-5-levels", 2).note  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "breaking",
    [
        lambda text: text.replace("[caveats]", "[caveats", 1),
        lambda text: text.replace('language = "fr"', 'language = "fr"\nextra = 3', 1),
        lambda text: re.sub(r'^title = ".*"$', "title = 7", text, count=1, flags=re.M),
    ],
    ids=["bad TOML", "unknown key", "a number for a text"],
)
def test_a_broken_translation_leaves_the_crosswalk_as_written(
    breaking: object, copied: tuple[Crosswalk, Path]
) -> None:
    crosswalk, path = copied
    path.write_text(breaking(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ModelFileError):
        load_crosswalk_translation(path)
    assert localized_crosswalk(crosswalk, "fr") is crosswalk


def test_the_problems_read_in_the_language_in_effect(
    copied: tuple[Crosswalk, Path], in_french: None
) -> None:
    crosswalk, path = copied
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ntitle =", "\n# title =", 1), encoding="utf-8")
    problems = check_crosswalk_translation(crosswalk, load_crosswalk_translation(path))
    assert "title\u00a0: n\u2019est pas traduit" in problems
    assert not [p for p in problems if "is not" in p]
