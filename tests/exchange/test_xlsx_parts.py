"""The streaming scan of a part: what it counts does not depend on where chunks split it."""

from __future__ import annotations

import random
import re

import pytest

from csmaturity_app.exchange import xlsx_parts
from csmaturity_app.exchange.xlsx_parts import PartProblem

PIECES = [
    b"<si>",
    b"<x:si a='1'>",
    b"<si/>",
    b"</si>",
    b"<t>",
    b"text & more",
    b"<!-- <si> -- -->",
    b"<![CDATA[<si>]]>",
    b"<?xml version='1.0'?>",
    b"<c r='A1'/>",
    b"</c>",
    b"<?pi <si> ?>",
]


def counted_whole(data: bytes) -> tuple[int, int]:
    """Elements and shared strings of `data` read at once, comments and the like left out."""
    body = re.sub(rb"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>", b"", data, flags=re.S)
    return body.count(b"<") - body.count(b"</"), len(re.findall(rb"<(?:\w+:)?si[\s/>]", body))


def test_the_counts_are_the_same_however_the_part_is_cut_into_chunks():
    rng = random.Random(7)
    for _ in range(500):
        data = b"".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        scan = xlsx_parts._Scan("part.xml")
        at = 0
        while at < len(data):
            step = rng.randint(1, 7)
            scan.feed(data[at : at + step])
            at += step
        scan.close()
        assert (scan.elements, scan.strings) == counted_whole(data), data


@pytest.mark.parametrize("step", [1, 3, 1000])
def test_a_comment_too_long_is_found_across_chunks(monkeypatch: pytest.MonkeyPatch, step: int):
    monkeypatch.setattr(xlsx_parts, "MAX_RUN", 100)
    data = b"<a><!--" + b"x<" * 60 + b"--></a>"
    scan = xlsx_parts._Scan("part.xml")
    with pytest.raises(PartProblem, match="a comment, CDATA section or processing instruction"):
        for at in range(0, len(data), step):
            scan.feed(data[at : at + step])
    fine, data = xlsx_parts._Scan("part.xml"), b"<a><!--" + b"x<" * 40 + b"--></a>"
    for at in range(0, len(data), step):
        fine.feed(data[at : at + step])
    fine.close()
    assert fine.elements == 1


def refusal(data: bytes) -> str:
    scan = xlsx_parts._Scan("xl/sharedStrings.xml")
    with pytest.raises(PartProblem) as info:
        scan.feed(data)
        scan.close()
    return str(info.value).replace("\u00a0", " ").replace("\u202f", " ")


def test_a_refusal_is_in_the_language_in_effect(monkeypatch: pytest.MonkeyPatch, in_french):
    monkeypatch.setattr(xlsx_parts, "MAX_SHARED_STRINGS", 20_000)
    text = refusal(b"<sst>" + b"<si/>" * 20_001 + b"</sst>")
    assert text == (
        "contient plus de 20 000 chaînes partagées, plus qu\u2019un questionnaire n\u2019en a "
        "(un fichier endommagé ou malveillant)"
    )
    monkeypatch.setattr(xlsx_parts, "MAX_RUN", 2048)
    text = refusal(b"<a><!--" + b"x" * 3000 + b"--></a>")
    assert text.startswith("sa partie 'xl/sharedStrings.xml' contient un commentaire")
    assert "de plus de 2 Ko" in text
