"""A French translation of the TSIA model of the tests' own, first in the translations' search
path: files written "in French" then carry French model words whatever the shipped French says
(or whether it is there yet). Words chosen to appear nowhere in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from translation_folders import only_these_translations

from csmaturity_app.maturity import translation

TITLE = "Modèle de maturité du Customer Success TSIA (4 phases)"
DIMENSION = "Stratégie et charte"
STATEMENT = "L'entreprise s'est engagée à vendre au moins une partie de son offre en abonnement."
LABELS = ["Pas en place", "Partiellement en place", "Largement en place", "Pleinement en place"]

_FILE = f'''language = "fr"
model = "tsia-4-phases"
version = "2.0.0"
title = "{TITLE}"
stage_word = "Phase"
summary = "Un résumé en français."
[scale]
not_applicable_label = "Sans objet"
labels = [{", ".join(f'"{label}"' for label in LABELS)}]
[dimensions.strategy-charter]
name = "{DIMENSION}"
[criteria.F01]
statement = "{STATEMENT}"
'''


def use_french_tsia(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the translation in `folder/fr/` and look there first, for this test only."""
    (folder / "fr").mkdir(parents=True, exist_ok=True)
    (folder / "fr" / "tsia-4-phases-2.0.0.toml").write_text(_FILE, encoding="utf-8")
    only_these_translations(monkeypatch, folder, *translation._shipped_folders)
