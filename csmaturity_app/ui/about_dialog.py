"""Help > About: what CS Maturity is, and the credits for the maturity models it carries."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from csmaturity_app import APP_NAME, version
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.ui.markup import link_html


def _credit(model: MaturityModel) -> str:
    attribution = model.attribution
    parts = [
        f"<b>{escape(model.title)}</b> (version {escape(model.version)}): "
        f"{escape(attribution.credit())}."
    ]
    if attribution.url:
        parts.append(f"<br>{link_html(attribution.url)}")
    if attribution.note:
        parts.append(f"<br>{escape(attribution.note)}")
    return f"<li style='margin-bottom: 0.6em'>{''.join(parts)}</li>"


def about_text(catalog: ModelCatalog) -> str:
    credits = "".join(_credit(m) for m in catalog.current())
    return (
        f"<h3>{APP_NAME} {escape(version())}</h3>"
        "<p>Customer-success maturity assessment, offline: your data stays on this computer.</p>"
        f"<p>Maturity models:</p><ul>{credits}</ul>"
    )


def show_about(parent: QWidget, catalog: ModelCatalog) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_text(catalog))
