"""What an assessment's answers become under a newer version of its maturity model.

Only the mapping the newer version declares (`MaturityModel.carry_forward_from`) moves an
answer: each old answer goes to every new criterion its id became (a split copies it). Where
several old criteria became one, the lowest rating given is kept, so that a carried draft
never claims more than the old assessment showed, and the notes say which ratings were merged
and which of those criteria had not been rated (the assessor reviews every carried answer).
New criteria that nothing maps to stay unanswered. Pure: `Store.carry_forward` writes the
result.
"""

from __future__ import annotations

from dataclasses import dataclass

from csmaturity_app.i18n import translate
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.definition import CarryForward
from csmaturity_app.store.records import AnswerRecord


@dataclass(frozen=True)
class CarriedAnswer:
    criterion_id: str  # of the newer version
    score: int | None
    not_applicable: bool
    notes: str
    private_notes: str = ""
    private_notes_at: str = ""  # kept as it was: the notes were written then, not now


def carried_answers(
    old_model: MaturityModel,
    new_model: MaturityModel,
    mapping: CarryForward,
    answers: dict[str, AnswerRecord],
) -> list[CarriedAnswer]:
    """The answers of the new draft, in the new model's order of criteria."""
    sources: dict[str, list[tuple[str, AnswerRecord]]] = {}
    unrated: dict[str, list[str]] = {}
    for criterion in old_model.criteria:  # the old order, so that merged notes read in it
        answer = answers.get(criterion.id)
        for new_id in mapping.targets(criterion.id):
            if new_id not in new_model.criteria_by_id:
                continue
            if answer is None or not _says_something(answer):
                unrated.setdefault(new_id, []).append(criterion.id)
            else:
                sources.setdefault(new_id, []).append((criterion.id, answer))
    return [
        _merge(old_model, c.id, sources[c.id], unrated.get(c.id, []))
        for c in new_model.criteria
        if c.id in sources
    ]


def _says_something(answer: AnswerRecord) -> bool:
    return (
        answer.score is not None
        or answer.not_applicable
        or bool(answer.notes)
        or bool(answer.private_notes)
    )


def _merge(
    old_model: MaturityModel,
    new_id: str,
    sources: list[tuple[str, AnswerRecord]],
    unrated: list[str],
) -> CarriedAnswer:
    if len(sources) == 1 and not unrated:
        ((_, answer),) = sources
        return CarriedAnswer(
            new_id,
            answer.score,
            answer.not_applicable,
            answer.notes,
            answer.private_notes,
            answer.private_notes_at,
        )
    scores = [a.score for _, a in sources if a.score is not None]
    score = min(scores) if scores else None
    not_applicable = score is None and any(a.not_applicable for _, a in sources)
    ratings = ", ".join(f"{old_id} {_rating(old_model, a)}" for old_id, a in sources)
    # A note authored now, by the carry: in the language in effect, as the assessor's are.
    lines = [
        translate(
            "store",
            "Merged from {count} criteria of version {version} when carried forward; the "
            "lowest rating was kept ({ratings}).",
        ).format(count=len(sources) + len(unrated), version=old_model.version, ratings=ratings)
    ]
    if unrated:
        lines.append(
            translate("store", "Not rated then: {criteria}.").format(criteria=", ".join(unrated))
        )
    lines += [f"{old_id}: {a.notes}" for old_id, a in sources if a.notes]
    private = "\n".join(f"{old_id}: {a.private_notes}" for old_id, a in sources if a.private_notes)
    private_at = max((a.private_notes_at for _, a in sources if a.private_notes), default="")
    return CarriedAnswer(new_id, score, not_applicable, "\n".join(lines), private, private_at)


def _rating(model: MaturityModel, answer: AnswerRecord) -> str:
    if answer.not_applicable:
        return model.not_applicable_label.lower()
    if answer.score is None:
        return translate("store", "not rated")
    return f"{answer.score} {model.score_label(answer.score)}"


def carry_forward_target(
    catalog: ModelCatalog, model_id: str, version: str
) -> MaturityModel | None:
    """The version an assessment taken under `model_id` `version` can be carried forward to:
    the newest installed version of that model, if it is another one and declares how
    answers of `version` come across; else None."""
    if not any(m.id == model_id for m in catalog):
        return None
    current = catalog.get(model_id)
    if current.version == version or current.carry_forward_from(version) is None:
        return None
    return current
