"""Help > About: what CS Maturity is, and the credits for the maturity models it carries."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QMessageBox, QWidget

from csmaturity_app import APP_NAME, __version__
from csmaturity_app.maturity.catalog import ModelCatalog


def about_text(catalog: ModelCatalog) -> str:
    credits = "".join(
        f"<li><b>{escape(m.title)}</b> (version {escape(m.version)}): "
        f"{escape(m.attribution.credit())}. {escape(m.attribution.note)}</li>"
        for m in catalog
    )
    return (
        f"<h3>{APP_NAME} {escape(__version__)}</h3>"
        "<p>Customer-success maturity assessment, offline: your data stays on this computer.</p>"
        f"<p>Maturity models:</p><ul>{credits}</ul>"
        "<p>The stages and their names belong to their authors; the criteria and guidance "
        "were written for CS Maturity.</p>"
    )


def show_about(parent: QWidget, catalog: ModelCatalog) -> None:
    QMessageBox.about(parent, f"About {APP_NAME}", about_text(catalog))
