"""Run by test_sync_kill.py in a process of its own: opens a store, merges the pulled rows
(a JSON file) and records the sync inside `Store.sync_transaction`, says so on stdout, then
waits, still inside the transaction, to be killed."""

import json
import sys
from pathlib import Path

from csmaturity_app.store import Store

store_path, rows_path = sys.argv[1], sys.argv[2]
pulled = json.loads(Path(rows_path).read_text(encoding="utf-8"))
with Store.open(store_path) as store, store.sync_transaction() as local:
    rows = {name: [tuple(row) for row in held] for name, held in pulled["rows"].items()}
    outcome = local.merge_pulled(
        pulled["server_id"],
        rows["organization"],
        rows["model_version"],
        rows["assessment"],
        iter(rows["answer"]),
        rows["tombstone"],
    )
    push = local.rows_to_push(everything=True)
    local.finish(pulled["server_id"], "fake://team", pulled["seq"], push.count, 0, [])
    print(f"inside {outcome.merge.answers.new}", flush=True)
    sys.stdin.readline()  # killed while waiting here
