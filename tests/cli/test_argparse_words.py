"""argparse's own words (usage, help, usage errors) in the language of the command line."""

from __future__ import annotations

import pytest

from csmaturity_app import cli


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        cli.main(list(argv))
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return plain(err)


def test_help_has_argparse_words_in_french(capsys):
    with pytest.raises(SystemExit) as info:
        cli.main(["--lang", "fr", "--help"])
    assert info.value.code == 0
    out = plain(capsys.readouterr().out)
    assert out.startswith("utilisation : csmaturity ")
    assert "\narguments positionnels :\n" in out and "\noptions :\n" in out
    assert "afficher ce message d\u2019aide et quitter" in out
    for english in ("usage:", "positional arguments", "show this help message"):
        assert english not in out


def test_help_stays_english_in_english(capsys):
    cli.main(["--lang", "fr", "models"])  # French first: nothing of it must remain
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "orgs", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: csmaturity orgs ")
    assert "\noptions:\n" in out and "show this help message and exit" in out


def test_usage_errors_in_french(capsys):
    err = refused(capsys, "--lang", "fr", "show")
    assert err.splitlines()[-1] == (
        "csmaturity show : erreur : ces arguments sont obligatoires : ASSESSMENT_ID"
    )
    err = refused(capsys, "--lang", "fr", "orgs", "--format", "xml")
    assert "argument --format : choix non valide : 'xml' (choisissez parmi " in err
    err = refused(capsys, "--lang", "fr", "report", "--out")
    assert "un argument attendu" in err


@pytest.mark.parametrize("option", [["--lang", "fr"], ["--db", "x.db"], ["--lang=fr"]])
def test_a_global_option_after_the_command_says_where_it_goes(capsys, option):
    err = refused(capsys, "orgs", *option)
    name = option[0].split("=")[0]
    assert err.splitlines()[-1] == (
        f"csmaturity: error: unrecognized arguments: {' '.join(option)}; "
        f"{name} goes before the command: csmaturity {name} … orgs"
    )


def test_a_global_option_after_the_command_in_french(capsys):
    err = refused(capsys, "--lang", "fr", "orgs", "--db", "x.db")
    assert err.splitlines()[-1] == (
        "csmaturity : erreur : arguments non reconnus : --db x.db ; "
        "--db se place avant la commande : csmaturity --db … orgs"
    )
