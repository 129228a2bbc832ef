"""The wizard's keyboard map, written once: the shortcuts, the intro page's key table
and the tooltips are all made from it, so they cannot disagree.

Sequences are in Qt's portable notation ("Ctrl" is Command on macOS).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from csmaturity_app.maturity import MaturityModel


@dataclass(frozen=True)
class KeyBinding:
    action: str
    sequences: tuple[str, ...]


NOT_APPLICABLE_KEY = "N"

KEYMAP: tuple[KeyBinding, ...] = (
    KeyBinding("not_applicable", (NOT_APPLICABLE_KEY,)),
    KeyBinding("clear", ("Backspace", "Delete")),
    KeyBinding("next_criterion", ("Down", "J")),
    KeyBinding("previous_criterion", ("Up", "K")),
    KeyBinding("notes", ("Return", "E")),
    KeyBinding("private_notes", ("P", "Ctrl+Shift+P")),
    KeyBinding("leave_notes", ("Esc",)),
    KeyBinding("next_page", ("Ctrl+PgDown", "Alt+Right")),
    KeyBinding("previous_page", ("Ctrl+PgUp", "Alt+Left")),
    KeyBinding("summary", ("Ctrl+End",)),
    KeyBinding("undo", ("Ctrl+Z",)),
    KeyBinding("redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    KeyBinding("close", ("Ctrl+W",)),
    KeyBinding("respondents", ("Ctrl+Shift+R",)),
)

# With several respondents (and only then, in the key help):
RESPONDENT_KEYMAP: tuple[KeyBinding, ...] = (
    KeyBinding("rating_as", ("Ctrl+R",)),
    KeyBinding("next_rater", ("Ctrl+T",)),
    KeyBinding("use_median", ("Ctrl+M",)),
)


def help_text(action: str) -> str:
    """What a binding does, in the window's language: read when shown, not at import (the
    language is set after the modules are loaded)."""
    texts = {
        "not_applicable": QCoreApplication.translate(
            "WizardKeys", "Mark it not applicable, then move on"
        ),
        "clear": QCoreApplication.translate("WizardKeys", "Clear its rating (unanswered)"),
        "next_criterion": QCoreApplication.translate("WizardKeys", "Next criterion"),
        "previous_criterion": QCoreApplication.translate("WizardKeys", "Previous criterion"),
        "notes": QCoreApplication.translate(
            "WizardKeys", "Write notes and evidence for the current criterion"
        ),
        "private_notes": QCoreApplication.translate(
            "WizardKeys",
            "Write private notes for the current criterion (never in client-safe outputs)",
        ),
        "leave_notes": QCoreApplication.translate(
            "WizardKeys", "Leave the notes (they are saved), back to the criterion"
        ),
        "next_page": QCoreApplication.translate("WizardKeys", "Next page"),
        "previous_page": QCoreApplication.translate("WizardKeys", "Previous page"),
        "summary": QCoreApplication.translate(
            "WizardKeys", "The summary: the results as the answers stand"
        ),
        "undo": QCoreApplication.translate("WizardKeys", "Undo the last rating"),
        "redo": QCoreApplication.translate("WizardKeys", "Redo the rating undone"),
        "close": QCoreApplication.translate(
            "WizardKeys", "Close the wizard (everything is already saved)"
        ),
        "respondents": QCoreApplication.translate(
            "WizardKeys", "Respondents: add, edit or remove them"
        ),
        "rating_as": QCoreApplication.translate(
            "WizardKeys", "Choose whom you rate as: the consensus or a respondent"
        ),
        "next_rater": QCoreApplication.translate(
            "WizardKeys", "Rate as the next one: the consensus, then each in turn"
        ),
        "use_median": QCoreApplication.translate(
            "WizardKeys", "Hand the consensus back to the respondents' median"
        ),
    }
    return texts[action]


BINDINGS: dict[str, KeyBinding] = {b.action: b for b in KEYMAP + RESPONDENT_KEYMAP}

# Keys that act inside a stage page only: elsewhere they belong to the list that has the focus
# (the navigator, the summary's list of unanswered criteria).
PAGE_SEQUENCES: frozenset[str] = frozenset({"Down", "Up", "Return"})


def native(sequence: str) -> str:
    """A sequence as the platform writes it (Ctrl+PgDown, ⌘W)."""
    return QKeySequence(sequence, QKeySequence.SequenceFormat.PortableText).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def keys_text(action: str) -> str:
    """ "Ctrl+PgDown or Alt+Right" """
    joint = QCoreApplication.translate("WizardKeys", " or ")
    return joint.join(native(s) for s in BINDINGS[action].sequences)


def with_keys(text: str, action: str) -> str:
    """A tooltip that teaches the key: "Next page (Ctrl+PgDown or Alt+Right)"."""
    return f"{text} ({keys_text(action)})"


def rating_keys(model: MaturityModel) -> dict[str, int]:
    """Digit key -> score, for every score of the scale that has a single digit."""
    return {str(p.score): p.score for p in model.scale if 0 <= p.score <= 9}


def help_rows(model: MaturityModel, several: bool = False) -> list[tuple[str, str]]:
    """(keys, what they do) for the intro page, rating keys first; those of several
    respondents when the assessment has them."""
    digits = list(rating_keys(model))
    rate = f"{digits[0]}\u2013{digits[-1]}" if len(digits) > 1 else "".join(digits)
    rows = [
        (
            rate,
            QCoreApplication.translate(
                "WizardKeys", "Rate the current criterion, then move on to the next one"
            ),
        )
    ]
    rows += [
        (keys_text(b.action), help_text(b.action)) for b in KEYMAP + RESPONDENT_KEYMAP * several
    ]
    return rows
