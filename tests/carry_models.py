"""A made-up newer version of the TSIA model, with each kind of carry-forward mapping once.

From 1.0.0 to `NEXT_VERSION`: F01 stays; F02 is split into F02a and F02b; F03 and F04 are
merged into F34; F05 is dropped; F06 is left out of the mapping (so it is not carried,
although the criterion is still there); F09 is new; every other id maps to itself.
Built from the installed 1.0.0 file, so that the tests do not depend on the real 2.0.0's
mapping.
"""

from __future__ import annotations

from typing import Any

from csmaturity_app.maturity import MaturityModel, parse_model
from csmaturity_app.maturity.catalog import ModelCatalog

NEXT_VERSION = "1.1.0"
SPLIT = {"F02": ["F02a", "F02b"]}
MERGED = {"F03": ["F34"], "F04": ["F34"]}
DROPPED = {"F05": []}
NOT_MAPPED = "F06"
NEW = "F09"


def tsia_1(catalog: ModelCatalog) -> MaturityModel:
    return catalog.get("tsia-4-phases", "1.0.0")


def tsia_next(old: MaturityModel, *, mapping: bool = True) -> MaturityModel:
    """The newer version; `mapping=False`: one that declares no way to carry answers across."""
    data = old.to_dict()
    data["version"] = NEXT_VERSION
    by_id = {c["id"]: c for c in data["criteria"]}

    def like(template: str, new_id: str, statement: str) -> dict[str, Any]:
        return {**by_id[template], "id": new_id, "statement": statement}

    criteria: list[dict[str, Any]] = []
    for criterion in data["criteria"]:
        cid = criterion["id"]
        if cid == "F02":
            criteria += [
                like("F02", "F02a", "The first half of what F02 asked."),
                like("F02", "F02b", "The second half of what F02 asked."),
            ]
        elif cid == "F03":
            criteria.append(like("F03", "F34", "What F03 and F04 asked, as one criterion."))
        elif cid in ("F04", "F05"):
            continue
        elif cid == "F08":
            criteria += [criterion, like("F08", NEW, "A criterion new in this version.")]
        else:
            criteria.append(criterion)
    data["criteria"] = criteria
    if mapping:
        pairs: dict[str, list[str]] = {c.id: [c.id] for c in old.criteria}
        pairs |= SPLIT | MERGED | DROPPED
        del pairs[NOT_MAPPED]
        data["carry_forward"] = [{"from_version": old.version, "criteria": pairs}]
    else:
        data.pop("carry_forward", None)
    return parse_model(data, f"test model {old.id} {NEXT_VERSION}")


def catalog_with_next(catalog: ModelCatalog, *, mapping: bool = True) -> ModelCatalog:
    """The installed models (as 1.0.0 only) plus the made-up newer TSIA version."""
    old = [m for m in catalog if m.version == "1.0.0"]
    return ModelCatalog(models=[*old, tsia_next(tsia_1(catalog), mapping=mapping)])
