"""A model of its own with a French translation beside it, for the tests of files written in
French: the built-in models' French is written elsewhere, and a test must not depend on its
words. The model is the TSIA model under another id (so no other test sees its translation);
its French names a few of its texts, and the rest reads in English, as a partial translation
does."""

from __future__ import annotations

from pathlib import Path

from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.translation import BUILTIN_MODELS_DIR

MODEL_ID = "french-files-test"
SCALE = ["Pas en place", "Partiellement en place", "Largement en place", "Pleinement en place"]
NOT_APPLICABLE = "Sans objet"
STATEMENT = "La fonction CS a une charte écrite, approuvée par la direction."
STAGE = "Formation"
NEXT_STAGE = "Turbulence"
NEXT_STATEMENT = "Les rôles de l'équipe CS sont décrits par écrit."  # the second stage's first
TITLE = "Modèle d'essai en français"


def french_model(folder: Path) -> MaturityModel:
    """Write the model and its French into `folder` and load them (the catalog makes the
    translation known); returns the model as written, in English."""
    folder.mkdir(parents=True, exist_ok=True)
    source = (BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml").read_text(encoding="utf-8")
    model_file = folder / f"{MODEL_ID}-2.0.0.toml"
    model_file.write_text(
        source.replace('id = "tsia-4-phases"', f'id = "{MODEL_ID}"', 1), encoding="utf-8"
    )
    catalog = ModelCatalog.load([folder])
    assert not catalog.problems, catalog.problems
    model = catalog.get(MODEL_ID)
    first = model.criteria[0]
    second = model.stages[1]
    next_first = model.criteria_of_stage(second.id)[0]
    labels = ", ".join(f'"{label}"' for label in SCALE)
    (folder / "fr").mkdir(exist_ok=True)
    (folder / "fr" / model_file.name).write_text(
        f"""language = "fr"
model = "{MODEL_ID}"
version = "2.0.0"
title = "{TITLE}"
stage_word = "Phase"
summary = "Un modèle pour les essais."

[scale]
not_applicable_label = "{NOT_APPLICABLE}"
labels = [{labels}]

[stages.{model.stages[0].id}]
name = "{STAGE}"

[stages.{second.id}]
name = "{NEXT_STAGE}"

[criteria.{first.id}]
statement = "{STATEMENT}"

[criteria.{next_first.id}]
statement = "{NEXT_STATEMENT}"
""",
        encoding="utf-8",
    )
    return model
