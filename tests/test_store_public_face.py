"""Benchmarks and tests outside tests/store use the store as the application does: through
the `csmaturity_app.store` package (and `store.errors`), never its modules. The package's own
code is held to this by the import-linter contract "Only the store's public face"."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / "csmaturity_app" / "store"
# Every module of the store but its package and its errors: a module added later is covered.
INSIDE = sorted(
    p.stem if p.is_file() else p.name
    for p in STORE.iterdir()
    if (p.suffix == ".py" or (p / "__init__.py").exists()) and p.stem not in {"__init__", "errors"}
)
FORBIDDEN = {f"csmaturity_app.store.{name}" for name in INSIDE}
# The benchmark of an encrypted store opens one with a key derived beforehand, to measure what
# encryption costs an opening apart from the (deliberately slow) key derivation: no public
# call does that, and adding one for a benchmark would widen the store's face for nothing.
ALLOWED = {
    "benchmarks/encrypted_store.py": {"csmaturity_app.store.cipher", "csmaturity_app.store.opening"}
}


def store_modules_imported(path: Path) -> list[str]:
    allowed = ALLOWED.get(path.relative_to(ROOT).as_posix(), set())
    imported = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
            imported += [f"{node.module}.{a.name}" for a in node.names]  # a module, maybe
    return [f"{path.relative_to(ROOT)}: {name}" for name in imported if name in FORBIDDEN - allowed]


def test_benchmarks_and_tests_outside_the_store_import_only_its_public_face():
    files = [*ROOT.glob("benchmarks/*.py"), *ROOT.glob("tests/**/*.py")]
    outside = [f for f in files if ROOT / "tests" / "store" not in f.parents]
    assert len(outside) > 20
    assert {"store", "merge", "summary", "integrity", "migrations"} <= set(INSIDE)
    assert [line for f in outside for line in store_modules_imported(f)] == []
