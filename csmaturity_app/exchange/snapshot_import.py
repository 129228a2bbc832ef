"""Reading snapshots back: every row checked, then merged, all in one transaction.

The file is streamed: rows are checked one by one and their answers staged in the store
(`store.merge`), so memory does not grow with the file. The first bad row raises a
`SnapshotError` naming the row and column; the transaction rolls back and the store is as it
was. Rows are counted as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import suppress
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO, TypeVar

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.age_files import (
    AGE_MAGIC,
    ARMOR_MAGIC,
    DecryptedSnapshot,
    Decryption,
    EncryptedFileError,
    decrypted,
)
from csmaturity_app.exchange.csv_format import (
    ACTION_COLUMNS,
    CONTRACT_COLUMNS,
    PLAN_MODEL_COLUMNS,
    PLAN_ROW_COLUMNS,
    PRIVATE_COLUMNS,
    PRIVATE_NOTES_AT_COLUMN,
    PRIVATE_NOTES_COLUMN,
    RESPONDENT_CELLS,
    RESPONDENT_COLUMNS,
    SNAPSHOT_COLUMNS,
    TARGET_COLUMNS,
    restore,
)
from csmaturity_app.exchange.progress import Cancelled, Progress, no_progress
from csmaturity_app.i18n import translate
from csmaturity_app.i18n.formats import integer
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.shipped import genuine_digests
from csmaturity_app.store import (
    CONTROL,
    MAX_ACTIONS,
    NONCHARACTER,
    AnswerRules,
    Incoming,
    IncomingAction,
    IncomingAnswer,
    IncomingAssessment,
    IncomingModelVersion,
    IncomingOrganization,
    IncomingRating,
    IncomingRespondent,
    IncomingTarget,
    MergeOutcome,
    NotFoundError,
    RowProblem,
    Store,
    StoreError,
    UnreadableModelError,
    carried_model,
    check_action_status,
    check_answer_state,
    check_collected,
    check_criterion_id,
    check_date,
    check_digest,
    check_id,
    check_model_id,
    check_person,
    check_position,
    check_stage_level,
    check_status,
    check_text,
    checked_assessor,
    checked_due,
    checked_name,
    checked_notes,
    checked_owner,
    checked_title,
    future_limit,
    stamp_of,
    without_noncharacters,
)

# Notes can be long; a field beyond this is not a note but a broken file.
MAX_FIELD = 4 * 1024 * 1024
PROGRESS_EVERY = 2000  # rows
_T = TypeVar("_T")
_U = TypeVar("_U")
_BOOLEANS = {"true": 1, "false": 0}
# The cells of a plan row besides its own (target_ or action_): the organization's, and the
# model's id. Every other cell (an assessment's, an answer's, a respondent's) stays empty.
_PLAN_ROW_KEEPS = frozenset(
    {"organization_id", "organization", "organization_created_at", "organization_updated_at"}
    | {"model_id"}
    | set(PLAN_MODEL_COLUMNS)
    | set(PLAN_ROW_COLUMNS)
)
# Cells an exporter may fill with "false" on a row that is not an answer.
_FLAGS = frozenset({"not_applicable", "needs_review", "from_respondents"})


class SnapshotError(UserFacingError):
    """A file that cannot be imported; names the row (1 = the header) and column."""

    def __init__(self, message: str, row: int | None = None, column: str | None = None) -> None:
        where = ""
        if row is not None:
            if column:
                where = translate("snapshot", "row {row}, column {column}: ").format(
                    row=row, column=column
                )
            else:
                where = translate("snapshot", "row {row}: ").format(row=row)
        super().__init__(where + message)
        self.row = row
        self.column = column


def import_snapshot(
    store: Store,
    source: Path | DecryptedSnapshot,
    catalog: ModelCatalog,
    *,
    dry_run: bool = False,
    progress: Progress = no_progress,
    accept_future: bool = False,
    decryption: Decryption | None = None,
) -> MergeOutcome:
    """Merge the snapshot at `source` into the store, all or nothing; `dry_run` only plans.

    A time more than a day ahead of this computer's clock is refused (with the first row and
    column, and how many rows are), unless `accept_future`: then the outcome counts them.
    An age file (told by its header, whatever its name) is decrypted into memory with
    `decryption`, before anything is read into the store; or `source` is one decrypted
    already (`decrypt_snapshot`), so that a plan and its import decrypt only once.
    """
    raw: BinaryIO
    if isinstance(source, DecryptedSnapshot):
        # BytesIO shares the bytes until written to: the content is not copied
        name, raw = source.name, io.BytesIO(source.content)
    else:
        name, raw = Path(source).name, _opened(Path(source), decryption)
    with raw:
        size = _size(raw)
        if b"\0" in raw.read(64 * 1024):
            raise SnapshotError(
                translate("snapshot", "{name} is not a CSV snapshot: it holds binary data").format(
                    name=name
                )
            )
        raw.seek(0)
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="", errors="strict")
        reader = _Reader(store, catalog, text, raw, size, progress, accept_future)
        try:
            plan = store.merge(reader.incoming, reader.answers(), dry_run)
        except Cancelled:
            raise
        except UserFacingError as exc:
            # keeps the row and column of a SnapshotError
            exc.args = (translate("snapshot", "{name}: {problem}").format(name=name, problem=exc),)
            raise
        progress(size, size)
        plan.future_rows, plan.latest_future = reader.future_rows, reader.latest_future
        return plan


def _opened(path: Path, decryption: Decryption | None) -> BinaryIO:
    """The snapshot's bytes: the file itself, or an age file's content in memory."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        head = raw.read(len(ARMOR_MAGIC) + 16)
        raw.seek(0)
    except OSError as exc:
        raw.close()
        raise _unreadable(path, exc) from None
    if not (head.startswith(AGE_MAGIC) or head.lstrip().startswith(ARMOR_MAGIC)):
        if path.suffix.lower() == ".age":
            raw.close()
            raise EncryptedFileError(
                translate(
                    "snapshot",
                    "{name} is named as an age file but is not one (it has no age header): is it "
                    "damaged, or another kind of file?",
                ).format(name=path.name)
            )
        return raw
    raw.close()
    return decrypted(path, decryption)


def _size(raw: BinaryIO) -> int:
    raw.seek(0, io.SEEK_END)
    size = raw.tell()
    raw.seek(0)
    return size


class _Reader:
    """Checks rows one by one, collecting organizations, assessments and model versions and
    yielding answers. What repeats on every row of an assessment is checked once, then only
    compared."""

    def __init__(
        self,
        store: Store,
        catalog: ModelCatalog,
        text: io.TextIOWrapper,
        raw: BinaryIO,
        size: int,
        progress: Progress,
        accept_future: bool = False,
    ) -> None:
        self.store = store
        self.catalog = catalog
        self.text = text
        self.raw = raw
        self.size = size
        self.progress = progress
        self.incoming = Incoming()
        self.row = 1
        self.column: dict[str, int] = {}
        self.models: dict[str, MaturityModel] = {}  # digest -> definition, for this file
        self.stored_versions: dict[str, tuple[str, str]] | None = None
        self.catalog_digests: dict[str, MaturityModel] | None = None
        # assessment id -> (its repeated cells, what its answers may hold)
        self.seen: dict[str, tuple[tuple[str, ...], AnswerRules]] = {}
        # Stamps above the limit are counted; refused at the end unless accepted.
        self.accept_future = accept_future
        self.future_limit = future_limit()
        self.future_rows = 0
        self.latest_future = ""
        self.first_future: tuple[str, int, str] | None = None  # value, row, column
        self.future_row = 0
        # respondent id -> (their assessment, their repeated cells, their first row)
        self.respondents: dict[str, tuple[str, tuple[str, ...], int]] = {}
        self.rated: dict[tuple[str, str], int] = {}  # (respondent, criterion) -> its row
        # organizations of plan rows that do not name them -> the first such row
        self.unnamed: dict[str, int] = {}
        self.actions_of: Counter[str] = Counter()  # organization id -> its actions in the file

    def fail(self, message: str, column: str | None = None) -> SnapshotError:
        return SnapshotError(message, self.row, column)

    def checked(self, check: Callable[[_T], _U], text: _T, column: str) -> _U:
        """`text` through one of the store's own checks (`row_checks`, or a bound): refused
        where the store would refuse it typed in, in its words, naming the row and column."""
        try:
            return check(text)
        except RowProblem as exc:
            raise self.fail(str(exc), exc.column or column) from None
        except StoreError as exc:
            raise self.fail(str(exc), column) from None

    # -- the rows

    def records(self) -> Iterator[list[str]]:
        previous = csv.field_size_limit(MAX_FIELD)
        try:
            reader = csv.reader(self.text, strict=True)
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except UnicodeDecodeError:
                    raise self.fail_next("the file is not UTF-8 text") from None
                except csv.Error as exc:
                    raise self.fail_next(_csv_problem(exc)) from None
                self.row += 1
                yield record
        finally:
            csv.field_size_limit(previous)

    def fail_next(self, message: str) -> SnapshotError:
        return SnapshotError(message, self.row + 1)

    def answers(self) -> Iterator[IncomingAnswer]:
        records = self.records()
        self.row = 0
        header = next(records, None)
        if header is None:
            raise SnapshotError(
                translate("snapshot", "the file is empty: a snapshot starts with a header row")
            )
        self.read_header(header)
        width = len(header)
        column = self.column
        i_assessment = column["assessment_id"]
        i_criterion = column["criterion_id"]
        i_score = column["score"]
        i_na = column["not_applicable"]
        i_notes = column["notes"]
        i_updated = column["updated_at"]
        i_review = column.get("needs_review")  # a column added later: a file may lack it
        i_median = column.get("from_respondents")  # later again
        i_respondent = column.get("respondent_id")
        i_private = column.get(PRIVATE_NOTES_COLUMN)  # None: older, or client-safe
        i_private_at = column.get(PRIVATE_NOTES_AT_COLUMN)  # with it ('' where a file lacks it)
        # A plan row is told by these; an answer's row leaves every plan cell empty.
        plan_at = [column[n] for n in ("target_updated_at", "action_id") if n in column]
        plan_positions = [column[n] for n in PLAN_ROW_COLUMNS if n in column]
        # (of one column, itemgetter gives its text, whose any() is whether it is set too)
        plan_cells = itemgetter(*plan_positions) if plan_positions else None
        repeated = self.repeated_columns()
        i_definition = column.get("model_definition", -1)
        progress_at = PROGRESS_EVERY
        for record in records:
            if len(record) != width:
                if record == [] or record == [""] * len(record):
                    continue  # a blank line (e.g. at the end)
                raise self.fail(
                    translate(
                        "snapshot",
                        "has {cells} cells where the header has {width}; is a cell missing or a "
                        "quote unbalanced?",
                    ).format(cells=len(record), width=width)
                )
            joined = "".join(record)
            if CONTROL.search(joined):
                self.control_character(record)
            if NONCHARACTER.search(joined):
                # release 0.3.0 wrote them: taken cleaned, as the store would keep the text;
                # but for a model's definition, which its digest must match as written (a
                # model file may hold them, and writers strip them when they print it)
                record = [
                    cell if i == i_definition else without_noncharacters(cell)
                    for i, cell in enumerate(record)
                ]
            if plan_cells is not None and any(plan_cells(record)):
                if any(record[i] for i in plan_at):
                    self.plan_row(record)
                    continue
                self.no_plan_cells(record)
            assessment_id = record[i_assessment]
            cells = tuple(record[i] for i in repeated)
            known = self.seen.get(assessment_id)
            if known is None:
                known = self.first_row_of(assessment_id, record, cells)
            elif known[0] != cells:
                self.differs(known[0], cells, repeated, assessment_id)
            rules = known[1]
            criterion_id = restore(record[i_criterion])
            if criterion_id not in rules.criteria:
                self.checked(rules.criterion, criterion_id, "criterion_id")
            if i_respondent is not None:
                if record[i_respondent]:
                    self.respondent_row(record, assessment_id, criterion_id, rules)
                    continue
                self.no_respondent_cells(record)
            score = self.checked(rules.score_cell, record[i_score], "score")
            not_applicable = _BOOLEANS.get(record[i_na].lower())
            if not_applicable is None:
                raise self.fail(_not_a_flag(record[i_na]), "not_applicable")
            if not_applicable and score is not None:
                try:
                    check_answer_state(score, not_applicable)
                except RowProblem as exc:
                    raise self.fail(str(exc), exc.column) from None
            notes = self.checked(checked_notes, restore(record[i_notes]), "notes")
            private_notes: str | None = None  # the file does not say: the store's stay
            if i_private is not None:
                cell = record[i_private]
                private_notes = (
                    self.checked(checked_notes, restore(cell), PRIVATE_NOTES_COLUMN) if cell else ""
                )
            private_at = ""
            if i_private_at is not None and record[i_private_at]:
                private_at = self.timestamp(record[i_private_at], PRIVATE_NOTES_AT_COLUMN)
            updated_at = record[i_updated]
            if updated_at:
                updated_at = self.timestamp(updated_at, "updated_at")
            elif score is not None or not_applicable or notes or private_notes or private_at:
                raise self.fail(
                    translate("snapshot", "an answer needs the time it was given"), "updated_at"
                )
            else:
                continue  # unanswered: there is no answer to merge
            needs_review: int | None = None  # the file does not say: the store's mark stays
            if i_review is not None:
                cell = record[i_review]
                needs_review = _BOOLEANS.get(cell.lower(), 0 if cell == "" else -1)
                if needs_review < 0:
                    raise self.fail(_not_a_flag(cell), "needs_review")
            from_respondents: int | None = None  # the file does not say: the store's flag stays
            if i_median is not None:
                from_respondents = self.flag(record[i_median], "from_respondents")
            self.incoming.rows = self.row - 1
            yield IncomingAnswer(
                self.row,
                assessment_id,
                criterion_id,
                score,
                not_applicable,
                notes,
                updated_at,
                needs_review,
                from_respondents,
                private_notes,
                None if private_notes is None else private_at,
            )
            if self.row >= progress_at:
                progress_at += PROGRESS_EVERY
                self.progress(min(self.raw.tell(), self.size), self.size)
        self.incoming.rows = self.row - 1  # a header alone is a snapshot of an empty store
        self.plan_organizations_known()
        self.models_of_targets()
        self.plan_models_checked()
        self.roadmaps_bounded()
        if self.first_future is not None and not self.accept_future:
            raise self.future_refused()

    # -- the header

    def read_header(self, header: list[str]) -> None:
        names = [name.strip() for name in header]
        if not set(names) & set(CONTRACT_COLUMNS):
            raise SnapshotError(
                translate(
                    "snapshot",
                    "this is not a CS Maturity snapshot: its first row should be the header "
                    "{columns}, \u2026",
                ).format(columns=", ".join(CONTRACT_COLUMNS[:3])),
                1,
            )
        for position, expected in enumerate(CONTRACT_COLUMNS):
            found = names[position] if position < len(names) else None
            if found == expected:
                continue
            if found is None or expected not in names:
                if "placed_stage" in names:
                    raise SnapshotError(
                        translate(
                            "snapshot",
                            "this is a summary export (one row per assessment), which cannot be "
                            "imported; import a snapshot exported without --summary",
                        ),
                        1,
                    )
                raise SnapshotError(
                    translate("snapshot", "the column {name} is missing").format(
                        name=repr(expected)
                    ),
                    1,
                )
            raise SnapshotError(
                translate(
                    "snapshot",
                    "column {position} should be {expected}, not {found} (the snapshot columns "
                    "come in a fixed order)",
                ).format(position=position + 1, expected=repr(expected), found=repr(found)),
                1,
            )
        for position, name in enumerate(names):
            if name in self.column and name in SNAPSHOT_COLUMNS:
                raise SnapshotError(
                    translate("snapshot", "the column {name} appears twice").format(
                        name=repr(name)
                    ),
                    1,
                )
            self.column.setdefault(name, position)
        if "respondent_id" in self.column:  # a respondent's row is whole, or not read
            for name in RESPONDENT_COLUMNS:
                if name not in self.column:
                    raise SnapshotError(
                        translate(
                            "snapshot",
                            "the column {name} is missing (respondents' rows need every "
                            "respondent column)",
                        ).format(name=repr(name)),
                        1,
                    )
        # A plan row is whole too; but a client-safe file leaves out the private notes.
        for told_by, columns, what in (
            (
                "target_updated_at",
                TARGET_COLUMNS,
                translate(
                    "snapshot",
                    "the column {name} is missing (targets' rows need every target column)",
                ),
            ),
            (
                "action_id",
                ACTION_COLUMNS,
                translate(
                    "snapshot",
                    "the column {name} is missing (actions' rows need every action column)",
                ),
            ),
        ):
            if told_by in self.column:
                for name in columns:
                    if name not in self.column and name not in PRIVATE_COLUMNS:
                        raise SnapshotError(what.format(name=repr(name)), 1)

    def repeated_columns(self) -> tuple[int, ...]:
        """Columns that hold the same value on every row of an assessment."""
        names = [
            "organization_id",
            "organization",
            "model_id",
            "model_version",
            "assessed_on",
            "assessor",
            "status",
            "model_digest",
            "organization_created_at",
            "organization_updated_at",
            "assessment_created_at",
            "assessment_updated_at",
            "carried_from",
        ]
        return tuple(self.column[name] for name in names if name in self.column)

    def differs(
        self,
        first: tuple[str, ...],
        cells: tuple[str, ...],
        repeated: tuple[int, ...],
        assessment_id: str,
    ) -> None:
        names = {position: name for name, position in self.column.items()}
        for position, a, b in zip(repeated, first, cells, strict=True):
            if a != b:
                row = self.incoming.assessments[assessment_id].row
                raise self.fail(
                    translate(
                        "snapshot", "{b} differs from {a} on row {row} for the same assessment"
                    ).format(a=repr(a), b=repr(b), row=row),
                    names[position],
                )

    # -- the first row of an assessment: everything checked

    def cell(self, record: list[str], name: str) -> str:
        position = self.column.get(name)
        return "" if position is None else record[position]

    def first_row_of(
        self, assessment_id: str, record: list[str], cells: tuple[str, ...]
    ) -> tuple[tuple[str, ...], AnswerRules]:
        self.uuid(assessment_id, "assessment_id")
        organization = self.organization(record)
        model, digest = self.model(record)
        assessed_on = self.checked(check_date, self.cell(record, "assessed_on"), "assessed_on")
        assessor = self.checked(
            checked_assessor, restore(self.cell(record, "assessor")), "assessor"
        )
        status = self.checked(check_status, self.cell(record, "status"), "status")
        carried_from = self.cell(record, "carried_from")
        if carried_from:
            self.uuid(carried_from, "carried_from")
        self.incoming.assessments[assessment_id] = IncomingAssessment(
            id=assessment_id,
            organization_id=organization.id,
            model_digest=digest,
            assessed_on=assessed_on,
            assessor=assessor,
            status=status,
            created_at=self.optional_timestamp(record, "assessment_created_at"),
            updated_at=self.optional_timestamp(record, "assessment_updated_at"),
            row=self.row,
            carried_from=carried_from or None,
        )
        known = (cells, AnswerRules.of(model))
        self.seen[assessment_id] = known
        return known

    def organization(self, record: list[str]) -> IncomingOrganization:
        organization_id = self.cell(record, "organization_id")
        self.uuid(organization_id, "organization_id")
        name = self.checked(
            checked_name, restore(self.cell(record, "organization")), "organization"
        )
        organization = IncomingOrganization(
            organization_id,
            name,
            self.optional_timestamp(record, "organization_created_at"),
            self.optional_timestamp(record, "organization_updated_at"),
        )
        earlier = self.incoming.organizations.setdefault(organization_id, organization)
        if earlier != organization:
            column = "organization" if earlier.name != name else "organization_updated_at"
            raise self.fail(
                translate(
                    "snapshot", "organization {id} differs from an earlier row of the file"
                ).format(id=organization_id),
                column,
            )
        return organization

    def model(self, record: list[str]) -> tuple[MaturityModel, str]:
        """The exact maturity model version of the row: by digest when the file gives one,
        else by id and version, never a near match (old results must not be re-scored)."""
        model_id = restore(self.cell(record, "model_id"))
        version = restore(self.cell(record, "model_version"))
        digest = self.cell(record, "model_digest")
        if digest:
            self.checked(lambda d: check_digest(d, "model_digest"), digest, "model_digest")
            model = self.models.get(digest) or self.known_model(digest, record)
        else:
            digest, model = self.model_by_name(model_id, version)
        if (model.id, model.version) != (model_id, version):
            raise self.fail(
                translate(
                    "snapshot",
                    "the model digest is that of {model} version {version}, not {named} version "
                    "{named_version}",
                ).format(
                    model=model.id, version=model.version, named=model_id, named_version=version
                ),
                "model_id",
            )
        self.models[digest] = model
        return model, digest

    def known_model(self, digest: str, record: list[str]) -> MaturityModel:
        stored = self.stored()
        if digest in stored:
            try:  # refused, among others, when it poses as a shipped model
                return self.store.model_version(digest)
            except UnreadableModelError as exc:
                raise self.fail(str(exc), "model_digest") from None
        from_catalog = self.catalog_by_digest().get(digest)
        definition = self.cell(record, "model_definition")
        if from_catalog is None and not definition:
            model_id, version = self.cell(record, "model_id"), self.cell(record, "model_version")
            raise self.fail(
                translate(
                    "snapshot",
                    "maturity model {model} version {version} ({digest}) is not installed here "
                    "and the file does not carry its definition",
                ).format(model=model_id, version=version, digest=digest[:12]),
                "model_digest",
            )
        if from_catalog is not None:
            model = from_catalog
            text = canonical_definition(model)
        else:
            model = self.carried_model(restore(definition), digest)
            text = canonical_definition(model)
        self.incoming.model_versions[digest] = IncomingModelVersion.of(digest, model, text)
        return model

    def carried_model(self, definition: str, digest: str) -> MaturityModel:
        """The definition a file carries, read by the loader as strictly as a model file, and
        refused if it passes itself off as a model this installation ships."""
        return self.checked(lambda d: carried_model(d, digest), definition, "model_definition")

    def model_by_name(self, model_id: str, version: str) -> tuple[str, MaturityModel]:
        """For files without digests (written by hand or by another tool)."""
        matches = {digest for digest, key in self.stored().items() if key == (model_id, version)}
        from_catalog = {
            digest
            for digest, model in self.catalog_by_digest().items()
            if (model.id, model.version) == (model_id, version)
        }
        # The store's own definition first: its assessments of that version were taken with it,
        # even where the installed file has since been reworded (the 1.0.0 models were). Of a
        # shipped version, only a genuine one: an impostor imported before the check must not
        # make every later file ambiguous.
        genuine = genuine_digests().get((model_id, version))
        if genuine is not None:
            matches = matches & genuine
        candidates = matches or from_catalog
        if not candidates:
            raise self.fail(
                translate(
                    "snapshot", "maturity model {model} version {version} is not installed here"
                ).format(model=model_id, version=version),
                "model_id",
            )
        if len(candidates) > 1:
            raise self.fail(
                translate(
                    "snapshot",
                    "this store holds several definitions of {model} version {version}; only a "
                    "file with the model_digest column can say which one is meant",
                ).format(model=model_id, version=version),
                "model_version",
            )
        (digest,) = candidates
        if digest in self.models:
            return digest, self.models[digest]
        if digest in matches:
            return digest, self.store.model_version(digest)
        model = self.catalog_by_digest()[digest]
        self.incoming.model_versions[digest] = IncomingModelVersion.of(
            digest, model, canonical_definition(model)
        )
        return digest, model

    def stored(self) -> dict[str, tuple[str, str]]:
        if self.stored_versions is None:
            self.stored_versions = self.store.model_versions()
        return self.stored_versions

    def catalog_by_digest(self) -> dict[str, MaturityModel]:
        if self.catalog_digests is None:
            self.catalog_digests = {
                definition_digest(canonical_definition(model)): model for model in self.catalog
            }
        return self.catalog_digests

    # -- a respondent's row: their own rating, the contract's answer cells left empty

    def respondent_row(
        self, record: list[str], assessment_id: str, criterion_id: str, rules: AnswerRules
    ) -> None:
        for name in ("score", "notes", "updated_at", PRIVATE_NOTES_COLUMN, PRIVATE_NOTES_AT_COLUMN):
            if self.cell(record, name):
                raise self.fail(_consensus_cells(), name)
        if self.cell(record, "not_applicable").lower() not in ("", "false"):
            raise self.fail(_consensus_cells(), "not_applicable")
        respondent_id = self.cell(record, "respondent_id")
        cells = tuple(self.cell(record, name) for name in RESPONDENT_CELLS)
        known = self.respondents.get(respondent_id)
        if known is None:
            self.first_respondent_row(record, respondent_id, assessment_id)
            self.respondents[respondent_id] = (assessment_id, cells, self.row)
        elif known[0] != assessment_id:
            raise self.fail(
                translate(
                    "snapshot",
                    "respondent {respondent} rates assessment {assessment} on row {row}; a "
                    "respondent belongs to one assessment",
                ).format(respondent=respondent_id, assessment=known[0], row=known[2]),
                "respondent_id",
            )
        elif known[1] != cells:
            column = next(
                n for n, a, b in zip(RESPONDENT_CELLS, known[1], cells, strict=True) if a != b
            )
            raise self.fail(
                translate("snapshot", "differs from row {row} for the same respondent").format(
                    row=known[2]
                ),
                column,
            )
        answered_at = self.cell(record, "respondent_answered_at")
        score_cell = self.cell(record, "respondent_score")
        na_cell = self.cell(record, "respondent_not_applicable")
        notes = restore(self.cell(record, "respondent_notes"))
        if not answered_at:
            if score_cell or na_cell.lower() not in ("", "false") or notes:
                raise self.fail(
                    translate("snapshot", "a rating needs the time it was given"),
                    "respondent_answered_at",
                )
            return  # a respondent who rated nothing
        try:
            score = rules.score_cell(score_cell)
        except RowProblem as exc:
            raise self.fail(str(exc), "respondent_score") from None
        not_applicable = self.flag(na_cell, "respondent_not_applicable")
        if not_applicable and score is not None:
            raise self.fail(
                translate("snapshot", "a criterion is either scored or not applicable, not both"),
                "respondent_score",
            )
        notes = self.checked(checked_notes, notes, "respondent_notes")
        answered_at = self.timestamp(answered_at, "respondent_answered_at")
        earlier = self.rated.setdefault((respondent_id, criterion_id), self.row)
        if earlier != self.row:
            raise self.fail(
                translate(
                    "snapshot",
                    "respondent {respondent} rated criterion {criterion} already on row {row}; a "
                    "snapshot holds each rating once",
                ).format(respondent=respondent_id, criterion=criterion_id, row=earlier),
                "criterion_id",
            )
        self.incoming.ratings.append(
            IncomingRating(
                self.row, respondent_id, criterion_id, score, not_applicable, notes, answered_at
            )
        )

    def no_respondent_cells(self, record: list[str]) -> None:
        """A row of the consensus holds no respondent's cells: a rating there would be lost."""
        for name in RESPONDENT_COLUMNS[2:]:
            if self.cell(record, name):
                raise self.fail(
                    translate(
                        "snapshot",
                        "a row without a respondent_id is the consensus: it holds no "
                        "respondent's cells",
                    ),
                    name,
                )

    def first_respondent_row(
        self, record: list[str], respondent_id: str, assessment_id: str
    ) -> None:
        """A respondent's cells, checked once as the store would take them."""
        self.uuid(respondent_id, "respondent_id")
        name = self.checked(
            lambda v: check_person(v, "respondent"),
            restore(self.cell(record, "respondent")),
            "respondent",
        )
        role = self.checked(
            lambda v: check_person(v, "respondent_role", required=False),
            restore(self.cell(record, "respondent_role")),
            "respondent_role",
        )
        cell = self.cell(record, "respondent_position")
        if not (cell.isascii() and cell.isdigit() and len(cell) <= 7):
            raise self.fail(_not_a_position(cell), "respondent_position")
        position = self.checked(check_position, int(cell), "respondent_position")
        created_at = self.timestamp(
            self.cell(record, "respondent_created_at"), "respondent_created_at"
        )
        updated_at = self.timestamp(
            self.cell(record, "respondent_updated_at"), "respondent_updated_at"
        )
        collected_at = restore(self.cell(record, "respondent_collected_at"))
        digest = self.cell(record, "respondent_collected_digest")
        try:
            check_collected(collected_at, digest)
        except RowProblem as exc:
            raise self.fail(str(exc), f"respondent_{exc.column}") from None
        self.incoming.respondents[respondent_id] = IncomingRespondent(
            self.row,
            respondent_id,
            assessment_id,
            name,
            role,
            position,
            created_at,
            updated_at,
            collected_at,
            digest,
        )

    def flag(self, cell: str, column: str) -> int:
        """A true / false cell; empty is false."""
        value = _BOOLEANS.get(cell.lower(), 0 if cell == "" else -1)
        if value < 0:
            raise self.fail(_not_a_flag(cell), column)
        return value

    # -- a plan row: an organization's target or action, no assessment's cells

    def plan_row(self, record: list[str]) -> None:
        names = {position: name for name, position in self.column.items()}
        for position, cell in enumerate(record):
            name = names.get(position)
            if cell and name in SNAPSHOT_COLUMNS and name not in _PLAN_ROW_KEEPS:
                if name in _FLAGS and cell.lower() == "false":
                    continue
                raise self.fail(
                    translate(
                        "snapshot",
                        "a target's or an action's row leaves the assessment's and answer's "
                        "cells empty",
                    ),
                    name,
                )
        organization_id = self.plan_organization(record)
        model_id = self.checked(check_model_id, restore(self.cell(record, "model_id")), "model_id")
        if any(self.cell(record, name) for name in PLAN_MODEL_COLUMNS):
            self.model(record)  # kept with the plan, as an assessment's model is
        if self.cell(record, "action_id"):
            for name in TARGET_COLUMNS:
                if self.cell(record, name):
                    raise self.fail(
                        translate("snapshot", "an action's row leaves the target_ cells empty"),
                        name,
                    )
            self.action_row(record, organization_id, model_id)
        else:
            for name in ACTION_COLUMNS:
                if self.cell(record, name):
                    raise self.fail(
                        translate(
                            "snapshot",
                            "a target's row leaves the action_ cells empty (an action's row has "
                            "an action_id)",
                        ),
                        name,
                    )
            self.target_row(record, organization_id, model_id)

    def plan_organization(self, record: list[str]) -> str:
        """The row's organization: named there (checked as on any row), or else one named
        elsewhere in the file or held here (`plan_organizations_known`, once all is read)."""
        organization_id = self.cell(record, "organization_id")
        self.uuid(organization_id, "organization_id")
        if self.cell(record, "organization"):
            self.organization(record)
        else:
            for name in ("organization_created_at", "organization_updated_at"):
                if self.cell(record, name):
                    raise self.fail(
                        translate("snapshot", "an organization's row names it"), "organization"
                    )
            self.unnamed.setdefault(organization_id, self.row)
        return organization_id

    def plan_organizations_known(self) -> None:
        for organization_id, row in self.unnamed.items():
            if organization_id in self.incoming.organizations:
                continue
            try:
                self.store.organization(organization_id)
            except NotFoundError:
                raise SnapshotError(
                    translate(
                        "snapshot",
                        "organization {id} is neither in the file nor in this store; a target's "
                        "or an action's row needs its organization's name",
                    ).format(id=organization_id),
                    row,
                    "organization",
                ) from None

    def models_of_targets(self) -> None:
        """A target is shown in the words of a version of its model held here: setting one
        here keeps the model, and so does a target that comes in on a model this store holds
        no version of (the installed one's newest version, when there is one)."""
        wanted = {t.model_id for t in self.incoming.targets.values() if t.stage_level is not None}
        wanted -= {model_id for model_id, _ in self.stored().values()}
        wanted -= {v.model_id for v in self.incoming.model_versions.values()}
        for model_id in sorted(wanted):
            try:
                model = self.catalog.get(model_id)
            except UserFacingError:
                continue  # not installed: kept as it came, shown once a version is here
            text = canonical_definition(model)
            digest = definition_digest(text)
            self.incoming.model_versions[digest] = IncomingModelVersion.of(digest, model, text)

    def plan_models_checked(self) -> None:
        """Refuse a target or an action the store would refuse typed in: a target's stage
        and an action's criterion are those of a version of its model (held here, carried by
        the file or installed), and an action held here stays on its model."""
        versions: dict[str, list[MaturityModel]] = {}
        held: dict[str, str] = {}  # action id -> its model id here
        for organization_id in {a.organization_id for a in self.incoming.actions.values()}:
            with suppress(NotFoundError):  # new to this store: so are its actions
                held.update((a.id, a.model_id) for a in self.store.actions(organization_id))
        rows: list[IncomingTarget | IncomingAction] = [
            *self.incoming.targets.values(),
            *self.incoming.actions.values(),
        ]
        for item in sorted(rows, key=lambda r: r.row):
            self.row = item.row
            if item.model_id not in versions:
                versions[item.model_id] = self.versions_of(item.model_id)
            models = versions[item.model_id]
            if not models:
                raise self.fail(
                    translate(
                        "snapshot",
                        "maturity model {model} is neither installed nor held in this store, nor "
                        "carried by the file: a target or an action needs its model",
                    ).format(model=item.model_id),
                    "model_id",
                )
            if isinstance(item, IncomingTarget):
                if item.stage_level is not None and not any(
                    item.stage_level == s.level for m in models for s in m.stages
                ):
                    levels = sorted({s.level for m in models for s in m.stages})
                    raise self.fail(
                        translate(
                            "snapshot", "{model} has no stage {level}; its stages are {levels}"
                        ).format(
                            model=models[0].title,
                            level=item.stage_level,
                            levels=", ".join(str(level) for level in levels),
                        ),
                        "target_stage_level",
                    )
                continue
            here = held.get(item.id)
            if here is not None and here != item.model_id:
                raise self.fail(
                    translate(
                        "snapshot",
                        "action {action} is on {model} in this store; an action never moves to "
                        "another model",
                    ).format(action=item.id, model=here),
                    "model_id",
                )
            if item.criterion_id and not any(item.criterion_id in m.criteria_by_id for m in models):
                raise self.fail(
                    translate(
                        "snapshot",
                        "{model} has no criterion {criterion} in any version held or installed "
                        "here",
                    ).format(model=item.model_id, criterion=repr(item.criterion_id)),
                    "action_criterion_id",
                )

    def versions_of(self, model_id: str) -> list[MaturityModel]:
        """Every version of a model this import knows: held here, carried by the file, or
        installed (kept with the plan then, as `models_of_targets` does, so that its actions
        are shown in its words)."""
        found = []
        for digest, (stored_id, _) in self.stored().items():
            if stored_id == model_id:
                try:
                    found.append(self.store.model_version(digest))
                except UnreadableModelError:
                    continue
        found += [m for m in self.models.values() if m.id == model_id]
        installed = [m for m in self.catalog_by_digest().values() if m.id == model_id]
        known = [v for v in self.incoming.model_versions.values() if v.model_id == model_id]
        if installed and not found and not known:
            model = self.catalog.get(model_id)
            text = canonical_definition(model)
            digest = definition_digest(text)
            self.incoming.model_versions[digest] = IncomingModelVersion.of(digest, model, text)
        return found + installed

    def roadmaps_bounded(self) -> None:
        """An organization's actions here and in the file together stay within the bound."""
        for organization_id in self.actions_of:
            try:
                here = {a.id for a in self.store.actions(organization_id)}
            except NotFoundError:
                continue  # new here: the file's count was checked row by row
            mine = [
                a for a in self.incoming.actions.values() if a.organization_id == organization_id
            ]
            # Only new ids can pass the bound: a team pull is not bounded, so a store may be
            # over it already, and a file that only updates its actions is welcome.
            new = [a for a in mine if a.id not in here]
            total = len(here) + len(new)
            if new and total > MAX_ACTIONS:
                self.row = min(a.row for a in new)
                raise self.fail(
                    translate(
                        "snapshot",
                        "organization {id} would hold {total} actions, more than the {most} a "
                        "roadmap may hold",
                    ).format(id=organization_id, total=integer(total), most=integer(MAX_ACTIONS)),
                    "action_id",
                )

    def target_row(self, record: list[str], organization_id: str, model_id: str) -> None:
        key = (organization_id, model_id)
        earlier = self.incoming.targets.get(key)
        if earlier is not None:
            raise self.fail(
                translate(
                    "snapshot",
                    "the organization's target on {model} is on row {row} already; a snapshot "
                    "holds each target once",
                ).format(model=model_id, row=earlier.row),
                "model_id",
            )
        cell = self.cell(record, "target_stage_level")
        level: int | None = None  # cleared
        if cell:
            # a short run of digits, or the cell as written for the check to name
            number = int(cell) if cell.isascii() and cell.isdigit() and len(cell) <= 3 else cell
            level = self.checked(
                lambda v: check_stage_level(v, "target_stage_level"), number, "target_stage_level"
            )
        due_on = self.checked(checked_due, self.cell(record, "target_due_on"), "target_due_on")
        self.incoming.targets[key] = IncomingTarget(
            self.row,
            organization_id,
            model_id,
            level,
            due_on,
            self.timestamp(self.cell(record, "target_created_at"), "target_created_at"),
            self.timestamp(self.cell(record, "target_updated_at"), "target_updated_at"),
        )

    def action_row(self, record: list[str], organization_id: str, model_id: str) -> None:
        action_id = self.cell(record, "action_id")
        self.uuid(action_id, "action_id")
        earlier = self.incoming.actions.get(action_id)
        if earlier is not None:
            raise self.fail(
                translate(
                    "snapshot",
                    "action {action} is on row {row} already; a snapshot holds each action once",
                ).format(action=action_id, row=earlier.row),
                "action_id",
            )
        self.actions_of[organization_id] += 1
        if self.actions_of[organization_id] > MAX_ACTIONS:
            raise self.fail(
                translate(
                    "snapshot",
                    "organization {id} has more than {most} actions in the file, more than a "
                    "roadmap may hold",
                ).format(id=organization_id, most=integer(MAX_ACTIONS)),
                "action_id",
            )
        criterion_id = self.text_cell(_checked_criterion_id, record, "action_criterion_id")
        private_notes: str | None = None  # a client-safe file: the private notes here stay
        private_at: str | None = None
        if "action_private_notes" in self.column:
            private_notes = self.text_cell(checked_notes, record, "action_private_notes")
            private_at = self.optional_timestamp(record, "action_private_notes_at")
        cell = self.cell(record, "action_position")
        if not (cell.isascii() and cell.isdigit() and len(cell) <= 7):
            raise self.fail(_not_a_position(cell), "action_position")
        position = self.checked(
            lambda v: check_position(v, "action_position"), int(cell), "action_position"
        )
        source = self.cell(record, "action_source_assessment_id")
        if source:
            self.uuid(source, "action_source_assessment_id")
        since = self.cell(record, "action_since")
        if since:
            self.checked(lambda v: check_date(v, "action_since"), since, "action_since")
        self.incoming.actions[action_id] = IncomingAction(
            self.row,
            action_id,
            organization_id,
            model_id,
            criterion_id,
            self.text_cell(checked_title, record, "action_title"),
            self.text_cell(checked_owner, record, "action_owner"),
            self.checked(checked_due, self.cell(record, "action_due_on"), "action_due_on"),
            self.text_cell(
                lambda v: check_action_status(v, "action_status"), record, "action_status"
            ),
            self.text_cell(checked_notes, record, "action_notes"),
            private_notes,
            position,
            source,
            since,
            self.timestamp(self.cell(record, "action_created_at"), "action_created_at"),
            self.timestamp(self.cell(record, "action_updated_at"), "action_updated_at"),
            private_at,
        )

    def text_cell(self, check: Callable[[str], str], record: list[str], column: str) -> str:
        """A text cell as exported (neutralised for spreadsheets) through a store's check."""
        return self.checked(check, restore(self.cell(record, column)), column)

    def no_plan_cells(self, record: list[str]) -> None:
        """A row without a target_updated_at or an action_id is an assessment's: it holds no
        plan cell, which would otherwise be lost without a word."""
        for name in PLAN_ROW_COLUMNS:
            if self.cell(record, name):
                raise self.fail(
                    translate(
                        "snapshot",
                        "a row without a target_updated_at or an action_id is an assessment's: "
                        "it holds no target_ or action_ cells",
                    ),
                    name,
                )

    # -- cells

    def uuid(self, value: str, column: str) -> None:
        self.checked(lambda v: check_id(v, column), value, column)

    def optional_timestamp(self, record: list[str], column: str) -> str:
        value = self.cell(record, column)
        return self.timestamp(value, column) if value else ""

    def timestamp(self, value: str, column: str) -> str:
        """The time in the store's form (UTC, ISO 8601 to the microsecond), which sorts as it
        reads: "newest wins" compares these strings."""
        stamp = self.checked(lambda v: stamp_of(v, column), value, column)
        if stamp > self.future_limit:
            self.in_the_future(value, stamp, column)
        return stamp

    def in_the_future(self, value: str, stamp: str, column: str) -> None:
        """Count a stamp ahead of this clock by more than the allowance (a wrong clock where
        the file was written); the first one is the error, if they are not accepted."""
        if self.future_row != self.row:
            self.future_row = self.row
            self.future_rows += 1
        self.latest_future = max(self.latest_future, stamp)
        if self.first_future is None:
            self.first_future = (value, self.row, column)

    def future_refused(self) -> SnapshotError:
        value, row, column = self.first_future or ("", None, None)
        if self.future_rows == 1:
            text = translate(
                "snapshot",
                "{value} is more than a day ahead of this computer's clock (was the clock that "
                "wrote it wrong?); imported, it would win over every later change. To import it "
                "anyway: csmaturity import --accept-future",
            ).format(value=repr(value))
        else:
            more = self.future_rows - 1
            if more == 1:
                text = translate(
                    "snapshot",
                    "{value} is more than a day ahead of this computer's clock, and so is 1 more "
                    "row, the latest {latest} (was the clock that wrote them wrong?); imported, "
                    "they would win over every later change. To import them anyway: csmaturity "
                    "import --accept-future",
                )
            else:
                text = translate(
                    "snapshot",
                    "{value} is more than a day ahead of this computer's clock, and so are "
                    "{more} more rows, the latest {latest} (was the clock that wrote them "
                    "wrong?); imported, they would win over every later change. To import them "
                    "anyway: csmaturity import --accept-future",
                )
            text = text.format(value=repr(value), more=integer(more), latest=self.latest_future)
        return SnapshotError(
            text,
            row,
            column,
        )

    def control_character(self, record: list[str]) -> None:
        names = {position: name for name, position in self.column.items()}
        for position, cell in enumerate(record):
            try:
                check_text(cell, names.get(position, ""))
            except RowProblem as exc:
                raise self.fail(
                    translate("snapshot", "{problem}; is this file damaged?").format(problem=exc),
                    names.get(position),
                ) from None


def _checked_criterion_id(value: str) -> str:
    """An action's criterion ('' for one of the consultant's own), checked as every laptop's
    pull checks it."""
    return "" if value == "" else check_criterion_id(value, "action_criterion_id")


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return translate(
            "snapshot", "a cell is longer than {size} MB; this is not a snapshot"
        ).format(size=MAX_FIELD // (1024 * 1024))
    if "NUL" in text:
        return translate("snapshot", "the file holds binary data; this is not a snapshot")
    return translate("snapshot", "the CSV is malformed ({problem})").format(problem=text)


# Messages said of several cells: one wording each.
def _not_a_flag(cell: str) -> str:
    return translate("snapshot", "{cell} is neither true nor false").format(cell=repr(cell))


def _not_a_position(cell: str) -> str:
    return translate("snapshot", "{cell} is not a position (a whole number from 0)").format(
        cell=repr(cell)
    )


def _consensus_cells() -> str:
    return translate(
        "snapshot",
        "a respondent's row leaves the consensus cells empty; their rating goes in the "
        "respondent_ columns",
    )


def _unreadable(path: Path, exc: OSError) -> SnapshotError:
    return SnapshotError(
        translate("snapshot", "cannot read {path}: {problem}").format(
            path=path, problem=exc.strerror or exc
        )
    )
