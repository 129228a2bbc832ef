"""Help > About: what CS Maturity is, and the credits for the maturity models it carries."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from csmaturity_app import APP_NAME, version
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import ModelCatalog
from csmaturity_app.ui.markup import link_html


def _credit(model: MaturityModel) -> str:
    attribution = model.attribution
    parts = [
        QCoreApplication.translate(
            "about_dialog", "<b>{title}</b> (version {version}): {credit}."
        ).format(
            title=escape(model.title),
            version=escape(model.version),
            credit=escape(attribution.credit()),
        )
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
        + "<p>"
        + escape(
            QCoreApplication.translate(
                "about_dialog",
                "Customer-success maturity assessment, offline: your data stays on this computer.",
            )
        )
        + "</p><p>"
        + escape(QCoreApplication.translate("about_dialog", "Maturity models:"))
        + f"</p><ul>{credits}</ul>"
    )


def show_about(parent: QWidget, catalog: ModelCatalog) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("about_dialog", "About {name}").format(name=APP_NAME),
        about_text(catalog),
    )
