"""Carrying an assessment forward to a newer version of its maturity model.

- `answer.needs_review`: an answer brought across from the earlier assessment, which the
  assessor has not rated again yet.
- `assessment.carried_from`: the id of the assessment it was carried forward from.

Plain `ALTER TABLE ... ADD COLUMN` with an SQL default: SQLite adds such a column without
rewriting the table (a store can hold a million answers), and the hot path's fixed INSERT,
which does not name the column, gets the default.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql("ALTER TABLE answer ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0")
    db.execute_sql("ALTER TABLE assessment ADD COLUMN carried_from TEXT")
