"""Respondents: the people who rate an assessment's criteria, each on their own.

- `respondent`: one person of one assessment (name, role, `position` in the assessment's
  list), with what was last collected from their questionnaire: the fill time the file
  gives (`collected_at`) and a digest of its answers (`collected_digest`), so that the same
  fill collected twice changes nothing and an older one does not replace a newer.
- `respondent_answer`: a respondent's own rating of one criterion, with notes.
- `answer.from_respondents`: 1 when the answer (the consensus, which is scored) is the
  median of the respondents' ratings, 0 when the facilitator set it. Every answer before
  this schema was set by its assessor: 0.

An assessment without respondents has one, its assessor, who is written down only when a
second respondent is added: stores and assessments that never use respondents are as before.

Team sync: the two tables are synced like answers (the same triggers as `0005_sync`). A
respondent removed leaves a tombstone, written by `store.respondents` rather than a trigger:
a trigger on `respondent` that read `assessment` (to tell a removal from its assessment's
cascade) would break every later migration that rebuilds the `assessment` table.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

_SYNCING = "EXISTS (SELECT 1 FROM sync_state)"


def _pending(table: str, key1: str, key2: str = "''") -> str:
    """The body of a trigger that records one changed row, numbered by the counter (as in
    `0005_sync`, which migrations may not import)."""
    return (
        "UPDATE sync_state SET pending_seq = pending_seq + 1; "
        "INSERT INTO sync_pending (tbl, key1, key2, seq) "
        f"VALUES ('{table}', {key1}, {key2}, (SELECT pending_seq FROM sync_state)) "
        "ON CONFLICT (tbl, key1, key2) DO UPDATE SET seq = excluded.seq;"
    )


_TRIGGERS = {
    "respondent_inserted": (
        "AFTER INSERT ON respondent",
        _SYNCING,
        "DELETE FROM tombstone WHERE kind = 'respondent' AND id = NEW.id; "
        "DELETE FROM sync_pending WHERE tbl = 'tombstone' AND key1 = 'respondent' "
        "AND key2 = NEW.id; " + _pending("respondent", "NEW.id"),
    ),
    "respondent_updated": (
        "AFTER UPDATE ON respondent",
        _SYNCING,
        _pending("respondent", "NEW.id"),
    ),
    "respondent_deleted": (
        "AFTER DELETE ON respondent",
        _SYNCING,
        "DELETE FROM sync_pending WHERE tbl IN ('respondent', 'respondent_answer') "
        "AND key1 = OLD.id;",
    ),
    "respondent_answer_inserted": (
        "AFTER INSERT ON respondent_answer",
        _SYNCING,
        _pending("respondent_answer", "NEW.respondent_id", "NEW.criterion_id"),
    ),
    "respondent_answer_updated": (
        "AFTER UPDATE ON respondent_answer",
        _SYNCING,
        _pending("respondent_answer", "NEW.respondent_id", "NEW.criterion_id"),
    ),
}


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("ALTER TABLE answer ADD COLUMN from_respondents INTEGER NOT NULL DEFAULT 0")
    db.execute_sql(
        """
        CREATE TABLE respondent (
            id TEXT NOT NULL PRIMARY KEY,
            assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            collected_at TEXT NOT NULL DEFAULT '',
            collected_digest TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute_sql("CREATE INDEX respondent_assessment_id ON respondent (assessment_id)")
    db.execute_sql(
        """
        CREATE TABLE respondent_answer (
            respondent_id TEXT NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            score INTEGER,
            not_applicable INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (respondent_id, criterion_id)
        ) WITHOUT ROWID
        """
    )
    for name, (event, when, body) in _TRIGGERS.items():
        db.execute_sql(
            f"CREATE TRIGGER sync_{name} {event} FOR EACH ROW WHEN {when} BEGIN {body} END"
        )
