"""How big a maturity model definition may be, in one place.

A definition comes from a file the user chose or from a snapshot made on someone else's
laptop: these bounds keep a crafted or broken one from overflowing the scoring, filling the
window with thousands of stages or freezing the report. They are several times what a real
model needs (the shipped ones use 5 stages, 39 criteria, texts under 1,000 characters).
"""

from __future__ import annotations

MIN_LEVEL = 0
MAX_LEVEL = 100
MAX_STAGES = 50
MAX_DIMENSIONS = 50
MAX_CRITERIA = 1000
MAX_SCORE = 3  # a scale runs 0, 1, ... up to at most 3
MAX_GLOSSARY = 500
MAX_CARRY_FORWARD = 50  # earlier versions mapped
MAX_CARRIED_TO = 50  # new criteria one old criterion maps to
MAX_UNKNOWN_KEYS = 20  # named one by one; a table of thousands of keys is not a typo

MAX_ID = 100  # ids, slugs, versions
MAX_NAME = 200  # titles, names, labels, terms
MAX_TEXT = 5000  # descriptions, statements, anchors, guidance, notes
MAX_FRACTION_DIGITS = 9  # a threshold written as "2/3"

YEAR_RANGE = (1900, 2200)
