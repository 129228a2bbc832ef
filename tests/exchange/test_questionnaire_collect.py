"""Collecting questionnaires into the store: each file on its own, the newest fill of each
respondent winning, and a line for each file saying what it changed or why it is refused."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from questionnaire_files import assessment_with_team, fill, saved_at

from csmaturity_app.exchange import Cancelled
from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires, when
from csmaturity_app.exchange.questionnaire_layout import BINDING_SHEET, binding_digest
from csmaturity_app.exchange.questionnaire_write import write_questionnaire, write_questionnaires
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import RespondentRecord, Store

EARLIER = datetime(2026, 11, 28, 14, 2, tzinfo=UTC)
LATER = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)


@pytest.fixture
def team(store: Store, tsia: MaturityModel, tmp_path: Path) -> tuple[str, list[RespondentRecord]]:
    return assessment_with_team(store, tsia)


@pytest.fixture
def files(store: Store, team, tmp_path: Path) -> list[Path]:
    """Alex's, Pat's and Sam's questionnaires, as written."""
    return write_questionnaires(store, team[0], tmp_path / "sent")


def ratings(store: Store, assessment: str) -> dict[str, dict[str, tuple]]:
    view = store.respondents_view(assessment)
    return {
        person.name: {
            c: (a.score, a.not_applicable, a.notes)
            for c, a in view.ratings.get(person.id, {}).items()
        }
        for person in view.respondents
    }


def test_three_fills_become_ratings_and_their_median_the_consensus(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    assessment, _ = team
    c1, c2, c3 = (c.id for c in tsia.criteria[:3])
    fill(files[0], {c1: 0, c2: "n/a", c3: 3})
    fill(files[1], {c1: "3 Fully in place", c2: "n/a"}, {c1: "we renew on time"})
    fill(files[2], {c1: 2, c2: 1})
    results = collect_questionnaires(store, files)
    assert [r.error for r in results] == ["", "", ""]
    assert results[1].line == "Acme - Pat Lee.xlsx: collected from Pat Lee: 2 new ratings"
    assert ratings(store, assessment)["Pat Lee"] == {
        c1: (3, False, "we renew on time"),
        c2: (None, True, ""),
    }
    answers = store.answers(assessment)
    assert (answers[c1].score, answers[c2].not_applicable, answers[c3].score) == (2, True, 3)
    assert store.result(assessment).answered == 3


def test_a_bad_file_collects_nothing_and_the_others_still_go(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    assessment, _ = team
    c1 = tsia.criteria[0].id
    fill(files[0], {c1: 1})
    fill(files[1], {c1: 2, tsia.criteria[10].id: "maybe"})
    results = collect_questionnaires(store, files)
    assert results[1].outcome is None
    assert results[1].line == results[1].error
    assert results[1].error.startswith(
        "Acme - Pat Lee.xlsx, sheet Questionnaire, cell F12: 'maybe' is not a rating"
    )
    collected = ratings(store, assessment)
    assert collected["Alex"] == {c1: (1, False, "")} and collected["Pat Lee"] == {}
    assert results[2].changes_anything


def test_the_same_file_twice_changes_nothing(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    assessment, _ = team
    fill(files[1], {tsia.criteria[0].id: 2})
    collect_questionnaires(store, [files[1]])
    before = (ratings(store, assessment), store.assessment(assessment).updated_at)
    (again,) = collect_questionnaires(store, [files[1]])
    assert again.line == "Acme - Pat Lee.xlsx: Pat Lee: already collected; nothing changes"
    assert not again.changes_anything
    assert (ratings(store, assessment), store.assessment(assessment).updated_at) == before


def test_a_newer_fill_replaces_the_older_and_the_preview_says_so(
    store: Store, tsia: MaturityModel, team, files: list[Path], tmp_path: Path
):
    assessment, _ = team
    c1, c2 = (c.id for c in tsia.criteria[:2])
    older = tmp_path / "pat-older.xlsx"
    shutil.copy(files[1], older)
    saved_at(fill(older, {c1: 1, c2: 1}), EARLIER)
    newer = saved_at(fill(files[1], {c1: 3}), LATER)
    collect_questionnaires(store, [older])
    (preview,) = collect_questionnaires(store, [newer], dry_run=True)
    assert preview.line == (
        f"Acme - Pat Lee.xlsx: would collect from Pat Lee: 1 changed, 1 cleared; "
        f"replaces the fill of {when(EARLIER.isoformat())}"
    )
    assert ratings(store, assessment)["Pat Lee"][c1] == (1, False, "")  # a preview writes nothing
    collect_questionnaires(store, [newer])
    assert ratings(store, assessment)["Pat Lee"][c1] == (3, False, "")
    assert ratings(store, assessment)["Pat Lee"][c2] == (None, False, "")
    (stale,) = collect_questionnaires(store, [older])
    assert stale.line == (
        f"pat-older.xlsx: Pat Lee: not collected: saved {when(EARLIER.isoformat())}, before "
        f"the fill collected already (saved {when(LATER.isoformat())}); nothing changes"
    )
    assert ratings(store, assessment)["Pat Lee"][c1] == (3, False, "")


def test_a_file_named_twice_in_one_run_is_taken_once(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    fill(files[1], {tsia.criteria[0].id: 2})
    first, second = collect_questionnaires(store, [files[1], files[1]])
    assert first.line == "Acme - Pat Lee.xlsx: collected from Pat Lee: 1 new rating"
    assert second.line == "Acme - Pat Lee.xlsx: named more than once: taken once"


def test_of_two_files_of_one_respondent_in_one_run_the_newer_wins(
    store: Store, tsia: MaturityModel, team, files: list[Path], tmp_path: Path
):
    assessment, _ = team
    c1 = tsia.criteria[0].id
    older = tmp_path / "pat-monday.xlsx"
    shutil.copy(files[1], older)
    saved_at(fill(older, {c1: 1}), EARLIER)
    newer = saved_at(fill(files[1], {c1: 3}), LATER)
    for dry_run in (True, False):
        first, second = collect_questionnaires(store, [newer, older], dry_run=dry_run)
        assert second.line == (
            "pat-monday.xlsx: not collected: Acme - Pat Lee.xlsx is a newer fill of the same "
            "respondent"
        )
        assert first.line.endswith("; newer than pat-monday.xlsx, which is left out")
    assert ratings(store, assessment)["Pat Lee"][c1] == (3, False, "")


def test_a_questionnaire_of_another_assessment_is_refused(
    store: Store, tsia: MaturityModel, team, files: list[Path], tmp_path: Path
):
    other_id, _ = assessment_with_team(store, tsia, "Globex")
    (result,) = collect_questionnaires(store, [files[1]], assessment_id=other_id)
    assert result.line == "Acme - Pat Lee.xlsx: is a questionnaire of another assessment"
    with Store.open(tmp_path / "elsewhere.db") as elsewhere:
        (result,) = collect_questionnaires(elsewhere, [files[1]])
    assert result.line == (
        "Acme - Pat Lee.xlsx: is a questionnaire of another assessment, not in this store"
    )


def test_a_questionnaire_of_another_model_version_is_refused(store: Store, files: list[Path]):
    workbook = openpyxl.load_workbook(files[1])
    sheet = workbook[BINDING_SHEET]
    rows = [(str(a.value), str(b.value)) for a, b in sheet.iter_rows(max_col=2)]
    pairs = [(k, "0" * 64 if k == "model_version" else v) for k, v in rows[:-1]]
    for row, (key, value) in enumerate([*pairs, ("digest", binding_digest(pairs))], 1):
        sheet.cell(row, 1).value, sheet.cell(row, 2).value = key, value
    workbook.save(files[1])
    (result,) = collect_questionnaires(store, [files[1]])
    assert result.line.startswith(
        "Acme - Pat Lee.xlsx: is a questionnaire of another version of the model"
    )


def test_a_removed_respondent_or_a_complete_assessment_takes_nothing(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    assessment, people = team
    fill(files[2], {tsia.criteria[0].id: 2})
    store.remove_respondent(people[2].id)
    (result,) = collect_questionnaires(store, [files[2]])
    assert result.line == (
        "Acme - Sam Roe.xlsx: its respondent Sam Roe is no longer one of the assessment's"
    )
    store.set_status(assessment, "complete")
    (result,) = collect_questionnaires(store, [files[1]])
    assert result.line == (
        "Acme - Pat Lee.xlsx: this assessment is complete; reopen it to change answers"
    )


def test_a_cancel_while_reading_changes_nothing(
    store: Store, tsia: MaturityModel, team, files: list[Path]
):
    assessment, _ = team
    for path in files:
        fill(path, {tsia.criteria[0].id: 2})
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        collect_questionnaires(store, files, progress=progress)
    assert reports == [(0, 3), (1, 3), (2, 3)]
    assert all(not r for r in ratings(store, assessment).values())


def test_file_names_reach_a_terminal_escaped_in_every_line(
    store: Store, tsia: MaturityModel, team, files: list[Path], tmp_path: Path
):
    c1 = tsia.criteria[0].id
    good = tmp_path / "good\nname\x1b[2J.xlsx"  # a newline, an escape that clears a screen
    shutil.copy(saved_at(fill(files[1], {c1: 2}), EARLIER), good)
    newer = tmp_path / "pat\u202exslx.exe.xlsx"  # shows as "patexe.xlsx.xslx" unescaped
    shutil.copy(saved_at(fill(files[1], {c1: 3}), LATER), newer)
    bad = tmp_path / "bad\x9b31m.xlsx"  # a C1 control: CSI
    bad.write_bytes(b"PK\x03\x04 cut short")
    lines = [r.line for r in collect_questionnaires(store, [good, newer, bad], dry_run=True)]
    assert lines == [
        "good\\nname\\x1b[2J.xlsx: not collected: pat\\u202exslx.exe.xlsx is a newer fill of the "
        "same respondent",
        "pat\\u202exslx.exe.xlsx: would collect from Pat Lee: 1 new rating; newer than "
        "good\\nname\\x1b[2J.xlsx, which is left out",
        "bad\\x9b31m.xlsx: is damaged and cannot be read as an XLSX file (not a whole zip file)",
    ]
    assert all(line.isprintable() for line in lines)


def test_a_fill_time_of_year_1_is_shown_west_of_utc_without_failing(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert when("0001-01-01T01:00:00+00:00") == "0001-01-01T01:00:00+00:00"
        assert when(LATER.isoformat()) == "29 Nov 2026 04:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_assessors_questionnaire_collects_after_an_undo_made_them_implicit_again(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    org = store.create_organization("Solo")
    alone = store.create_assessment(org.id, tsia, assessor="Alex").id
    c1 = tsia.criteria[0].id
    store.record_answer(alone, c1, 2)
    pat = store.add_respondent(alone, "Pat", "CSM")  # writes Alex down
    alex = store.respondents(alone)[0]
    sent = write_questionnaire(store, alone, alex, tmp_path / "alex.xlsx")
    store.remove_respondent(pat.id)  # the undo of the add
    assert store.fold_back_assessor(alone)
    fill(sent, {c1: 3})
    (preview,) = collect_questionnaires(store, [sent], dry_run=True)
    assert preview.outcome is not None and preview.outcome.changed == 1, preview.line
    assert store.respondents(alone)[0].implicit  # a dry run wrote nothing
    (done,) = collect_questionnaires(store, [sent])
    assert done.outcome is not None, done.error
    (again,) = store.respondents(alone)
    assert again.id == alex.id and not again.implicit
    assert store.respondents_view(alone).ratings[alex.id][c1].score == 3


def test_an_older_fill_from_a_fast_clock_does_not_replace_a_newer_one(
    store: Store, tsia: MaturityModel, tmp_path: Path
):
    assessment, (_, pat, _) = assessment_with_team(store, tsia)
    c1 = tsia.criteria[0].id
    blank = write_questionnaire(store, assessment, pat, tmp_path / "pat.xlsx")
    now = datetime.now(UTC)
    v1 = saved_at(fill(blank, {c1: 1}, out=tmp_path / "v1.xlsx"), now + timedelta(hours=2))
    v2 = saved_at(fill(blank, {c1: 3}, out=tmp_path / "v2.xlsx"), now + timedelta(hours=3))
    collect_questionnaires(store, [v2])
    (older,) = collect_questionnaires(store, [v1])
    assert older.outcome is not None and older.outcome.older, older.line
    assert store.respondents_view(assessment).ratings[pat.id][c1].score == 3
