"""Walk a window's accessibility tree as a screen reader sees it (`QAccessible`), and list the
interactive controls in it that have no name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

# What a user operates, whatever takes the focus. Scroll bars and splitter handles are Qt's
# own chrome: a screen reader announces them by their role.
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.List,
    Role.ListItem,
    Role.Link,
    Role.PageTab,
    Role.PageTabList,
    Role.ProgressBar,
    Role.Slider,
    Role.SpinBox,
    Role.Table,
    Role.Tree,
    Role.Chart,
}
CHROME = {Role.ScrollBar, Role.Grip, Role.Splitter}


def walk(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    """The interface and all its descendants, depth first."""
    found = [interface]
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.isValid():
            found.extend(walk(child))
    return found


def shown_controls(window: QWidget) -> list[QAccessibleInterface]:
    """Every interactive control of `window` that is on screen."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    return [
        node
        for node in walk(root)
        if not node.state().invisible
        and node.role() not in CHROME
        and (node.role() in INTERACTIVE or node.state().focusable)
    ]


def unnamed(window: QWidget) -> list[str]:
    """The shown interactive controls without a name, described for an assertion message."""
    return [
        f"{node.role().name} {type(node.object()).__name__} {node.object().objectName()!r}"
        for node in shown_controls(window)
        if not node.text(QAccessible.Text.Name).strip()
    ]


def name_of(node: QAccessibleInterface) -> str:
    return node.text(QAccessible.Text.Name)


def description_of(node: QAccessibleInterface) -> str:
    return node.text(QAccessible.Text.Description)
