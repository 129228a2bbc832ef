"""Shared by the questionnaire tests: assessments with respondents, questionnaires filled in as
a person would (with openpyxl, as a spreadsheet program saves them), and their save time."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import openpyxl

from csmaturity_app.exchange.questionnaire_layout import COLUMNS, QUESTIONNAIRE_SHEET
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import RespondentRecord, Store

RATING = COLUMNS.index("rating") + 1
NOTES = COLUMNS.index("notes") + 1

_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def assessment_with_team(
    store: Store, model: MaturityModel, organization: str = "Acme"
) -> tuple[str, list[RespondentRecord]]:
    """An assessment by Alex, with Pat (VP Customer Success) and Sam (CSM) added: its id and
    its three respondents, Alex written down first."""
    org = store.create_organization(organization)
    assessment = store.create_assessment(org.id, model, assessor="Alex")
    store.add_respondent(assessment.id, "Pat Lee", "VP Customer Success")
    store.add_respondent(assessment.id, "Sam Roe", "CSM")
    return assessment.id, store.respondents(assessment.id)


def fill(
    path: Path,
    ratings: Mapping[str, object],
    notes: Mapping[str, object] | None = None,
    out: Path | None = None,
) -> Path:
    """Fill the rows of these criteria in (a value as a spreadsheet would store it: "2 Largely
    in place", 2, "n/a"; a text starting with "=" is a formula, as typed) and save."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1)}
    for criterion_id, value in ratings.items():
        sheet.cell(rows[criterion_id], RATING).value = value
    for criterion_id, value in (notes or {}).items():
        sheet.cell(rows[criterion_id], NOTES).value = value
    target = out or path
    workbook.save(target)
    return target


def saved_at(path: Path, moment: datetime) -> Path:
    """Make the file say it was last saved at `moment`, as a spreadsheet program stamps it
    (openpyxl stamps the time of its own save)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data, count = _MODIFIED.subn(rb"\g<1>" + stamp + rb"\g<2>", data)
                assert count == 1
            archive.writestr(info, data)
    return path
