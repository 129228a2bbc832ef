"""`csmaturity report --assessment ID --out F.pdf|F.docx [--client-safe]`: in-process through
`main()`, and as a real process with no display at all (as over ssh); the DOCX printed by a
real LibreOffice Writer and read back."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from libreoffice_writer import to_pdf

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


ANSWER_SECRET = "ANSWERSECRET ask the board again"
ACTION_SECRET = "ACTIONSECRET no budget before Q3"


@pytest.fixture
def planned(store_path: Path, assessment_id: str, tsia: MaturityModel) -> str:
    """The assessment's organization with a target, a roadmap and private notes."""
    with Store.open(store_path) as store:
        record = store.assessment(assessment_id)
        store.record_private_notes(assessment_id, "F01", ANSWER_SECRET)
        store.set_target(record.organization_id, tsia, 2, "2025-12-31")
        built = store.build_roadmap(record.organization_id, tsia.id)
        store.edit_action(built[0].id, notes="Kick-off in May.", private_notes=ACTION_SECRET)
        return assessment_id


def report(capsys, store_path: Path, assessment: str, out: Path, *more: str):  # type: ignore[no-untyped-def]
    return run_cli(
        capsys,
        "--db",
        str(store_path),
        "report",
        "--assessment",
        assessment,
        "--out",
        str(out),
        *more,
    )


def test_report_writes_docx_and_pdf_normal_and_client_safe(
    capsys, store_path, planned, tmp_path, tsia
):
    folder = tmp_path / "out"
    folder.mkdir()
    files = {
        "acme.docx": (),
        "client.DOCX": ("--client-safe",),  # the extension in any case
        "acme.pdf": (),
        "client.pdf": ("--client-safe",),
    }
    for name, more in files.items():
        status, stdout, err = report(capsys, store_path, planned, folder / name, *more)
        safe = " (client-safe: no private notes)" if more else ""
        assert (status, stdout, err) == (0, f"wrote {folder / name}{safe}\n", "")
    assert sorted(p.name for p in folder.iterdir()) == sorted(files)
    with Store.open_for_reading(store_path) as store:
        titles = [a.title for a in store.actions(store.assessment(planned).organization_id)]
    normal_docx, safe_docx = to_pdf(
        [folder / "acme.docx", folder / "client.DOCX"], tmp_path / "printed", tmp_path
    )
    texts = {
        "docx": " ".join(pdf_text(normal_docx).split()),
        "docx safe": " ".join(pdf_text(safe_docx).split()),
        "pdf": " ".join(pdf_text(folder / "acme.pdf").split()),
        "pdf safe": " ".join(pdf_text(folder / "client.pdf").split()),
    }
    for kind, text in texts.items():
        assert "Acme Software" in text and "Roadmap" in text, kind
        # the target (a table's cells: read column by column in the PDF)
        assert "Phase 2 Storming by" in text and "2025-12-31" in text, kind
        assert all(title.split()[0] in text for title in titles)
        assert "Kick-off in May." in text, kind
        for secret in ("ANSWERSECRET", "ACTIONSECRET", "Private note"):
            assert (secret in text) == ("safe" not in kind), (kind, secret)
    with zipfile.ZipFile(folder / "client.DOCX") as package:
        for name in package.namelist():
            assert b"SECRET" not in package.read(name), name


@pytest.mark.parametrize("name", ["report.odt", "report.pdf.txt", "report.doc"])
def test_another_extension_is_one_line_and_nothing_written(
    capsys, store_path, assessment_id, tmp_path, name
):
    status, stdout, err = report(capsys, store_path, assessment_id, tmp_path / name)
    assert (status, stdout) == (1, "")
    assert err == (
        f"csmaturity: error: cannot tell the report's format from {name}: "
        "name it .pdf (to print) or .docx (to edit in a word processor)\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.db"]


def test_report_help_names_both_formats_and_client_safe(capsys):
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--client-safe" in text and ".pdf or .docx" in text


def test_a_name_without_an_extension_gets_a_pdf_as_before(
    capsys, store_path, assessment_id, tmp_path
):
    out = tmp_path / "report"
    status, stdout, err = report(capsys, store_path, assessment_id, out)
    assert (status, stdout, err) == (0, f"wrote {out}\n", "")
    assert out.read_bytes().startswith(b"%PDF-")
