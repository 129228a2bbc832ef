"""`csmaturity --lang fr export`: the text columns in French, the column names and ids as
ever, and the file imports into a store that knows nothing of French."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from french_tsia import DIMENSION, STATEMENT, use_french_tsia

from csmaturity_app import cli
from csmaturity_app.exchange.csv_format import SNAPSHOT_COLUMNS
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def rows_of(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def test_lang_fr_export_writes_french_text_columns(
    store_path: Path,
    tmp_path: Path,
    tsia: MaturityModel,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_french_tsia(tmp_path / "translations", monkeypatch)
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia, "Ann", date(2025, 2, 3))
        store.record_answer(assessment.id, "F01", 2, notes="seen")
    out = tmp_path / "x.csv"
    status = cli.main(["--db", str(store_path), "--lang", "fr", "export", "--out", str(out)])
    _, err = capsys.readouterr()
    assert (status, err) == (0, "")
    header, rows = rows_of(out)
    assert header == list(SNAPSHOT_COLUMNS)  # the names scripts read stay English
    f01 = next(r for r in rows if r["criterion_id"] == "F01")
    assert (f01["dimension"], f01["criterion"]) == (DIMENSION, STATEMENT)
    assert (f01["score"], f01["score_label"]) == ("2", "Largement en place")
    assert f01["model_id"] == "tsia-4-phases" and f01["assessment_id"] == assessment.id

    status = cli.main(["--db", str(tmp_path / "other.db"), "import", str(out)])
    assert status == 0, capsys.readouterr().err
    with Store.open(tmp_path / "other.db") as other:
        assert other.answers(assessment.id)["F01"].score == 2
