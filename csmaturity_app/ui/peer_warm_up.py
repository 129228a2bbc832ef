"""Scoring a store's peers in the background once its window has painted.

The results pane places an assessment among the other organizations of the store, which means
scoring the latest assessment of each: about 0.4 s for 2,000 organizations, the first time
(`Store._latest_indices`). Done on a thread of its own, with its own connection, while the user
looks at the list, the first pane then costs what every later one does. The window starts it
after its first paint (`MainWindow`): the scoring holds the GIL much of the time, and would
otherwise slow the start itself in proportion to the store's size.

It is only a head start: if it fails (the store went away, a lock) or is not done in time,
the pane scores what it needs itself, as it would without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from csmaturity_app.errors import UserFacingError
from csmaturity_app.store import PeerScores, Store


class PeerWarmUp(QThread):
    """Scores the peers of `store` on its own connection; they join `store`'s cache when
    done (on the GUI thread: the thread object lives there), unless it is closed by then."""

    scored = Signal(object)  # PeerScores

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.path: Path = store.path
        self.scored.connect(self._adopt)  # a slot of this object: queued to the GUI thread

    def run(self) -> None:
        try:
            with Store.open(self.path) as store:
                scores = store.scored_peers()
        except (UserFacingError, OSError):
            return  # a head start only: the pane will score for itself
        self.scored.emit(scores)

    def _adopt(self, scores: PeerScores) -> None:
        if not self.store.db.is_closed():
            self.store.adopt_scored_peers(scores)
