"""Writes schema5.db: a store as the last version before respondents left it (schema 5: team
sync), one that has synced with a team server and changed since: `sync_state`, rows waiting
to be sent (`sync_pending`), deletions to send (`tombstone`), the last sync's conflicts; with
a carried-forward assessment, a draft resumed on a page, an organization in the trash.

Run once with the code of that version (`git worktree add /tmp/s5 <its commit>`, then
`PYTHONPATH=/tmp/s5 python make_schema5_store.py` from that worktree's copy of this folder);
the .db file is committed and never regenerated. `schema5.expected.json` records what that
version showed, and where it stood with its team server, so that later versions prove they
still show the same results and send the same changes.

No server is needed: the sync is recorded as a sync that sent everything records it at its
end (`LocalSync.finish`).
"""

import json
from datetime import date
from pathlib import Path

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import AnswerConflict, AnswerSide, Store

here = Path(__file__).parent
target = here / "schema5.db"
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
tsia_v1 = catalog.get("tsia-4-phases", "1.0.0")
assert tsia.version == ftworks.version == "2.0.0" and tsia_v1.version == "1.0.0"
SERVER_ID = "5e7a1c0d-0000-4000-8000-000000000005"
SERVER_URL = "postgresql://ann@team.example.com/csmaturity"
MARK = "6b0f5d3e-0000-4000-8000-000000000005"
expected: dict = {"assessments": {}, "organizations": []}
with Store.open(target) as store:
    assert store.file_schema_version() == 5

    def take(org, model, assessor, on, score_of, status="complete", notes=""):
        a = store.create_assessment(org.id, model, assessor, on)
        for i, criterion in enumerate(model.criteria):
            score = score_of(i, criterion)
            if score == "na":
                store.record_answer(a.id, criterion.id, None, not_applicable=True)
            elif score is not None:
                store.record_answer(a.id, criterion.id, score, notes=notes and f"{notes} {i}")
        if status == "complete":
            store.set_status(a.id, "complete")
        return a

    acme = store.create_organization("Acme Analytics")
    old = take(acme, tsia_v1, "Ann Consultant", date(2025, 6, 2), lambda i, c: 2, notes="seen")
    carried = store.carry_forward(old.id, tsia)
    for criterion in tsia.criteria[:3]:
        store.record_answer(carried.id, criterion.id, 3)
    store.set_status(carried.id, "complete")
    nord = store.create_organization("Nordlicht GmbH — Zürich")
    take(
        nord,
        ftworks,
        "Bea",
        date(2026, 2, 20),
        lambda i, c: {"random": 3, "tactical": 2 + (i % 2)}.get(c.stage, i % 3),
    )
    draft = take(
        nord,
        ftworks,
        "Bea",
        date(2026, 3, 1),
        lambda i, c: "na" if i == 7 else (3 if c.stage == "random" else None),
        status="draft",
    )
    store.set_position(draft.id, "stage:tactical")
    mixed = store.create_organization("Mixed <Signals> & Co")
    take(mixed, tsia, "Chris", date(2026, 1, 15), lambda i, c: (i * 7) % 4)
    mistaken = take(mixed, tsia, "Chris", date(2026, 3, 2), lambda i, c: 1, status="draft")
    store.create_organization("Empty Org")
    gone = store.create_organization("Gone Ltd")
    take(gone, tsia, "Dee", date(2026, 1, 5), lambda i, c: 1)
    store.delete_organization(gone.id)  # in the trash: hidden from the list

    # The first sync: everything sent; one answer had been changed on both sides.
    first = ftworks.criteria[0].id
    conflict = AnswerConflict(
        nord.name,
        "2026-03-01",
        draft.id,
        first,
        AnswerSide(3, False, "", store.answers(draft.id)[first].updated_at),
        AnswerSide(2, False, "from the server", "2026-03-01T09:00:00.000000+00:00"),
        "here",
    )
    with store.sync_transaction() as local:
        push = local.rows_to_push(everything=True)
        sent = push.count
        list(push.answers)
        local.finish(SERVER_ID, SERVER_URL, 42, sent, 0, [conflict], MARK)

    # Then, before the next sync: changes waiting to be sent, deletions among them.
    store.record_answer(draft.id, ftworks.criteria[1].id, 2, notes="after the sync")
    store.rename_organization(mixed.id, "Mixed <Signals> & Co.")
    later = take(acme, tsia, "Ann Consultant", date(2026, 4, 1), lambda i, c: i % 4, "draft")
    store.delete_assessment(mistaken.id)
    store.empty_trash()

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
    expected["peer_indices"] = {
        m: store.peer_indices(m, "") for m in ("tsia-4-phases", "ftworks-5-levels")
    }
    state = store.sync_state()
    expected["sync_state"] = {
        "server_id": state.server_id,
        "server_url": state.server_url,
        "pulled_seq": state.pulled_seq,
        "synced_at": state.synced_at,
        "pending": state.pending,
        "last_sent": state.last_sent,
        "last_received": state.last_received,
        "last_conflicts": state.last_conflicts,
        "server_mark": state.server_mark,
    }
    assert state.ever_synced and state.pending > 0
    expected["sync_pending"] = store.db.execute_sql(
        "SELECT tbl, key1, key2 FROM sync_pending ORDER BY seq"
    ).fetchall()
    expected["tombstones"] = store.db.execute_sql(
        "SELECT kind, id FROM tombstone ORDER BY kind, id"
    ).fetchall()
    assert {kind for kind, _ in expected["tombstones"]} == {"assessment", "organization"}
    expected["sync_conflicts"] = [
        [c.assessment_id, c.criterion_id, c.here.score, c.server.score, c.winner]
        for c in store.sync_conflicts()
    ]
    expected["summary_rows"] = store.db.execute_sql(
        "SELECT count(*) FROM assessment_result"
    ).fetchone()[0]
    expected["later_draft"] = later.id
(here / "schema5.expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
print(target)
