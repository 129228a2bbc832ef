"""Merging a snapshot into the store: by UUID, the newest `updated_at` winning, in one
transaction; or only planning it (a dry run), which is the same work rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Counts:
    """What an import does to one kind of record."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # differs here and in the file, and the copy here is newer: kept

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts


@dataclass
class MergePlan:
    """What an import did, or (dry run) would do."""

    rows: int = 0
    organizations: Counts = field(default_factory=Counts)
    assessments: Counts = field(default_factory=Counts)
    answers: Counts = field(default_factory=Counts)
    model_versions_new: int = 0
    conflicts: list[str] = field(default_factory=list)  # the first few, described for a person
    applied: bool = False

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.model_versions_new
            + sum(c.new + c.updated for c in (self.organizations, self.assessments, self.answers))
        )

    def describe(self) -> list[str]:
        """Lines for a person: one per kind of record, then the conflicts."""
        raise NotImplementedError
