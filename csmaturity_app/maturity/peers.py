"""Where an organization stands against its peers: the other organizations of the store
assessed with the same maturity model, each by the maturity index of its latest completed
assessment. Pure: the caller gathers the indices (`Store.peer_indices`), which exclude the
organization itself.

- median and quartiles are of the peers' indices only, by `statistics.quantiles(n=4,
  method="inclusive")` (the data are the whole population of peers, so the quartiles stay
  within their range: the lowest and highest peer are the 0th and 100th percentile, and
  a quartile between two peers is interpolated linearly, as a spreadsheet's QUARTILE.INC).
  2 peers a <= b: Q1 = a + (b - a) / 4, median = (a + b) / 2, Q3 = a + 3 (b - a) / 4;
  1 peer: median = Q1 = Q3 = its index; 0 peers: all three are None.
- rank: the organization's place among itself and its peers, 1 = the highest index, out of
  `count + 1`; organizations with the same index share the better rank (1, 1, 3).
- percentile: the share of peers below the organization's index, peers with the same index
  counting half, in percent (0 = below every peer, 100 = above every peer, 50 = level with
  all); None without peers.
- too_few: fewer than MIN_PEERS peers; `caveat` then says so, to be shown with the figures.

Indices are compared exactly: the scoring computes them from exact fractions, so the same
attainment gives the same float.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from csmaturity_app.i18n import formats, plural_is_one, translate

MIN_PEERS = 5


@dataclass(frozen=True)
class PeerPosition:
    own_index: float
    count: int  # peers, the organization itself not counted
    median: float | None
    lower_quartile: float | None
    upper_quartile: float | None
    rank: int  # 1 = highest index; ties share the better rank
    out_of: int  # count + 1: the organization and its peers
    percentile: float | None
    too_few: bool
    caveat: str  # "" when there are enough peers


def caveat_text(count: int) -> str:
    """Why the figures need care when the peers are few, in the language in effect."""
    if count >= MIN_PEERS:
        return ""
    if count == 0:
        return translate(
            "peers",
            "No other organization in this store was assessed with this model: "
            "there is nothing to compare with",
        )
    if plural_is_one(count):
        text = translate(
            "peers",
            "Only {count} other organization in this store was assessed with this model: "
            "treat the comparison with care",
        )
    else:
        text = translate(
            "peers",
            "Only {count} other organizations in this store were assessed with this model: "
            "treat the comparison with care",
        )
    return text.format(count=formats.integer(count))


def quartiles(values: Sequence[float]) -> tuple[float, float, float] | None:
    """(lower quartile, median, upper quartile), inclusive method; None for no values."""
    if not values:
        return None
    if len(values) == 1:
        only = float(values[0])
        return only, only, only
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def peer_position(own_index: float, peer_indices: Sequence[float]) -> PeerPosition:
    """Median, quartiles, rank and percentile of `own_index` against the peers' indices."""
    count = len(peer_indices)
    above = sum(1 for p in peer_indices if p > own_index)
    below = sum(1 for p in peer_indices if p < own_index)
    level = count - above - below
    q = quartiles(peer_indices)
    return PeerPosition(
        own_index=own_index,
        count=count,
        median=q[1] if q else None,
        lower_quartile=q[0] if q else None,
        upper_quartile=q[2] if q else None,
        rank=above + 1,
        out_of=count + 1,
        percentile=100.0 * (below + level / 2) / count if count else None,
        too_few=count < MIN_PEERS,
        caveat=caveat_text(count),
    )
