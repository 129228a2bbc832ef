"""The assessment wizard window: navigator on the left, one page per stage in the centre,
overall progress and Back / Next at the bottom.

With several respondents, a "Rating as" chooser above the pages says whose ratings the
buttons show and write: the consensus (the facilitator's) or one respondent's; each card
shows every respondent's rating beside its criterion.

Nothing here writes to the store: ratings and notes go through `AssessmentSession`, which goes
through `Operations`. Every answer is saved when given, so closing the window loses nothing;
the window also stores where it stands, and reopens there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.maturity import AnswerValue
from csmaturity_app.presentation import Presentation, present
from csmaturity_app.presentation.order import walk_order
from csmaturity_app.store import score_records
from csmaturity_app.ui.markup import plain_message
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.window_size import restore_geometry
from csmaturity_app.ui.wizard.banner import CompleteBanner
from csmaturity_app.ui.wizard.criterion_card import CriterionCard
from csmaturity_app.ui.wizard.intro_page import IntroPage
from csmaturity_app.ui.wizard.keys import BINDINGS, PAGE_SEQUENCES, rating_keys, with_keys
from csmaturity_app.ui.wizard.look import WIZARD_STYLE, MutedLabel, scaled_font
from csmaturity_app.ui.wizard.navigator import Navigator
from csmaturity_app.ui.wizard.ratings import (
    NOT_APPLICABLE,
    UNANSWERED,
    Position,
    progress_text,
)
from csmaturity_app.ui.wizard.session import AssessmentSession
from csmaturity_app.ui.wizard.stage_page import StagePage
from csmaturity_app.ui.wizard.summary_page import SummaryPage
from csmaturity_app.ui.wizard.voices import (
    consensus_label,
    criterion_voices,
    disagreements,
    respondent_label,
)

GEOMETRY_KEY = "wizard/geometry"
DEFAULT_SIZE = (1100, 700)


class AssessmentWizard(QWidget):
    """Walk through one assessment. Raises the store's error if it cannot be read at all."""

    def __init__(
        self, operations: Operations, assessment_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assessment-wizard")
        self.operations = operations
        self.session = AssessmentSession(operations, assessment_id, self)
        self.undo_stack = self.session.undo_stack
        self.model = model = self.session.model
        record = self.session.record
        self.setWindowTitle(
            f"{record.organization_name} \u2014 {model.title} \u2014 "
            f"{formats.long_date(record.assessed_on)}"
        )
        self.setStyleSheet(WIZARD_STYLE)
        self._shown_once = False
        self.respondents_dialog: QWidget | None = None

        # -- pages: 0 intro, 1..n stages, n+1 summary (the navigator's rows likewise)
        self.banner = CompleteBanner()
        self.banner.reopenRequested.connect(self.reopen)
        self.navigator = Navigator(model)
        self.stack = QStackedWidget()
        self.intro = IntroPage(model, record)
        self.stack.addWidget(self.intro)
        self.stage_pages: list[StagePage] = []
        self._where: dict[str, tuple[int, int]] = {}  # criterion id -> (page, card)
        for stage in model.stages:
            page = StagePage(model, stage)
            page_index = self.stack.addWidget(page)
            self.stage_pages.append(page)
            page.moveRequested.connect(self.move_criterion)
            page.notesRequested.connect(self.edit_notes)
            for card_index, card in enumerate(page.cards):
                self._where[card.criterion_id] = (page_index, card_index)
                self._connect_card(card)
        self.summary = SummaryPage(model)
        self.summary_index = self.stack.addWidget(self.summary)
        self.summary.jumpRequested.connect(self.go_to_criterion)
        self.summary.completeRequested.connect(self.mark_complete)
        self._order = [c.id for c in walk_order(model)]

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        self.navigator.setMinimumWidth(char * 22)
        splitter.setSizes([char * 32, char * 120])

        # -- bottom: progress, save state, Back / Next
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Criteria answered"))
        self.progress.setRange(0, max(1, len(model.criteria)))
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names
        self.status.setObjectName("save-state")
        # A long message (the store found damaged) wraps rather than widen the wizard.
        self.status.setWordWrap(True)
        self.back_button = QPushButton(self.tr("\u2039 Back"))
        self.back_button.setToolTip(with_keys(self.tr("Previous page"), "previous_page"))
        self.back_button.clicked.connect(self.previous_page)
        self.next_button = QPushButton(self.tr("Next \u203a"))
        self.next_button.setToolTip(with_keys(self.tr("Next page"), "next_page"))
        self.next_button.clicked.connect(self.next_page)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 2)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self._build_rater_bar())
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._install_keys()
        self.session.answersChanged.connect(self._on_answers_changed)
        self.session.statusChanged.connect(self._apply_read_only)
        self.session.saveState.connect(self._show_save_state)
        self.session.respondentsChanged.connect(self._on_respondents_changed)
        self.session.raterChanged.connect(self._on_rater_changed)
        self.undo_stack.indexChanged.connect(self._update_undo_actions)
        self.navigator.currentRowChanged.connect(self._on_navigator_row)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing windows still saves pending notes
            app.aboutToQuit.connect(self.flush)

        self._fill_raters()
        self._show_cards()
        self._refresh_counts()
        self._apply_read_only()
        self._restore_geometry()
        self.go_to(Position.parse(record.position, model), focus=False)

    # -- wiring

    def _build_rater_bar(self) -> QWidget:
        """ "Rating as: [Consensus (facilitator) v]  Respondents…": shown with several."""
        self.rater_bar = QWidget()
        self.rater_bar.setObjectName("rater-bar")
        self.rater_box = QComboBox()
        self.rater_box.setObjectName("rating-as")
        self.rater_box.setAccessibleName(self.tr("Rating as"))
        self.rater_box.setToolTip(
            with_keys(self.tr("Whose ratings the buttons show and save"), "rating_as")
            + "; "
            + with_keys(self.tr("the next one"), "next_rater")
        )
        self.rater_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rater_box.activated.connect(self._on_rater_chosen)
        label = QLabel(self.tr("Rating &as:"))
        label.setBuddy(self.rater_box)
        self.respondents_button = QPushButton(self.tr("&Respondents\u2026"))
        self.respondents_button.setToolTip(
            with_keys(self.tr("Add, edit or remove the assessment's respondents"), "respondents")
        )
        self.respondents_button.clicked.connect(self.show_respondents)
        self.rater_hint = MutedLabel()
        self.rater_hint.setObjectName("rater-hint")
        row = QHBoxLayout(self.rater_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.rater_box)
        row.addWidget(self.rater_hint, 1)
        row.addWidget(self.respondents_button)
        return self.rater_bar

    def _connect_card(self, card: CriterionCard) -> None:
        card.medianRequested.connect(self.use_median)
        card.ratingClicked.connect(self._on_card_rating)
        card.notesCommitted.connect(self.session.save_notes)
        card.privateNotesCommitted.connect(self.session.save_private_notes)
        card.notesEdited.connect(lambda _id: self._show_save_state(self.tr("Saving\u2026"), False))
        card.activated.connect(self._on_card_activated)
        card.escaped.connect(self._on_notes_escaped)

    def _install_keys(self) -> None:
        def bind(action: str, slot: Callable[[], object]) -> None:
            for sequence in BINDINGS[action].sequences:
                if sequence not in PAGE_SEQUENCES:  # those belong to the stage pages
                    QShortcut(QKeySequence(sequence), self).activated.connect(slot)

        for key, score in rating_keys(self.model).items():
            rating = AnswerValue(score, False)
            QShortcut(QKeySequence(key), self).activated.connect(
                lambda rating=rating: self.rate_current(rating)
            )
        bind("not_applicable", lambda: self.rate_current(NOT_APPLICABLE))
        bind("clear", lambda: self.rate_current(UNANSWERED, advance=False))
        bind("next_criterion", lambda: self.move_criterion(1))
        bind("previous_criterion", lambda: self.move_criterion(-1))
        bind("notes", self.edit_notes)
        bind("private_notes", self.edit_private_notes)
        bind("next_page", self.next_page)
        bind("previous_page", self.previous_page)
        bind("summary", lambda: self.show_page(self.summary_index))
        bind("close", self.close)
        bind("respondents", self.show_respondents)
        bind("rating_as", self.focus_rater)
        bind("next_rater", self.next_rater)
        bind("use_median", self.use_median)

        self.undo_action = QAction(self.tr("Undo rating"), self)
        self.redo_action = QAction(self.tr("Redo rating"), self)
        for action, name, slot in (
            (self.undo_action, "undo", self.undo),
            (self.redo_action, "redo", self.redo),
        ):
            action.setShortcuts([QKeySequence(s) for s in BINDINGS[name].sequences])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self._update_undo_actions()

    # -- where the wizard stands

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_card(self) -> CriterionCard | None:
        page = self.current_page()
        return page.current_card() if isinstance(page, StagePage) else None

    def current_position(self) -> Position:
        index = self.stack.currentIndex()
        if index == 0:
            return Position("intro")
        if index == self.summary_index:
            return Position("summary")
        page = self.stage_pages[index - 1]
        card = page.current_card()
        return Position("stage", page.stage.id, card.criterion_id if card else "")

    def go_to(self, position: Position, focus: bool = True) -> None:
        if position.page == "summary":
            self.show_page(self.summary_index, focus)
        elif position.page == "stage":
            if position.criterion_id in self._where:
                self.go_to_criterion(position.criterion_id, focus)
            else:
                stage_ids = [p.stage.id for p in self.stage_pages]
                self.show_page(stage_ids.index(position.stage_id) + 1, focus)
        else:
            self.show_page(0, focus)

    def show_page(self, index: int, focus: bool = True) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        if index != self.stack.currentIndex():
            self._flush_page_notes()
        self.stack.setCurrentIndex(index)
        with QSignalBlocker(self.navigator):
            self.navigator.setCurrentRow(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.summary_index)
        page = self.current_page()
        if isinstance(page, StagePage):
            page.set_current(page.current_index)
            self._scroll_to_current(page)
        self._remember_position()
        if focus:
            self._focus_page()

    def next_page(self) -> None:
        self.show_page(self.stack.currentIndex() + 1)

    def previous_page(self) -> None:
        self.show_page(self.stack.currentIndex() - 1)

    def go_to_criterion(self, criterion_id: str, focus: bool = True) -> None:
        page_index, card_index = self._where[criterion_id]
        page = self.stack.widget(page_index)
        assert isinstance(page, StagePage)
        page.current_index = card_index
        if self.stack.currentIndex() != page_index:
            self.show_page(page_index, focus=False)
        page.set_current(card_index)
        self._remember_position()
        if focus:
            page.cards[card_index].setFocus(Qt.FocusReason.OtherFocusReason)
        self._scroll_to_current(page)

    def move_criterion(self, step: int) -> None:
        """Down / Up: the next or previous criterion, across stage boundaries."""
        card = self.current_card()
        if card is not None:
            index = self._order.index(card.criterion_id) + step
            if 0 <= index < len(self._order):
                self.go_to_criterion(self._order[index])
            else:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # On a page without criteria: the first criterion after it, or the last one before it.
        here = self.stack.currentIndex()
        pages = self.stage_pages if step > 0 else list(reversed(self.stage_pages))
        for page in pages:
            page_index = self.stack.indexOf(page)
            if page.cards and (page_index > here if step > 0 else page_index < here):
                target = page.cards[0] if step > 0 else page.cards[-1]
                self.go_to_criterion(target.criterion_id)
                return

    def edit_notes(self) -> None:
        card = self.current_card()
        if card is not None:
            self._scroll_to_current(self.current_page())  # type: ignore[arg-type]
            card.focus_notes()

    def edit_private_notes(self) -> None:
        card, page = self.current_card(), self.current_page()
        if card is None or not isinstance(page, StagePage):
            return
        if not card.focus_private_notes():
            self._show_save_state(
                self.tr("Private notes are the consultant's: rate as the consensus to write them"),
                False,
            )
            return
        # The field itself, at the foot of its card: a tall card's top may be all that shows.
        # Again once laid out, after any scroll to the card's top still to come.
        field = card.private_notes
        page.ensure_field_visible(field)
        QTimer.singleShot(0, lambda: page.ensure_field_visible(field))

    # -- rating

    def rate_current(self, rating: AnswerValue, advance: bool = True) -> None:
        """A rating key: rate the current criterion, then move on to the next one."""
        card = self.current_card()
        if card is None:
            return
        criterion_id = card.criterion_id
        if not self.session.rate(criterion_id, rating):
            card.set_rating(self.session.rating(criterion_id))
            return
        if not advance:
            return
        index = self._order.index(criterion_id) + 1
        if index < len(self._order):
            self.go_to_criterion(self._order[index])
        else:
            self.show_page(self.summary_index)

    def _on_card_rating(self, criterion_id: str, rating: AnswerValue) -> None:
        card = self.card(criterion_id)
        card.setFocus(Qt.FocusReason.MouseFocusReason)  # notes typed elsewhere get saved
        self.session.rate(criterion_id, rating)
        card.set_rating(self.session.rating(criterion_id))  # the store's word, saved or not

    # -- respondents

    def show_respondents(self) -> None:
        """The assessment's respondents, to add, edit or remove (a dialog of its own)."""
        from csmaturity_app.ui.respondents_dialog import RespondentsDialog

        self.flush()
        dialog = RespondentsDialog(self.operations, self.session.assessment_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.respondents_dialog = dialog
        dialog.open()  # window-modal: the wizard follows what it changes

    def focus_rater(self) -> None:
        if self.session.several:
            # Up / Down there choose (and the keys go back to the criterion), F4 opens it.
            self.rater_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_rater(self) -> None:
        """The consensus, then each respondent in turn, then the consensus again."""
        if self.session.several and self.rater_box.count():
            self.choose_rater(
                self.rater_box.itemData(
                    (self.rater_box.currentIndex() + 1) % self.rater_box.count()
                )
            )

    def choose_rater(self, respondent_id: str) -> None:
        """Rate as this respondent ("": the consensus). Notes being typed are saved first, as
        whoever was writing them."""
        self.flush()
        self.session.set_rater(respondent_id)

    def use_median(self, criterion_id: str | None = None) -> None:
        card = self.current_card() if criterion_id is None else self.card(criterion_id)
        if card is None or not self.session.several:
            return
        self.session.use_median(card.criterion_id)
        card.set_rating(self.session.rating(card.criterion_id))

    def _on_rater_chosen(self, index: int) -> None:
        self.choose_rater(self.rater_box.itemData(index) or "")
        self._focus_page()  # back to rating

    def _fill_raters(self) -> None:
        session = self.session
        with QSignalBlocker(self.rater_box):
            self.rater_box.clear()
            self.rater_box.addItem(consensus_label(), "")
            for respondent in session.view.respondents:
                if respondent.id:
                    self.rater_box.addItem(respondent_label(respondent), respondent.id)
            self.rater_box.setCurrentIndex(max(0, self.rater_box.findData(session.rater)))
        self.rater_bar.setVisible(session.several)
        self.intro.set_several(session.several)
        self._show_rater_hint()

    def _show_rater_hint(self) -> None:
        if self.session.rater:
            name = self.session.rater_name(full=False)
            text = self.tr(
                "The buttons and notes are {name}\u2019s own; the consensus follows the "
                "respondents' median until you set it. Your private notes show with the "
                "consensus."
            ).format(name=name)
        else:
            text = self.tr("The buttons and notes are the consensus: the ratings that count.")
        self.rater_hint.setText(text)

    def _on_respondents_changed(self) -> None:
        self._fill_raters()
        self._show_cards()
        self._refresh_counts()

    def _on_rater_changed(self) -> None:
        with QSignalBlocker(self.rater_box):
            self.rater_box.setCurrentIndex(max(0, self.rater_box.findData(self.session.rater)))
        self._show_rater_hint()
        self._show_cards()
        name = self.session.rater_name() or consensus_label()
        self._show_save_state(self.tr("Rating as {name}").format(name=name), False)

    def _show_cards(self, criterion_ids: list[str] | None = None) -> None:
        """Show the rater's ratings and notes, and every respondent's beside them."""
        session = self.session
        for criterion_id in self._order if criterion_ids is None else criterion_ids:
            card = self.card(criterion_id)
            card.show_answer(session.shown_answer(criterion_id))
            card.show_private_notes(session.private_notes(criterion_id))
            if session.several:
                card.show_voices(criterion_voices(session.view, criterion_id))
            else:
                card.show_voices(None)

    def undo(self) -> None:
        self._show_changed(self.session.undo())

    def redo(self) -> None:
        self._show_changed(self.session.redo())

    def _show_changed(self, criterion_id: str | None) -> None:
        if criterion_id in self._where:
            self.go_to_criterion(criterion_id)

    def _update_undo_actions(self) -> None:
        editable = not self.session.read_only
        self.undo_action.setEnabled(editable and self.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and self.undo_stack.canRedo())
        self.undo_action.setText(
            self.tr("Undo {step}").format(step=self.undo_stack.undoText()).strip()
        )
        self.redo_action.setText(
            self.tr("Redo {step}").format(step=self.undo_stack.redoText()).strip()
        )

    # -- completing

    def presentation(self) -> Presentation:
        """The results as the answers stand, worded as everywhere else."""
        session = self.session
        return present(
            self.model,
            score_records(self.model, session.answers),
            session.answers,
            organization=session.record.organization_name,
            draft=session.record.status != "complete",
        )

    def mark_complete(self) -> None:
        self.flush()
        shown = self.presentation()
        missing, to_review = len(shown.unanswered), len(shown.to_review)
        if missing or to_review:
            total = formats.integer(len(self.model.criteria))
            problems = []
            if missing:
                unanswered = (
                    self.tr(
                        "{count} of {total} criterion is still unanswered; unanswered criteria "
                        "count as 0 (not in place) in the results."
                    )
                    if i18n.plural_is_one(missing)
                    else self.tr(
                        "{count} of {total} criteria are still unanswered; unanswered criteria "
                        "count as 0 (not in place) in the results."
                    )
                )
                problems.append(unanswered.format(count=formats.integer(missing), total=total))
            if to_review:
                carried = (
                    self.tr(
                        "{count} carried answer was not reviewed: they still say what the "
                        "earlier assessment said."
                    )
                    if i18n.plural_is_one(to_review)
                    else self.tr(
                        "{count} carried answers were not reviewed: they still say what the "
                        "earlier assessment said."
                    )
                )
                problems.append(carried.format(count=formats.integer(to_review)))
            answer = QMessageBox.question(
                self,
                self.tr("Mark assessment complete"),
                "\n\n".join(problems) + "\n\n" + self.tr("Mark the assessment complete anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.set_status("complete")

    def reopen(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reopen for editing"),
            self.tr("Set this assessment back to draft, so that its answers can be changed?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.set_status("draft")

    def _apply_read_only(self) -> None:
        read_only = self.session.read_only
        self.banner.setVisible(read_only)
        for criterion_id in self._order:
            self.card(criterion_id).set_read_only(read_only)
        self.summary.set_read_only(read_only)
        self.summary.show_results(self.presentation())  # "a draft" or not, in the verdict
        self._update_undo_actions()
        if read_only:
            self._show_save_state(self.tr("Read-only: the assessment is complete"), False)
        else:
            self._show_save_state(self.tr("Answers are saved as you go"), False)

    # -- saving what is pending

    def flush(self) -> None:
        """Write notes being typed and the position: the window is closing or the app quits."""
        for criterion_id in self._order:
            self.card(criterion_id).flush_notes()
        self.session.flush_position()

    def _flush_page_notes(self) -> None:
        page = self.current_page()
        if isinstance(page, StagePage):
            for card in page.cards:
                card.flush_notes()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._focus_page()
            page = self.current_page()
            if isinstance(page, StagePage):
                self._scroll_to_current(page)

    def _restore_geometry(self) -> None:
        restore_geometry(self, QSettings().value(GEOMETRY_KEY), *DEFAULT_SIZE)

    # -- reacting

    def _on_answers_changed(self, criterion_id: str) -> None:
        if criterion_id in self._where:
            self._show_cards([criterion_id])
        elif not criterion_id:  # many at once (respondents came or went)
            self._show_cards()
        self._refresh_counts()

    def _refresh_counts(self) -> None:
        self.navigator.update_answers(self.session.answers)
        shown = self.presentation()
        self.summary.show_results(shown)
        session = self.session
        self.summary.show_disagreements(disagreements(session.view) if session.several else None)
        done, total = shown.verdict.answered, shown.verdict.total
        self.progress.setValue(done)
        self.progress.setFormat(progress_text(done, total))

    def _on_navigator_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(row, focus=False)  # the keyboard stays in the list

    def _on_card_activated(self, criterion_id: str) -> None:
        page_index, card_index = self._where[criterion_id]
        page = self.stack.widget(page_index)
        if isinstance(page, StagePage) and page_index == self.stack.currentIndex():
            if page.current_index != card_index or not page.cards[card_index].is_current():
                page.set_current(card_index)
            self._remember_position()

    def _on_notes_escaped(self, criterion_id: str) -> None:
        self.card(criterion_id).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_save_state(self, message: str, error: bool) -> None:
        # The store's full path only in the tooltip: the line names its file, which is enough
        # beside the store the wizard was opened from, and stays short enough to read. One
        # paragraph: a damaged store's message carries SQLite's report, lines and all.
        path = self.operations.store.path
        line = " ".join(message.replace(str(path), path.name).split())
        self.status.setText(f"\u26a0 {line}" if error else line)
        self.status.setFont(scaled_font(self, bold=error))
        self.status.setToolTip(plain_message(message))

    def _remember_position(self) -> None:
        self.session.remember_position(self.current_position().key())

    def _focus_page(self) -> None:
        page = self.current_page()
        card = self.current_card()
        if card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.summary:
            target = self.summary.focus_target()
            if isinstance(target, QListWidget) and target.currentRow() < 0:
                target.setCurrentRow(0)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scroll_to_current(self, page: StagePage) -> None:
        page.ensure_current_visible()
        QTimer.singleShot(0, page.ensure_current_visible)  # once the page is laid out

    def card(self, criterion_id: str) -> CriterionCard:
        page_index, card_index = self._where[criterion_id]
        page = self.stack.widget(page_index)
        assert isinstance(page, StagePage)
        return page.cards[card_index]
