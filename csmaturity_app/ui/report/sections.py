"""The report, section by section, as blocks: the cover with the verdict and the contents,
the results (charts, progression), the next steps, the findings stage by stage, what
the maturity model and its scoring are, and the model's glossary. The words and figures come
from `report_content`; this module only sets them in type, with its own words in the language
in effect (`translate`, not `tr`: a report's language may differ from the window's)."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QPagedPaintDevice

from csmaturity_app import version
from csmaturity_app.exchange.report_content import (
    CriterionAnswer,
    Report,
    StageDetail,
    addition_tag,
    long_date,
    private_note_mark,
)
from csmaturity_app.exchange.report_words import (
    actions_caption,
    actions_header,
    answered_of,
    dimension_caption,
    glossary_introduction,
    history_header,
    no_criteria_text,
    respondents_entry,
    roadmap_entry,
    scale_words,
    stage_caption,
    this_report,
    threshold_sentence,
    typical_label,
    version_words,
)
from csmaturity_app.i18n import formats, translate
from csmaturity_app.maturity.crosswalk import CrosswalkReading
from csmaturity_app.presentation import NextStep, index_text
from csmaturity_app.ui.report import charts, style
from csmaturity_app.ui.report.blocks import (
    Block,
    ChartBlock,
    ContentsBlock,
    Flow,
    ItemBlock,
    Meter,
    PanelBlock,
    Spacer,
    TableBlock,
    TextBlock,
)
from csmaturity_app.ui.results import chart_data as data

mm = style.mm

RESULTS = "results"
PROGRESSION = "progression"
NEXT_STEPS = "next-steps"
ROADMAP = "roadmap"
FINDINGS = "findings"
ABOUT = "about"
GLOSSARY = "glossary"
RESPONDENTS = "respondents"
DAGGER = "\u2020"  # marks a criterion written for CS Maturity


def above(points: float) -> str:
    """Space above a paragraph: Qt's rich text takes margins in pixels (report units)."""
    return f"margin-top: {round(style.pt(points))}px"


def text(value: str) -> str:
    """User text (names, notes) as rich text: escaped, its line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def private_note(notes: str, space: float = 3) -> str:
    """The consultant's own notes, marked as such (never in a client-safe report: there
    `notes` is always empty)."""
    if not notes:
        return ""
    return (
        f"<p style='{above(space)}'><span class='warning' style='font-weight: bold'>"
        f"{text(private_note_mark())}</span> <i>{text(notes)}</i></p>"
    )


def _crosswalk(reading: CrosswalkReading) -> str:
    """The verdict's crosswalk line; paper has no tooltip, so its caveat follows in small
    type (the longer note would push the contents off the cover)."""
    crosswalk, approximate = translate("report", "Crosswalk:"), translate("report", "(approximate)")
    return (
        f"<p style='{above(6)}'><b>{text(crosswalk)}</b> "
        f"{text(reading.text)} <span class='muted'>"
        f"{text(approximate)}</span></p>"
        f"<p class='muted' style='font-size: 8pt; {above(1.5)}'>{text(reading.caveat)}</p>"
    )


class Sections:
    """Builds the blocks of one report for a page `width` x `page_height` (report units)."""

    def __init__(
        self, report: Report, device: QPagedPaintDevice, width: float, page_height: float
    ) -> None:
        self.report = report
        self.device = device
        self.width = width
        self.page_height = page_height
        self.blocks: list[Block] = []
        self.contents: ContentsBlock | None = None
        self.legend_shown = False  # what "our addition" means is said once, where first seen

    def build(self) -> list[Block]:
        self.cover()
        self.results()
        self.respondents()
        self.next_steps()
        self.roadmap()
        self.findings()
        self.about()
        self.glossary()
        return self.blocks

    # -- helpers

    def add(self, block: Block) -> Block:
        self.blocks.append(block)
        return block

    def para(
        self, rich: str, space: float = 0.0, keep: bool = False, size: float = style.BODY_PT
    ) -> None:
        self.add(TextBlock(self.device, rich, self.width, Flow(space, keep), size=size))

    def section(self, title: str, anchor: str, new_page: bool = True, space: float = 0.0) -> None:
        flow = Flow(space, keep_with_next=True, new_page=new_page, anchor=anchor)
        rich = f"<h1>{text(title)}</h1>"
        self.add(TextBlock(self.device, rich, self.width, flow, splittable=False))

    def heading(self, title: str, space: float = mm(7), level: int = 2, anchor: str = "") -> None:
        rich = f"<h{level}>{text(title)}</h{level}>"
        flow = Flow(space, keep_with_next=True, anchor=anchor)
        self.add(TextBlock(self.device, rich, self.width, flow, splittable=False))

    def caption(self, rich: str) -> None:
        flow = Flow(mm(1.5), keep_with_next=True)
        self.add(TextBlock(self.device, f"<p class='muted'>{rich}</p>", self.width, flow))

    # -- the cover: who, what, when, the verdict, the contents

    def cover(self) -> None:
        report, cover, verdict = self.report, self.report.cover, self.report.verdict
        self.add(Spacer(mm(14)))
        self.para(
            "<p class='accent' style='font-size: 9pt; font-weight: bold'>"
            + text(translate("report", "CUSTOMER-SUCCESS MATURITY ASSESSMENT"))
            + "</p>"
        )
        self.para(
            f"<p style='font-size: 26pt; font-weight: bold'>{text(cover.organization)}</p>",
            mm(3),
        )
        self.para(
            f"<p style='font-size: 13pt'>{text(cover.model_title)}"
            f" <span class='muted'>{text(version_words(cover.model_version))}</span></p>",
            mm(2.5),
        )
        credit = translate("report", "Maturity model: {credit}").format(credit=cover.credit)
        self.para(f"<p class='muted'>{text(credit)}</p>", mm(1.5))
        status = text(cover.status)
        if cover.draft:
            still = text(translate("report", ": the results may still change"))
            status = f"<span class='warning'><b>{status}</b>{still}</span>"
        not_recorded = text(translate("report", "not recorded"))
        answered = translate("report", "{answered} of {total}").format(
            answered=formats.integer(verdict.answered), total=formats.integer(verdict.total)
        )
        rows = [
            (translate("report", "Assessed on"), text(long_date(cover.assessed_on))),
            (
                translate("report", "Assessor"),
                text(cover.assessor) or f"<span class='muted'>{not_recorded}</span>",
            ),
            (translate("report", "Status"), status),
            (translate("report", "Criteria answered"), text(answered)),
            (translate("report", "Report date"), text(long_date(cover.generated_on))),
        ]
        self.para(_details_table(rows), mm(12))

        verdict_word = translate("report", "VERDICT")
        stage_colour = data.stage_colour(verdict.placed_level) if verdict.placed else None
        self.add(
            PanelBlock(
                self.device,
                "<p class='label' style='font-size: 8pt'>"
                f"{text(verdict_word)}</p>"
                f"<p style='font-size: 20pt; font-weight: bold; {above(2)}'>"
                f"{text(verdict.placed_label)}</p>"
                f"<p style='font-size: 11pt; {above(3)}'>{text(verdict.index_text)}"
                f" <span class='muted'>\u00b7 {text(verdict.answered_text)}</span></p>"
                f"<p style='{above(7)}'>{text(verdict.summary)}</p>"
                + "".join(_crosswalk(reading) for reading in verdict.crosswalk),
                self.width,
                Flow(mm(10)),
                fill=style.colour(style.PANEL),
                bar=stage_colour or style.colour(style.MUTED),
                padding=mm(5),
            )
        )
        entries = [
            (translate("report", "Results: stage attainment and dimension profile"), RESULTS)
        ]
        if report.progression is not None:
            entries.append((translate("report", "Progression over time"), PROGRESSION))
        if report.respondents is not None:
            entries.append((respondents_entry(), RESPONDENTS))
        heading = report.next_steps.heading
        entries += [
            (
                translate("report", "Next steps: {heading}").format(
                    heading=heading[:1].lower() + heading[1:]
                ),
                NEXT_STEPS,
            ),
        ]
        if report.roadmap is not None:
            entries.append((roadmap_entry(), ROADMAP))
        entries += [
            (
                translate("report", "Findings by stage: every criterion, its rating and notes"),
                FINDINGS,
            ),
            (translate("report", "About the maturity model and the scoring"), ABOUT),
        ]
        if report.glossary:
            entries.append((translate("report", "Glossary"), GLOSSARY))
        self.heading(translate("report", "Contents"), mm(9), level=3)
        self.contents = ContentsBlock(self.device, entries, self.width, Flow(mm(1)))
        self.add(self.contents)
        # On the cover, where there is room: at the end it could spill onto a page of its own.
        made = translate(
            "report", "Report made with CS Maturity {version} on {date}, from the assessment {id}."
        )
        made = text(made).format(
            version=text(version()),
            date=text(long_date(cover.generated_on)),
            id=f"<span style='white-space: nowrap'>{text(report.record.id)}</span>",
        )
        self.para(
            f"<p class='muted'>{made}</p>",
            mm(6),
            size=style.SMALL_PT,
        )

    # -- results: the charts of the results pane

    def results(self) -> None:
        report = self.report
        self.section(translate("report", "Results"), RESULTS)
        self.heading(translate("report", "Stage attainment"), mm(5))
        self.caption(text(stage_caption(report)))
        self.add(ChartBlock(charts.stage_chart(report), self.width, mm(88), Flow(mm(2))))
        self.heading(translate("report", "Dimension profile"))
        self.caption(text(dimension_caption()))
        height = mm(20 + 10 * len(report.dimensions))
        self.add(ChartBlock(charts.dimension_chart(report), self.width, height, Flow(mm(2))))
        self.progression()

    def progression(self) -> None:
        report, progression = self.report, self.report.progression
        if progression is None:
            return
        self.heading(translate("report", "Progression over time"), mm(9), anchor=PROGRESSION)
        self.caption(text(progression.summary))
        if progression.points >= 2:
            self.add(
                ChartBlock(
                    charts.progression_chart(report, progression),
                    self.width,
                    mm(78),
                    Flow(mm(2), keep_with_next=True),
                )
            )
        several = progression.several_models
        header = history_header(several)
        rows = [
            [row.assessed_on.isoformat()]
            + [text(row.model_title)] * several
            + [
                text(row.status + (" " + this_report() if row.current else "")),
                text(row.placed_label),
                index_text(row.maturity_index),
            ]
            for row in progression.rows
        ]
        current = [row.current for row in progression.rows]
        table = _table(header, rows, bold=current)
        self.add(TextBlock(self.device, table, self.width, Flow(mm(3)), splittable=False))

    def respondents(self) -> None:
        """Several respondents: their own results, ratings and disagreements (its own module)."""
        from csmaturity_app.ui.report.respondents_section import add_respondents

        add_respondents(self)

    # -- next steps: the action plan

    def next_steps(self) -> None:
        steps = self.report.next_steps
        # the action plan starts a page; "every stage is achieved" is one line: no page of its own
        self.section(
            translate("report", "Next steps"), NEXT_STEPS, new_page=bool(steps.steps), space=mm(14)
        )
        colour = data.stage_colour(steps.level) if steps.level is not None else None
        self.add(
            PanelBlock(
                self.device,
                f"<h2>{text(steps.heading)}</h2>",
                self.width,
                Flow(mm(5), keep_with_next=True),
                bar=colour or style.colour(style.ACCENT),
            )
        )
        if steps.unlocks:
            brings = translate("report", "What reaching it brings:")
            self.para(
                f"<p><b>{text(brings)}</b> {text(steps.unlocks)}</p>",
                mm(2.5),
                keep=True,
            )
        self.para(f"<p>{text(steps.explanation)}</p>", mm(2.5), keep=bool(steps.steps))
        if any(step.addition for step in steps.steps):
            self.legend()
        for number, step in enumerate(steps.steps, 1):
            self.add(self._next_step(number, step, Flow(mm(4.5) if number > 1 else mm(4))))

    def legend(self) -> None:
        """What the "our addition" tag means, once: where tagged criteria first appear."""
        if self.legend_shown or not self.report.additions_legend:
            return
        self.legend_shown = True
        self.para(
            f"<p class='muted'><span class='accent'>{DAGGER}</span> "
            f"{text(self.report.additions_legend)}</p>",
            mm(2),
            keep=True,
            size=style.SMALL_PT,
        )

    def _next_step(self, number: int, step: NextStep, flow: Flow) -> Block:
        now = translate("report", "Now:")
        body = (
            f"<p><b>{text(step.statement)}</b></p>"
            f"<p style='{above(2)}'>{text(now)} <b>{text(step.rating)}</b>"
            f" <span class='muted'>\u00b7 {text(step.dimension)}</span>"
            + (f" \u00b7 {_tag()}" if step.addition else "")
            + "</p>"
        )
        if step.target_anchor:
            for_rating = translate("report", "For {rating}:").format(rating=step.target)
            body += (
                f"<p style='{above(3)}'><b>{text(for_rating)}</b> {text(step.target_anchor)}</p>"
            )
        if step.action:
            first = text(translate("report", "A first step:"))
            body += f"<p style='{above(2)}'><b>{first}</b> {text(step.action)}</p>"
        # the anchor says what to show for the next rating; without one, the evidence to check
        if step.guidance and not step.target_anchor:
            evidence = text(translate("report", "Evidence:"))
            body += (
                f"<p class='muted' style='{above(3)}'><b>{evidence}</b> {text(step.guidance)}</p>"
            )
        if step.notes:
            body += (
                f"<p style='{above(3)}'><span class='label'>{notes_label()}</span> "
                f"{text(step.notes)}</p>"
            )
        body += private_note(self.report.private_notes.get(step.criterion_id, ""))
        gutter = (
            f"<p style='font-size: 11pt; font-weight: bold'>{number}</p>"
            f"<p class='muted'>{text(step.criterion_id)}</p>"
        )
        return ItemBlock(
            self.device,
            gutter,
            body,
            self.width,
            mm(16),
            None,
            2,
            self.page_height,
            flow,
            continued_html=continued_gutter(f"{number}. {step.criterion_id}"),
        )

    # -- the roadmap: the organization's targets and the actions of its plan

    def roadmap(self) -> None:
        roadmap = self.report.roadmap
        if roadmap is None:
            return
        self.section(translate("report", "Roadmap"), ROADMAP)
        self.para(f"<p>{text(roadmap.summary)}</p>", mm(2.5), keep=True)
        if roadmap.targets:
            self.heading(translate("report", "Targets"), mm(6), level=3)
            rows = [
                [f"<p>{text(t.model_title)}</p>", f"<p><b>{text(t.label)}</b></p>", text(t.gap)]
                for t in roadmap.targets
            ]
            self.add(
                TableBlock(
                    self.device,
                    _head(
                        [
                            translate("report", "Maturity model"),
                            translate("report", "Target"),
                            translate("report", "Gap"),
                        ]
                    ),
                    rows,
                    (34, 30, 36),
                    self.width,
                    Flow(mm(2)),
                    size=style.BODY_PT,
                    page_height=self.page_height,
                )
            )
        if not roadmap.actions:
            return
        self.heading(translate("report", "Actions"), mm(7), level=3)
        self.caption(text(actions_caption()))
        rows = []
        for a in roadmap.actions:
            action = f"<p><b>{text(a.action)}</b></p>"
            if a.criterion_id:
                action += f"<p class='muted'>{text(a.criterion_id)}</p>"
            if a.notes:
                action += (
                    f"<p style='{above(2)}'><span class='label'>{notes_label()}</span> "
                    f"{text(a.notes)}</p>"
                )
            action += private_note(a.private_notes, 2)
            state = text(a.state)
            if a.overdue:
                state = f"<b class='warning'>{state}</b>"
            rows.append(
                [
                    f"<p><b>{a.number}</b></p>",
                    f"<p>{text(a.stage)}</p>",
                    action,
                    f"<p>{text(a.owner)}</p>",
                    f"<p>{text(a.due)}</p>",
                    f"<p>{text(a.status)}</p>",
                    f"<p>{state}</p>",
                ]
            )
        self.add(
            TableBlock(
                self.device,
                _head(actions_header()),
                rows,
                (5, 12, 35, 15, 11, 11, 11),
                self.width,
                Flow(mm(2)),
                shaded=[a.overdue for a in roadmap.actions],
                page_height=self.page_height,
            )
        )

    # -- findings: every criterion, stage by stage

    def findings(self) -> None:
        report = self.report
        self.section(translate("report", "Findings by stage"), FINDINGS)
        self.para(
            f"<p>{text(findings_introduction(report))}</p>",
            mm(2.5),
            keep=bool(report.additions_legend) and not self.legend_shown,
        )
        self.legend()
        for detail in report.stage_details:
            self._stage(detail)

    def _stage(self, detail: StageDetail) -> None:
        stage = detail.attainment
        self.add(
            PanelBlock(
                self.device,
                f"<h2>{text(stage.label)}</h2>"
                f"<p class='muted' style='{above(1)}'>{text(stage.state.capitalize())}"
                + (
                    f" \u00b7 {text(answered_of(stage.answered, stage.criteria))}"
                    if stage.criteria
                    else ""
                )
                + "</p>",
                self.width,
                Flow(mm(9), keep_with_next=True),
                bar=data.stage_colour(stage.level),
            )
        )
        self.para(
            f"<p class='muted'>{text(detail.description)}</p>", mm(2.5), keep=bool(detail.groups)
        )
        if detail.typical_profile:
            self.para(
                f"<p><b>{text(typical_label(self.report))}</b> {text(detail.typical_profile)}</p>",
                mm(2.5),
                keep=bool(detail.groups),
            )
        if not detail.groups:
            self.para(
                f"<p><b>{text(no_criteria_text(self.report))}</b></p>",
                mm(2.5),
            )
        for group in detail.groups:
            self.heading(group.dimension, mm(4.5), level=3)
            for n, answer in enumerate(group.criteria):
                self.add(self._criterion(answer, Flow(mm(2) if n == 0 else mm(3.2))))

    def _criterion(self, answer: CriterionAnswer, flow: Flow) -> Block:
        rating_class = "warning" if not answer.answered else ""
        body = (
            f"<p>{text(answer.statement)}</p>"
            f"<p style='{above(1.5)}'><b class='{rating_class}'>{text(answer.rating)}</b>"
            + (f" \u00b7 {_tag()}" if answer.addition else "")
            + "</p>"
        )
        if answer.notes:
            body += (
                f"<p style='{above(2.5)}'><span class='label'>{notes_label()}</span> "
                f"{text(answer.notes)}</p>"
            )
        body += private_note(answer.private_notes, 2.5)
        gutter = f"<p style='{above(1.3)}'><b>{text(answer.criterion_id)}</b></p>"
        if answer.not_applicable:
            not_applicable = translate("report", "n/a")
            gutter += f"<p class='muted'>{text(not_applicable)}</p>"
        meter = Meter(answer.score, answer.top_score, answer.not_applicable)
        return ItemBlock(
            self.device,
            gutter,
            body,
            self.width,
            mm(16),
            meter,
            2,
            self.page_height,
            flow,
            continued_html=continued_gutter(answer.criterion_id),
        )

    # -- about: the model, its author, the scoring rule

    def about(self) -> None:
        report, cover = self.report, self.report.cover
        self.section(
            translate("report", "About the maturity model and the scoring"),
            ABOUT,
            new_page=False,
            space=mm(14),
        )
        self.para(
            f"<p><b>{text(cover.model_title)}</b>, {text(version_words(cover.model_version))}. "
            f"{text(report.model_summary)}</p>",
            mm(3),
        )
        source = text(translate("report", "Source: {credit}.").format(credit=cover.credit))
        if cover.attribution_url:
            source += f" <span class='muted'>{text(cover.attribution_url)}</span>"
        self.para(f"<p>{source}</p>", mm(2.5))
        if cover.attribution_note:
            self.para(f"<p>{text(cover.attribution_note)}</p>", mm(2))
        self.heading(translate("report", "How the assessment is scored"), mm(6), level=3)
        # said here from the model's figure, whatever the model file's own wording of the rule
        self.para(
            f"<p><b>{text(threshold_sentence(report))}</b> {text(report.scoring_rule)}</p>",
            mm(2),
        )

    # -- the glossary: the model's terms, last

    def glossary(self) -> None:
        entries = self.report.glossary
        if not entries:
            return
        # on a page of its own: the page a client keeps at hand while reading the rest
        self.section(translate("report", "Glossary"), GLOSSARY)
        self.para(
            f"<p class='muted'>{text(glossary_introduction())}</p>",
            mm(2.5),
            keep=True,
        )
        for n, entry in enumerate(entries):
            self.add(
                ItemBlock(
                    self.device,
                    f"<p style='font-size: {style.BODY_PT}pt'><b>{text(entry.term)}</b></p>",
                    f"<p>{text(entry.meaning)}</p>",
                    self.width,
                    mm(40),
                    None,
                    1,
                    self.page_height,
                    Flow(mm(3) if n == 0 else mm(2.2)),
                    continued_html=continued_gutter(entry.term),
                )
            )


def _tag() -> str:
    """The mark of a criterion written for CS Maturity rather than taken from the article."""
    return f"<span class='accent'>{DAGGER}\u00a0{text(addition_tag())}</span>"


def _head(titles: Sequence[str]) -> list[str]:
    return [f"<p class='label'>{text(title)}</p>" for title in titles]


def continued_gutter(what: str) -> str:
    """The gutter of an item's part after a page break."""
    cont = translate("report", "(cont.)")
    return f"<p class='muted'>{text(what)}<br>{text(cont)}</p>"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], bold: Sequence[bool]) -> str:
    """A table of figures (rich text cells); its last column, a number, aligned right."""

    def cells(values: Sequence[str], tag: str) -> str:
        last = len(values) - 1
        return "".join(
            f"<td{' align=right' if i == last else ''}>{tag}{value}{tag.replace('<', '</')}</td>"
            for i, value in enumerate(values)
        )

    head = cells([f"<span class='label'>{h}</span>" for h in header], "")
    body = "".join(
        f"<tr>{cells(row, '<b>' if strong else '')}</tr>"
        for row, strong in zip(rows, bold, strict=True)
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='8'>"
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _details_table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='28%' class='label'>{label}</td><td>{value}</td></tr>"
        for label, value in rows
    )
    return f"<table width='100%' cellspacing='0' cellpadding='10'>{cells}</table>"


def notes_label() -> str:
    return text(translate("report", "Notes:"))


def findings_introduction(report: Report) -> str:
    return translate(
        "report",
        "Every criterion of the maturity model, stage by stage and grouped by dimension, with "
        "the rating given and the notes taken during the assessment. The squares show the "
        "rating out of {top} ({scale}); an unanswered criterion counts as 0.",
    ).format(top=report.model.max_score, scale=scale_words(report))
