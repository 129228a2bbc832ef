"""Every command that writes an --out file writes through a symbolic link to its target, and
leaves the link a link."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


@pytest.fixture
def assessment_id(store_path: Path, tsia: MaturityModel) -> str:
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        record = store.create_assessment(org.id, tsia, "Ann")
        store.record_answer(record.id, tsia.criteria[0].id, 2)
        return record.id


COMMANDS = [["export"], ["export", "--summary"], ["report", "--assessment", "{assessment}"]]


@pytest.mark.parametrize(
    ("command", "starts"),
    list(zip(COMMANDS, ["\ufefforganization_id", "\ufeff", "%PDF"], strict=True)),
)
def test_out_through_a_symbolic_link_writes_its_target(
    capsys, tmp_path: Path, store_path: Path, assessment_id: str, command, starts
):
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "latest.out"
    target.write_text("the previous version")
    link = tmp_path / "latest-link"
    link.symlink_to(Path("shared") / "latest.out")  # relative, as links often are
    argv = [part.format(assessment=assessment_id) for part in command]
    assert cli.main(["--db", str(store_path), *argv, "--out", str(link)]) == 0, capsys.readouterr()
    assert link.is_symlink() and link.readlink() == Path("shared") / "latest.out"
    assert target.read_bytes().startswith(starts.encode("utf-8"))
    assert sorted(p.name for p in shared.iterdir()) == ["latest.out"]  # no temporary left


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("through_link", [False, True])
def test_out_naming_the_store_itself_is_refused(
    capsys, tmp_path: Path, store_path: Path, assessment_id: str, command, through_link
):
    before = store_path.read_bytes()
    out = store_path
    if through_link:
        out = tmp_path / "shortcut.db"
        out.symlink_to(store_path)
    argv = [part.format(assessment=assessment_id) for part in command]
    assert cli.main(["--db", str(store_path), *argv, "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert "is the store" in captured.err
    assert store_path.read_bytes() == before
    with Store.open(store_path) as store:
        assert store.assessment(assessment_id).id == assessment_id


LOCKS = {
    "libreoffice": ".~lock.{name}#",
    "office": "~${name}",
    "office-long-name": "~${cut}",  # Office drops a long name's first two characters
}


@pytest.mark.parametrize("command", [*COMMANDS, ["questionnaire", "{assessment}"]])
@pytest.mark.parametrize("lock", list(LOCKS.values()), ids=list(LOCKS))
def test_out_open_in_another_program_is_refused_and_left_alone(
    capsys, tmp_path: Path, store_path: Path, assessment_id: str, command, lock
):
    shared = tmp_path / "shared"
    shared.mkdir()
    out = shared / "quarterly review.out"
    argv = [part.format(assessment=assessment_id) for part in command]
    if argv[0] == "questionnaire":  # one file per respondent, in a folder: the assessor's
        argv = [*argv[:2], "--respondent", "Ann", "--out"]
        out = shared / "Acme - Ann.xlsx"
    else:
        argv.append("--out")
    if argv[0] == "report":  # the format is the extension's
        out = shared / "quarterly review.pdf"
    out.write_bytes(b"edited in the other program")
    (shared / lock.format(name=out.name, cut=out.name[2:])).write_text("")
    assert cli.main(["--db", str(store_path), *argv, str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert f"{out} is open in another program" in captured.err
    assert "close it there and try again" in captured.err
    assert out.read_bytes() == b"edited in the other program"
    assert len(list(shared.iterdir())) == 2  # the file and the lock: nothing half-written


@pytest.mark.parametrize(
    "command",
    [
        ["export"],
        ["export", "--summary"],
        ["report", "--assessment", "{assessment}"],
        ["plan", "Acme"],
    ],
)
@pytest.mark.parametrize("through_link", [False, True], ids=["named", "through a link"])
def test_a_pipe_or_device_named_as_out_is_refused_and_left_as_it_is(
    capsys, tmp_path: Path, store_path: Path, assessment_id: str, command, through_link
):
    # `--out /dev/null` run as root would otherwise rename a regular file over the device
    # node; a FIFO stands in for it here, where a test may make one.
    suffix = ".csv" if command[0] == "plan" else ""  # plan's format is its extension
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    out = fifo
    if through_link:
        out = tmp_path / f"link{suffix}"
        out.symlink_to(fifo)
    argv = [part.format(assessment=assessment_id) for part in command]
    code = cli.main(["--db", str(store_path), *argv, "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(err) == 1 and "it is a device or a pipe, not a file" in err[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []
