"""What the results pane asks the store for, gathered in one place (no Qt).

Two parts, refreshed separately:
- the shown assessments (one, or before and after): record, answers, scoring and their
  comparison. They change with every answer given in the wizard.
- their context: the organization's progression and its peers' indices. A change to a
  draft's answers changes neither (progression counts only completed assessments, peers are
  other organizations), so rating quickly in the wizard reloads only the first part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.comparison import Comparison
from csmaturity_app.maturity.peers import PeerPosition, peer_position
from csmaturity_app.maturity.progression import ProgressionSeries
from csmaturity_app.presentation import index_axis
from csmaturity_app.store import (
    PlanView,
    RespondentsView,
    ScoredRecord,
    Store,
    StoreError,
    TargetView,
)


@dataclass(frozen=True)
class Assessments:
    """The shown assessments: `after` is the one the pane is about; `before` when comparing."""

    after: ScoredRecord
    before: ScoredRecord | None
    comparison: Comparison | None
    comparison_problem: str  # why two assessments cannot be compared; "" otherwise
    respondents: RespondentsView | None = None  # of `after`: who rated it, and how


@dataclass(frozen=True)
class Context:
    organization_id: str
    model_id: str
    progression: list[ProgressionSeries]
    index_model: MaturityModel  # the model whose stages label the index axes
    index_low: int  # the index axes' range (lowest first level - 1 .. highest top level)
    index_high: int
    peers: list[float]


def load_assessments(store: Store, ids: Sequence[str]) -> Assessments:
    """One id: that assessment; two (or more): the first is before, the last after."""
    with store.reading():  # the results and the respondents' ratings at one moment
        shown = _load_assessments(store, ids)
        # one voice, the usual case: its ratings are the answers, and the tab shows a hint
        if store.respondents(ids[-1])[0].implicit:
            return shown
        return replace(shown, respondents=store.respondents_view(ids[-1]))


def _load_assessments(store: Store, ids: Sequence[str]) -> Assessments:
    if len(ids) < 2:
        return Assessments(store.scored(ids[-1]), None, None, "")
    before, after = store.scored_many([ids[0], ids[-1]])
    if before.model.id != after.model.id:
        problem = translate(
            "results",
            "These two assessments were taken with different maturity models "
            "({before} and {after}): only assessments of the same model can be compared.",
        ).format(before=before.model.title, after=after.model.title)
        return Assessments(after, before, None, problem)
    try:
        comparison = store.compare_assessments(before.record.id, after.record.id)
    except StoreError as exc:
        return Assessments(after, before, None, str(exc))
    return Assessments(after, before, comparison, "")


def load_context(store: Store, after: ScoredRecord) -> Context:
    """The progression and the peers."""
    org_id = after.record.organization_id
    progression = store.progression(org_id)
    # every model drawn must fit on the index axis
    low, high = index_axis(
        [after.model, *(store.model_of(s.points[-1].assessment_id) for s in progression)]
    )
    peers = store.peer_indices(after.model.id, org_id)
    return Context(org_id, after.model.id, progression, after.model, low, high, peers)


def position_of(shown: ScoredRecord, context: Context) -> PeerPosition:
    return peer_position(shown.result.maturity_index, context.peers)


def target_of(plan: PlanView | None, model_id: str) -> TargetView | None:
    """The plan's target on the model; None without one."""
    targets = plan.targets if plan is not None else ()
    return next((t for t in targets if t.target.model_id == model_id), None)
