"""Street addresses in free text, in the languages of the site's audience: a street and its house number, with the
flat, the postcode and the city that follow them ("ul. Ogrodowa 12/4, 61-821 Poznań", "221B Baker Street",
"12 rue de la Paix, 75002 Paris", "ул. Ленина, д. 5, кв. 12", "Atatürk Cad. No: 5", "東京都千代田区千代田1-1").

What counts (pure; spans on the normalized text):

- A street word of the audience's languages (pipeline/privacy/cues/address.toml: "rue", "ul.", "Straße", "street",
  "utca", "caddesi", "شارع"...) with a street name beside it and a house number on the side the language writes it:
  - a word written before the name: `ul. Ogrodowa 12` (the number after the name) or `12 rue de la Paix` (before
    the word); a Colombian `Calle 72 # 10-34` (a numbered street, a marker, the house);
  - a word written after the name: `Berliner Straße 12`, `Fő utca 5`, `Atatürk Cad. No: 5` (the number after the
    word) or `221B Baker Street` (before the name);
  - a word glued to the name: `Hauptstraße 5`, `Kerkstraat 12`, `Storgatan 5`, `Mannerheimintie 5`.
  Names are capitalized words, with particles between them ("rue de la Paix"); in a text typed all in lower case,
  a street word that is no everyday word ("ul.", "rue", "calle", "street") takes lower-case names too ("i live at
  12 baker street"). Inflected street words and glued prepositions are street words of their own ("v ulici",
  "на улице", "ברחוב", "στην οδό").
- After an address cue (address_parts.toml `cue`: "Adresse:", "адрес:", "adresa:"), a capitalized name and a house
  number with no street word: "adresa: Ilica 12", "адрес: Ленина 5", "Adresse: Unter den Linden 77".
- A bare street name (one to three capitalized words, no street word) with its house number, followed by a
  postcode of an audience region and a city: "Ilica 242, 10000 Zagreb", "Ερμού 42, 105 63 Αθήνα"; after a postcode of
  digits alone the street's last word must be no ordinary word ("Chapter 5, 1200 Pages" stays).
- After an address's introduction (cues/address_intro.toml: "My address is", "Lieferadresse:", "Toimitusosoite:",
  "배송지:", "Ship it to"), the rest of the clause, street word or not, when it holds a number beside a name or a
  postcode's run of digits: "Toimitusosoite: Rotuaari 318, 91630 Haukipudas" (`_introduced`).
- After a post office box's phrase (cues/address_box.toml: "PO Box", "Postfach", "S.L.P.") and its number, the
  same clause: "PO Box 2231, Fairbanks, AK 99707" (`_introduced`); a box with no number after it stays.
- What follows the house number goes with it: a flat or floor after a unit word ("кв. 12", "Apt 4B", "Daire 3",
  pipeline/privacy/address_parts.toml), and a postcode of an audience region with its city ("61-821 Poznań",
  "75002 Paris", "Springfield, IL 62704", "London SW1A 1AA", "Ottawa, ON K1A 0B1").
- Russian and Ukrainian `д. 5, кв. 12` (a house and a flat) without a street word.
- Japanese, Chinese and Korean in their own order (region → city → district → block): a run of the script ending in
  an administrative or street unit (区 市 町 路 街 로 길) followed by block numbers (1-1, 2丁目8番1号, 88号, 110).

What stays (a street with no number does not locate a person; the rest are look-alikes):
- a street named without a house number ("I live near Baker Street", "Via Roma"), a postcode alone;
- street words in other senses: "Road map for Q3", "the main street of our product line", "Avenue Q tickets",
  "Street Fighter 2", "Platz 1 in the charts", "Gate 12 is closed" (a street word that is also an everyday word,
  pipeline/privacy/address_parts.toml `weak`, needs a capitalized name and a number that ends the phrase);
- versions, prices, times, decimals after a street word ("Road 2.0", "Main St 12,99 €", "Ring 10:30").

Cost: `maybe` is the digit count the detectors share and trie-shaped searches for a street word (compiled for
the audience once, `PerAudience`); in ASCII text only for one that stands as `find` keeps it (a word of its own, or
glued to the end of a name), so the words inside others ("contaCT", "poST") no longer send nearly every string
with a digit to `find`. `find` walks the same pattern's matches, keeps those that stand as words with a
digit in reach (a bisection over the digit runs, found once), tokenizes the stretch around them (each stretch a
bounded number of times) and reads a bounded number of tokens on either side: linear in the text's length, with no
pattern that can backtrack beyond a bounded reach.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick

from pipeline.privacy import cldr, cues, lexicon
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import Span, facts, literal_alternation
from pipeline.privacy.detectors._cue_gate import FoldedCues
from pipeline.privacy.detectors._cue_scan import quick_automaton

KIND = "address"

PARTS_FILE = Path(__file__).resolve().parents[1] / "address_parts.toml"

# how far around a street word an address is read (characters), and how much more is tokenized at once
_BACK = 160
_AHEAD = 240
_STRETCH = 256
_NOT_BEFORE = frozenset("/\\@")
#: A street word that a space follows (after its dot): the address goes on in words, also after a path's slash.
_SPACED_ON = re.compile(r"\.?[ \t]+[^\s/]")
_DIGITS = re.compile(r"\d+")
# how many name words a street name may have, and how far the house number may be from the street word
_NAMES_AFTER = 5
_NAMES_BEFORE = 4
_MAX_UNITS = 3

# words that may sit inside a street's name in lower case ("rue de la Paix", "Via dei Mille", "Avenida de los
# Insurgentes", "Straße des 17. Juni", "Kaiser-Wilhelm-Ring", "Calle del Carmen")
_PARTICLES = frozenset((
    "de", "la", "le", "les", "du", "des", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das",
    "van", "der", "den", "von", "am", "an", "im", "zum", "zur", "of", "the", "y", "e", "i", "al", "el", "los", "las",
    "d", "l", "sur", "en", "et", "und", "ter", "te", "het", "'t", "s", "san", "santa", "são", "st", "saint", "sainte",
    "bin", "ibn", "abu", "na", "nad", "pod", "przy", "u", "à", "au", "aux",
))
# capitalized words that end a name in a title-cased headline ("5 Reasons To Drive"): no street name has them
_STOPS = frozenset((
    "to", "for", "and", "or", "in", "on", "at", "with", "your", "my", "our", "is", "are", "was", "you", "we", "it",
    "this", "that", "from", "by", "best", "top", "how", "why", "what", "new", "ways", "tips", "reasons", "things",
))
# a lower-case word after the house number that does not end the address: a preposition, a conjunction
_SHORT_AFTER = 3
_DIRECTIONS = frozenset(("n", "s", "e", "w", "ne", "nw", "se", "sw", "n.", "s.", "e.", "w.", "north", "south", "east",
                         "west"))

# postcodes by shape, each shape for the regions that write it (UPU, 'Postal addressing systems in member
# countries'; the national posts' guides). Postcode first, the city after: continental Europe and most of the world.
_POSTCODE_FIRST: dict[str, str] = {
    r"(?:[A-Z]{1,2}-)?\d{5}": "DE FR ES IT FI EE HR GR TR UA SA EG MA MX US KR MY ID TH PK RS BA ME DZ LT PE GE CY",
    r"(?:[A-Z]{1,2}-)?\d{4}": "AT CH BE DK NO LU HU BG SI AU ZA AM AZ NZ PH BD AR LI IS MK AL",
    r"\d{6}": "RU BY KZ IN CN SG VN RO CO NG",
    r"\d{3} \d{3}": "IN",
    r"\d{4} ?[A-Z]{2}": "NL",
    r"\d{2}-\d{3}": "PL",
    r"\d{3} ?\d{2}": "CZ SK SE GR",
    r"\d{3}": "IS",
    r"\d{4}-\d{3}": "PT",
    r"\d{5}-?\d{3}": "BR",
    r"〒?\d{3}-?\d{4}": "JP",
    r"\d{7}": "IL CL",
    r"LV-\d{4}": "LV",
    r"LT-\d{5}": "LT",
    r"[A-Z]{3} ?\d{4}": "MT",
    r"[A-Z]\d{4}[A-Z]{3}": "AR",
}
# the city first, then a state or province and the postcode: English-speaking regions
_POSTCODE_LAST: dict[str, str] = {
    r"(?:[A-Z]{2}[ \t]+)?\d{5}(?:-\d{4})?": "US",
    r"(?:[A-Z]{2}[ \t]+)?[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d": "CA",
    r"[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}": "GB",
    r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}": "IE",
    r"(?:[A-Z]{2,3}[ \t]+)?\d{4}": "AU",
}

# combining marks (not `\w` to Python's re): the vowel signs of Devanagari and Bengali, Arabic and Hebrew points
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0903"
          "\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a")
# a city: one to three capitalized words (or words of a script without case), hyphens and particles between them
_UPPER = "".join(chr(c) for c in range(0x41, 0x2000) if chr(c).isupper() and chr(c).isalpha())
_UNCASED = "\u0590-\u05ff\u0600-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u10d0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
_CITY_WORD = rf"[{re.escape(_UPPER)}{_UNCASED}](?:[^\W\d_]|[{_MARKS}])*\.?"
_CITY = rf"{_CITY_WORD}(?:[ \t-](?:(?:am|an|de|del|la|le|sur|upon|on|im|nad|pod)[ \t-])?{_CITY_WORD}){{0,2}}"

# a token: a number as houses are numbered (12, 12a, 221B, 12/4, 7/A, 12-14, 8A-55, 1-1-3), a word (with inner
# apostrophes and hyphens, and its abbreviation dot), or one other character
_TOKEN = re.compile(
    r"(?P<num>\d{1,6}(?:[^\W\d_]{1,3}(?![^\W\d_]))?(?:[/-](?:\d{1,6}(?:[^\W\d_](?![^\W\d_]))?|[^\W\d_](?![^\W\d_]))){0,3})"
    # (a word's letters and marks read as runs of each, one class a run, possessively: the same longest run as
    # `(?:[^\W\d_]|[{_MARKS}])*`, which the rest of the branch never makes give back, without trying two branches at
    # each character)
    rf"|(?P<word>[^\W\d_]++(?:[{_MARKS}]++[^\W\d_]*+)*+(?:['’-][^\W\d_]+){{0,4}})"
    r"|(?P<other>\S)"
)
# what may not follow a house number: a decimal, a time, a price, a percentage, more letters or digits
_NOT_HOUSE_AFTER = re.compile(
    r"[.,:]\d|[%€$£¥₽₺₴]|[^\W_]|[ \t]?(?:%|€|\$|£|₽|₺|₴|eur|euro|usd|rub|kg|km|mm|cm|gb|mb|ms|min|minuten|minutes|"
    r"stunden|hours|jahre|years|tage|days|mal|times|minut|минут|мин|perc|dakika|dk|minuti|minutos|ore|horas|sterne|"
    r"stars|étoiles|stelle|estrellas|estrelas|yıldız|звезд[аы]?)\b",
    re.IGNORECASE)


def _day_of_month(audience: Audience) -> re.Pattern[str]:
    """A day's full stop and a month's name of the audience's languages (CLDR, wide and abbreviated, three letters or
    more) after a number: the number is a date's day, no house's ("1. aug. 2026", "3. Juli")."""
    names: set[str] = set()
    for language in sorted(audience.languages):
        found = cldr.words(language)
        if found is not None:
            names.update(n.lower().rstrip(".") for n in (*found.months_wide, *found.months_abbreviated)
                         if len(n.rstrip(".")) >= 3 and not any(c.isdigit() for c in n))
    return re.compile(rf"\.[ \t]?(?:{literal_alternation(sorted(names))})(?![^\W\d_])", re.IGNORECASE) if names \
        else re.compile(r"(?!)")


_DAY_OF_MONTH = PerAudience(_day_of_month)
# words after "Address" that name a form's field, not a street: "Address Line 2", "Address Book 3"
_FIELD_WORDS = frozenset(("line", "field", "book", "bar", "form", "type", "list", "change", "update", "verification",
                          "space", "family", "range", "lookup", "validation", "zeile", "ligne", "línea", "linea",
                          "строка", "поле", "satır", "satir"))
# words before a glued street that are no part of its name: "Die Hauptstraße 5"
_ARTICLES = frozenset(("die", "der", "das", "den", "dem", "des", "the", "a", "an", "ein", "eine", "la", "le", "el",
                       "il", "lo", "de", "het", "een", "in", "im", "am", "an", "auf", "zur", "zum", "and", "und"))
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th|e|er|re|ème|º|ª|a|o)\Z", re.IGNORECASE)
_QUOTES = frozenset("\"'„“”«»‚‘’")
_YEAR = re.compile(r"(?:19|20)\d\d\Z")
# between the house number and the postcode or the city: a comma, a dash, a line break
_SEPARATOR = r"[ \t]*[,;،\-–]?[ \t]*\n?[ \t]*"
_COMMAS = frozenset((",", "،", "，", "、"))

# East Asian addresses, by their block numbers and the run of the script before them
_JA_BLOCK = re.compile(r"\d{1,4}(?:丁目|[-－ー‐])\d{1,4}(?:(?:番地?|[-－ー‐])\d{1,4}号?|番地?)?"
                       r"|\d{1,4}番地(?:\d{1,4}号?)?")
_ZH_BLOCK = re.compile(r"\d{1,5}(?:(?:弄|巷|段)\d{1,5})?(?:号|號)(?:\d{1,4}(?:号楼|號樓|单元|單元|室|楼|樓|层|層))*")
# the building number ends the phrase, or a particle or the copula glued to it follows ("테헤란로 123입니다")
_KO_ROAD = re.compile(r"(?=[가-힣\d])(?<![가-힣])"  # (led by its first character: the engine skips every other at once)
                      r"[가-힣\d]{0,12}[가-힣](?:로|길)(?:\d{1,4}(?:번길|길))?[ ]?\d{1,5}(?:-\d{1,4})?"
                      r"(?:(?=입니다|이에요|이고|예요|에서|에|번지)|(?![\d가-힣]))")
_KO_BEFORE = re.compile(r"(?:[가-힣]{1,10}(?:시|도|구|군|읍|면)[ ]){1,3}\Z")
_KO_AFTER = re.compile(r"(?:,?[ ]?\d{1,4}동)?(?:,?[ ]?\d{1,5}호)")
_CJK_RUN = re.compile(r"[\u3005\u3040-\u30ff\u4e00-\u9fff]{1,24}\Z")
_CJK_CHAR = re.compile(r"[\u3005\u3040-\u30ff\u4e00-\u9fff]")
_JA_UNITS = "都道府県市区町村郡"
_ZH_STREET_ENDS = ("路", "街", "道", "巷", "弄", "段", "里", "胡同", "大道")
_JA_POSTMARK = re.compile(r"〒[ ]?\d{3}-?\d{4}[ ]?\Z")
# Russian and Ukrainian: a house and a flat, "д. 5, кв. 12", "буд. 3, кв. 7", with no street word needed
_RU_FLAT = re.compile(
    r"(?<![^\W\d_])(?:дом|д\.|д|буд\.|будинок)[ ]?\d{1,4}[а-яa-z]?(?:/\d{1,3})?"
    r"(?:,?[ ]?(?:корп\.|корпус|к\.|стр\.|строение)[ ]?\d{1,3})?,?[ ]?(?:кв\.|квартира|кв)[ ]?\d{1,4}(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Words:
    """The audience's street words and address parts, compiled once per audience."""

    before: frozenset[str]  # street words written before the name
    after: frozenset[str]  # street words written after the name
    glued: frozenset[str]  # street words that may be glued to the end of the name
    weak: frozenset[str]  # street words that are also everyday words
    gate: re.Pattern[str]  # any street word, anywhere, in any case (the pre-check)
    gate_lower: re.Pattern[str]  # the same for ASCII text, matched in its lowercase copy (faster than IGNORECASE)
    # where a word of `gate_lower` may start: each word's part before its first space, literal in any match
    # (`_gate_search`)
    gate_starts: ahocorasick.Automaton | None
    # `maybe`'s gate for ASCII text (`_bounded`): a street word `_around` may keep at the start, after a character
    # that is no letter or digit, or glued
    bounded_lower: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    # every word of `bounded_lower` is a gate word (`gate_starts` finds where each may start)
    gate_starts_bounded: bool
    house: re.Pattern[str]  # a house-number word, matched where a token starts
    unit: re.Pattern[str]  # a unit word
    postcode_first: re.Pattern[str]
    postcode_last: re.Pattern[str]
    cue: frozenset[str]  # words that introduce an address ("Adresse:")
    nouns: frozenset[str]  # words that end in a street word but name no street ("Sitzplatz")
    # the words that a number follows in a numbered part ("Road 7", "বাড়ি ১২", "सेक्टर 15", "Flat 3"): the street
    # words that are no everyday words, the house-number words and the unit words; `units` are the last alone
    numbered: frozenset[str]
    units: frozenset[str]
    cjk: frozenset[str]  # which of ja, zh, ko the audience reads


@cache
def _parts() -> dict[str, dict[str, list[str]]]:
    """pipeline/privacy/address_parts.toml, read once; ValueError naming the file and the table on a malformed one."""
    try:
        data = tomllib.loads(PARTS_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{PARTS_FILE}: cannot read: {exc}") from None
    for lang, entry in data.items():
        if not isinstance(entry, dict) or not set(entry) <= {"house", "unit", "weak", "cue", "not", "source"} \
                or "source" not in entry:
            raise ValueError(f"{PARTS_FILE}: [{lang}] expected a table with house, unit, weak, cue, not and its source")
        for key in ("house", "unit", "weak", "cue", "not"):
            items = entry.get(key, [])
            if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                raise ValueError(f"{PARTS_FILE}: [{lang}].{key} expected a list of non-empty words")
    return data


def _alternation(words: set[str]) -> str:
    """The words as one trie-shaped pattern, any run of white space where a word has a space."""
    return literal_alternation(sorted(words)).replace(r"\ ", r"\s+")


def _lowered(words: set[str]) -> set[str]:
    """The words as a lowered text may hold them where the case-insensitive pattern would match the text: each word,
    its upper case lowered ("ΟΔΌΣ" lowers to "οδόσ"), and its ASCII fold (the dotless i, the long s and the Kelvin
    sign match "i", "s" and "k" case-insensitively)."""
    found = set()
    for word in words:
        found.add(word)
        found.add(word.upper().lower())
        found.add(word.replace("ı", "i").replace("ſ", "s").replace("\u212a", "k"))
    return found


def _bounded(words: set[str], glued: set[str]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """`maybe`'s patterns for the lowercase copy of an ASCII text, matching where `_around` may keep a street word:
    one that ends a word (or ends in a dot or a colon) and starts the text, or follows a character that is no letter
    or digit (a search that skips over words: no look-behind tried at every position), or may be glued to a name.
    They may say yes wrongly (no digit in reach, "/st/"), never no where `_around` says yes: the case-insensitive
    gate's hits are these words in some case, and an ASCII text's lowercase copy holds them in lower case at the
    same positions, with the same letters and digits around them."""

    def ending_words(group: set[str]) -> str:
        ends_word = {w for w in group if w[-1].isalnum()}
        parts = [rf"(?:{_alternation(ends_word)})(?!\w)" if ends_word else "",
                 _alternation(group - ends_word) if group - ends_word else ""]
        return "|".join(p for p in parts if p) or r"(?!)"

    alone = ending_words(_lowered(words))
    return re.compile(alone), re.compile(rf"\W(?:{alone})"), re.compile(ending_words(_lowered(glued)))


def _compile(audience: Audience) -> Words:
    table = cues.table(KIND)
    langs = audience.base_languages
    before = {w for w in table.phrases(audience, "before")}
    after_raw = set(table.phrases(audience, "after"))
    glued = {w[1:] for w in after_raw if w.startswith("-")}
    after = {w.lstrip("-") for w in after_raw}
    parts = _parts()
    chosen = [entry for lang, entry in parts.items() if lang in langs or lang == "common"]
    house = {w.lower() for entry in chosen for w in entry.get("house", [])}
    unit = {w.lower() for entry in chosen for w in entry.get("unit", [])}
    weak = {w.lower() for entry in chosen for w in entry.get("weak", [])}
    cjk = frozenset(lang for lang in ("ja", "zh", "ko") if lang in langs)
    # what `find` needs one of: a street word, a flat ("кв"), a Japanese administrative unit
    cue = {" ".join(w.lower().split()) for entry in chosen for w in entry.get("cue", [])}
    every = before | after | cue | {"кв"} | (set(_JA_UNITS) if "ja" in cjk else set())
    regions = set(audience.regions)
    first = [shape for shape, where in _POSTCODE_FIRST.items() if regions & set(where.split())]
    last = [shape for shape, where in _POSTCODE_LAST.items() if regions & set(where.split())]
    lowered = _lowered(every)
    starts = _starts_automaton(lowered)
    return Words(
        before=frozenset(before), after=frozenset(after), glued=frozenset(glued), weak=frozenset(weak),
        gate=re.compile(_alternation(every), re.IGNORECASE),
        gate_lower=re.compile(_alternation(lowered)),
        gate_starts=starts,
        bounded_lower=_bounded(before | after | cue, glued - cue),
        gate_starts_bounded=starts is not None and _lowered(before | after | cue) | _lowered(glued - cue) <= lowered,
        house=re.compile(r"(?:" + _alternation(house) + r")(?![^\W\d_])[ \t]*" if house else r"(?!)",
                         re.IGNORECASE),
        unit=re.compile(r"(?:" + _alternation(unit) + r")(?![^\W\d_])[ \t]*:?[ \t]*" if unit else r"(?!)",
                        re.IGNORECASE),
        postcode_first=re.compile(
            rf"{_SEPARATOR}(?<![\w-])(?:" + "|".join(first or [r"(?!)"]) + rf")(?![\w-])[ \t]+{_CITY}"),
        # the city first: "Springfield, IL 62704", "London SW1A 1AA", "São Paulo - SP, 01310-200"
        postcode_last=re.compile(
            rf"{_SEPARATOR}{_CITY}(?:[ \t]*[,-][ \t]*|[ \t]+)(?:[A-Z]{{2}}[ \t]*,[ \t]*)?(?<![\w-])(?:"
            + "|".join(last + first or [r"(?!)"]) + r")(?![\w-])"),
        cue=frozenset(cue),
        nouns=frozenset(w.lower() for entry in chosen for w in entry.get("not", [])),
        # (words of one letter left out: "b.", "m." are a house and a flat in Baku, and "B2, M3" are sizes elsewhere)
        numbered=frozenset(w.rstrip(".") for w in ((before | after) - weak) | house | unit if len(w.rstrip(".")) > 1),
        units=frozenset(w.rstrip(".") for w in unit - house),
        cjk=cjk,
    )


_WORDS: PerAudience[Words] = PerAudience(_compile)


def maybe(text: str) -> bool:
    """Cheap: a digit, and a street word or an address's introduction (`_INTRO`) of the audience's languages
    somewhere in the text."""
    fact = facts(text)
    if not fact.digits:
        return False
    words = _WORDS.get()
    if fact.lower is not None:  # ASCII: no flat ("кв") nor East Asian form, and street words only as `_around` keeps
        street = _bounded_street(fact.lower, words)
    else:
        gate, subject = _subject(text, fact.lower, words)
        street = _gate_search(gate, subject, 0, words) is not None
    return street or _bare_gate(text) or _INTRO.maybe_in(text) or _BOX.maybe_in(text)


def _subject(text: str, lower: str | None, words: Words) -> tuple[re.Pattern[str], str]:
    """The pattern and the text to look for street words in: the lowercase copy with the lowercase words (Python's
    re matches case-insensitively at a tenth of the speed), or the text itself case-insensitively where lowering
    changes its length ("İ" lowers to two characters) and the positions would no longer be the text's."""
    if lower is not None:
        return words.gate_lower, lower
    lowered = text.lower()
    if len(lowered) == len(text):
        return words.gate_lower, lowered
    return words.gate, text


def _starts_automaton(words: set[str]) -> ahocorasick.Automaton | None:
    """The words' parts before their first space (a space in a word matches any run of white space), as the keys of
    one Aho-Corasick automaton; None when a word starts with a space (no such part) or there are none."""
    if not words or any(not w or w[0].isspace() for w in words):
        return None
    # (a filler key, never met, would add a place where `_gate_search` matches the gate as `gate.search` would)
    return quick_automaton({key: len(key) for key in {w.split(" ", 1)[0] for w in words}}, 2)


#: The places found last: (subject, automaton, places), for `maybe` and `find` asking of the same text.
_LAST_STARTS: list[tuple[str, object, list[int]]] = [("", None, [])]


def _bounded_street(lower: str, words: Words) -> bool:
    """Whether one of `bounded_lower`'s patterns matches the lowercase copy of an ASCII text (`at_start` at its start,
    `after_other` anywhere, `glued` anywhere): each is matched at the places where a gate word may start only (the
    automaton's scan, which `find` reads again for the same text), not searched for at every position (two of them
    are tries of hundreds of words, some microseconds a sentence). The same answer: every word they match is one of the
    gate's words, so each of their matches starts at one of the places; `after_other`'s is a character that is no
    letter, digit or '_' followed by an `at_start` match."""
    at_start, after_other, glued = words.bounded_lower
    if not words.gate_starts_bounded:
        return (at_start.match(lower) is not None or after_other.search(lower) is not None
                or glued.search(lower) is not None)
    for at in _places(lower, words):
        if (at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_")) and at_start.match(lower, at) is not None:
            return True
        if glued.match(lower, at) is not None:
            return True
    return False


def _places(subject: str, words: Words) -> list[int]:
    """Where, ascending, a gate word may start in the subject (its part before a space occurs there): the places
    found last are kept, for `maybe` and `find` asking of the same text."""
    last = _LAST_STARTS[0]
    if last[1] is words.gate_starts and (last[0] is subject or last[0] == subject):
        return last[2]
    assert words.gate_starts is not None
    places = sorted({end - length + 1 for end, length in words.gate_starts.iter(subject)})
    _LAST_STARTS[0] = (subject, words.gate_starts, places)
    return places


def _gate_search(gate: re.Pattern[str], subject: str, pos: int, words: Words) -> re.Match[str] | None:
    """`gate.search(subject, pos)`, faster for `gate_lower`: the pattern, a trie of some hundreds of words whose first
    letters are most letters, is tried at nearly every position; here one scan of the subject (an Aho-Corasick
    automaton, C) finds where a word may start (its part before a space occurs there), and the pattern is matched at
    those places only, in order from `pos`: the first that matches is the leftmost match, the same match."""
    if gate is not words.gate_lower or words.gate_starts is None:
        return gate.search(subject, pos)
    places = _places(subject, words)
    for i in range(bisect.bisect_left(places, pos), len(places)):
        match = gate.match(subject, places[i])
        if match is not None:
            return match
    return None


def find(text: str) -> Iterator[Span]:
    words = _WORDS.get()
    lower = facts(text).lower
    # the pre-check's pattern finds the candidates (without look-arounds, which Python's re tries at every position);
    # whether each is a word of its own or glued to a name is decided here, on the few it finds
    gate, subject = _subject(text, lower, words)
    tokens: _Tokens | None = None
    found: list[Span] = []
    lowercase = text == text.lower()
    stretch = _STRETCH
    runs = _DigitRuns(text)
    pos = 0
    street_word = False  # a street word stands in the text as `_around` keeps one (what `maybe` says yes to)
    while (hit := _gate_search(gate, subject, pos, words)) is not None:
        # the next search starts one character on, not after the hit: "Laugavegur" holds "ave" and then "vegur"
        pos = hit.start() + 1
        span = _around(hit, text, words, runs)
        if span is None:
            continue
        street_word = True
        start, end, word, alone = span
        if tokens is None or max(0, start - _BACK) < tokens.lo or end + _AHEAD > tokens.hi:
            # the tokens of the stretch around this word and some beyond, which the next words reuse: each part
            # of the text is tokenized a bounded number of times
            tokens = _Tokens(text, words, lowercase, max(0, start - _BACK), end + _AHEAD + stretch)
            stretch = min(2 * stretch, 16 * _STRETCH)
        if word in words.cue:
            found_span = tokens.after_cue(start, end)
        elif alone:
            found_span = tokens.street(start, end, word)
            if found_span is None and start and text[start - 1] == "-" and word in words.glued:
                found_span = tokens.glued(start, end, word)  # "Kaiser-Wilhelm-Ring 12"
        else:
            found_span = tokens.glued(start, end, word)
        if found_span is not None:
            found.append(found_span)
            pos = max(pos, found_span[1])
    if _bare_gate(text):
        found.extend(_bare_streets(text, words))
    if _INTRO.maybe_in(text):
        found.extend(_introduced(text))
    if _BOX.maybe_in(text):
        found.extend(_introduced(text, _BOX, _BOX_NUMBER))
    if street_word and _PART_SEPARATOR.search(text) is not None:
        found.extend(_numbered_parts(text, words))
    if lower is None:
        if "кв" in text or "Кв" in text or "КВ" in text:
            found.extend(m.span() for m in _RU_FLAT.finditer(text))
        if words.cjk:
            found.extend(_east_asian(text, words))
    yield from _merge(found)


# a street named without a street word, its house number, then a postcode of an audience region and a city: "Ilica
# 242, 10000 Zagreb", "Hlavná 18, 040 01 Košice", "Ερμού 42, 105 63 Αθήνα" (Croatian, Slovak, Greek and Estonian
# streets are often bare names). The comma between a number and a digit is the cheap gate; a bounded pattern reads
# one to three capitalized words and the house number before it.
_BARE_GATE = re.compile(r"\d[^\W\d_]?[ \t]*,[ \t]*\d")
# what every match of it ends with, led by a literal: the engine skips to each comma at once (`_BARE_GATE`, led by a
# digit, is tried at every digit of the text)
_COMMA_DIGIT = re.compile(r",[ \t]*\d")


def _bare_gate(text: str) -> bool:
    """`_BARE_GATE.search(text) is not None`, at once for a text with no comma before a digit."""
    return _COMMA_DIGIT.search(text) is not None and _BARE_GATE.search(text) is not None


_BARE_NAME_WORD = rf"[{re.escape(_UPPER)}](?:[^\W\d_]|[{_MARKS}])+"
# (led by a look-ahead for the capital every name word starts with: the engine skips every other character at once)
_BARE = re.compile(rf"(?=[{re.escape(_UPPER)}])"
                   rf"(?<![^\W\d_])(?:{_BARE_NAME_WORD}[ \t]+){{0,2}}(?P<last>{_BARE_NAME_WORD})[ \t]+"
                   r"\d{1,5}[^\W\d_]?(?:[/-]\d{1,5}[^\W\d_]?)?(?=[ \t]*,[ \t]*\d)")  # "12/4", "60a-14"
_BARE_DIGITS = re.compile(r"[ \t]*,[ \t]*\d+[ \t]+[^\W\d_]")


def _bare_streets(text: str, words: Words) -> Iterator[Span]:
    """Bare street names before a postcode and a city. A postcode of digits alone (10000, 83209) proves less than a
    spaced or lettered one (100 00, 61-821, LV-1010): after it the street's last word must be no ordinary word of the
    audience's languages unless a person's name, as streets are named ("Chapter 5, 1200 Pages" stays, "Kralja
    Aleksandra 146, 11000 Beograd" goes)."""
    for match in _BARE.finditer(text):
        post = words.postcode_first.match(text, match.end())
        if post is None:
            continue
        last = match.group("last")
        if _BARE_DIGITS.match(text, match.end()) is not None and lexicon.load().common(last) \
                and not _named_after(last):
            continue
        end = post.end()
        if text[end - 1] == "." and _SENTENCE_END.search(text, end - 6, end) is not None:
            end -= 1  # a sentence's full stop after the city, not an abbreviation's ("Andalusia." / "St.")
        yield match.start(), end


_SENTENCE_END = re.compile(r"[^\W\d_]{4}\.(?!\S)")


def _named_after(word: str) -> bool:
    """The word is a person's first name or surname the lexicon holds, as written or in the genitive a street's name
    puts it in ("Kneza Miloša" is Miloš's, "Nikole Tesle" Nikola's): streets are named after people ("Kralja
    Aleksandra 146, 11000 Beograd"), whose names are frequent words too."""
    lex = lexicon.load()
    forms = (word, word[:-1], word[:-1] + "a") if len(word) >= 5 else (word,)
    return any(lex.first_rank(form) is not None or lex.last_rank(form) is not None for form in forms)


# --- after an address's introduction ------------------------------------------------------------------------------
# "My address is", "Toimitusosoite:", "배송지:" (cues/address_intro.toml): the rest of the clause is the address when
# it holds a number and a word, with or without a street word ("Rotuaari 318, 91630 Haukipudas", "Fátima 873, 07461
# Andalusia"). The clause ends at a line end, a semicolon, a question or exclamation mark, a dash between spaces,
# a full stop at the text's end or before a word, once a number was read (not after an abbreviation: "Apt. 871"),
# or after `_INTRO_REACH` characters.
_INTRO = FoldedCues("address_intro")
_INTRO_REACH = 120
_CLAUSE_END = re.compile(r"[\n;!?]|\s[-–—]\s|\.(?=\s*\Z|\s+[^\W\d_]{4})")
_ABBREVIATION = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\Z")
_INTRO_NUMBER = re.compile(r"\d")
# (a word of an Indic script holds vowel signs and viramas, which are marks, not letters: "চট্টগ্রাম", "आगरा")
_INTRO_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0dff]){2,}")
# a clause that is an email, a URL, a time or a price is no postal address
_NOT_POSTAL = re.compile(r"@|://|\d:\d\d|[$€£¥₽]")
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _introduced(text: str, phrases: FoldedCues | None = None, number: re.Pattern[str] | None = None) \
        -> Iterator[Span]:
    """The clause after each of the phrases (an address's introduction, or `_BOX`'s), when `number` (if given)
    follows the phrase."""
    for hit in (phrases or _INTRO).finditer(text):  # (the full pattern's matches, faster: `FoldedCues`)
        end = hit.end()
        if end < len(text) and text[end].isalpha() and text[end - 1].isalpha() and ord(text[end - 1]) < 0x3000:
            continue  # the cue is the start of a longer word ("boxing")
        if number is None or number.match(text, end) is not None:
            span = _clause(text, end)
            if span is not None:
                yield span


# "বাড়ি ১২, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫", "मकान नंबर 12, सेक्टर 15", "مکان نمبر 27، گلی 4" (house 12, road 7): where
# streets and houses are numbered, an address is its numbered parts, each a street, house or unit word and its
# number, two of them at least (one no unit's: "Room 12, Floor 3" is a hotel's) in one clause, a comma between
# or a space alone ("Blk 7 Lot 22, Phase 2"), in a text with a street word (issue 23, holdout10). Each part's word
# starts after a space or a comma (`(?<!…)`, led by a letter's class so the engine skips the rest at once), so the
# word is read once: linear.
_PART = re.compile(r"(?=[^\W\d_])(?<![^\s,،(/])(?P<word>[^\s\d,،.:;/]+)\.?[ \t]*"
                   r"(?:(?i:no|nr|नंबर|नं|نمبر|নং|নম্বর)\.?[ \t]*|[#№][ \t]*)?"
                   r"(?P<num>\d{1,5}(?:[/-]\d{1,5})?[^\W\d_]?)(?![\w/-])")
_PART_SEPARATOR = re.compile(r"\d[ \t]*[,،]")
#: How far apart two numbered parts may be (another part between them: "साईं कृपा अपार्टमेंट,"), and what they may not
#: span: a line's or a sentence's end.
_PART_GAP = 48
_PART_BREAK = re.compile(r"[\n;!?]|\.\s")
#: A postcode of digits (in any script's digits) after the parts, with up to three words of a town before it.
_PART_POSTCODE = re.compile(r"(?:[ \t]*[,،][ \t]*[^\s\d,،.;:]+(?:[ \t][^\s\d,،.;:]+){0,2}){0,2}[ \t]*[,،]?[ \t]*"
                            r"\d{4,6}(?![\w-])")


def _numbered_parts(text: str, words: Words) -> Iterator[Span]:
    chain: list[tuple[int, int, bool]] = []  # (start, end, a unit's part)
    for part in _PART.finditer(text):
        word = part.group("word").lower()
        if word not in words.numbered:
            continue
        if chain and (part.start() - chain[-1][1] > _PART_GAP
                      or _PART_BREAK.search(text, chain[-1][1], part.start()) is not None
                      or (part.start() - chain[-1][1] > 1
                          and not _PART_SEPARATOR.search(text, chain[-1][1] - 1, part.start()))):
            yield from _chained(text, chain)
            chain = []
        chain.append((part.start(), part.end(), word in words.units))
    yield from _chained(text, chain)


def _chained(text: str, chain: list[tuple[int, int, bool]]) -> Iterator[Span]:
    if len(chain) >= 2 and not all(unit for _, _, unit in chain):
        end = chain[-1][1]
        post = _PART_POSTCODE.match(text, end)
        yield chain[0][0], post.end() if post is not None else end


# "PO Box 2231, Fairbanks, AK 99707", "Postfach 10 11 22, 70010 Stuttgart" (cues/address_box.toml): the box's number
# right after its phrase, then the clause as after an introduction (a town or a postcode with it; a box number alone
# locates nobody)
_BOX = FoldedCues("address_box")
_BOX_NUMBER = re.compile(r"[ \t]*(?:[:#№]|no\.?|nr\.?)?[ \t]*\d")


def _clause(text: str, start: int) -> Span | None:
    """The address in the clause from `start` (after its introduction), or None: a number, a word of three letters
    and two tokens at least (one in a script written without spaces: "北京市朝阳区建国路88号")."""
    limit = min(len(text), start + _INTRO_REACH)
    stop = limit
    for end in _CLAUSE_END.finditer(text, start, limit):
        if end.group() == "." and (_INTRO_NUMBER.search(text, start, end.start()) is None
                                   or _ABBREVIATION.search(text, max(start, end.start() - 5), end.start())):
            continue  # "просп. Перемоги", "Apt. 871": a dot before the address's number, or an abbreviation's
        stop = end.start()
        break
    clause = text[start:stop]
    lead = len(clause) - len(clause.lstrip(" \t:：=-–—"))
    body = clause[lead:].rstrip(" \t,.")
    if not body or _INTRO_NUMBER.search(body) is None or _INTRO_WORD.search(body) is None \
            or _NOT_POSTAL.search(body) is not None:
        return None
    tokens = body.replace(",", " ").replace("،", " ").split()
    if len(tokens) < 2 and _UNSPACED_SCRIPT.search(body) is None:
        return None  # one token: a host name, a wallet, an IP ("Server address: db-12.internal")
    if not any(_placed(tokens, i) for i, token in enumerate(tokens) if _INTRO_NUMBER.search(token)):
        return None  # "Delivery address: see order 12": a number among ordinary words
    return start + lead, start + lead + len(body)


def _placed(tokens: list[str], i: int) -> bool:
    """A number of an address: a postcode's run of four digits or more, or a house number beside a name (a word
    with a capital, or in a script without case: "Fátima 873", "77002 Harrison", "743 (도윤윤이리)")."""
    if _POSTCODE_RUN.search(tokens[i]):
        return True
    return any(_named(tokens[k]) for k in (i - 1, i + 1) if 0 <= k < len(tokens))


def _named(token: str) -> bool:
    """A word with a capital, or in a script without case (`lexicon.uncased`)."""
    letters = [c for c in token if c.isalpha()]
    return bool(letters) and (letters[0].isupper() or lexicon.uncased(letters[0]))


_POSTCODE_RUN = re.compile(r"\d{4,}")


class _DigitRuns:
    """Where the text's digit runs are, found once on the first street word that stands as a word: whether a house
    number may be in reach of a street word is then a bisection, not a search of the stretch around each."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] | None = None
        self.ends: list[int] = []

    def near(self, start: int, end: int) -> bool:
        if self.starts is None:
            runs = list(_DIGITS.finditer(self.text))
            self.starts = [m.start() for m in runs]
            self.ends = [m.end() for m in runs]
        i = bisect.bisect_right(self.ends, start - _BACK)
        return i < len(self.starts) and self.starts[i] < end + _AHEAD


def _around(hit: re.Match[str], text: str, words: Words, runs: _DigitRuns) -> tuple[int, int, str, bool] | None:
    """A candidate street word as the detector reads it: its span, its lowercase form and whether it stands alone
    (a word of its own) or ends a word (glued to a name); None when it is neither, or no digit is in reach."""
    start, end = hit.span()
    word = " ".join(hit.group().lower().split())
    if word not in words.before and word not in words.after and word not in words.cue:
        return None
    if word[-1].isalnum() and end < len(text) and _in_word(text[end]):
        return None  # inside a word
    alone = start == 0 or not _in_word(text[start - 1])
    if alone and start and text[start - 1] in _NOT_BEFORE \
            and (text[start - 1] == "@" or _SPACED_ON.match(text, end) is None):
        return None  # inside a path or a Base64 token: "/st/", "+c/" ("/docs/Calle Mayor 12, …" goes on in words)
    if word[-1] == "/" and _GLUED_TOKEN.match(text, end) is not None:
        return None  # the start of a Base64 token ("c/fU2V+Qs/9WW…"): a street's name glued to "c/" is a word
    if not alone and (word not in words.glued or word in words.cue):
        return None
    if not runs.near(start, end):
        return None  # no house number in reach
    return start, end, word, alone


#: What follows an abbreviation's slash in a Base64 token, not a street's name: case changing inside a word of
#: letters and digits ("fU2V", "aB3c"), where a name is one capital then small letters ("C/Mayor").
_GLUED_TOKEN = re.compile(r"[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z]{2}[a-z]|\d[A-Za-z]+\d)")


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans as one, in order."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


class _Tokens:
    """The text as tokens (numbers, words, other characters), and the address forms read over them."""

    __slots__ = ("ends", "hi", "kinds", "lo", "lowercase", "starts", "text", "values", "words")

    def __init__(self, text: str, words: Words, lowercase: bool, lo: int, hi: int) -> None:
        """The tokens of text[lo:hi] (positions in the whole text): the stretch around a street word."""
        self.text = text
        self.words = words
        self.lo = lo
        self.hi = hi
        matches = list(_TOKEN.finditer(text, lo, hi))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.kinds = [m.lastgroup or "other" for m in matches]
        self.values = [m.group() for m in matches]
        # a text typed in lower case: its street names are in lower case too
        self.lowercase = lowercase

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """The first and last token inside [start, end) (first > last when none)."""
        a = bisect.bisect_left(self.starts, start)
        b = bisect.bisect_right(self.ends, end) - 1
        return a, b

    def at(self, pos: int) -> int:
        """The index of the first token starting at or after `pos`."""
        return bisect.bisect_left(self.starts, pos)

    # --- the pieces ---------------------------------------------------------------------------------------------

    def is_name(self, i: int, lowercase_ok: bool) -> bool:
        """Token i can be part of a street's name: a capitalized word, a particle, an ordinal ("5th Avenue"), a
        word of a script without case, a quotation mark ("бул. „Витоша“"); not a house-number word."""
        if i < 0 or i >= len(self.kinds):
            return False
        value = self.values[i]
        if self.kinds[i] == "num":
            return _ORDINAL.match(value) is not None
        if self.kinds[i] == "other":
            return value in _QUOTES
        if self.words.house.match(self.text, self.starts[i]) and i + 1 < len(self.kinds) and \
                self.values[i + 1] in (".", ":", "#", "º", "°"):
            return False  # "Jl. Sudirman No. 5": the house-number word ends the name
        lower = value.lower()
        first = value[0]
        if lower in _STOPS:
            return False
        if first.upper() == first.lower():  # a script without case
            return True
        if first.isupper():
            return True
        # "Triq ir-Repubblika", "rue d'Italie", "شارع al-Rashid": an article glued to a capitalized name
        return lowercase_ok or lower in _PARTICLES or any(c.isupper() for c in value[1:5])

    def is_comma(self, i: int) -> bool:
        return 0 <= i < len(self.kinds) and self.values[i] in _COMMAS

    def house_number(self, i: int, weak: bool, glued: bool = False) -> int | None:
        """The index of the last token of a house number starting at token i (after an optional house word)."""
        if i >= len(self.kinds):
            return None
        if self.kinds[i] != "num":
            marker = self.words.house.match(self.text, self.starts[i])
            if marker is None:
                return None
            i = self.at(marker.end())
            if i >= len(self.kinds) or self.kinds[i] != "num" or self.starts[i] > marker.end():
                return None
        if not self._plain_number(i, weak or self.lowercase, glued):
            return None  # in a text typed in lower case the number must end the phrase: "улица без номера 5 раз"
        return i

    def _plain_number(self, i: int, weak: bool, glued: bool = False) -> bool:
        value = self.values[i]
        end = self.ends[i]
        if value.startswith("0"):
            return False  # no house is numbered 0 or 007
        head = value.split("/")[0].split("-")[0]
        digits = len(head.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if digits > 5 or _NOT_HOUSE_AFTER.match(self.text, end) or (value.isdigit() and _YEAR.match(value)):
            return False  # a number too long for a house, a decimal, a price, a year ("Main Street 2024")
        if _DAY_OF_MONTH.get().match(self.text, end):
            return False  # a date's day: "Levering 1. aug. 2026" (a delivery), "Lieferung 3. Juli"
        if weak:
            return self._ends_phrase(i + 1)
        return glued or self._ends_phrase(i + 1, loose=True)

    def _ends_phrase(self, j: int, loose: bool = False) -> bool:
        """What follows a house number ends its phrase: nothing, punctuation, a capitalized word, a unit word; with
        `loose`, also a short lower-case word (a preposition: "Hauptstraße 5 in Berlin")."""
        if j >= len(self.kinds):
            return True
        if self.kinds[j] == "other":
            # not a colon: "Elm Street 3: Dream Warriors" is a title ("Calle Mayor 5: 2º" is rare)
            return self.values[j] != ":"
        if self.kinds[j] == "num":
            return True  # a postcode, a flat number
        value = self.values[j]
        if value[0].isupper() or value[0].upper() == value[0].lower():
            return True
        if self.words.unit.match(self.text, self.starts[j]) or value.lower() in _DIRECTIONS:
            return True
        return loose and len(value.rstrip(".")) <= _SHORT_AFTER

    def tail(self, i: int) -> int:
        """The end (a character offset) of the address whose house number is token i: with its units, its
        compass direction ("NW") and its postcode and city when they follow."""
        return self._rest(i + 1, self.ends[i], direction_first=False)

    def _after_name(self, last: int) -> int:
        """The end of an address whose street name ends at token `last` (the number came first): its compass
        direction, its units ("Apt 4"), its postcode and city."""
        return self._rest(last + 1, self.ends[last], direction_first=True)

    def _rest(self, j: int, end: int, direction_first: bool) -> int:
        if direction_first and j < len(self.kinds) and self.values[j].lower() in _DIRECTIONS \
                and self.values[j][0].isupper() and self.starts[j] - end <= 1:
            end, j = self.ends[j], j + 1
        for _ in range(_MAX_UNITS):
            k = j + 1 if self.is_comma(j) else j
            if k >= len(self.kinds):
                break
            unit = self.words.unit.match(self.text, self.starts[k])
            if unit is None:
                break
            n = self.at(unit.end())
            if n >= len(self.kinds) or self.kinds[n] != "num" or self.starts[n] - unit.end() > 1:
                break
            end, j = self.ends[n], n + 1
        if not direction_first and j < len(self.kinds) and self.values[j].lower() in _DIRECTIONS \
                and self.values[j][0].isupper() and self.starts[j] - end <= 1:
            end = self.ends[j]
        for pattern in (self.words.postcode_first, self.words.postcode_last):
            post = pattern.match(self.text, end)
            if post is not None:
                return post.end()
        return end

    def street(self, start: int, end: int, word: str) -> Span | None:
        """The address around a street word written as a word of its own, in the forms its language writes."""
        a, b = self.covering(start, end)
        if a > b:
            return None
        span = None
        if word in self.words.before:  # the number before the word first: "12 rue de la Paix, 75002 Paris"
            span = self.prefix_before(a, b, word) or self.prefix_after(a, b, word)
        if span is None and word in self.words.after:
            span = self.suffix_after(a, b, word) or self.suffix_before(a, b, word)
        return span

    def after_cue(self, start: int, end: int) -> Span | None:
        """After an address cue, a name and a house number with no street word: "adresa: Ilica 12, Zagreb",
        "адрес: Ленина 5", "Adresse : 3 Grand-Rue"; the cue itself stays."""
        a, b = self.covering(start, end)
        if a > b:
            return None
        j = b + 1
        while j < len(self.kinds) and j <= b + 2 and self.values[j] in ":=-–—":
            j += 1
        if j >= len(self.kinds):
            return None
        if self.kinds[j] == "num":  # the number first: "address: 12 Elm Grove"
            if not self._number_before(j, False, j + 1):
                return None
            names, capital = self._names_after(j + 1, False)
            if not capital or not self._cue_name(j + 1, names):
                return None
            return self.starts[j], self._after_name(j + names)
        names, capital = self._names_after(j, False)
        if not capital or not self._cue_name(j, names):
            return None
        k = j + names
        if self.is_comma(k):
            k += 1
        n = self.house_number(k, False)
        return None if n is None else (self.starts[j], self.tail(n))

    def _cue_name(self, j: int, names: int) -> bool:
        """A name after an address cue has a word of three letters at least that names no form field."""
        return any(len(self.values[k]) >= 3 and self.values[k].lower() not in _FIELD_WORDS for k in range(j, j + names))

    # --- the forms ----------------------------------------------------------------------------------------------

    def prefix_after(self, a: int, b: int, word: str) -> Span | None:
        """`ul. Ogrodowa 12/4`, `Calle Mayor, 5`, `ул. Ленина, д. 5`, `Calle 72 # 10-34`: the name, then the number."""
        weak = word in self.words.weak
        lowercase_ok = self.lowercase and not weak
        j = b + 1
        names, capital = self._names_after(j, lowercase_ok)
        j += names
        if names == 0:
            # a numbered street: "Calle 72 # 10-34", "Carrera 7 No. 71-21"
            if j + 1 < len(self.kinds) and self.kinds[j] == "num" and (
                    self.values[j + 1] in ("#", "№") or self.values[j + 1].lower().startswith("n")):
                n = self.house_number(j + 1, weak)
                if n is not None:
                    return self.starts[a], self.tail(n)
            return None
        if not capital:
            return None
        if self.is_comma(j):
            j += 1
        n = self.house_number(j, weak)
        if n is None:
            return None
        return self.starts[a], self.tail(n)

    def prefix_before(self, a: int, b: int, word: str) -> Span | None:
        """`12 rue de la Paix`, `3, place de la Concorde`, `15 شارع التحرير`: the number, the word, the name."""
        weak = word in self.words.weak
        i = a - 1
        if i > 0 and self.values[i].lower() in ("bis", "ter", "quater", "b"):
            i -= 1  # "14 bis rue Victor Hugo"
        if self.is_comma(i):
            i -= 1
        if i < 0 or self.kinds[i] != "num" or not self._number_before(i, weak, i + 1):
            return None
        lowercase_ok = self.lowercase and not weak
        names, capital = self._names_after(b + 1, lowercase_ok)
        j = b + 1 + names
        if not capital or (weak and not self._ends_phrase(j)) or (self.lowercase and names < 2):
            return None
        return self.starts[i], self._after_name(j - 1)

    def suffix_after(self, a: int, b: int, word: str) -> Span | None:
        """`Berliner Straße 12`, `Fő utca 5`, `Atatürk Cad. No: 5`: the name, the word, the number."""
        weak = word in self.words.weak
        first = self._names_before(a, weak)
        if first is None:
            return None
        j = b + 1
        if self.is_comma(j):
            j += 1
        n = self.house_number(j, weak)
        if n is None:
            return None
        end = self.tail(n)
        if weak and self.values[a][0].isupper() and end == self.ends[n] and n == j:
            # "Samsung Galaxy Ring 2", "Departure Gate 12.": an everyday word written as a name's part needs a
            # postcode, a flat or a house-number word to be a street ("Karl Johans gate 22" is written in lower case)
            return None
        return self.starts[first], end

    def suffix_before(self, a: int, b: int, word: str) -> Span | None:
        """`221B Baker Street`, `1600 Pennsylvania Avenue NW, Washington, DC 20500`: the number, the name, the word."""
        weak = word in self.words.weak
        first = self._names_before(a, weak)
        if first is None:
            return self._lowercase_before(a, b) if self.lowercase and not weak else None
        i = first - 1
        if self.is_comma(i) and i > 0 and self.kinds[i - 1] == "num" and not _YEAR.match(self.values[i - 1]):
            i -= 1
        if i < 0 or self.kinds[i] != "num" or not self._number_before(i, weak, first):
            return None
        if i > 0 and self.kinds[i - 1] == "word" and not self.values[i - 1].islower() \
                and "\n" not in self.text[self.ends[i - 1]:self.starts[i]] \
                and not self.words.unit.match(self.text, self.starts[i - 1]):
            return None  # a number after a capitalized word counts it: "Chapter 5 Main Street Blues", "iPhone 15 Pro"
        if weak and not self._ends_phrase(b + 1):
            return None
        return self.starts[i], self._after_name(b)

    def _lowercase_before(self, a: int, b: int) -> Span | None:
        """`i live at 12 baker street`: in a text typed in lower case, one or two words between a number and a street
        word that is no everyday word, the number at the phrase's start or after a short word ("at", "to")."""
        first = a
        while first > 0 and a - first < 2 and self.kinds[first - 1] == "word" and len(self.values[first - 1]) >= 2 \
                and self.values[first - 1] not in _STOPS:
            first -= 1
        i = first - 1
        if first == a or i < 0 or self.kinds[i] != "num" or not self._number_before(i, False, first):
            return None
        if i > 0 and self.kinds[i - 1] == "word" and len(self.values[i - 1]) > _SHORT_AFTER \
                and self.values[i - 1] not in self.words.cue:
            return None  # "we sold 12 units street price": a number after a verb or a noun counts something
        if not self._ends_phrase(b + 1, loose=True):
            return None
        return self.starts[i], self._after_name(b)

    def glued(self, start: int, end: int, word: str) -> Span | None:
        """`Hauptstraße 5`, `Kerkstraat 12`, `Storgatan 5`: the name glued to the word, then the number."""
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0 or self.kinds[k] != "word" or self.ends[k] not in (end, end - 1) or self.starts[k] == start:
            return None
        if self.values[k].lower() in self.words.nouns:
            return None  # "Sitzplatz 12": a seat
        stem = self.text[self.starts[k]:start].rstrip("-")
        if len(stem) < 2 or not stem[-1].isalpha():
            return None
        if not (stem[0].isupper() or self.lowercase):
            return None
        weak = word in self.words.weak
        j = self.at(end)
        if self.is_comma(j):
            j += 1
        # a compound street name ("Goethestraße", "Kerkstraat") is no everyday word: any word may follow its number
        n = self.house_number(j, weak, glued=True)
        if n is None:
            # "Kaiser-Wilhelm-Ring" is found as a word of its own too; here only the glued word counts
            return None
        first = k
        # "Berliner Hauptstraße 5": a capitalized word before the street's own goes with it
        if self.is_name(k - 1, False) and self.values[k - 1][0].isupper() \
                and self.values[k - 1].lower() not in _ARTICLES:
            first = k - 1
        return self.starts[first], self.tail(n)

    # --- helpers of the forms -------------------------------------------------------------------------------------

    def _names_after(self, j: int, lowercase_ok: bool) -> tuple[int, bool]:
        """How many name tokens start at token j (up to five), and whether one of them is a name word of two
        letters at least (not only particles and initials)."""
        names = 0
        capital = False
        while names < _NAMES_AFTER and self.is_name(j + names, lowercase_ok):
            value = self.values[j + names]
            capital = capital or (len(value) > 1 and value.lower() not in _PARTICLES and value not in _QUOTES)
            names += 1
        return names, capital

    def _names_before(self, a: int, weak: bool) -> int | None:
        """The first of up to four name tokens right before token a, with at least one capitalized; None if none."""
        i = a - 1
        first = None
        capital = False
        while i >= 0 and a - i <= 2 * _NAMES_BEFORE and (self.is_name(i, False) or self._abbreviation_dot(i)):
            value = self.values[i]
            if value.lower() in _PARTICLES and value[0].islower():
                break  # a name written before its street word has no particle: "Stanujem na Slovenski cesti 5"
            if value.lower() not in _PARTICLES and value != "." and value not in _QUOTES:
                capital = True
                first = i
            i -= 1
        if not capital or first is None:
            return None
        # the name next to the street word must be a word of two letters at least ("Terminal B Gate 12" stays)
        if len(self.values[a - 1].rstrip(".")) < 2:
            return None
        return first

    def _abbreviation_dot(self, i: int) -> bool:
        """Token i is the dot of a street word's abbreviation inside a longer name ("Moda Mah. Şair Nefi Sk.")."""
        if i < 1 or self.values[i] != "." or self.ends[i - 1] != self.starts[i]:
            return False
        word = self.values[i - 1].lower() + "."
        return word in self.words.before or word in self.words.after

    def _number_before(self, i: int, weak: bool, nxt: int) -> bool:
        """Token i is a house number written before the street: no decimal, no price, no year, no longer number."""
        value = self.values[i]
        if i > 0 and self.ends[i - 1] == self.starts[i] and self.values[i - 1] in ".,:$€£-+/" \
                and not (self.values[i - 1] == "/" and i > 1 and self.values[i - 2].isalpha()):
            return False  # (a path's segment is free text: "/docs/14 Bóthar na Trá, …")
        head = value.split("/")[0].split("-")[0]
        if len(head) > 6 or (weak and (len(head) > 4 or _YEAR.match(head))):
            return False
        if nxt >= len(self.starts) or self.starts[nxt] - self.ends[i] > 3:
            return False
        return not (self.values[i + 1] in _COMMAS and _YEAR.match(head))

def _east_asian(text: str, words: Words) -> Iterator[Span]:
    """Japanese, Chinese and Korean addresses: block numbers after a run of the script that ends a place."""
    # (each pattern is led by digits, tried at every digit of any text: first what its address cannot lack, a
    # character of the run before the block number, a road's "로" or "길")
    if ("ja" in words.cjk or "zh" in words.cjk) and _CJK_CHAR.search(text) is not None:
        for m in _JA_BLOCK.finditer(text):
            run = _CJK_RUN.search(text, max(0, m.start() - 24), m.start())
            if run is not None and any(unit in run.group() for unit in _JA_UNITS):
                start = run.start()
                mark = _JA_POSTMARK.search(text, max(0, start - 12), start)
                yield (mark.start() if mark else start), m.end()
        for m in _ZH_BLOCK.finditer(text):
            run = _CJK_RUN.search(text, max(0, m.start() - 24), m.start())
            if run is not None and run.group().endswith(_ZH_STREET_ENDS):
                yield run.start(), m.end()
    if "ko" in words.cjk and ("로" in text or "길" in text):
        for m in _KO_ROAD.finditer(text):
            road = m.group()
            name = road.rstrip("0123456789- ")
            if name.endswith("으로") or len(name) < 3:
                continue
            before = _KO_BEFORE.search(text, max(0, m.start() - 40), m.start())
            after = _KO_AFTER.match(text, m.end())
            yield (before.start() if before else m.start()), (after.end() if after else m.end())
