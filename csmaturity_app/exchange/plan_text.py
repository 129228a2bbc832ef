"""An organization's action plan as text: the table `csmaturity plan` prints, CSV and JSON
(printed, or written to a .csv or .json file). The columns and words are
`presentation.plan`'s, so that each format says what the XLSX action plan says."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

from csmaturity_app import i18n
from csmaturity_app.exchange.csv_format import FALSE, TRUE, neutralise
from csmaturity_app.exchange.output_files import refuse_output, replacing_file
from csmaturity_app.exchange.printable import printable
from csmaturity_app.i18n import translate
from csmaturity_app.presentation.plan import (
    CLIENT_SAFE_PLAN_COLUMNS,
    PLAN_COLUMNS,
    PlanRow,
    gap_text,
    plan_rows,
    state_text,
    status_label,
    target_label,
)
from csmaturity_app.store import PlanView, TargetView


def columns(client_safe: bool) -> tuple[str, ...]:
    return CLIENT_SAFE_PLAN_COLUMNS if client_safe else PLAN_COLUMNS


def row_values(row: PlanRow, client_safe: bool = False) -> dict[str, Any]:
    """One action as JSON holds it: dates ISO (or None), `overdue` a boolean."""
    values = dict(zip(columns(client_safe), row.values(client_safe), strict=True))
    for key, value in values.items():
        if isinstance(value, date):
            values[key] = value.isoformat()
    return values


def target_values(view: TargetView, today: date) -> dict[str, Any]:
    """One target with its gap, in the words of the results pane."""
    target = view.target
    return {
        "model_id": target.model_id,
        "model": view.model.title,
        "stage_level": target.stage_level,
        "stage": view.stage.name if view.stage else "",
        "due_on": target.due_on.isoformat() if target.due_on else None,
        "target": target_label(view),
        "gap": gap_text(view, today),
    }


def plan_document(view: PlanView, client_safe: bool = False) -> dict[str, Any]:
    """The whole plan as one JSON object: the organization, its targets, its actions."""
    return {
        "organization": {"id": view.organization.id, "name": view.organization.name},
        "today": view.today.isoformat(),
        "targets": [target_values(t, view.today) for t in view.targets],
        "actions": [row_values(r, client_safe) for r in plan_rows(view)],
    }


def plan_json(view: PlanView, client_safe: bool = False) -> str:
    return json.dumps(plan_document(view, client_safe), indent=2, ensure_ascii=False)


def plan_csv(view: PlanView, client_safe: bool = False) -> str:
    """One row per action under the column names; dates ISO, `overdue` true or false, and
    formula-like text neutralised (a spreadsheet opens the file: an action titled "=..."
    must stay text)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns(client_safe))
    for row in plan_rows(view):
        writer.writerow([_csv_cell(v) for v in row.values(client_safe)])
    return out.getvalue()


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return TRUE if value else FALSE
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return str(value)


def write_plan_text(
    view: PlanView, out: Path, store_path: Path, client_safe: bool, language: str | None = None
) -> Path:
    """Write the plan to a .csv (UTF-8 with a BOM, which Excel needs to read accents) or a
    .json file, beside and moved into place; in `language` as `write_plan_xlsx`."""
    out = Path(out)
    refuse_output(out, store_path)
    suffix = out.suffix.lower()
    with i18n.using(language):
        if suffix == ".csv":
            data = plan_csv(view, client_safe).encode("utf-8-sig")
        elif suffix == ".json":
            data = (plan_json(view, client_safe) + "\n").encode("utf-8")
        else:
            raise ValueError(f"not a text format of the plan: {suffix!r}")
    with replacing_file(out) as temporary:
        temporary.write_bytes(data)
    return out


# -- the table a terminal shows

_GAP = "  "
# The widest each column but the action's may be; past it, a cell wraps. The action's
# column takes the rest of the width.
_CAPS = (5, 0, 14, 10, 11, 10)
_MIN_ACTION = 24


def plan_table(view: PlanView, width: int = 80) -> str:
    """The organization, its targets with their gaps, then one block per action: number,
    action, owner, due, status and state, the long ones wrapped, within `width` columns.
    Every stored text is shown `printable`: a title cannot recolour the terminal."""
    heads = (
        "#",
        translate("plan", "action", "table heading"),
        translate("plan", "owner", "table heading"),
        translate("plan", "due", "table heading"),
        translate("plan", "status", "table heading"),
        translate("plan", "state", "table heading"),
    )
    lines = [
        printable(
            translate("plan", "Action plan of {organization}").format(
                organization=view.organization.name
            )
        )
    ]
    for target in view.targets:
        text = translate("plan", "Target on {model}: {target} ({gap})").format(
            model=target.target.model_id,
            target=target_label(target),
            gap=gap_text(target, view.today),
        )
        lines += textwrap.wrap(printable(text), width, subsequent_indent="  ")
    if not view.targets:
        lines.append(
            translate(
                "plan", "No target set (csmaturity target ORG --model MODEL_ID --stage LEVEL)."
            )
        )
    lines.append("")
    rows = plan_rows(view)
    if not rows:
        lines.append(translate("plan", "No actions in the roadmap yet."))
        return "\n".join(lines)
    table = [
        [
            printable(" ".join(cell.split()))
            for cell in (
                str(row.position),
                row.action,
                row.owner,
                row.due_on.isoformat() if row.due_on else "",
                status_label(row.status),
                state_text(item),
            )
        ]
        for row, item in zip(rows, view.items, strict=True)
    ]
    widths = [
        min(cap, max(len(head), *(len(cells[n]) for cells in table))) if cap else 0
        for n, (head, cap) in enumerate(zip(heads, _CAPS, strict=True))
    ]
    widths[1] = max(_MIN_ACTION, width - sum(widths) - len(_GAP) * (len(widths) - 1))
    lines.append(_joined(list(heads), widths))
    lines.append(_GAP.join("-" * w for w in widths))
    for cells in table:
        wrapped = [
            textwrap.wrap(cell, w, break_on_hyphens=False) or [""]
            for cell, w in zip(cells, widths, strict=True)
        ]
        for n in range(max(len(w) for w in wrapped)):
            lines.append(_joined([w[n] if n < len(w) else "" for w in wrapped], widths))
    return "\n".join(lines)


def _joined(cells: list[str], widths: list[int]) -> str:
    number, *rest = cells
    return _GAP.join(
        [number.rjust(widths[0]), *(c.ljust(w) for c, w in zip(rest, widths[1:], strict=True))]
    ).rstrip()
