"""Latin spellings of a name written in Devanagari, for the lexicon's Latin ranks.

names-dataset counts names as people typed them, and in India most typed theirs in Latin letters:
"दीपक नायर" has no Devanagari rank, "Deepak Nair" has one. A word of these scripts is transliterated to IAST
(indic-transliteration, a maintained package) and respelled the ways Indian names are written in Latin letters:
the final inherent vowel dropped ("yādava" -> "yadav"), a medial one after a vowel and a consonant, before one or
two consonants and a vowel ("kulakarṇī" -> "kulkarni"), v as v or w ("agrawal"), sh as sh or s ("dasgupta"), the
anusvara as n or m ("aṃjali" -> "anjali", "siṃha" -> "singh"), ś and ṣ as sh, c as ch, a long vowel as written or
doubled ("dīpak" -> "dipak", "deepak"). A handful of spellings a word, asked of the lexicon in turn; each word is
transliterated once (cached).
"""

from __future__ import annotations

import re
from functools import lru_cache

try:
    from indic_transliteration import sanscript
except ImportError:  # pragma: no cover - the package is a dependency; without it the scripts' own ranks only
    sanscript = None

#: The scripts read, by their first letter's block: Devanagari. (Bengali was tried: its names are spelled in Latin
#: letters as they are said, "Obhijit", and its Latin spellings found no more names in tests/corpus/caseless.jsonl and
#: read two phrases as names, "রঙের জামা", "চাঁদের আকার".)
_SCRIPTS = (("\u0900", "\u097f", "devanagari"),)
#: IAST letters respelled as Indian names are written in Latin letters (the anusvara before a labial is an m).
_RESPELL = (("ṃb", "mb"), ("ṃp", "mp"), ("ṃm", "mm"), ("ṃh", "ngh"), ("ṃ", "n"), ("ṅ", "n"), ("ñ", "n"),
            ("kṣ", "ksh"), ("jñ", "gy"), ("ś", "sh"), ("ṣ", "sh"), ("ch", "chh"), ("c", "ch"), ("ṛ", "ri"),
            ("ṭ", "t"), ("ḍ", "d"), ("ṇ", "n"), ("ḥ", ""), ("ā", "a"), ("ē", "e"), ("ō", "o"))
#: A medial inherent vowel Hindi does not say: after a vowel and a consonant, before a consonant and a vowel.
_MEDIAL_SCHWA = re.compile(r"(?<=[aeiouāīū][^aeiouāīū\s])a(?=[^aeiouāīū\s]{1,2}[aeiouāīū])")
_MAX_LETTERS = 16


def _script(word: str) -> str | None:
    first = word[:1]
    return next((name for low, high, name in _SCRIPTS if low <= first <= high), None)


@lru_cache(maxsize=16384)
def latin_spellings(word: str) -> tuple[str, ...]:
    """The word's likely Latin spellings as a name, lowercase and unaccented, or () for another script, a word too
    long to be a name or without the package."""
    script = _script(word)
    if script is None or sanscript is None or len(word) > _MAX_LETTERS:
        return ()
    iast = sanscript.transliterate(word, getattr(sanscript, script.upper()), sanscript.IAST)
    forms = {iast}
    if iast.endswith("a") and len(iast) > 3:
        forms.add(iast[:-1])
    forms |= {_MEDIAL_SCHWA.sub("", form, count=count) for form in forms for count in (1, 0)}
    spelled = set()
    for form in forms:
        for old, new in _RESPELL:
            form = form.replace(old, new)
        for long_i, long_u in (("i", "u"), ("ee", "oo")):
            plain = form.replace("ī", long_i).replace("ū", long_u)
            spelled |= {plain, plain.replace("v", "w"), plain.replace("sh", "s")}  # "Agrawal", "Dasgupta"
    return tuple(sorted(s for s in spelled if s.isascii() and s.isalpha() and len(s) >= 3))
