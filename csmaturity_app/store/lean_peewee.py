"""peewee, imported without the PostgreSQL driver.

peewee (and playhouse's PostgreSQL extensions, which the migration helpers import) import
every PostgreSQL driver they find when they are imported. psycopg, the team server's driver,
would then load on every start of the application (about 65 ms, and a scan of the installed
packages' metadata) before the window's first paint. The store never reaches PostgreSQL
through peewee (`team_tables` only renders SQL), so both are imported with psycopg hidden;
the sync package imports psycopg itself when it connects.
"""

import sys

if "psycopg" not in sys.modules and "peewee" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # they see an ImportError
    try:
        import peewee  # noqa: F401
        import playhouse.postgres_ext  # noqa: F401
    finally:
        del sys.modules["psycopg"]
