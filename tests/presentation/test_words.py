"""The wording helpers dialogs use are cheap to import: reading `presentation.words` or
`presentation.numbers` does not load the presentation of results (start-up time)."""

from __future__ import annotations

import subprocess
import sys

from csmaturity_app.presentation import capitalized


def test_capitalized_changes_only_the_first_letter() -> None:
    assert capitalized("not yet Phase 1 Forming") == "Not yet Phase 1 Forming"
    assert capitalized("") == ""


def test_the_wording_helpers_load_no_results_presentation() -> None:
    probe = (
        "import sys\n"
        "from csmaturity_app.presentation.words import capitalized\n"
        "from csmaturity_app.presentation.numbers import counted\n"
        "print('csmaturity_app.presentation.results' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == "False\n"
