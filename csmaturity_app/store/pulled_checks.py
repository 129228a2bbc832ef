"""Rows pulled from the team server, checked before they are merged: any role that may write
there (psql, a buggy or a newer client) reaches every laptop, so a pulled row is untrusted
input exactly like a snapshot's, held to the same rules (`row_checks`).

Everything a row refers to must exist, among the rows pulled or in this store (or have been
deleted here: deletion wins, and the merge drops such rows). The first bad row raises one
`PulledRowError` naming its table, its record and the problem; the caller's transaction
rolls back. Stamps too far ahead of this clock are refused together at the end (how many, the
latest), unless accepted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import row_checks as checks
from csmaturity_app.store.errors import (
    FutureRowsError,
    PulledRowError,
    StoreError,
    UnreadableModelError,
)
from csmaturity_app.store.plan import checked_due, checked_owner, checked_title
from csmaturity_app.store.row_checks import AnswerRules, RowProblem, shown
from csmaturity_app.store.synced import (
    ACTIONS,
    ANSWERS,
    ASSESSMENTS,
    MODEL_VERSIONS,
    ORGANIZATIONS,
    RESPONDENT_ANSWERS,
    RESPONDENTS,
    TARGETS,
    TOMBSTONES,
    SyncedTable,
)
from csmaturity_app.store.text import (
    MAX_NAME,
    MAX_NOTES,
    NONCHARACTER,
    STRAY,
    checked_assessor,
    checked_name,
    checked_notes,
    without_noncharacters,
)

if TYPE_CHECKING:
    from csmaturity_app.store.store import Store

Row = tuple[object, ...]


def _refused() -> str:
    """The head of every refusal (read when raised, in the language then)."""
    return translate("store", "the team server holds a row this version cannot take")


_DELETABLE = ("organization", "assessment", "respondent", "action")
_NO_RULES = None  # an answer of an assessment deleted here: dropped by the merge


def _label(table: SyncedTable, row: Row) -> str:
    """The record, as a person finds it on the server: its table and key."""
    if table is ANSWERS:
        criterion = row[1] if len(row) > 1 else None
        return translate("store", "answer of assessment {key} criterion {key2}").format(
            key=_key(row[0] if row else None), key2=_key(criterion)
        )
    if table is RESPONDENT_ANSWERS:
        criterion = row[1] if len(row) > 1 else None
        return translate("store", "rating of respondent {key} criterion {key2}").format(
            key=_key(row[0] if row else None), key2=_key(criterion)
        )
    if table is TARGETS:
        model = row[1] if len(row) > 1 else None
        return translate("store", "target of organization {key} on {key2}").format(
            key=_key(row[0] if row else None), key2=_key(model)
        )
    if table is TOMBSTONES:
        kind = row[0] if row else None
        return translate("store", "deletion of {key} {key2}").format(
            key=_key(kind), key2=_key(row[1] if len(row) > 1 else None)
        )
    name = table.name.replace("_", " ")
    return f"{name} {_key(row[0] if row else None)}"


def _key(value: object) -> str:
    if isinstance(value, str) and value.isprintable() and 0 < len(value) <= 64:
        return value
    return shown(value)


class PulledChecks:
    """One pull's checks: the few kinds of rows at once, the answers as they stream by."""

    def __init__(self, store: Store, connection: sqlite3.Connection, first: bool) -> None:
        self._store = store
        self._connection = connection
        # What counts as deleted here, as the merge reads it (`merge.apply_deletions`): every
        # tombstone on a first sync with this server, else the deletions not yet sent.
        self._deletions = (
            "SELECT kind, id FROM tombstone"
            if first
            else "SELECT key1, key2 FROM sync_pending WHERE tbl = 'tombstone'"
        )
        self._deleted: dict[str, set[str]] | None = None
        self.future = checks.Future()
        self._rules: dict[str, AnswerRules | None] = {}  # pulled assessment -> its rules
        self._models: dict[str, AnswerRules | None] = {}  # digest -> rules (None: unreadable)

    def refused(self, table: SyncedTable, row: Row, problem: RowProblem | str) -> PulledRowError:
        column = getattr(problem, "column", None)
        where = f", {column}" if column else ""
        return PulledRowError(f"{_refused()}: {_label(table, row)}{where}: {problem}")

    def _shape(self, table: SyncedTable, row: Row) -> None:
        if not isinstance(row, tuple) or len(row) != len(table.columns):
            raise PulledRowError(
                translate(
                    "store", "{refused}: a {replace} row of {value} columns, not {count}"
                ).format(
                    refused=_refused(),
                    replace=table.name.replace("_", " "),
                    value=len(row) if isinstance(row, tuple) else 0,
                    count=len(table.columns),
                )
            )

    def _stored_assessments(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """(organization, model version) of those of `ids` this store holds."""
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                (str(i), (str(o), str(m)))
                for i, o, m in self._connection.execute(
                    "SELECT id, organization_id, model_version_id FROM assessment "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return found

    # -- the few kinds, all at once, before the answers

    def check_records(
        self,
        organizations: Sequence[Row],
        model_versions: Sequence[Row],
        assessments: Sequence[Row],
        tombstones: Sequence[Row],
    ) -> None:
        for row in tombstones:
            self._checked(TOMBSTONES, row, self._tombstone)
        pulled_versions: dict[str, MaturityModel] = {}
        for row in model_versions:
            digest, model = self._checked(MODEL_VERSIONS, row, self._model_version)
            pulled_versions[digest] = model
        pulled_orgs = {
            self._checked(ORGANIZATIONS, row, self._organization) for row in organizations
        }
        for row in assessments:
            self._checked(ASSESSMENTS, row, self._assessment)
        missing_orgs = self._missing("organization", {str(r[1]) for r in assessments} - pulled_orgs)
        missing_orgs -= self._deleted_here("organization")
        missing_versions = self._missing(
            "model_version", {str(r[2]) for r in assessments} - set(pulled_versions)
        )
        stored = self._stored_assessments([str(r[0]) for r in assessments])
        for row in assessments:
            assessment_id, organization_id, digest = (str(v) for v in row[:3])
            here = stored.get(assessment_id)
            if here is not None and here != (organization_id, digest):
                # Its answers were scored, and its results listed, under what is here.
                moved = (
                    translate("store", "organization")
                    if here[0] != organization_id
                    else translate("store", "maturity model version")
                )
                raise self.refused(
                    ASSESSMENTS,
                    row,
                    translate(
                        "store",
                        "it belongs to another {moved} in this store; an assessment never moves",
                    ).format(moved=moved),
                )
            if organization_id in missing_orgs:
                raise self.refused(
                    ASSESSMENTS,
                    row,
                    translate(
                        "store",
                        "its organization {organization_id} is neither on the team server nor "
                        "in this store",
                    ).format(organization_id=organization_id),
                )
            if digest in missing_versions:
                raise self.refused(
                    ASSESSMENTS,
                    row,
                    translate(
                        "store",
                        "its maturity model version {digest} is neither on the team server nor "
                        "in this store",
                    ).format(digest=digest),
                )
            model = pulled_versions.get(digest)
            if model is not None and digest not in self._models:
                self._models[digest] = AnswerRules.of(model)  # once per version, not assessment
            self._rules[assessment_id] = self._stored_rules(digest)

    def _checked(self, table: SyncedTable, row: Row, check):  # type: ignore[no-untyped-def]
        self._shape(table, row)
        try:
            return check(row)
        except RowProblem as problem:
            raise self.refused(table, row, problem) from None
        except UnreadableModelError as problem:
            raise self.refused(table, row, str(problem)) from None

    def _organization(self, row: Row) -> str:
        id_, name, created_at, updated_at, deleted_at = row
        checks.check_id(id_, "id")
        name = checks.check_text(name, "name")
        if len(name) > MAX_NAME:  # before the cleaning, which would read all of it
            raise RowProblem(
                translate(
                    "store", "an organization name may have at most {max_name} characters"
                ).format(max_name=MAX_NAME),
                "name",
            )
        if _as_store(checked_name, name, "name") != name:
            raise RowProblem(
                translate(
                    "store",
                    "{shown} is not a name as the store keeps them (one line, single "
                    "spaces, none around)",
                ).format(shown=shown(name)),
                "name",
            )
        stamps = self._stamps(created_at, updated_at)
        if deleted_at is not None:
            stamps.append(checks.check_stamp(deleted_at, "deleted_at"))
        self.future.ahead(*stamps)
        return str(id_)

    def _model_version(self, row: Row) -> tuple[str, MaturityModel]:
        digest, model_id, version, title, definition, created_at = row
        digest = checks.check_digest(digest, "id")
        model = checks.carried_model(definition, digest)
        # The title is the definition's own, in its own language, in every store (none
        # holds a translated one: no release wrote any), so it is compared as it is.
        if (model.id, model.version, model.title) != (model_id, version, title):
            raise RowProblem(
                translate(
                    "store",
                    "it is named {shown} version {shown2} but its definition is {id} "
                    "version {version}",
                ).format(
                    shown=shown(model_id), shown2=shown(version), id=model.id, version=model.version
                ),
                "model_id",
            )
        self.future.ahead(checks.check_stamp(created_at, "created_at"))
        return digest, model

    def _assessment(self, row: Row) -> None:
        id_, organization_id, digest, assessed_on, assessor, status, created_at, updated_at = row[
            :8
        ]
        position, carried_from = row[8:]
        checks.check_id(id_, "id")
        checks.check_id(organization_id, "organization_id")
        checks.check_digest(digest, "model_version_id")
        checks.check_date(assessed_on)
        assessor = checks.check_text(assessor, "assessor")
        if _as_store(checked_assessor, assessor, "assessor") != assessor:
            raise RowProblem(
                translate(
                    "store",
                    "{shown} is not an assessor's name as the store keeps them (no spaces around)",
                ).format(shown=shown(assessor)),
                "assessor",
            )
        checks.check_status(status)
        position = checks.check_text(position, "position")
        if len(position) > MAX_NAME:
            raise RowProblem(
                translate("store", "a position may have at most {max_name} characters").format(
                    max_name=MAX_NAME
                ),
                "position",
            )
        if carried_from is not None:
            checks.check_id(carried_from, "carried_from")
        self.future.ahead(*self._stamps(created_at, updated_at))

    def _tombstone(self, row: Row) -> None:
        kind, id_, deleted_at = row
        if kind not in _DELETABLE:
            raise RowProblem(
                translate("store", "{shown} is not a kind of record that can be deleted").format(
                    shown=shown(kind)
                ),
                "kind",
            )
        checks.check_id(id_, "id")
        self.future.ahead(checks.check_stamp(deleted_at, "deleted_at"))

    @staticmethod
    def _stamps(created_at: object, updated_at: object) -> list[str]:
        return [
            checks.check_stamp(created_at, "created_at"),
            checks.check_stamp(updated_at, "updated_at"),
        ]

    def _missing(self, table: str, ids: set[str]) -> set[str]:
        """Of `ids`, those this store does not hold."""
        if not ids:
            return set()
        found: set[str] = set()
        wanted = sorted(ids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found |= {
                r[0]
                for r in self._connection.execute(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", chunk
                )
            }
        return ids - found

    def _stored_rules(self, digest: str) -> AnswerRules | None:
        """The rules of a model version pulled or stored here (read once)."""
        if digest not in self._models:
            try:
                self._models[digest] = AnswerRules.of(self._store.model_version(digest))
            except UnreadableModelError:
                # A definition an older version let in: its assessments are listed, not
                # shown, here; their answers pass with the checks that need no model.
                self._models[digest] = None
        return self._models[digest]

    # -- respondents and their ratings, after the records they hang on

    def check_respondents(self, respondents: Sequence[Row], ratings: Sequence[Row]) -> None:
        """Each respondent belongs to an assessment pulled or here (never another than here),
        each rating to a respondent pulled or here, and rates a criterion of that assessment's
        model as the store would take it. Rows of records deleted here pass: the merge drops
        them (deletion wins)."""
        if not respondents and not ratings:
            return
        for row in respondents:
            self._checked(RESPONDENTS, row, self._respondent)
        stored = self._stored_respondents(
            sorted({str(r[0]) for r in respondents} | {str(r[0]) for r in ratings})
        )
        assessment_of: dict[str, str | None] = {}
        for row in respondents:
            respondent_id, assessment_id = str(row[0]), str(row[1])
            here = stored.get(respondent_id)
            if here is not None and here != assessment_id:
                raise self.refused(
                    RESPONDENTS,
                    row,
                    translate(
                        "store",
                        "it rates assessment {here} in this store; a respondent never moves",
                    ).format(here=here),
                )
            assessment_of[respondent_id] = (
                assessment_id if self._known_assessment(RESPONDENTS, row, assessment_id) else None
            )
        for row in ratings:
            self._shape(RESPONDENT_ANSWERS, row)
            try:
                rater = checks.check_id(row[0], "respondent_id")
            except RowProblem as problem:
                raise self.refused(RESPONDENT_ANSWERS, row, problem) from None
            if rater not in assessment_of:
                assessment_of[rater] = self._respondent_here(row, stored)
            rated = assessment_of[rater]
            rules = None if rated is None else self._rules.get(rated)
            self._checked(RESPONDENT_ANSWERS, row, lambda r, rules=rules: self._rating(r, rules))

    def _respondent(self, row: Row) -> None:
        id_, assessment_id, name, role, position, created_at, updated_at = row[:7]
        collected_at, digest = row[7:]
        checks.check_id(id_, "id")
        checks.check_id(assessment_id, "assessment_id")
        for value, column, required in ((name, "name", True), (role, "role", False)):
            if checks.check_person(value, column, required) != value:
                raise RowProblem(
                    translate(
                        "store",
                        "{shown} is not a {column} as the store keeps them (one line, single "
                        "spaces, none around)",
                    ).format(shown=shown(value), column=column),
                    column,
                )
        checks.check_position(position)
        checks.check_collected(collected_at, digest)
        self.future.ahead(*self._stamps(created_at, updated_at))

    def _rating(self, row: Row, rules: AnswerRules | None) -> None:
        _, criterion_id, score, not_applicable, notes, updated_at = row
        if rules is not None:
            rules.criterion(criterion_id)
            rules.score(score)
        elif not (score is None or type(score) is int):
            raise RowProblem(
                translate("store", "{shown} is not a score").format(shown=shown(score)), "score"
            )
        checks.check_flag(not_applicable, "not_applicable")
        checks.check_answer_state(score, not_applicable)  # type: ignore[arg-type]
        _as_store(checked_notes, checks.check_text(notes, "notes"), "notes")
        self.future.ahead(checks.check_stamp(updated_at, "updated_at"))

    def _stored_respondents(self, ids: list[str]) -> dict[str, str]:
        """respondent id -> its assessment, of those of `ids` this store holds."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                self._connection.execute(
                    "SELECT id, assessment_id FROM respondent "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return found

    def _known_assessment(self, table: SyncedTable, row: Row, assessment_id: str) -> bool:
        """Whether the assessment is pulled or here (its rules then known); False when it was
        deleted here; refused when it is nowhere."""
        if assessment_id in self._rules:
            return True
        found = self._connection.execute(
            "SELECT model_version_id FROM assessment WHERE id = ?", (assessment_id,)
        ).fetchone()
        if found is not None:
            self._rules[assessment_id] = self._stored_rules(found[0])
            return True
        if assessment_id in self._deleted_here("assessment") or self._deleted_here("organization"):
            return False
        raise self.refused(
            table,
            row,
            translate(
                "store",
                "its assessment {assessment_id} is neither on the team server nor in this store",
            ).format(assessment_id=assessment_id),
        )

    def _respondent_here(self, row: Row, stored: dict[str, str]) -> str | None:
        """The assessment of a rating's respondent that was not pulled: it must be here, or
        have been deleted here (None: the merge drops the rating)."""
        respondent_id = str(row[0])
        if respondent_id in stored:
            assessment_id = stored[respondent_id]
            return (
                assessment_id
                if self._known_assessment(RESPONDENT_ANSWERS, row, assessment_id)
                else None
            )
        if (
            respondent_id in self._deleted_here("respondent")
            or self._deleted_here("assessment")
            or self._deleted_here("organization")
        ):
            return None
        raise self.refused(
            RESPONDENT_ANSWERS,
            row,
            translate(
                "store",
                "its respondent {respondent_id} is neither on the team server nor in this store",
            ).format(respondent_id=respondent_id),
        )

    # -- targets and actions, after the organizations they belong to

    def check_plan(
        self, targets: Sequence[Row], actions: Sequence[Row], pulled_orgs: set[str]
    ) -> None:
        """Every column as the store would hold it (`store.plan`'s own checks); each target's
        and action's organization pulled or here (or deleted here: the merge drops the row);
        an action never moves to another organization."""
        if not targets and not actions:
            return
        for row in targets:
            self._checked(TARGETS, row, self._target)
        for row in actions:
            self._checked(ACTIONS, row, self._action)
        named = {str(r[0]) for r in targets} | {str(r[1]) for r in actions}
        missing = self._missing("organization", named - pulled_orgs)
        missing -= self._deleted_here("organization")
        for table, rows, at in ((TARGETS, targets, 0), (ACTIONS, actions, 1)):
            for row in rows:
                if str(row[at]) in missing:
                    raise self.refused(
                        table,
                        row,
                        translate(
                            "store",
                            "its organization {row} is neither on the team server nor in "
                            "this store",
                        ).format(row=row[at]),
                    )
        stored = self._stored_actions([str(r[0]) for r in actions])
        for row in actions:
            here = stored.get(str(row[0]))
            if here is not None and here != row[1]:
                raise self.refused(
                    ACTIONS,
                    row,
                    translate(
                        "store",
                        "it is on the roadmap of organization {here} in this store; an action "
                        "never moves",
                    ).format(here=here),
                )

    def _target(self, row: Row) -> None:
        organization_id, model_id, stage_level, due_on, created_at, updated_at = row
        checks.check_id(organization_id, "organization_id")
        checks.check_model_id(model_id)
        checks.check_stage_level(stage_level)
        _as_store(checked_due, checks.check_plan_date(due_on, "due_on"), "due_on")
        self.future.ahead(*self._stamps(created_at, updated_at))

    def _action(self, row: Row) -> None:
        id_, organization_id, model_id, criterion_id, title, owner, due_on = row[:7]
        status, notes, private_notes, position, source, since, created_at, updated_at = row[7:15]
        private_at = checks.check_private_stamp(row[15])
        checks.check_id(id_, "id")
        checks.check_id(organization_id, "organization_id")
        checks.check_model_id(model_id)
        if criterion_id != "":
            checks.check_criterion_id(criterion_id)
        for value, column, check in (
            (title, "title", checked_title),
            (owner, "owner", checked_owner),
        ):
            value = checks.check_text(value, column)
            if _as_store(check, value, column) != value:
                raise RowProblem(
                    translate(
                        "store",
                        "{shown} is not a {column} as the store keeps them (one line, single "
                        "spaces, none around)",
                    ).format(shown=shown(value), column=column),
                    column,
                )
        _as_store(checked_due, checks.check_plan_date(due_on, "due_on"), "due_on")
        checks.check_action_status(status)
        for value, column in ((notes, "notes"), (private_notes, "private_notes")):
            _as_store(checked_notes, checks.check_text(value, column), column)
        checks.check_position(position)
        if source != "":
            checks.check_id(source, "source_assessment_id")
        checks.check_plan_date(since, "since")
        self.future.ahead(*self._stamps(created_at, updated_at), private_at)

    def _stored_actions(self, ids: list[str]) -> dict[str, str]:
        """action id -> its organization, of those of `ids` this store holds."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                self._connection.execute(
                    "SELECT id, organization_id FROM action "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return found

    # -- the answers, as they stream by

    def answers(self, rows: Iterable[Row], accept_future: bool) -> Iterator[Row]:
        """The answers, each checked; at the end, stamps ahead of this clock are refused unless
        `accept_future`."""
        rules_of = self._rules
        limit = self.future.limit
        stamp_form = checks.STORED_STAMP.fullmatch
        parse = datetime.fromisoformat
        control = STRAY.search
        odd = NONCHARACTER.search
        width = len(ANSWERS.columns)
        for row in rows:
            if len(row) != width:
                self._shape(ANSWERS, row)
            (
                assessment_id,
                criterion_id,
                score,
                not_applicable,
                notes,
                updated_at,
                review,
                median,
                private_notes,
                private_at,
            ) = row
            try:
                rules = rules_of[assessment_id]  # type: ignore[index]
            except (KeyError, TypeError):
                rules = self._answer_rules(row)
            try:
                if rules is not None:
                    if criterion_id not in rules.criteria:
                        rules.criterion(criterion_id)
                    if score is not None and (type(score) is not int or score not in rules.allowed):
                        rules.score(score)
                elif not (score is None or type(score) is int):
                    raise RowProblem(
                        translate("store", "{shown} is not a score").format(shown=shown(score)),
                        "score",
                    )
                if not_applicable not in (0, 1) or type(not_applicable) is not int:
                    checks.check_flag(not_applicable, "not_applicable")
                if review not in (0, 1) or type(review) is not int:
                    checks.check_flag(review, "needs_review")
                if median not in (0, 1) or type(median) is not int:
                    checks.check_flag(median, "from_respondents")
                if not_applicable and score is not None:
                    checks.check_answer_state(score, not_applicable)  # type: ignore[arg-type]
                cleaned = False
                if type(notes) is not str or len(notes) > MAX_NOTES or control(notes):
                    text = checks.check_text(notes, "notes")
                    _as_store(checked_notes, text, "notes")
                    cleaned = odd(text) is not None
                if (
                    type(private_notes) is not str
                    or len(private_notes) > MAX_NOTES
                    or control(private_notes)
                ):
                    text = checks.check_text(private_notes, "private_notes")
                    _as_store(checked_notes, text, "private_notes")
                    cleaned = cleaned or odd(text) is not None
                if type(updated_at) is not str or not stamp_form(updated_at):
                    checks.check_stamp(updated_at, "updated_at")
                parse(updated_at)  # type: ignore[arg-type]
                if private_at != "":
                    checks.check_private_stamp(private_at)
            except RowProblem as problem:
                raise self.refused(ANSWERS, row, problem) from None
            except ValueError:
                bad = RowProblem(
                    translate("store", "{shown} is not a date and time").format(
                        shown=shown(updated_at)
                    ),
                    "updated_at",
                )
                raise self.refused(ANSWERS, row, bad) from None
            if updated_at > limit or private_at > limit:  # type: ignore[operator]
                self.future.ahead(updated_at, private_at)  # type: ignore[arg-type]
            yield cleaned_row(row) if cleaned else row
        if self.future.rows and not accept_future:
            raise self.future_refused()

    def _answer_rules(self, row: Row) -> AnswerRules | None:
        """The rules of an answer whose assessment was not pulled: it must be here, or have
        been deleted here (the merge drops it then)."""
        assessment_id = row[0]
        try:
            checks.check_id(assessment_id, "assessment_id")
        except RowProblem as problem:
            raise self.refused(ANSWERS, row, problem) from None
        found = self._connection.execute(
            "SELECT model_version_id FROM assessment WHERE id = ?", (assessment_id,)
        ).fetchone()
        if found is not None:
            rules = self._stored_rules(found[0])
        elif str(assessment_id) in self._deleted_here("assessment") or self._deleted_here(
            "organization"
        ):
            rules = _NO_RULES
        else:
            raise self.refused(
                ANSWERS,
                row,
                translate(
                    "store",
                    "its assessment {assessment_id} is neither on the team server nor in "
                    "this store",
                ).format(assessment_id=assessment_id),
            )
        self._rules[str(assessment_id)] = rules
        return rules

    def _deleted_here(self, kind: str) -> set[str]:
        """The records of `kind` deleted here, as the merge counts them. An answer of an
        assessment deleted with its organization cannot be told apart (that cascade leaves no
        tombstone of its own): while an organization deletion waits, such answers pass, and
        the merge drops them."""
        if self._deleted is None:
            self._deleted = {}
            for deleted_kind, record_id in self._connection.execute(self._deletions):
                self._deleted.setdefault(deleted_kind, set()).add(record_id)
        return self._deleted.get(kind, set())

    def future_refused(self) -> FutureRowsError:
        rows = self.future.rows
        if rows == 1:
            said = translate(
                "store",
                "{refused}: 1 row stamped more than a day ahead of this computer's clock, the "
                "latest {latest} (was a clock wrong?); taken, it would win over every later "
                "change. To take it anyway: csmaturity sync --accept-future",
            )
        else:
            said = translate(
                "store",
                "{refused}: {rows} rows stamped more than a day ahead of this computer's "
                "clock, the latest {latest} (was a clock wrong?); taken, them would win over "
                "every later change. To take them anyway: csmaturity sync --accept-future",
            )
        return FutureRowsError(
            said.format(refused=_refused(), rows=formats.integer(rows), latest=self.future.latest),
            rows,
            self.future.latest,
        )


def cleaned_row(row: Row) -> Row:
    """The row with its text cleaned of noncharacters: release 0.3.0 stored them, and an
    upgraded teammate pushes them unchanged; refused, they would block every sync."""
    return tuple(without_noncharacters(v) if type(v) is str else v for v in row)


def cleaned_rows(rows: Sequence[Row]) -> Sequence[Row]:
    """`cleaned_row` of each row that needs it (most need nothing)."""
    odd = NONCHARACTER.search
    if not any(type(v) is str and odd(v) for row in rows for v in row):
        return rows
    return [cleaned_row(row) for row in rows]


def _as_store(check: Callable[[str], str], value: str, column: str) -> str:
    """`value` through one of the store's own checks of free text, refused in its words."""
    try:
        return check(value)
    except RowProblem:
        raise
    except StoreError as exc:
        raise RowProblem(str(exc), column) from None
