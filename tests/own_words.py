"""Runs of words shared with the source articles: our models are written in our own words.

Used by tests/test_own_words.py, and from the shell while writing a model
(`python tests/own_words.py FILE ...` lists the runs a file shares with the articles).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Beside the clone (../shared/seeds), or beside a folder of git worktrees holding it.
SEEDS_DIR = next(
    (
        folder / "shared" / "seeds"
        for folder in ROOT.parents
        if (folder / "shared" / "seeds").is_dir()
    ),
    ROOT.parent / "shared" / "seeds",
)
RUN = 6  # words in a row: six shared words are a quotation, not a coincidence

# The articles' titles may be quoted where the articles are cited: a title is a name.
TITLES = (
    "The Customer Success Maturity Model in 4 Phases",
    "A Maturity Model for Customer Success: Go Beyond Making Customers Happy",
)

_WORD = re.compile(r"[a-z0-9]+")


_ESCAPE = re.compile(r"\\[uU][0-9a-fA-F]{4}|\\N\{[^}]*\}")  # "\u201c" in Python source


def words(text: str) -> list[str]:
    return _WORD.findall(_ESCAPE.sub(" ", text).lower())


def runs(tokens: list[str], size: int = RUN) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def without_titles(tokens: list[str]) -> list[list[str]]:
    """The text cut where a cited title stands, so no run crosses or includes a title."""
    titles = [words(t) for t in TITLES]
    pieces: list[list[str]] = [[]]
    i = 0
    while i < len(tokens):
        for title in titles:
            if tokens[i : i + len(title)] == title:
                pieces.append([])
                i += len(title)
                break
        else:
            pieces[-1].append(tokens[i])
            i += 1
    return pieces


def article_runs(seeds: Path = SEEDS_DIR) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in sorted(seeds.glob("*.txt")):
        found |= runs(words(path.read_text(encoding="utf-8")))
    return found


def shared_runs(text: str, articles: set[tuple[str, ...]]) -> set[str]:
    hits: set[str] = set()
    for piece in without_titles(words(text)):
        hits |= {" ".join(r) for r in runs(piece) & articles}
    return hits


def project_files() -> Iterable[Path]:
    """Every text file of the project (tracked, or new and not ignored by git)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in sorted(n.decode() for n in listed if n):
        path = ROOT / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # binary: images; the old stores kept for upgrade tests, which must
            # stay exactly as their release wrote them (frozen 1.0.0 definitions included)
        yield path


def main(argv: list[str]) -> int:
    articles = article_runs()
    paths = [Path(a) for a in argv] or list(project_files())
    status = 0
    for path in paths:
        for hit in sorted(
            shared_runs(path.read_text(encoding="utf-8", errors="replace"), articles)
        ):
            print(f"{path}: {hit}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
