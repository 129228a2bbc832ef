"""What a sync says, in either language: the merge's lines of counts are picked out of its
description by their words, so they must be found in French too."""

from __future__ import annotations

from csmaturity_app import i18n
from csmaturity_app.store import Counts, MergeOutcome
from csmaturity_app.sync.outcome import SyncOutcome


def outcome() -> SyncOutcome:
    merge = MergeOutcome(
        organizations=Counts(new=1),
        assessments=Counts(updated=2),
        answers=Counts(new=3, unchanged=4),
        ratings=Counts(new=1),
        deleted=1,
    )
    return SyncOutcome("db.example/csm", received=8, sent=0, merge=merge)


def test_a_sync_says_its_counts_in_english():
    lines = outcome().describe()
    assert lines[:3] == [
        "team server: db.example/csm",
        "sent: 0 rows changed on the server",
        "received: 8 rows from the server",
    ]
    assert "  organizations: 1 new, 0 updated, 0 unchanged" in lines
    assert "  respondents' ratings: 1 new, 0 updated, 0 unchanged" in lines
    assert "  deleted here, as deleted on the team server: 1" in lines


def test_a_sync_says_its_counts_in_french(in_french):
    lines = [line.replace("\u00a0", " ") for line in outcome().describe()]
    assert lines[0] == "serveur d'équipe : db.example/csm"
    assert "  organisations : 1 ajout, 0 mise à jour, 0 sans changement" in lines
    assert "  évaluations : 0 ajout, 2 mises à jour, 0 sans changement" in lines
    assert "  réponses : 3 ajouts, 0 mise à jour, 4 sans changement" in lines
    assert "  notes des répondants : 1 ajout, 0 mise à jour, 0 sans changement" in lines
    assert "  supprimés ici, comme supprimés sur le serveur d'équipe : 1" in lines
    assert lines[-1] == "conflits : aucun"
    assert not any("organizations" in line or "answers" in line for line in lines)


def test_the_same_lines_in_both_languages():
    with i18n.using("fr"):
        french = outcome().describe()
    assert len(french) == len(outcome().describe()) == 10
