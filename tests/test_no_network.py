"""CS Maturity never touches the network: a whole session (window, assessment, results,
snapshot export and import, PDF report) opens no network socket.

Two witnesses: Python's audit hooks in the session itself (every socket Python creates or
connects), and, where `strace` is installed (tools/bootstrap installs it on Debian), the
kernel's view of every process and thread, Qt's C++ included.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SESSION = Path(__file__).with_name("offline_session.py")


def run_session(tmp_path: Path, prefix: list[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run(
        [*prefix, sys.executable, str(SESSION), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert (tmp_path / "report.pdf").stat().st_size > 1000
    assert (tmp_path / "snapshot.csv").stat().st_size > 1000
    return result


def test_a_whole_session_opens_no_network_socket(tmp_path: Path) -> None:
    strace = shutil.which("strace")
    trace = tmp_path / "strace.txt"
    prefix = [strace, "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(trace)]
    result = run_session(tmp_path, prefix if strace else [])

    assert "SOCKETS 0" in result.stdout, result.stdout
    if strace:
        assert network_calls(trace) == []
        # The witness sees a socket when there is one.
        control = tmp_path / "control.txt"
        subprocess.run(
            [*prefix[:-1], str(control), sys.executable, "-c", "import socket; socket.socket()"],
            check=True,
        )
        assert network_calls(control)


def network_calls(trace: Path) -> list[str]:
    return [
        line
        for line in trace.read_text().splitlines()
        if re.search(r"AF_INET6?\b", line) or re.search(r"connect\(.*sin6?_", line)
    ]
