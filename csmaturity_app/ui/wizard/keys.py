"""The wizard's keyboard map, written once: the shortcuts, the intro page's key table
and the tooltips are all made from it, so they cannot disagree.

Sequences are in Qt's portable notation ("Ctrl" is Command on macOS).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from csmaturity_app.maturity import MaturityModel


@dataclass(frozen=True)
class KeyBinding:
    action: str
    sequences: tuple[str, ...]
    help: str


NOT_APPLICABLE_KEY = "N"

KEYMAP: tuple[KeyBinding, ...] = (
    KeyBinding("not_applicable", (NOT_APPLICABLE_KEY,), "Mark it not applicable, then move on"),
    KeyBinding("clear", ("Backspace", "Delete"), "Clear its rating (unanswered)"),
    KeyBinding("next_criterion", ("Down", "J"), "Next criterion"),
    KeyBinding("previous_criterion", ("Up", "K"), "Previous criterion"),
    KeyBinding("notes", ("Return", "E"), "Write notes and evidence for the current criterion"),
    KeyBinding(
        "private_notes",
        ("P", "Ctrl+Shift+P"),
        "Write private notes for the current criterion (never in client-safe outputs)",
    ),
    KeyBinding("leave_notes", ("Esc",), "Leave the notes (they are saved), back to the criterion"),
    KeyBinding("next_page", ("Ctrl+PgDown", "Alt+Right"), "Next page"),
    KeyBinding("previous_page", ("Ctrl+PgUp", "Alt+Left"), "Previous page"),
    KeyBinding("summary", ("Ctrl+End",), "The summary: the results as the answers stand"),
    KeyBinding("undo", ("Ctrl+Z",), "Undo the last rating"),
    KeyBinding("redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo the rating undone"),
    KeyBinding("close", ("Ctrl+W",), "Close the wizard (everything is already saved)"),
    KeyBinding("respondents", ("Ctrl+Shift+R",), "Respondents: add, edit or remove them"),
)

# With several respondents (and only then, in the key help):
RESPONDENT_KEYMAP: tuple[KeyBinding, ...] = (
    KeyBinding("rating_as", ("Ctrl+R",), "Choose whom you rate as: the consensus or a respondent"),
    KeyBinding("next_rater", ("Ctrl+T",), "Rate as the next one: the consensus, then each in turn"),
    KeyBinding("use_median", ("Ctrl+M",), "Hand the consensus back to the respondents' median"),
)

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
    return " or ".join(native(s) for s in BINDINGS[action].sequences)


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
    rows = [(rate, "Rate the current criterion, then move on to the next one")]
    rows += [(keys_text(b.action), b.help) for b in KEYMAP + RESPONDENT_KEYMAP * several]
    return rows
