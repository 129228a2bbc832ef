"""`respondents`, `respondents add`, `questionnaire` and `collect`: an assessment's respondents,
and their questionnaires sent out as XLSX files and collected back."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from csmaturity_app.cli.store_access import open_store
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.listing import FORMATS, render
from csmaturity_app.presentation.respondents import role_text

ADD = "add"
COMMANDS = ("respondents", "questionnaire", "collect")
_parsers: dict[str, argparse.ArgumentParser] = {}  # a usage error shows its command's usage


def add_parsers(commands: Any) -> None:
    """The three commands, on the main parser's subcommands."""
    respondents = commands.add_parser(
        "respondents",
        help=translate(
            "cli", "an assessment's respondents, with how much each has answered; or add one"
        ),
        usage="%(prog)s ASSESSMENT_ID [--format {table,csv,json}]\n"
        "       %(prog)s add ASSESSMENT_ID NAME [--role ROLE]",
        description=translate(
            "cli",
            "List the people who rate an assessment's criteria (its respondents), "
            "with how many criteria each has answered and when their questionnaire "
            "was collected. An assessment starts with one respondent, its "
            'assessor. `respondents add ASSESSMENT_ID "Pat Lee" --role "VP '
            'Customer Success"` adds one and prints their id.',
        ),
    )
    respondents.add_argument(
        "words",
        nargs="+",
        metavar="ASSESSMENT_ID",
        help=translate("cli", "an assessment id (or: add ID NAME)"),
    )
    respondents.add_argument(
        "--role",
        default="",
        help=translate("cli", 'with add: their role, e.g. "CSM" or "VP Customer Success"'),
    )
    respondents.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help=translate("cli", "output format (default: table)"),
    )

    questionnaire = commands.add_parser(
        "questionnaire",
        help=translate("cli", "write XLSX questionnaires for respondents to fill in"),
        description=translate(
            "cli",
            "Write a respondent's questionnaire: an XLSX file to fill in in any "
            "spreadsheet program (Excel, LibreOffice Calc), with a rating list for "
            "each criterion and a column for notes. Collect the filled files with "
            "`csmaturity collect`. With --all, one file per respondent, named "
            "'<organization> - <respondent>.xlsx'.",
        ),
    )
    questionnaire.add_argument(
        "assessment_id", metavar="ASSESSMENT_ID", help=translate("cli", "an assessment id")
    )
    who = questionnaire.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--respondent", metavar="NAME", help=translate("cli", "the respondent (name or id)")
    )
    who.add_argument(
        "--all", action="store_true", help=translate("cli", "every respondent of the assessment")
    )
    where = questionnaire.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--out", metavar="FILE", help=translate("cli", "the file to write (with --respondent)")
    )
    where.add_argument(
        "--out-dir",
        metavar="DIR",
        help=translate("cli", "the folder to write into (made if missing)"),
    )

    collect = commands.add_parser(
        "collect",
        help=translate("cli", "collect filled questionnaires into the store"),
        description=translate(
            "cli",
            "Take the answers of filled questionnaires as their respondents' "
            "ratings. One line per file says what it changes; a file that cannot "
            "be collected is named on stderr with the reason (and the sheet and "
            "cell), and nothing is taken from it; the others are still collected. "
            "The same file twice changes nothing; a newer fill of the same "
            "respondent replaces the older one.",
        ),
    )
    collect.add_argument(
        "files", nargs="+", metavar="FILE", help=translate("cli", "filled .xlsx questionnaires")
    )
    collect.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only say what collecting would change"),
    )
    _parsers.update(respondents=respondents, questionnaire=questionnaire, collect=collect)


def run(command: str, args: argparse.Namespace) -> int:
    parser = _parsers[command]
    if command == "respondents":
        words = args.words
        if words[0] == ADD:
            if len(words) != 3:
                parser.error(
                    translate(
                        "cli", 'respondents add needs an assessment id and a name: add ID "NAME"'
                    )
                )
            return cmd_add(args, words[1], words[2])
        if len(words) != 1:
            parser.error(translate("cli", "respondents takes one assessment id (or: add ID NAME)"))
        if args.role:
            parser.error(translate("cli", "--role goes with respondents add"))
        return cmd_list(args, words[0])
    if command == "questionnaire":
        if args.all and args.out:
            parser.error(
                translate("cli", "--all writes one file per respondent: give --out-dir, not --out")
            )
        return cmd_questionnaire(args)
    return cmd_collect(args)


def cmd_list(args: argparse.Namespace, assessment_id: str) -> int:
    with open_store(args, reading=True) as store:
        view = store.respondents_view(assessment_id)
    total = len(view.model.criteria)
    rows: list[dict[str, object]] = []
    for person in view.respondents:
        answered = sum(a.answered for a in view.ratings.get(person.id, {}).values())
        # a script reads the stored role, a reader the role as shown
        role = person.role if args.format in ("json", "csv") else role_text(person)
        row: dict[str, object] = {"id": person.id, "name": person.name, "role": role}
        if args.format == "json":
            row |= {"answered": answered, "total": total, "collected": person.collected_at}
        elif args.format == "csv":  # numbers a script reads in any language
            row |= {"answered": answered, "total": total, "collected": _local(person.collected_at)}
        else:
            row |= {
                "answered": translate("cli", "{answered} of {total}").format(
                    answered=answered, total=total
                ),
                "collected": _local(person.collected_at),
            }
        rows.append(row)
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    columns = ["id", "name", "role", "answered", "collected"]
    if args.format == "csv":
        columns.insert(columns.index("collected"), "total")
    print(render(rows, columns, args.format))
    return 0


def cmd_add(args: argparse.Namespace, assessment_id: str, name: str) -> int:
    with open_store(args, must_exist=True) as store:
        added = store.add_respondent(assessment_id, name, args.role)
    print(added.id)
    return 0


def cmd_questionnaire(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange.questionnaire_write import (
        file_names,
        write_questionnaire,
        write_questionnaires,
    )

    with open_store(args, must_exist=True) as store:
        if args.all:
            written = write_questionnaires(store, args.assessment_id, Path(args.out_dir))
        else:
            person = store.find_respondent(args.assessment_id, args.respondent)
            if args.out:
                out = Path(args.out).expanduser()
            else:
                record = store.assessment(args.assessment_id)
                folder = Path(args.out_dir).expanduser()
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise UserFacingError(
                        translate("cli", "cannot write to {folder}: {output_problem}").format(
                            folder=folder, output_problem=_output_problem(exc)
                        )
                    ) from None
                out = folder / file_names(record.organization_name, [person.name])[0]
            written = [write_questionnaire(store, args.assessment_id, person, out)]
    for path in written:
        print(translate("cli", "wrote {path}").format(path=path))
    return 0


def cmd_collect(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires

    files = [Path(name).expanduser() for name in args.files]
    with open_store(args, must_exist=True) as store:
        results = collect_questionnaires(store, files, dry_run=args.dry_run)
    bad = 0
    for result in results:
        if result.error:
            bad += 1
            print(
                translate("cli", "csmaturity: error: {message}").format(
                    message=" ".join(result.error.split())
                ),
                file=sys.stderr,
            )
        else:
            print(result.line)
    if args.dry_run:
        print(translate("cli", "(dry run: nothing was changed)"))
    return 1 if bad else 0


def _local(stamp: str) -> str:
    """A stored UTC stamp in this computer's time, to the minute ("" stays "")."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _output_problem(exc: OSError) -> str:
    # The exchange package is loaded by the commands that use it: starting the window (the
    # command line without a command) must not pay for it before the first paint.
    from csmaturity_app.exchange.output_files import output_problem

    return output_problem(exc)
