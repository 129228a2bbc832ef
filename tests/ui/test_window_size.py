"""Windows fit the screen: first sizes, and geometries saved on a bigger screen.

Each case is a real main window and wizard in a process of its own (window_size_probe.py),
on an offscreen screen of a laptop's 1366x768 (a Qt platform is chosen once per process).
Also looked at by eye with /work/shared/tools/screen at 1366x768.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("window_size_probe.py")


def screen(folder: Path, width: int, height: int) -> str:
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    return f"offscreen:configfile={config}"


def probe(folder: Path, platform: str, mode: str = "show") -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    done = subprocess.run(
        [sys.executable, str(PROBE), str(folder), mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout) if mode == "show" else {}


# The offscreen platform draws no window frame: leave room for a title bar as a real one draws.
TITLE_BAR = 40


def inside(inner: list[int], outer: list[int], title_bar: int = TITLE_BAR) -> bool:
    """`inner` (a frame geometry) within `outer`, with room for a title bar above it."""
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    fits = h + title_bar <= oh and w <= ow
    return fits and ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def test_first_sizes_fit_a_small_screen(tmp_path: Path):
    shown = probe(tmp_path, screen(tmp_path, 1366, 768))
    assert inside(shown["window"], shown["available"]), shown
    assert inside(shown["wizard"], shown["available"]), shown
    assert shown["status_bar_visible"]
    assert inside(shown["status_bar"], shown["available"], title_bar=0), shown


def test_geometry_saved_on_a_big_screen_fits_a_smaller_one(tmp_path: Path):
    probe(tmp_path, screen(tmp_path, 1920, 1200), "save-large")
    shown = probe(tmp_path, screen(tmp_path, 1366, 768))
    assert inside(shown["window"], shown["available"]), shown
    assert inside(shown["wizard"], shown["available"]), shown
    assert inside(shown["status_bar"], shown["available"], title_bar=0), shown
