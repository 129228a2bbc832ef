"""The assessor's role reads in the language of the command; JSON keeps the stored key."""

from __future__ import annotations

import json
from pathlib import Path

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.store import Store


def test_the_assessors_role_reads_in_french_and_json_keeps_its_key(
    capsys, store_path: Path, tsia: MaturityModel, in_french
):
    with Store.open(store_path) as store:
        org = store.create_organization("Acme")
        assessment = store.create_assessment(org.id, tsia, assessor="Jean").id
    db = ("--lang", "fr", "--db", str(store_path))
    assert cli.main([*db, "respondents", assessment]) == 0
    table = capsys.readouterr().out
    assert "Évaluateur" in table and "Assessor" not in table
    assert cli.main([*db, "respondents", assessment, "--format", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["role"]) == ("Jean", "Assessor")
