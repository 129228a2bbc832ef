"""The frozen form of a maturity model definition and its digest, which names a model version
in a store and in a snapshot: both must compute them alike, so they live with the model."""

from __future__ import annotations

import hashlib
import json

from csmaturity_app.maturity.definition import MaturityModel


def canonical_definition(model: MaturityModel) -> str:
    """The frozen form of a definition: sorted-key JSON, so one definition has one digest."""
    return json.dumps(model.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def definition_digest(definition: str) -> str:
    """The id of a maturity model version: the sha256 of its canonical definition."""
    return hashlib.sha256(definition.encode("utf-8")).hexdigest()
