"""The store facade: the one way the wizard, the CLI and the importer read and write data.

Every change is one short transaction (BEGIN IMMEDIATE), so an answer is on
disk (synchronous=FULL) when `record_answer` returns.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from peewee import SqliteDatabase, fn

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import (
    AnswerValue,
    AssessmentResult,
    MaturityModel,
    ModelFileError,
    parse_model_json,
    score_assessment,
)
from csmaturity_app.maturity.comparison import Comparison, compare
from csmaturity_app.maturity.definition import CarryForward
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.progression import (
    ProgressionSeries,
    ScoredAssessment,
    build_progression,
)
from csmaturity_app.maturity.scoring import placed_stage_label
from csmaturity_app.maturity.shipped import impostor_problem
from csmaturity_app.maturity.translation import localized
from csmaturity_app.store import local_sync, plan, recovery, respondents, summary
from csmaturity_app.store import merge as merging
from csmaturity_app.store.carrying import carried_answers
from csmaturity_app.store.cipher import SQLITE_MAGIC, Passphrase, is_encrypted_file
from csmaturity_app.store.clock import parse_date, stamp_after, utc_now
from csmaturity_app.store.errors import (
    InvalidAnswerError,
    InvalidStatusError,
    NotFoundError,
    StoreError,
    StoreGoneError,
    UnreadableModelError,
)
from csmaturity_app.store.integrity import (
    BackgroundCheck,
    GuardedDatabase,
    held_head,
    integrity_of,
)
from csmaturity_app.store.opening import (
    DEFAULT_BUSY_TIMEOUT_MS,
    discard_new,
    open_database,
    open_for_reading,
    translate_errors,
)
from csmaturity_app.store.records import (
    STATUSES,
    ActionRecord,
    AnswerRecord,
    AssessmentRecord,
    CollectOutcome,
    DeletedAssessment,
    OrganizationRecord,
    OrganizationSummary,
    PlanView,
    RespondentAnswerRecord,
    RespondentRating,
    RespondentRecord,
    RespondentsView,
    ScoredRecord,
    SnapshotAssessment,
    SnapshotPlan,
    TargetRecord,
    score_records,
)
from csmaturity_app.store.summary import ResultSummary
from csmaturity_app.store.synced import AnswerConflict, SyncState
from csmaturity_app.store.tables import (
    ALL_TABLES,
    Answer,
    Assessment,
    ModelVersion,
    Organization,
)
from csmaturity_app.store.text import (
    checked_assessor,
    checked_name,
    checked_notes,
    name_key,
)

# The answer hot path (`Store._change_answer`) as fixed SQL text. It reads the stamps of what
# it replaces (the answer, the assessment): a change is stamped after them (`stamp_after`).
_ASSESSMENT_STATE = (
    "SELECT a.status, a.model_version_id, a.updated_at, (SELECT n.updated_at FROM answer AS n "
    "WHERE n.assessment_id = a.id AND n.criterion_id = ?) FROM assessment AS a WHERE a.id = ?"
)
_TOUCH_ASSESSMENT = "UPDATE assessment SET updated_at = ? WHERE id = ?"


def _upsert_sql(rating: bool, notes: bool, private: bool = False) -> str:
    """Insert an answer, or update the parts given (rating and / or notes) of the stored one.

    Rating an answer again is its review: a carried-forward answer's `needs_review` takes
    the value given (0, but for an undo putting a carried rating back); notes alone leave it.
    A rating is the facilitator's: it is no longer the respondents' median (`from_respondents`
    takes 0). Notes alone on a criterion not answered yet set no consensus: with respondents written
    down, the answer they start stays the respondents' median (`from_respondents` 1).
    """
    kept = ["updated_at"] + ["score", "not_applicable", "needs_review", "from_respondents"] * rating
    # Private notes carry their own stamp: they merge apart from the rest of the answer.
    kept += ["notes"] * notes + ["private_notes", "private_notes_at"] * private
    median = "0" if rating else "EXISTS (SELECT 1 FROM respondent WHERE assessment_id = ?1)"
    private_at = "?6" if private else "''"
    return (
        "INSERT INTO answer (assessment_id, criterion_id, score, not_applicable, notes, "
        "updated_at, needs_review, from_respondents, private_notes, private_notes_at) "
        f"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, {median}, ?8, {private_at}) "
        "ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET "
        + ", ".join(f"{c} = excluded.{c}" for c in kept)
        + " RETURNING criterion_id, score, not_applicable, notes, updated_at, needs_review, "
        "private_notes, private_notes_at"
    )


_UPSERTS = {(r, n): _upsert_sql(r, n) for r in (False, True) for n in (False, True)}
_PRIVATE_UPSERT = _upsert_sql(False, False, True)


class Store:
    """An open store file. Use `Store.open(path)`; close it (or use `with`) when done."""

    def __init__(
        self, path: Path, db: SqliteDatabase, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
    ) -> None:
        self.path = path
        self.db = db
        self.busy_timeout_ms = busy_timeout_ms
        self._models: dict[str, MaturityModel] = {}
        self._unreadable: set[str] = set()  # digests whose definition cannot be used
        self._model_ids: dict[str, str] = {}
        self._peer_cache = _PeerCache()

    @classmethod
    def open(
        cls,
        path: str | Path,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        *,
        passphrase: Passphrase | None = None,
    ) -> Store:
        """Open (or create) the store at `path`. An encrypted one needs its `passphrase`
        (`EncryptedStoreError` without, `WrongPassphraseError` when wrong); a new store made
        with one is encrypted; a plain store opens as one whatever is given. The passphrase is
        not kept: the caller may wipe it once this returns."""
        path = Path(path).expanduser().absolute()
        db = open_database(path, busy_timeout_ms, passphrase=passphrase)
        return cls(path, db, busy_timeout_ms)

    @classmethod
    def open_for_reading(
        cls,
        path: str | Path,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        *,
        passphrase: Passphrase | None = None,
    ) -> Store:
        """Open an existing store to read it: `MissingStoreError` rather than creating one, and
        read-only on a full disk (see `opening.open_for_reading`)."""
        path = Path(path).expanduser().absolute()
        db = open_for_reading(path, busy_timeout_ms, passphrase=passphrase)
        return cls(path, db, busy_timeout_ms)

    @staticmethod
    def is_encrypted(path: str | Path) -> bool:
        """Whether the file at `path` looks like an encrypted store (its passphrase is needed)."""
        path = Path(path).expanduser().absolute()
        held = held_head(path)  # never read a file held open here: see `integrity.held_head`
        if held is not None:
            return not held.startswith(SQLITE_MAGIC)
        return is_encrypted_file(path)

    @property
    def encrypted(self) -> bool:
        """Whether this store is encrypted at rest."""
        return isinstance(self.db, GuardedDatabase) and self.db.cipher is not None

    @staticmethod
    def discard_new(path: str | Path) -> None:
        """Remove a store this process has just created and closed, with its side files: what
        a command that failed must not leave behind (see `opening.discard_new`)."""
        discard_new(Path(path))

    def reopen(self) -> Store:
        """Another connection to the very file this store has open, for another thread (an
        import or export beside the window). `StoreGoneError`, as this store's own next write
        would raise it, when that file was deleted or replaced: opening the path then would
        make an empty store there, or read another one, and block putting this one back."""
        own = self.db
        opened = own.opened_file if isinstance(own, GuardedDatabase) else None
        if not isinstance(own, GuardedDatabase) or opened is None:  # closed, or read-only
            raise StoreGoneError(
                translate("store", "the store {path} is closed").format(path=self.path)
            )
        own.check_files()
        key = own.cipher.copy() if own.cipher is not None else None
        try:
            db = open_database(self.path, self.busy_timeout_ms, same_as=opened, key=key)
        except StoreGoneError:
            own.check_files()  # gone meanwhile: said in this store's words, and once
            raise
        return Store(self.path, db, self.busy_timeout_ms)

    def close(self) -> None:
        self.db.close()
        if isinstance(self.db, GuardedDatabase):
            self.db.finished = True
        if isinstance(self.db, GuardedDatabase) and self.db.cipher is not None:
            self.db.cipher.wipe()  # this connection's own copy: no longer needed

    def put_back(self) -> None:
        """After its file or -wal was deleted while open (`StoreGoneError`): put what is open
        back at `path`, and close; open `path` again to go on (see `store.recovery`)."""
        recovery.put_back(self.db, self.path)

    @property
    def integrity(self) -> BackgroundCheck:
        """The full check of the file, made in the background (see `integrity`)."""
        return integrity_of(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        with translate_errors(self.path, self.db), self.db.bind_ctx(ALL_TABLES):
            yield

    @contextmanager
    def _writing(self) -> Iterator[None]:
        with self._reading(), self.db.atomic():
            yield

    def writing(self) -> AbstractContextManager[None]:
        """One write transaction (BEGIN IMMEDIATE) for bulk work such as an import: all of it is
        written, or (on any exception) none of it."""
        return self._writing()

    def reading(self) -> AbstractContextManager[None]:
        """One read transaction: what is read inside sees the store at one moment (an export
        stays consistent while the wizard writes elsewhere)."""
        return _read_transaction(self)

    def _answers_changed(self, stamps: Iterable[tuple[str, str]]) -> None:
        """Say that these assessments' answers or status changed: (assessment id, its new
        `updated_at`). Every writer of answers or status calls this inside its transaction.

        What is kept of an assessment's results hangs on its `updated_at`: the stored summary
        (`summary`) is stamped with it and its row is dropped here, and the peers' latest
        indices kept by this `Store` are forgotten. A writer that skipped this would leave
        lists showing the results from before its change.
        """
        stamps = list(stamps)
        connection = self.db.connection()
        if len(stamps) == 1:  # the wizard's hot path: one answer at a time
            ((assessment_id, updated_at),) = stamps
            connection.execute(_TOUCH_ASSESSMENT, (updated_at, assessment_id))
            connection.execute(summary.FORGET, (assessment_id,))
        else:
            connection.executemany(_TOUCH_ASSESSMENT, [(t, i) for i, t in stamps])
            connection.executemany(summary.FORGET, [(i,) for i, _ in stamps])
        self._peer_cache.latest.clear()

    # -- organizations

    def create_organization(self, name: str) -> OrganizationRecord:
        name = checked_name(name)
        with self._writing():
            row = Organization.create(name=name)
        return _org(row)

    def rename_organization(self, organization_id: str, name: str) -> OrganizationRecord:
        name = checked_name(name)
        with self._writing():
            row = self._org_row(organization_id)
            row.name = name
            row.updated_at = stamp_after(row.updated_at)
            row.save()
        return _org(row)

    def delete_organization(self, organization_id: str) -> None:
        """Move an organization, with its assessments, to the trash (see `restore_organization`)."""
        with self._writing():
            row = self._org_row(organization_id)
            # stamped as a rename is: the trash mark syncs by the same rule
            row.updated_at = stamp_after(row.updated_at)
            row.deleted_at = row.updated_at
            row.save()

    def restore_organization(self, organization_id: str) -> OrganizationRecord:
        """Take an organization back out of the trash."""
        with self._writing():
            row = self._org_row(organization_id, include_deleted=True)
            row.deleted_at = None
            row.updated_at = stamp_after(row.updated_at)
            row.save()
        return _org(row)

    def empty_trash(self) -> int:
        """Delete for good the organizations in the trash, with their assessments and answers."""
        with self._writing():
            return Organization.delete().where(Organization.deleted_at.is_null(False)).execute()

    def organizations(self) -> list[OrganizationRecord]:
        with self._reading():
            rows = (
                Organization.select()
                .where(Organization.deleted_at.is_null())
                .order_by(fn.lower(Organization.name), Organization.id)
            )
            return [_org(r) for r in rows]

    def count_organizations(self, search: str = "") -> int:
        with self._reading():
            return self._org_search(search).count()

    def organization_summaries(
        self, search: str = "", offset: int = 0, limit: int = 200
    ) -> list[OrganizationSummary]:
        """One page of the organizations list, by name, each with its latest assessment's
        results, read from the stored summary (those missing are scored, see `summary`)."""
        with self._reading():
            (data_version,) = self.db.execute_sql("PRAGMA data_version").fetchone()
            where, params = "o.deleted_at IS NULL", []
            if search.split():
                sql, params = self._org_search(search).select(Organization.id).sql()
                where = f"o.id IN ({sql})"
            rows = [
                _PageRow(*row)
                for row in self.db.execute_sql(
                    _ORGANIZATION_PAGE.format(where=where), [*params, limit, offset]
                )
            ]
            stale = [
                (latest, row.model_version_id, row.updated_at)
                for row in rows
                if (latest := row.latest_id) is not None and row.placed_level is None
            ]
            scored = self._score_for_summary(stale, data_version)
            summaries = []
            for row in rows:
                latest = row.latest_id
                label, index = row.placed_label, row.maturity_index
                level = row.placed_level
                if latest is not None and row.placed_level is not None:
                    label = self._label_now(row.model_version_id, row.placed_level, label or "")
                if latest in scored:
                    label, index = scored[latest].placed_label, scored[latest].maturity_index
                    level = scored[latest].placed_level
                    if not scored[latest].readable:
                        index, level = None, None
                summaries.append(
                    OrganizationSummary(
                        id=row.id,
                        name=row.name,
                        assessments=row.assessments,
                        latest_assessed_on=date.fromisoformat(row.assessed_on) if latest else None,
                        latest_status=row.status,
                        latest_model_id=self._model_id(row.model_version_id) if latest else None,
                        latest_placed_label=label,
                        latest_maturity_index=index,
                        latest_placed_level=level if latest else None,
                    )
                )
        return summaries

    def result_summaries(self, assessment_ids: list[str]) -> dict[str, ResultSummary]:
        """What lists show of each assessment's results (placed stage, index, answered), read
        from the stored summary; those missing or stale are scored (and kept, see `summary`).
        An id that names no assessment is left out."""
        out: dict[str, ResultSummary] = {}
        with self._reading():
            (data_version,) = self.db.execute_sql("PRAGMA data_version").fetchone()
            stale = []
            for start in range(0, len(assessment_ids), _IN_CHUNK):
                chunk = assessment_ids[start : start + _IN_CHUNK]
                sql = _RESULTS_OF.format(", ".join("?" * len(chunk)))
                for row in self.db.execute_sql(sql, chunk):
                    assessment_id, digest, updated_at, stored, *figures = row
                    if stored is None:
                        stale.append((assessment_id, digest, updated_at))
                    else:
                        kept = ResultSummary(*figures)
                        out[assessment_id] = dataclasses.replace(
                            kept,
                            placed_label=self._label_now(
                                digest, kept.placed_level, kept.placed_label
                            ),
                        )
            out.update(self._score_for_summary(stale, data_version))
        return out

    def _label_now(self, digest: str, placed_level: int, stored: str) -> str:
        """A stored summary's placement in the language in effect: the summary was kept in
        whatever language scored it, so its label is said again from the level; inside
        `_reading`."""
        model = self._readable_model(digest) if placed_level >= 0 else None
        if model is None:
            return stored if placed_level >= 0 else translate("store", "unreadable model")
        return placed_stage_label(model, placed_level)

    def _title_now(self, digest: str, stored: str) -> str:
        """A model version's title in the language in effect: the stored one is the model's
        own (language-neutral data); inside `_reading`."""
        model = self._readable_model(digest)
        return stored if model is None else model.title

    def _record(self, row: Assessment) -> AssessmentRecord:
        """An assessment's record, its model's title in the language in effect."""
        record = _assessment(row)
        title = self._title_now(row.model_version.id, record.model_title)
        return (
            record
            if title == record.model_title
            else dataclasses.replace(record, model_title=title)
        )

    def _model_id(self, digest: str) -> str:
        """The model id of a model version: read once per open store for all versions (a few),
        again when one is new; inside `_reading`."""
        model_id = self._model_ids.get(digest)
        if model_id is None:
            rows = self.db.execute_sql("SELECT id, model_id FROM model_version").fetchall()
            self._model_ids = dict(rows)
            model_id = self._model_ids[digest]
        return model_id

    def _score_for_summary(
        self, stale: list[tuple[str, str, str]], data_version: int
    ) -> dict[str, ResultSummary]:
        """Score assessments whose stored summary is missing or stale: (assessment id, model
        version, updated_at as read, with the connection's `data_version` before reading).
        Writes them back when it can (see `summary.write_back`); inside `_reading`."""
        if not stale:
            return {}
        answers = self._answer_values([assessment_id for assessment_id, _, _ in stale])
        scored = {}
        for assessment_id, digest, _ in stale:
            model = self._readable_model(digest)
            scored[assessment_id] = (
                dataclasses.replace(
                    summary.UNREADABLE, placed_label=translate("store", "unreadable model")
                )
                if model is None
                else ResultSummary.of(score_assessment(model, answers[assessment_id]))
            )
        summary.write_back(
            self.db,
            [(i, digest, updated_at, scored[i]) for i, digest, updated_at in stale],
            data_version,
            self.busy_timeout_ms,
        )
        return scored

    def _org_search(self, search: str):  # type: ignore[no-untyped-def]
        query = Organization.select().where(Organization.deleted_at.is_null())
        words = search.split()
        for word in words:
            query = query.where(Organization.name.contains(word))
        return query

    def organization(self, organization_id: str) -> OrganizationRecord:
        with self._reading():
            return _org(self._org_row(organization_id))

    def find_organization(self, name_or_id: str) -> OrganizationRecord:
        """By id, else by name as `name_key` matches names (any case or accents' encoding,
        white space as stored); an ambiguous name is an error that lists the ids. A blank
        name is an error, never "every organization"."""
        key = name_key(name_or_id)
        if not key:
            raise NotFoundError(
                translate("store", "no organization name or id was given (it is empty)")
            )
        with self._reading():
            row = Organization.get_or_none(
                (Organization.id == name_or_id.strip()) & Organization.deleted_at.is_null()
            )
            if row is not None:
                return _org(row)
            # Matched here, not in SQL: SQLite's lower() folds ASCII only. A lookup by name
            # is one per command, and reading the names is quick even for thousands.
            rows = [
                r
                for r in Organization.select().where(Organization.deleted_at.is_null())
                if name_key(r.name) == key
            ]
        if not rows:
            raise NotFoundError(
                translate("store", "no organization named or with id {name_or_id!r}").format(
                    name_or_id=name_or_id
                )
            )
        if len(rows) > 1:
            ids = ", ".join(r.id for r in rows)
            raise NotFoundError(
                translate(
                    "store", "{count} organizations are named {name_or_id!r}; use an id ({ids})"
                ).format(count=len(rows), name_or_id=name_or_id, ids=ids)
            )
        return _org(rows[0])

    def _org_row(self, organization_id: str, include_deleted: bool = False) -> Organization:
        row = Organization.get_or_none(Organization.id == organization_id)
        if row is None or (row.deleted_at is not None and not include_deleted):
            raise NotFoundError(
                translate("store", "no organization with id {organization_id!r}").format(
                    organization_id=organization_id
                )
            )
        return row

    # -- assessments

    def create_assessment(
        self,
        organization_id: str,
        model: MaturityModel,
        assessor: str = "",
        assessed_on: date | str | None = None,
    ) -> AssessmentRecord:
        """Start a draft, with the model definition frozen in (later file edits change nothing).
        `assessed_on` may be given as text, written YYYY-MM-DD only."""
        day = _assessment_date(assessed_on)
        assessor = checked_assessor(assessor)
        with self._writing():
            org = self._org_row(organization_id)
            digest = _freeze(model)
            row = Assessment.create(
                organization=org,
                model_version=digest,
                assessed_on=day.isoformat(),
                assessor=assessor,
            )
        return self.assessment(row.id)

    def carry_forward(self, assessment_id: str, model: MaturityModel) -> AssessmentRecord:
        """Start a draft under `model`, a newer version of the assessment's maturity model,
        with the answers that the mapping `model` declares brings across (see `carrying`).

        The draft is for the same organization and assessor, dated today; each answer in it
        is marked `needs_review` until rated again. The assessment itself stays as it was,
        with its frozen definition and placement. Refused (nothing written) when `model` is
        another maturity model, the assessment's own version, or declares no mapping from it.
        """
        now = utc_now()
        # Read and written in one transaction: the answers carried are those of one moment.
        with self._writing():
            old = self.assessment(assessment_id)
            old_model = self.model_of(assessment_id)
            mapping = _carry_mapping(assessment_id, old_model, model)
            carried = carried_answers(old_model, model, mapping, self.answers(assessment_id))
            org = self._org_row(old.organization_id)
            digest = _freeze(model)
            row = Assessment.create(
                organization=org,
                model_version=digest,
                assessed_on=date.today().isoformat(),
                assessor=old.assessor,
                carried_from=old.id,
            )
            self.db.connection().executemany(
                _INSERT_CARRIED,
                [
                    (
                        row.id,
                        a.criterion_id,
                        a.score,
                        a.not_applicable,
                        a.notes,
                        now,
                        a.private_notes,
                        a.private_notes_at,
                    )
                    for a in carried
                ],
            )
            self._answers_changed([(row.id, now)])
        return self.assessment(row.id)

    def assessment(self, assessment_id: str) -> AssessmentRecord:
        with self._reading():
            rows = list(self._assessment_query().where(Assessment.id == assessment_id))
        if not rows:
            raise NotFoundError(
                translate("store", "no assessment with id {assessment_id!r}").format(
                    assessment_id=assessment_id
                )
            )
        return self._record(rows[0])

    def assessments(self, organization_id: str | None = None) -> list[AssessmentRecord]:
        """Newest first."""
        with self._reading():
            query = self._assessment_query().where(Organization.deleted_at.is_null())
            if organization_id is not None:
                query = query.where(Assessment.organization == organization_id)
            query = query.order_by(
                Assessment.assessed_on.desc(), Assessment.created_at.desc(), Assessment.id.desc()
            )
            return [self._record(r) for r in query]

    def delete_assessment(self, assessment_id: str) -> DeletedAssessment:
        """Remove an assessment, its answers and its stored summary, in one transaction, and
        return what was removed (see `restore_assessment`).

        Its model definition is not read: an assessment whose definition cannot be read
        (`UnreadableModelError`) must be removable. The model version stays, for an undo.
        An assessment carried forward from this one keeps its `carried_from` id, which then
        names none: a record of where its answers came from, not a link anything follows.
        """
        with self._writing():
            connection = self.db.connection()
            row = connection.execute(_ASSESSMENT_ROW, (assessment_id,)).fetchone()
            if row is None:
                raise NotFoundError(
                    translate("store", "no assessment with id {assessment_id!r}").format(
                        assessment_id=assessment_id
                    )
                )
            answers = tuple(
                AnswerRecord(criterion, score, bool(na), notes, updated_at, bool(review), *private)
                for criterion, score, na, notes, updated_at, review, *private in connection.execute(
                    _ANSWER_ROWS + " ORDER BY criterion_id", (assessment_id,)
                )
            )
            kept = respondents.kept_for_undo(connection, assessment_id)
            connection.execute(summary.FORGET, (assessment_id,))
            connection.execute("DELETE FROM answer WHERE assessment_id = ?", (assessment_id,))
            # Its respondents go by the cascade: their rows see it gone, and leave no tombstone.
            connection.execute("DELETE FROM assessment WHERE id = ?", (assessment_id,))
            # The organizations' latest assessments, and so the peers' indices, may change.
            self._peer_cache.latest.clear()
        id_, org_id, digest, assessed_on, assessor, status, created, updated, position, carried = (
            row
        )
        return DeletedAssessment(
            id_,
            org_id,
            digest,
            assessed_on,
            assessor,
            status,
            created,
            updated,
            position,
            carried,
            answers,
            *kept,
        )

    def restore_assessment(self, deleted: DeletedAssessment) -> AssessmentRecord:
        """Put back an assessment `delete_assessment` removed, exactly as it was, in one
        transaction. Refused (`StoreError`, nothing written) when its organization or model
        version is gone for good (the trash emptied) or an assessment with its id is in the
        store again (restored already, or imported meanwhile)."""
        when = translate("store", "the assessment of {assessed_on}").format(
            assessed_on=deleted.assessed_on
        )
        with self._writing():
            connection = self.db.connection()
            if not connection.execute(
                "SELECT 1 FROM organization WHERE id = ?", (deleted.organization_id,)
            ).fetchone():
                raise StoreError(
                    translate(
                        "store",
                        "{when} cannot be put back: its organization is no longer in this store",
                    ).format(when=when)
                )
            if not connection.execute(
                "SELECT 1 FROM model_version WHERE id = ?", (deleted.model_version_id,)
            ).fetchone():
                raise StoreError(
                    translate(
                        "store",
                        "{when} cannot be put back: its maturity model version is no longer in "
                        "this store",
                    ).format(when=when)
                )
            if connection.execute(
                "SELECT 1 FROM assessment WHERE id = ?", (deleted.id,)
            ).fetchone():
                raise StoreError(
                    translate(
                        "store",
                        "{when} cannot be put back: an assessment with its id ({id}) is in "
                        "this store already",
                    ).format(when=when, id=deleted.id)
                )
            connection.execute(
                _INSERT_ASSESSMENT,
                (
                    deleted.id,
                    deleted.organization_id,
                    deleted.model_version_id,
                    deleted.assessed_on,
                    deleted.assessor,
                    deleted.status,
                    deleted.created_at,
                    deleted.updated_at,
                    deleted.position,
                    deleted.carried_from,
                ),
            )
            connection.executemany(
                _INSERT_ANSWER,
                [
                    (
                        deleted.id,
                        a.criterion_id,
                        a.score,
                        a.not_applicable,
                        a.notes,
                        a.updated_at,
                        a.needs_review,
                        a.private_notes,
                        a.private_notes_at,
                    )
                    for a in deleted.answers
                ],
            )
            respondents.put_back(connection, deleted)
            connection.execute(summary.FORGET, (deleted.id,))  # scored again when first listed
            self._peer_cache.latest.clear()
        return self.assessment(deleted.id)

    def set_status(self, assessment_id: str, status: str) -> AssessmentRecord:
        if status not in STATUSES:
            raise InvalidStatusError(
                translate("store", "status must be one of {statuses}, not {status!r}").format(
                    statuses=", ".join(STATUSES), status=status
                )
            )
        with self._writing():
            previous = (
                Assessment.select(Assessment.updated_at)
                .where(Assessment.id == assessment_id)
                .scalar()
            )
            updated = (
                Assessment.update(status=status).where(Assessment.id == assessment_id).execute()
            )
            if updated:
                self._answers_changed([(assessment_id, stamp_after(previous))])
        if not updated:
            raise NotFoundError(
                translate("store", "no assessment with id {assessment_id!r}").format(
                    assessment_id=assessment_id
                )
            )
        return self.assessment(assessment_id)

    def set_position(self, assessment_id: str, position: str) -> None:
        """Remember where the wizard is, so that the draft reopens there.

        Stamped like any change (the position syncs by the newest-wins rule). The results do
        not change: the stored summary row, if fresh, is restamped rather than dropped."""
        with self._writing():
            connection = self.db.connection()
            row = connection.execute(
                "SELECT updated_at, position FROM assessment WHERE id = ?", (assessment_id,)
            ).fetchone()
            if row is None or row[1] == position:
                return
            previous = row[0]
            now = stamp_after(previous)
            connection.execute(
                "UPDATE assessment SET position = ?, updated_at = ? WHERE id = ?",
                (position, now, assessment_id),
            )
            connection.execute(summary.RESTAMP, (now, assessment_id, previous))

    def model_of(self, assessment_id: str) -> MaturityModel:
        """The maturity model version the assessment was taken with (from its frozen definition)."""
        with self._reading():
            digest = (
                Assessment.select(Assessment.model_version)
                .where(Assessment.id == assessment_id)
                .scalar()
            )
            if digest is None:
                raise NotFoundError(
                    translate("store", "no assessment with id {assessment_id!r}").format(
                        assessment_id=assessment_id
                    )
                )
            return self._model(digest)

    def model_versions(self) -> dict[str, tuple[str, str]]:
        """Every maturity model version the store holds: digest -> (model id, version)."""
        with self._reading():
            rows = self.db.execute_sql("SELECT id, model_id, version FROM model_version")
            return {digest: (model_id, version) for digest, model_id, version in rows}

    def model_version(self, digest: str) -> MaturityModel:
        """The maturity model version stored under this digest (see `canonical_definition`)."""
        with self._reading():
            if not self.db.execute_sql(
                "SELECT 1 FROM model_version WHERE id = ?", (digest,)
            ).fetchone():
                raise NotFoundError(
                    translate("store", "no maturity model version {digest} in this store").format(
                        digest=digest[:12]
                    )
                )
            return self._model(digest)

    def _model(self, digest: str) -> MaturityModel:
        """Parse a frozen definition once per open store; it never changes under its digest.

        Read as strictly as a model file: a definition stored by an older version without
        today's bounds raises `UnreadableModelError`, which lists turn into a word
        (`_readable_model`) so that one bad definition never stops a store from opening."""
        model = self._models.get(digest)
        if model is None:
            (definition,) = self.db.execute_sql(
                "SELECT definition FROM model_version WHERE id = ?", (digest,)
            ).fetchone()
            parsed, problem = _parsed_definition(definition, digest)
            if parsed is None:
                # Only the fact is kept: the reason is worded again, in the language in
                # effect, each time it is told (a French report must not freeze it in French).
                self._unreadable.add(digest)
                raise UnreadableModelError(
                    translate(
                        "store",
                        "the maturity model definition of this assessment, stored in {path}, "
                        "cannot be used ({problem}); this version lists its assessments but "
                        "cannot show them",
                    ).format(path=self.path, problem=problem)
                ) from None
            model = self._models[digest] = parsed
        return localized(model)  # in the language in effect; the same version whatever it is

    def _readable_model(self, digest: str) -> MaturityModel | None:
        """`_model`, or None when its definition cannot be read: for lists."""
        if digest in self._unreadable:
            return None  # known: no need to word why
        try:
            return self._model(digest)
        except UnreadableModelError:
            return None

    def _assessment_query(self):  # type: ignore[no-untyped-def]
        return (
            Assessment.select(
                Assessment,
                Organization,
                ModelVersion.id,
                ModelVersion.model_id,
                ModelVersion.version,
                ModelVersion.title,
            )
            .join_from(Assessment, Organization)
            .join_from(Assessment, ModelVersion)
        )

    # -- answers

    def record_answer(
        self,
        assessment_id: str,
        criterion_id: str,
        score: int | None,
        not_applicable: bool = False,
        notes: str | None = None,
        needs_review: bool = False,
    ) -> AnswerRecord:
        """Rate one criterion (notes=None keeps the notes already written), in one transaction.
        A rating is a review: it clears the carried-forward mark unless `needs_review` (an
        undo putting back a carried rating) keeps it."""
        if not_applicable and score is not None:
            raise InvalidAnswerError(
                translate("store", "an answer is either a score or not applicable, not both")
            )
        return self._change_answer(
            assessment_id, criterion_id, (score, not_applicable), notes, needs_review
        )

    def record_notes(self, assessment_id: str, criterion_id: str, notes: str) -> AnswerRecord:
        """Write the notes of one criterion, keeping its rating."""
        return self._change_answer(assessment_id, criterion_id, None, notes)

    def record_private_notes(
        self, assessment_id: str, criterion_id: str, private_notes: str
    ) -> AnswerRecord:
        """Write the consultant's private notes of one criterion, keeping the rest; every
        client-safe output leaves them out."""
        return self._change_answer(
            assessment_id, criterion_id, None, None, private_notes=private_notes
        )

    def _change_answer(
        self,
        assessment_id: str,
        criterion_id: str,
        rating: tuple[int | None, bool] | None,
        notes: str | None,
        needs_review: bool = False,
        private_notes: str | None = None,
    ) -> AnswerRecord:
        """Upsert one answer: the rating and / or the notes (None: keep what is stored), or
        the private notes alone.

        One write transaction: check the assessment (exists, draft, criterion and score fit
        its model), upsert the answer, say the assessment changed. This is the hot path of the
        wizard, so it reads nothing it does not need (the model is cached by digest).
        """
        if notes:
            notes = checked_notes(notes)
        if private_notes:
            private_notes = checked_notes(private_notes)
        # Fixed SQL text, not peewee queries: here, building the queries took longer than
        # SQLite takes to write and sync the answer (see benchmarks/record_answer.py).
        with translate_errors(self.path, self.db), self.db.atomic():
            row = self.db.execute_sql(_ASSESSMENT_STATE, (criterion_id, assessment_id)).fetchone()
            if row is None:
                raise NotFoundError(
                    translate("store", "no assessment with id {assessment_id!r}").format(
                        assessment_id=assessment_id
                    )
                )
            status, digest, assessment_stamp, answer_stamp = row
            model = self._model(digest)
            if criterion_id not in model.criteria_by_id:
                raise InvalidAnswerError(
                    translate("store", "{criterion_id!r} is not a criterion of {key}").format(
                        criterion_id=criterion_id, key=model.key
                    )
                )
            if status == "complete":
                raise InvalidAnswerError(
                    translate("store", "this assessment is complete; reopen it to change answers")
                )
            score, not_applicable = rating if rating is not None else (None, False)
            if score is not None and (
                isinstance(score, bool)
                or not isinstance(score, int)
                or not 0 <= score <= model.max_score
            ):
                raise InvalidAnswerError(
                    translate(
                        "store", "score must be a whole number from 0 to {max_score}, not {score!r}"
                    ).format(max_score=model.max_score, score=score)
                )
            if private_notes is not None:
                upsert = _PRIVATE_UPSERT
            else:
                upsert = _UPSERTS[rating is not None, notes is not None]
            now = stamp_after(assessment_stamp, answer_stamp)
            params = (
                assessment_id,
                criterion_id,
                score,
                not_applicable,
                notes or "",
                now,
                needs_review,
                private_notes or "",
            )
            saved = self.db.execute_sql(upsert, params).fetchone()
            self._answers_changed([(assessment_id, now)])
        criterion, score, not_applicable, notes, updated_at, needs_review, *private = saved
        return AnswerRecord(
            criterion, score, bool(not_applicable), notes, updated_at, bool(needs_review), *private
        )

    def answers(self, assessment_id: str) -> dict[str, AnswerRecord]:
        with self._reading():
            rows = Answer.select().where(Answer.assessment == assessment_id)
            return {r.criterion_id: _answer(r) for r in rows}

    def result(self, assessment_id: str) -> AssessmentResult:
        """The scoring of an assessment against the model version it was taken with."""
        return self.scored(assessment_id).result

    def scored(self, assessment_id: str) -> ScoredRecord:
        """An assessment, the model version it was taken with, its answers and their scoring."""
        (scored,) = self.scored_many([assessment_id])
        return scored

    def scored_many(self, assessment_ids: Sequence[str]) -> list[ScoredRecord]:
        """`scored` for many assessments, in the order given, in a few queries whatever their
        number (`IN` lists of 500); `NotFoundError` if one of them is not in the store."""
        ids = list(dict.fromkeys(assessment_ids))
        records: dict[str, AssessmentRecord] = {}
        models: dict[str, MaturityModel] = {}
        with self._reading():
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                for row in self._assessment_query().where(Assessment.id.in_(chunk)):
                    records[row.id] = self._record(row)
                    models[row.id] = self._model(row.model_version.id)
            missing = next((i for i in ids if i not in records), None)
            if missing is not None:
                raise NotFoundError(
                    translate("store", "no assessment with id {missing!r}").format(missing=missing)
                )
            answers = self._answer_records(ids)
        scored = {
            i: ScoredRecord(records[i], models[i], answers[i], score_records(models[i], answers[i]))
            for i in ids
        }
        return [scored[i] for i in assessment_ids]

    # -- respondents: each person's own ratings, and the consensus (see `store.respondents`)

    def respondents(self, assessment_id: str) -> list[RespondentRecord]:
        """The assessment's respondents in order; without any written down, its assessor
        alone (`implicit`: their ratings are the answers)."""
        return respondents.respondents(self, assessment_id)

    def respondent(self, respondent_id: str) -> RespondentRecord:
        return respondents.respondent(self, respondent_id)

    def find_respondent(self, assessment_id: str, name_or_id: str) -> RespondentRecord:
        """A respondent of the assessment by id or name; `NotFoundError` naming those it has."""
        return respondents.find_respondent(self, assessment_id, name_or_id)

    def add_respondent(self, assessment_id: str, name: str, role: str = "") -> RespondentRecord:
        """Add a respondent (the assessor is written down first, when it is the second)."""
        return respondents.add_respondent(self, assessment_id, name, role)

    def written_respondents(self, assessment_id: str) -> list[RespondentRecord]:
        """`respondents`, with the implicit assessor written down (given an id) first."""
        return respondents.written_down(self, assessment_id)

    def fold_back_assessor(self, assessment_id: str) -> bool:
        """The undo of writing the assessor down: one voice again, when their ratings are
        exactly the answers (else False, nothing written)."""
        return respondents.fold_back(self, assessment_id)

    def edit_respondent(self, respondent_id: str, name: str, role: str) -> RespondentRecord:
        return respondents.edit_respondent(self, respondent_id, name, role)

    def remove_respondent(self, respondent_id: str) -> int:
        """Remove a respondent with their ratings (returns how many); the median follows."""
        return respondents.remove_respondent(self, respondent_id)

    def restore_respondent(
        self, removed: RespondentRecord, ratings: Iterable[RespondentAnswerRecord]
    ) -> RespondentRecord:
        """Put back a removed respondent with their ratings (an undo); the median follows."""
        return respondents.restore_respondent(self, removed, ratings)

    def record_respondent_answer(
        self,
        respondent_id: str,
        criterion_id: str,
        score: int | None,
        not_applicable: bool = False,
        notes: str | None = None,
    ) -> RespondentRating:
        """Rate one criterion as a respondent (notes=None keeps theirs), in one transaction
        that also brings the consensus of that criterion along (unless the facilitator set it)."""
        return respondents.record_rating(
            self, respondent_id, criterion_id, (score, not_applicable), notes
        )

    def record_respondent_notes(
        self, respondent_id: str, criterion_id: str, notes: str
    ) -> RespondentRating:
        return respondents.record_rating(self, respondent_id, criterion_id, None, notes)

    def use_median(self, assessment_id: str, criterion_id: str) -> AnswerRecord | None:
        """The facilitator hands a criterion back to the respondents' median."""
        return respondents.use_median(self, assessment_id, criterion_id)

    def respondents_view(self, assessment_id: str) -> RespondentsView:
        """The assessment, its respondents, their ratings and the consensus, at one moment."""
        return respondents.view(self, assessment_id)

    def collect_answers(
        self,
        respondent_id: str,
        answers: Mapping[str, tuple[int | None, bool, str]],
        filled_at: str,
        dry_run: bool = False,
        assessment_id: str | None = None,
    ) -> CollectOutcome:
        """Take a respondent's filled questionnaire (criterion id -> score, not applicable,
        notes), saved at `filled_at`; see `store.respondents.collect`. `assessment_id`: the
        questionnaire's, so that its assessor's may come back after an undo made them
        implicit again."""
        return respondents.collect(self, respondent_id, answers, filled_at, dry_run, assessment_id)

    @staticmethod
    def assessor_id(assessment_id: str) -> str:
        """The id an assessment's assessor has once written down, on every laptop."""
        return respondents.assessor_id(assessment_id)

    # -- targets and the roadmap (see `store.plan`)

    def set_target(
        self,
        organization_id: str,
        model: MaturityModel,
        stage_level: int,
        due_on: date | str | None = None,
    ) -> TargetRecord:
        """Aim the organization at a stage of a maturity model, by a date (or none)."""
        return plan.set_target(self, organization_id, model, stage_level, due_on)

    def clear_target(self, organization_id: str, model_id: str) -> TargetRecord | None:
        """Take a target away; returns it as it was (None: there was none), for an undo."""
        return plan.clear_target(self, organization_id, model_id)

    def targets(self, organization_id: str) -> list[TargetRecord]:
        return plan.targets(self, organization_id)

    def build_roadmap(self, organization_id: str, model_id: str) -> list[ActionRecord]:
        """Add an action for each criterion between the latest placement and the target that
        has none yet; returns those added (none: the target is reached, or all are planned)."""
        return plan.build_roadmap(self, organization_id, model_id)

    def actions(self, organization_id: str) -> list[ActionRecord]:
        """The organization's roadmap, in its order."""
        return plan.actions(self, organization_id)

    def action(self, action_id: str) -> ActionRecord:
        return plan.action(self, action_id)

    def add_action(
        self,
        organization_id: str,
        model_id: str,
        title: str,
        *,
        criterion_id: str = "",
        owner: str = "",
        due_on: date | str | None = None,
        status: str = "open",
        notes: str = "",
        private_notes: str = "",
    ) -> ActionRecord:
        """An action of one's own (or for a criterion), at the end of the roadmap."""
        return plan.add_action(
            self,
            organization_id,
            model_id,
            title,
            criterion_id=criterion_id,
            owner=owner,
            due_on=due_on,
            status=status,
            notes=notes,
            private_notes=private_notes,
        )

    def edit_action(self, action_id: str, **changes: object) -> ActionRecord:
        """Change an action's title, owner, due_on, status, notes, private_notes or position."""
        return plan.edit_action(self, action_id, **changes)

    def delete_action(self, action_id: str) -> ActionRecord:
        """Delete an action; returns it as it was, for `restore_action`."""
        return plan.delete_action(self, action_id)

    def restore_action(self, removed: ActionRecord) -> ActionRecord:
        return plan.restore_action(self, removed)

    def plan(self, organization_id: str, today: date | None = None) -> PlanView:
        """The organization's targets, each with the gap from its latest placement, and its
        roadmap with what is achieved and what is overdue (`today`: the day that decides)."""
        return plan.plan_view(self, organization_id, today)

    def _freeze_model(self, model: MaturityModel) -> str:
        """Store a model definition once per digest (inside a write transaction)."""
        return _freeze(model)

    # -- merging records from elsewhere (a snapshot; team sync)

    def merge(
        self,
        incoming: merging.Incoming,
        answers: Iterable[merging.IncomingAnswer],
        dry_run: bool = False,
    ) -> merging.MergeOutcome:
        """Merge organizations, assessments, model versions and answers from elsewhere: by id,
        the newest `updated_at` winning, all in one transaction (see `store.merge`); `dry_run`
        only counts what it would do. `MergeRefused` (nothing changed) when they contradict
        the store."""
        return merging.merge(self, incoming, answers, dry_run)

    # -- team sync (the laptop's side; the server's is in `csmaturity_app.sync`)

    def sync_state(self) -> SyncState:
        """Where this store stands with its team server; `pending` counts the rows changed
        here since the last sync (a count of `sync_pending`, which holds only those)."""
        with self._reading():
            return local_sync.read_state(self.db.connection())

    def sync_conflicts(self) -> list[AnswerConflict]:
        """The answers the last sync found changed on both sides: both copies, the winner."""
        with self._reading():
            return local_sync.read_conflicts(self.db.connection())

    @contextmanager
    def sync_transaction(self) -> Iterator[local_sync.LocalSync]:
        """The laptop's side of a sync as one write transaction (BEGIN IMMEDIATE): committed
        on a clean exit, rolled back on any exception (a cancel, a dropped server)."""
        with self._writing():
            yield local_sync.LocalSync(self)

    # -- snapshots (read inside `reading()`, so that they see one moment)

    def snapshot_assessments(
        self, organization_id: str | None = None, assessment_id: str | None = None
    ) -> list[SnapshotAssessment]:
        """Assessments to export (all, one organization's or one), by organization and date;
        organizations in the trash are left out."""
        where, params = "o.deleted_at IS NULL", []
        if organization_id is not None:
            self.organization(organization_id)
            where, params = where + " AND o.id = ?", [organization_id]
        if assessment_id is not None:
            self.assessment(assessment_id)
            where, params = where + " AND a.id = ?", [assessment_id]
        with self._reading():
            rows = self.db.execute_sql(_SNAPSHOT_ASSESSMENTS.format(where=where), params)
            return [SnapshotAssessment(*row) for row in rows]

    def snapshot_plans(self, organization_id: str | None = None) -> list[SnapshotPlan]:
        """The plans to export (every organization's, or one's): targets, cleared ones too,
        and actions, as stored; organizations in the trash are left out."""
        if organization_id is not None:
            self.organization(organization_id)
        return plan.snapshot_plans(self, organization_id)

    def answer_rows(
        self, assessment_id: str
    ) -> list[tuple[str, int | None, int, str, str, int, int, str, str]]:
        """(criterion id, score, not applicable 0/1, notes, updated_at, needs review 0/1, from
        respondents 0/1, private notes, when they were written) of each answer: plain tuples,
        as an export of a million answers needs them."""
        with self._reading():
            return self.db.execute_sql(_SNAPSHOT_ANSWER_ROWS, (assessment_id,)).fetchall()

    def respondent_rows(
        self, assessment_id: str
    ) -> tuple[list[RespondentRecord], list[RespondentAnswerRecord]]:
        """The respondents written down for an assessment (none when it has one voice, its
        assessor's) and all their ratings, by respondent and criterion: for a snapshot."""
        return respondents.snapshot_rows(self, assessment_id)

    # -- overviews

    def file_schema_version(self) -> int:
        """The schema of the open file (`PRAGMA user_version`): after opening, the newest this
        code writes (`opening.newest_schema_version`), as opening upgrades the file."""
        with self._reading():
            return int(self.db.execute_sql("PRAGMA user_version").fetchone()[0])

    # -- results pane: progression, peers, before / after

    def progression(self, organization_id: str) -> list[ProgressionSeries]:
        """The maturity index of each completed assessment of the organization, by date, one
        series per maturity model (see `maturity.progression`)."""
        with self._reading():
            self._org_row(organization_id)
            rows = self.db.execute_sql(_COMPLETED_OF_ORGANIZATION, (organization_id,)).fetchall()
            # An assessment whose definition cannot be read is left out, not an error.
            rows = [row for row in rows if self._readable_model(row[1]) is not None]
            answers = self._answer_values([row[0] for row in rows])
            scored = [
                ScoredAssessment(
                    assessment_id=assessment_id,
                    model_id=model_id,
                    model_title=self._title_now(digest, title),
                    assessed_on=date.fromisoformat(assessed_on),
                    status=status,
                    result=score_assessment(self._model(digest), answers[assessment_id]),
                )
                for assessment_id, digest, model_id, title, assessed_on, status in rows
            ]
        return build_progression(scored)

    def peer_indices(self, model_id: str, exclude_organization_id: str) -> list[float]:
        """The maturity index of the latest completed assessment on `model_id` (any version)
        of every organization but `exclude_organization_id` and those in the trash; ascending.

        Latest = by assessed_on, then created_at, as in the organizations list. Read from the
        stored summary: only assessments changed since they were last scored are scored.
        """
        latest = self._latest_indices(model_id)
        return sorted(index for org, index in latest.items() if org != exclude_organization_id)

    def _latest_indices(self, model_id: str) -> dict[str, float]:
        """Organization id -> maturity index of its latest completed assessment on the model.

        One query whatever the store's size, reading the stored summary (`summary`); those
        missing or stale are scored and written back. The map is kept, per model, until
        anything changes in the store: a write on this connection (its `total_changes`, and
        `_answers_changed`) or a commit by another one (`PRAGMA data_version`); not kept when
        read inside a transaction, which may yet be rolled back. Selecting assessment after
        assessment in the window then costs next to nothing.
        """
        cache = self._peer_cache
        with self._reading():
            connection = self.db.connection()
            (data_version,) = self.db.execute_sql("PRAGMA data_version").fetchone()
            if (id(connection), data_version) != cache.connection:
                cache.latest.clear()
                cache.connection = (id(connection), data_version)
            known = cache.latest.get(model_id)
            if (
                known is not None
                and not connection.in_transaction
                and known[0] == connection.total_changes
            ):
                return known[1]
            rows = self.db.execute_sql(_LATEST_COMPLETED_ON_MODEL, (model_id,)).fetchall()
            stale = [(a, digest, at) for _, a, digest, at, index in rows if index is None]
            scored = self._score_for_summary(stale, data_version)
            # read after the write-back, which counts as a change
            changes = None if connection.in_transaction else connection.total_changes
        latest = {
            org_id: index if index is not None else scored[a].maturity_index
            for org_id, a, _, _, index in rows
            if index is not None or scored[a].readable
        }
        if changes is not None:
            cache.latest[model_id] = (changes, latest)
        return latest

    def compare_assessments(self, before_id: str, after_id: str) -> Comparison:
        """What changed from one assessment to another of the same maturity model."""
        model_before = self.model_of(before_id)
        model_after = self.model_of(after_id)
        if model_before.id != model_after.id:
            raise StoreError(
                translate(
                    "store",
                    "only assessments of the same maturity model can be compared: "
                    "{before_id} is a {title} assessment, {after_id} a {title2} one",
                ).format(
                    before_id=before_id,
                    title=model_before.title,
                    after_id=after_id,
                    title2=model_after.title,
                )
            )
        with self._reading():
            answers = self._answer_values([before_id, after_id])
        return compare(model_before, answers[before_id], model_after, answers[after_id])

    def _answer_values(self, assessment_ids: list[str]) -> dict[str, dict[str, AnswerValue]]:
        """The ratings of many assessments (each id gets a dict, maybe empty), in few queries.

        Plain SQL and tuples: for thousands of assessments, building peewee rows would cost
        more than the query. Call inside `_reading`.
        """
        values: dict[str, dict[str, AnswerValue]] = {i: {} for i in assessment_ids}
        ids = list(values)
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            sql = _ANSWER_VALUES.format(", ".join("?" * len(chunk)))
            for assessment_id, criterion_id, score, not_applicable in self.db.execute_sql(
                sql, chunk
            ):
                values[assessment_id][criterion_id] = _ANSWER_VALUE_OF[score, bool(not_applicable)]
        return values

    def _answer_records(self, assessment_ids: list[str]) -> dict[str, dict[str, AnswerRecord]]:
        """The answers of many assessments (each id gets a dict, maybe empty), in few queries;
        call inside `_reading`."""
        records: dict[str, dict[str, AnswerRecord]] = {i: {} for i in assessment_ids}
        ids = list(records)
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = ids[start : start + _IN_CHUNK]
            sql = _ANSWER_RECORDS.format(", ".join("?" * len(chunk)))
            for (
                assessment_id,
                criterion_id,
                score,
                na,
                notes,
                updated_at,
                review,
                private_notes,
                private_at,
            ) in self.db.execute_sql(sql, chunk):
                records[assessment_id][criterion_id] = AnswerRecord(
                    criterion_id,
                    score,
                    bool(na),
                    notes,
                    updated_at,
                    bool(review),
                    private_notes,
                    private_at,
                )
        return records


@contextmanager
def _read_transaction(store: Store) -> Iterator[None]:
    with store._reading():
        if store.db.connection().in_transaction:
            yield
            return
        store.db.execute_sql("BEGIN DEFERRED")
        try:
            yield
        finally:
            store.db.execute_sql("COMMIT")


# Definitions parsed in this process, by (digest, definition): a store reopened (every
# background job reopens it) or another store holding the same version finds its model parsed
# already, so a first page of organizations pays no parse. Keyed by the text too, so a row
# whose digest lies about its definition never borrows another's model. Only successes are
# kept (a refusal is worded in the language in effect).
_PARSED: dict[tuple[str, str], MaturityModel] = {}
_PARSED_LOCK = threading.Lock()


def _parsed_definition(definition: str, digest: str) -> tuple[MaturityModel | None, str]:
    with _PARSED_LOCK:
        model = _PARSED.get((digest, definition))
    if model is not None:
        return model, ""
    parsed, problem = _read_definition(definition, digest)
    if parsed is not None:
        with _PARSED_LOCK:
            _PARSED[(digest, definition)] = parsed
    return parsed, problem


def _read_definition(definition: str, digest: str) -> tuple[MaturityModel | None, str]:
    """A stored definition parsed, or None and why it cannot be used, in the language in
    effect."""
    try:
        parsed = parse_model_json(definition, f"model version {digest[:12]}")
    except ModelFileError as exc:
        return None, exc.problems[0]
    # one an older version let in would pass for the real model, in peers too
    problem = impostor_problem(parsed, digest)
    return (None, problem) if problem is not None else (parsed, "")


def _freeze(model: MaturityModel) -> str:
    """Store the definition an assessment is taken with, once per digest; return the digest.
    Inside a write transaction. The row is the original's, whatever language `model` reads
    in: a store, a snapshot and the team server hold the same row for one version."""
    definition = canonical_definition(model)
    digest = definition_digest(definition)
    ModelVersion.insert(
        id=digest,
        model_id=model.id,
        version=model.version,
        title=(model.original or model).title,
        definition=definition,
        created_at=utc_now(),
    ).on_conflict_ignore().execute()
    return digest


def _carry_mapping(
    assessment_id: str, old_model: MaturityModel, model: MaturityModel
) -> CarryForward:
    """How `model` brings across answers given under `old_model`; a `StoreError` saying why
    the assessment cannot be carried forward to it, if it cannot."""
    if model.id != old_model.id:
        raise StoreError(
            translate(
                "store",
                "assessment {assessment_id} is a {title} assessment; it cannot be "
                "carried forward to another maturity model ({title2})",
            ).format(assessment_id=assessment_id, title=old_model.title, title2=model.title)
        )
    if model.version == old_model.version:
        raise StoreError(
            translate(
                "store",
                "assessment {assessment_id} is already under {title} version "
                "{version}, the newest installed: there is nothing to carry it forward "
                "to",
            ).format(assessment_id=assessment_id, title=model.title, version=model.version)
        )
    mapping = model.carry_forward_from(old_model.version)
    if mapping is None:
        raise StoreError(
            translate(
                "store",
                "{title} version {version} does not say how answers given under "
                "version {version2} come across, so assessment {assessment_id} cannot "
                "be carried forward to it",
            ).format(
                title=model.title,
                version=model.version,
                version2=old_model.version,
                assessment_id=assessment_id,
            )
        )
    return mapping


def _assessment_date(assessed_on: date | str | None) -> date:
    """The day an assessment is dated: today when not given; text only as YYYY-MM-DD."""
    if assessed_on is None:
        return date.today()
    if isinstance(assessed_on, str):
        return parse_date(assessed_on)
    if isinstance(assessed_on, datetime) or not isinstance(assessed_on, date):
        raise StoreError(
            translate("store", "{assessed_on!r} is not a date (a day, written YYYY-MM-DD)").format(
                assessed_on=assessed_on
            )
        )
    return assessed_on


def _org(row: Organization) -> OrganizationRecord:
    return OrganizationRecord(row.id, row.name, row.created_at, row.updated_at)


def _assessment(row: Assessment) -> AssessmentRecord:
    mv = row.model_version
    return AssessmentRecord(
        id=row.id,
        organization_id=row.organization.id,
        organization_name=row.organization.name,
        model_id=mv.model_id,
        model_version=mv.version,
        model_title=mv.title,
        assessed_on=date.fromisoformat(row.assessed_on),
        assessor=row.assessor,
        status=row.status,
        created_at=row.created_at,
        updated_at=row.updated_at,
        position=row.position,
        carried_from=row.carried_from,
    )


def _answer(row: Answer) -> AnswerRecord:
    return AnswerRecord(
        row.criterion_id,
        row.score,
        bool(row.not_applicable),
        row.notes,
        row.updated_at,
        bool(row.needs_review),
        row.private_notes,
        row.private_notes_at,
    )


_SNAPSHOT_ASSESSMENTS = """
SELECT o.id, o.name, o.created_at, o.updated_at, a.id, a.model_version_id, a.assessed_on,
    a.assessor, a.status, a.created_at, a.updated_at, a.carried_from
FROM assessment AS a JOIN organization AS o ON o.id = a.organization_id
WHERE {where}
ORDER BY o.name COLLATE NOCASE, o.id, a.assessed_on, a.created_at, a.id
"""
_INSERT_CARRIED = (
    "INSERT INTO answer (assessment_id, criterion_id, score, not_applicable, notes, updated_at, "
    "needs_review, private_notes, private_notes_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"
)
# An assessment row as `DeletedAssessment` holds it (its fields in that order), and back.
_ASSESSMENT_COLUMNS = (
    "id, organization_id, model_version_id, assessed_on, assessor, status, created_at, "
    "updated_at, position, carried_from"
)
_ASSESSMENT_ROW = f"SELECT {_ASSESSMENT_COLUMNS} FROM assessment WHERE id = ?"
_INSERT_ASSESSMENT = (
    f"INSERT INTO assessment ({_ASSESSMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ANSWER = (
    "INSERT INTO answer (assessment_id, criterion_id, score, not_applicable, notes, updated_at, "
    "needs_review, private_notes, private_notes_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ANSWER_ROWS = (
    "SELECT criterion_id, score, not_applicable, notes, updated_at, needs_review, private_notes, "
    "private_notes_at FROM answer WHERE assessment_id = ?"
)
_SNAPSHOT_ANSWER_ROWS = (
    "SELECT criterion_id, score, not_applicable, notes, updated_at, needs_review, "
    "from_respondents, private_notes, private_notes_at FROM answer WHERE assessment_id = ?"
)

# -- results pane queries (Store.progression, peer_indices, compare_assessments)

_IN_CHUNK = 500  # ids per `IN (...)` list

_ANSWER_VALUES = (
    "SELECT assessment_id, criterion_id, score, not_applicable FROM answer "
    "WHERE assessment_id IN ({})"
)

_ANSWER_RECORDS = (
    "SELECT assessment_id, criterion_id, score, not_applicable, notes, updated_at, needs_review, "
    "private_notes, private_notes_at FROM answer WHERE assessment_id IN ({}) "
    "ORDER BY assessment_id, criterion_id"
)

# A page of the organizations list: each organization, how many assessments it has, and its
# latest (by assessed_on, then created_at) with its stored summary if fresh (`summary`).
# The page is cut first, so that only its organizations are looked into.
_RESULTS_OF = (
    "SELECT a.id, a.model_version_id, a.updated_at, r.assessment_id, "
    f"{summary.columns()} FROM assessment AS a {summary.fresh_join('a')} "
    "WHERE a.id IN ({})"
)


class _PageRow(NamedTuple):
    """A row of `_ORGANIZATION_PAGE`: an organization, its latest assessment (its fields are
    None, and not read, when `latest_id` is None) and that assessment's stored summary (None
    when missing or stale)."""

    id: str
    name: str
    assessments: int
    latest_id: str | None
    assessed_on: str
    status: str
    model_version_id: str
    updated_at: str
    placed_level: int | None
    placed_label: str | None
    maturity_index: float | None
    answered: int | None
    total: int | None


_ORGANIZATION_PAGE = f"""
WITH page AS (
    SELECT o.id, o.name FROM organization AS o WHERE {{where}}
    ORDER BY lower(o.name), o.id LIMIT ? OFFSET ?
), listed AS (
    SELECT page.id, page.name,
        (SELECT count(*) FROM assessment AS n WHERE n.organization_id = page.id) AS n,
        (SELECT latest.id FROM assessment AS latest WHERE latest.organization_id = page.id
         ORDER BY latest.assessed_on DESC, latest.created_at DESC, latest.id DESC
         LIMIT 1) AS latest_id
    FROM page
)
SELECT l.id, l.name, l.n, a.id, a.assessed_on, a.status, a.model_version_id, a.updated_at,
    {summary.columns()}
FROM listed AS l
LEFT JOIN assessment AS a ON a.id = l.latest_id
{summary.fresh_join("a")}
ORDER BY lower(l.name), l.id
"""

_COMPLETED_OF_ORGANIZATION = """
SELECT a.id, a.model_version_id, mv.model_id, mv.title, a.assessed_on, a.status
FROM assessment AS a JOIN model_version AS mv ON mv.id = a.model_version_id
WHERE a.organization_id = ? AND a.status = 'complete'
ORDER BY a.assessed_on, a.created_at, a.id
"""


class _AnswerValueOf(dict[tuple[int | None, bool], AnswerValue]):
    """(score, not applicable) -> one shared AnswerValue: none is built per answer row."""

    def __missing__(self, key: tuple[int | None, bool]) -> AnswerValue:
        value = self[key] = AnswerValue(*key)
        return value


_ANSWER_VALUE_OF = _AnswerValueOf()


@dataclass
class _PeerCache:
    """What `Store._latest_indices` keeps between calls (see there)."""

    connection: tuple[int, int] | None = None  # (id of the connection, its data_version)
    # model id -> (total_changes of the connection, organization id -> maturity index)
    latest: dict[str, tuple[int, dict[str, float]]] = field(default_factory=dict)


# The latest completed assessment on a model (any version) of each organization not in the
# trash: (organization, assessment, model version, updated_at, stored maturity index if
# fresh). One correlated subquery per organization, on the (organization_id, assessed_on)
# index.
_LATEST_COMPLETED_ON_MODEL = f"""
SELECT o.id, a.id, a.model_version_id, a.updated_at, r.maturity_index
FROM organization AS o
JOIN assessment AS a ON a.id = (
    SELECT latest.id FROM assessment AS latest
    WHERE latest.organization_id = o.id AND latest.status = 'complete'
        AND latest.model_version_id IN (SELECT id FROM model_version WHERE model_id = ?)
    ORDER BY latest.assessed_on DESC, latest.created_at DESC, latest.id DESC
    LIMIT 1
)
{summary.fresh_join("a")}
WHERE o.deleted_at IS NULL
"""
