"""What the PDF report says, checked without a display: against assessments worked out by
hand (the same TSIA draft as the results pane's tests, under the 1.0.0 models an old
assessment keeps), for both maturity models, at the edges (nothing achieved, everything
achieved, a stage with no criteria), and the organization's history; then what the format 2
models add: our additions marked, the glossary, the stage profiles, anchors and first actions,
the threshold of two thirds and the corrected credits."""

from __future__ import annotations

from datetime import date

import pytest

from csmaturity_app.exchange.report_content import (
    ADDITIONS_LEGEND,
    Report,
    build_report,
    long_date,
    report_file_name,
)
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import AssessmentRecord, NotFoundError, Store

NA = "n/a"
TODAY = date(2025, 4, 1)

# TSIA, a draft, 19 of 36 criteria answered (worked out in tests/ui/test_results_pane.py):
# Phase 1 Forming 19/21 = 90.48 % achieved (F07 not applicable); Phase 2 Storming 16/27 =
# 59.26 %; Phase 3 Norming 3/27 = 11.11 %; Phase 4 Performing 0 %. Placed at Phase 1 Forming,
# maturity index 1 + 16/27 = 1.59.
TSIA_DRAFT = {
    "F01": 3, "F02": 3, "F03": 3, "F04": 2, "F05": 2, "F06": 3, "F07": NA, "F08": 3,
    "S01": 3, "S02": 2, "S03": 2, "S04": 2, "S05": 1, "S06": 3, "S07": 2, "S08": 1, "S09": 0,
    "N01": 2, "N02": 1,
}  # fmt: skip
TSIA_STAGES = [19 / 21, 16 / 27, 3 / 27, 0.0]
TSIA_DIMENSIONS = [15 / 21, 6 / 15, 7 / 15, 2 / 15, 4 / 18, 4 / 21]
TSIA_NEXT = ["S09", "S05", "S08", "S02", "S03", "S04", "S07"]
BUDGET_NOTES = (
    "No budget review yet;\nthe CFO is open to one in Q3 \u2014 \u201cZo\u00eb\u201d.\n\n"
)


def assess(
    store: Store,
    org_id: str,
    model: MaturityModel,
    on: date,
    answers: dict[str, int | str],
    complete: bool = True,
    assessor: str = "Jane Assessor",
) -> AssessmentRecord:
    record = store.create_assessment(org_id, model, assessor, on)
    for criterion_id, value in answers.items():
        if value == NA:
            store.record_answer(record.id, criterion_id, None, not_applicable=True)
        else:
            assert isinstance(value, int)
            store.record_answer(record.id, criterion_id, value)
    if complete:
        store.set_status(record.id, "complete")
    return store.assessment(record.id)


@pytest.fixture
def acme_draft(store: Store, tsia_v1: MaturityModel) -> AssessmentRecord:
    org = store.create_organization("Acme Software")
    record = assess(store, org.id, tsia_v1, date(2025, 3, 14), TSIA_DRAFT, complete=False)
    store.record_notes(record.id, "S09", BUDGET_NOTES)
    store.record_notes(record.id, "F01", "Board minutes, November.")
    return record


def test_cover_and_verdict_of_a_draft(store: Store, tsia_v1, acme_draft):
    report = build_report(store, acme_draft.id, today=TODAY)
    cover = report.cover
    assert cover.organization == "Acme Software"
    assert (cover.model_title, cover.model_version) == (tsia_v1.title, "1.0.0")
    assert cover.credit == tsia_v1.attribution.credit()
    assert "TSIA" in cover.credit and "2017" in cover.credit
    assert cover.attribution_note == tsia_v1.attribution.note
    assert (cover.assessed_on, cover.assessor) == (date(2025, 3, 14), "Jane Assessor")
    assert (cover.status, cover.draft, cover.generated_on) == ("Draft", True, TODAY)

    verdict = report.verdict
    assert verdict.placed_label == "Phase 1 Forming" and verdict.placed
    assert verdict.maturity_index == pytest.approx(1 + 16 / 27)
    assert verdict.index_text == "Maturity index 1.59 on a scale of 0 to 4"
    assert verdict.answered_text == "19 of 36 criteria answered"
    assert verdict.summary == (
        "Acme Software is at Phase 1 Forming: that stage and every one before it are achieved. "
        "The next stage, Phase 2 Storming, is attained at 59 %; it is achieved at 75 %. "
        "17 of the 36 criteria are unanswered; unanswered criteria count as not in place. "
        "This assessment is a draft: its results may still change."
    )


def test_stage_attainment_and_dimension_profile(store: Store, acme_draft):
    report = build_report(store, acme_draft.id)
    assert [s.label for s in report.stages] == [
        "Phase 1 Forming",
        "Phase 2 Storming",
        "Phase 3 Norming",
        "Phase 4 Performing",
    ]
    assert [s.attainment for s in report.stages] == pytest.approx(TSIA_STAGES)
    assert [s.achieved for s in report.stages] == [True, False, False, False]
    assert {s.threshold for s in report.stages} == {0.75}
    assert [s.state for s in report.stages] == [
        "attained at 90 %, achieved",
        "attained at 59 %, not achieved",
        "attained at 11 %, not achieved",
        "attained at 0 %, not achieved",
    ]
    assert [(s.answered, s.criteria) for s in report.stages] == [(8, 8), (9, 9), (2, 9), (0, 10)]
    assert [d.name for d in report.dimensions][:2] == [
        "Strategy and charter",
        "Organization and roles",
    ]
    assert [d.score for d in report.dimensions] == pytest.approx(TSIA_DIMENSIONS)
    # the charts are drawn from the same scoring
    assert report.result.maturity_index == report.verdict.maturity_index


def test_next_steps_are_the_action_plan(store: Store, acme_draft):
    steps = build_report(store, acme_draft.id).next_steps
    assert steps.heading == "To reach Phase 2 Storming"
    assert steps.level == 2
    assert steps.explanation == (
        "Phase 2 Storming is attained at 59 %; it is achieved at 75 %. "
        "7 of its criteria are not fully in place, weakest first:"
    )
    assert [s.criterion_id for s in steps.steps] == TSIA_NEXT
    first = steps.steps[0]
    assert first.rating == "0 Not in place"
    assert first.dimension == "Funding and economics"
    assert first.guidance and "\n" not in first.guidance
    # notes as written, without the blank lines around them
    assert (
        first.notes
        == "No budget review yet;\nthe CFO is open to one in Q3 \u2014 \u201cZo\u00eb\u201d."
    )
    assert steps.steps[1].rating == "1 Partially in place" and steps.steps[1].notes == ""


def test_findings_list_every_criterion_by_stage_and_dimension(store: Store, tsia_v1, acme_draft):
    details = build_report(store, acme_draft.id).stage_details
    assert [d.attainment.label for d in details] == [tsia_v1.stage_label(s) for s in tsia_v1.stages]
    assert sum(len(g.criteria) for d in details for g in d.groups) == len(tsia_v1.criteria) == 36
    forming = details[0]
    assert forming.description.startswith("The company has started moving")
    # dimensions in the model's order, as the wizard shows them
    assert [(g.dimension, [c.criterion_id for c in g.criteria]) for g in forming.groups] == [
        ("Strategy and charter", ["F01", "F02", "F03"]),
        ("Organization and roles", ["F05"]),
        ("Voice of the customer", ["F06"]),
        ("Adoption and outcomes", ["F07"]),
        ("Engagement and playbooks", ["F08"]),
        ("Funding and economics", ["F04"]),
    ]
    answers = {c.criterion_id: c for d in details for g in d.groups for c in g.criteria}
    assert (answers["F01"].rating, answers["F01"].score, answers["F01"].notes) == (
        "3 Fully in place",
        3,
        "Board minutes, November.",
    )
    na = answers["F07"]
    assert (na.rating, na.score, na.not_applicable, na.answered) == (
        "Not applicable",
        None,
        True,
        True,
    )
    unanswered = answers["N03"]
    assert (unanswered.rating, unanswered.score, unanswered.answered) == ("Unanswered", None, False)
    assert unanswered.top_score == 3


def test_nothing_answered_is_not_yet_the_first_stage(store: Store, tsia_v1):
    org = store.create_organization("Newco")
    record = store.create_assessment(org.id, tsia_v1, "", date(2025, 1, 2))
    report = build_report(store, record.id)
    verdict = report.verdict
    assert verdict.placed_label == "Not yet Phase 1 Forming" and not verdict.placed
    assert verdict.summary.startswith(
        "Newco has not yet achieved the first stage, Phase 1 Forming: it is attained at 0 %, "
        "and a stage is achieved at 75 %. 36 of the 36 criteria are unanswered;"
    )
    assert report.cover.assessor == ""
    assert report.next_steps.heading == "To reach Phase 1 Forming"
    assert len(report.next_steps.steps) == 8


def test_ftworks_everything_in_place_and_a_stage_without_criteria(store: Store, ftworks_v1):
    org = store.create_organization("Brightline Health")
    record = assess(
        store, org.id, ftworks_v1, date(2025, 2, 3), {c.id: 3 for c in ftworks_v1.criteria}
    )
    report = build_report(store, record.id)
    assert report.cover.credit == ftworks_v1.attribution.credit()
    assert "Fran\u00e7oise Tourniaire" in report.cover.credit
    assert (report.cover.status, report.cover.draft) == ("Complete", False)
    assert report.verdict.placed_label == "Level 4 Strategic"
    assert report.verdict.summary == (
        "Brightline Health has achieved every stage of the model, up to Level 4 Strategic."
    )
    asleep = report.stage_details[0]
    assert asleep.attainment.label == "Level 0 Asleep"
    assert asleep.attainment.by_definition and asleep.groups == ()
    assert asleep.attainment.state == "achieved by definition (no applicable criteria)"
    steps = report.next_steps
    assert (steps.heading, steps.level, steps.steps) == ("Every stage is achieved", None, ())
    assert "Level 4 Strategic is the top of this model" in steps.explanation
    assert report.progression is None  # no other assessment on record


def test_progression_needs_another_assessment(store: Store, tsia_v1, ftworks_v1, acme_draft):
    assert build_report(store, acme_draft.id).progression is None
    other = store.create_organization("Other Org")  # not Acme's history
    assess(store, other.id, tsia_v1, date(2024, 1, 1), {"F01": 3})

    earlier = assess(store, acme_draft.organization_id, tsia_v1, date(2024, 3, 1), {"F01": 3})
    progression = build_report(store, acme_draft.id).progression
    assert progression is not None
    # one completed assessment on the chart (drafts are not charted); both in the table
    assert progression.points == 1
    assert [(r.assessment_id, r.status, r.current) for r in progression.rows] == [
        (earlier.id, "Complete", False),
        (acme_draft.id, "Draft", True),
    ]
    assert progression.rows[1].placed_label == "Phase 1 Forming"
    # earlier: F01 3 of Forming's 8 criteria: 3 / 24 = 0.125, not placed: index 0.125
    assert progression.summary == (
        "2 assessments of Acme Software are on record, from 1 March 2024 to 14 March 2025: the "
        "maturity index went from 0.12 to 1.59 (+1.47). The chart appears once two of them are "
        "complete (drafts are not charted)."
    )
    assert not progression.several_models


def test_progression_over_three_assessments_and_two_models(store: Store, tsia_v1, ftworks_v1):
    org = store.create_organization("Acme Software")
    first = assess(store, org.id, tsia_v1, date(2023, 4, 12), {"F01": 3, "F02": 3})
    second = assess(
        store, org.id, tsia_v1, date(2024, 3, 20), {c.id: 3 for c in tsia_v1.criteria[:8]}
    )
    third = assess(store, org.id, tsia_v1, date(2025, 3, 14), TSIA_DRAFT)
    report = build_report(store, second.id)
    progression = report.progression
    assert progression is not None
    assert progression.points == 3
    assert [r.assessment_id for r in progression.rows] == [first.id, second.id, third.id]
    assert [r.current for r in progression.rows] == [False, True, False]
    # 6 / 24 of Forming; Forming all 3 and nothing of Storming: 1 + 0; the draft: 1 + 16 / 27
    assert [r.maturity_index for r in progression.rows] == pytest.approx([6 / 24, 1, 1 + 16 / 27])
    assert (progression.index_low, progression.index_high) == (0, 4)
    assert [len(s.points) for s in progression.series] == [3]

    assess(store, org.id, ftworks_v1, date(2025, 5, 1), {})
    progression = build_report(store, third.id).progression
    assert progression is not None and progression.several_models
    assert progression.points == 4 and len(progression.series) == 2
    assert "taken with different maturity models" in progression.summary


def test_unknown_assessment_is_one_clear_error(store: Store):
    with pytest.raises(NotFoundError, match="no assessment with id 'nope'"):
        build_report(store, "nope")


def test_file_name_proposed_for_the_report():
    assert (
        report_file_name(
            "Acme Software", "TSIA Customer Success Maturity Model (4 phases)", date(2025, 3, 14)
        )
        == "Acme Software - TSIA Customer Success Maturity Model (4 phases) - 2025-03-14.pdf"
    )
    # characters that Windows, macOS or Linux refuse in a name are left out
    assert (
        report_file_name('Acme: R&D / "Sales"?*', "M<1>|x", date(2025, 1, 2))
        == "Acme R&D Sales - M 1 x - 2025-01-02.pdf"
    )
    assert report_file_name("...", "\t", date(2025, 1, 2)) == "2025-01-02.pdf"
    long = report_file_name("x" * 300, "model", date(2025, 1, 2))
    assert len(long) < 200 and long.endswith(" - 2025-01-02.pdf")


def test_long_date_is_english_whatever_the_locale():
    assert long_date(date(2025, 3, 4)) == "4 March 2025"
    assert long_date(date(2024, 12, 31)) == "31 December 2024"


# -- format 2: what the 2.0.0 models add to the report


def stage_ids(model: MaturityModel, level: int) -> list[str]:
    return [c.id for c in model.criteria if model.stages_by_id[c.stage].level == level]


def placed_at_first_stage(store: Store, model: MaturityModel) -> Report:
    """The first stage with criteria fully in place, the next one at 0 to 2 (round robin),
    the rest unanswered: placed at the first stage, with next steps of every kind."""
    first = next(s.level for s in model.stages if model.criteria_of_stage(s.id))
    answers: dict[str, int | str] = {c: 3 for c in stage_ids(model, first)}
    answers |= {c: i % 3 for i, c in enumerate(stage_ids(model, first + 1))}
    org = store.create_organization("Northwind Cloud")
    record = assess(store, org.id, model, date(2025, 6, 2), answers, complete=False)
    return build_report(store, record.id, today=TODAY)


def listed(report: Report) -> dict[str, bool]:
    """Criterion id -> marked as our addition, for every criterion in the findings."""
    return {
        c.criterion_id: c.addition
        for d in report.stage_details
        for g in d.groups
        for c in g.criteria
    }


@pytest.mark.parametrize("model_id", ["tsia-4-phases", "ftworks-5-levels"])
def test_our_additions_are_marked_wherever_a_criterion_is_listed(
    store: Store, builtin_catalog: ModelCatalog, model_id: str
):
    model = builtin_catalog.get(model_id)
    assert model.format == 2
    report = placed_at_first_stage(store, model)
    additions = {c.id for c in model.criteria if c.is_addition}
    assert additions and len(additions) < len(model.criteria)  # some of each
    assert {c for c, marked in listed(report).items() if marked} == additions
    steps = report.next_steps.steps
    assert steps
    assert all(step.addition == (step.criterion_id in additions) for step in steps)
    assert report.additions_legend == ADDITIONS_LEGEND
    assert "written for CS Maturity" in ADDITIONS_LEGEND and "authors' article" in ADDITIONS_LEGEND


def test_format_1_criteria_have_no_source_so_no_marks_no_legend_no_glossary(
    store: Store, acme_draft
):
    report = build_report(store, acme_draft.id)
    assert not any(listed(report).values())
    assert not any(step.addition for step in report.next_steps.steps)
    assert report.additions_legend == "" and report.glossary == ()
    # A replaced built-in version is credited as its file credits it today: the 1.0.0
    # definitions frozen by release 0.2 misnamed the article and had no address.
    assert report.cover.attribution_url == report.model.attribution.url != ""
    assert "Tuckman" in report.cover.attribution_note
    # format 1 has no anchors or first actions: the next steps keep the evidence to check
    first = report.next_steps.steps[0]
    assert (first.target, first.target_anchor, first.action) == ("", "", "")
    assert report.next_steps.unlocks == ""
    assert all(d.typical_profile == "" for d in report.stage_details)


@pytest.mark.parametrize("model_id", ["tsia-4-phases", "ftworks-5-levels"])
def test_the_glossary_is_the_models_complete(
    store: Store, builtin_catalog: ModelCatalog, model_id: str
):
    model = builtin_catalog.get(model_id)
    report = placed_at_first_stage(store, model)
    assert len(model.glossary) >= 1
    assert [(g.term, g.meaning) for g in report.glossary] == [
        (" ".join(g.term.split()), " ".join(g.meaning.split())) for g in model.glossary
    ]


def test_a_stage_largely_in_place_is_achieved_at_two_thirds(store: Store, tsia):
    """Every criterion of the first two stages "largely in place": both achieved, and every
    figure says so in whole percent."""
    answers: dict[str, int | str] = {c: 2 for c in stage_ids(tsia, 1) + stage_ids(tsia, 2)}
    org = store.create_organization("Largely Ltd")
    report = build_report(store, assess(store, org.id, tsia, date(2025, 6, 2), answers).id)
    assert report.threshold == "two thirds (67 %)"
    assert [s.state for s in report.stages[:2]] == ["attained at 67 %, achieved"] * 2
    assert report.verdict.placed_label == "Phase 2 Storming"
    assert "it is achieved at two thirds (67 %)." in report.next_steps.explanation
    texts = [report.verdict.summary, report.next_steps.explanation, report.threshold]
    assert not any("66." in t for t in texts)


def test_next_steps_show_the_next_anchor_and_a_first_action(store: Store, tsia):
    report = placed_at_first_stage(store, tsia)
    placed = tsia.stages_by_id[report.stage_details[0].attainment.stage_id]
    assert report.next_steps.unlocks == " ".join(placed.next_stage_unlocks.split()) != ""
    for step in report.next_steps.steps:
        criterion = tsia.criteria_by_id[step.criterion_id]
        up = int(step.rating[0]) + 1 if step.rating[0].isdigit() else 1
        assert step.target == f"{up} {tsia.score_label(up)}"
        assert step.target_anchor == " ".join(criterion.anchors[up].split())
        assert step.action == " ".join(criterion.action.split()) != ""
    assert {s.rating for s in report.next_steps.steps} >= {"0 Not in place", "2 Largely in place"}


def test_typical_profile_of_the_placed_stage_only(store: Store, tsia):
    report = placed_at_first_stage(store, tsia)
    assert report.verdict.placed_label == "Phase 1 Forming"
    profiles = [d.typical_profile for d in report.stage_details]
    forming = tsia.stages[0]
    assert profiles == [" ".join(forming.typical_profile.split()), "", "", ""]
    assert profiles[0]
    # not placed at all: no stage to describe the organization by
    org = store.create_organization("Newco")
    empty = build_report(store, store.create_assessment(org.id, tsia, "", date(2025, 1, 2)).id)
    assert all(d.typical_profile == "" for d in empty.stage_details)


def test_credits_name_the_articles_as_published(store: Store, tsia, ftworks):
    report = placed_at_first_stage(store, tsia)
    cover = report.cover
    assert cover.credit == tsia.attribution.credit()
    assert "\u201cThe Customer Success Maturity Model in 4 Phases\u201d" in cover.credit
    assert "June 13, 2017" in cover.credit
    assert cover.attribution_url == tsia.attribution.url != ""
    assert "Tuckman" in cover.attribution_note + report.model_summary
    ft = placed_at_first_stage(store, ftworks).cover
    assert ft.credit == ftworks.attribution.credit()
    assert "tsia.com/blog/a-maturity-model-for-customer-success" in ft.attribution_url


# -- the roadmap and private notes


def _planned(store: Store, tsia: MaturityModel) -> AssessmentRecord:
    """Acme placed at Phase 1 (its criteria fully in place), aiming at Phase 2 by mid-2025:
    a roadmap of Phase 2's criteria, one action in progress with notes of both kinds, one of
    the consultant's own."""
    org = store.create_organization("Acme Software")
    phase_1 = {c.id: tsia.max_score for c in tsia.criteria_of_stage(tsia.stages[0].id)}
    record = assess(store, org.id, tsia, date(2025, 3, 14), phase_1)
    store.set_target(org.id, tsia, 2, "2025-06-30")
    built = store.build_roadmap(org.id, tsia.id)
    store.edit_action(
        built[0].id,
        owner="Dana Lee",
        status="in progress",
        notes="Kick-off in May.",
        private_notes="The CFO doubts it",
    )
    store.edit_action(built[1].id, due_on="2025-03-01")
    store.add_action(org.id, tsia.id, "Hire a CS operations analyst", owner="Sam")
    return record


def test_the_roadmap_section_has_the_targets_and_every_action(store: Store, tsia):
    record = _planned(store, tsia)
    report = build_report(store, record.id, today=TODAY)
    roadmap = report.roadmap
    assert roadmap is not None
    phase_2 = [c.id for c in tsia.criteria_of_stage(tsia.stages[1].id)]
    [target] = roadmap.targets
    assert target.model_title == tsia.title
    assert target.label == "Phase 2 Storming by 30 June 2025"
    assert target.gap == f"1 stage to go, {len(phase_2)} criteria not fully in place, 90 days left"
    actions = roadmap.actions
    assert [a.number for a in actions] == list(range(1, len(phase_2) + 2))
    assert sorted(a.criterion_id for a in actions[:-1]) == sorted(phase_2)
    first, second, own = actions[0], actions[1], actions[-1]
    assert (first.stage, first.owner, first.due, first.status) == (
        "2 Storming",
        "Dana Lee",
        "2025-06-30",
        "In progress",
    )
    assert (first.notes, first.private_notes, first.state, first.overdue) == (
        "Kick-off in May.",
        "The CFO doubts it",
        "",
        False,
    )
    assert (second.due, second.state, second.overdue) == ("2025-03-01", "Overdue", True)
    assert (own.action, own.stage, own.criterion_id, own.due) == (
        "Hire a CS operations analyst",
        "",
        "",
        "no date",
    )
    assert roadmap.overdue == 1
    assert roadmap.summary == (
        f"The action plan of Acme Software as of 1 April 2025: {len(actions)} actions, "
        f"{len(actions)} of them open or in progress, 1 overdue."
    )


def test_an_achieved_action_says_by_which_assessment(store: Store, tsia):
    record = _planned(store, tsia)
    first = store.actions(record.organization_id)[0]
    later = assess(store, record.organization_id, tsia, date(2025, 9, 1), {first.criterion_id: 3})
    report = build_report(store, later.id, today=TODAY)
    assert report.roadmap is not None
    assert report.roadmap.actions[0].state == "Achieved 2025-09-01"
    assert "1 achieved by a later assessment" in report.roadmap.summary


def test_no_roadmap_section_without_a_target_or_an_action(store: Store, tsia, acme_draft):
    assert build_report(store, acme_draft.id, today=TODAY).roadmap is None
    action = store.add_action(acme_draft.organization_id, tsia.id, "Write a charter")
    report = build_report(store, acme_draft.id, today=TODAY)
    assert report.roadmap is not None and report.roadmap.targets == ()
    assert [a.action for a in report.roadmap.actions] == ["Write a charter"]
    store.delete_action(action.id)
    store.set_target(acme_draft.organization_id, tsia, 3)
    report = build_report(store, acme_draft.id, today=TODAY)
    assert report.roadmap is not None and report.roadmap.actions == ()
    assert report.roadmap.summary == "The action plan of Acme Software has no action yet."


def test_private_notes_are_in_a_normal_report_and_in_no_client_safe_one(store: Store, tsia):
    record = _planned(store, tsia)
    store.set_status(record.id, "draft")
    store.record_private_notes(record.id, "F01", "  Ask the board again.\n\n")
    normal = build_report(store, record.id, today=TODAY)
    assert not normal.client_safe
    assert normal.private_notes == {"F01": "Ask the board again."}
    f01 = next(
        c
        for d in normal.stage_details
        for g in d.groups
        for c in g.criteria
        if c.criterion_id == "F01"
    )
    assert f01.private_notes == "Ask the board again."
    assert normal.roadmap is not None
    assert normal.roadmap.actions[0].private_notes == "The CFO doubts it"

    safe = build_report(store, record.id, today=TODAY, client_safe=True)
    assert safe.client_safe and safe.private_notes == {}
    assert all(
        c.private_notes == "" for d in safe.stage_details for g in d.groups for c in g.criteria
    )
    assert safe.roadmap is not None
    assert all(a.private_notes == "" for a in safe.roadmap.actions)
    assert safe.roadmap.actions[0].notes == "Kick-off in May."  # the client's notes stay
    assert "doubts" not in repr(safe) and "board again" not in repr(safe)


def test_a_docx_report_is_proposed_with_its_own_extension():
    name = report_file_name("Acme", "TSIA", date(2025, 1, 2), ".docx")
    assert name == "Acme - TSIA - 2025-01-02.docx"


def test_in_french_the_roadmap_and_the_footer_say_their_dates_as_a_reader_does(store: Store, tsia):
    from csmaturity_app import i18n
    from csmaturity_app.exchange.report_words import footer_start

    record = _planned(store, tsia)
    with i18n.using("fr"):
        report = build_report(store, record.id, today=TODAY)
        footer = footer_start(report)
    assert report.roadmap is not None
    assert report.roadmap.summary.startswith(
        "Plan d\u2019action de l\u2019organisation Acme Software au 1 avril 2025"
    ) or report.roadmap.summary.startswith(
        "Plan d'action de l'organisation Acme Software au 1 avril 2025"
    )
    assert "2025-" not in report.roadmap.summary
    assert "2025-" not in report.roadmap.targets[0].label
    assert footer.startswith("Acme Software \u00b7 \u00e9valu\u00e9e le ")
    assert "2025-" not in footer
