"""Privacy properties of the core: a planted identifying value never reaches any routed output.

Hypothesis plants emails, phone numbers, IP addresses, names, cookies and precise
coordinates anywhere an event can carry text (known fields, free text, unknown keys,
nested structures, keys themselves), in any case or URL-encoded once or twice, and checks
every output of every route. It also checks the converse: what a route may keep survives.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, unquote

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.native import router_class
from pipeline.policy import load_policy
from pipeline.settings import PROJECT_ROOT
from producers.synthetic import TrafficGenerator

# the core the worker runs: compiled when it is built (pipeline/native.py; test_native.py holds it to the pure one)
ROUTER = router_class()(load_policy(PROJECT_ROOT / "config" / "policy.toml"), b"p" * 32, "k1")
BASE = TrafficGenerator(seed=7, action_share=1.0).event()
BASE.pop("purposes", None)
BASE["schema"] = "action/1"
BASE["purposes"] = ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]  # every route gets an output
BASE["consent"] = {"analytics": True, "marketing": True}
BASE["action"] = {"name": "form_submit", "form": {"message": "hello"}, "properties": {"button": "submit"}}
for field in ("user",):
    BASE.pop(field)

# --- identifying values ---

emails = st.emails().filter(lambda e: len(e) < 200)
phones = st.builds(
    lambda fmt, d: fmt.format(*d),
    st.sampled_from([
        "+7 ({0}{1}{2}) {3}{4}{5}-{6}{7}-{8}{9}", "8 ({0}{1}{2}) {3}{4}{5}-{6}{7}-{8}{9}",
        "+7{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}", "8{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}",
        "+1 {0}{1}{2} {3}{4}{5} {6}{7}{8}{9}", "({0}{1}{2}) {3}{4}{5}-{6}{7}-{8}{9}",
        "+49 {0}{1}{2} {3}{4}{5}{6}{7}{8}{9}", "{3}{4}{5}-{6}{7}-{8}{9}",
    ]),
    st.lists(st.integers(0, 9), min_size=10, max_size=10).filter(lambda d: d[3] != 0),
)
ipv4 = st.ip_addresses(v=4).filter(lambda a: not a.is_unspecified and str(a).split(".")[-1] not in ("0",)).map(str)
ipv6 = st.ip_addresses(v=6).filter(lambda a: a.exploded.count("0000") < 6).map(str)
names = st.builds(lambda first, last: f"{first} {last}", st.sampled_from(["Ivan", "Maria", "Zoë", "Jean-Luc", "Олег"]),
                  st.sampled_from(["Petrov", "Smirnova", "O'Neil", "Иванова", "Nguyen"]))
coordinates = st.tuples(st.floats(-89.9, 89.9), st.floats(-179.9, 179.9)).map(
    lambda c: f"{c[0]:.6f}, {c[1]:.6f}").filter(lambda s: re.search(r"\.\d{4}", s) is not None)

SHAPE_DETECTABLE = st.one_of(
    st.tuples(st.just("email"), emails), st.tuples(st.just("phone"), phones),
    st.tuples(st.just("ip"), ipv4), st.tuples(st.just("ip"), ipv6), st.tuples(st.just("geo"), coordinates),
)


def encodings(value: str) -> st.SearchStrategy[str]:
    once = quote(value, safe="")
    return st.sampled_from([value, value.upper(), value.lower(), once, quote(once, safe="")])


# --- where a value can be planted ---

Site = Callable[[dict[str, Any], str], None]


def _at(path: str) -> Site:
    def plant(event: dict[str, Any], value: str) -> None:
        node = event
        *parents, leaf = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    plant.__name__ = path
    return plant


def _in_text(path: str) -> Site:
    def plant(event: dict[str, Any], value: str) -> None:
        _at(path)(event, f"see {value} now")
    plant.__name__ = f"text:{path}"
    return plant


def _in_query(event: dict[str, Any], value: str) -> None:
    event["request"]["query"] = f"lang=en&q={quote(value, safe='')}&page=2"


def _in_path(event: dict[str, Any], value: str) -> None:
    event["request"]["path"] = f"/users/{value}/profile"


def _in_referrer(event: dict[str, Any], value: str) -> None:
    event["request"]["referrer"] = f"https://example.com/contact?from={quote(value, safe='')}"


def _nested_unknown(event: dict[str, Any], value: str) -> None:
    event["action"]["properties"]["cart"] = [{"items": [{"note": value}]}, 3]
    event["extra"] = {"deep": {"deeper": [value]}}


def _as_key(event: dict[str, Any], value: str) -> None:
    event["action"]["properties"][value] = 1
    event["request"][value] = "x"


def _as_number(event: dict[str, Any], value: str) -> None:
    digits = re.sub(r"\D", "", unquote(unquote(value)))  # the number a producer would have sent
    if 10 <= len(digits) <= 18 and digits[0] != "0":  # an int keeps no leading zeros
        event["action"]["properties"]["n"] = int(digits)
    else:
        event["action"]["properties"]["n"] = value


TEXT_SITES: list[Site] = [
    _in_text("service"), _in_text("request.method"), _in_text("request.host"), _in_path, _in_query, _in_referrer,
    _in_text("device.type"), _in_text("device.screen"), _in_text("device.location.city"),
    _in_text("device.location.country"), _in_text("client.user_agent"), _in_text("client.accept_language"),
    _in_text("action.name"), _in_text("action.form.message"), _in_text("action.form.other"),
    _in_text("action.properties.ref"), _in_text("unknown_top"), _in_text("request.unknown"),
    _nested_unknown, _as_key, _as_number,
    _at("client.ip"), _at("user.email"), _at("user.phone"), _at("action.form.email"), _at("action.form.phone"),
]
NAMED_SITES: list[Site] = [  # values recognizable by where they are, not by their shape
    _at("user.name"), _at("action.form.name"), _at("client.cookies.sid"), _at("user.email"),
    _at("action.properties.name"), _at("action.properties.full_name"), _at("action.properties.contact_email"),
    _at("extra.phone"), _at("request.session_token"),
]


def _outputs(event: dict[str, Any]) -> list[str]:
    outcome = ROUTER.route(orjson.dumps(event))
    assert outcome.rejected is None, (outcome.rejected, outcome.detail)
    assert len(outcome.outputs) == len(ROUTER.policy.routes)
    return [o.value.decode() for o in outcome.outputs]


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (k, *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [str(node)]


def _assert_absent(kind: str, value: str, outputs: list[str]) -> None:
    for text in outputs:
        lowered = text.lower()
        for form in {value, quote(value, safe="")}:
            assert form.lower() not in lowered, f"{kind} {value!r} reached an output: {text}"
        if kind == "phone":
            digits = re.sub(r"\D", "", value)[-7:]
            for string in _strings(orjson.loads(text)):
                assert digits not in re.sub(r"\D", "", string), f"phone digits {digits} reached an output: {text}"
        if kind == "ip":
            assert not re.search(rf"(?<![\w.:]){re.escape(value.lower())}(?![\w/:])", lowered), text
        if kind == "geo":
            lat = value.split(",")[0]
            assert lat not in text, f"coordinate {lat} reached an output: {text}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted=SHAPE_DETECTABLE, site=st.sampled_from(TEXT_SITES), data=st.data())
def test_a_planted_identifying_value_never_reaches_an_output(planted: tuple[str, str], site: Site,
                                                            data: st.DataObject) -> None:
    kind, value = planted
    shown = data.draw(encodings(value), label="as written")
    event = copy.deepcopy(BASE)
    site(event, shown)
    _assert_absent(kind, value, _outputs(event))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(planted=SHAPE_DETECTABLE, site=st.sampled_from(TEXT_SITES), data=st.data(),
       purposes=st.lists(st.sampled_from(["2.1.1", "2.1.2", "2.1.3", "2.1.4"]), unique=True),
       consent=st.fixed_dictionaries({}, optional={"analytics": st.booleans(), "marketing": st.booleans()}))
def test_a_planted_value_reaches_no_output_of_any_set_of_routes(planted: tuple[str, str], site: Site,
                                                                 data: st.DataObject, purposes: list[str],
                                                                 consent: dict[str, bool]) -> None:
    """The walk treats only what the routes an event goes to keep: whichever routes those are (or none), a planted
    value reaches none of their outputs."""
    kind, value = planted
    event = copy.deepcopy(BASE)
    event["purposes"], event["consent"] = purposes, consent
    site(event, data.draw(encodings(value), label="as written"))
    outcome = ROUTER.route(orjson.dumps(event))
    assert outcome.rejected is None, (outcome.rejected, outcome.detail)
    _assert_absent(kind, value, [o.value.decode() for o in outcome.outputs])


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(names, emails, phones, st.text(min_size=6, max_size=40).filter(
    lambda s: s.strip() == s and len(set(s)) > 3 and s not in "\n".join(_outputs(BASE)))),
       site=st.sampled_from(NAMED_SITES))
def test_values_in_identifying_fields_never_reach_an_output_whatever_they_look_like(value: str, site: Site) -> None:
    event = copy.deepcopy(BASE)
    site(event, value)
    for text in _outputs(event):
        assert orjson.dumps(value).decode()[1:-1] not in text, f"{site.__name__}: {value!r} reached {text}"


@settings(max_examples=100, deadline=None)
@given(lat=st.floats(-89.9, 89.9).filter(lambda f: abs(f) > 0.01),
       lon=st.floats(-179.9, 179.9).filter(lambda f: abs(f) > 0.01))
def test_precise_coordinates_never_leave(lat: float, lon: float) -> None:
    event = copy.deepcopy(BASE)
    event["device"]["location"].update(lat=lat, lon=lon)
    event["action"]["properties"]["geo"] = {"lat": lat, "lon": lon}
    event["action"]["properties"]["latitude"] = lat
    for text in _outputs(event):
        doc = orjson.loads(text)
        assert "lat" not in str(doc.get("device", {}).get("location", {}))
        numbers = {value for value in _numbers(doc)}
        assert lat not in numbers and lon not in numbers, text


def _numbers(node: Any) -> list[float]:
    if isinstance(node, dict):
        return [n for v in node.values() for n in _numbers(v)]
    if isinstance(node, list):
        return [n for v in node for n in _numbers(v)]
    return [node] if isinstance(node, float) else []


@settings(max_examples=200, deadline=None)
@given(path=st.lists(st.sampled_from(["docs", "install", "blog", "rust", "2026-11-24", "v1", "items", "42"]),
                     min_size=1, max_size=5).map(lambda parts: "/" + "/".join(parts)),
       status=st.sampled_from([200, 201, 301, 404, 500]), country=st.sampled_from(["RU", "DE", "US"]),
       city=st.sampled_from(["Moscow", "Berlin", "Seattle"]))
def test_what_a_route_may_keep_survives(path: str, status: int, country: str, city: str) -> None:
    event = copy.deepcopy(BASE)
    event["request"].update(path=path, status=status)
    event["device"]["location"].update(country=country, city=city)
    event["client"]["user_agent"] = BASE["client"]["user_agent"]
    docs = {orjson.loads(t)["logwarden"]["route"]: orjson.loads(t) for t in _outputs(event)}
    analytics = docs["analytics"]
    assert analytics["request"]["path"] == path
    assert analytics["request"]["status"] == status
    assert analytics["device"]["location"] == {"country": country, "city": city}
    assert analytics["client"]["user_agent"]["browser"] not in ("", None)
    assert docs["marketing"]["device"]["location"] == {"country": country, "city": city}
    assert "status" not in docs["marketing"]["request"]  # not on marketing's allow-list
