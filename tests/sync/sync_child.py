"""Run one sync, and kill this process (SIGKILL) the `count`-th time it reports `stage`:
a laptop that dies at that moment of a sync.

    python sync_child.py STORE URL STAGE COUNT
"""

import os
import signal
import sys

from csmaturity_app.store import Store
from csmaturity_app.sync.address import ServerAddress
from csmaturity_app.sync.session import sync

store_path, url, stage, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
seen = 0


def progress(reported: str, _done: int, _total: int) -> None:
    global seen
    if reported == stage:
        seen += 1
        if seen == count:
            os.kill(os.getpid(), signal.SIGKILL)


with Store.open(store_path) as store:
    sync(store, ServerAddress.parse(url), progress=progress)
print("finished without being killed")
