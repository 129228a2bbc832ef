"""The report of an assessment as a Word document (DOCX, python-docx), for a consultant to
brand and reword in Word or LibreOffice Writer before handing it over.

It says what the PDF says (`report_content` decides every sentence and figure) with the
structures a word processor edits: headings in the Heading 1-3 styles (the navigation pane
and a table of contents find them), real tables in a bordered style whose header row repeats
on every page, and the charts as pictures. The charts are drawn by `ui/` (this layer has no
Qt) and handed in as PNG bytes. User text goes in as plain text runs: a note holding `<b>` or
`{{` stays literal.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from csmaturity_app import APP_NAME, i18n, version
from csmaturity_app.exchange.output_files import replacing_file
from csmaturity_app.exchange.report_content import (
    CriterionAnswer,
    Report,
    addition_tag,
    long_date,
    private_note_mark,
)
from csmaturity_app.exchange.report_words import (
    actions_caption,
    actions_header,
    answered_of,
    dimension_caption,
    footer_start,
    glossary_introduction,
    history_header,
    no_criteria_text,
    no_disagreement,
    respondents_header,
    respondents_introduction,
    scale_words,
    spread_line,
    stage_caption,
    this_report,
    threshold_sentence,
    typical_label,
    version_words,
)
from csmaturity_app.i18n import formats, translate
from csmaturity_app.presentation import index_text
from csmaturity_app.presentation.respondents import (
    notes_of,
    rating_cell,
    rating_words,
    role_text,
)
from csmaturity_app.store import without_controls

DAGGER = "\u2020"  # marks a criterion written for CS Maturity, as in the PDF

TABLE_STYLE = "Table Grid"  # in python-docx's template and Word's: a border on every cell
MUTED = RGBColor(0x59, 0x63, 0x6E)
WARNING = RGBColor(0x9A, 0x5B, 0x00)
OVERDUE_FILL = "FDF3E1"  # as the PDF shades an overdue row (it says "Overdue" too)
HEADER_FILL = "F3F5F7"
PRIVATE_RUN = {"italic": True, "warning": True}  # a private note in a table cell
TEXT_WIDTH_MM = 170.0  # A4 less margins of 20 mm


@dataclass(frozen=True)
class ReportImages:
    """The charts as PNG files' bytes, drawn by the window's chart classes (ui/report)."""

    stages: bytes
    dimensions: bytes
    progression: bytes | None = None  # None: fewer than two completed assessments


def write_report_docx(report: Report, out: Path, images: ReportImages) -> Path:
    """Write the report to `out` (written beside it, then moved onto it: a failure leaves no
    half file, and an earlier `out` as it was). Raises UserFacingError if it cannot."""
    return save_report_docx(report_document(report, images), Path(out))


def save_report_docx(document: Any, out: Path) -> Path:
    """Save a built report to `out`, beside it and then moved onto it; its errors are in the
    language in effect, which the caller may have left (the user's, not the file's)."""
    with replacing_file(Path(out)) as temporary:
        document.save(str(temporary))
    return Path(out)


def language_tag() -> str:
    """The language in effect as Word tags it: "en-US" (the house's), "fr-FR": the language
    with its most likely country (CLDR's likely subtags)."""
    code = i18n.current_language()
    if code == i18n.SOURCE_LANGUAGE:
        return "en-US"
    from babel.core import get_global

    likely = str(get_global("likely_subtags").get(code, code)).split("_")
    return f"{likely[0]}-{likely[-1]}" if len(likely) > 1 else likely[0]


def report_document(report: Report, images: ReportImages) -> Any:
    """The report as a python-docx Document (saved by `write_report_docx`)."""
    writer = _Writer(report, images)
    writer.build()
    return writer.doc


class _Writer:
    def __init__(self, report: Report, images: ReportImages) -> None:
        self.report = report
        self.images = images
        self.doc = Document()
        self.legend_shown = False

    def build(self) -> None:
        self.page_setup()
        self.properties()
        self.cover()
        self.results()
        self.respondents()
        self.next_steps()
        self.roadmap()
        self.findings()
        self.about()
        self.glossary()

    # -- the document: page, styles, properties, header and footer

    def page_setup(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        section.header_distance = section.footer_distance = Mm(10)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)
        cover = self.report.cover
        # the running header from page 2 (the cover has none), the footer on every page
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        self._run(header, f"{cover.organization} \u2014 {cover.model_title}", muted=True, size=8)
        page = translate("report", "Page")
        for footer in (section.footer, section.first_page_footer):
            line = footer.paragraphs[0]
            self._run(line, f"{footer_start(self.report)} \u00b7 {page} ", muted=True, size=8)
            _page_number(line)

    def properties(self) -> None:
        """Title and subject; no name or date of this machine (python-docx's template says
        "python-docx" and a fixed date): the assessor as the author, the report's date."""
        cover = self.report.cover
        core = self.doc.core_properties
        on = cover.assessed_on.isoformat()
        title = f"{cover.organization} \u2014 {cover.model_title} \u2014 {on}"
        core.title = without_controls(title)
        core.subject = without_controls(
            translate("report", "Customer-success maturity assessment of {organization}").format(
                organization=cover.organization
            )
        )
        core.author = without_controls(cover.assessor)
        core.last_modified_by = ""
        core.keywords = translate("report", "customer success; maturity assessment")
        core.comments = translate("report", "Made with {app} {version}").format(
            app=APP_NAME, version=version()
        )
        core.category = translate("report", "Maturity assessment report")
        core.revision = 1
        core.language = language_tag()
        made = datetime.combine(cover.generated_on, time(0, 0), tzinfo=UTC)
        core.created = core.modified = made.replace(tzinfo=None)
        self.tag_language()

    def tag_language(self) -> None:
        """The document's own language, the report's: Word spell-checks and hyphenates in it
        (python-docx's template says en-US whatever the text)."""
        tag = language_tag()
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        run_defaults = defaults.find(qn("w:rPrDefault"))
        if run_defaults is None:
            run_defaults = OxmlElement("w:rPrDefault")
            defaults.insert(0, run_defaults)
        properties = run_defaults.find(qn("w:rPr"))
        if properties is None:
            properties = OxmlElement("w:rPr")
            run_defaults.append(properties)
        lang = properties.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            properties.append(lang)
        lang.set(qn("w:val"), tag)
        settings = self.doc.settings.element
        theme = settings.find(qn("w:themeFontLang"))
        if theme is None:
            theme = OxmlElement("w:themeFontLang")
            settings.append(theme)
        theme.set(qn("w:val"), tag)

    # -- helpers

    def _run(
        self,
        paragraph: Any,
        value: str,
        bold: bool = False,
        italic: bool = False,
        muted: bool = False,
        warning: bool = False,
        size: float | None = None,
    ) -> Any:
        # plain text: "\n" becomes a line break; a code point XML cannot hold is dropped
        run = paragraph.add_run(without_controls(value))
        run.bold = bold or None
        run.italic = italic or None
        if muted:
            run.font.color.rgb = MUTED
        if warning:
            run.font.color.rgb = WARNING
        if size is not None:
            run.font.size = Pt(size)
        return run

    def para(self, value: str = "", *, style: str | None = None, **run: Any) -> Any:
        paragraph = self.doc.add_paragraph(style=style)
        if value:
            self._run(paragraph, value, **run)
        return paragraph

    def labelled(self, label: str, value: str, *, italic: bool = False) -> Any:
        """ "Notes: …" as the PDF writes it: the label (with its colon) bold, then the text."""
        paragraph = self.doc.add_paragraph()
        self._run(paragraph, f"{label} ", bold=True)
        self._run(paragraph, value, italic=italic)
        return paragraph

    def heading(self, value: str, level: int) -> Any:
        return self.doc.add_heading(without_controls(value), level)

    def section(self, value: str, new_page: bool = True) -> Any:
        """A main section: Heading 1, on a new page unless it says otherwise."""
        heading = self.heading(value, 1)
        heading.paragraph_format.page_break_before = new_page
        return heading

    def caption(self, value: str) -> None:
        """The line under a heading that says what the chart below shows: kept with it."""
        self.para(value, muted=True).paragraph_format.keep_with_next = True

    def picture(self, png: bytes, width_mm: float = TEXT_WIDTH_MM) -> None:
        """A chart, kept on the page of the table that follows it."""
        self.doc.add_picture(io.BytesIO(png), width=Mm(width_mm))
        self.doc.paragraphs[-1].paragraph_format.keep_with_next = True

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Sequence[tuple[str, dict[str, Any]]]]],
        widths: Sequence[float],
        shaded: Sequence[bool] = (),
    ) -> Any:
        """A bordered table whose header row repeats on every page it runs onto. A cell is
        plain text, or a list of (text, run options) pieces, one paragraph each."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        total = sum(widths)
        columns = [Mm(TEXT_WIDTH_MM * w / total) for w in widths]
        for column, width in zip(table.columns, columns, strict=True):
            column.width = width  # the grid, which Writer follows (Word, the cells' widths)
        head = table.rows[0]
        _repeat_as_header(head)
        for cell, title, width in zip(head.cells, header, columns, strict=True):
            cell.width = width
            _shade(cell, HEADER_FILL)
            self._run(cell.paragraphs[0], title, bold=True, size=8.5)
        for n, values in enumerate(rows):
            row = table.add_row()
            _keep_row_together(row)
            for cell, value, width in zip(row.cells, values, columns, strict=True):
                cell.width = width
                if n < len(shaded) and shaded[n]:
                    _shade(cell, OVERDUE_FILL)
                pieces = [(value, {})] if isinstance(value, str) else list(value)
                for i, (piece, options) in enumerate(pieces):
                    paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    run = {"size": 8.5, **options}
                    self._run(paragraph, piece, **run)
        self.doc.add_paragraph()  # Word joins two tables with nothing between them
        return table

    # -- the cover: who, what, when, the verdict

    def cover(self) -> None:
        report, cover, verdict = self.report, self.report.cover, self.report.verdict
        self.para(
            translate("report", "CUSTOMER-SUCCESS MATURITY ASSESSMENT"),
            bold=True,
            muted=True,
            size=9,
        )
        self.para(cover.organization, style="Title")
        subtitle = self.para(cover.model_title, size=13)
        self._run(subtitle, f" {version_words(cover.model_version)}", muted=True, size=13)
        self.para(
            translate("report", "Maturity model: {credit}").format(credit=cover.credit),
            muted=True,
        )
        still = translate("report", ": the results may still change")
        status = cover.status + (still if cover.draft else "")
        status_label = translate("report", "Status")
        details = [
            (translate("report", "Assessed on"), long_date(cover.assessed_on)),
            (
                translate("report", "Assessor"),
                cover.assessor or translate("report", "not recorded"),
            ),
            (status_label, status),
            (
                translate("report", "Criteria answered"),
                translate("report", "{answered} of {total}").format(
                    answered=formats.integer(verdict.answered),
                    total=formats.integer(verdict.total),
                ),
            ),
            (translate("report", "Report date"), long_date(cover.generated_on)),
        ]
        table = self.doc.add_table(rows=0, cols=2)
        table.columns[0].width, table.columns[1].width = Mm(45), Mm(125)
        for label, value in details:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Mm(45), Mm(125)
            self._run(cells[0].paragraphs[0], label, bold=True, muted=True)
            warning = cover.draft and label == status_label
            self._run(cells[1].paragraphs[0], value, warning=warning)

        self.heading(translate("report", "Verdict"), 1)
        self.para(verdict.placed_label, bold=True, size=18)
        line = self.para(verdict.index_text, size=11)
        self._run(line, f" \u00b7 {verdict.answered_text}", muted=True, size=11)
        self.para(verdict.summary)
        for reading in verdict.crosswalk:
            paragraph = self.doc.add_paragraph()
            self._run(paragraph, translate("report", "Crosswalk:") + " ", bold=True)
            self._run(paragraph, reading.text)
            self._run(paragraph, " " + translate("report", "(approximate)"), muted=True)
            self.para(reading.caveat, muted=True, size=8)
        self.para(
            translate(
                "report",
                "Report made with CS Maturity {version} on {date}, from the assessment {id}.",
            ).format(version=version(), date=long_date(cover.generated_on), id=report.record.id),
            muted=True,
            size=8,
        )

    # -- results: the charts, the progression

    def results(self) -> None:
        report = self.report
        self.section(translate("report", "Results"))
        self.heading(translate("report", "Stage attainment"), 2)
        self.caption(stage_caption(report))
        self.picture(self.images.stages)
        self.table(
            [
                translate("report", "Stage"),
                translate("report", "Attainment"),
                translate("report", "Outcome"),
            ],
            [[s.label, s.percent, s.outcome] for s in report.stages],
            (50, 20, 30),
        )
        self.heading(translate("report", "Dimension profile"), 2)
        self.caption(dimension_caption())
        self.picture(self.images.dimensions)
        of = translate("report", "{answered} of {total}")
        self.table(
            [
                translate("report", "Dimension"),
                translate("report", "Attainment"),
                translate("report", "Answered"),
            ],
            [
                [
                    d.name,
                    d.percent,
                    of.format(
                        answered=formats.integer(d.answered), total=formats.integer(d.applicable)
                    ),
                ]
                for d in report.dimensions
            ],
            (60, 20, 20),
        )
        progression = report.progression
        if progression is None:
            return
        self.heading(translate("report", "Progression over time"), 2)
        self.caption(progression.summary)
        if self.images.progression is not None:
            self.picture(self.images.progression)
        several = progression.several_models
        header = history_header(several)
        rows = [
            [row.assessed_on.isoformat()]
            + [row.model_title] * several
            + [
                row.status + (" " + this_report() if row.current else ""),
                row.placed_label,
                index_text(row.maturity_index),
            ]
            for row in progression.rows
        ]
        self.table(header, rows, (18, 30, 22, 22, 8) if several else (22, 28, 35, 15))

    # -- respondents, when several people rated

    def respondents(self) -> None:
        p = self.report.respondents
        if p is None:
            return
        self.section(translate("report", "Respondents"))
        self.para(respondents_introduction(len(p.respondents)))
        self.heading(translate("report", "Each respondent's own result"), 2)
        self.table(
            respondents_header(),
            [
                [
                    r.respondent.name,
                    role_text(r.respondent),
                    r.placed_label,
                    r.index,
                    r.answered_text,
                ]
                for r in p.respondents
            ],
            (25, 20, 27, 10, 18),
        )
        self.heading(translate("report", "Ratings by respondent"), 2)
        self.para(
            translate(
                "report",
                "Each criterion's rating by each respondent (0 to {top}), then the consensus. "
                "N/A: not applicable; \u2013: not rated; (set): the facilitator set the "
                "consensus, otherwise it is the median.",
            ).format(top=p.model.max_score),
            muted=True,
        )
        names = [r.respondent.name for r in p.respondents]
        set_mark = " " + translate("report", "(set)")
        rows = [
            [row.criterion.id]
            + [rating_cell(rating) for rating in row.ratings]
            + [rating_cell(row.consensus) + (set_mark if row.consensus_set else "")]
            for row in p.criteria
        ]
        self.table(
            [translate("report", "Criterion"), *names, translate("report", "Consensus")],
            rows,
            [14] + [10] * len(names) + [14],
        )
        self.heading(translate("report", "Largest disagreements"), 2)
        if not p.disagreements:
            self.para(no_disagreement())
            return
        for row in p.disagreements:
            self.para(f"{row.criterion.id}: {row.criterion.statement}", bold=True)
            self.para(spread_line(p, row), muted=True)
            for r, rating in zip(p.respondents, row.ratings, strict=True):
                shown = role_text(r.respondent)
                role = f" ({shown})" if shown else ""
                line = self.para(f"{r.respondent.name}{role}: ", bold=True)
                self._run(line, rating_words(p.model, rating))
                notes = notes_of(rating)
                if notes:
                    self._run(line, f" \u2014 {notes}", italic=True)

    # -- next steps

    def next_steps(self) -> None:
        steps = self.report.next_steps
        self.section(translate("report", "Next steps"), new_page=bool(steps.steps))
        self.heading(steps.heading, 2)
        if steps.unlocks:
            self.labelled(translate("report", "What reaching it brings:"), steps.unlocks)
        self.para(steps.explanation)
        if any(step.addition for step in steps.steps):
            self.legend()
        for number, step in enumerate(steps.steps, 1):
            self.heading(f"{number}. {step.criterion_id}: {step.statement}", 3)
            line = self.para(translate("report", "Now:") + " ")
            self._run(line, step.rating, bold=True)
            self._run(line, f" \u00b7 {step.dimension}", muted=True)
            if step.addition:
                self._run(line, f" \u00b7 {DAGGER}\u00a0{addition_tag()}", muted=True)
            if step.target_anchor:
                label = translate("report", "For {rating}:").format(rating=step.target)
                self.labelled(label, step.target_anchor)
            if step.action:
                self.labelled(translate("report", "A first step:"), step.action)
            if step.guidance and not step.target_anchor:
                self.labelled(translate("report", "Evidence:"), step.guidance)
            if step.notes:
                self.labelled(translate("report", "Notes:"), step.notes)
            self.private_note(self.report.private_notes.get(step.criterion_id, ""))

    def legend(self) -> None:
        if self.legend_shown or not self.report.additions_legend:
            return
        self.legend_shown = True
        self.para(f"{DAGGER} {self.report.additions_legend}", muted=True, size=8)

    def private_note(self, notes: str) -> None:
        """The consultant's own notes, marked (a client-safe report has none: `notes` is "")."""
        if notes:
            paragraph = self.doc.add_paragraph()
            self._run(paragraph, f"{private_note_mark()} ", bold=True, warning=True)
            self._run(paragraph, notes, italic=True)

    # -- the roadmap

    def roadmap(self) -> None:
        roadmap = self.report.roadmap
        if roadmap is None:
            return
        self.section(translate("report", "Roadmap"))
        self.para(roadmap.summary)
        if roadmap.targets:
            self.heading(translate("report", "Targets"), 2)
            self.table(
                [
                    translate("report", "Maturity model"),
                    translate("report", "Target"),
                    translate("report", "Gap"),
                ],
                [[t.model_title, [(t.label, {"bold": True})], t.gap] for t in roadmap.targets],
                (34, 30, 36),
            )
        if not roadmap.actions:
            return
        self.heading(translate("report", "Actions"), 2)
        self.para(actions_caption(), muted=True)
        rows = []
        for a in roadmap.actions:
            action: list[tuple[str, dict[str, Any]]] = [(a.action, {"bold": True})]
            if a.criterion_id:
                action.append((a.criterion_id, {"muted": True, "size": 8}))
            if a.notes:
                action.append((notes_label() + " " + a.notes, {}))
            if a.private_notes:
                action.append((f"{private_note_mark()} {a.private_notes}", PRIVATE_RUN))
            state = [(a.state, {"bold": True, "warning": True})] if a.overdue else a.state
            rows.append([str(a.number), a.stage, action, a.owner, a.due, a.status, state])
        self.table(
            actions_header(),
            rows,
            (6, 13, 27, 16, 15, 12, 11),  # "10", "4 Performing", a date on one line each
            shaded=[a.overdue for a in roadmap.actions],
        )

    # -- findings

    def findings(self) -> None:
        report = self.report
        self.section(translate("report", "Findings by stage"))
        self.para(
            translate(
                "report",
                "Every criterion of the maturity model, stage by stage and grouped by "
                "dimension, with the rating given and the notes taken during the assessment. "
                "Ratings are out of {top} ({scale}); an unanswered criterion counts as 0.",
            ).format(top=report.model.max_score, scale=scale_words(report))
        )
        self.legend()
        for detail in report.stage_details:
            stage = detail.attainment
            self.heading(stage.label, 2)
            answered = (
                f" \u00b7 {answered_of(stage.answered, stage.criteria)}" if stage.criteria else ""
            )
            # the stage's heading, state and description start a page together
            self.para(
                stage.state.capitalize() + answered, muted=True
            ).paragraph_format.keep_with_next = True
            self.para(detail.description, muted=True).paragraph_format.keep_with_next = True
            if detail.typical_profile:
                self.labelled(typical_label(report), detail.typical_profile)
            if not detail.groups:
                self.para(no_criteria_text(report), bold=True)
            for group in detail.groups:
                self.heading(group.dimension, 3)
                self.table(
                    [
                        translate("report", "Criterion"),
                        translate("report", "Statement and notes"),
                        translate("report", "Rating"),
                    ],
                    [_criterion_row(answer) for answer in group.criteria],
                    (12, 63, 25),
                )

    # -- about, glossary

    def about(self) -> None:
        report, cover = self.report, self.report.cover
        self.section(translate("report", "About the maturity model and the scoring"), False)
        line = self.para(cover.model_title, bold=True)
        self._run(line, f", {version_words(cover.model_version)}. {report.model_summary}")
        source = self.para(translate("report", "Source: {credit}.").format(credit=cover.credit))
        if cover.attribution_url:
            self._run(source, f" {cover.attribution_url}", muted=True)
        if cover.attribution_note:
            self.para(cover.attribution_note)
        self.heading(translate("report", "How the assessment is scored"), 2)
        line = self.para(threshold_sentence(report), bold=True)
        self._run(line, f" {report.scoring_rule}")

    def glossary(self) -> None:
        entries = self.report.glossary
        if not entries:
            return
        self.section(translate("report", "Glossary"))
        self.para(glossary_introduction(), muted=True)
        self.table(
            [translate("report", "Term"), translate("report", "Meaning")],
            [[e.term, e.meaning] for e in entries],
            (25, 75),
        )


def notes_label() -> str:
    return translate("report", "Notes:")


def _criterion_row(answer: CriterionAnswer) -> list[Any]:
    statement: list[tuple[str, dict[str, Any]]] = [(answer.statement, {})]
    if answer.addition:
        statement.append((f"{DAGGER}\u00a0{addition_tag()}", {"muted": True, "size": 8}))
    if answer.notes:
        statement.append((notes_label() + " " + answer.notes, {}))
    if answer.private_notes:
        statement.append((f"{private_note_mark()} {answer.private_notes}", PRIVATE_RUN))
    rating = [(answer.rating, {"bold": True, "warning": not answer.answered})]
    return [[(answer.criterion_id, {"bold": True})], statement, rating]


# -- WordprocessingML the python-docx API does not reach


def _repeat_as_header(row: Any) -> None:
    """Word and Writer repeat this row at the top of every page the table runs onto."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _keep_row_together(row: Any) -> None:
    """A row moves whole to the next page rather than splitting (unless taller than a page)."""
    properties = row._tr.get_or_add_trPr()
    keep = OxmlElement("w:cantSplit")
    keep.set(qn("w:val"), "true")
    properties.append(keep)


def _shade(cell: Any, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _page_number(paragraph: Any) -> None:
    """The PAGE field: the word processor puts in each page's number."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    run.font.color.rgb = MUTED
    for kind in ("begin", None, "separate", "1", "end"):
        if kind is None:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        elif kind == "1":
            text = OxmlElement("w:t")
            text.text = "1"
            run._r.append(text)
        else:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
