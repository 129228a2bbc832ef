"""The checks of one value that came from elsewhere: a snapshot's cell, or a column of a row
pulled from the team server. Both are untrusted input, checked by the same rules and in the
same words, before anything is written; each caller names where the value was (a file's row
and column, a server's table and record).

A refused value raises `RowProblem`, which carries the column it was found in.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import MaturityModel, ModelFileError, parse_model_json
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.limits import MAX_ID, MAX_LEVEL, MIN_LEVEL
from csmaturity_app.maturity.shipped import impostor_problem
from csmaturity_app.store.clock import future_limit, parse_date
from csmaturity_app.store.errors import StoreError
from csmaturity_app.store.records import ACTION_STATUSES, STATUSES
from csmaturity_app.store.text import CONTROL, MAX_ASSESSOR, clean_name

DIGEST = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# The store's form of a time, which sorts as it reads ("newest wins" compares the strings).
STORED_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00")
# Ids as a model file writes them (`maturity.loader`).
_MODEL_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_CRITERION_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SHOWN = 60  # characters of a refused value quoted in a message: one line, whatever it holds


class RowProblem(StoreError):
    """One value refused; `column` names where it was (the caller says which row)."""

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


def shown(value: object) -> str:
    """A value as a message quotes it: its repr (control characters escaped), cut short."""
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026"


def check_text(value: object, column: str) -> str:
    """Text without stray control characters (a store never holds them)."""
    if not isinstance(value, str):
        raise RowProblem(
            translate("store", "{shown} is not text").format(shown=shown(value)), column
        )
    found = CONTROL.search(value)
    if found:
        raise RowProblem(
            translate("store", "a control character (U+{ord:04X}) is not text").format(
                ord=ord(found.group())
            ),
            column,
        )
    return value


def check_id(value: object, column: str) -> str:
    """A record's id: a UUID in the usual form, as the store makes them."""
    if isinstance(value, str) and _UUID.fullmatch(value):
        return value  # the usual form: what `str(uuid.UUID(value))` gives back
    if not isinstance(value, str):
        raise RowProblem(
            translate("store", "{shown} is not an id (a UUID)").format(shown=shown(value)), column
        )
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        raise RowProblem(
            translate("store", "{shown} is not an id (a UUID)").format(shown=shown(value)), column
        ) from None
    if str(parsed) != value:
        raise RowProblem(
            translate(
                "store", "{shown} is not an id in the usual form (lower-case, with hyphens)"
            ).format(shown=shown(value)),
            column,
        )
    return value


def check_digest(value: object, column: str) -> str:
    """A model version's name: the sha256 of its canonical definition, in hex."""
    if not isinstance(value, str) or not DIGEST.fullmatch(value):
        raise RowProblem(
            translate("store", "{shown} is not a model digest").format(shown=shown(value)), column
        )
    return value


def stamp_of(value: str, column: str) -> str:
    """A time (ISO 8601, UTC when it does not say) in the store's form."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise RowProblem(
            translate("store", "{shown} is not a date and time (ISO 8601)").format(
                shown=shown(value)
            ),
            column,
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except OverflowError:  # e.g. 9999-12-31T23:59:59-05:00: past the last UTC year
        raise RowProblem(
            translate("store", "{shown} is not a time that can be stored").format(
                shown=shown(value)
            ),
            column,
        ) from None


def check_stamp(value: object, column: str) -> str:
    """A time already in the store's form (UTC, to the microsecond): another form would sort
    wrongly against the store's own stamps, and so pick the wrong winner."""
    if isinstance(value, str) and STORED_STAMP.fullmatch(value):
        try:
            datetime.fromisoformat(value)
            return value
        except ValueError:
            pass
    stamp = stamp_of(value, column)  # type: ignore[arg-type]  # a non-str is refused there
    if stamp != value:
        raise RowProblem(
            translate(
                "store",
                "{shown} is not a time in the store's form (UTC, to the microsecond, e.g. {stamp})",
            ).format(shown=shown(value), stamp=stamp),
            column,
        )
    return stamp


def check_private_stamp(value: object, column: str = "private_notes_at") -> str:
    """When private notes were last written: a stamp in the store's form, or '' for never."""
    return "" if value == "" else check_stamp(value, column)


def check_date(value: object, column: str = "assessed_on") -> str:
    """An assessment's date, written YYYY-MM-DD."""
    try:
        parse_date(value)  # type: ignore[arg-type]
    except (StoreError, TypeError):
        raise RowProblem(
            translate("store", "{shown} is not a date (YYYY-MM-DD)").format(shown=shown(value)),
            column,
        ) from None
    return value  # type: ignore[return-value]


def check_status(value: object, column: str = "status") -> str:
    if value not in STATUSES:
        raise RowProblem(
            translate("store", "{shown} is not a status: use draft or complete").format(
                shown=shown(value)
            ),
            column,
        )
    return str(value)


def check_model_id(value: object, column: str = "model_id") -> str:
    """A maturity model's id (any version), as a model file writes them."""
    if not isinstance(value, str) or len(value) > MAX_ID or not _MODEL_ID.fullmatch(value):
        raise RowProblem(
            translate("store", "{shown} is not a maturity model's id").format(shown=shown(value)),
            column,
        )
    return value


def check_criterion_id(value: object, column: str = "criterion_id") -> str:
    """A criterion's id, as a model file writes them (whichever model: not checked here)."""
    if not isinstance(value, str) or len(value) > MAX_ID or not _CRITERION_ID.fullmatch(value):
        raise RowProblem(
            translate("store", "{shown} is not a criterion's id").format(shown=shown(value)), column
        )
    return value


def check_stage_level(value: object, column: str = "stage_level") -> int | None:
    """A target's stage, by its level (None: the target was cleared): a level a model file
    may give a stage. One rule for every way in: the store, a snapshot, a pull."""
    if value is not None and (type(value) is not int or not MIN_LEVEL <= value <= MAX_LEVEL):
        raise RowProblem(
            translate(
                "store",
                "{shown} is not a stage level (a whole number from {min_level} to "
                "{max_level}, or empty for a target cleared)",
            ).format(shown=shown(value), min_level=MIN_LEVEL, max_level=MAX_LEVEL),
            column,
        )
    return value


def check_plan_date(value: object, column: str) -> str:
    """A date of the plan (a target's or an action's): YYYY-MM-DD, or '' for none."""
    return "" if value == "" else check_date(value, column)


def check_action_status(value: object, column: str = "status") -> str:
    if value not in ACTION_STATUSES:
        raise RowProblem(
            translate("store", "{shown} is not an action's status: use {statuses}").format(
                shown=shown(value), statuses=", ".join(ACTION_STATUSES)
            ),
            column,
        )
    return str(value)


def check_flag(value: object, column: str) -> int:
    """A yes / no column as the store holds it: 0 or 1."""
    if value is True or value is False or value not in (0, 1):
        raise RowProblem(
            translate("store", "{shown} is neither true nor false").format(shown=shown(value)),
            column,
        )
    return 1 if value else 0


def check_answer_state(score: int | None, not_applicable: int) -> int | None:
    """The score, unless the answer also says not applicable."""
    if not_applicable and score is not None:
        raise RowProblem(
            translate("store", "a criterion is either scored or not applicable, not both"), "score"
        )
    return score


MAX_POSITION = 1_000_000  # a respondent's place in their assessment's list


def check_person(value: object, column: str, required: bool = True) -> str:
    """A respondent's name (`required`) or role, as the store keeps them: one line, single
    spaces, none around, at most `MAX_ASSESSOR` characters. Returned cleaned: a caller that
    must hold the store's form exactly compares."""
    text = clean_name(check_text(value, column))
    if required and not text:
        raise RowProblem(translate("store", "a respondent needs a name"), column)
    if len(text) > MAX_ASSESSOR:
        if required:
            said = translate("store", "a respondent's name may have at most {max} characters")
        else:
            said = translate("store", "a respondent's role may have at most {max} characters")
        raise RowProblem(said.format(max=MAX_ASSESSOR), column)
    return text


def check_position(value: object, column: str = "position") -> int:
    """A place in a list: a whole number from 0."""
    if type(value) is not int or not 0 <= value <= MAX_POSITION:
        raise RowProblem(
            translate("store", "{shown} is not a position (a whole number from 0)").format(
                shown=shown(value)
            ),
            column,
        )
    return value


def check_collected(collected_at: object, digest: object) -> None:
    """What was last collected from a respondent: the time the questionnaire says it was
    filled (ISO 8601) and the digest of its answers, each empty when there is none."""
    if collected_at != "":
        if not isinstance(collected_at, str) or len(collected_at) > 64:
            raise RowProblem(
                translate("store", "{shown} is not a date and time").format(
                    shown=shown(collected_at)
                ),
                "collected_at",
            )
        stamp_of(collected_at, "collected_at")
    if digest != "" and (not isinstance(digest, str) or not DIGEST.fullmatch(digest)):
        raise RowProblem(
            translate("store", "{shown} is not a digest of answers").format(shown=shown(digest)),
            "collected_digest",
        )


class Future:
    """Stamps more than `clock.FUTURE_ALLOWANCE` ahead of this computer's clock (a wrong clock
    where they were written: they would win over every later change), counted by row."""

    def __init__(self) -> None:
        self.limit = future_limit()
        self.rows = 0
        self.latest = ""

    def ahead(self, *stamps: str | None) -> bool:
        """Counts the row if one of its stamps is ahead (stamps in the store's form)."""
        ahead = [s for s in stamps if s and s > self.limit]
        if ahead:
            self.rows += 1
            self.latest = max(self.latest, *ahead)
        return bool(ahead)


@dataclass(frozen=True)
class AnswerRules:
    """What an answer of one model version may hold: its criteria and its scale's scores."""

    model: MaturityModel
    criteria: frozenset[str]
    scores: dict[str, int]  # as a file writes them -> the score
    allowed: frozenset[int]

    @classmethod
    def of(cls, model: MaturityModel) -> AnswerRules:
        scores = {str(point.score): point.score for point in model.scale}
        return cls(model, frozenset(model.criteria_by_id), scores, frozenset(scores.values()))

    def criterion(self, criterion_id: object) -> None:
        if criterion_id not in self.criteria:
            model = self.model
            raise RowProblem(
                translate(
                    "store", "{shown} is not a criterion of {title} version {version}"
                ).format(shown=shown(criterion_id), title=model.title, version=model.version),
                "criterion_id",
            )

    def score_cell(self, cell: str) -> int | None:
        """A score as a file writes it ("" for none)."""
        score = self.scores.get(cell)
        if score is None and cell != "":
            raise RowProblem(
                translate("store", "{shown} is not a score: use {scores} or leave it empty").format(
                    shown=shown(cell), scores=", ".join(self.scores)
                ),
                "score",
            )
        return score

    def score(self, score: object) -> None:
        """A score as the store holds it (None for none)."""
        if score is not None and (type(score) is not int or score not in self.allowed):
            raise RowProblem(
                translate("store", "{shown} is not a score ({min} to {max})").format(
                    shown=shown(score), min=min(self.allowed), max=max(self.allowed)
                ),
                "score",
            )


def carried_model(definition: object, digest: str) -> MaturityModel:
    """A definition from elsewhere, read by the loader as strictly as a model file, matching
    its digest, and refused if it passes itself off as a model this installation ships."""
    column = "model_definition"
    if not isinstance(definition, str):
        raise RowProblem(
            translate("store", "{shown} is not a maturity model definition").format(
                shown=shown(definition)
            ),
            column,
        )
    try:
        model = parse_model_json(definition, column)
    except ModelFileError as exc:
        raise RowProblem(
            translate(
                "store", "the maturity model definition is damaged or invalid ({value})"
            ).format(value=exc.problems[0]),
            column,
        ) from None
    if definition_digest(canonical_definition(model)) != digest:
        raise RowProblem(
            translate(
                "store", "the maturity model definition does not match its digest (was it edited?)"
            ),
            column,
        )
    problem = impostor_problem(model, digest)
    if problem is not None:
        raise RowProblem(
            translate("store", "the maturity model definition is refused: {problem}").format(
                problem=problem
            ),
            column,
        )
    return model
