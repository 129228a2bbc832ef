"""Rows pulled from the team server are untrusted input: any role that may write there (psql,
a buggy or newer client) reaches every laptop. Each bad kind, planted by the administrator,
is refused in one line naming the table and the record, and nothing changes on either side;
once the administrator removes it, the next sync completes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sync_helpers import populate, store_content, sync_with

from csmaturity_app import cli
from csmaturity_app.maturity import MaturityModel, parse_model_json
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.store import MAX_TITLE, PulledRowError, Store

REFUSED = "the team server holds a row this version cannot take"
STAMP = "2026-01-02T03:04:05.000000+00:00"
FUTURE = "2099-12-31T00:00:00.000000+00:00"
NEW_ASSESSMENT = "0e1b2c3d-0000-4000-8000-000000000002"
ELSEWHERE = "5e1f0c2a-9b7d-4c3e-8a6f-2d4b8e9c1a70"
NOWHERE = "0e1b2c3d-0000-4000-8000-0000000000ff"
RESPONDENT = "0e1b2c3d-0000-4000-8000-000000000003"
ACTION = "0e1b2c3d-0000-4000-8000-000000000004"
# Inserts that break a foreign key: the administrator turns the server's checks off.
UNCHECKED = "SET session_replication_role = replica; "


def _impostor(tsia: MaturityModel) -> tuple[str, str]:
    """A definition claiming to be a shipped model, differing from it; and its digest."""
    data = tsia.to_dict()
    data["title"] = data["title"] + " (edited)"
    text = canonical_definition(parse_model_json(json.dumps(data), "impostor"))
    return definition_digest(text), text


def _answer(assignments: str) -> str:
    """Changes the first answer of the test's assessment."""
    return (
        f"UPDATE csmaturity.answer SET {assignments} "
        "WHERE assessment_id = '{aid}' AND criterion_id = '{crit}'"
    )


def _respondent(name: str, assessment: str = "{aid}", collected: str = "'', ''") -> str:
    """A respondent of the test's assessment (or another), named by an SQL expression."""
    return (
        f"INSERT INTO csmaturity.respondent VALUES ('{RESPONDENT}', '{assessment}', {name}, "
        f"'CSM', 1, '{STAMP}', '{STAMP}', {collected})"
    )


def _rating(respondent: str, score: str) -> str:
    return (
        "INSERT INTO csmaturity.respondent_answer VALUES "
        f"('{respondent}', '{{crit}}', {score}, false, '', '{STAMP}')"
    )


def _action(title: str = "'Map the journey'", status: str = "'open'", org: str = "{org}") -> str:
    """An action on the roadmap of the test's organization (or another)."""
    return (
        f"INSERT INTO csmaturity.action VALUES ('{ACTION}', '{org}', 'tsia-4-phases', '', "
        f"{title}, '', '', {status}, '', '', 0, '', '', '{STAMP}', '{STAMP}', '')"
    )


_NO_ACTION = f"DELETE FROM csmaturity.action WHERE id = '{ACTION}'"


def _cases(tsia: MaturityModel) -> dict[str, tuple[str, str, str]]:
    """Bad kind -> (what the administrator plants, what the refusal says, how it is removed).
    In the SQL: {aid} the assessment, {crit} its first criterion, {org} its organization,
    {digest} its model version."""
    digest, impostor = _impostor(tsia)
    impostor = impostor.replace("{", "{{").replace("}", "}}").replace("'", "''")
    title = tsia.title.replace("'", "''")
    zeros, effs = "0" * 64, "f" * 64
    return {
        "score off the scale": (
            _answer("score = 99"),
            "answer of assessment {aid} criterion {crit}, score: 99 is not a score (0 to 3)",
            _answer("score = 1"),
        ),
        "control character in notes": (
            _answer("notes = 'a' || chr(7) || 'b'"),
            "notes: a control character (U+0007) is not text",
            _answer("notes = 'ab'"),
        ),
        "scored and not applicable": (
            _answer("score = 2, not_applicable = true"),
            "a criterion is either scored or not applicable, not both",
            _answer("not_applicable = false"),
        ),
        "criterion not of the model": (
            "INSERT INTO csmaturity.answer VALUES "
            f"('{{aid}}', 'no-such-criterion', 1, false, '', '{STAMP}', false)",
            "criterion no-such-criterion, criterion_id: 'no-such-criterion' is not a criterion",
            "DELETE FROM csmaturity.answer WHERE criterion_id = 'no-such-criterion'",
        ),
        "100 KB name with escape codes": (
            "UPDATE csmaturity.organization SET name = 'Evil' || chr(27) || '[31m' || chr(10) "
            "|| 'Corp' || repeat('x', 100000) WHERE id = '{org}'",
            "organization {org}, name: a control character (U+001B) is not text",
            "UPDATE csmaturity.organization SET name = 'Evil Corp' WHERE id = '{org}'",
        ),
        "name too long": (
            "UPDATE csmaturity.organization SET name = repeat('x', 100000) WHERE id = '{org}'",
            "name: an organization name may have at most 200 characters",
            "UPDATE csmaturity.organization SET name = 'Acme' WHERE id = '{org}'",
        ),
        "stamp not in the store's form": (
            "UPDATE csmaturity.organization SET updated_at = '2026-01-01' WHERE id = '{org}'",
            "updated_at: '2026-01-01' is not a time in the store's form",
            f"UPDATE csmaturity.organization SET updated_at = '{STAMP}' WHERE id = '{{org}}'",
        ),
        "status": (
            "UPDATE csmaturity.assessment SET status = 'bogus' WHERE id = '{aid}'",
            "assessment {aid}, status: 'bogus' is not a status: use draft or complete",
            "UPDATE csmaturity.assessment SET status = 'draft' WHERE id = '{aid}'",
        ),
        "assessed_on": (
            "UPDATE csmaturity.assessment SET assessed_on = 'not a date' WHERE id = '{aid}'",
            "assessed_on: 'not a date' is not a date (YYYY-MM-DD)",
            "UPDATE csmaturity.assessment SET assessed_on = '2026-03-01' WHERE id = '{aid}'",
        ),
        "id not a UUID": (
            "INSERT INTO csmaturity.organization VALUES "
            f"('not-a-uuid', 'Odd', '{STAMP}', '{STAMP}', null)",
            "organization not-a-uuid, id: 'not-a-uuid' is not an id (a UUID)",
            "DELETE FROM csmaturity.organization WHERE id = 'not-a-uuid'",
        ),
        "digest not a digest": (
            "INSERT INTO csmaturity.model_version VALUES "
            f"('notadigest', 'm', '1', 't', '{{{{garbage', '{STAMP}')",
            "model version notadigest, id: 'notadigest' is not a model digest",
            "DELETE FROM csmaturity.model_version WHERE id = 'notadigest'",
        ),
        "definition damaged": (
            "INSERT INTO csmaturity.model_version VALUES "
            f"('{zeros}', 'm', '1', 't', '{{{{garbage', '{STAMP}')",
            "model_definition: the maturity model definition is damaged or invalid",
            f"DELETE FROM csmaturity.model_version WHERE id = '{zeros}'",
        ),
        "impostor definition": (
            "INSERT INTO csmaturity.model_version VALUES "
            f"('{digest}', '{tsia.id}', '{tsia.version}', '{title} (edited)', "
            f"'{impostor}', '{STAMP}')",
            f"it claims to be {tsia.id} {tsia.version}, which this installation ships",
            f"DELETE FROM csmaturity.model_version WHERE id = '{digest}'",
        ),
        "organization nowhere": (
            f"{UNCHECKED}INSERT INTO csmaturity.assessment VALUES ('{NEW_ASSESSMENT}', "
            f"'{NOWHERE}', '{{digest}}', '2026-03-01', 'A', 'draft', '{STAMP}', '{STAMP}', '', "
            "null)",
            f"assessment {NEW_ASSESSMENT}: its organization {NOWHERE} is neither on the team "
            "server nor in this store",
            f"DELETE FROM csmaturity.assessment WHERE id = '{NEW_ASSESSMENT}'",
        ),
        "model version nowhere": (
            f"{UNCHECKED}INSERT INTO csmaturity.assessment VALUES ('{NEW_ASSESSMENT}', "
            f"'{{org}}', '{effs}', '2026-03-01', 'A', 'draft', '{STAMP}', '{STAMP}', '', null)",
            f"its maturity model version {effs} is neither on the team server nor in this store",
            f"DELETE FROM csmaturity.assessment WHERE id = '{NEW_ASSESSMENT}'",
        ),
        "assessment nowhere": (
            f"{UNCHECKED}INSERT INTO csmaturity.answer VALUES "
            f"('{NOWHERE}', '{{crit}}', 1, false, '', '{STAMP}', false)",
            f"answer of assessment {NOWHERE} criterion {{crit}}: its assessment {NOWHERE} is "
            "neither on the team server nor in this store",
            f"DELETE FROM csmaturity.answer WHERE assessment_id = '{NOWHERE}'",
        ),
        "assessment moved": (
            "INSERT INTO csmaturity.organization VALUES "
            f"('{ELSEWHERE}', 'Elsewhere', '{STAMP}', '{STAMP}', null); "
            f"UPDATE csmaturity.assessment SET organization_id = '{ELSEWHERE}' "
            "WHERE id = '{aid}'",
            "assessment {aid}: it belongs to another organization in this store",
            "UPDATE csmaturity.assessment SET organization_id = '{org}' WHERE id = '{aid}'",
        ),
        "respondent's name with escape codes": (
            _respondent("'Pat' || chr(27) || '[31m'"),
            f"respondent {RESPONDENT}, name: a control character (U+001B) is not text",
            f"DELETE FROM csmaturity.respondent WHERE id = '{RESPONDENT}'",
        ),
        "respondent's collected digest": (
            _respondent("'Pat'", collected=f"'{STAMP}', 'not a digest'"),
            f"respondent {RESPONDENT}, collected_digest: 'not a digest' is not a digest",
            f"DELETE FROM csmaturity.respondent WHERE id = '{RESPONDENT}'",
        ),
        "respondent of an assessment nowhere": (
            UNCHECKED + _respondent("'Pat'", assessment=NOWHERE),
            f"respondent {RESPONDENT}: its assessment {NOWHERE} is neither on the team server "
            "nor in this store",
            f"DELETE FROM csmaturity.respondent WHERE id = '{RESPONDENT}'",
        ),
        "rating off the scale": (
            _respondent("'Pat'") + "; " + _rating(RESPONDENT, "99"),
            f"rating of respondent {RESPONDENT} criterion {{crit}}, score: 99 is not a score "
            "(0 to 3)",
            f"DELETE FROM csmaturity.respondent WHERE id = '{RESPONDENT}'",
        ),
        "rating of a respondent nowhere": (
            UNCHECKED + _rating(NOWHERE, "1"),
            f"rating of respondent {NOWHERE} criterion {{crit}}: its respondent {NOWHERE} is "
            "neither on the team server nor in this store",
            f"DELETE FROM csmaturity.respondent_answer WHERE respondent_id = '{NOWHERE}'",
        ),
        "action's status": (
            _action(status="'finished'"),
            f"action {ACTION}, status: 'finished' is not an action's status: use open, "
            "in progress, done, dropped",
            _NO_ACTION,
        ),
        "2 MB action title": (
            _action(title="repeat('x', 2000000)"),
            f"action {ACTION}, title: an action's title may have at most {MAX_TITLE:,} characters",
            _NO_ACTION,
        ),
        "action's private notes with escape codes": (
            _action() + f"; UPDATE csmaturity.action SET private_notes = 'a' || chr(27) "
            f"WHERE id = '{ACTION}'",
            f"action {ACTION}, private_notes: a control character (U+001B) is not text",
            _NO_ACTION,
        ),
        "action of an organization nowhere": (
            UNCHECKED + _action(org=NOWHERE),
            f"action {ACTION}: its organization {NOWHERE} is neither on the team server nor "
            "in this store",
            _NO_ACTION,
        ),
        "target's stage": (
            # a newer or broken client changed the column; the laptop still checks the value
            "ALTER TABLE csmaturity.target ALTER COLUMN stage_level TYPE text; "
            "INSERT INTO csmaturity.target VALUES "
            f"('{{org}}', 'tsia-4-phases', 'x', '', '{STAMP}', '{STAMP}')",
            "target of organization {org} on tsia-4-phases, stage_level: 'x' is not a stage level",
            "DELETE FROM csmaturity.target",
        ),
        "target's due date": (
            "INSERT INTO csmaturity.target VALUES "
            f"('{{org}}', 'tsia-4-phases', 3, '30/06/2027', '{STAMP}', '{STAMP}')",
            "due_on: '30/06/2027' is not a date (YYYY-MM-DD)",
            "DELETE FROM csmaturity.target",
        ),
        "target's due date in year 1": (
            "INSERT INTO csmaturity.target VALUES "
            f"('{{org}}', 'tsia-4-phases', 3, '0001-01-01', '{STAMP}', '{STAMP}')",
            "due_on: '0001-01-01' is not a due date the plan can use: its year is not between "
            "1970 and 2999",
            "DELETE FROM csmaturity.target",
        ),
        "answer's private notes": (
            _answer("private_notes = 'a' || chr(7)"),
            "private_notes: a control character (U+0007) is not text",
            _answer("private_notes = ''"),
        ),
        "answer's private notes stamp": (
            _answer("private_notes_at = 'yesterday'"),
            "private_notes_at: 'yesterday' is not a date and time",
            _answer("private_notes_at = ''"),
        ),
        "stamp in the future": (
            _answer(f"updated_at = '{FUTURE}'"),
            f"1 row stamped more than a day ahead of this computer's clock, the latest {FUTURE} "
            "(was a clock wrong?)",
            _answer(f"updated_at = '{STAMP}'"),
        ),
    }


def server_rows(team: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: team.admin_sql(f"SELECT * FROM csmaturity.{table} ORDER BY 1, 2")
        for table in (
            "organization",
            "model_version",
            "assessment",
            "answer",
            "respondent",
            "respondent_answer",
            "target",
            "action",
            "tombstone",
        )
    }


class Laptops:
    """A's work on the server; B synced once with it (so B pulls only what changes next)."""

    def __init__(self, team: Any, tmp_path: Path, tsia: MaturityModel) -> None:
        self.team = team
        self.a, self.b = tmp_path / "a.db", tmp_path / "b.db"
        with Store.open(self.a) as store:
            self.aid = populate(store, tsia, "Acme", criteria=3)
            self.org = store.assessment(self.aid).organization_id
        sync_with(self.a, team.url("alice"))
        sync_with(self.b, team.url("bob"))
        self.names = {
            "aid": self.aid,
            "crit": tsia.criteria[0].id,
            "org": self.org,
            "digest": team.admin_sql("SELECT id FROM csmaturity.model_version")[0][0],
        }

    def sql(self, template: str) -> None:
        self.team.admin_sql(template.format(**self.names))

    def both_sides(self) -> tuple[object, ...]:
        with Store.open_for_reading(self.b) as store:
            state = store.sync_state()
        return server_rows(self.team), store_content(self.b), state


@pytest.fixture
def laptops(team: Any, tmp_path: Path, tsia: MaturityModel) -> Laptops:
    return Laptops(team, tmp_path, tsia)


@pytest.mark.parametrize(
    "kind",
    [
        "score off the scale",
        "control character in notes",
        "scored and not applicable",
        "criterion not of the model",
        "100 KB name with escape codes",
        "name too long",
        "stamp not in the store's form",
        "status",
        "assessed_on",
        "id not a UUID",
        "digest not a digest",
        "definition damaged",
        "impostor definition",
        "organization nowhere",
        "model version nowhere",
        "assessment nowhere",
        "assessment moved",
        "respondent's name with escape codes",
        "respondent's collected digest",
        "respondent of an assessment nowhere",
        "rating off the scale",
        "rating of a respondent nowhere",
        "action's status",
        "2 MB action title",
        "action's private notes with escape codes",
        "action of an organization nowhere",
        "target's stage",
        "target's due date",
        "target's due date in year 1",
        "answer's private notes",
        "stamp in the future",
    ],
)
def test_a_bad_row_is_refused_in_one_line_and_nothing_changes(
    laptops: Laptops, tsia: MaturityModel, kind: str
) -> None:
    plant, said, remove = _cases(tsia)[kind]
    laptops.sql(plant)
    before = laptops.both_sides()
    with pytest.raises(PulledRowError) as refused:
        sync_with(laptops.b, laptops.team.url("bob"))
    message = str(refused.value)
    assert "\n" not in message and len(message) < 600
    assert message.startswith(REFUSED)
    assert said.format(**laptops.names) in message
    assert message.endswith("nothing was changed on either side")
    assert laptops.both_sides() == before
    # The administrator removes the row: the next sync completes, and the store reads well.
    laptops.sql(remove)
    sync_with(laptops.b, laptops.team.url("bob"))
    with Store.open_for_reading(laptops.b) as store:
        assert store.result(laptops.aid) is not None


def test_a_refused_pull_from_the_cli_is_one_line_on_stderr(
    laptops: Laptops, tsia: MaturityModel, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops.sql(_cases(tsia)["status"][0])
    before = laptops.both_sides()
    status = cli.main(["--db", str(laptops.b), "sync", laptops.team.url("bob")])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and REFUSED in err and "'bogus' is not a status" in err
    assert laptops.both_sides() == before


def test_accept_future_takes_a_row_stamped_ahead_and_says_so(
    laptops: Laptops, tsia: MaturityModel, capsys: pytest.CaptureFixture[str]
) -> None:
    laptops.sql(_cases(tsia)["stamp in the future"][0])
    refused = cli.main(["--db", str(laptops.b), "sync", laptops.team.url("bob")])
    assert refused == 1 and "--accept-future" in capsys.readouterr().err
    status = cli.main(["--db", str(laptops.b), "sync", laptops.team.url("bob"), "--accept-future"])
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert f"1 row is stamped in the future ({FUTURE})" in out
    with Store.open_for_reading(laptops.b) as store:
        answer = store.answers(laptops.aid)[tsia.criteria[0].id]
    assert answer.updated_at == FUTURE


def test_an_answer_of_an_assessment_deleted_here_is_dropped_not_refused(
    laptops: Laptops, tsia: MaturityModel
) -> None:
    """Deletion wins: a change on the server to what was deleted here is no bad row."""
    with Store.open(laptops.a) as store:
        store.record_notes(laptops.aid, tsia.criteria[1].id, "changed on A")
    sync_with(laptops.a, laptops.team.url("alice"))
    with Store.open(laptops.b) as store:
        store.delete_assessment(laptops.aid)
    outcome = sync_with(laptops.b, laptops.team.url("bob"))
    assert outcome.dropped_by_deletion >= 1
    assert laptops.team.admin_sql("SELECT count(*) FROM csmaturity.answer") == [(0,)]


def test_an_action_moved_to_another_organization_is_refused(laptops: Laptops) -> None:
    with Store.open(laptops.a) as store:
        action = store.add_action(laptops.org, "tsia-4-phases", "Map the journey")
    sync_with(laptops.a, laptops.team.url("alice"))
    sync_with(laptops.b, laptops.team.url("bob"))
    laptops.sql(
        "INSERT INTO csmaturity.organization VALUES "
        f"('{ELSEWHERE}', 'Elsewhere', '{STAMP}', '{STAMP}', null); "
        f"UPDATE csmaturity.action SET organization_id = '{ELSEWHERE}' WHERE id = '{action.id}'"
    )
    before = laptops.both_sides()
    with pytest.raises(PulledRowError) as refused:
        sync_with(laptops.b, laptops.team.url("bob"))
    assert f"action {action.id}: it is on the roadmap of organization {laptops.org} in this " in (
        str(refused.value)
    )
    assert laptops.both_sides() == before
