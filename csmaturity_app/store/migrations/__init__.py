"""Numbered schema migrations, run in order by `playhouse.migrations`.

Each file `NNNN_name.py` defines `up(migrator, db)` with frozen table
declarations of its own. The highest number is the schema version the
database records in `PRAGMA user_version`.
"""
