"""Render resources/icons/csmaturity.svg to the PNG sizes desktops and bundles ask for.

The PNGs are committed: the window icon and the Linux icon theme use them, so
neither needs Qt's SVG plugin at run time, and a bundle stays the same whatever
the build machine's Qt plugins. Run again after changing the SVG:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS_DIR / "csmaturity.svg"
# freedesktop hicolor sizes, which also cover Windows (16-256) and macOS (16-256 at 1x).
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        out = ICONS_DIR / f"csmaturity-{size}.png"
        if not image.save(str(out), "PNG"):
            print(f"make_icons: cannot write {out}", file=sys.stderr)
            return 1
        print(f"{out.relative_to(ICONS_DIR.parents[1])}  {size}x{size}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
