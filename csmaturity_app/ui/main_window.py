"""The main window: organizations on the left, the selected one's assessments on the right.

Changes go through `Operations` (undoable where it matters); the two tables are views
over item models that reload when `Operations` says something changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csmaturity_app import APP_NAME, i18n, paths
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import formats
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AssessmentRecord, Store, StoreError, StoreGoneError
from csmaturity_app.ui import carry_forward_action
from csmaturity_app.ui.confirmations import (
    assessment_label,
    confirm,
    delete_assessments_text,
    delete_organization_text,
)
from csmaturity_app.ui.elided_label import ElidedLabel
from csmaturity_app.ui.encrypted_opening import open_store_asking
from csmaturity_app.ui.first_paint import FirstPaint
from csmaturity_app.ui.item_models import ID_ROLE, AssessmentTableModel, OrganizationTableModel
from csmaturity_app.ui.key_names import key_name
from csmaturity_app.ui.language import add_language_menu
from csmaturity_app.ui.markup import escape_mnemonic, plain_message
from csmaturity_app.ui.operations import Operations
from csmaturity_app.ui.results import ResultsPane
from csmaturity_app.ui.store_dialogs import (
    LAST_STORE,
    PutBackChoice,
    ask_to_put_back,
    ask_to_put_back_before_closing,
    choose_existing_store,
    choose_new_store,
)
from csmaturity_app.ui.store_lock import StoreLock
from csmaturity_app.ui.sync_status import SyncStatusLabel
from csmaturity_app.ui.theme import THEMES, apply_theme
from csmaturity_app.ui.window_size import restore_geometry

if TYPE_CHECKING:  # only named: creating its Python type costs a start about a millisecond
    from PySide6.QtGui import QCloseEvent

GEOMETRY = "main/geometry"
SPLITTER = "main/splitter"
RIGHT_SPLITTER = "main/right_splitter"
THEME = "view/theme"
DEFAULT_SIZE = (1280, 760)  # made smaller to fit a smaller screen (window_size)


class MainWindow(QMainWindow):
    # The store's background integrity check found damage (said from the check's thread).
    storeDamaged = Signal(str)

    splitter: QSplitter
    right_splitter: QSplitter
    assessment_view: QTableView
    results: ResultsPane

    def __init__(self, store: Store, catalog: ModelCatalog | None = None) -> None:
        """Without a catalog, the window loads the installed models (`paths.load_catalog`)
        once it has painted, or when first needed if that comes sooner."""
        super().__init__()
        self._catalog = catalog
        self.operations = Operations(store, self)
        self.wizards: dict[str, QWidget] = {}
        self.undo_group = QUndoGroup(self)
        self.first_paint = FirstPaint(self)
        self._damage_shown: str | None = None
        # Queued even when told at once (a check that failed already): shown from the event loop.
        self.storeDamaged.connect(self._show_damage, Qt.ConnectionType.QueuedConnection)
        self._answers_timer = QTimer(self, singleShot=True, interval=300)
        self._answers_timer.timeout.connect(self._answers_changed)
        self.org_model = OrganizationTableModel(store, self)
        self.assessment_model = AssessmentTableModel(store, self)
        self._build_panes()
        self._build_actions()
        self._connect_operations(self.operations)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._apply_search)
        settings = QSettings()
        restore_geometry(self, settings.value(GEOMETRY), *DEFAULT_SIZE)
        # Until the user moves it: two fifths for the organizations, whose own size would
        # leave the name column no room beside the longer headers some languages have.
        self.splitter.setSizes([2 * self.width() // 5, 3 * self.width() // 5])
        self._split_chosen = isinstance(settings.value(SPLITTER), QByteArray)
        for key, splitter in ((SPLITTER, self.splitter), (RIGHT_SPLITTER, self.right_splitter)):
            state = settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self._store_changed()
        if catalog is not None:
            self._say_skipped_models(catalog)
        else:
            self.first_paint.then(self._load_catalog)

    @property
    def catalog(self) -> ModelCatalog:
        """The maturity models offered. Loaded on first use when the window was given none:
        reading and checking the model files costs a start some 13 ms, and the first paint
        of the window shows no model."""
        if self._catalog is None:
            self._catalog = paths.load_catalog()
            self._say_skipped_models(self._catalog)
        return self._catalog

    def _load_catalog(self) -> None:
        """After the first paint: read the models, then enable what waited for them."""
        self.catalog  # noqa: B018 - the property reads them
        self._update_enabled()

    def _say_skipped_models(self, catalog: ModelCatalog) -> None:
        if catalog.problems:
            text = (
                self.tr("{count} maturity model file skipped: {problem}")
                if i18n.plural_is_one(len(catalog.problems))
                else self.tr("{count} maturity model files skipped: {problem}")
            )
            self.statusBar().showMessage(
                text.format(
                    count=formats.integer(len(catalog.problems)), problem=catalog.problems[0]
                )
            )

    @property
    def store(self) -> Store:
        return self.operations.store

    # -- building

    def _build_panes(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search organizations (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.org_view = _table(self.org_model)
        header = self.org_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Columns sized to the first 30 rows (what a screen shows), not the page's 200:
        # every row would otherwise be read before the first paint.
        header.setResizeContentsPrecision(30)
        self.org_view.selectionModel().currentRowChanged.connect(self._organization_selected)
        self.org_view.activated.connect(lambda _index: self.assessment_view.setFocus())
        self.org_empty = QLabel(wordWrap=True)
        self.org_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.org_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_org_button = QPushButton(self.tr("&New organization\u2026"))
        self.rename_button = QPushButton(self.tr("&Rename\u2026"))
        self.delete_button = QPushButton(self.tr("&Delete\u2026"))
        self.new_org_button.clicked.connect(self.new_organization)
        self.rename_button.clicked.connect(self.rename_organization)
        self.delete_button.clicked.connect(self.delete_organization)

        left = self.org_pane = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.org_view, 1)
        left_layout.addWidget(self.org_empty)
        row = QHBoxLayout()
        for button in (self.new_org_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        left_layout.addLayout(row)

        self.org_title = QLabel()
        self.org_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.org_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.org_title.setFont(font)
        self.assessment_view = _table(self.assessment_model)
        header = self.assessment_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.assessment_view.activated.connect(lambda _index: self.open_assessment())
        # Two selected assessments are compared in the results pane.
        self.assessment_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.assessment_view.selectionModel().selectionChanged.connect(
            lambda *_: self._assessment_selection_changed()
        )
        self.new_assessment_button = QPushButton(self.tr("New &assessment\u2026"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.carry_forward_button = QPushButton(self.tr("Carry for&ward\u2026"))
        self.carry_forward_button.setToolTip(
            self.tr(
                "Start a draft under the current version of its maturity model ({keys})"
            ).format(keys=key_name("Ctrl+Shift+F"))
        )
        self.new_assessment_button.clicked.connect(self.new_assessment)
        self.open_button.clicked.connect(self.open_assessment)
        self.carry_forward_button.clicked.connect(self.carry_forward)

        assessments = QWidget()
        right_layout = QVBoxLayout(assessments)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.org_title)
        right_layout.addWidget(self.assessment_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_assessment_button)
        row.addWidget(self.open_button)
        row.addWidget(self.carry_forward_button)
        row.addStretch(1)
        hint = QLabel(self.tr("Ctrl+click a second assessment to compare the two."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setEnabled(False)
        row.addWidget(hint)
        right_layout.addLayout(row)

        self.results = ResultsPane(self.operations)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(assessments)
        right.addWidget(self.results)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        self.right_splitter = right

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.sync_status = SyncStatusLabel()
        self.sync_status.timer.timeout.connect(self.refresh_sync_status)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.store_lock = StoreLock()
        self.statusBar().addPermanentWidget(self.store_lock)
        # A long path gives way to the sync status and the padlock (elided in the middle).
        self.store_label = ElidedLabel()  # plain text: a path may hold "<b>"
        self.statusBar().addPermanentWidget(self.store_label)

    def _build_actions(self) -> None:
        def action(menu, text, slot, shortcut=None, tip=""):  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.setStatusTip(tip)
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        action(
            file_menu,
            self.tr("&Open store\u2026"),
            self.open_store,
            QKeySequence.StandardKey.Open,
            self.tr("Switch to another store file"),
        )
        action(
            file_menu,
            self.tr("New &store\u2026"),
            self.new_store,
            None,
            self.tr("Create an empty store file"),
        )
        file_menu.addSeparator()
        self.encrypt_action = action(
            file_menu,
            self.tr("E&ncrypt store\u2026"),
            self.encrypt_store,
            None,
            self.tr(
                "Encrypt this store and its backups with a passphrase, asked for when it is opened"
            ),
        )
        self.change_passphrase_action = action(
            file_menu,
            self.tr("Change store &passphrase\u2026"),
            self.change_store_passphrase,
            None,
            self.tr("Give this encrypted store a new passphrase"),
        )
        self.remove_encryption_action = action(
            file_menu,
            self.tr("Re&move store encryption\u2026"),
            self.remove_store_encryption,
            None,
            self.tr("Write this store back unencrypted, readable by anyone with the file"),
        )
        file_menu.addSeparator()
        self.import_action = action(
            file_menu,
            self.tr("&Import snapshot\u2026"),
            self.import_snapshot,
            QKeySequence("Ctrl+I"),
            self.tr("Merge a CSV snapshot from another laptop into this store"),
        )
        self.export_action = action(
            file_menu,
            self.tr("&Export snapshot\u2026"),
            self.export_snapshot,
            QKeySequence("Ctrl+E"),
            self.tr("Write a CSV snapshot of the store, an organization or an assessment"),
        )
        self.report_action = action(
            file_menu,
            self.tr("Export &report\u2026"),
            self.export_report,
            QKeySequence("Ctrl+P"),
            self.tr("Write the report of the selected assessment (PDF or DOCX)"),
        )
        file_menu.addSeparator()
        self.sync_action = action(
            file_menu,
            self.tr("S&ync with Team Server\u2026"),
            self.sync_with_team_server,
            QKeySequence("Ctrl+Shift+Y"),
            self.tr("Send the changes made here to the team server and receive everyone else's"),
        )
        self.sync_status.shortcut = self.sync_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.sync_conflicts_action = action(
            file_menu,
            self.tr("Sync &Conflicts\u2026"),
            self.show_sync_conflicts,
            None,
            self.tr("The answers the last sync found changed both here and on the team server"),
        )
        self.sync_conflicts_action.setEnabled(False)
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        # A group, so that the actions follow the undo stack of whichever store is open.
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z and Ctrl+Y alike
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        action(
            edit_menu,
            self.tr("&Find organization"),
            self.focus_search,
            QKeySequence.StandardKey.Find,
        )

        org_menu = bar.addMenu(self.tr("&Organization"))
        self.new_org_action = action(
            org_menu,
            self.tr("&New organization\u2026"),
            self.new_organization,
            QKeySequence.StandardKey.New,
        )
        self.rename_action = action(
            org_menu,
            self.tr("&Rename\u2026"),
            self.rename_organization,
            QKeySequence(Qt.Key.Key_F2),
        )
        self.delete_action = action(
            org_menu,
            self.tr("&Delete\u2026"),
            self.delete_organization,
            QKeySequence.StandardKey.Delete,
        )
        # The Delete key deletes what the focus is on: the organization from its pane (the
        # list, its buttons), assessments from their table (`delete_assessment_action`).
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.org_pane.addAction(self.delete_action)

        assessment_menu = bar.addMenu(self.tr("&Assessment"))
        self.new_assessment_action = action(
            assessment_menu,
            self.tr("&New assessment\u2026"),
            self.new_assessment,
            QKeySequence("Ctrl+Shift+N"),
        )
        self.open_action = action(
            assessment_menu, self.tr("&Open"), self.open_assessment, QKeySequence("Ctrl+Return")
        )
        self.carry_forward_action = action(
            assessment_menu,
            self.tr("Carry for&ward to the current version\u2026"),
            self.carry_forward,
            QKeySequence("Ctrl+Shift+F"),
            self.tr(
                "Start a draft under the current version of the maturity model, with the "
                "answers to review"
            ),
        )
        self.respondents_action = action(
            assessment_menu,
            self.tr("&Respondents\u2026"),
            self.show_respondents,
            QKeySequence("Ctrl+Shift+R"),
            self.tr("Who rates the selected assessment: add, edit or remove respondents"),
        )
        assessment_menu.addSeparator()
        self.send_questionnaires_action = action(
            assessment_menu,
            self.tr("Send &Questionnaires\u2026"),
            self.send_questionnaires,
            None,
            self.tr("Write an XLSX questionnaire for each respondent of the selected assessment"),
        )
        self.collect_questionnaires_action = action(
            assessment_menu,
            self.tr("Co&llect Questionnaires\u2026"),
            self.collect_questionnaires,
            None,
            self.tr("Take the answers of filled questionnaires, with a preview of what changes"),
        )
        assessment_menu.addSeparator()
        self.delete_assessment_action = action(
            assessment_menu,
            self.tr("&Delete assessment\u2026"),
            self.delete_assessments,
            QKeySequence.StandardKey.Delete,
            self.tr(
                "Delete the selected assessments, with their answers (Edit > Undo brings them back)"
            ),
        )
        self.delete_assessment_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.assessment_view.addAction(self.delete_assessment_action)

        results_menu = bar.addMenu(self.tr("&Results"))
        for act in (self.results.copy_action, self.results.save_action):
            # From the menu bar, the shortcuts work wherever the focus is in the window.
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            results_menu.addAction(act)

        view_menu = bar.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        current = str(QSettings().value(THEME, "system"))
        for theme in THEMES:
            act = QAction(self._theme_name(theme), self, checkable=True, checked=theme == current)
            act.triggered.connect(lambda _checked=False, t=theme: self.set_theme(t))
            group.addAction(act)
            theme_menu.addAction(act)
        add_language_menu(view_menu, self)

        help_menu = bar.addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&About CS Maturity"), self.show_about)

    def _theme_name(self, theme: str) -> str:
        """A theme as View > Theme offers it (the settings keep its English id)."""
        names = {"system": self.tr("&System"), "light": self.tr("&Light"), "dark": self.tr("&Dark")}
        return names.get(theme, theme)

    def _connect_operations(self, operations: Operations) -> None:
        self.undo_group.addStack(operations.undo_stack)
        self.undo_group.setActiveStack(operations.undo_stack)
        operations.organizationsChanged.connect(self._organizations_changed)
        operations.assessmentListChanged.connect(self._assessments_changed)
        operations.assessmentsRestored.connect(self._assessments_restored)
        # Answers come quickly while the wizard is used: refresh the two tables (placed stage,
        # answered counts) once things settle rather than on every key.
        operations.answerChanged.connect(lambda *_: self._answers_timer.start())
        # Every change the window makes may wait to be synced: the count follows, debounced.
        for signal in (
            operations.organizationsChanged,
            operations.assessmentListChanged,
            operations.assessmentRecordChanged,
            operations.answerChanged,
        ):
            signal.connect(lambda *_: self.sync_status.refresh_soon())
        operations.undo_stack.indexChanged.connect(lambda _index: self.sync_status.refresh_soon())

    # -- state

    def _store_changed(self) -> None:
        self.setWindowTitle(f"{self.store.path.name} \u2014 {APP_NAME}")
        self.store_label.setText(self.tr("Store: {path}").format(path=self.store.path))
        self.store_label.setToolTip(plain_message(str(self.store.path)))
        encrypted = self.store.encrypted
        self.store_lock.setVisible(encrypted)
        self.encrypt_action.setEnabled(not encrypted)
        self.change_passphrase_action.setEnabled(encrypted)
        self.remove_encryption_action.setEnabled(encrypted)
        self.org_model.set_store(self.store)
        self.assessment_model.set_store(self.store)
        store = self.store
        store.integrity.on_failure(lambda exc: self._store_damaged(store, exc))
        QSettings().setValue(LAST_STORE, str(store.path))  # the store the next start opens
        self._select_row(0)
        self._update_empty_hint()
        # Nothing that grows with the store before the window is seen: these come after.
        self.first_paint.then(self.results.build_charts)
        self.first_paint.then(self._leave_the_tabs_room)
        self.first_paint.then(lambda: self._after_first_paint(store))
        self.first_paint.then(self.refresh_sync_status)

    def _leave_the_tabs_room(self) -> None:
        """Until the user moves the split: the organizations give up what the results' tabs
        need (longer in some languages, wider with a larger font) so that none scrolls."""
        if self._split_chosen or self.results.content is None:
            return
        left, right = self.splitter.sizes()
        room = (
            self.results.tabs.tabBar().sizeHint().width()
            + 6 * self.fontMetrics().averageCharWidth()  # the pane's margins
        )
        if right >= room:
            return
        organizations = self.splitter.widget(0)
        least = organizations.minimumSizeHint().width() if organizations is not None else 0
        given = max(least, left + right - room)
        self.splitter.setSizes([given, left + right - given])

    def _after_first_paint(self, store: Store) -> None:
        if store is not self.store or store.db.is_closed():  # switched, or the window closed
            return
        # A previous session that ended abruptly may have left organizations in the trash.
        # Not while an import or export runs on its thread (it would wait on the store's
        # lock): then the trash goes when the store is closed, as always.
        from csmaturity_app.ui import background

        if not background.running():
            self.operations.attempt(store.empty_trash, self.show_error)

    def refresh_sync_status(self) -> None:
        """The status bar's last sync and changes waiting, read again (a count: cheap)."""
        self.sync_status.timer.stop()
        store = self.store
        if store.db.is_closed():
            return
        try:
            state = store.sync_state()
        except UserFacingError:  # the store's own trouble is said where it happens
            return
        self.sync_status.show_state(state)
        self.sync_conflicts_action.setEnabled(state.last_conflicts > 0)

    def _store_damaged(self, store: Store, exc: StoreError) -> None:
        """On the check's thread: hand the message to the window's own (a queued signal)."""
        try:
            if store is self.store:
                self.storeDamaged.emit(str(exc))
        except RuntimeError:  # the window is gone already: nobody to tell
            pass

    def _show_damage(self, message: str) -> None:
        """Said once; every later write fails with the same message, which goes to the status
        bar (see `show_error`) instead of another box."""
        if self._damage_shown == message:
            return
        self._damage_shown = message
        if isinstance(self.store.integrity.failure, StoreGoneError):
            self._offer_to_put_back(message)
            return
        QMessageBox.warning(
            self,
            APP_NAME,
            plain_message(
                self.tr("{message}\n\nChanges can no longer be saved.").format(message=message)
            ),
        )

    def _apply_search(self) -> None:
        if self.store.db.is_closed():  # closed for a conversion: reading would reconnect
            return
        current = self.current_organization_id()
        self.org_model.set_search(self.search.text())
        self._select_organization(current)
        self._update_empty_hint()

    def _update_empty_hint(self) -> None:
        empty = self.org_model.rowCount() == 0
        if self.org_model.search:
            text = self.tr("No organization matches \u201c{search}\u201d.").format(
                search=self.org_model.search
            )
        else:
            text = self.tr(
                "No organizations yet.\nCreate the first one with New organization (Ctrl+N)."
            )
        self.org_empty.setText(text)
        self.org_empty.setVisible(empty)

    def current_organization_id(self) -> str | None:
        index = self.org_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_assessment_id(self) -> str | None:
        index = self.assessment_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_assessment(self) -> AssessmentRecord | None:
        index = self.assessment_view.currentIndex()
        return self.assessment_model.record(index.row()) if index.isValid() else None

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.org_model.rowCount():
            self.org_view.selectionModel().setCurrentIndex(
                self.org_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._organization_selected()

    def _select_organization(self, organization_id: str | None) -> None:
        row = self.org_model.row_of(organization_id) if organization_id else -1
        self._select_row(row if row >= 0 else 0)

    def _organization_selected(self, *_args: object) -> None:
        org_id = self.current_organization_id()
        if org_id is not None and org_id == self.assessment_model.organization_id:
            # The same one again, its list reloaded (renamed, an assessment deleted): the
            # assessments selected stay selected.
            self.org_title.setText(self.org_model.summary(self.org_view.currentIndex().row()).name)
            self._assessments_changed(org_id)
            return
        self.assessment_model.show_organization(org_id)
        if org_id is None:
            self.org_title.setText(self.tr("No organization selected"))
        else:
            summary = self.org_model.summary(self.org_view.currentIndex().row())
            self.org_title.setText(summary.name)
            if self.assessment_model.rowCount():
                self.assessment_view.selectRow(0)
        self._assessment_selection_changed()

    def selected_assessment_ids(self) -> list[str]:
        """Up to two selected assessments, the older first (before, after)."""
        rows = sorted({i.row() for i in self.assessment_view.selectionModel().selectedRows()})
        records = [self.assessment_model.record(r) for r in rows]
        records.sort(key=lambda r: (r.assessed_on, r.created_at))
        return [r.id for r in records[-2:]]

    def _assessment_selection_changed(self) -> None:
        self.results.show_assessments(self.selected_assessment_ids())
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_org = self.current_organization_id() is not None
        has_assessment = self.current_assessment_id() is not None
        for widget in (
            self.rename_button,
            self.delete_button,
            self.new_assessment_button,
            self.rename_action,
            self.delete_action,
            self.new_assessment_action,
        ):
            widget.setEnabled(has_org)
        self.open_button.setEnabled(has_assessment)
        self.open_action.setEnabled(has_assessment)
        self.report_action.setEnabled(has_assessment)
        self.respondents_action.setEnabled(has_assessment)
        self.send_questionnaires_action.setEnabled(has_assessment)
        self.collect_questionnaires_action.setEnabled(has_assessment)
        self.delete_assessment_action.setEnabled(bool(self._selected_rows()))
        # Only when the assessment's model has a newer version that maps its answers; not
        # before the models are loaded (just after the first paint, see `catalog`).
        can_carry = self._catalog is not None and carry_forward_action.target(self) is not None
        self.carry_forward_button.setEnabled(can_carry)
        self.carry_forward_action.setEnabled(can_carry)

    def _organizations_changed(self) -> None:
        current = self.current_organization_id()
        self.org_model.reload()
        self._select_organization(current)
        self._update_empty_hint()

    def _assessments_changed(self, _organization_id: str | None) -> None:
        rows = self._selected_rows()
        selected = self.selected_assessment_ids()
        self.assessment_model.reload()
        self._select_assessments(selected)
        count = self.assessment_model.rowCount()
        if rows and count and not self._selected_rows():  # those selected were deleted
            self.assessment_view.selectRow(min(rows[0], count - 1))  # the next, or the last
        # A reload clears the selection without a signal: the pane must hear of it, or it
        # would go on showing an assessment that is gone (the last one deleted, say).
        self._assessment_selection_changed()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.assessment_view.selectionModel().selectedRows()})

    def _assessments_restored(self, organization_id: str, assessment_ids: list[str]) -> None:
        """After an undo put assessments back: show them selected, in their organization."""
        # The "Deleted …" line would now be wrong.
        count = len(assessment_ids)
        text = (
            self.tr("Brought back the assessment.")
            if count == 1
            else self.tr("Brought back {count} assessments.")
        )
        self.statusBar().showMessage(text.format(count=formats.integer(count)), 10000)
        if self.current_organization_id() != organization_id:
            self._select_organization(organization_id)
            if self.current_organization_id() != organization_id:  # hidden by the search
                return
        self.assessment_view.clearSelection()
        self._select_assessments(assessment_ids)

    def select_organization(self, organization_id: str | None) -> None:
        """Make this organization the current one (the first when it is not listed)."""
        self._select_organization(organization_id)

    def select_assessment(self, assessment_id: str) -> None:
        """Make this assessment (of the organization shown) the only one selected."""
        self.assessment_view.clearSelection()
        self._select_assessments([assessment_id])

    def _select_assessments(self, ids: list[str]) -> None:
        selection = self.assessment_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n, assessment_id in enumerate(ids):
            row = self.assessment_model.row_of(assessment_id)
            if row >= 0:
                index = self.assessment_model.index(row, 0)
                if n == len(ids) - 1:
                    selection.setCurrentIndex(index, flags)
                else:
                    selection.select(index, flags)

    def _answers_changed(self) -> None:
        if self.store.db.is_closed():  # closed for a conversion: reading would reconnect
            return
        self._organizations_changed()
        self._assessments_changed(None)

    def show_error(self, message: str) -> None:
        """One message for a store error of an action started here (wizards show their own);
        the store's damage, already shown once, goes to the status bar after that."""
        failure = self.store.integrity.failure
        if failure is not None and message == str(failure):
            if message == self._damage_shown:
                self.statusBar().showMessage(message, 10000)
            else:  # a write refused before the check's own notice arrived: that one box
                self._show_damage(message)
            return
        QMessageBox.warning(self, APP_NAME, plain_message(message))

    # -- organization actions

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_organization(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New organization"), self.tr("Name of the organization:")
        )
        if ok and name.strip():
            org = self.operations.create_organization(name, self.show_error)
            if org is not None:
                if self.org_model.row_of(org.id) < 0:  # hidden by the search: show it
                    self.search.clear()
                    self._apply_search()
                self._select_organization(org.id)
                self.assessment_view.setFocus()

    def rename_organization(self) -> None:
        org_id = self.current_organization_id()
        if org_id is None:
            return
        current = self.org_model.summary(self.org_view.currentIndex().row()).name
        name, ok = QInputDialog.getText(
            self, self.tr("Rename organization"), self.tr("New name:"), text=current
        )
        if ok and name.strip() and name.strip() != current:
            self.operations.rename_organization(org_id, name, self.show_error)

    def delete_organization(self) -> None:
        org_id = self.current_organization_id()
        if org_id is None:
            return
        summary = self.org_model.summary(self.org_view.currentIndex().row())
        # counted from the store as it is now, not from the list's row, so that they are true
        assessments = self.store.assessments(org_id)
        answers = sum(len(self.store.answers(a.id)) for a in assessments)
        text = delete_organization_text(summary.name, len(assessments), answers)
        if not confirm(self, self.tr("Delete organization"), text, yes=self.tr("&Delete")):
            return
        for assessment in self.store.assessments(org_id):
            wizard = self.wizards.get(assessment.id)
            if wizard is not None:
                wizard.close()
        row = self.org_view.currentIndex().row()
        if self.operations.delete_organization(org_id, self.show_error):
            self._select_row(min(row, self.org_model.rowCount() - 1))
            self.statusBar().showMessage(
                self.tr("Deleted \u201c{name}\u201d. Ctrl+Z brings it back.").format(
                    name=summary.name
                ),
                10000,
            )

    # -- assessment actions

    def new_assessment(self) -> None:
        org_id = self.current_organization_id()
        if org_id is None:
            return
        summary = self.org_model.summary(self.org_view.currentIndex().row())
        from csmaturity_app.ui.new_assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.catalog, summary.name, self)
        if dialog.exec() != NewAssessmentDialog.DialogCode.Accepted:
            return
        record = self.operations.create_assessment(
            org_id, dialog.model(), dialog.assessor.text(), dialog.assessed_on(), self.show_error
        )
        if record is not None:
            self.open_assessment(record.id)

    def delete_assessments(self) -> None:
        """Delete the selected assessments, once confirmed; one undo step brings them back."""
        rows = self._selected_rows()
        if not rows:
            return
        records = [self.assessment_model.record(r) for r in rows]
        # counted from the store as it is now, not from the table's rows, so that they are true
        answers = self.operations.attempt(
            lambda: sum(len(self.store.answers(r.id)) for r in records), self.show_error
        )
        if answers is None:
            return
        title = self.tr("Delete assessment") if len(records) == 1 else self.tr("Delete assessments")
        text = delete_assessments_text(records, answers)
        if not confirm(self, title, text, yes=self.tr("&Delete")):
            return
        for record in records:
            wizard = self.wizards.get(record.id)
            if wizard is not None:
                wizard.close()  # it saves its pending notes first, and they go with it
        # Whole sentences, so that each language words them its own way; the undo text is
        # what Edit > Undo puts after "Undo" (in French, after "Annuler": "la suppression…").
        if len(records) == 1:
            label = assessment_label(records[0])
            undo_text = self.tr("Delete the assessment {label}").format(
                label=escape_mnemonic(label)
            )
            said = self.tr("Deleted the assessment {label}. Ctrl+Z brings it back.").format(
                label=label
            )
        else:
            count = formats.integer(len(records))
            name = records[0].organization_name
            undo_text = self.tr("Delete {count} assessments of \u201c{name}\u201d").format(
                count=count, name=escape_mnemonic(name)
            )
            said = self.tr(
                "Deleted {count} assessments of \u201c{name}\u201d. Ctrl+Z brings them back."
            ).format(count=count, name=name)
        if self.operations.delete_assessments([r.id for r in records], undo_text, self.show_error):
            self.statusBar().showMessage(said, 10000)

    def carry_forward(self) -> None:
        carry_forward_action.carry_forward_interactively(self)

    def show_respondents(self) -> None:
        assessment_id = self.current_assessment_id()
        if assessment_id is None:
            return
        from csmaturity_app.ui.respondents_dialog import RespondentsDialog

        try:
            dialog = RespondentsDialog(self.operations, assessment_id, self)
        except UserFacingError as exc:
            self.show_error(str(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.respondents_dialog = dialog
        dialog.open()

    def open_assessment(self, assessment_id: str | None = None) -> None:
        assessment_id = assessment_id or self.current_assessment_id()
        if assessment_id is None:
            return
        wizard = self.wizards.get(assessment_id)
        if wizard is None:
            from csmaturity_app.ui.wizard import AssessmentWizard

            try:
                wizard = AssessmentWizard(self.operations, assessment_id, self)
            except UserFacingError as exc:
                self.show_error(str(exc))
                return
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.destroyed.connect(lambda *_a, key=assessment_id: self.wizards.pop(key, None))
            self.wizards[assessment_id] = wizard
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    # -- stores

    def open_store(self) -> None:
        path = choose_existing_store(self, self.store.path.parent)
        if path is not None:
            self.switch_store(path)

    def new_store(self) -> None:
        path = choose_new_store(self, self.store.path.parent)
        if path is not None:
            self.switch_store(path)

    def switch_store(self, path: Path) -> bool:
        """Open another store (asking for its passphrase when it is encrypted); on failure
        say why and stay on the current one, as when the passphrase is not given."""
        if not self._put_back_before_closing():
            return False
        try:
            store = open_store_asking(self, Path(path))
        except UserFacingError as exc:
            self.show_error(str(exc))
            store = None
        if store is None:  # not opened, or its passphrase not given
            if self.store.db.is_closed() and self.store.path != Path(path):
                self.switch_store(self.store.path)  # put back just now: go on with it there
            return False
        self.close_store()
        self.adopt_store(store)
        return True

    def close_store(self) -> None:
        """Close the window's store and its wizards (each saves its pending notes first):
        for another store, or for work that needs the file to itself (encryption)."""
        self._close_wizards()
        self._close_store()
        # The wizards' last notes started these: run now, they would query the closed store,
        # and peewee would quietly connect again, to a file a conversion is replacing.
        for timer in (self._answers_timer, self._search_timer, self.sync_status.timer):
            timer.stop()
        self.results.stop_refreshing()

    def adopt_store(self, store: Store) -> None:
        """Show `store`, opened by the caller, in place of the one closed (`close_store`)."""
        old = self.operations
        self.operations = Operations(store, self)
        self._connect_operations(self.operations)
        self.results.set_operations(self.operations)
        self.undo_group.removeStack(old.undo_stack)
        old.deleteLater()
        self._store_changed()

    def show_about(self) -> None:
        from csmaturity_app.ui.about_dialog import show_about

        show_about(self, self.catalog)

    # Actions a first look does not need import their modules when used: the window paints
    # sooner (see benchmarks/README.md, where the start-up time goes).

    def import_snapshot(self) -> None:
        from csmaturity_app.ui import snapshot_actions

        snapshot_actions.import_snapshot_interactively(self)

    def export_snapshot(self) -> None:
        from csmaturity_app.ui import snapshot_actions

        snapshot_actions.export_snapshot_interactively(self)

    def sync_with_team_server(self) -> None:
        from csmaturity_app.ui import sync_actions

        sync_actions.sync_interactively(self)

    def show_sync_conflicts(self) -> None:
        from csmaturity_app.ui import sync_actions

        sync_actions.show_conflicts_of_last_sync(self)

    def send_questionnaires(self) -> None:
        from csmaturity_app.ui import questionnaire_actions

        questionnaire_actions.send_questionnaires_interactively(self)

    def collect_questionnaires(self) -> None:
        from csmaturity_app.ui import questionnaire_actions

        questionnaire_actions.collect_questionnaires_interactively(self)

    def encrypt_store(self) -> None:
        from csmaturity_app.ui import store_encryption

        store_encryption.encrypt_interactively(self)

    def change_store_passphrase(self) -> None:
        from csmaturity_app.ui import store_encryption

        store_encryption.change_passphrase_interactively(self)

    def remove_store_encryption(self) -> None:
        from csmaturity_app.ui import store_encryption

        store_encryption.remove_encryption_interactively(self)

    def export_report(self) -> None:
        from csmaturity_app.ui import report_actions

        report_actions.export_report_interactively(self)

    def set_theme(self, theme: str) -> None:
        QSettings().setValue(THEME, theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def _close_wizards(self) -> None:
        for wizard in list(self.wizards.values()):
            wizard.close()  # each saves its pending notes as it closes

    def _offer_to_put_back(self, message: str) -> None:
        """The store file (or its -wal) went while open: what the window shows is still in the
        open connection, so it can be written back and opened again (see `Store.put_back`)."""
        self._close_wizards()  # each saves what it can first; the rest fails, said once
        if not ask_to_put_back(self, message, self.store.path):
            return
        path = self.store.path
        try:
            self.store.put_back()
        except UserFacingError as exc:
            QMessageBox.warning(self, APP_NAME, plain_message(str(exc)))
            return
        self.switch_store(path)

    def _put_back_before_closing(self) -> bool:
        """When the store's file went, closing loses what the store holds for good: offer
        again to put it back ("Not now" may have been said). False: the user cancelled, and
        the store stays open."""
        store = self.store
        failure = store.integrity.failure
        if store.db.is_closed() or not isinstance(failure, StoreGoneError):
            return True
        self._close_wizards()  # each saves what it can first, as when the file went
        choice = ask_to_put_back_before_closing(self, str(failure), store.path)
        if choice is PutBackChoice.CANCEL:
            return False
        if choice is PutBackChoice.SAVE:
            try:
                store.put_back()
            except UserFacingError as exc:  # nothing lost yet: the store stays open
                QMessageBox.warning(self, APP_NAME, plain_message(str(exc)))
                return False
        return True

    def _close_store(self) -> None:
        if self.store.db.is_closed():  # put back (and closed) after its file went
            return
        # Deleted organizations stay restorable (undo) while the store is open; gone after.
        self.operations.attempt(self.store.empty_trash, self.show_error)
        self.operations.undo_stack.clear()
        self.store.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_wizards()
        if not self._put_back_before_closing():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue(GEOMETRY, self.saveGeometry())
        settings.setValue(SPLITTER, self.splitter.saveState())
        settings.setValue(RIGHT_SPLITTER, self.right_splitter.saveState())
        self._close_store()
        super().closeEvent(event)


def _table(model: OrganizationTableModel | AssessmentTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)
    return view
