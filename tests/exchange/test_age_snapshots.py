"""Encrypted snapshots are age files: the real `age` tool reads ours and we read its (both
formats, keys and passphrases), and a file that cannot be opened imports nothing."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest
from age_tool import age, age_on_a_terminal, new_key
from snapshot_helpers import content, populate

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import (
    age_files,
    export_snapshot,
    export_summary,
    import_snapshot,
    snapshot_import,
)
from csmaturity_app.exchange.age_files import (
    AGE_MAGIC,
    ARMOR_MAGIC,
    Decryption,
    DecryptionFailedError,
    EncryptedFileError,
    Encryption,
    IdentityNeededError,
    PassphraseNeededError,
    check_recipient,
    decrypt_snapshot,
    is_age_file,
    needs_passphrase,
    read_identities,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store

PASSPHRASE = "correct horse, battery staple \u00e9"


@pytest.fixture
def filled(store: Store, tsia: MaturityModel, ftworks: MaturityModel) -> Store:
    populate(store, [tsia, ftworks])
    return store


@pytest.fixture
def plain(filled: Store, tmp_path: Path) -> bytes:
    """The plain snapshot of the filled store: what every encrypted one must hold."""
    path = tmp_path / "plain.csv"
    export_snapshot(filled, path)
    return path.read_bytes()


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    """An identity file from `age-keygen -o`, and its public key."""
    path = tmp_path / "key.txt"
    return path, new_key(path)


def imported(
    tmp_path: Path, file: Path, catalog: ModelCatalog, decryption: Decryption | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """What a new store holds once `file` is imported into it."""
    target = tmp_path / f"from-{file.name}.db"
    with Store.open(target) as other:
        import_snapshot(other, file, catalog, decryption=decryption)
    return content(target)


# -- ours, read by age


def test_a_snapshot_to_a_recipient_is_decrypted_by_age(
    filled: Store, plain: bytes, tmp_path: Path, key: tuple[Path, str]
) -> None:
    identity, public = key
    out = tmp_path / "acme.csv.age"
    result = export_snapshot(filled, out, encryption=Encryption(recipients=(public,)))
    assert result.rows > 0
    sealed = out.read_bytes()
    assert sealed.startswith(AGE_MAGIC + b"-> X25519 ")
    assert b"org 1" not in sealed and b"plain" not in sealed
    assert age("-d", "-i", str(identity), str(out)) == plain


def test_a_snapshot_to_two_recipients_opens_with_either_key(
    filled: Store, plain: bytes, tmp_path: Path
) -> None:
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    keys = (new_key(first), new_key(second))
    out = tmp_path / "both.csv.age"
    export_snapshot(filled, out, encryption=Encryption(recipients=keys))
    assert age("-d", "-i", str(first), str(out)) == plain
    assert age("-d", "-i", str(second), str(out)) == plain


def test_a_snapshot_with_a_passphrase_is_decrypted_by_age(
    filled: Store, plain: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "acme.csv.age"
    export_snapshot(filled, out, encryption=Encryption(passphrase=PASSPHRASE.encode()))
    assert needs_passphrase(out)
    opened = tmp_path / "opened.csv"
    status, said = age_on_a_terminal(["-d", "-o", str(opened), str(out)], PASSPHRASE)
    assert status == 0, said
    assert opened.read_bytes() == plain

    status, said = age_on_a_terminal(["-d", "-o", str(tmp_path / "no.csv"), str(out)], "wrong")
    assert status != 0 and "incorrect passphrase" in said


def test_an_encrypted_summary_is_decrypted_by_age(
    filled: Store, tmp_path: Path, key: tuple[Path, str]
) -> None:
    identity, public = key
    export_summary(filled, tmp_path / "summary.csv")
    out = tmp_path / "summary.csv.age"
    export_summary(filled, out, encryption=Encryption(recipients=(public,)))
    assert age("-d", "-i", str(identity), str(out)) == (tmp_path / "summary.csv").read_bytes()


def test_an_encrypted_export_leaves_no_plaintext_and_keeps_a_private_files_mode(
    filled: Store, tmp_path: Path, key: tuple[Path, str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "acme.csv.age"
    out.write_bytes(b"an older copy")
    out.chmod(0o600)
    export_snapshot(filled, out, encryption=Encryption(recipients=(key[1],)))
    assert [p.name for p in folder.iterdir()] == ["acme.csv.age"]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert is_age_file(out)


# -- age's, read by us


def test_files_age_encrypts_to_a_key_are_imported_binary_and_armored(
    filled: Store,
    plain: bytes,
    tmp_path: Path,
    key: tuple[Path, str],
    builtin_catalog: ModelCatalog,
) -> None:
    identity, public = key
    expected = imported(tmp_path, tmp_path / "plain.csv", builtin_catalog)
    assert expected["answer"]
    binary = tmp_path / "binary.age"
    binary.write_bytes(age("-r", public, data=plain))
    armored = tmp_path / "armored.txt"  # recognised by its header, whatever its name
    armored.write_bytes(age("-a", "-r", public, data=plain))
    assert armored.read_bytes().startswith(ARMOR_MAGIC)
    for file in (binary, armored):
        assert is_age_file(file) and not needs_passphrase(file)
        opened = Decryption(identities=(identity,))
        assert imported(tmp_path, file, builtin_catalog, decryption=opened) == expected


def test_a_file_age_encrypts_with_a_passphrase_is_imported(
    plain: bytes, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    source = tmp_path / "plain.csv"
    expected = imported(tmp_path, source, builtin_catalog)
    sealed = tmp_path / "pass.age"
    status, said = age_on_a_terminal(["-p", "-a", "-o", str(sealed), str(source)], PASSPHRASE)
    assert status == 0, said
    assert sealed.read_bytes().startswith(ARMOR_MAGIC)
    assert needs_passphrase(sealed)
    opened = Decryption(passphrase=PASSPHRASE.encode())
    assert imported(tmp_path, sealed, builtin_catalog, decryption=opened) == expected


# -- refused, and nothing imported


@pytest.fixture
def sealed_to_key(plain: bytes, tmp_path: Path, key: tuple[Path, str]) -> Path:
    path = tmp_path / "sealed.csv.age"
    path.write_bytes(age("-r", key[1], data=plain))
    return path


def refused(
    tmp_path: Path,
    file: Path,
    catalog: ModelCatalog,
    error: type[Exception],
    decryption: Decryption | None,
) -> str:
    """The message of the error importing `file` raises; the store it went into unchanged."""
    target = tmp_path / "target.db"
    with Store.open(target) as other:
        other.create_organization("Already here")
    before = content(target)
    with Store.open(target) as other, pytest.raises(error) as raised:
        import_snapshot(other, file, catalog, decryption=decryption)
    assert content(target) == before
    message = str(raised.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_without_a_key_or_passphrase_the_file_says_which_it_needs(
    filled: Store, sealed_to_key: Path, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    message = refused(tmp_path, sealed_to_key, builtin_catalog, IdentityNeededError, None)
    assert "encrypted to a key" in message
    with_passphrase = tmp_path / "p.csv.age"
    export_snapshot(filled, with_passphrase, encryption=Encryption(passphrase=b"secret"))
    message = refused(
        tmp_path,
        with_passphrase,
        builtin_catalog,
        PassphraseNeededError,
        Decryption(identities=(tmp_path / "key.txt",)),
    )
    assert "encrypted with a passphrase" in message


def test_a_wrong_key_or_passphrase_imports_nothing(
    filled: Store, sealed_to_key: Path, tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    other_key = tmp_path / "other.txt"
    new_key(other_key)
    message = refused(
        tmp_path,
        sealed_to_key,
        builtin_catalog,
        DecryptionFailedError,
        Decryption(identities=(other_key,)),
    )
    assert message.startswith("cannot decrypt sealed.csv.age: no identity given fits")
    with_passphrase = tmp_path / "p.csv.age"
    export_snapshot(filled, with_passphrase, encryption=Encryption(passphrase=b"secret"))
    message = refused(
        tmp_path,
        with_passphrase,
        builtin_catalog,
        DecryptionFailedError,
        Decryption(passphrase=b"Secret"),
    )
    assert "the passphrase is wrong" in message


@pytest.mark.parametrize("damage", ["truncated", "tampered", "header"])
def test_a_damaged_file_imports_nothing(
    sealed_to_key: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    builtin_catalog: ModelCatalog,
    damage: str,
) -> None:
    data = bytearray(sealed_to_key.read_bytes())
    if damage == "truncated":
        del data[-100:]
    elif damage == "tampered":
        data[len(data) // 2] ^= 0x01
    else:
        data[len(AGE_MAGIC) + 20] ^= 0x01  # within the X25519 stanza
    sealed_to_key.write_bytes(bytes(data))
    message = refused(
        tmp_path,
        sealed_to_key,
        builtin_catalog,
        DecryptionFailedError,
        Decryption(identities=(key[0],)),
    )
    assert message.startswith("cannot decrypt sealed.csv.age:")


def test_a_file_named_age_that_is_not_one_is_refused(
    tmp_path: Path, plain: bytes, builtin_catalog: ModelCatalog
) -> None:
    fake = tmp_path / "fake.csv.age"
    fake.write_bytes(plain)  # a plain snapshot, misnamed
    message = refused(tmp_path, fake, builtin_catalog, EncryptedFileError, None)
    assert "fake.csv.age is named as an age file but is not one" in message
    assert not is_age_file(fake)


def test_a_file_larger_than_a_snapshot_can_be_is_refused_before_it_is_read(
    sealed_to_key: Path,
    tmp_path: Path,
    key: tuple[Path, str],
    builtin_catalog: ModelCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """age does not compress: the file's size bounds what it decrypts to in memory."""
    assert age_files.MAX_ENCRYPTED_BYTES <= 2**30  # ciphertext and plaintext are both held
    monkeypatch.setattr(age_files, "MAX_ENCRYPTED_BYTES", sealed_to_key.stat().st_size - 1)
    message = refused(
        tmp_path,
        sealed_to_key,
        builtin_catalog,
        EncryptedFileError,
        Decryption(identities=(key[0],)),
    )
    assert "larger than a snapshot can be" in message


# -- keys and identity files


def test_identity_files_as_age_keygen_writes_them(tmp_path: Path, key: tuple[Path, str]) -> None:
    identity = key[0]
    assert len(read_identities(identity)) == 1
    two = tmp_path / "two.txt"
    new_key(two)
    both = tmp_path / "both.txt"
    both.write_text(identity.read_text() + "\n\n" + two.read_text())
    assert len(read_identities(both)) == 2


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("# only a comment\n\n", "holds no identity"),
        ("", "holds no identity"),
        ("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq\n", "holds a public key"),
        ("ssh-ed25519 AAAA...\n", "line 1 of the identity file"),
        ("AGE-SECRET-KEY-1NOTAKEY\n", "is a damaged age secret key"),
    ],
)
def test_an_identity_file_that_cannot_serve_gets_one_line(
    tmp_path: Path, text: str, said: str
) -> None:
    path = tmp_path / "id.txt"
    path.write_text(text)
    with pytest.raises(EncryptedFileError, match=said):
        read_identities(path)


def test_a_recipient_is_an_age_public_key(key: tuple[Path, str]) -> None:
    identity, public = key
    assert check_recipient(f" {public}\n") == public
    secret = next(line for line in identity.read_text().splitlines() if line.startswith("AGE-"))
    for wrong, said in [
        (secret, "that is a secret key"),
        ("ssh-ed25519 AAAAC3Nz", "is not an age public key"),
        (public[:-3], "is not a valid age public key"),
    ]:
        with pytest.raises(EncryptedFileError, match=said) as raised:
            check_recipient(wrong)
        assert secret not in str(raised.value)  # a secret key is never echoed


def test_an_encryption_is_to_keys_or_with_a_passphrase(key: tuple[Path, str]) -> None:
    with pytest.raises(EncryptedFileError, match="not both"):
        Encryption(recipients=(key[1],), passphrase=b"x")
    with pytest.raises(EncryptedFileError, match="needs a passphrase or a recipient"):
        Encryption()
    assert "secret" not in repr(Encryption(passphrase=b"secret"))
    assert "secret" not in repr(Decryption(passphrase=b"secret"))


# -- headers age would refuse, refused before scrypt runs


@pytest.fixture
def with_passphrase(filled: Store, tmp_path: Path) -> Path:
    path = tmp_path / "p.csv.age"
    export_snapshot(filled, path, encryption=Encryption(passphrase=PASSPHRASE.encode()))
    return path


class ScryptRan(Exception):
    """pyrage was asked to derive the key: the header got past the checks."""


@pytest.fixture
def no_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A crafted work factor must never reach scrypt: a test that got there would spend
    gigabytes, so pyrage's passphrase decryption raises instead."""

    def refuse(data: bytes, passphrase: str) -> bytes:
        raise ScryptRan

    monkeypatch.setattr(age_files.age_passphrase, "decrypt", refuse)


def with_stanza_line(sealed: bytes, line: bytes) -> bytes:
    """`sealed` with its first stanza's line replaced by `line`."""
    magic, first, rest = sealed.split(b"\n", 2)
    assert first.startswith(b"-> scrypt ")
    return b"\n".join([magic, line, rest])


def armored(sealed: bytes) -> bytes:
    """`sealed` in age's armor, as `age -a` writes it."""
    text = base64.b64encode(sealed)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return b"\n".join([ARMOR_MAGIC, *lines, b"-----END AGE ENCRYPTED FILE-----", b""])


@pytest.mark.parametrize("factor", [23, 24, 40])
@pytest.mark.parametrize("armor", [False, True])
def test_a_work_factor_beyond_ages_is_refused_before_scrypt_runs(
    with_passphrase: Path,
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    no_scrypt: None,
    factor: int,
    armor: bool,
) -> None:
    sealed = with_passphrase.read_bytes()
    salt = sealed.split(b"\n")[1].split(b" ")[2]
    crafted = with_stanza_line(sealed, b"-> scrypt " + salt + b" %d" % factor)
    bomb = tmp_path / "bomb.csv.age"
    bomb.write_bytes(armored(crafted) if armor else crafted)
    with pytest.raises(EncryptedFileError, match="asks for more memory to decrypt than age"):
        needs_passphrase(bomb)  # before anyone is asked for a passphrase
    message = refused(
        tmp_path,
        bomb,
        builtin_catalog,
        EncryptedFileError,
        Decryption(passphrase=PASSPHRASE.encode()),
    )
    assert message == (
        f"bomb.csv.age asks for more memory to decrypt than age allows (scrypt work factor "
        f"{factor}, at most 22): it was not made by age or CS Maturity; nothing was imported"
    )


def test_the_largest_work_factor_age_allows_goes_on_to_scrypt(
    with_passphrase: Path, tmp_path: Path, no_scrypt: None
) -> None:
    sealed = with_passphrase.read_bytes()
    salt = sealed.split(b"\n")[1].split(b" ")[2]
    largest = tmp_path / "largest.csv.age"
    largest.write_bytes(with_stanza_line(sealed, b"-> scrypt " + salt + b" 22"))
    assert needs_passphrase(largest)
    with pytest.raises(ScryptRan):
        age_files.decrypted(largest, Decryption(passphrase=PASSPHRASE.encode()))


@pytest.mark.parametrize("factor", [b"020", b"0", b"twenty", b"", b"20 20", b"99999999999999"])
def test_a_work_factor_age_would_not_write_is_damage(
    with_passphrase: Path, tmp_path: Path, no_scrypt: None, factor: bytes
) -> None:
    sealed = with_passphrase.read_bytes()
    salt = sealed.split(b"\n")[1].split(b" ")[2]
    odd = tmp_path / "odd.csv.age"
    odd.write_bytes(with_stanza_line(sealed, b"-> scrypt " + salt + b" " + factor))
    with pytest.raises(DecryptionFailedError, match="the file is damaged"):
        age_files.decrypted(odd, Decryption(passphrase=PASSPHRASE.encode()))


def test_a_passphrase_beside_another_key_is_refused(
    with_passphrase: Path,
    sealed_to_key: Path,
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    no_scrypt: None,
) -> None:
    """age's spec wants a passphrase's stanza alone: a recipient beside it could learn the
    file key, and age refuses such a file."""
    sealed = with_passphrase.read_bytes()
    magic, scrypt, body, rest = sealed.split(b"\n", 3)
    x25519_stanza = sealed_to_key.read_bytes().split(b"\n")[1:3]
    for stanzas in ([scrypt, body, *x25519_stanza], [*x25519_stanza, scrypt, body]):
        mixed = tmp_path / "mixed.csv.age"
        mixed.write_bytes(b"\n".join([magic, *stanzas, rest]))
        message = refused(
            tmp_path,
            mixed,
            builtin_catalog,
            EncryptedFileError,
            Decryption(passphrase=PASSPHRASE.encode()),
        )
        assert message.startswith("mixed.csv.age mixes a passphrase with other keys")


# -- decrypted once, imported from memory


def test_a_snapshot_decrypted_once_is_planned_and_imported_from_memory(
    with_passphrase: Path,
    plain: bytes,
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected = imported(tmp_path, tmp_path / "plain.csv", builtin_catalog)
    opened = decrypt_snapshot(with_passphrase, Decryption(passphrase=PASSPHRASE.encode()))
    assert opened.name == "p.csv.age"
    assert opened.content == plain
    assert "org 1" not in repr(opened)  # the content is never shown
    with_passphrase.unlink()  # the plan and the import read the memory, not the file

    def no_more(*args: object) -> object:
        raise AssertionError("decrypted again")

    monkeypatch.setattr(snapshot_import, "decrypted", no_more)
    target = tmp_path / "target.db"
    with Store.open(target) as other:
        plan = import_snapshot(other, opened, builtin_catalog, dry_run=True)
    assert plan.changes_anything
    assert content(target)["answer"] == []
    with Store.open(target) as other:
        import_snapshot(other, opened, builtin_catalog)
    assert content(target) == expected


def test_a_decrypted_snapshot_that_is_not_one_is_named_in_the_error(
    tmp_path: Path, key: tuple[Path, str], builtin_catalog: ModelCatalog
) -> None:
    sealed = tmp_path / "notes.txt.age"
    sealed.write_bytes(age("-r", key[1], data=b"not,a\nsnapshot,at all\n"))
    opened = decrypt_snapshot(sealed, Decryption(identities=(key[0],)))
    with Store.open(tmp_path / "target.db") as other, pytest.raises(UserFacingError) as raised:
        import_snapshot(other, opened, builtin_catalog)
    assert str(raised.value).startswith("notes.txt.age: ")


def test_decrypting_needs_what_the_file_was_encrypted_with(
    with_passphrase: Path, sealed_to_key: Path
) -> None:
    with pytest.raises(PassphraseNeededError):
        decrypt_snapshot(with_passphrase, None)
    with pytest.raises(IdentityNeededError):
        decrypt_snapshot(sealed_to_key, Decryption(passphrase=b"x"))
    with pytest.raises(DecryptionFailedError, match="the passphrase is wrong"):
        decrypt_snapshot(with_passphrase, Decryption(passphrase=b"not the one"))
