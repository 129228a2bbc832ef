"""The command line in French: `--lang fr` (before the command, like `--db`) or a French
system sets its messages, table headings, help and `models show`; JSON and CSV stay English.

French puts a non-breaking space before ":" and ";": `plain` turns it back into a space, so
that the assertions read as the text does."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from translation_folders import only_these_translations

from csmaturity_app import cli, i18n
from csmaturity_app.store import Store, StoreError


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def assessed(tmp_path: Path, tsia: Any) -> tuple[Path, str]:
    """A store with one organization and a TSIA assessment, half answered."""
    db = tmp_path / "fr.db"
    with Store.open(db) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1))
        for criterion in tsia.criteria_of_stage("forming"):
            store.record_answer(a.id, criterion.id, 3)
    return db, a.id


def test_models_lists_with_french_headings(capsys):
    status, out, err = run_cli(capsys, "--lang", "fr", "models")
    assert status == 0 and err == ""
    first = out.splitlines()[0]
    assert first.split()[:4] == ["identifiant", "version", "titre", "étapes"]
    assert "critères" in first
    assert any(line.startswith("tsia-4-phases") for line in out.splitlines())


def test_models_show_reads_in_french(capsys):
    status, out, _ = run_cli(capsys, "--lang=fr", "models", "show", "tsia-4-phases")
    text = plain(out)
    assert status == 0
    assert "identifiant tsia-4-phases, version 2.0.0" in text
    assert "Échelle de réponse : " in text
    assert "Une étape est atteinte à un taux d'atteinte de" in text
    assert "\nDimensions :\n" in text
    assert "critères)" in text
    for english in ("Answer scale", "A stage is achieved", "Dimensions:", " criteria)"):
        assert english not in text


def test_models_show_shows_the_models_own_french_where_a_translation_is(
    capsys, tmp_path, monkeypatch
):
    # A translation of TSIA 2.0.0 beside a model folder (the real one is written apart): the
    # command shows its words, and English where it says nothing.
    folder = tmp_path / "models"
    (folder / "fr").mkdir(parents=True)
    (folder / "fr" / "tsia-4-phases-2.0.0.toml").write_text(
        'language = "fr"\nmodel = "tsia-4-phases"\nversion = "2.0.0"\n'
        'title = "Modèle de maturité du customer success TSIA (4 phases)"\n'
        'stage_word = "Phase"\nsummary = "Un modèle en quatre phases."\n'
        '[dimensions.strategy-charter]\nname = "Stratégie et charte"\n',
        encoding="utf-8",
    )
    only_these_translations(monkeypatch, folder)
    status, out, _ = run_cli(capsys, "--lang", "fr", "models", "show", "tsia-4-phases")
    assert status == 0
    assert out.startswith("Modèle de maturité du customer success TSIA (4 phases)\n")
    assert "Un modèle en quatre phases." in out
    assert "strategy-charter      Stratégie et charte" in out
    assert "organization-roles    Organization and roles" in out  # left out: English

    # The same command in English shows the model as written.
    status, out, _ = run_cli(capsys, "--lang", "en", "models", "show", "tsia-4-phases")
    assert out.startswith("TSIA Customer Success Maturity Model (4 phases)\n")


def test_orgs_in_french(capsys, tmp_path, assessed):
    empty = tmp_path / "empty.db"
    Store.open(empty).close()
    status, out, _ = run_cli(capsys, "--lang", "fr", "--db", str(empty), "orgs")
    assert status == 0 and out == f"Aucune organisation pour l'instant dans {empty}.\n"

    db, _ = assessed
    status, out, _ = run_cli(capsys, "--lang", "fr", "--db", str(db), "orgs")
    headings = out.splitlines()[0]
    assert headings.startswith("identifiant")
    for heading in ("nom", "évaluations", "dernière", "modèle", "statut", "étape atteinte"):
        assert heading in headings
    assert "Acme" in out and "Phase 1 Forming" in out
    assert "brouillon" in out and "draft" not in out  # the stored word stays for scripts


def test_show_in_french(capsys, assessed):
    db, assessment_id = assessed
    status, out, _ = run_cli(capsys, "--lang", "fr", "--db", str(db), "show", assessment_id)
    text = plain(out)
    assert status == 0
    assert "Acme : tsia-4-phases 2.0.0, 2026-04-01, Ann, brouillon ; identifiant " in text
    assert "étape" in text and "taux d'atteinte" in text and "résultat" in text
    assert "\nProchaines étapes : " in text
    assert "Actuellement : " in text
    assert "Next steps" not in text and "attainment" not in text


@pytest.mark.parametrize(
    "command",
    [
        ["models"],
        ["models", "show", "tsia-4-phases"],
        ["orgs"],
        ["show", "{assessment}"],
    ],
)
def test_json_and_csv_keys_stay_english(capsys, assessed, command):
    db, assessment_id = assessed
    argv = ["--db", str(db), *(part.format(assessment=assessment_id) for part in command)]

    def keys(doc: Any) -> Any:
        """The shape of a document: its keys all the way down, without the values."""
        if isinstance(doc, dict):
            return {k: keys(v) for k, v in doc.items()}
        if isinstance(doc, list):
            return [keys(v) for v in doc]
        return None

    outputs = {}
    for language in ("en", "fr"):
        _, as_json, _ = run_cli(capsys, "--lang", language, *argv, "--format", "json")
        _, as_csv, _ = run_cli(capsys, "--lang", language, *argv, "--format", "csv")
        header = next(csv.reader(io.StringIO(as_csv)))
        outputs[language] = (keys(json.loads(as_json)), header)
    assert outputs["fr"] == outputs["en"]


def test_show_json_values_stay_english(capsys, assessed):
    db, assessment_id = assessed
    _, out, _ = run_cli(
        capsys, "--lang", "fr", "--db", str(db), "show", assessment_id, "--format", "json"
    )
    doc = json.loads(out)
    assert doc["assessment"]["status"] == "draft"
    assert doc["next_steps"][0]["rating"] == "unanswered"


def test_an_error_in_french_is_one_line_and_exit_1(capsys, tmp_path):
    missing = tmp_path / "typo.db"
    status, out, err = run_cli(capsys, "--lang", "fr", "--db", str(missing), "show", "x")
    assert status == 1 and out == ""
    assert plain(err) == f"csmaturity : erreur : aucune base à {missing}\n"
    assert list(tmp_path.iterdir()) == []


def test_a_model_file_problem_in_french(capsys, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x"\nstages = [\n', encoding="utf-8")
    status, _, err = run_cli(capsys, "--lang", "fr", "models", "check", str(broken))
    assert status == 1 and err.count("\n") == 1
    assert plain(err).startswith(f"csmaturity : erreur : {broken} : n'est pas du TOML valide : ")


def test_an_import_says_what_it_would_do_in_french(capsys, tmp_path, assessed):
    db, _ = assessed
    snapshot = tmp_path / "acme.csv"
    assert run_cli(capsys, "--db", str(db), "export", "--out", str(snapshot))[0] == 0
    other = tmp_path / "other.db"
    Store.open(other).close()
    status, out, _ = run_cli(
        capsys, "--lang", "fr", "--db", str(other), "import", str(snapshot), "--dry-run"
    )
    text = plain(out)
    assert status == 0
    assert text.startswith(f"importerait {snapshot} : ")
    assert "(essai à blanc : rien n'a été modifié)" in text
    assert "  organisations : 1 ajout, 0 mise à jour, 0 sans changement" in text
    assert "  évaluations : 1 ajout" in text


def test_help_reads_in_french(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "fr", "orgs", "--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Liste les organisations de la base" in out
    assert "format de sortie (par défaut : table)" in plain(out)


def test_a_store_message_is_translated_where_it_is_raised(tmp_path, in_french):
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert plain(str(info.value)).startswith(f"{tmp_path} est un dossier ; nommez un fichier")
    with i18n.using("en"), pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert str(info.value).startswith(f"{tmp_path} is a folder; name a store file in it")


@pytest.mark.parametrize("code", ["xx", ""])
def test_a_language_not_spoken_is_one_line_and_exit_1(capsys, code):
    status, out, err = run_cli(capsys, "--lang", code, "models")
    assert status == 1 and out == ""
    assert err.startswith("csmaturity: error: ") and err.count("\n") == 1
    assert "fr" in err
    assert i18n.current_language() == "en"


@pytest.mark.parametrize("option", [["--lang", "fr"], ["--db", "x.db"]])
def test_global_options_after_the_command_are_refused_alike(capsys, option):
    with pytest.raises(SystemExit) as info:
        cli.main(["orgs", *option])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and option[0] in err


def run_process(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The tests run with LANGUAGE=en (conftest); a French system sets LANG only.
    base = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    return subprocess.run(
        [sys.executable, "-m", "csmaturity_app", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **env},
    )


def test_a_french_system_speaks_french_without_lang(tmp_path):
    empty, missing = tmp_path / "empty.db", tmp_path / "typo.db"
    Store.open(empty).close()
    french = {"LANG": "fr_FR.UTF-8"}
    result = run_process("--db", str(empty), "orgs", env=french)
    assert result.returncode == 0
    assert plain(result.stdout) == f"Aucune organisation pour l'instant dans {empty}.\n"

    result = run_process("--db", str(missing), "show", "x", env=french)
    assert result.returncode == 1
    assert plain(result.stderr) == f"csmaturity : erreur : aucune base à {missing}\n"

    # --lang wins over the system's language.
    result = run_process("--lang", "en", "--db", str(missing), "show", "x", env=french)
    assert result.stderr == f"csmaturity: error: no store at {missing}\n"

    # And an English system stays English.
    result = run_process("--db", str(missing), "show", "x", env={"LANG": "en_GB.UTF-8"})
    assert result.stderr == f"csmaturity: error: no store at {missing}\n"


def test_csv_values_for_scripts_read_alike_in_every_language(capsys, assessed):
    db, assessment_id = assessed
    rows, doc = {}, {}
    for language in ("en", "fr"):
        argv = ["--lang", language, "--db", str(db), "show", assessment_id, "--format"]
        _, out, _ = run_cli(capsys, *argv, "csv")
        rows[language] = list(csv.DictReader(io.StringIO(out)))
        _, out, _ = run_cli(capsys, *argv, "json")
        doc[language] = json.loads(out)
    for language in ("en", "fr"):
        verdict = {r["name"]: r["value"] for r in rows[language] if r["section"] == "verdict"}
        assert verdict["answered"] == str(doc[language]["answered"])
        assert verdict["total"] == str(doc[language]["total"]) == "35"
        outcomes = [r["detail"] for r in rows[language] if r["section"] == "stage"]
        assert outcomes == ["achieved", "not achieved", "not achieved", "not achieved"]


def test_orgs_gives_scripts_the_placed_level(capsys, assessed):
    db, _ = assessed
    for language in ("en", "fr"):
        argv = ["--lang", language, "--db", str(db), "orgs", "--format"]
        _, out, _ = run_cli(capsys, *argv, "json")
        (org,) = json.loads(out)
        assert org["placed_level"] == 1 and org["maturity_index"] == 1.0
        _, out, _ = run_cli(capsys, *argv, "csv")
        (row,) = csv.DictReader(io.StringIO(out))
        assert row["placed_level"] == "1"
    _, out, _ = run_cli(capsys, "--lang", "fr", "--db", str(db), "orgs")
    assert out.splitlines()[-1].rstrip().endswith(" 1,00")
    assert "placed_level" not in out and "niveau" not in out.splitlines()[0]


def test_respondents_csv_counts_are_numbers_in_every_language(capsys, assessed):
    db, assessment_id = assessed
    found = {}
    for language in ("en", "fr"):
        argv = ["--lang", language, "--db", str(db), "respondents", assessment_id]
        _, out, _ = run_cli(capsys, *argv, "--format", "csv")
        (row,) = csv.DictReader(io.StringIO(out))
        found[language] = (row["answered"], row["total"])
    assert found["fr"] == found["en"] == ("9", "35")
