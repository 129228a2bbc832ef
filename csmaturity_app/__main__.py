"""`python -m csmaturity_app`: the same as the `csmaturity` command."""

from csmaturity_app.cli import run

run()
