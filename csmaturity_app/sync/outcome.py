"""What a sync did, or would do (a dry run): counts, conflicts, and lines for a person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from csmaturity_app.i18n import formats, translate
from csmaturity_app.store import AnswerConflict, MergeOutcome

# The stages a sync reports, in order, with the rows done and the rows in all (0: unknown).
# The callback may raise `SyncCancelled` to stop: before "server committed", nothing changes.
CONNECTING = "connecting"
RECEIVING = "receiving"
MERGING = "merging"
SENDING = "sending"
SERVER_COMMITTED = "server committed"  # past this point a cancel is too late
DONE = "done"
SyncProgress = Callable[[str, int, int], None]
_SOURCE = "on the team server"  # where the rows received come from, in a person's words


def no_progress(_stage: str, _done: int, _total: int) -> None:
    """The default: report nothing."""


def _kinds_said() -> tuple[str, ...]:
    """How the merge's lines of counts (and of deletions) begin, in the language in effect:
    the same words `MergeOutcome.describe` uses."""
    deleted = translate("store", "deleted here, as deleted {source}: {deleted}")
    return (
        translate("store", "organizations"),
        translate("store", "assessments"),
        translate("store", "answers"),
        translate("store", "respondents"),
        translate("store", "respondents' ratings"),
        translate("store", "targets"),
        translate("store", "actions"),
        deleted.split("{", 1)[0].rstrip(),
    )


@dataclass
class SyncOutcome:
    server: str  # the address, without any password
    dry_run: bool = False
    pending_before: int = 0  # local changes waiting when the sync began
    received: int = 0  # rows that came from the server
    sent: int = 0  # rows the server took (new or changed there)
    pushed_rows: int = 0  # rows sent to the server, changed there or not
    merge: MergeOutcome | None = None  # what the rows received did here
    conflicts: list[AnswerConflict] = field(default_factory=list)
    # Local changes dropped because their record was deleted on the team server meanwhile.
    dropped_here: int = 0
    # Rows received for records deleted here: dropped (the deletion is sent instead).
    dropped_pulled: int = 0
    committing: bool = False  # the server's COMMIT was sent
    committed: bool = False  # ... and it answered
    # The server held less than this laptop had seen (restored from a backup): everything
    # was sent and received again.
    server_behind: bool = False

    @property
    def dropped_by_deletion(self) -> int:
        return self.dropped_here + self.dropped_pulled

    @property
    def record_conflicts(self) -> list[str]:
        """Organizations, assessments, targets and actions changed both here and on the
        server, for a person (the first few; answers are in `conflicts`)."""
        return self.merge.record_conflicts if self.merge is not None else []

    def describe(self) -> list[str]:
        """Lines for a person (the CLI prints them; the window's summary shows them)."""
        changed = self.merge.changes_anything if self.merge is not None else False
        lines = [
            translate("sync", "team server: {server}").format(server=self.server),
            translate("sync", "sent: {sent} rows would change on the server").format(
                sent=formats.integer(self.sent)
            )
            if self.dry_run
            else translate("sync", "sent: {sent} rows changed on the server").format(
                sent=formats.integer(self.sent)
            ),
            translate("sync", "received: {received} rows from the server").format(
                received=formats.integer(self.received)
            )
            + ("" if changed or not self.received else translate("sync", ", nothing new here")),
        ]
        if self.merge is not None and changed:
            lines += [
                f"  {line}"
                for line in self.merge.describe(_SOURCE)
                if line.startswith(_kinds_said())
            ]
        if self.server_behind:
            lines.append(
                translate(
                    "sync",
                    "the team server had lost changes this laptop had seen (restored from "
                    "a backup?): everything here was sent again",
                )
            )
        if self.merge is not None and self.merge.future_rows:
            lines.append(
                translate("sync", "received: {future_text}").format(
                    future_text=self.merge.future_text
                )
            )
        if self.dropped_here:
            lines.append(
                translate(
                    "sync",
                    "{dropped_here} changes made here were to records deleted on the "
                    "team server meanwhile; the deletion stands",
                ).format(dropped_here=formats.integer(self.dropped_here))
            )
        if self.dropped_pulled:
            lines.append(
                translate(
                    "sync",
                    "{dropped_pulled} rows received were of records deleted here; the "
                    "deletion stands",
                ).format(dropped_pulled=formats.integer(self.dropped_pulled))
            )
        if self.record_conflicts:
            lines.append(translate("sync", "records changed on both sides:"))
            lines += [f"  {text}" for text in self.record_conflicts]
        if self.conflicts:
            lines.append(
                translate("sync", "conflicts: {count} answers changed on both sides:").format(
                    count=formats.integer(len(self.conflicts))
                )
            )
            for c in self.conflicts[:20]:
                kept = (
                    translate("sync", "kept here")
                    if c.winner == "here"
                    else translate("sync", "the server's kept")
                )
                lines.append(f"  {c.organization}, {c.assessed_on}, {c.criterion_id}: {kept}")
            if len(self.conflicts) > 20:
                lines.append(
                    translate("sync", "  … and {count} more").format(
                        count=formats.integer(len(self.conflicts) - 20)
                    )
                )
        else:
            lines.append(translate("sync", "conflicts: none"))
        if self.dry_run:
            lines.append(translate("sync", "dry run: nothing was changed on either side"))
        return lines
