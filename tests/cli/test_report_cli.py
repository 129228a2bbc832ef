"""`csmaturity report --assessment ID --out F.pdf`: in-process through `main()`, and as a real
process with no display at all (as over ssh)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def assessment_id(store_path: Path, tsia: MaturityModel) -> str:
    with Store.open(store_path) as store:
        org = store.create_organization("Acme Software")
        record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
        store.record_answer(record.id, "F01", 3, notes="Board minutes, November.")
        store.record_answer(record.id, "F02", 1)
        return record.id


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_report_writes_the_pdf(capsys, store_path, assessment_id, tmp_path):
    out = tmp_path / "out" / "acme.pdf"
    out.parent.mkdir()
    status, stdout, err = run_cli(
        capsys, "--db", str(store_path), "report", "--assessment", assessment_id, "--out", str(out)
    )
    assert (status, stdout, err) == (0, f"wrote {out}\n", "")
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    assert "Acme Software" in text and "Board minutes, November." in text
    assert sorted(p.name for p in out.parent.iterdir()) == ["acme.pdf"]


def test_unknown_assessment_is_one_line_and_exit_1(capsys, store_path, assessment_id, tmp_path):
    out = tmp_path / "nope.pdf"
    status, stdout, err = run_cli(
        capsys, "--db", str(store_path), "report", "--assessment", "nope", "--out", str(out)
    )
    assert (status, stdout) == (1, "")
    assert err == "csmaturity: error: no assessment with id 'nope'\n"
    assert not out.exists()


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("missing/acme.pdf", "the folder does not exist"),
        ("a-file.txt/acme.pdf", "part of the path is a file, not a folder"),
        (".", "it is a folder"),
    ],
)
def test_unwritable_out_is_one_line_and_nothing_left(
    capsys, store_path, assessment_id, tmp_path, target, reason
):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a-file.txt").write_text("not a folder")
    out = folder / target
    status, stdout, err = run_cli(
        capsys, "--db", str(store_path), "report", "--assessment", assessment_id, "--out", str(out)
    )
    assert (status, stdout) == (1, "")
    assert err == f"csmaturity: error: cannot write the report to {out}: {reason}\n"
    assert sorted(p.name for p in folder.iterdir()) == ["a-file.txt"]


def test_report_works_with_no_display(store_path, assessment_id, tmp_path):
    """A real process with no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM: as over ssh
    (the report makes its Qt application on the offscreen platform)."""
    out = tmp_path / "acme.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    command = [sys.executable, "-m", "csmaturity_app", "--db", str(store_path), "report"]
    done = subprocess.run(
        [*command, "--assessment", assessment_id, "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, f"wrote {out}\n", "")
    assert "Acme Software" in pdf_text(out)
