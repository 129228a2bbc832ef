"""The parts of an untrusted XLSX file, checked before any XML parser reads them: a crafted
file of a few hundred KB must cost seconds and megabytes to read, not minutes and gigabytes.

Expat (under openpyxl and defusedxml) scans a token it has not finished again each time it is
fed more, so one long comment, tag or processing instruction costs time in its length squared
(a 190 MB comment, 200 KB zipped, took more than five minutes). So each part is inflated here
as a stream, never whole, and refused when it is larger than any part of a questionnaire, when
it holds a run between two `<`, or a comment, CDATA section or processing instruction, longer
than a spreadsheet ever writes, or more elements or shared strings than a questionnaire has.
A part that does not start as XML (a picture) is not scanned: an XML parser stops at its first
byte.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Callable
from typing import IO

from csmaturity_app.i18n import formats, translate

MIB = 1024 * 1024
# The largest part of a legit questionnaire is its shared strings once Excel has saved it: for
# 1,000 criteria with every note at 20,000 characters and every model text at its 5,000, about
# 50 million characters, which 100 MB holds at two bytes a character.
MAX_PART_BYTES = 100 * MIB
# Excel keeps at most 32,767 characters in a cell, 160 KB even when every one is escaped
# ("&amp;"); a note here has at most 20,000. Expat takes ~10 ms a MB at this length.
MAX_RUN = 256 * 1024
# A 1,000-criterion questionnaire has about 30,000 elements in its largest part; openpyxl
# holds a whole row's in memory, so elements are bounded, not only bytes.
MAX_PART_ELEMENTS = 200_000
# A few per row (a note, a criterion's texts, its anchors): about 10,000 for 1,000 criteria.
MAX_SHARED_STRINGS = 50_000

_CHUNK = 64 * 1024
_CLOSERS = {b"<!--": b"-->", b"<![CDATA[": b"]]>", b"<?": b"?>"}
_OPENER = re.compile(rb"<(?:!--|!\[CDATA\[|\?)")
_SHARED_STRING = re.compile(rb"<(?:[^\s<>/!?:]+:)?si[\s/>]")  # <si>, <x:si ...>, <si/>
_WHITESPACE = b" \t\r\n\x00"
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class PartProblem(Exception):
    """Why a file's parts are refused, for a line that starts with the file's name; in the
    language in effect, as the caller's own messages are."""


def check_parts(archive: zipfile.ZipFile) -> None:
    """Scan every part of `archive`; raises `PartProblem`, or what inflating a damaged part
    raises (the caller says the file is damaged)."""
    for info in archive.infolist():
        if not info.is_dir():
            with archive.open(info) as stream:
                _scan(info.filename, stream)


def _scan(part: str, stream: IO[bytes]) -> None:
    chunk = stream.read(_CHUNK)
    if not _starts_as_xml(chunk):
        return
    recode = _utf16_recoder(chunk)
    scan = _Scan(part)
    size = 0
    while chunk:
        size += len(chunk)
        if size > MAX_PART_BYTES:
            raise PartProblem(
                translate(
                    "questionnaire",
                    "its part {part} is larger than {size} MB once uncompressed, larger than "
                    "any part of a questionnaire (a damaged or hostile file)",
                ).format(part=_shown(part), size=formats.integer(MAX_PART_BYTES // MIB))
            )
        scan.feed(recode(chunk) if recode else chunk)
        chunk = stream.read(_CHUNK)
    scan.close()


def _starts_as_xml(head: bytes) -> bool:
    for bom in _BOMS:
        head = head.removeprefix(bom)
    head = head.lstrip(_WHITESPACE)
    return not head or head.startswith(b"<")


def _utf16_recoder(head: bytes) -> Callable[[bytes], bytes] | None:
    """For a part in UTF-16 (expat takes it from a BOM or a zero byte first), its text as
    UTF-8, so that markup is found by its bytes; None for a part in UTF-8 or an 8-bit code."""
    if head.startswith(codecs.BOM_UTF16_LE) or head[1:2] == b"\x00":
        encoding = "utf-16-le"
    elif head.startswith(codecs.BOM_UTF16_BE) or head[:1] == b"\x00":
        encoding = "utf-16-be"
    else:
        return None
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return lambda chunk: decoder.decode(chunk).encode("utf-8")


class _Scan:
    """One part fed chunk by chunk. Only the bytes since the last `<` (or the tail of an
    unfinished comment's end) are carried over, so a part costs one pass, whatever its size."""

    def __init__(self, part: str) -> None:
        self.part = part
        self.size = 0  # bytes fed so far
        self.last_markup = 0  # where the last `<` was
        self.pending = b""  # the bytes not yet judged: from the last `<`
        self.at = 0  # where `pending` starts in the part
        self.closer = b""  # inside a comment, CDATA section or processing instruction: its end
        self.opened = 0  # where that began
        self.elements = 0
        self.strings = 0

    def feed(self, chunk: bytes) -> None:
        self._runs(chunk)
        self.size += len(chunk)
        data = self.pending + chunk
        start = 0
        while True:
            if self.closer:
                end = data.find(self.closer, start)
                if end < 0:
                    self._not_too_long(self.at + len(data) - self.opened)
                    self._carry(data, max(start, len(data) - len(self.closer) + 1))
                    return
                end += len(self.closer)
                self._not_too_long(self.at + end - self.opened)
                self.closer = b""
                start = end
            opener = _OPENER.search(data, start)
            if opener is None:
                last = data.rfind(b"<", start)
                cut = last if last >= 0 else len(data)
                self._count(data, start, cut)
                self._carry(data, cut)  # a tag not yet whole, an opener not yet known
                return
            self._count(data, start, opener.start())
            self.closer = _CLOSERS[opener.group()]
            self.opened = self.at + opener.start()
            start = opener.end()

    def close(self) -> None:
        if not self.closer:
            self._count(self.pending, 0, len(self.pending))

    def _runs(self, chunk: bytes) -> None:
        """A run between two `<` longer than `MAX_RUN`: a chunk is shorter than that, so
        only the run into its first `<` and the one out of its last can be."""
        first = chunk.find(b"<")
        end = self.size + (first if first >= 0 else len(chunk))
        if end - self.last_markup > MAX_RUN:
            raise PartProblem(
                translate(
                    "questionnaire",
                    "its part {part} holds a run of more than {size} KB without markup, which "
                    "no spreadsheet writes (a damaged or hostile file)",
                ).format(part=_shown(self.part), size=formats.integer(MAX_RUN // 1024))
            )
        if first >= 0:
            self.last_markup = self.size + chunk.rfind(b"<")

    def _not_too_long(self, length: int) -> None:
        if length > MAX_RUN:
            raise PartProblem(
                translate(
                    "questionnaire",
                    "its part {part} holds a comment, CDATA section or processing instruction "
                    "of more than {size} KB, which no spreadsheet writes (a damaged or hostile "
                    "file)",
                ).format(part=_shown(self.part), size=formats.integer(MAX_RUN // 1024))
            )

    def _count(self, data: bytes, start: int, end: int) -> None:
        """Count the elements and shared strings that start in data[start:end], which ends
        where a `<` starts: every tag in it is whole."""
        self.elements += data.count(b"<", start, end) - data.count(b"</", start, end)
        self.strings += len(_SHARED_STRING.findall(data, start, end))
        if self.strings > MAX_SHARED_STRINGS:  # only the shared strings part has any
            raise PartProblem(
                translate(
                    "questionnaire",
                    "holds more than {count} shared strings, more than a questionnaire has (a "
                    "damaged or hostile file)",
                ).format(count=formats.integer(MAX_SHARED_STRINGS))
            )
        if self.elements > MAX_PART_ELEMENTS:
            raise PartProblem(
                translate(
                    "questionnaire",
                    "its part {part} holds more than {count} XML elements, more than a "
                    "questionnaire has (a damaged or hostile file)",
                ).format(part=_shown(self.part), count=formats.integer(MAX_PART_ELEMENTS))
            )

    def _carry(self, data: bytes, start: int) -> None:
        self.pending = data[start:]
        self.at += start


def _shown(part: str) -> str:
    """A part's name, quoted and cut; repr shows its controls escaped, as `printable` does."""
    return repr(part if len(part) <= 60 else part[:59] + "\u2026")
