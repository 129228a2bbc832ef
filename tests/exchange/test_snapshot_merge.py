"""Merging laptops: by id, the most recent change winning, never a silent re-scoring."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from snapshot_helpers import content, populate, read_rows, write_rows

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import CONTRACT_COLUMNS
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


@pytest.fixture
def laptops(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> tuple[Store, Store]:
    """Laptop A (the `store` fixture) and laptop B holding a copy of A's data."""
    populate(store, [tsia], organizations=2)
    export_snapshot(store, tmp_path / "a.csv")
    other = Store.open(tmp_path / "b.db")
    import_snapshot(other, tmp_path / "a.csv", builtin_catalog)
    yield store, other  # type: ignore[misc]
    other.close()


def test_newest_answer_wins_both_ways(
    laptops: tuple[Store, Store],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
) -> None:
    a, b = laptops
    draft = next(x for x in a.assessments() if x.status == "draft")
    first, second = tsia.criteria[0].id, tsia.criteria[1].id
    b.record_answer(draft.id, first, 3, notes="from B")  # B edits `first`...
    a.record_answer(draft.id, second, 0, notes="from A, older")
    b.record_answer(draft.id, second, 1, notes="from B")
    a.record_answer(draft.id, second, 2, notes="from A, newest")  # ...A edits `second` last
    export_snapshot(b, tmp_path / "b.csv")

    plan = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)

    answers = a.answers(draft.id)
    assert (answers[first].score, answers[first].notes) == (3, "from B")
    assert (answers[second].score, answers[second].notes) == (2, "from A, newest")
    assert (plan.answers.updated, plan.answers.conflicts) == (1, 1)
    assert plan.assessments.updated == 1
    assert any(f"criterion {second}" in line for line in plan.conflicts)
    assert any("kept" in line for line in plan.describe())
    # the assessment's updated_at follows its newest answer (the score cache relies on it)
    assert a.assessment(draft.id).updated_at >= answers[first].updated_at


def test_renames_and_status_merge_by_newest(
    laptops: tuple[Store, Store], tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    a, b = laptops
    org = a.organizations()[0]
    draft = next(x for x in a.assessments() if x.status == "draft")
    a.rename_organization(org.id, "Older name")
    b.rename_organization(org.id, "Newer name")
    b.set_status(draft.id, "complete")
    export_snapshot(b, tmp_path / "b.csv")
    plan = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    assert a.organization(org.id).name == "Newer name"
    assert a.assessment(draft.id).status == "complete"
    assert plan.organizations.updated == 1 and plan.assessments.updated == 1

    a.rename_organization(org.id, "Newest, here")
    plan = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    assert a.organization(org.id).name == "Newest, here"
    assert plan.organizations.conflicts == 1
    assert not plan.changes_anything


def test_equal_stamps_go_to_the_larger_values_whichever_laptop_imports(
    laptops: tuple[Store, Store],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
) -> None:
    """Two changes stamped alike are decided by their values, as team sync decides them, so
    that both laptops keep the same copy (a tie no longer keeps each side's own)."""
    a, b = laptops
    draft = next(x for x in a.assessments() if x.status == "draft")
    first = tsia.criteria[0].id
    for laptop, score in ((a, 1), (b, 3)):
        laptop.record_answer(draft.id, first, score, notes=f"score {score}")
    same = b.answers(draft.id)[first].updated_at  # the later: A's changes it to that
    for laptop in (a, b):
        laptop.db.execute_sql(
            "UPDATE answer SET updated_at = ? WHERE assessment_id = ? AND criterion_id = ?",
            (same, draft.id, first),
        )
    export_snapshot(a, tmp_path / "a.csv")
    export_snapshot(b, tmp_path / "b.csv")

    into_a = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    into_b = import_snapshot(b, tmp_path / "a.csv", builtin_catalog)

    assert a.answers(draft.id)[first].score == b.answers(draft.id)[first].score == 3
    assert (into_a.answers.updated, into_a.answers.conflicts) == (1, 0)
    assert (into_b.answers.updated, into_b.answers.conflicts) == (0, 1)


def test_dry_run_plans_without_writing(
    laptops: tuple[Store, Store],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
) -> None:
    a, b = laptops
    org = b.create_organization("Only on B")
    assessment = b.create_assessment(org.id, tsia)
    b.record_answer(assessment.id, tsia.criteria[0].id, 1)
    export_snapshot(b, tmp_path / "b.csv")
    before = content(a.path)
    plan = import_snapshot(a, tmp_path / "b.csv", builtin_catalog, dry_run=True)
    assert not plan.applied
    assert (plan.organizations.new, plan.assessments.new, plan.answers.new) == (1, 1, 1)
    assert content(a.path) == before
    applied = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    assert dataclasses.replace(applied, applied=False) == plan


def test_import_brings_back_an_organization_in_the_trash(
    laptops: tuple[Store, Store], tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    a, b = laptops
    org = a.organizations()[0]
    a.delete_organization(org.id)
    export_snapshot(b, tmp_path / "b.csv")
    plan = import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    assert org.id in {o.id for o in a.organizations()}
    assert plan.organizations.updated == 1


def test_peers_see_imported_assessments_on_the_same_open_store(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    own = store.create_organization("Own")
    assert store.peer_indices(tsia.id, own.id) == []
    with Store.open(tmp_path / "b.db") as b:
        populate(b, [tsia], organizations=4)  # organizations 1 and 3 are complete
        export_snapshot(b, tmp_path / "b.csv")
    import_snapshot(store, tmp_path / "b.csv", builtin_catalog)
    assert len(store.peer_indices(tsia.id, own.id)) == 2


def test_a_model_version_not_installed_travels_in_the_file(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    """A consultant's own model (here: TSIA with a stricter threshold) reaches a laptop that
    does not have it: imported with the definition in the file, and scored exactly as taken."""
    own = dataclasses.replace(tsia, version="1.0.0-strict", threshold=0.9)
    org = store.create_organization("Uses an own model")
    assessment = store.create_assessment(org.id, own)
    for criterion in own.criteria[:9]:
        store.record_answer(assessment.id, criterion.id, 2)
    export_snapshot(store, tmp_path / "own.csv")

    with Store.open(tmp_path / "b.db") as b:
        plan = import_snapshot(b, tmp_path / "own.csv", builtin_catalog)
        assert plan.model_versions_new == 1
        assert b.model_of(assessment.id).threshold == 0.9
        assert b.result(assessment.id) == store.result(assessment.id)

    header, rows = read_rows(tmp_path / "own.csv")
    col = header.index("model_definition")
    for row in rows:
        row[col] = ""
    write_rows(tmp_path / "stripped.csv", header, rows)
    with Store.open(tmp_path / "c.db") as c:
        with pytest.raises(Exception, match="not installed here and the file does not carry"):
            import_snapshot(c, tmp_path / "stripped.csv", builtin_catalog)
        assert c.assessments() == []


def test_a_file_with_only_the_contract_columns_imports_by_model_id_and_version(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    populate(store, [tsia], organizations=1)
    export_snapshot(store, tmp_path / "full.csv")
    header, rows = read_rows(tmp_path / "full.csv")
    width = len(CONTRACT_COLUMNS)
    write_rows(tmp_path / "contract.csv", header[:width], [r[:width] for r in rows])
    with Store.open(tmp_path / "b.db") as b:
        plan = import_snapshot(b, tmp_path / "contract.csv", builtin_catalog)
        assert plan.answers.new == sum(len(store.answers(a.id)) for a in store.assessments())
        (assessment,) = b.assessments()
        assert b.result(assessment.id) == store.result(assessment.id)
        again = import_snapshot(b, tmp_path / "contract.csv", builtin_catalog)
        assert not again.changes_anything


def test_an_assessment_filed_under_another_organization_is_refused(
    laptops: tuple[Store, Store], tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    a, _ = laptops
    export_snapshot(a, tmp_path / "a2.csv")
    header, rows = read_rows(tmp_path / "a2.csv")
    other_org = "00000000-0000-4000-8000-000000000000"
    first_assessment = rows[0][2]
    for row in rows:
        if row[2] == first_assessment:
            row[0] = other_org
    write_rows(tmp_path / "moved.csv", header, rows)
    before = content(a.path)
    with pytest.raises(Exception, match="belongs to organization"):
        import_snapshot(a, tmp_path / "moved.csv", builtin_catalog)
    assert content(a.path) == before


def test_the_newer_copy_brings_its_creation_time_and_a_file_without_one_leaves_it(
    laptops: tuple[Store, Store], tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    """The winner of a record gives its whole row (or two laptops never agree); a file that
    does not say when a record was made changes nothing of it."""
    a, b = laptops
    org = a.organizations()[0]
    made = "2026-01-01T00:00:00.000000+00:00"
    b.db.execute_sql("UPDATE organization SET created_at = ? WHERE id = ?", (made, org.id))
    b.rename_organization(org.id, "Renamed on B")
    export_snapshot(b, tmp_path / "b.csv")
    header, rows = read_rows(tmp_path / "b.csv")
    column = header.index("organization_created_at")
    write_rows(tmp_path / "blank.csv", header, [[*r[:column], "", *r[column + 1 :]] for r in rows])
    before = a.organization(org.id).created_at

    import_snapshot(a, tmp_path / "blank.csv", builtin_catalog)
    assert (a.organization(org.id).name, a.organization(org.id).created_at) == (
        "Renamed on B",
        before,
    )
    b.rename_organization(org.id, "Renamed again on B")
    export_snapshot(b, tmp_path / "b.csv")
    import_snapshot(a, tmp_path / "b.csv", builtin_catalog)
    assert a.organization(org.id).created_at == made
