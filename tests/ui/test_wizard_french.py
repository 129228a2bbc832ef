"""The assessment wizard in French: its own words through Qt's translators (the model's come
translated from the store), numbers as French writes them, the same keys, and the same scores
stored whatever the language. At 1366x768 no French text is clipped, in a light or dark theme."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from translation_folders import only_these_translations

from csmaturity_app import i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store, score_records
from csmaturity_app.ui.language import install_language
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.theme import apply_theme
from csmaturity_app.ui.wizard import AssessmentWizard
from csmaturity_app.ui.wizard.ratings import progress_text
from csmaturity_app.ui.wizard.rubric import NOT_APPLICABLE_ID

CTRL = Qt.KeyboardModifier.ControlModifier
SCREEN = (1366, 768)

OpenWizard = Callable[[str], AssessmentWizard]


def _assessment(store: Store, model: MaturityModel, name: str = "Acme Software") -> str:
    org = store.create_organization(name)
    return store.create_assessment(org.id, model, "Jane Assessor", date(2025, 3, 14)).id


@pytest.fixture
def assessment(store: Store, tsia: MaturityModel) -> str:
    return _assessment(store, tsia)


@pytest.fixture
def open_wizard(qtbot, operations: Operations) -> OpenWizard:
    """A wizard shown at the size of a 1366x768 laptop screen, active (for its shortcuts)."""

    def opener(assessment_id: str) -> AssessmentWizard:
        wizard = AssessmentWizard(operations, assessment_id)
        qtbot.addWidget(wizard)
        wizard.resize(*SCREEN)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return opener


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> str:
    """The window in English, then in French (the `french` fixture, as a French system)."""
    if request.param == "fr":
        request.getfixturevalue("french")
    return request.param


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


# The window's chrome in each language: a handful of strings a user reads first.
CHROME = {
    "en": {
        "back": "\u2039 Back",
        "next": "Next \u203a",
        "intro": "Introduction",
        "summary": "Summary",
        "banner": "This assessment is complete: its answers are read-only.",
        "reopen": "Reopen for editing",
        "key hint": "(key 2)",
        "key help": "Rate the current criterion, then move on to the next one",
        "progress": "0 of {total} answered",
        "not applicable": "N/A",
    },
    "fr": {
        "back": "\u2039 Pr\u00e9c\u00e9dent",
        "next": "Suivant \u203a",
        "intro": "Introduction",
        "summary": "Synth\u00e8se",
        "banner": "Cette \u00e9valuation est termin\u00e9e\u00a0: ses r\u00e9ponses sont en "
        "lecture seule.",
        "reopen": "Rouvrir pour modification",
        "key hint": "(touche 2)",
        "key help": "Noter le crit\u00e8re en cours, puis passer au suivant",
        "progress": "0 sur {total} r\u00e9pondus",
        "not applicable": "S.O.",
    },
}


def test_the_wizard_speaks_the_window_language(
    open_wizard: OpenWizard, store: Store, assessment: str, tsia: MaturityModel, language: str
) -> None:
    store.set_status(assessment, "complete")  # the banner shows
    wizard = open_wizard(assessment)
    words = CHROME[language]
    assert wizard.back_button.text() == words["back"]
    assert wizard.next_button.text() == words["next"]
    assert wizard.navigator.item(0).text() == words["intro"]
    assert wizard.navigator.item(wizard.navigator.summary_row).text() == words["summary"]
    assert wizard.summary.title.text() == words["summary"]
    banner = wizard.banner.findChild(QLabel)
    assert wizard.banner.isVisible() and banner.text() == words["banner"]
    assert wizard.banner.reopen_button.text() == words["reopen"]
    card = wizard.card(tsia.criteria[0].id)
    assert words["key hint"] in card.buttons.button(2).toolTip()
    assert words["key help"] in wizard.intro.key_help.text()
    assert wizard.progress.text() == words["progress"].format(total=len(tsia.criteria))
    assert card.buttons.button(NOT_APPLICABLE_ID).text() == words["not applicable"]
    # The other language's words are nowhere in it.
    other = CHROME["fr" if language == "en" else "en"]
    assert wizard.next_button.text() != other["next"]


def test_french_counts_are_written_as_french_writes_them(french) -> None:
    assert progress_text(2450, 3000) == "2\u202f450 sur 3\u202f000 r\u00e9pondus"


def test_the_keys_and_their_mnemonics_are_the_same_keys_in_french(
    qtbot, french, open_wizard: OpenWizard, store: Store, assessment: str, tsia: MaturityModel
) -> None:
    for name in ("Pat Lee", "Sam Kim"):  # the rater bar shows, with its mnemonics
        store.add_respondent(assessment, name)
    wizard = open_wizard(assessment)
    assert wizard.rater_bar.isVisible()
    assert wizard.respondents_button.text() == "&R\u00e9pondants\u2026"
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # Ctrl+PgDown: the next page, as in English
    assert wizard.stack.currentIndex() == 1
    for page in range(wizard.stack.count()):
        wizard.show_page(page)
        letters = mnemonics(wizard)
        assert len(letters) == len(set(letters)), letters


def mnemonics(wizard: AssessmentWizard) -> list[str]:
    """The Alt+letter keys of what the wizard shows now (its current page and its frame)."""
    shown = [w for w in wizard.findChildren(QWidget) if w.isVisible()]
    texts = [w.text() for w in shown if isinstance(w, QLabel | QAbstractButton)]
    return [m.lower() for text in texts for m in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def rate_by_keys(qtbot, wizard: AssessmentWizard, keys: list[Qt.Key]) -> None:
    wizard.show_page(1)
    for key in keys:
        press(qtbot, key)


def test_answers_given_in_french_are_stored_as_answers_given_in_english(
    qtbot, open_wizard: OpenWizard, store: Store, tsia: MaturityModel
) -> None:
    keys = [Qt.Key.Key_3, Qt.Key.Key_2, Qt.Key.Key_N, Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_3]
    english = _assessment(store, tsia, "In English")
    rate_by_keys(qtbot, open_wizard(english), keys)
    french = _assessment(store, tsia, "En fran\u00e7ais")
    before = i18n.current_language()
    install_language(QApplication.instance(), "fr")
    try:
        wizard = open_wizard(french)
        assert wizard.back_button.text() == CHROME["fr"]["back"]
        rate_by_keys(qtbot, wizard, keys)
    finally:
        install_language(QApplication.instance(), before)

    def stored(assessment_id: str) -> dict[str, tuple[int | None, bool]]:
        answers = store.answers(assessment_id)
        return {c: (a.score, a.not_applicable) for c, a in answers.items()}

    assert len(stored(english)) == len(keys)
    assert stored(french) == stored(english)
    model = store.model_of(english)
    assert score_records(model, store.answers(french)) == score_records(
        model, store.answers(english)
    )


FRENCH_SCALE = [
    "Pas en place",
    "Partiellement en place",
    "Largement en place",
    "Pleinement en place",
]


def write_french_model(folder: Path, model: MaturityModel, statement: str) -> None:
    """A French translation of `model` in `folder`/fr: its title, scale (as the built-in
    models' translations word it) and its first criterion; the rest reads in English."""
    (folder / "fr").mkdir(parents=True, exist_ok=True)
    labels = ", ".join(f'"{label}"' for label in FRENCH_SCALE[: len(model.scale)])
    (folder / "fr" / f"{model.id}-{model.version}.toml").write_text(
        f'language = "fr"\nmodel = "{model.id}"\nversion = "{model.version}"\n'
        'title = "Mod\u00e8le de maturit\u00e9 (essai)"\nstage_word = "Phase"\n'
        'summary = "Un r\u00e9sum\u00e9."\n'
        f'[scale]\nnot_applicable_label = "Sans objet"\nlabels = [{labels}]\n'
        f'[criteria.{model.criteria[0].id}]\nstatement = "{statement}"\n',
        encoding="utf-8",
    )


@pytest.fixture
def french_models(tmp_path: Path, tsia: MaturityModel, ftworks: MaturityModel, monkeypatch) -> str:
    """French translations of both built-in models, found instead of any other (the
    translation's caches are this test's own, so no other test sees them). Returns the
    statement of their first criterion."""
    statement = "\u00c9nonc\u00e9 traduit du crit\u00e8re."
    folder = tmp_path / "models"
    for model in (tsia, ftworks):
        write_french_model(folder, model, statement)
    only_these_translations(monkeypatch, folder)
    return statement


def test_the_wizard_shows_the_model_in_the_language_the_store_gives_it(
    french_models: str,
    open_wizard: OpenWizard,
    assessment: str,
    tsia: MaturityModel,
    language: str,
) -> None:
    wizard = open_wizard(assessment)
    card = wizard.card(tsia.criteria[0].id)
    statement = card.findChild(QLabel, "statement").text()
    if language == "fr":
        assert statement == french_models
        assert wizard.model.title == "Mod\u00e8le de maturit\u00e9 (essai)"
    else:
        assert statement == tsia.criteria[0].statement


# -- at 1366x768, in French: nothing clipped


def clipped(root: QWidget) -> list[str]:
    """Every label or button shown in `root` whose text needs more room than it has: wider
    than the widget on one line, or taller than it once wrapped."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        text = widget.text()
        if not text:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                found.append(f"{text!r} wraps taller than its {widget.height()} px")
        elif widget.width() < widget.sizeHint().width():
            found.append(f"{text!r}: {widget.width()} px for {widget.sizeHint().width()}")
        view = _viewport_of(widget)
        if view is not None:
            right = widget.mapTo(view, widget.rect().topRight()).x()
            if right >= view.width():
                found.append(f"{text!r} ends at {right} px, past the page's {view.width()}")
    return found


def _viewport_of(widget: QWidget) -> QWidget | None:
    """The viewport of the scrolling page that holds `widget` (it scrolls only up and down:
    what lies past its right edge is never seen)."""
    parent = widget.parentWidget()
    while parent is not None:
        if (
            isinstance(parent.parentWidget(), QScrollArea)
            and parent is parent.parentWidget().viewport()
        ):
            return parent
        parent = parent.parentWidget()
    return None


def pages(wizard: AssessmentWizard) -> Iterator[tuple[str, AssessmentWizard]]:
    for index in range(wizard.stack.count()):
        wizard.show_page(index, focus=False)
        yield wizard.stack.widget(index).objectName(), wizard


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("model_name", ["tsia", "ftworks"])
def test_no_french_text_is_clipped_at_1366_by_768(
    qtbot,
    request: pytest.FixtureRequest,
    french,
    french_models: str,
    open_wizard: OpenWizard,
    store: Store,
    screenshots: Path,
    model_name: str,
    theme: str,
) -> None:
    model: MaturityModel = request.getfixturevalue(model_name)
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    apply_theme(app, theme)
    try:
        assessment = _assessment(store, model, "Northwind Health")
        first = model.criteria[0].id
        for name, role, score in (("Pat Lee", "VP Customer Success", 3), ("Sam Kim", "CSM", 0)):
            respondent = store.add_respondent(assessment, name, role)
            store.record_respondent_answer(respondent.id, first, score)  # they disagree
        wizard = open_wizard(assessment)
        expected = app.palette().color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: wizard.palette().color(QPalette.ColorRole.Window) == expected)
        problems = []
        for name, shown in pages(wizard):
            qtbot.waitUntil(wizard.stack.currentWidget().isVisible)
            assert shown.grab().save(
                str(screenshots / f"wizard-fr-{model_name}-{name}-{theme}.png")
            )
            problems += [f"{name}: {p}" for p in clipped(shown)]
        assert wizard.session.set_status("complete")
        qtbot.waitUntil(wizard.banner.isVisible)
        assert wizard.grab().save(str(screenshots / f"wizard-fr-{model_name}-complete-{theme}.png"))
        problems += [f"complete: {p}" for p in clipped(wizard)]
        assert problems == []
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
