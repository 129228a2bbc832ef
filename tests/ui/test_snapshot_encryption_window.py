"""Encrypted snapshots through the window: File > Export snapshot with a passphrase or to a
recipient's key, File > Import snapshot asking for the passphrase or the identity file. Real
stores, real age files (read back by the real `age` tool), the work on its own thread; only
the platform file dialogs and the message boxes' answers are stood in for."""

from __future__ import annotations

import csv
import gc
import io
import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from modal_keys import press_shortcut
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from csmaturity_app.exchange import DecryptedSnapshot, age_files, export_snapshot
from csmaturity_app.exchange.age_files import AGE_MAGIC, Decryption, Encryption
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import background, snapshot_actions
from csmaturity_app.ui.export_dialog import (
    RECIPIENT_FITS,
    RECIPIENT_HINT,
    ExportChoice,
    ExportDialog,
    ExportScope,
    Protection,
    default_file_name,
    recipient_problem,
)
from csmaturity_app.ui.import_dialog import ImportPlanDialog
from csmaturity_app.ui.main_window import MainWindow
from csmaturity_app.ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.theme import apply_theme

PASSPHRASE = "correct horse battery staple"
MARKUP_NAME = "<b>Q3 client<b> & co.csv.age"  # a file name that looks like markup


# -- fixtures and helpers


@pytest.fixture(autouse=True)
def no_thread_left_running(qtbot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not background.running(), timeout=20000)


@pytest.fixture
def window(qtbot, store: Store, builtin_catalog: ModelCatalog) -> MainWindow:
    win = MainWindow(store, builtin_catalog)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


class FileDialogs:
    """Stands in for the platform's open and save dialogs: answers each with the next path
    queued for its kind ("" = Cancel), and records what each was asked."""

    def __init__(self, monkeypatch) -> None:
        self.answers: dict[str, list[Path | str]] = {"open": [], "save": []}
        self.asked: list[tuple[str, str, str, str]] = []  # kind, title, start, filter
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._answer("open"))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._answer("save"))

    def _answer(self, kind: str):
        def answer(_parent, title, start, filter_, *args, **kwargs):
            self.asked.append((kind, title, start, filter_))
            return str(self.answers[kind].pop(0)), ""

        return answer


@pytest.fixture
def files(monkeypatch) -> FileDialogs:
    return FileDialogs(monkeypatch)


class Warnings(list[str]):
    """Every warning box's text; a question (Yes/No) is answered from `answers`."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []

    def warning(self, _parent, _title, text, *args, **kwargs) -> QMessageBox.StandardButton:
        self.append(text)
        return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Ok


@pytest.fixture
def warnings(monkeypatch) -> Warnings:
    shown = Warnings()
    monkeypatch.setattr(QMessageBox, "warning", shown.warning)
    return shown


def fill(store: Store, model: MaturityModel, orgs: tuple[str, ...] = ("Acme", "Beta")) -> None:
    for n, name in enumerate(orgs):
        org = store.create_organization(name)
        for m in range(2):
            a = store.create_assessment(org.id, model, "Ann", date(2025, 3 + m, 1 + n))
            for i, criterion in enumerate(model.criteria[: 10 + n]):
                store.record_answer(a.id, criterion.id, i % 4, notes=f"seen {i} at {name}")


def held(store: Store) -> dict[str, object]:
    """What the store holds, through its own API (a plain or an encrypted store alike)."""
    return {
        org.name: sorted(
            (a.id, a.status, sorted((k, repr(v)) for k, v in store.answers(a.id).items()))
            for a in store.assessments(org.id)
        )
        for org in store.organizations()
    }


def names(window: MainWindow) -> list[str]:
    model = window.org_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def visible(window: QWidget, kind: type) -> list:
    return [w for w in window.findChildren(kind) if w.isVisible()]


def wait_idle(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not background.running() and not window.property(snapshot_actions.BUSY),
        timeout=30000,
    )


def one(qtbot, window: MainWindow, kind: type):
    qtbot.waitUntil(lambda: len(visible(window, kind)) == 1, timeout=30000)
    (dialog,) = visible(window, kind)
    return dialog


def new_key(folder: Path, name: str = "key.txt") -> tuple[Path, str]:
    """A key pair from the real age-keygen: the identity file and its public key."""
    key = folder / name
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    (public,) = re.findall(r"# public key: (age1\w+)", key.read_text())
    return key, public


def shoot(qtbot, widget: QWidget, name: str, folder: Path) -> None:
    """`widget` in the light and the dark theme, to look at."""
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            expected = app.palette().color(QPalette.ColorRole.Window)
            # The new palette reaches the widgets by events: wait for it.
            qtbot.waitUntil(
                lambda colour=expected: widget.palette().color(QPalette.ColorRole.Window) == colour
            )
            widget.adjustSize()
            assert widget.grab().save(str(folder / f"{name}-{theme}.png"))
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)


def mnemonics(dialog: QWidget) -> list[str]:
    """The letter of every & shortcut the dialog's buttons and labels offer."""
    texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    found = []
    for text in texts:
        match = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
        if match:
            found.append(match.group(1).lower())
    return found


def open_export_dialog(qtbot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = one(qtbot, window, ExportDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose_passphrase(qtbot, window: MainWindow, passphrase: str) -> None:
    ask = one(qtbot, window, NewPassphraseDialog)
    assert ask.windowTitle() == "Encrypt snapshot"
    assert ask.ok_button.text() == "&Continue"  # where the file goes is asked next
    qtbot.keyClicks(ask.first, passphrase)
    qtbot.keyClicks(ask.second, passphrase)
    qtbot.keyClick(ask.second, Qt.Key.Key_Return)


# -- export with a passphrase, import it back


def test_export_with_a_passphrase_then_import_it_back_after_a_wrong_one(
    window: MainWindow,
    store: Store,
    tsia,
    qtbot,
    files: FileDialogs,
    tmp_path: Path,
    warnings,
    isolated_settings: Path,
    screenshots: Path,
):
    fill(store, tsia)
    window.operations.organizationsChanged.emit()
    before = held(store)
    target = tmp_path / "acme.csv.age"
    files.answers["save"].append(target)

    dialog = open_export_dialog(qtbot, window)
    assert dialog.plain_button.isChecked()  # not encrypted unless asked
    press_shortcut(qtbot, dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.passphrase_button.isChecked)
    assert dialog.note.text() == (
        "Next, choose the passphrase, then where to save the encrypted file."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    choose_passphrase(qtbot, window, PASSPHRASE)
    wait_idle(qtbot, window)

    (_, _, start, filter_) = files.asked[0]
    assert Path(start).name == f"csmaturity-store-{date.today()}.csv.age"
    assert "Encrypted snapshots (*.age)" in filter_
    data = target.read_bytes()
    assert data.startswith(AGE_MAGIC)
    assert b"Acme" not in data and b"seen" not in data
    message = window.statusBar().currentMessage()
    assert message == (
        f"Exported a snapshot of 4 assessments, {4 * len(tsia.criteria)} rows to {target}, "
        "encrypted with a passphrase."
    )
    # The passphrase went nowhere but into the file's key.
    assert warnings == []
    for path in isolated_settings.rglob("*"):
        if path.is_file():
            assert PASSPHRASE.encode() not in path.read_bytes()

    assert window.switch_store(tmp_path / "other.db")
    files.answers["open"].append(target)
    window.import_action.trigger()
    (_, title, _, filter_) = files.asked[-1]
    assert title == "Import snapshot" and "*.age" in filter_
    ask = one(qtbot, window, PassphraseDialog)
    assert "acme.csv.age" in ask.findChildren(QLabel)[0].text()
    qtbot.keyClicks(ask.field, "a wrong guess")
    qtbot.keyClick(ask.field, Qt.Key.Key_Return)  # tried: the dry run waits on its thread
    assert ask.isVisible()
    assert ask.problem.text() == "Wrong passphrase, or the file was changed."
    assert ask.field.selectedText() == "a wrong guess"  # ready to be typed over
    assert names(window) == [] and window.store.organizations() == []
    shoot(qtbot, ask, "import-passphrase-wrong", screenshots)

    qtbot.keyClicks(ask.field, PASSPHRASE)
    qtbot.keyClick(ask.field, Qt.Key.Key_Return)
    plan = one(qtbot, window, ImportPlanDialog)
    assert not ask.isVisible() and ask.field.text() == ""
    assert "acme.csv.age" in plan.heading.text()
    assert plan.cell(0, 0) == "2" and plan.cell(2, 0) == "42"
    assert window.store.organizations() == []  # the plan was a dry run
    qtbot.keyClick(plan, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert names(window) == ["Acme", "Beta"]
    assert held(window.store) == before
    assert window.statusBar().currentMessage().startswith("Imported \u201cacme.csv.age\u201d")
    assert warnings == []


def test_cancelling_the_passphrase_imports_nothing(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(
            source, tmp_path / "s.age", encryption=Encryption(passphrase=PASSPHRASE.encode())
        )
    files.answers["open"].append(tmp_path / "s.age")
    window.import_action.trigger()
    ask = one(qtbot, window, PassphraseDialog)
    qtbot.keyClick(ask, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."
    assert store.organizations() == [] and warnings == []
    files.answers["open"].append("")
    window.import_action.trigger()  # and the window is free for the next one
    assert files.asked[-1][1] == "Import snapshot"


# -- a recipient's key, the identity, the real age tool


def test_export_to_a_recipient_read_by_age_and_imported_with_the_identity(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    fill(store, tsia)
    window.operations.organizationsChanged.emit()
    before = held(store)
    keys = tmp_path / "keys"
    keys.mkdir()
    key, public = new_key(keys)
    other_key, _ = new_key(tmp_path, "someone-else.txt")
    target = tmp_path / "out" / "for-bob"
    target.parent.mkdir()
    files.answers["save"].append(target)

    dialog = open_export_dialog(qtbot, window)
    assert not dialog.recipient_field.isEnabled()
    press_shortcut(qtbot, dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.recipient_field.hasFocus)  # chosen: the key is what comes next
    assert dialog.recipient_button.isChecked()
    assert not dialog.export_button.isEnabled()
    assert dialog.recipient_note.text() == RECIPIENT_HINT
    qtbot.keyClicks(dialog.recipient_field, public[:-3])  # cut short
    assert not dialog.export_button.isEnabled()
    assert "not a valid age public key" in dialog.recipient_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Export waits for a valid key
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.recipient_field, public[-3:])
    assert dialog.export_button.isEnabled()
    assert dialog.recipient_note.text() == RECIPIENT_FITS
    qtbot.keyClick(dialog.recipient_field, Qt.Key.Key_Return)
    wait_idle(qtbot, window)

    written = target.with_name("for-bob.csv.age")  # a bare name: .csv and .age added
    assert written.read_bytes().startswith(AGE_MAGIC)
    assert (
        window.statusBar()
        .currentMessage()
        .endswith(f"to {written}, encrypted to the key {public[:12]}\u2026{public[-8:]}.")
    )
    assert QSettings().value(snapshot_actions.RECIPIENT) == public

    # The real age tool reads the window's file.
    plain = subprocess.run(
        ["age", "-d", "-i", str(key), str(written)], check=True, capture_output=True
    ).stdout
    header, *rows = list(csv.reader(io.StringIO(plain.decode("utf-8-sig"))))
    assert "organization_id" in header and len(rows) == 4 * len(tsia.criteria)
    assert {row[header.index("organization")] for row in rows} == {"Acme", "Beta"}

    # The next export offers the same key, and starts unencrypted all the same.
    dialog = open_export_dialog(qtbot, window)
    assert dialog.recipient_field.text() == public and dialog.plain_button.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # Import into another store: a key that does not fit first, then the right one.
    assert window.switch_store(tmp_path / "other.db")
    files.answers["open"] += [written, other_key, key]
    warnings.answers.append(QMessageBox.StandardButton.Yes)  # choose another identity file
    window.import_action.trigger()
    plan = one(qtbot, window, ImportPlanDialog)
    identity_asks = [a for a in files.asked if a[1].startswith("Identity file")]
    assert [title for _, title, _, _ in identity_asks] == [
        "Identity file for \u201cfor-bob.csv.age\u201d"
    ] * 2
    assert Path(identity_asks[1][2]) == tmp_path  # the last identity file's folder
    assert len(warnings) == 1
    assert "no identity given fits" in warnings[0]
    assert warnings[0].endswith("Choose another identity file?")
    assert window.store.organizations() == []
    qtbot.keyClick(plan, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert held(window.store) == before
    assert len(warnings) == 1


def test_a_file_age_encrypted_is_imported_with_its_identity(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "plain.csv")
        expected = held(source)
    key, public = new_key(tmp_path)
    sealed = tmp_path / "from-age.bin"  # no telling name: the header says what it is
    subprocess.run(
        ["age", "-r", public, "-o", str(sealed), str(tmp_path / "plain.csv")], check=True
    )
    files.answers["open"] += [sealed, key]
    window.import_action.trigger()
    qtbot.keyClick(one(qtbot, window, ImportPlanDialog), Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert held(store) == expected and warnings == []


# -- damaged files: one message, nothing imported


def test_a_tampered_file_gives_one_message_and_imports_nothing(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    fill(store, tsia, ("Here",))
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(
            source, tmp_path / "s.age", encryption=Encryption(passphrase=PASSPHRASE.encode())
        )
    data = bytearray((tmp_path / "s.age").read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit of the payload
    tampered = tmp_path / "tampered.csv.age"
    tampered.write_bytes(bytes(data))
    before = held(store)

    files.answers["open"].append(tampered)
    window.import_action.trigger()
    ask = one(qtbot, window, PassphraseDialog)
    qtbot.keyClicks(ask.field, PASSPHRASE)  # the right one: the file is what is wrong
    qtbot.keyClick(ask.field, Qt.Key.Key_Return)
    assert ask.isVisible()
    assert ask.problem.text() == "Wrong passphrase, or the file was changed."
    qtbot.keyClick(ask, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert warnings == []  # the dialog's line was the one message
    assert visible(window, ImportPlanDialog) == []
    assert held(store) == before


def test_a_truncated_file_for_a_key_gives_one_message_and_imports_nothing(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    fill(store, tsia, ("Here",))
    key, public = new_key(tmp_path)
    with Store.open(tmp_path / "source.db") as source:
        fill(source, tsia, ("Acme",))
        export_snapshot(source, tmp_path / "s.age", encryption=Encryption(recipients=(public,)))
    truncated = tmp_path / "cut.csv.age"
    truncated.write_bytes((tmp_path / "s.age").read_bytes()[:-100])
    before = held(store)

    files.answers["open"] += [truncated, key]
    warnings.answers.append(QMessageBox.StandardButton.No)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "cut.csv.age" in warnings[0] and "damaged" in warnings[0]
    assert window.statusBar().currentMessage() == "Import cancelled: nothing was changed."
    assert visible(window, ImportPlanDialog) == []
    assert held(store) == before


def test_a_file_named_age_without_its_header_is_one_message(
    window: MainWindow, store: Store, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    fake = tmp_path / "fake.csv.age"
    fake.write_text("organization_id,organization\n")
    files.answers["open"].append(fake)
    window.import_action.trigger()
    wait_idle(qtbot, window)
    assert len(warnings) == 1 and "not one" in warnings[0]
    assert visible(window, PassphraseDialog) == [] and store.organizations() == []


# -- the keyboard, and the looks


def test_the_export_dialog_works_from_the_keyboard(
    window: MainWindow, store: Store, tsia, qtbot, tmp_path: Path, screenshots: Path
):
    fill(store, tsia, ("Acme",))
    window.operations.organizationsChanged.emit()
    window._select_organization(store.organizations()[0].id)
    _, public = new_key(tmp_path)
    dialog = open_export_dialog(qtbot, window)
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), letters
    assert {"n", "p", "r"} <= set(letters)
    assert [b.text() for b in dialog.protection_group.buttons()] == [
        "&Not encrypted",
        "Encrypt with a &passphrase",
        "Encrypt to a &recipient's key",
    ]
    shoot(qtbot, dialog, "export-not-encrypted", screenshots)

    press_shortcut(qtbot, dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.passphrase_button.isChecked)
    assert dialog.passphrase_button.hasFocus()
    shoot(qtbot, dialog, "export-passphrase", screenshots)

    # Tab from the protection group goes on to Export, past the disabled key field; with a
    # recipient, through the key field first.
    qtbot.keyClick(dialog.passphrase_button, Qt.Key.Key_Tab)
    assert dialog.export_button.hasFocus()
    press_shortcut(qtbot, dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.recipient_field.hasFocus)
    qtbot.keyClicks(dialog.recipient_field, "AGE-SECRET-KEY-1QQQ")
    assert "secret key" in dialog.recipient_note.text()
    shoot(qtbot, dialog, "export-recipient-invalid", screenshots)
    dialog.recipient_field.clear()
    qtbot.keyClicks(dialog.recipient_field, public)
    shoot(qtbot, dialog, "export-recipient", screenshots)
    qtbot.keyClick(dialog.recipient_field, Qt.Key.Key_Tab)
    assert dialog.export_button.hasFocus()
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Backtab)
    assert dialog.recipient_field.hasFocus()
    qtbot.keyClick(dialog.recipient_field, Qt.Key.Key_Backtab)
    assert dialog.recipient_button.hasFocus()
    qtbot.keyClick(dialog.recipient_button, Qt.Key.Key_Up)  # arrows move within the group
    assert dialog.passphrase_button.isChecked() and not dialog.recipient_field.isEnabled()

    # Client-safe and the summary stay as they were: encryption is a choice of its own.
    press_shortcut(qtbot, dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.client_safe_box.isChecked)
    choice = dialog.choice()
    assert choice.client_safe and choice.protection is Protection.PASSPHRASE
    assert not choice.summary
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # The new passphrase's dialog, for the snapshot: typed twice, from the keyboard.
    window.export_action.trigger()
    dialog = one(qtbot, window, ExportDialog)
    dialog.passphrase_button.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    ask = one(qtbot, window, NewPassphraseDialog)
    ask.activateWindow()
    qtbot.waitUntil(ask.isActiveWindow)
    assert ask.first.hasFocus()
    qtbot.keyClicks(ask.first, PASSPHRASE)
    qtbot.keyClick(ask.first, Qt.Key.Key_Tab)
    assert ask.second.hasFocus()
    qtbot.keyClicks(ask.second, PASSPHRASE)
    shoot(qtbot, ask, "export-new-passphrase", screenshots)
    qtbot.keyClick(ask, Qt.Key.Key_Escape)  # cancelled: nothing is written
    wait_idle(qtbot, window)
    assert list(tmp_path.glob("*.age")) == []


# -- what the window says and suggests


def test_file_names_and_the_recipients_check():
    scope = ExportScope("The &whole store", "acme")
    today = date(2026, 3, 4)
    plain = ExportChoice(scope, summary=False)
    assert default_file_name(plain, today) == "csmaturity-acme-2026-03-04.csv"
    sealed = ExportChoice(scope, summary=True, protection=Protection.PASSPHRASE)
    assert default_file_name(sealed, today) == "csmaturity-acme-summary-2026-03-04.csv.age"
    assert snapshot_actions.saved_path(Path("/x/a"), True) == Path("/x/a.csv.age")
    assert snapshot_actions.saved_path(Path("/x/a.csv"), True) == Path("/x/a.csv.age")
    assert snapshot_actions.saved_path(Path("/x/a.AGE"), True) == Path("/x/a.AGE")
    assert snapshot_actions.saved_path(Path("/x/a"), False) == Path("/x/a.csv")
    assert snapshot_actions.saved_path(Path("/x/a.txt"), False) == Path("/x/a.txt")

    assert recipient_problem("  ") == RECIPIENT_HINT
    assert recipient_problem("ssh-ed25519 AAAA").startswith("'ssh-ed25519 AAAA' is not an age")
    key = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    assert recipient_problem(f" {key} ") == ""
    assert snapshot_actions.protection_text(
        ExportChoice(scope, False, protection=Protection.RECIPIENT, recipient=key)
    ) == (", encrypted to the key age1ql3z7hjy\u2026aqmcac8p")


def test_the_import_prompt_looks_right_in_both_themes(
    window: MainWindow, qtbot, tmp_path: Path, files: FileDialogs, screenshots: Path
):
    with Store.open(tmp_path / "source.db") as source:
        export_snapshot(
            source,
            tmp_path / MARKUP_NAME,
            encryption=Encryption(passphrase=PASSPHRASE.encode()),
        )
    files.answers["open"].append(tmp_path / MARKUP_NAME)
    window.import_action.trigger()
    ask = one(qtbot, window, PassphraseDialog)
    message = ask.findChildren(QLabel)[0]
    assert message.textFormat() == Qt.TextFormat.PlainText  # the name shown as it is
    assert f"\u201c{MARKUP_NAME}\u201d" in message.text()
    assert ask.ok_button.text() == "&Open" and not ask.ok_button.isEnabled()
    shoot(qtbot, ask, "import-passphrase", screenshots)
    ask.done(QDialog.DialogCode.Rejected)
    wait_idle(qtbot, window)


# -- decrypted once, kept no longer than the plan


def decryptions_alive() -> list[object]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, (Decryption, DecryptedSnapshot))]


def encrypted_snapshot(folder: Path, tsia, orgs: tuple[str, ...]) -> Path:
    target = folder / f"{orgs[0].lower()}.csv.age"
    with Store.open(folder / f"{orgs[0]}.db") as source:
        fill(source, tsia, orgs)
        export_snapshot(source, target, encryption=Encryption(passphrase=PASSPHRASE.encode()))
    return target


def import_to_plan(qtbot, window: MainWindow, files: FileDialogs, path: Path) -> ImportPlanDialog:
    files.answers["open"].append(path)
    window.import_action.trigger()
    ask = one(qtbot, window, PassphraseDialog)
    qtbot.keyClicks(ask.field, PASSPHRASE)
    qtbot.keyClick(ask.field, Qt.Key.Key_Return)
    return one(qtbot, window, ImportPlanDialog)


def test_an_import_decrypts_once_and_applies_what_its_plan_showed(
    window: MainWindow,
    store: Store,
    tsia,
    qtbot,
    files: FileDialogs,
    tmp_path: Path,
    warnings,
    monkeypatch,
):
    path = encrypted_snapshot(tmp_path, tsia, ("Acme",))
    other = encrypted_snapshot(tmp_path, tsia, ("Zeta",))
    decrypted: list[int] = []
    real = age_files.age_passphrase.decrypt

    def counted(data: bytes, passphrase: str) -> bytes:
        decrypted.append(len(data))
        return real(data, passphrase)

    monkeypatch.setattr(age_files.age_passphrase, "decrypt", counted)
    plan = import_to_plan(qtbot, window, files, path)
    assert len(decrypted) == 1
    path.write_bytes(other.read_bytes())  # swapped behind the plan's back
    qtbot.keyClick(plan, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert len(decrypted) == 1  # the import used the content the plan was made from
    assert names(window) == ["Acme"] and warnings == []
    assert decryptions_alive() == []  # neither the passphrase nor the content is kept


def test_cancelling_the_plan_of_an_encrypted_file_imports_and_keeps_nothing(
    window: MainWindow, store: Store, tsia, qtbot, files: FileDialogs, tmp_path: Path, warnings
):
    plan = import_to_plan(qtbot, window, files, encrypted_snapshot(tmp_path, tsia, ("Acme",)))
    qtbot.keyClick(plan, Qt.Key.Key_Escape)
    wait_idle(qtbot, window)
    assert store.organizations() == [] and warnings == []
    assert decryptions_alive() == []
