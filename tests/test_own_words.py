"""Our own words: no run of six words from the source articles anywhere in the project."""

import own_words
import pytest


@pytest.fixture(scope="module")
def articles():
    if not own_words.SEEDS_DIR.is_dir() or not list(own_words.SEEDS_DIR.glob("*.txt")):
        pytest.fail(f"source articles not found in {own_words.SEEDS_DIR}; cannot check for copying")
    return own_words.article_runs()


def test_no_run_of_six_words_from_the_articles_in_the_project(articles):
    copied = {}
    for path in own_words.project_files():
        found = own_words.shared_runs(path.read_text(encoding="utf-8", errors="replace"), articles)
        if found:
            copied[str(path.relative_to(own_words.ROOT))] = sorted(found)
    assert copied == {}, "runs of six words or more copied from the articles"


def test_the_check_covers_models_code_tests_and_docs():
    names = {str(p.relative_to(own_words.ROOT)) for p in own_words.project_files()}
    assert {"README.md", "csmaturity_app/cli/__init__.py", "tests/test_own_words.py"} <= names
    assert "resources/models/tsia-4-phases-2.0.0.toml" in names
    assert "resources/models/tsia-4-phases-1.0.0.toml" in names


def test_the_check_catches_a_six_word_run_and_ignores_five():
    runs = own_words.runs(own_words.words("One two, three-four five six."))
    assert own_words.shared_runs("x one two three four five six y", runs) == {
        "one two three four five six"
    }
    assert own_words.shared_runs("one two three four five", runs) == set()


def test_a_cited_title_is_not_a_copy():
    title = own_words.TITLES[0]
    runs = own_words.runs(own_words.words(f"Read {title} today"))
    assert own_words.shared_runs(f"As \u201c{title}\u201d says", runs) == set()
    assert own_words.shared_runs(f'"\\u201c{title}\\u201d" in source code', runs) == set()
    assert own_words.shared_runs(f"a {title[4:]} again", runs) != set()
