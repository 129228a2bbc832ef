"""A terminal that cannot write every character still gets the whole text."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run_narrow(*argv: str, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "csmaturity_app", *argv], capture_output=True, timeout=60, env=env
    )


@pytest.mark.parametrize(
    ("language", "encoding"), [("fr", "latin-1"), ("en", "latin-1"), ("fr", "ascii")]
)
def test_models_show_on_a_narrow_terminal(language: str, encoding: str) -> None:
    result = run_narrow("--lang", language, "models", "show", "tsia-4-phases", encoding=encoding)
    assert result.returncode == 0, result.stderr.decode(encoding)
    assert result.stderr == b""
    text = result.stdout.decode(encoding)
    assert "tsia-4-phases" in text and text.count("\n") > 20
    assert "?" in text  # the characters the terminal lacks, replaced


def test_an_error_on_a_narrow_terminal_is_still_one_line() -> None:
    result = run_narrow("--lang", "fr", "--db", "/nonexistent/x.db", "show", "x", encoding="ascii")
    assert result.returncode == 1
    assert result.stderr.decode("ascii").count("\n") == 1
