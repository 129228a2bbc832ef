"""Respondents of an assessment, their own ratings, and the consensus that follows them.

The assessment's answers stay what is scored: the consensus. An answer the facilitator set
(`from_respondents` 0) stays as set; one that is the respondents' median (1) is written
again, in the same transaction, whenever one of their ratings changes (`refresh_consensus`),
so that every reader of answers (results, lists, reports, snapshots, sync) reads the
consensus as it stands without knowing of respondents.

An assessment without respondents written down has one, its assessor: its answers are their
ratings. Adding a respondent writes the assessor down first (`_write_down_assessor`), with
the answers as their ratings and the answers made their median, which changes no result.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import AnswerValue, MaturityModel
from csmaturity_app.maturity.consensus import median_consensus
from csmaturity_app.store import summary
from csmaturity_app.store.clock import future_limit, stamp, stamp_after, utc_now
from csmaturity_app.store.errors import InvalidAnswerError, NotFoundError, StoreError
from csmaturity_app.store.records import (
    ASSESSOR_ROLE,
    AnswerRecord,
    CollectOutcome,
    DeletedAssessment,
    RespondentAnswerRecord,
    RespondentRating,
    RespondentRecord,
    RespondentsView,
)
from csmaturity_app.store.tables import new_id
from csmaturity_app.store.text import MAX_ASSESSOR, checked_notes, clean_name, name_key

if TYPE_CHECKING:
    from csmaturity_app.store.store import Store

MAX_ROLE = MAX_ASSESSOR

_RESPONDENT_COLUMNS = (
    "id, assessment_id, name, role, position, created_at, updated_at, collected_at, "
    "collected_digest"
)
_RESPONDENTS = (
    f"SELECT {_RESPONDENT_COLUMNS} FROM respondent WHERE assessment_id = ? ORDER BY position, id"
)
_RESPONDENT = f"SELECT {_RESPONDENT_COLUMNS} FROM respondent WHERE id = ?"
_HAS_RESPONDENTS = "SELECT 1 FROM respondent WHERE assessment_id = ? LIMIT 1"
_INSERT_RESPONDENT = (
    f"INSERT INTO respondent ({_RESPONDENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ASSESSMENT_STATE = (
    "SELECT status, model_version_id, updated_at, assessor FROM assessment WHERE id = ?"
)
_RATINGS = (
    "SELECT ra.respondent_id, ra.criterion_id, ra.score, ra.not_applicable, ra.notes, "
    "ra.updated_at FROM respondent_answer AS ra JOIN respondent AS r ON r.id = ra.respondent_id "
    "WHERE r.assessment_id = ?"
)
_UPSERT_RATING = (
    "INSERT INTO respondent_answer (respondent_id, criterion_id, score, not_applicable, notes, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (respondent_id, criterion_id) DO UPDATE "
    "SET {kept} RETURNING respondent_id, criterion_id, score, not_applicable, notes, updated_at"
)
_CONSENSUS_ROWS = (
    "SELECT criterion_id, score, not_applicable, notes, updated_at, needs_review, "
    "from_respondents FROM answer WHERE assessment_id = ?"
)
_WRITE_MEDIAN = (
    "INSERT INTO answer (assessment_id, criterion_id, score, not_applicable, notes, updated_at, "
    "needs_review, from_respondents) VALUES (?, ?, ?, ?, '', ?, 0, 1) "
    "ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET score = excluded.score, "
    "not_applicable = excluded.not_applicable, updated_at = excluded.updated_at, "
    "needs_review = 0, from_respondents = 1"
)


class _Assessment(NamedTuple):
    status: str
    digest: str
    updated_at: str
    assessor: str


# -- reading


def respondents(store: Store, assessment_id: str) -> list[RespondentRecord]:
    with store._reading():
        connection = store.db.connection()
        state = _assessment_state(connection, assessment_id)
        return _respondents(connection, assessment_id, state)


def find_respondent(store: Store, assessment_id: str, name_or_id: str) -> RespondentRecord:
    """A respondent of the assessment by id, or by name (matched as organization names are:
    case and spacing aside). The implicit assessor is found by their name too."""
    found = respondents(store, assessment_id)
    for respondent in found:
        if respondent.id and respondent.id == name_or_id:
            return respondent
    key = name_key(name_or_id)
    for respondent in found:
        if name_key(respondent.name) == key:
            return respondent
    names = ", ".join(r.name for r in found)
    raise NotFoundError(
        translate(
            "store", "the assessment has no respondent named {clean_name!r} (it has: {names})"
        ).format(clean_name=clean_name(name_or_id), names=names)
    )


def respondent(store: Store, respondent_id: str) -> RespondentRecord:
    with store._reading():
        return _respondent_row(store.db.connection(), respondent_id)


def view(store: Store, assessment_id: str) -> RespondentsView:
    """Everything the wizard, the results and the report show of the respondents."""
    with store.reading():
        connection = store.db.connection()
        (scored,) = store.scored_many([assessment_id])
        state = _assessment_state(connection, assessment_id)
        people = _respondents(connection, assessment_id, state)
        ratings: dict[str, dict[str, RespondentAnswerRecord]] = {r.id: {} for r in people}
        for row in connection.execute(_RATINGS, (assessment_id,)):
            answer = RespondentAnswerRecord(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
            ratings[answer.respondent_id][answer.criterion_id] = answer
        derived = frozenset(
            c
            for (c,) in connection.execute(
                "SELECT criterion_id FROM answer WHERE assessment_id = ? AND from_respondents",
                (assessment_id,),
            )
        )
    if people[0].implicit:  # the assessor's ratings are the answers
        ratings[""] = {
            c: RespondentAnswerRecord("", c, a.score, a.not_applicable, a.notes, a.updated_at)
            for c, a in scored.answers.items()
            if a.score is not None or a.not_applicable or a.notes
        }
    return RespondentsView(
        scored.record, scored.model, tuple(people), ratings, scored.answers, derived
    )


def snapshot_rows(
    store: Store, assessment_id: str
) -> tuple[list[RespondentRecord], list[RespondentAnswerRecord]]:
    """The respondents written down and their ratings (by respondent id, then criterion), in
    one read; no implicit assessor (their ratings are the answers)."""
    with store._reading():
        connection = store.db.connection()
        people = [
            RespondentRecord(*row) for row in connection.execute(_RESPONDENTS, (assessment_id,))
        ]
        ratings = [
            RespondentAnswerRecord(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
            for row in connection.execute(_RATINGS + " ORDER BY 1, 2", (assessment_id,))
        ]
    return people, ratings


# -- respondents themselves


def add_respondent(store: Store, assessment_id: str, name: str, role: str = "") -> RespondentRecord:
    """Add a respondent at the end of the assessment's list. The first one added to an
    assessment that has none written down comes after its assessor, who is written down
    then (unless it is the assessor, named, of an assessment with no answers yet)."""
    name, role = _checked_name(name), _checked_role(role)
    with store._writing():
        connection = store.db.connection()
        state = _assessment_state(connection, assessment_id)
        _refuse_complete(state)
        people = _respondents(connection, assessment_id, state)
        if people[0].implicit:
            assessor_answers = connection.execute(
                "SELECT count(*) FROM answer WHERE assessment_id = ?", (assessment_id,)
            ).fetchone()[0]
            if assessor_answers or name_key(name) != name_key(people[0].name):
                people = [_write_down_assessor(store, assessment_id, state, people[0])]
            else:
                people = []
        _refuse_same_name(people, name)
        now = utc_now()
        position = max((r.position for r in people), default=-1) + 1
        added = RespondentRecord(new_id(), assessment_id, name, role, position, now, now)
        connection.execute(_INSERT_RESPONDENT, _respondent_values(added))
    return added


def written_down(store: Store, assessment_id: str) -> list[RespondentRecord]:
    """The assessment's respondents, the assessor written down first if they were implicit:
    for what needs a respondent's id (a questionnaire bound to them)."""
    with store._writing():
        connection = store.db.connection()
        state = _assessment_state(connection, assessment_id)
        people = _respondents(connection, assessment_id, state)
        if people[0].implicit:
            _refuse_complete(state)
            people = [_write_down_assessor(store, assessment_id, state, people[0])]
        return people


def edit_respondent(store: Store, respondent_id: str, name: str, role: str) -> RespondentRecord:
    name, role = _checked_name(name), _checked_role(role)
    with store._writing():
        connection = store.db.connection()
        old = _respondent_row(connection, respondent_id)
        state = _assessment_state(connection, old.assessment_id)
        _refuse_complete(state)
        others = [r for r in _respondents(connection, old.assessment_id, state) if r.id != old.id]
        _refuse_same_name(others, name)
        if (name, role) == (old.name, old.role):
            return old
        now = stamp_after(old.updated_at)
        connection.execute(
            "UPDATE respondent SET name = ?, role = ?, updated_at = ? WHERE id = ?",
            (name, role, now, respondent_id),
        )
        return _respondent_row(connection, respondent_id)


def remove_respondent(store: Store, respondent_id: str) -> int:
    """Remove a respondent and their ratings; the consensus the median gave follows. Returns
    how many ratings went with them. Refused on a complete assessment, as rating is."""
    with store._writing():
        connection = store.db.connection()
        old = _respondent_row(connection, respondent_id)
        state = _assessment_state(connection, old.assessment_id)
        _refuse_complete(state)
        (count,) = connection.execute(
            "SELECT count(*) FROM respondent_answer WHERE respondent_id = ? "
            "AND (score IS NOT NULL OR not_applicable)",
            (respondent_id,),
        ).fetchone()
        connection.execute(
            "DELETE FROM respondent_answer WHERE respondent_id = ?", (respondent_id,)
        )
        connection.execute("DELETE FROM respondent WHERE id = ?", (respondent_id,))
        now = stamp_after(state.updated_at)
        _tombstone(connection, respondent_id, now)
        refresh_consensus(connection, old.assessment_id, None, now)
        store._answers_changed([(old.assessment_id, now)])
    return count


def restore_respondent(
    store: Store, removed: RespondentRecord, ratings: Iterable[RespondentAnswerRecord]
) -> RespondentRecord:
    """Put back a respondent `remove_respondent` took, with the ratings they had (an undo):
    same id, name, place and ratings, and the consensus the median gave follows them again.
    Refused, with nothing written, on a complete assessment, or when the assessment has a
    respondent of that id or name again."""
    with store._writing():
        connection = store.db.connection()
        state = _assessment_state(connection, removed.assessment_id)
        _refuse_complete(state)
        if connection.execute(_RESPONDENT, (removed.id,)).fetchone() is not None:
            raise StoreError(
                translate("store", "the respondent {name!r} is in this assessment already").format(
                    name=removed.name
                )
            )
        people = _respondents(connection, removed.assessment_id, state)
        _refuse_same_name([r for r in people if not r.implicit], removed.name)
        if people[0].implicit and removed.position > 0:  # (a redo) they came after the assessor
            _write_down_assessor(store, removed.assessment_id, state, people[0])
            state = _assessment_state(connection, removed.assessment_id)
        model = store._model(state.digest)
        kept = [r for r in ratings if r.respondent_id == removed.id]
        for rating in kept:
            _check_rating(model, rating.criterion_id, rating.score, rating.not_applicable)
        now = stamp_after(state.updated_at, removed.updated_at)
        back = replace(removed, updated_at=now, implicit=False)
        connection.execute(_INSERT_RESPONDENT, _respondent_values(back))
        connection.executemany(
            "INSERT INTO respondent_answer (respondent_id, criterion_id, score, not_applicable, "
            "notes, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (back.id, a.criterion_id, a.score, a.not_applicable, a.notes, a.updated_at)
                for a in kept
            ],
        )
        refresh_consensus(connection, removed.assessment_id, None, now)
        store._answers_changed([(removed.assessment_id, now)])
    return back


def fold_back(store: Store, assessment_id: str) -> bool:
    """One voice again: an assessment whose only respondent is its assessor, written down,
    whose ratings are exactly its answers, goes back to having them implicit (the undo of the
    first respondent added). False, and nothing written, when that does not hold: their
    ratings would be lost.

    Only in a store that does not sync, and without a tombstone: the written-down assessor
    has one id on every laptop (`assessor_id`), and a laptop that has it from a sync may
    have built on it; taking it away there is not an undo. A copy that went out in a
    snapshot comes back with that snapshot, which changes no result."""
    with store._writing():
        connection = store.db.connection()
        state = _assessment_state(connection, assessment_id)
        people = _respondents(connection, assessment_id, state)
        if len(people) != 1 or people[0].implicit or people[0].position != 0:
            return False
        if connection.execute("SELECT 1 FROM sync_state").fetchone() is not None:
            return False
        (assessor,) = people
        ratings = {
            row[1]: (row[2], bool(row[3]), row[4])
            for row in connection.execute(_RATINGS, (assessment_id,))
            if row[2] is not None or row[3] or row[4]
        }
        answers = {
            row[0]: (row[1], bool(row[2]), row[3])
            for row in connection.execute(_CONSENSUS_ROWS, (assessment_id,))
            if row[1] is not None or row[2] or row[3]
        }
        if ratings != answers:
            return False
        now = stamp_after(state.updated_at)
        connection.execute("DELETE FROM respondent_answer WHERE respondent_id = ?", (assessor.id,))
        connection.execute("DELETE FROM respondent WHERE id = ?", (assessor.id,))
        connection.execute(  # not restamped: see `_write_down_assessor`
            "UPDATE answer SET from_respondents = 0 WHERE assessment_id = ? AND from_respondents",
            (assessment_id,),
        )
        connection.execute(
            "UPDATE assessment SET updated_at = ? WHERE id = ?", (now, assessment_id)
        )
        connection.execute(summary.RESTAMP, (now, assessment_id, state.updated_at))
    return True


# -- ratings


def record_rating(
    store: Store,
    respondent_id: str,
    criterion_id: str,
    rating: tuple[int | None, bool] | None,
    notes: str | None,
) -> RespondentRating:
    """Rate one criterion as a respondent (rating None: keep it; notes None: keep them), and
    bring the consensus of that criterion along, in one transaction."""
    if notes:
        notes = checked_notes(notes)
    with store._writing():
        connection = store.db.connection()
        who = _respondent_row(connection, respondent_id)
        state = _assessment_state(connection, who.assessment_id)
        _refuse_complete(state)
        model = store._model(state.digest)
        score, not_applicable = rating if rating is not None else (None, False)
        _check_rating(model, criterion_id, score, not_applicable)
        stamp = connection.execute(
            "SELECT updated_at FROM respondent_answer WHERE respondent_id = ? AND criterion_id = ?",
            (respondent_id, criterion_id),
        ).fetchone()
        now = stamp_after(state.updated_at, stamp[0] if stamp else None)
        kept = ["updated_at"] + ["score", "not_applicable"] * (rating is not None)
        kept += ["notes"] * (notes is not None)
        sql = _UPSERT_RATING.format(kept=", ".join(f"{c} = excluded.{c}" for c in kept))
        row = connection.execute(
            sql, (respondent_id, criterion_id, score, not_applicable, notes or "", now)
        ).fetchone()
        refresh_consensus(connection, who.assessment_id, [criterion_id], now)
        store._answers_changed([(who.assessment_id, now)])
        consensus = connection.execute(
            _CONSENSUS_ROWS + " AND criterion_id = ?", (who.assessment_id, criterion_id)
        ).fetchone()
    answer = RespondentAnswerRecord(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
    if consensus is None:
        return RespondentRating(answer, None, True)
    return RespondentRating(answer, _answer_record(consensus), bool(consensus[6]))


def use_median(store: Store, assessment_id: str, criterion_id: str) -> AnswerRecord | None:
    """Hand a criterion's consensus back to the respondents' median (the facilitator's
    rating goes); its notes stay. Returns the consensus now (None: unanswered)."""
    with store._writing():
        connection = store.db.connection()
        state = _assessment_state(connection, assessment_id)
        _refuse_complete(state)
        if _respondents(connection, assessment_id, state)[0].implicit:
            raise StoreError(
                translate(
                    "store", "this assessment has one respondent: its answers are their ratings"
                )
            )
        model = store._model(state.digest)
        if criterion_id not in model.criteria_by_id:
            raise InvalidAnswerError(
                translate("store", "{criterion_id!r} is not a criterion of {key}").format(
                    criterion_id=criterion_id, key=model.key
                )
            )
        now = stamp_after(state.updated_at)
        connection.execute(
            "UPDATE answer SET from_respondents = 1 WHERE assessment_id = ? AND criterion_id = ?",
            (assessment_id, criterion_id),
        )
        refresh_consensus(connection, assessment_id, [criterion_id], now, force=True)
        store._answers_changed([(assessment_id, now)])
        row = connection.execute(
            _CONSENSUS_ROWS + " AND criterion_id = ?", (assessment_id, criterion_id)
        ).fetchone()
    return None if row is None else _answer_record(row)


def collect(
    store: Store,
    respondent_id: str,
    answers: Mapping[str, tuple[int | None, bool, str]],
    filled_at: str,
    dry_run: bool = False,
    assessment_id: str | None = None,
) -> CollectOutcome:
    """Take one respondent's filled questionnaire: for each criterion it holds, (score, not
    applicable, notes); a blank row clears what they had rated. In one transaction.

    A rating is what the person said when they saved the file (`filled_at`, ISO time): it is
    stamped with that time, and a rating given here after it (in the workshop, say) is newer
    and kept, as a snapshot or a sync would keep it. The same fill collected again (the same
    answers, digest) changes nothing, and so does a fill saved before the one collected
    last. A dry run says what would change and writes nothing.
    """
    checked = {c: (s, na, checked_notes(n) if n else "") for c, (s, na, n) in answers.items()}
    digest = answers_digest(checked)
    # As the file says (fills are ordered by it), within the day ahead any clock may be.
    saved = min(_fill_stamp(filled_at), future_limit())
    filled = min(saved, utc_now())  # the ratings' stamp: never ahead of this clock
    # Spreadsheets stamp a save to the second: a rating given here within that second is
    # taken as one the file already holds, not as a later one.
    newer_than = _end_of_second(filled)
    with store._writing():
        connection = store.db.connection()
        who = _collected_respondent(store, respondent_id, assessment_id, dry_run)
        state = _assessment_state(connection, who.assessment_id)
        _refuse_complete(state)
        model = store._model(state.digest)
        for criterion_id, (score, not_applicable, _) in checked.items():
            _check_rating(model, criterion_id, score, not_applicable)
        if who.implicit:  # a dry run: their ratings would be the answers
            sql, key = _ASSESSOR_RATINGS, who.assessment_id
        else:
            sql, key = _RESPONDENT_RATINGS, respondent_id
        before = {row[1]: row for row in connection.execute(sql, (key,))}
        already = who.collected_digest == digest
        older = not already and bool(who.collected_at) and saved < who.collected_at
        new = changed = unchanged = cleared = kept = 0
        writes = []
        for criterion_id, (score, not_applicable, notes) in checked.items():
            old = before.get(criterion_id)
            answered = score is not None or not_applicable
            if old is None:
                if not answered and not notes:
                    continue
                new += answered
                writes.append((criterion_id, score, not_applicable, notes, ""))
            elif (old[2], bool(old[3]), old[4]) == (score, not_applicable, notes):
                unchanged += answered
            elif old[5] > newer_than:
                kept += 1  # given here after the file was saved: the newer word stands
            else:
                if answered:
                    changed += 1
                elif old[2] is not None or old[3]:
                    cleared += 1
                writes.append((criterion_id, score, not_applicable, notes, old[5]))
        outcome = CollectOutcome(
            who, new, changed, unchanged, cleared, who.collected_at, already, older, kept
        )
        if dry_run or already or older:
            return outcome
        now = stamp_after(state.updated_at, who.updated_at)
        connection.executemany(
            "INSERT INTO respondent_answer (respondent_id, criterion_id, score, not_applicable, "
            "notes, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (respondent_id, "
            "criterion_id) DO UPDATE SET score = excluded.score, not_applicable = "
            "excluded.not_applicable, notes = excluded.notes, updated_at = excluded.updated_at",
            # never stamped before the row it replaces (a rating given in the save's second)
            [
                (respondent_id, c, s, na, n, max(filled, _just_after(old)))
                for c, s, na, n, old in writes
            ],
        )
        connection.execute(
            "UPDATE respondent SET collected_at = ?, collected_digest = ?, updated_at = ? "
            "WHERE id = ?",
            (saved, digest, now, respondent_id),
        )
        refresh_consensus(connection, who.assessment_id, [w[0] for w in writes], now)
        store._answers_changed([(who.assessment_id, now)])
    return outcome


def _end_of_second(stamp_text: str) -> str:
    """The last microsecond of a stamp's second, when it is a whole second."""
    moment = datetime.fromisoformat(stamp_text)
    if moment.microsecond:
        return stamp_text
    return stamp(moment.replace(microsecond=999_999))


def _just_after(previous: str) -> str:
    """A stamp one microsecond after `previous` ('' for none: the earliest)."""
    if not previous:
        return ""
    return stamp(datetime.fromisoformat(previous) + timedelta(microseconds=1))


def _fill_stamp(filled_at: str) -> str:
    """The time a fill was saved, in the store's form (the reader has already bounded it to
    a day ahead of this clock at most)."""
    try:
        moment = datetime.fromisoformat(filled_at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        filled = stamp(moment)
    except (TypeError, ValueError, OverflowError):  # year 1 east of UTC is year 0 in UTC
        raise StoreError(
            translate("store", "{filled_at!r} is not a date and time").format(filled_at=filled_at)
        ) from None
    return filled


_RESPONDENT_RATINGS = (
    "SELECT respondent_id, criterion_id, score, not_applicable, notes, updated_at "
    "FROM respondent_answer WHERE respondent_id = ?"
)
_ASSESSOR_RATINGS = (
    "SELECT '', criterion_id, score, not_applicable, notes, updated_at FROM answer "
    "WHERE assessment_id = ? AND (score IS NOT NULL OR not_applicable OR notes != '')"
)


def _collected_respondent(
    store: Store, respondent_id: str, assessment_id: str | None, dry_run: bool
) -> RespondentRecord:
    """Whom a questionnaire is from. The assessor's questionnaire may come back after the
    assessment went back to one voice (the undo of the first respondent added): they are
    written down again, under the same id (`assessor_id`), or, in a dry run, taken as they
    stand (implicit)."""
    connection = store.db.connection()
    try:
        return _respondent_row(connection, respondent_id)
    except NotFoundError:
        if assessment_id is None or respondent_id != assessor_id(assessment_id):
            raise
        state = _assessment_state(connection, assessment_id)
        people = _respondents(connection, assessment_id, state)
        if not people[0].implicit:
            raise
        if dry_run:
            return replace(people[0], id=respondent_id)
        return _write_down_assessor(store, assessment_id, state, people[0])


def answers_digest(answers: Mapping[str, tuple[int | None, bool, str]]) -> str:
    """What two fills with the same answers share, whatever their bytes: a digest of the
    answers alone, in criterion order."""
    digest = hashlib.sha256()
    for criterion_id in sorted(answers):
        score, not_applicable, notes = answers[criterion_id]
        digest.update(f"{criterion_id}\0{score}\0{int(not_applicable)}\0{notes}\0\0".encode())
    return digest.hexdigest()


# -- the consensus


def refresh_consensus(
    connection: sqlite3.Connection,
    assessment_id: str,
    criterion_ids: Iterable[str] | None,
    now: str,
    force: bool = False,
) -> int:
    """Write again the consensus of these criteria (None: all the assessment's) that is the
    respondents' median, where it changed; stamped `now`. Those the facilitator set stay.
    Returns how many answers changed. Call inside a write transaction, then say the
    assessment changed (`Store._answers_changed`). `force`: stamp even an unchanged one (the
    facilitator handing it back changed the answer)."""
    if connection.execute(_HAS_RESPONDENTS, (assessment_id,)).fetchone() is None:
        # None written down (all removed, here or by a merge): one voice again, and its
        # answers stay as they are, now its own. No median of nobody erases them.
        connection.execute(
            "UPDATE answer SET from_respondents = 0 WHERE assessment_id = ? AND from_respondents",
            (assessment_id,),
        )
        return 0
    wanted = None if criterion_ids is None else set(criterion_ids)
    ratings: dict[str, list[AnswerValue]] = {}
    for row in connection.execute(_RATINGS, (assessment_id,)):
        if wanted is None or row[1] in wanted:
            ratings.setdefault(row[1], []).append(_value(row[2], row[3]))
    answers = {
        row[0]: row
        for row in connection.execute(_CONSENSUS_ROWS, (assessment_id,))
        if wanted is None or row[0] in wanted
    }
    criteria = set(ratings) | set(answers) if wanted is None else wanted
    writes = []
    for criterion_id in sorted(criteria):
        answer = answers.get(criterion_id)
        if answer is not None and not answer[6]:
            continue  # set by the facilitator
        median = median_consensus(ratings.get(criterion_id, ()))
        value = (None, False) if median is None else (median.score, median.not_applicable)
        if answer is None:
            if median is None:
                continue
        elif (answer[1], bool(answer[2])) == value and not force:
            continue
        writes.append((assessment_id, criterion_id, value[0], value[1], now))
    connection.executemany(_WRITE_MEDIAN, writes)
    return len(writes)


# -- deleting an assessment, and its undo


def kept_for_undo(
    connection: sqlite3.Connection, assessment_id: str
) -> tuple[frozenset[str], tuple[RespondentRecord, ...], tuple[RespondentAnswerRecord, ...]]:
    """What `DeletedAssessment` keeps of an assessment's respondents, read before deleting it:
    the criteria whose answer is the median, the respondents, their ratings."""
    derived = frozenset(
        c
        for (c,) in connection.execute(
            "SELECT criterion_id FROM answer WHERE assessment_id = ? AND from_respondents",
            (assessment_id,),
        )
    )
    people = tuple(
        RespondentRecord(*row) for row in connection.execute(_RESPONDENTS, (assessment_id,))
    )
    ratings = tuple(
        RespondentAnswerRecord(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
        for row in connection.execute(_RATINGS + " ORDER BY 1, 2", (assessment_id,))
    )
    return derived, people, ratings


def put_back(connection: sqlite3.Connection, deleted: DeletedAssessment) -> None:
    """Write back what `kept_for_undo` kept, after the assessment and its answers."""
    connection.executemany(
        "UPDATE answer SET from_respondents = 1 WHERE assessment_id = ? AND criterion_id = ?",
        [(deleted.id, c) for c in sorted(deleted.from_respondents)],
    )
    connection.executemany(_INSERT_RESPONDENT, [_respondent_values(r) for r in deleted.respondents])
    connection.executemany(
        "INSERT INTO respondent_answer (respondent_id, criterion_id, score, not_applicable, "
        "notes, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (a.respondent_id, a.criterion_id, a.score, a.not_applicable, a.notes, a.updated_at)
            for a in deleted.respondent_answers
        ],
    )


# -- helpers


def _write_down_assessor(
    store: Store, assessment_id: str, state: _Assessment, assessor: RespondentRecord
) -> RespondentRecord:
    """The assessor of an assessment without respondents, written down as its first: the
    answers become their ratings, and the answers their median (the same values)."""
    connection = store.db.connection()
    now = stamp_after(state.updated_at)
    # Named as respondents are (an assessor's name may hold line breaks or runs of spaces,
    # which a respondent's may not: a snapshot or a team sync would refuse it).
    name = clean_name(assessor.name)[:MAX_ASSESSOR].strip() or ASSESSOR_ROLE
    written = RespondentRecord(
        assessor_id(assessment_id), assessment_id, name, assessor.role, 0, now, now
    )
    connection.execute(_INSERT_RESPONDENT, _respondent_values(written))
    connection.execute(
        "INSERT INTO respondent_answer (respondent_id, criterion_id, score, not_applicable, "
        "notes, updated_at) SELECT ?, criterion_id, score, not_applicable, notes, updated_at "
        "FROM answer WHERE assessment_id = ? AND (score IS NOT NULL OR not_applicable OR notes "
        "!= '')",
        (written.id, assessment_id),
    )
    # Not restamped: no value changes, and a new stamp would beat a real change made a moment
    # before on another laptop. Where two copies tie, the tie rule prefers the median (1).
    connection.execute(
        "UPDATE answer SET from_respondents = 1 WHERE assessment_id = ?", (assessment_id,)
    )
    connection.execute("UPDATE assessment SET updated_at = ? WHERE id = ?", (now, assessment_id))
    connection.execute(summary.RESTAMP, (now, assessment_id, state.updated_at))
    return written


# Written-down assessors get an id made from their assessment's: two laptops that each add a
# first respondent write the same assessor, whom a sync or a snapshot then merges as one.
_ASSESSOR_NAMESPACE = uuid.UUID("6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f")


def assessor_id(assessment_id: str) -> str:
    """The id of an assessment's assessor once written down as its first respondent."""
    return str(uuid.uuid5(_ASSESSOR_NAMESPACE, assessment_id))


def _tombstone(connection: sqlite3.Connection, respondent_id: str, now: str) -> None:
    """Once the store syncs, a removed respondent is removed on every laptop: its tombstone,
    and the tombstone's pending row (as the triggers of `0005_sync` write them)."""
    if connection.execute("SELECT 1 FROM sync_state").fetchone() is None:
        return
    connection.execute(
        "INSERT OR REPLACE INTO tombstone (kind, id, deleted_at) VALUES ('respondent', ?, ?)",
        (respondent_id, now),
    )
    connection.execute("UPDATE sync_state SET pending_seq = pending_seq + 1")
    connection.execute(
        "INSERT INTO sync_pending (tbl, key1, key2, seq) VALUES ('tombstone', 'respondent', ?, "
        "(SELECT pending_seq FROM sync_state)) ON CONFLICT (tbl, key1, key2) DO UPDATE "
        "SET seq = excluded.seq",
        (respondent_id,),
    )


def _assessment_state(connection: sqlite3.Connection, assessment_id: str) -> _Assessment:
    row = connection.execute(_ASSESSMENT_STATE, (assessment_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            translate("store", "no assessment with id {assessment_id!r}").format(
                assessment_id=assessment_id
            )
        )
    return _Assessment(*row)


def _respondents(
    connection: sqlite3.Connection, assessment_id: str, state: _Assessment
) -> list[RespondentRecord]:
    rows = connection.execute(_RESPONDENTS, (assessment_id,)).fetchall()
    if rows:
        return [RespondentRecord(*row) for row in rows]
    return [
        RespondentRecord(
            "",
            assessment_id,
            state.assessor or ASSESSOR_ROLE,
            ASSESSOR_ROLE,
            0,
            "",
            "",
            implicit=True,
        )
    ]


def _respondent_row(connection: sqlite3.Connection, respondent_id: str) -> RespondentRecord:
    row = connection.execute(_RESPONDENT, (respondent_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            translate("store", "no respondent with id {respondent_id!r}").format(
                respondent_id=respondent_id
            )
        )
    return RespondentRecord(*row)


def _respondent_values(r: RespondentRecord) -> tuple[object, ...]:
    return (
        r.id,
        r.assessment_id,
        r.name,
        r.role,
        r.position,
        r.created_at,
        r.updated_at,
        r.collected_at,
        r.collected_digest,
    )


def _checked_name(name: str) -> str:
    name = clean_name(name)
    if not name:
        raise StoreError(translate("store", "a respondent needs a name"))
    if len(name) > MAX_ASSESSOR:
        raise StoreError(
            translate(
                "store", "a respondent's name may have at most {max_assessor} characters"
            ).format(max_assessor=MAX_ASSESSOR)
        )
    return name


def _checked_role(role: str) -> str:
    role = clean_name(role)
    if len(role) > MAX_ROLE:
        raise StoreError(
            translate("store", "a respondent's role may have at most {max_role} characters").format(
                max_role=MAX_ROLE
            )
        )
    return role


def _refuse_same_name(people: Iterable[RespondentRecord], name: str) -> None:
    key = name_key(name)
    if any(name_key(r.name) == key for r in people):
        raise StoreError(
            translate("store", "the assessment already has a respondent named {name!r}").format(
                name=name
            )
        )


def _refuse_complete(state: _Assessment) -> None:
    """Respondents of a complete assessment are read-only, like its answers: who rated it,
    and how, is part of the result the client was shown."""
    if state.status == "complete":
        raise InvalidAnswerError(
            translate("store", "this assessment is complete; reopen it to change answers")
        )


def _check_rating(
    model: MaturityModel, criterion_id: str, score: int | None, not_applicable: bool
) -> None:
    if criterion_id not in model.criteria_by_id:
        raise InvalidAnswerError(
            translate("store", "{criterion_id!r} is not a criterion of {key}").format(
                criterion_id=criterion_id, key=model.key
            )
        )
    if not_applicable and score is not None:
        raise InvalidAnswerError(
            translate("store", "an answer is either a score or not applicable, not both")
        )
    if score is not None and (
        isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= model.max_score
    ):
        raise InvalidAnswerError(
            translate(
                "store", "score must be a whole number from 0 to {max_score}, not {score!r}"
            ).format(max_score=model.max_score, score=score)
        )


def _value(score: int | None, not_applicable: int) -> AnswerValue:
    return AnswerValue(None, True) if not_applicable else AnswerValue(score, False)


def _answer_record(row: tuple[Any, ...]) -> AnswerRecord:
    criterion, score, not_applicable, notes, updated_at, review = row[:6]
    return AnswerRecord(criterion, score, bool(not_applicable), notes, updated_at, bool(review))
