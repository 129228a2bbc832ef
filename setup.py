"""The build step pyproject.toml cannot say: compile the Qt Linguist translations (`.ts`, kept in
the repository) to the `.qm` files the window loads, with PySide6's own `lrelease`, so every
wheel and bundle carries them. The rest of the build is pyproject.toml's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).parent / "csmaturity_app" / "translations"
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_translations(into: Path) -> list[str]:
    into.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = into / f"{ts.stem}.qm"
        subprocess.run(
            [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
        )
        written.append(str(qm))
    return written


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        # An editable install reads the source folder, so the .qm files go there (ignored by git).
        editable = getattr(self, "editable_mode", False)
        self._qm = compile_translations(
            SOURCES if editable else Path(self.build_lib) / "csmaturity_app" / "translations"
        )

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_qm", [])]


setup(cmdclass={"build_py": BuildWithTranslations})
