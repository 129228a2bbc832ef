"""`export --org` finds organizations as the store names them and never takes an empty name
for "everything"; `import` refuses rows stamped in the future unless `--accept-future`, and
its dry run names them."""

from __future__ import annotations

import csv
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def two_clients(store_path: Path, tsia: MaturityModel) -> Path:
    with Store.open(store_path) as store:
        for name in ("\u00c9NERGIE OUEST", "Globex"):
            org = store.create_organization(name)
            a = store.create_assessment(org.id, tsia, "Ann", date(2025, 2, 3))
            store.record_answer(a.id, tsia.criteria[0].id, 2, notes="seen")
    return store_path


def organizations_in(path: Path) -> set[str]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return {row["organization"] for row in csv.DictReader(f)}


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_export_of_a_blank_org_is_an_error_not_the_whole_store(
    two_clients: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / "out.csv"
    status, text, err = run_cli(
        capsys, "--db", str(two_clients), "export", "--out", str(out), "--org", name
    )
    assert (status, text) == (1, "")
    assert err.count("\n") == 1 and "no organization name or id was given" in err
    assert not out.exists()


@pytest.mark.parametrize(
    "name",
    ["\u00c9nergie Ouest", "\u00e9nergie ouest", " \u00c9nergie\tOuest ", "E\u0301NERGIE OUEST"],
)
def test_export_org_matches_names_as_the_store_keeps_them(
    two_clients: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / "out.csv"
    status, _, err = run_cli(
        capsys, "--db", str(two_clients), "export", "--out", str(out), "--org", name
    )
    assert (status, err) == (0, "")
    assert organizations_in(out) == {"\u00c9NERGIE OUEST"}


def test_import_refuses_rows_in_the_future_unless_accepted(
    two_clients: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    snap = tmp_path / "snap.csv"
    assert run_cli(capsys, "--db", str(two_clients), "export", "--out", str(snap))[0] == 0
    with snap.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    later = (datetime.now(UTC) + timedelta(days=365)).replace(microsecond=0)
    rows[0][header.index("updated_at")] = later.isoformat()
    with snap.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    other = tmp_path / "other.db"

    for dry_run in ([], ["--dry-run"]):
        status, text, err = run_cli(capsys, "--db", str(other), "import", str(snap), *dry_run)
        assert (status, text) == (1, "")
        assert err.count("\n") == 1 and "row 2, column updated_at" in err
        assert "--accept-future" in err

    stamp = later.isoformat(timespec="microseconds")
    named = f"1 row is stamped in the future ({stamp}); it will win over later changes"
    status, text, err = run_cli(
        capsys, "--db", str(other), "import", str(snap), "--dry-run", "--accept-future"
    )
    assert (status, err) == (0, "")
    assert named in text and "dry run" in text
    assert not other.exists()  # a dry run makes no store

    status, text, err = run_cli(capsys, "--db", str(other), "import", str(snap), "--accept-future")
    assert (status, err) == (0, "")
    assert named in text
    db = sqlite3.connect(other)
    assert db.execute("SELECT max(updated_at) FROM answer").fetchone() == (stamp,)
    db.close()
