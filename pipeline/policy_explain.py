"""`logwarden policy explain`: the data map of a policy, generated, for the person who signs the policy off.

Pure (the caller reads the files). Per route: its purposes with their clauses, its consent rule, its readers (the
principals file's ACL principals), its Kafka retention and the archive's, and per field what leaves (kept as
sent, generalized to what, pseudonymized with which key, dropped) with the clause that allows it; then the
free-text kinds detected and what the site's own rules do with them. Laid out as a record of processing in the
spirit of GDPR Article 30: purposes, categories of data and of people, recipients, retention, safeguards.

Every figure on the page (counts, days, the bars of the chart) is computed here from the policy and the
principals, never written by hand: change the policy and the page changes. Markdown for a repository, one
self-contained HTML page (inline CSS and SVG, nothing fetched) for a reviewer's browser.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from pipeline.policy import Policy, Route
from pipeline.policy_diff import kept_fields, treatment_of
from pipeline.privacy.registry import DETECTORS
from pipeline.treatments import REGISTRY
from pipeline.wire import FIELDS, IDENTIFYING

#: What each treatment lets out, in the words of the record (the category is what the chart counts)
CATEGORIES = ("kept", "generalized", "pseudonymized", "scanned", "dropped")
_CATEGORY = {"keep": "kept", "drop": "dropped", "pseudonymize": "pseudonymized", "redact": "scanned",
             "recurse": "scanned", "query": "scanned"}
_COLOURS = {"kept": "#4c78a8", "generalized": "#72b7b2", "pseudonymized": "#f58518", "scanned": "#54a24b",
            "dropped": "#bab0ac"}
_ACTION_WORDS = {"redact": "replaced by its marker", "pseudonymize": "replaced by a keyed pseudonym",
                 "drop_event": "the whole event goes to the DLQ", "off": "not looked for"}


@dataclass(frozen=True)
class FieldRow:
    path: str
    category: str
    leaves: str  # what of the value leaves, in words
    clause: str


@dataclass(frozen=True)
class RouteMap:
    name: str
    topic: str
    clause: str
    purposes: tuple[tuple[str, str], ...]  # (code, text)
    consent: str
    readers: tuple[str, ...]
    kafka_days: float
    archive_days: int
    archive_format: str
    fields: tuple[FieldRow, ...]

    def counts(self) -> dict[str, int]:
        return {c: sum(1 for f in self.fields if f.category == c) for c in CATEGORIES}


@dataclass(frozen=True)
class DataMap:
    policy: str
    version: str
    source: str
    routes: tuple[RouteMap, ...]
    never_leaves: tuple[FieldRow, ...]  # identifying fields no route keeps
    kinds: tuple[tuple[str, str, str], ...]  # (kind, tier, what happens)
    site_rules: tuple[str, ...]
    stores: tuple[tuple[str, str, str], ...]  # (store, holds, retention)
    safeguards: tuple[str, ...]
    recipients: tuple[tuple[str, str], ...] = field(default=())  # (who, what they read)


def _leaves(policy: Policy, route: Route, path: str) -> FieldRow:
    treatment = treatment_of(policy, path)
    rule = policy.fields.get(path)
    clause = rule.clause if rule is not None and rule.clause else route.clause
    category = _CATEGORY.get(treatment, "generalized")
    if treatment == "pseudonymize":
        words = (f"pseudonymized: HMAC-SHA256 with {route.name}'s own key (logwarden/route/{route.name}/<key epoch>), "
                 "so no other route's pseudonyms join it")
    elif treatment == "recurse":
        words = "its parts as listed; keys the wire format does not name are scanned and redacted"
    elif treatment == "keep":
        words = "kept as sent"
    elif treatment == "drop":
        words = "dropped: never leaves"
    elif category == "generalized":
        words = f"generalized: {REGISTRY[treatment].doc}"
    else:
        words = REGISTRY[treatment].doc
    return FieldRow(path, category, words, clause)


def _decided_above(policy: Policy, path: str) -> bool:
    """An object above the field has a treatment of its own (not a walk of its children)."""
    parts = path.split(".")
    for i in range(1, len(parts)):
        rule = policy.fields.get(".".join(parts[:i]))
        if rule is not None and rule.treatment not in ("redact", "keep"):
            return True
    return False


def _consent(policy: Policy, route: Route) -> str:
    parts = []
    if route.requires_consent:
        parts.append("requires an explicit yes to " + " and ".join(route.requires_consent) + " (clause 4.1)")
    else:
        parts.append("no consent required")
    withdrawn = [f"a no to {c} withdraws {', '.join(sorted(p & route.purposes))}"
                 for c, p in sorted(policy.withdraws.items()) if p & route.purposes]
    return "; ".join(parts + withdrawn)


def build(policy: Policy, readers: Mapping[str, tuple[str, ...]] | None = None,
          roles: Mapping[str, tuple[str, ...]] | None = None) -> DataMap:
    """The data map of a policy; `readers` (route -> users) and `roles` (role -> users) from the principals file."""
    readers = readers or {}
    routes = []
    kept_anywhere: set[str] = set()
    for route in policy.routes:
        kept = kept_fields(route)
        kept_anywhere |= kept
        # the fields as the allow-list names them, and the children of an object kept whole, unless the object's own
        # treatment decides for them (device.location: country and city only)
        paths = [p for p in FIELDS if p in kept and not _decided_above(policy, p)
                 and (p in route.allow or ("." in p and p.rsplit(".", 1)[0] in kept))]
        routes.append(RouteMap(
            name=route.name, topic=route.topic.name, clause=route.clause,
            purposes=tuple((code, policy.purposes[code]) for code in sorted(route.purposes)),
            consent=_consent(policy, route), readers=tuple(readers.get(route.name, ())),
            kafka_days=route.topic.retention_days, archive_days=policy.retention.s3_days,
            archive_format=route.format,
            fields=tuple(_leaves(policy, route, p) for p in paths),
        ))
    never = tuple(FieldRow(p, "dropped", "never leaves the pipeline on any route",
                           policy.fields[p].clause if p in policy.fields else "")
                  for p in sorted(IDENTIFYING) if p not in kept_anywhere)
    privacy = policy.privacy
    kinds = tuple((d.kind, d.tier, _ACTION_WORDS[privacy.action(d.kind)]) for d in DETECTORS)
    kinds += tuple((p.name, "site", _ACTION_WORDS[p.action] + f" (RE2 pattern {p.pattern})") for p in privacy.patterns)
    site = []
    if privacy.allow_values:
        site.append(f"{len(privacy.allow_values)} allowed value(s) stay wherever found: "
                    + ", ".join(privacy.allow_values))
    if privacy.block_values:
        site.append(f"{len(privacy.block_values)} blocked value(s) go wherever found, in any case "
                    f"({_ACTION_WORDS[privacy.action('blocked')]})")
    if privacy.skip_keys:
        site.append("keys never scanned (kept as sent): " + ", ".join(privacy.skip_keys))
    site.append(f"free text is read in {len(privacy.languages)} languages; phones of {len(privacy.regions)} regions")
    stores = (
        (f"Kafka {policy.raw.name}", "events before stripping", f"{policy.raw.retention_days:g} days"),
        *((f"Kafka {r.topic}", f"route {r.name}", f"{r.kafka_days:g} days") for r in routes),
        (f"Kafka {policy.dlq.name}", "rejected raw input with its reason", f"{policy.dlq.retention_days:g} days"),
        ("S3 archive", "every route's outputs", f"{policy.retention.s3_days} days, then expired (clause 3.3)"),
    )
    roles = roles or {}
    recipients = tuple((f"{user} (reader of {route})", f"the {route} route's topic only")
                       for route, users in readers.items() for user in users)
    recipients += tuple((f"{user} ({role})", what) for role, what in (
        ("sink", "every route's topic, to archive it"), ("operator", f"{policy.dlq.name}: raw bad input"))
        for user in roles.get(role, ()))
    safeguards = (
        "each route's topic readable only by its own principals (Kafka ACLs; clause 3.1)",
        "S3 objects encrypted at rest (SSE-S3); lifecycle expiry after the archive's retention (clause 3.3)",
        "pseudonyms keyed per route and key epoch; a key is destroyed a year after its epoch ends",
        "every record checked for identifiers by the sink before it is archived (the leak check)",
        f"bad input past the limits ({policy.limits.max_string_chars} characters, depth {policy.limits.max_depth}, "
        f"{policy.limits.max_items} items) goes to the restricted DLQ, never to a route",
    )
    return DataMap(policy.name, policy.version, str(policy.source), tuple(routes), never, kinds, tuple(site),
                   stores, safeguards, recipients)


# --- Markdown ---


def markdown(data: DataMap) -> str:
    return "\n".join(_markdown(data)) + "\n"


def _markdown(d: DataMap) -> Iterator[str]:
    yield f"# Record of processing: {d.policy}"
    yield ""
    yield (f"Policy version {d.version} ({d.source}). Generated by `logwarden policy explain` from the policy and "
           "the principals file: a record of processing in the spirit of GDPR Article 30.")
    yield ""
    yield "Categories of people: the visitors of the site. Categories of data: requests, device and browser, " \
          "network, identifiers, and what visitors type (clause 1.8)."
    for r in d.routes:
        counts = r.counts()
        yield ""
        yield f"## Route {r.name} (topic {r.topic}, clause {r.clause})"
        yield ""
        yield "- purposes: " + "; ".join(f"{code} {text}" for code, text in r.purposes)
        yield f"- consent: {r.consent}"
        yield f"- readers: {', '.join(r.readers) or 'none'}"
        yield f"- retention: Kafka {r.kafka_days:g} days, archive {r.archive_days} days ({r.archive_format})"
        yield "- fields: " + ", ".join(f"{counts[c]} {c}" for c in CATEGORIES if counts[c])
        yield ""
        yield "| field | what leaves | clause |"
        yield "|---|---|---|"
        for f in r.fields:
            yield f"| `{f.path}` | {f.leaves} | {f.clause} |"
    yield ""
    yield "## Never leaves"
    yield ""
    yield ", ".join(f"`{f.path}`" for f in d.never_leaves) or "(every identifying field is kept by some route)"
    yield ""
    yield "## Free text: kinds detected"
    yield ""
    yield "| kind | tier | what happens |"
    yield "|---|---|---|"
    for kind, tier, what in d.kinds:
        yield f"| {kind} | {tier} | {what} |"
    yield ""
    for line in d.site_rules:
        yield f"- {line}"
    yield ""
    yield "## Recipients"
    yield ""
    for who, what in d.recipients:
        yield f"- {who}: {what}"
    yield ""
    yield "## Retention"
    yield ""
    yield "| store | holds | retention |"
    yield "|---|---|---|"
    for store, holds, days in d.stores:
        yield f"| {store} | {holds} | {days} |"
    yield ""
    yield "## Safeguards"
    yield ""
    for line in d.safeguards:
        yield f"- {line}"


# --- HTML ---

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.6em 0}td,th{border:1px solid #ddd;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#f4f4f4}code{font-size:.92em}
.cat{display:inline-block;width:.8em;height:.8em;margin-right:.3em;border-radius:2px}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
"""


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _chart(d: DataMap) -> str:
    """An SVG bar per route: its fields by what leaves of them; and its days in Kafka beside the archive's."""
    width, bar, gap, left = 760, 22, 14, 120
    most = max((len(r.fields) for r in d.routes), default=1) or 1
    rows = []
    y = 30
    for r in d.routes:
        x = float(left)
        rows.append(f'<text x="0" y="{y + 16}" font-size="13">{_esc(r.name)}</text>')
        for category, n in r.counts().items():
            if not n:
                continue
            w = (width - left - 40) * n / most
            rows.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{_COLOURS[category]}">'
                        f'<title>{n} {category}</title></rect>')
            if w > 18:
                rows.append(f'<text x="{x + w / 2:.1f}" y="{y + 15}" font-size="11" fill="#fff" '
                            f'text-anchor="middle">{n}</text>')
            x += w
        y += bar + gap
    legend = "".join(f'<rect x="{left + i * 125}" y="4" width="12" height="12" fill="{_COLOURS[c]}"/>'
                     f'<text x="{left + i * 125 + 16}" y="14" font-size="12">{c}</text>'
                     for i, c in enumerate(CATEGORIES))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y + 4}" role="img" '
            f'aria-label="fields per route by what leaves">{legend}{"".join(rows)}</svg>')


def page(d: DataMap) -> str:
    """One self-contained HTML page (inline CSS and SVG)."""
    parts = [f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Record of processing: "
             f"{_esc(d.policy)}</title><style>{_CSS}</style></head><body>",
             f"<h1>Record of processing: {_esc(d.policy)}</h1>",
             f"<p>Policy version <strong id=\"version\">{_esc(d.version)}</strong> ({_esc(d.source)}). Generated by "
             "<code>logwarden policy explain</code> from the policy and the principals file, in the spirit of GDPR "
             "Article 30.</p>",
             "<p>Categories of people: the visitors of the site. Categories of data: requests, device and browser, "
             "network, identifiers, and what visitors type (clause 1.8).</p>",
             "<h2>What leaves, per route</h2>", _chart(d)]
    for r in d.routes:
        counts = r.counts()
        parts.append(f'<h2 id="route-{_esc(r.name)}">Route {_esc(r.name)} <small>(topic {_esc(r.topic)}, '
                     f"clause {_esc(r.clause)})</small></h2><div class=\"facts\">")
        facts = [("purposes", "<br>".join(f"{_esc(c)} {_esc(t)}" for c, t in r.purposes)),
                 ("consent", _esc(r.consent)), ("readers", _esc(", ".join(r.readers) or "none")),
                 ("retention", f'Kafka <span class="kafka-days">{r.kafka_days:g}</span> days, archive '
                               f"{r.archive_days} days ({_esc(r.archive_format)})"),
                 ("fields", ", ".join(f"{counts[c]} {c}" for c in CATEGORIES if counts[c]))]
        parts += [f"<strong>{k}</strong><span>{v}</span>" for k, v in facts]
        parts.append("</div><table><tr><th>field</th><th>what leaves</th><th>clause</th></tr>")
        parts += [f'<tr><td><span class="cat" style="background:{_COLOURS[f.category]}"></span><code>{_esc(f.path)}'
                  f"</code></td><td>{_esc(f.leaves)}</td><td>{_esc(f.clause)}</td></tr>" for f in r.fields]
        parts.append("</table>")
    parts.append("<h2>Never leaves</h2><p>" + (", ".join(f"<code>{_esc(f.path)}</code>" for f in d.never_leaves)
                                               or "(every identifying field is kept by some route)") + "</p>")
    parts.append("<h2>Free text: kinds detected</h2><table><tr><th>kind</th><th>tier</th><th>what happens</th></tr>")
    parts += [f"<tr><td>{_esc(k)}</td><td>{_esc(t)}</td><td>{_esc(w)}</td></tr>" for k, t, w in d.kinds]
    parts.append("</table><ul>" + "".join(f"<li>{_esc(line)}</li>" for line in d.site_rules) + "</ul>")
    parts.append("<h2>Recipients</h2><ul>" + "".join(f"<li>{_esc(w)}: {_esc(x)}</li>" for w, x in d.recipients)
                 + "</ul>")
    parts.append("<h2>Retention</h2><table><tr><th>store</th><th>holds</th><th>retention</th></tr>")
    parts += [f"<tr><td>{_esc(s)}</td><td>{_esc(h)}</td><td>{_esc(r)}</td></tr>" for s, h, r in d.stores]
    parts.append("</table><h2>Safeguards</h2><ul>" + "".join(f"<li>{_esc(s)}</li>" for s in d.safeguards)
                 + "</ul></body></html>")
    return "\n".join(parts) + "\n"
