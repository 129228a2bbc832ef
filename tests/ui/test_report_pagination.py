"""Where the report's blocks go on the pages: the typesetting rules of `pagination`, with
blocks of made-up heights (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from csmaturity_app.ui.report.pagination import Piece, paginate


@dataclass
class B:
    height: float
    cuts: Sequence[float] = ()
    space_before: float = 0.0
    keep_with_next: bool = False
    new_page: bool = False


def layout(pages: list[list[Piece]]) -> list[list[tuple[int, float, float, float]]]:
    return [[(p.index, p.start, p.end, p.y) for p in page] for page in pages]


def test_blocks_fill_a_page_then_the_next():
    pages = paginate([B(40), B(40, space_before=5), B(40, space_before=5)], 100)
    assert layout(pages) == [[(0, 0, 40, 0), (1, 0, 40, 45)], [(2, 0, 40, 0)]]


def test_space_before_is_dropped_at_the_top_of_a_page():
    pages = paginate([B(90), B(50, space_before=20)], 100)
    assert layout(pages) == [[(0, 0, 90, 0)], [(1, 0, 50, 0)]]


def test_a_new_section_starts_a_page_unless_the_page_is_empty():
    pages = paginate([B(10, new_page=True), B(10), B(10, new_page=True)], 100)
    assert layout(pages) == [[(0, 0, 10, 0), (1, 0, 10, 10)], [(2, 0, 10, 0)]]


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page():
    heading = B(10, keep_with_next=True, space_before=5)
    pages = paginate([B(70), heading, B(30, space_before=2)], 100)
    assert layout(pages) == [[(0, 0, 70, 0)], [(1, 0, 10, 0), (2, 0, 30, 12)]]
    # a chain: section heading, dimension heading, criterion
    pages = paginate([B(60), B(10, keep_with_next=True), B(10, keep_with_next=True), B(25)], 100)
    assert [p.index for p in pages[1]] == [1, 2, 3]


def test_a_heading_stays_with_the_first_part_of_a_long_block():
    long = B(150, cuts=[20, 40, 60, 80, 100, 120, 140])
    pages = paginate([B(60), B(10, keep_with_next=True), long], 100)
    # heading 60..70, then the long block up to its last cut that fits: 20 (70 + 20 = 90)
    assert layout(pages)[0] == [(0, 0, 60, 0), (1, 0, 10, 60), (2, 0, 20, 70)]
    assert layout(pages)[1] == [(2, 20, 120, 0)]
    assert layout(pages)[2] == [(2, 120, 150, 0)]


def test_a_block_without_cuts_moves_whole_to_the_next_page():
    """A criterion is never split from its rating and notes when it fits on a page."""
    pages = paginate([B(70), B(40)], 100)
    assert layout(pages) == [[(0, 0, 70, 0)], [(1, 0, 40, 0)]]


def test_a_block_is_cut_only_where_it_allows():
    pages = paginate([B(50), B(80, cuts=[30, 70])], 100)
    assert layout(pages) == [[(0, 0, 50, 0), (1, 0, 30, 50)], [(1, 30, 80, 0)]]
    # first allowed cut does not fit: the whole block moves on
    pages = paginate([B(80), B(60, cuts=[30])], 100)
    assert layout(pages) == [[(0, 0, 80, 0)], [(1, 0, 60, 0)]]


def test_a_block_taller_than_a_page_without_cuts_is_cut_at_the_page_foot():
    pages = paginate([B(250)], 100)
    assert layout(pages) == [[(0, 0, 100, 0)], [(0, 100, 200, 0)], [(0, 200, 250, 0)]]


def test_nothing_is_lost_or_repeated():
    blocks = [
        B(
            h,
            cuts=[c for c in range(7, int(h), 7)] if h > 60 else (),
            space_before=3,
            keep_with_next=k,
        )
        for h, k in [(12, True), (35, False), (170, False), (9, True), (9, True), (44, False)] * 5
    ]
    pages = paginate(blocks, 100)
    covered: dict[int, float] = {}
    for page in pages:
        assert all(p.y + p.end - p.start <= 100 + 1e-9 for p in page)
        for piece in page:
            assert covered.get(piece.index, 0.0) == piece.start  # in order, no gap, no overlap
            covered[piece.index] = piece.end
    assert covered == {i: b.height for i, b in enumerate(blocks)}


def test_an_empty_report_has_one_page():
    assert paginate([], 100) == [[]]


@dataclass
class Table(B):
    repeat_height: float = 0.0  # its header, again at the top of each later part


def test_a_table_repeats_its_header_on_each_page_it_runs_onto():
    # header 10, rows of 30 (cuts between them): 10 + 30 + 30 fit in 80; then 10 + 30 + 30
    table = Table(130, cuts=(40, 70, 100), repeat_height=10)
    pages = paginate([table], 80)
    assert layout(pages) == [[(0, 0, 70, 0)], [(0, 70, 130, 0)]]
    # the next block goes below the repeated header and the rows: 10 + 60
    pages = paginate([table, B(5)], 80)
    assert layout(pages)[1] == [(0, 70, 130, 0), (1, 0, 5, 70)]


def test_a_repeated_header_leaves_less_room_for_rows():
    # after the first page, each page holds the header (20) and one row (50) of 60 rows' room
    table = Table(170, cuts=(70, 120), repeat_height=20)
    pages = paginate([table], 80)
    assert layout(pages) == [[(0, 0, 70, 0)], [(0, 70, 120, 0)], [(0, 120, 170, 0)]]
