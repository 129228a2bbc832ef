"""An organization with a target and a roadmap in every state an action plan shows: overdue,
achieved by a later assessment, done, with notes, a private note and a formula-like title."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store

PRIVATE = "PRIVATE-7f3a: the CFO resists"  # must never reach a client-safe output
FORMULA_TITLE = '=HYPERLINK("http://example.com","click")'
CLIENT_NOTE = "Start with the twenty largest customers."
TODAY = date(2026, 6, 2)


@dataclass(frozen=True)
class Planned:
    organization_id: str
    overdue_id: str  # open, due 2026-03-01: overdue on TODAY
    achieved_id: str  # rated fully in place by the assessment of 2026-06-01
    done_id: str
    own_id: str  # one of the consultant's own, titled like a formula
    later_assessment_id: str


def planned(store: Store, model: MaturityModel, name: str = "Acme") -> Planned:
    org = store.create_organization(name)
    first_stage = model.stages[0]
    first = store.create_assessment(org.id, model, "Ana", "2026-01-15")
    for criterion in model.criteria_of_stage(first_stage.id):
        store.record_answer(first.id, criterion.id, model.max_score)
    store.set_status(first.id, "complete")
    store.set_target(org.id, model, first_stage.level + 1, "2026-03-01")
    actions = store.build_roadmap(org.id, model.id)
    overdue, achieved, done = actions[0], actions[1], actions[2]
    store.edit_action(overdue.id, owner="Pat Lee", notes=CLIENT_NOTE, private_notes=PRIVATE)
    store.edit_action(done.id, status="done", due_on="2026-09-30")
    later = store.create_assessment(org.id, model, "Ana", "2026-06-01")
    store.record_answer(later.id, achieved.criterion_id, model.max_score)
    own = store.add_action(org.id, model.id, FORMULA_TITLE, owner="Sam", status="in progress")
    return Planned(org.id, overdue.id, achieved.id, done.id, own.id, later.id)
