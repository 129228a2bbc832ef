"""`csmaturity export --encrypt-to / --passphrase-file` and `import --identity /
--passphrase-file`: age files both ways with the real `age` tool, passphrases asked on a
terminal, and one line (exit 1, the store unchanged) for everything that cannot serve."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from age_tool import age, age_on_a_terminal, new_key, on_a_terminal

from csmaturity_app import cli
from csmaturity_app.exchange.age_files import AGE_MAGIC, ARMOR_MAGIC
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

PASSPHRASE = "two words \u00e9t\u00e9"


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_line_error(status: int, out: str, err: str, *said: str) -> None:
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("csmaturity: error: "), err
    for words in said:
        assert words in err


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows a user would miss, read without writing."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
            for table in ("organization", "assessment", "answer")
        }
    finally:
        db.close()


@pytest.fixture
def filled(store_path: Path, tsia: MaturityModel) -> Path:
    with Store.open(store_path) as store:
        for name in ("Acme Secret Clients", "Globex, Inc."):
            org = store.create_organization(name)
            assessment = store.create_assessment(org.id, tsia, "Ann", date(2025, 2, 3))
            for criterion in tsia.criteria[:5]:
                store.record_answer(assessment.id, criterion.id, 2, notes="=candid weakness")
    return store_path


@pytest.fixture
def plain(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "plain.csv"
    assert run_cli(capsys, "--db", str(filled), "export", "--out", str(out))[0] == 0
    return out


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "key.txt"
    return path, new_key(path)


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """A store with something in it already, to import into."""
    path = tmp_path / "target.db"
    with Store.open(path) as store:
        store.create_organization("Already here")
    return path


def test_export_to_a_key_is_read_by_age_and_imported_with_the_identity(
    filled: Path,
    plain: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    identity, public = key
    out = tmp_path / "acme.csv.age"
    status, text, err = run_cli(
        capsys, "--db", str(filled), "export", "--out", str(out), "--encrypt-to", public
    )
    assert (status, err) == (0, "")
    assert text == f"wrote {out} (encrypted, age format): 2 assessments, 70 rows\n"
    assert out.read_bytes().startswith(AGE_MAGIC)
    assert b"Acme Secret" not in out.read_bytes()
    assert age("-d", "-i", str(identity), str(out)) == plain.read_bytes()

    other = tmp_path / "other.db"
    status, text, err = run_cli(
        capsys, "--db", str(other), "import", str(out), "--identity", str(identity)
    )
    assert (status, err) == (0, "")
    assert text.startswith(f"imported {out}: 70 rows")
    assert content(other) == content(filled)


def test_export_with_a_passphrase_file_is_read_by_age_and_imported(
    filled: Path,
    plain: Path,
    tmp_path: Path,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "acme.csv.age"
    status, _, err = run_cli(
        capsys,
        "--db",
        str(filled),
        "export",
        "--out",
        str(out),
        "--passphrase-file",
        str(passphrase_file),
    )
    assert (status, err) == (0, "")
    opened = tmp_path / "opened.csv"
    code, said = age_on_a_terminal(["-d", "-o", str(opened), str(out)], PASSPHRASE)
    assert code == 0, said
    assert opened.read_bytes() == plain.read_bytes()

    other = tmp_path / "other.db"
    status, _, err = run_cli(
        capsys, "--db", str(other), "import", str(out), "--passphrase-file", str(passphrase_file)
    )
    assert (status, err) == (0, "")
    assert content(other) == content(filled)


def test_files_age_writes_are_imported(
    filled: Path,
    plain: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    identity, public = key
    armored = tmp_path / "armored.age"
    armored.write_bytes(age("-a", "-r", public, data=plain.read_bytes()))
    assert armored.read_bytes().startswith(ARMOR_MAGIC)
    with_passphrase = tmp_path / "with-passphrase.age"
    code, said = age_on_a_terminal(["-p", "-o", str(with_passphrase), str(plain)], PASSPHRASE)
    assert code == 0, said
    runs = [
        (armored, "--identity", identity),
        (with_passphrase, "--passphrase-file", passphrase_file),
    ]
    for file, option, value in runs:
        other = tmp_path / f"{file.stem}.db"
        status, _, err = run_cli(
            capsys, "--db", str(other), "import", str(file), option, str(value)
        )
        assert (status, err) == (0, ""), file
        assert content(other) == content(filled)


# -- on a terminal


def csmaturity(*argv: str) -> list[str]:
    return [sys.executable, "-m", "csmaturity_app", *argv]


def test_an_age_out_without_a_key_asks_twice_on_a_terminal_and_import_asks_once(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "asked.csv.age"
    code, said = on_a_terminal(
        csmaturity("--db", str(filled), "export", "--out", str(out)), "pw one two"
    )
    assert code == 0, said
    assert "New passphrase for asked.csv.age:" in said and "Type it again:" in said
    assert "pw one two" not in said  # never echoed
    assert out.read_bytes().startswith(AGE_MAGIC + b"-> scrypt ")

    other = tmp_path / "other.db"
    code, said = on_a_terminal(csmaturity("--db", str(other), "import", str(out)), "pw one two")
    assert code == 0, said
    assert "Passphrase for asked.csv.age:" in said and "imported" in said
    assert content(other) == content(filled)

    wrong = tmp_path / "wrong.db"
    code, said = on_a_terminal(csmaturity("--db", str(wrong), "import", str(out)), "pw one three")
    assert code == 1
    assert "cannot decrypt asked.csv.age: the passphrase is wrong" in said
    assert not wrong.exists()  # a refused import leaves no store behind


# -- one line, exit 1, nothing changed


def test_an_age_out_without_a_key_and_no_terminal_gets_one_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "acme.csv.age"
    status, text, err = run_cli(capsys, "--db", str(filled), "export", "--out", str(out))
    one_line_error(status, text, err, "acme.csv.age names an encrypted snapshot", "--encrypt-to")
    assert list(tmp_path.glob("acme*")) == []


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--encrypt-to", "age1nope"], "is not a valid age public key"),
        (["--encrypt-to", "AGE-SECRET-KEY-1QQQ"], "that is a secret key"),
        (["--encrypt-to", "KEY", "--passphrase-file", "PASS"], "not both"),
        (["--passphrase-file", "missing.txt"], "cannot read the passphrase file"),
    ],
)
def test_an_export_that_cannot_be_encrypted_gets_one_line_and_writes_nothing(
    filled: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    said: str,
) -> None:
    extra = [
        {"KEY": key[1], "PASS": str(passphrase_file)}.get(a, a).replace(
            "missing.txt", str(tmp_path / "missing.txt")
        )
        for a in extra
    ]
    out = tmp_path / "acme.csv.age"
    status, text, err = run_cli(capsys, "--db", str(filled), "export", "--out", str(out), *extra)
    one_line_error(status, text, err, said)
    assert not out.exists()
    assert not list(tmp_path.glob(".acme*"))


def damaged(sealed: Path, how: str) -> Path:
    data = bytearray(sealed.read_bytes())
    if how == "truncated":
        del data[-40:]
    elif how == "tampered":
        data[-40] ^= 0x01
    path = sealed.with_name(f"{how}.age")
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("case", "said"),
    [
        ("no identity", "encrypted to a key: give --identity KEY_FILE"),
        ("wrong identity", "no identity given fits"),
        ("public key as identity", "holds a public key (age1...)"),
        ("both", "not both"),
        ("truncated", "the file is damaged (truncated or altered)"),
        ("tampered", "the file is damaged (truncated or altered)"),
        ("armored, tampered", "the file is damaged (truncated or altered)"),
        ("passphrase on a key's file", "encrypted to a key: give --identity"),
        ("wrong passphrase", "the passphrase is wrong"),
        ("passphrase needed", "encrypted with a passphrase: give --passphrase-file"),
        ("identity on a passphrase's file", "encrypted with a passphrase, not to a key"),
        ("not age", "is named as an age file but is not one"),
    ],
)
def test_an_import_that_cannot_be_decrypted_gets_one_line_and_changes_nothing(
    plain: Path,
    target: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    case: str,
    said: str,
) -> None:
    identity, public = key
    to_key = tmp_path / "to-key.age"
    to_key.write_bytes(age("-r", public, data=plain.read_bytes()))
    other_key = tmp_path / "other.txt"
    other_public = new_key(other_key)
    wrong_passphrase = tmp_path / "wrong.txt"
    wrong_passphrase.write_text("not it\n")
    public_only = tmp_path / "public.txt"
    public_only.write_text(f"# a recipient\n{public}\n")
    with_passphrase = tmp_path / "with-passphrase.age"
    if "passphrase" in case:
        code, shown = age_on_a_terminal(["-p", "-o", str(with_passphrase), str(plain)], PASSPHRASE)
        assert code == 0, shown
    armored = tmp_path / "armored.age"
    armored.write_bytes(age("-a", "-r", public, "-r", other_public, data=plain.read_bytes()))
    text = armored.read_text()
    middle = len(text) // 2
    armored.write_text(text[:middle] + ("A" if text[middle] != "A" else "B") + text[middle + 1 :])
    not_age = tmp_path / "not-age.csv.age"
    not_age.write_bytes(plain.read_bytes())
    runs: dict[str, tuple[Path, list[str]]] = {
        "no identity": (to_key, []),
        "wrong identity": (to_key, ["--identity", str(other_key)]),
        "public key as identity": (to_key, ["--identity", str(public_only)]),
        "both": (to_key, ["--identity", str(identity), "--passphrase-file", str(passphrase_file)]),
        "truncated": (damaged(to_key, "truncated"), ["--identity", str(identity)]),
        "tampered": (damaged(to_key, "tampered"), ["--identity", str(identity)]),
        "armored, tampered": (armored, ["--identity", str(identity)]),
        "passphrase on a key's file": (to_key, ["--passphrase-file", str(passphrase_file)]),
        "wrong passphrase": (with_passphrase, ["--passphrase-file", str(wrong_passphrase)]),
        "passphrase needed": (with_passphrase, []),
        "identity on a passphrase's file": (with_passphrase, ["--identity", str(identity)]),
        "not age": (not_age, ["--identity", str(identity)]),
    }
    file, options = runs[case]
    before = content(target)
    status, text, err = run_cli(capsys, "--db", str(target), "import", str(file), *options)
    one_line_error(status, text, err, said)
    assert content(target) == before


def test_a_new_snapshot_passphrase_shorter_than_eight_characters_is_refused(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("seven c\n", encoding="utf-8")
    out = tmp_path / "acme.csv.age"
    argv = ["--db", str(filled), "export", "--out", str(out)]
    status, text, err = run_cli(capsys, *argv, "--passphrase-file", str(short))
    one_line_error(status, text, err, "too short for a new one: use at least 8 characters")
    assert not out.exists()
    code, said = on_a_terminal(csmaturity(*argv), "seven c")
    assert code == 1 and "use at least 8 characters" in said
    assert "Type it again" not in said
    assert not out.exists()


def test_a_snapshot_with_a_short_passphrase_is_still_imported(
    filled: Path, plain: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone else's age file: its passphrase is theirs, whatever its length."""
    sealed = tmp_path / "theirs.age"
    code, said = age_on_a_terminal(["-p", "-o", str(sealed), str(plain)], "abc")
    assert code == 0, said
    short = tmp_path / "short.txt"
    short.write_bytes(b"\xef\xbb\xbfabc\r\n")  # as Notepad saves it
    other = tmp_path / "other.db"
    status, _, err = run_cli(
        capsys, "--db", str(other), "import", str(sealed), "--passphrase-file", str(short)
    )
    assert (status, err) == (0, "")
    assert content(other) == content(filled)


def test_an_encrypted_export_not_named_age_is_written_with_a_warning(
    filled: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    runs = [("--encrypt-to", key[1]), ("--passphrase-file", str(passphrase_file))]
    for number, (option, value) in enumerate(runs):
        out = tmp_path / f"conf{number}.csv"
        argv = ["--db", str(filled), "export", "--out", str(out), option, value]
        status, text, err = run_cli(capsys, *argv)
        assert status == 0 and text.startswith(f"wrote {out} (encrypted, age format)")
        assert err == (
            f"csmaturity: warning: {out} is encrypted (age format) but its name does not "
            "end in .age\n"
        )
        assert out.read_bytes().startswith(AGE_MAGIC)
    plain_out = tmp_path / "plain.csv"
    status, _, err = run_cli(capsys, "--db", str(filled), "export", "--out", str(plain_out))
    assert (status, err) == (0, "")
