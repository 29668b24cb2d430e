"""Writes tests/corpus/multilingual/<lang>.jsonl: the labelled multilingual cases of issue 23, reproducibly.

Run `python -m tests.corpus.make_multilingual` after changing a language's templates
(tests/corpus/_languages.py); the output is deterministic (one seeded random generator per language),
so the files in the repository are exactly what this script writes, and a diff shows what a template
change did. Each language's templates were written for logwarden: natural sentences of forms, support
tickets, chat, order notes and reviews, with one identifier planted per positive case, and
look-alikes (versions, order numbers, amounts, dates that are not birth dates, EAN-13 codes,
capitalized phrases that are not people, street words without an address) at about a quarter of the
cases. Names are invented per culture by hand (never from a fake-data generator's lists); cards are
Luhn-valid, IBANs mod-97-valid, identity numbers checksum-valid by python-stdnum (tests/corpus/_ids.py).

A line has the fields of tests/corpus/privacy.jsonl plus `lang` (BCP-47) and `tier`: `core` (emails,
phones, cards, IPs, IBANs, names after a cue), `extended` (names without a cue, addresses, identity
numbers, dates of birth, passports, user names) or `lookalike` (expect: kept).
"""

from __future__ import annotations

import json
import random
import string
import unicodedata
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stdnum import ean as std_ean
from stdnum import iban as std_iban
from stdnum import luhn

from tests.corpus._languages import LANGUAGES, Lang

OUT = Path(__file__).with_name("multilingual")
SEED = 20261206
SOURCE = "logwarden multilingual corpus (templates written for logwarden)"

#: Issuer prefixes of the card schemes (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover, JCB, UnionPay, Mir),
#: and "9", assigned to no scheme: a Luhn-valid 16-digit number in card grouping is still to be caught (issue 23).
CARD_PREFIXES = ("4", "51", "53", "55", "2221", "2720", "34", "37", "6011", "35", "62", "2200", "9")
EAN_PREFIXES = {"en": "50", "de": "400", "fr": "30", "es": "84", "es-419": "750", "it": "80", "pt": "560",
                "pt-BR": "789", "nl": "87", "pl": "590", "cs": "859", "sk": "858", "sl": "383", "hr": "385",
                "hu": "599", "ro": "594", "bg": "380", "el": "520", "sv": "73", "da": "57", "fi": "64",
                "et": "474", "lv": "475", "lt": "477", "ga": "539", "mt": "535", "no": "70", "ru": "460",
                "uk": "482", "tr": "869", "ar": "628", "he": "729", "hi": "890", "zh": "690", "ja": "49",
                "ko": "880", "id": "899", "vi": "893"}


def expand(rng: random.Random, pattern: str, letters: bool = True) -> str:
    """A pattern's '#' as a digit, 'A' as an upper-case letter, 'X' as either (unless `letters` is false: a phone
    or an amount, whose letters are words such as MXN); other characters as written."""
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(rng.choice(string.digits))
        elif ch == "A" and letters:
            out.append(rng.choice(string.ascii_uppercase))
        elif ch == "X" and letters:
            out.append(rng.choice(string.ascii_uppercase + string.digits))
        else:
            out.append(ch)
    return "".join(out)


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(CARD_PREFIXES)
    length = 15 if prefix in ("34", "37") else 16
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    number = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(number)
    style = rng.random()
    if length == 15:
        return f"{number[:4]} {number[4:10]} {number[10:]}" if style < 0.7 else number
    if style < 0.5:
        return " ".join(number[i:i + 4] for i in range(0, 16, 4))
    if style < 0.75:
        return "-".join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def iban_number(rng: random.Random, country: str, bban: str) -> str:
    for _ in range(20000):  # countries with a national check digit too (ES, FR, IT, PT...) need a few tries
        body = expand(rng, bban)
        number = country + std_iban.calc_check_digits(country + "00" + body) + body
        if std_iban.is_valid(number):
            return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if rng.random() < 0.6 else number
    raise RuntimeError(f"no valid IBAN for {country} {bban}")


def ean13(rng: random.Random, lang: str) -> str:
    body = EAN_PREFIXES[lang]
    body += "".join(rng.choice(string.digits) for _ in range(12 - len(body)))
    number = body + std_ean.calc_check_digit(body)
    assert std_ean.is_valid(number)
    return number


def version(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.35:
        return f"{rng.randint(1, 19)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    if style < 0.7:  # four parts: an IPv4 look-alike
        return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}.{rng.randint(1, 9999)}"
    return f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"


def order_number(rng: random.Random) -> str:
    return expand(rng, rng.choice(["#####-####", "A-2025-######", "###-#######-#######", "#### #### ####",
                                   "ORD-########", "№ ########", "##/####/AA", "SO-######-##"]))


def fold(text: str) -> str:
    """ASCII letters of a Latin-script name, for e-mail local parts."""
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ł", "l").replace("Ł", "L")
                                   .replace("ø", "o").replace("đ", "d").replace("ı", "i").replace("æ", "ae"))
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch in "-")).lower()


class Builder:
    """The cases of one language; every (kind, text) once."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.rng = random.Random(SEED ^ zlib.crc32(lang.code.encode()))
        self.rows: list[dict[str, Any]] = []
        self.seen: set[tuple[str, str]] = set()

    # --- values ---

    def name(self, full: bool = True) -> str:
        index = self.rng.randrange(len(self.lang.first))
        first = self.lang.first[index]
        lasts = self.lang.last[index % 2::2] if self.lang.gendered else self.lang.last
        last = self.rng.choice(lasts)
        if not full:
            return first
        return f"{last}{self.lang.sep}{first}" if self.lang.family_first else f"{first}{self.lang.sep}{last}"

    def handle(self) -> str:
        if self.lang.handles:
            base = self.rng.choice(self.lang.handles)
        else:
            base = f"{fold(self.rng.choice(self.lang.first))}.{fold(self.rng.choice(self.lang.last))}"
        return base + (str(self.rng.randint(1, 99)) if self.rng.random() < 0.4 else "")

    def phone(self) -> str:
        pattern = self.rng.choice(self.lang.phones)
        if pattern.startswith("~"):  # written in Arabic-Indic digits
            return expand(self.rng, pattern[1:], letters=False).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return expand(self.rng, pattern, letters=False)

    def email(self) -> str:
        return f"{self.handle()}@{self.rng.choice(self.lang.domains)}"

    def obfuscated_email(self) -> str:
        user = self.handle()
        domain, _, tld = self.rng.choice(self.lang.domains).rpartition(".")
        at, dot = self.rng.choice(self.lang.at), self.rng.choice(self.lang.dot)
        return f"{user}{at}{domain}{dot}{tld}"

    def date_text(self, year_from: int, year_to: int, words: bool) -> str:
        y, m = self.rng.randint(year_from, year_to), self.rng.choice(list(self.lang.months))
        d = self.rng.randint(1, 28)
        if words:
            return self.lang.wfmt.format(d=d, m=m, y=y, M=self.lang.months[m])
        return self.rng.choice(self.lang.dfmt).format(d=d, m=m, y=y)

    def address(self) -> str:
        lang = self.lang
        return self.rng.choice(lang.addr_fmt).format(street=self.rng.choice(lang.streets), no=self.rng.randint(1, 148),
                                                     pc=expand(self.rng, self.rng.choice(lang.postcode)),
                                                     city=self.rng.choice(lang.cities))

    def username(self) -> str:
        style = self.rng.random()
        base = self.handle().split("@")[0]
        if style < 0.4:
            return base.replace(".", "_")
        if style < 0.7:
            return base.split(".")[0] + str(self.rng.randint(70, 2010))
        return self.rng.choice(["night", "blue", "sun", "pixel", "kite", "moss"]) + "_" + base.split(".")[-1][:6]

    # --- cases ---

    def wrap(self, sentence: str, long_share: float) -> str:
        """The sentence alone, or as the body of a message: a greeting line before it, a closing after it."""
        roll = self.rng.random()
        ends = "\n" if not sentence.rstrip().endswith((".", "!", "?", "。", "！", "？", "।", "؟")) else " "
        if roll < long_share:
            opener, closer = self.rng.choice(self.lang.openers), self.rng.choice(self.lang.closers)
            return f"{opener}\n{sentence}{ends}{closer}"
        if roll < long_share + 0.15:
            return f"{self.rng.choice(self.lang.openers)}\n{sentence}"
        return sentence

    def add(self, kind: str, template: str, value: str | None, tier: str, note: str, long_share: float = 0.35) -> bool:
        sentence = template.replace("{v}", value) if value is not None else template
        text = self.wrap(sentence, long_share)
        if (kind, text) in self.seen:
            return False
        if value is not None and value not in text:
            raise AssertionError(f"{self.lang.code}: {value!r} not in {text!r}")
        self.seen.add((kind, text))
        self.rows.append({"kind": kind, "text": text, "identifier": value,
                          "expect": "caught" if value is not None else "kept", "source": SOURCE, "note": note,
                          "lang": self.lang.code, "tier": tier})
        return True

    def many(self, count: int, kind: str, templates: list[str], make: Any, tier: str, note: Any) -> None:
        """`count` cases of `kind`: templates in turn, each with a freshly made value (retried if repeated)."""
        made, attempts = 0, 0
        while made < count and attempts < count * 20:
            template = templates[(made + attempts) % len(templates)]
            value = make()
            label = note(value) if callable(note) else note
            made += self.add(kind, template, value, tier, label)
            attempts += 1

    def build(self) -> list[dict[str, Any]]:
        lang, rng = self.lang, self.rng
        self.many(9, "name", lang.cue, lambda: self.name(rng.random() < 0.85), "core", "cue")
        self.many(4, "name", lang.nocue, self.name, "extended", "no cue")
        self.many(9, "phone", lang.phone_t, self.phone, "core",
                  lambda v: "with country code" if v.startswith(("+", "00")) else "national format")
        self.many(3, "email", lang.email_t, self.email, "core", "plain")
        self.many(3, "email", lang.email_t, self.obfuscated_email, "core", "obfuscated in the local language")
        self.many(3, "card", lang.card_t, lambda: card_number(rng), "core", "Luhn-valid, generated")
        if lang.iban:
            country, bban = lang.iban
            self.many(3, "iban", lang.iban_t, lambda: iban_number(rng, country, bban), "core",
                      "mod-97 valid, generated")
        self.many(2, "ip", lang.ip_t, lambda: rng.choice([
            f"{rng.choice(['192.0.2', '198.51.100', '203.0.113'])}.{rng.randint(1, 254)}",
            f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(1, 0xffff):x}::{rng.randint(1, 0xfff):x}"]), "core", "")
        self.many(6, "address", lang.addr_t, self.address, "extended", "street, number, postcode")
        for index, (gen, templates, note) in enumerate(lang.nid):
            self.many(5 if len(lang.nid) == 1 else 3, lang.nid_kind[index] if lang.nid_kind else "national_id",
                      templates, lambda g=gen: g(rng), "extended", note)
        self.many(3, "birth_date", lang.dob_t, lambda: self.date_text(1948, 2006, False), "extended",
                  "digits after a cue")
        self.many(3, "birth_date", lang.dob_t, lambda: self.date_text(1948, 2006, True), "extended",
                  "words after a cue")
        self.many(3, "passport", lang.pp_t, lambda: expand(rng, rng.choice(lang.passport)), "extended", "after a cue")
        self.many(3, "username", lang.user_t, self.username, "extended", "after a cue")
        self.lookalikes()
        return self.rows

    def lookalikes(self) -> None:
        lang, rng = self.lang, self.rng
        plan: list[tuple[str, list[str], Any, str]] = [
            ("ip", lang.look_version, lambda: version(rng), "version"),
            ("card", lang.look_order, lambda: order_number(rng), "order number"),
            ("phone", lang.look_amount, lambda: "", "amount"),
            ("birth_date", lang.look_date, lambda: "", "date that is not a birth date"),
            ("phone", lang.look_ean, lambda: ean13(rng, lang.code), "EAN-13 product code"),
        ]
        for kind, templates, make, note in plan:
            for template in templates:
                for _ in range(2):
                    value = make()
                    text = template.replace("{v}", value)
                    text = text.replace("{amount}", expand(rng, rng.choice(lang.amounts), letters=False))
                    text = text.replace("{date}", self.date_text(2024, 2027, rng.random() < 0.5)).replace(".. ", ". ")
                    text = text[:-1] if text.endswith("..") else text
                    self.add(kind, text, None, "lookalike", note, long_share=0.2)
        for phrase in lang.phrases:
            self.add("name", phrase, None, "lookalike", "capitalized, not a person", long_share=0.2)
        for phrase in lang.street_words:
            self.add("address", phrase, None, "lookalike", "street word, no address", long_share=0.2)


def build_all() -> dict[str, list[dict[str, Any]]]:
    """Every language's cases, by language code."""
    return {lang.code: Builder(lang).build() for lang in LANGUAGES}


def write(out: Path = OUT) -> Iterator[tuple[str, int]]:
    out.mkdir(parents=True, exist_ok=True)
    for code, rows in build_all().items():
        path = out / f"{code}.jsonl"
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        yield code, len(rows)


if __name__ == "__main__":
    total = 0
    for code, count in write():
        total += count
        print(f"{code:<7} {count}")
    print(f"total   {total}")
