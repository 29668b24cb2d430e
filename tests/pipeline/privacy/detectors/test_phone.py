"""pipeline/privacy/detectors/phone.py: Russian and other formats caught (libphonenumber decides validity), numbers of
every audience region in that region's national format without the country code; amounts, dates, versions,
timestamps, product codes, standards' and order numbers kept."""

from __future__ import annotations

import phonenumbers
import pytest
from helpers import assert_kept_as_written
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.privacy import audience
from pipeline.privacy.detectors import phone
from pipeline.privacy.redact import Redactor, detect

CAUGHT = [
    ("call +7 (999) 123-45-67 today", "+7 (999) 123-45-67", "logwarden"),
    # holdout11's kind in other words: "my new number" before a number in its national form, no grouping
    ("ti lascio il mio nuovo numero: 3471289034", "3471289034", "written for logwarden: Italian mobile"),
    ("תחזרו אליי למספר 0528437716 אחרי חמש", "0528437716", "written for logwarden: Hebrew, 'to me at number'"),
    ("8 (916) 123-45-67", "8 (916) 123-45-67", "logwarden"),
    ("89161234567", "89161234567", "logwarden: 11 digits from 8"),
    ("+7 916 1234567", "+7 916 1234567", "logwarden"),
    ("8 (4912) 12-34-56", "8 (4912) 12-34-56", "logwarden: a 4-digit area code"),
    ("8-800-555-35-35 доб. 123", "8-800-555-35-35 доб. 123", "logwarden: an extension"),
    ("тел.89161234567", "89161234567", "logwarden: glued to a label"),
    ("Телефон:+79161234567", "+79161234567", "logwarden: glued to a label"),
    ("tel 123-45-67", "123-45-67", "logwarden: a local number"),
    ("тел. 12-34-56", "12-34-56", "logwarden: a short local number after a cue"),
    ("%2B7%20999%20123-45-67", "%2B7%20999%20123-45-67", "logwarden: percent-encoded separators"),
    ("＋７ ９１６ １２３ ４５ ６７", "＋７ ９１６ １２３ ４５ ６７", "logwarden: full-width digits"),
    ("+7\u00ad916\u00ad123\u00ad45\u00ad67", "+7\u00ad916\u00ad123\u00ad45\u00ad67", "logwarden: soft hyphens"),
    ("tel:+442079460958", "+442079460958", "RFC 3966 tel: URI"),
    ("(425) 882-9090", "(425) 882-9090", "presidio-analyzer tests/test_phone_recognizer.py"),
    ("+1-425-882-9090", "+1-425-882-9090", "presidio-analyzer tests/test_phone_recognizer.py"),
    ("4258829090", "4258829090", "libphonenumber: a valid US number without separators"),
    ("425.882.9090", "425.882.9090", "logwarden: dotted US grouping"),
    ("+44 20 7946 0958", "+44 20 7946 0958", "Ofcom drama number range"),
    ("020 7946 0958", "020 7946 0958", "Ofcom drama number range, national format"),
    ("appelez le 01 23 45 67 89", "01 23 45 67 89", "logwarden: French grouping"),
    ("0049 30 12345678", "0049 30 12345678", "logwarden: 00 international prefix"),
    ('appelez le 06.42.18.75.33', '06.42.18.75.33', 'logwarden holdout 2026-11-30: French pairs with dots'),
    ('bureau 01.42.68.53.19', '01.42.68.53.19', 'logwarden holdout 2026-11-30: French landline with dots'),
    ('GSM 0470.12.34.56', '0470.12.34.56', 'logwarden holdout 2026-11-30: Belgian mobile with dots'),
    ('Tel. 030/2463 8195', '030/2463 8195', 'logwarden holdout 2026-11-30: the area code before a slash goes too'),
    ('ruf an 089/1234 5678', '089/1234 5678', 'logwarden holdout 2026-11-30: an area code and slash without a cue'),
    (
        'Büro 0221/12345678',
        '0221/12345678',
        'logwarden: an area code and slash, no space',
    ),
    # issue 23: every audience region's national format, without the country code and without a phone word
    ("mój numer 603 217 845", "603 217 845", "written for logwarden: a Polish mobile as Poles group it (3-3-3)"),
    ("moje číslo je 731 482 906", "731 482 906", "written for logwarden: a Czech mobile (3-3-3)"),
    ("mit nummer er 24 81 37 59", "24 81 37 59", "written for logwarden: a Danish number in pairs"),
    ("το κινητό μου 694 718 2053", "694 718 2053", "written for logwarden: a Greek mobile (3-3-4)"),
    ("il mio numero 347 123 4567", "347 123 4567", "written for logwarden: an Italian mobile"),
    ("meu número (11) 3456-7890", "(11) 3456-7890", "written for logwarden: a São Paulo landline"),
    ("meu número 11 98765-4321", "11 98765-4321", "written for logwarden: a São Paulo mobile"),
    ("meine Nummer 0176 48213597", "0176 48213597", "written for logwarden: a German mobile"),
    ("mon numéro 06 47 21 83 95", "06 47 21 83 95", "written for logwarden: a French mobile in pairs"),
    ("mi número 655 21 48 73", "655 21 48 73", "written for logwarden: a Spanish mobile (3-2-2-2)"),
    ("mijn nummer 06-48213597", "06-48213597", "written for logwarden: a Dutch mobile"),
    ("numaram 0532 123 45 67", "0532 123 45 67", "written for logwarden: a Turkish mobile"),
    ("番号は080-4821-3597です", "080-4821-3597", "written for logwarden: a Japanese mobile"),
    ("번호 010-4821-3597", "010-4821-3597", "written for logwarden: a Korean mobile"),
    ("mera number 98765 43210", "98765 43210", "written for logwarden: an Indian mobile without its trunk 0"),
    ("reach me at (212)555-0147 please", "(212)555-0147", "issue 23: no space after the area code's bracket"),
    # issue 23: a phone word of the audience's languages (cues/phone.toml) makes any valid run of digits a phone
    ("Handy: 017648213597", "017648213597", "written for logwarden: German 'Handy' and an ungrouped mobile"),
    ("电话 13912345678", "13912345678", "written for logwarden: a Chinese mobile after 电话"),
    ("Telefonnummer 24813759", "24813759", "written for logwarden: a Danish number after a German phone word"),
    ("Ring til mig på 42817365. Mvh.", "42817365", "written for logwarden: Danish 'ring til', a plain 8 digits"),
    ("Beni 5318246790 numarasından arayın.", "5318246790", "written for logwarden: a Turkish phone word after it"),
    ("Proszę oddzwonić na 722-418-306.", "722-418-306", "written for logwarden: a Polish call-back word"),
    ("Zavolejte mi prosím na 00420 731 482 906.", "00420 731 482 906",
     "written for logwarden: 00, a country's code and groups"),
    ("Mobilen min er 0047 412 83307", "0047 412 83307", "written for logwarden: Norwegian, 00 and the country code"),
    ("חזרו אליי ל-052-418-3307.", "052-418-3307", "written for logwarden: Hebrew 'to' glued by a dash"),
    ("הטלפון בבית 048123456", "048123456", "written for logwarden: Hebrew article glued to the cue, Haifa landline"),
    ("אפשר בנייד שלי 0541234567", "0541234567", "written for logwarden: Hebrew 'at' glued to the cue"),
    # issue 23, third holdout's kinds in other words: national numbers written with dots or an area slash
    ("Please ring me at 07700.900461 after six", "07700.900461",
     "written for logwarden: a UK mobile dotted after its 5-digit prefix (Ofcom's drama range)"),
    ("夜は080.3322.1144までお電話ください", "080.3322.1144", "written for logwarden: ja: dotted"),
    ("Hun kan ringes på 45/872193 i dag", "45/872193", "written for logwarden: da: a slash"),
    ("Il mio numero è 347/5512098 dalle nove", "347/5512098",
     "written for logwarden: it: a mobile prefix and its number split by a slash"),
]
KEPT = [
    # written for logwarden (session of 2026-12-07 afternoon): a Japanese postcode after its mark, a code to type in
    ("お届け先は〒060-0806の範囲内です。", "written for logwarden: ja, the postal mark before a postcode"),
    ("Type the verification code 731-204-998 to finish signing up.", "written for logwarden: a one-time code"),
    # issue 23, holdout4's kinds in other words: an order or product number named by its URL segment or query key
    ("GET /de/orders/4471920385/invoice HTTP/2 200", "written for logwarden: an order id as a URL path segment"),
    ("POST /api/v2/order/3019284756/cancel", "written for logwarden: the singular segment"),
    ("/shop/item?gtin=4006381333931&lang=de", "written for logwarden: a GTIN as a query value"),
    ("GET /nl/search?ean=8712345678906 HTTP/1.1", "written for logwarden: an EAN as a query value"),
    # issue 23: an order number after its word and an abbreviation of "number" in the audience's languages
    ("Narudžbenica br. 2025-4471-12 je poslana", "written for logwarden: hr: 'br.' (broj)"),
    ("Fattura nru 7730-2218 tħallset.", "written for logwarden: mt: 'nru' (numru)"),
    ("Račun št. 2025-1187-73 je plačan.", "written for logwarden: sl: 'št.' (številka)"),
    ("итого 1 234 567 руб.", "logwarden: an amount with spaced thousands"),
    ("price $1,234,567.89", "logwarden: an amount"),
    ("1.234.567,89 €", "logwarden: a German amount"),
    ("ts 1732459236123", "logwarden: a millisecond timestamp"),
    ("order 1234567", "logwarden: an order number"),
    ("2026-11-24 12:30:45", "logwarden: a date and time"),
    ("24.11.2026", "logwarden: a date"),
    ("ISBN 0-306-40615-2", "ISBN example (Wikipedia)"),
    ("ISSN 0317-8471", "ISSN example (Wikipedia)"),
    ("ГОСТ 7.0.97-2016", "a standard's number"),
    ("build 20231124.1", "logwarden: a build number"),
    ("Chrome/120.0.6099.109", "logwarden: a browser version"),
    ('Заказ № 2026-0001234 оформлен', 'logwarden holdout 2026-11-30: a year and a zero-padded sequence'),
    ('Invoice INV-DE-2026-000123', 'logwarden holdout 2026-11-30: a code glued by a dash'),
    ('Серийный № 387-640-838 39', 'logwarden holdout 2026-11-30: SNILS-shaped serial that fails the check'),
    ('S/N 123-456-789 00', 'logwarden holdout 2026-11-30: a serial number cue'),
    # issue 23: what the audience's national formats must not take
    ("the amount was 603 217 845 units", "written for logwarden: an amount word before, a unit after"),
    ("Summe: 603 217 845", "written for logwarden: a German amount word before a number in thousands"),
    ("603 217 845 EUR", "written for logwarden: a currency after"),
    ("€ 603 217 845", "written for logwarden: a currency before"),
    ("downloads: 603 217 845", "written for logwarden: a count"),
    ("pedido 603 217 845", "written for logwarden: a Spanish order number"),
    ("Bestellnummer 603 217 845", "written for logwarden: a German order number"),
    ("ref 1234 5678 9012", "issue 23: twelve digits in fours (a reference, no region writes phones so)"),
    ("1234 5678 9012", "issue 23: twelve digits in fours without a cue"),
    ("Dec 6 2026 10:45 AM", "issue 23: a US date and time, no comma (6 2026 10 is no phone)"),
    ("12/06/2026 10:45:12 PM", "issue 23: a US date and time"),
    ("EAN 4006381333931", "GS1 EAN-13 example (Wikipedia 'International Article Number')"),
    ("Art.-Nr. 4006381333931", "written for logwarden: a German article number with a valid GS1 check digit"),
    ("ISBN 978-3-16-148410-0", "ISBN-13 example (Wikipedia 'ISBN')"),
    ("ts 1732459236", "logwarden: a Unix time in seconds, 10 digits"),
    ("Numer sprawy 04621-3388", "written for logwarden: a Polish case number (a German landline's shape)"),
    ("Protocolo 04731-5521", "written for logwarden: a Brazilian protocol number"),
    ("Zamówienie 6120 4471 8803 czeka na wysyłkę.", "written for logwarden: a Polish order number"),
    ("Tellimus № 07315528 on teel.", "written for logwarden: an Estonian order ('Tel' is no phone word)"),
    ("SO-318205-42 numaralı sipariş kargoda.", "written for logwarden: a Turkish order code"),
    ("takip no 5830174926, yarın gelir", "written for logwarden: a Turkish tracking number (a phone's shape)"),
    ("screen 2560 1440 60", "written for logwarden: a resolution and a rate (no region's number)"),
    ("RGB 255 128 64", "written for logwarden: a colour (no region's number)"),
    ("الباركود 6291041500213", "written for logwarden: an Arabic barcode word and a valid EAN-13"),
    ("ご注文番号：7912 3456 780", "written for logwarden: a Japanese order number after its word and a "
     "full-width colon, Russian-shaped by its digits but not as Russians group them (issue 23)"),
    ("Bestilling INV2027118843 er sendt", "written for logwarden: digits glued to a letter prefix are one id"),
    ("Status of #REF3015550123 changed", "written for logwarden: a hash-tagged id whose digits a US number could be"),
    ("Upgrade from 10.14.6 to 10.15.7", "written for logwarden: dotted versions stay"),
]


#: Issue 23's fifth holdout: a national number without its country code after a verb of calling (cues/phone.toml),
#: which a courier's note uses more often than the noun (written for these tests, numbers valid for their region)
CAUGHT += [
    ("Моля, звъннете на 0888123456 преди доставка.", "0888123456", "logwarden: Bulgarian 'call' verb, mobile"),
    ("Lūdzu, zvaniet man 26 123 456", "26 123 456", "logwarden: Latvian 'call' verb, mobile"),
    ("pode me ligar no 21987654321 à tarde", "21987654321", "logwarden: Brazilian 'call' verb, mobile"),
    ("Proszę dzwonić 512 345 678 po 17", "512 345 678", "logwarden: Polish 'call' verb, mobile"),
]
KEPT += [
    ("I was billed $1,927.26 twice.", "logwarden: no call word inside 'was' (a cue is a word's start)"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_a_phone_is_caught(text: str, identifier: str, source: str) -> None:
    found = detect(text)
    start = text.index(identifier)
    assert any(d.kind == phone.KIND and d.start <= start and start + len(identifier) <= d.end for d in found), \
        (source, found)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def test_validity_is_libphonenumbers_call() -> None:
    assert phone.valid("4258829090")
    assert phone.valid("+442079460958")
    assert not phone.valid("1732459236")  # a Unix time in seconds: no region's number


def test_the_national_format_decides_not_validity_alone() -> None:
    # almost any nine digits are valid in one of the audience's regions; written as that region writes them they
    # are a phone, written otherwise they are not
    assert phone.national("603217845", (3, 6))  # 603 217 845: Poland
    assert not phone.national("603217845", (4,))  # 6032 17845: no region of the audience writes it so
    assert not phone.national("123456789012", (4, 8))  # 1234 5678 9012
    assert phone.national("9876543210", (5,))  # 98765 43210: India, the trunk 0 left out as Indians write it
    assert not phone.national("17648213597", (3,))  # Germany writes its trunk 0: 176 48213597 is not its format


def test_a_narrower_audience_takes_fewer_formats() -> None:
    before = audience.current()
    try:
        # the detector itself: redact.py keeps the detections of a string it has seen (one audience a process)
        audience.configure(audience.Audience(regions=("US", "GB")))
        assert list(phone.find("mój numer 603 217 845")) == []
        audience.configure(audience.Audience(regions=("PL",)))
        assert list(phone.find("mój numer 603 217 845")) == [(10, 21)]
    finally:
        audience.configure(before)


# a mobile prefix of each region (written for logwarden from the regions' numbering plans), the rest random digits
_MOBILE_PREFIXES = {"PL": "60", "CZ": "73", "GR": "69", "IT": "34", "FR": "06", "ES": "6", "DE": "0176", "NL": "06",
                    "TR": "053", "JP": "090", "KR": "010", "IN": "98", "DK": "2", "BR": "119", "PT": "91", "RO": "07"}
_FILLER = st.lists(st.sampled_from(["hello", "my", "number", "is", "please", "thanks", "le", "mój", "—", "numer"]),
                   max_size=4).map(" ".join)


@st.composite
def _national_mobiles(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(sorted(_MOBILE_PREFIXES)))
    prefix = _MOBILE_PREFIXES[region]
    digits = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    for length in range(len(digits), 6, -1):
        try:
            number = phonenumbers.parse(digits[:length], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assume(False)
    raise AssertionError


@settings(max_examples=200, deadline=None)
@given(_FILLER, _national_mobiles(), _FILLER)
def test_a_mobile_in_its_regions_national_format_never_survives(before: str, number: str, after: str) -> None:
    text = f"{before} {number} {after}".strip()
    out = Redactor().text(text)
    assert number not in out, (text, out)
