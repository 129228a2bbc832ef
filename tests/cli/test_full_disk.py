"""On a full disk the commands that only read still work (a consultant can take an export to
another drive), and the ones that must write say that the disk is full.

The disk is real: a small tmpfs, mounted in a private mount namespace (`unshare --mount`) so
that nothing is left mounted, and filled up with a file: as root (CI), or else in a user
namespace of its own (`--map-root-user`).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

from csmaturity_app.exchange import export_snapshot
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

COMMANDS = {
    "orgs": ["orgs", "--format", "json"],
    "show": ["show", "{assessment}", "--format", "json"],
    "export": ["export", "--out", "{outside}/export.csv"],
    "report": ["report", "--assessment", "{assessment}", "--out", "{outside}/report.pdf"],
    "export_here": ["export", "--out", "{volume}/export.csv"],
    "import": ["import", "{outside}/snapshot.csv"],
    "orgs_after": ["orgs", "--format", "json"],  # what the refused import left
}


def on_a_full_disk(tmp_path: Path, store: Path, commands: dict[str, list[str]]) -> dict:
    """Run each command (`csmaturity --db STORE ...`) in turn with `store` copied onto a full
    tmpfs; return what each said (exit status, stdout, stderr, and the SHA-256 of the store
    file after it) and the files left on the volume."""
    volume = tmp_path / "volume"
    volume.mkdir()
    results = tmp_path / "results.json"
    runner = (
        "import hashlib, json, subprocess, sys, os\n"
        "volume, store, results, commands = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]\n"
        "subprocess.run(['mount', '-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', volume], check=True)\n"
        "db = os.path.join(volume, 'store.db')\n"
        "with open(store, 'rb') as src, open(db, 'wb') as dst: dst.write(src.read())\n"
        "with open(os.path.join(volume, 'filler'), 'wb', buffering=0) as f:\n"
        "    try:\n"
        "        while True: f.write(bytes(4096))\n"
        "    except OSError: pass\n"
        "free = os.statvfs(volume).f_bavail\n"
        "out = {'free_blocks': free}\n"
        "for name, argv in json.loads(commands).items():\n"
        "    done = subprocess.run([sys.executable, '-m', 'csmaturity_app', '--db', db, *argv],\n"
        "                          capture_output=True, text=True, timeout=120)\n"
        "    with open(db, 'rb') as f: digest = hashlib.sha256(f.read()).hexdigest()\n"
        "    out[name] = [done.returncode, done.stdout, done.stderr, digest]\n"
        "out['files'] = sorted(os.listdir(volume))\n"
        "with open(results, 'w') as f: json.dump(out, f)\n"
    )
    # Not root: a user namespace of its own lets it mount (where the kernel allows those).
    as_user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    argv = [
        "unshare",
        *as_user,
        "--mount",
        "--propagation",
        "private",
        sys.executable,
        "-c",
        runner,
        str(volume),
        str(store),
        str(results),
        json.dumps(commands),
    ]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{shlex.join(argv[:-5])}: {done.stderr}"
    return json.loads(results.read_text())


def test_reads_work_and_writes_say_the_disk_is_full(tmp_path: Path, tsia: MaturityModel):
    store = tmp_path / "store.db"
    outside = tmp_path / "outside"
    outside.mkdir()
    with Store.open(store) as s:
        org = s.create_organization("Acme")
        assessment = s.create_assessment(org.id, tsia, "Ann")
        for criterion in tsia.criteria:
            s.record_answer(assessment.id, criterion.id, 2)
        other = s.create_organization("Zeta")
        export_snapshot(s, outside / "snapshot.csv")
        s.delete_organization(other.id)
        s.empty_trash()  # the snapshot holds an organization the store has not: an import writes
    values = {"assessment": assessment.id, "outside": outside, "volume": tmp_path / "volume"}
    commands = {name: [part.format(**values) for part in argv] for name, argv in COMMANDS.items()}
    result = on_a_full_disk(tmp_path, store, commands)
    assert result["free_blocks"] == 0
    for name in ("orgs", "show", "export", "report"):
        status, _, err, _ = result[name]
        assert (status, err) == (0, ""), name
    assert [o["name"] for o in json.loads(result["orgs"][1])] == ["Acme"]
    assert json.loads(result["show"][1])["assessment"]["id"] == assessment.id
    assert (outside / "export.csv").read_text(encoding="utf-8-sig").count(assessment.id) == len(
        tsia.criteria
    )
    assert (outside / "report.pdf").read_bytes().startswith(b"%PDF")
    for name in ("export_here", "import"):
        status, _, err, _ = result[name]
        assert status == 1 and err.count("\n") == 1, name
        assert "the disk is full" in err, (name, err)
    # The refused import changed nothing stored: the file's bytes, and what it lists.
    assert result["import"][3] == result["export_here"][3]
    assert result["orgs_after"][:3] == [0, result["orgs"][1], ""]
    assert [o["name"] for o in json.loads(result["orgs_after"][1])] == ["Acme"]
