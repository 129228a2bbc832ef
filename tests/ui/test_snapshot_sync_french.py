"""The snapshot, sync and report dialogs in French: their words, their mnemonics (one per
letter, as in English), counts in the French plural and numbers as French writes them."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel

from csmaturity_app.exchange import Counts, MergeOutcome
from csmaturity_app.store import SyncState
from csmaturity_app.sync.outcome import SyncOutcome
from csmaturity_app.ui import snapshot_actions
from csmaturity_app.ui.export_dialog import ExportDialog, ExportScope
from csmaturity_app.ui.import_dialog import ImportPlanDialog
from csmaturity_app.ui.report_dialog import ReportDialog
from csmaturity_app.ui.sync_dialog import SyncDialog, SyncSummaryDialog
from csmaturity_app.ui.sync_status import sync_status_text

NBSP = "\u00a0"


def plain(text: str) -> str:
    return text.replace(NBSP, " ").replace("\u202f", " ")


def mnemonics(widget) -> list[str]:
    texts = [b.text() for b in widget.findChildren(QAbstractButton)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t]


def test_the_report_dialog_in_french(qtbot, french):
    dialog = ReportDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter le rapport"
    assert plain(dialog.pdf_button.text()) == "&PDF : prêt à envoyer et à imprimer"
    assert dialog.language_combo.currentText() == "Français"  # the window's language
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)) >= 5, keys


def test_the_export_dialog_in_french(qtbot, french):
    scopes = [ExportScope("&Toute la base", "store"), ExportScope("L'&organisation", "o")]
    dialog = ExportDialog(None, scopes)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Exporter un instantané"
    assert plain(dialog.note.text()) == "Ensuite, choisissez où enregistrer le fichier CSV."
    assert dialog.choice().language == "fr"
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys


def test_the_import_plan_and_its_messages_in_french(qtbot, french):
    plan = MergeOutcome(
        rows=2450,
        organizations=Counts(new=1),
        assessments=Counts(new=2, updated=1),
        answers=Counts(new=1, updated=0, conflicts=3),
    )
    dialog = ImportPlanDialog(None, "a.csv", "csmaturity.db", plan)
    qtbot.addWidget(dialog)
    assert plain(dialog.heading.text()) == (
        "Importer « a.csv » (2 450 lignes) dans csmaturity.db fera ceci :"
    )
    assert dialog.table.horizontalHeaderItem(0).text() == "Nouvelles"
    assert plain(snapshot_actions.import_message("a.csv", plan)) == (
        "« a.csv » importé : 1 nouvelle organisation, 2 évaluations nouvelles et 1 mise à "
        "jour, 1 nouvelle réponse ; 3 gardés tels qu'ici (modifiés plus récemment ici)."
    )
    assert plain(snapshot_actions.describe_bytes(3_200_000, 12_000_000)) == "3,2 Mo sur 12,0 Mo"


def test_the_sync_dialogs_and_status_in_french(qtbot, french):
    state = SyncState("s", "postgresql://ann@server/team", 4, "2026-11-30T09:12:00+00:00", 3)
    dialog = SyncDialog(None, "csmaturity.db", state)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Synchroniser avec le serveur d'équipe"
    assert plain(sync_status_text(state)).endswith("· 3 modifications en attente")
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    summary = SyncSummaryDialog(None, SyncOutcome(server="srv", received=0, sent=1))
    qtbot.addWidget(summary)
    assert plain(summary.text()) == (
        "Synchronisé avec srv.\n"
        "Envoyé : 1 ligne modifiée sur le serveur d'équipe\n"
        "Reçu : 0 ligne du serveur d'équipe\n"
        "Conflits : aucun"
    )
