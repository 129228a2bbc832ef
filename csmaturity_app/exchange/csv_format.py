"""The snapshot CSV contract (DESIGN.md): its columns, and how cells are kept safe for
spreadsheets yet round-trip exactly.
"""

from __future__ import annotations

# The contract's columns, in this order; then ours, which a file may lack (see below).
CONTRACT_COLUMNS = (
    "organization_id",
    "organization",
    "assessment_id",
    "model_id",
    "model_version",
    "assessed_on",
    "assessor",
    "status",
    "stage_level",
    "stage",
    "dimension",
    "criterion_id",
    "criterion",
    "score",
    "score_label",
    "not_applicable",
    "notes",
    "updated_at",
)

# What the contract does not carry but a merge needs to give back the same data:
# - model_digest: the sha256 of the exact maturity model version (two definitions may share an
#   id and version string, e.g. a user's edited file); without it, the id and version are used.
# - the organization's and assessment's own timestamps, so renames and status changes merge by
#   "newest wins" like answers do.
# - model_definition: the whole definition (JSON), on the first row of each model version in
#   the file only, so a laptop without that version can still import and score it as taken.
# - needs_review (per answer) and carried_from (per assessment): what carrying an assessment
#   forward to a newer model version marks; added later, so a file may lack them.
EXTRA_COLUMNS = (
    "model_digest",
    "organization_created_at",
    "organization_updated_at",
    "assessment_created_at",
    "assessment_updated_at",
    "model_definition",
    "needs_review",
    "carried_from",
)

# Respondents (added later again; a file may lack them). The contract's rows stay the
# consensus, as every reader knows them; `from_respondents` says which answers are the
# respondents' median. Then each respondent's ratings travel on rows of their own, one per
# criterion they rated (one with no rating when they rated none), which leave the contract's
# answer cells empty: an older reader takes such a row for an unanswered criterion and skips
# it, where it would otherwise merge a respondent's rating over the consensus. The
# respondent's own cells repeat on each of their rows, as an assessment's do.
RESPONDENT_COLUMNS = (
    "from_respondents",
    "respondent_id",
    "respondent",
    "respondent_role",
    "respondent_position",
    "respondent_created_at",
    "respondent_updated_at",
    "respondent_collected_at",
    "respondent_collected_digest",
    "respondent_score",
    "respondent_not_applicable",
    "respondent_notes",
    "respondent_answered_at",
)
# The cells of a respondent that repeat on each of their rows, and of their rating.
RESPONDENT_CELLS = RESPONDENT_COLUMNS[1:9]
RATING_CELLS = RESPONDENT_COLUMNS[9:]

# The consultant's own notes on an answer (added later again; a file may lack it), on the
# consensus rows only. A client-safe snapshot leaves the column out altogether rather than
# blank: importing it must keep the importer's private notes, which an empty cell would erase.
PRIVATE_NOTES_COLUMN = "private_notes"
# When they were written ('' for never): private notes merge apart from the answer, newest
# stamp wins, so that a file from a copy that never held them cannot erase them.
PRIVATE_NOTES_AT_COLUMN = "private_notes_at"

# Organizations' plans (added later again; a file may lack them): after an organization's
# assessment rows, a row per target and a row per action, with the organization's cells and
# `model_id` filled and every assessment and answer cell empty (an older reader refuses such a
# row rather than take it for an answer). A reader tells them by `target_updated_at` or
# `action_id` being set. A cleared target travels too (its stage empty): clearing is a change
# a merge must carry. `action_private_notes` and `action_private_notes_at` are left out of a
# client-safe file, as above.
TARGET_COLUMNS = (
    "target_stage_level",
    "target_due_on",
    "target_created_at",
    "target_updated_at",
)
ACTION_COLUMNS = (
    "action_id",
    "action_criterion_id",
    "action_title",
    "action_owner",
    "action_due_on",
    "action_status",
    "action_notes",
    "action_private_notes",
    "action_private_notes_at",
    "action_position",
    "action_source_assessment_id",
    "action_since",
    "action_created_at",
    "action_updated_at",
)
PLAN_ROW_COLUMNS = TARGET_COLUMNS + ACTION_COLUMNS
# The contract's cells a plan's row may fill too: the first row on a model no assessment of
# the file is on carries the model's newest stored version.
PLAN_MODEL_COLUMNS = ("model_version", "model_digest", "model_definition")
# What a client-safe snapshot leaves out.
PRIVATE_COLUMNS = frozenset(
    {
        PRIVATE_NOTES_COLUMN,
        PRIVATE_NOTES_AT_COLUMN,
        "action_private_notes",
        "action_private_notes_at",
    }
)

SNAPSHOT_COLUMNS = (
    CONTRACT_COLUMNS
    + EXTRA_COLUMNS
    + RESPONDENT_COLUMNS
    + (PRIVATE_NOTES_COLUMN, PRIVATE_NOTES_AT_COLUMN)
    + PLAN_ROW_COLUMNS
)
CLIENT_SAFE_COLUMNS = tuple(c for c in SNAPSHOT_COLUMNS if c not in PRIVATE_COLUMNS)

TRUE, FALSE = "true", "false"

# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r\n")


def _needs_quote(value: str) -> bool:
    """A value to prefix with `'` on export: formula-like, or one that would read as escaped.

    `'=1` must come back as `'=1`, so it is written `''=1`: a value needs the quote when,
    past any leading quotes, it starts like a formula. Then every number of leading quotes
    round-trips.
    """
    rest = value.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_STARTS


def neutralise(value: str) -> str:
    """A cell safe to open in a spreadsheet (a leading `'` before formula-like text)."""
    return "'" + value if _needs_quote(value) else value


def restore(value: str) -> str:
    """The value `neutralise` was given: `restore(neutralise(v)) == v` for every string."""
    if value[:1] == "'" and _needs_quote(value[1:]):
        return value[1:]
    return value
