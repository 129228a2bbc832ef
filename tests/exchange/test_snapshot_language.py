"""A snapshot's language: its text columns (names, titles, labels) are written in the language
in effect, its column names and ids stay English, and an import reads only the ids, so a
French export merges into an English store as one."""

from __future__ import annotations

from pathlib import Path

import pytest
from french_tsia import DIMENSION, LABELS, STATEMENT, use_french_tsia
from snapshot_helpers import content, populate, read_rows

from csmaturity_app import i18n
from csmaturity_app.exchange import export_snapshot, export_summary, import_snapshot
from csmaturity_app.exchange.age_files import Decryption, DecryptionFailedError, Encryption
from csmaturity_app.exchange.csv_format import SNAPSHOT_COLUMNS
from csmaturity_app.exchange.snapshot_import import SnapshotError
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store


@pytest.fixture
def french_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_french_tsia(tmp_path / "translations", monkeypatch)


def rows_of(path: Path) -> list[dict[str, str]]:
    header, rows = read_rows(path)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_text_columns_follow_the_language_ids_and_column_names_do_not(
    store: Store, tsia: MaturityModel, tmp_path: Path, french_words: None
) -> None:
    populate(store, [tsia], organizations=1)
    with i18n.using("fr"):
        export_snapshot(store, tmp_path / "fr.csv")
    export_snapshot(store, tmp_path / "en.csv")
    french, english = rows_of(tmp_path / "fr.csv"), rows_of(tmp_path / "en.csv")
    assert read_rows(tmp_path / "fr.csv")[0] == list(SNAPSHOT_COLUMNS)
    f01 = next(r for r in french if r["criterion_id"] == "F01")
    assert (f01["dimension"], f01["criterion"]) == (DIMENSION, STATEMENT)
    assert {r["score_label"] for r in french if r["score_label"]} <= {*LABELS, "Sans objet"}
    assert "Sans objet" in {r["score_label"] for r in french}
    english_f01 = next(r for r in english if r["criterion_id"] == "F01")
    assert english_f01["dimension"] == "Strategy and charter"
    # Everything that is not a text for a reader is the same, cell for cell.
    texts = {"dimension", "criterion", "score_label", "stage"}
    for fr_row, en_row in zip(french, english, strict=True):
        assert {k: v for k, v in fr_row.items() if k not in texts} == {
            k: v for k, v in en_row.items() if k not in texts
        }


def test_a_french_export_imports_into_an_english_store_and_merges_as_one(
    store: Store,
    tsia: MaturityModel,
    builtin_catalog: ModelCatalog,
    tmp_path: Path,
    french_words: None,
) -> None:
    populate(store, [tsia], organizations=2)
    export_snapshot(store, tmp_path / "en.csv")
    with i18n.using("fr"):
        export_snapshot(store, tmp_path / "fr.csv")

    # A new store made from the French file holds what one made from the English file holds.
    with Store.open(tmp_path / "from-fr.db") as from_french:
        import_snapshot(from_french, tmp_path / "fr.csv", builtin_catalog)
    with Store.open(tmp_path / "from-en.db") as from_english:
        import_snapshot(from_english, tmp_path / "en.csv", builtin_catalog)
    assert content(tmp_path / "from-fr.db") == content(tmp_path / "from-en.db")
    assert content(tmp_path / "from-fr.db")["answer"] == content(store.path)["answer"]

    # Imported back into the English store it came from: the same records, nothing to do.
    plan = import_snapshot(store, tmp_path / "fr.csv", builtin_catalog, dry_run=True)
    assert not plan.changes_anything
    assert plan.answers.conflicts == plan.assessments.conflicts == 0
    assert plan.answers.unchanged == len(content(store.path)["answer"])


def test_a_summary_keeps_its_column_names_whatever_the_language(
    store: Store, tsia: MaturityModel, tmp_path: Path, french_words: None
) -> None:
    populate(store, [tsia], organizations=1)
    with i18n.using("fr"):
        export_summary(store, tmp_path / "fr.csv")
    export_summary(store, tmp_path / "en.csv")
    assert read_rows(tmp_path / "fr.csv")[0] == read_rows(tmp_path / "en.csv")[0]
    assert "attainment Forming" in read_rows(tmp_path / "fr.csv")[0]


def test_a_wrong_passphrase_is_said_in_french(
    store: Store, tsia: MaturityModel, builtin_catalog: ModelCatalog, tmp_path: Path, in_french
) -> None:
    populate(store, [tsia], organizations=1)
    sealed = tmp_path / "p.csv.age"
    export_snapshot(store, sealed, encryption=Encryption(passphrase=b"secret"))
    with Store.open(tmp_path / "other.db") as other:
        before = content(tmp_path / "other.db")
        with pytest.raises(DecryptionFailedError) as raised:
            import_snapshot(other, sealed, builtin_catalog, decryption=Decryption(passphrase=b"x"))
    message = str(raised.value).replace("\u00a0", " ").replace("\u202f", " ")
    assert message == (
        "impossible de déchiffrer p.csv.age : la phrase secrète est fausse (ou son en-tête a "
        "été modifié) ; rien n'a été importé"
    )
    assert content(tmp_path / "other.db") == before


def test_a_file_that_is_no_snapshot_is_said_in_french(
    store: Store, builtin_catalog: ModelCatalog, tmp_path: Path, in_french
) -> None:
    wrong = tmp_path / "notes.csv"
    wrong.write_text("name,phone\nAnn,123\n", encoding="utf-8")
    before = content(store.path)
    with pytest.raises(SnapshotError) as raised:
        import_snapshot(store, wrong, builtin_catalog)
    message = str(raised.value).replace("\u00a0", " ")
    assert message == (
        "notes.csv : ligne 1 : ce n'est pas un instantané CS Maturity : sa première ligne "
        "devrait être l'en-tête organization_id, organization, assessment_id, …"
    )
    assert content(store.path) == before
