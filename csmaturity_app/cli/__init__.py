"""The command line: `csmaturity` starts the application; subcommands list and check data.

Errors are one line on stderr with exit status 1 (2 for wrong usage, from
argparse), never a traceback: every expected failure is a `UserFacingError`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmaturity_app import APP_NAME, i18n, paths, version
from csmaturity_app.cli import argparse_words, passphrases, snapshot_crypto, store_crypto, terminal
from csmaturity_app.cli import plan as plan_cli
from csmaturity_app.cli import respondents as respondents_cli
from csmaturity_app.cli.counts import client_safe_written, counted_text
from csmaturity_app.cli.output_path import output_path
from csmaturity_app.cli.store_access import open_store
from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.listing import FORMATS, render
from csmaturity_app.maturity import MaturityModel, load_model_file
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.translation import (
    add_translation_folders,
    check_translation,
    is_translation_file,
    load_translation,
    placement_problems,
)
from csmaturity_app.store import AnswerRecord, AssessmentRecord, Store

# The presentation of results and the crosswalk are imported by the commands that show them:
# starting the window does not need them before its first paint.
if TYPE_CHECKING:
    from csmaturity_app.presentation import Presentation, StageRow
    from csmaturity_app.presentation.respondents import RespondentsPresentation

PROG = "csmaturity"


class VersionAction(argparse.Action):
    """`--version`: the version is read only when asked for (see `csmaturity_app.version`)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        # `--lang` is read before the parser exists (its help is in the language), so no
        # abbreviation of a global option may pass unseen: `--lan fr` is refused, not ignored.
        allow_abbrev=False,
        description=translate(
            "cli",
            "{app_name}: assess the maturity of customer-success organizations, "
            "offline. Without a command, the application window opens.",
        ).format(app_name=APP_NAME),
        epilog=translate(
            "cli",
            "The store is {default_db_path} unless --db or ${db_env} names "
            "another. Your own maturity model files go in {user_models_dir}. An "
            "encrypted store opens with its passphrase from --passphrase-file FILE "
            "or ${env} (a file holding it), else asked for on the terminal.",
        ).format(
            default_db_path=paths.default_db_path(),
            db_env=paths.DB_ENV,
            user_models_dir=paths.user_models_dir(),
            env=passphrases.ENV,
        ),
    )
    parser.add_argument(
        "--version", action=VersionAction, help=translate("cli", "show the version and exit")
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate(
            "cli",
            "the store (SQLite file) to use; created if missing (default: "
            "${db_env}, else the one in your data folder)",
        ).format(db_env=paths.DB_ENV),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=translate(
            "cli",
            "the language of messages, listings and the files written: {languages} "
            "(default: the system's language)",
        ).format(languages=", ".join(i18n.available_languages())),
    )
    parser.add_argument(
        "--passphrase-file",
        dest="store_passphrase_file",
        metavar="FILE",
        help=translate(
            "cli",
            "the passphrase of an encrypted store, on the first line of FILE "
            "(default: ${env}; else asked for on the terminal)",
        ).format(env=passphrases.ENV),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    models = commands.add_parser(
        "models",
        help=translate("cli", "list the maturity models, show one, or check a file of your own"),
        description=translate(
            "cli", "List the maturity models: the built-in ones and those in your models folder."
        ),
    )
    add_format(models)
    model_commands = models.add_subparsers(dest="models_command", metavar="SUBCOMMAND")
    show = model_commands.add_parser(
        "show",
        help=translate("cli", "stages, dimensions and every criterion with its id"),
        description=translate(
            "cli",
            "Show one maturity model: its stages in order, its dimensions and "
            "every criterion with its stable id.",
        ),
    )
    show.add_argument(
        "model_id", metavar="ID", help=translate("cli", "a model id, as `csmaturity models` lists")
    )
    show.add_argument(
        "--model-version",
        metavar="VERSION",
        help=translate("cli", "a version other than the newest"),
    )
    add_format(show)
    check = model_commands.add_parser(
        "check",
        help=translate("cli", "validate a maturity model file of your own"),
        description=translate(
            "cli", "Validate a maturity model file and say exactly what is wrong with it."
        ),
    )
    check.add_argument("file", metavar="FILE", help=translate("cli", "a .toml maturity model file"))

    orgs = commands.add_parser(
        "orgs",
        help=translate("cli", "organizations with their latest placed stage"),
        description=translate(
            "cli",
            "List the organizations of the store, each with its latest assessment "
            "and the stage it placed them in.",
        ),
    )
    add_format(orgs)

    show_results = commands.add_parser(
        "show",
        help=translate(
            "cli",
            "results of one assessment: placed stage, maturity index, attainment, "
            "profile, next steps",
        ),
        description=translate(
            "cli",
            "Show the results of one assessment, scored with the maturity model "
            "version it was taken with.",
        ),
    )
    show_results.add_argument(
        "assessment_id", metavar="ASSESSMENT_ID", help=translate("cli", "an assessment id")
    )
    add_format(show_results)

    carry = commands.add_parser(
        "carry-forward",
        help=translate(
            "cli", "start a draft under the current version of an assessment's maturity model"
        ),
        description=translate(
            "cli",
            "Start a new draft for the same organization under the newest "
            "installed version of the assessment's maturity model. Answers come "
            "across through the mapping that version declares, each marked for "
            "review; criteria new to it stay unanswered. The assessment itself is "
            "not changed. Prints the new assessment's id.",
        ),
    )
    carry.add_argument(
        "assessment_id", metavar="ASSESSMENT_ID", help=translate("cli", "an assessment id")
    )
    carry.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help=translate("cli", "output format (default: table)"),
    )

    respondents_cli.add_parsers(commands)
    plan_cli.add_parsers(commands)
    store_crypto.add_parsers(commands)

    export = commands.add_parser(
        "export",
        help=translate(
            "cli",
            "write a CSV snapshot (or a summary) of the store, an organization or an assessment",
        ),
        description=translate(
            "cli",
            "Write a CSV snapshot: one row per criterion per assessment, which "
            "`csmaturity import` reads back on another laptop. Formula-like cells "
            "are neutralised with a leading ' (and restored on import).",
        ),
    )
    export.add_argument(
        "--out", metavar="FILE", required=True, help=translate("cli", "the CSV file to write")
    )
    scope = export.add_mutually_exclusive_group()
    scope.add_argument(
        "--org", metavar="NAME_OR_ID", help=translate("cli", "only this organization")
    )
    scope.add_argument("--assessment", metavar="ID", help=translate("cli", "only this assessment"))
    export.add_argument(
        "--summary",
        action="store_true",
        help=translate(
            "cli",
            "one row per assessment (placed stage, maturity index, attainment per "
            "stage), for spreadsheets; cannot be imported",
        ),
    )
    export.add_argument(
        "--client-safe",
        action="store_true",
        help=translate(
            "cli",
            "leave every private note out (for a file the client sees); importing "
            "it keeps the private notes of the store it goes into (a summary never "
            "has any)",
        ),
    )
    snapshot_crypto.add_export_options(export)

    import_ = commands.add_parser(
        "import",
        help=translate("cli", "merge a CSV snapshot into the store"),
        description=translate(
            "cli",
            "Merge a CSV snapshot into the store by id: new records are added, and "
            "where a record is in both, the most recently changed copy wins. The "
            "whole file is checked first: if any row is wrong, nothing is imported.",
        ),
    )
    import_.add_argument(
        "file", metavar="FILE", help=translate("cli", "a snapshot written by `csmaturity export`")
    )
    import_.add_argument(
        "--dry-run", action="store_true", help=translate("cli", "only say what the import would do")
    )
    import_.add_argument(
        "--accept-future",
        action="store_true",
        help=translate(
            "cli",
            "import rows stamped more than a day ahead of this computer's clock "
            "(refused otherwise: a wrong clock would make them win over every "
            "later change)",
        ),
    )
    snapshot_crypto.add_import_options(import_)

    report = commands.add_parser(
        "report",
        help=translate("cli", "write the report of an assessment (PDF, or DOCX to edit)"),
        description=translate(
            "cli",
            "Write the report of one assessment, to hand to the client: a PDF, or "
            "a Word document (DOCX) to brand and reword in Word or LibreOffice "
            "Writer. The file's extension, .pdf or .docx, chooses the format (a "
            "PDF without one). A normal report shows the consultant's private "
            'notes, marked "Private note"; --client-safe leaves every one of '
            "them out.",
        ),
    )
    report.add_argument(
        "--assessment", metavar="ID", required=True, help=translate("cli", "an assessment id")
    )
    report.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=translate("cli", "the file to write: report.pdf or report.docx"),
    )
    report.add_argument(
        "--client-safe",
        action="store_true",
        help=translate(
            "cli", "leave the private notes (of answers and of actions) out of the report"
        ),
    )

    sync = commands.add_parser(
        "sync",
        help=translate(
            "cli", "send this store's changes to the team server and receive everyone else's"
        ),
        description=translate(
            "cli",
            "Sync the store with the consultancy's team server (PostgreSQL): pull "
            "what changed there, merge it here (the most recently changed copy of "
            "each record wins), and push what changed here, in one transaction on "
            "each side. Passwords come from ~/.pgpass, a service file or "
            "PGPASSWORD, never from the URL.",
        ),
    )
    sync.add_argument(
        "url",
        nargs="?",
        metavar="URL",
        help=translate(
            "cli",
            "the team server, e.g. postgresql://you@host/database (default: the "
            "server of the last sync)",
        ),
    )
    sync.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only say what would be sent and received, and the conflicts"),
    )
    sync.add_argument(
        "--accept-future",
        action="store_true",
        help=translate(
            "cli",
            "take rows stamped more than a day ahead of this computer's clock "
            "(refused otherwise: a wrong clock would make them win over every "
            "later change)",
        ),
    )

    server = commands.add_parser(
        "server",
        help=translate("cli", "set up the team's PostgreSQL server (for an administrator)"),
        description=translate(
            "cli", "Set up the team server: the PostgreSQL database the laptops sync with."
        ),
    )
    server_commands = server.add_subparsers(
        dest="server_command", metavar="SUBCOMMAND", required=True
    )
    server_init = server_commands.add_parser(
        "init",
        help=translate("cli", "create or upgrade the team store and its roles (safe to run again)"),
        description=translate(
            "cli",
            "Create the team store in a PostgreSQL database, or upgrade it, in one "
            "transaction, with the group roles csmaturity_writer and "
            "csmaturity_reader (give access with GRANT csmaturity_writer TO "
            "alice). Run it as a role that may create schemas in the database, and "
            "roles. The password comes from ~/.pgpass, a service file or "
            "PGPASSWORD, never the URL.",
        ),
    )
    server_init.add_argument(
        "url",
        metavar="URL",
        help=translate("cli", "the database, e.g. postgresql://admin@db.example/csm"),
    )
    return parser


def add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help=translate("cli", "output format (default: table)"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    terminal.tolerate_narrow_encodings()
    requested = language_option(argv)
    try:
        if requested is not None and not requested.strip():
            raise i18n.LanguageError(
                translate("cli", "--lang needs a language code, such as {example}").format(
                    example=i18n.available_languages()[-1]
                )
            )
        # Before the parser is built, so that its help reads in the language too.
        i18n.set_language(i18n.choose_language(requested))
    except UserFacingError as exc:
        # Refused in the system's language: the one asked for is not there to say it in.
        i18n.set_language(i18n.system_language())
        return fail(str(exc))
    # The translations of the user's own models, before any store is read.
    add_translation_folders([paths.user_models_dir()])
    argparse_words.install()  # its usage, help and errors in the language just set
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    if extras:
        parser.error(unrecognized(extras, args.command))
    try:
        if args.command is None:
            return start_application(args.db, args.lang)
        if args.command == "models":
            if args.models_command == "show":
                return cmd_models_show(args)
            if args.models_command == "check":
                return cmd_models_check(args)
            return cmd_models(args)
        if args.command == "orgs":
            return cmd_orgs(args)
        if args.command == "show":
            return cmd_show(args)
        if args.command == "carry-forward":
            return cmd_carry_forward(args)
        if args.command in respondents_cli.COMMANDS:
            return respondents_cli.run(args.command, args)
        if args.command in plan_cli.COMMANDS:
            return plan_cli.run(args.command, args)
        if args.command in store_crypto.COMMANDS:
            return store_crypto.run(args.command, args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "import":
            return cmd_import(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "sync":
            return cmd_sync(args)
        if args.command == "server":
            return cmd_server_init(args)
        parser.error(f"unknown command {args.command!r}")  # argparse already refuses these
    except UserFacingError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `csmaturity models | head`: the reader went away; say nothing more.
        sys.stderr.close()
        return 0
    return 0


def fail(message: str) -> int:
    print(
        translate("cli", "{prog}: error: {message}").format(
            prog=PROG, message=" ".join(message.split())
        ),
        file=sys.stderr,
    )
    return 1


def language_option(argv: Sequence[str]) -> str | None:
    """The value of the global `--lang`, which comes before the command (like `--db`)."""
    for i, argument in enumerate(argv):
        if argument == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if argument.startswith("--lang="):
            return argument.removeprefix("--lang=")
        if not argument.startswith("-") and (i == 0 or argv[i - 1] not in GLOBAL_VALUED):
            return None  # the command: what follows is its own
    return None


# The global options that take a value, so that their value is not taken for the command.
GLOBAL_VALUED = {"--db", "--passphrase-file", "--lang"}


def unrecognized(extras: Sequence[str], command: str | None) -> str:
    """argparse's refusal of arguments it does not know, saying where a global option given
    after the command goes (as `--db` and `--lang` are read before it)."""
    message = argparse_words.gettext("unrecognized arguments: %s") % " ".join(extras)
    misplaced = next((e.split("=")[0] for e in extras if e.split("=")[0] in GLOBAL_VALUED), None)
    if misplaced is None or command is None:
        return message
    return translate(
        "cli", "{refusal}; {option} goes before the command: {prog} {option} … {command}"
    ).format(refusal=message, option=misplaced, prog=PROG, command=command)


def start_application(db: str | None, language: str | None = None) -> int:
    from csmaturity_app.ui.app import run  # Qt is loaded only for the window

    return run(paths.named_db_path(db), language)


def catalog() -> ModelCatalog:
    cat = paths.load_catalog()
    for problem in cat.problems:
        print(
            translate("cli", "{prog}: warning: skipped a model file: {problem}").format(
                prog=PROG, problem=problem
            ),
            file=sys.stderr,
        )
    return cat


def cmd_models(args: argparse.Namespace) -> int:
    rows = [
        {
            "id": m.id,
            "version": m.version,
            "title": m.title,
            "stages": len(m.stages),
            "dimensions": len(m.dimensions),
            "criteria": len(m.criteria),
            "source": m.attribution.credit(),
        }
        for m in catalog()
    ]
    print(
        render(
            rows,
            ["id", "version", "title", "stages", "dimensions", "criteria", "source"],
            args.format,
        )
    )
    return 0


def cmd_models_show(args: argparse.Namespace) -> int:
    model = catalog().get(args.model_id, args.model_version)
    if args.format == "json":
        print(json.dumps(model.to_dict(), indent=2, ensure_ascii=False))
    elif args.format == "csv":
        print(render(criteria_rows(model), CRITERIA_COLUMNS, "csv"))
    else:
        print(describe_model(model))
    return 0


CRITERIA_COLUMNS = [
    "model_id",
    "model_version",
    "stage_level",
    "stage",
    "dimension",
    "criterion_id",
    "criterion",
    "guidance",
    "source",
]


def criteria_rows(model: MaturityModel) -> list[dict[str, object]]:
    return [
        {
            "model_id": model.id,
            "model_version": model.version,
            "stage_level": model.stages_by_id[c.stage].level,
            "stage": model.stages_by_id[c.stage].name,
            "dimension": model.dimensions_by_id[c.dimension].name,
            "criterion_id": c.id,
            "criterion": c.statement,
            "guidance": c.guidance,
            "source": c.source,
        }
        for c in model.criteria
    ]


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))


def describe_model(model: MaturityModel) -> str:
    from csmaturity_app.presentation import threshold_text

    width = _width()

    def wrap(text: str, indent: str) -> str:
        return textwrap.fill(
            " ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent
        )

    out = [
        f"{model.title}",
        translate("cli", "id {id}, version {version}").format(id=model.id, version=model.version),
        translate("cli", "Source: {credit}").format(credit=model.attribution.credit()),
    ]
    if model.attribution.url:
        out.append(f"        {model.attribution.url}")
    if model.summary:
        out += ["", wrap(model.summary, "")]
    scale = ", ".join(f"{p.score} {p.label}" for p in model.scale)
    out += [
        "",
        translate("cli", "Answer scale: {scale}; or {not_applicable_label}.").format(
            scale=scale, not_applicable_label=model.not_applicable_label
        ),
        translate("cli", "A stage is achieved at an attainment of {threshold_text}.").format(
            threshold_text=threshold_text(model)
        ),
    ]
    out += ["", translate("cli", "Dimensions:")]
    out += [
        f"  {d.id:<{max(len(x.id) for x in model.dimensions)}}  {d.name}" for d in model.dimensions
    ]
    id_width = max(len(c.id) for c in model.criteria)
    for stage in model.stages:
        criteria = model.criteria_of_stage(stage.id)
        count = (
            counted_text(
                len(criteria),
                translate("cli", "{count} criterion"),
                translate("cli", "{count} criteria"),
            )
            if criteria
            else translate("cli", "no criteria: achieved by definition")
        )
        out += ["", f"{model.stage_label(stage)}  ({count})", wrap(stage.description, "  ")]
        for c in criteria:
            dimension = model.dimensions_by_id[c.dimension].name
            head = f"  {c.id:<{id_width}}  "
            added = translate("cli", " (our addition)") if c.is_addition else ""
            out.append(
                textwrap.fill(
                    f"{c.statement} [{dimension}]{added}",
                    width,
                    initial_indent=head,
                    subsequent_indent=" " * len(head),
                )
            )
    if any(c.source for c in model.criteria):
        out += [
            "",
            translate(
                "cli",
                "Criteria marked (our addition) were written for CS Maturity; the "
                "others restate the authors' article.",
            ),
        ]
    if model.glossary:
        out += ["", translate("cli", "Glossary:")]
        out += [wrap(f"{g.term}: {g.meaning}", "  ") for g in model.glossary]
    return "\n".join(out)


def cmd_models_check(args: argparse.Namespace) -> int:
    if is_translation_file(args.file):
        return check_translation_file(Path(args.file))
    try:
        model = load_model_file(args.file)
    except UserFacingError as exc:
        problems = getattr(exc, "problems", [str(exc)])
        for problem in problems:
            print(
                translate("cli", "{prog}: error: {file}: {problem}").format(
                    prog=PROG, file=args.file, problem=problem
                ),
                file=sys.stderr,
            )
        return 1
    empty = [model.stage_label(s) for s in model.stages if not model.criteria_of_stage(s.id)]
    print(
        translate(
            "cli",
            "{file}: OK: {key}, {stages} stages, {dimensions} dimensions, {criteria} criteria",
        ).format(
            file=args.file,
            key=model.key,
            stages=len(model.stages),
            dimensions=len(model.dimensions),
            criteria=len(model.criteria),
        )
    )
    if empty:
        print(
            translate("cli", "note: achieved by definition (no criteria): {stages}").format(
                stages=", ".join(empty)
            )
        )
    failed = 0
    folder = Path(args.file).parent
    for path in sorted(folder.glob(f"*/{Path(args.file).name}")):
        failed |= check_translation_file(path, model)
    return failed


def check_translation_file(path: Path, model: MaturityModel | None = None) -> int:
    """Check a model's translation against the model: every text translated, no id unknown.
    The model is the file of the same name one folder up, else the installed one."""
    try:
        translation = load_translation(path)
        if model is None:
            beside = path.parent.parent / path.name
            if beside.is_file():
                model = load_model_file(beside)
            else:
                model = catalog().get(translation.model, translation.version)
    except UserFacingError as exc:
        for problem in getattr(exc, "problems", [str(exc)]):
            print(
                translate("cli", "{prog}: error: {path}: {problem}").format(
                    prog=PROG, path=path, problem=problem
                ),
                file=sys.stderr,
            )
        return 1
    problems = placement_problems(path, translation) + check_translation(model, translation)
    for problem in problems:
        print(
            translate("cli", "{prog}: error: {path}: {problem}").format(
                prog=PROG, path=path, problem=problem
            ),
            file=sys.stderr,
        )
    if problems:
        return 1
    print(
        translate("cli", "{path}: OK: {language} translation of {key}, complete").format(
            path=path, language=translation.language, key=model.key
        )
    )
    return 0


def status_word(status: str | None) -> str | None:
    """An assessment's status as a person reads it; scripts read the stored word (`--format
    json` and `csv` keep it)."""
    words = {"draft": translate("cli", "draft"), "complete": translate("cli", "complete")}
    return words.get(status or "", status)


def cmd_orgs(args: argparse.Namespace) -> int:
    readers = args.format == "table"
    path = paths.resolve_db_path(args.db)
    if paths.named_db_path(args.db) is None and not path.exists():
        summaries = []  # before the first store: nothing to list, and nothing to create yet
    else:
        with open_store(args, reading=True) as store:
            summaries = store.organization_summaries(limit=store.count_organizations())
    rows = []
    for org in summaries:
        row: dict[str, object] = {"id": org.id, "name": org.name, "assessments": org.assessments}
        if org.latest_assessed_on is not None:
            index = org.latest_maturity_index  # None: its model definition cannot be read
            row |= {
                "latest": org.latest_assessed_on.isoformat(),
                "model": org.latest_model_id,
                "status": status_word(org.latest_status) if readers else org.latest_status,
                "placed_stage": org.latest_placed_label,
                "placed_level": org.latest_placed_level,
                "maturity_index": round(index, 2) if index is not None else None,
            }
        rows.append(row)
    columns = [
        "id",
        "name",
        "assessments",
        "latest",
        "model",
        "status",
        "placed_stage",
        "maturity_index",
    ]
    if not readers:
        columns.insert(columns.index("maturity_index"), "placed_level")  # for scripts
    if args.format == "table" and not rows:
        print(
            translate("cli", "No organizations yet in {path}.").format(
                path=paths.resolve_db_path(args.db)
            )
        )
        return 0
    print(render(rows, columns, args.format))
    return 0


@dataclass(frozen=True)
class Shown:
    """One assessment as `show` reads it: its record, answers and presentation."""

    record: AssessmentRecord
    answers: dict[str, AnswerRecord]
    presentation: Presentation
    respondents: RespondentsPresentation


def load_shown(store: Store, assessment_id: str) -> Shown:
    from csmaturity_app.presentation import present_scored
    from csmaturity_app.presentation.respondents import present_respondents

    with store.reading():  # the results and the respondents at one moment
        scored = store.scored(assessment_id)
        view = store.respondents_view(assessment_id)
    return Shown(scored.record, scored.answers, present_scored(scored), present_respondents(view))


def results_document(shown: Shown) -> dict[str, Any]:
    """The results of one assessment as plain data: what `show --format json` prints. Its keys
    and values are what scripts read: raw fractions, and a next step's `rating` is the scale's
    label alone (its `score` key holds the number)."""
    from csmaturity_app.cli import show_respondents

    record, answers, p = shown.record, shown.answers, shown.presentation
    model, verdict = p.model, p.verdict
    return {
        "assessment": {
            "id": record.id,
            "organization": record.organization_name,
            "organization_id": record.organization_id,
            "model_id": record.model_id,
            "model_version": record.model_version,
            "assessed_on": record.assessed_on.isoformat(),
            "assessor": record.assessor,
            "status": record.status,
        },
        "placed_stage": p.result.placed_label,
        "placed_level": verdict.placed_level,
        "maturity_index": round(verdict.maturity_index, 4),
        "answered": verdict.answered,
        "total": verdict.total,
        "stages": [
            {
                "level": s.level,
                "stage": s.label,
                "attainment": round(s.attainment, 4),
                "achieved": s.achieved,
                "by_definition": s.by_definition,
                "answered": s.answered,
                "criteria": s.criteria,
            }
            for s in p.stages
        ],
        "dimensions": [
            {
                "dimension": d.name,
                "score": None if d.score is None else round(d.score, 4),
                "answered": d.answered,
            }
            for d in p.dimensions
        ],
        "next_steps": [
            {
                "criterion_id": step.criterion_id,
                "criterion": step.statement,
                "rating": "unanswered" if step.score is None else model.score_label(step.score),
                "score": step.score,
                "notes": answers[step.criterion_id].notes if step.criterion_id in answers else "",
            }
            for step in p.next_steps.steps
        ],
        # Where the placed level roughly stands in the other model: a talking point only.
        "crosswalk": [
            {
                "model_id": reading.model_id,
                "level": reading.level,
                "stage": reading.stage_label,
                "text": reading.text,
                "approximate": reading.approximate,
                "note": reading.note,
                "caveats": list(reading.caveats),
            }
            for reading in verdict.crosswalk
        ],
        # Each respondent's own result, and how far their ratings lie apart per criterion.
        "respondents": show_respondents.respondents_json(shown.respondents),
        "spreads": show_respondents.spreads_json(shown.respondents),
    }


def results_rows(p: Presentation) -> list[dict[str, object]]:
    """`show --format csv`'s rows: numbers as spreadsheets read them (attainment and scores in
    %, one decimal); ratings and stages in the words of every other reader."""
    verdict = p.verdict

    def percent(fraction: float | None) -> float | None:
        return None if fraction is None else round(100 * fraction, 1)

    rows: list[dict[str, object]] = [
        {"section": "verdict", "name": "placed stage", "value": verdict.placed_label},
        {
            "section": "verdict",
            "name": "maturity index",
            "value": round(verdict.maturity_index, 4),
        },
        # Numbers, as in JSON: a script reads them in any language.
        {"section": "verdict", "name": "answered", "value": verdict.answered},
        {"section": "verdict", "name": "total", "value": verdict.total},
    ]
    rows += [
        {
            "section": "stage",
            "name": s.label,
            "value": percent(s.attainment),
            "detail": stage_outcome(s),
        }
        for s in p.stages
    ]
    rows += [
        {"section": "dimension", "name": d.name, "value": percent(d.score)} for d in p.dimensions
    ]
    rows += [
        {
            "section": "next step",
            "id": step.criterion_id,
            "name": step.statement,
            "value": step.rating,
        }
        for step in p.next_steps.steps
    ]
    return rows


def stage_outcome(stage: StageRow) -> str:
    """A stage's outcome as `show --format csv` writes it: an English word whatever the
    language (scripts compare it), as JSON's `achieved` and `by_definition` are."""
    if stage.by_definition:
        return "achieved by definition"
    return "achieved" if stage.achieved else "not achieved"


def cmd_show(args: argparse.Namespace) -> int:
    from csmaturity_app.cli import show_respondents

    with open_store(args, reading=True) as store:
        shown = load_shown(store, args.assessment_id)
    if args.format == "json":
        print(json.dumps(results_document(shown), indent=2, ensure_ascii=False))
        return 0
    p = shown.presentation
    verdict = p.verdict
    columns = ["section", "id", "name", "value", "detail"]
    if args.format == "csv":
        rows = results_rows(p)
        rows += [
            {
                "section": "crosswalk",
                "id": reading.model_id,
                "name": reading.stage_label,
                "value": reading.text,
                "detail": "approximate",
            }
            for reading in verdict.crosswalk
        ]
        if shown.respondents.several:
            rows += show_respondents.respondents_rows(shown.respondents)
        print(render(rows, columns, "csv"))
        return 0
    a = shown.record
    print(
        translate(
            "cli",
            "{organization}: {model_id} {model_version}, {assessed_on}, {assessor}, "
            "{status}; id {id}",
        ).format(
            organization=a.organization_name,
            model_id=a.model_id,
            model_version=a.model_version,
            assessed_on=a.assessed_on.isoformat(),
            assessor=a.assessor or translate("cli", "no assessor"),
            status=status_word(a.status),
            id=a.id,
        )
    )
    print(describe_results(p, _width()))
    block = show_respondents.describe_respondents(shown.respondents, _width())
    if block:
        print(block)
    return 0


def describe_results(p: Presentation, width: int) -> str:
    """`show`'s text: the verdict, the stages, the dimensions and the next steps, in the words
    of the results pane and the report."""
    verdict = p.verdict
    out = ["", verdict.placed_label, f"{verdict.index_text} \u00b7 {verdict.answered_text}"]
    out += [reading.line for reading in verdict.crosswalk]
    stages = [{"stage": s.label, "attainment": s.percent, "outcome": s.outcome} for s in p.stages]
    out += ["", render(stages, ["stage", "attainment", "outcome"], "table")]
    dimensions = [{"dimension": d.name, "score": d.percent} for d in p.dimensions]
    out += ["", render(dimensions, ["dimension", "score"], "table")]
    steps = p.next_steps
    out += [
        "",
        translate("cli", "Next steps: {heading}").format(
            heading=steps.heading[:1].lower() + steps.heading[1:]
        ),
    ]
    out.append(textwrap.fill(steps.explanation, width))
    for number, step in enumerate(steps.steps, 1):
        head = f"{number:>3}. "
        out.append(
            textwrap.fill(
                f"{step.criterion_id}  {step.statement}",
                width,
                initial_indent=head,
                subsequent_indent=" " * len(head),
            )
        )
        out.append(" " * len(head) + translate("cli", "Now: {rating}").format(rating=step.rating))
    return "\n".join(out)


def cmd_carry_forward(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        model_id = store.assessment(args.assessment_id).model_id
        new = store.carry_forward(args.assessment_id, catalog().get(model_id))
    print(json.dumps({"assessment_id": new.id}) if args.format == "json" else new.id)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange import export_snapshot, export_summary, left_out_text

    out = output_path(args.out)
    encryption = snapshot_crypto.export_encryption(args, out)
    with open_store(args, reading=True) as store:
        # An empty --org (a script's unset variable) is an error, never the whole store.
        organization_id = store.find_organization(args.org).id if args.org is not None else None
        scope = {"organization_id": organization_id, "assessment_id": args.assessment}
        if args.summary:
            result = export_summary(store, out, **scope, encryption=encryption)
        else:
            result = export_snapshot(
                store, out, **scope, client_safe=args.client_safe, encryption=encryption
            )
    if args.summary:
        rows = counted_text(
            result.rows,
            translate("cli", "{count} summary row"),
            translate("cli", "{count} summary rows"),
        )
    else:
        rows = counted_text(
            result.rows, translate("cli", "{count} row"), translate("cli", "{count} rows")
        )
    plan = ""
    if result.targets or result.actions:
        targets = counted_text(
            result.targets, translate("cli", "{count} target"), translate("cli", "{count} targets")
        )
        actions = counted_text(
            result.actions, translate("cli", "{count} action"), translate("cli", "{count} actions")
        )
        plan = f", {targets}, {actions}"
    safe = client_safe_written() if args.client_safe and not args.summary else ""
    sealed = "" if encryption is None else translate("cli", " (encrypted, age format)")
    assessments = counted_text(
        result.assessments,
        translate("cli", "{count} assessment"),
        translate("cli", "{count} assessments"),
    )
    print(
        translate("cli", "wrote {out}{sealed}: {assessments}, {rows}{plan}{safe}").format(
            out=out, sealed=sealed, assessments=assessments, rows=rows, plan=plan, safe=safe
        )
    )
    if result.left_out:
        print(
            translate("cli", "{prog}: warning: {left_out_text}").format(
                prog=PROG, left_out_text=left_out_text(result.left_out)
            ),
            file=sys.stderr,
        )
    if encryption is not None and out.suffix.lower() != ".age":
        # Written all the same: the name was chosen. But a .csv that no spreadsheet opens
        # looks damaged, and a passphrase given after the command lands here by mistake.
        print(
            translate(
                "cli",
                "{prog}: warning: {out} is encrypted (age format) but its name does "
                "not end in .age",
            ).format(prog=PROG, out=out),
            file=sys.stderr,
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange import import_snapshot

    file = Path(args.file).expanduser()
    decryption = snapshot_crypto.import_decryption(args, file)
    path = paths.resolve_db_path(args.db)
    # Only files this command makes may be discarded: a -wal left by a session whose store
    # file went may be the only copy of its changes.
    created = not any(Path(f"{path}{side}").exists() for side in ("", "-wal", "-shm", "-journal"))
    try:
        with open_store(args) as store:
            plan = import_snapshot(
                store,
                file,
                catalog(),
                dry_run=args.dry_run,
                accept_future=args.accept_future,
                decryption=decryption,
            )
    except BaseException:
        if created:  # a refused import leaves no store behind, nor its side files
            Store.discard_new(path)
        raise
    if created and args.dry_run:  # nor does a dry run, which promises to change nothing
        Store.discard_new(path)
    rows = counted_text(
        plan.rows, translate("cli", "{count} row"), translate("cli", "{count} rows")
    )
    if args.dry_run:
        said = translate("cli", "would import {file}: {rows} (dry run: nothing was changed)")
    else:
        said = translate("cli", "imported {file}: {rows}")
    print(said.format(file=args.file, rows=rows))
    for line in plan.describe():
        print(f"  {line}")
    return 0


REPORT_FORMATS = (".pdf", ".docx")


def cmd_report(args: argparse.Namespace) -> int:
    from csmaturity_app.exchange.output_files import refuse_the_store

    out = output_path(args.out)
    db_path = paths.resolve_db_path(args.db)
    if out.is_dir():  # said as a PDF's would be: the name of a folder is no format's
        raise UserFacingError(
            translate("cli", "cannot write the report to {out}: it is a folder").format(out=out)
        )
    refuse_the_store(out, db_path)  # first: whatever its name, the store is never replaced
    # a name without an extension gets a PDF, as before there was a choice
    suffix = out.suffix.lower() or ".pdf"
    if suffix not in REPORT_FORMATS:
        raise UserFacingError(
            translate(
                "cli",
                "cannot tell the report's format from {name}: name it .pdf (to print) "
                "or .docx (to edit in a word processor)",
            ).format(name=out.name)
        )
    # Qt is loaded only for reports
    from csmaturity_app.ui.report import export_report_docx, export_report_pdf

    export = export_report_docx if suffix == ".docx" else export_report_pdf
    with open_store(args, reading=True) as store:
        export(store, args.assessment, out, client_safe=args.client_safe)
    print(
        translate("cli", "wrote {out}").format(out=out)
        + (client_safe_written() if args.client_safe else "")
    )
    return 0


def cmd_server_init(args: argparse.Namespace) -> int:
    # The driver is loaded only by the commands that talk to a server.
    from csmaturity_app.sync.address import ServerAddress
    from csmaturity_app.sync.server_schema import init_server

    address = ServerAddress.parse(args.url)
    result = init_server(address)
    print(f"{address.display}: {result.describe()}")
    return 0


def run() -> None:
    """Console entry point."""
    if os.environ.get("CSMATURITY_DEBUG"):
        sys.exit(_flushed(main()))
    try:
        sys.exit(_flushed(main()))
    except Exception as exc:  # a bug: still one line, and how to see the details
        print(
            translate(
                "cli",
                "{prog}: internal error: {kind}: {exc} (set CSMATURITY_DEBUG=1 to "
                "see the traceback)",
            ).format(prog=PROG, kind=type(exc).__name__, exc=exc),
            file=sys.stderr,
        )
        sys.exit(1)


def cmd_sync(args: argparse.Namespace) -> int:
    from csmaturity_app.sync.address import ServerAddress
    from csmaturity_app.sync.session import remembered_address, sync

    path = paths.resolve_db_path(args.db)
    address = ServerAddress.parse(args.url) if args.url is not None else None
    created = not any(Path(f"{path}{side}").exists() for side in ("", "-wal", "-shm", "-journal"))
    if address is None and created:
        return fail(
            translate(
                "cli",
                "this store has not synced with a team server yet: give the server's "
                "address, e.g. csmaturity sync postgresql://you@host/database",
            )
        )
    try:
        with open_store(args) as store:
            outcome = sync(
                store,
                address or remembered_address(store),
                dry_run=args.dry_run,
                accept_future=args.accept_future,
            )
    except BaseException:
        if created:  # a sync that failed leaves no new store behind
            Store.discard_new(path)
        raise
    if created and args.dry_run:
        Store.discard_new(path)
    for line in outcome.describe():
        print(line)
    return 0


def _flushed(status: int) -> int:
    """`status`, once what is written has reached the reader. `csmaturity ... | head`: a reader
    that leaves early is no error; the output's last buffer goes nowhere, quietly (Python would
    otherwise complain about it at exit)."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return status
