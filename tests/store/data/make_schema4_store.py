"""Writes schema4.db: a store as the last version before team sync left it (schema 4: the
stored summary of results, `assessment_result`), with a carried-forward assessment, a draft
resumed on a page, an assessment deleted, an organization in the trash, and the summary
rows the organizations list kept.

Run once with the code of that version; the .db file is committed and never regenerated.
`schema4.expected.json` records what that version showed for each assessment and for each
organization in the list, so that later versions prove they still show the same results.
"""

import json
from datetime import date
from pathlib import Path

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

here = Path(__file__).parent
target = here / "schema4.db"
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
tsia_v1 = catalog.get("tsia-4-phases", "1.0.0")
assert tsia.version == ftworks.version == "2.0.0" and tsia_v1.version == "1.0.0"
expected: dict = {"assessments": {}, "organizations": []}
with Store.open(target) as store:
    assert store.file_schema_version() == 4

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
    mistaken = take(nord, tsia, "Bea", date(2026, 3, 2), lambda i, c: 1, status="draft")
    store.delete_assessment(mistaken.id)
    mixed = store.create_organization("Mixed <Signals> & Co")
    take(mixed, tsia, "Chris", date(2026, 1, 15), lambda i, c: (i * 7) % 4)
    store.rename_organization(mixed.id, "Mixed <Signals> & Co.")
    store.create_organization("Empty Org")
    gone = store.create_organization("Gone Ltd")
    take(gone, tsia, "Dee", date(2026, 1, 5), lambda i, c: 1)
    store.delete_organization(gone.id)  # in the trash: hidden from the list
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
    # Listing keeps the summary rows (`assessment_result`): the file holds some.
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
    expected["summary_rows"] = store.db.execute_sql(
        "SELECT count(*) FROM assessment_result"
    ).fetchone()[0]
    assert expected["summary_rows"] > 0
(here / "schema4.expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
print(target)
