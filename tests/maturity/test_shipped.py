"""The table of genuine shipped models is the shipped files: a model file edited without its
digest listed (or a listed version no longer shipped) fails here, not in a client's store."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog, builtin_catalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.loader import load_model_file
from csmaturity_app.maturity.shipped import genuine_digests, impostor_problem

DATA = Path(__file__).parents[1] / "store" / "data"  # old stores, frozen as released


def test_every_shipped_file_is_listed_as_genuine_and_nothing_else_is_shipped() -> None:
    shipped = {
        (model.id, model.version): definition_digest(canonical_definition(model))
        for model in builtin_catalog()
    }
    assert set(genuine_digests()) == set(shipped)
    for key, digest in shipped.items():
        assert digest in genuine_digests()[key], f"{key}: add {digest} to the table"


def test_a_shipped_id_and_version_with_another_digest_is_an_impostor(
    tsia: MaturityModel,
) -> None:
    digest = definition_digest(canonical_definition(tsia))
    assert impostor_problem(tsia, digest) is None
    problem = impostor_problem(tsia, "0" * 64)
    assert problem is not None and f"claims to be {tsia.id} {tsia.version}" in problem
    own = dataclasses.replace(tsia, id="our-own")
    assert impostor_problem(own, "0" * 64) is None


def toml_value(value: object) -> str:
    """A value as TOML, on one line: JSON writes scalars and strings as TOML reads them."""
    if isinstance(value, dict):
        pairs = (f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items() if v is not None)
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def test_a_user_file_of_an_earlier_genuine_wording_is_no_impostor(tmp_path: Path) -> None:
    """The 1.0.0 definition as first released (reworded since, kept frozen in an old store) is
    genuinely that model: the catalog judges a user file by the same table as a carried
    definition, so this one is skipped as a second copy, not called an impostor."""
    old = sqlite3.connect(f"file:{DATA / 'schema1.db'}?mode=ro", uri=True)
    try:
        (definition,) = old.execute(
            "SELECT definition FROM model_version WHERE model_id = 'tsia-4-phases'"
        ).fetchone()
    finally:
        old.close()
    data = json.loads(definition)
    folder = tmp_path / "models"
    folder.mkdir()
    copy = folder / "tsia-old.toml"
    copy.write_text(
        "".join(f"{json.dumps(k)} = {toml_value(v)}\n" for k, v in data.items() if v is not None),
        encoding="utf-8",
    )
    model = load_model_file(copy)
    assert (
        definition_digest(canonical_definition(model))
        in genuine_digests()[(model.id, model.version)]
    )
    catalog = ModelCatalog.load([BUILTIN_MODELS_DIR, folder])
    assert catalog.problems == [
        f"{copy}: id and version tsia-4-phases@1.0.0 are already used by "
        f"{BUILTIN_MODELS_DIR / 'tsia-4-phases-1.0.0.toml'}; give this model another id or version"
    ]
