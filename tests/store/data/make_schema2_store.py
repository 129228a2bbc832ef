"""Writes schema2.db: a store as release 0.2 (schema 2, maturity models 1.0.0) left it (the
package still said 0.1.0; release 0.3 brought the 2.0.0 models and schema 3).

Run once with the code of that release; the .db file is committed and never
regenerated. `schema2.expected.json` records what that release showed for each
assessment (placed level and label, maturity index), so that later releases
prove they still show the same results for assessments taken under 1.0.0.
"""

import json
from datetime import date
from pathlib import Path

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

here = Path(__file__).parent
target = here / "schema2.db"
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
assert tsia.version == ftworks.version == "1.0.0"
expected = {}
with Store.open(target) as store:

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
    # Every criterion "largely in place": below 1.0.0's threshold of 0.75.
    take(acme, tsia, "Ann Consultant", date(2025, 6, 2), lambda i, c: 2, notes="seen")
    take(
        acme,
        tsia,
        "Ann Consultant",
        date(2026, 3, 9),
        lambda i, c: 3 if c.stage in ("forming", "storming") else (i % 4),
    )
    nord = store.create_organization("Nordlicht GmbH — Zürich")
    take(
        nord,
        ftworks,
        "Bea",
        date(2025, 11, 20),
        lambda i, c: {"random": 3, "tactical": 2 + (i % 2)}.get(c.stage, i % 3),
    )
    take(
        nord,
        ftworks,
        "Bea",
        date(2026, 2, 1),
        lambda i, c: "na" if c.id == "T07" else (3 if c.stage == "random" else None),
        status="draft",
    )
    mixed = store.create_organization("Mixed <Signals> & Co")
    take(mixed, tsia, "Chris", date(2026, 1, 15), lambda i, c: (i * 7) % 4)
    for a in store.assessments():
        r = store.result(a.id)
        expected[a.id] = {
            "organization_id": a.organization_id,
            "model": f"{r.model.id}@{r.model.version}",
            "placed_level": r.placed_level,
            "placed_label": r.placed_label,
            "maturity_index": r.maturity_index,
            "answered": r.answered,
        }
(here / "schema2.expected.json").write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n")
print(target)
