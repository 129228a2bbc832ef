"""What the results pane shows, decided without widgets: the verdict bar, the bars of the stage
chart, the dimension profile, the next steps as rich text, the progression lines, the changes
between two assessments and the peer figures. Results are worded once, in `presentation/`
(shared with the report, the command line and the wizard); this module turns them into chart
values, labels and colours (tested directly).

Its words go through `i18n.translate` (context "results"), not Qt's tr: the report draws the
same charts in the language chosen for it, which may not be the window's.

Stage colours are `ui.colours`' (by level, the same in every chart).
An achieved stage is drawn in its full colour; a stage not achieved in its colour faded
towards the chart background (with a full-colour outline, so it is still recognisable); a
stage achieved by definition (no criteria) hatched in its colour.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, QTime
from PySide6.QtGui import QColor

from csmaturity_app.i18n import (
    SOURCE_LANGUAGE,
    current_language,
    formats,
    plural_is_one,
    translate,
)
from csmaturity_app.maturity import AssessmentResult, MaturityModel
from csmaturity_app.maturity.comparison import (
    ADDED,
    CHANGED,
    DOWN,
    REMOVED,
    UP,
    Comparison,
)
from csmaturity_app.maturity.crosswalk import CrosswalkReading
from csmaturity_app.maturity.peers import PeerPosition
from csmaturity_app.maturity.progression import ProgressionSeries
from csmaturity_app.presentation import (
    NextSteps,
    Presentation,
    answer_text,
    index_text,
    threshold_text,
    whole_percent,
)
from csmaturity_app.presentation.plan import gap_text, target_label
from csmaturity_app.presentation.results import stage_rows
from csmaturity_app.presentation.words import capitalized
from csmaturity_app.store import AssessmentRecord, TargetView
from csmaturity_app.ui.colours import faded, stage_colour

# -- dates and signed figures


def day_text(day: date) -> str:
    """A date in the pane: ISO in the source language (its house style, short in a legend),
    as the language writes it otherwise ("2 mars 2025")."""
    return day.isoformat() if current_language() == SOURCE_LANGUAGE else formats.long_date(day)


def signed_index(change: float) -> str:
    """ "+0.25" / "+0,25": a change of the maturity index, always signed."""
    return ("+" if change >= 0 else "-") + formats.decimal(abs(change), 2)


def status_text(status: str) -> str:
    """An assessment's status as the verdict shows it ("Draft", "Complete")."""
    words = {
        "draft": translate("results", "Draft"),
        "complete": translate("results", "Complete"),
    }
    return words.get(status, status.capitalize())


# -- the verdict


@dataclass(frozen=True)
class Verdict:
    headline: str  # "Phase 3 Norming", "Not yet Phase 1 Forming"
    level: int  # the placed level (its colour is stage_colour(level))
    placed: bool  # False: not yet at the first stage
    index: str  # "Maturity index 1.59 on a scale of 0 to 4"
    answered: str  # "19 of 36 criteria answered"
    status: str  # "Draft" / "Complete"
    context: str  # "Acme Software · TSIA ... 1.0.0 · assessed on 2025-03-14 by Jane"
    crosswalk: str = ""  # "Crosswalk: roughly FT Works Level 2 Tactical (approximate)"
    crosswalk_tooltip: str = ""  # rich text (escaped): the note and the caveats


def verdict(presentation: Presentation, record: AssessmentRecord) -> Verdict:
    """The verdict bar: the presentation's verdict, with the record's status and context."""
    shown = presentation.verdict
    readings = shown.crosswalk
    if record.assessor:
        assessed = translate("results", "assessed on {date} by {assessor}").format(
            date=day_text(record.assessed_on), assessor=record.assessor
        )
    else:
        assessed = translate("results", "assessed on {date}").format(
            date=day_text(record.assessed_on)
        )
    return Verdict(
        headline=shown.placed_label,
        level=shown.placed_level,
        placed=shown.placed,
        index=shown.index_text,
        answered=shown.answered_text,
        status=status_text(record.status),
        context=(
            f"{record.organization_name} \u00b7 {record.model_title} {record.model_version}"
            f" \u00b7 {assessed}"
        ),
        crosswalk="\n".join(reading.line for reading in readings),
        crosswalk_tooltip="".join(crosswalk_tooltip(reading) for reading in readings),
    )


def crosswalk_tooltip(reading: CrosswalkReading) -> str:
    """Why the crosswalk line is only approximate: its note, then every caveat."""
    caveats = "".join(f"<li>{html.escape(c)}</li>" for c in reading.caveats)
    approximate = translate("results", "(approximate)")
    return (
        f"<p><b>{html.escape(capitalized(reading.text))}</b> "
        f"{html.escape(approximate)}</p><p>{html.escape(reading.note)}</p>"
        f"<p>{html.escape(reading.caveat)}</p><ul>{caveats}</ul>"
    )


def before_after_text(before: AssessmentResult, before_on: date, after: AssessmentResult) -> str:
    """The verdict's line for a comparison: where the earlier assessment stood."""
    change = after.maturity_index - before.maturity_index
    return translate(
        "results", "Before ({date}): {placed}, index {before} \u2192 now {after} ({change})"
    ).format(
        date=day_text(before_on),
        placed=before.placed_label,
        before=index_text(before.maturity_index),
        after=index_text(after.maturity_index),
        change=signed_index(change),
    )


# -- stage attainment


class BarStyle(Enum):
    ACHIEVED = "achieved"
    NOT_ACHIEVED = "not achieved"
    BY_DEFINITION = "achieved by definition"


@dataclass(frozen=True)
class StageBar:
    stage_id: str
    level: int
    label: str  # "Phase 1 Forming"
    category: str  # the axis label (rich text, unique per stage)
    attainment: float  # whole percent, 0..100 (its label on the chart)
    style: BarStyle
    colour: QColor  # the stage's full colour (outline; fill when achieved)
    fill: QColor  # the fill: full colour, or faded when not achieved
    tooltip: str

    @property
    def achieved(self) -> bool:
        return self.style is not BarStyle.NOT_ACHIEVED


def bar_state(style: BarStyle) -> str:
    """A bar's state under its stage's name on the axis."""
    return {
        BarStyle.ACHIEVED: translate("results", "\u2713 achieved"),
        BarStyle.NOT_ACHIEVED: translate("results", "not achieved"),
        BarStyle.BY_DEFINITION: translate("results", "\u2713 by definition"),
    }[style]


def style_words(style: BarStyle) -> str:
    """A bar's state in words, as its tooltip and the chart's description say it."""
    return {
        BarStyle.ACHIEVED: translate("results", "achieved"),
        BarStyle.NOT_ACHIEVED: translate("results", "not achieved"),
        BarStyle.BY_DEFINITION: translate("results", "achieved by definition"),
    }[style]


def bar_fill(style: BarStyle, colour: QColor, background: QColor) -> QColor:
    """A bar's fill: its stage's colour, faded towards the background when not achieved."""
    return faded(colour, background) if style is BarStyle.NOT_ACHIEVED else colour


def stage_bars(result: AssessmentResult, background: QColor) -> list[StageBar]:
    bars = []
    for stage_result in stage_rows(result):
        stage = result.model.stages_by_id[stage_result.stage_id]
        if stage_result.by_definition:
            style = BarStyle.BY_DEFINITION
        elif stage_result.achieved:
            style = BarStyle.ACHIEVED
        else:
            style = BarStyle.NOT_ACHIEVED
        colour = stage_colour(stage.level)
        value = float(whole_percent(stage_result.attainment))  # the bar's label reads it
        state = bar_state(style)
        category = (
            f"<center>{html.escape(result.model.stage_word)} {stage.level}<br>"
            f"{html.escape(stage.name)}<br>{state}</center>"
        )
        if stage_result.by_definition:
            tooltip = translate(
                "results", "{stage}: no applicable criteria, achieved by definition"
            ).format(stage=stage_result.label)
        else:
            tooltip = translate(
                "results",
                "{stage}: attained at {percent} ({answered} of {criteria} criteria answered); "
                "{state}",
            ).format(
                stage=stage_result.label,
                percent=stage_result.percent,
                answered=formats.integer(stage_result.answered),
                criteria=formats.integer(stage_result.criteria),
                state=style_words(style),
            )
        bars.append(
            StageBar(
                stage_id=stage.id,
                level=stage.level,
                label=stage_result.label,
                category=category,
                attainment=value,
                style=style,
                colour=colour,
                fill=bar_fill(style, colour, background),
                tooltip=tooltip,
            )
        )
    return bars


def threshold_percent(model: MaturityModel) -> float:
    return model.threshold * 100.0


def threshold_name(model: MaturityModel) -> str:
    """The threshold line's legend: "Threshold two thirds (67 %)"."""
    return translate("results", "Threshold {threshold}").format(threshold=threshold_text(model))


def stage_values(result: AssessmentResult) -> list[float]:
    """The attainment of each stage in whole percent, as its bar says it (the "before"
    markers of a comparison)."""
    return [float(whole_percent(s.attainment)) for s in result.stages]


# -- dimension profile


@dataclass(frozen=True)
class DimensionValue:
    dimension_id: str
    category: str  # the axis label; "(no applicable criteria)" when there is no score
    value: float | None  # whole percent; None: no applicable criterion


def dimension_profile(result: AssessmentResult) -> list[DimensionValue]:
    return [
        DimensionValue(
            dimension_id=d.dimension.id,
            category=(
                d.dimension.name
                if d.score is not None
                else translate("results", "{dimension} (n/a)").format(dimension=d.dimension.name)
            ),
            value=None if d.score is None else float(whole_percent(d.score)),
        )
        for d in result.dimensions
    ]


def series_name(role: str, record: AssessmentRecord) -> str:
    """Legend of a compared assessment: "before (2024-03-01)" (`role`: "before" or "after")."""
    day = day_text(record.assessed_on)
    if role == "before":
        return translate("results", "before ({date})").format(date=day)
    return translate("results", "after ({date})").format(date=day)


# -- next steps


def next_steps_html(steps: NextSteps, muted: QColor) -> str:
    """The action plan as rich text (for a QTextBrowser)."""
    grey = muted.name()
    now, guidance, notes_word = _step_words()
    parts = [f"<p>{html.escape(steps.explanation)}</p>"]
    if steps.steps:
        parts.append("<ol>")
        for row in steps.steps:
            parts.append(
                f"<li style='margin-bottom: 0.6em'><b>{html.escape(row.criterion_id)}</b> "
                f"{html.escape(row.statement)}<br>"
                f"{html.escape(now)} <b>{html.escape(row.rating)}</b>"
            )
            if row.guidance:
                parts.append(
                    f"<br><span style='color: {grey}'>{html.escape(guidance)} "
                    f"{html.escape(row.guidance)}</span>"
                )
            if row.notes:
                notes = html.escape(row.notes).replace("\n", "<br>")
                parts.append(f"<br><i>{html.escape(notes_word)} {notes}</i>")
            parts.append("</li>")
        parts.append("</ol>")
    return "".join(parts)


def _step_words() -> tuple[str, str, str]:
    """The captions of a step's rating, guidance and notes."""
    return (
        translate("results", "Now:"),
        translate("results", "Guidance:"),
        translate("results", "Notes:"),
    )


def next_steps_text(steps: NextSteps) -> str:
    """The action plan as plain text (copied to the clipboard)."""
    now, guidance, notes = _step_words()
    lines = [steps.heading, steps.explanation, ""]
    for number, row in enumerate(steps.steps, 1):
        lines.append(f"{number}. {row.criterion_id} {row.statement}")
        lines.append(f"   {now} {row.rating}")
        if row.guidance:
            lines.append(f"   {guidance} {row.guidance}")
        if row.notes:
            lines.append(f"   {notes} {row.notes}")
    return "\n".join(lines).rstrip() + "\n"


# -- progression


def date_msecs(day: date) -> float:
    """Where a date is on a QDateTimeAxis: its noon, local time, in ms since the epoch."""
    moment = QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
    return float(moment.toMSecsSinceEpoch())


@dataclass(frozen=True)
class ProgressionPointData:
    x: float  # date_msecs(assessed_on)
    y: float  # maturity index
    assessed_on: date
    label: str  # "1.59": the point's label on the chart
    tooltip: str  # "2025-03-14: Phase 1 Forming, index 1.59"
    assessment_id: str


@dataclass(frozen=True)
class ProgressionLine:
    model_id: str
    name: str  # the legend: the model's title
    points: tuple[ProgressionPointData, ...]


def progression_lines(series: Sequence[ProgressionSeries]) -> list[ProgressionLine]:
    return [
        ProgressionLine(
            model_id=s.model_id,
            name=s.title,
            points=tuple(
                ProgressionPointData(
                    x=date_msecs(p.assessed_on),
                    y=p.maturity_index,
                    assessed_on=p.assessed_on,
                    label=index_text(p.maturity_index),
                    tooltip=translate("results", "{date}: {placed}, index {index}").format(
                        date=day_text(p.assessed_on),
                        placed=p.placed_label,
                        index=index_text(p.maturity_index),
                    ),
                    assessment_id=p.assessment_id,
                )
                for p in s.points
            ),
        )
        for s in series
    ]


def progression_point_count(lines: Sequence[ProgressionLine]) -> int:
    return sum(len(line.points) for line in lines)


def date_range(
    lines: Sequence[ProgressionLine], target_day: date | None = None
) -> tuple[date, date]:
    """The date axis: the points' dates (and the target's, when it has one) with a margin
    (so that no point sits on the edge)."""
    days = [p.assessed_on for line in lines for p in line.points]
    days += [target_day] if target_day is not None else []
    if not days:
        today = date.today()
        return today - timedelta(days=180), today + timedelta(days=180)
    first, last = min(days), max(days)
    margin = timedelta(days=max(15, (last - first).days // 12))
    return first - margin, last + margin


def progression_hint(count: int) -> str:
    """ "" when there is a progression to draw (two completed assessments or more)."""
    if count >= 2:
        return ""
    if count == 0:
        return translate(
            "results",
            "Progression over time appears once the organization has two completed "
            "assessments; it has no completed assessment yet (drafts are not counted).",
        )
    return translate(
        "results",
        "Progression over time appears once the organization has two completed "
        "assessments; it has one completed assessment yet (drafts are not counted).",
    )


def target_text(view: TargetView | None, today: date) -> str:
    """The verdict's target line: "Target: Phase 3 Scaling by 2027-06-30 · 1 stage to go, 9
    criteria not fully in place, 212 days left", or "" without a target."""
    if view is None:
        return ""
    return translate("results", "Target: {target} \u00b7 {gap}").format(
        target=target_label(view), gap=gap_text(view, today)
    )


@dataclass(frozen=True)
class TargetLine:
    """The target on the progression chart: a dashed line at the target's level, from the
    latest assessment's point to the target's date (to the right edge without a date), and
    a marker at (date, level) when there is a date."""

    name: str  # the legend: "Target: Phase 3 Scaling by 2027-06-30"
    level: int
    points: tuple[tuple[float, float], ...]  # the dashed line's two ends
    marker: tuple[float, float] | None  # (date, level); None without a date
    tooltip: str  # the name and the gap


def target_line(
    view: TargetView | None, lines: Sequence[ProgressionLine], last_day: date, today: date
) -> TargetLine | None:
    """Where the target is drawn, on a date axis ending at `last_day` (see `date_range`).
    The line starts at the latest point of the target's model (of any model when that one
    has none drawn): from where the organization stands, on to where it aims."""
    if view is None:
        return None
    own = [p for line in lines if line.model_id == view.target.model_id for p in line.points]
    drawn = own or [p for line in lines for p in line.points]
    level = view.target.stage_level
    due = view.target.due_on
    end = date_msecs(due) if due is not None else date_msecs(last_day)
    start = max(drawn, key=lambda p: p.x).x if drawn else end
    name = translate("results", "Target: {target}").format(target=target_label(view))
    return TargetLine(
        name=name,
        level=level,
        points=((start, float(level)), (end, float(level))),
        marker=(end, float(level)) if due is not None else None,
        tooltip=translate("results", "{target}. {gap}").format(
            target=name, gap=gap_text(view, today)
        ),
    )


@dataclass(frozen=True)
class LevelMark:
    level: int
    label: str  # "Phase 2 Storming"
    short: str  # "Storming" (where room is short; the level is on the other axis)
    colour: QColor


def level_marks(model: MaturityModel) -> list[LevelMark]:
    """The levels of the index scale, each with its stage: a right-hand axis of the index
    charts (an index from L to L + 1 means placed at the stage of level L)."""
    return [
        LevelMark(stage.level, model.stage_label(stage), stage.name, stage_colour(stage.level))
        for stage in model.stages
    ]


def level_mark_html(mark: LevelMark, short: bool = False) -> str:
    """A level's label on an axis, with a swatch of its stage's colour."""
    text = html.escape(mark.short if short else mark.label)
    return f"<span style='color: {mark.colour.name()}'>\u25a0</span> {text}"


# -- what changed


ARROWS = {UP: "\u25b2", DOWN: "\u25bc", CHANGED: "\u2022", ADDED: "+", REMOVED: "\u2212"}


def direction_words(direction: str) -> str:
    """How a criterion moved, in words (the arrow says it too)."""
    return {
        UP: translate("results", "up"),
        DOWN: translate("results", "down"),
        CHANGED: translate("results", "changed"),
        ADDED: translate("results", "added"),
        REMOVED: translate("results", "removed"),
    }[direction]


@dataclass(frozen=True)
class ChangeRow:
    direction: str  # comparison.UP, DOWN, CHANGED, ADDED, REMOVED
    arrow: str
    criterion_id: str
    stage_label: str
    before: str
    after: str
    statement: str

    @property
    def movement(self) -> str:
        """ "2 Largely in place \u2192 3 Fully in place"."""
        return f"{self.before} \u2192 {self.after}"


def change_rows(comparison: Comparison) -> list[ChangeRow]:
    return [
        ChangeRow(
            direction=c.direction,
            arrow=ARROWS[c.direction],
            criterion_id=c.criterion_id,
            stage_label=c.stage_label,
            before=answer_text(comparison.before.model, c.before),
            after=answer_text(comparison.after.model, c.after),
            statement=c.criterion.statement,
        )
        for c in comparison.changes
    ]


def comparison_summary(comparison: Comparison) -> str:
    def number(items: Sequence[object]) -> str:
        return formats.integer(len(items))

    counts = [
        translate("results", "{count} up").format(count=number(comparison.up)),
        translate("results", "{count} down").format(count=number(comparison.down)),
    ]
    if comparison.changed:
        counts.append(
            translate("results", "{count} otherwise changed").format(
                count=number(comparison.changed)
            )
        )
    if comparison.added:
        counts.append(translate("results", "{count} added").format(count=number(comparison.added)))
    if comparison.removed:
        counts.append(
            translate("results", "{count} removed").format(count=number(comparison.removed))
        )
    before, after = comparison.before, comparison.after
    placed = (
        f"{before.placed_label} \u2192 {after.placed_label}"
        if comparison.placed_changed
        else translate("results", "still {placed}").format(placed=after.placed_label)
    )
    return translate(
        "results",
        "Criteria moved: {counts}; {unchanged} unchanged. "
        "Maturity index {before} \u2192 {after} ({change}), {placed}.",
    ).format(
        counts=", ".join(counts),
        unchanged=formats.integer(comparison.unchanged),
        before=index_text(before.maturity_index),
        after=index_text(after.maturity_index),
        change=signed_index(comparison.index_change),
        placed=placed,
    )


COMPARE_HINT = str(
    QT_TRANSLATE_NOOP("results", "Select two assessments (Ctrl+click) to compare them.")
)


def compare_hint() -> str:
    """What the What changed tab says when one assessment is shown."""
    return translate("results", COMPARE_HINT)


# -- peers


def ordinal(n: int) -> str:
    """ "3rd" / "3e": a rank as the language writes it."""
    if current_language() != SOURCE_LANGUAGE:
        if n == 1:
            return translate("results", "{number}st").format(number=formats.integer(n))
        return translate("results", "{number}th").format(number=formats.integer(n))
    teens = 10 <= n % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def percentile_text(percentile: float | None) -> str:
    if percentile is None:
        return "\u2014"
    if percentile == 100:
        return translate("results", "above every peer")
    if percentile == 0:
        return translate("results", "below every peer")
    return translate("results", "above {percent} of its peers").format(
        percent=formats.percent(percentile / 100)
    )


@dataclass(frozen=True)
class PeerFigures:
    own: str  # "1.37"
    median: str  # "1.28", or "\u2014" without peers
    quartiles: str  # "1.14 to 1.42"
    rank: str  # "3rd of 7"
    percentile: str  # "above 67 % of its peers"
    count: str  # "6 other organizations assessed with this model"
    caveat: str
    box: tuple[float, float, float, float, float] | None  # min, Q1, median, Q3, max


def peer_figures(position: PeerPosition, peers: Sequence[float]) -> PeerFigures:
    dash = "\u2014"
    has = position.count > 0
    if plural_is_one(position.count):
        count = translate("results", "{count} other organization assessed with this model")
    else:
        count = translate("results", "{count} other organizations assessed with this model")
    box = None
    if has:
        assert position.lower_quartile is not None and position.upper_quartile is not None
        assert position.median is not None
        box = (
            min(peers),
            position.lower_quartile,
            position.median,
            position.upper_quartile,
            max(peers),
        )
    return PeerFigures(
        own=index_text(position.own_index),
        median=index_text(position.median) if position.median is not None else dash,
        quartiles=(
            translate("results", "{low} to {high}").format(
                low=index_text(position.lower_quartile), high=index_text(position.upper_quartile)
            )
            if position.lower_quartile is not None and position.upper_quartile is not None
            else dash
        ),
        rank=translate("results", "{rank} of {count}").format(
            rank=ordinal(position.rank), count=formats.integer(position.out_of)
        ),
        percentile=percentile_text(position.percentile),
        count=count.format(count=formats.integer(position.count)),
        caveat=position.caveat,
        box=box,
    )


# -- chart titles: a saved or copied chart says whose it is and when


def chart_name(slug_: str) -> str:
    """A chart's name, as its title starts."""
    return {
        "stage-attainment": translate("results", "Stage attainment"),
        "dimension-profile": translate("results", "Dimension profile"),
        "progression": translate("results", "Progression over time"),
        "peers": translate("results", "Against peers"),
    }[slug_]


def chart_title(
    slug_: str, record: AssessmentRecord, before: AssessmentRecord | None = None
) -> str:
    """ "Stage attainment \u2014 Acme Software, 2025-03-14" (with "2024-03-01 \u2192" when
    comparing); the progression, which spans every date, names the organization only."""
    subject = record.organization_name
    if slug_ != "progression":
        when = day_text(record.assessed_on)
        if before is not None and slug_ != "peers":
            when = f"{day_text(before.assessed_on)} \u2192 {when}"
        subject = f"{subject}, {when}"
    return f"{chart_name(slug_)} \u2014 {subject}"


# -- file names of saved charts


def slug(text: str) -> str:
    """ "Acme Software, Inc." -> "acme-software-inc"."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "chart"


def export_file_name(organization: str, chart: str, assessed_on: date) -> str:
    """ "acme-software-stage-attainment-2026-03-01.png"."""
    return f"{slug(organization)}-{slug(chart)}-{assessed_on.isoformat()}.png"
