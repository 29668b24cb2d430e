"""Secrets in free text: JWTs, bearer and basic tokens, PEM private keys, credentials in URLs,
well-known token formats (cloud and code-hosting keys), and the values of secret-named keys.

Only the secret goes: `Authorization: Bearer [secret]`, `https://[secret]@host/path`, `password=[secret]&page=2`
keep the word that says what was there. A value that is already a marker, a placeholder or empty is left.
Secret-named keys are recognized by their words in any convention (`db_password`, `X-Api-Key`, `userPassword`,
`"client_secret": "..."` inside a JSON string, `session=...` in a cookie string, `пароль: ...`), and a password after
its word in any language of the audience with a ':' or '=' (`cues/password.toml`: "mot de passe : ...", "hasło: ...",
"şifre: ...", "密码：...", "비밀번호: ..."), in prose and in a query alike (`?q=password:hunter2`).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from itertools import pairwise

import ahocorasick

from pipeline.privacy import cues
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import Span, facts, literal_alternation
from pipeline.privacy.detectors._cue_gate import CueGate, folded

KIND = "secret"

_JWT = re.compile(r"(?<![\w-])e[wy][A-Za-z0-9_-]{8,}\.e[wy][A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?(?![\w-])")
_BEARER = re.compile(r"\b(?:bearer|basic|token|digest|apikey|api[\s_-]key"
                     r"|(?:access|secret|auth|bot|private)[\s_-](?:key|token))\s+(?P<value>[A-Za-z0-9._~+/=-]{8,})",
                     re.IGNORECASE)
_PEM = re.compile(r"-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?"
                  r"(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)", re.DOTALL)
_URL_CREDENTIALS = re.compile(r"(?<![\w.+-])[a-z][a-z0-9+.-]{1,15}://(?P<value>[^\s/?#@:\"'<>]*:[^\s/?#@\"'<>]+)@",
                              re.IGNORECASE)
_KNOWN = re.compile(
    r"(?<![\w-])(?:"
    r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}"  # AWS access key ids, every prefix
    r"|gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"  # GitHub
    r"|gl(?:pat|dt|ptt|rt|cbt|imt|oas|soat|ffct|agent)-[A-Za-z0-9_-]{20,}"  # GitLab
    r"|xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{20,}"  # Slack
    r"|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}"  # Stripe keys, webhook secrets
    r"|(?:SK|AC)[0-9a-f]{32}"  # Twilio API key, account SID
    r"|key-[0-9a-f]{32}"  # Mailgun
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r"|ya29\.[0-9A-Za-z_-]{20,}"  # Google OAuth token
    # OpenAI, Anthropic
    r"|sk-(?:proj|ant-api\d\d|ant-admin\d\d|ant|svcacct|admin)-[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9]{48}"
    r"|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"  # SendGrid
    r"|npm_[A-Za-z0-9]{36}|pypi-[A-Za-z0-9_-]{50,}"  # package registries
    r"|HRKU-[A-Za-z0-9_-]{30,}"  # Heroku
    r"|hf_[A-Za-z0-9]{30,}"  # Hugging Face
    r"|do[por]_v1_[a-f0-9]{64}"  # DigitalOcean
    r"|shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"  # Shopify
    r"|PMAK-[a-f0-9]{24}-[a-f0-9]{34}"  # Postman
    r"|lin_api_[A-Za-z0-9]{40}"  # Linear
    r"|dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,}"  # Doppler
    r"|dapi[a-f0-9]{32}(?:-\d)?"  # Databricks
    r"|sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}"  # Square
    r"|[0-9a-f]{32}-us\d{1,2}"  # Mailchimp
    r"|AGE-SECRET-KEY-1[0-9A-Z]{58}"  # age
    r"|hooks\.slack\.com/services/[A-Za-z0-9/]+|discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_-]+"  # webhooks
    r"|y0_Ag[A-Za-z0-9_-]{38,}|AQAAAA[A-Za-z0-9_-]{30,}"  # Yandex OAuth
    r")(?![\w-])"
    # a Telegram bot token: the bot's number, ':' and 35 characters, the whole of it (also glued: /bot123:AA...)
    r"|(?<!\d)\d{6,12}:[A-Za-z0-9_-]{35}(?![\w-])"
)
_CONFIDENTIAL_WORDS = (
    r"password|passwd|passwort|passphrase|pass|pwd|pw|secret|token|apikey|api_?key|access_?key|private_?key|"
    r"secret_?key|client_?secret|auth|authorization|credentials?|session|sessionid|sid|jsessionid|phpsessid|"
    r"cookie|otp|pin|cvv|cvc|пароль|токен|секрет|пин|key"
)
#: What ends a bare (unquoted) value: a space, a quote, or a separator of pairs, tags or lists
VALUE_ENDS = "\\s\"'&;,<>"
# the separator is `\s*(?::=|=>|=|:|\s+is\s+|\s+—\s+)\s*` written so that no two runs of spaces meet (those backtrack
# over a long run of spaces in quadratic time: issue 23)
_KEY_SEP = (r"(?P<key>(?<![\w.-])[^\W\d][\w.-]{0,48})"
            r"(?P<quote>[\"']?\]?)(?:(?:\s*(?::=|=>|=|:)|\s+(?:is|—)\s)\s*@?|\s+(?=[\"']))")
_KEYED = re.compile(
    _KEY_SEP +
    r"(?:\"(?P<dq>[^\"\n]{1,512})\"?|'(?P<sq>[^'\n]{1,512})'?|(?P<bare>[^" + VALUE_ENDS + r"]{1,512}))",
    re.IGNORECASE,
)
# the key alone: a value is read only after a key named like a secret, so keys in a row ("a:a:a:...") are not each read
# 512 characters on
_KEY = re.compile(_KEY_SEP, re.IGNORECASE)
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[а-яё]+|[А-ЯЁ][а-яё]*")
_SECRET_KEY_WORDS = frozenset({
    "password", "passwd", "passwort", "passphrase", "pass", "pwd", "pw", "secret", "secrets", "token", "tokens",
    "apikey", "auth", "authorization", "credential", "credentials", "session", "sessionid", "sid", "jsessionid",
    "phpsessid", "cookie", "otp", "pin", "cvv", "cvc", "пароль", "токен", "секрет", "пин", "ключ",
    "sig", "signature",  # a signed URL's signature (Azure SAS `sig=`, `X-Amz-Signature=`) is its credential
})
_GLUED_SECRET = re.compile(r"password|passwd|secret|token|apikey|api_key|accesskey|privatekey|credential|пароль|токен",
                           re.IGNORECASE)
_NOT_SECRET = re.compile(r"secretar|tokeniz|secretion", re.IGNORECASE)
_MEASURES = frozenset({"length", "len", "count", "cnt", "size", "max", "min", "num", "number", "total", "limit",
                       "ttl", "timeout", "expiry", "expires", "age", "strength", "policy", "rules", "type", "valid",
                       "changed", "required", "enabled", "name"})  # SharedAccessKeyName=root names the key
_KEY_QUALIFIERS = frozenset({"api", "access", "private", "secret", "signing", "encryption", "master", "client",
                             "account", "storage", "shared"})  # Azure's AccountKey=, SharedAccessKey=
_PLACEHOLDER = re.compile(r"\[\w+\]|\*+|x+|null|none|true|false|undefined|<[^>]*>|\{\{\s*[\w.]+\s*\}\}|"
                          r"\$\{[\w.]+\}|\$\w+|%\(\w+\)s|"
                          r"redacted|hidden|masked|required|optional|expired|invalid|missing|empty|too|is|was|and|or",
                          re.IGNORECASE)
# the secret words in any case, and the prefixes of the well-known token formats of `_KNOWN` as written
_CUE_WORDS = rf"{_CONFIDENTIAL_WORDS}|bearer|basic|begin|://|\bsig(?:nature)?\b"
_CUE_PREFIXES = (r"ey[A-Za-z0-9]|gh[pousr]_|github_pat|xox|xapp-|[srp]k[_-]|whsec_|AIza|gl[a-z]{2,6}-|npm_|pypi-|y0_|"
                 r"AQAAAA|SG\.|ya29\.|HRKU-|hf_|do[por]_v1|shp|PMAK-|lin_api|dp\.|dapi|sq0|-us\d|AGE-|hooks\.|webhooks|"
                 r"A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA|BIA|CCA|3T)|:[\w-]{35}|(?:SK|AC|key-)[0-9a-f]{32}")
_CUE = re.compile(rf"{_CUE_WORDS}|(?-i:{_CUE_PREFIXES})", re.IGNORECASE)
# the same, split for speed: the words (below, on a lowercase copy) and the prefixes (as written)
# `_CUE_PREFIXES` regrouped by first character (whether the text has one is the same question; every branch starting
# with a literal, Python's `re` skips the positions holding none of those characters)
_CUE_PREFIX = re.compile(
    r"A(?:Iza|QAAAA|GE-|KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA|BIA|CCA|3T|C[0-9a-f]{32})|HRKU-|PMAK-|S(?:G\.|K[0-9a-f]{32})"
    r"|d(?:o[por]_v1|p\.|api)|ey[A-Za-z0-9]|g(?:h[pousr]_|ithub_pat|l[a-z]{2,6}-)|h(?:f_|ooks\.)|key-[0-9a-f]{32}"
    r"|lin_api|npm_|p(?:ypi-|k[_-])|rk[_-]|s(?:k[_-]|hp|q0)|w(?:hsec_|ebhooks)|x(?:ox|app-)|y(?:0_|a29\.)|:[\w-]{35}|-us\d")
# the words in lowercase ASCII text: every word of `_CUE_WORDS` that ASCII text can hold contains one of these (a text
# with "password" has "pass"), so the two agree on whether the text has any
_ASCII_WORDS = ("pass", "pw", "secret", "token", "key", "auth", "credential", "session", "sid", "cookie", "otp", "pin",
                "cvv", "cvc", "bearer", "basic", "begin", "://")
_CUE_WORDS_ASCII = re.compile(literal_alternation(_ASCII_WORDS) + r"|s(?<=\bs)ig(?:nature)?\b")  # `\bsig`: by its s
# the words of `_CUE_WORDS_ASCII` (and "sig"), found by one pass of an Aho-Corasick automaton (C) over the copy: the
# pattern, tried at every position, is searched only in a text that holds one of them
_ASCII_WORD_KEYS = ahocorasick.Automaton()
for _word in (*_ASCII_WORDS, "sig"):
    _ASCII_WORD_KEYS.add_word(_word, _word)
_ASCII_WORD_KEYS.make_automaton()
# the same for any text's lowercase copy folded as case-insensitive matching folds it (`_cue_gate.folded`): the ASCII
# words above and the Cyrillic ones of `_CONFIDENTIAL_WORDS`, case-sensitively, so `re` rejects a position on its first
# character (`_CUE_WORDS` case-insensitively tries every word at every position: a tenth of a millisecond
# on a form message in another script)
# (every branch led by a literal: the engine skips every other character at once)
_CUE_WORDS_FOLDED = re.compile(literal_alternation(
    ("pass", "pw", "secret", "token", "key", "auth", "credential", "session", "sid", "cookie", "otp", "pin", "cvv",
     "cvc", "bearer", "basic", "begin", "://", "пароль", "токен", "секрет", "пин"), bare=True)
    + r"|s(?<=\bs)ig(?:nature)?\b")
_TEMPLATE = re.compile(r"\$\{[\w.]+\}|\{\{\s*[\w.]+\s*\}\}|%\(\w+\)s|<[^>]*>|\[\w+\]|\*{2,}|[•●]{2,}")
_COOKIE_KEY = re.compile(r"cookie", re.IGNORECASE)
_PAIR_VALUE = re.compile(r"[A-Za-z_][\w.-]*=[^=]")
_TOKENISH = re.compile(r"\d|[._~+/=-]|[a-z][A-Z]|[A-Z]{2}[a-z]")
_B64URL = re.compile(r"[A-Za-z0-9_-]+")


# a password word of the audience's languages, a ':' or '=' (or "is" in Chinese and Japanese), and the value
_PASSWORD_VALUE = (r"\s{0,3}(?:[:=：]|是|は|는|은)\s{0,3}"
                   r"(?:\"(?P<dq>[^\"\n]{1,256})\"|'(?P<sq>[^'\n]{1,256})'|(?P<bare>[^" + VALUE_ENDS + r"]{1,256}))")


def _password_patterns(audience: Audience) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The password words followed by a value; the words alone (for `maybe` on any text); the ASCII words alone in
    lowercase (for `maybe` on ASCII text, a literal search)."""
    phrases = cues.table("password").phrases(audience)
    words = cues.phrase_pattern(phrases)
    ascii_words = [p for p in phrases if p.isascii()]
    return (re.compile(f"(?:{words}){_PASSWORD_VALUE}", re.IGNORECASE), re.compile(words, re.IGNORECASE),
            re.compile(literal_alternation(ascii_words).replace(r"\ ", r"\s+") if ascii_words else r"(?!)"))


_PASSWORD: PerAudience[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = PerAudience(_password_patterns)
#: the password words' gate: a lowercase search that rejects most text before the case-insensitive one
_PASSWORD_GATE = CueGate("password")


def maybe(text: str) -> bool:
    """Cheap: a secret word, a token prefix or a URL scheme is somewhere in the text (what `_CUE` says, faster), or a
    password word of the audience's languages."""
    lower = facts(text).lower
    if lower is None:
        return _CUE_WORDS_FOLDED.search(folded(text)) is not None or _CUE_PREFIX.search(text) is not None \
            or (_PASSWORD_GATE.maybe_in(text) and _PASSWORD.get()[1].search(text) is not None)
    return _ascii_word(lower) or _CUE_PREFIX.search(text) is not None \
        or (("=" in lower or ":" in lower) and _PASSWORD.get()[2].search(lower) is not None)  # its value needs one


def _ascii_word(lower: str) -> bool:
    """`_CUE_WORDS_ASCII.search(lower) is not None`: each of its matches holds one of the automaton's words."""
    for _ in _ASCII_WORD_KEYS.iter(lower):
        return _CUE_WORDS_ASCII.search(lower) is not None
    return False


def find(text: str) -> Iterator[Span]:
    for match in _PEM.finditer(text):
        yield match.span()
    for match in _JWT.finditer(text):
        if _jwt_header(match.group()):
            yield match.span()
    for match in _KNOWN.finditer(text):
        yield match.span()
    for match in _BEARER.finditer(text):
        value = match.group("value")
        if not _PLACEHOLDER.fullmatch(value) and (_TOKENISH.search(value) or len(value) >= 24):
            yield match.span("value")
    for match in _URL_CREDENTIALS.finditer(text):
        yield match.span("value")
    for match in _PASSWORD.get()[0].finditer(text):
        span = _password(match)
        if span is not None:
            yield span
    pos = 0
    while (key := _KEY.search(text, pos)) is not None:
        keyed = _KEYED.match(text, key.start()) if secret_key_name(key.group("key")) else None
        span = _keyed(keyed) if keyed is not None else None
        if span is not None:
            yield span
        # a key that names no secret may still be followed by one: "note — password=x" is read on from the key
        pos = keyed.end() if keyed is not None and span is not None else key.end("key")


def _keyed(match: re.Match[str]) -> Span | None:
    if not secret_key_name(match.group("key")):
        return None
    group = "dq" if match.group("dq") is not None else "sq" if match.group("sq") is not None else "bare"
    value = match.group(group)
    if not value.strip() or _PLACEHOLDER.fullmatch(value.strip()):
        return None
    start, end = match.span(group)
    if _COOKIE_KEY.search(match.group("key")) and _PAIR_VALUE.match(value):
        return None  # "Cookie: theme=dark; sessionid=...": each pair of the cookie string is read on its own
    if group == "bare":
        # a bare value ends where its brackets stop balancing: {"token": abc} or f(password=x)
        while end > start and _unbalanced(value) > 0:
            value = value[:-1]
            end -= 1
        template = _TEMPLATE.match(value)
        if len(value) <= 1 or _PLACEHOLDER.fullmatch(value) or (template and (
                template.end() == len(value) or not value[template.end()].isalnum())):
            return None
    return start, end


def _password(match: re.Match[str]) -> Span | None:
    """The value after a password word, unless it is a placeholder, a template or a word that says none is there."""
    group = "dq" if match.group("dq") is not None else "sq" if match.group("sq") is not None else "bare"
    value = match.group(group).strip()
    template = _TEMPLATE.match(value)
    if len(value) <= 1 or _PLACEHOLDER.fullmatch(value) or (template and (
            template.end() == len(value) or not value[template.end()].isalnum())):
        return None  # "********/view", "<password>", "${DB_PASSWORD}": a mask or a template, no secret
    start, end = match.span(group)
    if group == "bare":
        while end > start and _unbalanced(match.string[start:end]) > 0:
            end -= 1
    return start, end


def _unbalanced(value: str) -> int:
    """How many more closing than opening brackets the value ends with (0 when balanced or not ending in one)."""
    if not value or value[-1] not in ")]}":
        return 0
    return sum(value.count(c) for c in ")]}") - sum(value.count(c) for c in "([{")


def secret_key_name(key: str) -> bool:
    """True for a key named like a secret in any convention: db_password, X-Api-Key, userPassword, theapikey."""
    words = [w.lower() for w in _WORD.findall(key)]
    if any(w in _MEASURES for w in words):
        return False  # password_length, max_tokens, session_timeout, token_type: about the secret, not the secret
    if any(w in _SECRET_KEY_WORDS for w in words):
        return True
    if _GLUED_SECRET.search(key) and not _NOT_SECRET.search(key):
        return True
    return any(a in _KEY_QUALIFIERS and b in ("key", "keys") for a, b in pairwise(words))


def _jwt_header(token: str) -> bool:
    """The first segment decodes to a JSON object: a JWT (or JWS/JWE) and not a word that starts with 'ey'."""
    head = token.split(".", 1)[0]
    if not _B64URL.fullmatch(head):
        return False
    try:
        decoded = base64.urlsafe_b64decode(head + "=" * (-len(head) % 4))
    except ValueError:
        return False
    return decoded.lstrip()[:1] == b"{"
