"""Collecting filled questionnaires into the store: each file read and checked, then its
answers taken as its respondent's ratings, one transaction per file.

All the files are read before anything is written (reading is the slow part, and a cancel
then changes nothing). A bad file collects nothing and the others still go. Of two files of
the same respondent, the newer fill (the time its spreadsheet saved it) wins; a fill older
than the one collected before changes nothing, and the same fill twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange.printable import printable
from csmaturity_app.exchange.progress import Progress, no_progress
from csmaturity_app.exchange.questionnaire_read import (
    FilledQuestionnaire,
    QuestionnaireError,
    read_questionnaire,
)
from csmaturity_app.presentation.numbers import counted
from csmaturity_app.store import CollectOutcome, NotFoundError, RespondentRecord, Store


@dataclass(frozen=True)
class Collected:
    """What collecting one file did, or (a dry run) would do; `error`: why it is refused."""

    path: Path
    outcome: CollectOutcome | None
    error: str = ""
    dry_run: bool = False
    filled_at: str = ""
    superseded_by: str = ""  # a newer fill of the same respondent in the same run (its name)
    supersedes: tuple[str, ...] = ()  # older fills of the same respondent it won over
    repeated: bool = False  # the same file named again in the same run

    @property
    def changes_anything(self) -> bool:
        """Whether it is collected (a fill that changes no rating still records its time)."""
        return self.outcome is not None and not (self.outcome.already or self.outcome.older)

    @property
    def line(self) -> str:
        """One line for a person: what the file changes, or why it changes nothing. What it
        names (a file, a respondent) is shown with any control character escaped: the line
        goes to a terminal as it is."""
        return printable(self._line())

    def _line(self) -> str:
        name = self.path.name
        if self.error:
            return self.error
        if self.repeated:
            return f"{name}: named more than once: taken once"
        if self.superseded_by:
            return (
                f"{name}: not collected: {self.superseded_by} is a newer fill of the same "
                "respondent"
            )
        o = self.outcome
        assert o is not None
        who = o.respondent.name
        if o.already:
            return f"{name}: {who}: already collected; nothing changes"
        if o.older:
            return (
                f"{name}: {who}: not collected: saved {when(self.filled_at)}, before the fill "
                f"collected already (saved {when(o.replaces)}); nothing changes"
            )
        verb = "would collect" if self.dry_run else "collected"
        parts = [counted(o.new, "new rating")] if o.new else []
        if o.changed:
            parts.append(f"{o.changed:,} changed")
        if o.cleared:
            parts.append(f"{o.cleared:,} cleared")
        if o.unchanged:
            parts.append(f"{o.unchanged:,} as before")
        if o.kept:
            parts.append(f"{o.kept:,} kept as rated here after the file was saved")
        text = f"{name}: {verb} from {who}: {', '.join(parts) or 'no ratings (all blank)'}"
        if o.replaces:
            text += f"; replaces the fill of {when(o.replaces)}"
        if self.supersedes:
            text += f"; newer than {', '.join(self.supersedes)}, which is left out"
        return text


def collect_questionnaires(
    store: Store,
    paths: Sequence[Path],
    dry_run: bool = False,
    progress: Progress | None = None,
    *,
    assessment_id: str | None = None,
) -> list[Collected]:
    """Collect each file (a dry run writes nothing and says what would change); one result
    per file, in the order given. `assessment_id`: only questionnaires of that assessment
    are taken (the window collects for the assessment it shows); None: any of this store's.
    `progress(done, total)` counts files read; it may raise `Cancelled` until all are read,
    and nothing has been written then."""
    report = progress or no_progress
    read: list[FilledQuestionnaire | str] = []
    for done, path in enumerate(paths):
        report(done, len(paths))
        try:
            read.append(_checked(store, read_questionnaire(Path(path)), assessment_id))
        except UserFacingError as exc:
            read.append(str(exc))
    report(len(paths), len(paths))

    winners: dict[str, int] = {}  # respondent id -> the index of their newest fill
    for index, filled in enumerate(read):
        if isinstance(filled, FilledQuestionnaire):
            best = winners.get(filled.respondent_id)
            if best is None:
                winners[filled.respondent_id] = index
                continue
            other = _fill(read[best]).filled_at
            # Of two fills saved at the same moment the later named wins; the same file named
            # again is taken where it is first named.
            if filled.filled_at > other or (
                filled.filled_at == other and not _same_file(Path(paths[index]), Path(paths[best]))
            ):
                winners[filled.respondent_id] = index

    results: list[Collected] = []
    for index, (path, filled) in enumerate(zip(paths, read, strict=True)):
        path = Path(path)
        if isinstance(filled, str):
            results.append(Collected(path, None, filled, dry_run))
            continue
        winner = winners[filled.respondent_id]
        if winner != index:
            same = _same_file(path, Path(paths[winner]))
            results.append(
                Collected(
                    path,
                    None,
                    dry_run=dry_run,
                    filled_at=filled.filled_at,
                    superseded_by="" if same else Path(paths[winner]).name,
                    repeated=same,
                )
            )
            continue
        losers = tuple(
            Path(paths[i]).name
            for i, other in enumerate(read)
            if i != index
            and isinstance(other, FilledQuestionnaire)
            and other.respondent_id == filled.respondent_id
            and not _same_file(path, Path(paths[i]))
        )
        try:
            outcome = store.collect_answers(
                filled.respondent_id,
                filled.answers,
                filled.filled_at,
                dry_run=dry_run,
                assessment_id=filled.assessment_id,
            )
        except UserFacingError as exc:
            results.append(Collected(path, None, printable(f"{path.name}: {exc}"), dry_run))
            continue
        results.append(Collected(path, outcome, "", dry_run, filled.filled_at, "", losers))
    return results


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def _fill(item: FilledQuestionnaire | str) -> FilledQuestionnaire:
    assert isinstance(item, FilledQuestionnaire)
    return item


def _checked(
    store: Store, filled: FilledQuestionnaire, assessment_id: str | None
) -> FilledQuestionnaire:
    """The file, once it is known to be of this store's assessment (that one, if given), of
    a respondent it still has, and of the model version the assessment was taken with."""
    name = filled.path.name
    other = f"{name}: is a questionnaire of another assessment"
    if assessment_id is not None and filled.assessment_id != assessment_id:
        raise QuestionnaireError(other)
    try:
        (assessment,) = store.snapshot_assessments(assessment_id=filled.assessment_id)
    except (NotFoundError, ValueError):
        raise QuestionnaireError(f"{other}, not in this store") from None
    if filled.model_version != assessment.model_digest:
        raise QuestionnaireError(
            f"{name}: is a questionnaire of another version of the model than its assessment's"
            "; write a new one"
        )
    respondent = _respondent(store, filled)
    if respondent.assessment_id != filled.assessment_id:
        raise QuestionnaireError(other)
    return filled


def _respondent(store: Store, filled: FilledQuestionnaire) -> RespondentRecord:
    try:
        return store.respondent(filled.respondent_id)
    except NotFoundError:
        # The assessor's own, after an undo made the assessment one voice again: collecting
        # writes them down again (`Store.collect_answers`).
        if filled.respondent_id == store.assessor_id(filled.assessment_id):
            assessor = store.respondents(filled.assessment_id)[0]
            if assessor.implicit:
                return assessor
        who = f" {filled.respondent}" if filled.respondent else ""
        raise QuestionnaireError(
            f"{filled.path.name}: its respondent{who} is no longer one of the assessment's"
        ) from None


def when(stamp: str) -> str:
    """ "28 Nov 2026 14:02": a fill time for a person, in this computer's time zone."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError, OverflowError):  # year 1 west of UTC is year 0
        return stamp
    return f"{moment.day} {moment:%b %Y %H:%M}"
