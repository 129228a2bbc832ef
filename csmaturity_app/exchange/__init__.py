"""Snapshots (CSV export, import and merge) and report content. No widgets, no Qt."""

from csmaturity_app.exchange.age_files import DecryptedSnapshot, decrypt_snapshot
from csmaturity_app.exchange.progress import Cancelled, Progress
from csmaturity_app.exchange.snapshot_export import (
    ExportResult,
    export_snapshot,
    export_summary,
    left_out_text,
)
from csmaturity_app.exchange.snapshot_import import SnapshotError, import_snapshot
from csmaturity_app.store import Counts, MergeOutcome

__all__ = [
    "Cancelled",
    "Counts",
    "DecryptedSnapshot",
    "ExportResult",
    "MergeOutcome",
    "Progress",
    "SnapshotError",
    "decrypt_snapshot",
    "export_snapshot",
    "export_summary",
    "import_snapshot",
    "left_out_text",
]
