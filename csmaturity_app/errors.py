"""The one exception type every layer raises for a problem the user can act on.

The CLI prints its message as one line and exits 1; the UI shows it in one
dialog. Anything else escaping is a bug.
"""


class UserFacingError(Exception):
    """A problem with the user's input or files, with a message meant for them."""
