"""Why a store cannot be used, each with a message that says what to do."""

from csmaturity_app.errors import UserFacingError


class StoreError(UserFacingError):
    """A store (database file) that cannot be opened or written."""


class NotAStoreError(StoreError):
    """The file is not an SQLite database, or is one that CS Maturity did not write."""


class CorruptStoreError(StoreError):
    """The file is an SQLite database but damaged (truncated, overwritten)."""


class NewerStoreError(StoreError):
    """Written by a newer CS Maturity: this version must not touch it."""


class ReadOnlyStoreError(StoreError):
    """The file or its folder cannot be written."""


class LockedStoreError(StoreError):
    """Another program holds a lock on the store for longer than we wait."""


class NotFoundError(StoreError):
    """An organization, assessment or criterion that the store does not hold."""


class InvalidAnswerError(StoreError):
    """A score outside the assessment's scale, or an answer that contradicts itself."""


class UnreadableModelError(StoreError):
    """A maturity model definition in the store that this version cannot use (damaged, or
    beyond the bounds a definition must keep): its assessments are listed, not shown."""


class InvalidStatusError(StoreError):
    """A status that is not one an assessment can have."""


class MissingStoreError(StoreError):
    """No store at the path given, where a command only reads: it is not created empty."""


class StoreGoneError(StoreError):
    """The store file (or its -wal) was deleted or replaced while open: nothing more is written
    to it, as whatever would be written could no longer be found by the next start."""


class DiskFullError(StoreError):
    """The drive of the store has no space left: nothing could be written."""


class PulledRowError(StoreError):
    """A row pulled from the team server that this version cannot take (a value out of
    bounds, a record it refers to that exists nowhere, a stamp far in the future): nothing of
    the sync is kept, on either side."""


class FutureRowsError(PulledRowError):
    """Rows pulled from the team server stamped far ahead of this computer's clock: refused
    unless taken on purpose (`sync(..., accept_future=True)`), as a snapshot's are."""

    def __init__(self, message: str, rows: int = 0, latest: str = "") -> None:
        super().__init__(message)
        self.rows = rows
        self.latest = latest


class EncryptedStoreError(StoreError):
    """The store is encrypted, and no passphrase was given to open it."""


class WrongPassphraseError(EncryptedStoreError):
    """The passphrase given does not open the encrypted store (or its first page is damaged:
    the two cannot be told apart without the right key). Nothing was changed."""
