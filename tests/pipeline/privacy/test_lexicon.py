"""pipeline/privacy/lexicon.py: the compact name lexicon (per-country top names, folded, best rank), its build and
its load once per process, and the fall-back to an empty lexicon with one log line."""

from __future__ import annotations

import logging
from pathlib import Path

import marisa_trie
import pytest

from pipeline.privacy import lexicon
from pipeline.privacy.audience import DEFAULT_LANGUAGES
from pipeline.privacy.detectors import name


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_LOADED", [])


def test_fold_lowercases_and_drops_accents() -> None:
    assert lexicon.fold("Müller") == "muller"
    assert lexicon.fold("ŁUKASZ") == "łukasz"  # Ł has no decomposition: it stays a letter of its own
    assert lexicon.fold("Nguyễn") == "nguyen"
    assert lexicon.fold("Smith") == "smith"


def test_top_keeps_each_countrys_best_ranked_names_of_the_audience() -> None:
    # written for logwarden: the shape of names-dataset's tables (name -> {"rank": {country: rank}})
    table = {
        "Anna": {"rank": {"DE": 3, "PL": 40}},
        "Zed": {"rank": {"DE": 900}},          # past the top
        "Kai": {"rank": {"XX": 1}},            # a country outside the audience
        "Mary Ann": {"rank": {"US": 5}},       # two words: no single word of a run
        "Éva": {"rank": {"HU": 7}},
        "A": {"rank": {"US": 1}},              # one letter
    }
    top, native = lexicon._top(table, 100, frozenset({"DE", "PL", "HU", "US"}))
    assert top == {"anna": 3, "eva": 7}
    assert native == {}  # Latin letters have case: no second list


def test_names_of_a_script_without_case_are_ranked_among_their_script_apart() -> None:
    """In India most first names are written in Latin letters: a Devanagari one ranks far down the country's list
    but near the top of the Devanagari names, and that rank is kept apart from the country's."""
    table = {
        "Rahul": {"rank": {"IN": 1}},
        "Amit": {"rank": {"IN": 2}},
        "राहुल": {"rank": {"IN": 900}},   # past the top of the country, first of its script
        "सुनीता": {"rank": {"IN": 1500}},
        "Ольга": {"rank": {"UA": 700}},   # Cyrillic has case: ranked as before
    }
    top, native = lexicon._top(table, 100, frozenset({"IN", "UA"}))
    assert top == {"rahul": 1, "amit": 2}
    assert native == {lexicon.fold("राहुल"): 1, lexicon.fold("सुनीता"): 2}


def test_the_arabic_scripts_variant_letters_fold_as_one() -> None:
    """Urdu's "ہ" and "ی", Arabic's "ة" and "ي", a hamza or not: one name in the three languages."""
    assert lexicon.fold("عائشہ") == lexicon.fold("عائشة") == lexicon.fold("عایشه")
    assert lexicon.fold("أحمد") == lexicon.fold("احمد")
    assert lexicon.fold("لـنورة") == lexicon.fold("لنوره")  # the tatweel dropped
    assert lexicon.fold("") == ""


def test_a_built_lexicon_is_mapped_once_and_answers_ranks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lexicon.marisa"
    marisa_trie.RecordTrie("<H", [("fanna", (3,)), ("lmuller", (1,))]).save(str(target))
    monkeypatch.setattr(lexicon, "path", lambda: target)
    found = lexicon.load()
    assert found
    assert found.first_rank("Anna") == 3
    assert found.last_rank("Müller") == 1
    assert found.first_rank("Müller") is None
    assert found.native_first_rank("Anna") == 3
    assert lexicon.load() is found  # once per process


def test_native_ranks_are_the_best_of_both_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lexicon.marisa"
    items = [("fمازن", (900,)), ("Fمازن", (85,)), ("Lالحربی", (2,)), ("wالحربی", (4541,))]
    marisa_trie.RecordTrie("<H", items).save(str(target))
    monkeypatch.setattr(lexicon, "path", lambda: target)
    found = lexicon.load()
    assert found.first_rank("مازن") == 900 and found.native_first_rank("مازن") == 85
    assert found.last_rank("الحربي") is None and found.native_last_rank("الحربي") == 2  # ي folded as ی
    assert found.word_rank("الحربي") == 4541


def test_a_missing_lexicon_is_empty_and_logged_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(lexicon, "path", lambda: tmp_path / "absent.marisa")
    with caplog.at_level(logging.WARNING, logger="pipeline.privacy.lexicon"):
        first = lexicon.load()
        lexicon.load()
    assert not first
    assert first.first_rank("Anna") is None
    assert sum("name lexicon unavailable" in r.message for r in caplog.records) == 1


def test_the_digest_changes_with_the_sizes(monkeypatch: pytest.MonkeyPatch) -> None:
    before = lexicon.digest()
    assert before is not None, "names-dataset is not installed: pip install -e '.[test]' (make test does)"
    monkeypatch.setattr(lexicon, "TOP_FIRST", lexicon.TOP_FIRST + 1)
    assert lexicon.digest() != before


def test_ordinary_words_of_the_audience_are_known_as_such() -> None:
    """wordfreq's most frequent words (rule 6 of the name detector: a capitalized ordinary word is no surname)."""
    found = lexicon.load()
    assert found, "the name lexicon is not built: python -m pipeline.privacy.lexicon (make test does)"
    assert found.common("Cluster") and found.common("station") and found.common("Bahnhof")
    assert not found.common("Featherstonehaugh") and not found.common("Wexley")
    # words with vowel signs (marks, not letters) are words too: Hindi's "का" (of), Bengali's "আবার" (again)
    assert found.common("का") and found.common("আবার")


def test_thai_names_come_from_pythainlps_lists_at_their_nominal_rank() -> None:
    """names-dataset holds no Thai names: PyThaiNLP's given and family name lists are read at build time."""
    names = lexicon._thai_names()
    assert names, "pythainlp is not installed: pip install -e '.[test]' (make test does)"
    assert lexicon.fold("สมชาย") in names["F"] and lexicon.fold("บุญมา") in names["L"]
    assert set(names["F"].values()) == {lexicon.THAI_RANK}
    found = lexicon.load()
    assert found.native_first_rank("สมชาย") is not None and found.native_last_rank("บุญมา") is not None


def test_a_wordless_languages_words_rule_out_no_surname() -> None:
    """Catalan is in the default audience for its cues, not its words: its everyday words are many of its surnames
    (lexicon.py `WORDLESS_LANGUAGES`), so "Casals" and "Riera" stay no ordinary word and rule 6 keeps the name."""
    assert "ca" in DEFAULT_LANGUAGES and "ca" in lexicon.WORDLESS_LANGUAGES
    lex = lexicon.load()
    assert lex and not lex.common("Casals") and not lex.common("Riera")
    text = "el va recollir Arnau Casals ahir"
    assert [text[a:b] for a, b in name.find(text)] == ["Arnau Casals"]
