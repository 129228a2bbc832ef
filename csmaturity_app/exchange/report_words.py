"""The report's own sentences and labels that the PDF (`ui/report`) and the DOCX report
(`report_docx`) both write, worded once in the language in effect: a report's language may
differ from the window's, so these read `translate`, never Qt's `tr`."""

from __future__ import annotations

from csmaturity_app.exchange.report_content import Report
from csmaturity_app.i18n import formats, translate
from csmaturity_app.presentation.numbers import plural
from csmaturity_app.presentation.respondents import (
    CriterionSpread,
    RespondentsPresentation,
    consensus_text,
    spread_text,
)


def version_words(version: str) -> str:
    """ "version 2.0.0"."""
    return translate("report", "version {version}").format(version=version)


def answered_of(answered: int, total: int) -> str:
    """ "19 of 36 criteria answered", as a stage's line says it."""
    return plural(
        answered,
        translate("report", "{count} of {total} criteria answered"),
        translate("report", "{count} of {total} criteria answered", "plural"),
        total=formats.integer(total),
    )


def stage_caption(report: Report) -> str:
    """What the stage attainment chart shows."""
    caption = translate(
        "report",
        "How far each stage is attained: the mean rating of its applicable criteria as a "
        "share of the top rating (unanswered criteria count as 0). A stage is achieved at "
        "{threshold} (dashed line); faded bars are not achieved",
    ).format(threshold=report.threshold)
    if any(s.by_definition for s in report.stages):
        return caption + translate("report", ", hatched ones achieved by definition (no criteria).")
    return caption + "."


def dimension_caption() -> str:
    return translate(
        "report",
        "The same measure for each dimension of the model, across every stage: where the "
        "organization is strong and where it is weak.",
    )


def history_header(several_models: bool) -> list[str]:
    """The progression table's columns: the model's only when several were used."""
    return (
        [translate("report", "Assessed on")]
        + [translate("report", "Maturity model")] * several_models
        + [
            translate("report", "Status"),
            translate("report", "Placed at"),
            translate("report", "Index"),
        ]
    )


def this_report() -> str:
    """After the status of the report's own assessment in the progression table."""
    return translate("report", "(this report)")


def actions_caption() -> str:
    return translate(
        "report",
        "In the plan's order. Overdue: open or in progress past its due date (shaded). "
        "Achieved: a later assessment rates its criterion fully in place.",
    )


def actions_header() -> list[str]:
    return [
        "#",
        translate("report", "Stage"),
        translate("report", "Action"),
        translate("report", "Owner"),
        translate("report", "Due"),
        translate("report", "Status"),
        translate("report", "State"),
    ]


def scale_words(report: Report) -> str:
    """ "0 not in place, 1 partially in place, …": the model's scale, in a sentence."""
    return ", ".join(f"{p.score} {p.label.lower()}" for p in report.model.scale)


def typical_label(report: Report) -> str:
    """ "A typical organization at this phase, where Acme is placed:"."""
    return translate(
        "report", "A typical organization at this {stage}, where {organization} is placed:"
    ).format(stage=report.model.stage_word.lower(), organization=report.cover.organization)


def no_criteria_text(report: Report) -> str:
    return translate(
        "report", "This {stage} has no criteria: it is achieved by definition."
    ).format(stage=report.model.stage_word.lower())


def threshold_sentence(report: Report) -> str:
    """Said from the model's figure, whatever the model file's own wording of the rule."""
    return translate("report", "A stage is achieved at an attainment of {threshold}.").format(
        threshold=report.threshold
    )


def glossary_introduction() -> str:
    return translate("report", "The terms of the maturity model and of this report.")


def roadmap_entry() -> str:
    return translate("report", "Roadmap: the targets and the plan's actions")


def respondents_entry() -> str:
    return translate(
        "report", "Respondents: each one's result, their ratings and where they disagree"
    )


def page_of(number: int, count: int) -> str:
    """ "Page 3 of 9"."""
    return translate("report", "Page {number} of {count}").format(
        number=formats.integer(number), count=formats.integer(count)
    )


def footer_start(report: Report) -> str:
    """ "Acme · assessed on 14 March 2025 · Draft": the footer's left part."""
    cover = report.cover
    start = translate("report", "{organization} \u00b7 assessed on {date}").format(
        organization=cover.organization, date=formats.long_date(cover.assessed_on)
    )
    return start + (f" \u00b7 {cover.status}" if cover.draft else "")


def respondents_introduction(count: int) -> str:
    """What the Respondents section is about, and what the scored ratings are."""
    return (
        plural(
            count,
            translate("report", "{count} person rated this assessment."),
            translate("report", "{count} people rated this assessment."),
        )
        + " "
        + translate(
            "report",
            "The ratings scored in this report are their consensus: on each criterion, the rating "
            "the facilitator set, or else the median of the respondents' ratings, rounded down "
            "(not applicable only when most of them say so). They disagree on a criterion when "
            "their scores lie 2 or more apart.",
        )
    )


def own_result_caption() -> str:
    return translate(
        "report",
        "Each respondent's ratings alone, scored by the same rule as the assessment: where each "
        "of them would place the organization.",
    )


def respondents_header() -> list[str]:
    return [
        translate("report", "Respondent"),
        translate("report", "Role"),
        translate("report", "Placed at"),
        translate("report", "Index"),
        translate("report", "Answered"),
    ]


def no_disagreement() -> str:
    return translate("report", "The respondents disagree on no criterion.")


def spread_line(p: RespondentsPresentation, row: CriterionSpread) -> str:
    """ "Ratings 1 to 3 (range 2); consensus 1 Partially in place (median)"."""
    return translate("report", "Ratings {spread}; consensus {consensus}").format(
        spread=spread_text(row.spread), consensus=consensus_text(p.model, row)
    )
