"""The bundle's entry point: the same as the `csmaturity` command (no command opens the window).

PyInstaller freezes this file, not `csmaturity_app/__main__.py`: a script inside the
package would put the package's own folder on the search path of the analysis.
"""

from csmaturity_app.cli import run

run()
