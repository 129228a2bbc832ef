"""Where each block of the report goes: which page, how far down, and where a block too long
for the room left is cut. Pure arithmetic on heights, so the rules are tested directly.

The rules, as a typesetter would keep them:
- a block starts a new page when it asks to (a main section), unless the page is still empty;
- a heading (`keep_with_next`) is never left alone at the bottom of a page: it moves to the
  next page with the start of what follows it;
- a block is cut only at one of its `cuts` (the places it allows, e.g. between lines of notes
  but never between a criterion and its rating); a block that allows none, or whose first
  allowed part does not fit, moves whole to the next page;
- a block taller than a whole page with no cut that fits is cut at the bottom of the page:
  the only way to show all of it;
- a part of a block after a cut may repeat something above it (a table its header): the
  block's `repeat_height`, if it has one, is kept free at the top of that part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Flowable(Protocol):
    @property
    def height(self) -> float: ...

    @property
    def cuts(self) -> Sequence[float]:
        """Offsets from the block's top where it may be cut, ascending, inside (0, height)."""
        ...

    @property
    def space_before(self) -> float: ...

    @property
    def keep_with_next(self) -> bool: ...

    @property
    def new_page(self) -> bool: ...


@dataclass(frozen=True)
class Piece:
    """The part [start, end) of block `index`, placed `y` below the top of the page's text
    area."""

    index: int
    start: float
    end: float
    y: float


def paginate(blocks: Sequence[Flowable], page_height: float) -> list[list[Piece]]:
    """The pieces on each page, in order (at least one page, maybe empty)."""
    pages: list[list[Piece]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for index, block in enumerate(blocks):
        if block.new_page and pages[-1]:
            new_page()
        if pages[-1] and y + block.space_before + _first_part(blocks, index) > page_height:
            new_page()
        start = 0.0
        repeat = getattr(block, "repeat_height", 0.0)
        while True:
            gap = block.space_before if pages[-1] and start == 0 else 0.0
            extra = repeat if start > 0 else 0.0
            room = page_height - y - gap - extra
            if block.height - start <= room:
                pages[-1].append(Piece(index, start, block.height, y + gap))
                y += gap + extra + block.height - start
                break
            cut = max((c for c in block.cuts if start < c <= start + room), default=None)
            if cut is None:
                if pages[-1]:
                    new_page()
                    continue
                # taller than a page: no better place (all of it, if not even a header fits)
                cut = start + room if room > 0 else block.height
            pages[-1].append(Piece(index, start, cut, y + gap))
            new_page()
            start = cut
    return pages


def _first_part(blocks: Sequence[Flowable], index: int) -> float:
    """The height that must fit below the current position for block `index` to start here:
    its first part (up to its first cut), and, for a heading, the heading with the first part
    of what follows it."""
    block = blocks[index]
    first = min((c for c in block.cuts if c > 0), default=block.height)
    if not block.keep_with_next or index + 1 >= len(blocks):
        return first
    following = blocks[index + 1]
    if following.new_page:
        return first
    return block.height + following.space_before + _first_part(blocks, index + 1)
