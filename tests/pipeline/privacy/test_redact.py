"""pipeline/privacy/redact.py, the orchestrator: normalization and its map back, redaction in the original, counts by
kind, first_found agreeing with text(), integers, and the registry's contract. The detectors' own tables are in
detectors/."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.privacy import redact
from pipeline.privacy.normalize import normalize
from pipeline.privacy.redact import Redactor, detect, first_found
from pipeline.privacy.registry import DETECTORS, KINDS
from tests.corpus import load_cases


@pytest.mark.parametrize(("value", "copy"), [
    ("john%2540example.com", "john@example.com"),
    ("john&#64;example.com", "john@example.com"),
    ("john&commat;example.com", "john@example.com"),
    ("john\\u0040example.com http:\\/\\/x", "john@example.com http://x"),
    ("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com"),
    ("jo\u200bhn\u00ad@\ufeffexample.com\u200e", "john@example.com"),
    ("٨٩١٦", "8916"),
    ("plain text", "plain text"),
    # an encoded control character stays as written: `%00` is a valid local part (found by hypothesis's
    # st.emails(): "%00@A.aG" reached an output when %00 became a NUL the email pattern refuses)
    ("%00@A.aG name%0Ajohn", "%00@A.aG name\njohn"),
    ("%252500@A.aG", "%00@A.aG"),
])
def test_the_normalized_copy_undoes_every_encoding(value: str, copy: str) -> None:
    assert normalize(value).text == copy


def test_every_character_of_the_copy_maps_back_to_the_original_span_it_came_from() -> None:
    value = "write to john%40example.com now"
    normalized = normalize(value)
    start = normalized.text.index("john")
    end = start + len("john@example.com")
    assert normalized.span(start, end) == (value.index("john"), value.index(" now"))


@pytest.mark.parametrize(("value", "expected"), [
    ("write to john%40example.com now", "write to [email] now"),
    ("q=%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82 8%20916%20123%2045%2067",
     "q=%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82 [phone]"),
    ("mail john&#64;example.com or call", "mail [email] or call"),
    ("u=am9obkBleGFtcGxlLmNvbQ== end", "u=[email] end"),
])
def test_the_original_is_redacted_and_the_rest_stays_as_written(value: str, expected: str) -> None:
    assert Redactor().text(value) == expected


def test_counts_are_by_kind_and_only_the_registrys_kinds() -> None:
    redactor = Redactor()
    redactor.text("mail a@example.com, b@example.org, call +7 916 123-45-67, password=hunter2")
    assert redactor.counts == Counter({"email": 2, "phone": 1, "secret": 1})
    assert set(redactor.counts) <= set(KINDS)


def test_every_kind_has_a_marker_and_the_old_markers_stay() -> None:
    assert set(redact.MARKERS) == set(KINDS)
    assert (redact.EMAIL, redact.PHONE, redact.IP, redact.CARD, redact.GEO) == (
        "[email]", "[phone]", "[ip]", "[card]", "[geo]")
    assert len(KINDS) == len(DETECTORS)


@pytest.mark.parametrize("value", [
    "see john@example.com now", "call 8 (916) 123-45-67", "from 2001:db8::1", "card 4111 1111 1111 1111",
    "password=hunter2", "Меня зовут Иван Петров", "IBAN GB82 WEST 1234 5698 7654 32", "plain words", "v4.4.2",
])
def test_first_found_agrees_with_text_and_redacted_text_is_clean(value: str) -> None:
    redactor = Redactor()
    redacted = redactor.text(value)
    kind = first_found(value)
    assert (kind is None) == (redacted == value)
    if kind is not None:
        assert kind == detect(value)[0].kind
    assert first_found(redacted) is None  # the sink's leak check finds nothing in the pipeline's own output
    assert Redactor().text(redacted) == redacted


@pytest.mark.parametrize(("value", "expected"), [
    (42, 42), (79161234567, "[phone]"), (4111111111111111, "[card]"), (1732459236123, 1732459236123),
    (1732459236123456, 1732459236123456), (-5, -5),
])
def test_integers_are_redacted_like_their_digits(value: int, expected: int | str) -> None:
    assert Redactor().integer(value) == expected


def test_is_ip_is_unchanged() -> None:
    assert redact.is_ip("203.0.113.7") and redact.is_ip("2001:db8::1")
    assert not redact.is_ip("203.0.113.7:80") and not redact.is_ip("example.com")


def test_each_detector_declares_a_cheap_pre_check_that_never_says_no_wrongly() -> None:
    samples = {"email": "a@example.com", "phone": "+7 916 123-45-67", "ip": "10.0.0.1", "card": "4111111111111111",
               "secret": "password=x1y2", "name": "меня зовут Иван", "iban": "GB82WEST12345698765432",
               "inn": "ИНН 7707083893", "snils": "112-233-445 95", "passport": "паспорт 4508 123456",
               "mac": "00:1A:2B:3C:4D:5E", "wallet": "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
               "birth_date": "DOB: 1985-03-12", "geo": "55.7558, 37.6173",
               "address": "ul. Ogrodowa 12/4, 61-821 Poznań",
               "national_id": "codice fiscale RCCMNL83S18D969H", "username": "username: jdoe85"}
    for detector in DETECTORS:
        text = samples[detector.kind]
        assert detector.maybe(text), detector.kind
        assert list(detector.find(text)), detector.kind


def test_the_pipelines_own_output_is_clean_to_the_sinks_leak_check() -> None:
    """Every redacted corpus case, read again as the sink reads it, holds nothing: markers are not identifiers."""
    dirty = [(case.ref, out) for case in load_cases() if first_found(out := Redactor().text(case.text)) is not None]
    assert not dirty


@pytest.mark.parametrize("value", ["username: [name]", "password=[secret]", "tel [phone]", "mail [email] or [ip]"])
def test_markers_are_not_identifiers(value: str) -> None:
    assert detect(value) == ()


def test_a_secret_value_with_a_percent_encoded_tab_inside_goes() -> None:
    """Found by hypothesis (test_redact_properties, 3,000 examples): decoded, the tab ended the value after one
    character, which is no secret, so the whole value stayed. A masked value after an encoded space still stays."""
    assert "A%090000" not in Redactor().text(" password=A%090000 ")
    assert "0000" not in Redactor().text("token=ab%0Acd0000&x=1")
    for escape in ("%2C", "%22", "%3B", "%C2%A0", "%E2%80%A8", "%26"):  # a comma, a quote, `;`, Unicode spaces, `&`
        assert "0000" not in Redactor().text(f"password=Ab{escape}cd0000 ok"), escape
    assert Redactor().text("password:%20****") == "password:%20****"
