"""A store written by release 0.2 (schema 2, maturity models 1.0.0): it opens, shows what
that release showed for every assessment, and its assessments carry forward."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from release_stores import backups, expected, opened_copy, user_version

from csmaturity_app.exchange.snapshot_export import export_snapshot
from csmaturity_app.exchange.snapshot_import import import_snapshot
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.maturity.digest import canonical_definition, definition_digest
from csmaturity_app.store import Store, opening

EXPECTED = expected(2)


@pytest.fixture
def old_store(tmp_path: Path) -> Iterator[Store]:
    with opened_copy(2, tmp_path) as store:
        yield store


def shown(store: Store) -> dict[str, dict[str, object]]:
    """What the window and `csmaturity show` give for each assessment."""
    out = {}
    for a in store.assessments():
        result = store.result(a.id)
        out[a.id] = {
            "organization_id": a.organization_id,
            "model": result.model.key,
            "placed_level": result.placed_level,
            "placed_label": result.placed_label,
            "maturity_index": pytest.approx(result.maturity_index, abs=1e-12),
            "answered": result.answered,
        }
    return out


def test_it_upgrades_after_a_backup_and_shows_the_same_results(old_store: Store, tmp_path: Path):
    assert old_store.file_schema_version() == opening.newest_schema_version()
    (backup,) = backups(tmp_path, 2)
    assert user_version(backup) == 2
    assert shown(old_store) == EXPECTED
    for assessment in old_store.assessments():
        model = old_store.model_of(assessment.id)
        # Scored as taken: the frozen 1.0.0 definition, with its threshold of 0.75.
        assert (model.version, model.exact_threshold) == ("1.0.0", Fraction(3, 4))
        assert assessment.carried_from is None
        assert not any(a.needs_review for a in old_store.answers(assessment.id).values())


@pytest.mark.parametrize("model_id", ["tsia-4-phases", "ftworks-5-levels"])
def test_its_assessments_carry_forward_to_the_current_version(
    old_store: Store, builtin_catalog: ModelCatalog, model_id: str
):
    current = builtin_catalog.get(model_id)
    mapping = current.carry_forward_from("1.0.0")
    assert current.version == "2.0.0" and mapping is not None
    old_ids = [a.id for a in old_store.assessments() if a.model_id == model_id]
    assert old_ids
    for old_id in old_ids:
        old_answers = old_store.answers(old_id)
        new = old_store.carry_forward(old_id, current)
        assert (new.model_version, new.status, new.carried_from) == ("2.0.0", "draft", old_id)
        answers = old_store.answers(new.id)
        sources: dict[str, list[int | None]] = {}
        for old_criterion, answer in old_answers.items():
            for target in mapping.targets(old_criterion):
                sources.setdefault(target, []).append(answer.score)
        assert set(answers) == set(sources)
        assert all(a.needs_review for a in answers.values())
        for criterion_id, answer in answers.items():
            scores = [s for s in sources[criterion_id] if s is not None]
            assert answer.score == (min(scores) if scores else None)
        result = old_store.result(new.id)
        assert result.model.exact_threshold == Fraction(2, 3)
        assert result.answered == sum(
            a.score is not None or a.not_applicable for a in answers.values()
        )
    # The assessments carried from show what they showed before.
    assert {k: v for k, v in shown(old_store).items() if k in EXPECTED} == EXPECTED


def test_its_frozen_definitions_are_kept_though_the_1_0_0_files_were_reworded(
    old_store: Store, builtin_catalog: ModelCatalog
):
    """The 1.0.0 files were reworded where they repeated the articles (ids, stages, threshold
    and meaning unchanged), so their digest changed: the store's assessments keep the
    definition they were taken with, under its old digest, beside the file's."""
    stored = old_store.model_versions()
    for model_id in ("tsia-4-phases", "ftworks-5-levels"):
        from_file = builtin_catalog.get(model_id, "1.0.0")
        frozen = [d for d, key in stored.items() if key == (model_id, "1.0.0")]
        assert len(frozen) == 1
        assert definition_digest(canonical_definition(from_file)) != frozen[0]
        old = old_store.model_version(frozen[0])
        assert [c.id for c in old.criteria] == [c.id for c in from_file.criteria]
        assert old.threshold == from_file.threshold


def test_a_snapshot_of_it_imports_into_a_new_store_with_the_same_results(
    old_store: Store, builtin_catalog: ModelCatalog, tmp_path: Path
):
    """The snapshot carries the old definitions, which this installation no longer has."""
    export_snapshot(old_store, tmp_path / "old.csv")
    with Store.open(tmp_path / "new.db") as new_store:
        import_snapshot(new_store, tmp_path / "old.csv", builtin_catalog)
        assert shown(new_store) == EXPECTED
        assert new_store.model_versions() == old_store.model_versions()


def test_a_snapshot_without_digests_still_imports_into_it(
    old_store: Store, builtin_catalog: ModelCatalog, tmp_path: Path
):
    """A file with only the contract's columns names a model by id and version: the store's
    own 1.0.0 definition is the one meant, not the reworded file installed beside it."""
    export_snapshot(old_store, tmp_path / "full.csv")
    with open(tmp_path / "full.csv", encoding="utf-8-sig", newline="") as source:
        rows = list(csv.reader(source))
    contract = rows[0].index("updated_at") + 1
    with open(tmp_path / "plain.csv", "w", encoding="utf-8", newline="") as target:
        csv.writer(target).writerows(row[:contract] for row in rows)
    before = shown(old_store)
    result = import_snapshot(old_store, tmp_path / "plain.csv", builtin_catalog)
    assert not result.changes_anything
    assert shown(old_store) == before
