"""A report in French: written by `csmaturity --lang fr report` (PDF and DOCX) and by the window's
path (`language="fr"` from a process that speaks English), read back with pdftotext and
python-docx, the DOCX printed by a real LibreOffice Writer. Its headings, long date, numbers and
the model's own words are French; its placement and index are the English report's."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from libreoffice_writer import to_pdf
from translation_folders import only_these_translations

from csmaturity_app import cli, i18n
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store
from csmaturity_app.ui.report import export_report_docx, export_report_pdf

ASSESSED = date(2026, 11, 30)
NBSP, NNBSP = "\u00a0", "\u202f"

# A partial French translation of the model (what it leaves out reads in English): enough to
# see that the report localizes the model it was handed in English.
TRANSLATION = """
language = "fr"
model = "tsia-4-phases"
version = "{version}"
title = "Modèle de maturité Customer Success de la TSIA (4 phases)"
stage_word = "Phase"
summary = "Un modèle en quatre phases."
[scale]
not_applicable_label = "Sans objet"
labels = ["Pas en place", "Partiellement en place", "Largement en place", "Pleinement en place"]
[scoring]
rule = "Une étape est atteinte quand ses critères sont assez en place."
"""


@pytest.fixture
def french_model_words(tmp_path: Path, tsia: MaturityModel, monkeypatch: pytest.MonkeyPatch):
    """The model's French in a folder of this test's own; the lookup's caches start empty and
    are put back afterwards, so no other test sees this translation."""
    folder = tmp_path / "models"
    (folder / "fr").mkdir(parents=True)
    (folder / "fr" / f"{tsia.id}-{tsia.version}.toml").write_text(
        TRANSLATION.format(version=tsia.version), encoding="utf-8"
    )
    only_these_translations(monkeypatch, folder)


@pytest.fixture
def assessment_id(store_path: Path, tsia: MaturityModel) -> str:
    """Phase 1 achieved, Phase 2 partly: an index with decimals; some criteria unanswered."""
    with Store.open(store_path) as store:
        org = store.create_organization("Acme Software")
        record = store.create_assessment(org.id, tsia, "Jeanne Évaluatrice", ASSESSED)
        for criterion in tsia.criteria_of_stage(tsia.stages[0].id):
            store.record_answer(record.id, criterion.id, tsia.max_score)
        second = tsia.criteria_of_stage(tsia.stages[1].id)
        for criterion in second[:3]:
            store.record_answer(record.id, criterion.id, 1, notes="Procès-verbal de novembre.")
        return record.id


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode()


def flat(text: str) -> str:
    """One line, every kind of space a plain one: words that wrap or sit after a non-breaking
    space read as written."""
    return " ".join(text.replace(NBSP, " ").replace(NNBSP, " ").split())


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    section = document.sections[0]
    parts += [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def placement(text: str, language: str) -> tuple[str, str]:
    """The verdict's placement level ("Phase 1") and index ("1.59", decimal point)."""
    if language == "fr":
        found = re.search(r"Indice de maturité (\d+,\d\d) sur une échelle", text)
        placed = re.search(r"se situe à l'étape (Phase \d)", text)
    else:
        found = re.search(r"Maturity index (\d+\.\d\d) on a scale", text)
        placed = re.search(r"is at (Phase \d)", text)
    assert found and placed, text[:3000]
    return placed.group(1), found.group(1).replace(",", ".")


def write(capsys, store_path: Path, assessment_id: str, out: Path, *lang: str) -> None:
    status = cli.main(
        ["--db", str(store_path), *lang, "report", "--assessment", assessment_id, "--out", str(out)]
    )
    captured = capsys.readouterr()
    assert (status, captured.err) == (0, ""), captured


def test_lang_fr_writes_a_french_pdf_that_places_as_the_english_one(
    capsys, store_path, assessment_id, tmp_path, french_model_words, in_french
):
    english, french = tmp_path / "en.pdf", tmp_path / "fr.pdf"
    write(capsys, store_path, assessment_id, english, "--lang", "en")
    write(capsys, store_path, assessment_id, french, "--lang", "fr")
    en, fr = flat(pdf_text(english)), flat(pdf_text(french))

    for heading in ("Sommaire", "Résultats", "Prochaines étapes", "Constats par étape"):
        assert heading in fr
    assert "Évaluée le" in fr and "30 novembre 2026" in fr and "30 November 2026" in en
    assert "Page 1 sur" in fr and "Page 1 of" in en and "Page 1 of" not in fr
    # the model, handed over in English, reads in French; its kept names stay
    assert "Modèle de maturité Customer Success de la TSIA (4 phases)" in fr
    assert "Partiellement en place" in fr and "Partially in place" not in fr
    # numbers: a decimal comma, a space before the percent sign
    assert placement(fr, "fr") == placement(en, "en")
    index = placement(en, "en")[1]
    assert f"Indice de maturité {index.replace('.', ',')} sur" in fr
    assert f"Maturity index {index} on" in en
    assert re.search(r"deux tiers \(67 %\)", fr)  # the threshold: its words and its percent
    # what the consultant wrote stays as written
    assert "Procès-verbal de novembre." in fr
    for english_word in ("Next steps", "Findings by stage", "Maturity index", "assessed on"):
        assert english_word not in fr


def test_lang_fr_writes_a_french_docx_that_writer_prints(
    capsys, store_path, assessment_id, tmp_path, french_model_words, in_french
):
    english, french = tmp_path / "en.docx", tmp_path / "fr.docx"
    write(capsys, store_path, assessment_id, english, "--lang", "en")
    write(capsys, store_path, assessment_id, french, "--lang", "fr")
    fr_text, en_text = docx_text(french), docx_text(english)
    headings = [
        p.text for p in docx.Document(str(french)).paragraphs if p.style.name.startswith("Heading")
    ]
    assert {"Verdict", "Résultats", "Prochaines étapes", "Constats par étape", "Glossaire"} <= set(
        headings
    )
    assert "30 novembre 2026" in fr_text
    assert "Acme Software · évaluée le 30 novembre 2026 · Brouillon · Page" in fr_text
    assert placement(flat(fr_text), "fr") == placement(flat(en_text), "en")
    assert re.search(rf"\d+{NBSP}%", fr_text)  # "67 %": a non-breaking space, as French sets it

    (printed,) = to_pdf([french], tmp_path / "pdf", tmp_path)
    text = flat(pdf_text(printed))
    assert "Prochaines étapes" in text and "30 novembre 2026" in text
    assert placement(text, "fr") == placement(flat(en_text), "en")


def test_the_window_writes_a_french_report_while_it_speaks_english(
    store_path, assessment_id, tmp_path, french_model_words, qapp
):
    """The store was read in English first (its models cached in English): the report still
    localizes them, and the process's language is left as it was."""
    assert i18n.current_language() == "en"
    with Store.open(store_path) as store:
        assert store.scored(assessment_id).model.title.startswith("TSIA")
        pdf = export_report_pdf(store, assessment_id, tmp_path / "r.pdf", language="fr")
        document = export_report_docx(store, assessment_id, tmp_path / "r.docx", language="fr")
        english = export_report_pdf(store, assessment_id, tmp_path / "e.pdf")
    assert i18n.current_language() == "en"
    fr = flat(pdf_text(pdf))
    assert "Prochaines étapes" in fr and "Modèle de maturité Customer Success de la TSIA" in fr
    assert "Pas encore" not in fr  # placed at Phase 1
    assert "Prochaines étapes" in docx_text(document)
    en = flat(pdf_text(english))
    assert "Next steps" in en and "Prochaines" not in en
    assert placement(fr, "fr") == placement(en, "en")
