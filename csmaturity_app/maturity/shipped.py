"""Which definitions are genuinely the models this installation ships.

An id and version that CS Maturity ships name one model everywhere: a definition carried in
a file, or a user's own model file, that reuses them but differs would pass for the real
thing in results, peer statistics and reports. The genuine digests are the shipped file's
today and those the same version was released with before (the 1.0.0 files were reworded;
stores and snapshots made earlier hold the older definitions, which stay genuine).
"""

from __future__ import annotations

from functools import cache

from csmaturity_app.maturity.catalog import builtin_catalog
from csmaturity_app.maturity.definition import MaturityModel
from csmaturity_app.maturity.digest import canonical_definition, definition_digest

# (id, version) -> digests of earlier releases of a shipped version.
_RELEASED_BEFORE: dict[tuple[str, str], frozenset[str]] = {
    ("tsia-4-phases", "1.0.0"): frozenset(
        {
            "ae27c0edddd0ed1309da074def85dff3354021539b31402444b0fa001dc8c2fa",
            "2a1bd1f111c20200b46b453e8e60336231a63fd8f0608f83828e69a6bd381e8e",
        }
    ),
    ("ftworks-5-levels", "1.0.0"): frozenset(
        {
            "5b2b701688c68c7b2295b5cebca642737bb7b2230d11e463add894cb4efb70cd",
            "0cc732ba1885150584ec803846f1fd7ce91bacc7f16a1efff868d66e529711d9",
        }
    ),
    ("tsia-4-phases", "2.0.0"): frozenset(
        {"47e9994e23ad74990a0967a10c29563eea376657b97dbf286f0c404daa9f484d"}
    ),
}


@cache
def genuine_digests() -> dict[tuple[str, str], frozenset[str]]:
    """(id, version) of every shipped model -> the digests that are genuinely it."""
    return {
        (model.id, model.version): frozenset(
            {definition_digest(canonical_definition(model))}
            | _RELEASED_BEFORE.get((model.id, model.version), frozenset())
        )
        for model in builtin_catalog()
    }


def impostor_problem(model: MaturityModel, digest: str) -> str | None:
    """Why this definition may not be used: it claims a shipped id and version but is not
    that model. None when it is genuine or not a shipped id and version."""
    genuine = genuine_digests().get((model.id, model.version))
    if genuine is None or digest in genuine:
        return None
    return (
        f"it claims to be {model.id} {model.version}, which this installation ships, "
        "but differs from it"
    )
