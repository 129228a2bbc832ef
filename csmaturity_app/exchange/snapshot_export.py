"""Writing snapshots: one row per criterion per assessment (the contract in DESIGN.md), or a
summary of one row per assessment for spreadsheets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from csmaturity_app.exchange.progress import Progress, no_progress
from csmaturity_app.store import Store


@dataclass(frozen=True)
class ExportResult:
    path: Path
    assessments: int
    rows: int


def export_snapshot(
    store: Store,
    path: Path,
    *,
    organization_id: str | None = None,
    assessment_id: str | None = None,
    progress: Progress = no_progress,
) -> ExportResult:
    """Write a snapshot of the store (or one organization, or one assessment) to `path`."""
    raise NotImplementedError


def export_summary(
    store: Store,
    path: Path,
    *,
    organization_id: str | None = None,
    assessment_id: str | None = None,
    progress: Progress = no_progress,
) -> ExportResult:
    """Write one row per assessment: placed stage, maturity index, attainment per stage."""
    raise NotImplementedError
