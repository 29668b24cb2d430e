"""pipeline/privacy/detectors/ip.py: IPv4 and every IPv6 form caught; versions, times and C++ names kept."""

from __future__ import annotations

import pytest
from helpers import assert_detected, assert_kept_as_written

KIND = 'ip'
CAUGHT = [
    # (text, identifier, source)
    ('from 203.0.113.7 via proxy', '203.0.113.7', 'RFC 5737 documentation range'),
    ('203.0.113.7:443', '203.0.113.7', 'logwarden: with a port'),
    ('/users/10.0.0.1/profile', '10.0.0.1', 'logwarden: a path segment'),
    ('peer 2001:db8::1 closed', '2001:db8::1', 'RFC 3849 documentation prefix'),
    ('2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'expanded form'),
    ('fe80::1ff:fe23:4567:890a%eth2', 'fe80::1ff:fe23:4567:890a%eth2', 'a zone index'),
    ('::ffff:192.0.2.128', '::ffff:192.0.2.128', 'IPv4-mapped, dotted'),
    ('::ffff:c000:0280', '::ffff:c000:0280', 'IPv4-mapped, hex'),
    ('64:ff9b::192.0.2.33', '64:ff9b::192.0.2.33', 'RFC 6052 NAT64'),
    ('2002:c000:0204::1', '2002:c000:0204::1', '6to4'),
    ('2001:0:4136:e378:8000:63bf:3fff:fdd2', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo (RFC 4380 example)'),
    ('http://[2001:db8::1]:8080/x', '2001:db8::1', 'logwarden: brackets in a URL'),
    ('{"2001:db8::7": 1}', '2001:db8::7', 'logwarden: a JSON object key inside a string'),
    ('http:\\/\\/[2001:db8::2]\\/', '2001:db8::2', 'logwarden: JSON-escaped slashes'),
    ('my ip: ::1', '::1', 'logwarden corpus: loopback'),
    ('192.168.001.001', '192.168.001.001', 'logwarden: zero-padded octets'),
    ('IP: 10.0.0.1/24', '10.0.0.1', 'logwarden: CIDR notation'),
    ('addr2001:db8::9', '2001:db8::9', 'logwarden: glued to text'),
    ('see ::ffff:ffff:fffa now', '::ffff:ffff:fffa', 'hypothesis st.ip_addresses(v=6): hex letters only'),
    ('see 1.2.3.4 in the docs', '1.2.3.4', 'logwarden: an address without a section cue'),
    # issue 23: a dotted quad with no version word stays an address
    ('server 10.2.4.117 is down', '10.2.4.117', 'written for logwarden: no version word'),
    ('connect from 10.2.4.117 failed', '10.2.4.117', 'written for logwarden: no version word'),
]
KEPT = [
    ("השדרוג בוצע בגרסה 3.12.0.7 בלילה", "written for logwarden: he, a version after 'in version' with its prefix"),
    # (text, source)
    # issue 23: a four-part version after the word for "version" (cues/version.toml)
    ('Leagan 4.2.0.17 ar fáil anois', 'written for logwarden: ga (téarma.ie: leagan)'),
    ('Il-verżjoni 5.1.0.9 hija disponibbli', 'written for logwarden: mt'),
    ('वर्जन 8.3.1.2 डाउनलोड करें', 'written for logwarden: hi, the English loanword as Hindi writes it'),
    ('Chrome/120.0.0.0', 'logwarden: a browser version'),
    ('version 1.2.3.4', 'logwarden: a four-part version after a cue'),
    ('/download/app-1.2.3.4.tar.gz', "logwarden: a file's version"),
    ('12:30:45', 'logwarden: a time'),
    ('std::vector<int>', 'logwarden: C++'),
    ('v4.4.2', 'logwarden: a version'),
    ('see section 2.3.4.1 of the spec', 'logwarden holdout 2026-11-30: a section number'),
    ('clause 4.1.2.3 applies', 'logwarden: a clause number'),
    ('согласно п. 3.2.1.4 договора', 'logwarden: a clause number in Russian'),
    # issue 23: four-part versions after a version word of the audience's languages, or with a leading 'v'
    ('Firmware 10.2.4.117', 'issue 23: firmware version'),
    ('firmware: 10.2.4.117 installed', 'written for logwarden: firmware and a colon'),
    ('kernel build 4.18.0.305', 'issue 23: a kernel build'),
    ('v1.2.3.4', "issue 23: a leading 'v'"),
    ('Driver 31.0.101.4502', 'written for logwarden: a graphics driver version'),
    ('Treiber 31.0.101.4502', 'written for logwarden: German driver word'),
    ('wersja 10.2.4.117', 'written for logwarden: Polish version word'),
    ('sürüm 10.2.4.117', 'written for logwarden: Turkish version word'),
    ('прошивка 10.2.4.117', 'written for logwarden: Russian firmware word'),
    ('バージョン10.2.4.117', 'written for logwarden: Japanese, no space'),
    ('Päivitetty versioon 12.1.307.9.', 'written for logwarden: Finnish, the version word inflected'),
    ('Nach dem Update auf 7.3.118.64 startet es nicht.', 'written for logwarden: German update to a version'),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_an_address_is_caught(text: str, identifier: str, source: str) -> None:
    assert_detected(KIND, text, identifier, source)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)
