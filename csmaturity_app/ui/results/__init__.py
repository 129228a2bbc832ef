"""The results pane: the verdict, stage attainment, dimension profile, next steps,
progression over time, what changed between two assessments, and the peers, charted with
QtCharts. `chart_data` decides what the charts show (tested without widgets)."""

from csmaturity_app.ui.results.pane import ResultsPane

__all__ = ["ResultsPane"]
