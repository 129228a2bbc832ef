"""The models' own words in another language: the shipped translations are complete, a
translation changes no number, and a missing, unknown or broken text is named by
`models check` and never breaks the catalog (the model then reads as written)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from csmaturity_app import cli, i18n
from csmaturity_app.maturity import AnswerValue, MaturityModel, score_assessment
from csmaturity_app.maturity.catalog import BUILTIN_MODELS_DIR, ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.maturity.scoring import AssessmentResult
from csmaturity_app.maturity.translation import (
    CRITERION_TEXTS,
    STAGE_TEXTS,
    check_translation,
    load_translation,
    localized,
    translation_file,
)
from csmaturity_app.store import Store

TSIA_FILE = BUILTIN_MODELS_DIR / "tsia-4-phases-2.0.0.toml"
TSIA_FRENCH = BUILTIN_MODELS_DIR / "fr" / "tsia-4-phases-2.0.0.toml"
TUCKMAN = ["Forming", "Storming", "Norming", "Performing"]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def other_languages() -> list[str]:
    return [code for code in i18n.available_languages() if code != i18n.SOURCE_LANGUAGE]


def every_text(model: MaturityModel) -> list[tuple[str, str]]:
    """(key, text) for every text a translation replaces, keyed as `models check` keys them."""
    texts = [("title", model.title), ("summary", model.summary), ("rule", model.rule)]
    texts.append(("attribution.note", model.attribution.note))
    for stage in model.stages:
        texts += [(f"stages.{stage.id}.{n}", getattr(stage, n)) for n in STAGE_TEXTS]
    for d in model.dimensions:
        texts += [
            (f"dimensions.{d.id}.name", d.name),
            (f"dimensions.{d.id}.description", d.description),
        ]
    for c in model.criteria:
        texts += [(f"criteria.{c.id}.{n}", getattr(c, n)) for n in CRITERION_TEXTS]
        texts += [(f"criteria.{c.id}.anchors[{i}]", a) for i, a in enumerate(c.anchors)]
    texts += [(f"glossary[{i}]", g.meaning) for i, g in enumerate(model.glossary)]
    return [(key, text) for key, text in texts if text]


def answers_for(model: MaturityModel, seed: int) -> dict[str, AnswerValue]:
    """A varied assessment: every score, some not applicable, some unanswered."""
    rng = random.Random(seed)
    answers = {}
    for c in model.criteria:
        roll = rng.random()
        if roll < 0.1:
            continue
        if roll < 0.2:
            answers[c.id] = AnswerValue(not_applicable=True)
        else:
            answers[c.id] = AnswerValue(rng.choice([1, 2, 3, 3, 3]))
    return answers


def numbers_of(result: AssessmentResult) -> tuple[object, ...]:
    """Everything a result says that is not words."""
    return (
        result.placed_level,
        None if result.placed is None else result.placed.id,
        result.maturity_index,
        [(s.stage.id, s.attainment, s.achieved, s.by_definition) for s in result.stages],
        [(d.dimension.id, d.score, d.applicable, d.answered) for d in result.dimensions],
        [(n.criterion.id, n.score) for n in result.next_steps],
        None if result.next_stage is None else result.next_stage.id,
        result.answered,
        result.total,
    )


def copy_model(folder: Path, model_id: str = "tsia-4-phases") -> tuple[Path, Path]:
    """The TSIA model and its French in `folder` (renamed to `model_id`, so that the catalog
    takes it as a user's own model rather than a copy posing as the built-in one)."""
    (folder / "fr").mkdir(parents=True, exist_ok=True)
    model = folder / f"{model_id}-2.0.0.toml"
    french = folder / "fr" / model.name
    model.write_text(
        TSIA_FILE.read_text(encoding="utf-8").replace(
            'id = "tsia-4-phases"', f'id = "{model_id}"', 1
        ),
        encoding="utf-8",
    )
    french.write_text(
        TSIA_FRENCH.read_text(encoding="utf-8").replace(
            'model = "tsia-4-phases"', f'model = "{model_id}"', 1
        ),
        encoding="utf-8",
    )
    return model, french


def without_line(text: str, section: str, key: str) -> str:
    """`text` without the line `key = ...` of the TOML table `section`."""
    start = text.index(f"[{section}]\n")
    end = text.find("\n[", start + 1)
    body = text[start:end]
    line = re.search(rf"^{re.escape(key)} = .*\n", body, re.MULTILINE)
    assert line is not None
    return text[:start] + body.replace(line.group(0), "", 1) + text[end:]


# -- the shipped translations


@pytest.mark.parametrize("language", other_languages())
def test_every_current_model_has_a_complete_translation(
    language: str, builtin_catalog: ModelCatalog
) -> None:
    """Every model's current version reads entirely in every language the software speaks."""
    current = builtin_catalog.current()
    assert {m.id for m in current} >= {"tsia-4-phases", "ftworks-5-levels"}
    for model in current:
        path = translation_file(BUILTIN_MODELS_DIR, model.id, model.version, language)
        assert path.is_file(), f"{model.key} has no {language} translation: {path}"
        translation = load_translation(path)
        assert translation.language == language
        assert check_translation(model, translation) == [], path


def test_the_shipped_model_files_and_their_translations_check_ok(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run_cli(capsys, "models", "check", str(TSIA_FILE))
    assert (status, err) == (0, "")
    assert "OK: tsia-4-phases@2.0.0" in out
    assert f"{TSIA_FRENCH}: OK: fr translation of tsia-4-phases@2.0.0, complete" in out
    status, out, err = run_cli(capsys, "models", "check", str(TSIA_FRENCH))
    assert (status, err) == (0, "")


def test_the_french_tsia_reads_in_french_and_keeps_tuckmans_names(tsia: MaturityModel) -> None:
    french = localized(tsia, "fr")
    assert french.language == "fr" and french.original is tsia
    assert french.title.startswith("Modèle de maturité")
    assert french.stage_word == "Phase"
    assert [s.name for s in french.stages] == TUCKMAN == [s.name for s in tsia.stages]
    assert load_translation(TSIA_FRENCH).data["kept_names"] == TUCKMAN
    assert "Tuckman" in french.attribution.note and "Forming" in french.attribution.note
    assert [p.label for p in french.scale][-1] == "Pleinement en place"
    assert french.not_applicable_label == "Sans objet"
    assert french.score_label(0) == "Pas en place"
    english = dict(every_text(tsia))
    same = [k for k, text in every_text(french) if text == english[k] and text not in TUCKMAN]
    assert same == [], "read in English still"
    glossary = {g.term for g in french.glossary}
    assert {"CSM", "NPS", "CSAT", "CES", "CAC", "Churn (attrition)"} <= glossary


def test_the_french_keeps_every_number_and_criterion_reference(tsia: MaturityModel) -> None:
    """Ids ("F01"), figures ("90 days", "0 to 6") and "2/3" mean the same in both languages."""
    english = dict(every_text(tsia))
    for key, text in every_text(localized(tsia, "fr")):
        assert sorted(re.findall(r"\d+(?:/\d+)?", text)) == sorted(
            re.findall(r"\d+(?:/\d+)?", english[key])
        ), key


def test_the_french_follows_french_typography() -> None:
    """A non-breaking space before : ; ? ! and inside « », never a plain one or none."""
    for key, text in every_text(localized(load_model(TSIA_FILE), "fr")):
        assert not re.search(r"( |\w)[:;?!](\s|$)", text), key
        assert "« " not in text and " »" not in text, key
        assert "'" not in text, key  # the French apostrophe is U+2019


def load_model(path: Path) -> MaturityModel:
    from csmaturity_app.maturity.loader import load_model_file

    return load_model_file(path)


# -- a translation changes no number


def test_the_french_model_has_the_digest_and_definition_of_the_english(
    tsia: MaturityModel,
) -> None:
    french = localized(tsia, "fr")
    assert french.title != tsia.title
    assert french.to_dict() == tsia.to_dict()
    assert definition_digest(canonical_definition(french)) == definition_digest(
        canonical_definition(tsia)
    )


@pytest.mark.parametrize("seed", range(6))
def test_scores_and_placements_are_the_same_in_both_languages(
    seed: int, builtin_catalog: ModelCatalog
) -> None:
    for model in builtin_catalog:  # every version, translated or not
        answers = answers_for(model, seed)
        english = score_assessment(model, answers)
        french = score_assessment(localized(model, "fr"), answers)
        assert numbers_of(french) == numbers_of(english), model.key


def test_a_store_made_in_english_reads_the_same_in_french(
    store_path: Path, tsia: MaturityModel
) -> None:
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        made = store.create_assessment(org.id, tsia, assessed_on="2026-11-30")
        for criterion_id, answer in answers_for(tsia, 3).items():
            store.record_answer(made.id, criterion_id, answer.score, answer.not_applicable)
        english = store.result(made.id)
        english_summary = store.result_summaries([made.id])[made.id]
    assert english.model.title == tsia.title
    with i18n.using("fr"), Store.open(store_path) as store:
        french = store.result(made.id)
        summary = store.result_summaries([made.id])[made.id]
        assert store.model_of(made.id).language == "fr"
    assert numbers_of(french) == numbers_of(english)
    assert french.model.title.startswith("Modèle de maturité")
    assert next(d.dimension.name for d in french.dimensions) == "Stratégie et charte"
    assert french.model.score_label(2) == "Largement en place"
    assert french.placed is not None
    assert french.placed_label == french.model.stage_label(french.placed)
    assert french.placed.name in TUCKMAN  # kept as TSIA wrote them
    assert (summary.placed_level, summary.maturity_index, summary.answered) == (
        english_summary.placed_level,
        english_summary.maturity_index,
        english_summary.answered,
    )


# -- models check names what is missing, unknown or broken


def test_models_check_names_a_criterion_missing_its_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model, french = copy_model(tmp_path)
    text = french.read_text(encoding="utf-8")
    french.write_text(without_line(text, "criteria.F03", "why"), encoding="utf-8")
    status, out, err = run_cli(capsys, "models", "check", str(french))
    assert status == 1 and out == ""
    assert err.splitlines() == [f"csmaturity: error: {french}: criteria.F03.why: is not translated"]
    status, out, err = run_cli(capsys, "models", "check", str(model))  # the model and its files
    assert status == 1
    assert "criteria.F03.why: is not translated" in err


def test_models_check_names_an_unknown_id_and_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, french = copy_model(tmp_path)
    with french.open("a", encoding="utf-8") as file:
        file.write('\n[criteria.F99]\nstatement = "Inventé"\n')
        file.write('\n[glossary."Churnn"]\nterm = "x"\nmeaning = "y"\n')
    status, _, err = run_cli(capsys, "models", "check", str(french))
    assert status == 1
    assert err.splitlines() == [
        f"csmaturity: error: {french}: criteria.F99: is not in tsia-4-phases@2.0.0",
        f"csmaturity: error: {french}: glossary.'Churnn': is not a term of tsia-4-phases@2.0.0",
    ]


BROKEN = {
    "a name as long as a text": (
        lambda text: text.replace('name = "Forming"', 'name = "' + "F" * 300 + '"', 1),
        1,
    ),
    "bad TOML": (lambda text: text.replace("[criteria.F03]", "[criteria.F03", 1), 1),
    "numbers where text is expected": (
        lambda text: text.replace('stage_word = "Phase"', "stage_word = 4", 1).replace(
            'name = "Stratégie et charte"', "name = 2.5", 1
        ),
        2,
    ),
    "a 1 MB text": (
        lambda text: re.sub(
            r'^why = ".*"$', 'why = "' + "x" * 1_000_000 + '"', text, count=1, flags=re.M
        ),
        1,
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_translation_is_refused_and_the_model_reads_as_written(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model, french = copy_model(tmp_path, "own-tsia")
    breaking, lines = BROKEN[case]
    french.write_text(breaking(french.read_text(encoding="utf-8")), encoding="utf-8")
    status, out, err = run_cli(capsys, "models", "check", str(french))
    assert status == 1 and out == ""
    problems = err.splitlines()
    assert all(p.startswith(f"csmaturity: error: {french}: ") for p in problems), problems
    assert all(len(p) < 400 for p in problems)  # a line each, never the text itself
    assert len(problems) == lines, problems
    if case == "a 1 MB text":
        assert f"{french}: criteria.F01.why: has 1,000,000 characters; at most 5,000" in err
    if case == "a name as long as a text":
        assert f"{french}: stages.forming.name: has 300 characters; at most 200" in err
    if case.startswith("numbers"):
        assert "stage_word: must be text, not int" in err
        assert "dimensions.strategy-charter.name: must be text, not float" in err

    catalog = ModelCatalog.load([tmp_path])
    assert catalog.problems == []
    with i18n.using("fr"):
        own = catalog.get("own-tsia")
    assert own.language == "" and own.title == load_model(model).title


def test_a_users_own_model_folder_with_a_french_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "models"
    model, french = copy_model(folder, "our-tsia")
    catalog = ModelCatalog.load([folder])
    assert catalog.problems == []
    assert catalog.get("our-tsia").title == load_model(model).title
    with i18n.using("fr"):
        ours = catalog.get("our-tsia")
        assert [m.title for m in catalog.current()] == [ours.title]
    assert ours.language == "fr" and ours.title.startswith("Modèle de maturité")
    assert ours.criteria_by_id["F03"].why.startswith("Sans définition partagée")
    status, out, err = run_cli(capsys, "models", "check", str(model))
    assert (status, err) == (0, "")
    assert f"{french}: OK: fr translation of our-tsia@2.0.0, complete" in out


# -- older versions read as written


@pytest.mark.parametrize("model_id", ["tsia-4-phases", "ftworks-5-levels"])
def test_the_first_versions_need_no_translation_and_read_in_english(
    model_id: str, builtin_catalog: ModelCatalog, capsys: pytest.CaptureFixture[str]
) -> None:
    path = translation_file(BUILTIN_MODELS_DIR, model_id, "1.0.0", "fr")
    assert not path.exists()
    with i18n.using("fr"):
        old = builtin_catalog.get(model_id, "1.0.0")
    assert old.language == "" and old.original is None
    assert old.title == load_model(BUILTIN_MODELS_DIR / f"{model_id}-1.0.0.toml").title
    result = score_assessment(old, {c.id: AnswerValue(3) for c in old.criteria})
    assert result.placed_level == old.stages[-1].level
    status, out, err = run_cli(capsys, "models", "check", str(BUILTIN_MODELS_DIR / path.name))
    assert (status, err) == (0, "")
    assert "translation" not in out
