"""The language the layers below the window choose: the system's as POSIX programs read it,
and a refusal that repeats only a little of what it refuses."""

from __future__ import annotations

import pytest

from csmaturity_app import i18n

ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def system_says(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def say(**values: str) -> None:
        for name in ENVIRONMENT:
            monkeypatch.delenv(name, raising=False)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return say


def test_language_is_ignored_when_the_locale_is_c(system_says) -> None:
    system_says(LANGUAGE="fr", LC_ALL="C")
    assert i18n.system_language() == "en"
    system_says(LANGUAGE="fr", LANG="POSIX")
    assert i18n.system_language() == "en"
    system_says(LANGUAGE="fr", LANG="en_US.UTF-8")  # a real locale: LANGUAGE comes first
    assert i18n.system_language() == "fr"


def test_a_locale_alias_names_its_language(system_says) -> None:
    system_says(LANG="french")
    assert i18n.system_language() == "fr"
    assert i18n.choose_language("french") == "fr"
    assert i18n.choose_language("fr_FR") == "fr"


def test_an_unknown_language_is_refused_with_a_short_echo() -> None:
    with pytest.raises(i18n.LanguageError) as info:
        i18n.choose_language("x" * 5000)
    message = str(info.value)
    assert len(message) < 120
    assert "x" * 39 + "\u2026" in message and "x" * 41 not in message
    assert "fr" in message
