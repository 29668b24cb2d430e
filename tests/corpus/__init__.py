"""The labelled privacy corpus of issue 14, and how one case is planted in an event and judged.

`privacy.jsonl` holds one case a line: a string that carries an identifier (`expect: caught`, with the
exact substring that must not leave in `identifier`) or an innocent look-alike (`expect: kept`), its
`kind` (for a look-alike, the kind it resembles), where it came from (`source`: another scanner's
public test suite, or `logwarden` for the team's own) and an optional `note` on the form.

A case is judged the way a user would see it: planted, one event per placement, at each of the places
a route keeps free text (see `PLACEMENTS`), routed by `pipeline.scrub.Router.route` (the core that
`logwarden scrub` runs), and every routed output of every route inspected:

- a positive *survives* if its identifier, in any of the forms it may take on the way (as written,
  percent-encoded, or decoded from the percent-, HTML-, JSON-, base64- or Unicode-compatibility
  encoding it was written in), is found case-insensitively in any string of any output, also after
  percent-decoding that string once or twice; for the digit kinds (phone, card, INN, SNILS, passport)
  with at least 7 digits, also if those digits (for a phone, its last 7, the subscriber's number
  whatever the country or trunk prefix) appear in the digits of any output string, so a number that
  leaks with its separators or prefix changed still counts. Strings the same event carries
  without the case (the baseline) are left out, so the envelope's own digits cannot match.
- a look-alike is *kept* if its text is found unchanged in an output string; for the query and path
  placements, which a route may re-encode, in the percent-decoded string.
- an event the core rejects (DLQ) or drops fails either way: the raw event went where it should not,
  or the innocent value is lost.

To add a case, append a line: synthetic values only (example domains, documentation or fictional
numbers, generated Luhn- or checksum-valid numbers stored literally), the other scanner's test file in
`source` when the string comes from one, and a look-alike under the kind it would be mistaken for.

The multilingual cases of issue 23 live in `multilingual/<lang>.jsonl`, written by
`make_multilingual.py` (deterministic; rerun it after changing `_languages.py`). Every line, here and
there, also has `lang` (BCP-47) and `tier`: `core` (emails, phones, cards, IPs, IBANs, secrets, names
after a cue: every form must be caught), `extended` (names without a cue, addresses, identity numbers,
dates of birth, passports, user names, INN, SNILS, MAC, wallets, geo: best effort) or `lookalike`
(expect: kept). A file without those fields (another scorer's, or an older one) gets them derived:
`lang` "und", `tier` from the kind. `load_cases()` reads the original corpus and every multilingual
file; a case's id is "<file>:<line>".

The kinds are the registry's (pipeline/privacy/registry.py) plus the corpus kinds no detector has yet
(`CORPUS_ONLY_KINDS`): a case of such a kind is scored like any other, and counts as a miss until a
detector catches it.

The helpers are pure and fast (no servers): `bench/privacy.py` and `tests/pipeline/privacy/test_privacy_corpus.py`
share them, so the report and the tests judge the same way.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import html
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import orjson

from pipeline.policy import load_policy
from pipeline.privacy import registry
from pipeline.scrub import Router

CORPUS = Path(__file__).with_name("privacy.jsonl")
MULTILINGUAL = Path(__file__).with_name("multilingual")
PROJECT_ROOT = Path(__file__).resolve().parents[2]

#: Corpus kinds the registry has no detector for yet, and the tier such a kind belongs to.
CORPUS_ONLY_KINDS: dict[str, str] = {"address": "extended", "national_id": "extended", "username": "extended"}
#: The kinds every form of which must be caught (the registry's core tier), and the best-effort ones.
CORE_KINDS: tuple[str, ...] = registry.CORE_KINDS + tuple(
    k for k, tier in CORPUS_ONLY_KINDS.items() if tier == "core" and k not in registry.KINDS)
OTHER_KINDS: tuple[str, ...] = registry.EXTENDED_KINDS + tuple(
    k for k, tier in CORPUS_ONLY_KINDS.items() if tier != "core" and k not in registry.KINDS)
KINDS: tuple[str, ...] = CORE_KINDS + OTHER_KINDS
EXPECTS = ("caught", "kept")
TIERS = ("core", "extended", "lookalike")
#: The kinds whose positives are core whatever the form; a name is core only after a cue (its `tier` says).
CORE_CASE_KINDS = frozenset({"email", "phone", "card", "ip", "iban", "secret"})
#: Kinds whose identifiers are numbers: their digits alone, re-grouped, still identify.
DIGIT_KINDS = frozenset({"phone", "card", "inn", "snils", "passport", "national_id"})
MIN_DIGITS = 7


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled string of the corpus; `line` is its 1-based line in `file` ("file:line" is its id)."""

    line: int
    kind: str
    text: str
    identifier: str | None
    expect: str
    source: str
    note: str = ""
    lang: str = "und"
    tier: str = ""
    file: str = CORPUS.name

    @property
    def positive(self) -> bool:
        return self.expect == "caught"

    @property
    def core(self) -> bool:
        return self.tier == "core"

    @property
    def original(self) -> bool:
        """A case of the original corpus (tests/corpus/privacy.jsonl), held to 100 %."""
        return self.file == CORPUS.name

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def ref(self) -> str:
        return f"{self.kind}#{self.line}" if self.original else f"{self.kind}#{Path(self.file).stem}:{self.line}"


def default_tier(kind: str, expect: str, note: str = "") -> str:
    """The tier of a case that does not say: look-alike, core for the core kinds and cued names, else extended."""
    if expect == "kept":
        return "lookalike"
    if kind in CORE_CASE_KINDS or (kind == "name" and "cue" in note and "no cue" not in note):
        return "core"
    return "extended"


def corpus_files() -> list[Path]:
    """The original corpus, then every multilingual file in name order."""
    return [CORPUS, *sorted(MULTILINGUAL.glob("*.jsonl"))]


def load_cases(path: Path | None = None) -> list[Case]:
    """Every case of one file, or (no path) of the original corpus and every multilingual file, in file order.

    Raises ValueError naming the file and line of a malformed case."""
    if path is None:
        return [case for file in corpus_files() for case in load_cases(file)]
    name = path.name if path.parent in (CORPUS.parent, MULTILINGUAL) else str(path)
    if path.parent == MULTILINGUAL:
        name = f"{MULTILINGUAL.name}/{path.name}"
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}:{number}: not JSON ({exc.msg})") from None
        missing = [k for k in ("kind", "text", "identifier", "expect", "source") if k not in row]
        if missing:
            raise ValueError(f"{name}:{number}: missing {', '.join(missing)}")
        note = row.get("note", "")
        cases.append(Case(line=number, kind=row["kind"], text=row["text"], identifier=row["identifier"],
                          expect=row["expect"], source=row["source"], note=note, lang=row.get("lang", "und"),
                          tier=row.get("tier") or default_tier(row["kind"], row["expect"], note), file=name))
    return cases


# --- where a case is planted ---

#: The characters a producer leaves unencoded in a path segment (RFC 3986 pchar without "/").
_PCHAR_SAFE = "-._~!$&'()*+,;=:@"

Plant = Callable[[dict[str, Any], str], None]


def _in_properties(event: dict[str, Any], text: str) -> None:
    event["action"]["properties"]["comment"] = text


def _in_nested_list(event: dict[str, Any], text: str) -> None:
    event["action"]["properties"]["items"] = ["first", [text, 3], {"qty": 2}]


def _in_nested_object(event: dict[str, Any], text: str) -> None:
    event["action"]["properties"]["meta"] = {"detail": {"text": text, "step": 2}}


def _in_query(event: dict[str, Any], text: str) -> None:
    event["request"]["query"] = f"lang=en&q={quote(text, safe='')}&page=2"


def _in_path(event: dict[str, Any], text: str) -> None:
    event["request"]["path"] = f"/docs/{quote(text, safe=_PCHAR_SAFE)}/view"


#: Every place a route keeps free text, by name.
PLACEMENTS: dict[str, Plant] = {
    "properties": _in_properties,
    "nested_list": _in_nested_list,
    "nested_object": _in_nested_object,
    "query": _in_query,
    "path": _in_path,
}
_DECODED_PLACEMENTS = frozenset({"query", "path"})

#: An action event every route keeps: all four purposes declared, every consent given.
BASE_EVENT: dict[str, Any] = {
    "schema": "action/1",
    "event_id": "5f0c8e2a-7b1d-4e6f-9a3c-1d2e3f4a5b6c",
    "ts": "2026-11-24T15:40:36.123Z",
    "service": "alexrust.org",
    "purposes": ["2.1.1", "2.1.2", "2.1.3", "2.1.4"],
    "consent": {"analytics": True, "marketing": True},
    "request": {"method": "POST", "host": "alexrust.org", "path": "/docs/install", "query": "lang=en",
                "status": 200, "bytes": 512, "duration_ms": 3.5},
    "client": {"user_agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Safari/537.36",
               "accept_language": "ru-RU,ru;q=0.9"},
    "device": {"type": "desktop", "screen": "1920x1080", "location": {"country": "RU", "city": "Moscow"}},
    "action": {"name": "form_submit", "properties": {"button": "submit"}},
}
_NEUTRAL = "hello"


def event_with(text: str, placement: str) -> dict[str, Any]:
    """A copy of the base event with `text` planted at `placement`."""
    event = copy.deepcopy(BASE_EVENT)
    PLACEMENTS[placement](event, text)
    return event


def make_router() -> Router:
    """The router of the project's own policy, with a fixed test key."""
    return Router(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"corpus-key-0123456789abcdef", "k1")


# --- judging ---

@dataclass(frozen=True, slots=True)
class Routed:
    """The strings (keys and values) of every routed output, or why there were none."""

    strings: tuple[str, ...]
    failure: str = ""  # "dlq:<reason>" or "dropped:<reason>"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One case in one placement: `ok` is caught for a positive, kept for a look-alike."""

    case: Case
    placement: str
    ok: bool
    detail: str = ""
    outputs: tuple[str, ...] = field(default=(), repr=False)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield key
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
    elif node is not None and not isinstance(node, bool):
        yield str(node)


def route(router: Router, event: dict[str, Any]) -> Routed:
    """Route one event through the core; the strings of all outputs, or the reason there were none."""
    outcome = router.route(orjson.dumps(event))
    if outcome.rejected:
        return Routed((), f"dlq:{outcome.rejected}")
    if outcome.dropped:
        return Routed((), f"dropped:{outcome.dropped}")
    found: list[str] = []
    for output in outcome.outputs:
        found.extend(_strings(orjson.loads(output.value)))
    return Routed(tuple(found))


_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def _digits(text: str) -> str:
    """The decimal digits of a string in any script, as ASCII."""
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def _decodings(text: str) -> set[str]:
    """The string as written and as each layer of encoding a producer may have put on it decodes."""
    forms = {text}
    for _ in range(2):
        for form in list(forms):
            forms.add(unquote(form))
            forms.add(html.unescape(form))
            forms.add(_INVISIBLE.sub("", unicodedata.normalize("NFKC", form)))
            if "\\" in form:
                with contextlib.suppress(json.JSONDecodeError):
                    forms.add(json.loads(f'"{form}"'))
    compact = text.strip()
    if re.fullmatch(r"[A-Za-z0-9+/_-]{8,}={0,2}", compact):
        try:
            decoded = base64.urlsafe_b64decode(compact.replace("+", "-").replace("/", "_") + "=" * (-len(compact) % 4))
            text_form = decoded.decode("utf-8")
            if len(text_form) >= 6 and text_form.isprintable():
                forms.add(text_form)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    return {f for f in forms if len(f.strip()) >= 3}


def identifier_forms(identifier: str) -> set[str]:
    """Every form of an identifier that counts as the identifier leaving, lower-cased."""
    forms: set[str] = set()
    for form in _decodings(identifier):
        forms.update({form, quote(form, safe=""), quote_plus(form, safe=""), quote(form, safe="/:@")})
    return {f.lower() for f in forms}


def _haystacks(strings: tuple[str, ...], baseline: frozenset[str]) -> list[str]:
    seen: list[str] = []
    for text in strings:
        if text in baseline:
            continue
        once = unquote(text)
        seen.extend({text, once, unquote(once), unquote_plus(text)})
    return seen


def survives(case: Case, routed: Routed, baseline: frozenset[str] = frozenset()) -> bool:
    """True if the case's identifier, in any of its forms, is in a routed output (see the module doc)."""
    assert case.identifier is not None
    haystacks = [h.lower() for h in _haystacks(routed.strings, baseline)]
    forms = identifier_forms(case.identifier)
    if any(form in hay for hay in haystacks for form in forms):
        return True
    digits = _digits(unicodedata.normalize("NFKC", unquote(unquote(case.identifier))))
    if case.kind not in DIGIT_KINDS or len(digits) < MIN_DIGITS:
        return False
    if case.kind == "phone":  # the subscriber's digits: "+7 912..." and "8 912..." are the same number
        digits = digits[-MIN_DIGITS:]
    return any(digits in _digits(hay) for hay in haystacks)


def kept(case: Case, routed: Routed, placement: str, baseline: frozenset[str] = frozenset()) -> bool:
    """True if a look-alike's text is found unchanged in an output (decoded for the query and path)."""
    strings = [s for s in routed.strings if s not in baseline]
    if placement in _DECODED_PLACEMENTS:
        strings = [form for s in strings for form in (s, unquote(s), unquote_plus(s))]
    return any(case.text in s for s in strings)


class Judge:
    """Plants cases in events, routes them and decides; keeps the baseline strings of each placement."""

    def __init__(self, router: Router | None = None) -> None:
        self.router = router or make_router()
        self._baseline = {name: frozenset(route(self.router, event_with(_NEUTRAL, name)).strings)
                          for name in PLACEMENTS}

    def verdict(self, case: Case, placement: str) -> Verdict:
        routed = route(self.router, event_with(case.text, placement))
        if routed.failure:
            return Verdict(case, placement, ok=False, detail=routed.failure)
        baseline = self._baseline[placement]
        if case.positive:
            ok = not survives(case, routed, baseline)
            detail = "" if ok else "survived"
        else:
            ok = kept(case, routed, placement, baseline)
            detail = "" if ok else "not kept"
        return Verdict(case, placement, ok=ok, detail=detail, outputs=routed.strings)

    def verdicts(self, case: Case) -> list[Verdict]:
        """The case in every placement."""
        return [self.verdict(case, name) for name in PLACEMENTS]


def plain_survives(case: Case, cleaned: str) -> bool:
    """For a peer given the plain text: True if the identifier survives in what it returned."""
    return survives(case, Routed((cleaned,)))


def plain_kept(case: Case, cleaned: str) -> bool:
    """For a peer given the plain text: True if the look-alike is unchanged in what it returned."""
    return case.text in cleaned
