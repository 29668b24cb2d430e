"""`make privacy-report`: identifiers caught and look-alikes kept, per kind and per language, beside the peers.

The cases are the labelled corpus of tests/corpus: the original corpus of issue 14 and the multilingual
one of issue 23 (38 languages), each case with its kind, language and tier (core: every form must be
caught; extended: best effort; look-alike: must be kept). logwarden is measured the way a user meets
it: each case planted in an event at every place a route keeps free text and routed by the core that
`logwarden scrub` runs; a positive counts as caught only if it is caught in every placement, a
look-alike as kept only if it is kept in every placement (tests/corpus says exactly when an identifier
survives). The peers get the easier task, the plain string: scrubadub's `clean`, and Presidio's
predefined pattern recognizers (its AnalyzerEngine on an empty spaCy pipeline saved to a temporary
folder, so no language model is downloaded; every span it finds is replaced). The same survival rules
judge what each returns.

Two tables: per kind (with the core, extended and look-alike totals), and per language (caught % of the
core tier, caught % of the extended tier, kept % of the look-alikes, for every tool). `--corpus PATH`
scores any JSONL file in the corpus format instead (the lead's blind holdout:
`python -m bench.privacy --corpus tests/corpus/holdout.jsonl --only logwarden`); `--lang` keeps only
some languages.

Microseconds per string: for a peer, one call on the string; for logwarden, the route of the event
carrying the string minus the route of the same event carrying a neutral word, so the figure is the
cost of the string, not of the envelope. Each timed run gets the string with a different neutral word
appended, so a cache of repeated strings (the redactor keeps one) cannot flatter anyone; the median
of the runs is kept. Ratios matter more than the absolute numbers.

The text-heavy row: form messages in many languages (the multilingual cases of one language joined
five at a time, a few hundred characters each, as a contact form delivers them), each cleaned as a
plain string: logwarden's redactor (`Redactor.text`, what the route runs on every free-text value)
beside scrubadub's `clean`, µs per message and the ratio (the issue's target: logwarden at most 0.3x
scrubadub).

The peers are an optional extra (`pip install -e '.[peers]'`, which `make privacy-report` does);
`--only logwarden` runs without them, `--misses KIND` lists what logwarden lets through.
"""

from __future__ import annotations

import itertools
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import orjson

from pipeline.privacy.redact import Redactor
from tests.corpus import (
    CORPUS,
    KINDS,
    MULTILINGUAL,
    PLACEMENTS,
    PROJECT_ROOT,
    TIERS,
    Case,
    Judge,
    Verdict,
    event_with,
    load_cases,
    plain_kept,
    plain_survives,
)

TOOLS = ("logwarden", "scrubadub", "presidio")
RESULTS = Path(__file__).with_name("results") / "privacy.json"
INSTALL_HINT = ("the peers are an optional extra: .venv/bin/pip install -e '.[peers]' (make privacy-report does it), "
                "or run with --only logwarden")
Clean = Callable[[str], str]
#: Cases of one language joined into one form message for the text-heavy row.
FORM_CASES = 5
#: The issue's speed target on form messages: logwarden's time per message at most this share of scrubadub's.
TEXT_HEAVY_TARGET = 0.3


@dataclass
class Score:
    """One tool on a group of cases (a kind, a tier, a language): counts, and the time per string."""

    cases: int = 0
    positives: int = 0
    caught: int = 0
    negatives: int = 0
    kept: int = 0
    errors: int = 0
    micros: list[float] = field(default_factory=list)

    def add(self, case: Case, ok: bool, micros: float) -> None:
        self.cases += 1
        if case.positive:
            self.positives += 1
            self.caught += ok
        else:
            self.negatives += 1
            self.kept += ok
        self.micros.append(micros)

    def merged(self, other: Score) -> Score:
        return Score(self.cases + other.cases, self.positives + other.positives, self.caught + other.caught,
                     self.negatives + other.negatives, self.kept + other.kept, self.errors + other.errors,
                     self.micros + other.micros)

    @property
    def caught_share(self) -> float | None:
        return self.caught / self.positives if self.positives else None

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.negatives if self.negatives else None

    @property
    def micros_per_string(self) -> float:
        return statistics.fmean(self.micros) if self.micros else 0.0

    def as_json(self) -> dict[str, Any]:
        return {"cases": self.cases, "positives": self.positives, "caught": self.caught,
                "caught_share": self.caught_share, "negatives": self.negatives, "kept": self.kept,
                "kept_share": self.kept_share, "errors": self.errors,
                "micros_per_string": round(self.micros_per_string, 1)}


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case for one tool: right or not (caught, or kept), and its time."""

    case: Case
    ok: bool
    micros: float
    error: bool = False


def score(outcomes: Iterable[Outcome]) -> Score:
    found = Score()
    for outcome in outcomes:
        found.add(outcome.case, outcome.ok, outcome.micros)
        found.errors += outcome.error
    return found


# --- the peers ---

def _scrubadub() -> Clean:
    import scrubadub

    # one Scrubber, reused, as a service would hold it: `scrubadub.clean` builds a new one (its detectors and their
    # patterns) on every call, about half of its time on a form message, which would flatter logwarden twofold
    return scrubadub.Scrubber().clean


def _presidio() -> Clean:
    # the Public Suffix List snapshot that tldextract ships, never a download at run time
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import spacy
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    folder = tempfile.mkdtemp(prefix="logwarden-blank-en-")
    spacy.blank("en").to_disk(folder)
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": folder}])
    nlp_engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.recognizers = [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]
    engine = AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["en"])

    def clean(text: str) -> str:
        spans = sorted((r.start, r.end, r.entity_type) for r in engine.analyze(text=text, language="en"))
        merged: list[list[Any]] = []
        for start, end, entity in spans:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end, entity])
        for start, end, entity in reversed(merged):
            text = f"{text[:start]}<{entity}>{text[end:]}"
        return text

    return clean


PEERS: dict[str, Callable[[], Clean]] = {"scrubadub": _scrubadub, "presidio": _presidio}


def load_peers(names: Iterable[str]) -> dict[str, Clean]:
    """The cleaning function of each named peer; a click error with the install hint if one is missing."""
    found = {}
    for name in names:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found[name] = PEERS[name]()
        except ImportError as exc:
            raise click.ClickException(f"{name} is not installed ({exc.name}); {INSTALL_HINT}") from None
    return found


# --- measuring ---

def _tags(count: int, start: int = 0) -> list[str]:
    """`count` distinct lower-case words ("qa", "qb", ...): no digit, no cue, nothing a detector looks at."""
    tags = []
    for index in range(start, start + count):
        word = ""
        while True:
            index, rest = divmod(index, 26)
            word += chr(97 + rest)
            if not index:
                break
        tags.append("q" + word)
    return tags


def _median_micros(run: Callable[[str], object], texts: list[str]) -> float:
    """The median time of `run` over distinct texts: a redactor that caches repeated strings gains nothing."""
    times = []
    for text in texts:
        started = time.perf_counter_ns()
        run(text)
        times.append(time.perf_counter_ns() - started)
    return statistics.median(times) / 1000


def _variants(text: str, tags: list[str]) -> list[str]:
    return [f"{text} {tag}" for tag in tags]


def measure_logwarden(cases: list[Case], judge: Judge, repeats: int) -> tuple[list[Outcome], list[list[Verdict]]]:
    """logwarden on every case over all placements, in corpus order; and every case's verdicts."""
    router = judge.router

    def route_text(text: str) -> object:
        return router.route(orjson.dumps(event_with(text, "properties")))

    tags = _tags(repeats)
    floor = _median_micros(route_text, _variants("hello", _tags(repeats * 40))) if repeats else 0.0
    outcomes, verdicts = [], []
    for case in cases:
        found = judge.verdicts(case)
        verdicts.append(found)
        micros = max(_median_micros(route_text, _variants(case.text, tags)) - floor, 0.0) if repeats else 0.0
        outcomes.append(Outcome(case, all(v.ok for v in found), micros))
    router.tally.drain()
    return outcomes, verdicts


def measure_peer(cases: list[Case], clean: Clean, repeats: int) -> list[Outcome]:
    """A peer on every case's plain string, in corpus order."""
    tags = _tags(repeats)
    outcomes = []
    for case in cases:
        try:
            cleaned = clean(case.text)
            micros = _median_micros(clean, _variants(case.text, tags)) if repeats else 0.0
        except Exception:  # noqa: BLE001 - a peer failing on one string costs that string, not the report
            outcomes.append(Outcome(case, False, 0.0, error=True))
            continue
        ok = not plain_survives(case, cleaned) if case.positive else plain_kept(case, cleaned)
        outcomes.append(Outcome(case, ok, micros))
    return outcomes


def form_messages(cases: list[Case]) -> list[str]:
    """The multilingual cases of each language joined `FORM_CASES` at a time: form messages of a few hundred
    characters, as a contact form delivers them."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        if not case.original:
            by_lang[case.lang].append(case.text)
    messages: list[str] = []
    for texts in by_lang.values():
        messages.extend("\n".join(texts[i:i + FORM_CASES]) for i in range(0, len(texts) - FORM_CASES + 1, FORM_CASES))
    return messages


_TEXT_HEAVY_RUNS = itertools.count()


def text_heavy(messages: list[str], cleaners: dict[str, Clean], repeats: int) -> dict[str, float]:
    """µs per form message, cleaned as a plain string, per tool (the median of `repeats` runs on distinct variants)."""
    # words no earlier run used: the redactor's cache of detections outlives a Redactor
    tags = _tags(max(repeats, 1), start=10_000 + len(messages) * repeats * next(_TEXT_HEAVY_RUNS))
    return {name: statistics.fmean(_median_micros(clean, _variants(message, tags)) for message in messages)
            for name, clean in cleaners.items()} if messages else {}


# --- reporting ---

def _share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} {part:>4}/{whole:<4}" if whole else "        -        "


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def by_kind(outcomes: list[Outcome]) -> list[tuple[str, Score]]:
    """Per kind present, then the core and extended positives, the look-alikes and all."""
    kinds = [*KINDS, *sorted({o.case.kind for o in outcomes} - set(KINDS))]
    rows = [(kind, score(o for o in outcomes if o.case.kind == kind)) for kind in kinds]
    rows = [(kind, found) for kind, found in rows if found.cases]
    return [*rows,
            ("core tier", score(o for o in outcomes if o.case.tier == "core")),
            ("extended tier", score(o for o in outcomes if o.case.tier == "extended")),
            ("look-alikes", score(o for o in outcomes if o.case.tier == "lookalike")),
            ("all", score(outcomes))]


def languages_of(outcomes: list[Outcome]) -> list[str]:
    """The languages, most cases first."""
    counts: dict[str, int] = defaultdict(int)
    for outcome in outcomes:
        counts[outcome.case.lang] += 1
    return sorted(counts, key=lambda lang: (-counts[lang], lang))


def by_language(outcomes: list[Outcome], languages: list[str]) -> dict[str, dict[str, Score]]:
    """Per language, and over all languages ("all"): one score per tier."""
    table: dict[str, dict[str, Score]] = {lang: {tier: Score() for tier in TIERS} for lang in [*languages, "all"]}
    for outcome in outcomes:
        for lang in (outcome.case.lang, "all"):
            table[lang][outcome.case.tier].add(outcome.case, outcome.ok, outcome.micros)
    return table


def _render(rows: list[list[str]], rules: Iterable[int] = ()) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    rule = "  ".join("-" * w for w in widths)
    for at in sorted({1, *rules}, reverse=True):
        lines.insert(at, rule)
    return "\n".join(lines)


def kind_table(results: dict[str, list[Outcome]]) -> str:
    tools = list(results)
    header = ["kind", "cases", "+", "-"]
    for tool in tools:
        header += [f"{tool} caught", f"{tool} kept", "µs/str"]
    grouped = {tool: by_kind(outcomes) for tool, outcomes in results.items()}
    rows = [header]
    for index, (kind, first) in enumerate(grouped[tools[0]]):
        row = [kind, str(first.cases), str(first.positives), str(first.negatives)]
        for tool in tools:
            found = grouped[tool][index][1]
            row += [_share(found.caught, found.positives), _share(found.kept, found.negatives),
                    f"{found.micros_per_string:,.0f}" if found.micros_per_string else "-"]
        rows.append(row)
    return _render(rows, [len(rows) - 4])


def language_table(results: dict[str, list[Outcome]]) -> str:
    tools = list(results)
    languages = languages_of(results[tools[0]])
    tables = {tool: by_language(outcomes, languages) for tool, outcomes in results.items()}
    header = ["lang", "cases"]
    for tool in tools:
        header += [f"{tool} core", "extended", "kept"]
    rows = [header]
    for lang in [*languages, "all"]:
        first = tables[tools[0]][lang]
        row = [lang, str(sum(first[tier].cases for tier in TIERS))]
        for tool in tools:
            tiers = tables[tool][lang]
            row += [_percent(tiers["core"].caught, tiers["core"].positives),
                    _percent(tiers["extended"].caught, tiers["extended"].positives),
                    _percent(tiers["lookalike"].kept, tiers["lookalike"].negatives)]
        rows.append(row)
    return _render(rows, [len(rows) - 1])


def behind(results: dict[str, list[Outcome]]) -> list[str]:
    """Where a peer does better than logwarden: a higher share caught, or a higher share of look-alikes kept."""
    if "logwarden" not in results:
        return []
    ours = dict(by_kind(results["logwarden"]))
    found = []
    for tool, outcomes in results.items():
        if tool == "logwarden":
            continue
        for kind, theirs in by_kind(outcomes):
            mine = ours[kind]
            for label, a, b in (("caught", mine.caught_share, theirs.caught_share),
                                ("kept", mine.kept_share, theirs.kept_share)):
                if a is not None and b is not None and b > a:
                    found.append(f"{kind} {label} ({tool} {b:.1%} > {a:.1%})")
    return found


def placement_lines(verdicts: list[list[Verdict]]) -> str:
    """logwarden per placement: the share of core-tier identifiers caught and of look-alikes kept."""
    out = []
    for index, name in enumerate(PLACEMENTS):
        core = [v[index] for v in verdicts if v[index].case.positive and v[index].case.core]
        negatives = [v[index] for v in verdicts if not v[index].case.positive]
        out.append(f"  {name:<14} core caught {_share(sum(v.ok for v in core), len(core))}   "
                   f"look-alikes kept {_share(sum(v.ok for v in negatives), len(negatives))}")
    return "\n".join(out)


def misses(verdicts: list[list[Verdict]], kind: str) -> list[str]:
    """One line per case of `kind` ("all", "core", "extended" or a kind) that logwarden gets wrong somewhere."""
    lines = []
    for found in verdicts:
        case = found[0].case
        wrong = [v for v in found if not v.ok]
        wanted = (kind == "all" or case.kind == kind or (kind in ("core", "extended") and case.tier == kind))
        if not wanted or not wrong:
            continue
        what = "survives" if case.positive else "not kept"
        where = ", ".join(f"{v.placement}" + (f" ({v.detail})" if v.detail.startswith(("dlq", "dropped")) else "")
                          for v in wrong)
        shown = f" identifier {case.identifier!r}" if case.positive and case.identifier != case.text else ""
        lines.append(f"{case.ref:<16} [{case.lang}] {what} in {where}: {case.text!r}{shown}"
                     + (f"  [{case.note}]" if case.note else ""))
    return lines


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return str(path)


@click.command()
@click.option("--only", "only", type=click.Choice(TOOLS), multiple=True,
              help="Measure only these tools (default: all three).")
@click.option("--corpus", "corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Score this JSONL file (the corpus format) instead of tests/corpus (original + multilingual).")
@click.option("--lang", "langs", multiple=True, help="Keep only the cases of these languages (BCP-47; repeatable).")
@click.option("--misses", "misses_kind", type=click.Choice([*KINDS, "core", "extended", "all"]), default=None,
              help="List the cases of this kind (or tier) that logwarden lets through (or destroys), by kind#line.")
@click.option("--repeats", default=5, show_default=True,
              help="Timed runs per string (the median is kept); 0 scores without timing.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=RESULTS, show_default=True,
              help="Where the figures are written as JSON.")
def main(only: tuple[str, ...], corpus: Path | None, langs: tuple[str, ...], misses_kind: str | None, repeats: int,
         out: Path) -> None:
    """Print the privacy report of the corpus: logwarden beside scrubadub and Presidio."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    tools = [t for t in TOOLS if t in only] if only else list(TOOLS)
    if misses_kind and "logwarden" not in tools:
        tools.insert(0, "logwarden")
    cases = load_cases(corpus)
    if langs:
        cases = [c for c in cases if c.lang in langs]
        if not cases:
            raise click.ClickException(f"no case in {', '.join(langs)}")
    source = _relative(corpus) if corpus else f"{_relative(CORPUS)} + {_relative(MULTILINGUAL)}/*.jsonl"
    peers = load_peers([t for t in tools if t != "logwarden"])
    results: dict[str, list[Outcome]] = {}
    verdicts: list[list[Verdict]] = []
    if "logwarden" in tools:
        click.echo("measuring logwarden ...", err=True)
        results["logwarden"], verdicts = measure_logwarden(cases, Judge(), repeats)
    for name, clean in peers.items():
        click.echo(f"measuring {name} ...", err=True)
        results[name] = measure_peer(cases, clean, repeats)
    click.echo(f"privacy report: {len(cases)} cases of {source}" + (f" ({', '.join(langs)})" if langs else "")
               + "; caught = no form of the identifier left in any output; kept = the look-alike unchanged")
    click.echo(kind_table(results))
    click.echo("\nper language: caught % of the core tier, of the extended tier; kept % of the look-alikes")
    click.echo(language_table(results))
    if verdicts:
        click.echo("\nlogwarden by placement (a case counts above only if right in all of them):")
        click.echo(placement_lines(verdicts))
    cleaners: dict[str, Clean] = {}
    if "logwarden" in tools:
        cleaners["logwarden"] = Redactor().text
    if "scrubadub" in peers:
        cleaners["scrubadub"] = peers["scrubadub"]
    messages = form_messages(cases)
    heavy = text_heavy(messages, cleaners, repeats) if repeats else {}
    if heavy:
        mean_chars = statistics.fmean(len(m) for m in messages)
        line = (f"\ntext-heavy: {len(messages)} form messages in {len({c.lang for c in cases if not c.original})} "
                f"languages, {mean_chars:,.0f} characters on average, µs per message: "
                + ", ".join(f"{tool} {micros:,.0f}" for tool, micros in heavy.items()))
        if "logwarden" in heavy and "scrubadub" in heavy:
            ratio = heavy["logwarden"] / heavy["scrubadub"]
            line += f"; logwarden/scrubadub {ratio:.2f}x (target <= {TEXT_HEAVY_TARGET}x: " \
                    f"{'met' if ratio <= TEXT_HEAVY_TARGET else 'not met'})"
        click.echo(line)
    if len(results) > 1 and "logwarden" in results:
        lagging = behind(results)
        click.echo("logwarden is ahead of or level with every peer on every kind" if not lagging
                   else "logwarden is behind on: " + "; ".join(lagging))
    errors = {tool: sum(o.error for o in outcomes) for tool, outcomes in results.items()}
    if any(errors.values()):
        click.echo("strings a tool failed on (counted as missed): "
                   + ", ".join(f"{t} {n}" for t, n in errors.items() if n))
    if misses_kind:
        lines = misses(verdicts, misses_kind)
        click.echo(f"\nlogwarden misses ({misses_kind}): {len(lines)}")
        for text in lines:
            click.echo(text)
    out.parent.mkdir(parents=True, exist_ok=True)
    first = next(iter(results.values()), [])
    languages = languages_of(first)
    document = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": {"path": source, "cases": len(cases), "languages": languages, "lang_filter": list(langs)},
        "placements": list(PLACEMENTS),
        "tools": {tool: {kind: found.as_json() for kind, found in by_kind(outcomes)}
                  for tool, outcomes in results.items()},
        "languages": {tool: {lang: {tier: found.as_json() for tier, found in tiers.items()}
                             for lang, tiers in by_language(outcomes, languages).items()}
                      for tool, outcomes in results.items()},
        "text_heavy": {"messages": len(messages), "cases_per_message": FORM_CASES,
                       "micros_per_message": {tool: round(m, 1) for tool, m in heavy.items()},
                       "target_ratio": TEXT_HEAVY_TARGET},
        "logwarden_misses": [{"ref": v[0].case.ref, "id": v[0].case.id, "lang": v[0].case.lang,
                              "placements": [x.placement for x in v if not x.ok]}
                             for v in verdicts if not all(x.ok for x in v)],
    }
    out.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    click.echo(f"figures written to {out}", err=True)


if __name__ == "__main__":
    sys.exit(main())
