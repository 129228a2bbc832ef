"""Peer position (maturity/peers.py): median, quartiles, rank, percentile, caveat.

Quartiles are by the inclusive method: with the n peers sorted, quartile k sits at position
k * (n - 1) / 4 (from 0), interpolated linearly between neighbours. Every expected number
below is worked out by hand next to it; none is computed by the code under test.
"""

import pytest

from csmaturity_app.maturity.peers import MIN_PEERS, peer_position


def figures(position):
    return (
        position.count,
        position.lower_quartile,
        position.median,
        position.upper_quartile,
        position.rank,
        position.out_of,
        position.percentile,
    )


def test_no_peers():
    position = peer_position(2.0, [])
    assert figures(position) == (0, None, None, None, 1, 1, None)
    assert position.too_few
    assert position.caveat == (
        "No other organization in this store was assessed with this model: "
        "there is nothing to compare with"
    )


def test_one_peer_is_median_and_both_quartiles():
    position = peer_position(2.0, [1.5])
    # above the only peer: rank 1 of 2, percentile 100
    assert figures(position) == (1, 1.5, 1.5, 1.5, 1, 2, 100.0)
    assert position.caveat == (
        "Only 1 other organization in this store was assessed with this model: "
        "treat the comparison with care"
    )


def test_two_peers():
    position = peer_position(2.0, [3.0, 1.0])
    # sorted 1, 3; positions 0.25, 0.5, 0.75 -> 1.5, 2.0, 2.5
    # one peer above -> rank 2 of 3; one of two below -> 50
    assert figures(position) == (2, 1.5, 2.0, 2.5, 2, 3, 50.0)
    assert position.too_few


def test_three_peers_own_below_all():
    position = peer_position(0.5, [4.0, 1.0, 2.0])
    # sorted 1, 2, 4; positions 0.5, 1, 1.5 -> 1.5, 2.0, 3.0
    # all three above -> rank 4 of 4; none below -> 0
    assert figures(position) == (3, 1.5, 2.0, 3.0, 4, 4, 0.0)
    assert position.too_few
    assert position.caveat == (
        "Only 3 other organizations in this store were assessed with this model: "
        "treat the comparison with care"
    )


def test_four_peers_own_above_all():
    position = peer_position(4.0, [2.0, 0.5, 3.5, 1.0])
    # sorted 0.5, 1, 2, 3.5; positions 0.75, 1.5, 2.25:
    # Q1 = 0.5 + 0.75 * 0.5 = 0.875; median = (1 + 2) / 2 = 1.5; Q3 = 2 + 0.25 * 1.5 = 2.375
    # none above -> rank 1 of 5; all below -> 100
    assert figures(position) == (4, 0.875, 1.5, 2.375, 1, 5, 100.0)
    assert position.too_few
    assert position.caveat.startswith("Only 4 other organizations")


def test_five_peers_is_enough_and_ties_share_the_better_rank():
    assert MIN_PEERS == 5
    position = peer_position(2.0, [3.0, 2.0, 1.0, 4.0, 2.0])
    # sorted 1, 2, 2, 3, 4; positions 1, 2, 3 -> 2.0, 2.0, 3.0
    # 3 and 4 above -> rank 3 of 6 (the two 2.0 peers would be 3rd too)
    # percentile: 1 below + 2 level counted half = 2 of 5 -> 40
    assert figures(position) == (5, 2.0, 2.0, 3.0, 3, 6, 40.0)
    assert not position.too_few
    assert position.caveat == ""


def test_eight_peers():
    position = peer_position(2.25, [3.0, 0.5, 2.5, 1.0, 4.0, 1.5, 2.0, 3.5])
    # sorted 0.5 1 1.5 2 2.5 3 3.5 4; positions 7/4 = 1.75, 3.5, 5.25:
    # Q1 = 1 + 0.75 * 0.5 = 1.375; median = (2 + 2.5) / 2 = 2.25; Q3 = 3 + 0.25 * 0.5 = 3.125
    # 2.5, 3, 3.5, 4 above -> rank 5 of 9; 4 of 8 below -> 50
    assert figures(position) == (8, 1.375, 2.25, 3.125, 5, 9, 50.0)
    assert not position.too_few


def test_level_with_every_peer():
    position = peer_position(2.0, [2.0] * 6)
    # nobody above -> rank 1 of 7; all six level, counted half -> 50
    assert figures(position) == (6, 2.0, 2.0, 2.0, 1, 7, 50.0)


@pytest.mark.parametrize(
    ("own", "rank"),
    [
        (3.0, 1),  # level with the two best: shares 1st
        (2.0, 3),  # the two 3.0 above: 3rd
        (1.0, 3),  # level with the 1.0 peer, two above: 3rd
        (0.0, 4),  # all three above: 4th of 4
    ],
)
def test_rank_with_ties(own, rank):
    assert peer_position(own, [3.0, 1.0, 3.0]).rank == rank


def test_own_index_is_kept_and_peers_are_not_changed():
    peers = (3.0, 1.0)
    position = peer_position(1.25, peers)
    assert position.own_index == 1.25
    assert peers == (3.0, 1.0)


@pytest.mark.usefixtures("in_french")
@pytest.mark.parametrize(
    ("count", "start"),
    [
        (0, "Aucune autre organisation"),
        (1, "Seule 1 autre organisation de cette base a été évaluée"),
        (3, "Seules 3 autres organisations de cette base ont été évaluées"),
    ],
)
def test_caveat_is_in_the_language_in_effect_with_its_plural(count: int, start: str) -> None:
    position = peer_position(0.5, [0.4] * count)
    assert position.caveat.startswith(start)
    assert "organization" not in position.caveat
