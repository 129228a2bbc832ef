"""Model definitions from elsewhere never stop the command line: a store that holds one it
cannot read still opens, lists and reports the rest; a broken or posing file in the user's
models folder is named once and hides nothing."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from carried_definitions import huge_levels, store_holding

from csmaturity_app import cli, paths
from csmaturity_app.exchange import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR
from csmaturity_app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def holding(tmp_path: Path, tsia: MaturityModel) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "holding.db"
    return path, store_holding(path, tsia, huge_levels(tsia.to_dict()))


def test_a_store_holding_an_unreadable_definition_still_lists(
    capsys: pytest.CaptureFixture[str], holding: tuple[Path, dict[str, str]]
) -> None:
    path, _ = holding
    status, out, err = run_cli(capsys, "--db", str(path), "orgs", "--format", "csv")
    assert (status, err) == (0, "")
    rows = {row["name"]: row for row in csv.DictReader(io.StringIO(out))}
    assert rows["Good Co"]["placed_stage"] == "Phase 1 Forming"
    assert rows["Bad Co"]["placed_stage"] == "unreadable model"
    assert rows["Bad Co"]["maturity_index"] == ""


def test_the_other_assessments_show_and_report(
    capsys: pytest.CaptureFixture[str], holding: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, ids = holding
    for name in ("good", "bad_older"):
        status, out, err = run_cli(capsys, "--db", str(path), "show", ids[name])
        assert (status, err) == (0, ""), err
        assert "Phase 1 Forming" in out
        pdf = tmp_path / f"{name}.pdf"
        status, _, err = run_cli(
            capsys, "--db", str(path), "report", "--assessment", ids[name], "--out", str(pdf)
        )
        assert (status, err) == (0, ""), err
        assert pdf.read_bytes().startswith(b"%PDF-")


def test_the_unreadable_assessment_gets_one_line_and_can_go(
    capsys: pytest.CaptureFixture[str], holding: tuple[Path, dict[str, str]]
) -> None:
    path, ids = holding
    status, out, err = run_cli(capsys, "--db", str(path), "show", ids["bad"])
    assert (status, out) == (1, "")
    assert err.count("\n") == 1
    assert "cannot be used (stages[0].level: is a number far too large" in err
    assert "lists its assessments but cannot show them" in err
    with Store.open(path) as store:
        store.delete_organization(store.find_organization("Bad Co").id)
        store.empty_trash()
    status, out, err = run_cli(capsys, "--db", str(path), "orgs", "--format", "csv")
    assert (status, err) == (0, "")
    assert [row["name"] for row in csv.DictReader(io.StringIO(out))] == ["Good Co"]


def test_a_backup_export_leaves_out_only_the_unreadable_and_says_so(
    capsys: pytest.CaptureFixture[str], holding: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    path, ids = holding
    out_file = tmp_path / "backup.csv"
    status, out, err = run_cli(capsys, "--db", str(path), "export", "--out", str(out_file))
    assert status == 0
    assert "2 assessments" in out
    assert err == (
        "csmaturity: warning: 1 assessment was left out: its maturity model definition cannot "
        "be used here (beyond the bounds a definition must keep, or posing as a model this "
        "installation ships)\n"
    )
    rows = csv.DictReader(io.StringIO(out_file.read_text("utf-8-sig")))
    exported = {row["assessment_id"] for row in rows}
    assert ids["bad"] not in exported
    assert {ids["good"], ids["bad_older"]} <= exported
    # and the backup is whole for what it holds: it imports into a new store
    status, _, err = run_cli(capsys, "--db", str(tmp_path / "new.db"), "import", str(out_file))
    assert (status, err) == (0, "")


@pytest.fixture
def user_models() -> Path:
    folder = paths.user_models_dir()
    folder.mkdir(parents=True)
    return folder


def test_a_deeply_nested_user_file_hides_no_model(
    capsys: pytest.CaptureFixture[str], user_models: Path, tmp_path: Path, tsia: MaturityModel
) -> None:
    nested = user_models / "nested.toml"
    nested.write_text("x = " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    warning = (
        f"csmaturity: warning: skipped a model file: {nested}: "
        "is nested too deeply to be a maturity model\n"
    )

    status, out, err = run_cli(capsys, "models", "--format", "csv")
    assert (status, err) == (0, warning)
    assert len(out.strip().splitlines()) == 1 + 4

    status, out, err = run_cli(capsys, "models", "check", str(nested))
    assert (status, out) == (1, "")
    assert err == f"csmaturity: error: {nested}: is nested too deeply to be a maturity model\n"

    with Store.open(tmp_path / "source.db") as source:
        org = source.create_organization("Acme")
        source.create_assessment(org.id, tsia, "Ann", date(2025, 1, 2))
        export_snapshot(source, tmp_path / "snap.csv")
    db = str(tmp_path / "target.db")
    status, out, err = run_cli(capsys, "--db", db, "import", str(tmp_path / "snap.csv"))
    assert (status, err) == (0, warning)


def test_a_user_file_posing_as_a_shipped_model_is_named(
    capsys: pytest.CaptureFixture[str], user_models: Path
) -> None:
    text = (BUILTIN_MODELS_DIR / "tsia-4-phases-1.0.0.toml").read_text(encoding="utf-8")
    posing = user_models / "tsia-easy.toml"
    posing.write_text(text.replace("threshold = ", "threshold = 0.01 # ", 1), encoding="utf-8")
    shutil.copyfile(BUILTIN_MODELS_DIR / "ftworks-5-levels-2.0.0.toml", user_models / "same.toml")
    status, out, err = run_cli(capsys, "models", "--format", "csv")
    assert status == 0
    assert err.splitlines()[1] == (
        f"csmaturity: warning: skipped a model file: {posing}: it claims to be tsia-4-phases "
        "1.0.0, which this installation ships, but differs from it; give it another id or "
        "version"
    )
    assert len(out.strip().splitlines()) == 1 + 4
