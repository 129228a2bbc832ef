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
    """`age ARGS` on a pseudo-terminal, typing `passphrase` at each prompt; its exit status
    and what it printed on the terminal. Files go through -o and the file argument: the
    terminal is only for the prompts."""
    assert AGE is not None, "age is not installed (tools/bootstrap installs it)"
    return on_a_terminal([AGE, *args], passphrase)


def on_a_terminal(command: list[str], answer: str) -> tuple[int, str]:
    """`command` on a pseudo-terminal (its controlling terminal, as a user's shell gives),
    typing `answer` at each prompt (output that ends with a colon); its exit status and
    everything it printed there."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        try:
            os.execv(command[0], command)
        finally:
            os._exit(127)
    said = b""
    unanswered = False
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], PATIENCE)
            if not ready:
                raise AssertionError(f"{command[0]} said nothing for {PATIENCE} s: {said!r}")
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            said += chunk
            unanswered = unanswered or bool(chunk.strip())
            if unanswered and said.rstrip().endswith(b":"):
                unanswered = False
                os.write(fd, answer.encode() + b"\r")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), said.decode(errors="replace")
