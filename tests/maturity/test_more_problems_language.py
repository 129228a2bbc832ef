"""A one-line refusal of a model or crosswalk file counts what it leaves unsaid in the
language's singular or plural, not "problem(s)"."""

from __future__ import annotations

from csmaturity_app.maturity.crosswalk import CrosswalkFileError
from csmaturity_app.maturity.loader import ModelFileError


def test_the_rest_is_counted_in_english() -> None:
    assert str(ModelFileError("m.toml", ["a", "b"])) == "m.toml: a (and 1 more problem)"
    assert str(ModelFileError("m.toml", ["a", "b", "c"])) == "m.toml: a (and 2 more problems)"
    assert str(ModelFileError("m.toml", ["a"])) == "m.toml: a"


def test_the_rest_is_counted_in_french(in_french: None) -> None:
    assert str(ModelFileError("m.toml", ["a", "b"])).endswith(" (et 1 autre problème)")
    many = str(CrosswalkFileError("c.toml", ["a"] * 1_201))
    assert many.endswith(" (et 1\u202f200 autres problèmes)")
