"""Keys that name an identifier: query parameters and free-text object keys whose values never leave.

A name or a password cannot be recognized by its shape, only by the key it sits under. These patterns
decide which keys are dropped whole (pipeline/treatments.py re-exports them as `IDENTIFIER_PARAM` and
`IDENTIFIER_KEY`; the name detector also uses `NAME_KEY` for `"fullName": "..."` inside a string):

- contact and account words: mail, phone, tel, mobile, user, login, address, card, ip, ssn, passport, birth...;
- secrets: password, passwd, pwd, secret, token, session, sid, auth, api key, access or private key,
  credentials, cookie, otp, cvv, пароль, токен;
- names in any language and convention: `name`, `full_name`, `customerName`, `lastName`, `first-name`,
  `fio`, `ФИО`, `имя`, `фамилия`, `отчество`, `surname`, `nickname`, `vorname`, `prénom`...

Deliberate exceptions, each with a test: a `name` qualified by what is plainly a thing and not a person
(`filename`, `hostname`, `event_name`, `product_name`, `button_name`, `page_name`...), `rename`, `namespace`,
`unnamed`; and a key whose last word is a measure of the value (`username_length`, `email_count`,
`password_min`): its value is a number or a flag, and whatever it is still passes the redactor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

# words that make "name" the name of a thing, not of a person
_THINGS = (
    "file", "host", "path", "class", "tag", "type", "event", "action", "page", "product", "item", "button", "field",
    "key", "table", "column", "domain", "server", "app", "application", "browser", "os", "device", "brand",
    "category", "metric", "route", "topic", "service", "bucket", "node", "pod", "container", "image", "index", "attr",
    "attribute", "param", "parameter", "method", "function", "func", "module", "package", "pkg", "project", "repo",
    "branch", "channel", "queue", "group", "role", "plan", "city", "country", "region", "company", "org",
    "organization", "team", "store", "shop", "site", "font", "color", "colour", "form", "step", "screen", "view",
    "layout", "template", "theme", "variant", "experiment", "campaign", "list", "job", "task", "queue", "cluster",
    "db", "database", "schema", "model", "feature", "flag", "setting", "option", "sheet", "tab", "section", "widget",
    "component", "element", "cookie", "header", "host", "base", "dir", "folder", "bundle", "lib", "library",
    "plugin", "extension", "release", "version", "build", "stage", "env", "environment", "zone", "locale", "lang",
    "language", "currency", "unit", "block", "slot", "placement", "creative", "ad", "adgroup", "utm", "source",
    "medium", "content", "term", "banner", "promo", "offer", "sku", "variable", "var", "label",
)
_PERSON_WORDS = (
    r"fio|ф\.?и\.?о|фио|имя|фамили[яи]|отчеств[оа]|surname|patronymic|nickname|vorname|nachname|pr[eé]nom|apellido|"
    r"nombre|cognome|given[_ .-]?name|family[_ .-]?name|middle[_ .-]?name|maiden[_ .-]?name"
)
_GENERIC_NAME = (
    r"(?=name)"
    + "".join(f"(?<!{re.escape(t)}{sep})" for t in dict.fromkeys(_THINGS) for sep in ("", "_", "-", "."))
    + r"(?<!re)(?<!un)name(?!space|server|d(?![a-z])|less)"
)
# the key's last word is a measure of the value, not the value: username_length, email_count, password_min
_MEASURE_LAST = r"^(?!.*?[_\-. ]?(?:length|len|count|cnt|size|valid|is_valid|present|changed|format|min|max|policy|" \
                r"strength|policy|rules?)\Z)"
_CONTACT_WORDS = (
    r"mail|phone|tel\b|mobile|user|uid\b|login|address|card|\bip\b|ssn|passport|birth|code\b|"
    r"почт|телефон|моб|адрес|паспорт|снилс|\bинн\b|рождени"
)
_CONFIDENTIAL_WORDS = (
    r"token|passw|pwd|\bpw\b|\bpass\b|secret|session|sid\b|auth|api[_-]?key|access[_-]?key|private[_-]?key|"
    r"\bkey\b|credential|cookie|\botp\b|\bcvv\b|\bcvc\b|\bpin\b|пароль|токен|секрет"
)



@dataclass(frozen=True, slots=True)
class KeyPattern:
    """A compiled key pattern with the interface callers use (`search`), its answers cached by key:
    keys repeat across events, and the pattern is long (about 20 µs a key uncached)."""

    regex: re.Pattern[str]
    search: Callable[[str], bool]

    @property
    def pattern(self) -> str:
        return self.regex.pattern


def _key_pattern(pattern: str) -> KeyPattern:
    regex = re.compile(pattern)

    @lru_cache(maxsize=16384)
    def search(key: str) -> bool:
        return regex.search(key.lower()) is not None

    return KeyPattern(regex, search)


#: Keys of a person's name in any language and convention (without the contact and secret words).
NAME_KEY = _key_pattern(rf"{_MEASURE_LAST}.*?(?:{_PERSON_WORDS}|{_GENERIC_NAME})")
#: Query parameter names that carry identifiers: their values never leave the pipeline.
IDENTIFIER_PARAM = _key_pattern(
    rf"{_MEASURE_LAST}.*?(?:{_CONTACT_WORDS}|{_CONFIDENTIAL_WORDS}|{_PERSON_WORDS}|{_GENERIC_NAME})")
#: Keys of free-text objects (properties, unknown keys) whose values never leave the pipeline: the parameters'
#: words and precise coordinates.
IDENTIFIER_KEY = _key_pattern(IDENTIFIER_PARAM.pattern + r"|^(?:lat|lon|lng|latitude|longitude|coords?|geo|gps)$")
