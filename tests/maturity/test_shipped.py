"""The table of genuine shipped models is the shipped files: a model file edited without its
digest listed (or a listed version no longer shipped) fails here, not in a client's store."""

from __future__ import annotations

import dataclasses

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import builtin_catalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.shipped import genuine_digests, impostor_problem


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
