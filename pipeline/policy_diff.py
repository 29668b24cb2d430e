"""The privacy diff of two policies: every change, classified as widening, narrowing or neutral.

Pure. `policy plan` (pipeline/policy_plan.py) shows it before a change is applied, and `policy apply` refuses a
widening plan without an approval. A change *widens* when the new policy lets more of a person's data out or
keeps it longer: a field newly kept on a route, a treatment weakened (dropped → pseudonymized → generalized →
kept), a generalization made finer, a consent requirement removed, a route, a purpose or a reader added, a
retention lengthened, a detector kind switched off, an allowed value added or a blocked one removed. The
opposite *narrows*; what changes no person's data (the version, the summary, a purpose's wording, partitions)
is *neutral*. Where a change's effect cannot be ranked (one generalization for another of the same
coarseness), it counts as widening: privacy errs toward review.

Every change names the policy clause it touches (the route's, the field's, 3.3 for retention, 4.1 for consent).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pipeline.policy import ACTIONS, DeriveRule, Policy, Route
from pipeline.wire import FIELDS, Kind

WIDENING = "widening"
NARROWING = "narrowing"
NEUTRAL = "neutral"
DIRECTIONS = (WIDENING, NARROWING, NEUTRAL)

#: How much of a value a treatment lets out: 0 nothing (drop), 1 a pseudonym, 2 a generalization, 3 the value.
#: Within generalizations, `FINENESS` says how much of the value each keeps (higher keeps more).
STRENGTH_RANK = {"drop": 0, "pseudonymize": 1, "keep": 3}
GENERALIZED = 2
FINENESS = {"referrer_host": 1, "language": 1, "ip_prefix": 1, "location": 1, "user_agent": 1, "query": 2,
            "redact": 3, "recurse": 3}
_RANK_NAMES = {0: "dropped", 1: "pseudonymized", 2: "generalized", 3: "kept"}


@dataclass(frozen=True)
class Change:
    """One difference between two policies and what it does to people's data."""

    kind: str  # what changed: field_kept, treatment, consent, route, reader, retention, kind_action, ...
    direction: str  # widening | narrowing | neutral
    clause: str  # the policy clause it touches
    route: str | None = None
    field: str | None = None
    before: str = ""
    after: str = ""

    def describe(self) -> str:
        """One line for a reviewer: where, what, before and after, and the clause."""
        where = " ".join(part for part in (f"route {self.route}" if self.route else "",
                                           f"field {self.field}" if self.field else "") if part)
        change = f"{self.before or '(none)'} -> {self.after or '(none)'}"
        return f"{self.direction}: {self.kind}{' on ' + where if where else ''}: {change} (clause {self.clause or '-'})"


def treatment_of(policy: Policy, path: str) -> str:
    """The effective treatment of a field: its rule's, or the core's default (numbers kept, objects by their
    children, other values scanned as free text)."""
    rule = policy.fields.get(path)
    if rule is not None:
        return rule.treatment
    kind = FIELDS[path]
    if kind is Kind.OBJECT:
        return "recurse"
    return "keep" if kind in (Kind.INTEGER, Kind.NUMBER, Kind.BOOLEAN) else "redact"


def _strength(treatment: str) -> tuple[int, int]:
    return STRENGTH_RANK.get(treatment, GENERALIZED), FINENESS.get(treatment, 0)


def kept_fields(route: Route) -> set[str]:
    """The wire fields a route lets out, whole or in part (an object on the allow-list takes its children)."""
    allow = route.allow
    return {p for p in FIELDS if any(p == a or p.startswith(a + ".") for a in allow)} | set(allow)


def _direction(widens: bool) -> str:
    return WIDENING if widens else NARROWING


def _sets(kind: str, clause: str, before: Iterable[str], after: Iterable[str], *, more_widens: bool,
          route: str | None = None, field: str | None = None) -> list[Change]:
    """One change for each item added to or taken from a set; adding widens when `more_widens`."""
    old, new = set(before), set(after)
    changes = [Change(kind, _direction(more_widens), clause, route, field, "", item) for item in sorted(new - old)]
    changes += [Change(kind, _direction(not more_widens), clause, route, field, item, "") for item in sorted(old - new)]
    return changes


def _number(kind: str, clause: str, before: float, after: float, route: str | None = None) -> list[Change]:
    """A retention: longer widens."""
    if before == after:
        return []
    return [Change(kind, _direction(after > before), clause, route, None, f"{before:g} days", f"{after:g} days")]


def classify(old: Policy, new: Policy, old_readers: Mapping[str, Iterable[str]] | None = None,
             new_readers: Mapping[str, Iterable[str]] | None = None) -> list[Change]:
    """Every change from `old` to `new`, in a stable order (policy, routes, fields, retention, free text).
    `old_readers`/`new_readers`: each route's readers (the principals file's `[readers]`), when known."""
    changes: list[Change] = []
    for name in ("name", "version"):
        if getattr(old, name) != getattr(new, name):
            changes.append(Change(name, NEUTRAL, "5.1", before=getattr(old, name), after=getattr(new, name)))
    for attr in ("summary", "revision"):  # the versioning fields, where the policy has them (issue 25)
        if getattr(old, attr, None) != getattr(new, attr, None):
            changes.append(Change(attr, NEUTRAL, "5.1", before=str(getattr(old, attr, "") or ""),
                                  after=str(getattr(new, attr, "") or "")))
    for code in sorted(set(old.purposes) & set(new.purposes)):
        if old.purposes[code] != new.purposes[code]:
            changes.append(Change("purpose_text", NEUTRAL, code, before=old.purposes[code], after=new.purposes[code]))
    # a purpose defined or struck moves no data by itself: the routes that serve it do (`route_purpose`)
    changes += [Change("purpose_defined", NEUTRAL, code, before=old.purposes.get(code, ""),
                       after=new.purposes.get(code, "")) for code in sorted(set(old.purposes) ^ set(new.purposes))]
    changes += _routes(old, new)
    changes += _readers(old, new, old_readers or {}, new_readers or {})
    changes += _derive(old, new)
    changes += _withdraws(old, new)
    changes += _treatments(old, new)
    changes += _retention(old, new)
    changes += _free_text(old, new)
    return changes


def _routes(old: Policy, new: Policy) -> list[Change]:
    changes: list[Change] = []
    before = {r.name: r for r in old.routes}
    after = {r.name: r for r in new.routes}
    for name in sorted(after.keys() - before.keys()):
        changes.append(Change("route", WIDENING, after[name].clause, name, None, "", f"{after[name].topic.name}"))
    for name in sorted(before.keys() - after.keys()):
        changes.append(Change("route", NARROWING, before[name].clause, name, None, before[name].topic.name, ""))
    for name in sorted(before.keys() & after.keys()):
        a, b = before[name], after[name]
        clause = b.clause or a.clause
        changes += _sets("route_purpose", clause, a.purposes, b.purposes, more_widens=True, route=name)
        changes += _sets("consent_required", "4.1", a.requires_consent, b.requires_consent, more_widens=False,
                         route=name)
        kept_before, kept_after = kept_fields(a), kept_fields(b)
        for path in sorted(kept_after - kept_before):
            changes.append(Change("field_kept", WIDENING, _field_clause(new, path, clause), name, path,
                                  "not kept", f"kept ({treatment_of(new, path)})"))
        for path in sorted(kept_before - kept_after):
            changes.append(Change("field_kept", NARROWING, _field_clause(old, path, clause), name, path,
                                  f"kept ({treatment_of(old, path)})", "not kept"))
        changes += _number("topic_retention", "3.3", a.topic.retention_days, b.topic.retention_days, name)
        for attr in ("format", "clause"):
            if getattr(a, attr) != getattr(b, attr):
                changes.append(Change(f"route_{attr}", NEUTRAL, clause, name, None, getattr(a, attr),
                                      getattr(b, attr)))
        if a.topic.name != b.topic.name or a.topic.partitions != b.topic.partitions:
            changes.append(Change("route_topic", NEUTRAL, clause, name, None,
                                  f"{a.topic.name} ({a.topic.partitions} partitions)",
                                  f"{b.topic.name} ({b.topic.partitions} partitions)"))
    return changes


def _field_clause(policy: Policy, path: str, fallback: str) -> str:
    rule = policy.fields.get(path)
    return rule.clause if rule is not None and rule.clause else fallback


def _readers(old: Policy, new: Policy, before: Mapping[str, Iterable[str]],
             after: Mapping[str, Iterable[str]]) -> list[Change]:
    changes: list[Change] = []
    clause = {r.name: r.clause for r in (*old.routes, *new.routes)}
    for route in sorted(set(before) | set(after)):
        changes += _sets("reader", f"3.1, {clause.get(route, '')}".rstrip(", "), before.get(route, ()),
                         after.get(route, ()), more_widens=True, route=route)
    return changes


def _derive(old: Policy, new: Policy) -> list[Change]:
    """Derive rules, compared whole: a rule that is new gives purposes to events that had fewer (widening)."""

    def text(r: DeriveRule) -> str:
        conditions = (("schema", r.schemas), ("action", r.actions), ("path_prefix", r.path_prefixes))
        parts = [f"{name}={sorted(values)}" for name, values in conditions if values is not None]
        return f"{' '.join(parts)} -> purposes {sorted(r.purposes)}"

    before = {text(r): r.clause for r in old.derive}
    after = {text(r): r.clause for r in new.derive}
    changes = [Change("derive_rule", WIDENING, after[t] or "2.1", None, None, "", t)
               for t in sorted(after.keys() - before.keys())]
    changes += [Change("derive_rule", NARROWING, before[t] or "2.1", None, None, t, "removed")
                for t in sorted(before.keys() - after.keys())]
    return changes


def _withdraws(old: Policy, new: Policy) -> list[Change]:
    """What a visitor's explicit "no" withdraws: withdrawing less widens."""
    changes: list[Change] = []
    for consent in sorted(set(old.withdraws) | set(new.withdraws)):
        changes += _sets("consent_withdraws", "4.1", old.withdraws.get(consent, ()), new.withdraws.get(consent, ()),
                         more_widens=False, field=f"consent.{consent}")
    return changes


def _treatments(old: Policy, new: Policy) -> list[Change]:
    """A field's treatment changed: per route that keeps the field under the new policy (else neutral)."""
    changes: list[Change] = []
    for path in FIELDS:
        a, b = treatment_of(old, path), treatment_of(new, path)
        if a == b:
            continue
        (rank_a, fine_a), (rank_b, fine_b) = _strength(a), _strength(b)
        if rank_a != rank_b:
            direction = _direction(rank_b > rank_a)
            kind = "treatment_weakened" if rank_b > rank_a else "treatment_strengthened"
        elif fine_a != fine_b:
            direction = _direction(fine_b > fine_a)
            kind = "generalization_finer" if fine_b > fine_a else "generalization_coarser"
        else:
            direction, kind = WIDENING, "generalization_changed"
        clause = _field_clause(new, path, _field_clause(old, path, "1.2"))
        keepers = [r.name for r in new.routes if path in kept_fields(r)]
        before = f"{a} ({_RANK_NAMES[rank_a]})"
        after = f"{b} ({_RANK_NAMES[rank_b]})"
        if not keepers:
            changes.append(Change(kind, NEUTRAL, clause, None, path, before, after + ", kept by no route"))
        changes += [Change(kind, direction, clause, route, path, before, after) for route in keepers]
    return changes


def _retention(old: Policy, new: Policy) -> list[Change]:
    a, b = old.retention, new.retention
    changes = _number("archive_retention", "3.3", a.s3_days, b.s3_days)
    changes += _number("purpose_topic_max", "3.3", a.purpose_topic_max_days, b.purpose_topic_max_days)
    changes += _number("noncurrent_versions", "3.3", a.noncurrent_version_days, b.noncurrent_version_days)
    changes += _number("incomplete_uploads", "3.3", a.abort_incomplete_multipart_days,
                       b.abort_incomplete_multipart_days)
    changes += _number("raw_retention", "3.3", old.raw.retention_days, new.raw.retention_days)
    changes += _number("dlq_retention", "3.1, 3.3", old.dlq.retention_days, new.dlq.retention_days)
    return changes


def _free_text(old: Policy, new: Policy) -> list[Change]:
    """The free-text rules of `[privacy]`: the audience, the site's own values and patterns, and each kind's action."""
    a, b = old.privacy, new.privacy
    clause = "1.3.1"
    changes = _sets("language", clause, a.languages, b.languages, more_widens=False)
    changes += _sets("region", clause, a.regions, b.regions, more_widens=False)
    changes += _sets("allow_value", clause, a.allow_values, b.allow_values, more_widens=True)
    changes += _sets("block_value", clause, a.block_values, b.block_values, more_widens=False)
    changes += _sets("skip_key", clause, a.skip_keys, b.skip_keys, more_widens=True)
    before = {p.name: p for p in a.patterns}
    after = {p.name: p for p in b.patterns}
    for name in sorted(after.keys() - before.keys()):
        changes.append(Change("custom_pattern", NARROWING, after[name].clause or clause, None, None, "",
                              f"{name}: {after[name].pattern}"))
    for name in sorted(before.keys() - after.keys()):
        changes.append(Change("custom_pattern", WIDENING, before[name].clause or clause, None, None,
                              f"{name}: {before[name].pattern}", "removed"))
    for name in sorted(before.keys() & after.keys()):
        if before[name].pattern != after[name].pattern:  # what a pattern finds cannot be compared: review it
            changes.append(Change("custom_pattern", WIDENING, after[name].clause or clause, None, None,
                                  f"{name}: {before[name].pattern}", f"{name}: {after[name].pattern}"))
    kinds = sorted({k for k, _ in a.kinds} | {k for k, _ in b.kinds}
                   | {p.name for p in (*a.patterns, *b.patterns)} & (before.keys() & after.keys()))
    for kind in kinds:
        x, y = a.action(kind), b.action(kind)
        if x != y:  # ACTIONS: strongest first
            changes.append(Change("kind_action", _direction(ACTIONS.index(y) > ACTIONS.index(x)), clause, None,
                                  None, f"{kind}: {x}", f"{kind}: {y}"))
    return changes


def widens(changes: Iterable[Change]) -> bool:
    """Does any change widen?"""
    return any(c.direction == WIDENING for c in changes)
