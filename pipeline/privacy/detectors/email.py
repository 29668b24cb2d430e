"""Email addresses: plain, glued to the text around them, and obfuscated with words or brackets.

Plain addresses need a local part, an '@' and a domain with a dot whose last label is letters and no file
extension (so `lodash@4.17.21` and `image@sha256:...` are versions and digests, `logo@2x.png` is a retina asset,
`name@domain` a placeholder, not addresses). The local part keeps every character RFC 5322 allows
(`a!b#c$d%e&f*g@example.org`); only '/', '?' and '=' in front of it are the path or parameter it sits in.
An address is written in one script: a Latin one glued to Cyrillic words (`написатьyulia.k@example.ruсрочно`) is
cut where the script changes (the local part of a real address is Latin in practice, or wholly Cyrillic in an IDN
address such as `пользователь@пример.рф`, which stays whole). Obfuscated ones (`john at example dot
com`, `john(at)example(dot)com`, `иван собака mail точка ru`, `j o h n @ g m a i l . c o m`) must end in
a known top-level domain, and a bare ' at ' between words needs more evidence (a dot word, or a local
part that looks like one), so "look at example.com" and "моя собака спит" stay as they are.
Encodings (`&#64;`, `%40`, full-width '＠', zero-width characters) are undone by pipeline/privacy/normalize.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import ahocorasick

from pipeline.privacy.detectors._common import Span, facts
from pipeline.privacy.detectors._cue_gate import FoldedPattern

KIND = "email"

_LOCAL = r"[\w.!#$%&'*+/=?^`{|}~-]+"
_QUOTED_LOCAL = r'"[^"\n@]{1,64}"'
_PLAIN = re.compile(
    rf"(?:{_QUOTED_LOCAL}|{_LOCAL})@(?:\[[0-9a-f:.]+\]|[\w-]+(?:\.[\w-]+)*)",
    re.IGNORECASE,
)
_TLDS = (
    "com|net|org|edu|gov|mil|int|info|biz|name|pro|mobi|app|dev|io|ai|co|me|tv|cc|ly|gg|xyz|online|site|tech|"
    "store|shop|cloud|email|mail|space|website|live|news|blog|club|top|"
    "ru|su|рф|ua|by|kz|uz|am|ge|az|kg|md|de|uk|fr|it|es|pt|nl|be|ch|at|pl|cz|sk|hu|ro|bg|gr|se|no|fi|dk|ee|lv|lt|"
    "ie|eu|us|ca|mx|br|ar|cl|au|nz|jp|cn|kr|in|il|tr|ae|za|sg|hk|tw|vn|th|id|my|ph|"
    # the rest of the audience's country-code domains
    "si|hr|rs|mk|ba|al|is|lu|mt|cy|li|sa|eg|ma|pk|bd|ir|ng|pe|ve|ec|uy|qa|kw|jo|lb|tn|dz|ke|lk|np|tj|tm"
)
# Sources of the words for '@' and '.': Wikipedia, "At sign", section "Names in other languages"; written for logwarden.
# English and Russian words for '@' that prose uses too ("look at"): they need more evidence (a dot word, a local
# part that looks like one, a mail provider, an email word before)
_AT_WORD = r"(?:at|эт|ат)"
# the same in other languages ("et" is French for "and", "ag" Irish for "at"): only with a local part that looks like
# one, a mail provider or an email word before, never on a dot word alone
_AT_WEAK_FOREIGN = r"(?:et|eta|ät|ätt|ag|آت|एट|ऐट|แอท)"
# the '@' in other languages: names no prose puts between two words that end in a top-level domain (Spanish and
# Portuguese arroba, French arobase, Italian chiocciola, German Klammeraffe, Dutch apenstaartje, Danish and Swedish
# snabel-a, Norwegian krøllalfa, Czech and Slovak zavináč, Hungarian kukac, Polish małpa, Finnish miukumauku and
# kissanhäntä, Croatian majmunčić, Slovenian afna, Romanian arond, Bulgarian кльомба, Ukrainian равлик, Greek παπάκι,
# Hebrew שטרודל, Vietnamese a còng)
_AT_FOREIGN = (r"(?:arroba|arobase|arobas|chiocciola|chiocciolina|klammeraffe|affenschwanz|apenstaartje|snabel-a|"
               r"krøllalfa|alfakrøll|grisehale|zavináč|zavinac|kukac|małpa|malpa|miukumauku|miuku|kissanhäntä|"
               r"majmunčić|majmunica|afna|arond|кльомба|маймунка|равлик|собака|собачка|собако|παπάκι|שטרודל|"
               r"a còng|a móc)")
# written without spaces around in Chinese, Japanese and Korean (艾特, アットマーク, 골뱅이)
_AT_CJK = r"(?:艾特|小老鼠|アットマーク|アット|골뱅이)"
# the dot: English, Russian, and the word for it in the audience's languages (punto, Punkt, pkt, kropka, nokta...)
_DOT_WORD = (r"(?:dot|точка|тчк|дот|punto|punt|punkts|punkt|pkt|kropka|nokta|ponto|point|pont|piste|prik|punktum|"
             r"tečka|tecka|bodka|pika|točka|tocka|taškas|taskas|punct|ponc|titik|chấm|cham|τελεία|τελεια|крапка|"
             r"נקודה|نقطة|دوت|डॉट|बिंदु|จุด)")
_DOT_CJK = r"(?:ドット|点|點|점)"
_OPEN, _CLOSE = r"[\[\(\{<\"'“«]", r"[\]\)\}>\"'”»]"
_AT_STRONG = (rf"\s*{_OPEN}\s*(?:{_AT_WORD}|{_AT_WEAK_FOREIGN}|{_AT_FOREIGN}|@)\s*{_CLOSE}\s*|\s*-at-\s*|_at_|\s*@\s*"
              rf"|\s+{_AT_FOREIGN}\s+|\s*{_AT_CJK}\s*")
_AT_WEAK = rf"\s+{_AT_WORD}\s+"
_AT_WEAK_OTHER = rf"\s+{_AT_WEAK_FOREIGN}\s+"
_DOT_STRONG = (rf"\s*{_OPEN}\s*(?:{_DOT_WORD}|{_DOT_CJK}|\.)\s*{_CLOSE}\s*|\s+{_DOT_WORD}\s+|\s*{_DOT_CJK}\s*"
               r"|-dot-|_dot_")
_DOT_ANY = rf"(?:{_DOT_STRONG}|\.)"
# Chinese, Japanese and Korean characters are word characters but never part of an obfuscated address's local part
# or labels here: their at and dot words (艾特, 点, 점, ドット) are written glued, and a label that could also hold them
# would let the pattern split one run of them in exponentially many ways
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_ALNUM = rf"[^\W_{_CJK}]"  # a letter or digit of a script written with spaces
_WORD = rf"[^\W{_CJK}]"  # the same and '_'
_LABEL = rf"{_ALNUM}(?:(?:{_WORD}|-){{0,61}}{_ALNUM})?"
# after the top-level domain: no Latin, Greek or Cyrillic letter or digit (Chinese, Japanese or Korean text may follow
# glued: "rei ドット jpです")
_TLD_END = r"(?![A-Za-z0-9_\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff-])"
# what the at's forms (`_AT_STRONG`, `_AT_WEAK`, `_AT_WEAK_OTHER`) start with: white space, an opener, '-', '_', '@'
# or the first character of a CJK at-word
_AT_FIRST = r"[\s\[({<\"'“«@_\-艾小ア골]"
# (the local part is read to its run's end, then given back a character at a time until an at follows: asked first
# whether one may start there, a class, instead of trying each form of the at at every character given back)
_OBFUSCATED = re.compile(
    rf"(?<!{_WORD})(?<![.+-])(?P<local>(?:{_WORD}|[.+-])*{_WORD})(?={_AT_FIRST})"
    rf"(?P<at>{_AT_STRONG}|{_AT_WEAK}|{_AT_WEAK_OTHER})"
    rf"(?P<domain>{_LABEL}(?:{_DOT_ANY}{_LABEL})*?)(?P<dot>{_DOT_ANY})(?P<tld>{_TLDS}){_TLD_END}",
    re.IGNORECASE,
)
_MORE_TLD = re.compile(rf"(?:{_DOT_ANY})(?:{_TLDS}){_TLD_END}", re.IGNORECASE)
_SPACED = re.compile(r"(?<!\S)(?:[\w.+-] ){2,}[\w.+-] ?@ ?(?:[\w.-] ){2,}[\w-](?!\S)")
_STRONG_DOT = re.compile(_DOT_STRONG, re.IGNORECASE)
_AT_WEAK_RE = re.compile(_AT_WEAK, re.IGNORECASE)
_AT_WEAK_OTHER_RE = re.compile(_AT_WEAK_OTHER, re.IGNORECASE)
_OPENERS = frozenset("[({<\"'“«")
# what every ASCII `_STRONG_DOT` match holds when it has no opener: an ASCII dot word (found fast: literals)
_ASCII_DOT_WORD = re.compile(r"dot|punt|pkt|kropka|nokta|ponto|point|pont|piste|prik|tecka|bodka|pika|tocka|taskas|"
                             r"punct|ponc|titik|cham")
# the first words of a local part obfuscated with dot words: "john [dot] " before "doe (at) example [dot] com"
_LOCAL_BEFORE = re.compile(rf"(?<![\w.+-])(?:[\w+-]*\w(?:{_DOT_STRONG})){{1,3}}\Z", re.IGNORECASE)
_LOCALISH = re.compile(r"[._+\d-]")
# (case-insensitive, run on the text's folded lowercase copy: the same answer, faster; led by a look-ahead for the
# first characters of its branches, so the engine skips every other character at once instead of trying the
# look-behind there: '@', an opener, '-', '_', and the first letters of the words for '@')
_AT_CUE_FIRST = "@[({<\"'“«\\-_艾小ア골aeksgzmcäэакмрсπשآएऐแ"
_AT_CUE = FoldedPattern(rf"(?=[{_AT_CUE_FIRST}])(?:@|{_OPEN}\s*{_AT_WORD}"
                        rf"|(?<!\w)(?:{_AT_WORD}|{_AT_WEAK_FOREIGN}|{_AT_FOREIGN})(?!\w)|-at-|_at_|{_AT_CJK})")
# what every ASCII `_AT_CUE` match holds, in lowercase, when it holds no "at": an ASCII word for '@' of another language
_ASCII_AT = re.compile(r"arrob|arob|chiocciol|klammeraffe|affenschwanz|apenstaartje|snabel-a|zavinac|kukac|malpa|miuku|"
                       r"grisehale|majmunica|afna|arond|et|ag")
#: For redact.py's skip test: the ASCII words for '@' other than "at" (which it knows), any case, as whole words
PRE_CHECK = (r"(?i:\b(?:arroba|arobase|arobas|chiocciola|chiocciolina|klammeraffe|affenschwanz|apenstaartje|snabel-a|"
             r"zavinac|kukac|malpa|miukumauku|miuku|grisehale|majmunica|afna|arond|et|eta|ag)\b)")
# what every `_SPACED` match holds after its '@' (found fast: '@' is a literal)
_SPACED_AFTER_AT = re.compile(r"@ ?[\w.-] [\w.-] ")
_LETTER_TLD = re.compile(r"(?:[^\W\d_]{2,}|xn--[a-z0-9-]+)\Z", re.IGNORECASE)
_EMAIL_CUE = re.compile(r"(?<![^\W\d_])(?:e-?mail|mail|почт[аыуе]|емейл|имейл|мыло|адрес|address|contact|write\s+to|"
                        r"пишите|напишите|пиши)(?![^\W\d_])", re.IGNORECASE)
_MAIL_PROVIDERS = re.compile(r"(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|mail|inbox|list|bk|yandex|ya|"
                             r"rambler|proton|protonmail|pm|gmx|web|aol|zoho|tutanota|fastmail|qq|163|ukr|i)\b",
                             re.IGNORECASE)
# a retina asset (logo@2x.png) or any name that ends in a file's extension is a file, never an address: these are
# no delegated top-level domains (`.map` is one, so `x@example.map` is an address, not a source map)
_FILE_EXTENSIONS = frozenset({
    "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "heic", "css", "js", "mjs", "cjs",
    "json", "html", "htm", "php", "txt", "xml", "yaml", "yml", "csv", "pdf", "exe", "dll", "woff", "woff2",
    "ttf", "otf", "eot", "mp3", "mp4", "webm", "ogg", "wav", "tgz", "gz", "bz2", "xz", "whl", "jar", "lock", "log",
    "ts", "tsx", "jsx", "vue", "scss", "sass", "less",
})
_LATIN = re.compile(r"[A-Za-z]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_STOP_LOCAL = frozenset({"look", "are", "is", "was", "were", "be", "me", "us", "we", "you", "they", "i", "it",
                         "stay", "stayed", "arrive", "arrived", "meet", "met", "here", "there", "him", "her"})


# an address whose '@' is replaced by a symbol the text says stands for it: "wanqing.oy#qq.com（#换成@）", "anna*mail.de
# (replace * with @)", "jan$seznam.cz ($ = @)". The symbol must be written within a few words of a lone '@' (no
# mention, no address: "#intro.md and @team" stays).
_SUBSTITUTE_SYMBOL = re.compile(r"[#*$&%!~^](?:[^@\w]{0,4}[^\W\d_]{0,8}){0,3}[^@\w]{0,4}@(?![\w.-])"
                                r"|(?<![\w.-])@[^@\w]{0,12}[#*$&%!~^]")
_SUBSTITUTED = re.compile(rf"(?<![\w.+-])(?P<local>[\w.+-]{{0,63}}\w)(?P<sym>[#*$&%!~^])"
                          rf"(?P<domain>{_LABEL}(?:\.{_LABEL}){{0,4}}\.(?:{_TLDS})){_TLD_END}", re.IGNORECASE)


def _substituted(text: str) -> Iterator[Span]:
    """The addresses written with the symbol the text's instruction names for '@'."""
    named = {ch for m in _SUBSTITUTE_SYMBOL.finditer(text) for ch in m.group() if ch in "#*$&%!~^"}
    for match in _SUBSTITUTED.finditer(text):
        if match.group("sym") in named:
            yield match.span()


def maybe(text: str) -> bool:
    """Cheap: an '@' or an 'at'-word is somewhere in the text."""
    if "@" in text:
        return True
    lower = facts(text).lower
    return (lower is None or "at" in lower or _ASCII_AT.search(lower) is not None) and _AT_CUE.search(text) is not None


# Where the first match of `_PLAIN` or `_OBFUSCATED` may start: both are searched from there, not tried at every
# position of the words before it (most of a short text's cost). A match of either holds an '@' (or a word for it) with
# its local part right before it: it cannot start before the run of local-part characters that ends at the first one.
# The runs are read backwards, on the reversed text before it (each character once: linear time).
_LOCAL_RUN = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]*")  # `_LOCAL`'s characters
# `_OBFUSCATED`'s local part's characters, and more (Chinese, Japanese and Korean letters: the run may start earlier)
_OBFUSCATED_LOCAL_RUN = re.compile(r"[\w.+-]*")
_SPACE_OR_OPENER_RUN = re.compile("[\\s" + _OPEN[1:] + "*")  # what its '@' or word for it may have before it
_SYMBOL = re.compile(r"[#*$&%!~^]")  # what every `_SUBSTITUTE_SYMBOL` match holds
# the same runs in ASCII text, read by `str.rstrip` (a loop in C: no pattern to run): `\w` and `\s` of ASCII
_ASCII_WORD = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_LOCAL_ASCII = _ASCII_WORD + ".!#$%&'*+/=?^`{|}~-"
_OBFUSCATED_LOCAL_ASCII = _ASCII_WORD + ".+-"
_SPACE_OR_OPENER_ASCII = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f [({<\"'"
# what every `_AT_CUE` match of ASCII text holds in lowercase, but an '@': "at" (a word for '@', or in "(at", "-at-",
# "_at_"), or a word of `_ASCII_AT`, each where the match starts (or one character after: "-at-", "_at_"); found by
# an automaton (C), where `_AT_CUE` tries its words at every position
_ASCII_AT_KEYS = ahocorasick.Automaton()
for _key in ("at", "arrob", "arob", "chiocciol", "klammeraffe", "affenschwanz", "apenstaartje", "snabel-a", "zavinac",
             "kukac", "malpa", "miuku", "grisehale", "majmunica", "afna", "arond", "et", "ag"):
    _ASCII_AT_KEYS.add_word(_key, len(_key))
_ASCII_AT_KEYS.make_automaton()


def _plain_from(text: str, at: int) -> int:
    """No `_PLAIN` match starts before this, the first '@' at `at`: an unquoted local part is the run of its
    characters right before the '@' of its match (one with a later '@' would hold this one, which it cannot); a quoted
    one ends in '"' right before it and holds at most 64 characters (and no '@')."""
    if at > 0 and text[at - 1] == '"':
        return max(0, at - 66)
    if facts(text).lower is not None:  # ASCII
        return len(text[:at].rstrip(_LOCAL_ASCII))
    return at - _run_end(_LOCAL_RUN, text[:at][::-1], 0)


def _obfuscated_from(text: str) -> int | None:
    """No `_OBFUSCATED` match starts before this (None: there is none). Each match's '@' or word for it is an `_AT_CUE`
    match with nothing but white space and an opening bracket between its local part and it, and its local part is a
    run of `_OBFUSCATED_LOCAL_RUN`'s characters (none of which is a space or a bracket) that starts where such a run
    starts: so it starts at or after the run that ends before the first `_AT_CUE` match (and the spaces and bracket
    before that)."""
    lower = facts(text).lower
    if lower is not None:
        return _ascii_obfuscated_from(text, lower)
    cue = _AT_CUE.search(text)
    if cue is None:
        return None
    start = cue.start()
    before = text[:start][::-1]
    return start - _run_end(_OBFUSCATED_LOCAL_RUN, before, _run_end(_SPACE_OR_OPENER_RUN, before, 0))


def _ascii_obfuscated_from(text: str, lower: str) -> int | None:
    """`_obfuscated_from` of ASCII text, from a place at or before the first `_AT_CUE` match's: the first '@' or key of
    `_ASCII_AT_KEYS` (one character earlier after a '-' or '_'), whichever comes first. From any place at or before a
    match's start, or between it and its word (white space and a bracket), the runs read back end no later."""
    start = text.find("@")
    for end, length in _ASCII_AT_KEYS.iter(lower):
        if start < 0 or end - length + 1 < start:
            start = end - length + 1
    if start < 0:
        return None
    if start > 0 and text[start - 1] in "-_":
        start -= 1
    return len(text[:start].rstrip(_SPACE_OR_OPENER_ASCII).rstrip(_OBFUSCATED_LOCAL_ASCII))


def _run_end(run: re.Pattern[str], text: str, pos: int) -> int:
    """Where the run of a `[...]*` pattern's characters from `pos` ends."""
    match = run.match(text, pos)
    return pos if match is None else match.end()


def find(text: str) -> Iterator[Span]:
    at = text.find("@")
    if at >= 0:
        for match in _PLAIN.finditer(text, _plain_from(text, at)):
            span = _plain(text, match)
            if span is not None:
                yield span
        # (a space after an '@' first: what every `_SPACED_AFTER_AT` match holds)
        for match in _SPACED.finditer(text) if text.find(" ", at + 1) >= 0 and _SPACED_AFTER_AT.search(text) else ():
            if _PLAIN.fullmatch(match.group().replace(" ", "")):
                yield match.span()
        if _SYMBOL.search(text) is not None and _SUBSTITUTE_SYMBOL.search(text):
            yield from _substituted(text)
    start = _obfuscated_from(text)
    for match in _OBFUSCATED.finditer(text, start) if start is not None else ():
        spaced_at = match.group("at").strip() == "@"
        if spaced_at and "@" not in match.group("domain") and not _strong_dot(match.group()):
            if _PLAIN.fullmatch(match.group().replace(" ", "")):  # "john @ example.com"
                yield match.span()
            continue
        weak = _AT_WEAK_RE.fullmatch(match.group("at")) is not None
        other = not weak and _AT_WEAK_OTHER_RE.fullmatch(match.group("at")) is not None
        if (weak or other) and match.group("local").lower() in _STOP_LOCAL:
            continue  # "look at the dot com bubble"
        if weak and not _strong_dot(match.group()) and not _weak_ok(text, match):
            continue
        if other and not _weak_ok(text, match):
            continue  # "parti et revient point de vue": French "et" and "point" in prose
        before = _LOCAL_BEFORE.search(text, max(0, match.start() - 64), match.start())
        start = before.start() if before is not None else match.start()
        local = text[start:match.start("at")]
        # the shortest domain ended at a top-level domain that one more label follows: "example.co נקודה il"
        end = match.end()
        for _ in range(2):
            more = _MORE_TLD.match(text, end)
            if more is None:
                break
            end = more.end()
        # a Latin local part glued to the Chinese or Japanese words before it ("我的邮箱是yang.haoran30艾特...")
        yield start + len(local) - len(_one_script(local, leading=True)), end


def _strong_dot(value: str) -> bool:
    """`_STRONG_DOT` is in the value: in ASCII, it needs an opening bracket or the word "dot" in any case."""
    if value.isascii() and _ASCII_DOT_WORD.search(value.lower()) is None and _OPENERS.isdisjoint(value):
        return False
    return _STRONG_DOT.search(value) is not None


def _weak_ok(text: str, match: re.Match[str]) -> bool:
    """'john at gmail.com': an address when the local part looks like one, the domain is a mail provider's,
    or an email cue comes shortly before; "look at example.com" is not."""
    local = match.group("local")
    if local.lower() in _STOP_LOCAL:
        return False
    return bool(_LOCALISH.search(local) or _MAIL_PROVIDERS.match(match.group("domain"))
                or _EMAIL_CUE.search(text, max(0, match.start() - 32), match.start()))


def _plain(text: str, match: re.Match[str]) -> Span | None:
    start, end = match.span()
    value = match.group()
    local, _, domain = value.rpartition("@")
    domain = _one_script(domain.rstrip(".-"), leading=False)
    if not domain.startswith("["):
        if "." not in domain:
            return None  # name@domain, user@localhost, /docs/@types/node: a placeholder, a host, an npm scope
        tld = domain.rsplit(".", 1)[-1]
        if not _LETTER_TLD.match(tld) or tld.lower() in _FILE_EXTENSIONS:
            return None  # lodash@4.17.21, image@sha256, logo@2x.png
    end = start + len(local) + 1 + len(domain)
    # "/contact/bob@x.org" or "?e=bob@x.org": keep the path or parameter in front of the address
    cut = max(local.rfind("/"), local.rfind("?"), local.rfind("="))
    if 0 <= cut < len(local) - 1:
        start += cut + 1
        local = local[cut + 1:]
    trimmed = _one_script(local, leading=True)
    start += len(local) - len(trimmed)
    local = trimmed
    if not local.strip(".") or not local:
        return None
    return start, end


def _one_script(part: str, *, leading: bool) -> str:
    """An address is written in one script: a Latin local part or domain glued to Cyrillic words
    ("написатьyulia.k@example.ruсрочно") is cut where the script changes; one wholly in Cyrillic
    ("пользователь@пример.рф") stays whole. `leading`: cut the words in front (a local part), else behind."""
    if part.isascii() or not _LATIN.search(part) or not _NON_LATIN_LETTER.search(part):
        return part
    if leading:
        first_latin = _LATIN.search(part)
        assert first_latin is not None
        return part[first_latin.start():] if not _NON_LATIN_LETTER.search(part, first_latin.start()) else part
    last = part.rsplit(".", 1)
    label = last[-1]
    cut = _NON_LATIN_LETTER.search(label)
    if cut is None or not _LATIN.search(label[:cut.start()]):
        return part
    return (last[0] + "." if len(last) == 2 else "") + label[:cut.start()]
