"""Which definitions are genuinely the models this installation ships.

An id and version that CS Maturity ships name one model everywhere: a definition carried in
a file, or a user's own model file, that reuses them but differs would pass for the real
thing in results, peer statistics and reports. The genuine digests are the shipped file's
today and those the same version was released with before (the 1.0.0 files were reworded;
stores and snapshots made earlier hold the older definitions, which stay genuine).
"""

from __future__ import annotations

from csmaturity_app.i18n import translate
from csmaturity_app.maturity.definition import MaturityModel

# (id, version) of every shipped model -> the digests that are genuinely it: the shipped
# file's today first, then those the same version was released with before. Written out
# rather than computed from the files, so that checking a stored definition never parses
# the shipped models (it happens at start); a test keeps this table equal to the files.
_GENUINE: dict[tuple[str, str], frozenset[str]] = {
    ("tsia-4-phases", "1.0.0"): frozenset(
        {
            "98d4f97859ecfc84f58b401671d7947777cd56c0bcad67a8a57f4f076e4a6a7b",
            "ae27c0edddd0ed1309da074def85dff3354021539b31402444b0fa001dc8c2fa",
            "2a1bd1f111c20200b46b453e8e60336231a63fd8f0608f83828e69a6bd381e8e",
        }
    ),
    ("tsia-4-phases", "2.0.0"): frozenset(
        {
            "87f7ace498b1a9a0072b4ffd27102aa3512faa10000c77181f0ad2d4306b59fa",
            "47e9994e23ad74990a0967a10c29563eea376657b97dbf286f0c404daa9f484d",
        }
    ),
    ("ftworks-5-levels", "1.0.0"): frozenset(
        {
            "7edd94628568e1e1086d20abfe6d5db1be853e8fdd480ca102356308d41de8c6",
            "5b2b701688c68c7b2295b5cebca642737bb7b2230d11e463add894cb4efb70cd",
            "0cc732ba1885150584ec803846f1fd7ce91bacc7f16a1efff868d66e529711d9",
        }
    ),
    ("ftworks-5-levels", "2.0.0"): frozenset(
        {"249d09402038aa78cbc11becd576c62d0772364db0552376c3fc3277583ba834"}
    ),
}


def genuine_digests() -> dict[tuple[str, str], frozenset[str]]:
    """(id, version) of every shipped model -> the digests that are genuinely it."""
    return _GENUINE


def impostor_problem(model: MaturityModel, digest: str) -> str | None:
    """Why this definition may not be used: it claims a shipped id and version but is not
    that model. None when it is genuine or not a shipped id and version."""
    genuine = genuine_digests().get((model.id, model.version))
    if genuine is None or digest in genuine:
        return None
    return translate(
        "model file",
        "it claims to be {id} {version}, which this installation ships, but differs from it",
    ).format(id=model.id, version=model.version)
