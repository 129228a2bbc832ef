"""Keep the translations in step with the code.

    tools/translations update    collect every string to translate into each .ts
                                 (new ones unfinished; strings gone from the code dropped)
    tools/translations compile   build the .qm files the window loads (tools/bootstrap does)
    tools/translations add CODE  start a new language: csmaturity_CODE.ts, every string unfinished

Then translate with Qt Linguist (`pyside6-linguist csmaturity_app/translations/csmaturity_fr.ts`)
or any editor: a translation counts once its `type="unfinished"` is gone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csmaturity_app"
TRANSLATIONS = PACKAGE / "translations"
TOOL = "import sys; from PySide6.scripts.pyside_tool import {0}; {0}()"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts_files: list[Path], *, quiet: bool = False) -> None:
    """Run PySide6's lupdate over the package into `ts_files`. No source locations are kept, so
    a .ts changes only when strings do, and strings the code no longer has are dropped."""
    command = [sys.executable, "-c", TOOL.format("lupdate"), *sources()]
    command += ["-locations", "none", "-no-obsolete", "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=quiet)


def lrelease(ts: Path, qm: Path) -> None:
    command = [sys.executable, "-c", TOOL.format("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


def main(argv: list[str]) -> int:
    what = argv[0] if argv else ""
    if what == "update":
        lupdate(sorted(TRANSLATIONS.glob("csmaturity_*.ts")))
    elif what == "compile":
        for ts in sorted(TRANSLATIONS.glob("csmaturity_*.ts")):
            lrelease(ts, ts.with_suffix(".qm"))
    elif what == "add" and len(argv) == 2:
        ts = TRANSLATIONS / f"csmaturity_{argv[1]}.ts"
        if ts.exists():
            print(f"{ts} exists", file=sys.stderr)
            return 1
        command = [sys.executable, "-c", TOOL.format("lupdate"), *sources()]
        command += ["-locations", "none", "-target-language", argv[1], "-ts", str(ts)]
        subprocess.run(command, check=True, cwd=ROOT)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
