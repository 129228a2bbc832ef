"""One sync of a laptop's store with the team server: pull what changed there, merge it here,
push what changed here, in one transaction on each side.

The order makes a cut at any moment safe. The server is committed first, then the laptop:
- cut before the server commits: both roll back, nothing changed on either side;
- cut between the two commits: the server holds this laptop's changes, the laptop is as it
  was; the next sync pulls and pushes the same rows again, which changes nothing more, and
  completes.
Syncs that write hold an advisory lock on the server for their whole transaction, so they
run one at a time: what this laptop pulled is still the server's state when it pushes, and
change sequence numbers are committed in order, so a watermark never skips a row.
"""

from __future__ import annotations

from contextlib import suppress

import psycopg

from csmaturity_app.i18n import formats, translate
from csmaturity_app.store import PulledRowError, Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.connection import connect, server_errors
from csmaturity_app.sync.errors import ReadOnlyRoleError, SyncCancelled, TeamServerError
from csmaturity_app.sync.outcome import (
    CONNECTING,
    DONE,
    MERGING,
    RECEIVING,
    SENDING,
    SERVER_COMMITTED,
    SyncOutcome,
    SyncProgress,
    no_progress,
)
from csmaturity_app.sync.server_rows import (
    RECORDS,
    Pulled,
    Pushed,
    mark,
    mark_lost,
    push_rows,
    push_tombstones,
)
from csmaturity_app.sync.server_schema import SYNC_LOCK_KEY, check_server

# How long a sync waits for another laptop's sync to finish before saying so.
LOCK_WAIT = "60s"
# How long the server keeps a sync's transaction open while the laptop is silent: a laptop
# suspended mid-sync (its lid closed) would otherwise hold the sync lock, and keep every other
# laptop waiting, until it wakes. Well above the pauses of a sync at work (the laptop merging
# a first pull of a million answers).
IDLE_LIMIT = "180s"


class _DryRun(Exception):
    """Raised inside both transactions of a dry run, so that both roll back."""


def remembered_address(store: Store) -> ServerAddress:
    """The team server this store last synced with: `sync` without a URL."""
    state = store.sync_state()
    if not state.server_url:
        raise TeamServerError(
            translate(
                "sync",
                "this store has not synced with a team server yet: give the server's "
                "address, e.g. csmaturity sync postgresql://you@host/database",
            )
        )
    return ServerAddress.parse(state.server_url)


def sync(
    store: Store,
    address: ServerAddress,
    *,
    dry_run: bool = False,
    progress: SyncProgress = no_progress,
    password: str | None = None,
    accept_future: bool = False,
) -> SyncOutcome:
    """Sync `store` with the team server at `address` (see the module's docstring).

    `progress` is called with each stage and may raise `SyncCancelled` until the server has
    committed; a dry run does everything, then rolls both sides back. A pulled row the store
    cannot take raises `PulledRowError`; rows stamped more than a day ahead of this clock
    are among them unless `accept_future`.
    """
    outcome = SyncOutcome(server=address.display, dry_run=dry_run)
    progress(CONNECTING, 0, 0)
    try:
        with server_errors(address, password):
            conn = connect(address, password=password)
            try:
                _sync(conn, store, address, outcome, progress, accept_future)
            except _DryRun:
                conn.rollback()
            finally:
                conn.close()  # a transaction left open is rolled back by the server
    except (TeamServerError, PulledRowError) as exc:
        if outcome.committing and not outcome.committed:
            # Cut during COMMIT: whether the server took it is unknown; this laptop rolled
            # back, and the next sync sends and receives again, changing nothing twice.
            exc.args = (
                translate(
                    "sync",
                    "{exc}; the team server may hold this sync and this laptop does not "
                    "yet: sync again to complete it",
                ).format(exc=exc),
            )
            raise
        said = str(exc)  # a message of the store, or of this module, in either language
        if outcome.committed or any(
            words in said
            for words in ("nothing was changed", translate("sync", "nothing was changed"))
        ):
            raise
        # Both transactions were open: the server rolls its side back, and so did this one.
        # Said in the same exception, which may carry more for the window (rows, latest).
        exc.args = (translate("sync", "{exc}; nothing was changed on either side").format(exc=exc),)
        raise
    with suppress(SyncCancelled):  # too late to cancel: done
        progress(DONE, 1, 1)
    return outcome


def _sync(
    conn: psycopg.Connection,
    store: Store,
    address: ServerAddress,
    outcome: SyncOutcome,
    progress: SyncProgress,
    accept_future: bool,
) -> None:
    info = check_server(conn)
    conn.rollback()  # its reads end here; the sync's own transaction starts below
    conn.execute(f"SET idle_in_transaction_session_timeout = '{IDLE_LIMIT}'")
    conn.commit()
    if not info.can_write:
        # No lock for a reader: one consistent snapshot is enough to pull safely.
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
    else:
        conn.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SYNC_LOCK_KEY,))
        except psycopg.errors.LockNotAvailable:
            raise TeamServerError(
                translate(
                    "sync",
                    "another laptop has been syncing with {display} for over a minute; "
                    "nothing was changed: try again in a moment",
                ).format(display=address.display)
            ) from None
    with store.sync_transaction() as local:
        state = local.state()
        first = state.server_id != info.server_id
        since = 0 if first else state.pulled_seq
        pulled = Pulled(conn, since)
        if since and (mark_lost(conn, state.server_mark) or pulled.newest_on_server() < since):
            # The server lost changes this laptop had seen (restored from a backup): what it
            # lacks is unknown, so pull and send everything, as the first time.
            first, since, outcome.server_behind = True, 0, True
            pulled = Pulled(conn, since)
        new_here = state.server_id != info.server_id  # never synced with this server
        if not info.can_write and not first and state.pending:
            raise _read_only(info.role, address, state.pending)
        if since:
            # A later sync reads a few rows by their change numbers. Right after a big push the
            # planner's statistics may still describe the tables as they were (autoanalyze has
            # not run) and choose to read every row; the index is always right here.
            conn.execute("SET LOCAL enable_seqscan = off")
        pulled.fetch_small()
        total = pulled.count_answers()
        progress(RECEIVING, pulled.rows, pulled.rows + total)
        lists = pulled.lists
        if pulled.rows or total:
            small = pulled.rows
            merged = local.merge_pulled(
                info.server_id,
                lists["organization"],
                lists["model_version"],
                lists["assessment"],
                pulled.answers(lambda done: progress(RECEIVING, small + done, small + total)),
                lists["tombstone"],
                accept_future=accept_future,
                everything=first,
                respondents=lists["respondent"],
                respondent_answers=lists["respondent_answer"],
                targets=lists["target"],
                actions=lists["action"],
            )
            outcome.merge = merged.merge
            outcome.conflicts = list(merged.conflicts)
            outcome.dropped_here = merged.dropped_here
            outcome.dropped_pulled = merged.dropped_pulled
        outcome.received = pulled.rows
        if since:
            conn.execute("SET LOCAL enable_seqscan = on")  # the push's joins plan as usual
        progress(MERGING, 1, 1)
        pushed = Pushed()
        # What to send is read after the merge: it may have made rows pending (an assessment
        # restamped with its newest answer), and on a first sync it knows the rows equal to
        # the server's. A reader sends nothing; a store new to the server with rows of its
        # own is refused, a restored server is only pulled from.
        rows = local.rows_to_push(everything=first) if info.can_write or new_here else None
        outcome.pending_before = state.pending if not first else rows.count if rows else 0
        if rows is not None and rows.count and not info.can_write:
            raise _read_only(info.role, address, rows.count)
        if rows is not None and rows.count:
            sent = 0

            def sending(done: int) -> None:
                assert rows is not None
                progress(SENDING, sent + done, rows.count)

            for table in RECORDS:
                sent += push_rows(conn, table, rows.of(table.name), pushed, sending)
            push_tombstones(conn, rows.of("tombstone"), pushed)
            progress(SENDING, rows.count, rows.count)
            outcome.pushed_rows = sent + len(rows.tombstones)
        outcome.sent = pushed.changed
        watermark = max(since, pulled.newest, pushed.newest)
        if outcome.dry_run:
            raise _DryRun
        token = mark(conn, watermark, changed=pushed.changed > 0)
        outcome.committing = True
        conn.commit()
        outcome.committed = True
        with suppress(SyncCancelled):  # the server has it: the laptop must record it too
            progress(SERVER_COMMITTED, 1, 1)
        local.finish(
            info.server_id,
            address.display,
            watermark,
            outcome.sent,
            outcome.received,
            outcome.conflicts,
            token,
        )


def _read_only(role: str, address: ServerAddress, waiting: int) -> ReadOnlyRoleError:
    return ReadOnlyRoleError(
        translate(
            "sync",
            "{role} may only read the team store at {display}, and {waiting} "
            "changes made here are waiting to be sent; nothing was changed (an "
            "administrator grants writing with GRANT csmaturity_writer TO {role};)",
        ).format(role=role, display=address.display, waiting=formats.integer(waiting))
    )
