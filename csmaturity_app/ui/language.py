"""The window's language: chosen in View > Language (remembered), else the system's; loaded
through Qt's own translators (ours, compiled from `csmaturity_app/translations/*.ts`, and Qt's
for its standard buttons), and made the language of the layers below the window too."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from csmaturity_app import i18n
from csmaturity_app.i18n.language import TRANSLATIONS_DIR, TS_PREFIX

LANGUAGE = "view/language"  # a language code, or "" for the system's
SYSTEM = ""

_installed: list[QTranslator] = []  # kept alive while installed


# What POSIX programs read for their language; set, they decide (as for the layers below).
LOCALE_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language() -> str:
    """The first of the system's UI languages that CS Maturity speaks, else the source's.
    Where the environment names a language (LANGUAGE, LANG...), that one, as the command line
    reads it: Qt reads the environment once, at its start, and a desktop's own list (macOS,
    Windows) otherwise."""
    if any(os.environ.get(name) for name in LOCALE_ENVIRONMENT):
        return i18n.system_language()
    speaks = i18n.available_languages()
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in speaks:
            return code
    return i18n.SOURCE_LANGUAGE


def saved_choice() -> str:
    """What View > Language holds: a language code, or "" for the system's."""
    value = str(QSettings().value(LANGUAGE, SYSTEM) or SYSTEM)
    return value if value in i18n.available_languages() else SYSTEM


def language_at_start(requested: str | None = None) -> str:
    """`--lang` when given, else the remembered choice, else the system's language."""
    if requested:
        return i18n.choose_language(requested)
    return saved_choice() or system_language()


def install_language(app: QCoreApplication, code: str) -> None:
    """Speak `code` from now on: Qt's translators for the window, and the same language for
    everything below it (messages, models, files written)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(code)
    QLocale.setDefault(QLocale(code))
    if code == i18n.SOURCE_LANGUAGE:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), (TS_PREFIX.rstrip("_"), str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{code}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name != "qtbase":
            print(
                f"csmaturity: warning: no compiled translation {name}_{code}.qm in {folder} "
                "(tools/translations compile builds it)",
                file=sys.stderr,
            )


def add_language_menu(menu: QMenu, window: QWidget) -> QMenu:
    """View > Language: the system's language, then each language by its own name. A choice
    is remembered and takes effect at the next start (offered at once)."""
    submenu = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(submenu)
    chosen = saved_choice()
    if (chosen or system_language()) != i18n.current_language():
        chosen = i18n.current_language()  # `--lang` overrode the choice: tick what runs
    system_name = i18n.language_name(system_language())
    entries = [
        (SYSTEM, QCoreApplication.translate("Language", "System ({name})").format(name=system_name))
    ]
    entries += [(code, i18n.language_name(code)) for code in i18n.available_languages()]
    for code, label in entries:
        act = QAction(label, submenu, checkable=True, checked=code == chosen)
        act.setData(code)
        act.triggered.connect(lambda _checked=False, c=code: choose(window, c))
        group.addAction(act)
        submenu.addAction(act)
        if code == SYSTEM:
            submenu.addSeparator()
    return submenu


def choose(window: QWidget, code: str) -> None:
    """Remember the choice; offer to restart now in it when it is not the language running
    (which `--lang` may have set whatever was remembered)."""
    before = i18n.current_language()
    QSettings().setValue(LANGUAGE, code)
    after = code or system_language()
    if after == before:
        return
    name = name_in_sentence(after)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Language", "Language"))
    box.setText(
        QCoreApplication.translate(
            "Language", "CS Maturity will be in {name} from its next start."
        ).format(name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate("Language", "Restart now? Every answer is already saved.")
    )
    restart = box.addButton(
        QCoreApplication.translate("Language", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Language", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restart)
    box.exec()
    if box.clickedButton() is restart:
        restart_application(window)


def name_in_sentence(code: str) -> str:
    """A language named inside a sentence of the language in effect, as that language writes
    it: "French" in English, "anglais" in French (CLDR's names, through Babel); its own name
    when Babel has none."""
    try:
        from babel import Locale

        name = Locale.parse(i18n.current_language()).languages.get(code)
    except Exception:  # Babel's UnknownLocaleError, or a locale its data lacks: the own name
        name = None
    return str(name) if name else i18n.language_name(code)


def restart_application(window: QWidget) -> None:
    """Close the window (it saves what is open), then start again with the same arguments."""
    if not window.close():
        return
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, sys.argv[1:]
    else:
        program, arguments = sys.executable, ["-m", "csmaturity_app", *sys.argv[1:]]
    arguments = _without_lang(arguments)
    QProcess.startDetached(program, arguments)
    app = QApplication.instance()
    if app is not None:
        app.quit()


def _without_lang(arguments: list[str]) -> list[str]:
    """The start's arguments less a `--lang`, which would override the new choice."""
    kept: list[str] = []
    skip = False
    for argument in arguments:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept
