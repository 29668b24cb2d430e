"""Names of people in prose, best effort (policy 1.3.1): after a cue, in a few common contexts, and Russian
full names anywhere.

- After a cue ("меня зовут", "my name is", "ФИО:", "Mr.", "г-жа", "Dear", "с уважением,", "signed:"): the next
  one to four capitalized words or initials go, with the particles between them ("María José García López",
  "Ludwig van Beethoven"); after "my name is" and "меня зовут" the next word goes even in lower case, unless it
  is a function word ("my name is not important" stays).
- A sign-off ("Best wishes,", "Thanks,", "Cheers,", "Kind regards") followed by a name alone on its line or at the
  end of the text: "Best wishes,\\nTimothy Wexford\\nAccounts".
- A Latin full name (a first name and one to three more capitalized words) after a role word ("Customer Jürgen
  Müller", "patient", "agent", "assignee"), after a verb of contact ("assigned to Sarah O'Connor", "spoke with",
  "reported by", "cc"), or before one ("Michael Johnson called about the refund", "wrote", "complained"). The first
  word must be a first name of the lists that Faker (a maintained package on PyPI) ships for English, German,
  French, Spanish, Italian, Portuguese, Dutch and Polish, also without its accents ("Jurgen"): so "Customer
  Service called" and "Google Cloud reported" stay.
- Anywhere: two or three capitalized Cyrillic words that pymorphy3's dictionary (OpenCorpora, shipped
  with the package) tags as a first name, a surname or a patronymic, in any case form ("Иванова Мария
  Петровна", "Ивану Петрову", "Смирнов И. И."): a first name or patronymic and one more name part, or a
  surname with initials. Ordinary capitalized words ("Москва", "Спасибо") are not name parts.
- A Russian first name alone in direct address, which pymorphy3 tags as a first name: "Спасибо, Алексей!",
  "Алексей, спасибо", "Здравствуйте, Мария.".

Latin names with no cue and no such context ("John Smith" alone) are not caught: by shape they are "Hello World".
Name-bearing keys (`fio`, `lastName`) are dropped whole by pipeline/treatments.py before any text reaches this
detector; inside text, `"fullName": "..."` is caught here, but not a cloud resource's `AccountName=` in a
connection string.

Memory: pymorphy3's dictionary (about 28 MB) is loaded on the first Cyrillic capitalized pair or direct address,
and Faker's first-name lists (about 9 MB of process memory, half a second once) on the first Latin full name in
one of the contexts above; neither at import.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pipeline.privacy.detectors._common import Span, facts, literal_alternation
from pipeline.privacy.detectors.keys import NAME_KEY

KIND = "name"


def _letters(upper: bool) -> str:
    """A character class body of the upper- or lower-case letters of Latin (with its accented letters) and Cyrillic."""
    ranges: list[tuple[int, int]] = []
    for cp in (*range(0x41, 0x250), *range(0x400, 0x460)):
        ch = chr(cp)
        if ch.isalpha() and (ch.isupper() if upper else ch.islower()):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UP = _letters(upper=True)
_LO = _letters(upper=False)
# a capitalized name word: Smith, Müller, O'Connor, McDonald, Jean-Luc, Smith-Jones
_WORD = rf"(?:[{_UP}]['’])?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:[-'’][{_UP}]?[{_LO}]+)?"
_INITIAL = r"[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?"
_PART = rf"(?:{_WORD}|{_INITIAL})"
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|y|e|bin|ibn|al|ter|ten|zu|af)"
_SPACE = r"[ \t]+"
_NEXT = rf"{_SPACE}(?:{_PARTICLE}{_SPACE})?"
_CUE = re.compile(
    r"(?<!\w)(?:(?:меня\s+зовут|зовут|мо[её]\s+имя|my\s+name\s+is|name\s+is|i\s+am\s+called|call\s+me|"
    r"с\s+уважением|regards|sincerely|signed(?:\s+by)?|mr|mrs|ms|miss|dr|prof|г-н|г-жа|господин|госпожа|"
    r"гражданин|гражданка|уважаем(?:ый|ая)|dear)\.?(?![^\W\d_])\s*[:,\-—]?"
    r"|(?:фио|ф\.и\.о\.|full[\s_-]?name|first[\s_-]?name|last[\s_-]?name|surname|фамилия|имя|отчество|name|"
    r"contact(?:\s+person)?|контакт|контактное\s+лицо|клиент|customer|получатель|recipient|отправитель|sender|заказчик|"
    r"автор|author|пациент|patient)(?![^\W\d_])\s*[:=—]|(?:фио|ф\.и\.о\.)(?![^\W\d_]))\s*",
    re.IGNORECASE,
)
# weak cues ("I'm", "this is", "я"): only a full name (two capitalized words) after them is taken
_WEAK_CUE = re.compile(r"(?<![^\W\d_])(?:i'm|i’m|i\s+am|this\s+is|it's|here\s+is|это|я|je\s+suis|ich\s+bin|"
                       r"soy|me\s+llamo|je\s+m'appelle|ich\s+heiße)\s+(?=[A-ZА-ЯЁ])", re.IGNORECASE)
_FULL_NAME = re.compile(rf"{_WORD}(?:{_NEXT}{_WORD}){{1,3}}")
# a sign-off, then a name alone on its line (or at the end): "Best wishes,\nTimothy Wexford\nAccounts"
_SIGN_OFF = re.compile(
    r"(?<!\w)(?:best(?:\s+wishes|\s+regards)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|many\s+thanks|thanks|"
    r"thank\s+you|cheers|yours(?:\s+(?:truly|sincerely|faithfully))?|respectfully|cordially|with\s+thanks|"
    r"всего\s+доброго|с\s+наилучшими\s+пожеланиями|спасибо)[ \t]*(?:[,!.][ \t]*)?\r?\n[ \t]*",
    re.IGNORECASE,
)
_LINE_END = re.compile(r"[ \t]*(?:[,.][ \t]*)?(?:\r?\n|\Z)")
# a role word or a verb of contact before a Latin full name, or a verb of contact after it
_ROLE = (r"customer|client|user|patient|caller|agent|manager|employee|courier|driver|tenant|guest|passenger|buyer|"
         r"seller|owner|applicant|candidate|reviewer|assignee|reporter|requester|requestor|colleague|member|subscriber|"
         r"student|teacher|doctor|nurse|technician|engineer|operator|representative|rep|contact|recipient|sender|"
         r"author|landlord|account\s+holder|cardholder|card\s+holder|holder")
_CONTACT_BEFORE = (r"assigned\s+to|escalated\s+to|forwarded\s+to|transferred\s+to|handed\s+(?:over\s+)?to|sent\s+to|"
                   r"reported\s+by|created\s+by|opened\s+by|closed\s+by|approved\s+by|requested\s+by|submitted\s+by|"
                   r"signed\s+by|reviewed\s+by|handled\s+by|spoke\s+(?:with|to)|talked\s+(?:with|to)|"
                   r"speak\s+(?:with|to)|contacted|emailed|phoned|called|messaged|cc|attn\.?|attention|on\s+behalf\s+of|"
                   r"ask\s+for|asked\s+for")
_CONTACT_AFTER = (r"called|calls|phoned|rang|wrote|writes|emailed|e-mailed|messaged|texted|complained|complains|"
                  r"reported|asked|requested|said|says|replied|responded|mentioned|confirmed|cancell?ed|ordered|paid|"
                  r"visited|contacted|reached\s+out|left\s+a|filed|opened|disputed|claims|claimed|wants|wanted|"
                  r"is\s+asking|has\s+asked|will\s+call|needs|signed")
_CONTEXT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_ROLE}|{_CONTACT_BEFORE})[ \t]*(?:[:#-][ \t]*)?"
                             rf"(?=(?:[{_UP}]['’])?[{_UP}])", re.IGNORECASE)
_CONTEXT_AFTER = re.compile(rf"({_WORD}(?:{_NEXT}{_WORD}){{1,3}}){_SPACE}(?:{_CONTACT_AFTER})(?![^\W\d_])")
#: What the orchestrator's first look (pipeline/privacy/redact.py) must let through for this detector's Latin contexts:
#: a sign-off's line break, two capitalized words in a row (non-ASCII text passes that look anyway).
PRE_CHECK = r"\n|[A-Z][a-z]+[ \t]+[A-Z]"
_SPACED_WORD = re.compile(r"\S+")
_LATIN_PAIR = re.compile(rf"[{_UP}][{_LO}]+{_SPACE}(?:[{_UP}]['’])?[{_UP}]")
_CONTEXT_CUE = re.compile(rf"(?<![^\W\d_])(?:{_ROLE}|{_CONTACT_BEFORE}|{_CONTACT_AFTER})(?![^\W\d_])", re.IGNORECASE)
# a name-bearing key inside the text: {"fullName": "Jane Miller"}, customer_name=Jane+Miller, ФИО: ...
_KEY_SEP = r"(?P<key>(?<![\w.-])[^\W\d][\w.-]{0,40})[\"']?\s*(?::=|=>|=|:)\s*"
_VALUE = (r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})'"
          r"|(?P<bare>[^\s\"'&;,}\]<>]+(?:[ +][A-ZА-ЯЁ][\w'’-]+){0,2}))")
_KEYED = re.compile(_KEY_SEP + _VALUE)
# its halves, matched apart by `_keyed`: a value is read only after a key that names a person, so keys in a row
# ("a:a:a:...", each one's bare value running to the end) are not each read to the end (issue 23: quadratic time)
_KEY = re.compile(_KEY_SEP)
_KEY_VALUE = re.compile(_VALUE)
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[а-яё]+|[А-ЯЁ][а-яё]*|\d+")
# the resource names of a connection string (Azure's AccountName=...;AccountKey=...) are no person's
_CONNECTION_STRING = re.compile(r"(?:DefaultEndpointsProtocol|AccountKey|SharedAccessKey|EndpointSuffix|BlobEndpoint)=",
                                re.IGNORECASE)
# labels whose value is a name whatever its case ("name: john"); other labels ("contact:") need capitals
_NAME_LABEL = re.compile(r"(?:фио|ф\.и\.о\.|full[\s_-]?name|first[\s_-]?name|last[\s_-]?name|surname|фамилия|имя|"
                         r"отчество|name)\s*[:=—]", re.IGNORECASE)
_LOWER_AFTER = re.compile(r"меня\s+зовут|зовут|мо[её]\s+имя|my\s+name\s+is|name\s+is|call\s+me", re.IGNORECASE)
_AFTER_CUE = re.compile(rf"{_PART}(?:{_NEXT}{_PART}){{0,3}}")
_LOWER_WORD = re.compile(r"[a-zа-яё][a-zа-яё'-]+")
_STOP = frozenset({
    "not", "a", "an", "the", "is", "was", "none", "unknown", "here", "and", "or", "of", "to", "in", "on", "for",
    "не", "и", "или", "в", "на", "по", "это", "так", "как", "неизвестно", "нет", "никак", "этот", "тот",
})
# words a cue may be followed by that are no names (titles, greetings)
_NOT_NAMES = frozenset({"Please", "Thanks", "Thank", "Hello", "Hi", "Sir", "Madam", "Customer", "Client", "User",
                        "Пожалуйста", "Спасибо", "Здравствуйте", "Привет", "Клиент", "Пользователь", "Коллеги",
                        "Друзья", "Support", "Team", "Команда", "Admin", "Administrator", "The", "Our", "Your", "All",
                        "Everyone", "Service", "Services", "Sales", "Billing", "Accounts", "Account", "Dept",
                        "Department", "Management", "Staff", "Customers", "Clients", "Users",
                        "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof"})
_CYRILLIC_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|"
                           r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)){1,2}|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+")
_PAIR = re.compile(r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ]|[А-ЯЁ]\.\s?[А-ЯЁ]")
_CYR_INITIAL = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")
# a Russian first name alone in direct address: "Спасибо, Алексей!", "Алексей, спасибо", "Здравствуйте, Мария."
_ADDRESS_WORDS = (r"спасибо|благодарю|привет|здравствуй(?:те)?|добрый\s+(?:день|вечер)|доброе\s+утро|"
                  r"пожалуйста|извините|простите|подскажите|скажите|помогите|дорог(?:ой|ая)")
_DIRECT_ADDRESS = re.compile(
    rf"(?<![^\W\d_])(?:{_ADDRESS_WORDS})[ \t]*,[ \t]*(?P<after>[А-ЯЁ][а-яё]+)(?=[ \t]*(?:[!,.?;)]|\Z))"
    rf"|(?:^|(?<=[.!?\n])[ \t]*|(?<=^[ \t]))(?P<before>[А-ЯЁ][а-яё]+)[ \t]*,[ \t]*(?:{_ADDRESS_WORDS})(?![^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)
_ADDRESS_CUE = re.compile(rf"(?<![^\W\d_])(?:{_ADDRESS_WORDS})(?![^\W\d_])", re.IGNORECASE)
# the last words of organizations and places that start with a first name
_ORGANIZATION_WORDS = frozenset({
    "Bank", "Group", "Inc", "Ltd", "LLC", "Corp", "Corporation", "Company", "Co", "Team", "Support", "Service",
    "Services", "Cloud", "Airlines", "Airways", "Insurance", "University", "College", "School", "Hospital", "Clinic",
    "Store", "Stores", "Shop", "Energy", "Motors", "Labs", "Systems", "Technologies", "Solutions", "Partners",
    "Foundation", "Institute", "Agency", "Department", "Office", "Center", "Centre", "Street", "Road", "Avenue",
    "Station", "Airport", "Park", "Hotel", "Pharmacy", "Express", "Logistics", "Media", "Studio", "Studios",
    "Capital", "Holdings", "Health", "Care", "Financial", "Finance", "Pay", "Bot", "App", "Desk", "Helpdesk",
})
# the cues above as lowercase ASCII text can hold them (their Cyrillic words cannot be in it), matched case-sensitively
# on the text's lowercase copy: the same answer as the case-insensitive patterns for ASCII text, many times faster
_CUE_ASCII = re.compile(
    r"(?<!\w)(?:(?:my\s+name\s+is|name\s+is|i\s+am\s+called|call\s+me|regards|sincerely|signed(?:\s+by)?|mr|mrs|ms|"
    r"miss|dr|prof|dear)\.?(?![^\W\d_])"
    r"|(?:full[\s_-]?name|first[\s_-]?name|last[\s_-]?name|surname|name|contact(?:\s+person)?|customer|recipient|"
    r"sender|author|patient)(?![^\W\d_])\s*[:=—])")
_WEAK_CUE_ASCII = re.compile(r"(?<![^\W\d_])(?:i'm|i\s+am|this\s+is|it's|here\s+is|je\s+suis|ich\s+bin|soy|me\s+llamo|"
                             r"je\s+m'appelle)\s+(?=[a-z])")
_SIGN_OFF_ASCII = re.compile(
    r"(?<!\w)(?:best(?:\s+wishes|\s+regards)?|kind(?:est)?\s+regards|warm(?:est)?\s+regards|many\s+thanks|thanks|"
    r"thank\s+you|cheers|yours(?:\s+(?:truly|sincerely|faithfully))?|respectfully|cordially|with\s+thanks)"
    r"[ \t]*(?:[,!.][ \t]*)?\r?\n[ \t]*")
_CONTEXT_CUE_ASCII = re.compile(rf"(?<![^\W\d_])(?:{_ROLE}|{_CONTACT_BEFORE}|{_CONTACT_AFTER})(?![^\W\d_])")
# the literal words each of them needs, found fast: the labels ("contact", "customer"...) only count with the ':' or
# '=' they need after them (ASCII text has no '—'), and a weak cue's "am", "is"... stand between spaces ("i am",
# "this is"), not inside words ("example", "this")
_CUE_ASCII_WORD = re.compile(literal_alternation(
    ("name", "call", "regards", "sincerely", "signed", "mr", "ms", "miss", "dr", "prof", "dear", "contact", "customer",
     "recipient", "sender", "author", "patient")))
_CUE_ASCII_UNLABELLED_WORD = re.compile(literal_alternation(
    ("name", "call", "regards", "sincerely", "signed", "mr", "ms", "miss", "dr", "prof", "dear")))
_WEAK_CUE_ASCII_WORD = re.compile(r"i'm|it's|soy|appelle|\s(?:am|is|suis|bin|llamo)\s")
_GLUED_DASH = re.compile(r"\w-\s*\Z")
_MORPH: list[Any] = []
_FIRST_NAMES: list[frozenset[str]] = []
#: Faker's locales whose first names are read (Latin-script names of the languages logwarden's users write in).
FIRST_NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_PT", "pt_BR", "nl_NL", "pl_PL")


def maybe(text: str) -> bool:
    """Cheap: a cue word, a context word, or two capitalized Cyrillic words in a row."""
    lower = facts(text).lower
    if lower is not None:  # ASCII: no Cyrillic pair, no Russian address; the cues on the lowercase copy
        labelled = "=" in text or ":" in text
        return ((_CUE_ASCII_WORD if labelled else _CUE_ASCII_UNLABELLED_WORD).search(lower) is not None
                and _CUE_ASCII.search(lower) is not None) \
            or (_WEAK_CUE_ASCII_WORD.search(lower) is not None and _WEAK_CUE_ASCII.search(lower) is not None) \
            or (labelled and _KEYED.search(text) is not None) \
            or ("\n" in text and _SIGN_OFF_ASCII.search(lower) is not None) \
            or (_LATIN_PAIR.search(text) is not None and _CONTEXT_CUE_ASCII.search(lower) is not None)
    return _PAIR.search(text) is not None or _CUE.search(text) is not None or _WEAK_CUE.search(text) is not None \
        or (("=" in text or ":" in text) and _KEYED.search(text) is not None) \
        or ("\n" in text and _SIGN_OFF.search(text) is not None) \
        or (_LATIN_PAIR.search(text) is not None and _CONTEXT_CUE.search(text) is not None) \
        or (not text.isascii() and _ADDRESS_CUE.search(text) is not None)


def find(text: str) -> Iterator[Span]:
    for cue in _CUE.finditer(text):
        span = _after_cue(text, cue)
        if span is not None:
            yield span
    for cue in _WEAK_CUE.finditer(text):
        full = _FULL_NAME.match(text, cue.end())
        if full is not None and full.group().split()[0] not in _NOT_NAMES:
            yield full.span()
    if "\n" in text:
        for cue in _SIGN_OFF.finditer(text):
            match = _AFTER_CUE.match(text, cue.end())
            if match is not None and match.group().split()[0] not in _NOT_NAMES \
                    and _LINE_END.match(text, match.end()):
                yield match.span()
    if _LATIN_PAIR.search(text):
        yield from _in_context(text)
    if "=" in text or ":" in text:
        yield from _keyed(text)
    if _PAIR.search(text):
        for match in _CYRILLIC_RUN.finditer(text):
            if _full_name(match.group()):
                yield match.span()
    if not text.isascii() and _ADDRESS_CUE.search(text):
        for match in _DIRECT_ADDRESS.finditer(text):
            group = "after" if match.group("after") is not None else "before"
            if _name_tag(match.group(group)) == "Name":
                yield match.span(group)


def _in_context(text: str) -> Iterator[Span]:
    """Latin full names after a role word or a verb of contact, or before a verb of contact, whose first word is a
    known first name."""
    for cue in _CONTEXT_BEFORE.finditer(text):
        full = _FULL_NAME.match(text, cue.end())
        if full is not None and _first_name(full.group()):
            yield full.span()
    for match in _CONTEXT_AFTER.finditer(text):
        # "The Support Team Michael Johnson called": the name starts at the first word that is a first name
        for word in _SPACED_WORD.finditer(match.group(1)):
            if word.end() < len(match.group(1)) and _first_name(match.group(1)[word.start():]):
                yield match.start(1) + word.start(), match.end(1)
                break


def _first_name(words: str) -> bool:
    """The first word is a known first name ("Jean-Luc" by its "Jean"), and no word names an organization or a
    place ("Chase Bank", "Victoria Station")."""
    parts = words.split()
    if any(p in _ORGANIZATION_WORDS for p in parts):
        return False
    names = _first_names()
    first = parts[0]
    return any(f in names or _unaccented(f) in names for f in (first, first.split("-", 1)[0]))


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _first_names() -> frozenset[str]:
    if not _FIRST_NAMES:
        # Faker's person providers: about 9 MB and half a second, once, on the first full name in a context
        import importlib

        names: set[str] = set()
        for locale in FIRST_NAME_LOCALES:
            try:
                provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
            except ImportError:
                continue
            for attribute in ("first_names", "first_names_male", "first_names_female"):
                names.update(str(n) for n in getattr(provider, attribute, ()) or ())
        names -= _NOT_NAMES
        _FIRST_NAMES.append(frozenset(names | {_unaccented(n) for n in names}))
    return _FIRST_NAMES[0]


def _keyed(text: str) -> Iterator[Span]:
    connection_string = _CONNECTION_STRING.search(text) is not None
    pos = 0
    while (match := _KEY.search(text, pos)) is not None:
        pos = match.end("key")
        key = match.group("key")
        if NAME_KEY.search(key) and _key_like(key) and not (connection_string and "account" in key.lower()) \
                and (value := _KEY_VALUE.match(text, match.end())) is not None:
            group = "dq" if value.group("dq") is not None else "sq" if value.group("sq") is not None else "bare"
            yield value.span(group)
            pos = value.end()


def _key_like(key: str) -> bool:
    """A key people name: words of two letters or more in any convention (`fullName`, `customer_name`, `ФИО`), not
    a random token that happens to hold "fio" (`cXGUhjbfioDqdD`)."""
    words = _KEY_WORD.findall(key)
    return 0 < len(words) <= 6 and all(len(w) >= 2 or w.isdigit() for w in words)


def _after_cue(text: str, cue: re.Match[str]) -> Span | None:
    start = cue.end()
    match = _AFTER_CUE.match(text, start)
    if match is not None:
        words = match.group().split()
        # a title or a word glued to what follows ("MS-YnSUzUCkf2p7" in a random token) introduces no name
        glued = (match.end() < len(text) and (text[match.end()] == "_" or text[match.end()].isalnum())) \
            or _GLUED_DASH.search(cue.group()) is not None
        if words and words[0].rstrip(".") not in _NOT_NAMES and not glued:
            return match.span()
    if _LOWER_AFTER.match(cue.group()) or _NAME_LABEL.match(cue.group()):
        lower = _LOWER_WORD.match(text, start)
        if lower is not None and lower.group() not in _STOP:
            return lower.span()
    return None


def _full_name(run: str) -> bool:
    parts = run.replace(".", ". ").split()
    words = [p for p in parts if not _CYR_INITIAL.fullmatch(p)]
    initials = len(parts) - len(words)
    tags = [_name_tag(w) for w in words]
    named = [t for t in tags if t]
    if initials and len(words) == 1:
        return "Surn" in named
    if len(named) < 2:
        return False
    return any(t in ("Name", "Patr") for t in named) and len(named) >= len(words) - (1 if len(words) == 3 else 0)


@lru_cache(maxsize=65536)
def _name_tag(word: str) -> str | None:
    """'Name', 'Surn' or 'Patr' when the word's likely readings are a name part of a person, else None."""
    morph = _analyzer()
    best = None
    score = 0.0
    for parse in morph.parse(word):
        tag = parse.tag
        for grammeme in ("Name", "Patr", "Surn"):
            if grammeme in tag:
                if best is None:
                    best = grammeme
                score += parse.score
                break
    return best if score >= 0.3 else None


def _analyzer() -> Any:
    if not _MORPH:
        # 28 MB of dictionaries, loaded only when Cyrillic names may be present
        import pymorphy3

        _MORPH.append(pymorphy3.MorphAnalyzer())
    return _MORPH[0]
