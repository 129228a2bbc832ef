"""The report's Respondents section, when several people rated the assessment: each one's own
placement and index (the perception gap, by role), the ratings of every criterion by each of
them with the consensus (a heat map as tables, one per stage: colour and number, legible in
print and in black and white), and the largest disagreements with every respondent's notes.

Worded by `presentation.respondents`, as the results pane and `csmaturity show` are; the cells
take the pane's heat colours, on the paper's white.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor

from csmaturity_app.exchange.report_words import (
    no_disagreement,
    own_result_caption,
    respondents_header,
    respondents_introduction,
    spread_line,
)
from csmaturity_app.i18n import translate
from csmaturity_app.presentation.numbers import plural
from csmaturity_app.presentation.respondents import (
    CriterionSpread,
    RespondentsPresentation,
    notes_of,
    rating_cell,
    rating_words,
    role_text,
)
from csmaturity_app.store import AnswerRecord, RespondentAnswerRecord
from csmaturity_app.ui.report import style
from csmaturity_app.ui.report.blocks import Flow, ItemBlock, TextBlock
from csmaturity_app.ui.report.sections import RESPONDENTS, Sections, above, continued_gutter, text
from csmaturity_app.ui.results.heat_map import FLAG, heat_fill

MOST_DISAGREEMENTS = 12  # listed in full; any more are named by their ids
PAPER = QColor("#ffffff")
NOT_APPLICABLE_FILL = "#e6e8eb"

mm = style.mm


def add_respondents(sections: Sections) -> None:
    p = sections.report.respondents
    if p is None:
        return
    sections.section(translate("report", "Respondents"), RESPONDENTS)
    sections.para(f"<p>{text(respondents_introduction(len(p.respondents)))}</p>", mm(2.5))

    sections.heading(translate("report", "Each respondent's own result"), mm(6), level=3)
    sections.caption(text(own_result_caption()))
    header = respondents_header()
    rows = [
        [
            f"<b>{text(r.respondent.name)}</b>",
            text(role_text(r.respondent)),
            text(r.placed_label),
            text(r.index),
            text(r.answered_text),
        ]
        for r in p.respondents
    ]
    table = _table(header, rows, right=3)
    sections.add(TextBlock(sections.device, table, sections.width, Flow(mm(2)), splittable=False))

    sections.heading(translate("report", "Ratings by respondent"), mm(7), level=3)
    top = p.model.max_score
    sections.caption(
        text(
            translate(
                "report",
                "Each criterion's rating by each respondent (0 to {top}; the deeper the shade, "
                "the higher), then the consensus. N/A: not applicable; \u2013: not rated; "
                "{flag}: the scores lie 2 or more apart; (set): the facilitator set the "
                "consensus, otherwise it is the median. The criteria's statements are in the "
                "findings.",
            ).format(top=top, flag=FLAG)
        )
    )
    for stage in p.model.stages:
        members = [row for row in p.criteria if row.criterion.stage == stage.id]
        if not members:
            continue
        sections.add(
            TextBlock(
                sections.device,
                f"<p class='label'>{text(p.model.stage_label(stage))}</p>"
                + _heat_table(p, members),
                sections.width,
                Flow(mm(3.5)),
                size=style.SMALL_PT,
                splittable=False,
            )
        )

    sections.heading(translate("report", "Largest disagreements"), mm(7), level=3)
    if not p.disagreements:
        sections.para(f"<p>{text(no_disagreement())}</p>", mm(1.5))
        return
    shown = p.disagreements[:MOST_DISAGREEMENTS]
    sections.caption(
        text(
            translate(
                "report",
                "Largest range first, with every respondent's rating and the notes each one wrote.",
            )
        )
    )
    for n, row in enumerate(shown):
        sections.add(_disagreement(sections, p, row, Flow(mm(2) if n == 0 else mm(3.5))))
    rest = p.disagreements[MOST_DISAGREEMENTS:]
    if rest:
        ids = ", ".join(row.criterion.id for row in rest)
        also = plural(
            len(rest),
            translate(
                "report", "They also disagree, by a range of 2, on {count} more criterion: {ids}."
            ),
            translate(
                "report", "They also disagree, by a range of 2, on {count} more criteria: {ids}."
            ),
            ids=ids,
        )
        sections.para(f"<p class='muted'>{text(also)}</p>", mm(3))


def _disagreement(
    sections: Sections, p: RespondentsPresentation, row: CriterionSpread, flow: Flow
) -> ItemBlock:
    body = (
        f"<p><b>{text(row.criterion.statement)}</b></p>"
        f"<p class='muted' style='{above(1.5)}'>{text(spread_line(p, row))}</p>"
    )
    for r, rating in zip(p.respondents, row.ratings, strict=True):
        shown = role_text(r.respondent)
        role = shown and f" <span class='muted'>({text(shown)})</span>"
        line = f"<b>{text(r.respondent.name)}</b>{role}: {text(rating_words(p.model, rating))}"
        notes = notes_of(rating)
        if notes:
            line += f" \u2014 <i>{text(notes)}</i>"
        body += f"<p style='{above(1.5)}'>{line}</p>"
    spread = translate("report", "range {range}").format(range=row.spread.range)
    gutter = f"<p><b>{text(row.criterion.id)}</b></p><p class='muted'>{text(spread)}</p>"
    return ItemBlock(
        sections.device,
        gutter,
        body,
        sections.width,
        mm(16),
        None,
        2,
        sections.page_height,
        flow,
        continued_html=continued_gutter(row.criterion.id),
    )


def _heat_cell(
    answer: RespondentAnswerRecord | AnswerRecord | None, top: int, set_by_facilitator: bool = False
) -> str:
    """A rating as a table cell: its number on its shade (colour plus number)."""
    shown = text(rating_cell(answer))
    if set_by_facilitator:
        mark = translate("report", "(set)")
        shown = f"<b>{shown} {text(mark)}</b>"
    if answer is not None and answer.not_applicable:
        return f"<td align=center bgcolor='{NOT_APPLICABLE_FILL}'>{shown}</td>"
    if answer is None or answer.score is None:
        return f"<td align=center class='muted'>{shown}</td>"
    fill = heat_fill(answer.score, top, PAPER).name()
    return f"<td align=center bgcolor='{fill}'>{shown}</td>"


def _heat_table(p: RespondentsPresentation, rows: Sequence[CriterionSpread]) -> str:
    top = p.model.max_score
    # the same widths in every stage's table, so that a respondent's column lines up
    each = (100 - 12 - 5 - 16) // max(1, len(p.respondents))
    names = "".join(
        f"<td align=center width='{each}%'><span class='label'>{text(name)}</span></td>"
        for name in (r.respondent.name for r in p.respondents)
    )
    criterion, consensus = translate("report", "Criterion"), translate("report", "Consensus")
    head = (
        "<tr><td width='12%'><span class='label'>"
        f"{text(criterion)}</span></td><td width='5%'></td>"
        f"{names}<td align=center width='16%'><span class='label'>"
        f"{text(consensus)}</span></td></tr>"
    )
    body = []
    for row in rows:
        flag = FLAG if row.spread.disagreement else ""
        consensus = _heat_cell(row.consensus, top, row.consensus_set)
        body.append(
            f"<tr><td>{text(row.criterion.id)}</td><td align=center><b>{flag}</b></td>"
            + "".join(_heat_cell(rating, top) for rating in row.ratings)
            + consensus
            + "</tr>"
        )
    return (
        "<table width='100%' cellspacing='1' cellpadding='4'>"
        f"<thead>{head}</thead>{''.join(body)}</table>"
    )


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: int) -> str:
    """A table of rich text cells, the column `right` (a number) aligned right."""

    def cells(values: Sequence[str]) -> str:
        return "".join(
            f"<td{' align=right' if i == right else ''}>{value}</td>"
            for i, value in enumerate(values)
        )

    head = cells([f"<span class='label'>{text(h)}</span>" for h in header])
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='6'>"
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )
