"""The labelled privacy corpus (issues 14 and 23) against the scrub/route core: what must go goes, what must stay stays.

Every case is planted, one event per placement, at places a route keeps free text, and every routed
output is read (tests/corpus says when an identifier survives and when a look-alike is kept).

- The original corpus (tests/corpus/privacy.jsonl) is held to 100 %: every identifier caught and every
  look-alike kept, in every placement, case by case.
- The multilingual corpus (tests/corpus/multilingual/<lang>.jsonl, issue 23) is checked for valid labels
  (known kinds, identifiers inside their text, tiers consistent with kind and expectation, checksums of the
  generated numbers, the files exactly what make_multilingual.py writes) and scored in two placements
  (a property value and the query, the plain and the re-encoded path); the scores per tier and language
  are recorded, and only the floors of `FLOORS` are asserted (the lead raises them as detectors land).

The judge itself is tested first, so a pass cannot come from a judge that sees nothing. No servers.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable

import pytest
from stdnum import iban, luhn

from tests.corpus import (
    CORE_CASE_KINDS,
    CORPUS,
    CORPUS_ONLY_KINDS,
    EXPECTS,
    KINDS,
    PLACEMENTS,
    TIERS,
    Case,
    Judge,
    Routed,
    kept,
    load_cases,
    survives,
)

#: The least share of the multilingual corpus logwarden must get right, per tier (caught for core and extended,
#: kept for look-alikes), over the placements below. Raised by the lead as the issue-23 detectors are merged;
#: the goals on the unseen holdout are core 0.97, extended 0.80, look-alikes 0.98.
FLOORS: dict[str, float] = {"core": 0.94, "extended": 0.86, "lookalike": 0.97}  # measured at merge: 95.6, 89.0, 99.0
#: Where the multilingual cases are planted: the plain value and the percent-encoded one.
MULTILINGUAL_PLACEMENTS = ("properties", "query")
#: The languages the multilingual corpus must cover (issue 23's default audience and more).
LANGUAGES = ("en", "de", "fr", "es", "es-419", "it", "pt", "pt-BR", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "ro",
             "bg", "el", "sv", "da", "fi", "et", "lv", "lt", "ga", "mt", "no", "ru", "uk", "tr", "ar", "he", "hi",
             "zh", "ja", "ko", "id", "vi")
_BCP47 = re.compile(r"[a-z]{2,3}(?:-(?:[A-Z]{2}|\d{3}))?")

CASES = load_cases()
ORIGINAL = [c for c in CASES if c.original]
MULTILINGUAL = [c for c in CASES if not c.original]


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge()


# --- the corpus itself ---

def test_the_corpus_has_at_least_3000_cases_in_at_least_30_languages() -> None:
    assert len(CASES) >= 3000
    assert len({c.lang for c in CASES}) >= 30
    assert set(LANGUAGES) <= {c.lang for c in MULTILINGUAL}


def test_the_original_corpus_is_all_there() -> None:
    assert len(ORIGINAL) == len(load_cases(CORPUS)) >= 1000
    assert {c.lang for c in ORIGINAL} >= {"en", "ru"}


def test_every_case_has_a_known_kind_tier_language_source_and_expectation() -> None:
    for case in CASES:
        assert case.kind in KINDS, case.id
        assert case.expect in EXPECTS, case.id
        assert case.tier in TIERS, case.id
        assert _BCP47.fullmatch(case.lang), case.id
        assert case.source.strip(), case.id
        assert case.text, case.id


def test_the_corpus_only_kinds_are_the_ones_issue_23_names() -> None:
    assert set(CORPUS_ONLY_KINDS) <= {"address", "national_id", "username"}
    assert {"address", "national_id", "username"} <= set(KINDS)


def test_every_positive_names_an_identifier_inside_its_text_and_no_look_alike_names_one() -> None:
    for case in CASES:
        if case.positive:
            assert case.identifier, case.id
            assert case.identifier in case.text, case.id
        else:
            assert case.identifier is None, case.id


def test_the_tier_follows_from_the_kind_and_the_expectation() -> None:
    for case in CASES:
        if not case.positive:
            assert case.tier == "lookalike", case.id
        elif case.kind in CORE_CASE_KINDS:
            assert case.tier == "core", case.id
        elif case.kind == "name":
            assert case.tier in ("core", "extended"), case.id
            if not case.original:
                assert (case.tier == "core") == (case.note == "cue"), case.id
        else:
            assert case.tier == "extended", case.id


def test_every_kind_has_positives_and_every_core_kind_has_look_alikes() -> None:
    counts = Counter((c.kind, c.expect) for c in CASES)
    # every kind the corpus is about (a registry kind added later, or geo, need not have cases yet)
    for kind in ("secret", "email", "iban", "card", "ip", "phone", "name", "wallet", "mac", "snils", "inn",
                 "passport", "birth_date", "address", "national_id", "username"):
        assert counts[(kind, "caught")] >= 10, kind
    for kind in ("email", "phone", "ip", "card", "secret", "name", "birth_date", "address"):
        assert counts[(kind, "kept")] >= 10, kind


def test_every_language_has_core_extended_and_look_alike_cases() -> None:
    by_lang: dict[str, Counter[str]] = defaultdict(Counter)
    for case in MULTILINGUAL:
        by_lang[case.lang][case.tier] += 1
    for lang, tiers in by_lang.items():
        assert tiers["core"] >= 25 and tiers["extended"] >= 20 and tiers["lookalike"] >= 15, (lang, tiers)
        share = tiers["lookalike"] / sum(tiers.values())
        assert 0.2 <= share <= 0.35, (lang, share)


def test_no_case_is_listed_twice_and_every_id_is_unique() -> None:
    repeated = [key for key, n in Counter((c.file, c.kind, c.text) for c in CASES).items() if n > 1]
    assert not repeated
    assert len({c.id for c in CASES}) == len(CASES)


def test_most_original_cases_come_from_other_scanners_test_suites_or_name_their_source() -> None:
    sources = Counter("logwarden" if c.source.startswith("logwarden") else "other" for c in ORIGINAL)
    assert sources["other"] >= 150, sources


def test_the_generated_numbers_are_valid() -> None:
    """Cards pass Luhn and IBANs mod 97: a detector that checks them must be able to catch every one."""
    cards = [c for c in MULTILINGUAL if c.kind == "card" and c.positive]
    ibans = [c for c in MULTILINGUAL if c.kind == "iban" and c.positive]
    assert len(cards) >= 100 and len(ibans) >= 60
    for case in cards:
        assert case.identifier is not None and luhn.is_valid(re.sub(r"\D", "", case.identifier)), case.id
    for case in ibans:
        assert case.identifier is not None and iban.is_valid(case.identifier), case.id


def test_the_multilingual_files_are_exactly_what_the_generator_writes() -> None:
    from tests.corpus.make_multilingual import OUT, build_all

    for code, rows in build_all().items():
        written = (OUT / f"{code}.jsonl").read_text(encoding="utf-8")
        assert written == "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), code


# --- the judge: it must see an identifier in every form it can leave in ---

def _case(identifier: str, kind: str = "email", text: str | None = None) -> Case:
    return Case(line=0, kind=kind, text=text or f"see {identifier} now", identifier=identifier,
                expect="caught", source="test")


@pytest.mark.parametrize("output", [
    "see john@example.com now", "see JOHN@EXAMPLE.COM now", "see john%40example.com now", "q=john%2540example.com",
    "see+john%40example.com+now",
])
def test_the_judge_sees_an_email_in_any_case_or_url_encoding(output: str) -> None:
    assert survives(_case("john@example.com"), Routed((output,)))


@pytest.mark.parametrize("identifier", [
    "john&#64;example.com", "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "jo\u200bhn@example.com", "am9obkBleGFtcGxlLmNvbQ==",
    "john\\u0040example.com",
])
def test_the_judge_sees_an_encoded_identifier_that_leaves_decoded(identifier: str) -> None:
    assert survives(_case(identifier), Routed(("see john@example.com now",)))


def test_the_judge_sees_the_digits_of_a_number_whatever_their_grouping() -> None:
    phone = _case("+7 (912) 345-67-89", kind="phone")
    assert survives(phone, Routed(("call 8912 3456789",)))
    assert survives(_case("８９１２３４５６７８９", kind="phone"), Routed(("89123456789",)))
    assert not survives(phone, Routed(("call [phone] now",)))
    assert survives(_case("756.1234.5678.97", kind="national_id"), Routed(("id 7561234567897",)))
    assert survives(_case("٠٥٠ ١٢٣ ٤٥٦٧", kind="phone"), Routed(("0501234567",)))


def test_the_judge_ignores_what_the_event_carried_without_the_case() -> None:
    phone = _case("+7 (912) 345-67-89", kind="phone")
    assert not survives(phone, Routed(("id 79123456789",)), baseline=frozenset({"id 79123456789"}))


def test_a_look_alike_is_kept_only_unchanged_and_decoded_only_in_the_query_and_path() -> None:
    amount = Case(line=0, kind="phone", text="итого 1 234 567 руб.", identifier=None, expect="kept", source="test")
    assert kept(amount, Routed(("итого 1 234 567 руб.",)), "properties")
    assert not kept(amount, Routed(("итого [phone] руб.",)), "properties")
    assert kept(amount, Routed(("q=%D0%B8%D1%82%D0%BE%D0%B3%D0%BE+1+234+567+%D1%80%D1%83%D0%B1.",)), "query")
    assert not kept(amount, Routed(("%D0%B8%D1%82%D0%BE%D0%B3%D0%BE%201%20234%20567%20%D1%80%D1%83%D0%B1.",)),
                    "properties")


def test_a_rejected_event_counts_against_logwarden(judge: Judge) -> None:
    huge = Case(line=0, kind="email", text="x" * 20000 + " john@example.com", identifier="john@example.com",
                expect="caught", source="test")
    verdict = judge.verdict(huge, "properties")
    assert not verdict.ok
    assert verdict.detail.startswith("dlq:")


def test_every_placement_puts_the_text_where_a_route_keeps_it(judge: Judge) -> None:
    marker = Case(line=0, kind="name", text="plainmarkerword", identifier=None, expect="kept", source="test")
    for placement in PLACEMENTS:
        assert judge.verdict(marker, placement).ok, placement


# --- the core against the original corpus: 100 % ---

@pytest.mark.parametrize("case", ORIGINAL, ids=[c.ref for c in ORIGINAL])
def test_every_original_case_is_right_in_every_placement(judge: Judge, case: Case) -> None:
    wrong = [v for v in judge.verdicts(case) if not v.ok]
    what = "survives" if case.positive else "is not kept"
    assert not wrong, (f"{case.ref} {case.identifier or case.text!r} {what} in {case.text!r} "
                       f"({case.note or case.source}): {', '.join(f'{v.placement} {v.detail}' for v in wrong)}")


# --- the core against the multilingual corpus: scored, floors asserted ---

Share = tuple[int, int]


@pytest.fixture(scope="module")
def multilingual_scores(judge: Judge) -> dict[str, dict[str, Share]]:
    """Per tier and per language-and-tier: (right, of) over the multilingual cases, right in both placements."""
    right: dict[str, dict[str, list[int]]] = {"tier": defaultdict(lambda: [0, 0]), "lang": defaultdict(lambda: [0, 0])}
    for case in MULTILINGUAL:
        ok = all(judge.verdict(case, placement).ok for placement in MULTILINGUAL_PLACEMENTS)
        for table, key in (("tier", case.tier), ("lang", f"{case.lang}/{case.tier}")):
            right[table][key][0] += ok
            right[table][key][1] += 1
    return {table: {key: (n, total) for key, (n, total) in rows.items()} for table, rows in right.items()}


def _shares(rows: dict[str, Share]) -> str:
    return ", ".join(f"{k} {n / total:.1%} ({n}/{total})" for k, (n, total) in sorted(rows.items()))


def test_the_multilingual_scores_are_recorded_and_each_tier_is_above_its_floor(
        multilingual_scores: dict[str, dict[str, Share]], record_property: Callable[[str, object], None],
        capsys: pytest.CaptureFixture[str]) -> None:
    tiers = multilingual_scores["tier"]
    record_property("multilingual_by_tier", {k: n / total for k, (n, total) in tiers.items()})
    record_property("multilingual_by_language", {k: n / total for k, (n, total) in multilingual_scores["lang"].items()})
    with capsys.disabled():
        print(f"\nmultilingual corpus ({len(MULTILINGUAL)} cases, {', '.join(MULTILINGUAL_PLACEMENTS)}): "
              + _shares(tiers))
    below = {tier: f"{n / total:.1%} < {FLOORS[tier]:.0%}" for tier, (n, total) in tiers.items()
             if n / total < FLOORS[tier]}
    assert not below, below
