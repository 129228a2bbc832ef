"""Team sync: laptops' stores (SQLite) and the consultancy's team server (PostgreSQL).

No Qt here. The store decides every merge (`Store.sync_transaction`); this package talks to
the server: its schema and roles (`server_schema`), connecting (`address`, `connection`),
and one sync (`session`).
"""
