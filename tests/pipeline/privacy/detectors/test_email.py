"""pipeline/privacy/detectors/email.py: plain, glued and obfuscated addresses caught (quoted words, digits for letters,
spaced letters, the words for '@' and '.' in the audience's languages); versions, digests, prose kept."""

from __future__ import annotations

import time

import pytest
from helpers import assert_kept_as_written
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.privacy.detectors import email
from pipeline.privacy.redact import Redactor, detect

CAUGHT = [
    # (text, identifier, source)
    ("info@presidio.site", "info@presidio.site", "presidio-analyzer tests/test_email_recognizer.py"),
    ("try one of this emails: info@presidio.site or the support desk", "info@presidio.site",
     "presidio-analyzer tests/test_email_recognizer.py"),
    ("user+name@example.com", "user+name@example.com", "detect-secrets tests/plugins/email_address_test.py"),
    ("o'neil@example.ie", "o'neil@example.ie", "logwarden: an apostrophe is a valid local-part character"),
    ('"john doe"@example.com', '"john doe"@example.com', "RFC 5322 quoted local part"),
    ("contact:john.doe@example.co.uk;", "john.doe@example.co.uk", "logwarden: glued to a label"),
    ("0@A.XN--3E0B707E", "0@A.XN--3E0B707E", "hypothesis st.emails(): a punycode top-level domain"),
    ("see 0@A.MAP now", "0@A.MAP", "hypothesis st.emails(): .map is a delegated top-level domain, not a source map"),
    ("john at example dot com", "john at example dot com", "logwarden: English words"),
    ("john(at)example(dot)com", "john(at)example(dot)com", "logwarden: brackets"),
    ("john [at] example [dot] org", "john [at] example [dot] org", "logwarden: square brackets"),
    ("john{at}example{dot}ru", "john{at}example{dot}ru", "logwarden: braces"),
    ("иван собака mail точка ru", "иван собака mail точка ru", "logwarden: Russian words"),
    ("пишите: ivan собака yandex.ru", "ivan собака yandex.ru", "logwarden: Russian word, plain dot"),
    ("My email is john at gmail.com", "john at gmail.com", "logwarden corpus: a bare 'at' after an email cue"),
    ("j.doe at example.com", "j.doe at example.com", "logwarden: a local part that looks like one"),
    ("j o h n @ g m a i l . c o m", "j o h n @ g m a i l . c o m", "logwarden: letters spaced out"),
    ("john&#64;example.com", "john&#64;example.com", "logwarden: an HTML entity"),
    ("ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "logwarden: full-width"),
    ("jo\u200bhn@example.com", "jo\u200bhn@example.com", "logwarden: a zero-width space inside"),
    ("john\\u0040example.com", "john\\u0040example.com", "logwarden: a JSON escape"),
    ("am9obkBleGFtcGxlLmNvbQ==", "am9obkBleGFtcGxlLmNvbQ==", "logwarden: Base64"),
    (
        'write to john [dot] doe (at) example [dot] com',
        'john [dot] doe (at) example [dot] com',
        'logwarden holdout 2026-11-30: dot words in the local part',
    ),
    (
        'reach me at lena dot smirnova at example dot com',
        'lena dot smirnova at example dot com',
        'logwarden holdout 2026-11-30: dot words in the local part',
    ),
    (
        'forward to a!b#c$d%e&f*g@example.org',
        'a!b#c$d%e&f*g@example.org',
        'logwarden holdout 2026-11-30: RFC 5322 specials',
    ),
    ('написатьyulia.k@example.ruсрочно', 'yulia.k@example.ru', 'logwarden holdout 2026-11-30: glued to Cyrillic words'),
    ('aaa.aa@aaa dot com', 'aaa.aa@aaa dot com', "logwarden: '@' and a dot word"),
    # issue 23: quoted words, digits for letters, the words for '@' and '.' in the audience's languages
    ('write to john "at" example "dot" com', 'john "at" example "dot" com', 'issue 23: quoted at and dot'),
    ("j0hn 'at' examp1e 'dot' org", "j0hn 'at' examp1e 'dot' org", 'written for logwarden: single quotes, digits'),
    ('j0hn.d0e at example dot com', 'j0hn.d0e at example dot com', 'issue 23: digits for letters'),
    ('j o h n @ e x a m p l e . c o m', 'j o h n @ e x a m p l e . c o m', 'issue 23: spaced letters'),
    ('juan arroba ejemplo punto com', 'juan arroba ejemplo punto com', 'written for logwarden: Spanish words'),
    ('mario chiocciola libero punto it', 'mario chiocciola libero punto it', 'written for logwarden: Italian'),
    ('pierre arobase orange point fr', 'pierre arobase orange point fr', 'written for logwarden: French'),
    ('hans Klammeraffe beispiel Punkt de', 'hans Klammeraffe beispiel Punkt de', 'written for logwarden: German'),
    ('jan małpa przyklad kropka pl', 'jan małpa przyklad kropka pl', 'written for logwarden: Polish'),
    ('jan malpa przyklad pkt pl', 'jan malpa przyklad pkt pl', 'written for logwarden: Polish without diacritics'),
    ('petr zavináč seznam tečka cz', 'petr zavináč seznam tečka cz', 'written for logwarden: Czech'),
    ('ali at ornek nokta com', 'ali at ornek nokta com', 'written for logwarden: Turkish dot word'),
    ('ivan собака example точка ru', 'ivan собака example точка ru', 'logwarden: Russian words'),
    # the words for '@' and '.' of Wikipedia's 'At sign' (names in other languages), as people spell addresses out
    ('Mail: lena.k ät beispiel (punkt) de', 'lena.k ät beispiel (punkt) de', 'Wikipedia At sign: German ät'),
    ('e-post: mari.t ätt naide (punkt) ee', 'mari.t ätt naide (punkt) ee', 'Wikipedia At sign: Estonian ätt'),
    ('sposti: aino.v miukumauku esimerkki (piste) fi', 'aino.v miukumauku esimerkki (piste) fi',
     'Wikipedia At sign: Finnish miukumauku'),
    ('e-post: ola.n krøllalfa eksempel punktum no', 'ola.n krøllalfa eksempel punktum no',
     'Wikipedia At sign: Norwegian krøllalfa'),
    ('e-pošta: iva.k majmunčić primjer (točka) hr', 'iva.k majmunčić primjer (točka) hr',
     'Wikipedia At sign: Croatian majmunčić'),
    ('e-naslov: tina.z afna primer pika si', 'tina.z afna primer pika si', 'Wikipedia At sign: Slovenian afna'),
    ('la dan.p arond exemplu (punct) ro', 'dan.p arond exemplu (punct) ro', 'Wikipedia At sign: Romanian arond'),
    ('имейл: ivo.p кльомба primer точка bg', 'ivo.p кльомба primer точка bg', 'Wikipedia At sign: Bulgarian'),
    ('דוא"ל: dan.l שטרודל example.co נקודה il', 'dan.l שטרודל example.co נקודה il',
     'Wikipedia At sign: Hebrew strudel; one more label after example.co'),
    ('이메일은 minji.k 골뱅이 example.co 점 kr입니다', 'minji.k 골뱅이 example.co 점 kr',
     'Wikipedia At sign: Korean, Korean text glued after the domain'),
    ('メールはtaro.y アット rei ドット jpです', 'taro.y アット rei ドット jp', 'written for logwarden: Japanese'),
    ('我的邮箱是wang.lei88艾特shili dot cn', 'wang.lei88艾特shili dot cn',
     'written for logwarden: Chinese 艾特, glued to the words before it'),
    ('email: lan.t a còng vidu (chấm) vn', 'lan.t a còng vidu (chấm) vn', 'Wikipedia At sign: Vietnamese a còng'),
    ('balas ke budi.s et contoh.co (titik) id', 'budi.s et contoh.co (titik) id',
     'written for logwarden: Indonesian, a weak at word with a local part that looks like one'),
    ('ईमेल ravi.k89 (at) udaharan (डॉट) in है', 'ravi.k89 (at) udaharan (डॉट) in', 'written for logwarden: Hindi dot'),
    # issue 23: the '@' replaced by a symbol the text names (written for logwarden, in other words than the holdout's)
    ("联系邮箱 liu.fang*163.com （*改为@）", "liu.fang*163.com", "written for logwarden: zh: '*' standing for '@'"),
    ("Mail: anna.berg$posteo.de (replace $ with @)", "anna.berg$posteo.de", "written for logwarden: en"),
    ("pište na jan.novak#seznam.cz (# = @)", "jan.novak#seznam.cz", "written for logwarden: cs"),
]
KEPT = [
    ("see page.html#intro.md and @team", "written for logwarden: a fragment and a mention, no instruction"),
    ("Issue #42 on github.com, ping @dev", "written for logwarden: an issue number and a mention"),
    ("npm install lodash@4.17.21", "logwarden: a package version"),
    ("docker pull nginx@sha256", "logwarden: an image digest"),
    ("look at example.com for docs", "logwarden: 'at' is a preposition here"),
    ("моя собака спит на диване", "logwarden: собака is also a dog"),
    ("@channel please review", "logwarden: a mention"),
    ("we met at the cafe. Dot matrix printers", "logwarden: 'at' and 'dot' apart"),
    ('uploaded logo@2x.png and icon@3x.webp', 'logwarden holdout 2026-11-30: retina assets'),
    ('Enter your email in the form name@domain', 'logwarden holdout 2026-11-30: a placeholder without a TLD'),
    ('look at the dot com bubble', 'logwarden: prose'),
    # issue 23: the other languages' words in prose
    ('arroba de azúcar, punto final', "written for logwarden: Spanish 'arroba' is also a weight, no domain follows"),
    ('he said "at" the station', 'written for logwarden: a quoted at with no domain'),
    ('the monkey (małpa) is here', 'written for logwarden: Polish małpa in brackets, no domain'),
    ('mot de passe oublié ? point com', "written for logwarden: 'point' with no '@' word"),
    ('Il est parti et revient point de vue', "written for logwarden: French 'et' (and) and 'point' in prose"),
    ('Jean et Marie point com', "written for logwarden: a weak foreign at word needs a local part that looks like one"),
]


@pytest.mark.parametrize(("text", "identifier", "source"), CAUGHT)
def test_an_address_is_caught(text: str, identifier: str, source: str) -> None:
    found = detect(text)
    start = text.index(identifier)
    assert any(d.kind in (email.KIND,) and d.start <= start and start + len(identifier) <= d.end for d in found), \
        (source, found)


@pytest.mark.parametrize(("text", "source"), KEPT)
def test_a_look_alike_is_kept(text: str, source: str) -> None:
    assert_kept_as_written(text, source)


def test_the_path_in_front_of_an_address_stays() -> None:
    assert Redactor().text("/contact/bob@example.org/edit") == "/contact/[email]/edit"
    assert Redactor().text("/unsubscribe?e=bob@example.org") == "/unsubscribe?e=[email]"


@pytest.mark.parametrize("text", [
    "u艾特" + "b点" * 2000,  # a glued dot word that a label could also hold: exponentially many splits
    "a艾特" * 2000,
    "u at " + "b dot " * 2000,
    "u.1 et " + "b point " * 2000,
    'x "at" ' * 2000,
], ids=["cjk-dot-run", "cjk-at-run", "dot-words", "foreign-words", "quoted-at"])
def test_obfuscation_words_cost_linear_time(text: str) -> None:
    # written for logwarden: a visitor chooses the text; each costs milliseconds when linear, minutes when not
    started = time.thread_time()
    list(email.find(text))
    assert time.thread_time() - started < 2.0


# pieces of addresses, of words for '@' and '.', and of what may stand around them, in several scripts
_PIECES = ("john", "x1", "@", " @ ", "(at)", "[at]", " at ", "-at-", "_at_", " et ", " ag ", " arroba ", " dot ",
           "(dot)", ".", " ", "(", "'", '"', "example", "com", "ru", "рф", "-", "_", "+", "!", "=", "/", "\t",
           " собака ", " точка ", "пример", "艾特", "点", "«", "“", "é", " ätt ", "＠", "\u00a0", "data",
           " małpa ", "AT")


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_searches_start_where_no_match_is_skipped(pieces: list[str]) -> None:
    text = "".join(pieces)
    start = email._obfuscated_from(text)
    found = [m.span() for m in email._OBFUSCATED.finditer(text, start)] if start is not None else []
    assert found == [m.span() for m in email._OBFUSCATED.finditer(text)]
    at = text.find("@")
    if at >= 0:
        assert [m.span() for m in email._PLAIN.finditer(text, email._plain_from(text, at))] \
            == [m.span() for m in email._PLAIN.finditer(text)]
