"""A stored summary of each assessment's results, so that listing organizations and placing
peers reads a row instead of scoring every answer (see `store.summary`).

`assessment_result`: one row per assessment, stamped with what it was scored from (the
assessment's `updated_at` and model version, and the scoring rule's version); a row whose
stamp no longer matches is never used. Empty at first: rows are written as reads need them.
Created with plain SQL: nothing in it is needed to read the store as it was.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(
        """
        CREATE TABLE assessment_result (
            assessment_id TEXT NOT NULL PRIMARY KEY
                REFERENCES assessment (id) ON DELETE CASCADE,
            model_version_id TEXT NOT NULL,
            assessment_updated_at TEXT NOT NULL,
            scoring INTEGER NOT NULL,
            placed_level INTEGER NOT NULL,
            placed_label TEXT NOT NULL,
            maturity_index REAL NOT NULL,
            answered INTEGER NOT NULL,
            total INTEGER NOT NULL
        ) WITHOUT ROWID
        """
    )
