"""The global options (`--db`, `--lang`, `--passphrase-file`) come before the command, in full."""

from __future__ import annotations

import pytest

from csmaturity_app import cli, i18n


@pytest.mark.parametrize("abbreviation", [["--lan", "fr"], ["--la=fr"], ["--d", "x.db"]])
def test_an_abbreviated_global_option_is_refused_not_ignored(capsys, abbreviation):
    with pytest.raises(SystemExit) as info:
        cli.main([*abbreviation, "models"])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and abbreviation[0].split("=")[0] in err
    assert i18n.current_language() == "en"
