"""Start-up: a bad store gets one dialog with ways forward; the About text credits the authors
of the newest version of each model, with the articles' real titles and addresses."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.store import Store
from csmaturity_app.ui import app as app_module
from csmaturity_app.ui.about_dialog import about_text, show_about
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


def test_about_credits_the_newest_version_of_each_model(builtin_catalog):
    assert {m.version for m in builtin_catalog} == {"1.0.0", "2.0.0"}
    text = about_text(builtin_catalog)
    assert text.count("(version 2.0.0)") == 2 and "version 1.0.0" not in text
    assert "Technology &amp; Services Industry Association" in text
    assert "\u201cThe Customer Success Maturity Model in 4 Phases\u201d" in text
    assert "TSIA blog, updated June 13, 2017" in text
    assert "Tuckman" in text and "(1965)" in text
    assert "Françoise Tourniaire" in text and "FT Works" in text
    title = "A Maturity Model for Customer Success: Go Beyond Making Customers Happy"
    assert f"\u201c{title}\u201d, TSIA blog, for TSIA members" in text
    url = "https://www.tsia.com/blog/a-maturity-model-for-customer-success-go-beyond-making-customers-happy"
    assert f'<a href="{url}">' in text
    assert "A maturity model for customer success and account management" not in text


def test_about_escapes_what_a_model_file_says(builtin_catalog):
    model = builtin_catalog.get("tsia-4-phases")
    odd = replace(
        model,
        id="odd",
        title="<b>x</b> & <EMEA>",
        attribution=replace(model.attribution, url="javascript:alert(1)", note="<i>n</i>"),
    )
    text = about_text(ModelCatalog([odd]))
    assert "<b>x</b>" not in text and "&lt;b&gt;x&lt;/b&gt; &amp; &lt;EMEA&gt;" in text
    assert "<a " not in text and "javascript:alert(1)" in text  # shown, not a link
    assert "&lt;i&gt;n&lt;/i&gt;" in text


def test_about_box_opens_links_in_the_browser(qtbot, builtin_catalog, monkeypatch):
    shown: list[QMessageBox] = []

    def about(parent, title, text):
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        shown.append(box)  # the parent owns it

    monkeypatch.setattr(QMessageBox, "about", about)
    parent = QWidget()
    qtbot.addWidget(parent)
    show_about(parent, builtin_catalog)
    label = shown[0].findChild(QLabel, "qt_msgbox_label")
    assert label.openExternalLinks() and "tsia.com/blog" in label.text()
