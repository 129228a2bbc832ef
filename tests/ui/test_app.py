"""Start-up: a bad store gets one dialog with ways forward; the About text credits the authors."""

from __future__ import annotations

import sqlite3

from csmaturity_app.store import Store
from csmaturity_app.ui import app as app_module
from csmaturity_app.ui.about_dialog import about_text
from csmaturity_app.ui.store_dialogs import StoreChoice


def test_bad_store_offers_another_and_opens_it(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 50)
    good = tmp_path / "good.db"
    asked: list[str] = []

    def ask(_parent, message):
        asked.append(message)
        return StoreChoice.OPEN_OTHER

    monkeypatch.setattr(app_module, "ask_after_store_problem", ask)
    monkeypatch.setattr(app_module, "choose_existing_store", lambda _p, _start: good)
    store = app_module.open_store_interactively(bad)
    assert store is not None
    with store:
        assert store.path == good
    assert len(asked) == 1 and "not an SQLite database" in asked[0]
    assert bad.read_bytes() == b"garbage" * 50


def test_bad_store_then_quit_opens_nothing(tmp_path, monkeypatch, qapp):
    newer = tmp_path / "newer.db"
    with Store.open(newer):
        pass
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = newer.read_bytes()
    monkeypatch.setattr(app_module, "ask_after_store_problem", lambda _p, _m: StoreChoice.QUIT)
    assert app_module.open_store_interactively(newer) is None
    assert newer.read_bytes() == before


def test_cancelled_choice_asks_again_until_quit(tmp_path, monkeypatch, qapp):
    bad = tmp_path / "bad.db"
    bad.write_text("nope")
    answers = iter([StoreChoice.CREATE_NEW, StoreChoice.QUIT])
    monkeypatch.setattr(app_module, "ask_after_store_problem", lambda _p, _m: next(answers))
    monkeypatch.setattr(app_module, "choose_new_store", lambda _p, _start: None)
    assert app_module.open_store_interactively(bad) is None


def test_about_credits_both_models_and_their_articles(builtin_catalog):
    text = about_text(builtin_catalog)
    assert "Technology &amp; Services Industry Association" in text
    assert "Customer Success Maturity Model in 4 Phases" in text and "2017" in text
    assert "Françoise Tourniaire" in text and "FT Works" in text
    assert "A maturity model for customer success and account management" in text
