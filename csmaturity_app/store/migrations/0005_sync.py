"""Team sync: what this store has sent and received, and what changed here since.

- `sync_state`: one row once the store has synced (none before): the server, how far its
  change sequence was pulled, the last sync's figures, `pending_seq`, the counter that
  numbers local changes (read by the triggers instead of a scan of `sync_pending`), and
  `server_mark`, the server's mark of the sync this store has seen last (a server restored
  from a backup has lost it).
- `sync_pending`: the rows changed here since the last sync (table and key), filled by
  triggers. They record nothing while `sync_state` is empty: a store that never synced
  sends everything on its first sync anyway, and pays nothing until then.
- `tombstone`: records deleted for good here or on the server (deletion wins everywhere).
- `sync_conflict`: the last sync's answer conflicts, both sides and the winner.

An answer written by the wizard costs one pending upsert: the assessment's `updated_at`,
which every answer moves, is not recorded while one of its answers is pending (the
assessments of pending answers are sent with them), only a change of its other columns is.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

_NOW = "strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now')"
_SYNCING = "EXISTS (SELECT 1 FROM sync_state)"


def _pending(table: str, key1: str, key2: str = "''") -> str:
    """The body of a trigger that records one changed row, numbered by the counter."""
    return (
        "UPDATE sync_state SET pending_seq = pending_seq + 1; "
        "INSERT INTO sync_pending (tbl, key1, key2, seq) "
        f"VALUES ('{table}', {key1}, {key2}, (SELECT pending_seq FROM sync_state)) "
        "ON CONFLICT (tbl, key1, key2) DO UPDATE SET seq = excluded.seq;"
    )


def _tombstone(kind: str) -> str:
    return (
        "INSERT OR REPLACE INTO tombstone (kind, id, deleted_at) "
        f"VALUES ('{kind}', OLD.id, {_NOW}); " + _pending("tombstone", f"'{kind}'", "OLD.id")
    )


def _undelete(kind: str) -> str:
    """An organization or assessment inserted again (the undo of a deletion) is no longer dead."""
    return (
        f"DELETE FROM tombstone WHERE kind = '{kind}' AND id = NEW.id; "
        f"DELETE FROM sync_pending WHERE tbl = 'tombstone' AND key1 = '{kind}' AND key2 = NEW.id;"
    )


_ASSESSMENT_CHANGED = " OR ".join(
    f"OLD.{c} IS NOT NEW.{c}"
    for c in (
        "organization_id",
        "model_version_id",
        "assessed_on",
        "assessor",
        "status",
        "created_at",
        "position",
        "carried_from",
    )
)

_TRIGGERS = {
    "organization_inserted": (
        "AFTER INSERT ON organization",
        _SYNCING,
        _undelete("organization") + _pending("organization", "NEW.id"),
    ),
    "organization_updated": (
        "AFTER UPDATE ON organization",
        _SYNCING,
        _pending("organization", "NEW.id"),
    ),
    "organization_deleted": (
        "AFTER DELETE ON organization",
        _SYNCING,
        "DELETE FROM sync_pending WHERE tbl = 'organization' AND key1 = OLD.id; "
        + _tombstone("organization"),
    ),
    "model_version_inserted": (
        "AFTER INSERT ON model_version",
        _SYNCING,
        _pending("model_version", "NEW.id"),
    ),
    "assessment_inserted": (
        "AFTER INSERT ON assessment",
        _SYNCING,
        _undelete("assessment") + _pending("assessment", "NEW.id"),
    ),
    # A new stamp alone is recorded only when no answer of the assessment is pending, which
    # sends the assessment anyway: the wizard's answers cost no second pending row.
    "assessment_updated": (
        "AFTER UPDATE ON assessment",
        f"{_SYNCING} AND ({_ASSESSMENT_CHANGED} OR (OLD.updated_at IS NOT NEW.updated_at "
        "AND NOT EXISTS (SELECT 1 FROM sync_pending WHERE tbl = 'answer' AND key1 = NEW.id)))",
        _pending("assessment", "NEW.id"),
    ),
    # Its changes, and its answers', have nothing left to send.
    "assessment_deleted": (
        "AFTER DELETE ON assessment",
        _SYNCING,
        "DELETE FROM sync_pending WHERE tbl IN ('assessment', 'answer') AND key1 = OLD.id;",
    ),
    # Not when its organization is being deleted (a cascade): that tombstone says it all.
    "assessment_tombstoned": (
        "AFTER DELETE ON assessment",
        f"{_SYNCING} AND EXISTS (SELECT 1 FROM organization WHERE id = OLD.organization_id)",
        _tombstone("assessment"),
    ),
    "answer_inserted": (
        "AFTER INSERT ON answer",
        _SYNCING,
        _pending("answer", "NEW.assessment_id", "NEW.criterion_id"),
    ),
    "answer_updated": (
        "AFTER UPDATE ON answer",
        _SYNCING,
        _pending("answer", "NEW.assessment_id", "NEW.criterion_id"),
    ),
}


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(
        """
        CREATE TABLE sync_state (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            server_id TEXT NOT NULL,
            server_url TEXT NOT NULL,
            pulled_seq INTEGER NOT NULL,
            synced_at TEXT NOT NULL,
            last_sent INTEGER NOT NULL DEFAULT 0,
            last_received INTEGER NOT NULL DEFAULT 0,
            last_conflicts INTEGER NOT NULL DEFAULT 0,
            pending_seq INTEGER NOT NULL DEFAULT 0,
            server_mark TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute_sql(
        """
        CREATE TABLE sync_pending (
            tbl TEXT NOT NULL,
            key1 TEXT NOT NULL,
            key2 TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL,
            PRIMARY KEY (tbl, key1, key2)
        ) WITHOUT ROWID
        """
    )
    db.execute_sql(
        """
        CREATE TABLE tombstone (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        ) WITHOUT ROWID
        """
    )
    db.execute_sql(
        """
        CREATE TABLE sync_conflict (
            position INTEGER PRIMARY KEY,
            organization TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            assessment_id TEXT NOT NULL,
            criterion_id TEXT NOT NULL,
            here_score INTEGER,
            here_not_applicable INTEGER NOT NULL,
            here_notes TEXT NOT NULL,
            here_updated_at TEXT NOT NULL,
            server_score INTEGER,
            server_not_applicable INTEGER NOT NULL,
            server_notes TEXT NOT NULL,
            server_updated_at TEXT NOT NULL,
            winner TEXT NOT NULL
        )
        """
    )
    for name, (event, when, body) in _TRIGGERS.items():
        db.execute_sql(
            f"CREATE TRIGGER sync_{name} {event} FOR EACH ROW WHEN {when} BEGIN {body} END"
        )
