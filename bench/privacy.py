"""`make privacy-report`: per kind, the share of identifiers caught and of look-alikes kept, beside the peers.

The cases are the labelled corpus of tests/corpus (issue 14). logwarden is measured the way a user
meets it: each case planted in an event at every place a route keeps free text and routed by the
core that `logwarden scrub` runs; a positive counts as caught only if it is caught in every
placement, a look-alike as kept only if it is kept in every placement (tests/corpus says exactly
when an identifier survives). The peers get the easier task, the plain string: scrubadub's
`clean`, and Presidio's predefined pattern recognizers (its AnalyzerEngine on an empty spaCy
pipeline saved to a temporary folder, so no language model is downloaded; every span it finds is
replaced). The same survival rules judge what each returns.

Microseconds per string: for a peer, one call on the string; for logwarden, the route of the event
carrying the string minus the route of the same event carrying a neutral word, so the figure is the
cost of the string, not of the envelope. Each timed run gets the string with a different neutral word
appended, so a cache of repeated strings (the redactor keeps one) cannot flatter anyone; the median
of the runs is kept. Ratios matter more than the absolute numbers.

The peers are an optional extra (`pip install -e '.[peers]'`, which `make privacy-report` does);
`--only logwarden` runs without them, `--misses KIND` lists what logwarden lets through.
"""

from __future__ import annotations

import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import orjson

from tests.corpus import (
    CORE_KINDS,
    KINDS,
    OTHER_KINDS,
    PLACEMENTS,
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


@dataclass
class Score:
    """One tool on one kind (or a group of kinds): counts, and the time per string."""

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


# --- the peers ---

def _scrubadub() -> Clean:
    import scrubadub

    return scrubadub.clean


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

def _tags(count: int) -> list[str]:
    """`count` distinct lower-case words ("qa", "qb", ...): no digit, no cue, nothing a detector looks at."""
    tags = []
    for index in range(count):
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


def measure_logwarden(cases: list[Case], judge: Judge, repeats: int) -> tuple[dict[str, Score], list[list[Verdict]]]:
    """Per kind, logwarden's score over all placements; and every case's verdicts, in corpus order."""
    router = judge.router

    def route_text(text: str) -> object:
        return router.route(orjson.dumps(event_with(text, "properties")))

    tags = _tags(repeats)
    floor = _median_micros(route_text, _variants("hello", _tags(repeats * 40)))
    scores = {kind: Score() for kind in KINDS}
    verdicts = []
    for case in cases:
        found = judge.verdicts(case)
        verdicts.append(found)
        micros = max(_median_micros(route_text, _variants(case.text, tags)) - floor, 0.0)
        scores[case.kind].add(case, all(v.ok for v in found), micros)
    router.tally.drain()
    return scores, verdicts


def measure_peer(cases: list[Case], clean: Clean, repeats: int) -> dict[str, Score]:
    """Per kind, a peer's score on the plain strings."""
    scores = {kind: Score() for kind in KINDS}
    tags = _tags(repeats)
    for case in cases:
        try:
            cleaned = clean(case.text)
            micros = _median_micros(clean, _variants(case.text, tags))
        except Exception:  # noqa: BLE001 - a peer failing on one string costs that string, not the report
            scores[case.kind].errors += 1
            scores[case.kind].add(case, False, 0.0)
            continue
        ok = not plain_survives(case, cleaned) if case.positive else plain_kept(case, cleaned)
        scores[case.kind].add(case, ok, micros)
    return scores


# --- reporting ---

def _share(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} {part:>3}/{whole:<3}" if whole else "      -        "


def _groups(scores: dict[str, Score]) -> list[tuple[str, Score]]:
    rows = [(kind, scores[kind]) for kind in KINDS if scores[kind].cases]
    core = Score()
    for kind in CORE_KINDS:
        core = core.merged(scores[kind])
    other = Score()
    for kind in OTHER_KINDS:
        other = other.merged(scores[kind])
    return [*rows, ("core kinds", core), ("other kinds", other), ("all", core.merged(other))]


def table(results: dict[str, dict[str, Score]]) -> str:
    tools = list(results)
    header = ["kind", "cases", "+", "-"]
    for tool in tools:
        header += [f"{tool} caught", f"{tool} kept", "µs/str"]
    grouped = {tool: _groups(scores) for tool, scores in results.items()}
    rows = [header]
    for index, (kind, first) in enumerate(grouped[tools[0]]):
        row = [kind, str(first.cases), str(first.positives), str(first.negatives)]
        for tool in tools:
            score = grouped[tool][index][1]
            row += [_share(score.caught, score.positives), _share(score.kept, score.negatives),
                    f"{score.micros_per_string:,.0f}"]
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.insert(len(lines) - 3, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def behind(results: dict[str, dict[str, Score]]) -> list[str]:
    """Where a peer does better than logwarden: a higher share caught, or a higher share of look-alikes kept."""
    if "logwarden" not in results:
        return []
    ours = results["logwarden"]
    found = []
    for tool, scores in results.items():
        for kind in KINDS if tool != "logwarden" else ():
            mine, theirs = ours[kind], scores[kind]
            for label, a, b in (("caught", mine.caught_share, theirs.caught_share),
                                ("kept", mine.kept_share, theirs.kept_share)):
                if a is not None and b is not None and b > a:
                    found.append(f"{kind} {label} ({tool} {b:.1%} > {a:.1%})")
    return found


def placement_lines(verdicts: list[list[Verdict]]) -> str:
    """logwarden per placement: the share of core-kind identifiers caught and of look-alikes kept."""
    out = []
    for index, name in enumerate(PLACEMENTS):
        core = [v[index] for v in verdicts if v[index].case.positive and v[index].case.core]
        negatives = [v[index] for v in verdicts if not v[index].case.positive]
        out.append(f"  {name:<14} core caught {_share(sum(v.ok for v in core), len(core))}   "
                   f"look-alikes kept {_share(sum(v.ok for v in negatives), len(negatives))}")
    return "\n".join(out)


def misses(verdicts: list[list[Verdict]], kind: str) -> list[str]:
    """One line per case of `kind` ("all", "core" or a kind) that logwarden gets wrong in some placement."""
    wanted = set(KINDS) if kind == "all" else set(CORE_KINDS) if kind == "core" else {kind}
    lines = []
    for found in verdicts:
        case = found[0].case
        wrong = [v for v in found if not v.ok]
        if case.kind not in wanted or not wrong:
            continue
        what = "survives" if case.positive else "not kept"
        where = ", ".join(f"{v.placement}" + (f" ({v.detail})" if v.detail.startswith(("dlq", "dropped")) else "")
                          for v in wrong)
        shown = f" identifier {case.identifier!r}" if case.positive and case.identifier != case.text else ""
        lines.append(f"{case.ref:<16} {what} in {where}: {case.text!r}{shown}"
                     + (f"  [{case.note}]" if case.note else ""))
    return lines


@click.command()
@click.option("--only", "only", type=click.Choice(TOOLS), multiple=True,
              help="Measure only these tools (default: all three).")
@click.option("--misses", "misses_kind", type=click.Choice([*KINDS, "core", "all"]), default=None,
              help="List the cases of this kind that logwarden lets through (or destroys), by kind#line.")
@click.option("--repeats", default=5, show_default=True, help="Timed runs per string (the median is kept).")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=RESULTS, show_default=True,
              help="Where the figures are written as JSON.")
def main(only: tuple[str, ...], misses_kind: str | None, repeats: int, out: Path) -> None:
    """Print the privacy report of the corpus: logwarden beside scrubadub and Presidio."""
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    tools = [t for t in TOOLS if t in only] if only else list(TOOLS)
    if misses_kind and "logwarden" not in tools:
        tools.insert(0, "logwarden")
    cases = load_cases()
    peers = load_peers([t for t in tools if t != "logwarden"])
    results: dict[str, dict[str, Score]] = {}
    verdicts: list[list[Verdict]] = []
    if "logwarden" in tools:
        results["logwarden"], verdicts = measure_logwarden(cases, Judge(), repeats)
    for name, clean in peers.items():
        click.echo(f"measuring {name} ...", err=True)
        results[name] = measure_peer(cases, clean, repeats)
    click.echo(f"privacy report: {len(cases)} cases of tests/corpus/privacy.jsonl; "
               f"caught = no form of the identifier left in any output; kept = the look-alike unchanged")
    click.echo(table(results))
    if verdicts:
        click.echo("logwarden by placement (a case counts above only if right in all of them):")
        click.echo(placement_lines(verdicts))
    if len(results) > 1 and "logwarden" in results:
        lagging = behind(results)
        click.echo("logwarden is ahead of or level with every peer on every kind" if not lagging
                   else "logwarden is behind on: " + "; ".join(lagging))
    errors = {tool: sum(s.errors for s in scores.values()) for tool, scores in results.items()}
    if any(errors.values()):
        click.echo("strings a tool failed on (counted as missed): "
                   + ", ".join(f"{t} {n}" for t, n in errors.items() if n))
    if misses_kind:
        lines = misses(verdicts, misses_kind)
        click.echo(f"\nlogwarden misses ({misses_kind}): {len(lines)}")
        for line in lines:
            click.echo(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "corpus": {"path": "tests/corpus/privacy.jsonl", "cases": len(cases)},
        "placements": list(PLACEMENTS),
        "tools": {tool: {kind: score.as_json() for kind, score in _groups(scores)} for tool, scores in results.items()},
        "logwarden_misses": [{"ref": v[0].case.ref, "placements": [x.placement for x in v if not x.ok]}
                             for v in verdicts if not all(x.ok for x in v)],
    }
    out.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    click.echo(f"figures written to {out}", err=True)


if __name__ == "__main__":
    sys.exit(main())
