"""A criterion card shows what a format-2 model says about rating it (what earns each score,
when "not applicable" is legitimate, where the criterion comes from, why it matters), as
plain text; a format-1 criterion's card looks as it always did."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from csmaturity_app.maturity import AnswerValue, MaturityModel, parse_model
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.presentation.order import criteria_to_review
from csmaturity_app.store import Store
from csmaturity_app.ui.markup import link_html, plain_tooltip
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.wizard import AssessmentWizard
from csmaturity_app.ui.wizard.criterion_card import NOT_APPLICABLE_ID, CriterionCard
from csmaturity_app.ui.wizard.intro_page import IntroPage
from csmaturity_app.ui.wizard.look import WIZARD_STYLE
from csmaturity_app.ui.wizard.private_notes import private_hint

MARKUP = "<b>x</b> & <EMEA>"


@pytest.fixture
def tsia_1(builtin_catalog: ModelCatalog) -> MaturityModel:
    return builtin_catalog.get("tsia-4-phases", "1.0.0")


@pytest.fixture
def show_card(qtbot) -> Iterator[Callable[[MaturityModel, str], CriterionCard]]:
    """A card laid out at the width it has on a 1366-pixel screen, in the wizard's style."""
    holders: list[QWidget] = []  # qtbot closes them, but does not keep them alive

    def show(model: MaturityModel, criterion_id: str) -> CriterionCard:
        holder = QWidget()
        holder.setStyleSheet(WIZARD_STYLE)
        card = CriterionCard(model, model.criteria_by_id[criterion_id])
        QVBoxLayout(holder).addWidget(card)
        qtbot.addWidget(holder)
        holders.append(holder)
        holder.resize(1100, 600)
        holder.show()
        qtbot.waitExposed(holder)
        return card

    yield show
    holders.clear()


def shown_labels(card: CriterionCard) -> list[QLabel]:
    return [label for label in card.findChildren(QLabel) if label.isVisibleTo(card)]


def shown_text(card: CriterionCard) -> str:
    return "\n".join(label.text() for label in shown_labels(card))


def tooltip_text(tooltip: str) -> str:
    """What a rich-text tooltip reads as on screen."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


# -- format 2


def test_anchors_sit_under_their_rating_buttons(show_card, tsia: MaturityModel):
    criterion = tsia.criteria_by_id["F01"]
    assert tsia.format == 2 and len(criterion.anchors) == 4
    card = show_card(tsia, "F01")
    assert len(card.rubric.anchors) == 4
    for point, label, text in zip(tsia.scale, card.rubric.anchors, criterion.anchors, strict=True):
        button = card.buttons.button(point.score)
        assert label.text() == text and label.isVisibleTo(card)
        assert label.textFormat() == Qt.TextFormat.PlainText
        # Under its own button: the same column, below it, and not clipped.
        top_left = label.mapTo(card, label.rect().topLeft())
        button_box = button.geometry().translated(
            button.parentWidget().mapTo(card, button.pos()) - button.pos()
        )
        assert button_box.left() <= top_left.x() < button_box.right()
        assert top_left.y() >= button_box.bottom()
        assert label.height() >= label.heightForWidth(label.width())
        assert text in tooltip_text(button.toolTip())  # and on hover


def test_not_applicable_rule_is_under_the_na_button(show_card, tsia: MaturityModel):
    criterion = tsia.criteria_by_id["F01"]
    card = show_card(tsia, "F01")
    rule = card.rubric.not_applicable_rule
    assert rule is not None and rule.isVisibleTo(card)
    assert rule.text() == f"Use N/A? {criterion.not_applicable_when}"
    na_button = card.buttons.button(NOT_APPLICABLE_ID)
    assert (
        abs(
            rule.mapTo(card, rule.rect().topLeft()).x()
            - na_button.mapTo(card, na_button.rect().topLeft()).x()
        )
        < 5
    )
    assert rule.height() >= rule.heightForWidth(rule.width())
    assert criterion.not_applicable_when in tooltip_text(na_button.toolTip())


def test_source_badge_says_where_a_criterion_comes_from(show_card, tsia: MaturityModel):
    article = next(c for c in tsia.criteria if c.source == "article")
    addition = next(c for c in tsia.criteria if c.is_addition)
    for criterion, text in ((article, "From the article"), (addition, "Our addition")):
        card = show_card(tsia, criterion.id)
        assert card.source_badge is not None and card.source_badge.isVisibleTo(card)
        assert card.source_badge.text() == text
        assert tsia.attribution.article in tooltip_text(card.source_badge.toolTip())


def test_why_and_a_first_step_are_shown(show_card, tsia: MaturityModel):
    criterion = tsia.criteria_by_id["F02"]
    card = show_card(tsia, "F02")
    assert card.why is not None and card.why.text() == f"Why it matters: {criterion.why}"
    assert card.action is not None and card.action.text() == f"A first step: {criterion.action}"


# -- format 1


def test_a_format_1_card_has_none_of_it(show_card, tsia_1: MaturityModel):
    assert tsia_1.format == 1
    card = show_card(tsia_1, "F01")
    assert card.rubric.anchors == [] and card.rubric.not_applicable_rule is None
    assert card.source_badge is None and card.why is None and card.action is None
    assert not card.needs_review()
    assert all(label.text().strip() for label in shown_labels(card))  # no empty labels
    names = [label.text() for label in shown_labels(card)]
    assert names == [
        "F01",
        tsia_1.criteria_by_id["F01"].statement,
        card.guidance.text(),
        private_hint(),  # every card has its private notes (the consultant's)
    ]
    buttons = [b for b in card.findChildren(QPushButton) if b.property("rating")]
    assert [b.text() for b in buttons][-1] == "N/A"
    # The buttons keep their plain row, side by side at their natural width.
    assert len({b.y() for b in buttons}) == 1
    assert all(b.width() <= b.sizeHint().width() + 2 for b in buttons)


# -- model text is text


def _with_markup(model: MaturityModel) -> MaturityModel:
    data: dict[str, Any] = model.to_dict()
    data["attribution"]["article"] = MARKUP
    first = data["criteria"][0]
    first.update(
        statement=f"Statement {MARKUP}",
        guidance=f"Guidance {MARKUP}",
        anchors=[f"Anchor {score} {MARKUP}" for score in range(4)],
        why=f"Why {MARKUP}",
        action=f"Action {MARKUP}",
        not_applicable_when=f"When {MARKUP}",
    )
    return parse_model(data, "markup test")


def test_model_text_with_markup_shows_literally(show_card, tsia: MaturityModel):
    model = _with_markup(tsia)
    criterion = model.criteria[0]
    card = show_card(model, criterion.id)
    for label in shown_labels(card):
        assert label.textFormat() == Qt.TextFormat.PlainText
    text = shown_text(card)
    for expected in (
        f"Statement {MARKUP}",
        f"Evidence to look for: Guidance {MARKUP}",
        f"Anchor 2 {MARKUP}",
        f"Use N/A? When {MARKUP}",
        f"Why it matters: Why {MARKUP}",
        f"A first step: Action {MARKUP}",
    ):
        assert expected in text
    tips = [b.toolTip() for b in card.buttons.buttons()] + [card.source_badge.toolTip()]
    for tip in tips:
        assert "<b>x</b>" not in tip and "<EMEA>" not in tip  # escaped for the rich tooltip
    assert f"Anchor 3 {MARKUP}" in tooltip_text(card.buttons.button(3).toolTip())
    assert MARKUP in tooltip_text(card.source_badge.toolTip())


def test_intro_credit_with_markup_shows_literally(qtbot, store: Store, tsia: MaturityModel):
    model = _with_markup(tsia)
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, model, "Jane", date(2025, 3, 14))
    page = IntroPage(model, record)
    qtbot.addWidget(page)
    source = page.findChild(QLabel, "source")
    assert source.textFormat() == Qt.TextFormat.PlainText
    assert f"\u201c{MARKUP}\u201d" in source.text()


def test_tooltips_and_links_are_escaped():
    assert plain_tooltip(MARKUP) == "<p>&lt;b&gt;x&lt;/b&gt; &amp; &lt;EMEA&gt;</p>"
    assert tooltip_text(plain_tooltip(MARKUP)) == MARKUP
    assert plain_tooltip("") == ""
    assert link_html('https://example.com/a?b="c"&d') == (
        '<a href="https://example.com/a?b=&quot;c&quot;&amp;d">'
        "https://example.com/a?b=&quot;c&quot;&amp;d</a>"
    )
    assert link_html("javascript:alert(1)") == "javascript:alert(1)"  # not a link
    assert link_html("file:///etc/passwd") == "file:///etc/passwd"


def test_the_intro_credits_the_real_article_with_its_address(qtbot, store, tsia: MaturityModel):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia, "Jane", date(2025, 3, 14))
    page = IntroPage(tsia, record)
    qtbot.addWidget(page)
    source = page.findChild(QLabel, "source").text()
    assert "\u201cThe Customer Success Maturity Model in 4 Phases\u201d" in source
    assert "TSIA blog, updated June 13, 2017" in source
    address = page.findChild(QLabel, "source-url")
    assert f'href="{tsia.attribution.url}"' in address.text() and address.openExternalLinks()
    assert "Tuckman" in page.findChild(QLabel, "source-note").text()
    assert page.findChild(QLabel, "sources-explained") is not None


def test_a_format_1_intro_has_no_source_legend_and_today_s_credit(qtbot, store, tsia_1):
    """An old assessment's frozen 1.0.0 definition misnamed the article: the credit shown is
    the one the model carries today."""
    org = store.create_organization("Acme")
    frozen = dataclasses.replace(
        tsia_1, attribution=dataclasses.replace(tsia_1.attribution, article="Old title", url="")
    )
    record = store.create_assessment(org.id, frozen, "Jane", date(2025, 3, 14))
    page = IntroPage(frozen, record)
    qtbot.addWidget(page)
    assert page.findChild(QLabel, "sources-explained") is None
    source = page.findChild(QLabel, "source").text()
    assert "\u201cThe Customer Success Maturity Model in 4 Phases\u201d" in source
    assert "Old title" not in source
    assert "tsia.com/blog" in page.findChild(QLabel, "source-url").text()


# -- in the wizard: keys, old assessments, carried answers


def _open(qtbot, operations: Operations, assessment_id: str) -> AssessmentWizard:
    wizard = AssessmentWizard(operations, assessment_id)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _key(qtbot, wizard: AssessmentWizard, key: Qt.Key) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, key)


def test_keyboard_rating_works_on_a_format_2_card(qtbot, operations, store, tsia):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia, "Jane", date(2025, 3, 14))
    wizard = _open(qtbot, operations, record.id)
    first, second, third = (c.criterion_id for c in wizard.stage_pages[0].cards[:3])
    wizard.go_to_criterion(first)
    assert wizard.card(first).rubric.anchors  # the anchors are there...
    for key in (Qt.Key.Key_3, Qt.Key.Key_N):
        _key(qtbot, wizard, key)  # ...and the keys rate as before
    _key(qtbot, wizard, Qt.Key.Key_K)
    _key(qtbot, wizard, Qt.Key.Key_J)
    answers = store.answers(record.id)
    assert (answers[first].score, answers[second].not_applicable) == (3, True)
    assert wizard.current_card().criterion_id == third
    assert wizard.card(second).rating() == AnswerValue(None, True)


def test_an_old_assessment_keeps_its_format_1_cards(qtbot, operations, store, tsia_1):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia_1, "Jane", date(2024, 3, 14))
    wizard = _open(qtbot, operations, record.id)
    assert wizard.model.version == "1.0.0"
    assert not any(wizard.card(c.id).rubric.anchors for c in tsia_1.criteria)
    assert not any(wizard.card(c.id).source_badge for c in tsia_1.criteria)
    wizard.go_to_criterion("F01")
    _key(qtbot, wizard, Qt.Key.Key_2)
    assert store.answers(record.id)["F01"].score == 2


@pytest.fixture
def carried(store: Store, tsia_1: MaturityModel, tsia: MaturityModel) -> str:
    """A draft under 2.0.0 carried forward from a 1.0.0 assessment with F01-F03 answered."""
    org = store.create_organization("Acme")
    old = store.create_assessment(org.id, tsia_1, "Jane", date(2024, 3, 14))
    store.record_answer(old.id, "F01", 2, False)
    store.record_answer(old.id, "F02", None, True)
    store.record_answer(old.id, "F03", 1, False, notes="Draft charter")
    return store.carry_forward(old.id, tsia).id


def test_carried_answers_are_marked_for_review_until_rated(qtbot, operations, store, carried):
    wizard = _open(qtbot, operations, carried)
    to_review = [cid for cid, a in store.answers(carried).items() if a.needs_review]
    assert {"F01", "F02", "F03"} <= set(to_review)
    for criterion in wizard.model.criteria:
        card = wizard.card(criterion.id)
        assert card.needs_review() == (criterion.id in to_review)
        if card.needs_review():
            assert card.review_marker.isVisibleTo(card)
            assert card.review_marker.text() == "Carried forward: please review"
    summary = wizard.summary
    answers = store.answers(carried)
    assert summary.review_ids() == [c.id for c in criteria_to_review(wizard.model, answers)]
    n = len(to_review)
    assert summary.review_title.text() == f"{n} carried answers to review"

    # The same rating again is the review: the mark goes, live, and nothing is undoable.
    wizard.go_to_criterion("F01")
    _key(qtbot, wizard, Qt.Key.Key_2)
    assert not wizard.card("F01").needs_review()
    assert store.answers(carried)["F01"].score == 2
    assert not store.answers(carried)["F01"].needs_review
    assert wizard.undo_stack.count() == 0
    assert "F01" not in summary.review_ids()
    assert summary.review_title.text() == f"{n - 1} carried answer{'s' if n > 2 else ''} to review"

    # Another rating by mouse clears it too; notes alone do not.
    operations.record_notes(carried, "F03", "Charter signed", pytest.fail)
    assert wizard.card("F03").needs_review()
    qtbot.mouseClick(wizard.card("F02").buttons.button(3), Qt.MouseButton.LeftButton)
    assert not wizard.card("F02").needs_review()
    assert summary.review_ids()[0] == "F03"

    # Undoing that rating puts the carried answer back as it was: awaiting review.
    wizard.undo_stack.undo()
    assert store.answers(carried)["F02"].not_applicable
    assert store.answers(carried)["F02"].needs_review
    assert wizard.card("F02").needs_review()
    assert "F02" in summary.review_ids()
    wizard.undo_stack.redo()
    assert not store.answers(carried)["F02"].needs_review


def test_summary_has_no_review_list_without_carried_answers(qtbot, operations, store, tsia):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia, "Jane", date(2025, 3, 14))
    wizard = _open(qtbot, operations, record.id)
    assert wizard.summary.review.isHidden() and wizard.summary.review_title.isHidden()
    assert not any(wizard.card(c.id).needs_review() for c in tsia.criteria)


def test_completing_with_answers_to_review_asks_first(
    qtbot, operations, store, carried, monkeypatch
):
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    wizard = _open(qtbot, operations, carried)
    for criterion in wizard.model.criteria:
        if not wizard.card(criterion.id).needs_review():
            operations.record_answer(carried, criterion.id, 1, False, pytest.fail)
    wizard.show_page(wizard.summary_index)
    assert wizard.summary.review.hasFocus()  # nothing unanswered: the review list has the keys
    n = len(wizard.summary.review_ids())
    wizard.summary.complete_button.click()
    assert len(asked) == 1 and "unanswered" not in asked[0]
    assert f"{n} carried answers were not reviewed" in asked[0]
    assert store.assessment(carried).status == "draft"

    qtbot.keyClick(wizard.summary.review, Qt.Key.Key_Return)  # jumps to the first one
    assert wizard.current_card().criterion_id == wizard.summary.review_ids()[0]


def test_a_stage_page_shows_its_typical_profile(qtbot, operations, store, tsia, tsia_1):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, tsia, "Jane", date(2025, 3, 14))
    wizard = _open(qtbot, operations, record.id)
    profile = wizard.stage_pages[1].findChild(QLabel, "stage-profile")
    assert profile.text() == f"A typical organization here: {tsia.stages[1].typical_profile}"
    old = store.create_assessment(org.id, tsia_1, "Jane", date(2024, 3, 14))
    assert (
        _open(qtbot, operations, old.id).stage_pages[1].findChild(QLabel, "stage-profile") is None
    )
