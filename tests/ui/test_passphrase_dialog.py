"""The passphrase dialogs: asked again after a wrong one, typed twice when new, and nothing of
what was typed left in the fields once closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from csmaturity_app.ui.passphrase_dialog import MIN_LENGTH, NewPassphraseDialog, PassphraseDialog
from csmaturity_app.ui.theme import apply_theme


def _shoot(qtbot, dialog: QDialog, folder: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """The dialog in the light and the dark theme, to look at."""
    app = QApplication.instance()
    old_palette, old_style = app.palette(), app.style().name()
    try:
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            expected = app.palette().color(QPalette.ColorRole.Window)
            # The new palette reaches the dialog by events: wait for it, or the shot is light.
            qtbot.waitUntil(
                lambda colour=expected: dialog.palette().color(QPalette.ColorRole.Window) == colour
            )
            assert dialog.grab().save(str(folder / f"{name}-{theme}.png"))
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)


def test_a_wrong_passphrase_keeps_the_dialog_open_until_the_right_one(qtbot, screenshots):
    tried: list[bytes] = []

    def attempt(value: bytes) -> str | None:
        tried.append(value)
        return None if value == "zébulon 42".encode() else "Wrong passphrase: try again."

    dialog = PassphraseDialog("Open store", "acme.db is encrypted.", attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    for _ in range(3):
        qtbot.keyClicks(dialog.field, "guess")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.problem.text() == "Wrong passphrase: try again."
        assert dialog.field.selectedText() == "guess"
    _shoot(qtbot, dialog, screenshots, "passphrase-wrong")
    dialog.field.clear()
    assert dialog.problem.isHidden()  # typing again takes the complaint away
    dialog.field.insert("zébulon 42")  # QTest types ASCII only; the passphrase is UTF-8
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase() == "zébulon 42".encode()
    assert tried == [b"guess"] * 3 + ["zébulon 42".encode()]
    assert dialog.field.text() == ""  # closed: the typed text goes


def test_show_reveals_the_text_from_the_keyboard(qtbot):
    dialog = PassphraseDialog("Open", "x")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.show_box.text() == "&Show passphrase"  # Alt+S
    qtbot.keyClicks(dialog.field, "secret")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.show_box
    qtbot.keyClick(dialog.show_box, Qt.Key.Key_Space)
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal


def test_a_new_passphrase_must_be_typed_twice_alike_and_long_enough(qtbot, screenshots):
    dialog = NewPassphraseDialog("Encrypt store", "Choose a passphrase for acme.db.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "short")
    assert not dialog.ok_button.isEnabled()
    assert str(MIN_LENGTH) in dialog.hint.text()
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, "correct horse battery")
    qtbot.keyClicks(dialog.second, "correct horse batterz")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "The two passphrases differ."
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible()
    _shoot(qtbot, dialog, screenshots, "new-passphrase-differ")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.second, "y")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.passphrase() == b"correct horse battery"
    assert dialog.first.text() == dialog.second.text() == ""
    dialog.forget()
    assert dialog.passphrase() == b""


def test_a_closed_dialog_keeps_no_text_to_undo_and_lets_go_of_its_attempt(qtbot):
    opened = PassphraseDialog("Open", "x", lambda _value: None)
    new = NewPassphraseDialog("Encrypt", "y")
    for dialog in (opened, new):
        qtbot.addWidget(dialog)
        dialog.show()
        for field in dialog._fields:
            qtbot.keyClicks(field, "secret words")
        dialog.reject()
        dialog.show_box.setChecked(True)  # undo works only on text shown
        for field in dialog._fields:
            field.undo()  # the history would give the typed text back
            assert field.text() == ""
    assert opened.attempt is None  # its closure may hold what the passphrase opened


def test_the_dialogs_are_as_tall_as_their_wrapped_text_and_no_taller(qtbot):
    long = (
        "Choose the passphrase that will open the file. Whoever imports it needs it: tell them "
        "by another way than the file itself (a phone call, not the same email)."
    )
    for dialog in (NewPassphraseDialog("Encrypt snapshot", long), PassphraseDialog("Open", long)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        layout = dialog.layout()
        assert dialog.height() == layout.totalHeightForWidth(dialog.width())  # no loose gaps
    dialog.wrong("Wrong passphrase, or the file was changed.")  # one line more: room for it
    assert dialog.height() == layout.totalHeightForWidth(dialog.width())
