"""A tab bar with room for accented capitals: Qt sizes a tab to the font's ascent and draws an
unselected tab a little lower, clipped, so the accent of "Étapes" or "Évolution" (taller than
the ascent in common fonts) would be cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar


class AccentTabBar(QTabBar):
    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        return QSize(size.width(), size.height() + max(4, self.fontMetrics().height() // 4))
