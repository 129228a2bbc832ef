"""Targets, roadmap actions and private notes.

- `answer.private_notes`: the consultant's own notes on a criterion, beside the notes the
  client may read; every client-safe output leaves them out. `private_notes_at`: when they
  were last written ('' for never), on answers and actions: private notes merge apart from
  the row, newest stamp wins, so a copy that never held them cannot erase them.
- `target`: the stage of a maturity model (by id) an organization aims for, and by when.
  A cleared target keeps its row with no stage (`stage_level` NULL).
- `action`: one item of an organization's roadmap, with its owner, due date, status and
  notes (and private notes). It belongs to the organization; the assessment it was built
  from is only remembered (no foreign key), so deleting an assessment keeps the plan.

Team sync: both tables are synced like the others (the triggers of `0005_sync`); a deleted
action leaves a tombstone, written by `store.plan` as a removed respondent's is.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

_SYNCING = "EXISTS (SELECT 1 FROM sync_state)"


def _pending(table: str, key1: str, key2: str = "''") -> str:
    """A trigger's body recording one changed row (as in `0005_sync`, which migrations may
    not import)."""
    return (
        "UPDATE sync_state SET pending_seq = pending_seq + 1; "
        "INSERT INTO sync_pending (tbl, key1, key2, seq) "
        f"VALUES ('{table}', {key1}, {key2}, (SELECT pending_seq FROM sync_state)) "
        "ON CONFLICT (tbl, key1, key2) DO UPDATE SET seq = excluded.seq;"
    )


_TRIGGERS = {
    "target_inserted": (
        "AFTER INSERT ON target",
        _pending("target", "NEW.organization_id", "NEW.model_id"),
    ),
    "target_updated": (
        "AFTER UPDATE ON target",
        _pending("target", "NEW.organization_id", "NEW.model_id"),
    ),
    "target_deleted": (
        "AFTER DELETE ON target",
        "DELETE FROM sync_pending WHERE tbl = 'target' AND key1 = OLD.organization_id "
        "AND key2 = OLD.model_id;",
    ),
    "action_inserted": (
        "AFTER INSERT ON action",
        "DELETE FROM tombstone WHERE kind = 'action' AND id = NEW.id; "
        "DELETE FROM sync_pending WHERE tbl = 'tombstone' AND key1 = 'action' "
        "AND key2 = NEW.id; " + _pending("action", "NEW.id"),
    ),
    "action_updated": ("AFTER UPDATE ON action", _pending("action", "NEW.id")),
    "action_deleted": (
        "AFTER DELETE ON action",
        "DELETE FROM sync_pending WHERE tbl = 'action' AND key1 = OLD.id;",
    ),
}


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("ALTER TABLE answer ADD COLUMN private_notes TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE answer ADD COLUMN private_notes_at TEXT NOT NULL DEFAULT ''")
    db.execute_sql(
        """
        CREATE TABLE target (
            organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
            model_id TEXT NOT NULL,
            stage_level INTEGER,
            due_on TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (organization_id, model_id)
        ) WITHOUT ROWID
        """
    )
    db.execute_sql(
        """
        CREATE TABLE action (
            id TEXT NOT NULL PRIMARY KEY,
            organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
            model_id TEXT NOT NULL,
            criterion_id TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due_on TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            notes TEXT NOT NULL DEFAULT '',
            private_notes TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            source_assessment_id TEXT NOT NULL DEFAULT '',
            since TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            private_notes_at TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute_sql("CREATE INDEX action_organization_id ON action (organization_id)")
    for name, (event, body) in _TRIGGERS.items():
        db.execute_sql(
            f"CREATE TRIGGER sync_{name} {event} FOR EACH ROW WHEN {_SYNCING} BEGIN {body} END"
        )
