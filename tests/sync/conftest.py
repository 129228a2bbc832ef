"""Fixtures of the sync tests; the team server ones (`team_server`, `bare_team`, `team`) are
in tests/conftest.py, shared with the CLI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from team_server import TeamDatabase

from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.connection import connect

Connect = Callable[[str], psycopg.Connection[Any]]


@pytest.fixture
def connect_as(team: TeamDatabase) -> Iterator[Connect]:
    """Connect to the test's team store as a role, the way the application does; every
    connection is closed at the end of the test."""
    opened: list[psycopg.Connection[Any]] = []

    def open_as(role: str) -> psycopg.Connection[Any]:
        conn = connect(ServerAddress.parse(team.url(role)))
        opened.append(conn)
        return conn

    yield open_as
    for conn in opened:
        conn.close()
