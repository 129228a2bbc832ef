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
from csmaturity_app.i18n import formats, plural_is_one, translate
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
            return translate("questionnaire", "{file}: named more than once: taken once").format(
                file=name
            )
        if self.superseded_by:
            return translate(
                "questionnaire",
                "{file}: not collected: {newer} is a newer fill of the same respondent",
            ).format(file=name, newer=self.superseded_by)
        o = self.outcome
        assert o is not None
        who = o.respondent.name
        if o.already:
            return translate(
                "questionnaire", "{file}: {respondent}: already collected; nothing changes"
            ).format(file=name, respondent=who)
        if o.older:
            return translate(
                "questionnaire",
                "{file}: {respondent}: not collected: saved {saved}, before the fill collected "
                "already (saved {collected}); nothing changes",
            ).format(
                file=name, respondent=who, saved=when(self.filled_at), collected=when(o.replaces)
            )
        parts = []
        if o.new:
            parts.append(
                (
                    translate("questionnaire", "{count} new rating")
                    if plural_is_one(o.new)
                    else translate("questionnaire", "{count} new ratings")
                ).format(count=formats.integer(o.new))
            )
        for count, text in (
            (o.changed, translate("questionnaire", "{count} changed")),
            (o.cleared, translate("questionnaire", "{count} cleared")),
            (o.unchanged, translate("questionnaire", "{count} as before")),
            (
                o.kept,
                translate("questionnaire", "{count} kept as rated here after the file was saved"),
            ),
        ):
            if count:
                parts.append(text.format(count=formats.integer(count)))
        what = ", ".join(parts) or translate("questionnaire", "no ratings (all blank)")
        if self.dry_run:
            text = translate("questionnaire", "{file}: would collect from {respondent}: {what}")
        else:
            text = translate("questionnaire", "{file}: collected from {respondent}: {what}")
        text = text.format(file=name, respondent=who, what=what)
        if o.replaces:
            text += translate("questionnaire", "; replaces the fill of {saved}").format(
                saved=when(o.replaces)
            )
        if self.supersedes:
            text += translate("questionnaire", "; newer than {files}, which is left out").format(
                files=", ".join(self.supersedes)
            )
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
    other = translate("questionnaire", "{file}: is a questionnaire of another assessment").format(
        file=name
    )
    if assessment_id is not None and filled.assessment_id != assessment_id:
        raise QuestionnaireError(other)
    try:
        (assessment,) = store.snapshot_assessments(assessment_id=filled.assessment_id)
    except (NotFoundError, ValueError):
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: is a questionnaire of another assessment, not in this store",
            ).format(file=name)
        ) from None
    if filled.model_version != assessment.model_digest:
        raise QuestionnaireError(
            translate(
                "questionnaire",
                "{file}: is a questionnaire of another version of the model than its "
                "assessment's; write a new one",
            ).format(file=name)
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
        if filled.respondent:
            text = translate(
                "questionnaire",
                "{file}: its respondent {respondent} is no longer one of the assessment's",
            )
        else:
            text = translate(
                "questionnaire", "{file}: its respondent is no longer one of the assessment's"
            )
        raise QuestionnaireError(
            text.format(file=filled.path.name, respondent=filled.respondent)
        ) from None


def when(stamp: str) -> str:
    """ "28 Nov 2026 14:02": a fill time for a person, in this computer's time zone."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except (TypeError, ValueError, OverflowError):  # year 1 west of UTC is year 0
        return stamp
    return f"{moment.day} {moment:%b %Y %H:%M}"
