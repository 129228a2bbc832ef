"""The window in English, then in French over the same store: its menus, dialogs, status bar,
table headers and Qt's own buttons follow the language; the placements and figures do not."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui.encrypted_opening import open_title, passphrase_message
from csmaturity_app.ui.language import install_language
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.new_assessment_dialog import NewAssessmentDialog
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.store_dialogs import ask_about_missing_store
from csmaturity_app.ui.theme import apply_theme

MENUS_EN = ["&File", "&Edit", "&Organization", "&Assessment", "&Results", "&View", "&Help"]
MENUS_FR = ["&Fichier", "É&dition", "&Organisation", "É&valuation", "&Résultats", "&Affichage"]
MENUS_FR += ["A&ide"]
HORIZONTAL = Qt.Orientation.Horizontal
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def open_window(qtbot, store: Store, catalog: ModelCatalog) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, catalog)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown(window: MainWindow) -> dict[str, object]:
    """A handful of what the window shows in words."""
    dialog = NewAssessmentDialog(window.catalog, "Acme", window)
    title = dialog.windowTitle()
    dialog.deleteLater()
    return {
        "menus": [a.text() for a in window.menuBar().actions()],
        "dialog": title,
        "status": window.store_label.text(),
        "organization header": window.org_model.headerData(0, HORIZONTAL),
        "assessment headers": [
            window.assessment_model.headerData(c, HORIZONTAL)
            for c in range(window.assessment_model.columnCount())
        ],
        "undo": window.undo_action.text(),
    }


def yes_no_buttons() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = [
        box.button(QMessageBox.StandardButton.Yes).text(),
        box.button(QMessageBox.StandardButton.No).text(),
    ]
    box.deleteLater()
    return texts


@pytest.fixture
def switchable(qapp):  # type: ignore[no-untyped-def]
    """English at the end, whatever the test installed."""
    yield qapp
    install_language(qapp, i18n.SOURCE_LANGUAGE)


def rated(store: Store, model: MaturityModel) -> None:
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, model, "Ann", date(2026, 3, 1))
    for n, criterion in enumerate(model.criteria[:12]):
        store.record_answer(a.id, criterion.id, 1 + n % 3)
    store.create_assessment(org.id, model, "Bo", date(2026, 6, 1))


def table(window: MainWindow) -> list[list[str]]:
    model = window.assessment_model
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def numbers(text: str) -> list[str]:
    """The figures in a text, commas and points alike: "1,59" and "1.59" are one number."""
    return re.findall(r"\d+(?:[.,]\d+)?", text.replace(",", "."))


def test_the_window_speaks_english_then_french_with_the_same_placements(
    qtbot, store_path: Path, builtin_catalog: ModelCatalog, tsia: MaturityModel, switchable
):
    """A store made in English, opened again by a French window (each window closes its
    store): the words change, the dates, counts, placed levels and the index do not."""
    with Store.open(store_path) as made:
        rated(made, tsia)
    install_language(switchable, "en")
    window = open_window(qtbot, Store.open(store_path), builtin_catalog)
    english = shown(window)
    assert english["menus"] == MENUS_EN
    assert english["dialog"] == "New assessment"
    assert english["status"] == f"Store: {store_path}"
    assert english["organization header"] == "Organization"
    assert english["assessment headers"][:2] == ["Date", "Maturity model"]
    assert english["undo"] == "&Undo"
    assert yes_no_buttons() == ["&Yes", "&No"]
    rows_en = table(window)
    tip_en = window.org_model.index(0, 0).data(TOOLTIP)
    summaries_en = summaries(window.store)
    window.close()

    install_language(switchable, "fr")
    window = open_window(qtbot, Store.open(store_path), builtin_catalog)
    french = shown(window)
    assert french["menus"] == MENUS_FR
    assert french["dialog"] == "Nouvelle évaluation"
    assert french["status"] == f"Base\u00a0: {store_path}"
    assert french["organization header"] == "Organisation"
    assert french["assessment headers"] == [
        "Date",
        "Modèle de maturité",
        "Évaluateur",
        "Statut",
        "Étape atteinte",
        "Réponses",
    ]
    assert french["undo"] == "&Annuler"
    assert yes_no_buttons() == ["&Oui", "&Non"]  # Qt's own words, from qtbase_fr

    rows_fr = table(window)
    assert rows_en[1][5] == f"12 of {len(tsia.criteria)}"  # newest first: Bo's, then Ann's
    assert rows_fr[1][5] == f"12 sur {len(tsia.criteria)}"
    assert [r[0] for r in rows_fr] == [r[0] for r in rows_en]
    assert [r[3] for r in rows_fr] == ["brouillon", "brouillon"]
    tip_fr = window.org_model.index(0, 0).data(TOOLTIP)
    assert "indice de maturité" in tip_fr and "maturity index" in tip_en
    assert numbers(tip_fr) == numbers(tip_en)  # dates, counts and the index, digit for digit
    assert summaries(window.store) == summaries_en
    window.close()


def summaries(store: Store) -> dict[str, tuple[int, float, int, int]]:
    """Each assessment's placed level, index and answered counts, as the lists read them."""
    ids = [a.id for o in store.organizations() for a in store.assessments(o.id)]
    return {
        i: (s.placed_level, s.maturity_index, s.answered, s.total)
        for i, s in store.result_summaries(ids).items()
    }


def test_every_french_menu_keeps_one_mnemonic_per_letter(
    qtbot, store: Store, builtin_catalog: ModelCatalog, french
):
    window = open_window(qtbot, store, builtin_catalog)
    menus = [a.menu() for a in window.menuBar().actions()]
    menus += [a.menu() for m in menus for a in m.actions() if a.menu() is not None]
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if "&" in a.text().replace("&&", "")]
        keys = [t[t.index("&") + 1].lower() for t in texts]
        assert len(keys) == len(set(keys)), (menu.title(), texts)
    bar = [a.text() for a in window.menuBar().actions()]
    keys = [t[t.index("&") + 1].lower() for t in bar]
    assert len(keys) == len(set(keys)), bar
    window.close()


def test_the_undo_texts_read_after_annuler(
    qtbot, store: Store, builtin_catalog: ModelCatalog, french, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot, store, builtin_catalog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("R&D", True))
    window.new_organization()
    assert window.undo_action.text() == "&Annuler la création de «\u00a0R&&D\u00a0»"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Rétablir la création de «\u00a0R&&D\u00a0»"
    window.close()


# -- looked at: French runs longer


def test_screenshots_in_french_at_1366x768(
    qtbot,
    store: Store,
    builtin_catalog: ModelCatalog,
    tsia: MaturityModel,
    screenshots: Path,
    french,
    monkeypatch,
):
    """The main window and the store dialogs in French, light and dark, at 1366x768
    (CSMATURITY_SCREENSHOTS names a folder to keep them). Each dialog is as wide as its
    words: no button's text is cut."""
    rated(store, tsia)
    window = open_window(qtbot, store, builtin_catalog)
    status = window.sync_status  # shown once the window has painted; the path gives way to it
    qtbot.waitUntil(lambda: bool(status.text()) and status.width() >= status.sizeHint().width())
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_palette, old_style = app.palette(), app.style().name()
    encrypt = NewPassphraseDialog(
        "Chiffrer la base", "Choisissez une phrase secrète pour la base « x ».", window
    )
    ask = PassphraseDialog(open_title(), passphrase_message(store.path), None, window)
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            colour = app.palette().color(QPalette.ColorRole.Window)
            qtbot.waitUntil(lambda c=colour: window.palette().color(QPalette.ColorRole.Window) == c)
            assert window.grab().save(str(screenshots / f"main-window-fr-{theme}.png"))
            for name, dialog in (("encrypt", encrypt), ("passphrase", ask)):
                dialog.show()
                qtbot.waitExposed(dialog)
                for button in dialog.buttons.buttons():
                    assert button.width() >= button.sizeHint().width(), button.text()
                assert dialog.grab().save(str(screenshots / f"{name}-fr-{theme}.png"))
                dialog.hide()
        shots: list[QMessageBox] = []

        def look(box: QMessageBox) -> int:
            box.show()
            qtbot.waitExposed(box)
            shots.append(box)
            for button in box.buttons():
                assert button.width() >= button.sizeHint().width(), button.text()
            assert box.grab().save(str(screenshots / "missing-store-fr.png"))
            box.hide()  # modal: left up, it would take the input of every later window
            return 0

        monkeypatch.setattr(QMessageBox, "exec", look)
        ask_about_missing_store(window, store.path.with_name("gone.db"), store.path)
        assert shots and "Réessayer" in [b.text().replace("&", "") for b in shots[0].buttons()]
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
    window.close()


def test_the_collect_menu_and_the_texts_that_point_at_it_use_one_word(
    qtbot, store: Store, builtin_catalog: ModelCatalog, french
):
    from PySide6.QtCore import QCoreApplication

    from csmaturity_app.ui.questionnaire_dialogs import collect_title

    window = open_window(qtbot, store, builtin_catalog)
    menu = window.collect_questionnaires_action.text().replace("&", "").rstrip("\u2026")
    assert menu == "Recueillir les questionnaires" == collect_title()
    pointing = QCoreApplication.translate(
        "SendQuestionnairesDialog",
        "Write a questionnaire (an XLSX file) for each respondent checked below, for the "
        "assessment {assessment}. Send each their file; they fill it in in Excel or LibreOffice "
        "Calc and send it back, and Assessment > Collect Questionnaires takes their answers.",
    )
    assert f"\u00c9valuation > {menu}" in pointing
    window.close()
