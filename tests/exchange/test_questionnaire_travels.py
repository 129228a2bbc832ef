"""What a collected questionnaire brings in travels on: a snapshot of it imports elsewhere with
every respondent, rating, note and fill time, and a team sync carries it to another laptop."""

from __future__ import annotations

from pathlib import Path

from questionnaire_files import assessment_with_team, fill
from sync.sync_helpers import sync_with
from team_server import TeamDatabase

from csmaturity_app.exchange import export_snapshot, import_snapshot
from csmaturity_app.exchange.questionnaire_collect import collect_questionnaires
from csmaturity_app.exchange.questionnaire_write import write_questionnaires
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


def collected_store(path: Path, tsia: MaturityModel, folder: Path) -> str:
    with Store.open(path) as store:
        assessment, _ = assessment_with_team(store, tsia)
        files = write_questionnaires(store, assessment, folder / "out")
        c1, c2 = (c.id for c in tsia.criteria[:2])
        for file, (r1, r2) in zip(files, [(3, 2), (1, "n/a"), ("0 Not in place", 3)], strict=True):
            fill(file, {c1: r1, c2: r2}, {c1: f'=HYPERLINK("x") from {file.stem}'})
        done = collect_questionnaires(store, files)
        assert all(c.outcome is not None and not c.error for c in done), [c.line for c in done]
        return assessment


def what_respondents_hold(store: Store, assessment: str) -> object:
    view = store.respondents_view(assessment)
    return (
        [
            (r.id, r.name, r.role, r.position, r.collected_at, r.collected_digest)
            for r in view.respondents
        ],
        {
            r: sorted(
                (c, a.score, a.not_applicable, a.notes, a.updated_at) for c, a in given.items()
            )
            for r, given in view.ratings.items()
        },
        {c: (a.score, a.not_applicable) for c, a in view.consensus.items()},
        view.from_respondents,
    )


def test_a_collected_fill_survives_a_snapshot_to_another_laptop(
    tmp_path: Path, tsia: MaturityModel, builtin_catalog: ModelCatalog
):
    assessment = collected_store(tmp_path / "a.db", tsia, tmp_path)
    snapshot = tmp_path / "a.csv"
    with Store.open(tmp_path / "a.db") as a:
        export_snapshot(a, snapshot)
        held = what_respondents_hold(a, assessment)
    with Store.open(tmp_path / "b.db") as b:
        import_snapshot(b, snapshot, builtin_catalog)
        assert what_respondents_hold(b, assessment) == held
    c1 = tsia.criteria[0].id
    # 3, 1, 0 -> 1; the formula written in notes came through as its text
    assert held[2][c1] == (1, False)  # type: ignore[index]
    assert any("=HYPERLINK" in n for *_, n, _ in held[1][held[0][1][0]])  # type: ignore[index]


def test_a_collected_fill_reaches_another_laptop_through_the_team_server(
    tmp_path: Path, tsia: MaturityModel, team: TeamDatabase
):
    assessment = collected_store(tmp_path / "a.db", tsia, tmp_path)
    sync_with(tmp_path / "a.db", team.url("alice"))
    Store.open(tmp_path / "b.db").close()
    sync_with(tmp_path / "b.db", team.url("bob"))
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        assert what_respondents_hold(b, assessment) == what_respondents_hold(a, assessment)
