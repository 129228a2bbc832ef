"""View > Language and the language a start chooses: the choice remembered, `--lang` above
it, the system's language (from the environment) when nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QMessageBox

from csmaturity_app import i18n
from csmaturity_app.store import Store
from csmaturity_app.ui import language
from csmaturity_app.ui.app import create_application
from csmaturity_app.ui.language import (
    LANGUAGE,
    choose,
    install_language,
    language_at_start,
    system_language,
)
from csmaturity_app.ui.main_window import MainWindow

ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def system_says(monkeypatch):  # type: ignore[no-untyped-def]
    """Set the system's language as the environment says it (nothing else set)."""

    def say(**values: str) -> None:
        for name in ENVIRONMENT:
            monkeypatch.delenv(name, raising=False)
        for name, value in values.items():
            monkeypatch.setenv(name, value)

    return say


@pytest.fixture
def english_after(qapp):  # type: ignore[no-untyped-def]
    yield qapp
    install_language(qapp, i18n.SOURCE_LANGUAGE)


@pytest.fixture
def offers(monkeypatch) -> list[QMessageBox]:
    """The restart offers shown, answered "Later" (no restart in a test)."""
    shown: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_the_system_language_comes_from_the_environment(system_says):
    system_says(LANG="fr_FR.UTF-8")
    assert system_language() == "fr"
    system_says(LANGUAGE="fr:en", LANG="en_GB.UTF-8")
    assert system_language() == "fr"
    system_says(LANG="de_DE.UTF-8")  # not spoken: the source language
    assert system_language() == "en"
    system_says(LANG="C.UTF-8")
    assert system_language() == "en"


def test_choosing_french_is_remembered_for_the_next_start(
    qtbot, store: Store, builtin_catalog, system_says, english_after, offers
):
    system_says(LANG="en_US.UTF-8")
    app = create_application()  # a first start: nothing saved, the system's English
    assert i18n.current_language() == "en"
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    menu = language_menu(window)
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["System (English)", "English", "Français"]
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["System (English)"]

    french = next(a for a in menu.actions() if a.text() == "Français")
    french.trigger()
    assert QSettings().value(LANGUAGE) == "fr"
    assert len(offers) == 1
    assert offers[0].text() == "CS Maturity will be in French from its next start."
    assert [b.text() for b in offers[0].buttons()] == ["&Restart Now", "&Later"]
    assert i18n.current_language() == "en"  # from the next start, not now
    window.close()

    assert language_at_start() == "fr"
    assert create_application() is app and i18n.current_language() == "fr"
    window = MainWindow(Store.open(store.path), builtin_catalog)
    qtbot.addWidget(window)
    menu = language_menu(window)
    assert menu.title() == "&Langue"
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Français"]
    assert menu.actions()[0].text() == "Système (English)"
    choose(window, language.SYSTEM)  # back to the system's: English, offered in French
    # English named as French writes it in a sentence, whatever the sentence's wording.
    assert "anglais" in offers[-1].text() and "English" not in offers[-1].text()
    assert offers[-1].windowTitle() == "Langue"
    window.close()
    assert language_at_start() == "en"


def test_lang_overrides_the_saved_choice(system_says, english_after):
    system_says(LANG="en_US.UTF-8")
    QSettings().setValue(LANGUAGE, "fr")
    assert language_at_start() == "fr"
    assert language_at_start("en") == "en"
    create_application("en")
    assert i18n.current_language() == "en"


def test_an_unknown_saved_language_falls_back_to_the_systems(system_says, english_after):
    QSettings().setValue(LANGUAGE, "xx")
    system_says(LANG="fr_CA.UTF-8")
    assert language_at_start() == "fr"
    system_says(LANG="en_US.UTF-8")
    assert language_at_start() == "en"


def test_choosing_the_language_in_effect_offers_no_restart(
    qtbot, store: Store, builtin_catalog, system_says, offers
):
    system_says(LANG="en_US.UTF-8")
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    choose(window, "en")  # the system's already
    assert offers == [] and QSettings().value(LANGUAGE) == "en"
    window.close()


def language_menu(window: MainWindow) -> QMenu:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() in ("&View", "&Affichage"))
    menu = next(a.menu() for a in view.actions() if a.menu() is not None and "L" in a.text())
    assert isinstance(menu, QMenu)
    return menu


def test_after_a_lang_start_the_menu_ticks_the_running_language_and_offers_the_restart(
    qtbot, store: Store, builtin_catalog, system_says, english_after, offers
):
    system_says(LANG="C.UTF-8")  # the system's English, nothing saved
    create_application("fr")
    window = MainWindow(store, builtin_catalog)
    qtbot.addWidget(window)
    menu = language_menu(window)
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Français"]
    english = next(a for a in menu.actions() if a.text() == "English")
    english.trigger()
    assert QSettings().value(LANGUAGE) == "en"
    assert len(offers) == 1 and "anglais" in offers[0].text()
    window.close()
