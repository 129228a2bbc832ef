"""A model definition carried in a snapshot is read as strictly as a model file, and may not
pass itself off as a model this installation ships."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from carried_definitions import base_row, crafted_file, huge_levels, store_holding
from snapshot_helpers import content, populate, read_rows, write_rows

from csmaturity_app.exchange import SnapshotError, export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import CONTRACT_COLUMNS
from csmaturity_app.maturity import MaturityModel, parse_model_json
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


def refused(store: Store, path: Path, catalog: ModelCatalog) -> str:
    before = content(store.path)
    with pytest.raises(SnapshotError) as caught:
        import_snapshot(store, path, catalog)
    assert content(store.path) == before
    return str(caught.value)


def test_huge_stage_levels_are_refused_naming_row_column_and_key(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    header, row = base_row(tmp_path, tsia)
    data = huge_levels(tsia.to_dict())
    path = crafted_file(tmp_path / "crafted.csv", header, row, data)
    message = refused(store, path, builtin_catalog)
    assert message.startswith("crafted.csv: row 2, column model_definition: ")
    assert "stages[0].level: is a number far too large; it must be from 0 to 100" in message


def test_deeply_nested_definition_is_refused(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    header, row = base_row(tmp_path, tsia)
    nested = '{"id":' + "[" * 50_000 + "]" * 50_000 + "}"
    path = crafted_file(tmp_path / "nested.csv", header, row, None, definition=nested)
    message = refused(store, path, builtin_catalog)
    assert message.startswith("nested.csv: row 2, column model_definition: ")
    assert "nested too deeply" in message


def impostor(tsia_v1: MaturityModel) -> dict[str, Any]:
    """TSIA 1.0.0 cut to five criteria with a threshold of 0.01: "Phase 4" for anyone."""
    data = tsia_v1.to_dict()
    data["criteria"] = data["criteria"][:5]
    data["scoring"]["threshold"] = 0.01
    return data


def test_a_definition_posing_as_a_shipped_model_is_refused(
    store: Store, tmp_path: Path, tsia_v1: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    header, row = base_row(tmp_path, tsia_v1)
    path = crafted_file(tmp_path / "impostor.csv", header, row, impostor(tsia_v1))
    message = refused(store, path, builtin_catalog)
    assert message == (
        "impostor.csv: row 2, column model_definition: the maturity model definition is "
        "refused: it claims to be tsia-4-phases 1.0.0, which this installation ships, but "
        "differs from it"
    )


def test_a_genuine_older_release_of_a_shipped_model_still_imports(
    tmp_path: Path, builtin_catalog: ModelCatalog
) -> None:
    # A store of release 0.2 holds the 1.0.0 definitions as they were before their rewording.
    old = Path(__file__).parents[1] / "store" / "data" / "schema2.db"
    copy = tmp_path / "old.db"
    copy.write_bytes(old.read_bytes())
    with Store.open(copy) as store:
        export_snapshot(store, tmp_path / "old.csv")
    with Store.open(tmp_path / "new.db") as fresh:
        plan = import_snapshot(fresh, tmp_path / "old.csv", builtin_catalog)
        assert plan.assessments.new > 0


def test_an_impostor_already_stored_does_not_block_genuine_contract_files(
    tmp_path: Path,
    tsia_v1: MaturityModel,
    builtin_catalog: ModelCatalog,
) -> None:
    path = tmp_path / "holding.db"
    store_holding(path, tsia_v1, impostor(tsia_v1))
    with Store.open(tmp_path / "source.db") as source:
        populate(source, [tsia_v1], organizations=1)
        export_snapshot(source, tmp_path / "full.csv")
    header, rows = read_rows(tmp_path / "full.csv")
    width = len(CONTRACT_COLUMNS)
    write_rows(tmp_path / "contract.csv", header[:width], [r[:width] for r in rows])
    with Store.open(path) as store:
        plan = import_snapshot(store, tmp_path / "contract.csv", builtin_catalog)
        assert plan.assessments.new == 1
        (imported,) = [a for a in store.assessments() if a.organization_name.endswith("org 0")]
        assert len(store.model_of(imported.id).criteria) == len(tsia_v1.criteria)


def own_model(tsia: MaturityModel) -> MaturityModel:
    """A consultant's own model: installed on one laptop only."""
    data = tsia.to_dict()
    data["id"], data["title"], data["version"] = "acme-own", "Acme's own", "2.0.0"
    return parse_model_json(json.dumps(data), "acme-own")


def test_a_plan_on_an_own_model_no_assessment_is_on_carries_the_model(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    """A target set before any assessment keeps the model in the store; the whole store's
    snapshot carries it on the plan's first row, so a laptop without the model file takes
    the plan."""
    own = own_model(tsia)
    org = store.create_organization("Acme")
    store.set_target(org.id, own, 3, "2027-06-30")
    action = store.add_action(org.id, own.id, "Charter first", criterion_id=own.criteria[0].id)
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    at = header.index("model_definition")
    assert [bool(r[at]) for r in rows] == [True, False]  # once per file
    with Store.open(tmp_path / "new.db") as new:
        import_snapshot(new, snapshot, builtin_catalog)
        (target,) = new.targets(org.id)
        assert (target.model_id, target.stage_level) == ("acme-own", 3)
        assert new.action(action.id).criterion_id == own.criteria[0].id
        assert [v for v in new.model_versions().values()] == [("acme-own", "2.0.0")]
        (item,) = new.plan(org.id).items
        assert item.action.title == "Charter first"


@pytest.mark.parametrize("on", ["assessment", "target"])
def test_a_model_whose_text_holds_a_noncharacter_travels_as_written(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog, on: str
) -> None:
    """A model file may hold U+FFFF (TOML takes the escape), and a model's digest is of its
    text as written: the import cleans noncharacters out of the other cells, never out of a
    definition, which would then no longer match its digest."""
    data = tsia.to_dict()
    data["id"], data["title"], data["version"] = "acme-nc", "Acme's own\uffff", "2.0.0"
    own = parse_model_json(json.dumps(data), "acme-nc")
    org = store.create_organization("Acme")
    if on == "assessment":
        store.create_assessment(org.id, own, "Ann", "2026-03-01")
    else:
        store.set_target(org.id, own, 3, "2027-06-30")
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    assert "\uffff" in snapshot.read_text(encoding="utf-8")
    with Store.open(tmp_path / "new.db") as new:
        outcome = import_snapshot(new, snapshot, builtin_catalog)
        assert outcome.applied
        assert list(new.model_versions().values()) == [("acme-nc", "2.0.0")]
