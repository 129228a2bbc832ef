"""Writing snapshots: one row per criterion per assessment (the contract in DESIGN.md), or a
summary of one row per assessment for spreadsheets.

The file is written beside its destination and moved into place at the end, so a failure or
a cancel never leaves half a file where the user expects one. It starts with a UTF-8 BOM,
which spreadsheets need to read accents right (an import accepts it). What repeats (the
maturity model's texts, an assessment's details) is made safe for spreadsheets once, not
on every row.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from csmaturity_app.exchange.age_files import Encryption, write_encrypted
from csmaturity_app.exchange.csv_format import (
    CLIENT_SAFE_COLUMNS,
    CONTRACT_COLUMNS,
    FALSE,
    PLAN_ROW_COLUMNS,
    PRIVATE_COLUMNS,
    RATING_CELLS,
    RESPONDENT_CELLS,
    SNAPSHOT_COLUMNS,
    TRUE,
    neutralise,
)
from csmaturity_app.exchange.output_files import (
    cannot_write,
    keep_mode,
    output_problem,
    output_target,
    refuse_output,
    refuse_special,
)
from csmaturity_app.exchange.progress import Progress, no_progress
from csmaturity_app.i18n import plural_is_one, translate
from csmaturity_app.i18n.formats import integer
from csmaturity_app.maturity import AssessmentResult, MaturityModel
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.store import (
    RespondentAnswerRecord,
    SnapshotAssessment,
    SnapshotPlan,
    Store,
    UnreadableModelError,
    newest_model,
    without_controls,
)

PROGRESS_EVERY = 50  # assessments


@dataclass(frozen=True)
class ExportResult:
    path: Path
    assessments: int
    rows: int
    left_out: int = 0  # assessments of a model definition this version cannot read
    targets: int = 0  # cleared ones too
    actions: int = 0


def left_out_text(count: int) -> str:
    """What an export says of the assessments it left out (see `_readable`)."""
    if plural_is_one(count):
        text = translate(
            "snapshot",
            "{count} assessment was left out: its maturity model definition cannot be used here "
            "(beyond the bounds a definition must keep, or posing as a model this installation "
            "ships)",
        )
    else:
        text = translate(
            "snapshot",
            "{count} assessments were left out: their maturity model definition cannot be used "
            "here (beyond the bounds a definition must keep, or posing as a model this "
            "installation ships)",
        )
    return text.format(count=integer(count))


def _readable(
    store: Store, assessments: list[SnapshotAssessment]
) -> tuple[list[SnapshotAssessment], int]:
    """The assessments whose model definition this version can read, and how many are left
    out: one unreadable definition (stored by an older version without today's bounds) must
    not stop a backup of everything else, and its rows would be refused by any import."""
    readable: dict[str, bool] = {}
    for digest in {a.model_digest for a in assessments}:
        try:
            store.model_version(digest)
            readable[digest] = True
        except UnreadableModelError:
            readable[digest] = False
    kept = [a for a in assessments if readable[a.model_digest]]
    return kept, len(assessments) - len(kept)


def export_snapshot(
    store: Store,
    path: Path,
    *,
    organization_id: str | None = None,
    assessment_id: str | None = None,
    progress: Progress = no_progress,
    client_safe: bool = False,
    encryption: Encryption | None = None,
) -> ExportResult:
    """Write a snapshot of the store (or one organization, or one assessment) to `path`.

    The store's and an organization's carry their plans (targets and actions), after the
    organization's assessments; one assessment's does not. `client_safe` leaves the private
    notes' columns out of the file altogether (see `csv_format.PRIVATE_COLUMNS`).
    `encryption`: the file is an age file of the same CSV (see `age_files`)."""
    path = Path(path)
    refuse_output(path, store.path)
    rows = 0
    layout = _Layout(client_safe)
    with store.reading():
        assessments, left_out = _readable(
            store, store.snapshot_assessments(organization_id, assessment_id)
        )
        plans = {} if assessment_id is not None else _plans(store, organization_id)
        targets = sum(len(p.targets) for p in plans.values())
        actions = sum(len(p.actions) for p in plans.values())
        with _replacing(path, encryption) as out:
            writer = csv.writer(out)
            writer.writerow(layout.header)
            cells = _ModelCells(store)
            # The models the assessments' rows carry; a plan's row carries any other one.
            stored = store.model_versions()
            carried = {stored[a.model_digest][0] for a in assessments if a.model_digest in stored}
            for done, assessment in enumerate(assessments):
                if done % PROGRESS_EVERY == 0:
                    progress(done, len(assessments))
                rows += _write_assessment(writer, cells, assessment, store, layout)
                following = assessments[done + 1] if done + 1 < len(assessments) else None
                if following is None or following.organization_id != assessment.organization_id:
                    plan = plans.pop(assessment.organization_id, None)
                    if plan is not None:  # after the organization's last assessment
                        rows += _write_plan(writer, plan, layout, store, carried)
            for plan in plans.values():  # organizations with a plan and no assessment
                rows += _write_plan(writer, plan, layout, store, carried)
    progress(len(assessments), len(assessments))
    return ExportResult(path, len(assessments), rows, left_out, targets, actions)


def _plans(store: Store, organization_id: str | None) -> dict[str, SnapshotPlan]:
    return {p.organization_id: p for p in store.snapshot_plans(organization_id)}


class _Layout:
    """The columns a snapshot has (all, or all but the private notes' in a client-safe one),
    and the cells the rows of assessments end with: the answer's private notes on the
    consensus (unless client-safe), then no plan."""

    def __init__(self, client_safe: bool) -> None:
        self.client_safe = client_safe
        self.header = CLIENT_SAFE_COLUMNS if client_safe else SNAPSHOT_COLUMNS
        plan_columns = [c for c in PLAN_ROW_COLUMNS if c not in PRIVATE_COLUMNS or not client_safe]
        self.no_plan = [""] * len(plan_columns)
        # A respondent's row, or an unanswered criterion: no private notes either.
        self.no_answer_tail = ([] if client_safe else ["", ""]) + self.no_plan

    def answer_tail(self, private_notes: str, private_notes_at: str) -> list[str]:
        if self.client_safe:
            return self.no_plan
        return [neutralise(without_controls(private_notes)), private_notes_at, *self.no_plan]


def _write_assessment(
    writer: Any,  # a csv writer
    cells: _ModelCells,
    assessment: SnapshotAssessment,
    store: Store,
    layout: _Layout,
) -> int:
    a = assessment
    # A store written before control characters were dropped on the way in may hold some:
    # they are left out here too, or the file would be refused by its own import.
    head = [a.organization_id, neutralise(without_controls(a.organization_name)), a.id]
    details = [a.assessed_on, neutralise(without_controls(a.assessor)), a.status]
    tail = [
        a.model_digest,
        a.organization_created_at,
        a.organization_updated_at,
        a.created_at,
        a.updated_at,
    ]
    carried_from = a.carried_from or ""
    model_cells, criteria, labels, definition = cells.of(a.model_digest)
    answers = {row[0]: row for row in store.answer_rows(a.id)}
    rows = []
    for criterion_id, criterion_cells in criteria:
        answer = answers.get(criterion_id)
        if answer is None:
            answer_cells = ["", "", FALSE, "", ""]
            flags = [FALSE, carried_from, FALSE]
            end = layout.no_answer_tail
        else:
            _, score, not_applicable, notes, updated_at, needs_review, median, *private = answer
            answer_cells = [
                "" if score is None else str(score),
                labels[score, bool(not_applicable)],
                TRUE if not_applicable else FALSE,
                neutralise(without_controls(notes)),
                updated_at,
            ]
            flags = [_flag(needs_review), carried_from, _flag(median)]
            end = layout.answer_tail(*private) if any(private) else layout.no_answer_tail
        rows.append(
            head
            + model_cells
            + details
            + criterion_cells
            + answer_cells
            + tail
            + [definition, *flags]
            + _NO_RESPONDENT
            + end
        )
        definition = ""  # the definition travels once per model version per file
    rows += _respondent_rows(
        store,
        a.id,
        head + model_cells + details,
        criteria,
        [*tail, "", FALSE, carried_from],
        layout.no_answer_tail,
    )
    writer.writerows(rows)
    return len(rows)


def _write_plan(
    writer: Any, plan: SnapshotPlan, layout: _Layout, store: Store, carried: set[str]
) -> int:
    """A row per target and per action of the organization: its own cells, the model's id
    and the target's or action's; every assessment and answer cell empty. The first row on
    a model no assessment of the file is on carries its newest stored version (`carried`
    grows), or a store without the model file could not take the plan."""

    def model_cells(model_id: str) -> dict[str, str]:
        if model_id in carried:
            return {}
        carried.add(model_id)
        model = newest_model(store, model_id)
        if model is None:
            return {}
        definition = canonical_definition(model)
        return {
            "model_version": neutralise(model.version),
            "model_digest": definition_digest(definition),
            "model_definition": definition,
        }

    organization = {
        "organization_id": plan.organization_id,
        "organization": neutralise(without_controls(plan.organization_name)),
        "organization_created_at": plan.organization_created_at,
        "organization_updated_at": plan.organization_updated_at,
    }
    rows = []
    for model_id, level, due_on, created_at, updated_at in plan.targets:
        values = {
            **organization,
            **model_cells(model_id),
            "model_id": neutralise(model_id),
            "target_stage_level": "" if level is None else str(level),
            "target_due_on": due_on,
            "target_created_at": created_at,
            "target_updated_at": updated_at,
        }
        rows.append([values.get(name, "") for name in layout.header])
    for (
        action_id,
        model_id,
        criterion_id,
        title,
        owner,
        due_on,
        status,
        notes,
        private_notes,
        position,
        source,
        since,
        created_at,
        updated_at,
        private_notes_at,
    ) in plan.actions:
        values = {
            **organization,
            **model_cells(model_id),
            "model_id": neutralise(model_id),
            "action_id": action_id,
            "action_criterion_id": neutralise(criterion_id),
            "action_title": _text(title),
            "action_owner": _text(owner),
            "action_due_on": due_on,
            "action_status": status,
            "action_notes": _text(notes),
            "action_private_notes": _text(private_notes),  # not in a client-safe header
            "action_private_notes_at": private_notes_at,  # nor this
            "action_position": str(position),
            "action_source_assessment_id": source,
            "action_since": since,
            "action_created_at": created_at,
            "action_updated_at": updated_at,
        }
        rows.append([values.get(name, "") for name in layout.header])
    writer.writerows(rows)
    return len(rows)


def _text(value: str) -> str:
    return neutralise(without_controls(value))


def _flag(value: object) -> str:
    return TRUE if value else FALSE


# The respondent cells of a contract row (the consensus), and the contract's answer cells of a
# respondent's row: empty, so that an older reader skips the row as unanswered.
_NO_RESPONDENT = [""] * len(RESPONDENT_CELLS + RATING_CELLS)
_NO_ANSWER = ["", "", FALSE, "", ""]


def _respondent_rows(
    store: Store,
    assessment_id: str,
    head: list[str],
    criteria: list[tuple[str, list[str]]],
    tail: list[str],
    end: list[str],
) -> list[list[str]]:
    """The rows of each respondent written down: one per criterion they rated, in the
    model's order (one with no rating, on the first criterion, when they rated none). `tail`:
    the assessment's cells after the answer's, up to its `carried_from`; `end`: the empty
    cells after the respondent's."""
    people, ratings = store.respondent_rows(assessment_id)
    if not people:
        return []
    of: dict[str, dict[str, RespondentAnswerRecord]] = {}
    for given in ratings:
        of.setdefault(given.respondent_id, {})[given.criterion_id] = given
    carried = [*tail, FALSE]  # not an answer: not the median either
    rows = []
    for person in people:
        person_cells = [
            person.id,
            neutralise(without_controls(person.name)),
            neutralise(without_controls(person.role)),
            str(person.position),
            person.created_at,
            person.updated_at,
            neutralise(person.collected_at),
            person.collected_digest,
        ]
        theirs = of.get(person.id, {})
        written = 0
        for criterion_id, criterion_cells in criteria:
            rating = theirs.get(criterion_id)
            if rating is None:
                continue
            rating_cells = [
                "" if rating.score is None else str(rating.score),
                _flag(rating.not_applicable),
                neutralise(without_controls(rating.notes)),
                rating.updated_at,
            ]
            rows.append(
                head + criterion_cells + _NO_ANSWER + carried + person_cells + rating_cells + end
            )
            written += 1
        if not written:
            rows.append(
                head + criteria[0][1] + _NO_ANSWER + carried + person_cells + ["", "", "", ""] + end
            )
    return rows


class _ModelCells:
    """The cells a maturity model version gives every row, made once per version."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[
            str,
            tuple[
                list[str],
                list[tuple[str, list[str]]],
                dict[tuple[int | None, bool], str],
                str,
            ],
        ] = {}

    def of(
        self, digest: str
    ) -> tuple[list[str], list[tuple[str, list[str]]], dict[tuple[int | None, bool], str], str]:
        """(model id and version, [(criterion id, its cells)], score labels, the definition
        if this is the version's first assessment in the file, else "")."""
        cached = self.cache.get(digest)
        if cached is not None:
            return cached[0], cached[1], cached[2], ""
        model = self.store.model_version(digest)
        labels: dict[tuple[int | None, bool], str] = {
            (p.score, False): neutralise(p.label) for p in model.scale
        }
        labels[None, False] = ""
        labels[None, True] = neutralise(model.not_applicable_label)
        entry = (
            [neutralise(model.id), neutralise(model.version)],
            _criterion_cells(model),
            labels,
            canonical_definition(model),
        )
        self.cache[digest] = entry
        return entry


def _criterion_cells(model: MaturityModel) -> list[tuple[str, list[str]]]:
    stages = model.stages_by_id
    dimensions = model.dimensions_by_id
    cells = []
    for stage in model.stages:  # the model's order: stage by stage
        for criterion in model.criteria_of_stage(stage.id):
            cells.append(
                (
                    criterion.id,
                    [
                        neutralise(str(stage.level)),
                        neutralise(stages[criterion.stage].name),
                        neutralise(dimensions[criterion.dimension].name),
                        neutralise(criterion.id),
                        neutralise(criterion.statement),
                    ],
                )
            )
    return cells


def export_summary(
    store: Store,
    path: Path,
    *,
    organization_id: str | None = None,
    assessment_id: str | None = None,
    progress: Progress = no_progress,
    encryption: Encryption | None = None,
) -> ExportResult:
    """Write one row per assessment: placed stage, maturity index, attainment per stage.

    For spreadsheets, not for import. Each stage of each maturity model in the file gets an
    attainment column (a fraction from 0 to 1); a row fills those of its own model.
    `encryption`: as `export_snapshot`'s.
    """
    path = Path(path)
    refuse_output(path, store.path)
    with store.reading():
        assessments, left_out = _readable(
            store, store.snapshot_assessments(organization_id, assessment_id)
        )
        models = {a.model_digest: store.model_version(a.model_digest) for a in assessments}
        stage_columns: dict[tuple[str, str], str] = {}
        for model in models.values():
            # Column names stay the model's own words, whatever the language of the cells.
            for stage in (model.original or model).stages:
                stage_columns.setdefault((model.id, stage.id), f"attainment {stage.name}")
        _disambiguate(stage_columns)
        header = [*_SUMMARY_COLUMNS, *stage_columns.values()]
        with _replacing(path, encryption) as out:
            writer = csv.writer(out)
            writer.writerow(header)
            scored: dict[str, AssessmentResult] = {}
            for done, a in enumerate(assessments):
                if done % PROGRESS_EVERY == 0:
                    progress(done, len(assessments))
                if a.id not in scored:  # a batch at a time: few queries, memory bounded
                    batch = [b.id for b in assessments[done : done + _SCORED_BATCH]]
                    scored = {s.record.id: s.result for s in store.scored_many(batch)}
                model = models[a.model_digest]
                result = scored[a.id]
                attainment = {
                    stage_columns[model.id, s.stage.id]: f"{s.attainment:.4f}"
                    for s in result.stages
                }
                writer.writerow(
                    [
                        a.organization_id,
                        neutralise(a.organization_name),
                        a.id,
                        neutralise(model.id),
                        neutralise(model.version),
                        a.assessed_on,
                        neutralise(a.assessor),
                        a.status,
                        neutralise(str(result.placed_level)),
                        neutralise(result.placed_label),
                        f"{result.maturity_index:.4f}",
                        result.answered,
                        result.total,
                        *(attainment.get(column, "") for column in stage_columns.values()),
                    ]
                )
    progress(len(assessments), len(assessments))
    return ExportResult(path, len(assessments), len(assessments), left_out)


_SCORED_BATCH = 200  # assessments scored per `Store.scored_many` call

_SUMMARY_COLUMNS = (
    *CONTRACT_COLUMNS[: CONTRACT_COLUMNS.index("status") + 1],  # who, what, when, as a snapshot
    "placed_level",
    "placed_stage",
    "maturity_index",
    "answered",
    "criteria",
)


def _disambiguate(columns: dict[tuple[str, str], str]) -> None:
    """Two models with a stage of the same name: name the model in both columns."""
    names = list(columns.values())
    for key, name in columns.items():
        if names.count(name) > 1:
            columns[key] = f"{name} ({key[0]})"


@contextmanager
def _replacing(path: Path, encryption: Encryption | None = None) -> Iterator[TextIO]:
    """A text file written beside `path` (beside its target, for a symbolic link) and moved
    onto it only once complete. Encrypted, the text is gathered in memory and only its age
    file is written: the plaintext never reaches the disk."""
    refuse_special(path)
    target = output_target(path)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        # "x": never over another file; created with the user's usual permissions (umask)
        if encryption is None:
            out = temporary.open("x", encoding="utf-8-sig", newline="")
        else:
            disk = temporary.open("xb")
            memory = io.BytesIO()
            out = io.TextIOWrapper(memory, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise cannot_write(path, output_problem(exc)) from None
    try:
        if encryption is None:
            with out:
                yield out
                out.flush()
                os.fsync(out.fileno())
        else:
            with disk, out:
                yield out
                out.flush()
                write_encrypted(memory, disk, encryption)
                disk.flush()
                os.fsync(disk.fileno())
        keep_mode(temporary, target)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise cannot_write(path, output_problem(exc)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
