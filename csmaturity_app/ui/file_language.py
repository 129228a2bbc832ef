"""The language a file is written in, chosen in its export dialog: a consultant working in
English can hand a French report, plan or questionnaire to a French client. The window's
language is the default; the last choice is remembered per kind of file."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from csmaturity_app import i18n


def file_language(settings_key: str) -> str:
    """The language remembered under `settings_key` when CS Maturity still speaks it, else the
    window's (the language in effect)."""
    saved = QSettings().value(settings_key, "")
    if isinstance(saved, str) and saved in i18n.available_languages():
        return saved
    return i18n.current_language()


def remember_file_language(settings_key: str, code: str) -> None:
    QSettings().setValue(settings_key, code)


class FileLanguageCombo(QComboBox):
    """Every language CS Maturity speaks, each by its own name ("Français"), the remembered
    one (else the window's) selected. The choice is remembered as soon as it is made, so an
    export cancelled later keeps it too, like the format choices beside it."""

    def __init__(self, settings_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_key = settings_key
        for code in i18n.available_languages():
            self.addItem(i18n.language_name(code), code)
        self.setCurrentIndex(max(0, self.findData(file_language(settings_key))))
        self.setAccessibleName(self.tr("File language"))
        self.currentIndexChanged.connect(self._remember)

    def language(self) -> str:
        """The chosen language's code ("fr")."""
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)

    def _remember(self, _index: int) -> None:
        remember_file_language(self._settings_key, self.language())
