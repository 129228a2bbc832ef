"""Targets and the roadmap as every reader words them: the Roadmap tab, the results pane's
target line, the reports (PDF, DOCX), the XLSX action plan and `csmaturity plan` all take
their words from here, so that a status, a due date or a gap reads the same everywhere.

Import it as `csmaturity_app.presentation.plan` (the package's lazy names do not list it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.roadmap import first_action
from csmaturity_app.maturity.translation import localized
from csmaturity_app.presentation.numbers import plural
from csmaturity_app.store import (
    ActionRecord,
    PlanItem,
    PlanView,
    TargetView,
    clean_name,
)

# The columns of an action plan (XLSX, CSV, JSON keys, the table), in this order. The
# private notes come last, and a client-safe output leaves that column out altogether.
PLAN_COLUMNS = (
    "position",
    "model_id",
    "stage_level",
    "stage",
    "criterion_id",
    "criterion",
    "action",
    "owner",
    "due_on",
    "status",
    "overdue",
    "achieved_by",
    "achieved_on",
    "notes",
    "action_id",
    "private_notes",
)
CLIENT_SAFE_PLAN_COLUMNS = PLAN_COLUMNS[:-1]

# What a client-safe output is called wherever one is offered or said to be written (English
# keys; `client_safe_choice()` and `client_safe_written()` read in the language in effect).
CLIENT_SAFE_CHOICE = "&Client-safe: leave private notes out"  # a check box, with its mnemonic


def client_safe_choice() -> str:
    """`CLIENT_SAFE_CHOICE` in the language in effect (a check box, with its mnemonic)."""
    return translate("plan", "&Client-safe: leave private notes out")


def client_safe_written() -> str:
    """ " (client-safe: no private notes)", after "wrote F", in the language in effect."""
    return translate("plan", " (client-safe: no private notes)")


# The columns' headings where a person reads them (the XLSX action plan's header row).
PLAN_HEADINGS = {
    "position": "#",
    "model_id": "Model",
    "stage_level": "Stage level",
    "stage": "Stage",
    "criterion_id": "Criterion id",
    "criterion": "Criterion",
    "action": "Action",
    "owner": "Owner",
    "due_on": "Due",
    "status": "Status",
    "overdue": "Overdue",
    "achieved_by": "Achieved by (assessment id)",
    "achieved_on": "Achieved on",
    "notes": "Notes",
    "action_id": "Action id",
    "private_notes": "Private notes",
}
assert tuple(PLAN_HEADINGS) == PLAN_COLUMNS


def plan_heading(column: str) -> str:
    """A column's heading (`PLAN_HEADINGS`) in the language in effect: "Due" / "Échéance"."""
    headings = {
        "position": translate("plan", "#"),
        "model_id": translate("plan", "Model"),
        "stage_level": translate("plan", "Stage level"),
        "stage": translate("plan", "Stage"),
        "criterion_id": translate("plan", "Criterion id"),
        "criterion": translate("plan", "Criterion"),
        "action": translate("plan", "Action"),
        "owner": translate("plan", "Owner"),
        "due_on": translate("plan", "Due"),
        "status": translate("plan", "Status"),
        "overdue": translate("plan", "Overdue"),
        "achieved_by": translate("plan", "Achieved by (assessment id)"),
        "achieved_on": translate("plan", "Achieved on"),
        "notes": translate("plan", "Notes"),
        "action_id": translate("plan", "Action id"),
        "private_notes": translate("plan", "Private notes"),
    }
    return headings.get(column, column)


def status_label(status: str) -> str:
    """ "In progress" for the stored "in progress", in the language in effect."""
    labels = {
        "open": translate("plan", "Open"),
        "in progress": translate("plan", "In progress"),
        "done": translate("plan", "Done"),
        "dropped": translate("plan", "Dropped"),
    }
    return labels.get(status, status)


def action_title(action: ActionRecord, model: MaturityModel | None) -> str:
    """An action's title as shown: a title the roadmap built from `model`'s own words for
    the criterion is stored in the model's language and shown in the language in effect (as
    a file in its own language reads it); a title the user wrote or edited is theirs, shown
    as typed."""
    if model is None or not action.criterion_id:
        return action.title
    original = (model.original or model).criteria_by_id.get(action.criterion_id)
    shown = localized(model).criteria_by_id.get(action.criterion_id)
    if original is None or shown is None or action.title != clean_name(first_action(original)):
        return action.title
    return clean_name(first_action(shown))


def due_text(due_on: date | None) -> str:
    """ "2027-06-30", or "no date"."""
    return due_on.isoformat() if due_on else translate("plan", "no date")


def stage_label_of(item: PlanItem) -> str:
    """ "2 Storming": the stage's level and name, short enough for a table's column (the
    model's word, "Phase", is in the heading); "" for an action of one's own."""
    if item.stage is None:
        return ""
    return f"{item.stage.level} {item.stage.name}"


def state_text(item: PlanItem) -> str:
    """What a reader must notice first: "Achieved 2027-03-02", "Overdue", or "" (a table's
    cell: the date as data, like the Due column beside it)."""
    if item.achieved_by is not None:
        return translate("plan", "Achieved {date}").format(
            date=item.achieved_by.assessed_on.isoformat()
        )
    if item.overdue:
        return translate("plan", "Overdue")
    return ""


def target_label(view: TargetView) -> str:
    """ "Phase 3 Scaling by 30 June 2027" (or "… no date set"): a phrase, so the date as
    a reader says it."""
    stage = view.stage
    name = (
        f"{view.model.stage_word} {stage.level} {stage.name}"
        if stage
        else (f"{view.model.stage_word} {view.target.stage_level}")
    )
    if view.target.due_on:
        return translate("plan", "{stage} by {date}").format(
            stage=name, date=formats.long_date(view.target.due_on)
        )
    return translate("plan", "{stage} with no date set").format(stage=name)


def gap_text(view: TargetView, today: date) -> str:
    """One sentence on the gap: "1 stage to go, 9 criteria not fully in place, 212 days
    left", "Reached", or why there is no gap to tell."""
    if view.latest is None:
        return translate("plan", "No assessment on {model} yet").format(model=view.model.title)
    gap = view.gap
    if gap is None:
        return translate("plan", "{model} {version} has no such stage").format(
            model=view.latest.model.title, version=view.latest.model.version
        )
    if gap.reached:
        return translate("plan", "Reached")
    parts = [
        plural(
            gap.stages_to_go,
            translate("plan", "{count} stage to go"),
            translate("plan", "{count} stages to go"),
        ),
        plural(
            gap.criteria_to_go,
            translate("plan", "{count} criterion not fully in place"),
            translate("plan", "{count} criteria not fully in place"),
        ),
    ]
    due = view.target.due_on
    if due is not None:
        days = (due - today).days
        if days >= 0:
            parts.append(
                plural(
                    days,
                    translate("plan", "{count} day left"),
                    translate("plan", "{count} days left"),
                )
            )
        else:
            parts.append(
                plural(
                    -days,
                    translate("plan", "{count} day past the date"),
                    translate("plan", "{count} days past the date"),
                )
            )
    return ", ".join(parts)


@dataclass(frozen=True)
class PlanRow:
    """One action as an output writes it: every column of `PLAN_COLUMNS`, typed (dates are
    `date`, `overdue` a bool, the rest text or int)."""

    position: int
    model_id: str
    stage_level: int | None
    stage: str
    criterion_id: str
    criterion: str
    action: str
    owner: str
    due_on: date | None
    status: str
    overdue: bool
    achieved_by: str  # the assessment's id, or ""
    achieved_on: date | None
    notes: str
    action_id: str
    private_notes: str

    def values(self, client_safe: bool = False) -> tuple[object, ...]:
        columns = CLIENT_SAFE_PLAN_COLUMNS if client_safe else PLAN_COLUMNS
        return tuple(getattr(self, c) for c in columns)


def plan_rows(view: PlanView) -> list[PlanRow]:
    """The roadmap's actions as rows, numbered from 1 in the roadmap's order."""
    rows = []
    for number, item in enumerate(view.items, start=1):
        a = item.action
        rows.append(
            PlanRow(
                position=number,
                model_id=a.model_id,
                stage_level=item.stage.level if item.stage else None,
                stage=item.stage.name if item.stage else "",
                criterion_id=a.criterion_id,
                criterion=item.criterion.statement if item.criterion else "",
                action=action_title(a, item.wording),
                owner=a.owner,
                due_on=a.due_on,
                status=a.status,
                overdue=item.overdue,
                achieved_by=item.achieved_by.assessment_id if item.achieved_by else "",
                achieved_on=item.achieved_by.assessed_on if item.achieved_by else None,
                notes=a.notes,
                action_id=a.id,
                private_notes=a.private_notes,
            )
        )
    return rows
