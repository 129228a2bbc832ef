"""A real LibreOffice Calc (headless) re-saves questionnaires, as a client's spreadsheet
program would before sending them back. Each run takes a few seconds: convert many files in
one run, and share what it wrote between tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

TIMEOUT_S = 180


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice is not installed: tools/bootstrap installs libreoffice-calc-nogui"
    return found


def resave(files: list[Path], out_dir: Path, work_dir: Path) -> list[Path]:
    """Open each file in LibreOffice Calc and save it as XLSX into `out_dir` (same names), in
    one run with a profile of its own under `work_dir`; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = (work_dir / "lo-profile").absolute()
    command = [
        soffice(),
        "--headless",
        "--norestore",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "xlsx",
        "--outdir",
        str(out_dir),
        *(str(f) for f in files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    written = [out_dir / f.name for f in files]
    missing = [f.name for f in written if not f.exists()]
    assert done.returncode == 0 and not missing, (done.returncode, missing, done.stderr[-2000:])
    return written
