"""The file an `--out` names, as typed: `Path` drops a trailing slash, and with it what the
user said (a folder was meant, not a file of that name)."""

from __future__ import annotations

import os
from pathlib import Path

from csmaturity_app.errors import UserFacingError
from csmaturity_app.i18n import translate


def output_path(text: str) -> Path:
    """`--out`'s file, refused in one line when the text ends with a path separator."""
    separators = tuple(s for s in (os.sep, os.altsep) if s)
    if text.endswith(separators):
        raise UserFacingError(
            translate(
                "cli",
                "cannot write {text}: it ends with {ending}, so it names a folder; give "
                "the file's name",
            ).format(text=text, ending=text[-1])
        )
    return Path(text).expanduser()
