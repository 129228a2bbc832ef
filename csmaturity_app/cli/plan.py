"""`target` and `plan`: what an organization aims for, and the action plan that gets it there,
printed or written as the XLSX, CSV or JSON file a client is handed."""

from __future__ import annotations

import argparse
import json
import shutil
from typing import Any

from csmaturity_app.cli.output_path import output_path
from csmaturity_app.cli.store_access import open_store
from csmaturity_app.errors import UserFacingError
from csmaturity_app.listing import FORMATS, render
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.presentation.numbers import counted
from csmaturity_app.store import Store, TargetView

COMMANDS = ("target", "plan")
PLAN_FILES = (".xlsx", ".csv", ".json")  # `plan --out`: the extension is the format
_parsers: dict[str, argparse.ArgumentParser] = {}  # a usage error shows its command's usage


def add_parsers(commands: Any) -> None:
    """The two commands, on the main parser's subcommands."""
    target = commands.add_parser(
        "target",
        help="set an organization's target stage and build its roadmap; or list its targets",
        usage="%(prog)s ORG --model MODEL_ID --stage LEVEL [--by DATE]\n"
        "       %(prog)s ORG [--format {table,csv,json}]\n"
        "       %(prog)s ORG --model MODEL_ID --clear",
        description="Aim an organization at a stage of a maturity model, by a date or not, "
        "then build its roadmap: one action for each criterion between its latest placement "
        "on that model and the target that is not fully in place and has no action yet. "
        "Without --model, list the organization's targets with the gap to each.",
    )
    target.add_argument("organization", metavar="ORG", help="an organization's name or id")
    target.add_argument(
        "--model", metavar="MODEL_ID", help="a model id, as `csmaturity models` lists"
    )
    target.add_argument("--stage", metavar="LEVEL", help="the stage to reach, by its level, e.g. 3")
    target.add_argument("--by", metavar="DATE", help="the date to reach it by, YYYY-MM-DD")
    target.add_argument(
        "--clear", action="store_true", help="take the target on --model away (its actions stay)"
    )
    target.add_argument("--format", choices=FORMATS, help="the list's format (default: table)")

    plan = commands.add_parser(
        "plan",
        help="an organization's action plan: print it, or write it as XLSX, CSV or JSON",
        description="Print an organization's action plan (its roadmap: every action with its "
        "owner, due date, status and whether it is overdue or achieved), or write it with "
        "--out: the file's extension is its format, .xlsx (a workbook with date cells, a "
        "filter and the status as a drop-down), .csv or .json.",
    )
    plan.add_argument("organization", metavar="ORG", help="an organization's name or id")
    plan.add_argument("--format", choices=FORMATS, help="output format (default: table)")
    plan.add_argument("--out", metavar="FILE", help="the file to write: .xlsx, .csv or .json")
    plan.add_argument(
        "--client-safe",
        action="store_true",
        help="leave the private notes out (for a file the client reads)",
    )
    _parsers.update(target=target, plan=plan)


def run(command: str, args: argparse.Namespace) -> int:
    parser = _parsers[command]
    if command == "plan":
        if args.out is not None and args.format is not None:
            parser.error("--out writes the format its extension names: leave --format out")
        return cmd_plan(args)
    if args.model is None:
        if args.stage is not None or args.by is not None or args.clear:
            parser.error("name the model: --model MODEL_ID")
        return cmd_targets(args)
    if args.format is not None:
        parser.error("--format goes with the list of targets (without --model)")
    if args.clear:
        if args.stage is not None or args.by is not None:
            parser.error("--clear takes no --stage or --by")
        return cmd_clear(args)
    if args.stage is None:
        parser.error("give the stage to reach: --stage LEVEL (or --clear)")
    return cmd_set(args)


def cmd_set(args: argparse.Namespace) -> int:
    level = _level(args.stage)
    model = _catalog().get(args.model)
    with open_store(args, must_exist=True) as store:
        organization = store.find_organization(args.organization)
        # One transaction: a target saved without its roadmap (the disk full in between)
        # would say done what was not.
        with store.writing():
            store.set_target(organization.id, model, level, args.by)
            view = _target_view(store, organization.id, model.id)
            lines = [_target_line(organization.name, model.id, view)]
            if view.latest is None:
                lines.append(
                    f"roadmap: built once the organization has an assessment on {model.id}"
                )
            elif view.gap is not None and view.gap.reached:
                lines.append("the target is reached: no actions added")
            else:
                added = store.build_roadmap(organization.id, model.id)
                lines.append(
                    f"roadmap: {counted(len(added), 'action')} added"
                    if added
                    else "roadmap: no actions added: every criterion up to the target has one"
                )
    _print_lines(lines)
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True) as store:
        organization = store.find_organization(args.organization)
        old = store.clear_target(organization.id, args.model)
    name = organization.name
    if old is None:
        _print_lines([f"{name} had no target on {args.model}: nothing to clear"])
    else:
        _print_lines([f"target of {name} on {args.model} cleared (its actions stay)"])
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange.plan_text import target_values

    with open_store(args, reading=True) as store:
        organization = store.find_organization(args.organization)
        view = store.plan(organization.id)
    rows = [target_values(t, view.today) for t in view.targets]
    fmt = args.format or "table"
    if fmt == "table" and not rows:
        _print_lines([f"{organization.name} has no target yet."])
        return 0
    if fmt == "json":
        _print_json(rows)
        return 0
    _print_text(render(rows, ["model_id", "target", "gap"], fmt))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from csmaturity_app.presentation.plan import CLIENT_SAFE_WRITTEN

    with open_store(args, reading=True) as store:
        organization = store.find_organization(args.organization)
        view = store.plan(organization.id)
        if args.out is not None:
            out = output_path(args.out)
            suffix = out.suffix.lower()
            if suffix not in PLAN_FILES:
                raise UserFacingError(
                    f"plan --out writes a .xlsx, .csv or .json file, not "
                    f"{_quoted(suffix or out.name)}: the extension is the format"
                )
            if suffix == ".xlsx":
                from csmaturity_app.exchange.plan_xlsx import write_plan_xlsx

                write_plan_xlsx(view, out, store.path, args.client_safe)
            else:
                from csmaturity_app.exchange.plan_text import write_plan_text

                write_plan_text(view, out, store.path, args.client_safe)
            safe = CLIENT_SAFE_WRITTEN if args.client_safe else ""
            _print_lines([f"wrote {out}: {counted(len(view.items), 'action')}{safe}"])
            return 0
    from csmaturity_app.exchange import plan_text

    fmt = args.format or "table"
    if fmt == "json":
        _print_json(plan_text.plan_document(view, args.client_safe))
    elif fmt == "csv":
        _print_text(plan_text.plan_csv(view, args.client_safe).replace("\r\n", "\n").rstrip("\n"))
    else:
        width = max(60, min(shutil.get_terminal_size((80, 24)).columns, 120))
        print(plan_text.plan_table(view, width))
    return 0


# -- helpers


def _level(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise UserFacingError(
            f"--stage takes a stage's level, a whole number such as 3, not {_quoted(text)}"
        ) from None


def _quoted(text: str) -> str:
    from csmaturity_app.exchange.printable import printable

    return repr(printable(text))


def _target_view(store: Store, organization_id: str, model_id: str) -> TargetView:
    view = store.plan(organization_id)
    return next(t for t in view.targets if t.target.model_id == model_id)


def _target_line(name: str, model_id: str, view: TargetView) -> str:
    from csmaturity_app.presentation.plan import target_label

    return f"target of {name} on {model_id}: {target_label(view)}"


def _print_lines(lines: list[str]) -> None:
    """Lines of stored text (names, titles) shown escaped: one cannot rewrite the terminal."""
    from csmaturity_app.exchange.printable import printable

    for line in lines:
        print(printable(line))


def _print_text(text: str) -> None:
    """CSV or a table: each line escaped, its line breaks kept."""
    from csmaturity_app.exchange.printable import printable

    print("\n".join(printable(line) for line in text.split("\n")))


def _print_json(data: object) -> None:
    from csmaturity_app.exchange.printable import json_printable

    print(json_printable(json.dumps(data, indent=2, ensure_ascii=False)))


def _catalog() -> ModelCatalog:
    from csmaturity_app.cli import catalog  # the main module's: it warns of skipped files

    return catalog()
