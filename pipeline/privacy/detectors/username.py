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


def _pre_check() -> str:
    """The ASCII cue phrases of every language (a superset of any audience's), for the orchestrator's first look."""
    phrases = {phrase for kind in ("username", "username_mine") for table in cues.table(kind).before.values()
               for phrase in table if phrase.isascii()}
    return "(?i:" + literal_alternation(sorted(phrases)).replace(r"\ ", r"\s+") + ")"


#: What the orchestrator's first look (pipeline/privacy/redact.py) must let through for this detector on ASCII text
#: with no digit, colon or other cue: a user name's cue ("Mijn gebruikersnaam is tessa").
PRE_CHECK = _pre_check()
# the copulas that join a cue to its value ("user name is", "Benutzername ist", "käyttäjätunnus on", "όνομα χρήστη
# είναι", "שם משתמש הוא"), after a space (a look-behind: the spaces before them are the separator's own)
_COPULA = ("is|ist|est|es|è|é|är|er|on|jest|to|je|este|ir|yra|е|є|είναι|הוא|هو|là|adalah|ialah|это|是|:")
_HANDLE_VALUE = r"(?P<at>@?)(?P<token>[^\W_][\w.\-]{1,38}\w)(?![\w\-]|\.\w)"
_VALUE = re.compile(
    r"(?P<sep>[ \t]{0,3}(?:[:=\uff1a\u2014\u2013]|(?<=[ \t])(?:" + _COPULA + r")(?=[ \t])"
    # a short qualifier between the cue and its separator: "Nick im Forum:", "ник в игре —", "pseudo sur le forum :"
    r"|[^\W\d_]{1,10}(?:[ \t]+[^\W\d_]{1,10}){0,2}[ \t]*[:=\uff1a\u2014\u2013](?=[ \t]))?"
    r"[ \t]{0,3}[\"'«“]?)" + _HANDLE_VALUE, re.IGNORECASE)
# after a cue in the first person, the qualifier may also end in a copula: "my username on the forum is …", "Mein
# Benutzername im Shop ist …", "Meu usuário no app é …" (the writer goes on to give it)
_VALUE_MINE = re.compile(
    r"(?P<sep>[ \t]{0,3}(?:[^\W\d_]{1,10}(?:[ \t]+[^\W\d_]{1,10}){0,3}[ \t]+(?:" + _COPULA + r")(?=[ \t]))"
    r"[ \t]{0,3}[\"'«“]?)" + _HANDLE_VALUE, re.IGNORECASE)
_HANDLE = re.compile(r"[\d._-]")
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]\"'»”\n]|\Z)")
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
    """Cheap: a user-name cue may be in the text (one search; on ASCII text, of its lowercase copy)."""
    return _GATE.maybe_in(text) or _MINE_GATE.maybe_in(text)


def find(text: str) -> Iterator[Span]:
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
    if token.lower() in _STOP or not _LETTER.search(token):
        return None  # a word of the log's own, or a number or a date ("login: 2024-05-01")
    if token.isalpha() and token[0].isupper() and (after := _NEXT_WORD.match(window, match.end())) \
            and after.group(1)[0].isupper():
        return None  # "Benutzer: Max Mustermann": a person's full name, the name detector's whole
    separated = mine or bool(match.group("sep").strip()) or bool(match.group("at"))
    if separated or _HANDLE.search(token):
        return match.start("at"), end
    return None
