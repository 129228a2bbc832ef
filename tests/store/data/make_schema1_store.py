"""Writes schema1.db: a store as release 0.1 (schema 1) left it, kept to test upgrades.

Run once with the code of that release; the .db file is committed and never
regenerated, so that later migrations are tested on a real old file.
"""

from datetime import date
from pathlib import Path

from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.store import Store

target = Path(__file__).with_name("schema1.db")
target.unlink(missing_ok=True)
catalog = ModelCatalog.load([BUILTIN_MODELS_DIR])
tsia, ftworks = catalog.get("tsia-4-phases"), catalog.get("ftworks-5-levels")
with Store.open(target) as store:
    acme = store.create_organization("Acme Analytics")
    nord = store.create_organization("Nordlicht GmbH — Zürich")
    a1 = store.create_assessment(acme.id, tsia, "Ann Consultant", date(2025, 3, 14))
    for i, criterion in enumerate(tsia.criteria):
        store.record_answer(a1.id, criterion.id, (i * 7) % 4, notes=f'evidence {i}, "quoted"')
    store.set_status(a1.id, "complete")
    a2 = store.create_assessment(acme.id, tsia, "Ann Consultant", date(2026, 2, 1))
    store.record_answer(a2.id, "F01", 3, notes="=SUM(A1:A3) looks like a formula")
    store.record_answer(a2.id, "F02", None, not_applicable=True)
    a3 = store.create_assessment(nord.id, ftworks, "Bea", date(2026, 1, 20))
    store.record_notes(a3.id, "R01", "Notizen: Größe, 顧客")
print(target)
