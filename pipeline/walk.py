"""The compiled walk: a policy and its routes in, the visitor that checks and treats an event out. No I/O.

One call, `compile_walk(policy, key, key_id, topic_prefix)`, compiles a policy version: its routes (topic,
allow-list projection, pseudonymizer), its free-text engine's state (the audience and the site's own rules,
`[privacy]`), and, on demand, a walk for each set of routes an event can go to (`CompiledWalk.walk_for`).
The router (pipeline/scrub.py) parses, validates and decides where an event goes, then runs the walk; a
worker holding two policy versions holds two compiled walks (pipeline/routing.py).

A walk is a tree of small closures, so the per-event work is one pass over the event. Each closure is
specialised for its field's kind and treatment, and knows whether its routes keep the field:
a field they do not keep is still type-checked, counted and held to the limits (a wrong type
or a value past them sends the event to the DLQ, with the same reason and detail whichever
routes the event would have gone to), but it is not treated and its free text is not scanned:
nothing of it leaves, and the redaction counts are of what leaves (form messages no route
keeps, and the text of dropped events, were most of the detectors' cost). Repeated
strings and treated values come from bounded caches (pipeline/treatments.py).

Compiled by mypyc together with the router (pipeline/native.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from pipeline import treatments
from pipeline.policy import Policy, Route
from pipeline.privacy import audience, rules
from pipeline.privacy.redact import Redactor
from pipeline.pseudonyms import Pseudonymizer
from pipeline.treatments import Pseudonym
from pipeline.wire import FIELDS, Kind, children


class Reject(Exception):
    """Raised inside the walk; turned into a DLQ outcome by `Router.route`."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# module names the compiled visitors read are `Final`: mypyc keeps those in C variables, and looks any other name up in
# the module's dict on every use (`_DROP` alone was 6% of the core's instructions)
_DROP: Final = object()
_NO_RESULTS: Final[treatments.Results] = {}  # the kept results of a treatment that keeps none (never filled)
_IDENTIFIER_KEY: Final = treatments.IDENTIFIER_KEY.search
_PSEUDONYM: Final = Pseudonym
Visit = Callable[[Any, int], Any]


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "list", dict: "object"}.get(
        type(value), type(value).__name__)


#: The JSON types of each kind (a list of strings also needs its items checked).
_KIND_TYPES: dict[Kind, tuple[type, ...]] = {
    Kind.STRING: (str,), Kind.INTEGER: (int,), Kind.NUMBER: (int, float), Kind.BOOLEAN: (bool,),
    Kind.OBJECT: (dict,), Kind.MAP: (dict,), Kind.STRING_LIST: (list,), Kind.ID: (str, int),
}
_KIND_CHECK: dict[Kind, Callable[[Any], bool]] = {
    Kind.STRING: lambda v: type(v) is str,
    Kind.INTEGER: lambda v: type(v) is int,
    Kind.NUMBER: lambda v: type(v) in (int, float),
    Kind.BOOLEAN: lambda v: type(v) is bool,
    Kind.OBJECT: lambda v: type(v) is dict,
    Kind.MAP: lambda v: type(v) is dict,
    Kind.STRING_LIST: lambda v: type(v) is list and strings_only(v),
    Kind.ID: lambda v: type(v) in (str, int),
}


def wrong_type(path: str, kind: Kind, value: Any) -> Reject:
    return Reject("wrong_type", f"{path}: expected {kind.value}, got {json_type(value)}")


class Tally:
    """Counters the core keeps for the metrics edge: treatments per field, redactions per kind.

    Each compiled field visitor owns one counter cell (a one-item list), so counting costs
    an index increment on the hot path instead of a hash of (field, treatment).
    """

    def __init__(self, redactor: Redactor) -> None:
        self._cells: dict[tuple[str, str], list[int]] = {}
        self.redactor = redactor

    def cell(self, field_path: str, treatment: str) -> list[int]:
        return self._cells.setdefault((field_path, treatment), [0])

    def drain(self) -> tuple[Counter[tuple[str, str]], Counter[str]]:
        """Hand over the counts since the last drain and start again."""
        treated: Counter[tuple[str, str]] = Counter()
        for key, cell in self._cells.items():
            if cell[0]:
                treated[key] = cell[0]
                cell[0] = 0
        redacted = Counter(self.redactor.counts)
        self.redactor.counts.clear()  # in place: the redactor is shared by the compiled visitors
        return treated, redacted


Project = Callable[[dict[str, Any], Pseudonymizer, bool], dict[str, Any]]


@dataclass
class RouteRuntime:
    route: Route
    topic: str
    allow: dict[str, Any]
    pseudonymize: Pseudonymizer
    stamp: dict[str, str]
    project: Project
    consents: tuple[str, ...] = field(default=())
    keeps_purposes: bool = False
    name: str = field(init=False)
    purposes: frozenset[str] = field(init=False)
    allows: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.name = self.route.name  # read per event: one attribute instead of two
        self.purposes = self.route.purposes
        self.allows = frozenset(self.route.allow)


class CompiledWalk:
    """One policy version compiled for routing: its routes, its free-text state, and its walks (one per route set,
    compiled when first needed). Built by `compile_walk`; read by `Router.route` for every event."""

    def __init__(self, policy: Policy, hmac_key: bytes, key_id: str, topic_prefix: str = "") -> None:
        self.policy = policy
        self.audience = audience.canonical(policy.privacy.audience)  # the languages and regions free text is read in
        self.rules = rules.compile_rules(policy.privacy, hmac_key, key_id)  # the site's own (`[privacy]`)
        self._skip_keys = frozenset(policy.privacy.skip_keys)
        self.redactor = treatments.CachingRedactor()
        self.tally = Tally(self.redactor)
        self._clean = self.redactor.clean  # emptied in place when full: the reference stays current
        self._text = self.redactor.text
        self._limits = policy.limits
        # the reasons free text gives for the DLQ, worded once
        self._too_deep = f"nesting deeper than {policy.limits.max_depth}"
        self._too_long = f"a free-text value is longer than {policy.limits.max_string_chars} characters"
        self._allowed = frozenset(p for r in policy.routes for p in r.allow)
        pseudonymized = frozenset(p for p, rule in policy.fields.items() if rule.treatment == "pseudonymize")
        self._pseudonymized = pseudonymized
        self.routes = [
            RouteRuntime(route=r, topic=topic_prefix + r.topic.name, allow=_allow_tree(r.allow),
                         pseudonymize=Pseudonymizer(hmac_key, r.name, key_id),
                         stamp={"route": r.name, "policy": policy.version_id, "key_id": key_id},
                         project=_projection(_allow_tree(r.allow), pseudonymized, self._allowed),
                         consents=r.requires_consent, keeps_purposes="purposes" in r.allow)
            for r in policy.routes
        ]
        self._treatments: dict[tuple[str, str, bool], Visit | None] = {}
        # the results a compiled treatment keeps by the string itself (`treatments.Field.kept`), by the treatment
        self._results: dict[Visit, treatments.Results] = {}
        # a walk for each set of routes an event goes to, by the bits of their indexes
        self._walks: dict[int, tuple[Visit, bool]] = {}

    def activate(self) -> None:
        """Make this version's audience and site rules the process's (the free-text engine reads them). Cheap after
        the first time: the engine keeps what it compiled and cached for each audience and set of rules."""
        audience.configure(self.audience)
        rules.configure(self.rules)

    def prepare(self) -> None:
        """Compile what this version's free text needs (its audience's tables) without activating it: a version read
        ahead of its effective time does this off the event loop (pipeline/worker.py)."""
        audience.prepare(self.audience)

    def walk_for(self, bits: int) -> tuple[Visit, bool]:
        """The walk for an event that goes to the routes of these index bits (none: a dropped event, only checked),
        and whether its ids are final: each pseudonymized field is kept by at most one of the routes, so the walk
        puts that route's pseudonyms in at once and the projections have no holders to fill in.

        It checks, counts and rejects exactly as the walk for every route does (a field's checks do not depend on
        who keeps it), but treats only the fields these routes keep: the others are checked and held to the limits,
        not treated or scanned, so their redactions are not counted (nothing of them leaves)."""
        found = self._walks.get(bits)
        if found is None:
            routes = tuple(runtime for index, runtime in enumerate(self.routes) if bits >> index & 1)
            final = all(len(self._keepers(path, routes)) <= 1 for path in self._pseudonymized)
            found = self._walks[bits] = (self._compile_object("", routes), final)
        return found

    def _keepers(self, path: str, routes: tuple[RouteRuntime, ...]) -> list[RouteRuntime]:
        """The routes of these that keep this field or a part of it."""
        return [runtime for runtime in routes if self._reached(path, runtime.allows)]

    def _whole(self, path: str, keeps: frozenset[str]) -> bool:
        """A route keeps this field whole (it, or an object above it, is on the allow-list `keeps`)."""
        return any(path == a or path.startswith(a + ".") for a in keeps)

    def _reached(self, path: str, keeps: frozenset[str]) -> bool:
        """A route keeps this field or a part of it (`keeps`: its allow-list, or several routes' together)."""
        return self._whole(path, keeps) or any(a.startswith(path + ".") for a in keeps)

    # --- the compiled walk ---

    def _compile_object(self, path: str, routes: tuple[RouteRuntime, ...]) -> Visit:
        """A visitor for a known object: known children by their own visitors, unknown keys as free text.
        `routes`: the routes it walks for (see `_walk_for`)."""
        known = {p.rsplit(".", 1)[-1]: self._compile_field(p, routes) for p in children(path)}
        rule = self.policy.fields.get(path) if path else None
        # keys a map does not declare follow the map's own treatment; objects treat them as free text
        other_drop = rule is not None and rule.treatment == "drop"
        # top-level keys not in the wire format are never kept; below, unknown keys of an object some route keeps
        # whole are redacted for every walk, so a rejection inside one names the same (redacted) key in all walks
        keep_other = bool(path) and self._whole(path, self._allowed)
        free = self._free
        check = self._check_free
        identifier_key = _IDENTIFIER_KEY
        max_items = self._limits.max_items

        def visit(obj: dict[str, Any], depth: int) -> dict[str, Any]:
            if len(obj) > max_items:
                raise Reject("too_large", f"{path or 'event'}: more than {max_items} keys")
            out: dict[str, Any] = {}
            below = depth + 1
            for key, value in obj.items():
                child = known.get(key)
                if child is not None:
                    result = child(value, below)  # _DROP for a field no route keeps
                    if result is not _DROP:
                        out[key] = result
                elif not other_drop and not identifier_key(key):
                    if not keep_other:  # no route keeps it: held to the limits, not scanned (nothing leaves)
                        check(key, below)
                        try:
                            check(value, below)
                        except Reject as exc:
                            raise _within(exc, f"{path}.{key}" if path else key) from None
                        continue
                    name = free(key, below)
                    try:
                        out[name] = free(value, below)
                    except Reject as exc:
                        raise _within(exc, f"{path}.{name}" if path else name) from None
            return out

        return visit

    def _compile_field(self, path: str, routes: tuple[RouteRuntime, ...]) -> Visit:
        kind = FIELDS[path]
        check = _KIND_CHECK[kind]
        rule = self.policy.fields.get(path)
        numeric = kind in (Kind.INTEGER, Kind.NUMBER, Kind.BOOLEAN)
        treatment = rule.treatment if rule else ("recurse" if kind is Kind.OBJECT else "keep" if numeric else "redact")
        if treatment == "redact" and children(path):
            treatment = "recurse"  # a map with declared children: children by their rules, the rest redacted
        keepers = self._keepers(path, routes)
        kept = bool(keepers)
        apply: Visit | None
        # one route keeps the id: its pseudonym at once, not a holder for that route's projection to fill in
        at_once = treatment == "pseudonymize" and len(keepers) == 1
        if treatment == "recurse":
            apply = self._compile_object(path, routes)
        elif at_once:
            apply = _pseudonym_of(keepers[0].pseudonymize)
        else:
            apply = self._treatment(path, treatment, kept)
        cell = self.tally.cell(path, treatment)
        max_chars = self._limits.max_string_chars

        def wrong(value: Any) -> Reject:
            return wrong_type(path, kind, value)

        # the common fields get a visitor of their own, with what the compiler knows (kept or not, which treatment)
        # decided here instead of on every value
        if kind is Kind.STRING and (not kept or apply is None or apply is _keep):  # kept as it is, or dropped
            keep = kept and apply is _keep

            def visit_plain_string(value: Any, depth: int) -> Any:
                if type(value) is str:
                    if len(value) > max_chars:
                        raise Reject("too_large", f"{path}: longer than {max_chars} characters")
                    cell[0] += 1
                    # text no route keeps is not scanned: redactions count what would otherwise have left
                    return value if keep else _DROP
                if value is None:
                    return _DROP
                raise wrong(value)

            return visit_plain_string
        if kind is Kind.STRING and treatment == "redact":
            text = self.redactor.text
            clean = self.redactor.clean

            def visit_text(value: Any, depth: int) -> Any:
                if type(value) is str:
                    if len(value) > max_chars:
                        raise Reject("too_large", f"{path}: longer than {max_chars} characters")
                    cell[0] += 1
                    return value if value in clean else text(value)  # most text recurs, and is clean
                if value is None:
                    return _DROP
                raise wrong(value)

            return visit_text
        if treatment == "keep" and numeric:

            def visit_number(value: Any, depth: int) -> Any:
                if check(value):
                    cell[0] += 1
                    return value if kept else _DROP
                if value is None:
                    return _DROP
                raise wrong(value)

            return visit_number
        if kind is Kind.STRING and apply is not None:  # the rest of the strings: treated
            treat = apply
            # a treatment that keeps its results by the string itself is looked up here first: a call costs more
            results = self._results.get(apply, _NO_RESULTS)
            counts = self.redactor.counts

            def visit_string(value: Any, depth: int) -> Any:
                if type(value) is str:
                    if len(value) > max_chars:
                        raise Reject("too_large", f"{path}: longer than {max_chars} characters")
                    cell[0] += 1
                    found = results.get(value)
                    if found is not None:  # what the call would give: the kept result, its redactions counted again
                        result, counted = found
                        for kind_of, n in counted:
                            counts[kind_of] += n
                        return _DROP if result is None else result
                    try:
                        result = treat(value, depth)
                    except Reject as exc:
                        raise _within(exc, path) from None
                    return _DROP if result is None else result
                if value is None:
                    return _DROP
                raise wrong(value)

            return visit_string
        if treatment == "recurse" and apply is not None:  # a known object: its visitor returns its kept part
            walk = apply

            def visit_object(value: Any, depth: int) -> Any:
                if type(value) is dict:
                    cell[0] += 1
                    try:
                        result = walk(value, depth)
                    except Reject as exc:
                        raise _within(exc, path) from None
                    return result if kept else _DROP
                if value is None:
                    return _DROP
                raise wrong(value)

            return visit_object
        if kind is Kind.ID and at_once:
            pseudonymizer = keepers[0].pseudonymize  # compiled with the walk: `__call__` named is a native call

            def visit_id(value: Any, depth: int) -> Any:
                kind_of = type(value)
                if kind_of is str:
                    if len(value) > max_chars:
                        raise Reject("too_large", f"{path}: longer than {max_chars} characters")
                elif kind_of is not int:
                    if value is None:
                        return _DROP
                    raise wrong(value)
                cell[0] += 1
                return pseudonymizer.__call__(value)

            return visit_id

        types = _KIND_TYPES[kind]
        items_are_strings = kind is Kind.STRING_LIST
        as_is = apply is _keep

        def visit(value: Any, depth: int) -> Any:
            if value is None:
                return _DROP
            if type(value) not in types or (items_are_strings and not strings_only(value)):
                raise wrong(value)
            if type(value) is str and len(value) > max_chars:
                raise Reject("too_large", f"{path}: longer than {max_chars} characters")
            cell[0] += 1
            if as_is:  # the value itself, without a call
                return value if kept else _DROP
            if apply is None:
                return _DROP
            try:
                result = apply(value, depth)
            except Reject as exc:
                raise _within(exc, path) from None
            return _DROP if result is None or not kept else result

        return visit

    def _treatment(self, path: str, name: str, kept: bool = True) -> Visit | None:
        """The registry's treatment compiled for one field; an object's declared children are type-checked
        first, so a treatment never sees a child of the wrong kind. None when there is nothing to do: the field
        is dropped, or no route keeps it and the treatment neither counts nor rejects; `_keep` for "keep".
        Compiled once: the walks for different routes share it, and with it its cache of treated values."""
        key = (path, name, kept)
        if key not in self._treatments:
            self._treatments[key] = self._compile_treatment(path, name, kept)
        return self._treatments[key]

    def _compile_treatment(self, path: str, name: str, kept: bool) -> Visit | None:
        # each declared child's key, path, kind, JSON types, and whether its items must be strings (as `_KIND_CHECK`)
        checks = [(p.rsplit(".", 1)[-1], p, FIELDS[p], _KIND_TYPES[FIELDS[p]], FIELDS[p] is Kind.STRING_LIST)
                  for p in children(path)]
        if name == "drop" or (not kept and name != "redact" and not checks):
            return None  # nothing leaves, and no treatment but free text can reject a value of the right type
        if name == "keep" and not checks:
            return _keep
        if kept:
            handed: list[treatments.Results] = []
            apply = treatments.REGISTRY[name].compile(
                treatments.Field(path, FIELDS[path], self.redactor, self._free, handed))
            if handed and not checks:
                self._results[apply] = handed[0]
        elif name == "redact":
            apply = self._check_free  # held to the limits (too large, too deep), not scanned
        else:
            apply = _nothing
        if not checks:
            return apply

        def checked(value: Any, depth: int) -> Any:
            if type(value) is dict:
                for key, child_path, kind, types, items_are_strings in checks:
                    child = value.get(key)
                    if child is not None and (type(child) not in types
                                              or (items_are_strings and not strings_only(child))):
                        raise wrong_type(child_path, kind, child)
            return apply(value, depth)

        return checked

    def _limit(self, value: Any, depth: int) -> type:
        """The free-text value's type, once it is within the policy's limits (else the DLQ reason)."""
        limits = self._limits
        if depth > limits.max_depth:
            raise Reject("too_deep", self._too_deep)
        kind = type(value)
        if kind is str:
            if len(value) > limits.max_string_chars:
                raise Reject("too_large", self._too_long)
        elif kind is dict:
            if len(value) > limits.max_items:
                raise Reject("too_large", f"an object has more than {limits.max_items} keys")
        elif kind is list and len(value) > limits.max_items:
            raise Reject("too_large", f"a list has more than {limits.max_items} items")
        return kind

    def _check_free(self, value: Any, depth: int) -> None:
        """Free text no route keeps: the same limits as `_free` (a reason for the DLQ), no scan, nothing kept."""
        kind = self._limit(value, depth)
        if kind is dict:
            for k, v in value.items():
                if not _IDENTIFIER_KEY(k):
                    self._check_free(k, depth + 1)
                    self._check_free(v, depth + 1)
        elif kind is list:
            for v in value:
                self._check_free(v, depth + 1)

    def _free(self, value: Any, depth: int) -> Any:
        """Untrusted free text of any shape: strings redacted, containers walked within the limits.

        An object's keys, and those of its values that are strings (most free text: properties, unknown objects),
        are checked and redacted in its loop, as a call of this on each would: the same limits, in the same order
        (the key, then its value), without the calls."""
        kind = self._limit(value, depth)
        if kind is str:
            return value if value in self._clean else self._text(value)
        if kind is dict:
            out = {}
            below = depth + 1
            clean, text, max_chars, skip = self._clean, self._text, self._limits.max_string_chars, self._skip_keys
            too_deep = below > self._limits.max_depth
            for k, v in value.items():
                if _IDENTIFIER_KEY(k):
                    continue
                if too_deep:
                    raise Reject("too_deep", self._too_deep)
                if len(k) > max_chars:
                    raise Reject("too_large", self._too_long)
                if k in skip:  # a key the policy never scans (`[privacy] skip_keys`): kept as written, within limits
                    self._check_free(v, below)
                    out[k] = v
                    continue
                name = k if k in clean else text(k)
                if type(v) is str:
                    if len(v) > max_chars:
                        raise Reject("too_large", self._too_long)
                    out[name] = v if v in clean else text(v)
                else:
                    out[name] = self._free(v, below)
            return out
        if kind is list:
            return [self._free(v, depth + 1) for v in value]
        if kind is int:
            return self.redactor.integer(value)
        return value


def strings_only(value: list[Any]) -> bool:
    """Every item is a string."""
    for item in value:  # noqa: SIM110 - all() of a generator costs twice this on the short lists events carry
        if type(item) is not str:
            return False
    return True


def _pseudonym_of(pseudonymize: Pseudonymizer) -> Visit:
    return lambda value, depth: pseudonymize(value)


def _keep(value: Any, depth: int) -> Any:
    return value


def _nothing(value: Any, depth: int) -> None:
    return None


def _within(exc: Reject, path: str) -> Reject:
    """The rejection with the field path in front, once: free text does not know where it is."""
    if exc.detail.startswith(path):
        return exc
    return Reject(exc.reason, f"{path}: {exc.detail}")


def _allow_tree(paths: tuple[str, ...]) -> dict[str, Any]:
    """{"request.path", "device.location"} -> {"request": {"path": True}, "device": {"location": True}}."""
    tree: dict[str, Any] = {}
    for path in paths:
        node = tree
        parts = path.split(".")
        for part in parts[:-1]:
            existing = node.get(part)
            if existing is True:
                break
            node = node.setdefault(part, {})
        else:
            node[parts[-1]] = True
    return tree


def _projection(allow: dict[str, Any], pseudonymized: frozenset[str], union: frozenset[str],
                prefix: str = "") -> Project:
    """A route's allow-list tree compiled into its projection: the allowed fields of a scrubbed event, with the
    route's own pseudonyms. An object kept whole is copied only when a pseudonymized field can be inside it, and
    the walk has left holders there (`ids_final` false: see `CompiledWalk.walk_for`).

    `union` is every route's allow-list together: the walk keeps nothing outside it, so an object whose every
    kept part this route allows is taken as the walk left it, like an object kept whole, not rebuilt field by
    field (the widest route then copies almost nothing)."""
    steps: list[tuple[str, bool, bool, Project | None]] = []
    for key, sub in allow.items():
        path = prefix + key
        holds_ids = any(p.startswith(path + ".") for p in pseudonymized)
        if sub is True:
            steps.append((key, holds_ids, False, None))
        elif _covers(_allow_paths(sub, path + "."), union, path):
            steps.append((key, holds_ids, True, None))
        else:
            steps.append((key, False, False, _projection(sub, pseudonymized, union, path + ".")))

    def project(doc: dict[str, Any], pseudonymize: Pseudonymizer, ids_final: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, holds_ids, covered, inner in steps:
            value = doc.get(key, _DROP)
            if value is _DROP:
                continue
            kind = type(value)
            if inner is None:
                if kind is _PSEUDONYM:
                    out[key] = pseudonymize.__call__(value.value)
                elif covered and (kind is not dict or not value):
                    continue  # an object of which nothing was kept (or a wrong type, which the walk rejects)
                elif holds_ids and kind is dict and not ids_final:
                    out[key] = _materialize(value, pseudonymize)
                else:
                    out[key] = value
            elif kind is dict:
                projected = inner(value, pseudonymize, ids_final)
                if projected:
                    out[key] = projected
        return out

    return project


def _allow_paths(tree: dict[str, Any], prefix: str) -> list[str]:
    """The dotted paths an allow tree (or a subtree of it) keeps."""
    found: list[str] = []
    for key, sub in tree.items():
        found += [prefix + key] if sub is True else _allow_paths(sub, prefix + key + ".")
    return found


def _covers(kept: list[str], union: frozenset[str], path: str) -> bool:
    """Does a route keeping `kept` under `path` keep every part of it that any route keeps? Not when some route
    keeps `path` (or an object above it) whole: the walk then keeps its unknown keys as free text too."""
    if any(path == a or path.startswith(a + ".") for a in union):
        return False
    return all(any(a == k or a.startswith(k + ".") for k in kept) for a in union if a.startswith(path + "."))


def _materialize(value: Any, pseudonymize: Callable[[Any], str]) -> Any:
    kind = type(value)
    if kind is _PSEUDONYM:
        return pseudonymize(value.value)
    if kind is dict:
        return {k: _materialize(v, pseudonymize) for k, v in value.items()}
    return value


def compile_walk(policy: Policy, hmac_key: bytes, key_id: str, topic_prefix: str = "") -> CompiledWalk:
    """A policy version compiled for routing: its routes (topics under `topic_prefix`, pseudonyms keyed by the
    epoch's `hmac_key`), its free-text state, and its walks (compiled when first needed). The one call between a
    policy and the router (pipeline/scrub.py)."""
    return CompiledWalk(policy, hmac_key, key_id, topic_prefix)
