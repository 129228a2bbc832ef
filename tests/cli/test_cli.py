"""The command line, in-process through `main()` and, for the entry points, as real processes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import __version__, cli, paths
from csmaturity_app.store import Store


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_models_lists_both_builtin_models(capsys):
    status, out, err = run_cli(capsys, "models")
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["id", "version", "title", "stages", "dimensions", "criteria"]
    tsia = next(line for line in lines if line.startswith("tsia-4-phases"))
    ftworks = next(line for line in lines if line.startswith("ftworks-5-levels"))
    assert "1.0.0" in tsia and "2017" in tsia
    assert "Françoise Tourniaire" in ftworks


def test_models_as_json_and_csv_agree(capsys):
    _, out_json, _ = run_cli(capsys, "models", "--format", "json")
    _, out_csv, _ = run_cli(capsys, "models", "--format", "csv")
    as_json = {m["id"]: m for m in json.loads(out_json)}
    as_csv = {r["id"]: r for r in csv.DictReader(io.StringIO(out_csv))}
    assert set(as_json) == set(as_csv) == {"tsia-4-phases", "ftworks-5-levels"}
    assert as_json["tsia-4-phases"]["stages"] == 4
    assert as_json["ftworks-5-levels"]["stages"] == 5
    for model_id, row in as_json.items():
        assert str(row["criteria"]) == as_csv[model_id]["criteria"]


@pytest.mark.parametrize(
    ("model_id", "labels"),
    [
        (
            "tsia-4-phases",
            ["Phase 1 Forming", "Phase 2 Storming", "Phase 3 Norming", "Phase 4 Performing"],
        ),
        (
            "ftworks-5-levels",
            [
                "Level 0 Asleep",
                "Level 1 Random",
                "Level 2 Tactical",
                "Level 3 Support-Centric",
                "Level 4 Strategic",
            ],
        ),
    ],
)
def test_models_show_lists_stages_in_order_and_every_criterion(
    capsys, builtin_catalog, model_id, labels
):
    model = builtin_catalog.get(model_id)
    status, out, _ = run_cli(capsys, "models", "show", model_id)
    assert status == 0
    positions = [out.index(f"\n{label}  (") for label in labels]
    assert positions == sorted(positions)
    for criterion in model.criteria:
        line = next(x for x in out.splitlines() if x.strip().startswith(criterion.id + " "))
        stage_at = max(p for p, label in zip(positions, labels, strict=True) if p < out.index(line))
        stage = model.stages_by_id[criterion.stage]
        assert out[stage_at:].startswith(f"\n{model.stage_label(stage)}")
        block = out[out.index(line) :].split("]")[0]
        assert model.dimensions_by_id[criterion.dimension].name in " ".join(block.split())


def test_models_show_json_is_the_whole_definition(capsys, ftworks):
    status, out, _ = run_cli(capsys, "models", "show", "ftworks-5-levels", "--format", "json")
    assert status == 0
    assert json.loads(out) == ftworks.to_dict()


def test_models_show_csv_has_a_row_per_criterion(capsys, tsia):
    _, out, _ = run_cli(capsys, "models", "show", "tsia-4-phases", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["criterion_id"] for r in rows] == [c.id for c in tsia.criteria]
    assert {r["stage_level"] for r in rows} == {"1", "2", "3", "4"}


def test_unknown_model_is_one_line_error(capsys):
    status, out, err = run_cli(capsys, "models", "show", "nope")
    assert status == 1 and out == ""
    assert (
        err
        == "csmaturity: error: no maturity model nope (known: ftworks-5-levels, tsia-4-phases)\n"
    )


def test_models_check_accepts_a_good_file(capsys, tsia):
    status, out, _ = run_cli(capsys, "models", "check", tsia.source)
    assert status == 0
    assert "OK: tsia-4-phases@2.0.0, 4 stages, 6 dimensions" in out


def test_models_check_says_exactly_what_is_wrong(capsys, tmp_path, tsia):
    broken = tmp_path / "mine.toml"
    text = Path(tsia.source).read_text(encoding="utf-8")
    text = text.replace('dimension = "voice-of-customer"', 'dimension = "voice"', 1)
    text = text.replace('threshold = "2/3"', 'threshold = "7/5"')
    assert "7/5" in text
    broken.write_text(text, encoding="utf-8")
    status, out, err = run_cli(capsys, "models", "check", str(broken))
    assert status == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"csmaturity: error: {broken}: ") for line in lines)
    assert any("scoring.threshold" in line for line in lines)
    assert any(".dimension: 'voice' is not a dimension" in line for line in lines)


def test_models_check_of_invalid_toml(capsys, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text('id = "x"\nstages = [\n', encoding="utf-8")
    status, _, err = run_cli(capsys, "models", "check", str(broken))
    assert status == 1 and "is not valid TOML" in err and err.count("\n") == 1


def test_user_models_load_beside_builtin_ones(capsys, tsia, isolated_data_dir):
    folder = paths.user_models_dir()
    folder.mkdir(parents=True)
    text = Path(tsia.source).read_text(encoding="utf-8")
    (folder / "mine.toml").write_text(
        text.replace('id = "tsia-4-phases"', 'id = "our-own"'), encoding="utf-8"
    )
    (folder / "broken.toml").write_text("this is not toml", encoding="utf-8")
    status, out, err = run_cli(capsys, "models")
    assert status == 0
    assert {line.split()[0] for line in out.splitlines()[2:]} == {
        "tsia-4-phases",
        "ftworks-5-levels",
        "our-own",
    }
    assert err.count("\n") == 1 and "warning: skipped a model file" in err and "broken.toml" in err


def test_orgs_lists_an_empty_store(capsys, tmp_path):
    db = tmp_path / "x.db"
    Store.open(db).close()
    status, out, err = run_cli(capsys, "--db", str(db), "orgs")
    assert status == 0 and err == ""
    assert "No organizations yet" in out


@pytest.mark.parametrize(
    "command",
    [
        ["orgs"],
        ["show", "x"],
        ["export", "--out", "{tmp}/x.csv"],
        ["report", "--assessment", "x", "--out", "{tmp}/x.pdf"],
    ],
)
def test_reading_a_missing_store_says_so_and_creates_none(capsys, tmp_path, command):
    db = tmp_path / "typo.db"
    argv = [part.format(tmp=tmp_path) for part in command]
    status, out, err = run_cli(capsys, "--db", str(db), *argv)
    assert status == 1 and out == ""
    assert err == f"csmaturity: error: no store at {db}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "command",
    [
        ["orgs"],
        ["show", "x"],
        ["export", "--out", "{tmp}/x.csv"],
        ["report", "--assessment", "x", "--out", "{tmp}/x.pdf"],
        ["import", "{tmp}/x.csv"],
        ["carry-forward", "x"],
    ],
)
def test_a_store_named_by_a_folder_is_one_line_and_nothing_is_made(capsys, tmp_path, command):
    folder = tmp_path / "clients"
    folder.mkdir()
    (tmp_path / "x.csv").write_text("organization_id\n", encoding="utf-8")
    argv = [part.format(tmp=tmp_path) for part in command]
    status, out, err = run_cli(capsys, "--db", str(folder), *argv)
    assert status == 1 and out == ""
    assert err == (
        f"csmaturity: error: {folder} is a folder; name a store file in it "
        f"(for example {folder / 'csmaturity.db'})\n"
    )
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clients", "x.csv"]


def test_orgs_before_the_first_store_creates_none(capsys, isolated_data_dir):
    status, out, err = run_cli(capsys, "orgs")
    assert status == 0 and err == ""
    assert "No organizations yet" in out
    assert not paths.default_db_path().exists()


def test_orgs_reads_the_store_named_by_the_environment(capsys, tmp_path, monkeypatch, tsia):
    db = tmp_path / "env.db"
    with Store.open(db) as store:
        acme = store.create_organization("Acme, Inc.")
        store.create_organization("Zeta")
        a = store.create_assessment(acme.id, tsia, "Ann", date(2026, 5, 4))
        for criterion in tsia.criteria_of_stage("forming"):
            store.record_answer(a.id, criterion.id, 3)
    monkeypatch.setenv(paths.DB_ENV, str(db))
    status, out, _ = run_cli(capsys, "orgs", "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["name"] for r in rows] == ["Acme, Inc.", "Zeta"]
    assert rows[0]["placed_stage"] == "Phase 1 Forming"
    assert rows[0]["latest"] == "2026-05-04" and rows[0]["assessments"] == "1"
    # Forming achieved, nothing of Storming: index 1 + 0.
    assert float(rows[0]["maturity_index"]) == 1.0
    assert rows[1]["placed_stage"] == "" and rows[1]["assessments"] == "0"


def test_default_store_lives_in_the_data_folder(capsys, isolated_data_dir):
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(isolated_data_dir / "csmaturity.db") as store:
        store.create_organization("Acme")
    status, out, _ = run_cli(capsys, "orgs", "--format", "json")
    assert status == 0
    assert [org["name"] for org in json.loads(out)] == ["Acme"]


@pytest.mark.parametrize(
    "argv",
    [["orgs", "--format", "xml"], ["frobnicate"], ["models", "show"], ["--db"]],
)
def test_wrong_usage_exits_2(capsys, argv):
    with pytest.raises(SystemExit) as info:
        cli.main(argv)
    assert info.value.code == 2
    assert "usage: csmaturity" in capsys.readouterr().err


def test_help_describes_commands(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    for word in ("models", "orgs", "--db", "CSMATURITY_DB", "--version"):
        assert word in out


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})}
    )


def test_console_script_and_module_entry_points(tmp_path):
    script = os.path.join(os.path.dirname(sys.executable), "csmaturity")
    version = run_process(script, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"csmaturity {__version__}"
    Store.open(tmp_path / "m.db").close()
    listing = run_process(
        sys.executable, "-m", "csmaturity_app", "--db", str(tmp_path / "m.db"), "orgs"
    )
    assert listing.returncode == 0, listing.stderr


def test_bad_store_from_a_real_process_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\x00garbage" * 100)
    result = run_process(sys.executable, "-m", "csmaturity_app", "--db", str(bad), "orgs")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert (
        result.stderr.startswith("csmaturity: error: ")
        and "not an SQLite database" in result.stderr
    )


def test_show_gives_the_results_of_one_assessment(capsys, tmp_path, tsia):
    db = tmp_path / "show.db"
    storming = [c.id for c in tsia.criteria_of_stage("storming")]
    with Store.open(db) as store:
        org = store.create_organization("Acme")
        a = store.create_assessment(org.id, tsia, "Ann", date(2026, 4, 1))
        for criterion in tsia.criteria_of_stage("forming"):
            store.record_answer(a.id, criterion.id, 3)
        for criterion_id in storming[:3]:
            store.record_answer(a.id, criterion_id, 3)
        store.record_notes(a.id, storming[3], "ask the CFO")
    # 2.0.0: Forming: 9 x 3 -> 100 %, achieved. Storming: 3 x 3 of 8 criteria -> 9/24 = 37.5 %.
    # Placed Phase 1 Forming; index 1 + 9/24 = 1.375. Next steps: the 5 other Storming
    # criteria, all unanswered (0), in file order.
    status, out, _ = run_cli(capsys, "--db", str(db), "show", a.id, "--format", "json")
    assert status == 0
    doc = json.loads(out)
    assert doc["placed_stage"] == "Phase 1 Forming" and doc["placed_level"] == 1
    assert doc["maturity_index"] == 1.375
    assert (doc["answered"], doc["total"]) == (12, 35)
    assert [(s["stage"], s["attainment"], s["achieved"]) for s in doc["stages"]] == [
        ("Phase 1 Forming", 1.0, True),
        ("Phase 2 Storming", 0.375, False),
        ("Phase 3 Norming", 0.0, False),
        ("Phase 4 Performing", 0.0, False),
    ]
    assert [s["criterion_id"] for s in doc["next_steps"]] == storming[3:]
    assert doc["next_steps"][0]["notes"] == "ask the CFO"
    assert doc["next_steps"][0]["rating"] == "unanswered"

    status, out, _ = run_cli(capsys, "--db", str(db), "show", a.id, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0] == {
        "section": "verdict",
        "id": "",
        "name": "placed stage",
        "value": "Phase 1 Forming",
        "detail": "",
    }
    assert [r["value"] for r in rows if r["section"] == "stage"] == ["100.0", "37.5", "0.0", "0.0"]
    assert len([r for r in rows if r["section"] == "next step"]) == 5

    status, out, _ = run_cli(capsys, "--db", str(db), "show", a.id)
    assert status == 0 and "Phase 2 Storming" in out and "Acme" in out


def test_show_of_an_unknown_assessment_is_one_line(capsys, tmp_path):
    Store.open(tmp_path / "s.db").close()
    status, out, err = run_cli(capsys, "--db", str(tmp_path / "s.db"), "show", "no-such-id")
    assert status == 1 and out == ""
    assert err == "csmaturity: error: no assessment with id 'no-such-id'\n"
