"""The translations are complete and in step with the code: a string added to the code, left
unfinished, obsolete, or with placeholders the English lacks fails here, naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_language_is_complete_and_in_step_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
