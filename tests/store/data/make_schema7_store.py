"""Writes schema7.db: a store as the release of schema 7 left it (targets, roadmaps, private
notes on answers and actions), the last version before the store could be encrypted.
Assessments on both models (complete, draft, carried forward), respondents with a collected
questionnaire, private notes on answers, targets (one cleared), a roadmap built and then
edited (owners, dates, notes, private notes, every status), an action added by hand, a deleted
action's tombstone, an organization in the trash; synced once with a team server, then
changed (the plan's rows among the changes waiting to be sent).

Run once with the code of that release (`git worktree add /tmp/s7 e7f63af`, copy this file
into that worktree's tests/store/data and run it there with `PYTHONPATH=/tmp/s7:/tmp/s7/tests`);
the .db file is committed and never regenerated. `schema7.expected.json` records what that
release showed (results, plans as `csmaturity plan --format json` gives them on a fixed day,
private notes), so that later versions prove they still show the same.
"""

import json
import tempfile
from datetime import date
from pathlib import Path

from questionnaire_files import fill

from csmaturity_app.exchange.plan_text import plan_document
from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_write import write_questionnaire
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

here = Path(__file__).parent
target = here / "schema7.db"
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
tsia_v1 = catalog.get("tsia-4-phases", "1.0.0")
assert tsia.version == ftworks.version == "2.0.0" and tsia_v1.version == "1.0.0"
SERVER_ID = "5e7a1c0d-0000-4000-8000-000000000007"
SERVER_URL = "postgresql://ann@team.example.com/csmaturity"
MARK = "6b0f5d3e-0000-4000-8000-000000000007"
# The day the plans are read on: it decides what is overdue and how many days are left.
TODAY = date(2026, 12, 1)
expected: dict = {
    "assessments": {},
    "organizations": [],
    "respondents": {},
    "private_notes": {},
    "plans": {},
    "today": TODAY.isoformat(),
}
with Store.open(target) as store, tempfile.TemporaryDirectory() as folder:
    assert store.file_schema_version() == 7

    def take(org, model, assessor, on, score_of, status="complete", notes="", private=None):
        a = store.create_assessment(org.id, model, assessor, on)
        for i, criterion in enumerate(model.criteria):
            score = score_of(i, criterion)
            if score == "na":
                store.record_answer(a.id, criterion.id, None, not_applicable=True)
            elif score is not None:
                store.record_answer(a.id, criterion.id, score, notes=notes and f"{notes} {i}")
        for criterion_id, text in (private or {}).items():
            store.record_private_notes(a.id, criterion_id, text)
        if status == "complete":
            store.set_status(a.id, "complete")
        return a

    # Acme: an old assessment carried forward onto the new model; a target and its roadmap,
    # then a later assessment that brings some of the roadmap's criteria into place.
    acme = store.create_organization("Acme Analytics")
    old = take(acme, tsia_v1, "Ann Consultant", date(2025, 6, 2), lambda i, c: 2, notes="seen")
    carried = store.carry_forward(old.id, tsia)
    for criterion in tsia.criteria[:3]:
        store.record_answer(carried.id, criterion.id, 3)
    store.record_private_notes(carried.id, tsia.criteria[0].id, "Acme's CFO disputes this")
    store.set_status(carried.id, "complete")
    store.set_target(acme.id, tsia, 3, "2027-06-30")
    roadmap = store.build_roadmap(acme.id, tsia.id)
    assert len(roadmap) >= 6, roadmap
    store.edit_action(roadmap[0].id, owner="Pat Lee", status="in progress")
    store.edit_action(
        roadmap[1].id,
        owner="Sam Roe",
        due_on="2026-10-15",
        notes="agreed in the steering group",
        private_notes="Acme's budget is frozen until Q2",
    )
    store.edit_action(roadmap[2].id, status="done", owner="Ann Consultant")
    store.edit_action(roadmap[3].id, status="dropped", notes="not for this year")
    store.edit_action(roadmap[6].id, status="in progress", due_on="2026-11-15")
    store.edit_action(roadmap[4].id, title="Write the renewal playbook — draft by Zoë")
    own = store.add_action(
        acme.id,
        tsia.id,
        "Hire a Customer Success Operations lead",
        owner="Ann Consultant",
        due_on="2027-01-31",
        notes="one of our own",
        private_notes="the CEO prefers an internal hire",
    )
    store.edit_action(own.id, position=1)  # moved to the top of the roadmap
    # Assessed on the day of the assessment the roadmap came from, and made after it: those
    # criteria rated fully in place show their actions achieved.
    brought = {a.criterion_id for a in roadmap[:3]}
    later = take(
        acme,
        tsia,
        "Ann Consultant",
        carried.assessed_on,
        lambda i, c: 3 if c.id in brought else (i % 4),
        private={tsia.criteria[1].id: "said off the record: churn is worse"},
    )
    # A target set on the other model, then cleared (its row stays, stage NULL).
    store.set_target(acme.id, ftworks, 2, "2027-03-31")
    store.clear_target(acme.id, ftworks.id)

    # A workshop: the assessor and two respondents; Sam's questionnaire comes back filled.
    nord = store.create_organization("Nordlicht GmbH — Zürich")
    workshop = take(
        nord,
        ftworks,
        "Bea",
        date(2026, 9, 1),
        lambda i, c: "na" if i == 7 else (3 if c.stage == "random" else None),
        status="draft",
        private={ftworks.criteria[4].id: "Bea: the Zürich team is overstretched"},
    )
    pat = store.add_respondent(workshop.id, "Pat Lee", "VP Customer Success")
    sam = store.add_respondent(workshop.id, "Sam Roe", "CSM")
    first, second, third = (c.id for c in ftworks.criteria[:3])
    store.record_respondent_answer(pat.id, first, 1, notes="not yet everywhere")
    store.record_respondent_answer(pat.id, second, 2)
    sent = write_questionnaire(store, workshop.id, sam, Path(folder) / "sam.xlsx")
    fill(
        sent,
        {c.id: (i + 1) % 4 for i, c in enumerate(ftworks.criteria[:10])},
        {third: "as we discussed"},
    )
    (collected,) = collect_questionnaires(store, [sent])
    assert collected.outcome is not None, collected.problem
    store.record_answer(workshop.id, second, 3, notes="set in the workshop")
    store.use_median(workshop.id, second)  # handed back to the respondents
    store.set_position(workshop.id, "stage:tactical")
    store.set_target(nord.id, ftworks, 3)  # no date set
    nord_roadmap = store.build_roadmap(nord.id, ftworks.id)
    assert nord_roadmap
    store.edit_action(nord_roadmap[0].id, owner="Jürgen Weiß", due_on="2026-11-20")

    mixed = store.create_organization("Mixed <Signals> & Co")
    take(mixed, tsia, "Chris", date(2026, 1, 15), lambda i, c: (i * 7) % 4)
    store.create_organization("Empty Org")
    gone = store.create_organization("Gone Ltd")
    take(gone, tsia, "Dee", date(2026, 1, 5), lambda i, c: 1)
    store.set_target(gone.id, tsia, 2, "2026-12-31")
    store.build_roadmap(gone.id, tsia.id)
    store.delete_organization(gone.id)  # in the trash: hidden from the list

    # The first sync: everything sent; then changes waiting to be sent.
    with store.sync_transaction() as local:
        push = local.rows_to_push(everything=True)
        list(push.answers)
        local.finish(SERVER_ID, SERVER_URL, 23, push.count, 0, [], MARK)
    store.record_respondent_answer(sam.id, ftworks.criteria[11].id, 2, notes="after the sync")
    store.rename_organization(mixed.id, "Mixed <Signals> & Co.")
    store.edit_action(roadmap[0].id, status="done", private_notes="done, but only in EMEA")
    deleted = store.delete_action(roadmap[5].id)  # synced once: its tombstone stays
    store.set_target(mixed.id, tsia, 2, "2026-11-01")  # already past on the plans' day
    store.build_roadmap(mixed.id, tsia.id)
    draft = take(acme, ftworks, "Ann Consultant", date(2026, 11, 20), lambda i, c: i % 4, "draft")

    for a in store.assessments():
        r = store.result(a.id)
        expected["assessments"][a.id] = {
            "organization_id": a.organization_id,
            "model": f"{r.model.id}@{r.model.version}",
            "status": a.status,
            "carried_from": a.carried_from,
            "position": a.position,
            "placed_level": r.placed_level,
            "placed_label": r.placed_label,
            "maturity_index": r.maturity_index,
            "answered": r.answered,
            "needs_review": sum(x.needs_review for x in store.answers(a.id).values()),
        }
        private = {c: x.private_notes for c, x in store.answers(a.id).items() if x.private_notes}
        if private:
            expected["private_notes"][a.id] = dict(sorted(private.items()))
        view = store.respondents_view(a.id)
        if view.several:
            expected["respondents"][a.id] = {
                "names": [p.name for p in view.respondents],
                "ratings": {
                    p.id: {
                        c: [x.score, x.not_applicable, x.notes]
                        for c, x in sorted(view.ratings.get(p.id, {}).items())
                    }
                    for p in view.respondents
                },
                "from_respondents": sorted(view.from_respondents),
            }
    for s in store.organization_summaries():
        expected["organizations"].append(
            {
                "id": s.id,
                "name": s.name,
                "assessments": s.assessments,
                "latest_status": s.latest_status,
                "latest_placed_label": s.latest_placed_label,
                "latest_maturity_index": s.latest_maturity_index,
            }
        )
        expected["plans"][s.id] = plan_document(store.plan(s.id, today=TODAY))
    expected["peer_indices"] = {
        m: store.peer_indices(m, "") for m in ("tsia-4-phases", "ftworks-5-levels")
    }
    state = store.sync_state()
    expected["sync_state"] = {
        "server_id": state.server_id,
        "server_url": state.server_url,
        "pulled_seq": state.pulled_seq,
        "pending": state.pending,
        "server_mark": state.server_mark,
    }
    assert state.ever_synced and state.pending > 0
    expected["sync_pending"] = store.db.execute_sql(
        "SELECT tbl, key1, key2 FROM sync_pending ORDER BY seq"
    ).fetchall()
    assert {"respondent_answer", "organization", "assessment", "action", "target"} <= {
        p[0] for p in expected["sync_pending"]
    }
    expected["tombstones"] = store.db.execute_sql(
        "SELECT kind, id FROM tombstone ORDER BY kind, id"
    ).fetchall()
    assert ["action", deleted.id] in [list(t) for t in expected["tombstones"]]
    expected["targets"] = store.db.execute_sql(
        "SELECT organization_id, model_id, stage_level, due_on FROM target "
        "ORDER BY organization_id, model_id"
    ).fetchall()
    expected["summary_rows"] = store.db.execute_sql(
        "SELECT count(*) FROM assessment_result"
    ).fetchone()[0]
    expected["workshop"] = workshop.id
    expected["later_draft"] = draft.id
    expected["acme"] = acme.id
    expected["deleted_action"] = deleted.id
(here / "schema7.expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
print(target)
