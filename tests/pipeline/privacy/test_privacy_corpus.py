"""The labelled privacy corpus (issue 14) against the scrub/route core: what must go goes, what must stay stays.

Every case of tests/corpus/privacy.jsonl is planted, one event per placement, at each place a route
keeps free text, and every routed output is read (tests/corpus says when an identifier survives and
when a look-alike is kept). Core kinds (emails, phones, IPs, cards, secrets) must be caught in every
placement, case by case; look-alikes must be kept in at least 95 % of the cases. The judge itself is
tested first, so a pass cannot come from a judge that sees nothing. No servers.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus import (
    CORE_KINDS,
    EXPECTS,
    KINDS,
    OTHER_KINDS,
    PLACEMENTS,
    Case,
    Judge,
    Routed,
    kept,
    load_cases,
    survives,
)

CASES = load_cases()
CORE_POSITIVES = [c for c in CASES if c.core and c.positive]
LOOK_ALIKES = [c for c in CASES if not c.positive]
KEPT_AT_LEAST = 0.95


@pytest.fixture(scope="module")
def judge() -> Judge:
    return Judge()


# --- the corpus itself ---

def test_the_corpus_has_at_least_400_cases() -> None:
    assert len(CASES) >= 400


def test_every_case_has_a_known_kind_a_source_and_an_expectation() -> None:
    for case in CASES:
        assert case.kind in KINDS, case.ref
        assert case.expect in EXPECTS, case.ref
        assert case.source.strip(), case.ref
        assert case.text, case.ref


def test_every_positive_names_an_identifier_inside_its_text_and_no_look_alike_names_one() -> None:
    for case in CASES:
        if case.positive:
            assert case.identifier, case.ref
            assert case.identifier in case.text, case.ref
        else:
            assert case.identifier is None, case.ref


def test_every_kind_has_positives_and_every_core_kind_has_look_alikes() -> None:
    counts = Counter((c.kind, c.expect) for c in CASES)
    for kind in CORE_KINDS + OTHER_KINDS:
        assert counts[(kind, "caught")] >= 10, kind
    for kind in CORE_KINDS:
        assert counts[(kind, "kept")] >= 10, kind


def test_no_case_is_listed_twice() -> None:
    repeated = [key for key, n in Counter((c.kind, c.text) for c in CASES).items() if n > 1]
    assert not repeated


def test_most_cases_come_from_other_scanners_test_suites_or_name_their_source() -> None:
    sources = Counter("logwarden" if c.source == "logwarden" else "other" for c in CASES)
    assert sources["other"] >= 150, sources


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


# --- the core against the corpus ---

@pytest.mark.parametrize("case", CORE_POSITIVES, ids=[c.ref for c in CORE_POSITIVES])
def test_every_core_kind_identifier_is_caught_in_every_placement(judge: Judge, case: Case) -> None:
    wrong = [v for v in judge.verdicts(case) if not v.ok]
    assert not wrong, (f"{case.ref} {case.identifier!r} in {case.text!r} "
                       f"({case.note or case.source}): {', '.join(f'{v.placement} {v.detail}' for v in wrong)}")


def test_at_least_95_percent_of_look_alikes_are_kept_in_every_placement(judge: Judge) -> None:
    destroyed = [c for c in LOOK_ALIKES if not all(v.ok for v in judge.verdicts(c))]
    share = 1 - len(destroyed) / len(LOOK_ALIKES)
    assert share >= KEPT_AT_LEAST, (f"{share:.1%} of {len(LOOK_ALIKES)} look-alikes kept; destroyed: "
                                    + "; ".join(f"{c.ref} {c.text!r}" for c in destroyed))
