"""Passphrase files as the command line reads them: Notepad's byte-order mark is no part of
the passphrase, only a regular file (or a pipe the shell hands on) is read, and a new
passphrase is at least as long as the window asks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from csmaturity_app.cli.passphrases import ENV, MIN_NEW_LENGTH, read_passphrase_file
from csmaturity_app.errors import UserFacingError
from csmaturity_app.store import Store

PASSPHRASE = "correct horse \u2713"


@pytest.fixture(autouse=True)
def no_passphrase_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)


def test_notepads_byte_order_mark_is_no_part_of_the_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    assert read_passphrase_file(path) == PASSPHRASE.encode()
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(UserFacingError, match="is empty"):
        read_passphrase_file(path)
    path.write_bytes(b"x\xef\xbb\xbf")  # only at the start: elsewhere it is the passphrase's
    assert read_passphrase_file(path) == b"x\xef\xbb\xbf"


def test_an_encrypted_store_opens_with_a_passphrase_file_notepad_saved(tmp_path: Path) -> None:
    store = tmp_path / "client.db"
    with Store.open(store, passphrase=PASSPHRASE) as opened:
        opened.create_organization("Acme")
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    done = csmaturity("--db", str(store), "--passphrase-file", str(notepad), "orgs")
    assert (done.returncode, done.stderr) == (0, "") and "Acme" in done.stdout


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_not_a_passphrase_file(device: str) -> None:
    with pytest.raises(UserFacingError) as raised:
        read_passphrase_file(device)
    assert str(raised.value) == (
        f"the passphrase file {device} is not a regular file (a named pipe or a device): "
        "give a file that holds the passphrase"
    )


def test_a_named_pipe_is_refused_at_once_rather_than_waited_on(tmp_path: Path) -> None:
    """Nothing writes to it: reading it would wait for ever."""
    store = tmp_path / "client.db"
    Store.open(store, passphrase=PASSPHRASE).close()
    before = store.read_bytes()
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    done = csmaturity("--db", str(store), "--passphrase-file", str(fifo), "orgs")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"csmaturity: error: the passphrase file {fifo} is not a regular file (a named pipe or "
        "a device): give a file that holds the passphrase\n"
    )
    assert store.read_bytes() == before


def test_a_pipe_the_shell_hands_on_is_read() -> None:
    """`--passphrase-file <(pass show acme)`: the shell names the pipe /dev/fd/N."""
    reading, writing = os.pipe()
    try:
        os.write(writing, PASSPHRASE.encode() + b"\n")
        os.close(writing)
        assert read_passphrase_file(f"/dev/fd/{reading}") == PASSPHRASE.encode()
    finally:
        os.close(reading)


def test_a_folder_is_said_to_be_one(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match=f"the passphrase file {tmp_path} is a folder"):
        read_passphrase_file(tmp_path)


@pytest.mark.parametrize(
    ("text", "long_enough"),
    [
        ("seven c", False),
        ("\u00e9" * 7, False),  # 14 bytes, but 7 characters: characters count
        ("eight ch", True),
        ("\u00e9" * 8, True),
    ],
)
def test_a_new_passphrase_has_at_least_eight_characters(
    tmp_path: Path, text: str, long_enough: bool
) -> None:
    path = tmp_path / "new.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert read_passphrase_file(path) == text.encode()  # an existing one: any length
    if long_enough:
        assert read_passphrase_file(path, new=True) == text.encode()
        return
    with pytest.raises(UserFacingError) as raised:
        read_passphrase_file(path, new=True)
    assert str(raised.value) == (
        f"the passphrase in {path} is too short for a new one: use at least 8 characters "
        "(a few words are easy to remember)"
    )
    assert text not in str(raised.value)


def test_the_window_asks_for_as_many_characters() -> None:
    from csmaturity_app.ui.passphrase_dialog import MIN_LENGTH

    assert MIN_NEW_LENGTH == MIN_LENGTH == 8


def csmaturity(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command as a process, without a terminal; a hang fails the test."""
    env = {k: v for k, v in os.environ.items() if k != ENV}
    return subprocess.run(
        [sys.executable, "-m", "csmaturity_app", *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=60,
    )
