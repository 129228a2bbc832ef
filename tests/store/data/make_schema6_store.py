"""Writes schema6.db: a store as release 0.3.0 left it (schema 6: respondents), the last
version before targets, roadmaps and private notes. Assessments with respondents written
down, one questionnaire sent and collected, a consensus handed back to the respondents'
median, a carried-forward assessment, a draft resumed on a page, an organization in the
trash; synced once with a team server, then changed (respondents' rows among the changes
waiting to be sent).

Run once with the code of that release (`git worktree add /tmp/s6 83fea64`, copy this file
into that worktree's tests/store/data and run it there with `PYTHONPATH=/tmp/s6:/tmp/s6/tests`);
the .db file is committed and never regenerated. `schema6.expected.json` records what that
release showed, so that later versions prove they still show the same results.
"""

import json
import tempfile
from datetime import date
from pathlib import Path

from questionnaire_files import fill

from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_write import write_questionnaire
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

here = Path(__file__).parent
target = here / "schema6.db"
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
tsia_v1 = catalog.get("tsia-4-phases", "1.0.0")
assert tsia.version == ftworks.version == "2.0.0" and tsia_v1.version == "1.0.0"
SERVER_ID = "5e7a1c0d-0000-4000-8000-000000000006"
SERVER_URL = "postgresql://ann@team.example.com/csmaturity"
MARK = "6b0f5d3e-0000-4000-8000-000000000006"
expected: dict = {"assessments": {}, "organizations": [], "respondents": {}}
with Store.open(target) as store, tempfile.TemporaryDirectory() as folder:
    assert store.file_schema_version() == 6

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

    # A workshop: the assessor and two respondents; Sam's questionnaire comes back filled.
    nord = store.create_organization("Nordlicht GmbH — Zürich")
    workshop = take(
        nord,
        ftworks,
        "Bea",
        date(2026, 3, 1),
        lambda i, c: "na" if i == 7 else (3 if c.stage == "random" else None),
        status="draft",
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

    mixed = store.create_organization("Mixed <Signals> & Co")
    take(mixed, tsia, "Chris", date(2026, 1, 15), lambda i, c: (i * 7) % 4)
    store.create_organization("Empty Org")
    gone = store.create_organization("Gone Ltd")
    take(gone, tsia, "Dee", date(2026, 1, 5), lambda i, c: 1)
    store.delete_organization(gone.id)  # in the trash: hidden from the list

    # The first sync: everything sent; then changes waiting to be sent.
    with store.sync_transaction() as local:
        push = local.rows_to_push(everything=True)
        list(push.answers)
        local.finish(SERVER_ID, SERVER_URL, 17, push.count, 0, [], MARK)
    store.record_respondent_answer(sam.id, ftworks.criteria[11].id, 2, notes="after the sync")
    store.rename_organization(mixed.id, "Mixed <Signals> & Co.")
    later = take(acme, tsia, "Ann Consultant", date(2026, 4, 1), lambda i, c: i % 4, "draft")

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
    assert {"respondent_answer", "organization", "assessment"} <= {
        p[0] for p in expected["sync_pending"]
    }
    expected["tombstones"] = store.db.execute_sql(
        "SELECT kind, id FROM tombstone ORDER BY kind, id"
    ).fetchall()
    expected["summary_rows"] = store.db.execute_sql(
        "SELECT count(*) FROM assessment_result"
    ).fetchone()[0]
    expected["workshop"] = workshop.id
    expected["later_draft"] = later.id
(here / "schema6.expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
print(target)
