"""Export, then import elsewhere: the same data comes back, and twice changes nothing."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from snapshot_helpers import AWKWARD, content, populate, read_rows

from csmaturity_app.exchange import export_snapshot, export_summary, import_snapshot
from csmaturity_app.exchange.csv_format import (
    CONTRACT_COLUMNS,
    FORMULA_STARTS,
    SNAPSHOT_COLUMNS,
    neutralise,
    restore,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, clean_name


def test_export_then_import_into_an_empty_store_gives_back_the_same_data(
    store: Store,
    tmp_path: Path,
    tsia: MaturityModel,
    ftworks: MaturityModel,
    builtin_catalog: ModelCatalog,
) -> None:
    populate(store, [tsia, ftworks])
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)

    with Store.open(tmp_path / "other.db") as other:
        plan = import_snapshot(other, snapshot, builtin_catalog)
        assert plan.applied
        assert (plan.organizations.new, plan.assessments.new) == (3, 6)
        assert plan.answers.new == sum(len(store.answers(a.id)) for a in store.assessments())
        again = tmp_path / "again.csv"
        export_snapshot(other, again)
    assert content(tmp_path / "other.db") == content(store.path)
    assert again.read_bytes() == snapshot.read_bytes()


def test_the_same_file_imported_twice_changes_nothing(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    populate(store, [tsia])
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, snapshot, builtin_catalog)
    before = content(tmp_path / "other.db")
    with Store.open(tmp_path / "other.db") as other:
        plan = import_snapshot(other, snapshot, builtin_catalog)
    assert not plan.changes_anything
    assert plan.answers.new == plan.answers.updated == plan.answers.conflicts == 0
    assert plan.answers.unchanged > 0
    assert "nothing to change" in plan.describe()[-1]
    assert content(tmp_path / "other.db") == before


def test_the_file_follows_the_contract(
    store: Store, tmp_path: Path, tsia: MaturityModel, ftworks: MaturityModel
) -> None:
    populate(store, [tsia, ftworks], organizations=2)
    snapshot = tmp_path / "snapshot.csv"
    result = export_snapshot(store, snapshot)
    assert snapshot.read_bytes().startswith(b"\xef\xbb\xbf")  # so spreadsheets read UTF-8
    header, rows = read_rows(snapshot)
    assert header[: len(CONTRACT_COLUMNS)] == list(CONTRACT_COLUMNS)
    assert header == list(SNAPSHOT_COLUMNS)
    # one row per criterion per assessment, answered or not
    assert len(rows) == result.rows == 2 * (len(tsia.criteria) + len(ftworks.criteria))
    col = {name: i for i, name in enumerate(header)}
    assert {r[col["not_applicable"]] for r in rows} == {"true", "false"}
    assert {r[col["score"]] for r in rows} == {"", "0", "1", "2", "3"}
    unanswered = [r for r in rows if r[col["updated_at"]] == ""]
    assert unanswered and all(r[col["score"]] == r[col["notes"]] == "" for r in unanswered)
    # no cell a spreadsheet would run as a formula
    assert not [cell for r in rows for cell in r if cell[:1] in FORMULA_STARTS]
    # the definition travels once per model version
    assert sum(1 for r in rows if r[col["model_definition"]]) == 2
    first = rows[0]
    assert first[col["stage"]] == tsia.stages[0].name or first[col["stage"]] in {
        s.name for s in ftworks.stages
    }


def test_formula_like_cells_are_neutralised_and_restored(
    store: Store, tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
) -> None:
    org = store.create_organization('=HYPERLINK("http://x")')
    assessment = store.create_assessment(org.id, tsia, assessor="@admin")
    criterion = tsia.criteria[0].id
    store.record_answer(assessment.id, criterion, 2, notes="-2+3")
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    row = next(r for r in rows if r[col["criterion_id"]] == criterion)
    assert row[col["organization"]] == '\'=HYPERLINK("http://x")'
    assert row[col["assessor"]] == "'@admin"
    assert row[col["notes"]] == "'-2+3"
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, snapshot, builtin_catalog)
        assert other.organization(org.id).name == org.name
        assert other.assessment(assessment.id).assessor == "@admin"
        assert other.answers(assessment.id)[criterion].notes == "-2+3"


@given(st.text())
def test_neutralise_round_trips_and_defuses_every_string(value: str) -> None:
    safe = neutralise(value)
    assert restore(safe) == value
    assert safe[:1] not in FORMULA_STARTS


def test_neutralise_examples() -> None:
    assert [neutralise(v) for v in ["=1", "'=1", "''=1", "'", "'a", "a=1", ""]] == [
        "'=1",
        "''=1",
        "'''=1",
        "'",
        "'a",
        "a=1",
        "",
    ]


def test_export_scopes(
    store: Store, tmp_path: Path, tsia: MaturityModel, ftworks: MaturityModel
) -> None:
    org_ids = populate(store, [tsia, ftworks], organizations=3)
    one_org = export_snapshot(store, tmp_path / "org.csv", organization_id=org_ids[1])
    assert one_org.assessments == 2
    _, rows = read_rows(tmp_path / "org.csv")
    assert {r[0] for r in rows} == {org_ids[1]}
    assessment = store.assessments(org_ids[2])[0]
    one = export_snapshot(store, tmp_path / "one.csv", assessment_id=assessment.id)
    assert one.assessments == 1
    assert {r[2] for r in read_rows(tmp_path / "one.csv")[1]} == {assessment.id}


def test_summary_has_one_scored_row_per_assessment(
    store: Store, tmp_path: Path, tsia: MaturityModel, ftworks: MaturityModel
) -> None:
    populate(store, [tsia, ftworks], organizations=2)
    result = export_summary(store, tmp_path / "summary.csv")
    header, rows = read_rows(tmp_path / "summary.csv")
    assert result.rows == len(rows) == 4
    assert header[:13] == [
        "organization_id",
        "organization",
        "assessment_id",
        "model_id",
        "model_version",
        "assessed_on",
        "assessor",
        "status",
        "placed_level",
        "placed_stage",
        "maturity_index",
        "answered",
        "criteria",
    ]
    stage_columns = [f"attainment {s.name}" for s in (*ftworks.stages, *tsia.stages)]
    assert sorted(header[13:]) == sorted(stage_columns)
    col = {name: i for i, name in enumerate(header)}
    for row in rows:
        expected = store.result(row[col["assessment_id"]])
        assert row[col["placed_stage"]] == expected.placed_label
        assert float(row[col["maturity_index"]]) == round(expected.maturity_index, 4)
        for stage in expected.stages:
            cell = row[col[f"attainment {stage.stage.name}"]]
            assert float(cell) == round(stage.attainment, 4)


names = st.text(min_size=1, max_size=40).filter(clean_name)  # not blank once stored
free_text = st.text(max_size=60) | st.sampled_from(AWKWARD)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    organizations=st.lists(
        st.tuples(
            names,
            free_text,
            st.lists(
                st.tuples(
                    st.integers(0, 35), st.sampled_from([0, 1, 2, 3, None, "n/a"]), free_text
                ),
                max_size=6,
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_round_trip_property(
    tmp_path_factory,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,  # type: ignore[no-untyped-def]
    organizations: list[tuple[str, str, list[tuple[int, object, str]]]],
) -> None:
    """Whatever users type in names, assessors and notes comes back exactly."""
    folder = tmp_path_factory.mktemp("round-trip")
    with Store.open(folder / "source.db") as source:
        for name, assessor, answers in organizations:
            org = source.create_organization(name)
            assessment = source.create_assessment(org.id, tsia, assessor, date(2024, 5, 6))
            for index, score, notes in answers:
                criterion = tsia.criteria[index % len(tsia.criteria)].id
                if score == "n/a":
                    source.record_answer(assessment.id, criterion, None, True, notes)
                else:
                    source.record_answer(assessment.id, criterion, score, False, notes)  # type: ignore[arg-type]
        export_snapshot(source, folder / "snapshot.csv")
    with Store.open(folder / "target.db") as target:
        import_snapshot(target, folder / "snapshot.csv", builtin_catalog)
        export_snapshot(target, folder / "again.csv")
        assert not import_snapshot(target, folder / "again.csv", builtin_catalog).changes_anything
    assert content(folder / "target.db") == content(folder / "source.db")
    assert (folder / "again.csv").read_bytes() == (folder / "snapshot.csv").read_bytes()
    shutil.rmtree(folder)
