"""`target` and `plan`: what an organization aims for, and the action plan that gets it there,
printed or written as the XLSX, CSV or JSON file a client is handed."""

from __future__ import annotations

import argparse
import json
import shutil
from typing import Any

from csmaturity_app.cli.counts import client_safe_written, counted_text
from csmaturity_app.cli.output_path import output_path
from csmaturity_app.cli.store_access import open_store
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.listing import FORMATS, render
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store, TargetView

COMMANDS = ("target", "plan")
PLAN_FILES = (".xlsx", ".csv", ".json")  # `plan --out`: the extension is the format
_parsers: dict[str, argparse.ArgumentParser] = {}  # a usage error shows its command's usage


def add_parsers(commands: Any) -> None:
    """The two commands, on the main parser's subcommands."""
    target = commands.add_parser(
        "target",
        help=translate(
            "cli", "set an organization's target stage and build its roadmap; or list its targets"
        ),
        usage="%(prog)s ORG --model MODEL_ID --stage LEVEL [--by DATE]\n"
        "       %(prog)s ORG [--format {table,csv,json}]\n"
        "       %(prog)s ORG --model MODEL_ID --clear",
        description=translate(
            "cli",
            "Aim an organization at a stage of a maturity model, by a date or not, "
            "then build its roadmap: one action for each criterion between its "
            "latest placement on that model and the target that is not fully in "
            "place and has no action yet. Without --model, list the organization's "
            "targets with the gap to each.",
        ),
    )
    target.add_argument(
        "organization", metavar="ORG", help=translate("cli", "an organization's name or id")
    )
    target.add_argument(
        "--model",
        metavar="MODEL_ID",
        help=translate("cli", "a model id, as `csmaturity models` lists"),
    )
    target.add_argument(
        "--stage",
        metavar="LEVEL",
        help=translate("cli", "the stage to reach, by its level, e.g. 3"),
    )
    target.add_argument(
        "--by", metavar="DATE", help=translate("cli", "the date to reach it by, YYYY-MM-DD")
    )
    target.add_argument(
        "--clear",
        action="store_true",
        help=translate("cli", "take the target on --model away (its actions stay)"),
    )
    target.add_argument(
        "--format", choices=FORMATS, help=translate("cli", "the list's format (default: table)")
    )

    plan = commands.add_parser(
        "plan",
        help=translate(
            "cli", "an organization's action plan: print it, or write it as XLSX, CSV or JSON"
        ),
        description=translate(
            "cli",
            "Print an organization's action plan (its roadmap: every action with "
            "its owner, due date, status and whether it is overdue or achieved), "
            "or write it with --out: the file's extension is its format, .xlsx (a "
            "workbook with date cells, a filter and the status as a drop-down), "
            ".csv or .json.",
        ),
    )
    plan.add_argument(
        "organization", metavar="ORG", help=translate("cli", "an organization's name or id")
    )
    plan.add_argument(
        "--format", choices=FORMATS, help=translate("cli", "output format (default: table)")
    )
    plan.add_argument(
        "--out", metavar="FILE", help=translate("cli", "the file to write: .xlsx, .csv or .json")
    )
    plan.add_argument(
        "--client-safe",
        action="store_true",
        help=translate("cli", "leave the private notes out (for a file the client reads)"),
    )
    _parsers.update(target=target, plan=plan)


def run(command: str, args: argparse.Namespace) -> int:
    parser = _parsers[command]
    if command == "plan":
        if args.out is not None and args.format is not None:
            parser.error(
                translate("cli", "--out writes the format its extension names: leave --format out")
            )
        return cmd_plan(args)
    if args.model is None:
        if args.stage is not None or args.by is not None or args.clear:
            parser.error(translate("cli", "name the model: --model MODEL_ID"))
        return cmd_targets(args)
    if args.format is not None:
        parser.error(translate("cli", "--format goes with the list of targets (without --model)"))
    if args.clear:
        if args.stage is not None or args.by is not None:
            parser.error(translate("cli", "--clear takes no --stage or --by"))
        return cmd_clear(args)
    if args.stage is None:
        parser.error(translate("cli", "give the stage to reach: --stage LEVEL (or --clear)"))
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
                    translate(
                        "cli", "roadmap: built once the organization has an assessment on {id}"
                    ).format(id=model.id)
                )
            elif view.gap is not None and view.gap.reached:
                lines.append(translate("cli", "the target is reached: no actions added"))
            else:
                added = store.build_roadmap(organization.id, model.id)
                lines.append(
                    counted_text(
                        len(added),
                        translate("cli", "roadmap: {count} action added"),
                        translate("cli", "roadmap: {count} actions added"),
                    )
                    if added
                    else translate(
                        "cli", "roadmap: no actions added: every criterion up to the target has one"
                    )
                )
    _print_lines(lines)
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    with open_store(args, must_exist=True) as store:
        organization = store.find_organization(args.organization)
        old = store.clear_target(organization.id, args.model)
    name = organization.name
    if old is None:
        _print_lines(
            [
                translate("cli", "{name} had no target on {model}: nothing to clear").format(
                    name=name, model=args.model
                )
            ]
        )
    else:
        _print_lines(
            [
                translate("cli", "target of {name} on {model} cleared (its actions stay)").format(
                    name=name, model=args.model
                )
            ]
        )
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange.plan_text import target_values

    with open_store(args, reading=True) as store:
        organization = store.find_organization(args.organization)
        view = store.plan(organization.id)
    rows = [target_values(t, view.today) for t in view.targets]
    fmt = args.format or "table"
    if fmt == "table" and not rows:
        _print_lines([translate("cli", "{name} has no target yet.").format(name=organization.name)])
        return 0
    if fmt == "json":
        _print_json(rows)
        return 0
    _print_text(render(rows, ["model_id", "target", "gap"], fmt))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:

    with open_store(args, reading=True) as store:
        organization = store.find_organization(args.organization)
        view = store.plan(organization.id)
        if args.out is not None:
            out = output_path(args.out)
            suffix = out.suffix.lower()
            if suffix not in PLAN_FILES:
                raise UserFacingError(
                    translate(
                        "cli",
                        "plan --out writes a .xlsx, .csv or .json file, not {quoted}: the "
                        "extension is the format",
                    ).format(quoted=_quoted(suffix or out.name))
                )
            if suffix == ".xlsx":
                from csmaturity_app.exchange.plan_xlsx import write_plan_xlsx

                write_plan_xlsx(view, out, store.path, args.client_safe)
            else:
                from csmaturity_app.exchange.plan_text import write_plan_text

                write_plan_text(view, out, store.path, args.client_safe)
            safe = client_safe_written() if args.client_safe else ""
            actions = counted_text(
                len(view.items),
                translate("cli", "{count} action"),
                translate("cli", "{count} actions"),
            )
            _print_lines(
                [translate("cli", "wrote {out}: {actions}").format(out=out, actions=actions) + safe]
            )
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
            translate(
                "cli", "--stage takes a stage's level, a whole number such as 3, not {quoted}"
            ).format(quoted=_quoted(text))
        ) from None


def _quoted(text: str) -> str:
    from csmaturity_app.exchange.printable import printable

    return repr(printable(text))


def _target_view(store: Store, organization_id: str, model_id: str) -> TargetView:
    view = store.plan(organization_id)
    return next(t for t in view.targets if t.target.model_id == model_id)


def _target_line(name: str, model_id: str, view: TargetView) -> str:
    from csmaturity_app.presentation.plan import target_label

    return translate("cli", "target of {name} on {model_id}: {target_label}").format(
        name=name, model_id=model_id, target_label=target_label(view)
    )


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
