"""The command line on an encrypted store: the passphrase from `--passphrase-file`, from
$CSMATURITY_PASSPHRASE_FILE or typed on a terminal (a real pty); refused in one line without
it or with a wrong one, the file untouched; and `encrypt`, `rekey`, `decrypt`."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import pty
import select
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.cli.passphrases import ENV
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

PASSPHRASE = "correct horse ✓ battery"
ORG = "Acme Confidential Holdings"
NOTE = "Churn is hidden from the board"


@pytest.fixture(autouse=True)
def no_passphrase_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test says where its passphrase comes from (the encrypted test mode sets one)."""
    monkeypatch.delenv(ENV, raising=False)


@pytest.fixture
def pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def wrong_file(tmp_path: Path) -> Path:
    path = tmp_path / "wrong.txt"
    path.write_text("not the passphrase\n", encoding="utf-8")
    return path


@pytest.fixture
def encrypted(tmp_path: Path, tsia: MaturityModel) -> tuple[Path, str]:
    """A closed encrypted store with one organization and an assessment with answers."""
    path = tmp_path / "client.db"
    with Store.open(path, passphrase=PASSPHRASE) as store:
        org = store.create_organization(ORG)
        record = store.create_assessment(org.id, tsia, "Jane Assessor", date(2025, 3, 14))
        store.record_answer(record.id, "F01", 3, notes=NOTE)
        store.record_answer(record.id, "F02", 1)
    assert Store.is_encrypted(path)
    return path, record.id


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def run_process(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k != ENV}
    return subprocess.run(
        [sys.executable, "-m", "csmaturity_app", *argv],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=base | (env or {}),
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def commands(path: Path, assessment_id: str, out: Path) -> list[tuple[list[str], str]]:
    """Each command that opens the store, with a text its output must hold."""
    db = ["--db", str(path)]
    return [
        ([*db, "orgs", "--format", "csv"], ORG),
        ([*db, "show", assessment_id, "--format", "json"], ORG),
        ([*db, "respondents", assessment_id, "--format", "csv"], "Jane Assessor"),
        ([*db, "target", ORG, "--model", "tsia-4-phases", "--stage", "3"], "Phase 3"),
        ([*db, "plan", ORG, "--format", "csv"], "owner"),
        ([*db, "export", "--out", str(out)], "wrote"),
        ([*db, "import", str(out), "--dry-run"], "would import"),
        ([*db, "respondents", "add", assessment_id, "Pat Lee"], "-"),
    ]


@pytest.mark.parametrize("how", ["option", "variable"])
def test_every_command_opens_an_encrypted_store(
    capsys, monkeypatch, encrypted, pass_file, tmp_path, how
):
    path, assessment_id = encrypted
    out = tmp_path / "snapshot.csv"
    for argv, expected in commands(path, assessment_id, out):
        if how == "option":
            argv = ["--passphrase-file", str(pass_file), *argv]
        else:
            monkeypatch.setenv(ENV, str(pass_file))
        status, stdout, err = run_cli(capsys, *argv)
        assert (status, err) == (0, ""), argv
        assert expected in stdout, argv
    # what was written came from the store, and the store stayed encrypted
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert any(r.get("notes") == NOTE for r in rows)
    assert Store.is_encrypted(path)
    assert ORG.encode() not in path.read_bytes()


def test_report_of_an_encrypted_store_as_a_process(encrypted, pass_file, tmp_path):
    path, assessment_id = encrypted
    out = tmp_path / "acme.pdf"
    done = run_process(
        "--db", str(path), "report", "--assessment", assessment_id, "--out", str(out),
        env={ENV: str(pass_file), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert out.read_bytes().startswith(b"%PDF-")


def test_import_into_a_new_store_with_a_passphrase_makes_it_encrypted(
    capsys, encrypted, pass_file, tmp_path
):
    path, _ = encrypted
    snapshot = tmp_path / "s.csv"
    argv = ["--passphrase-file", str(pass_file)]
    assert run_cli(capsys, *argv, "--db", str(path), "export", "--out", str(snapshot))[0] == 0
    laptop = tmp_path / "other.db"
    status, out, err = run_cli(capsys, *argv, "--db", str(laptop), "import", str(snapshot))
    assert (status, err) == (0, "") and out.startswith("imported")
    assert Store.is_encrypted(laptop)
    with Store.open_for_reading(laptop, passphrase=PASSPHRASE) as store:
        assert [o.name for o in store.organization_summaries()] == [ORG]


def test_a_plain_store_reads_no_passphrase_file(capsys, store, store_path, monkeypatch, tmp_path):
    store.create_organization("Plain Org")
    store.close()
    # the variable names a file that does not exist: a plain store never looks at it
    monkeypatch.setenv(ENV, str(tmp_path / "missing.txt"))
    status, out, err = run_cli(capsys, "--db", str(store_path), "orgs", "--format", "csv")
    assert (status, err) == (0, "") and "Plain Org" in out
    assert not Store.is_encrypted(store_path)


def test_without_a_passphrase_and_no_terminal_one_line(encrypted):
    path, _ = encrypted
    before = digest(path)
    done = run_process("--db", str(path), "orgs")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        f"csmaturity: error: {path} is an encrypted store: give its passphrase with "
        f"--passphrase-file F before the command, or {ENV}\n"
    )
    assert digest(path) == before


def test_a_wrong_passphrase_five_times_changes_nothing(encrypted, wrong_file):
    path, _ = encrypted
    before = digest(path)
    sides = sorted(p.name for p in path.parent.iterdir())
    target = ["target", ORG, "--model", "tsia-4-phases", "--stage", "2"]
    for argv in [["orgs"], target, ["orgs"], target, ["decrypt"]]:
        done = run_process("--db", str(path), "--passphrase-file", str(wrong_file), *argv)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1, done.stderr
        assert "passphrase does not open" in done.stderr
        assert "not the passphrase" not in done.stderr
        assert digest(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == sides


def test_a_passphrase_file_that_cannot_serve_is_one_line(capsys, encrypted, tmp_path):
    path, _ = encrypted
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for named, says in ((empty, "is empty"), (tmp_path / "none.txt", "cannot read")):
        status, out, err = run_cli(
            capsys, "--db", str(path), "--passphrase-file", str(named), "orgs"
        )
        assert status == 1 and out == "" and says in err and err.count("\n") == 1


def on_terminal(argv: list[str], answers: list[str | bytes]) -> tuple[int, str]:
    """Run the command with a pty as its terminal, typing each answer after a prompt; its
    exit status and everything it wrote there."""
    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != ENV}
    process = subprocess.Popen(
        [sys.executable, "-m", "csmaturity_app", *argv],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        start_new_session=True,
    )
    os.close(secondary)
    seen = b""
    typed = 0
    answered_at = 0  # how much had been seen when the last answer was typed
    try:
        while True:
            ready, _, _ = select.select([main], [], [], 60)
            if not ready:
                raise AssertionError(f"no output for 60 s: {seen!r}")
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the command ended and closed the terminal
                break
            if not chunk:
                break
            seen += chunk
            # A prompt is the last thing written, and ends in ": " (getpass has turned the echo
            # off by then: typing earlier would be echoed).
            if typed < len(answers) and seen.endswith(b": ") and len(seen) > answered_at:
                answer = answers[typed]
                os.write(main, (answer.encode() if isinstance(answer, str) else answer) + b"\n")
                typed += 1
                answered_at = len(seen)
        status = process.wait(timeout=60)
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
            process.wait()
    return status, seen.decode("utf-8", "replace")


def test_the_passphrase_is_asked_for_on_a_terminal(encrypted):
    path, _ = encrypted
    status, shown = on_terminal(["--db", str(path), "orgs", "--format", "csv"], [PASSPHRASE])
    assert status == 0, shown
    assert f"Passphrase of {path}:" in shown and ORG in shown
    assert PASSPHRASE not in shown  # never echoed


def test_a_wrong_passphrase_on_a_terminal_is_one_line(encrypted):
    path, _ = encrypted
    before = digest(path)
    status, shown = on_terminal(["--db", str(path), "orgs"], ["guess"])
    assert status == 1 and "passphrase does not open" in shown and "guess" not in shown
    assert digest(path) == before


def test_encrypt_asks_twice_on_a_terminal_then_rekey_and_decrypt(
    capsys, store, store_path, pass_file, tmp_path
):
    store.create_organization(ORG)
    store.close()
    status, shown = on_terminal(["--db", str(store_path), "encrypt"], [PASSPHRASE, PASSPHRASE])
    assert status == 0, shown
    assert "lost passphrase" in shown and f"encrypted {store_path}" in shown
    assert Store.is_encrypted(store_path)
    assert ORG.encode() not in store_path.read_bytes()
    with Store.open_for_reading(store_path, passphrase=PASSPHRASE) as reopened:
        assert [o.name for o in reopened.organization_summaries()] == [ORG]

    new_file = tmp_path / "new.txt"
    new_file.write_text("a second passphrase\n", encoding="utf-8")
    argv = ["--db", str(store_path), "--passphrase-file", str(pass_file)]
    status, out, err = run_cli(capsys, *argv, "rekey", "--new-passphrase-file", str(new_file))
    assert (status, err) == (0, "") and out.startswith("changed the passphrase of")
    status, out, err = run_cli(capsys, *argv, "orgs")
    assert status == 1 and "passphrase does not open" in err

    argv = ["--db", str(store_path), "--passphrase-file", str(new_file)]
    status, out, err = run_cli(capsys, *argv, "decrypt")
    assert (status, err) == (0, "") and out.startswith("decrypted")
    assert not Store.is_encrypted(store_path)
    assert ORG.encode() in store_path.read_bytes()


def test_encrypt_with_two_different_passphrases_changes_nothing(store, store_path):
    store.close()
    before = digest(store_path)
    status, shown = on_terminal(["--db", str(store_path), "encrypt"], ["one horse", "two horses"])
    assert status == 1 and "differ" in shown
    assert digest(store_path) == before


def test_encrypt_without_a_terminal_or_file_is_one_line(store, store_path):
    store.close()
    before = digest(store_path)
    done = run_process("--db", str(store_path), "encrypt")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "--new-passphrase-file" in done.stderr
    assert digest(store_path) == before


def test_rekey_to_the_same_passphrase_is_refused(capsys, encrypted, pass_file):
    path, _ = encrypted
    before = digest(path)
    status, out, err = run_cli(
        capsys, "--db", str(path), "--passphrase-file", str(pass_file),
        "rekey", "--new-passphrase-file", str(pass_file),
    )  # fmt: skip
    assert status == 1 and out == "" and "same as the current one" in err
    assert err.count("\n") == 1
    assert digest(path) == before


@pytest.mark.parametrize("command", ["encrypt", "rekey", "decrypt"])
def test_a_missing_store_is_not_created(capsys, tmp_path, pass_file, command):
    path = tmp_path / "nope.db"
    argv = ["--db", str(path), "--passphrase-file", str(pass_file), command]
    if command != "decrypt":
        argv += ["--new-passphrase-file", str(pass_file)]
    status, out, err = run_cli(capsys, *argv)
    assert status == 1 and out == "" and f"no store at {path}" in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == [pass_file]


def test_plain_and_encrypted_are_refused_the_wrong_conversion(capsys, encrypted, store, pass_file):
    path, _ = encrypted
    status, _, err = run_cli(
        capsys, "--db", str(path), "encrypt", "--new-passphrase-file", str(pass_file)
    )
    assert status == 1 and "encrypted already" in err
    store.close()
    for command in ("rekey", "decrypt"):
        status, _, err = run_cli(
            capsys, "--db", str(store.path), "--passphrase-file", str(pass_file), command
        )
        assert status == 1 and "is not encrypted" in err


def test_a_store_open_elsewhere_is_not_converted(capsys, encrypted, pass_file):
    path, _ = encrypted
    with Store.open(path, passphrase=PASSPHRASE):
        before = digest(path)
        status, _, err = run_cli(capsys, "--db", str(path), "--passphrase-file", str(pass_file),
                                 "decrypt")  # fmt: skip
        assert status == 1 and err.count("\n") == 1 and "close it" in err
        assert digest(path) == before


def test_help_names_the_option_and_the_variable():
    text = cli.build_parser().format_help()
    assert "--passphrase-file" in text and ENV in " ".join(text.split())
    json.dumps(text)  # plain text


def test_a_byte_that_is_not_utf8_typed_at_the_prompt_is_one_line(encrypted):
    path, _ = encrypted
    before = digest(path)
    status, shown = on_terminal(["--db", str(path), "orgs"], [b"p\xe4ss"])
    assert status == 1, shown
    assert "the passphrase typed is not UTF-8 text" in shown
    assert "internal error" not in shown and "Traceback" not in shown
    assert digest(path) == before


def test_the_store_passphrase_given_after_the_command_is_told_where_it_goes(
    encrypted, pass_file, tmp_path
):
    """After `export`, --passphrase-file is the snapshot's: the store's goes before it."""
    path, _ = encrypted
    out = tmp_path / "x.csv"
    argv = ["--db", str(path), "export", "--out", str(out), "--passphrase-file", str(pass_file)]
    done = run_process(*argv)
    assert done.returncode == 1 and done.stdout == ""
    assert "--passphrase-file F before the command" in done.stderr
    assert done.stderr.count("\n") == 1
    assert not out.exists()


def test_a_new_passphrase_shorter_than_eight_characters_is_refused(
    capsys, store, store_path, encrypted, pass_file, tmp_path
):
    short = tmp_path / "short.txt"
    short.write_text("7 chars\n", encoding="utf-8")
    store.close()
    plain_before = digest(store_path)
    status, out, err = run_cli(
        capsys, "--db", str(store_path), "encrypt", "--new-passphrase-file", str(short)
    )
    assert status == 1 and out == "" and err.count("\n") == 1
    assert "use at least 8 characters" in err
    assert digest(store_path) == plain_before and not Store.is_encrypted(store_path)

    path, _ = encrypted
    before = digest(path)
    argv = ["--db", str(path), "--passphrase-file", str(pass_file)]
    status, out, err = run_cli(capsys, *argv, "rekey", "--new-passphrase-file", str(short))
    assert status == 1 and "use at least 8 characters" in err and err.count("\n") == 1
    assert digest(path) == before

    status, shown = on_terminal(["--db", str(store_path), "encrypt"], ["7 chars"])
    assert status == 1 and "use at least 8 characters" in shown
    assert "Type it again" not in shown  # said before it is typed twice for nothing
    assert digest(store_path) == plain_before


def test_an_existing_short_passphrase_still_opens_and_decrypts(capsys, tmp_path):
    """Made before the rule, or by another tool: its owner must never be locked out."""
    path = tmp_path / "old.db"
    with Store.open(path, passphrase="abc") as old:
        old.create_organization(ORG)
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    argv = ["--db", str(path), "--passphrase-file", str(short)]
    status, out, err = run_cli(capsys, *argv, "orgs", "--format", "csv")
    assert (status, err) == (0, "") and ORG in out
    status, out, err = run_cli(capsys, *argv, "decrypt")
    assert (status, err) == (0, "") and not Store.is_encrypted(path)


def test_the_backups_converted_alongside_are_counted(capsys, store, store_path, pass_file):
    store.create_organization(ORG)
    store.close()
    for stamp in ("20200101T000000Z", "20210101T000000Z"):
        (store_path.parent / f"{store_path.name}.schema3-{stamp}.bak").write_bytes(
            store_path.read_bytes()
        )
    status, out, err = run_cli(
        capsys, "--db", str(store_path), "encrypt", "--new-passphrase-file", str(pass_file)
    )
    assert (status, err) == (0, "")
    assert out == f"encrypted {store_path} (and 2 backups)\n"


def test_backups_left_as_they_were_are_named_on_stderr(
    capsys, store, store_path, pass_file, monkeypatch
):
    """The store's conversion may name backups it did not convert (`left`, `skipped`)."""
    from types import SimpleNamespace

    from csmaturity_app.cli import store_crypto

    store.close()
    left = store_path.parent / "a.db.schema2-x.bak"
    damaged = store_path.parent / "a.db.schema1-y.bak"
    result = SimpleNamespace(backups=1, left=(left,), skipped=((damaged, "it is damaged"),))
    monkeypatch.setattr(store_crypto, "encrypt_store", lambda path, new: result)
    status, out, err = run_cli(
        capsys, "--db", str(store_path), "encrypt", "--new-passphrase-file", str(pass_file)
    )
    assert status == 0 and out == f"encrypted {store_path} (and 1 backup)\n"
    assert err.splitlines() == [
        f"csmaturity: warning: the backup {left} was not encrypted, and is as it was",
        f"csmaturity: warning: the backup {damaged} was not encrypted, and is as it was: "
        "it is damaged",
    ]
