"""The router: raw message bytes in, per-route scrubbed outputs out. No I/O.

`Router.route(raw)` parses and validates one wire-format v1 event, decides its purposes
(declared, or derived by the policy's rules) and so the routes it goes to (each route that
serves one of those purposes, and whose consent the event carries), runs the walk for those
routes, which applies every field treatment they need once, and then for each of them projects
the result onto the route's allow-list and fills in the route's own pseudonyms.
Bad input comes back as a rejection with a reason for the DLQ; an event no route may keep
comes back as a drop with its reason. Nothing here raises on input.

The policy is compiled apart, at one call: `compile_walk` (pipeline/walk.py) takes the policy and its routes and
gives the compiled walk, its routes' projections and pseudonymizers, and its free-text state; the router adds
what an event needs before and after the walk (validation, the decision of its routes, the outputs). Per event:
one orjson parse, one pass over the event, a projection and an orjson dump per route. Derived purposes and
decisions come from bounded caches. Both modules are compiled by mypyc (pipeline/native.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, NoReturn

import orjson

from pipeline import treatments
from pipeline.policy import CONSENTS, Policy
from pipeline.privacy import rules
from pipeline.walk import CompiledWalk, Reject, RouteRuntime, Visit, compile_walk, json_type, strings_only
from pipeline.wire import REQUIRED, SCHEMAS

__all__ = ["DLQ_REASONS", "DROP_REASONS", "Outcome", "Output", "Reject", "Router"]

#: Reasons an event goes to the DLQ (a bounded set: they are metric labels).
DLQ_REASONS = ("oversized", "invalid_utf8", "malformed_json", "not_an_object", "missing_field", "wrong_type",
               "unknown_schema", "unknown_purpose", "invalid_value", "too_large", "too_deep", "internal_error",
               "dropped_by_rule")
#: Reasons a valid event is kept by no route.
DROP_REASONS = ("no_purpose", "no_consent", "no_route")


@dataclass(frozen=True, slots=True)
class Output:
    route: str
    topic: str
    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one raw message: outputs, or a DLQ rejection, or a counted drop."""

    outputs: tuple[Output, ...] = ()
    rejected: str | None = None  # a DLQ_REASONS code
    detail: str = ""  # where and why, with field paths only, never values
    dropped: str | None = None  # a DROP_REASONS code

    @property
    def kind(self) -> str:
        return "dlq" if self.rejected else "dropped" if self.dropped else "routed"


# the outcome of a routed event and its outputs, built through their slots: the frozen dataclasses' own `__init__`
# sets each field through `object.__setattr__`, which was half the cost of building them (1 µs an event). Compiled,
# they are native classes whose `__init__` is still the dataclass's Python one (mypyc keeps a frozen dataclass's), so
# they are made by the class's own `__new__` (mypyc's refuses `object.__new__`) and filled by stores into their C
# fields (an assignment compiled to a store, which a frozen class's `__setattr__` does not guard: the type checker is
# told so on each line); the pure core fills them through the field descriptors' setters, the same objects.
# Module names read per event are `Final`: mypyc keeps those in C variables, any other in the module's dict.
_NATIVE: Final = hasattr(Output, "__mypyc_attrs__")  # this module runs compiled: its classes are mypyc's
_NEW_OUTPUT: Final = Output.__new__
_NEW_OUTCOME: Final = Outcome.__new__
_SET_ROUTE, _SET_TOPIC, _SET_KEY, _SET_VALUE = (
    vars(Output)[name].__set__ for name in ("route", "topic", "key", "value"))
_SET_OUTPUTS, _SET_REJECTED, _SET_DETAIL, _SET_DROPPED = (
    vars(Outcome)[name].__set__ for name in ("outputs", "rejected", "detail", "dropped"))


def _output(route: str, topic: str, key: bytes, value: bytes) -> Output:
    """`Output(route, topic, key, value)`, the same object, built faster."""
    output: Output = _NEW_OUTPUT(Output)
    if _NATIVE:
        output.route = route  # type: ignore[misc]
        output.topic = topic  # type: ignore[misc]
        output.key = key  # type: ignore[misc]
        output.value = value  # type: ignore[misc]
    else:
        _SET_ROUTE(output, route)
        _SET_TOPIC(output, topic)
        _SET_KEY(output, key)
        _SET_VALUE(output, value)
    return output


def _routed(outputs: tuple[Output, ...]) -> Outcome:
    """`Outcome(outputs)`, the same object, built faster."""
    outcome: Outcome = _NEW_OUTCOME(Outcome)
    if _NATIVE:
        outcome.outputs = outputs  # type: ignore[misc]
        outcome.rejected = None  # type: ignore[misc]
        outcome.detail = ""  # type: ignore[misc]
        outcome.dropped = None  # type: ignore[misc]
    else:
        _SET_OUTPUTS(outcome, outputs)
        _SET_REJECTED(outcome, None)
        _SET_DETAIL(outcome, "")
        _SET_DROPPED(outcome, None)
    return outcome


_LOADS: Final = orjson.loads
_DUMPS: Final = orjson.dumps
_SCHEMAS: Final = SCHEMAS


# The envelope's two patterns, checked without the regex engine (a match cost 2,700 instructions an event each: its
# set test per character): the string's UTF-8 bytes with every allowed digit made a '0' must be the pattern's shape
# (a non-ASCII character is a byte of its own there, which no shape holds; a lone surrogate has no UTF-8 at all).
#: `^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z`
_HEX_AS_ZERO: Final = bytes.maketrans(b"0123456789abcdefABCDEF", b"0" * 22)
_UUID_SHAPE: Final = b"00000000-0000-0000-0000-000000000000"
#: a time already in the pipeline's canonical form (UTC, milliseconds, Z): it only needs to be a real date.
#: `[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z`
_DIGIT_AS_ZERO: Final = bytes.maketrans(b"0123456789", b"0" * 10)
_TS_SHAPE: Final = b"0000-00-00T00:00:00.000Z"
_FROM_ISO: Final = datetime.fromisoformat


def _shaped(value: str, length: int, table: bytes, shape: bytes) -> bool:
    """The string, `length` characters, has the shape once its digits (`table`) are made '0'."""
    if len(value) != length:
        return False
    try:
        written = value.encode()
    except UnicodeEncodeError:
        return False  # a lone surrogate
    return written.translate(table) == shape


def _is_uuid(value: str) -> bool:
    """A UUID as text: 8-4-4-4-12 hex digits, either case."""
    return _shaped(value, 36, _HEX_AS_ZERO, _UUID_SHAPE)


def _is_canonical_ts(value: str) -> bool:
    """`2026-11-24T15:40:36.123Z`: digits in that shape (not yet a real date)."""
    return _shaped(value, 24, _DIGIT_AS_ZERO, _TS_SHAPE)


if REQUIRED != ("schema", "event_id", "ts"):  # `_validate_envelope` reads them by name
    raise ImportError("pipeline.scrub checks the required fields schema, event_id and ts: update it with wire.py")
#: The order in which `_validate_envelope` writes the known consents: sorted, so the same event gives the same bytes
#: in every process (the set's own order changes with the hash seed)
_CONSENT_ORDER: Final = tuple(sorted(CONSENTS))
#: Where each known consent's answer sits in a decision's key (`Router._decide`)
_CONSENT_SHIFT: Final = {name: 2 * i for i, name in enumerate(_CONSENT_ORDER)}


def _given(consent: dict[str, bool], names: tuple[str, ...]) -> bool:
    """The event carries an explicit yes to each of these consents."""
    return all(consent.get(name) is True for name in names)


#: Where an event goes: each route with the purposes it serves there (sorted, as its outputs write them: one list
#: shared by the events of the decision, which only serialize it), or the outcome of a dropped event; and the walk
#: that treats it, with whether that walk's ids are final (`CompiledWalk.walk_for`).
Decision = tuple[tuple[tuple[RouteRuntime, list[str]], ...], Outcome | None, Visit, bool]

#: The outcomes of the events no route keeps (an outcome is frozen: one of each serves every such event).
_NO_PURPOSE: Final = Outcome(dropped="no_purpose")
_NO_CONSENT: Final = Outcome(dropped="no_consent")
_NO_ROUTE: Final = Outcome(dropped="no_route")
_NOTHING_GIVEN: Final[dict[str, bool]] = {}  # the consent of an event that carries none (read, never written)
#: The router whose audience and site rules the free-text engine has now (`Router.activate`): one identity check
#: an event instead of asking the engine
_ACTIVE: Final[list[object]] = [None]


class Router:
    """The compiled policy. One per process; `route()` is safe to call for every message."""

    def __init__(self, policy: Policy, hmac_key: bytes, key_id: str, topic_prefix: str = "",
                 max_message_bytes: int = 1024 * 1024, activate: bool = True) -> None:
        """`activate`: make this policy's audience and site rules the process's now (else its first `route` does,
        so a worker can compile a new version in another thread while it routes with the one in force)."""
        if len(hmac_key) < 16:
            raise ValueError("the pseudonym key must be at least 16 bytes")
        self.policy = policy
        self.version_id = policy.version_id  # stamped on every output, and by the worker on every DLQ record
        self.walk: CompiledWalk = compile_walk(policy, hmac_key, key_id, topic_prefix)  # the policy, compiled
        if activate:
            self.activate()
        self.max_message_bytes = max_message_bytes
        self.dlq_topic = topic_prefix + policy.dlq.name
        self.redactor = self.walk.redactor
        self.tally = self.walk.tally
        self._purpose_codes = frozenset(policy.purposes)
        self._withdraws = tuple(policy.withdraws.items())
        self._routes = self.walk.routes
        self._decisions: dict[tuple[Any, ...], Decision] = {}
        # the walk for every route also takes the events whose routes cannot be told before the walk
        self._top, self._top_ids_final = self.walk.walk_for((1 << len(self._routes)) - 1)

    def activate(self) -> None:
        """Make this policy's audience and site rules the process's (the free-text engine reads them). A worker
        holding several versions (pipeline/routing.py) routes each event with its own version's: `route` calls
        this when another version's are in place, which happens only around a switch."""
        self.walk.activate()
        _ACTIVE[0] = self

    # --- the per-message entry point ---

    def route(self, raw: bytes) -> Outcome:
        """Route one raw message. Never raises on input."""
        if _ACTIVE[0] is not self:
            self.activate()
        if len(raw) > self.max_message_bytes:
            return Outcome(rejected="oversized", detail=f"message of {len(raw)} bytes exceeds {self.max_message_bytes}")
        try:
            event = _LOADS(raw)
        except orjson.JSONDecodeError as exc:
            if "utf-8" in str(exc).lower() or "surrogate" in str(exc).lower():
                return Outcome(rejected="invalid_utf8", detail="the message is not valid UTF-8")
            return Outcome(rejected="malformed_json", detail=f"not valid JSON: {str(exc).split(':')[0]}")
        if type(event) is not dict:
            return Outcome(rejected="not_an_object", detail=f"expected a JSON object, got {json_type(event)}")
        try:
            self._validate_envelope(event)
            # where the event goes is known before the walk, which then treats only what those routes keep
            decided = self._decide(event)
            walk, ids_final = (self._top, self._top_ids_final) if decided is None else decided[2:]
            scrubbed = walk(event, 0)
        except Reject as exc:
            return Outcome(rejected=exc.reason, detail=exc.detail)
        except RecursionError:
            return Outcome(rejected="too_deep", detail="nesting exceeds what the pipeline walks")
        except rules.DropEvent as exc:  # a kind the policy's [privacy.kinds] sends to the DLQ
            return Outcome(rejected="dropped_by_rule", detail=str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug here must cost one event a DLQ trip, not the worker
            return Outcome(rejected="internal_error", detail=f"the scrubber failed on this event: {type(exc).__name__}")
        if decided is None:  # the walk rejects what made the routes undecided: no event should get here
            decided = self._decide(event)
            if decided is None:
                return Outcome(rejected="internal_error", detail="the scrubber could not decide this event's routes")
        chosen, dropped = decided[:2]
        if dropped is not None:
            return dropped
        key = event["event_id"].encode()
        outputs = []
        version = self.version_id
        for runtime, served in chosen:
            doc = runtime.project(scrubbed, runtime.pseudonymize, ids_final)
            if runtime.keeps_purposes:
                doc["purposes"] = served
            doc["policy_version"] = version  # which version governed it (clause 5.1): the archive keeps it
            doc["logwarden"] = runtime.stamp
            outputs.append(_output(runtime.name, runtime.topic, key, _DUMPS(doc)))
        return _routed(tuple(outputs))

    def _decide(self, event: dict[str, Any]) -> Decision | None:
        """The routes the event goes to, each with the purposes it serves there, or no route and why the event is
        dropped; and the walk for those routes. None when that cannot be told before the walk: a field
        the purposes are derived from is of a wrong type (the walk then rejects the event).

        A decision depends only on the declared purposes (or what they are derived from: the schema, the action
        and the path) and the consents, whose few combinations recur: decisions are kept, bounded."""
        consent: dict[str, bool] | None = event.get("consent")  # validated: known names and booleans, or None
        given = 0  # the answers as one number: two bits a known consent (none, no, yes), cheaper to key by than pairs
        if consent:
            for name, answer in consent.items():  # validated: known names only, booleans
                given |= (2 if answer else 1) << _CONSENT_SHIFT[name]
        declared = event.get("purposes")
        if declared is not None:
            key: tuple[Any, ...] = (tuple(declared), given)
        else:
            action = event.get("action")
            action_name = action.get("name") if type(action) is dict else None
            request = event.get("request")
            path = request.get("path") if type(request) is dict else None
            if not (action_name is None or type(action_name) is str) or not (path is None or type(path) is str):
                return None
            key = (event["schema"], action_name, path, given)
        decision = self._decisions.get(key)
        if decision is None:
            if declared is not None:
                purposes = frozenset(declared)
                recurs = len(declared) <= len(self._purpose_codes)  # a list with repeats is not kept
            else:
                purposes = self._derive(*key[:3])
                recurs = path is None or len(path) <= treatments.CACHED_CHARS  # a long path is likely one of a kind
            chosen, dropped, bits = self._decision(purposes, consent or _NOTHING_GIVEN)
            decision = (chosen, dropped, *self.walk.walk_for(bits))
            if recurs:
                if len(self._decisions) >= treatments.CACHE_SIZE:
                    self._decisions.clear()
                self._decisions[key] = decision
        return decision

    def _decision(self, purposes: frozenset[str], consent: dict[str, bool]
                  ) -> tuple[tuple[tuple[RouteRuntime, list[str]], ...], Outcome | None, int]:
        """The routes, or the outcome of a dropped event; and the bits of the routes' indexes."""
        if not purposes:
            return (), _NO_PURPOSE, 0
        for name, withdrawn in self._withdraws:
            if consent.get(name) is False:  # an explicit "no"; a missing answer withdraws nothing
                purposes -= withdrawn
        if not purposes:
            return (), _NO_CONSENT, 0
        chosen = []
        refused = False
        bits = 0
        for index, runtime in enumerate(self._routes):
            served = purposes & runtime.purposes
            if not served:
                continue
            if runtime.consents and not _given(consent, runtime.consents):
                refused = True
                continue
            chosen.append((runtime, sorted(served)))
            bits |= 1 << index
        if chosen:
            return tuple(chosen), None, bits
        return (), _NO_CONSENT if refused else _NO_ROUTE, 0

    def _validate_envelope(self, event: dict[str, Any]) -> None:
        schema, event_id, ts = event.get("schema"), event.get("event_id"), event.get("ts")  # REQUIRED, by name
        if type(schema) is not str or type(event_id) is not str or type(ts) is not str:
            _missing_or_wrong(event)  # which of them, in the wire format's order
        if schema not in _SCHEMAS:
            raise Reject("unknown_schema", f"schema: expected one of {', '.join(sorted(SCHEMAS))}")
        if not _is_uuid(event_id):
            raise Reject("invalid_value", "event_id: expected a UUID such as 0b7d3c9e-3f7a-4c1e-9a53-2f6f5f0d8a11")
        if schema == "action/1" and event.get("action") is None:
            raise Reject("missing_field", "action: required for schema action/1")
        declared = event.get("purposes")
        if declared is not None:
            if type(declared) is not list or not strings_only(declared):
                raise Reject("wrong_type", f"purposes: expected list of strings, got {json_type(declared)}")
            if not self._purpose_codes.issuperset(declared):
                unknown = [p for p in declared if p not in self._purpose_codes]
                raise Reject("unknown_purpose", f"purposes: {len(unknown)} unknown; expected codes from "
                             + ", ".join(sorted(self._purpose_codes)))
        consent = event.get("consent")
        if consent is not None:
            if type(consent) is not dict:
                raise Reject("wrong_type", "consent: expected an object of booleans")
            for answer in consent.values():  # a loop: a set of their types cost twice as much
                if type(answer) is not bool:
                    raise Reject("wrong_type", "consent: expected an object of booleans")
            # known consent names only: any other key is free text a producer made up (an object of exactly
            # those names, in that order, is already what this would make of it)
            if not _known_in_order(consent):
                event["consent"] = {k: consent[k] for k in _CONSENT_ORDER if k in consent} or None
        event["ts"] = _normalize_ts(ts)

    def _derive(self, schema: str, action_name: str | None, path: str | None) -> frozenset[str]:
        """The purposes the policy's rules give an event that declares none."""
        found: set[str] = set()
        for rule in self.policy.derive:
            if rule.schemas is not None and schema not in rule.schemas:
                continue
            if rule.actions is not None and action_name not in rule.actions:
                continue
            if rule.path_prefixes is not None and not (type(path) is str and path.startswith(rule.path_prefixes)):
                continue
            found |= rule.purposes
        return frozenset(found)


def _known_in_order(consent: dict[str, Any]) -> bool:
    """`tuple(consent) == _CONSENT_ORDER`, without the tuple: the names are the known consents, in their order."""
    if len(consent) != len(_CONSENT_ORDER):
        return False
    for i, name in enumerate(consent):  # noqa: SIM110 - compiled, all() of a generator costs more than the loop
        if name != _CONSENT_ORDER[i]:
            return False
    return True


def _missing_or_wrong(event: dict[str, Any]) -> NoReturn:
    """Raise the rejection of an envelope whose required fields are not all strings: the first missing one,
    else the first of another type."""
    for name in REQUIRED:
        if name not in event:
            raise Reject("missing_field", f"{name}: required field is missing")
    for name in REQUIRED:
        if type(event[name]) is not str:
            raise Reject("wrong_type", f"{name}: expected string, got {json_type(event[name])}")
    raise AssertionError("called for an envelope whose required fields are all strings")


def _normalize_ts(value: str) -> str:
    if _is_canonical_ts(value):  # the usual case: already UTC with milliseconds, so only the date is checked
        try:
            _FROM_ISO(value)
        except ValueError:
            pass  # not a real date: the full parse below says so
        else:
            return value
    try:
        moment = _FROM_ISO(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise Reject("invalid_value", "ts: expected an ISO 8601 time such as 2026-11-24T15:40:36.123Z") from None
    if moment.tzinfo is None:
        raise Reject("invalid_value", "ts: expected a time zone (Z or +hh:mm)")
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
