"""The PDF report of an assessment, drawn with Qt's own PDF output (QPdfWriter).

What the report says is decided in `exchange.report_content` (no Qt); here it is set on
pages (`sections`, `blocks`, `pagination`), with the results pane's charts (`charts`),
drawn (`pdf`) and written (`output`). The DOCX report is written by
`exchange.report_docx` from the same content, with the charts as pictures (`chart_images`).
"""

from __future__ import annotations

from pathlib import Path

from csmaturity_app import i18n
from csmaturity_app.exchange.output_files import refuse_output
from csmaturity_app.exchange.report_content import build_report
from csmaturity_app.store import Store
from csmaturity_app.ui.report.output import ensure_application, write_atomically
from csmaturity_app.ui.report.pdf import render_pdf


def export_report_pdf(
    store: Store,
    assessment_id: str,
    out: Path,
    client_safe: bool = False,
    language: str | None = None,
) -> Path:
    """Write the report of one assessment to `out` (replaced if it exists); return it.
    `client_safe`: with no private note in it. `language`: the report's ("fr"), whatever the
    window's; None: the language in effect.

    Raises UserFacingError (one message) for an unknown assessment or a file that cannot be
    written; nothing is written then. Works with no QApplication running (the command line).
    """
    refuse_output(Path(out), store.path)
    with i18n.using(language):
        report = build_report(store, assessment_id, client_safe=client_safe)
        ensure_application()
        content = render_pdf(report)
    return write_atomically(Path(out), content)  # its errors in the user's language


def export_report_docx(
    store: Store,
    assessment_id: str,
    out: Path,
    client_safe: bool = False,
    language: str | None = None,
) -> Path:
    """Write the report of one assessment as a Word document (DOCX) to `out`; as
    `export_report_pdf` otherwise."""
    from csmaturity_app.exchange.report_docx import report_document, save_report_docx
    from csmaturity_app.ui.report.chart_images import report_images

    refuse_output(Path(out), store.path)
    with i18n.using(language):
        report = build_report(store, assessment_id, client_safe=client_safe)
        ensure_application()
        document = report_document(report, report_images(report))
    return save_report_docx(document, Path(out))  # its errors in the user's language
