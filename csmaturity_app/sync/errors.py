"""Why a sync or `server init` stopped: one message a person can act on."""

from csmaturity_app.errors import UserFacingError


class TeamServerError(UserFacingError):
    """The team server cannot be used: unreachable, refused, not a team store, too new, or
    the connection dropped. Nothing was changed on either side."""


class ReadOnlyRoleError(TeamServerError):
    """The role may read the team store but not write to it, and there are changes to send."""


class SyncCancelled(UserFacingError):
    """The person cancelled the sync before it was committed: nothing was changed."""


class PasswordNeededError(TeamServerError):
    """The server asks for a password and libpq found none (~/.pgpass, a service file,
    PGPASSWORD): the window may ask for one, for this connection only."""
