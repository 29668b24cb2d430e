"""User names after a cue: "username: jdoe85", "Benutzername = max.mustermann", "логин ivan_petrov", "my telegram
@ivan_p", "用户名：zhang_san" (cues/username.toml, one table a language).

The name is the token right after the cue (letters of any script, digits, `.`, `_`, `-`; 3 to 40 characters;
an `@` before it is taken with it). After a cue with a separator (`:`, `=`, "is") any such token is a user name
unless it is one of the words that follow these cues in logs ("login failed", "user: required") or has no letter
(a date, a count); a capitalized word followed by another ("Benutzer: Max Mustermann") is a person's name and is
left whole to the name detector; after a
cue and only a space, the token must look like a handle (a digit, `.`, `_` or `-` in it, or an `@` before it), so
"login page" and "user agent" stay. After a cue in the first person (cues/username_mine.toml: "my username",
"Käyttäjätunnukseni", "Username saya", "아이디는") the token is the user name with or without a separator when it
ends its clause ("my username even after I log in" stays). A short qualifier may stand between a cue and its
separator ("Nick im Forum:", "ник в игре —"). A bare `@word` without a cue stays too: in logs it is far more often a
decorator (`@Override`), a CSS rule (`@media`), a package scope (`@babel/core`) or a mention of a brand than a
person's login, and an email's `@` is the email detector's.

Beside a platform (cues/username_platform.toml: a messenger, a social network, a game or classifieds platform, a
forum, in each language's spelling: "в телеге", "Instagram'da", "我的微信号", "na Njuškalu", "ar an bhfóram") a
handle needs no label: a token shaped like one within four words of the platform's name, before or after it in the
same clause, is the writer's account there ("Na Allegro jestem ewa_lis_77", "jsmith_84 on Twitch", "Zalo của mình là
Minh_tran_01"). Shaped like a handle means ASCII (what these platforms allow) with an `@` before it, or an underscore,
a dot or a dash between letters and digits, or lowercase letters with digits (`kasia1994`); look-alikes stay: an
email's parts, a file name, a domain or URL, a version (`v10.2.1`), a hex digest, a mixed-case random id
(`dQw4w9WgXcQ`), a key before `=` or `(`, an order code in capitals (`ORD-2026-1234`), a program's identifier (a
piece that is a word of code: `error_code`, `users.get`), an organization's account (`@ExampleShopHelp`: a piece
such as help, support, official), capitalized words joined ("Half-Life"), and a plain word ("on Telegram I am
online"). "LINE" and "X" count only as written in capitals ("line" and "x" are words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.privacy import cues
from pipeline.privacy.detectors._common import Span, literal_alternation
from pipeline.privacy.detectors._cue_gate import CueGate

KIND = "username"

_GATE = CueGate("username")
_CUE = _GATE.full
# "my username", "Käyttäjätunnukseni", "아이디는" (cues/username_mine.toml): the value follows, separator or not
_MINE_GATE = CueGate("username_mine")
_MINE = _MINE_GATE.full
_HANGUL = re.compile(r"[\uac00-\ud7af]")
# a messenger, social network, game or classifieds platform (cues/username_platform.toml): a handle-shaped token near
# its name is an account there
_PLATFORM_GATE = CueGate("username_platform")
_PLATFORM = _PLATFORM_GATE.full
#: Every platform's name (all languages): never a user name itself ("my username on reddit is …": Finnish and
#: Estonian "on" is a copula, and "reddit" is where the name is, not the name).
_PLATFORM_NAMES = frozenset(phrase for table in cues.table("username_platform").before.values() for phrase in table)


def _pre_check() -> str:
    """The ASCII cue phrases of every language (a superset of any audience's), for the orchestrator's first look."""
    phrases = {phrase for kind in ("username", "username_mine") for table in cues.table(kind).before.values()
               for phrase in table if phrase.isascii()}
    # a platform's name of four letters or more ("telegram", "marktplaats"); the short ones ("ig", "x") would let
    # every text through, and a text with a digit, `@` or `:` is looked at anyway
    phrases |= {phrase for table in cues.table("username_platform").before.values() for phrase in table
                if phrase.isascii() and len(phrase) >= 4}
    return "(?i:" + literal_alternation(sorted(phrases)).replace(r"\ ", r"\s+") + ")"


#: What the orchestrator's first look (pipeline/privacy/redact.py) must let through for this detector on ASCII text
#: with no digit, colon or other cue: a user name's cue ("Mijn gebruikersnaam is tessa").
PRE_CHECK = _pre_check()
# the copulas that join a cue to its value ("user name is", "Benutzername ist", "käyttäjätunnus on", "όνομα χρήστη
# είναι", "שם משתמש הוא"), after a space (a look-behind: the spaces before them are the separator's own)
_COPULA = ("is|ist|est|es|è|é|är|er|on|jest|to|je|este|ir|yra|е|є|είναι|הוא|هو|là|adalah|ialah|ni|ay|это|是|:")
_HANDLE_VALUE = r"(?P<at>@?)(?P<token>[^\W_][\w.\-]{1,38}\w)(?![\w\-]|\.\w)"
_VALUE = re.compile(
    r"(?P<sep>[ \t]{0,3}(?:[:=\uff1a\u2014\u2013]|(?<=[ \t])(?:" + _COPULA + r")(?=[ \t])|[是は]"
    # a short qualifier between the cue and its separator: "Nick im Forum:", "ник в игре —", "pseudo sur le forum :"
    r"|[^\W\d_]{1,10}(?:[ \t]+[^\W\d_]{1,10}){0,2}[ \t]*[:=\uff1a\u2014\u2013](?=[ \t]))?"
    r"[ \t]{0,3}[\"'«“]?)" + _HANDLE_VALUE, re.IGNORECASE)
# (Chinese and Japanese glue their copula to the cue: "我的用户名是 xiaomao_2046", "ユーザー名は …")
# after a cue in the first person, the qualifier may also end in a copula: "my username on the forum is …", "Mein
# Benutzername im Shop ist …", "Meu usuário no app é …" (the writer goes on to give it)
_VALUE_MINE = re.compile(
    r"(?P<sep>[ \t]{0,3}(?:[^\W\d_]{1,10}(?:[ \t]+[^\W\d_]{1,10}){0,3}[ \t]+(?:" + _COPULA + r")(?=[ \t]))"
    r"[ \t]{0,3}[\"'«“]?)" + _HANDLE_VALUE, re.IGNORECASE)
# one or two words between a cue and a value with no separator, the value then a handle by its digit or underscore
# ("اسم المستخدم حقي abu_saud_99", "username for the forum kasia_1994"): the words are the writer's, the value theirs
_VALUE_AFTER_WORDS = re.compile(r"(?P<sep>[ \t]{1,3}(?:[^\W\d_]{1,10}[ \t]{1,3}){1,2})" + _HANDLE_VALUE)
_STRONG_HANDLE = re.compile(r"(?=.*[^\W\d_])(?=.*[\d_])")
_HANDLE = re.compile(r"[\d._-]")
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
# (a slash too: a path segment ends with its value, "/docs/my username budi/view")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\"'»”\n/]|\Z)")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_])")
# words that follow a user-name cue in logs and are no one's name
_STOP = frozenset((
    "failed", "failure", "fail", "successful", "success", "succeeded", "required", "invalid", "incorrect", "attempt",
    "attempts", "page", "form", "button", "error", "errors", "name", "names", "data", "info", "information", "not",
    "was", "has", "have", "and", "the", "for", "with", "from", "missing", "empty", "none", "null", "undefined",
    "true", "false", "unknown", "disabled", "enabled", "locked", "blocked", "expired", "field", "fields", "already",
    "taken", "exists", "agent", "agents"
))

_PROSE = frozenset(("the", "and", "for", "with", "from"))


def maybe(text: str) -> bool:
    """Cheap: a user-name cue or a platform's name may be in the text (on ASCII text, searches of its lowercase
    copy)."""
    return _GATE.maybe_in(text) or _MINE_GATE.maybe_in(text) or _platform_maybe(text)


def _platform_maybe(text: str) -> bool:
    """Cheap: a platform's name and a handle's mark (an `@`, an underscore, a letter joined to a dot, dash or digit)
    may be in the text. The name is asked first: the gate reads the one cue scan of the text, which the other cue
    gates have made already, and says no for most texts (a form message in twenty-five); the mark's pattern is
    tried at every Latin letter."""
    return _PLATFORM_GATE.maybe_in(text) and _HANDLE_MARK.search(text) is not None


_HANDLE_MARK = re.compile(r"[@_]|[A-Za-z](?:[.\-][A-Za-z0-9]|\d)")


def find(text: str) -> Iterator[Span]:
    seen = set()
    labelled = _labelled(text) if _GATE.maybe_in(text) or _MINE_GATE.maybe_in(text) else ()
    for span in (*labelled, *(_near_platforms(text) if _platform_maybe(text) else ())):
        if span not in seen:
            seen.add(span)
            yield span


def _labelled(text: str) -> Iterator[Span]:
    """User names after a cue of cues/username.toml or cues/username_mine.toml."""
    for cue, mine in ((_CUE, False), (_MINE, True)):
        for hit in cue.get().finditer(text):
            end = hit.end()
            if end < len(text) and text[end].isalnum() and text[end - 1].isalpha() and ord(text[end - 1]) < 0x3000:
                continue  # the cue is the start of a longer word ("username" is not "user" + "name")
            found = _name_in(text[end:end + 50], mine)
            if found is not None:
                yield end + found[0], end + found[1]


@lru_cache(maxsize=4096)
def _name_in(window: str, mine: bool = False) -> Span | None:
    """The user name that starts the window (right after a cue; `mine`: a cue in the first person, after which the
    value needs no separator), cached by window."""
    found = _name_right_after(window, mine)
    return found if found is not None else _name_after_words(window)


def _name_after_words(window: str) -> Span | None:
    """A handle after one or two words of the writer's, no separator: "حقي abu_saud_99", "for the forum kasia_1994"."""
    worded = _VALUE_AFTER_WORDS.match(window)
    if worded is None:
        return None
    token = worded.group("token")
    if not token.isascii() or _STRONG_HANDLE.match(token) is None or _VERSION.fullmatch(token) \
            or any(word.lower() in _STOP for word in _WORDS.findall(worded.group("sep"))):
        return None
    return worded.start("at"), worded.end("token")


def _name_right_after(window: str, mine: bool) -> Span | None:
    """The user name right after the cue, past a separator or a short qualifier."""
    qualified = _VALUE_MINE.match(window) if mine else None
    match = qualified or _VALUE.match(window)
    if match is None:
        return None
    token = match.group("token")
    end = match.end("token")
    glued = _HANGUL.search(token) if token[0].isascii() else None
    if glued is not None:
        end -= len(token) - glued.start()  # "mijeong88입니다": the Korean copula glued to a Latin name is not of it
        token = token[:glued.start()]
    # a first-person cue with no separator: the value ends its clause ("Username saya budi.") or is glued to a
    # copula; a word that goes on ("my username even after...") is the sentence's own
    mine = mine and (glued is not None or _CLAUSE_END.match(window, end) is not None)
    # a first-person qualifier reads as prose ("on the forum", "for the shop"): its function words are no log field's
    if any(word.lower() in _STOP and not (qualified and word.lower() in _PROSE) for word in
           _WORDS.findall(match.group("sep"))):
        return None  # a field of the log's own between the cue and the separator: "user agent: Mozilla"
    if token.lower() in _STOP or token.lower() in _PLATFORM_NAMES or not _LETTER.search(token):
        return None  # a word of the log's own, a platform's name, or a number or a date ("login: 2024-05-01")
    if token.isalpha() and token[0].isupper() and (after := _NEXT_WORD.match(window, match.end())) \
            and after.group(1)[0].isupper():
        return None  # "Benutzer: Max Mustermann": a person's full name, the name detector's whole
    separated = mine or bool(match.group("sep").strip()) or bool(match.group("at"))
    if separated or _HANDLE.search(token):
        return match.start("at"), end
    return None


# an ASCII token that may be a handle (an `@` before it taken with it), at ASCII word edges: glued to Chinese or Thai
# text it is still one ("微信号是wang_lei88")
# (a slash after it ends a path's segment, "/docs/…/view"; one before it is a URL's or a path's)
# (Reddit writes its users as "u/name": the prefix is the handle's, like an `@`)
_TOKEN = re.compile(r"(?<![0-9A-Za-z_.@\-/\\])(?:@|u/)?[0-9A-Za-z](?:[0-9A-Za-z_.\-]{0,38}[0-9A-Za-z_])?"
                    r"(?![0-9A-Za-z@\\(=]|[.\-:][0-9A-Za-z])")
# joined pieces: letters and digits on both sides of an underscore, a dot or a dash ("anna.berg", "k-ferreira_475")
_JOINED = re.compile(r"[0-9A-Za-z]+(?:[_.\-]+[0-9A-Za-z]+)+_?|[0-9A-Za-z]+_")
_LOWER_WITH_DIGITS = re.compile(r"[a-z]+\d[a-z\d]*")
_HEX = re.compile(r"[0-9a-fA-F]{6,}|[0-9a-fA-F]+(?:-[0-9a-fA-F]+)+")
_VERSION = re.compile(r"[vV]?\d+(?:[._\-]\d+)+[A-Za-z]{0,3}\d*|[A-Za-z]{1,3}\d+(?:[._]\d+)+")
# what a dotted token ends with when it is a file or a host: a file's extension or a top-level domain of the common
# ones (a handle's last piece is a name or digits: "anna.berg", "tavares.in06")
_SUFFIX = re.compile(r"\.(?:[a-z]{2,4}\d?)\Z")
_SUFFIXES = frozenset((
    "com", "org", "net", "edu", "gov", "io", "co", "me", "ru", "de", "fr", "uk", "es", "it", "nl", "pl", "se", "no",
    "dk", "fi", "cz", "sk", "hu", "ro", "bg", "gr", "pt", "br", "tr", "ua", "by", "kz", "cn", "jp", "kr", "in", "id",
    "vn", "th", "app", "dev", "info", "biz", "xyz", "tv", "gg", "ly", "be", "at", "ch", "eu", "us", "ca", "au",
    "txt", "log", "csv", "json", "xml", "yml", "yaml", "toml", "ini", "cfg", "conf", "py", "js", "ts", "jsx", "tsx",
    "java", "rb", "go", "rs", "php", "html", "htm", "css", "md", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    "jpg", "jpeg", "png", "gif", "webp", "svg", "mp3", "mp4", "mov", "avi", "mkv", "wav", "zip", "gz", "tar", "tgz",
    "rar", "7z", "exe", "dll", "so", "apk", "ipa", "dmg", "iso", "bin", "sh", "bat", "lock", "bak", "tmp", "sql",
    "db", "cpp", "cs", "kt", "swift", "vue", "mjs", "cjs", "map", "whl", "deb", "rpm", "msi", "jar",
))
_REACH_WORDS = 4
_REACH_CHARS = 40
# the end of a clause between a platform and a token: a sentence's end (a full stop followed by a space), a line's
_CLAUSE_BREAK = re.compile(r"[.!?;](?:\s|\Z)|[\n。！？；|]")
_CAPITALS_ONLY = frozenset(("line", "x"))
_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# an organization's account, not a person's ("@ExampleShopHelp", "@acme_support", "@CityNewsOfficial")
_ORGANIZATION_WORDS = frozenset((
    "help", "support", "care", "official", "team", "service", "services", "shop", "store", "news", "customer",
    "customers", "desk", "press", "deals", "sales", "info", "hq", "helpdesk", "assist", "ask",
))
# the words code and logs build identifiers from ("error_code", "login_failed", "users.get", "bot_token"): a token
# with one of them among its pieces is a program's name for something, not a person's handle
_CODE_WORDS = frozenset((
    "api", "app", "bot", "sdk", "cli", "web", "url", "uri", "http", "https", "www", "src", "lib", "bin", "tmp", "dev",
    "prod", "test", "tests", "debug", "info", "warn", "error", "errors", "err", "code", "codes", "status", "state",
    "init", "get", "set", "put", "post", "delete", "update", "create", "list", "send", "recv", "read", "write", "load",
    "save", "sync", "async", "call", "callback", "hook", "webhook", "event", "events", "handler", "client", "server",
    "service", "config", "conf", "settings", "option", "options", "param", "params", "key", "keys", "token", "tokens",
    "secret", "auth", "oauth", "login", "logout", "signin", "signup", "session", "user", "users", "account", "admin",
    "failed", "fail", "success", "ok", "id", "ids", "uid", "name", "type", "data", "value", "values", "item", "items",
    "msg", "message", "messages", "chat", "channel", "group", "file", "files", "path", "dir", "log", "logs", "count",
    "size", "max", "min", "len", "limit", "time", "timeout", "date", "version", "build", "release", "pixel", "widget",
    "button", "page", "view", "model", "table", "query", "field", "form", "index", "main", "default", "null", "none",
    "true", "false", "utils", "util", "helper", "core", "base", "module", "plugin", "share", "link", "redirect",
))


def _near_platforms(text: str) -> Iterator[Span]:
    """Handle-shaped tokens within `_REACH_WORDS` words of a platform's name, in the same clause (see the module)."""
    for hit in _PLATFORM.get().finditer(text):
        start, end = hit.span()
        if not _platform_stands_alone(text, start, end):
            continue
        after = text[end:end + _REACH_CHARS]
        cut = _CLAUSE_BREAK.search(after)
        found = _first_handle(after[:cut.start()] if cut else after, forward=True)
        if found is not None:
            yield end + found[0], end + found[1]
            continue
        before_start = max(0, start - _REACH_CHARS)
        before = text[before_start:start]
        cuts = list(_CLAUSE_BREAK.finditer(before))
        offset = cuts[-1].end() if cuts else 0
        found = _first_handle(before[offset:], forward=False)
        if found is not None:
            yield before_start + offset + found[0], before_start + offset + found[1]


def _platform_stands_alone(text: str, start: int, end: int) -> bool:
    """The platform's name is a word of its own: not the start of a longer word ("Steamroller"), nor part of a host
    or an identifier ("instagram.com", "telegram_bot", "/telegram/"); "LINE" and "X" as written in capitals."""
    if end < len(text) and ((text[end].isalnum() and ord(text[end]) < 0x3000 and text[end - 1].isascii())
                            or text[end] in "_@/" or (text[end] in ".-" and text[end + 1:end + 2].isalnum())):
        return False
    if start > 0 and text[start - 1] in "_@.-":
        return False
    word = text[start:end]
    return word.lower() not in _CAPITALS_ONLY or word.isupper()


@lru_cache(maxsize=4096)
def _first_handle(window: str, forward: bool) -> Span | None:
    """The handle-shaped token nearest the platform in the window (after it when `forward`, else before it), within
    `_REACH_WORDS` words; cached by window."""
    tokens = list(_TOKEN.finditer(window))
    if not forward:
        tokens.reverse()
    for token in tokens:
        between = window[:token.start()] if forward else window[token.end():]
        if len(between.split()) > _REACH_WORDS:
            return None
        if _handle_shaped(token.group(), window, token.end()):
            return token.span()
    return None


def _handle_shaped(token: str, window: str, end: int) -> bool:
    """A handle's shape (see the module): an `@` before letters, or joined pieces or lowercase letters with digits,
    and none of the look-alikes."""
    if window[end:end + 1] == "@":
        return False  # an email's local part
    body = token.removeprefix("@").removeprefix("u/")
    if not _LETTER.search(body) or (len(body) < 3 and not token.startswith("@")):
        return False
    if _HEX.fullmatch(body) or _VERSION.fullmatch(body):
        return False
    suffix = _SUFFIX.search(body.lower())
    if suffix is not None and suffix.group()[1:] in _SUFFIXES:
        return False  # a file name or a host
    pieces = [piece.lower() for piece in _PIECES.findall(body)]
    if any(piece in _ORGANIZATION_WORDS for piece in pieces):
        return False  # a brand's or a shop's account: the writer addresses it, it is nobody's
    if token.startswith("@"):
        return True
    if not any(c.islower() for c in body) or any(piece in _CODE_WORDS for piece in pieces):
        return False  # an order or document code (`ORD-2026-1234`), a program's identifier (`error_code`)
    if "_" not in body and not any(c.isdigit() for c in body) and all(
            piece[0].isupper() for piece in _PIECES.findall(body)):
        return False  # capitalized words joined by a dash or a dot: a title or a person's name ("Half-Life")
    if _JOINED.fullmatch(body):
        return any(part.isalpha() and len(part) >= 2 for part in re.split(r"[_.\-\d]+", body))
    return _LOWER_WITH_DIGITS.fullmatch(body) is not None and sum(c.isalpha() for c in body) >= 3
