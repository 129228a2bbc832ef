"""The real `age` and `age-keygen` tools, for the tests that prove our files are theirs.

age reads a passphrase from the terminal only (never from a pipe): `age_on_a_terminal` runs
it on a pseudo-terminal and types the passphrase at each prompt.
"""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
from pathlib import Path

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
# How long to wait for the tool to say something before the test fails (scrypt takes ~1 s).
PATIENCE = 60.0


def new_key(path: Path) -> str:
    """An identity file written by `age-keygen -o`; its public key."""
    assert AGE_KEYGEN is not None, "age-keygen is not installed (tools/bootstrap installs it)"
    done = subprocess.run([AGE_KEYGEN, "-o", str(path)], capture_output=True, text=True, check=True)
    return done.stderr.split("Public key:")[1].split()[0]


def age(*args: str, data: bytes = b"") -> bytes:
    """`age ARGS` with `data` on its standard input; its standard output."""
    assert AGE is not None, "age is not installed (tools/bootstrap installs it)"
    done = subprocess.run([AGE, *args], input=data, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


def age_on_a_terminal(args: list[str], passphrase: str) -> tuple[int, str]:
    """`age ARGS` on a pseudo-terminal, typing `passphrase` at each passphrase prompt; its
    exit status and what it printed on the terminal. Files go through -o and the file
    argument: the terminal is only for the prompts."""
    assert AGE is not None, "age is not installed (tools/bootstrap installs it)"
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, with the pseudo-terminal as its terminal
        try:
            os.execv(AGE, [AGE, *args])
        finally:
            os._exit(127)
    said = b""
    answered = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], PATIENCE)
            if not ready:
                raise AssertionError(f"age said nothing for {PATIENCE} s: {said!r}")
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the terminal closed: age is done
                break
            if not chunk:
                break
            said += chunk
            # "Enter passphrase...:", then "Confirm passphrase:" when encrypting
            if said.lower().count(b"passphrase") > answered and said.rstrip().endswith(b":"):
                answered = said.lower().count(b"passphrase")
                os.write(fd, passphrase.encode() + b"\r")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), said.decode(errors="replace")
