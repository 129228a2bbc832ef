"""Mutated model definitions carried in snapshots, each with the digest the app would compute
for it: imported or refused, whatever they hold, the store still opens, lists and reports.

Mutations: numbers (huge, negative, fractional, true/false, NaN and infinity), nesting depth,
sizes (stages, criteria, glossary, texts around their bounds), ids (a shipped id and version,
empty, odd characters) and markup in texts. The default run tries 50 cases;
`CSMATURITY_MODEL_FUZZ_CASES=2000` tries more (the reliability harness does). A failure
prints its seed, which reproduces it.
"""

from __future__ import annotations

import copy
import json
import os
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from carried_definitions import base_row, crafted_file, frozen
from snapshot_helpers import content

from csmaturity_app.errors import UserFacingError
from csmaturity_app.exchange import import_snapshot
from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.maturity import MaturityModel, ModelFileError, limits, parse_model
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition
from csmaturity_app.store import Store

CASES = int(os.environ.get("CSMATURITY_MODEL_FUZZ_CASES", "50"))
Data = dict[str, Any]

NUMBERS: list[object] = [
    10**400,
    10**400 + 1,
    2**63,
    -1,
    -(10**20),
    0,
    1,
    3,
    4,
    101,
    0.5,
    1.5,
    True,
    False,
    float("nan"),
    float("inf"),
    float("-inf"),
    "NaN",
    "1e999",
    "2/3",
    "99999999999/3",
    None,
]
IDS = [
    ("tsia-4-phases", "1.0.0"),
    ("tsia-4-phases", "2.0.0"),
    ("ftworks-5-levels", "1.0.0"),
    ("", "1.0"),
    ("fuzzed", ""),
    ("../../etc/passwd", "1"),
    ("a b", "1 0"),
    ("\u00e9t\u00e9", "\u2460"),
    ("x\x00y", "1\x00"),
    ("<b>id</b>", "<i>1</i>"),
    ("-leading", "=1+1"),
    ("a" * (limits.MAX_ID + 1), "1"),
    ("fuzzed", "9" * 5000),
]
MARKUP = [
    "Acme <EMEA> Ltd",
    "R&amp;D <b>bold</b>",
    "<img src=file:///etc/passwd>",
    'It has no assessments.<span style="font-size:1pt;color:#f0f0f0">',
    "<script>alert(1)</script>",
    "  spaces around  ",
]
# Characters no model text may hold (a terminal escape, a right-to-left override, a tab or a
# line break in a name): refused, wherever they are put.
HIDDEN = ["a\u202eb", "\t tabs and spaces  ", "line\nbreak", "\x1b[2Jclear", "zero\u200fwidth"]


def numbers(data: Data, rng: random.Random) -> None:
    value = copy.deepcopy(rng.choice(NUMBERS))
    place = rng.randrange(6)
    if place == 0 and data.get("stages"):
        rng.choice(data["stages"])["level"] = value
    elif place == 1:
        rng.choice(data["scale"]["points"])["score"] = value
    elif place == 2:
        data["scoring"]["threshold"] = value
    elif place == 3:
        data["format"] = value
    elif place == 4:
        data["attribution"]["year"] = value
    else:
        for k, stage in enumerate(data["stages"]):
            stage["level"] = 10**400 + k


NEST = "\u0000nest\u0000"  # replaced by nested brackets in the frozen text


def nesting(data: Data, rng: random.Random) -> None:
    target = rng.choice([data, data["scoring"], rng.choice(data["stages"]), data["criteria"][0]])
    target[rng.choice(["title", "description", "statement", "threshold", "anchors"])] = NEST


def sizes(data: Data, rng: random.Random) -> None:
    kind = rng.randrange(5)
    if kind == 0:
        count = rng.choice([limits.MAX_STAGES, limits.MAX_STAGES + 1, 400])
        template = data["stages"][-1]
        data["stages"] = [dict(template, id=f"s{i}", level=i) for i in range(count)]
        data["criteria"] = [dict(c, stage="s0") for c in data["criteria"]]
    elif kind == 1:
        count = rng.choice([limits.MAX_CRITERIA, limits.MAX_CRITERIA + 1, 3000])
        template = data["criteria"][0]
        data["criteria"] = [dict(template, id=f"X{i}") for i in range(count)]
    elif kind == 2:
        count = rng.choice([limits.MAX_GLOSSARY, limits.MAX_GLOSSARY + 1])
        data["glossary"] = [{"term": f"t{i}", "meaning": "m"} for i in range(count)]
    else:
        length = rng.choice([limits.MAX_TEXT, limits.MAX_TEXT + 1, 300_000])
        table = rng.choice([data, rng.choice(data["stages"]), rng.choice(data["criteria"])])
        key = rng.choice(["description", "statement", "summary", "guidance", "name", "title"])
        table[key] = ("word " * length)[:length]


def ids(data: Data, rng: random.Random) -> None:
    data["id"], data["version"] = rng.choice(IDS)


def markup(data: Data, rng: random.Random) -> None:
    text = rng.choice(MARKUP)
    for table, key in [
        (data, "title"),
        (data, "stage_word"),
        (rng.choice(data["stages"]), "name"),
        (rng.choice(data["dimensions"]), "name"),
        (rng.choice(data["criteria"]), "statement"),
        (data["scale"]["points"][-1], "label"),
    ]:
        if rng.random() < 0.5:
            table[key] = text


def hidden(data: Data, rng: random.Random) -> None:
    text = rng.choice(HIDDEN)
    table, key = rng.choice(
        [(data, "title"), (rng.choice(data["stages"]), "name"), (data, "stage_word")]
    )
    table[key] = text


def structure(data: Data, rng: random.Random) -> None:
    key = rng.choice(["stages", "criteria", "scale", "dimensions", "glossary", "attribution"])
    choice = rng.randrange(3)
    if choice == 0:
        data.pop(key, None)
    elif choice == 1:
        data[key] = rng.choice([[], {}, "text", 1, [1, 2], [[]]])
    else:
        data["unknown_key"] = {"k": "v"}


# `structure` breaks the shape the others expect: it comes last, when it comes.
MUTATIONS: list[Callable[[Data, random.Random], None]] = [
    numbers,
    nesting,
    sizes,
    ids,
    markup,
    hidden,
]


def carried_text(data: Data, rng: random.Random) -> str:
    """The definition as the app would freeze it when it can read it (so that its digest is
    the one the app computes), else as plain sorted JSON."""
    try:
        text = canonical_definition(parse_model(copy.deepcopy(data)))
    except (ModelFileError, ValueError, TypeError, RecursionError):
        text, _ = frozen(data)
    depth = rng.choice([50, 600, 5000])
    return text.replace(json.dumps(NEST), "[" * depth + "]" * depth)


@pytest.fixture(scope="module")
def bases(
    tmp_path_factory: pytest.TempPathFactory, tsia: MaturityModel, tsia_v1: MaturityModel
) -> list[tuple[Data, list[str], list[str]]]:
    out = []
    for model in (tsia, tsia_v1):
        header, row = base_row(tmp_path_factory.mktemp("fuzz-definition-source"), model)
        data = model.to_dict()
        data["id"] = "fuzzed"  # not a shipped id, unless a mutation makes it one
        out.append((data, header, row))
    return out


def still_usable(path: Path, new_ids: list[str], seed: int) -> None:
    """The store opens anew, lists its organizations and reports the assessments given."""
    with Store.open(path) as store:
        summaries = store.organization_summaries(limit=store.count_organizations())
        assert len(summaries) == store.count_organizations(), f"seed {seed}"
        for org in summaries:
            records = store.assessments(org.id)
            store.result_summaries([r.id for r in records])
        for assessment_id in new_ids:
            report = build_report(store, assessment_id)
            assert report.presentation.verdict.placed_label, f"seed {seed}"


def test_mutated_model_definitions_leave_the_store_usable(
    bases: list[tuple[Data, list[str], list[str]]],
    tmp_path: Path,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
    record_property: Callable[[str, object], None],
) -> None:
    target = tmp_path / "target.db"
    with Store.open(target) as store:
        org = store.create_organization("Resident")
        store.create_assessment(org.id, tsia, "Ann")
    outcomes = {"imported": 0, "refused": 0}
    for seed in range(CASES):
        rng = random.Random(seed)
        base, header, row = rng.choice(bases)
        data = copy.deepcopy(base)
        for _ in range(rng.randint(1, 3)):
            rng.choice(MUTATIONS)(data, rng)
        if rng.random() < 0.15:
            structure(data, rng)
        row = list(row)
        row[header.index("organization_id")] = str(uuid.UUID(int=rng.getrandbits(128)))
        assessment_id = str(uuid.UUID(int=rng.getrandbits(128)))
        row[header.index("assessment_id")] = assessment_id
        definition = carried_text(data, rng)
        mutated = crafted_file(tmp_path / "mutated.csv", header, row, data, definition)
        before = content(target)
        try:
            with Store.open(target) as store:
                import_snapshot(store, mutated, builtin_catalog)
        except UserFacingError as exc:
            outcomes["refused"] += 1
            assert str(exc) and "\n" not in str(exc), f"seed {seed}: {exc!r}"
            assert content(target) == before, f"seed {seed}: refused, yet written"
            still_usable(target, [], seed)
            continue
        except Exception as exc:  # a traceback a user would see: the bug we look for
            pytest.fail(f"seed {seed}: {type(exc).__name__}: {exc}")
        outcomes["imported"] += 1
        still_usable(target, [assessment_id], seed)
    with Store.open(target) as store:
        still_usable(target, [a.id for a in store.assessments()], -1)
    record_property("case", "model definition fuzzing")
    record_property("tried", CASES)
    record_property("note", f"{outcomes['imported']} imported, {outcomes['refused']} refused")
    assert outcomes["imported"] and outcomes["refused"], outcomes
