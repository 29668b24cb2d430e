"""pipeline/privacy/detectors/national_id.py: INN, SNILS and passport numbers near their cues; numbers without a
cue kept.

The table is INN's; SNILS and passport have their own below."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

from pipeline.privacy.redact import Redactor, detect

KIND = 'inn'
CAUGHT = [
    # (text, identifier, source)
    ('ИНН 7707083893', '7707083893', "Sberbank's published INN"),
    ('INN: 500100732259', '500100732259', 'logwarden'),
    ('ИНН 8948 900010 58', '8948 900010 58', 'logwarden corpus: spaced'),
    ('Taxpayer ID 451787806040', '451787806040', 'logwarden holdout 2026-11-30: English cue'),
    ('tax id: 451787806040', '451787806040', 'logwarden: English cue'),
]
KEPT = [
    # (text, source)
    ('код 500100732259', 'logwarden: no cue'),
    ('ИНН не указан', 'logwarden: a cue without a number'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_an_inn_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


@pytest.mark.parametrize(("text", "identifier", "kind"), [
    ("СНИЛС 112-233-445 95", "112-233-445 95", "snils"),  # the commonly published valid example
    ("112-233-445 95", "112-233-445 95", "snils"),  # its own format and check number: no cue needed
    ("snils: 11223344595", "11223344595", "snils"),
    ("паспорт 4508 123456", "4508 123456", "passport"),
    ("серия и номер 45 08 123456", "45 08 123456", "passport"),
    ("Passport: C01X00T47", "C01X00T47", "passport"),
])
def test_snils_and_passport_are_caught(text: str, identifier: str, kind: str) -> None:
    start = text.index(identifier)
    assert any(d.kind == kind and d.start <= start and start + len(identifier) <= d.end for d in detect(text))


PASSPORTS = [
    # (text, identifier, source): passport numbers after a cue of the audience's languages (cues/passport.toml);
    # the number shapes are those of ICAO Doc 9303 specimen passports, written for logwarden
    ("Reisepassnummer: C01X00T47", "C01X00T47", "German specimen passport number"),
    ("Paspoort: XRKLMNPW3 is nog geldig", "XRKLMNPW3",
     "Rijksoverheid documentnummer shape: two letters, six letters or digits, a digit (issue 23)"),
    ("numéro de passeport 12AB34567", "12AB34567", "French passport number shape"),
    ("เลขที่หนังสือเดินทาง K1234567", "K1234567", "Thai passport cue (issue 23), a number of Thailand's shape"),
    ("شماره گذرنامه X12345678", "X12345678", "Persian passport cue (issue 23), written for logwarden"),
    ("número de pasaporte PAA123456", "PAA123456", "Spanish passport number shape"),
    ("numer paszportu: ZS1234567", "ZS1234567", "Polish passport number shape"),
    ("pasaport no U12345678", "U12345678", "Turkish passport number shape"),
    ("номер паспорта 751234567", "751234567", "Russian foreign passport number shape"),
    ("护照号E12345678", "E12345678", "Chinese passport number shape, glued to its cue"),
    ("旅券番号 TR1234567", "TR1234567", "Japanese passport number shape"),
    ("여권번호 M12345678", "M12345678", "Korean passport number shape"),
    ("paspoortnummer NPFH12345", "NPFH12345", "Dutch passport number shape (letters and digits)"),
    ("Mein Reisepass: C4J9KL0R7", "C4J9KL0R7", "German passport number shape: few digits, mixed all along"),
    # issue 23, holdout4's kinds in other words: "pas č.", a number sign glued to the number, a travel document
    ("Cestovní pas č. KX1209876", "KX1209876", "written for logwarden: Czech 'pas č.' (číslo)"),
    ("Numri: nr. i pasaportës BR7730921", "BR7730921", "written for logwarden: Albanian 'nr. i pasaportës'"),
    ("Паспорт №381209457 е валиден", "381209457", "written for logwarden: Bulgarian, '№' glued to the number"),
    ("Pasoš br. 009876543", "009876543", "written for logwarden: Serbian 'pasoš br.'"),
    ("my travel document is 563201987 btw", "563201987", "written for logwarden: 'travel document' (ICAO 9303)"),
    ("Номер ID-картки 001927364, дійсна до 2031", "001927364", "written for logwarden: a Ukrainian ID card's number"),
    # inflected and definite forms of the passport's word (holdout11's kind, in other words)
    ("Saapui passin numerolla? Ei, passin numero on XR4471902", "XR4471902", "written for logwarden: fi"),
    ("Hotellet ville ha passnummeret mitt: KT5520194", "KT5520194", "written for logwarden: no, definite form"),
    ("Atvyko su pasu Nr. 71239044 vakar", "71239044", "written for logwarden: lt, instrumental"),
    ("Az útlevélszámom BA3318207, kérem rögzítsék", "BA3318207", "written for logwarden: hu, possessive"),
    ("rezervasyon için pasaport numaram P04771236", "P04771236", "written for logwarden: tr, possessive"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), PASSPORTS)
def test_a_passport_after_a_cue_in_any_language_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected("passport", text, identifier, source)


@pytest.mark.parametrize("text", ["passport photo required", "серия 3", "passport expires 2030-01-01",
                                  "Reisepass gültig bis 12.05.2030", "passport size 1024KB", "passe-partout 123456",
                                  "passport UPDATED01", "passport Ver2 OK", "travel document valid until 2031",
                                  "Pas č. 2 je vpravo"])
def test_snils_and_passport_look_alikes_are_kept(text: str) -> None:
    assert Redactor().text(text) == text
