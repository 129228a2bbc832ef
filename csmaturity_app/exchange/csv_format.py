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

SNAPSHOT_COLUMNS = CONTRACT_COLUMNS + EXTRA_COLUMNS + RESPONDENT_COLUMNS

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
