"""The file-language combo the export dialogs share: every language by its own name, the
window's by default, the choice remembered per kind of file."""

from __future__ import annotations

from csmaturity_app import i18n
from csmaturity_app.ui.file_language import FileLanguageCombo, file_language

KEY = "tests/file-language"


def test_offers_each_language_by_its_own_name_the_windows_first_chosen(qtbot):
    combo = FileLanguageCombo(KEY)
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["English", "Français"]
    assert combo.language() == "en"


def test_defaults_to_the_windows_language(qtbot, french):
    combo = FileLanguageCombo(KEY)
    qtbot.addWidget(combo)
    assert combo.language() == "fr"


def test_the_choice_is_remembered_per_key(qtbot):
    combo = FileLanguageCombo(KEY)
    qtbot.addWidget(combo)
    combo.set_language("fr")
    again = FileLanguageCombo(KEY)
    other = FileLanguageCombo("tests/another-kind")
    qtbot.addWidget(again)
    qtbot.addWidget(other)
    assert again.language() == "fr" == file_language(KEY)
    assert other.language() == i18n.SOURCE_LANGUAGE


def test_a_remembered_language_no_longer_spoken_falls_back_to_the_windows(qtbot):
    from PySide6.QtCore import QSettings

    QSettings().setValue(KEY, "xx")
    assert file_language(KEY) == "en"
