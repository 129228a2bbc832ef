"""The maturity models this installation offers: the built-in files plus the user's own.

A user's files in `<data folder>/models/*.toml` sit beside the built-in ones.
A broken user file never hides the others: it is listed in `problems`. A user
file may not reuse the id and version of a model already loaded (two different
definitions under one name would make old results ambiguous), least of all of a built-in
model, which it would pass itself off as.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate
from csmaturity_app.maturity.definition import Attribution, MaturityModel
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.loader import ModelFileError, load_model_file
from csmaturity_app.maturity.shipped import impostor_problem
from csmaturity_app.maturity.translation import (
    BUILTIN_MODELS_DIR,
    add_translation_folders,
    localized,
)


@dataclass
class ModelCatalog:
    models: list[MaturityModel] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folders: Iterable[Path]) -> ModelCatalog:
        """Load every `*.toml` of each folder, in order; the first folder's models win. Their
        translations are in each folder's language subfolders (`maturity.translation`)."""
        catalog = cls()
        folders = list(folders)
        add_translation_folders(folders)
        seen: dict[str, str] = {}
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.toml")):
                try:
                    model = load_model_file(path)
                except ModelFileError as exc:
                    catalog.problems.append(str(exc))
                    continue
                except Exception as exc:  # whatever one file does, the others load
                    catalog.problems.append(
                        translate("model file", "{path}: cannot be read ({kind})").format(
                            path=path, kind=type(exc).__name__
                        )
                    )
                    continue
                # judged as a carried definition is: by the table of genuine digests
                digest = definition_digest(canonical_definition(model))
                impostor = impostor_problem(model, digest)
                if impostor is not None:
                    catalog.problems.append(
                        translate(
                            "model file", "{path}: {impostor}; give it another id or version"
                        ).format(path=path, impostor=impostor)
                    )
                    continue
                if model.key in seen:
                    catalog.problems.append(
                        translate(
                            "model file",
                            "{path}: id and version {key} are already used by {seen}; give this "
                            "model another id or version",
                        ).format(path=path, key=model.key, seen=seen[model.key])
                    )
                    continue
                seen[model.key] = str(path)
                catalog.models.append(model)
        return catalog

    def __iter__(self) -> Iterator[MaturityModel]:
        """Every model, in the language in effect (`maturity.translation.localized`)."""
        return iter([localized(m) for m in self.models])

    def current(self) -> list[MaturityModel]:
        """The newest version of each model, in catalog order: what a new assessment uses.
        Older versions stay loaded for the assessments taken with them."""
        newest = {m.id: self._newest(m.id) for m in self.models}
        return [localized(m) for m in self.models if newest[m.id] is m]

    def get(self, model_id: str, version: str | None = None) -> MaturityModel:
        """The model with this id (its newest version unless one is named), in the language in
        effect."""
        return localized(self._newest(model_id, version))

    def _newest(self, model_id: str, version: str | None = None) -> MaturityModel:
        matches = [m for m in self.models if m.id == model_id]
        if version is not None:
            matches = [m for m in matches if m.version == version]
        if not matches:
            known = ", ".join(sorted({m.id for m in self.models})) or "none"
            wanted = (
                model_id
                if version is None
                else translate("model file", "{model_id} version {version}").format(
                    model_id=model_id, version=version
                )
            )
            raise UserFacingError(
                translate("model file", "no maturity model {wanted} (known: {known})").format(
                    wanted=wanted, known=known
                )
            )
        return max(matches, key=lambda m: _version_key(m.version))


def _version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Order "1.10.0" after "1.9.0"; numeric parts before text parts."""
    return tuple(
        (0, int(p)) if p.isdigit() else (1, p) for p in version.replace("-", ".").split(".")
    )


@cache
def builtin_catalog() -> ModelCatalog:
    """The built-in models, read once: for callers that have no catalog of their own (the
    report, `show`), to name stages of the other model or credit a model as it is credited
    today."""
    return ModelCatalog.load([BUILTIN_MODELS_DIR])


def current_attribution(model: MaturityModel) -> Attribution:
    """The credit to show for a model. An assessment keeps the definition it was taken with,
    words and all, but a credit corrected since (the 1.0.0 models misnamed their articles)
    must not be printed wrong again: a built-in version that a newer one has replaced is
    credited as its file credits it today. The current version, and a model of the user's
    own, keep their own credit."""
    builtin = builtin_catalog()
    for replaced in builtin:
        if replaced.key == model.key and builtin.get(model.id) is not replaced:
            return replaced.attribution
    return model.attribution
