"""Where a model's translation is looked up, and what a translation may hold: a user's file
never rewords a built-in model, the user's own models read translated from the first store
read, `models check` judges a file as written wherever it sits, and no translated or original
text may carry control characters onto a terminal or into a window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_translation import TSIA_FILE, TSIA_FRENCH, copy_model, load_model, run_cli

from csmaturity_app import i18n
from csmaturity_app.maturity import ModelFileError, load_model_file
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.maturity.translation import (
    add_translation_folders,
    check_translation,
    load_translation,
    localized,
)
from csmaturity_app.store import Store

PROGRAM = [sys.executable, "-m", "csmaturity_app"]


def test_a_translation_already_in_effect_is_checked_against_the_model_as_written(
    tsia, in_french
) -> None:
    french = localized(tsia)
    assert french.language == "fr"
    assert check_translation(french, load_translation(TSIA_FRENCH)) == []


def test_models_check_in_french_accepts_the_shipped_french_away_from_its_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fr").mkdir()
    copy = tmp_path / "fr" / TSIA_FRENCH.name
    copy.write_bytes(TSIA_FRENCH.read_bytes())
    status, _, err = run_cli(capsys, "--lang", "fr", "models", "check", str(copy))
    assert (status, err) == (0, "")


def test_a_users_file_does_not_reword_a_built_in_model(tmp_path: Path) -> None:
    folder = tmp_path / "models"
    (folder / "fr").mkdir(parents=True)
    forged = TSIA_FRENCH.read_text(encoding="utf-8").replace(
        'version = "2.0.0"', 'version = "1.0.0"', 1
    )
    forged = forged.replace("title = ", 'title = "Modèle TSIA PIRATE"\nx_title = ', 1)
    (folder / "fr" / "tsia-4-phases-1.0.0.toml").write_text(forged, encoding="utf-8")
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, folder])
    with i18n.using("fr"):
        first = catalog.get("tsia-4-phases", "1.0.0")
    assert "PIRATE" not in first.title
    assert first.title == load_model(BUILTIN_MODELS_DIR / "tsia-4-phases-1.0.0.toml").title


def test_a_translation_looked_up_before_its_folder_was_known_is_looked_up_again(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "models"
    model_file, _ = copy_model(folder, "late-tsia")
    model = load_model_file(model_file)
    assert localized(model, "fr").language == ""  # its folder is not known yet
    add_translation_folders([folder])
    assert localized(model, "fr").title.startswith("Modèle de maturité")


def test_a_users_own_model_reads_translated_from_the_first_store_read(tmp_path: Path) -> None:
    """A new process reads a store before it loads any catalog: the user's translations
    are known from the start (`csmaturity --lang fr show`)."""
    data = tmp_path / "data"
    folder = data / "csmaturity" / "models"
    copy_model(folder, "our-tsia")
    model = ModelCatalog.load([folder]).get("our-tsia")
    store = Store.open(tmp_path / "store.db")
    try:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, model, assessor="Jo")
    finally:
        store.close()
    env = {"XDG_DATA_HOME": str(data), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    result = subprocess.run(
        [*PROGRAM, "--lang", "fr", "--db", str(tmp_path / "store.db"), "show", assessment.id],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "Stratégie et charte" in result.stdout  # a dimension's name, from the user's file


def test_models_check_names_a_translation_under_a_name_it_is_never_looked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "de").mkdir()
    misplaced = tmp_path / "de" / TSIA_FRENCH.name  # a French file in the German folder
    misplaced.write_bytes(TSIA_FRENCH.read_bytes())
    (tmp_path / TSIA_FILE.name).write_bytes(TSIA_FILE.read_bytes())
    status, _, err = run_cli(capsys, "models", "check", str(misplaced))
    assert status == 1
    assert "de/tsia-4-phases-2.0.0.toml" in err and "fr/tsia-4-phases-2.0.0.toml" in err


@pytest.mark.parametrize(
    ("needle", "replacement"),
    [
        ('name = "Forming"', 'name = "Ph\\u001b[2JASE"'),  # a terminal escape in a name
        ('name = "Forming"', 'name = "Form\\u202eing"'),  # a right-to-left override
        ('name = "Forming"', 'name = "Form\\ning"'),  # a line break in a name
    ],
)
def test_a_model_text_with_control_characters_is_refused(
    tmp_path: Path, needle: str, replacement: str
) -> None:
    text = TSIA_FILE.read_text(encoding="utf-8").replace('id = "tsia-4-phases"', 'id = "x"', 1)
    assert needle in text
    path = tmp_path / "x-2.0.0.toml"
    path.write_text(text.replace(needle, replacement, 1), encoding="utf-8")
    with pytest.raises(ModelFileError) as caught:
        load_model_file(path)
    assert "stages[0].name" in str(caught.value) and "U+" in str(caught.value)


def test_a_translated_name_with_control_characters_is_refused(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    path = tmp_path / "fr" / TSIA_FRENCH.name
    text = TSIA_FRENCH.read_text(encoding="utf-8")
    path.write_text(
        text.replace('stage_word = "Phase"', 'stage_word = "Ph\\u001b[31mase"', 1),
        encoding="utf-8",
    )
    with pytest.raises(ModelFileError) as caught:
        load_translation(path)
    assert "stage_word" in str(caught.value)
