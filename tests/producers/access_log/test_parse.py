"""The access-log parser: the combined and common formats as nginx and Apache write them, the
extras nginx configs append, their escaping, and a BadLine reason for everything else.

Hypothesis builds lines from generated parts, escaped the way each server escapes, and checks
they parse back to exactly those parts; and that no text at all makes the parser raise
anything but BadLine.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from producers.access_log.parse import AccessLine, BadLine, parse_line

COMBINED = ('203.0.113.7 - alice [24/Nov/2026:15:40:36 +0300] "GET /shop/cart?item=42&ref=mail HTTP/1.1" '
            '200 5123 "https://example.com/start?x=1" "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"')


def test_combined_line() -> None:
    assert parse_line(COMBINED) == AccessLine(
        ip="203.0.113.7", ts="2026-11-24T12:40:36.000Z", method="GET", path="/shop/cart",
        query="item=42&ref=mail", protocol="HTTP/1.1", status=200, bytes=5123,
        referrer="https://example.com/start?x=1", user_agent="Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0",
        forwarded_for=())


def test_common_line_has_no_referrer_or_user_agent() -> None:
    parsed = parse_line('192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] "POST /login HTTP/1.0" 302 0')
    assert (parsed.method, parsed.path, parsed.query, parsed.status, parsed.bytes) == ("POST", "/login", "", 302, 0)
    assert (parsed.referrer, parsed.user_agent, parsed.forwarded_for) == ("", "", ())
    assert parsed.ts == "2026-01-01T00:00:00.000Z"


def test_nginx_trailing_fields_forwarded_for_and_request_time() -> None:
    line = COMBINED + ' "198.51.100.23, 10.0.0.2" 0.012'
    parsed = parse_line(line)
    assert parsed.forwarded_for == ("198.51.100.23", "10.0.0.2")
    assert parsed.user_agent.endswith("Firefox/133.0") and parsed.status == 200
    # a request time alone, or upstream fields, are tolerated and carry no forwarding chain
    assert parse_line(COMBINED + " 0.012 0.010 .").forwarded_for == ()
    assert parse_line(COMBINED + ' "-" 0.012').forwarded_for == ()
    # a quoted extra that is not addresses is never taken for the chain; a later one that is, is
    assert parse_line(COMBINED + ' "shop.example.com" "2001:db8::7"').forwarded_for == ("2001:db8::7",)
    assert parse_line(COMBINED + ' "198.51.100.23, unknown"').forwarded_for == ()
    # the common format with a forwarding field appended
    common = parse_line('192.0.2.1 - - [01/Jan/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 12 "192.0.2.99"')
    assert (common.referrer, common.user_agent, common.forwarded_for) == ("", "", ("192.0.2.99",))


def test_ipv6_client() -> None:
    parsed = parse_line('2001:db8::1 - - [24/Nov/2026:15:40:36 +0000] "GET /x HTTP/2.0" 404 153 "-" "curl/8.5.0"')
    assert (parsed.ip, parsed.protocol, parsed.status, parsed.user_agent) == ("2001:db8::1", "HTTP/2.0", 404,
                                                                              "curl/8.5.0")


def test_escaped_quotes_and_bytes_in_quoted_fields() -> None:
    apache = parse_line('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET /q?s=\\"x\\" HTTP/1.1" 200 1 '
                        '"https://e.com/?a=\\"b\\"&c=\\\\d" "Agent \\"quoted\\" \\\\ end"')
    assert apache.query == 's="x"'
    assert apache.referrer == 'https://e.com/?a="b"&c=\\d'
    assert apache.user_agent == 'Agent "quoted" \\ end'
    nginx = parse_line('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET /caf\\xC3\\xA9?s=\\x22x\\x22 HTTP/1.1" 200 1 '
                       '"-" "Agent \\x22quoted\\x22 \\x5C \\xE2\\x9C\\x93"')
    assert (nginx.path, nginx.query) == ("/café", 's="x"')
    assert nginx.user_agent == 'Agent "quoted" \\ ✓'
    # bytes that are not UTF-8 become U+FFFD, not an error
    assert parse_line('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" 200 1 "-" "a\\xFFb"'
                      ).user_agent == "a\ufffdb"


def test_dash_fields() -> None:
    parsed = parse_line('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "HEAD / HTTP/1.1" 304 - "-" "-"')
    assert (parsed.bytes, parsed.referrer, parsed.user_agent) == (0, "", "")


@pytest.mark.parametrize(("local", "utc"), [
    ("24/Nov/2026:15:40:36 +0300", "2026-11-24T12:40:36.000Z"),
    ("31/Dec/2025:20:30:00 -0500", "2026-01-01T01:30:00.000Z"),  # across a year
    ("01/Mar/2024:02:00:00 +0530", "2024-02-29T20:30:00.000Z"),  # back into a leap day
    ("24/nov/2026:15:40:36 +0000", "2026-11-24T15:40:36.000Z"),  # month names in any case
    ("24/Nov/2026:15:40:36.123 +0100", "2026-11-24T14:40:36.123Z"),  # a fraction (Apache %{msec_frac}t)
    ("24/Nov/2026:15:40:36.5 +0000", "2026-11-24T15:40:36.500Z"),
])
def test_time_converts_to_utc_with_milliseconds(local: str, utc: str) -> None:
    assert parse_line(f'192.0.2.1 - - [{local}] "GET / HTTP/1.1" 200 1').ts == utc


def test_request_targets() -> None:
    base = '192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "{}" 200 1'
    http09 = parse_line(base.format("GET /old"))
    assert (http09.method, http09.path, http09.protocol) == ("GET", "/old", "")
    connect = parse_line(base.format("CONNECT example.com:443 HTTP/1.1"))
    assert (connect.method, connect.path) == ("CONNECT", "example.com:443")
    first_mark = parse_line(base.format("GET /a?b?c=1& HTTP/1.1"))
    assert (first_mark.path, first_mark.query) == ("/a", "b?c=1&")
    assert parse_line(base.format("GET /x HTTP/1.1") + "\r\n").path == "/x"  # a line as read, with its newline


def test_remote_user_is_carried_nowhere() -> None:
    line = COMBINED.replace(" alice ", " jane.doe@example.com ")
    parsed = parse_line(line)
    assert "jane" not in repr(parsed)
    assert not any(f.name == "user" or "remote" in f.name for f in dataclasses.fields(AccessLine))
    # an Apache user name with a space is still only skipped
    assert parse_line(COMBINED.replace(" alice ", " Jane Doe ")) == parse_line(COMBINED)


@pytest.mark.parametrize(("line", "reason"), [
    ("", "no_match"),
    ("not an access log line", "no_match"),
    ('{"ts": "2026-11-24T12:40:36Z", "msg": "hello"}', "no_match"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1"', "no_match"),  # no status and bytes
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1 200 1', "no_match"),  # unterminated quote
    ('192.0.2.1 - - [yesterday] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [24/Foo/2026:15:40:36 +0000] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [30/Feb/2026:15:40:36 +0000] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [24/Nov/2026:25:40:36 +0000] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0075] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +2400] "GET / HTTP/1.1" 200 1', "bad_time"),
    ('192.0.2.1 - - [01/Jan/0001:00:00:00 +0100] "GET / HTTP/1.1" 200 1', "bad_time"),  # before year 1 in UTC
    ('192.0.2.1 - - [24/Nov/2026:15:40:36] "GET / HTTP/1.1" 200 1', "bad_time"),  # no offset
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "-" 400 0 "-" "-"', "bad_request"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "" 400 0 "-" "-"', "bad_request"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03" 400 157 '
     '"-" "-"', "bad_request"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET" 400 0', "bad_request"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET /a b c HTTP/1.1" 400 0', "bad_request"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" abc 1', "bad_status"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" 2000 1', "bad_status"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" ２００ 1', "bad_status"),  # not ASCII digits
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" 200 12k', "bad_bytes"),
    ('192.0.2.1 - - [24/Nov/2026:15:40:36 +0000] "GET / HTTP/1.1" 200 ' + "9" * 5000, "bad_bytes"),
])
def test_bad_lines_say_why(line: str, reason: str) -> None:
    with pytest.raises(BadLine) as raised:
        parse_line(line)
    assert raised.value.reason == reason
    assert isinstance(raised.value, ValueError)
    assert "192.0.2.1" not in str(raised.value)  # the message never quotes the line


# --- properties ---

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _not_space(c: str) -> bool:
    return not c.isspace()


# what can appear in a request target: no whitespace, no surrogates; quotes, backslashes, controls are escaped
target_chars = st.characters(blacklist_categories=("Cs",)).filter(_not_space)
quoted_chars = st.characters(blacklist_categories=("Cs",))


def _escape(text: str, style: str) -> str:
    """Escape a value the way a server writes it inside quotes."""
    out = []
    for c in text:
        if c == '"':
            out.append('\\"' if style == "apache" else "\\x22")
        elif c == "\\":
            out.append("\\\\" if style == "apache" else "\\x5C")
        elif ord(c) < 0x20 or ord(c) == 0x7F:
            out.append(f"\\x{ord(c):02X}")
        elif ord(c) > 0x7F and style == "nginx":  # nginx escapes every non-ASCII byte
            out.append("".join(f"\\x{b:02X}" for b in c.encode()))
        else:
            out.append(c)
    return "".join(out)


@st.composite
def lines(draw: st.DrawFn) -> tuple[str, AccessLine]:
    style = draw(st.sampled_from(["apache", "nginx"]))
    ip = str(draw(st.ip_addresses()))
    user = draw(st.sampled_from(["-", "alice", "jane.doe@example.com"]))
    local = draw(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 12, 31)))
    local = local.replace(microsecond=0)
    offset_minutes = draw(st.integers(-(23 * 60 + 59), 23 * 60 + 59))
    sign = "-" if offset_minutes < 0 else "+"
    zone = timezone(timedelta(minutes=offset_minutes))
    stamp = (f"{local.day:02d}/{MONTHS[local.month - 1]}/{local.year}:{local:%H:%M:%S} "
             f"{sign}{abs(offset_minutes) // 60:02d}{abs(offset_minutes) % 60:02d}")
    ts = local.replace(tzinfo=zone).astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    method = draw(st.sampled_from(["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"]))
    path = "/" + draw(st.text(target_chars.filter(lambda c: c != "?"), max_size=30))
    query = draw(st.text(target_chars, max_size=30))
    protocol = draw(st.sampled_from(["HTTP/1.0", "HTTP/1.1", "HTTP/2.0", ""]))
    target = path + ("?" + query if query else "")
    request = f"{method} {target}" + (f" {protocol}" if protocol else "")
    status = draw(st.integers(100, 599))
    sent = draw(st.one_of(st.just(None), st.integers(0, 10**12)))
    combined = draw(st.booleans())
    referrer = draw(st.text(quoted_chars, max_size=40).filter(lambda t: t != "-")) if combined else ""
    agent = draw(st.text(quoted_chars, max_size=60).filter(lambda t: t != "-")) if combined else ""
    hops = tuple(str(a) for a in draw(st.lists(st.ip_addresses(), max_size=3)))
    line = (f'{ip} - {user} [{stamp}] "{_escape(request, style)}" {status} {"-" if sent is None else sent}')
    if combined:
        line += f' "{_escape(referrer, style) or "-"}" "{_escape(agent, style) or "-"}"'
    if hops:
        line += ' "' + draw(st.sampled_from([", ", ","])).join(hops) + '"'
    if draw(st.booleans()):  # after a common line, two quoted extras would read as referrer and agent
        line += " " + draw(st.sampled_from(["0.012", "-", "0.001 0.001 ."] + (['"-"'] if combined else [])))
    expected = AccessLine(ip=ip, ts=ts, method=method, path=path, query=query, protocol=protocol, status=status,
                          bytes=sent or 0, referrer=referrer, user_agent=agent, forwarded_for=hops)
    return line, expected


@settings(max_examples=200, deadline=None)
@given(lines())
def test_any_line_built_from_valid_parts_parses_back_to_them(built: tuple[str, AccessLine]) -> None:
    line, expected = built
    assert parse_line(line) == expected


def _outcome(text: str) -> None:
    try:
        parsed = parse_line(text)
    except BadLine as bad:
        assert bad.reason in {"no_match", "bad_time", "bad_request", "bad_status", "bad_bytes"}
    else:
        assert isinstance(parsed, AccessLine)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parse_line_raises_only_bad_line_on_any_text(text: str) -> None:
    _outcome(text)


@settings(max_examples=200, deadline=None)
@given(lines(), st.data())
def test_parse_line_raises_only_bad_line_on_damaged_lines(built: tuple[str, AccessLine], data: st.DataObject) -> None:
    line = built[0]
    start = data.draw(st.integers(0, len(line)))
    end = data.draw(st.integers(start, min(len(line), start + 12)))
    _outcome(line[:start] + data.draw(st.text(st.sampled_from('"\\[] -x0123+/:?' + "\x00é"), max_size=6)) + line[end:])
