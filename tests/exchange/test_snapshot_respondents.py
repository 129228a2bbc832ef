"""Respondents in snapshots: each one's ratings travel on rows of their own after the
contract's columns, the contract's rows staying the consensus. A round trip keeps every
respondent, rating, note, stamp and which answers are the median; importing twice changes
nothing; a newer rating wins; every new cell is checked as strictly as the rest; and an older
reader, which knows only the earlier columns, takes the consensus as exported."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from snapshot_helpers import AWKWARD, content, read_rows, write_rows

from csmaturity_app.exchange import SnapshotError, export_snapshot, import_snapshot
from csmaturity_app.exchange.csv_format import (
    CONTRACT_COLUMNS,
    EXTRA_COLUMNS,
    RESPONDENT_COLUMNS,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store

FILLED_AT = "2026-03-02T10:00:00.000000+00:00"


def with_respondents(store: Store, tsia: MaturityModel) -> tuple[str, dict[str, str]]:
    """An assessment rated by its assessor and three respondents (one who rated nothing), a
    consensus set by the facilitator, and a questionnaire collected; its id and the
    respondents' ids by name."""
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann", date(2026, 3, 1))
    c = [criterion.id for criterion in tsia.criteria]
    store.record_answer(a.id, c[0], 3, notes="the assessor's view")
    store.record_answer(a.id, c[1], None, not_applicable=True)
    pat = store.add_respondent(a.id, "Pat Lee", "VP Customer Success")
    sam = store.add_respondent(a.id, '=Sam, "the" CSM', "CSM\u2013lead")
    quiet = store.add_respondent(a.id, "Quinn", "")
    store.record_respondent_answer(pat.id, c[0], 1, notes=AWKWARD[3])
    store.record_respondent_answer(pat.id, c[1], None, not_applicable=True)
    store.record_respondent_notes(pat.id, c[2], "notes alone, no rating")
    store.collect_answers(sam.id, {c[0]: (2, False, "@sum(A1)"), c[3]: (0, False, "")}, FILLED_AT)
    store.record_answer(a.id, c[3], 2, notes="agreed in the workshop")  # the facilitator's
    ids = {r.name: r.id for r in store.respondents(a.id)}
    assert quiet.id in ids.values()
    return a.id, ids


@pytest.fixture
def exported(tmp_path: Path, tsia: MaturityModel) -> tuple[Path, Path, str, dict[str, str]]:
    """The source store, its snapshot, the assessment and its respondents."""
    source = tmp_path / "source.db"
    with Store.open(source) as store:
        assessment_id, ids = with_respondents(store, tsia)
        export_snapshot(store, tmp_path / "snap.csv")
    return source, tmp_path / "snap.csv", assessment_id, ids


def test_a_round_trip_keeps_every_respondent_rating_note_stamp_and_median_flag(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
):
    source, snapshot, assessment_id, ids = exported
    with Store.open(tmp_path / "copy.db") as copy:
        plan = import_snapshot(copy, snapshot, builtin_catalog)
        assert plan.applied
        assert (plan.respondents.new, plan.ratings.new) == (4, 7)
        assert "respondents: 4 new, 0 updated, 0 unchanged" in plan.describe()
        export_snapshot(copy, tmp_path / "again.csv")
        again = import_snapshot(copy, snapshot, builtin_catalog)  # twice: nothing changes
        assert not again.changes_anything
        assert (again.respondents.unchanged, again.ratings.unchanged) == (4, 7)
    assert content(tmp_path / "copy.db") == content(source)
    assert (tmp_path / "again.csv").read_bytes() == snapshot.read_bytes()
    with Store.open_for_reading(tmp_path / "copy.db") as copy:
        view = copy.respondents_view(assessment_id)
        assert [r.name for r in view.respondents] == [
            "Ann",
            "Pat Lee",
            '=Sam, "the" CSM',
            "Quinn",
        ]
        assert view.respondents[2].collected_at == FILLED_AT
        assert view.ratings[ids["Quinn"]] == {}


def test_respondent_rows_leave_the_consensus_cells_empty_and_carry_their_own(
    exported: tuple[Path, Path, str, dict[str, str]], tsia: MaturityModel
):
    _source, snapshot, _assessment_id, ids = exported
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    start = len(CONTRACT_COLUMNS) + len(EXTRA_COLUMNS)
    assert header[start : start + len(RESPONDENT_COLUMNS)] == list(RESPONDENT_COLUMNS)
    contract = [r for r in rows if not r[col["respondent_id"]]]
    theirs = [r for r in rows if r[col["respondent_id"]]]
    assert len(contract) == len(tsia.criteria)
    # the assessor's 2 + Pat's 3 + Sam's 2 + one row for Quinn, who rated nothing
    assert len(theirs) == 8
    for row in theirs:
        assert [row[col[c]] for c in ("score", "score_label", "notes", "updated_at")] == [""] * 4
        assert row[col["not_applicable"]] == "false"
    pat = {r[col["criterion_id"]]: r for r in theirs if r[col["respondent_id"]] == ids["Pat Lee"]}
    first = pat[tsia.criteria[0].id]
    assert (first[col["respondent_score"]], first[col["respondent_notes"]]) == ("1", "two\nlines")
    assert first[col["respondent_role"]] == "VP Customer Success"
    sam = next(r for r in theirs if r[col["respondent_id"]] == ids['=Sam, "the" CSM'])
    assert sam[col["respondent"]] == '\'=Sam, "the" CSM'  # safe to open in a spreadsheet
    quinn = [r for r in theirs if r[col["respondent_id"]] == ids["Quinn"]]
    assert [r[col["respondent_answered_at"]] for r in quinn] == [""]
    median = {r[col["criterion_id"]]: r[col["from_respondents"]] for r in contract}
    assert median[tsia.criteria[0].id] == "true"  # Ann 3, Pat 1, Sam 2: the median, 2
    assert median[tsia.criteria[3].id] == "false"  # set by the facilitator
    consensus = {r[col["criterion_id"]]: r[col["score"]] for r in contract}
    assert consensus[tsia.criteria[0].id] == "2"


@pytest.mark.parametrize("kept", ["contract", "earlier"])
def test_an_older_reader_takes_the_consensus_as_exported(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    kept: str,
):
    """Today's reader restricted to the columns an older one knows (the contract's alone, or
    up to the extras before respondents): respondents' rows are unanswered rows to it."""
    source, snapshot, assessment_id, _ = exported
    header, rows = read_rows(snapshot)
    width = len(CONTRACT_COLUMNS) + (len(EXTRA_COLUMNS) if kept == "earlier" else 0)
    older = tmp_path / "older.csv"
    write_rows(older, header[:width], [r[:width] for r in rows])
    with Store.open_for_reading(source) as store:
        expected = store.answers(assessment_id)
    with Store.open(tmp_path / "older.db") as other:
        import_snapshot(other, older, builtin_catalog)
        got = other.answers(assessment_id)
        assert other.respondents(assessment_id)[0].implicit
    assert {c: (a.score, a.not_applicable, a.notes) for c, a in got.items()} == {
        c: (a.score, a.not_applicable, a.notes) for c, a in expected.items()
    }
    if kept == "earlier":
        assert got == expected  # stamps too
    with Store.open(source) as store:  # and into the store that wrote it: nothing changes
        before = content(source)
        assert not import_snapshot(store, older, builtin_catalog).changes_anything
    assert content(source) == before


def test_a_newer_rating_wins_and_the_consensus_follows_it(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
):
    source, snapshot, assessment_id, ids = exported
    first = tsia.criteria[0].id
    with Store.open(tmp_path / "copy.db") as copy:
        import_snapshot(copy, snapshot, builtin_catalog)
    with Store.open(source) as store:
        store.record_respondent_answer(ids["Pat Lee"], first, 3)  # Ann 3, Pat 3, Sam 2 -> 3
        export_snapshot(store, tmp_path / "newer.csv")
    with Store.open(tmp_path / "copy.db") as copy:
        plan = import_snapshot(copy, tmp_path / "newer.csv", builtin_catalog)
        assert plan.ratings.updated == 1
        assert copy.answers(assessment_id)[first].score == 3
        copy.record_respondent_answer(ids['=Sam, "the" CSM'], first, 0)
        assert copy.answers(assessment_id)[first].score == 3  # Ann 3, Pat 3, Sam 0
        stale = import_snapshot(copy, snapshot, builtin_catalog)  # the older file
        assert stale.ratings.conflicts == 2  # Pat's and Sam's, newer here: kept
        view = copy.respondents_view(assessment_id)
        assert view.ratings[ids["Pat Lee"]][first].score == 3
        assert copy.answers(assessment_id)[first].score == 3


def test_a_respondent_removed_here_comes_back_from_a_file_as_an_assessment_would(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
):
    """A snapshot knows nothing of deletions: what it holds is merged, as for assessments."""
    source, snapshot, assessment_id, ids = exported
    with Store.open(source) as store:
        store.remove_respondent(ids["Quinn"])
        plan = import_snapshot(store, snapshot, builtin_catalog)
        assert plan.respondents.new == 1
        assert "Quinn" in [r.name for r in store.respondents(assessment_id)]


def test_a_file_without_the_respondent_columns_imports_as_before(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
):
    source, snapshot, _assessment_id, _ = exported
    header, rows = read_rows(snapshot)
    cut = header.index("from_respondents")
    contract_rows = [r[:cut] for r in rows if not r[header.index("respondent_id")]]
    write_rows(tmp_path / "plain.csv", header[:cut], contract_rows)
    with Store.open(source) as store:
        before = content(source)
        assert not import_snapshot(store, tmp_path / "plain.csv", builtin_catalog).changes_anything
    assert content(source) == before  # the medians stay medians


# -- bad cells: one message naming the row and column, and nothing stored changes

FUTURE = (datetime.now(UTC) + timedelta(days=3)).isoformat(timespec="microseconds")


def _edit(rows: list[list[str]], col: dict[str, int], ids: dict[str, str], bad: str) -> int:
    """Spoil one respondent row of Pat's (or more); the file row that should be named."""
    pat = [n for n, r in enumerate(rows) if r[col["respondent_id"]] == ids["Pat Lee"]]
    target = rows[pat[0]]
    cell = {
        "respondent id": ("respondent_id", "not-a-uuid"),
        "score in the consensus cells": ("score", "2"),
        "rating off the scale": ("respondent_score", "7"),
        "rating without its time": ("respondent_answered_at", ""),
        "rating in the future": ("respondent_answered_at", FUTURE),
        "both scored and not applicable": ("respondent_not_applicable", "true"),
        "name too long": ("respondent", "x" * 201),
        "control character in notes": ("respondent_notes", "a\x07b"),
        "position": ("respondent_position", "-1"),
    }.get(bad)
    if cell is not None:
        if cell[0] in ("respondent", "respondent_position"):
            for n in pat:  # repeated on each of their rows
                rows[n][col[cell[0]]] = cell[1]
        else:
            target[col[cell[0]]] = cell[1]
        return pat[0] + 2
    if bad == "collected digest":  # a fill time, with a digest that is none
        for n in pat:
            rows[n][col["respondent_collected_at"]] = FILLED_AT
            rows[n][col["respondent_collected_digest"]] = "beef"
        return pat[0] + 2
    if bad == "rating on a consensus row":
        consensus = next(n for n, r in enumerate(rows) if not r[col["respondent_id"]])
        rows[consensus][col["respondent_score"]] = "2"
        return consensus + 2
    if bad == "duplicated rating":
        rows.append(list(target))
        return len(rows) + 1
    if bad == "differs between rows":
        rows[pat[1]][col["respondent_role"]] = "CFO"
        return pat[1] + 2
    raise AssertionError(bad)


@pytest.mark.parametrize(
    ("bad", "column", "said"),
    [
        ("respondent id", "respondent_id", "'not-a-uuid' is not an id"),
        ("score in the consensus cells", "score", "a respondent's row leaves the consensus"),
        ("rating off the scale", "respondent_score", "'7' is not a score"),
        ("rating without its time", "respondent_answered_at", "a rating needs the time"),
        ("rating in the future", "respondent_answered_at", "ahead of this computer's clock"),
        ("both scored and not applicable", "respondent_score", "either scored or not"),
        ("name too long", "respondent", "at most 200 characters"),
        ("control character in notes", "respondent_notes", "a control character (U+0007)"),
        ("position", "respondent_position", "'-1' is not a position"),
        ("collected digest", "respondent_collected_digest", "'beef' is not a digest"),
        ("duplicated rating", "criterion_id", "a snapshot holds each rating once"),
        ("rating on a consensus row", "respondent_score", "it holds no respondent's cells"),
        ("differs between rows", "respondent_role", "differs from row"),
    ],
)
def test_a_bad_respondent_cell_is_refused_naming_row_and_column(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    builtin_catalog: ModelCatalog,
    bad: str,
    column: str,
    said: str,
):
    _source, snapshot, _, ids = exported
    header, rows = read_rows(snapshot)
    col = {name: i for i, name in enumerate(header)}
    row = _edit(rows, col, ids, bad)
    write_rows(tmp_path / "bad.csv", header, rows)
    with Store.open(tmp_path / "target.db") as target:
        before = content(target.path)
        with pytest.raises(SnapshotError) as refused:
            import_snapshot(target, tmp_path / "bad.csv", builtin_catalog)
        assert content(target.path) == before
    message = str(refused.value)
    assert "\n" not in message
    assert f"row {row}, column {column}: " in message
    assert said in message


def test_a_respondent_of_another_assessment_is_refused(
    exported: tuple[Path, Path, str, dict[str, str]],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
):
    """In the file (one respondent on two assessments' rows), and against the store (a
    respondent here rates another assessment): all or nothing."""
    source, _snapshot, assessment_id, ids = exported
    with Store.open(source) as store:
        other = store.create_assessment(
            store.assessment(assessment_id).organization_id, tsia, "Ann", date(2026, 4, 1)
        )
        store.record_answer(other.id, tsia.criteria[0].id, 1)
        export_snapshot(store, tmp_path / "two.csv")
    header, rows = read_rows(tmp_path / "two.csv")
    col = {name: i for i, name in enumerate(header)}
    moved = [list(r) for r in rows if r[col["respondent_id"]] == ids["Pat Lee"]][:1]
    template = next(r for r in rows if r[col["assessment_id"]] == other.id)
    for name in header:
        if name.startswith("respondent") or name in ("model_definition",):
            continue
        if name in ("criterion_id", "criterion", "stage", "stage_level", "dimension"):
            continue
        moved[0][col[name]] = template[col[name]] if name != "not_applicable" else "false"
    moved[0][col["score"]] = moved[0][col["score_label"]] = moved[0][col["updated_at"]] = ""
    moved[0][col["notes"]] = ""
    moved[0][col["from_respondents"]] = moved[0][col["needs_review"]] = "false"
    write_rows(tmp_path / "moved.csv", header, [*rows, moved[0]])
    with Store.open(tmp_path / "target.db") as target:
        with pytest.raises(SnapshotError) as refused:
            import_snapshot(target, tmp_path / "moved.csv", builtin_catalog)
        assert target.organizations() == []
    assert f"row {len(rows) + 2}, column respondent_id: " in str(refused.value)
    assert "a respondent belongs to one assessment" in str(refused.value)

    # Against the store: the file names Pat under the other assessment only.
    alone = [r for r in rows if r[col["respondent_id"]] != ids["Pat Lee"]] + moved
    write_rows(tmp_path / "alone.csv", header, alone)
    with Store.open(source) as store:
        before = content(source)
        with pytest.raises(Exception) as refused:
            import_snapshot(store, tmp_path / "alone.csv", builtin_catalog)
        assert f"respondent {ids['Pat Lee']} belongs to assessment {assessment_id}" in str(
            refused.value
        )
    assert content(source) == before


def test_an_assessor_named_on_two_lines_is_written_down_as_respondents_are_named(
    store: Store, tsia: MaturityModel, tmp_path: Path, builtin_catalog: ModelCatalog
):
    """An assessor's name may hold a line break; written down as the first respondent, it is
    named on one line, which a snapshot (and a team sync) takes back as it is."""
    org = store.create_organization("Acme")
    a = store.create_assessment(org.id, tsia, "Ann\n  Smith", date(2026, 3, 1))
    store.record_answer(a.id, tsia.criteria[0].id, 2)
    store.add_respondent(a.id, "Pat Lee")
    assert [r.name for r in store.respondents(a.id)] == ["Ann Smith", "Pat Lee"]
    export_snapshot(store, tmp_path / "snap.csv")
    with Store.open(tmp_path / "copy.db") as copy:
        import_snapshot(copy, tmp_path / "snap.csv", builtin_catalog)
        assert copy.respondents(a.id) == store.respondents(a.id)
        assert not import_snapshot(copy, tmp_path / "snap.csv", builtin_catalog).changes_anything
