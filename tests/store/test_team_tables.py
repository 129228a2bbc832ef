"""The team server's tables are generated from the laptop's table classes: same columns, in
the order rows travel."""

from __future__ import annotations

from csmaturity_app.store import SYNCED_TABLES, Store, team_table_sql
from csmaturity_app.store.tables import Answer, Organization
from csmaturity_app.store.team_tables import team_table_columns


def test_generated_tables_hold_exactly_the_synced_columns_in_wire_order():
    assert team_table_columns() == {t.name: t.columns for t in SYNCED_TABLES}


def test_every_statement_names_the_team_schema_and_is_safe_to_run_again():
    statements = team_table_sql()
    creates = [s for s in statements if s.startswith("CREATE TABLE")]
    assert [s.split('"."')[1].split('"')[0] for s in creates] == [t.name for t in SYNCED_TABLES]
    assert all(
        s.startswith(("CREATE TABLE IF NOT EXISTS", "CREATE INDEX IF NOT EXISTS"))
        for s in statements
    )
    assert all('"csmaturity".' in s for s in statements)
    answer = next(s for s in creates if '"csmaturity"."answer"' in s)
    assert 'PRIMARY KEY ("assessment_id", "criterion_id")' in answer
    assert 'REFERENCES "csmaturity"."assessment" ("id") ON DELETE CASCADE' in answer
    assert '"not_applicable" BOOLEAN NOT NULL' in answer


def test_generating_leaves_the_laptops_tables_bound_to_the_store(store: Store):
    team_table_sql()
    assert Organization._meta.schema is None
    assert Answer.assessment.rel_model is not None
    assert Answer.assessment.rel_model._meta.schema is None
    # The store still reads and writes its own tables.
    org = store.create_organization("Acme")
    assert store.organization(org.id).name == "Acme"
