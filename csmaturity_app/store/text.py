"""What free text the store takes: its bounds, the characters it drops, and how names are
matched. The snapshot importer calls the same checks, so a file is refused where the store
would refuse the same text typed in, in the same words.
"""

from __future__ import annotations

import re
import unicodedata

from csmaturity_app.i18n import formats, translate
from csmaturity_app.store.errors import InvalidAnswerError, StoreError

# A note is evidence, not a document: a bound keeps every list, export and report quick.
MAX_NOTES = 20_000
MAX_NAME = 200  # an organization's name
MAX_ASSESSOR = 200

# C0 control characters but tab, line feed and carriage return: never meant as text, and a
# CSV reader (or a spreadsheet) may stop at one, which would break a snapshot's round trip.
# A pulled row or a snapshot holding one is refused: no release ever stored them.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The code points XML cannot hold (the noncharacters U+FFFE and U+FFFF, lone surrogates): an
# XLSX or DOCX with one cannot be written. Release 0.3.0 stored them, so pulled and imported
# text is cleaned of them rather than refused, or an upgraded teammate's rows would block
# every sync.
NONCHARACTER = re.compile("[\ud800-\udfff\ufffe\uffff]")
STRAY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def without_controls(text: str) -> str:
    """The text without stray control characters or noncharacters. The store drops them
    rather than refusing the text: they are invisible, come in with pasted text, and a
    refusal would lose a note the user cannot see anything wrong with."""
    return STRAY.sub("", text) if STRAY.search(text) else text


def without_noncharacters(text: str) -> str:
    """The text without `NONCHARACTER`s: what a pulled or imported text is staged as."""
    return NONCHARACTER.sub("", text) if NONCHARACTER.search(text) else text


def clean_name(name: str) -> str:
    """An organization's name as stored: no control characters, runs of white space (tabs,
    line breaks) as one space, none around."""
    return " ".join(without_controls(name).split())


def name_key(name: str) -> str:
    """What two names that mean the same organization share: the cleaned name, compatibility
    normalised (NFKC: composed accents, no ligatures) and case-folded ("ÉNERGIE" = "énergie")."""
    return unicodedata.normalize("NFKC", clean_name(name)).casefold()


def checked_name(name: str) -> str:
    """`clean_name`, refused when empty or too long."""
    name = clean_name(name)
    if not name:
        raise StoreError(translate("store", "an organization needs a name"))
    if len(name) > MAX_NAME:
        raise StoreError(
            translate(
                "store", "an organization name may have at most {max_name} characters"
            ).format(max_name=MAX_NAME)
        )
    return name


def checked_assessor(assessor: str) -> str:
    """The assessor's name without stray controls or surrounding space, refused when too long."""
    assessor = without_controls(assessor).strip()
    if len(assessor) > MAX_ASSESSOR:
        raise StoreError(
            translate(
                "store", "an assessor's name may have at most {max_assessor} characters"
            ).format(max_assessor=MAX_ASSESSOR)
        )
    return assessor


def checked_notes(notes: str) -> str:
    """Notes without stray control characters (see `without_controls`), refused when too long:
    refused, not cut, since cutting would lose text without a word."""
    notes = without_controls(notes)
    if len(notes) > MAX_NOTES:
        raise InvalidAnswerError(
            translate(
                "store", "a note may have at most {max_notes} characters, not {count}"
            ).format(max_notes=formats.integer(MAX_NOTES), count=formats.integer(len(notes)))
        )
    return notes
