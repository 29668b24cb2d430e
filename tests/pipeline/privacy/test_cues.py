"""pipeline/privacy/cues.py and its data: the phrases that introduce each kind, per language of the audience."""

from __future__ import annotations

import pytest

from pipeline.privacy import audience, cues
from pipeline.privacy.redact import Redactor

#: The cue kinds issue 23 asks of every language of the default audience: what introduces a name, an address, a birth
#: date, an identity document, a user name or a password.
REQUIRED = ("name", "address_intro", "address", "birth_date", "identity", "passport", "username", "password")


@pytest.mark.parametrize("kind", REQUIRED)
def test_every_default_language_has_its_cues_for_each_required_kind(kind: str) -> None:
    table = cues.table(kind)
    languages = sorted({lang.split("-", 1)[0] for lang in audience.DEFAULT_LANGUAGES})
    missing = [lang for lang in languages if not (table.before.get(lang) or table.after.get(lang))]
    assert missing == [], f"cues/{kind}.toml has no table for {missing}"
    written = cues.written(kind)
    assert all(written[lang].get("source") for lang in languages if lang in written)


# Sentences written for logwarden in the two languages that joined the default audience last (issue 23, holdout9):
# each leaked whole before their cue tables were written.
INTRODUCED = [
    ("Nenosiri: Twiga#2024", "Twiga#2024"),
    ("Tarehe ya kuzaliwa: 14/03/1988", "14/03/1988"),
    ("Pasipoti: AK1234567", "AK1234567"),
    ("Nambari ya kitambulisho: 28734619", "28734619"),
    ("Kwenye M-Pesa jina la mtumiaji ni mama_kilifi.", "mama_kilifi"),
    ("Kontrasenyas: Sampaguita99!", "Sampaguita99!"),
    ("Ipinanganak ako noong 12 Marso 1990.", "12 Marso 1990"),
    ("Nakatira ako sa 45 Kalye Mabini, Barangay San Roque", "45 Kalye Mabini"),
    ("Numero ng PhilSys: 1234-5678-9012-3456", "1234-5678-9012-3456"),
]


@pytest.mark.parametrize(("text", "value"), INTRODUCED)
def test_swahili_and_tagalog_cues_introduce_their_values(text: str, value: str) -> None:
    assert value not in Redactor().text(text)


def test_a_phrase_written_with_a_zero_width_non_joiner_is_read_as_normalization_leaves_text() -> None:
    """Normalization removes format characters (the Persian zero-width non-joiner among them) from every text, so the
    cue files' phrases lose them too: written with one, "به‌روزرسانی" (update) would never match."""
    phrases = cues.table("version").phrases(audience.DEFAULT)
    assert "بهروزرسانی" in phrases and not any("\u200c" in phrase for phrase in phrases)
    assert "2.11.0.4" in Redactor().text("بعد از به\u200cروزرسانی 2.11.0.4 برنامه کار نمی\u200cکند")  # a version
