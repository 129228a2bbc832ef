"""What the wizard shows of several respondents (no widgets): each one's rating beside a
criterion, the spread, the disagreement flag and the consensus, worded once here so that the
card, its tooltip and the summary say the same.

The spread and the disagreement rule are `maturity.consensus`'s; who rated what is the
store's `RespondentsView`, read at one moment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from csmaturity_app.i18n import formats
from csmaturity_app.maturity import AnswerValue, Criterion, MaturityModel
from csmaturity_app.maturity.consensus import Spread, spread_of
from csmaturity_app.presentation.order import display_order
from csmaturity_app.presentation.respondents import role_text
from csmaturity_app.store import RespondentRecord, RespondentsView
from csmaturity_app.ui.wizard.ratings import UNANSWERED, rating_text

SEPARATOR = " \u00b7 "
NOTES_MARK = "\u270e"


def consensus_label() -> str:
    """The chooser's first entry: the facilitator, who sets the ratings that count."""
    return QCoreApplication.translate("WizardVoices", "Consensus (facilitator)")


def not_applicable_short() -> str:
    """ "N/A": a rating that does not apply, in a few characters (the key is N)."""
    return QCoreApplication.translate("WizardVoices", "N/A")


def respondent_label(respondent: RespondentRecord) -> str:
    """ "Pat Lee, VP Customer Success", or the name alone without a role."""
    role = role_text(respondent)
    return f"{respondent.name}, {role}" if role else respondent.name


def initials(name: str) -> str:
    """ "Pat Lee" -> "PL"; a single name keeps its first two letters ("Sam" -> "Sa")."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if not words:
        return name[:2]
    if len(words) == 1:
        return words[0][:2]
    return (words[0][0] + words[-1][0]).upper()


def short_names(respondents: tuple[RespondentRecord, ...]) -> list[str]:
    """Initials, or the first name for those whose initials another shares."""
    shorts = [initials(r.name) for r in respondents]
    return [
        s if shorts.count(s) == 1 else (r.name.split() or [r.name])[0]
        for s, r in zip(shorts, respondents, strict=True)
    ]


def short_rating(rating: AnswerValue) -> str:
    """A rating in a few characters: "2", "N/A", or an en dash for not rated."""
    if rating.not_applicable:
        return not_applicable_short()
    return "\u2013" if rating.score is None else str(rating.score)


@dataclass(frozen=True)
class Voice:
    short: str  # "PL"
    label: str  # "Pat Lee, VP Customer Success"
    rating: AnswerValue
    notes: str


@dataclass(frozen=True)
class CriterionVoices:
    """One criterion as its respondents rated it, and the consensus that stands."""

    voices: tuple[Voice, ...]
    spread: Spread
    consensus: AnswerValue
    consensus_set: bool  # the facilitator set it (not the respondents' median)

    def ratings_text(self) -> str:
        """ "PL 2 · SK 0✎ · AJ N/A" (✎: they wrote notes; a dash: not rated)."""
        return SEPARATOR.join(
            f"{v.short} {short_rating(v.rating)}{NOTES_MARK if v.notes else ''}"
            for v in self.voices
        )

    def spread_text(self) -> str:
        """ "range 2", or "" while fewer than two scores are given."""
        if self.spread.scored < 2 or self.spread.range is None:
            return ""
        return QCoreApplication.translate("WizardVoices", "range {range}").format(
            range=formats.integer(self.spread.range)
        )

    def consensus_text(self) -> str:
        """ "Consensus 1 · median", "Consensus 2 · set", "Consensus N/A · median"; "" when
        nobody rated it and nobody set it."""
        if not self.consensus.answered and not self.consensus_set:
            return ""
        how = (
            QCoreApplication.translate("WizardVoices", "set")
            if self.consensus_set
            else QCoreApplication.translate("WizardVoices", "median")
        )
        consensus = QCoreApplication.translate("WizardVoices", "Consensus {rating}").format(
            rating=short_rating(self.consensus)
        )
        return f"{consensus}{SEPARATOR}{how}"

    def tooltip(self, model: MaturityModel) -> str:
        """Every respondent in full, with their notes: the card's line in long form."""
        lines = []
        for voice in self.voices:
            rated = (
                rating_text(model, voice.rating)
                if voice.rating.answered
                else QCoreApplication.translate("WizardVoices", "not rated")
            )
            lines.append(f"{voice.label}: {rated}")
            if voice.notes:
                lines.append(f"    \u201c{voice.notes}\u201d")
        if self.spread_text():
            scores = QCoreApplication.translate(
                "WizardVoices", "Scores from {low} to {high}"
            ).format(low=self.spread.low, high=self.spread.high)
            flag = (
                QCoreApplication.translate("WizardVoices", "they disagree")
                if self.spread.disagreement
                else ""
            )
            lines.append(f"{scores} \u2014 {flag}" if flag else scores)
        return "\n".join(lines)


def criterion_voices(view: RespondentsView, criterion_id: str) -> CriterionVoices:
    shorts = short_names(view.respondents)
    voices = []
    for respondent, short in zip(view.respondents, shorts, strict=True):
        answer = view.ratings.get(respondent.id, {}).get(criterion_id)
        voices.append(
            Voice(
                short,
                respondent_label(respondent),
                answer.rating if answer is not None else UNANSWERED,
                answer.notes if answer is not None else "",
            )
        )
    consensus = view.consensus.get(criterion_id)
    answered = consensus is not None and consensus.rating.answered
    return CriterionVoices(
        tuple(voices),
        spread_of(v.rating for v in voices),
        consensus.rating if consensus is not None else UNANSWERED,
        answered and criterion_id not in view.from_respondents,
    )


def disagreements(view: RespondentsView) -> list[tuple[Criterion, int]]:
    """The criteria the respondents disagree on, with their range: the widest first, then in
    the order the wizard walks them."""
    found = []
    for stage in view.model.stages:
        for criterion in display_order(view.model, stage.id):
            spread = criterion_voices(view, criterion.id).spread
            if spread.disagreement and spread.range is not None:
                found.append((criterion, spread.range))
    found.sort(key=lambda pair: -pair[1])  # stable: the walk's order within a range
    return found
