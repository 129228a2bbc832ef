"""Resume where the user left off, and delete organizations into a trash that undo can empty.

- `assessment.position`: where the wizard was (a page key), so a draft reopens there.
- `organization.deleted_at`: a deleted organization is hidden, not dropped, until the trash
  is emptied; undo clears the mark.
"""

from peewee import Database, TextField
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("assessment", "position", TextField(default="")),
        migrator.add_column("organization", "deleted_at", TextField(null=True)),
    )
