"""The first page: what the maturity model is, whose work it is (credited visibly), the answer
scale, the scoring rule and the keyboard map."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from csmaturity_app.i18n import formats
from csmaturity_app.maturity import MaturityModel
from csmaturity_app.maturity.catalog import current_attribution
from csmaturity_app.store import AssessmentRecord
from csmaturity_app.ui.markup import link_html
from csmaturity_app.ui.wizard.keys import NOT_APPLICABLE_KEY, help_rows
from csmaturity_app.ui.wizard.look import (
    MutedLabel,
    heading,
    limit_to_readable_width,
    scaled_font,
    wrapped_label,
)
from csmaturity_app.ui.wizard.voices import not_applicable_short


class IntroPage(QScrollArea):
    def __init__(
        self, model: MaturityModel, assessment: AssessmentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intro")
        self.setAccessibleName(self.tr("Introduction: {title}").format(title=model.title))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(model.title, self, 1.5))
        day = formats.long_date(assessment.assessed_on)
        if assessment.assessor:
            who = self.tr("{organization}, assessed on {date} by {assessor}").format(
                organization=assessment.organization_name, date=day, assessor=assessment.assessor
            )
        else:
            who = self.tr("{organization}, assessed on {date}").format(
                organization=assessment.organization_name, date=day
            )
        layout.addWidget(MutedLabel(who))
        layout.addWidget(wrapped_label(model.summary))

        credit = current_attribution(model)
        source = wrapped_label(self.tr("Source: {credit}").format(credit=credit.credit()))
        source.setObjectName("source")
        source.setFont(scaled_font(self, bold=True))
        layout.addWidget(source)
        if credit.url:
            address = QLabel(link_html(credit.url))
            address.setObjectName("source-url")
            address.setTextFormat(Qt.TextFormat.RichText)
            address.setWordWrap(True)
            address.setOpenExternalLinks(True)
            # By mouse only: the keyboard here belongs to the wizard's shortcuts.
            address.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            layout.addWidget(address)
        if credit.note:
            note = MutedLabel(credit.note)
            note.setObjectName("source-note")
            layout.addWidget(note)
        if any(c.source for c in model.criteria):
            sources = MutedLabel(
                self.tr(
                    "On each criterion, \u201cFrom the article\u201d marks one that restates the "
                    "article in our own words, and \u201cOur addition\u201d one that is not in the "
                    "article."
                )
            )
            sources.setObjectName("sources-explained")
            layout.addWidget(sources)

        layout.addWidget(self._section(self.tr("Answer scale")))
        scale = [f"{p.score} \u2014 {p.label}" for p in model.scale]
        scale.append(
            self.tr("{short} \u2014 {label} (key {key})").format(
                short=not_applicable_short(),
                label=model.not_applicable_label,
                key=NOT_APPLICABLE_KEY,
            )
        )
        scale.append(
            self.tr("Not rated yet \u2014 shown as unanswered; it counts as 0 in the results")
        )
        layout.addWidget(wrapped_label("\n".join(scale)))

        layout.addWidget(self._section(self.tr("How the result is worked out")))
        layout.addWidget(wrapped_label(model.rule))

        layout.addWidget(self._section(self.tr("Working with the keyboard")))
        self.model = model
        keys = self.key_help = QLabel(_key_table(model))
        keys.setObjectName("key-help")
        keys.setTextFormat(Qt.TextFormat.RichText)
        keys.setWordWrap(True)
        layout.addWidget(keys)
        layout.addWidget(
            MutedLabel(
                self.tr(
                    "Every rating and note is saved the moment it is given: there is no Save "
                    "button, and you can close the window at any time and carry on later from "
                    "where you were."
                )
            )
        )
        layout.addStretch(1)
        limit_to_readable_width(content)
        self.setWidget(content)

    def set_several(self, several: bool) -> None:
        """Respondents came or went: the key table says the keys of rating as each."""
        self.key_help.setText(_key_table(self.model, several))

    def _section(self, text: str) -> QLabel:
        label = heading(text, self, 1.15)
        label.setContentsMargins(0, self.fontMetrics().height() // 2, 0, 0)
        return label


def _key_table(model: MaturityModel, several: bool = False) -> str:
    rows = "".join(
        f"<tr><td style='padding-right: 1.5em; white-space: nowrap'><b>{html.escape(keys)}</b>"
        f"</td><td>{html.escape(text)}</td></tr>"
        for keys, text in help_rows(model, several)
    )
    return f"<table cellspacing='2'>{rows}</table>"
