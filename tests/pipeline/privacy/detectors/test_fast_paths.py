"""The detectors' fast pre-checks (pipeline/privacy/detectors/_common.py `facts`: lowercase ASCII copies, digit
counts, literal gates) give exactly the answers of the full patterns they stand in front of: on the corpus, and on
random text made of every cue word in every case, glued or spaced, with digits, separators and the characters
case-insensitive matching treats specially (long s, Kelvin sign, dotted and dotless i, Greek iota). The cue patterns
run on a text's folded lowercase copy (`_cue_gate.FoldedCues`, `FoldedPattern`) find the spans their
case-insensitive originals find on the text."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.privacy.detectors import (
    address,
    birth_date,
    card,
    email,
    geo,
    iban,
    identity,
    ip,
    mac,
    name,
    national_id,
    phone,
    secret,
    username,
    wallet,
)
from pipeline.privacy.detectors._common import facts, literal_alternation
from pipeline.privacy.detectors._cue_gate import copy_for_patterns
from pipeline.privacy.normalize import _NEEDS_WORK, normalize

CORPUS = Path(__file__).resolve().parents[3] / "corpus" / "privacy.jsonl"

VOCAB = [
    # secrets
    "password", "passwd", "pass", "pw", "pwd", "secret", "token", "apikey", "api_key", "key", "auth", "session",
    "sessionid", "sid", "phpsessid", "cookie", "otp", "pin", "cvv", "cvc", "credential", "sig", "signature", "bearer",
    "basic", "begin", "://", "eyJhbGciOi", "ey", "ghp_", "github_pat", "xox", "xapp-", "sk_", "rk-", "pk_", "whsec_",
    "AIza", "glpat-", "gl", "npm_", "pypi-", "y0_", "AQAAAA", "SG.", "ya29.", "HRKU-", "hf_", "dop_v1", "shp", "PMAK-",
    "lin_api", "dp.", "dapi", "sq0", "-us1", "-us", "AGE-", "hooks.", "webhooks", "AKIA", "A3T", "SK", "AC", "key-",
    "0123456789abcdef0123456789abcdef", ":abcdefghijklmnopqrstuvwxyz012345678", "пароль", "токен", "секрет", "пин",
    # names
    "my name is", "name is", "i am called", "call me", "regards", "sincerely", "signed", "signed by", "mr", "mrs",
    "ms", "miss", "dr", "prof", "dear", "full name", "first_name", "last-name", "surname", "name", "contact",
    "contact person", "customer", "recipient", "sender", "author", "patient", "i'm", "i am", "this is", "it's",
    "here is", "je suis", "ich bin", "soy", "me llamo", "je m'appelle", "best", "best wishes", "kind regards",
    "warmest regards", "many thanks", "thanks", "thank you", "cheers", "yours truly", "respectfully", "cordially",
    "John", "Smith", "Anna", "called", "assigned to", "agent", "wrote", "меня зовут", "Иван", "Петров", "ФИО",
    "Спасибо", "mein name ist", "ich heiße", "adı:", "ADI:", "sayın", "herr", "pan", "m.", "mme", "dhr.", "vagyok",
    "Anna Berg <", "san", "sr.", "hola", "hi", "me",
    # identity numbers, passports, user names, birth dates in other languages
    "ssn", "my ssn", "codice fiscale", "c.f.", "pesel", "nie", "dni", "bsn", "kullanıcı adı", "KULLANICI ADI", "nın",
    "username", "user name", "login", "benutzername", "логин", "用户名", "passport no", "reisepassnummer", "护照号",
    "geb.-datum", "né le", "дата рождения", "出生日期", "生", "생년월일", "1985年7月3日", "3 juli 1985",
    "RCCMNL83S18D969H", "44051401359", "536-90-4399", "C01X00T47", "jdoe_85",
    # birth dates, MACs, emails
    "born", "born on", "b.", "date of birth", "birth_date", "birthday", "dob", "d.o.b.", "geburtsdatum", "geboren",
    "mac", "bssid", "hwaddr", "ether", "hardware address", "physical address", "addr", "address", "00:1a:2b:3c:4d:5e",
    "00-1A-2B-3C-4D-5E", "0011.2233.44aa", "0011.2233.4455", "001a2b3c4d5e", "@", "at", "(at)", "[dot]", "dot", "-dot-",
    "_dot_", "{", "<", "example", "com", ".ru", "собака",
    # digits and number shapes
    "1", "12", "123", "1985-03-12", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00", "de89", "192.168.0.1",
    "1.2", "55.7558", "::1", "fe80::1", "bc1", "BC1", "tb1", "ltc1", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x",
    "0x52908400098527886E0F7030069857D2E4169EE7", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "+7 916 123-45-67", "%40",
    "&#64;", "\\u0040",
    # characters that case-insensitive matching treats specially
    "\u017f", "\u212a", "\u0131", "\u0130", "é", "—",
    # and the letters the folded copy maps onto another of their group (Greek iota and the combining ypogegrammeni,
    # old Cyrillic), in cue words of scripts with case
    "\u0345", "\u1fbe", "\u1c80", "ΚΥΡΙΑ", "Κυρία", "ТЕЛЕФОН", "Тел.", "спасибо", "Contact person:",
    # street words alone, glued, abbreviated, inflected; address cues and introductions; flats; East Asian units
    "street", "St.", "st", "rue", "ul.", "ulica", "Straße", "strasse", "Haupt", "gatan", "Stor", "katu", "Ave",
    "avenue", "Baker", "calle", "#", "utca", "Cad.", "No:", "Adresse:", "adresa", "My address is", "Ship it to",
    "Toimitusosoite:", "ул.", "улица", "д.", "кв.", "Apt", "4B", "61-821", "Poznań", "SW1A 1AA", "東京都", "区", "路",
    "号", "로",
]
SEPARATORS = ["", " ", "  ", "_", "-", ".", ":", "=", ": ", "\n", "\t", "/", ",", "'", '"']
CASES: list[Callable[[str], str]] = [str, str.lower, str.upper, str.title, str.swapcase]

words = st.builds(lambda word, case: case(word), st.sampled_from(VOCAB), st.sampled_from(CASES))
texts = st.lists(st.tuples(words, st.sampled_from(SEPARATORS)), min_size=1, max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts))


def _corpus() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.read_text().splitlines() if line.strip()]


# --- the full formulations the fast pre-checks stand for ---

def _name_full(text: str) -> bool:
    return name._CAP_PAIR.search(text) is not None or name._STRONG.get().search(text) is not None \
        or name._STRONG_AFTER.get().search(text) is not None or name._WEAK.get().search(text) is not None \
        or (("=" in text or ":" in text) and name._KEYED.search(text) is not None) \
        or ("<" in text and "@" in text) \
        or name._PAIR.search(text) is not None or name._ADDRESS_CUE.search(text) is not None \
        or name._CHAT_FOLDED.full.get().search(text) is not None \
        or ((name._UNSPACED.search(text) is not None or name._IS_CASELESS.search(text) is not None)
            and name._KIN_FOLDED.full.get().search(text) is not None) \
        or (not text.isascii() and "\n" in text  # a signature's closing line or rule (ASCII: its name's capitals)
            and (name._CLOSING.get().search(text) is not None or name._SIGN_RULE.search(text) is not None))


def _mac_full(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in mac._MAC.finditer(text)
             if not (m.group().count(".") == 2 and not any(c.isalpha() for c in m.group()))]
    return spans + [bare.span() for cue in mac._CUE.finditer(text) if (bare := mac._BARE.match(text, cue.end()))]


def _ip_full(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in ip._V4.finditer(text) if not ip._inside_v6(text, m.start())] if "." in text else []
    if text.count(":") >= 2:
        spans += [s for m in ip._V6.finditer(text) if (s := ip._v6_span(text, m.start(), m.end())) is not None]
    return spans


def _wallet_full(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in wallet._ETHEREUM.finditer(text)] \
        + [m.span() for m in wallet._BECH32.finditer(text) if wallet._bech32_valid(m.group().lower())] \
        + [m.span() for m in wallet._BASE58CHECK.finditer(text) if wallet._base58check_valid(m.group())]


# the chat cue as first written, its look-behind first (name._CHAT_CUE leads each branch by its letter)
_CHAT_CUE_FULL = re.compile(r"(?=[it])(?<![^\W\d_])(?:it'?s|i'?m|this is)[ \t]+(?=[a-z])")
# and a signature's edge, a run of capitalized words (name._SIGN_EDGE, name._CAP_RUN: led by their characters)
_SIGN_EDGE_FULL = re.compile(r"(?<!\sa)(?<!\ss)(?<!\sd)/|[?&#;|\"<>\]})]")
_CAP_RUN_FULL = re.compile(rf"{name._WORD}(?:{name._NEXT}{name._WORD}){{1,5}}")
# a bare street before a postcode as first written (address._BARE: led by a look-ahead for a capital)
_BARE_FULL = re.compile(rf"(?<![^\W\d_])(?:{address._BARE_NAME_WORD}[ \t]+){{0,2}}(?P<last>{address._BARE_NAME_WORD})"
                        r"[ \t]+\d{1,5}[^\W\d_]?(?:/\d{1,5}[^\W\d_]?)?(?=[ \t]*,[ \t]*\d)")


# email's '@' cue as first written (email._AT_CUE is led by a look-ahead for its branches' first characters)
_AT_CUE_FULL = re.compile(rf"@|{email._OPEN}\s*{email._AT_WORD}|(?<!\w)(?:{email._AT_WORD}|{email._AT_WEAK_FOREIGN}|"
                          rf"{email._AT_FOREIGN})(?!\w)|-at-|_at_|{email._AT_CJK}", re.IGNORECASE)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def _secret_full(text: str) -> bool:
    """`secret.maybe` as first written: a cue, or a password word (on ASCII text, beside a '=' or ':', as a literal:
    "wisHESLOgin" holds the Czech "heslo", which hypothesis found; `maybe` may say yes where `find` then says no)."""
    if secret._CUE.search(text) is not None:
        return True
    if text.isascii():
        return ("=" in text or ":" in text) and secret._PASSWORD.get()[2].search(text.lower()) is not None
    return secret._PASSWORD.get()[1].search(text) is not None


def _check(text: str) -> None:
    assert secret.maybe(text) == _secret_full(text), text
    assert name._cued(text) == _name_full(text), text
    assert name.maybe(text) == (_name_full(text) or name._IS_CASELESS.search(text) is not None
                                or name._UNSPACED.search(text) is not None), text
    birth_cue = birth_date._BEFORE.get().search(text) or birth_date._AFTER.get().search(text)
    assert birth_date.maybe(text) or not (facts(text).digits > 0 and birth_cue), text
    assert birth_date.maybe(text) or not list(birth_date.find(text)), text
    assert identity.maybe(text) or not list(identity.find(text)), text
    assert username.maybe(text) or not list(username.find(text)), text
    assert username.maybe(text) or username._CUE.get().search(text) is None, text
    assert national_id.maybe_passport(text) or not list(national_id.find_passport(text)), text
    assert card.maybe(text) == (card._TWELVE_DIGITS.search(text) is not None), text
    assert phone.maybe(text) == (phone._FIVE_DIGITS.search(text) is not None), text
    assert national_id.maybe(text) == (national_id._SIX_DIGITS.search(text) is not None), text
    assert iban.maybe(text) == (iban._START.search(text) is not None), text
    assert geo.maybe(text) == (geo._DECIMALS.search(text) is not None), text
    assert email.maybe(text) == ("@" in text or email._AT_CUE.search(text) is not None), text
    assert email._strong_dot(text) == (email._STRONG_DOT.search(text) is not None), text
    if email._SPACED.search(text):
        assert email._SPACED_AFTER_AT.search(text), text
    assert address.maybe(text) or not list(address.find(text)), text
    assert list(mac.find(text)) == _mac_full(text), text
    assert mac.maybe(text) or not _mac_full(text), text
    assert list(ip.find(text)) == _ip_full(text), text
    assert ip.maybe(text) or not _ip_full(text), text
    assert list(wallet.find(text)) == _wallet_full(text), text
    for cues in (name._STRONG_FOLDED, name._STRONG_AFTER_FOLDED, name._WEAK_FOLDED, name._KIN_FOLDED, phone._CUE_DATA,
                 phone._CUE_DATA_AFTER, address._INTRO):
        assert _spans(cues.finditer(text)) == _spans(cues.full.get().finditer(text)), text
    for gate in (username._GATE, username._MINE_GATE, secret._PASSWORD_GATE, birth_date._GATE, identity._GATE,
                 national_id._PASSPORT_GATE):  # a gate never says no where its full pattern finds a cue
        assert gate.maybe_in(text) or gate.full.get().search(text) is None, text
    for folded_cues in (name._STRONG_FOLDED, name._WEAK_FOLDED, phone._CUE_DATA, address._INTRO):
        assert folded_cues.maybe_in(text) or folded_cues.search(text) is None, text
    for pattern in (phone._CUE, mac._CUE, name._ADDRESS_CUE, email._AT_CUE):
        assert _spans(pattern.finditer(text)) == _spans(pattern.full.finditer(text)), text
    assert _spans(email._AT_CUE.finditer(text)) == _spans(_AT_CUE_FULL.finditer(text)), text
    assert _spans(name._CHAT_CUE.finditer(text)) == _spans(_CHAT_CUE_FULL.finditer(text)), text
    assert _spans(name._SIGN_EDGE.finditer(text)) == _spans(_SIGN_EDGE_FULL.finditer(text)), text
    assert _spans(name._CAP_RUN.finditer(text)) == _spans(_CAP_RUN_FULL.finditer(text)), text
    assert _spans(address._BARE.finditer(text)) == _spans(_BARE_FULL.finditer(text)), text
    assert address._bare_gate(text) == (address._BARE_GATE.search(text) is not None), text
    assert _spans(name._rules(text)) == _spans(name._SIGN_RULE.finditer(text)), text
    street_words, lowered = address._WORDS.get(), text.lower()
    for pos in range(len(text) + 1):  # the street words' gate from the places its automaton found: `search`'s match
        gate = street_words.gate_lower.search(lowered, pos)
        found_street = address._gate_search(street_words.gate_lower, lowered, pos, street_words)
        assert (gate and gate.span()) == (found_street and found_street.span()), (text, pos)
    for pos in range(len(text) + 1):  # a key found from its separator: `_KEY.search`'s match
        key, found = name._KEY.search(text, pos), name._next_key(text, pos)
        assert (key and key.span()) == (found and found.span()), (text, pos)
    if text.isascii() and not any(c in text for c in "%&\\"):
        assert _NEEDS_WORK.search(text) is None, text
    assert normalize(text).text == normalize(text + " ").text[:-1] or "\\" in text or "&" in text or "%" in text


@settings(max_examples=3000, deadline=None)
@given(text=texts)
@example(text="my name is:best wisheslogin")  # a password word inside two glued words (hypothesis, 2026-12-07)
def test_fast_pre_checks_agree_with_the_full_patterns(text: str) -> None:
    _check(text)


def test_fast_pre_checks_agree_with_the_full_patterns_on_the_corpus() -> None:
    for text in _corpus():
        _check(text)
        _check(normalize(text).text)
        _check(text.upper())
        _check(text.lower())


def test_facts_are_those_of_the_string_asked() -> None:
    assert facts("Ab1 2").lower == "ab1 2" and facts("Ab1 2").digits == 2
    assert facts("Ив 1").lower is None and facts("Ив 1").digits == 1
    assert facts("٣ digits").digits == 1  # \d counts any decimal digit, as the patterns do


@pytest.mark.parametrize("words", [["pass", "pin", "pw"], ["a", "ab", "abc"], ["x.y", "x*", "://"], ["solo"]])
def test_a_literal_alternation_matches_exactly_its_words(words: Iterable[str]) -> None:
    pattern = re.compile(literal_alternation(words))
    for word in words:
        assert pattern.fullmatch(word)
    assert not pattern.fullmatch("zzz")


# --- the phone's look-behind words, run on a slice of the folded copy before each number ---

BEFORE_VOCAB = ["Order", "ORDER #", "order_id=", "orders/", "Version", "v", "Build:", "ISBN", "№", "No.", "nr",
                "Numer sprawy", "Zamówienie", "Sipariş no", "Case No.", "Aktenzeichen:", "注文", "ΤΙΜΟΛΟΓΙΟ",
                "Τιμολόγιο", "Αριθμός", "ΑΡΙΘΜΌΣ", "αρ.", "SIPARIŞ",
                "sipariş", "İNV", "Сумма:", "ИТОГО", "Total", "€", "price=", "S/N", "ſn", "\u212a", "\u0345", "Ref.",
                "Rechnung", "Bestellnummer", "注文番号", "Заказ", "СЧЁТ", "Fatura No:", "číslo", "n°", "nº"]
before_texts = st.lists(st.tuples(st.one_of(words, st.builds(lambda w, c: c(w), st.sampled_from(BEFORE_VOCAB),
                                                              st.sampled_from(CASES))),
                                  st.sampled_from([*SEPARATORS, " 12", "5 ", "+7 "])), min_size=1, max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts))


def _check_before_patterns(text: str) -> None:
    copy = copy_for_patterns(text)
    reference = phone._REFERENCE_BEFORE.get()
    places = phone._REFERENCE_CUES.places(copy) if copy is not None else []
    for end in range(len(text) + 1):
        start = max(0, end - 16)
        for pattern in (phone._NOT_PHONE_BEFORE, phone._VERSION_BEFORE, phone._AMOUNT_BEFORE):
            assert pattern.search_slice(text, copy, start, end) == (pattern.full.search(text[start:end]) is not None)
        start = max(0, end - 40)
        assert reference.search_between(text, copy, start, end) == (reference.full.search(text, start, end) is not None)
        assert phone._reference_before(text, copy, places, end) == (reference.full.search(text, start, end) is not None)


@settings(max_examples=1000, deadline=None)
@given(text=before_texts)
def test_the_phones_words_before_a_number_are_found_on_the_folded_copy_as_on_the_text(text: str) -> None:
    _check_before_patterns(text)


def _check_digit_cues(text: str) -> None:
    for pattern, words in ((national_id._INN_CUE, national_id._INN_WORDS),
                           (national_id._SNILS_CUE, national_id._SNILS_WORDS),
                           (national_id._PASSPORT_CUE, national_id._PASSPORT_WORDS)):
        assert national_id._may_hold(text, words) or pattern.search(text) is None, text
    for folded_cues in (birth_date._BEFORE_FOLDED, birth_date._AFTER_FOLDED, national_id._PASSPORT_FOLDED,
                        identity._CUE_FOLDED):
        assert _spans(folded_cues.finditer(text)) == _spans(folded_cues.full.get().finditer(text)), text


CUE_VOCAB = ["ИНН", "inn", "TIN", "Идентификационный номер налогоплательщика", "tax id", "TAX_PAYER-NO.", "taxpayer",
             "СНИЛС", "SNILS", "Страховой номер", "ПАСПОРТ", "passport #", "Серия и номер", "С/Н", "загранпаспорта",
             "удостоверение личности", "Reisepassnummer", "paspoortnummer", "Geburtsdatum", "born", "née", "родился",
             "İNN", "ınn", "ſnils", "ᲃнилс", "\u0345", "SSN", "Codice Fiscale", "PESEL", "CPR-nr", "TC kimlik no",
             "身份证号", "주민등록번호", "nie", "ЕГН"]
cue_texts = st.lists(st.tuples(st.one_of(words, st.builds(lambda w, c: c(w), st.sampled_from(CUE_VOCAB),
                                                           st.sampled_from(CASES))),
                               st.sampled_from([*SEPARATORS, " 12", "1234567890 "])), min_size=1, max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=1000, deadline=None)
@given(text=cue_texts)
def test_the_identifiers_cues_are_gated_and_found_on_the_folded_copy_as_on_the_text(text: str) -> None:
    _check_digit_cues(text)


def test_the_digit_detectors_fast_paths_agree_on_the_corpus() -> None:
    for text in _corpus()[:2000]:
        for variant in (text, text.upper()):
            _check_digit_cues(variant)
            _check_before_patterns(variant)
