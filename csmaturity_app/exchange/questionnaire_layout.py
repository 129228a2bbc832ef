"""What a questionnaire file holds and where: its sheets, its columns, the binding's keys, and
the one reading of a rating cell. The writer and the reader both follow this module, so a file
this version writes is a file it reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, time

from csmaturity_app.maturity import MaturityModel

INSTRUCTIONS_SHEET = "Instructions"
QUESTIONNAIRE_SHEET = "Questionnaire"
BINDING_SHEET = "Binding"  # hidden: which assessment, respondent and model version

COLUMNS = ("criterion_id", "stage", "dimension", "criterion", "evidence", "rating", "notes")
# What reading needs; the other columns are there for the person filling the file in.
NEEDED_COLUMNS = ("criterion_id", "rating", "notes")
HEADER_ROW = 1

NOT_APPLICABLE = "N/A"
_NOT_APPLICABLE_WORDS = frozenset({"n/a", "na", "not applicable"})

# The binding sheet: one key and its value a row, in column A and B. `rating` rows hold the
# drop-down's choices (the validation list points at them), `criterion` rows the criteria in
# model order; `digest` (last) is the sha256 of everything before it (a checksum against
# accidental edits, not a signature).
BINDING_FORMAT = "1"
KEY_FORMAT = "format"
KEY_ASSESSMENT = "assessment_id"
KEY_RESPONDENT = "respondent_id"
KEY_RESPONDENT_NAME = "respondent"
KEY_MODEL_VERSION = "model_version"
KEY_RATING = "rating"
KEY_CRITERION = "criterion"
KEY_DIGEST = "digest"


def rating_choices(model: MaturityModel) -> list[str]:
    """The drop-down's choices: "0 Not in place" ... "3 Fully in place", then "N/A"."""
    return [f"{point.score} {point.label}" for point in model.scale] + [NOT_APPLICABLE]


def binding_digest(pairs: Sequence[tuple[str, str]]) -> str:
    """The digest of the binding's rows (the `digest` row aside): a file whose binding was
    edited, or whose rows were shuffled, no longer matches it. Unkeyed, so anyone can
    recompute it: it guards against accidental edits, and proves nothing of a file's origin
    (a file edited on purpose, its digest recomputed, reads as the respondent it names)."""
    digest = hashlib.sha256()
    for key, value in pairs:
        digest.update(f"{key}\0{value}\0\0".encode())
    return digest.hexdigest()


class RatingError(ValueError):
    """A rating cell that is not a rating: the message says why, the reader adds where."""


_LEADING_NUMBER = re.compile(r"([0-9]+)(?:\.0*)?(?:\s+(.*))?", re.DOTALL)


def parse_rating(value: object, choices: Sequence[str]) -> tuple[int | None, bool]:
    """(score, not applicable) from a rating cell as a spreadsheet stores it: 2, 2.0, "2",
    "2 Largely in place", a choice's label alone, "n/a" or "N/A"; blank is unanswered.
    `choices` are the file's own (`rating_choices`), which bound the scores.

    Refused (`RatingError`): any other text, a number off the scale or not whole, a formula,
    a true/false, a date.
    """
    scores = {int(c.split(" ", 1)[0]): c for c in choices if c != NOT_APPLICABLE}
    top = max(scores, default=0)
    if value is None:
        return None, False
    if isinstance(value, bool):
        raise RatingError(f"{'TRUE' if value else 'FALSE'} is not a rating{_hint(top)}")
    if isinstance(value, datetime | date | time):
        raise RatingError(f"a date or time is not a rating{_hint(top)}")
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise RatingError(f"{value:g} is not a rating: ratings are whole numbers{_hint(top)}")
        score = int(value)
        if score not in scores:
            raise RatingError(f"{score} is not a rating{_hint(top)}")
        return score, False
    if not isinstance(value, str):
        raise RatingError(f"{value!r} is not a rating{_hint(top)}")
    text = " ".join(value.split())
    if not text:
        return None, False
    if text.startswith("="):
        raise RatingError(f"{_shown(text)} is a formula, not a rating{_hint(top)}")
    folded = text.casefold()
    if folded in _NOT_APPLICABLE_WORDS:
        return None, True
    number = _LEADING_NUMBER.fullmatch(text)
    if number is not None:
        score = int(number.group(1))
        label = number.group(2)
        known = scores.get(score)
        if known is not None and (
            label is None or label.casefold() == known.split(" ", 1)[1].casefold()
        ):
            return score, False
        raise RatingError(f"{_shown(text)} is not a rating{_hint(top)}")
    for score, choice in scores.items():
        if folded == choice.split(" ", 1)[1].casefold():
            return score, False
    raise RatingError(f"{_shown(text)} is not a rating{_hint(top)}")


def _hint(top: int) -> str:
    return f" (choose one of the list: 0 to {top}, or {NOT_APPLICABLE})"


def _shown(text: str) -> str:
    """Text of a cell inside a one-line message: quoted, and cut when long."""
    return repr(text if len(text) <= 40 else text[:39] + "\u2026")
