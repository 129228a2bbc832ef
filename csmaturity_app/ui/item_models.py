"""Qt item models over the store: the organizations table (fetched page by page, so a store
with thousands of organizations opens at once) and one organization's assessments."""

from __future__ import annotations

from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csmaturity_app import i18n
from csmaturity_app.i18n import formats
from csmaturity_app.store import AssessmentRecord, OrganizationSummary, Store
from csmaturity_app.ui.markup import plain_message

Index: TypeAlias = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def status_name(status: str) -> str:
    """An assessment's status as the tables show it (the store keeps the English id)."""
    names = {
        "draft": QCoreApplication.translate("item_models", "draft"),
        "complete": QCoreApplication.translate("item_models", "complete"),
    }
    return names.get(status, status)


class _TableModel(QAbstractTableModel):
    """Rows held in `_rows`, fixed column titles from `columns()`: the shape both tables share.
    The titles are read when shown, in the language in effect."""

    COLUMN_COUNT = 0
    _rows: list[Any]

    def columns(self) -> tuple[str, ...]:
        return ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        return None


class OrganizationTableModel(_TableModel):
    """Organizations by name, each with its latest assessment; filtered by a search text."""

    COLUMN_COUNT = 3
    PAGE = 200

    def columns(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("item_models", "Organization"),
            QCoreApplication.translate("item_models", "Placed stage"),
            QCoreApplication.translate("item_models", "Last assessed"),
        )

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.search = ""
        self._rows: list[OrganizationSummary] = []
        self._total = 0
        self.reload()

    def set_store(self, store: Store) -> None:
        if store is self.store:
            return  # loaded as it was made (a page of a big store is worth reading once)
        self.store = store
        self.reload()

    def set_search(self, text: str) -> None:
        self.search = text.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.store.count_organizations(self.search)
        self._rows = self.store.organization_summaries(self.search, 0, self.PAGE)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.store.organization_summaries(self.search, len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.name
            if column == 1:
                return row.latest_placed_label or QCoreApplication.translate(
                    "item_models", "no assessment yet"
                )
            if column == 2:
                return row.latest_assessed_on.isoformat() if row.latest_assessed_on else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.latest_assessed_on is None:
                return plain_message(
                    QCoreApplication.translate("item_models", "{name}: no assessment yet").format(
                        name=row.name
                    )
                )
            maturity = row.latest_maturity_index
            one = i18n.plural_is_one(row.assessments)
            count = (
                QCoreApplication.translate("item_models", "{count} assessment")
                if one
                else QCoreApplication.translate("item_models", "{count} assessments")
            ).format(count=formats.integer(row.assessments))
            # an unreadable model has no index: the clause is left out rather than left empty
            indexed = (
                QCoreApplication.translate("item_models", ", maturity index {index}").format(
                    index=formats.decimal(maturity, 2)
                )
                if maturity is not None
                else ""
            )
            return plain_message(  # a tooltip reads markup: names are shown as typed
                QCoreApplication.translate(
                    "item_models", "{name}: {count}; latest on {date} ({status}), {placed}{indexed}"
                ).format(
                    name=row.name,
                    count=count,
                    date=row.latest_assessed_on.isoformat(),
                    status=status_name(row.latest_status or ""),
                    placed=row.latest_placed_label,
                    indexed=indexed,
                )
            )
        return None

    def row_of(self, organization_id: str) -> int:
        """The row of an organization, fetching further pages if needed; -1 if filtered out."""
        while True:
            for i, row in enumerate(self._rows):
                if row.id == organization_id:
                    return i
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    def summary(self, row: int) -> OrganizationSummary:
        return self._rows[row]


class AssessmentTableModel(_TableModel):
    """The assessments of one organization, newest first, each scored."""

    COLUMN_COUNT = 6

    def columns(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("item_models", "Date"),
            QCoreApplication.translate("item_models", "Maturity model"),
            QCoreApplication.translate("item_models", "Assessor"),
            QCoreApplication.translate("item_models", "Status"),
            QCoreApplication.translate("item_models", "Placed stage"),
            QCoreApplication.translate("item_models", "Answered"),
        )

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.organization_id: str | None = None
        self._rows: list[tuple[AssessmentRecord, str, str]] = []

    def set_store(self, store: Store) -> None:
        self.store = store
        self.show_organization(None)

    def show_organization(self, organization_id: str | None) -> None:
        self.organization_id = organization_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        if self.organization_id is not None:
            records = self.store.assessments(self.organization_id)
            # The stored summary of results: no answers read, no scoring, for a table row.
            results = self.store.result_summaries([r.id for r in records])
            for record in records:
                result = results[record.id]
                answered = QCoreApplication.translate(
                    "item_models", "{answered} of {total}"
                ).format(
                    answered=formats.integer(result.answered), total=formats.integer(result.total)
                )
                self._rows.append((record, result.placed_label, answered))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, placed, answered = self._rows[index.row()]
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                record.assessed_on.isoformat(),
                # The version shows: a 1.0.0 assessment and its carried 2.0.0 draft differ.
                f"{record.model_title} {record.model_version}",
                record.assessor,
                status_name(record.status),
                placed,
                answered,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_message(
                QCoreApplication.translate(
                    "item_models", "{title}, version {version} ({id})"
                ).format(title=record.model_title, version=record.model_version, id=record.model_id)
            )
        return None

    def record(self, row: int) -> AssessmentRecord:
        return self._rows[row][0]

    def row_of(self, assessment_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0].id == assessment_id), -1)
