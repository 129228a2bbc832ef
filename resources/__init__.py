"""CS Maturity's built-in data files, installed as the package `csmaturity_app.resources`.

This folder stays at the top of the repository (where people look for the model
files), and pyproject.toml maps it into the package, so `importlib.resources`
finds it the same way in an editable install, a wheel and a PyInstaller bundle.
It holds no code: `models/` has the maturity model files, `icons/` the
application icon (the SVG and its PNG renderings, made by packaging/make_icons.py).
"""
