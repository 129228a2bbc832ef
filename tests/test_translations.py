"""The translations are complete and in step with the code: a string added to the code, left
unfinished, obsolete, or with placeholders the English lacks fails here, naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from csmaturity_app import i18n

ROOT = Path(__file__).resolve().parent.parent


def test_every_language_is_complete_and_in_step_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def tools_module():
    """tools/translations.py, imported as a module (it is a script, not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("no translation into {requested!r}", "pas de traduction en {demandé!r}"),  # renamed
        ("{count:,} rows", "{count} lignes"),  # a format spec lost
        ("Wrote {file}", "{Fichier} écrit"),  # a capital: another name
        ("Wrote {file}", "{file} écrit {"),  # a lone brace: .format() raises
    ],
)
def test_the_check_refuses_a_placeholder_that_would_fail_at_run_time(
    source: str, translation: str
) -> None:
    fields = tools_module().fields
    assert fields(source) != fields(translation)
    assert fields(source) == fields(source.replace("Wrote", "Écrit"))


def test_a_damaged_translation_file_reads_in_english_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from csmaturity_app.i18n import catalog

    (tmp_path / "csmaturity_fr.ts").write_text('<?xml version="1.0"?><TS><context><na', "utf-8")
    monkeypatch.setattr(catalog, "TRANSLATIONS_DIR", tmp_path)
    catalog._load.cache_clear()
    try:
        with i18n.using("fr"):
            assert i18n.translate("Language", "&Later") == "&Later"
        err = capsys.readouterr().err
        assert err.count("warning") == 1 and "csmaturity_fr.ts cannot be read" in err
    finally:
        catalog._load.cache_clear()
