"""Keep the translations in step with the code.

    tools/translations update    collect every string to translate into each .ts
                                 (new ones unfinished; strings gone from the code dropped)
    tools/translations compile   build the .qm files the window loads (tools/bootstrap does)
    tools/translations add CODE  start a new language: csmaturity_CODE.ts, every string unfinished
    tools/translations todo CODE [OUT.json]
                                 the strings still unfinished, as a JSON list of
                                 {"context", "source", "comment", "translation": ""}
    tools/translations fill CODE IN.json
                                 write the translations of such a list (filled in) into the .ts,
                                 marking them finished
    tools/translations check     per language: strings unfinished, obsolete, or out of step

Then translate with Qt Linguist (`pyside6-linguist csmaturity_app/translations/csmaturity_fr.ts`)
or any editor: a translation counts once its `type="unfinished"` is gone.
"""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "csmaturity_app"
TRANSLATIONS = PACKAGE / "translations"
TOOL = "import sys; from PySide6.scripts.pyside_tool import {0}; {0}()"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts_files: list[Path], *, quiet: bool = False) -> None:
    """Run PySide6's lupdate over the package into `ts_files`. No source locations are kept, so
    a .ts changes only when strings do, and strings the code no longer has are dropped."""
    command = [sys.executable, "-c", TOOL.format("lupdate"), *sources()]
    command += ["-locations", "none", "-no-obsolete", "-ts", *map(str, ts_files)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=quiet)


def lrelease(ts: Path, qm: Path) -> None:
    command = [sys.executable, "-c", TOOL.format("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True)


def ts_file(code: str) -> Path:
    return TRANSLATIONS / f"csmaturity_{code}.ts"


def messages(code: str) -> tuple[ET.ElementTree, list[tuple[str, ET.Element]]]:
    tree = ET.parse(ts_file(code))
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return tree, found


def write(tree: ET.ElementTree, code: str) -> None:
    """Write the .ts as lupdate does, so that its next run changes nothing but strings."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file(code).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    lupdate([ts_file(code)], quiet=True)  # lupdate's own layout and escapes


def todo(code: str) -> list[dict[str, str]]:
    _, found = messages(code)
    return [
        {
            "context": context,
            "source": message.findtext("source") or "",
            "comment": message.findtext("comment") or "",
            "translation": "",
        }
        for context, message in found
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def fill(code: str, entries: list[dict[str, str]]) -> int:
    wanted = {
        (e["context"], e["source"], e.get("comment", "")): e["translation"]
        for e in entries
        if e.get("translation")
    }
    tree, found = messages(code)
    done = 0
    for context, message in found:
        key = (context, message.findtext("source") or "", message.findtext("comment") or "")
        if key in wanted:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = wanted[key]
            done += 1
    write(tree, code)
    return done


def check() -> list[str]:
    """What is wrong with the translations: empty when every language is complete and in step
    with the code."""
    problems = []
    for ts in sorted(TRANSLATIONS.glob("csmaturity_*.ts")):
        code = ts.stem.removeprefix("csmaturity_")
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / ts.name
            shutil.copy(ts, copy)
            lupdate([copy], quiet=True)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name}: out of step with the code (tools/translations update)")
        _, found = messages(code)
        for context, message in found:
            translation = message.find("translation")
            state = translation.get("type") if translation is not None else "unfinished"
            source = message.findtext("source") or ""
            if state in {"unfinished", "obsolete", "vanished"}:
                problems.append(f"{ts.name}: {state}: [{context}] {source!r}")
                continue
            text = translation.text or "" if translation is not None else ""
            if fields(source) != fields(text):
                problems.append(
                    f"{ts.name}: placeholders differ or do not parse: [{context}] {source!r}"
                )
    return problems


def fields(text: str) -> object:
    """What `str.format` fills in `text`: the set of (name, conversion, format spec), or the
    error that `.format` would raise at run time (a lone brace)."""
    try:
        return {
            (name, conversion, spec)
            for _, name, spec, conversion in string.Formatter().parse(text)
            if name is not None
        } | set(QT_PLACEHOLDER.findall(text))
    except ValueError as exc:
        return f"unparsable: {exc}"


QT_PLACEHOLDER = re.compile(r"%[0-9]")


def main(argv: list[str]) -> int:
    what = argv[0] if argv else ""
    if what == "update":
        lupdate(sorted(TRANSLATIONS.glob("csmaturity_*.ts")))
    elif what == "compile":
        for ts in sorted(TRANSLATIONS.glob("csmaturity_*.ts")):
            lrelease(ts, ts.with_suffix(".qm"))
    elif what == "add" and len(argv) == 2:
        ts = TRANSLATIONS / f"csmaturity_{argv[1]}.ts"
        if ts.exists():
            print(f"{ts} exists", file=sys.stderr)
            return 1
        command = [sys.executable, "-c", TOOL.format("lupdate"), *sources()]
        command += ["-locations", "none", "-target-language", argv[1], "-ts", str(ts)]
        subprocess.run(command, check=True, cwd=ROOT)
    elif what == "todo" and len(argv) in (2, 3):
        text = json.dumps(todo(argv[1]), ensure_ascii=False, indent=1)
        if len(argv) == 3:
            Path(argv[2]).write_text(text, encoding="utf-8")
        else:
            print(text)
    elif what == "fill" and len(argv) == 3:
        entries = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], entries)} translation(s) written")
    elif what == "check":
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
