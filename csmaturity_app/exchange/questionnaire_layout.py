"""What a questionnaire file holds and where: its sheets, its columns, the binding's keys, and
the one reading of a rating cell. The writer and the reader both follow this module, so a file
this version writes is a file it reads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, time

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import MaturityModel

# The sheets' names in the source language. A file names its questionnaire sheet in its own
# language and records that name in the binding (`KEY_SHEET`), so reading never depends on
# the words of a language; a file without that row is read by these names.
INSTRUCTIONS_SHEET = "Instructions"
QUESTIONNAIRE_SHEET = "Questionnaire"
BINDING_SHEET = "Binding"  # hidden, never translated: which assessment, respondent, model

COLUMNS = ("criterion_id", "stage", "dimension", "criterion", "evidence", "rating", "notes")
# What reading needs; the other columns are there for the person filling the file in.
NEEDED_COLUMNS = ("criterion_id", "rating", "notes")
HEADER_ROW = 1

NOT_APPLICABLE = "N/A"  # the source language's choice; a file's own is in its binding
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
# Written after the criteria, so the rating rows keep their place: the questionnaire sheet's
# name and each column's heading as the file words them ("heading.rating" -> "Note").
KEY_SHEET = "sheet"
KEY_HEADING = "heading."


def sheet_names() -> tuple[str, str]:
    """(instructions, questionnaire): the sheets' names in the language in effect."""
    return (
        translate("questionnaire", "Instructions", "sheet name"),
        translate("questionnaire", "Questionnaire", "sheet name"),
    )


def column_headings() -> dict[str, str]:
    """Each column's heading in the language in effect. The source language's headings are
    the column keys themselves, as files have always had them."""
    return {
        "criterion_id": translate("questionnaire", "criterion_id", "column heading"),
        "stage": translate("questionnaire", "stage", "column heading"),
        "dimension": translate("questionnaire", "dimension", "column heading"),
        "criterion": translate("questionnaire", "criterion", "column heading"),
        "evidence": translate("questionnaire", "evidence", "column heading"),
        "rating": translate("questionnaire", "rating", "column heading"),
        "notes": translate("questionnaire", "notes", "column heading"),
    }


def not_applicable_choice() -> str:
    """The drop-down's last choice, in the language in effect: "N/A"."""
    return translate("questionnaire", "N/A", "rating choice")


def rating_choices(model: MaturityModel) -> list[str]:
    """The drop-down's choices: "0 Not in place" ... "3 Fully in place", then "N/A", in the
    words of `model` (localized) and of the language in effect."""
    return [f"{point.score} {point.label}" for point in model.scale] + [not_applicable_choice()]


def _is_score(choice: str) -> bool:
    return choice.split(" ", 1)[0].isdigit()


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
    scores = {int(c.split(" ", 1)[0]): c for c in choices if _is_score(c)}
    not_applicable = [c for c in choices if not _is_score(c)] or [NOT_APPLICABLE]
    words = _NOT_APPLICABLE_WORDS | {c.casefold() for c in not_applicable}
    hint = _hint(max(scores, default=0), not_applicable[0])
    if value is None:
        return None, False
    if isinstance(value, bool):
        raise RatingError(_not_a_rating("TRUE" if value else "FALSE", hint))
    if isinstance(value, datetime | date | time):
        raise RatingError(translate("questionnaire", "a date or time is not a rating") + hint)
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            raise RatingError(
                translate(
                    "questionnaire", "{value} is not a rating: ratings are whole numbers"
                ).format(value=f"{value:g}")
                + hint
            )
        score = int(value)
        if score not in scores:
            raise RatingError(_not_a_rating(str(score), hint))
        return score, False
    if not isinstance(value, str):
        raise RatingError(_not_a_rating(repr(value), hint))
    text = " ".join(value.split())
    if not text:
        return None, False
    if text.startswith("="):
        raise RatingError(
            translate("questionnaire", "{text} is a formula, not a rating").format(
                text=_shown(text)
            )
            + hint
        )
    folded = text.casefold()
    if folded in words:
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
        raise RatingError(_not_a_rating(_shown(text), hint))
    for score, choice in scores.items():
        if folded == choice.split(" ", 1)[1].casefold():
            return score, False
    raise RatingError(_not_a_rating(_shown(text), hint))


def _hint(top: int, not_applicable: str) -> str:
    return translate("questionnaire", " (choose one of the list: 0 to {top}, or {na})").format(
        top=top, na=not_applicable
    )


def _not_a_rating(shown: str, hint: str) -> str:
    return translate("questionnaire", "{value} is not a rating").format(value=shown) + hint


def _shown(text: str) -> str:
    """Text of a cell inside a one-line message: quoted, and cut when long."""
    return repr(text if len(text) <= 40 else text[:39] + "\u2026")
