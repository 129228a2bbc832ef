"""Organizations' plans and private notes in a snapshot: targets (cleared ones too) and
actions travel with every field, after the organization's assessments; a client-safe file
holds no private note at all, and importing it (or an older file) keeps the private notes
here; a bad plan cell is refused with its row and column, and nothing changes."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from snapshot_helpers import content, read_rows, write_rows

from csmaturity_app.exchange import SnapshotError, export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import (
    CLIENT_SAFE_COLUMNS,
    PLAN_MODEL_COLUMNS,
    PLAN_ROW_COLUMNS,
    PRIVATE_COLUMNS,
    PRIVATE_NOTES_COLUMN,
    SNAPSHOT_COLUMNS,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import MAX_ACTIONS, Store

# Private notes, each unlike anything else in a store, so that a search of the file's bytes
# finds them only where they are.
ANSWER_NOTE = "PRIVATE answer: the CFO will not fund this, Zo\u00eb says"
ACTION_NOTE = "PRIVATE action: =do not tell them the budget is gone"
TODAY = date(2026, 6, 1)


@dataclass
class Planned:
    acme: str  # assessed, with a target, a roadmap and a cleared target
    beta: str  # a plan and no assessment
    gone: str  # in the trash, with a plan
    assessment: str
    actions: list[str]


def planned(store: Store, tsia: MaturityModel, ftworks: MaturityModel) -> Planned:
    acme = store.create_organization("Acme Analytics")
    a = store.create_assessment(acme.id, tsia, "Ann", date(2026, 1, 15))
    for i, criterion in enumerate(tsia.criteria[:20]):
        store.record_answer(a.id, criterion.id, i % 4, notes=f"seen {i}")
    store.record_private_notes(a.id, tsia.criteria[0].id, ANSWER_NOTE)
    store.record_private_notes(a.id, tsia.criteria[30].id, "only a private note here")
    store.set_target(acme.id, tsia, 3, "2027-06-30")
    built = store.build_roadmap(acme.id, tsia.id)
    assert len(built) > 5
    store.edit_action(
        built[0].id,
        title="=SUM(A1) first",
        owner="+33 Pat Lee",
        due_on="2026-05-01",
        status="in progress",
        notes='two\nlines, "quoted"',
        private_notes=ACTION_NOTE,
    )
    store.edit_action(built[1].id, status="done", due_on=None)
    store.edit_action(built[2].id, status="dropped", position=40)
    own = store.add_action(
        acme.id, tsia.id, "@Hire a CS ops lead", owner="Ann", notes="-a note", due_on="2026-12-31"
    )
    store.set_target(acme.id, ftworks, 2)
    store.clear_target(acme.id, ftworks.id)  # cleared: the clearing travels
    beta = store.create_organization("Beta Corp")
    store.set_target(beta.id, ftworks, 4, "2028-01-31")
    store.add_action(beta.id, ftworks.id, "Kick-off workshop", private_notes="beta private")
    gone = store.create_organization("Gone Ltd")
    store.set_target(gone.id, tsia, 2)
    store.add_action(gone.id, tsia.id, "never exported")
    store.delete_organization(gone.id)
    return Planned(acme.id, beta.id, gone.id, a.id, [*(x.id for x in built), own.id])


@pytest.fixture
def source(store: Store, tsia: MaturityModel, ftworks: MaturityModel) -> tuple[Store, Planned]:
    return store, planned(store, tsia, ftworks)


def plan_of(store: Store, organization_id: str) -> tuple[object, ...]:
    view = store.plan(organization_id, today=TODAY)
    return (
        [t.target for t in view.targets],
        [(i.action, i.achieved_by, i.overdue) for i in view.items],
    )


def targets_as_stored(path: Path) -> list[tuple[object, ...]]:
    return content(path)["target"]


def test_a_round_trip_into_an_empty_store_gives_the_same_plans_and_private_notes(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    result = export_snapshot(store, snapshot)
    assert (result.targets, result.actions) == (3, len(p.actions) + 1)
    with Store.open(tmp_path / "other.db") as other:
        outcome = import_snapshot(other, snapshot, builtin_catalog)
        assert outcome.applied
        assert (outcome.targets.new, outcome.actions.new) == (3, len(p.actions) + 1)
        assert "targets: 3 new, 0 updated, 0 unchanged" in outcome.describe()
        for org in (p.acme, p.beta):
            assert plan_of(other, org) == plan_of(store, org)
        assert other.answers(p.assessment) == store.answers(p.assessment)
        assert (
            other.answers(p.assessment)[
                other.scored(p.assessment).model.criteria[0].id
            ].private_notes
            == ANSWER_NOTE
        )
        assert [o.name for o in other.organizations()] == ["Acme Analytics", "Beta Corp"]
        again = tmp_path / "again.csv"
        export_snapshot(other, again)
    ours, theirs = content(store.path), content(tmp_path / "other.db")
    assert [r for r in ours["target"] if r[0] != p.gone] == theirs["target"]
    assert [r for r in ours["action"] if r[1] != p.gone] == theirs["action"]
    assert any(r[2] is None for r in theirs["target"])  # the cleared one
    assert theirs["answer"] == ours["answer"]
    assert again.read_bytes() == snapshot.read_bytes()


def test_the_same_file_imported_twice_changes_nothing(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, _ = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    other_path = tmp_path / "other.db"
    with Store.open(other_path) as other:
        import_snapshot(other, snapshot, builtin_catalog)
    before = content(other_path)
    with Store.open(other_path) as other:
        outcome = import_snapshot(other, snapshot, builtin_catalog)
    assert not outcome.changes_anything
    assert outcome.targets.unchanged == 3 and outcome.targets.new == outcome.targets.updated == 0
    assert outcome.actions.unchanged > 5 and outcome.actions.new == outcome.actions.updated == 0
    assert content(other_path) == before


def test_plan_rows_follow_their_organization_with_its_cells_and_no_answer_cells(
    source: tuple[Store, Planned], tmp_path: Path
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    assert header == list(SNAPSHOT_COLUMNS)
    col = {name: i for i, name in enumerate(header)}
    kinds = [
        ("action" if r[col["action_id"]] else "target" if r[col["target_updated_at"]] else "")
        + ":"
        + r[col["organization_id"]]
        for r in rows
    ]
    # Acme's assessment, then its plan (targets first); then Beta, which has no assessment.
    acme_plan = kinds.index(f"target:{p.acme}")
    assert set(kinds[:acme_plan]) == {f":{p.acme}"}
    assert set(kinds[acme_plan:]) <= {f"target:{p.acme}", f"action:{p.acme}"} | {
        f"target:{p.beta}",
        f"action:{p.beta}",
    }
    assert kinds[-2:] == [f"target:{p.beta}", f"action:{p.beta}"]
    assert not any(p.gone in k for k in kinds)  # in the trash: left out, as its assessments
    keeps = {"organization_id", "organization", "organization_created_at"}
    keeps |= {"organization_updated_at", "model_id", *PLAN_ROW_COLUMNS, *PLAN_MODEL_COLUMNS}
    for row in rows[acme_plan:]:
        assert [n for n in header if row[col[n]] and n not in keeps] == []
        assert row[col["organization"]] in ("Acme Analytics", "Beta Corp")
    # A model no assessment of the file is on travels once, on its first plan row.
    carrying = [r for r in rows[acme_plan:] if r[col["model_definition"]]]
    assert [r[col["model_id"]] for r in carrying] == ["ftworks-5-levels"]
    cleared = [r for r in rows if r[col["target_updated_at"]] and not r[col["target_stage_level"]]]
    assert [r[col["model_id"]] for r in cleared] == ["ftworks-5-levels"]
    # The answer's private notes are on the consensus row of their criterion.
    answered = [r for r in rows[:acme_plan] if r[col[PRIVATE_NOTES_COLUMN]]]
    assert [r[col[PRIVATE_NOTES_COLUMN]] for r in answered] == [
        ANSWER_NOTE,
        "only a private note here",
    ]
    # Spreadsheet-safe: the cells that start like a formula are quoted, and come back.
    first = next(r for r in rows if r[col["action_owner"]] == "'+33 Pat Lee")
    assert first[col["action_title"]] == "'=SUM(A1) first"
    assert first[col["action_private_notes"]] == ACTION_NOTE
    assert first[col["action_status"]] == "in progress"
    assert first[col["action_due_on"]] == "2026-05-01"
    own = next(r for r in rows if r[col["action_title"]] == "'@Hire a CS ops lead")
    assert own[col["action_notes"]] == "'-a note"
    assert own[col["action_criterion_id"]] == own[col["action_source_assessment_id"]] == ""


def test_an_organization_exports_its_plan_and_an_assessment_none(
    source: tuple[Store, Planned], tmp_path: Path
):
    store, p = source
    one_org, one_assessment = tmp_path / "org.csv", tmp_path / "assessment.csv"
    result = export_snapshot(store, one_org, organization_id=p.beta)
    assert (result.assessments, result.targets, result.actions, result.rows) == (0, 1, 1, 2)
    result = export_snapshot(store, one_assessment, assessment_id=p.assessment)
    assert (result.targets, result.actions) == (0, 0)
    header, rows = read_rows(one_assessment)
    col = {name: i for i, name in enumerate(header)}
    assert len(rows) == result.rows
    assert not any(r[col[n]] for r in rows for n in PLAN_ROW_COLUMNS)


def test_a_client_safe_file_holds_no_private_note_and_a_normal_one_holds_them(
    source: tuple[Store, Planned], tmp_path: Path
):
    store, _ = source
    normal, safe = tmp_path / "normal.csv", tmp_path / "safe.csv"
    export_snapshot(store, normal)
    export_snapshot(store, safe, client_safe=True)
    for note in (ANSWER_NOTE, ACTION_NOTE, "beta private", "only a private note here"):
        assert note.encode() in normal.read_bytes()
        assert note.encode() not in safe.read_bytes()
    assert b"PRIVATE" not in safe.read_bytes()
    header, rows = read_rows(safe)
    assert header == list(CLIENT_SAFE_COLUMNS)
    assert not PRIVATE_COLUMNS & set(header)
    assert len(rows) == len(read_rows(normal)[1])  # the same rows, four columns fewer
    assert {len(r) for r in rows} == {len(SNAPSHOT_COLUMNS) - 4}


def test_a_client_safe_file_keeps_the_private_notes_of_the_store_it_goes_into(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, p = source
    normal, safe = tmp_path / "normal.csv", tmp_path / "safe.csv"
    export_snapshot(store, normal)
    other_path = tmp_path / "other.db"
    with Store.open(other_path) as other:
        import_snapshot(other, normal, builtin_catalog)
    # Then the client changes an answer and an action, and sends a client-safe file back.
    model = store.scored(p.assessment).model
    first = model.criteria[0].id
    store.record_answer(p.assessment, first, 3, notes="revised by the client")
    store.edit_action(p.actions[0], status="done", title="Renamed by the client")
    export_snapshot(store, safe, client_safe=True)
    with Store.open(other_path) as other:
        outcome = import_snapshot(other, safe, builtin_catalog)
        assert outcome.answers.updated == 1 and outcome.actions.updated == 1
        answer = other.answers(p.assessment)[first]
        assert (answer.score, answer.notes, answer.private_notes) == (
            3,
            "revised by the client",
            ANSWER_NOTE,
        )
        action = other.action(p.actions[0])
        assert (action.title, action.status, action.private_notes) == (
            "Renamed by the client",
            "done",
            ACTION_NOTE,
        )
        assert other.actions(p.beta)[0].private_notes == "beta private"


def test_an_older_file_without_the_new_columns_keeps_private_notes_and_plans(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    other_path = tmp_path / "other.db"
    with Store.open(other_path) as other:
        import_snapshot(other, snapshot, builtin_catalog)
    plans = {org: plan_of_path(other_path, org) for org in (p.acme, p.beta)}
    # A file as the release before wrote it: no private notes, no plan rows; an answer newer.
    model = store.scored(p.assessment).model
    store.record_answer(p.assessment, model.criteria[0].id, 1, notes="later")
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    dropped = {PRIVATE_NOTES_COLUMN, *PLAN_ROW_COLUMNS}
    kept = [i for i, name in enumerate(header) if name not in dropped]
    older = [
        [r[i] for i in kept]
        for r in rows
        if not r[col["action_id"]] and not r[col["target_updated_at"]]
    ]
    write_rows(snapshot, [header[i] for i in kept], older)
    with Store.open(other_path) as other:
        outcome = import_snapshot(other, snapshot, builtin_catalog)
        assert outcome.answers.updated == 1
        assert outcome.targets.total == outcome.actions.total == 0
        answer = other.answers(p.assessment)[model.criteria[0].id]
        assert (answer.notes, answer.private_notes) == ("later", ANSWER_NOTE)
    for org, plan in plans.items():
        assert plan_of_path(other_path, org) == plan


def plan_of_path(path: Path, organization_id: str) -> tuple[object, ...]:
    with Store.open(path) as store:
        return plan_of(store, organization_id)


# -- bad plan cells: refused with the row and column, nothing changed


def _first(rows: list[list[str]], col: dict[str, int], kind: str) -> int:
    told = "action_id" if kind == "action" else "target_updated_at"
    other = "target_updated_at" if kind == "action" else "action_id"
    return next(i for i, r in enumerate(rows) if r[col[told]] and not r[col[other]])


BAD_CELLS = [
    ("action", "action_status", "closed", "not an action's status"),
    ("action", "action_due_on", "30/06/2027", "not a date the plan can use"),
    ("action", "action_title", "  ", "an action needs a title"),
    ("action", "action_owner", "x" * 201, "at most 200 characters"),
    ("action", "action_id", "not-a-uuid", "not an id"),
    ("action", "action_position", "-1", r"not a position \(a whole number from 0\)"),
    ("action", "action_source_assessment_id", "nope", "not an id"),
    ("action", "action_since", "2026-13-01", "not a date"),
    ("action", "action_created_at", "yesterday", "not a date and time"),
    ("action", "action_notes", "x" * 100_001, "at most"),
    ("action", "action_private_notes", "y" * 100_001, "at most"),
    ("action", "model_id", "", "is not a maturity model's id"),
    # what every teammate's pull refuses is refused here, in the same words
    ("action", "model_id", "TSIA 4 phases", "is not a maturity model's id"),
    ("action", "action_criterion_id", "F 01", "is not a criterion's id"),
    ("action", "action_position", "1500000", r"not a position \(a whole number from 0\)"),
    ("target", "model_id", "My Model", "is not a maturity model's id"),
    ("action", "score", "2", "leaves the assessment's and answer's cells empty"),
    ("action", "assessment_id", "7d5228ca-c8f6-4edc-8d92-7d73de9de615", "leaves the assessment"),
    ("action", "target_stage_level", "2", "an action's row leaves the target_ cells empty"),
    ("action", PRIVATE_NOTES_COLUMN, "x", "leaves the assessment's and answer's cells empty"),
    ("action", "action_title", "bad\x07char", r"control character \(U\+0007\)"),
    ("action", "action_due_on", "1899-12-31", "year is not between 1970 and 2999"),
    ("action", "model_id", "no-such-model", "neither installed nor held in this store"),
    ("action", "action_criterion_id", "ZZ99", "has no criterion 'ZZ99' in any version"),
    ("target", "target_stage_level", "three", "not a stage level"),
    ("target", "target_stage_level", "99", "has no stage 99; its stages are"),
    ("target", "target_due_on", "0001-01-01", "year is not between 1970 and 2999"),
    ("target", "model_id", "no-such-model", "neither installed nor held in this store"),
    ("target", "target_stage_level", "101", "not a stage level"),
    ("target", "target_due_on", "soon", "not a date the plan can use"),
    ("target", "target_updated_at", "2026-02-30T10:00:00", "not a date and time"),
    ("target", "action_title", "stray", "a target's row leaves the action_ cells empty"),
    ("target", "organization", "", "neither in the file nor in this store"),
    ("answer", "action_title", "stray", "holds no target_ or action_ cells"),
    ("answer", "target_stage_level", "2", "holds no target_ or action_ cells"),
]


@pytest.mark.parametrize(
    ("kind", "column", "value", "message"),
    BAD_CELLS,
    ids=[f"{k}-{c}-{v[:10]}" for k, c, v, _ in BAD_CELLS],
)
def test_a_bad_plan_cell_is_refused_with_its_row_and_column_and_nothing_changes(
    source: tuple[Store, Planned],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    kind: str,
    column: str,
    value: str,
    message: str,
):
    store, _ = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    at = 0 if kind == "answer" else _first(rows, col, kind)
    if column == "organization":  # an organization neither named nor known
        for name in ("organization_id", "organization_created_at", "organization_updated_at"):
            rows[at][col[name]] = ""
        rows[at][col["organization_id"]] = "0a19151c-9a3e-49de-90f4-7f3bc679e208"
    if column == "model_id":  # and not the model the row carries
        for name in PLAN_MODEL_COLUMNS:
            rows[at][col[name]] = ""
    rows[at][col[column]] = value
    write_rows(snapshot, header, rows)
    other_path = tmp_path / "other.db"
    with Store.open(other_path) as other:
        other.create_organization("Already here")
    before = content(other_path)
    with Store.open(other_path) as other, pytest.raises(SnapshotError, match=message) as caught:
        import_snapshot(other, snapshot, builtin_catalog)
    assert caught.value.row == at + 2  # the header is row 1
    assert caught.value.column == column
    assert content(other_path) == before


def test_a_duplicate_action_or_target_is_refused(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, _ = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    for kind, column, message in (
        ("action", "action_id", "is on row .* already"),
        ("target", "model_id", "is on row .* already"),
    ):
        at = _first(rows, col, kind)
        write_rows(snapshot, header, [*rows, rows[at]])
        with Store.open(tmp_path / f"{kind}.db") as other:
            with pytest.raises(SnapshotError, match=message) as caught:
                import_snapshot(other, snapshot, builtin_catalog)
            assert (caught.value.row, caught.value.column) == (len(rows) + 2, column)
            assert other.organizations() == []


def test_a_plan_row_of_an_organization_held_here_need_not_name_it(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot, organization_id=p.beta)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, snapshot, builtin_catalog)
        other.edit_action(other.actions(p.beta)[0].id, owner="kept")
        for row in rows:  # a file written by hand: the organization by id alone
            for name in ("organization", "organization_created_at", "organization_updated_at"):
                row[col[name]] = ""
            row[col["action_updated_at"]] = row[col["action_updated_at"]] and (
                "2026-11-29T10:00:00.000000+00:00"
            )
        write_rows(snapshot, header, rows)
        outcome = import_snapshot(other, snapshot, builtin_catalog)
        assert outcome.organizations.total == 0
        assert outcome.targets.unchanged == 1 and outcome.actions.conflicts == 1


def test_a_header_with_an_action_id_needs_every_action_column_but_the_private_notes(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, _ = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    for missing in ("action_title", "target_due_on"):
        drop = header.index(missing)
        write_rows(
            snapshot,
            header[:drop] + header[drop + 1 :],
            [r[:drop] + r[drop + 1 :] for r in rows],
        )
        with (
            Store.open(tmp_path / f"{missing}.db") as other,
            pytest.raises(SnapshotError, match=f"the column '{missing}' is missing"),
        ):
            import_snapshot(other, snapshot, builtin_catalog)


def test_a_future_stamp_on_a_plan_row_is_refused_unless_accepted(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, _ = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    at = _first(rows, col, "action")
    rows[at][col["action_updated_at"]] = "2999-01-01T00:00:00.000000+00:00"
    write_rows(snapshot, header, rows)
    with Store.open(tmp_path / "other.db") as other:
        with pytest.raises(SnapshotError, match="more than a day ahead") as caught:
            import_snapshot(other, snapshot, builtin_catalog)
        assert (caught.value.row, caught.value.column) == (at + 2, "action_updated_at")
        outcome = import_snapshot(other, snapshot, builtin_catalog, accept_future=True)
        assert outcome.future_rows == 1 and outcome.actions.new > 5


# -- the release-0.1 store


RELEASE_0_1 = Path(__file__).parents[1] / "store" / "data" / "schema1.db"


def test_the_release_0_1_store_with_a_plan_added_survives_a_round_trip(
    tmp_path: Path, builtin_catalog: ModelCatalog
):
    old = tmp_path / "old.db"
    shutil.copyfile(RELEASE_0_1, old)
    with Store.open(old) as store:  # upgraded, after a backup
        latest = max(store.assessments(), key=lambda a: (a.assessed_on, a.created_at))
        model = store.scored(latest.id).model
        org = latest.organization_id
        store.set_target(org, model, max(s.level for s in model.stages), "2027-06-30")
        built = store.build_roadmap(org, model.id)
        assert built
        store.edit_action(built[0].id, owner="Pat", status="in progress", private_notes="p1")
        store.add_action(org, model.id, "A step of our own", notes="shared", private_notes="p2")
        if latest.status == "complete":
            store.set_status(latest.id, "draft")
        store.record_private_notes(latest.id, model.criteria[0].id, "p3")
        snapshot = tmp_path / "snapshot.csv"
        export_snapshot(store, snapshot)
        with Store.open(tmp_path / "new.db") as other:
            outcome = import_snapshot(other, snapshot, builtin_catalog)
            assert outcome.applied and outcome.actions.new == len(built) + 1
            assert plan_of(other, org) == plan_of(store, org)
            for a in store.assessments():
                assert other.answers(a.id) == store.answers(a.id)
                assert other.result(a.id) == store.result(a.id)
            again = tmp_path / "again.csv"
            export_snapshot(other, again)
    assert again.read_bytes() == snapshot.read_bytes()
    ours, theirs = content(old), content(tmp_path / "new.db")
    assert (theirs["target"], theirs["action"]) == (ours["target"], ours["action"])
    assert "p3" in {r[-2] for r in theirs["answer"]}  # then when it was written


def test_an_action_held_here_never_moves_to_another_model(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog, ftworks
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    at = next(i for i, r in enumerate(rows) if r[col["action_id"]] == p.actions[-1])
    rows[at][col["model_id"]] = ftworks.id  # the consultant's own action: no criterion
    rows[at][col["action_updated_at"]] = "2026-11-29T10:00:00.000000+00:00"
    write_rows(snapshot, header, rows)
    before = content(store.path)
    with pytest.raises(SnapshotError, match="an action never moves to another model") as caught:
        import_snapshot(store, snapshot, builtin_catalog)
    assert (caught.value.row, caught.value.column) == (at + 2, "model_id")
    assert content(store.path) == before


def _more_actions(rows: list[list[str]], col: dict[str, int], count: int) -> list[list[str]]:
    """`count` copies of the file's first action row, each an action of its own."""
    first = rows[_first(rows, col, "action")]
    more = []
    for _ in range(count):
        row = list(first)
        row[col["action_id"]] = str(uuid.uuid4())
        more.append(row)
    return more


def test_a_file_with_more_actions_than_a_roadmap_holds_is_refused(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    """Imported whole, a million actions made every plan of the organization take minutes."""
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot, organization_id=p.acme)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    held = sum(1 for r in rows if r[col["action_id"]])
    write_rows(snapshot, header, rows + _more_actions(rows, col, MAX_ACTIONS - held + 1))
    with Store.open(tmp_path / "other.db") as other:
        with pytest.raises(SnapshotError, match="more than 10,000 actions in the file") as caught:
            import_snapshot(other, snapshot, builtin_catalog)
        assert (caught.value.row, caught.value.column) == (
            len(rows) + 1 + MAX_ACTIONS - held + 1,
            "action_id",
        )
        assert other.organizations() == []


def test_actions_here_and_in_the_file_together_stay_within_the_bound(
    source: tuple[Store, Planned], tmp_path: Path, builtin_catalog: ModelCatalog
):
    store, p = source
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot, organization_id=p.acme)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    held = sum(1 for r in rows if r[col["action_id"]])
    room = MAX_ACTIONS - held
    write_rows(snapshot, header, rows + _more_actions(rows, col, room))
    import_snapshot(store, snapshot, builtin_catalog)  # up to the bound: taken
    assert len(store.actions(p.acme)) == MAX_ACTIONS
    write_rows(snapshot, header, rows + _more_actions(rows, col, 1))
    before = content(store.path)
    with pytest.raises(SnapshotError, match="would hold 10,001 actions") as caught:
        import_snapshot(store, snapshot, builtin_catalog)
    assert (caught.value.row, caught.value.column) == (len(rows) + 2, "action_id")
    assert content(store.path) == before


def test_a_store_past_the_bound_still_imports_a_file_that_adds_no_action(
    store: Store, tsia: MaturityModel, tmp_path: Path, builtin_catalog: ModelCatalog
):
    """Team pulls are not bounded, so a store may hold more actions than the bound: a file
    that only brings its known actions back is taken; one new action is refused."""
    org = store.create_organization("Acme")
    store.set_target(org.id, tsia, 3, "2027-06-30")
    store.add_action(org.id, tsia.id, "ours")
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    now = "2026-11-30T00:00:00.000000+00:00"
    store.db.connection().executemany(
        "INSERT INTO action (id, organization_id, model_id, criterion_id, title, owner, "
        "due_on, status, notes, private_notes, position, source_assessment_id, since, "
        "created_at, updated_at, private_notes_at) VALUES "
        "(?, ?, ?, '', 'pulled', '', '', 'open', '', '', ?, '', '', ?, ?, '')",
        [(str(uuid.uuid4()), org.id, tsia.id, i + 2, now, now) for i in range(MAX_ACTIONS)],
    )
    import_snapshot(store, snapshot, builtin_catalog)  # nothing new: taken
    assert len(store.actions(org.id)) == MAX_ACTIONS + 1
    write_rows(snapshot, header, rows + _more_actions(rows, col, 1))
    before = content(store.path)
    with pytest.raises(SnapshotError, match="would hold 10,002 actions") as caught:
        import_snapshot(store, snapshot, builtin_catalog)
    assert (caught.value.row, caught.value.column) == (len(rows) + 2, "action_id")
    assert content(store.path) == before


def test_noncharacters_a_release_wrote_are_imported_cleaned_not_refused(
    store: Store, tsia: MaturityModel, tmp_path: Path, builtin_catalog: ModelCatalog
):
    """Release 0.3.0's exporter kept U+FFFE / U+FFFF: such a file is taken, its text without
    them, as the store keeps text typed in."""
    org = store.create_organization("Acme")
    x = store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    criterion = tsia.criteria[0].id
    store.record_answer(x.id, criterion, tsia.max_score, notes="pasted")
    store.record_private_notes(x.id, criterion, "mine")
    action = store.add_action(org.id, tsia.id, "Charter first", notes="seen")
    snapshot = tmp_path / "snapshot.csv"
    export_snapshot(store, snapshot)
    text = snapshot.read_text(encoding="utf-8-sig")
    for word in ("pasted", "mine", "Charter first", "seen", "Acme"):
        text = text.replace(word, word + "\uffff\ufffe")
    snapshot.write_text(text, encoding="utf-8-sig")
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, snapshot, builtin_catalog)
        answer = other.answers(x.id)[criterion]
        assert (answer.notes, answer.private_notes) == ("pasted", "mine")
        taken = other.action(action.id)
        assert (taken.title, taken.notes) == ("Charter first", "seen")
        assert [o.name for o in other.organizations()] == ["Acme"]


# -- private notes merge apart from their row


def test_a_client_s_ordinary_snapshot_keeps_the_consultant_s_private_notes(
    store: Store, tsia: MaturityModel, tmp_path: Path, builtin_catalog: ModelCatalog
):
    """The consultant sends a client-safe file; the client marks an action done and rates an
    answer again, then sends back an ordinary file (private notes columns, empty, and newer
    rows): the client's changes are taken, the consultant's private notes stay."""
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    criterion = tsia.criteria[0].id
    store.record_answer(a.id, criterion, 1, notes="seen the plan")
    store.record_private_notes(a.id, criterion, ANSWER_NOTE)
    action = store.add_action(org.id, tsia.id, "Write the plan", private_notes=ACTION_NOTE)
    export_snapshot(store, tmp_path / "to_client.csv", client_safe=True)
    with Store.open(tmp_path / "client.db") as client:
        import_snapshot(client, tmp_path / "to_client.csv", builtin_catalog)
        client.edit_action(action.id, status="done")
        client.record_answer(a.id, criterion, 2)
        export_snapshot(client, tmp_path / "from_client.csv")

    outcome = import_snapshot(store, tmp_path / "from_client.csv", builtin_catalog)
    assert outcome.applied
    assert (store.action(action.id).status, store.action(action.id).private_notes) == (
        "done",
        ACTION_NOTE,
    )
    answer = store.answers(a.id)[criterion]
    assert (answer.score, answer.notes, answer.private_notes) == (2, "seen the plan", ANSWER_NOTE)
    header, _ = read_rows(tmp_path / "from_client.csv")
    assert {PRIVATE_NOTES_COLUMN, "private_notes_at", "action_private_notes_at"} <= set(header)


def test_the_newest_private_notes_win_whichever_copy_of_the_row_wins(
    store: Store, tsia: MaturityModel, tmp_path: Path, builtin_catalog: ModelCatalog
):
    org = store.create_organization("Acme")
    action = store.add_action(org.id, tsia.id, "Write the plan", private_notes="old")
    a = store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    criterion = tsia.criteria[0].id
    store.record_private_notes(a.id, criterion, "old")
    export_snapshot(store, tmp_path / "all.csv")
    with Store.open(tmp_path / "other.db") as other:
        import_snapshot(other, tmp_path / "all.csv", builtin_catalog)
        # Here: newer private notes. There: a newer row, private notes as they were.
        store.edit_action(action.id, private_notes="")  # cleared: a change that travels
        store.record_private_notes(a.id, criterion, "new")
        other.edit_action(action.id, owner="Kim")
        other.record_answer(a.id, criterion, 3)
        export_snapshot(other, tmp_path / "other.csv")
        export_snapshot(store, tmp_path / "mine.csv")
        import_snapshot(other, tmp_path / "mine.csv", builtin_catalog)
        import_snapshot(store, tmp_path / "other.csv", builtin_catalog)
        for s in (store, other):
            kept = s.action(action.id)
            assert (kept.owner, kept.private_notes) == ("Kim", "")
            assert kept.private_notes_at == store.action(action.id).private_notes_at != ""
            answer = s.answers(a.id)[criterion]
            assert (answer.score, answer.private_notes) == (3, "new")
