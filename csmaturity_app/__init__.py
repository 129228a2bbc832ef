"""CS Maturity: customer-success maturity assessment, offline, on a laptop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("csmaturity")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

APP_NAME = "CS Maturity"
