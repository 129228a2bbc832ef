"""Render rows as an aligned table, CSV or JSON: the `--format` of every listing command.

A table is read by a person, so its headings are in the language in effect; CSV and JSON are
read by scripts, so their keys stay the English column names."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from csmaturity_app.i18n import formats, translate

FORMATS = ("table", "csv", "json")


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(
            [{c: row.get(c) for c in columns} for row in rows], indent=2, ensure_ascii=False
        )
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
        return out.getvalue().rstrip("\n")
    return table(rows, columns)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    named = [heading(c) for c in columns]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(named)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(named, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return formats.decimal(value, 2)  # "0,46" in French, as `show` writes it
    return " ".join(str(value).split())


def heading(column: str) -> str:
    """A column's heading in a table: its name in the language in effect (the name itself for
    a column this list does not know)."""
    return _headings().get(column, column)


def _headings() -> dict[str, str]:
    # Read at each table, not at import: the language is chosen after this module loads.
    return {
        "id": translate("listing", "id"),
        "version": translate("listing", "version"),
        "title": translate("listing", "title"),
        "stages": translate("listing", "stages"),
        "dimensions": translate("listing", "dimensions"),
        "criteria": translate("listing", "criteria"),
        "source": translate("listing", "source"),
        "name": translate("listing", "name"),
        "assessments": translate("listing", "assessments"),
        "latest": translate("listing", "latest"),
        "model": translate("listing", "model"),
        "status": translate("listing", "status"),
        "placed_stage": translate("listing", "placed_stage"),
        "maturity_index": translate("listing", "maturity_index"),
        "stage": translate("listing", "stage"),
        "attainment": translate("listing", "attainment"),
        "outcome": translate("listing", "outcome"),
        "dimension": translate("listing", "dimension"),
        "score": translate("listing", "score"),
        "respondent": translate("listing", "respondent"),
        "role": translate("listing", "role"),
        "placed at": translate("listing", "placed at"),
        "index": translate("listing", "index"),
        "answered": translate("listing", "answered"),
        "collected": translate("listing", "collected"),
        "model_id": translate("listing", "model_id"),
        "target": translate("listing", "target"),
        "gap": translate("listing", "gap"),
    }
