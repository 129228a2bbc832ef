"""Names, notes and a model's texts hold whatever their authors typed, angle brackets and
ampersands included, and come from other people's files: Qt must show them as typed, never
read them as markup. A store holds a model no installed file knows (as an imported snapshot
carries one) with markup in every text; the window, the results pane (every tab, charts
included), the wizard, the delete confirmation and the PDF report must all show it literally.
Texts are checked as a user sees them: each as Qt displays it in its format (`shown_text`)."""

from __future__ import annotations

import subprocess
from datetime import date
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QWidget
from shown_text import AUTO, RICH, chart_texts, displayed, shown_texts, widget_texts

from csmaturity_app.maturity import AnswerValue, MaturityModel, parse_model
from csmaturity_app.store import AssessmentRecord, Store
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.new_assessment_dialog import NewAssessmentDialog
from csmaturity_app.ui.report import export_report_pdf
from csmaturity_app.ui.results import chart_data
from csmaturity_app.ui.results.chart_data import slug
from csmaturity_app.ui.results.charts import ProgressionChart, StageChart
from csmaturity_app.ui.store_dialogs import ask_after_store_problem
from csmaturity_app.ui.theme import dark_palette
from csmaturity_app.ui.wizard import AssessmentWizard

IMG = "<img src=file:///etc/passwd>"
ORG = "Acme <EMEA> Ltd"
ORG_TAGGED = f"<b>Acme</b> {IMG}"  # tags Qt knows: an "auto" format would read them
PEER = "Beta <b>bold</b> Inc"
ASSESSOR = "<i>Jane</i> & Co"
NOTE = f"Seen {IMG} in R&amp;D"
TITLE = "CS model <draft> for Q&A"
STAGES = ["<i>Forming</i>", "Storming <EMEA>", "R&amp;D stage", "<u>Performing</u>"]
DIMENSIONS = [
    "Accounts <$1M ARR",
    "R&amp;D",
    "<u>Voice</u>",
    f"{IMG}Adoption",
    "Play<br>books",
    "Funding & <EMEA>",
]
SCALE = ["<b>None</b>", "Some <EMEA>", "R&amp;D mostly", "<i>All</i>"]
NOT_APPLICABLE = "N/A <none>"
TERM = "<b>ARR</b>"
# Every text above, and the pieces the model's longer texts are made of: wherever one of
# them is set on a widget, as typed or escaped, it must be what the widget shows.
PIECES = [
    IMG,
    "<EMEA>",
    "R&amp;D",
    "<b>bold</b>",
    "<draft>",
    ORG,
    ORG_TAGGED,
    PEER,
    ASSESSOR,
    NOTE,
    TITLE,
    *STAGES,
    *DIMENSIONS,
    *SCALE,
    NOT_APPLICABLE,
    TERM,
]


def statement(criterion_id: str) -> str:
    return f"{criterion_id} asks for <b>bold</b> {IMG} & R&amp;D"


def markup_model(tsia: MaturityModel) -> MaturityModel:
    """A small model (three criteria a stage) with markup in each of its texts."""
    data = tsia.to_dict()
    data |= {"id": "markup-sample", "version": "1.0.0", "title": TITLE}
    data["summary"] = f"A model <b>bold</b> for {IMG} & R&amp;D."
    data["scale"] = {
        "not_applicable_label": NOT_APPLICABLE,
        "points": [{"score": i, "label": label} for i, label in enumerate(SCALE)],
    }
    for stage, name in zip(data["stages"], STAGES, strict=True):
        stage["name"] = name
        for key in ("description", "guidance", "typical_profile", "next_stage_unlocks"):
            if key in stage:
                stage[key] = f"{key} of {name}: <b>bold</b> {IMG}"
    for dimension, name in zip(data["dimensions"], DIMENSIONS, strict=True):
        dimension["name"] = name
        dimension["description"] = f"About {name}: <b>bold</b>"
    kept = []
    for stage in data["stages"]:
        kept += [c for c in data["criteria"] if c["stage"] == stage["id"]][:3]
    for criterion in kept:
        cid = criterion["id"]
        criterion["statement"] = statement(cid)
        criterion["guidance"] = f"Guidance <b>bold</b> {IMG}"
        criterion["anchors"] = [f"{label} for {cid} <EMEA>" for label in SCALE]
        for key in ("why", "action", "not_applicable_when"):
            criterion[key] = f"{key}: <b>bold</b> & R&amp;D"
    data["criteria"] = kept
    data["glossary"] = [{"term": TERM, "meaning": f"Annual <b>bold</b> revenue {IMG}"}]
    data.pop("carry_forward", None)
    return parse_model(data, "markup sample")


def rate_all(store: Store, record: AssessmentRecord, model: MaturityModel, score: int) -> None:
    for criterion in model.criteria:
        store.record_answer(record.id, criterion.id, score)


@pytest.fixture
def model(tsia: MaturityModel) -> MaturityModel:
    return markup_model(tsia)


@pytest.fixture(params=[ORG, ORG_TAGGED])
def org_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def sample(store: Store, model: MaturityModel, org_name: str) -> dict[str, AssessmentRecord]:
    """Two completed assessments of an organization (a progression, a comparison), one of a
    peer."""
    org = store.create_organization(org_name)
    before = store.create_assessment(org.id, model, ASSESSOR, date(2025, 1, 10))
    rate_all(store, before, model, 1)
    store.set_status(before.id, "complete")
    after = store.create_assessment(org.id, model, ASSESSOR, date(2025, 6, 10))
    rate_all(store, after, model, 2)
    first = model.criteria[0].id
    store.record_answer(after.id, first, 0)
    store.record_notes(after.id, first, NOTE)
    store.set_status(after.id, "complete")
    peer = store.create_organization(PEER)
    other = store.create_assessment(peer.id, model, "Bob", date(2025, 3, 1))
    rate_all(store, other, model, 3)
    store.set_status(other.id, "complete")
    return {"before": before, "after": after, "other": other}


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def assert_literal(root: QWidget) -> None:
    """Wherever a piece of markup is set on a widget, as typed or escaped, it is shown as
    typed: not read as a tag, not shown as an entity."""
    wrong = []
    for where, text, text_format in widget_texts(root):
        shown = displayed(text, text_format)
        for piece in PIECES:
            if (piece in text or escape(piece) in text) and piece not in shown:
                wrong.append(f"{where}: {piece!r} set as {text!r}, shown as {shown!r}")
                break
    assert not wrong, "\n".join(wrong)


def assert_shown(root: QWidget, *pieces: str) -> None:
    shown = "\n".join(shown_texts(root))
    missing = [p for p in pieces if p not in shown]
    assert not missing, f"not shown: {missing}"


def chart_shown(chart) -> list[str]:
    return [displayed(text, fmt) for _w, text, fmt in chart_texts(chart.chart())]


def test_results_pane_and_window_show_markup_literally(
    qtbot, sample, org_name: str, window: MainWindow, model: MaturityModel, screenshots: Path
):
    window._select_organization(sample["after"].organization_id)
    window._select_assessments([sample["before"].id, sample["after"].id])
    window.results.show_assessments([sample["before"].id, sample["after"].id])
    window.results.refresh_now()
    pane = window.results
    assert pane.progression.chart_shown and pane.peers_chart_box.chart_shown

    assert window.org_title.text() == org_name
    for chart in pane.charts():
        title = displayed(chart.chart().title(), RICH)
        assert org_name in title, title
    stage_texts = "\n".join(chart_shown(pane.stage_chart))
    assert all(name in stage_texts for name in STAGES), stage_texts
    names = pane.dimension_chart.dimension_names()  # "(n/a)" where no criterion applies
    assert all(n.startswith(d) for n, d in zip(names, DIMENSIONS, strict=True)), names
    dimension_texts = "\n".join(chart_shown(pane.dimension_chart))
    assert all(name in dimension_texts for name in DIMENSIONS), dimension_texts
    progression = chart_shown(pane.progression_chart)
    assert TITLE in progression, progression  # the legend names the model
    assert all(any(name in t for t in progression) for name in STAGES), progression
    assert list(pane.progression_chart.series_points()) == [TITLE]
    peers = chart_shown(pane.peer_chart)
    assert all(any(name in t for t in peers) for name in STAGES), peers
    assert_shown(pane, org_name, TITLE, ASSESSOR, statement(model.criteria[0].id))
    assert_literal(window)

    for index in range(pane.tabs.count()):  # every tab, as the user opens them
        pane.tabs.setCurrentIndex(index)
        chart = pane.current_chart()
        if chart is not None:
            path = screenshots / f"markup-{chart.slug}-{slug(org_name)}.png"
            assert chart.grab().save(str(path))
    app = QApplication.instance()
    old = app.palette()
    try:
        app.setPalette(dark_palette())
        pane.tabs.setCurrentIndex(0)
        path = screenshots / f"markup-stage-attainment-dark-{slug(org_name)}.png"
        assert pane.stage_chart.grab().save(str(path))
    finally:
        app.setPalette(old)
    assert_literal(window)


def test_wizard_shows_markup_literally(
    qtbot, operations, sample, org_name: str, model: MaturityModel
):
    wizard = AssessmentWizard(operations, sample["after"].id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for index in range(wizard.stack.count()):  # intro, each stage, the summary
        wizard.show_page(index, focus=False)
    first = model.criteria[0]
    assert_shown(
        wizard,
        TITLE,
        org_name,
        ASSESSOR,
        NOTE,
        *STAGES,
        *DIMENSIONS[:2],
        *SCALE,
        statement(first.id),
        *first.anchors,
    )
    assert_literal(wizard)


def question_boxes(monkeypatch, answer: QMessageBox.StandardButton) -> list[QMessageBox]:
    """Answer the next question boxes with `answer`, keeping each box (shown, so that it can
    be looked at) for its text and format."""
    asked: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        box.show()
        asked.append(box)
        return answer

    def question(parent, title, text, *_args, **_kwargs):  # a static box: AutoText
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        asked.append(box)
        return answer

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


LYING_NAME = 'Test org"? It has no assessments.<span style="font-size:1pt;color:#f0f0f0">'


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_delete_confirmation_shows_the_name_and_true_counts(
    qtbot, window: MainWindow, store: Store, model, monkeypatch, screenshots: Path, theme: str
):
    org = store.create_organization(LYING_NAME)
    for day in (1, 2, 3):
        record = store.create_assessment(org.id, model, "Ann", date(2025, 1, day))
        for criterion in model.criteria[:10]:
            store.record_answer(record.id, criterion.id, 1)
    window.operations.organizationsChanged.emit()
    window._select_organization(org.id)
    asked = question_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    app = QApplication.instance()
    old = app.palette()
    if theme == "dark":
        app.setPalette(dark_palette())
    try:
        window.delete_organization()
        assert len(asked) == 1
        box = asked[0]
        shown = displayed(box.text(), box.textFormat())
        assert LYING_NAME in shown
        assert "removes its 3 assessments and 30 answers" in shown
        box.resize(box.sizeHint())
        assert box.grab().save(str(screenshots / f"markup-delete-{theme}.png"))
    finally:
        app.setPalette(old)
    assert [o.name for o in store.organizations()] == [LYING_NAME]  # cancelled: still there


@pytest.mark.parametrize(
    ("assessments", "answers", "wording"),
    [
        (0, 0, "It has no assessments."),
        (1, 0, "This removes its 1 assessment, with no answers."),
        (1, 1, "This removes its 1 assessment and 1 answer."),
        (2, 3, "This removes its 2 assessments and 3 answers."),
    ],
)
def test_delete_confirmation_counts_in_words(
    qtbot, window, store, model, monkeypatch, assessments, answers, wording
):
    org = store.create_organization(f"{IMG} Acme")
    records = [
        store.create_assessment(org.id, model, "Ann", date(2025, 1, 1 + n))
        for n in range(assessments)
    ]
    for n in range(answers):
        store.record_answer(records[0].id, model.criteria[n].id, 1)
    window.operations.organizationsChanged.emit()
    window._select_organization(org.id)
    asked = question_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    window.delete_organization()
    box = asked[0]
    assert box.textFormat() == Qt.TextFormat.PlainText  # an <img> in a name loads nothing
    assert box.text().startswith(f"Delete \u201c{IMG} Acme\u201d? {wording}")
    assert store.organizations() == []


def pdf_words(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(text.split())


def test_report_shows_markup_literally(
    store: Store, sample, org_name: str, model: MaturityModel, tmp_path
):
    out = export_report_pdf(store, sample["after"].id, tmp_path / "report.pdf")
    words = pdf_words(out)
    first = model.criteria[0]
    missing = [
        piece
        for piece in (
            org_name,
            ASSESSOR,
            NOTE,
            TITLE,
            *STAGES,
            *DIMENSIONS,
            statement(first.id),
            TERM,
        )
        if " ".join(piece.split()) not in words
    ]
    assert not missing, missing
    # every text of the model holds its markup whole: none of it was read as a tag (spaces
    # left out: a line may wrap inside a piece)
    squeezed = "".join(words.split())
    for piece, word in (("<b>bold</b>", "bold"), (IMG, "passwd"), ("R&amp;D", "R&")):
        piece = "".join(piece.split())
        assert squeezed.count(word) == squeezed.count(piece) > 0, (piece, squeezed.count(word))


# -- dialogs and messages that quote a name, a path or an error


def test_new_assessment_dialog_shows_the_name_as_typed(qtbot, builtin_catalog):
    dialog = NewAssessmentDialog(builtin_catalog, ORG_TAGGED)
    qtbot.addWidget(dialog)
    assert_shown(dialog, ORG_TAGGED)
    assert_literal(dialog)


def test_a_store_path_with_markup_shows_as_typed(qtbot, tmp_path: Path, builtin_catalog):
    folder = tmp_path / "<b>clients"  # a folder name holds no "/"
    folder.mkdir()
    with Store.open(folder / "store.db") as store:
        window = MainWindow(store, builtin_catalog)
        qtbot.addWidget(window)
        shown = displayed(window.store_label.text(), window.store_label.textFormat())
        assert shown == f"Store: {folder / 'store.db'}"
        assert displayed(window.store_label.toolTip()) == str(folder / "store.db")
        window.close()


def test_store_problem_dialog_quotes_the_message_as_typed(monkeypatch):
    message = f"{IMG}/store.db is not a CS Maturity store"
    boxes: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    ask_after_store_problem(None, message)
    box = boxes[0]
    assert displayed(box.informativeText(), box.textFormat()) == message


def test_error_messages_quote_names_as_typed(window: MainWindow, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    message = f"No organization is named \u201c{ORG_TAGGED}\u201d."
    window.show_error(message)
    assert [displayed(text) for text in shown] == [message]


def test_undo_and_redo_name_the_organization_as_typed(window: MainWindow):
    """An action's text reads "&" as the mark of its shortcut key: "R&D" would show as "RD"."""
    name = "R&D <b>bold</b> Ltd"
    org = window.operations.create_organization(name, pytest.fail)
    assert org is not None
    assert window.undo_action.iconText() == f"Undo Create \u201c{name}\u201d"
    window.operations.rename_organization(org.id, "Other", pytest.fail)
    assert window.undo_action.iconText() == f"Undo Rename \u201c{name}\u201d"
    window.undo_action.trigger()
    window.operations.delete_organization(org.id, pytest.fail)
    assert window.undo_action.iconText() == f"Undo Delete \u201c{name}\u201d"


def test_undo_of_a_rating_names_the_scale_label_as_typed(
    qtbot, operations, store: Store, model: MaturityModel
):
    org = store.create_organization("Acme")
    record = store.create_assessment(org.id, model, "Ann", date(2025, 3, 14))
    wizard = AssessmentWizard(operations, record.id)
    qtbot.addWidget(wizard)
    first = model.criteria[0].id
    assert wizard.session.rate(first, AnswerValue(score=2))
    assert wizard.undo_action.iconText() == f"Undo Rate {first} 2 {SCALE[2]}"


HOVERED = "<b>x</b> &amp;"  # a stage name a hover tooltip would read as a tag and an entity


def test_hover_tooltips_show_the_stage_name_as_typed(qtbot, store: Store, tsia: MaturityModel):
    data = markup_model(tsia).to_dict()
    for stage in data["stages"]:
        stage["name"] = f"{HOVERED} {stage['level']}"
    model = parse_model(data, "hovered sample")
    org = store.create_organization(ORG)
    for day in (date(2025, 1, 10), date(2025, 6, 10)):
        record = store.create_assessment(org.id, model, ASSESSOR, day)
        rate_all(store, record, model, 2)
        store.set_status(record.id, "complete")

    stages = StageChart()
    qtbot.addWidget(stages)
    stages.show()
    stages.show_stages(chart_data.stage_bars(store.result(record.id), QColor("#ffffff")), 66.7, "T")
    stages._hovered(True, 0, stages.bars.barSets()[0])
    assert HOVERED in displayed(QToolTip.text(), AUTO), QToolTip.text()
    QToolTip.hideText()

    lines = chart_data.progression_lines(store.progression(org.id))
    progression = ProgressionChart()
    qtbot.addWidget(progression)
    progression.show()
    first, last = chart_data.date_range(lines)
    progression.show_lines(lines, [], 0, 4, first, last)
    point = lines[0].points[0]
    progression._hovered(progression.markers[0], QPointF(point.x, point.y), True)
    assert HOVERED in displayed(QToolTip.text(), AUTO), QToolTip.text()
    QToolTip.hideText()
