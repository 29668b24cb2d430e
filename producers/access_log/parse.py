"""One nginx/Apache access-log line ("combined" or "common", plus trailing extras) into its parts.

The tailer turns web servers that cannot run our middleware into sources, so this parser
has to read the formats those servers actually write: `combined` and `common`, with the
fields nginx configs commonly append (`"$http_x_forwarded_for"`, `$request_time`...)
tolerated rather than rejected. One precompiled regex splits the line; the few fields
that need it are then checked, so a broken line says *why* (`BadLine.reason`, a short
machine word fit for a metric label) instead of just "no match".

The remote user (`$remote_user`, Apache `%u`) is matched but never captured: it identifies
a person and is not part of the wire format, so it must not survive parsing, not even in
a match group a caller might log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache

from pipeline.privacy.redact import is_ip

__all__ = ["AccessLine", "BadLine", "parse_line"]

# A quoted field as nginx and Apache write it: `\"`, `\\` and `\xHH` escapes inside, never a bare `"`.
# Unrolled (`a*(?:\\.a*)*`) so a long user agent costs no per-character alternation.
_QUOTED = r'[^"\\]*(?:\\.[^"\\]*)*'

_LINE = re.compile(
    r"(?P<ip>\S+) \S+ [^\[]* \["  # client, ident, remote user (deliberately not captured)
    r"(?P<time>[^\]]*)\] "
    rf'"(?P<request>{_QUOTED})" '
    r"(?P<status>\S+) (?P<bytes>\S+)"
    rf'(?: "(?P<referrer>{_QUOTED})" "(?P<user_agent>{_QUOTED})")?'  # absent: the "common" format
    r"(?P<rest>(?: .*)?)",  # whatever a site's log_format appends
    re.DOTALL,
)
_TRAILING_QUOTED = re.compile(rf'"({_QUOTED})"', re.DOTALL)

# `$request` is "METHOD target PROTOCOL"; HTTP/0.9 requests have no protocol. Anything else
# (`-`, an empty request, the binary of a TLS handshake sent to a plain-HTTP port) is not a request.
_REQUEST = re.compile(
    r"(?P<method>[!#$%&'*+.^_`|~0-9A-Za-z-]+) (?P<target>\S+)(?: (?P<protocol>[A-Z]+/\d+(?:\.\d+)?))?",
    re.ASCII,
)

# `24/Nov/2026:15:40:36 +0300`; some log_formats add a fraction (Apache `%{msec_frac}t`).
_TIME = re.compile(
    r"(\d{2})/([A-Za-z]{3})/(\d{4}):(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))? ([+-])(\d{2})(\d{2})",
    re.ASCII,
)
# Log timestamps are always English, whatever the server's locale: never strptime's %b.
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}

# Apache writes `\"` `\\` `\n` `\t` and `\xHH`; nginx (escape=default) `\xHH` for `"`, `\` and
# non-printable bytes; nginx escape=json writes JSON escapes. Decoding `\xHH` back to bytes
# restores non-ASCII user agents and paths as the text they were.
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {'"': b'"', "\\": b"\\", "n": b"\n", "t": b"\t", "r": b"\r", "b": b"\b", "f": b"\f",
                   "/": b"/", "'": b"'"}
_MAX_BYTES_DIGITS = 20  # int() refuses very long digit strings with its own ValueError; no real body is that big


@dataclass(frozen=True, slots=True)
class AccessLine:
    """The wire-relevant parts of one access-log line; there is deliberately no remote-user field."""

    ip: str
    ts: str  # ISO 8601 UTC with milliseconds and Z, as the wire format's `ts`
    method: str
    path: str
    query: str  # without the leading "?"
    protocol: str  # "" for an HTTP/0.9 request line
    status: int
    bytes: int
    referrer: str
    user_agent: str
    forwarded_for: tuple[str, ...] = ()


class BadLine(ValueError):
    """A line that is not an access-log line; `reason` is a short word fit for a metric label.

    The message never quotes the line: it may hold a person's address or user name, and a
    caller is likely to log the exception.
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def parse_line(line: str) -> AccessLine:
    """Parse one combined/common access-log line; raises BadLine (and only BadLine) for anything else."""
    match = _LINE.fullmatch(line.rstrip("\r\n"))
    if match is None:
        raise BadLine("no_match")
    ip, time_text, request, status_text, bytes_text, referrer, user_agent, rest = match.group(
        "ip", "time", "request", "status", "bytes", "referrer", "user_agent", "rest")

    ts = _utc(time_text)
    if not (len(status_text) == 3 and status_text.isascii() and status_text.isdigit()):
        raise BadLine("bad_status")
    if bytes_text == "-":
        sent = 0
    elif bytes_text.isascii() and bytes_text.isdigit() and len(bytes_text) <= _MAX_BYTES_DIGITS:
        sent = int(bytes_text)
    else:
        raise BadLine("bad_bytes")

    parts = _REQUEST.fullmatch(_unescape(request))
    if parts is None:
        raise BadLine("bad_request")
    path, _, query = parts["target"].partition("?")

    return AccessLine(
        ip=ip, ts=ts, method=parts["method"], path=path, query=query, protocol=parts["protocol"] or "",
        status=int(status_text), bytes=sent,
        referrer=_dash_empty(_unescape(referrer)) if referrer is not None else "",
        user_agent=_dash_empty(_unescape(user_agent)) if user_agent is not None else "",
        forwarded_for=_forwarded_for(rest) if rest else (),
    )


@lru_cache(maxsize=256)
def _utc(text: str) -> str:
    """Cached because a busy server writes many lines per second with the same timestamp."""
    found = _TIME.fullmatch(text)
    if found is None:
        raise BadLine("bad_time")
    day, month_name, year, hour, minute, second, fraction, sign, off_h, off_m = found.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None or int(off_m) >= 60:
        raise BadLine("bad_time")
    offset = timedelta(hours=int(off_h), minutes=int(off_m))
    millis = int((fraction or "0").ljust(3, "0")[:3])
    try:
        local = datetime(int(year), month, int(day), int(hour), int(minute), int(second), millis * 1000,
                         tzinfo=timezone(-offset if sign == "-" else offset))
        utc = local.astimezone(UTC)
    except (ValueError, OverflowError):  # 30 Feb, hour 25, offset of a day or more, year 1 minus an offset
        raise BadLine("bad_time") from None
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{millis:03d}Z"


def _unescape(text: str) -> str:
    """Undo the server's escaping; the common case (no backslash) costs one scan."""
    if "\\" not in text:
        return text
    out = bytearray()
    start = 0
    for escape in _ESCAPE.finditer(text):
        out += text[start:escape.start()].encode("utf-8", "surrogatepass")
        code = escape.group(1)
        if len(code) == 3 and code[0] == "x":
            out.append(int(code[1:], 16))
        elif len(code) == 5 and code[0] == "u":
            out += chr(int(code[1:], 16)).encode("utf-8", "surrogatepass")
        else:
            simple = _SIMPLE_ESCAPES.get(code)
            out += simple if simple is not None else escape.group(0).encode("utf-8", "surrogatepass")
        start = escape.end()
    out += text[start:].encode("utf-8", "surrogatepass")
    return out.decode("utf-8", "replace")


def _dash_empty(value: str) -> str:
    return "" if value == "-" else value


def _forwarded_for(rest: str) -> tuple[str, ...]:
    """The first trailing quoted field that is a list of IP addresses, nginx's `"$http_x_forwarded_for"`.

    Only a field that really is addresses is taken, so another quoted extra (a host name,
    a cookie) is never mistaken for the forwarding chain.
    """
    for field in _TRAILING_QUOTED.findall(rest):
        hops = tuple(hop.strip() for hop in _unescape(field).split(","))
        if hops and all(is_ip(hop) for hop in hops):
            return hops
    return ()

