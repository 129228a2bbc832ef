"""A real LibreOffice Writer (headless) opens DOCX reports, as a client's word processor
would, and prints them to PDF, for pdftotext to read back and pdftoppm to draw. Each run takes
a few seconds: convert several files in one run."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

TIMEOUT_S = 180


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is not installed: tools/bootstrap installs libreoffice-writer-nogui"
    return found


def to_pdf(files: list[Path], out_dir: Path, work_dir: Path) -> list[Path]:
    """Print each document to PDF into `out_dir` (same names, .pdf), in one run with a
    profile of its own under `work_dir`; returns the PDFs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = (work_dir / "lo-profile").absolute()
    command = [
        soffice(),
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        *(str(f) for f in files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    written = [out_dir / f.with_suffix(".pdf").name for f in files]
    missing = [f.name for f in written if not f.exists()]
    assert done.returncode == 0 and not missing, (done.returncode, missing, done.stderr[-2000:])
    return written
