"""A child process for the no-network test: a whole working session, offline.

Run as ``python offline_session.py FOLDER``. It installs an audit hook that records every
network-ish socket operation Python makes (and fails loudly on one), then: opens the main
window on a new store, creates an organization, answers a whole TSIA assessment through the
wizard's operations, completes it, shows the results pane, exports a snapshot, imports it
into another store, and writes the PDF report. It prints ``SOCKETS <n>`` at the end.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
seen: list[str] = []


NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.bind"}


def audit(event: str, args: tuple[object, ...]) -> None:
    new_network_socket = event == "socket.__new__" and args[1] in NETWORK_FAMILIES
    if new_network_socket or event in NETWORK_EVENTS:
        seen.append(f"{event}{args}")


sys.addaudithook(audit)


def main(folder: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from csmaturity_app.exchange import export_snapshot, import_snapshot
    from csmaturity_app.paths import load_catalog
    from csmaturity_app.store import Store
    from csmaturity_app.ui.main_window import MainWindow
    from csmaturity_app.ui.report import export_report_pdf

    app = QApplication(["csmaturity"])
    catalog = load_catalog()
    model = catalog.get("tsia-4-phases")
    store = Store.open(folder / "store.db")
    window = MainWindow(store, catalog)
    window.show()
    app.processEvents()
    operations = window.operations
    organization = store.create_organization("Offline Client")
    operations.organizationsChanged.emit()
    assessment = store.create_assessment(organization.id, model, "Consultant")
    for n, criterion in enumerate(model.criteria):
        store.record_answer(assessment.id, criterion.id, n % 4, notes=f"evidence {n}")
    store.set_status(assessment.id, "complete")
    window.results.show_assessments([assessment.id])
    window.results.refresh_now()
    window.grab()
    export_snapshot(store, folder / "snapshot.csv")
    with Store.open(folder / "other.db") as other:
        import_snapshot(other, folder / "snapshot.csv", catalog)
    export_report_pdf(store, assessment.id, folder / "report.pdf")
    window.close()
    store.close()
    app.processEvents()
    print(f"SOCKETS {len(seen)}")
    for line in seen:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
