"""What `csmaturity show` says of an assessment's respondents: the `respondents` and `spreads`
keys of its JSON, its CSV rows, and the short block its table ends with when there are
several. Worded by `presentation.respondents`, as the results pane and the report are."""

from __future__ import annotations

import textwrap
from typing import Any

from csmaturity_app.i18n import translate
from csmaturity_app.listing import render
from csmaturity_app.presentation.respondents import (
    RespondentsPresentation,
    consensus_text,
    notes_of,
    rating_words,
    respondent_label,
    role_text,
    spread_text,
)


def respondents_json(p: RespondentsPresentation) -> list[dict[str, Any]]:
    """Each respondent with their own result, under the assessment's own keys."""
    return [
        {
            "id": r.respondent.id,
            "name": r.respondent.name,
            "role": r.respondent.role,
            "placed_stage": r.result.placed_label,
            "placed_level": r.placed_level,
            "maturity_index": round(r.maturity_index, 4),
            "answered": r.answered,
        }
        for r in p.respondents
    ]


def spreads_json(p: RespondentsPresentation) -> list[dict[str, Any]]:
    """Each criterion, in model order: every respondent's rating, the range, the consensus."""
    people = [r.respondent for r in p.respondents]
    rows = []
    for row in p.criteria:
        consensus = row.consensus if row.consensus_answered else None
        rows.append(
            {
                "criterion_id": row.criterion.id,
                "ratings": [
                    {
                        "respondent_id": who.id,
                        "respondent": who.name,
                        "score": None if rating is None else rating.score,
                        "not_applicable": rating is not None and rating.not_applicable,
                    }
                    for who, rating in zip(people, row.ratings, strict=True)
                ],
                "low": row.spread.low,
                "high": row.spread.high,
                "range": row.spread.range,
                "disagreement": row.spread.disagreement,
                "consensus": None if consensus is None else consensus.score,
                "consensus_not_applicable": consensus is not None and consensus.not_applicable,
                "consensus_set": row.consensus_set,
            }
        )
    return rows


def respondents_rows(p: RespondentsPresentation) -> list[dict[str, object]]:
    """`show --format csv`'s rows for respondents: one per respondent (their placement), one
    per disagreement (the spread, then the consensus)."""
    rows: list[dict[str, object]] = [
        {
            "section": "respondent",
            "id": r.respondent.id,
            "name": respondent_label(r.respondent),
            "value": round(r.maturity_index, 4),
            "detail": f"{r.placed_label}; {r.answered_text}",
        }
        for r in p.respondents
    ]
    rows += [
        {
            "section": "disagreement",
            "id": row.criterion.id,
            "name": row.criterion.statement,
            "value": row.spread.range,
            "detail": translate("cli", "{spread_text}; consensus {consensus_text}").format(
                spread_text=spread_text(row.spread), consensus_text=consensus_text(p.model, row)
            ),
        }
        for row in p.disagreements
    ]
    return rows


def describe_respondents(p: RespondentsPresentation, width: int) -> str:
    """The table format's block: each respondent's placement, then the disagreements with
    every rating and note. Empty for a single voice (the verdict above is theirs)."""
    if not p.several:
        return ""
    table = [
        {
            "respondent": r.respondent.name,
            "role": role_text(r.respondent),
            "placed at": r.placed_label,
            "index": r.index,
            "answered": r.answered_text,
        }
        for r in p.respondents
    ]
    out = ["", translate("cli", "Respondents"), render(table, list(table[0]), "table")]
    if not p.disagreements:
        out += [
            "",
            translate("cli", "The respondents disagree on no criterion (a range of 2 or more)."),
        ]
        return "\n".join(out)
    out += [
        "",
        translate("cli", "Disagreements ({count}), largest first").format(
            count=len(p.disagreements)
        ),
    ]
    for row in p.disagreements:
        out.append(
            textwrap.fill(
                f"{row.criterion.id}  {row.criterion.statement}",
                width,
                initial_indent="  ",
                subsequent_indent="      ",
            )
        )
        out.append(
            translate("cli", "      {spread_text}; consensus {consensus_text}").format(
                spread_text=spread_text(row.spread), consensus_text=consensus_text(p.model, row)
            )
        )
        for r, rating in zip(p.respondents, row.ratings, strict=True):
            line = f"{r.respondent.name}: {rating_words(p.model, rating)}"
            notes = notes_of(rating)
            if notes:
                line += f" \u2014 {' '.join(notes.split())}"
            out.append(
                textwrap.fill(line, width, initial_indent="      ", subsequent_indent="        ")
            )
    return "\n".join(out)
