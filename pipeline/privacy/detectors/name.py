"""Names of people in prose, in every language of the audience (policy 1.3.1; issue 23).

Cues are data: `pipeline/privacy/cues/name.toml` (strong cues) and `name_weak.toml` (weak cues), one table a
language, read through `pipeline.privacy.cues` for the process's audience.

- After a strong cue ("my name is", "Mein Name ist", "je m'appelle", "nazywam się", "мене звати", "Contact person:",
  "titulaire du compte:", "Dear", "Herr", "Mme", "Pozdrawiam", "اسمي", "मेरा नाम", "我叫", "私の名前は", "제 이름은"):
  in a script with capitals (Latin with its accented capitals Ł Ö Ş Đ Č Å Ñ, Greek, Cyrillic with Є І Ї Ґ), the one
  to four capitalized words or initials that follow, with the particles between them ("María José García López",
  "Ludwig van Beethoven"), after leading titles ("Dear Mr. Brown" -> "Brown"); after "my name is", "меня зовут"
  and a name label the next word even in lower case, unless it is a function word. In a script without case:
  Arabic, Hebrew, Persian, Urdu, Devanagari, Bengali and Thai take one to three words up to punctuation, a line end
  or a copula ("है", "است"); Chinese and Japanese two to four Han characters (cut at a particle: 的 是 在...) or a
  katakana run; Korean two to four Hangul syllables, less a copula or particle ("김민수입니다" -> "김민수").
- Before a strong after-cue (Japanese "と申します", "さん", "様"; Hungarian "vagyok", "úr"; Korean "씨"; Chinese
  "先生", "女士"; Turkish "Bey", "Hanım"): the one to three capitalized words, two to four Han characters (one
  before 先生/女士/小姐: a surname), a katakana run or two to four Hangul syllables just before it.
- A cue that ends in "," is a sign-off ("Thanks,", "Cordialement,"): its name must end its line or the text
  ("Thanks, Google Cloud support" stays). A cue that ends in a letter must end a word ("Dr" is no cue in "Drive").
- After a weak cue (greetings, "I am", ambiguous honorifics: Polish "pan", Vietnamese "anh"): only a confirmed name:
  two capitalized words, or one the name lexicon knows as a first name; in Japanese and Korean a run framed by the
  weak cue and an after-cue ("私は田中です", "저는 김민수입니다"); "Hello World" has no first name, so it stays.
- A signed message (issue 23): its last line only a name-shaped run (two or three capitalized words; two to four Han
  characters; a Japanese surname and given name; two to four Hangul syllables, less "드림"; Thai words) after a short
  closing line (at most six words, no digit, no colon), confirmed by the closing line opening with a closing phrase
  (`cues/closing.toml`: "Liebe Grüße aus Graz", "Bonne journée!", "よろしくお願いいたします。", "敬祝 順心") or, in a
  script with capitals, by a lexicon-ranked first name or surname; the first line of a signature block after a rule
  ("--", "――――"). Common words, head nouns and team words rule a line out ("Thanks!\nCustomer Service").
- Chat typed in lower case (issue 23), after a self-introduction of `cues/name_chat.toml` ("its", "this is", "hier ist
  die", "soy", "aqui é a", "c moi", "täällä", "aku"): two words, a first name (ranked, or unranked and no ordinary
  word: most first names are rare) and a surname in a country's top 500; or one word the lexicon ranks as a first name
  (top 300; top 500 before "again"/"here"), no word of COMMON_WORDS, no month, ending the introduction (a mark, the
  end, a conjunction): "hola soy paloma y…", "hey its grant again"; "its fine," and "soy nuevo y" stay.
- A role at work before a name (`cues/name_kin.toml`: "Kurjers", "Куриерът", "客服", "상담원") reads as kin does; in
  Chinese, a weak cue's run (找, 联系, 感谢, a role noun) is a name when one of the hundred most frequent one-character
  surnames leads it and a particle or clause mark ends it ("找张伟强就行", "客服吳宗翰的"); a Korean surname written
  apart from the given name is one name ("남궁 민수입니다", "김 민수 씨").
- A cue's capitalized run that holds or is followed by a head noun names a place ("the Sir Joseph Banks Hotel").
- An email header's mailbox: capitalized words just before an angle-bracketed address ("From: Anna Berg <a@b.c>").
- Name-bearing keys inside text: `{"fullName": "Jane Miller"}`, `customer_name=Jane+Miller`.
- Cyrillic: two or three capitalized words that pymorphy3's dictionary (OpenCorpora) tags as name parts, in any
  case form ("Иванова Мария Петровна", "Ивану Петрову", "Смирнов И. И."), and a Russian first name alone in direct
  address ("Спасибо, Алексей!").
- Names without a cue (the scorer): a run of two to four capitalized words (gated by one regex search for two
  capitalized words in a row) is scored over the name lexicon (pipeline/privacy/lexicon.py: per-country first-name
  and surname ranks from real-world statistics). A window of the run whose first word is a known first name and
  whose last is a known surname scores by rank (first name in a country's top 200: 2, else 1; surname in a top
  500: 2, else 1), plus 2 for a neighbour before it (a role word "customer", "Kunde"; a verb of contact "spoke
  with", "assigned to"; a greeting) or after it (a verb of contact "called", "wrote", "hat angerufen", "a appelé",
  "ha llamado"); it is a name at 4. Written rules against it:
  1. a place, an organization, an event, a product by its head noun: when the word after the window (or a word of
     the run after it) is a head noun (Hotel, Station, Conference, Airport, Street, Bank, University, Inc, GmbH,
     S.A., Films, Award, Prize, Foundation...; in English, German, French, Spanish, Italian, Portuguese, Dutch,
     Polish, Turkish, Russian; and the place nouns of cues/name_place.toml in 40 languages with their case and
     definite forms: "Gymnáziu", "Bulevardul", "zračnu luku", "-prisen"), the phrase names that thing: "Paris Hilton
     Hotel", "Victoria Station", "Grace Hopper Conference" stay;
  2. an article or determiner just before ("the", "der", "le", "el"...): "the Jordan Peterson case" reads as a
     thing named after a person, -3;
  3. a word of the window that is a common capitalized non-name word (UI labels, days, months, title words:
     "New", "Open", "Sale", "Monday") rules the window out;
  4. a work's maker or subject is culture, not a visitor (cues/name_work.toml, issue 23): "Will Smith's films", "a
     novel by Sally Rooney", "les films de …", "книги Льва Толстого", "Szabó Magda regényei" stay, and so does a run
     after a verb of reading or watching ("Czytam Pan Tadeusz", "Leí Pedro Páramo"), not before a possessive
     ("reading Mr Brown's letter"); asked only of a text holding one of the table's words (`_works_in`). A public
     figure with nothing of the kind around is still a name ("Jordan Peterson", "Will Smith's order"): the pipeline
     errs toward redaction. Also kept: a name inside a longer title in its quotes, a monarch numbered after a first
     name ("Dom Pedro II"), a saint's title before a first name ("Santo António"), founders joined by "&" ("Bang &
     Olufsen"), the Greek neuter article before an eponym ("στο Ελευθέριος Βενιζέλος").
  5. a window ending in a country or large region (English names: Texas, France, Georgia, Bavaria), a territory's
     name in any language of the audience (CLDR, built from Babel: "Slovenije" is not, "Slovenija" is) or a city of the
     IANA time zone database (Tallinn, Zagreb, Montevideo) is a place: "Austin Texas", "Flora Tallinn"; but a city
     that is one of a country's 100 most frequent surnames, after a first name in a top 200, is the surname: "Tom
     Davis", "Itzel Mendoza", "Ana Lima";
  6. in the middle of a sentence, where a capital is no sentence's first letter, a run of just two words, a known
     first name of any rank (also in a case form: "u Stanisławy", "Mirosławowi", "Χαράλαμπο", by the case endings
     of the declining languages) and a surname-shaped word that is no ordinary word of the audience's languages (or
     is a surname in a top 500), scores 4 whether the lexicon ranks the surname or not: "a Rosalba Cimmino del
     terzo piano", "tell Imogen Featherstone that"; the rules above still rule such a pair out ("Victoria
     Station"), and so does a word of a month's or weekday's name in an audience language (CLDR: "Meán Fómhair",
     "Dé Domhnaigh"); at a sentence's start, or in a longer run ("New York Stock Exchange"), the ranks decide
     (an ordinary word that opens the sentence is no part of the run: "Selon Bastien Giraudeau, …").
  7. next to a verb of contact or of speech (data per language: `pipeline/privacy/cues/name_neighbour.toml`, "pratade
     med", "ho parlato con" before; "nos dijo", "μου είπε", "rekel" after), a whole run of two or three name-shaped
     words is a name when one of them is a first name or a surname the lexicon ranks at any rank, also in a case form
     ("Péterrel" by Hungarian's doubled -val, "Коваленком", "Оксаною"), at a sentence's start too; an ordinary word
     of the audience's languages in it must be a strong name ("Nagy"; "Export Filter" stays), a head noun first
     ("Piața Unirii"), an article before and rules 1, 3 and 5 rule it out; the middle one of three words between two
     strong names may be any word ("Trần Quốc Bảo": every syllable of a Vietnamese name is a word). The same verbs
     add 2 to a window's score.
     The verbs of a hand-over are neighbours too (`cues/name_handover.toml`: "received by", "signed for", "l-a
     primit", "saņēma", "nos atendió", "ने ले लिया"): a delivery or a service names who took the parcel or served.
  8. a surname by its ending (`_SURNAME_ENDINGS`, per language: "-ović", "-escu", "-iņš", "-ov", "-oğlu", "-ová")
     right after a first name the lexicon ranks at any rank is rule 6's pair, at a sentence's start too: the ending,
     not the position, tells the surname ("Sorin Vasilescu", "Горан Стојановски"); rules 1, 3 and 5 still hold.
  9. (issue 23) a capitalized particle inside a run joins the surname after it ("Jelle De Backer", "Van Damme"): the
     lexicon holds such surnames joined ("Debacker"); a head noun anywhere before the window in its run ("Jalan Tuanku
     Abdul Rahman"), a place noun written before it past a title ("Lăng Chủ tịch Hồ Chí Minh", "αεροδρόμιο …", "імя"
     = named after) and a dash gluing it to another name ("Leonardo da Vinci–Fiumicino") make it a place.
  A particle before an ordinary word that the lexicon ranks as no name is the sentence's article, no name's
  particle, and ends the run ("hat Frieda Lenz das Paket abgeholt"; "Joost ten Brink" stays whole); a run opened by
  a place's noun ("Camino", "Aleja", "Praça") names the place (rule 1), and so does a run in quotes after one
  ("театър „Иван Вазов“") or before a Kazakh place noun in lower case ("Абай даңғылы").
  Without the lexicon (not built), this step is skipped: names then go only after cues (one log line says so).

Linear time: every pattern is bounded (four words of a run, a 24- to 64-character window before an after-cue);
the cue patterns are tries. Speed: `maybe()` rejects ordinary ASCII text with precompiled searches on the lowercase
copy; the lexicon is mapped once per process on the first candidate run (never at import) and its answers are
cached per word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

from pipeline.privacy import cldr, cues, lexicon, morph
from pipeline.privacy.audience import Audience, PerAudience
from pipeline.privacy.detectors._common import Span, facts, for_the_last_text, letter_led, literal_alternation
from pipeline.privacy.detectors._cue_gate import FoldedCues, FoldedPattern, none_in
from pipeline.privacy.detectors.keys import NAME_KEY
from pipeline.privacy.translit import latin_spellings

KIND = "name"

# --- letters -----------------------------------------------------------------------------------------------------
_CASED_BLOCKS = ((0x41, 0x24F), (0x259, 0x259), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x587), (0x1E00, 0x1EFF),
                 (0x1F00, 0x1FFF))


def _letters(upper: bool) -> str:
    """A character class body of the upper- or lower-case letters of Latin (with its accented letters), Greek and
    Cyrillic (with Ukrainian Є І Ї Ґ)."""
    ranges: list[tuple[int, int]] = []
    for lo, hi in _CASED_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch.isalpha() and (ch.isupper() if upper else ch.islower()):
                if ranges and ranges[-1][1] == cp - 1:
                    ranges[-1] = (ranges[-1][0], cp)
                else:
                    ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


_UP = _letters(upper=True)
_LO = _letters(upper=False)
_HAN = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # with 々, the repetition mark of 佐々木
_KATA = "\u30a1-\u30fa\u30fc\u30fb"
_HANGUL = "\uac00-\ud7a3"
# scripts without case, written with spaces (Thai without): Arabic (with Persian and Urdu letters and harakat),
# Hebrew, Devanagari, Bengali, Thai
_CASELESS = ("\u0621-\u063a\u0641-\u065f\u066e-\u06d3\u06d5\u06e5\u06e6\u06fa-\u06ff\u0750-\u077f"
             "\u05b0-\u05c7\u05d0-\u05ea\u05f0-\u05f2\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0\u09f1"
             "\u0e01-\u0e3a\u0e40-\u0e4e"
             # Georgian's Mkhedruli: Unicode gives it capitals (Mtavruli) that names are never written in
             "\u10d0-\u10fa\u10fc-\u10ff")
_IS_UP = re.compile(f"[{_UP}]")
_IS_LO = re.compile(f"[{_LO}]")
_IS_HAN_KANA = re.compile(f"[{_HAN}{_KATA}]")
_IS_HANGUL = re.compile(f"[{_HANGUL}]")
_IS_CASELESS = re.compile(f"[{_CASELESS}]")
_UNSPACED = re.compile(f"[{_HAN}{_KATA}\u3040-\u309f{_HANGUL}\u0e01-\u0e4e]")

# a capitalized name word: Smith, Müller, O'Connor, McDonald, Jean-Luc, Smith-Jones, Łukasz, Şahin, Євген
# (the capital first, "O'" after it: `(?:[{_UP}]['’])?[{_UP}]` read in the same order, led by a character class, so
# that a search skips to the next capital at once)
_WORD = rf"[{_UP}](?:['’][{_UP}])?[{_LO}]+(?:[{_UP}][{_LO}]+)?(?:[-'’][{_UP}]?[{_LO}]+)?"
_INITIAL = rf"[{_UP}]\.(?:[ \t]?[{_UP}]\.)?"
_PART = rf"(?:{_WORD}|{_INITIAL})"
# with the Irish "Ó" of a surname, a capital alone ("Tadhg Ó Ceallaigh"); the patronymics of Malaysian and Singaporean
# names, "a/l" and "a/p" (anak lelaki, anak perempuan: son, daughter of), "s/o", "d/o", "binti" (Kamus Dewan)
_PARTICLE = (r"(?:de|del|della|der|den|di|da|das|do|dos|du|la|le|van|von|y|e|i|bin|binti|ibn|al|el|ter|ten|zu|af|av|Ó|"
             r"a/[lp]|[sd]/o|"
             r"de\s+la|van\s+der|van\s+den|von\s+der)")
_SPACE = r"[ \t]+"
_NEXT = rf"{_SPACE}(?:{_PARTICLE}{_SPACE})?"
_RUN = re.compile(rf"{_PART}(?:{_NEXT}{_PART}){{0,3}}")
_FIRST_PART = re.compile(_PART)
_RUN_BEFORE = re.compile(rf"{_PART}(?:{_NEXT}{_PART}){{0,2}}[ \t]*\Z")
_FULL_NAME = re.compile(rf"{_WORD}(?:{_NEXT}{_WORD}){{1,3}}")
# up to two line breaks: a signature after a blank line ("此致\n敬礼\n\n刘洋", "Regards,\n\nAnna Berg")
_SEPARATOR = re.compile(r"[ \t]{0,8}[:：,，、،\-—–]?[ \t]{0,8}(?:\r?\n[ \t]{0,8}){0,2}")
# the end of a line, of the text, or of the part of a URL or a field the text sits in ("/docs/Regards, Anna/view")
_LINE_END = re.compile(r"[ \t]*(?:[,.!][ \t]*)?(?:\r?\n|\Z|[/?&#;|\"'<>\]})])")
_TITLE_GAP = re.compile(r"\.?[ \t]+")
_GLUED_DASH = re.compile(r"\w-\s*\Z")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]")

_CJK_RUN = re.compile(rf"[{_HAN}]{{1,4}}|[{_KATA}]{{2,16}}")
# a Japanese name of Han, katakana (宮ノ内) and hiragana (ほのか) just before a copula or "と申します", at most eight
# characters: bounded, so linear
_JA_FRAMED = re.compile(rf"([{_HAN}{_KATA}][{_HAN}{_KATA}\u3041-\u3096]{{1,7}}?)"
                        r"(?:です|でございます|と申します|といいます|と言います)")
_HANGUL_RUN = re.compile(rf"[{_HANGUL}]{{1,12}}")
_CASELESS_RUN = re.compile(rf"[{_CASELESS}]{{1,30}}(?:[ \t]+[{_CASELESS}]{{1,30}}){{0,2}}")
# Chinese and Japanese characters a name does not hold: particles, pronouns, verbs that follow a name
_HAN_STOP = frozenset("的是在了和与及我你他她它们也就都很将被从对为请给您吗呢吧啊呀之其这那有说叫姓名")
_HAN_LEAD_STOP = frozenset("谢请给和跟向对是的问叫找您你好位与及由被")
_HAN_SINGLE = frozenset(("先生", "女士", "小姐"))
_JA_NOT_NAMES = frozenset("皆客方様")
_HANGUL_SUFFIXES = ("이라고합니다", "라고합니다", "이라고", "라고", "입니다", "이에요", "예요", "이고", "께서", "에게",
                    "씨", "님", "은", "는", "이", "가", "을", "를", "의", "도")
# words after which a name run in a caseless script stops: copulas and conjunctions
_CASELESS_STOP = frozenset({"है", "हूँ", "हूं", "हैं", "था", "थी", "और", "ہے", "ہوں", "اور", "است", "هستم", "و",
                            "هست", "এবং", "আর", "ครับ", "ค่ะ", "คะ", "นะ", "และ", "الذي", "من", "في", "ו", "הוא", "היא",
                            "बोल",  # "मैं अमित बोल रहा हूँ": the verb "speak" of the phone-call register
                            # Arabic prepositions that follow a name ("… هدى المصري على سرعة الرد": "for the speed")
                            "على", "عن", "إلى", "لدى",
                            # Georgian: and, is, am, but, that, with ("მე მქვია ივანე პავლიაშვილი და მინდა …")
                            "და", "არის", "ვარ", "მაგრამ", "რომ", "თან"})
_THAI_PARTICLES = ("ครับ", "ค่ะ", "คะ", "นะ")
# Thai words that open a clause after a name, written glued to it: the relative "ที่" and "ซึ่ง" ("who, that")
_THAI_CLAUSE = ("ที่", "ซึ่ง")

# --- what follows a cue that is no name --------------------------------------------------------------------------
_TITLES = frozenset({
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Herr", "Frau", "Herrn", "Fr", "Hr", "Ing", "Mag",
    "Monsieur", "Madame", "Mademoiselle", "Mme", "Mlle", "M", "Me", "Sr", "Sra", "Srta", "Señor", "Señora", "Don",
    "Doña", "Dra", "Lic", "Sig", "Signor", "Signora", "Dott", "Pan", "Pani", "Pana", "Panią", "Dhr", "Mevr",
    "Heer", "Mevrouw", "Bay", "Bayan", "Sayın", "Господин", "Госпожа", "Пан", "Пані", "Κύριε", "Κυρία",
    "Domnul", "Doamna", "Gospodin", "Gospođa",
})
_NOT_NAMES = frozenset({
    "Please", "Thanks", "Thank", "Hello", "Hi", "Madam", "Customer", "Customers", "Client", "Clients", "User",
    "Users", "Support", "Team", "Admin", "Administrator", "The", "Our", "Your", "All", "Everyone", "Service",
    "Services", "Sales", "Billing", "Accounts", "Account", "Dept", "Department", "Management", "Staff", "Colleagues",
    "Friends", "Sirs", "Damen", "Kunde", "Kundin", "Kunden", "Kollegen", "Kolleginnen", "Liebe", "Grüße",
    "Kundenservice", "Kundendienst", "Tous", "Toutes", "Chers", "Todos", "Todas", "Cliente", "Clientes",
    "Equipo", "Servicio", "Tutti", "Clienti", "Servizio", "Klant", "Klanten", "Allen", "Wszyscy", "Państwo",
    "Klient", "Klienci", "Zespół", "Herkes", "Müşteri", "Ekip", "Equipe", "Klantenservice",
    "Пожалуйста", "Спасибо", "Здравствуйте", "Привет", "Клиент", "Пользователь", "Коллеги", "Друзья", "Команда",
    "Служба", "Поддержка", "Клієнт", "Колеги", "Друзі", "Підтримка",
    "Not", "None", "Unknown", "Here", "This", "That", "Who", "What", "Yes", "No", "Ok", "Okay", "Null", "Undefined",
    "Test", "Example", "Name", "Anonymous", "Guest", "Nobody", "Someone", "Sender", "Recipient", "Pending", "Nach",
    "Und", "Mit", "Von", "Für", "Der", "Die", "Das", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Gli",
    "Ihr", "Ihre", "Euer", "Eure", "Votre", "Vos", "Su", "Sus", "Tu", "Vostro", "Vostra", "Uw", "Jullie", "Wasz",
    "Wasza", "Twój", "Seu", "Sua", "Ваш", "Ваша", "Sizin",
})
_STOP = frozenset({
    "not", "a", "an", "the", "is", "was", "none", "unknown", "here", "and", "or", "of", "to", "in", "on", "for",
    "не", "и", "или", "в", "на", "по", "это", "так", "как", "неизвестно", "нет", "никак", "этот", "тот",
})
_LOWER_AFTER = re.compile(r"(?:меня\s+зовут|зовут|мо[её]\s+имя|my\s+name\s+is|name\s+is|"
                          r"(?:фио|ф\.и\.о\.|full[\s_-]?name|first[\s_-]?name|last[\s_-]?name|surname|фамилия|имя|"
                          r"отчество|name)\s*[:=—])\s*\Z", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-zа-яё][a-zа-яё'-]+")

# --- the cue patterns of the audience ----------------------------------------------------------------------------
_STRONG = cues.compiled("name")
_STRONG_AFTER = cues.compiled("name", "after")
_WEAK = cues.compiled("name_weak")
_WEAK_AFTER = cues.compiled("name_weak", "after")
# the same three searched on the text's lowercase copy (`FoldedCues`: the same spans, twice as fast)
_STRONG_FOLDED = FoldedCues("name")
_STRONG_AFTER_FOLDED = FoldedCues("name", "after")
_WEAK_FOLDED = FoldedCues("name_weak")
# kin, neighbours and colleagues before a name (cues/name_kin.toml): weak cues whose words must be no ordinary ones
_KIN_FOLDED = FoldedCues("name_kin")
# chat's self-introductions before a lowercase first name (cues/name_chat.toml): "soy paloma y…", "hier ist die jana,"
_CHAT_FOLDED = FoldedCues("name_chat")


def _ascii_pattern(audience: Audience) -> re.Pattern[str]:
    """The cue phrases `maybe()` asks of ASCII text (strong before and after, weak before), case-sensitive, for its
    lowercase copy: the same answer as the case-insensitive patterns on ASCII text, several times faster. A
    phrase with a letter that case-insensitive matching folds to ASCII (Turkish "ı" matches "I" and "i") is
    taken in its ASCII form."""
    phrases = set()
    for kind, which in (("name", "before"), ("name", "after"), ("name_weak", "before")):
        for phrase in cues.table(kind).phrases(audience, which):
            folded = phrase.replace("ı", "i").replace("ſ", "s").replace("\u212a", "k")
            if folded.isascii():
                phrases.add(folded)
    return re.compile(cues.phrase_pattern(tuple(sorted(phrases))))


_ASCII_CUES = PerAudience(_ascii_pattern)
#: The kinds of `_ASCII_CUES` and `_ASCII_CHAT` as the one cue scan reads them: a text where the scan found no place for
#: any of their phrases holds none (their phrases folded as the scan folds them are theirs: on ASCII text the same), and
#: the two tries of thousands of phrases are not searched for at every position
_ASCII_GATES = (_STRONG_FOLDED, _STRONG_AFTER_FOLDED, _WEAK_FOLDED, _CHAT_FOLDED)
#: name_chat.toml's ASCII phrases, for `maybe()` on ASCII text's lowercase copy (the full pattern's answer there).
_ASCII_CHAT = PerAudience(lambda audience: re.compile(
    cues.phrase_pattern(tuple(sorted({p for p in cues.table("name_chat").phrases(audience) if p.isascii()})))))

# --- a name-bearing key inside the text: {"fullName": "Jane Miller"}, customer_name=Jane+Miller ------------------
_KEY_SEP = r"(?P<key>(?<![\w.-])[^\W\d][\w.-]{0,40})[\"']?\s*(?::=|=>|=|:)\s*"
_VALUE = (r"(?:\"(?P<dq>[^\"\n]{1,128})\"|'(?P<sq>[^'\n]{1,128})'"
          r"|(?P<bare>[^\s\"'&;,}\]<>]+(?:[ +][A-ZА-ЯЁ][\w'’-]+){0,2}))")
_KEYED = re.compile(_KEY_SEP + _VALUE)
# its halves, matched apart by `_keyed`: a value is read only after a key that names a person, so keys in a row
# ("a:a:a:...", each one's bare value running to the end) are not each read to the end (issue 23: quadratic time)
_KEY = re.compile(_KEY_SEP)
_KEY_VALUE = re.compile(_VALUE)
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[а-яё]+|[А-ЯЁ][а-яё]*|\d+")
_CONNECTION_STRING = re.compile(r"(?=[abdes])(?:DefaultEndpointsProtocol|AccountKey|SharedAccessKey|EndpointSuffix|"
                                r"BlobEndpoint)=", re.IGNORECASE)

# --- an email header's mailbox: "From: Anna Berg <anna@example.org>" ---------------------------------------------
# (or one to four words of a script without capitals: Hebrew, Arabic, Devanagari, Thai, kana, Han, Hangul: "From:
# 김서연 <…>", "From: נועה לוי <…>")
_MAILBOX_UNCASED = ("[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10d0-\u10ff\u3040-\u30ff\u4e00-\u9fff"
                    "\uac00-\ud7af]{1,20}")
_MAILBOX = re.compile(rf"[\"']?(?P<name>{_WORD}(?:{_NEXT}{_PART}){{0,3}}"
                      rf"|{_MAILBOX_UNCASED}(?:[ \t]{_MAILBOX_UNCASED}){{0,3}})[\"']?[ \t]*<[^<>@\s]{{1,64}}@")

# --- Cyrillic names by pymorphy3 ---------------------------------------------------------------------------------
_CYRILLIC_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[ \t]+(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|"
                           r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)){1,2}|[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+")
_PAIR = re.compile(r"[А-ЯЁ][а-яё]+[ \t]+[А-ЯЁ]|[А-ЯЁ]\.\s?[А-ЯЁ]")
_CYR_INITIAL = re.compile(r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?")
_ADDRESS_WORD_LIST = ("спасибо", "благодарю", "привет", "здравствуй(?:те)?", r"добрый\s+(?:день|вечер)",
                      r"доброе\s+утро", "пожалуйста", "извините", "простите", "подскажите", "скажите", "помогите",
                      "дорог(?:ой|ая)")
_ADDRESS_WORDS = "|".join(_ADDRESS_WORD_LIST)
_DIRECT_ADDRESS = re.compile(
    rf"(?<![^\W\d_])(?:{_ADDRESS_WORDS})[ \t]*,[ \t]*(?P<after>[А-ЯЁ][а-яё]+)(?=[ \t]*(?:[!,.?;)]|\Z))"
    rf"|(?:^|(?<=[.!?\n])[ \t]*|(?<=^[ \t]))(?P<before>[А-ЯЁ][а-яё]+)[ \t]*,[ \t]*(?:{_ADDRESS_WORDS})(?![^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)
# (case-insensitive, run on the text's folded lowercase copy: the same answer, faster; branches led by the words' first
# letters, `letter_led`, so the engine skips every other character at once instead of trying the look-behind there)
_ADDRESS_CUE = FoldedPattern("(?:" + letter_led(_ADDRESS_WORD_LIST, r"[^\W\d_]") + r")(?![^\W\d_])")

# --- the no-cue scorer -------------------------------------------------------------------------------------------


def _pre_check() -> str:
    """The lowercase ASCII last words of every cue phrase (all languages: a superset of any audience's)."""
    words = set()
    for kind in ("name", "name_weak"):
        for table in (cues.table(kind).before, cues.table(kind).after):
            for phrases in table.values():
                for phrase in phrases:
                    last = phrase.split()[-1].strip(".,:")
                    if last.isascii() and last.isalpha() and len(last) >= 2:
                        words.add(last)
    return literal_alternation(sorted(words))


def _pre_check_chat() -> str:
    """The ASCII phrases of name_chat.toml, all languages."""
    table = cues.table("name_chat").before
    return literal_alternation(sorted({p for phrases in table.values() for p in phrases if p.isascii()}))


def _pre_check_strong() -> str:
    """The ASCII phrases of name.toml that end in a letter, all languages ("my name is", "me llamo"): a name written in
    lower case after one ("je m'appelle pierre dubois") is read only when the first look lets the text through."""
    table = cues.table("name").before
    return literal_alternation(sorted({p for phrases in table.values() for p in phrases
                                       if p.isascii() and p[-1:].isalpha()}))


#: What the orchestrator's first look (pipeline/privacy/redact.py) must let through for this detector on ASCII text
#: with no digit, colon or cue word: a line break (a sign-off), two capitalized words in a row (a run, or a
#: capitalized cue before a name: "Herr Schmidt"), a lowercase cue word before a capitalized word ("llamo Ana"),
#: an abbreviation in capitals before one ("LG Tobi"), two lowercase words after a chat cue ("its anna kowalski").
#: (a name's particle between them as `_PARTICLE` has it: "Joost ten Brink", "Mateus dos Anjos")
PRE_CHECK = (r"\n|[A-Z][a-z]+[ \t]+"
             r"(?:(?:de|van|von|der|den|da|di|del|du|le|la|ten|ter|das|dos|do|della|zu|bin|ibn|al|el)[ \t]+){0,2}[A-Z]"
             rf"|(?<![a-z])(?:{_pre_check()})[ \t]+[A-Z]"
             # a sign-off's abbreviation in capitals ("LG Tobi"); chat in lower case after a weak cue ("its anna k")
             r"|\b[A-Z]{2,}[ \t]+[A-Z][a-z]|(?<![a-z])(?:its|it's|im|i'm|this is)[ \t]+[a-z]+[ \t]+[a-z]"
             # a strong cue before a name in lower case ("me llamo josé", "je m'appelle pierre dubois")
             rf"|(?i:(?<![a-z])(?:{_pre_check_strong()})[ \t]+[a-z])"
             # a chat's self-introduction before one lowercase first name ("hola soy paloma y", "c moi sophie-anne,")
             rf"|(?<![a-z])(?:{_pre_check_chat()})[ \t]+[a-z]+(?:-[a-z]+)?(?:[ \t]*[,.!?]|[ \t]+[a-z]|[ \t]*$)")
_CAP_PAIR = re.compile(rf"[{_UP}][{_LO}]+[ \t]+(?:{_PARTICLE}[ \t]+)?(?:[{_UP}]['’])?[{_UP}][{_LO}]"
                       rf"|[{_UP}]{{2}}[ \t]+[{_UP}][{_LO}]")  # (or a word in capitals before one: `_surname_first`)
_CAP_RUN = re.compile(rf"{_WORD}(?:{_NEXT}{_WORD}){{1,5}}")  # (led by a capital's class: skips the rest at once)
_SPACED_WORD = re.compile(r"\S+")
#: First names in a country's top `_FIRST_STRONG` and surnames in its top `_LAST_STRONG` score 2, others 1.
_FIRST_STRONG = 200
_LAST_STRONG = 500
_THRESHOLD = 4
# neighbours of a name before it (role words, verbs of contact, greetings: 2) and after it (verbs of contact: 2),
# as lowercase phrases of one to four words ("_" for a space)
_BEFORE_WORDS = frozenset(w.replace("_", " ") for w in (
    "agent", "applicant", "approved_by", "asiakas", "ask_for", "asked_for", "assigned_to", "assignee", "attn", "author",
    "bedankt", "bonjour", "buyer", "called", "caller", "candidate", "cardholder", "cc", "ciao", "client", "cliente",
    "closed_by", "colleague", "collega", "collègue", "contact", "contacted", "courier", "created_by", "customer",
    "cześć", "danke", "de_la_part_de", "dear", "doctor", "driver", "dziękuję", "děkuji", "emailed", "employee",
    "engineer", "escalated_to", "forwarded_to", "gracias", "grazie", "guest", "hallo", "handled_by", "hasta", "hei",
    "hej", "hello", "hey", "hi", "hola", "holder", "hvala", "kiitos", "klant", "klient", "klientka", "klijent",
    "kolega", "koleżanka", "kollege", "kollegin", "kund", "kunde", "kundin", "köszönöm", "landlord", "manager",
    "member", "merci", "merhaba", "messaged", "mitarbeiter", "mitarbeiterin", "mulțumesc", "müşteri", "nurse",
    "obrigada", "obrigado", "olá", "on_behalf_of", "opened_by", "operator", "owner", "paciente", "pacjent", "pacjentka",
    "passenger", "patient", "patientin", "phoned", "recipient", "reported_by", "reporter", "representative",
    "requested_by", "requester", "reviewed_by", "reviewer", "salut", "seller", "sender", "sent_to", "signed_by",
    "speak_to", "speak_with", "spoke_to", "spoke_with", "sprach_mit", "student", "submitted_by", "subscriber", "tack",
    "takk", "talked_to", "talked_with", "teacher", "technician", "tenant", "teşekkürler", "thank_you", "thanks",
    "transferred_to", "user", "zákazník", "ügyfél", "ευχαριστώ", "πελάτης", "дякую", "клиент", "клієнт", "коллега",
    "пациент", "пацієнт", "сотрудник", "спасибо",
))
# prepositions that often introduce a person ("from", "with", "von", "avec"): weaker evidence, 1
_BEFORE_WEAK_WORDS = frozenset((
    "and", "avec", "bei", "by", "com", "con", "da", "door", "from", "ile", "met", "mit", "od", "par", "por", "przez",
    "von", "with", "z", "від", "з", "и", "от", "с", "і",
))
_AFTER_WORDS = frozenset(w.replace("_", " ") for w in (
    "a_appelé", "a_demandé", "a_signalé", "a_écrit", "appelle", "aradı", "asked", "belde", "bittet", "booked", "called",
    "calls", "canceled", "cancelled", "chiama", "claimed", "claims", "complained", "complains", "confirmed",
    "contacted", "disputed", "e-mailed", "emailed", "escreveu", "escribió", "filed", "fragte", "ha_chiamato",
    "ha_chiesto", "ha_escrito", "ha_llamado", "ha_pedido", "ha_scritto", "has_asked", "has_called", "has_written",
    "hat_angerufen", "hat_gefragt", "hat_geschrieben", "hat_sich_beschwert", "heeft_gebeld", "heeft_geschreven",
    "hívott", "is_asking", "istedi", "joined", "kirjoitti", "left", "ligou", "llamó", "mentioned", "messaged",
    "napisał", "napisała", "napsal", "napsala", "needs", "opened", "ordered", "paid", "pediu", "phoned", "pidió",
    "prosi", "rang", "reached_out", "replied", "reported", "requested", "responded", "rief", "ringde", "sagte", "said",
    "says", "schreef", "schrieb", "signed", "skrev", "soitti", "texted", "visited", "volal", "wanted", "wants",
    "will_call", "writes", "wrote", "yazdı", "zadzwonił", "zadzwoniła", "écrit", "írt", "έγραψε", "τηλεφώνησε",
    "дзвонив", "дзвонила", "звонил", "звонила", "написав", "написал", "написала", "просит",
))
# rule 2: articles and determiners ("de", "a", "o" are left out: "mensaje de Carlos", "a Maria ligou")
# (not French "du": before a name it is the German and Scandinavian "you", "Kannst du Ilse von Bredow ausrichten")
_ARTICLES = frozenset((
    "the", "an", "this", "that", "our", "your", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "le",
    "les", "l'", "un", "une", "el", "los", "las", "uno", "lo", "gli", "het", "een", "um", "uma", "bu", "şu",
    "этот", "эта",
))
#: Head nouns: a run followed by one of them names a place, an organization, an event or a work.
HEAD_NOUNS = frozenset((
    "Hotel", "Hotels", "Inn", "Resort", "Motel", "Hostel", "Station", "Airport", "Terminal", "Street", "St", "Road",
    "Rd", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Drive", "Square", "Place", "Plaza", "Park", "Gardens",
    "Garden", "Bridge", "Tower", "Towers", "Building", "Hall", "Center", "Centre", "Mall", "Market", "Arena", "Stadium",
    "Theatre", "Theater", "Cinema", "Museum", "Gallery", "Library", "Church", "Cathedral", "Chapel", "Temple", "Mosque",
    "Palace", "Castle", "Lake", "River", "Mountain", "Mount", "Island", "Beach", "Bay", "Valley", "Hill", "Hills",
    "Falls", "Forest", "Line", "Highway", "Tunnel", "Port", "Harbour", "Harbor", "Conference", "Summit", "Festival",
    "Expo", "Forum", "Symposium", "Workshop", "Meetup", "Award", "Awards", "Prize", "Medal", "Cup", "Trophy",
    "Championship", "Open", "Games", "Show", "Tour", "Foundation", "Institute", "University", "College", "School",
    "Academy", "Hospital", "Clinic", "Center", "Bank", "Group", "Inc", "Ltd", "LLC", "LLP", "Corp", "Corporation",
    "Company", "Co", "Holdings", "Partners", "Associates", "Capital", "Ventures", "Industries", "Enterprises",
    "Solutions", "Systems", "Technologies", "Labs", "Studio", "Studios", "Films", "Pictures", "Records", "Productions",
    "Media", "Press", "Publishing", "Books", "Magazine", "News", "Times", "Journal", "Review", "Airlines", "Airways",
    "Motors", "Foods", "Brewery", "Restaurant", "Cafe", "Café", "Bar", "Pub", "Grill", "Kitchen", "Bakery", "Shop",
    "Store", "Stores", "Boutique", "Pharmacy", "Insurance", "Energy", "Logistics", "Express", "Cloud", "Network",
    "Networks", "App", "Software", "Project", "Program", "Programme", "Fund", "Trust", "Society", "Association", "Club",
    "League", "Union", "Council", "Committee", "Agency", "Office", "Ministry", "Department", "Court", "Law", "Act",
    "Rule", "Theorem", "Principle", "Effect", "Syndrome", "Disease", "Method", "Algorithm", "Model", "Index", "Prize",
    "Collection", "Series", "Edition", "Trail", "Way", "Strasse", "Straße", "Str", "Weg", "Platz", "Allee", "Gasse",
    "Bahnhof", "Flughafen", "Hauptbahnhof", "Brücke", "Kirche", "Schule", "Universität", "Klinik", "Krankenhaus",
    "Stiftung", "Preis", "Verlag", "Gesellschaft", "AG", "GmbH", "KG", "eV", "Halle", "Stadion", "Zentrum", "Kongress",
    "Messe", "Rue", "Avenue", "Boulevard", "Quai", "Impasse", "Allée", "Chemin", "Cours", "Passage", "Gare", "Aéroport",
    "Place", "Pont", "Église", "Lycée", "Collège", "Université", "Hôpital", "Fondation", "Prix", "SA", "SAS", "SARL",
    "Calle", "Avenida", "Plaza", "Paseo", "Camino", "Glorieta", "Ronda", "Carrer", "Rambla", "Travesía", "Estación",
    "Aeropuerto", "Puente", "Iglesia", "Escuela", "Universidad", "Hospital", "Fundación", "Premio", "SL", "Via",
    "Viale", "Piazza", "Corso", "Vicolo", "Largo", "Stazione", "Aeroporto", "Ponte", "Chiesa", "Scuola", "Università",
    "Ospedale", "Fondazione", "Premio", "SpA", "Srl", "Rua", "Avenida", "Praça", "Travessa", "Alameda", "Estrada",
    "Estação", "Aeroporto", "Ponte", "Igreja", "Escola", "Universidade", "Hospital", "Fundação", "Prêmio", "Prémio",
    "Ltda", "Straat", "Laan", "Plein", "Gracht", "Kade", "Weg", "Station", "Luchthaven", "Brug", "Kerk", "School",
    "Universiteit", "Ziekenhuis", "Stichting", "Prijs", "BV", "NV", "Ulica", "Aleja", "Plac", "Rondo", "Osiedle",
    "Dworzec", "Lotnisko", "Most", "Kościół", "Szkoła", "Uniwersytet", "Szpital", "Fundacja", "Nagroda", "Sp",
    "Szálló", "Szálloda", "Utca", "Körút", "Tér", "Pályaudvar", "Állomás", "Repülőtér", "Híd", "Templom", "Iskola",
    "Egyetem", "Kórház", "Alapítvány", "Múzeum", "Színház", "Kft", "Zrt", "Nyrt", "Bt", "Bandara", "Jalan", "Jl",
    "Stasiun",
    # companies' forms after their founders' names (holdout11: "Sepp & Mändla OÜ", "Valente Jesus e Filhos"):
    # Estonian, Bulgarian, the family firm's "and Sons" in Portuguese, Spanish, German, French, Italian, English
    "OÜ", "ЕТ", "ET", "ЕООД", "ООД", "АД", "Filhos", "Irmãos", "Hijos", "Hermanos", "Söhne", "Fils", "Figli", "Sons",
    "Brothers",
    "Universitas", "Masjid", "Gereja", "Sekolah", "Taman", "Pantai", "Gunung", "Pulau", "Baile", "Museo", "Musée",
    "Museu", "Muzeum", "Muzej", "Teatro", "Théâtre", "Teatr", "Estadio", "Stade", "Parque", "Parc", "Parco",
    "Caddesi", "Sokak", "Sokağı", "Bulvarı", "Meydanı", "İstasyonu", "Havalimanı", "Köprüsü", "Camii", "Okulu",
    "Üniversitesi", "Hastanesi", "Vakfı", "Ödülü", "AŞ", "Улица", "Проспект", "Площадь", "Вокзал", "Аэропорт", "Мост",
    "Университет", "Больница", "Фонд", "Премия", "ООО", "АО", "Банк",
    # issue 23: the place nouns Scandinavian and Hungarian write in lower case after a name in the genitive
    # ("Gustav Adolfs torg", "Karl Johans gate", "Deák Ferenc téren"; SAOL, Bokmålsordboka, Den Danske Ordbog,
    # Kielitoimiston sanakirja, A magyar helyesírás szabályai 181.), with Hungarian's case forms of tér and út
    "torg", "torget", "gata", "gatan", "väg", "vägen", "plats", "platsen", "gate", "gaten", "plass", "plassen", "vei",
    "veien", "gade", "plads", "vej", "katu", "tori", "aukio", "téren", "térre", "térről", "tértől", "úton", "útra",
))
HEAD_FOLDED = frozenset(w.lower().rstrip(".") for w in HEAD_NOUNS)
#: The stems of the place nouns Kazakh writes in lower case after a place's name, with a possessive and a case ending
#: after them (Қазақ тілінің түсіндірме сөздігі): "Назарбаев әуежайына" (to the airport), "Абай даңғылы" (avenue),
#: "Сәтбаев көшесінде" (in the street); a name followed by one names the place (rule 1).
_PLACE_AFTER = ("әуежай", "көше", "даңғыл", "алаң", "университет", "мектеб", "театр", "аурухана", "вокзал", "мешіт",
                "саябақ", "саябағ")
# rule 1, before the run: a place's noun written in lower case before its proper name, as the Romance and Slavic
# languages write it ("le musée Victor Hugo", "la stazione Santa Maria", "ulica Jana Pawła"); a saint's title
# opening the run names a church, a station, a town ("Santa Maria Novella", "Saint Louis", "São Paulo")
_PLACE_BEFORE = frozenset((
    "musée", "rue", "gare", "place", "avenue", "boulevard", "quai", "pont", "église", "lycée", "collège", "stade",
    "parc", "théâtre", "hôpital", "museo", "via", "viale", "piazza", "corso", "stazione", "chiesa", "teatro",
    "ospedale", "calle", "avenida", "plaza", "paseo", "estación", "iglesia", "estadio", "parque", "rua", "praça",
    "estação", "igreja", "museu", "ulica", "ul.", "aleja", "al.", "plac", "dworzec", "muzeum", "ulice", "náměstí",
    "nádraží", "ulici", "trg", "muzej", "улица", "улице", "проспект", "площадь", "музей", "вулиця", "площа",
))
# issue 23: more place nouns written in lower case before the name a place bears (an airport, a university, a theatre
# named after a person: "αεροδρόμιο Ελευθέριος Βενιζέλος", "aeroporto Leonardo da Vinci"), and "named after" ("Тэатр
# імя Янкі Купалы", "театр имени Пушкина", "Szkoła im. Jana Pawła"; dictionaries of each language)
_PLACE_BEFORE = _PLACE_BEFORE | frozenset((
    "airport", "aeroporto", "aeropuerto", "aéroport", "luchthaven", "lotnisko", "letiště", "αεροδρόμιο", "аэропорт",
    "аеропорт", "аэрапорт", "università", "universidad", "université", "universidade", "uniwersytet", "университет",
    "університет", "універсітэт", "πανεπιστήμιο", "σταθμό", "σταθμός", "οδός", "οδό", "πλατεία", "λεωφόρος",
    "λεωφόρο", "νοσοκομείο", "μουσείο", "θέατρο", "σχολείο", "γήπεδο", "театр", "тэатр", "станция", "станція",
    "станцыя", "метро", "имени", "імені", "імя", "им.", "ім.", "imienia", "im.", "lăng",
    # issue 23 (holdout5): Portuguese "estádio" and Maltese "triq", "pjazza" (a street, a square: Aquilina)
    "estádio", "ginásio", "triq", "pjazza",
))
#: Titles between a place noun and the name it bears ("Lăng Chủ tịch Hồ Chí Minh", "aeroporto Presidente …").
_PLACE_TITLES = frozenset(("chủ tịch", "bác", "đại tướng", "president", "presidente", "président", "king", "rey",
                           "roi", "re", "könig", "król", "kralj", "general", "генерал", "академика", "академіка",
                           # the academic and clerical titles the Slavic languages write before a place's eponym
                           # ("Nemocnica akademika Ladislava Dérera", "Gimnazija profesora …"; SSSJ, HJP)
                           "akademika", "akademik", "profesora", "prof.", "doktora", "biskupa", "kardinála"))
#: The same nouns capitalized as a run's first word, as a street's or a square's name writes them ("Camino Isabel la
#: Católica", "Aleja Lipowa", "Praça Tiradentes"): the run names the place, whatever first name follows.
_PLACE_FIRST = frozenset(w for w in _PLACE_BEFORE if not w.endswith(".")) | frozenset((
    "camino", "glorieta", "ronda", "carrer", "rambla", "travesía", "vicolo", "travessa", "alameda", "rondo",
    "osiedle", "chemin", "impasse", "allée",
))
_FIRM_PARTNER = re.compile(rf"[{_UP}][{_LO}]+(?![{_LO}{_UP}'’-])(?![ \t]+[{_UP}])")
_GREEK_NEUTER = frozenset(("στο", "το", "απ'το", "από το"))  # not "του": also "his" ("ο φίλος του Γιάννης …")
_REGNAL = re.compile(r"[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3})(?![^\W_])")
_SAINTS = frozenset(("San", "Santa", "Santo", "Santi", "São", "Saint", "Sainte", "St.", "Ste.", "Sankt", "Svatý",
                     "Svatá", "Sveti", "Sveta", "Święty", "Święta", "Szent", "Sint"))
def _build_places(audience: Audience) -> frozenset[str]:
    """One-word names of territories in the audience's languages (CLDR: pipeline/privacy/cldr.py, built once from
    Babel) and of the IANA time zone database's cities (zoneinfo): maintained lists of places, read once an
    audience, lowercased."""
    import zoneinfo

    found = {zone.rsplit("/", 1)[-1].lower() for zone in zoneinfo.available_timezones()
             if "/" in zone and "_" not in zone.rsplit("/", 1)[-1]}
    return frozenset(found) | _TERRITORIES.get()


def _build_territories(audience: Audience) -> frozenset[str]:
    """One-word names of territories in the audience's languages (CLDR), lowercased."""
    found: set[str] = set()
    for language in sorted(audience.base_languages):
        words = cldr.words(language)  # None without Babel: the English list and the cities still hold
        if words is not None:
            found.update(name.lower() for name in words.territories if " " not in name)
    return frozenset(found)


_TERRITORIES = PerAudience(_build_territories)
_PLACES = PerAudience(_build_places)


def _build_calendar(audience: Audience) -> frozenset[str]:
    """The words of the month and weekday names of the audience's languages (CLDR: pipeline/privacy/cldr.py),
    lowercased: "Meán Fómhair" (Irish September) and "Dé Domhnaigh" (Sunday) are capitalized pairs that name no
    one. Without Babel, COMMON_WORDS' English and the listed languages' names still hold."""
    found: set[str] = set()
    for language in sorted(audience.base_languages):
        words = cldr.words(language)
        if words is not None:
            for name in (*words.months_wide, *words.days_wide):
                found.update(word.lower() for word in name.split() if len(word) > 2)
    return frozenset(found)


_CALENDAR = PerAudience(_build_calendar)


def _places() -> frozenset[str]:
    return _PLACES.get()


#: Countries and large regions (English names): a window ending in one is a place ("Austin Texas", "Paris France").
REGION_WORDS = frozenset(w.lower() for w in (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile",
    "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica", "Ecuador",
    "Egypt", "Eritrea", "Estonia", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany",
    "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Kazakhstan", "Kenya", "Korea",
    "Kosovo", "Kuwait", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania",
    "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico",
    "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
    "Netherlands", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Panama", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "Senegal", "Serbia",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
    "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey", "Türkiye", "Uganda",
    "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "England", "Scotland",
    "Wales", "Britain", "Europe", "Asia", "Africa", "America", "Alabama", "Alaska", "Arizona", "Arkansas", "California",
    "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
    "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Bavaria", "Bayern", "Catalonia",
    "Andalusia", "Tuscany", "Lombardy", "Brittany", "Normandy", "Provence", "Silesia", "Flanders", "Wallonia",
))
#: Capitalized words that are no part of a person's name in a run: UI labels, days, months, title words,
#: function words (several languages). A window holding one is no name.
COMMON_WORDS = frozenset(w.lower() for w in (
    "The", "A", "An", "And", "Or", "Of", "In", "On", "As", "Is", "It", "Be", "Do", "Up", "So", "If", "Us", "We", "He",
    "She", "They", "You", "Me", "My", "Am", "Are", "Was", "At", "To", "For", "From", "With", "By", "About", "Into",
    "Over", "Under", "After", "Before", "Between", "Without", "Not", "No", "Yes", "All", "Any", "New", "Old", "Big",
    "Small", "Great", "Grand", "Good", "Best", "Better", "Top", "First", "Last", "Next", "Free", "Open", "Close",
    "Closed", "Save", "Cancel", "Delete", "Edit", "Add", "Remove", "Sign", "Log", "Login", "Logout", "Home", "Page",
    "Search", "Settings", "Profile", "Help", "Support", "Contact", "About", "Terms", "Privacy", "Policy", "Cookie",
    "Cookies", "Menu", "Cart", "Checkout", "Buy", "Sell", "Shop", "Order", "Orders", "Account", "Accounts", "Share",
    "Like", "Follow", "Subscribe", "Download", "Upload", "Start", "Stop", "Play", "Pause", "Back", "Forward", "Submit",
    "Send", "Reply", "Read", "More", "Less", "View", "Show", "Hide", "Get", "Set", "Make", "Take", "Go", "Come", "See",
    "Run", "Sale", "Sales", "Offer", "Deal", "Deals", "News", "Today", "Tomorrow", "Yesterday", "Now", "Live", "Love",
    "Life", "Time", "World", "Day", "Night", "Morning", "Evening", "Summer", "Winter", "Spring", "Autumn", "Fall",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "North", "South", "East",
    "West", "Central", "Upper", "Lower", "Red", "Blue", "Green", "Black", "White", "Gold", "Silver", "Golden", "Royal",
    "National", "International", "Global", "United", "State", "States", "City", "Town", "Country", "Street", "Road",
    "Park", "Hotel", "Station", "Bank", "Group", "Team", "Service", "Services", "Product", "Products", "Pro", "Plus",
    "Max", "Mini", "Ultra", "Lite", "Air", "Edition", "Version", "Release", "Update", "Error", "Warning", "Info",
    "Debug", "Success", "Failed", "Failure", "Invalid", "Valid", "Default", "Custom", "User", "Users", "Admin", "Guest",
    "Member", "Members", "Customer", "Customers", "Client", "Clients", "Manager", "Director", "Chief", "Officer",
    "President", "King", "Queen", "Prince", "Princess", "Lord", "Lady", "Saint", "San", "Santa", "Sankt", "Holy",
    "Happy", "Merry", "Christmas", "Easter", "Birthday", "Welcome", "Thanks", "Thank", "Hello", "Dear", "Please",
    "Sorry", "Congratulations", "Breaking", "Report", "Weather", "Sports", "Business", "Finance", "Health", "Science",
    "Tech", "Der", "Die", "Das", "Und", "Oder", "Mit", "Für", "Von", "Zu", "Bei", "Neu", "Neue", "Neuer", "Alte",
    "Alter", "Große", "Großer", "Kleine", "Jetzt", "Heute", "Morgen", "Le", "La", "Les", "Et", "Ou", "Avec", "Pour",
    "Dans", "Sur", "Nouveau", "Nouvelle", "Grande", "Petit", "Petite", "Rue", "Bienvenue", "Aujourd'hui", "El", "Los",
    "Las", "Y", "Con", "Para", "En", "Nuevo", "Nueva", "Gran", "Calle", "Bienvenido", "Bienvenida", "Hoy", "Il", "Lo",
    "Gli", "E", "Con", "Per", "Nuovo", "Nuova", "Grande", "Via", "Benvenuto", "Oggi", "De", "Het", "Een", "En", "Van",
    "Met", "Voor", "Nieuw", "Nieuwe", "Groot", "Welkom", "Vandaag", "Nowy", "Nowa", "Nowe", "Wielki", "Wielka", "Ulica",
    "Witamy", "Dzisiaj", "Yeni", "Büyük", "Küçük", "Hoş", "Bugün", "Merhaba", "Novo", "Nova", "Grande", "Rua", "Bem",
    "Hoje", "Новый", "Новая", "Большой", "Большая", "Улица", "Добро", "Сегодня", "Главная", "Москва",
    # French possessive determiners opening a UI label ("Cliquez sur Mon compte", "Mes commandes"; Le Robert)
    "Mon", "Mes", "Tes", "Ses", "Notre", "Votre", "Nos", "Vos", "Leur", "Leurs",
))


# --- the detector ------------------------------------------------------------------------------------------------

def maybe(text: str) -> bool:
    """Cheap: a cue of the audience, two capitalized words in a row, a mailbox, a name-bearing key, a Cyrillic pair
    or a Russian direct address (tests/pipeline/privacy/detectors/test_fast_paths.py holds the ASCII path to
    the full formulation); or any word of a script without case or spaces, for `_caseless_pairs`, `_cjk_pairs`."""
    return _cued(text) or (not text.isascii() and (_IS_CASELESS.search(text) is not None
                                                   or _UNSPACED.search(text) is not None))


@for_the_last_text
def _cued(text: str) -> bool:
    """What the rules other than `_caseless_pairs` need in a text before they look."""
    lower = facts(text).lower
    if lower is not None:  # ASCII: the cues on the lowercase copy, case-sensitively; no Cyrillic
        return _cap_pair(text) \
            or (not none_in(text, _ASCII_GATES) and (_ASCII_CUES.get().search(lower) is not None
                                                     or _ASCII_CHAT.get().search(lower) is not None)) \
            or (("=" in text or ":" in text) and _KEYED.search(text) is not None) \
            or ("<" in text and "@" in text) or _CHAT_CUE.search(text) is not None \
            or ("\n" in text and _NICKNAMED_IN.search(text) is not None)  # 'Rodelio "Jun" Macaraeg' signs
    return _cap_pair(text) or _STRONG_FOLDED.search(text) is not None \
        or _STRONG_AFTER_FOLDED.search(text) is not None or _WEAK_FOLDED.search(text) is not None \
        or (("=" in text or ":" in text) and _KEYED.search(text) is not None) \
        or ("<" in text and "@" in text) \
        or _PAIR.search(text) is not None or _ADDRESS_CUE.search(text) is not None \
        or _CHAT_CUE.search(text) is not None or _CHAT_FOLDED.search(text) is not None \
        or ((_UNSPACED.search(text) is not None or _IS_CASELESS.search(text) is not None)
            and _KIN_FOLDED.search(text) is not None) \
        or ("\n" in text and (_CLOSING.get().search(text) is not None or next(_rules(text), None) is not None)) \
        or not _GREETING_MARKS.isdisjoint(text) \
        or (_IS_CASELESS.search(text) is not None and (_CASELESS_BEFORE.get().search(text) is not None
                                                       or _CASELESS_AFTER.get().search(text) is not None))


@for_the_last_text
def _cap_pair(text: str) -> bool:
    """Whether `_CAP_PAIR` is in the text (`maybe` and `find` ask it of each text in turn)."""
    return _CAP_PAIR.search(text) is not None


def find(text: str) -> Iterator[Span]:
    if not text.isascii() and (_IS_CASELESS.search(text) is not None or _UNSPACED.search(text) is not None):
        yield from _caseless_pairs(text)
        yield from _cjk_pairs(text)
        if not _cued(text):
            return
    # the cues' matches are of the text's lowercase copy: `_after_cue` and `_before_cue` read their spans and ask
    # their text only what its case does not change (a last letter, a comma, a CJK phrase)
    for cue in _STRONG_FOLDED.finditer(text):
        span = _after_cue(text, cue, weak=False)
        if span is not None and _cue_names_a_person(text, cue, span):
            yield span
    for cue in _WEAK_FOLDED.finditer(text):
        if cue.group() in _LINE_OPENING_CUES and text[max(0, cue.start() - 8):cue.start()].rstrip(" \t")[-1:].isalnum():
            continue  # "das beste Schnitzel der Stadt": not Dutch's "Beste Jan," opening a letter (or a path's segment)
        span = _after_cue(text, cue, weak=True)
        if span is not None and _cue_names_a_person(text, cue, span):
            yield span
    for cue in _STRONG_AFTER_FOLDED.finditer(text):
        span = _before_cue(text, cue)
        if span is not None:
            yield span
    for cue in _KIN_FOLDED.finditer(text):  # "minha prima Dulcineia Ravasco": kin before a full name
        span = _after_cue(text, cue, weak=True)
        if span is not None and _IS_CASELESS.match(text[span[0]]) is not None:
            span = _caseless_trimmed(text, span)  # "কুরিয়ার ভাই আরিফ হোসেন খুব …": less the adverb after it
        if span is not None and _UNSPACED.match(text[span[0]]) is None and _IS_CASELESS.match(text[span[0]]) is None \
                and not _kin_confirmed(text[span[0]:span[1]]):
            span = _before_particle(text, span)  # "die Nachbarin Wiebke Osterkamp das Paket": German capitalizes nouns
            if span is not None and not _kin_confirmed(text[span[0]:span[1]]):
                span = None
        if span is not None:
            yield span
    if "<" in text and "@" in text:
        for match in _MAILBOX.finditer(text):
            if match.group("name").split()[0] not in _NOT_NAMES:
                yield match.span("name")
    if "=" in text or ":" in text:
        yield from _keyed(text)
    if _PAIR.search(text):
        for match in _CYRILLIC_RUN.finditer(text):
            # "театр имени Антона Чехова": a place named after the person
            if _full_name(match.group()) and not _place_or_work(text, *match.span()):
                yield match.start(), _word_end(text, match.end())
    if not text.isascii() and _ADDRESS_CUE.search(text):
        for match in _DIRECT_ADDRESS.finditer(text):
            group = "after" if match.group("after") is not None else "before"
            if _name_tag(match.group(group)) == "Name":
                yield match.span(group)
    if _cap_pair(text):
        yield from _scored(text)
        yield from _surname_first(text)
        if not text.isascii() and _VIETNAMESE.search(text) is not None:
            yield from _vietnamese_names(text)
    for chat in _CHAT_CUE.finditer(text):  # "hey its jake morrison again": chat in lower case
        span = _lower_pair(text, chat.end())
        if span is not None:
            yield span
    for chat in _CHAT_FOLDED.finditer(text):  # "hola soy paloma y…", "hier ist die jana, …": one first name
        span = _lower_self(text, chat.end())
        if span is not None:
            yield span
    if not text.isascii() and _IS_CASELESS.search(text):
        yield from _caseless_scored(text)
    if "\n" in text:
        span = _signature(text)
        if span is not None:
            yield span
    if _GREETING_MARKS.intersection(text):
        yield from _greeted(text)


# --- a signature ---------------------------------------------------------------------------------------------------

#: What opens a letter's closing line, per language (cues/closing.toml): "Liebe Grüße", "Bonne journée", "감사합니다".
_CLOSING = cues.compiled("closing")
#: A closing line is short: a formula, not a sentence.
_CLOSING_WORDS = 6
_CLOSING_CHARS = 48
#: (or initials before the surname: "J.W.H. van Schaijk")
_SIGN_CASED = re.compile(rf"(?:{_WORD}|[{_UP}]\.(?:[ \t]?[{_UP}]\.){{0,2}})(?:{_NEXT}{_WORD}){{1,2}}")
#: A letter of the Arabic script as Arabic, Persian and Urdu names write it, with the zero-width non-joiner.
_ARABIC_LETTER = "[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c]"
_SIGN_UNCASED = re.compile(
    rf"[{_HAN}]{{2,4}}"  # Chinese: 吳家豪
    rf"|[{_HAN}]{{1,3}}[ \t\u3000][{_HAN}\u3041-\u3096{_KATA}]{{1,4}}"  # Japanese surname, given name: 百瀬 はな
    rf"|[{_HANGUL}]{{2,4}}(?:[ \t]+(?:드림|올림))?"  # Korean, with the writer's "드림"
    r"|[\u0e01-\u0e4e]{2,24}(?:[ \t][\u0e01-\u0e4e]{2,24})?"  # Thai first name and surname
    # two or three words of a script without capitals (issue 23, holdout5: "با سپاس فراوان،\nزهرا موسوی"): Arabic
    # script (with the zero-width non-joiner of Persian names), Hebrew (with its geresh and a hyphen: "בן-דוד"),
    # Devanagari and Bengali without their danda and digits; only after a closing phrase (`closed`)
    # (four in Arabic script, whose names chain a father's with بن: "خالد بن سعيد الغامدي")
    + "".join(rf"|{first}{letters}{{1,19}}(?:[ \t]{first}{letters}{{1,19}}){{1,{more}}}" for first, letters, more in (
        (_ARABIC_LETTER, _ARABIC_LETTER, 3), ("[\u05d0-\u05ea]", "[\u05d0-\u05ea'\u05f3\u05f4-]", 2),
        ("[\u0900-\u0963\u0971-\u097f]", "[\u0900-\u0963\u0971-\u097f]", 2),
        ("[\u0980-\u09e3\u09f0\u09f1]", "[\u0980-\u09e3\u09f0\u09f1]", 2),
        ("[\u10d0-\u10ff]", "[\u10d0-\u10ff]", 2))))
#: Words of a team's or a company's signature in the scripts without capitals, where common words cannot tell a name
#: ("مع الشكر\nفريق الدعم", "בברכה,\nצוות התמיכה": the support team, the customer service, the company).
_TEAM_WORDS = frozenset((
    "فريق", "الفريق", "الدعم", "دعم", "خدمة", "العملاء", "إدارة", "قسم", "شركة", "مؤسسة",  # Arabic
    "تیم", "پشتیبانی", "خدمات", "مشتریان", "شرکت", "واحد", "بخش",  # Persian
    "ٹیم", "سپورٹ", "کسٹمر", "سروس", "کمپنی",  # Urdu
    "צוות", "שירות", "התמיכה", "תמיכה", "לקוחות", "חברת", "מחלקת",  # Hebrew
    "टीम", "सहायता", "सेवा", "ग्राहक", "कंपनी", "विभाग",  # Hindi
    "দল", "টিম", "সহায়তা", "গ্রাহক", "সেবা", "কোম্পানি",  # Bengali
))
#: A line of dashes or rules that opens a signature block ("--", "――――", "____").
_SIGN_RULE = re.compile(r"(?m)(?:^|(?<=[/?&#;|\"<>\]})]))[ \t]*[-_=―—–~*]{2,40}[ \t]*\r?\n")
#: Two of a rule's characters in a row, which every rule holds: a search led by a character class, so the engine skips
#: every other character at once (`_SIGN_RULE` starts with a look-behind, tried at every position)
_RULE_PAIR = re.compile(r"[-_=―—–~*]{2}")


def _rules(text: str) -> Iterator[re.Match[str]]:
    """`_SIGN_RULE.finditer(text)`, at once when the text holds no two of a rule's characters in a row."""
    return _SIGN_RULE.finditer(text) if _RULE_PAIR.search(text) is not None else iter(())


#: The edge of a URL's part or a field the message sits in (an apostrophe excepted: "O'Connor" signs too).
# (the slash's look-behinds after it, `(?<!\sa/)`: led by its characters, the engine skips every other at once)
_SIGN_EDGE = re.compile(r"/(?<!\sa/)(?<!\ss/)(?<!\sd/)|[?&#;|\"<>\]})]")  # not the "/" of "a/p", "s/o" (a particle)


#: A signature's name with a nickname in quotes or brackets between the first name and the surname (and the same
#: without the spaces around it, searched for: led by a capital's class, so the engine skips the rest at once).
_NICKNAME_PAIR = rf"""{_WORD}[ \t]+["“'‘(]{_WORD}["”'’)][ \t]+{_WORD}"""
_NICKNAMED = re.compile(rf"[ \t]*{_NICKNAME_PAIR}[ \t]*")
_NICKNAMED_IN = re.compile(_NICKNAME_PAIR)


def _signature(text: str) -> Span | None:
    """A signed message: its last line only a name-shaped run, after a short closing line ("Liebe Grüße aus Graz",
    "Bonne journée!", "Att,", "よろしくお願いいたします。", "敬祝 順心"); or the first line of a signature block after a
    line of dashes. The name is confirmed by the closing line opening with a closing phrase (cues/closing.toml), or
    in a script with capitals by the lexicon (a ranked first name or surname), so "Thanks!\nCustomer Service" and
    "Best regards,\nThe Support Team" stay: their words are no names and common words rule them out."""
    body = text.rstrip()
    cut = body.rfind("\n", max(0, len(body) - 120))
    span: Span | None = None
    if cut > 0:
        # the message may sit in a URL's path or a field ("/docs/Grüße\nAnna Berg/view"): its last line ends at the
        # field's edge, its closing line starts after one
        nicknamed = _NICKNAMED.fullmatch(body, cut + 1)  # 'Rodelio "Jun" Macaraeg': a nickname's quotes, no edge
        edge = _SIGN_EDGE.search(body, cut + 1) if nicknamed is None else None
        end = edge.start() if edge is not None else len(body)
        closing = body[body.rfind("\n", max(0, cut - 200), cut) + 1:cut]
        closing = _SIGN_EDGE.split(closing)[-1].strip()
        if edge is None or "\n" not in body[end:]:
            span = _signed_line(body, cut + 1, end, closing)
    if span is None:  # "--\nAnna Berg\nSupport Lead\nT: …": the line after a rule
        for rule in _rules(text):
            stop = text.find("\n", rule.end(), rule.end() + 80)
            span = _name_line(text, rule.end(), stop if stop >= 0 else min(len(text), rule.end() + 80), closed=True)
            if span is not None:
                break
    return span


def _signed_line(text: str, start: int, end: int, closing: str) -> Span | None:
    """The line [start, end) as a signature's name after the closing line `closing`, or None."""
    if not closing or len(closing) > _CLOSING_CHARS or len(closing.split()) > _CLOSING_WORDS \
            or any(ch.isdigit() for ch in closing) or closing[-1:] in (":", "：", "?", "？"):
        return None
    opener = _CLOSING.get().match(closing.lower())
    return _name_line(text, start, end, closed=opener is not None)


#: A word in capitals of a signature's line, and its capitalized form.
_CAPS_WORDS = re.compile(rf"(?<![{_UP}{_LO}])[{_UP}]{{2,}}(?![{_LO}])")


def _capitalized(word: re.Match[str]) -> str:
    return word.group().capitalize()


def _name_line(text: str, start: int, end: int, closed: bool) -> Span | None:
    """The line [start, end) is only a person's name: confirmed by a closing phrase (`closed`) or, in a script with
    capitals, by the lexicon."""
    line = text[start:end]
    name = line.strip()
    if not name:
        return None
    begin = start + line.index(name)
    # a signature in capitals or in lower case ("TOMASZ WIŚNIEWSKI", "maria gonzalez") is read as its capitalized
    # form, and then asks the lexicon for one of its words even after a closing phrase ("Regards,\nACME LTD" stays)
    # a surname in capitals before the given name ("SORESCU Anghel-Bogdan", "DE ROSSI Ermenegildo") is a form's
    # order, which a closing phrase confirms as it confirms a name as written
    recased = name.title() if name.isupper() or name.islower() else _CAPS_WORDS.sub(_capitalized, name)
    if len(recased) != len(name):
        recased = name  # a letter whose case changes its length ("İ"): read as written
    if _NICKNAMED.fullmatch(name) is not None:  # the nickname's quotes are the name's: read without the nickname
        recased = " ".join(w for w in name.split() if w[0] not in "\"“'‘(")
    if _SIGN_CASED.fullmatch(recased):
        words = recased.split()
        if any(w in _NOT_NAMES or w.lower() in COMMON_WORDS or _head(w) for w in words
               if w.lower() not in _PARTICLES):
            return None
        if name.isupper() or name.islower():
            return (begin, begin + len(name)) if lexicon.load() and _known_name(words[0]) \
                and all(_known_name(w) or _lower_surname(w.lower()) for w in words[1:]) else None
        if not closed and not lexicon.load():
            return None
        if closed or _known_first(words[0]) or any((rank := _last_rank(w)) is not None and rank <= _LAST_STRONG
                                                   for w in words[1:]):
            return begin, begin + len(name)
        return None
    if closed and _SIGN_UNCASED.fullmatch(name) and not _TEAM_WORDS.intersection(name.split()):
        for mark in ("드림", "올림"):
            if name.endswith(mark) and name != mark:
                name = name[: -len(mark)].rstrip()
        return begin, begin + len(name)
    return None


# --- after a cue ---------------------------------------------------------------------------------------------------

def _after_cue(text: str, cue: re.Match[str], weak: bool) -> Span | None:
    """The name after a before-cue, or None."""
    phrase = cue.group()
    end = cue.end()
    last = phrase[-1]
    if last.isalpha() and not _UNSPACED.match(last) and end < len(text) and text[end].isalpha():
        return None  # "Dr" in "Drive", "pan" in "pancake"
    if ("-" in phrase and _GLUED_DASH.search(phrase)) or (cue.start() > 0 and text[cue.start() - 1] in "-_"):
        return None  # inside a token: "MS-YnSUzUCkf2p7"
    sep = _SEPARATOR.match(text, end)
    start = sep.end() if sep is not None else end
    if start >= len(text):
        return None
    # a sign-off: a cue closed by a comma or an exclamation ("Thanks so much!"), or a letter's abbreviation in
    # capitals ("LG", "VG", "MfG" closing a German message), read from the text as written (the cue matched its
    # lowercase copy)
    written = text[cue.start():end]
    sign_off = phrase.rstrip()[-1:] in (",", "，", "、", "،", "!") \
        or (len(written) <= 3 and written.isalpha() and written[0].isupper() and written[-1].isupper())
    if phrase.rstrip()[-1:] in ("!", "！") and "\n" not in (sep.group() if sep is not None else ""):
        return None  # "谢谢！" signs off only before a line break: "谢谢！明天见" is a sentence
    first = text[start]
    script = _first_letter(first)
    span: Span | None = None
    if script == "upper":
        # a name in capitals, whole or in part ("Name: KAREN WHITFIELD", "Nom : DUPONT Marie"): its own rule, which
        # asks the lexicon (a run in capitals is as often a company's or a heading's)
        span = _caps_name(text, start, weak) if _CAPS_AHEAD.match(text, start) is not None else None
        if span is None:
            span = _cased_run(text, start)
            if span is not None and weak and not _confirmed(text[span[0]:span[1]]):
                return None
        if span is not None and _names_place(text, span):
            return None
    elif script == "cjk":
        framed = _JA_FRAMED.match(text, start)  # a Japanese name with kana or 々 before です: 宮ノ内ほのか, 佐々木凛花
        span = framed.span(1) if framed is not None else _cjk_after(text, start)
        if span is not None and weak and framed is None and not _framed(text, span[1]) \
                and not _surname_led(text, span) and not _self_named(text, span, phrase) \
                and not _han_named(text, span):
            return None
    elif script == "caseless":
        span = _caseless_after(text, start)
        if span is not None and weak and not _known_caseless(text[span[0]:span[1]].split()) \
                and not _framed(text, span[1]):
            return None
    elif not weak and script == "lower" and "," not in (sep.group() if sep is not None else ""):
        # "call me, this is …": no name after a comma
        span = _lower_name(text, start, labelled=_LOWER_AFTER.search(text, max(0, end - 24), end) is not None)
    elif weak and script == "lower":
        span = _lower_pair(text, start)  # "hi anna kowalski here"
    if span is None:
        return None
    # a greeting that ends its line ("Hola,\n", "Poštovani,\n"; a weak cue, or any cue closed by a comma): the next
    # line is a name only when the name is all of it, else it is the message's first sentence ("Hola,\nBoca Juniors
    # jugó ayer."); a label's value on the next line ("Name:\nJan Novák") is still taken
    gap = sep.group() if sep is not None else ""
    crossed_line = "\n" in gap and (weak or any(mark in gap for mark in ",，、،") or gap.count("\n") > 1)
    if sign_off and _LINE_END.match(text, span[1]) is None:
        return None
    if crossed_line and not _name_ends_line(text, span[1]):
        return None
    return span


#: A word in capitals ("WHITFIELD", "O'CONNOR", "ANNE-MARIE"), and a run of up to four words of which one at least is
#: in capitals, with the particles between them in either case ("DE LA CRUZ", "van der BERG").
_CAPS_WORD = rf"(?:[{_UP}]['’])?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?"
_CAPS_RUN = re.compile(rf"(?:{_CAPS_WORD}(?![{_LO}]),?|{_WORD}(?![{_LO}]))"
                       rf"(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)?(?:{_CAPS_WORD}|{_WORD})(?![{_LO}])){{0,3}}")
#: Where `_caps_name` is asked: a word in capitals, or a capitalized word before one ("John SMITH").
_CAPS_AHEAD = re.compile(rf"{_CAPS_WORD}(?![{_LO}])|{_WORD}[ \t]+{_CAPS_WORD}(?![{_LO}])")


def _caps_name(text: str, start: int, weak: bool) -> Span | None:
    """A cue's name written in capitals, whole or in part, as forms and signatures write it ("Name: KAREN
    WHITFIELD", "Nom : DUPONT Marie", "John SMITH"): its words up to the first that is no name's (an ordinary word the
    lexicon ranks as no name, a head noun, a word of the detector's list), after at most two titles; two words with one
    the lexicon ranks (a first name in a country's top `_CHAT_FIRST`, a surname in its top `_LAST_STRONG`), or after a
    strong cue one first name in capitals so ranked. "Contact: IT SUPPORT TEAM", "Name: ACME GMBH" stay."""
    run = _CAPS_RUN.match(text, start, min(len(text), start + 200))
    if run is None or not lexicon.load():
        return None
    words = [(m.start() + start, m.end() + start, m.group()) for m in _SPACED_WORD.finditer(run.group())]
    titles = 0
    while words and titles < 2 and words[0][2].rstrip(".").title() in _TITLES:
        words, titles = words[1:], titles + 1
    kept: list[tuple[int, int, str]] = []
    if words and words[0][2].endswith(","):  # "KLEINSCHMIDT, Ottilie": the surname first, as forms list it
        words[0] = (words[0][0], words[0][1] - 1, words[0][2][:-1])
    for k, (_, _, word) in enumerate(words):
        titled = word.title()
        if word.lower() in _PARTICLES:
            if not kept or k + 1 >= len(words):
                break
            continue  # held until the word after it is a name's
        if titled in _NOT_NAMES or titled.lower() in COMMON_WORDS or _head(titled) \
                or (lexicon.load().common(titled) and not _known_name(titled)):
            break
        kept.append(words[k])
    if not kept or not any(w.isupper() for _, _, w in kept):
        return None
    if len(kept) == 1:
        rank = _first_rank(kept[0][2].title())
        return kept[0][:2] if not weak and kept[0][2].isupper() and rank is not None and rank <= _CHAT_FIRST else None
    return (kept[0][0], kept[-1][1]) if any(_any_rank(w.title()) > 0 for _, _, w in kept) else None


def _known_name(word: str) -> bool:
    """A first name in a country's top `_CHAT_FIRST`, or a surname in its top `_LAST_STRONG` (with an apostrophe as the
    lexicon holds it: "O'Connor" as "Oconnor")."""
    if "'" in word or "’" in word:
        word = word.replace("'", "").replace("’", "")
    first = _first_rank(word)
    if first is not None and first <= _CHAT_FIRST:
        return True
    last = _last_rank(word)
    return last is not None and last <= _LAST_STRONG


#: A surname in capitals (with its hyphened second part) before a capitalized word, in running text.
_CAPS_GIVEN = re.compile(rf"(?<![{_UP}{_LO}'’-])((?:[{_UP}]['’])?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)[ \t]+"
                         rf"([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)(?![{_UP}{_LO}'’-])")


def _surname_first(text: str) -> Iterator[Span]:
    """A surname in capitals before the first name, as rosters and forms write a person and visitors copy them into
    running text ("hab grad mit ÖZTÜRK Derya telefoniert", "NAKAMURA-BELL Kenji from billing"): the lexicon holds the
    surname (or a hyphened part of it) as a surname and ranks the first name among a country's `_CHAT_FIRST`; neither
    is an ordinary word, a head noun or a word of the detector's list. "IKEA Family", "USB Stick", "HOTEL Maria"
    stay."""
    if not lexicon.load():
        return
    for match in _CAPS_GIVEN.finditer(text):
        surname, given = match.group(1).title(), match.group(2)
        if given in _NOT_NAMES or given.lower() in COMMON_WORDS or _head(given) or _head(surname) \
                or surname in _NOT_NAMES or surname.lower() in COMMON_WORDS:
            continue
        rank = _first_rank(given)
        if rank is None or rank > _CHAT_FIRST:
            continue
        parts = surname.replace("'", "").replace("’", "").split("-")
        if any((rank := _last_rank(part)) is not None
               and not (rank > _LAST_STRONG and lexicon.load().common(part) and _first_rank(part) is None)
               for part in parts):
            yield match.span()


#: A word written all in lower case, with an apostrophe's or a hyphen's part ("o'connor", "anna-lena").
_LOWER_NAME_WORD = re.compile(rf"[{_LO}]+(?:['’-][{_LO}]+)?")
#: One to three initials in lower case before a word ("j. k. mcallister-brody").
_LOWER_INITIALS = re.compile(rf"(?:[{_LO}]\.[ \t]?){{1,3}}(?=[{_LO}]{{2}})")


def _lower_name(text: str, start: int, labelled: bool) -> Span | None:
    """A strong cue's name written in lower case ("ich heiße anna-lena krüger und…", "me llamo josé luis pérez"): its
    first word is a first name or a surname the lexicon ranks (`_known_name`), no ordinary word; the words after it
    are while each is a name the lexicon knows and no function word, a particle only before one. After an English or a
    Russian label or "my name is" (`labelled`), the first word is taken as it stands ("name: jdoe")."""
    initials = _LOWER_INITIALS.match(text, start)
    if initials is not None:  # "signed: j. k. mcallister-brody": initials, then a surname or a word nobody uses
        surname = _LOWER_NAME_WORD.match(text, initials.end())
        if surname is not None and (_lower_surname(surname.group()) or _unknown_word(surname.group())) \
                and (surname.end() >= len(text) or not text[surname.end()].isalnum()):
            return start, surname.end()
        return None
    words: list[re.Match[str]] = []
    pos = start
    while len(words) < 4:
        word = _LOWER_NAME_WORD.match(text, pos)
        if word is None or (len(word.group()) < 2 and word.group() not in _PARTICLES):
            break
        words.append(word)
        gap = _LOWER_GAP.match(text, word.end())
        if gap is None:
            break
        pos = gap.end()
    if not words or words[0].group() in _STOP:
        return None
    first = words[0].group()
    if labelled:
        if not _LOWER_WORD.fullmatch(first):
            return None  # the old rule's word: ASCII or Cyrillic
    elif _no_name_word(first) or _function_word_rank(first) or not _known_name(first.title()):
        return None  # "Liebe Grüße aus Graz", "Estimado Cliente: su pedido": a function word, no name
    end = words[0].end()
    k = 1
    while k < len(words):
        written = words[k].group()
        if written in _PARTICLES and k + 1 < len(words) and _lower_surname(words[k + 1].group()):
            end, k = words[k + 1].end(), k + 2
        elif _lower_surname(written):
            end, k = words[k].end(), k + 1
        else:
            break
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        if not labelled:
            return None
        token = _GLUED_TOKEN.match(text, end)  # "my name is jdoe123": the whole token, as a handle would be
        return start, token.end() if token is not None else end
    return start, end


def _no_name_word(word: str) -> bool:
    """A word in lower case that is no name's: a word of the detector's lists, a particle, a month's or a weekday's."""
    return word in _STOP or word in COMMON_WORDS or word in _PARTICLES \
        or bool(_CALENDAR.get().intersection(word.split("-")))


def _unknown_word(word: str) -> bool:
    """A word of three letters or more that no language of the audience uses (none of their `TOP_WORDS`, no month,
    no word of the detector's lists): in lower case beside a first name, most likely a rare surname."""
    return len(word) >= 3 and not _no_name_word(word) and not lexicon.load().common(word)


_GLUED_TOKEN = re.compile(r"[\w.-]*\w")


def _function_word_rank(word: str) -> bool:
    """The word is among the `_FUNCTION_RANK` most frequent of a language of the audience: a function word ("und",
    "et", "that", "أنا")."""
    rank = lexicon.load().word_rank(word)
    return rank is not None and rank <= _FUNCTION_RANK


def _lower_surname(word: str) -> bool:
    """A word after a lowercase first name that goes on with the name: one the lexicon knows as a name, no ordinary
    word (unless a ranked name), no function word, no month or weekday."""
    if _no_name_word(word):
        return False
    rank = lexicon.load().word_rank(word)
    if rank is not None and rank <= _FUNCTION_RANK:  # a function word
        return False
    titled = word.title()
    if _known_name(titled):
        return True
    return rank is None and (_last_rank(titled) is not None or _first_rank(titled) is not None)


@lru_cache(maxsize=4096)
def _first_letter(char: str) -> str:
    """What the first character after a cue is, in the order `_after_cue` asks: "upper" (a capital of a cased script),
    "cjk" (Han, kana or Hangul), "caseless" (a script without case), "lower", or "" (kept per character: five
    patterns asked of each cue's next character otherwise)."""
    if _IS_UP.match(char):
        return "upper"
    if _IS_HAN_KANA.match(char) or _IS_HANGUL.match(char):
        return "cjk"
    if _IS_CASELESS.match(char):
        return "caseless"
    return "lower" if _IS_LO.match(char) else ""


_PARTICLE_WORD = re.compile(_PARTICLE + r"\Z", re.IGNORECASE)
_FIELD_EDGE = re.compile(r"[/?&#;|\"'<>\]})]")


def _name_ends_line(text: str, end: int) -> bool:
    """What follows a name to the end of its line is more of a name (capitalized words, particles: "Ciarán Ó
    Súilleabháin"), at most four words, not a sentence."""
    stop = text.find("\n", end, end + 120)
    rest = text[end:stop if stop >= 0 else min(len(text), end + 120)]
    edge = _FIELD_EDGE.search(rest)  # the end of the part of a URL or a field the text sits in, as for _LINE_END
    rest = (rest[:edge.start()] if edge else rest).strip(" \t.,!")
    words = rest.split()
    return len(words) <= 4 and all(w[:1].isupper() or _PARTICLE_WORD.match(w) for w in words)


def _cased_run(text: str, start: int) -> Span | None:
    """The capitalized run at `start` after leading titles ("Mr. Brown" -> "Brown"), or None when it is no name."""
    for _ in range(3):  # at most two titles ("Herr Dr. Müller"): bounded, so a run of titles costs no more
        step = _first_word(text, start)
        if step is None:
            return None
        head, after = step
        if head in _TITLES:
            # skip the title and its dot: "Mr. Brown", "Herr Dr. Müller"
            if after < 0:
                return None
            start = after
            continue
        match = _RUN.match(text, start, min(len(text), start + 200))
        if match is None:  # pragma: no cover - `_FIRST_PART` matched here, so `_RUN` does
            return None
        if head in _NOT_NAMES or any(part in _NOT_NAMES for part in head.split("-")[1:]):
            return None  # "Thanks,\nThe Support Team", "Mit freundlichen Grüßen\nIhr Support-Team"
        end = match.end()
        if end < len(text) and (text[end] == "_" or text[end].isalnum() or _FILE_EXTENSION.match(text, end)):
            return None  # glued to what follows: a token, a file name ("Report.pdf")
        return start, end
    return None


def _names_place(text: str, span: Span) -> bool:
    """A cue's capitalized run that holds or is followed by a head noun names a place named after a person: "the Sir
    Joseph Banks Hotel" (rule 1 of the scorer, for a run after a cue)."""
    words = text[span[0]:span[1]].split()
    tail = _FOLLOWING_WORD.match(text, span[1])
    # as written, no case ending, and a run's last word only after two others: "Contact: Anna Hall", "Persona de
    # contacto: Marta Iglesias" are people
    return (len(words) >= 3 and words[-1].rstrip(".").lower() in HEAD_FOLDED) \
        or (tail is not None and not tail.group(1) and tail.group(2)[:1].isupper()
            and tail.group(2).rstrip(".").lower() in HEAD_FOLDED)


#: The text last read by `_first_word`, and its answers by position.
_FIRST_WORDS: list[tuple[str, dict[int, tuple[str, int] | None]]] = [("", {})]


def _first_word(text: str, start: int) -> tuple[str, int] | None:
    """The first word of a capitalized run at `start` (None: no run there) and, for a title, where the run after it
    starts (-1: none). The run's first word alone decides a title (`_RUN` matches where its first part does, and that
    part is the run's start whatever follows). Kept for the text's positions read: each cue of a run of titles ("Mr Mr
    Mr ...") reads the titles after it, and the next cue reads the same ones, so each is read once."""
    last = _FIRST_WORDS[0]
    if last[0] is not text:
        last = (text, {})
        _FIRST_WORDS[0] = last
    known = last[1]
    if start in known:
        return known[start]
    first = _FIRST_PART.match(text, start, min(len(text), start + 200))
    found: tuple[str, int] | None = None
    if first is not None:
        head = first.group().split()[0].rstrip(".")
        after = start
        if head in _TITLES:
            gap = _TITLE_GAP.match(text, start + len(head))
            after = gap.end() if gap is not None else -1
        found = (head, after)
    known[start] = found
    return found


def _confirmed(words: str) -> bool:
    """A weak cue's capitalized words are a name: two words or more (not initials), or a known first name."""
    parts = words.split()
    # a capitalized particle inside a name is no common word there: "Maïwenn Le Goff", "Sara De Luca"
    if len(parts) >= 2 and all(len(p.rstrip(".")) > 1 for p in parts[:2]) \
            and not any(p.lower() in COMMON_WORDS and not (0 < k < len(parts) - 1 and p.lower() in _PARTICLES)
                        for k, p in enumerate(parts)):
        return True
    return _known_first(parts[0])


_PARTICLE_GAP = re.compile(rf"[ \t]+{_PARTICLE}[ \t]+")


def _before_particle(text: str, span: Span) -> Span | None:
    """The run less its first particle and what follows it, when two words at least are left, else None."""
    gap = _PARTICLE_GAP.search(text, span[0], span[1])
    return (span[0], gap.start()) if gap is not None and " " in text[span[0]:gap.start()].strip() else None


def _kin_confirmed(words: str) -> bool:
    """A kin word's capitalized run is a full name: two words or more (no initial), none an ordinary word of the
    audience's languages unless the lexicon ranks it as a first name or surname ("my colleague Visual Studio" stays,
    "minha prima Dulcineia Ravasco" goes)."""
    parts = [p for p in words.split() if p.lower() not in _PARTICLES]
    lex = lexicon.load()
    if len(parts) < 2 or any(len(p.rstrip(".")) < 2 for p in parts) or not lex:
        return False
    return not any(p in _NOT_NAMES or _head(p)
                   or ((p.lower() in COMMON_WORDS or lex.common(p))
                       and _first_rank(p) is None and _last_rank(p) is None)
                   for p in parts)


#: A weak cue's single word counts as a first name only among a country's `_WEAK_FIRST` most frequent ("Pan Am"
#: stays: "Am" ranks far down).
_WEAK_FIRST = 300


def _known_caseless(words: list[str]) -> bool:
    """A weak cue's words in a script without case are a name: a known first name, or a first word followed by a
    surname in a country's top `_LAST_STRONG` ("أنا نزار الخطيب، أكتب…": the surname is known, the first name not)."""
    if _known_first(words[0]):
        return True
    return len(words) >= 2 and any((rank := _last_rank(w)) is not None and rank <= _LAST_STRONG for w in words[1:])


def _known_first(word: str) -> bool:
    rank = _first_rank(word) if len(word) >= 3 else None
    if "-" in word and len(word.split("-", 1)[0]) >= 3:  # a compound first name by its first part: "Ville-Pekka"
        part = _first_rank(word.split("-", 1)[0])
        rank = part if rank is None or (part is not None and part < rank) else rank
    return rank is not None and rank <= _WEAK_FIRST


def _cjk_after(text: str, start: int) -> Span | None:
    """Two to four Han characters (cut at a particle), a katakana run, or two to four Hangul syllables less a
    copula or particle, from `start`."""
    if _IS_HANGUL.match(text[start]):
        run = _HANGUL_RUN.match(text, start)
        if run is None:
            return None
        word = _strip_hangul(run.group())
        spaced = _spaced_hangul(text, run.end(), word) if word == run.group() else None
        if spaced is not None:
            return start, spaced
        return (start, start + len(word)) if 2 <= len(word) <= 4 else None
    run = _CJK_RUN.match(text, start)
    if run is None:
        return None
    word = run.group()
    if _IS_HAN_KANA.match(word[0]) and word[0] >= "\u3400":  # Han: cut at the first particle
        for i, ch in enumerate(word):
            if ch in _HAN_STOP:
                word = word[:i]
                break
    return (start, start + len(word)) if len(word) >= 2 else None


_HANGUL_GIVEN = re.compile(rf" ([{_HANGUL}]{{1,8}})")


def _spaced_hangul(text: str, end: int, surname: str) -> int | None:
    """A Korean surname written apart from the given name ("남궁 민수입니다", "김 민수 씨"): one syllable, or two
    that the lexicon ranks as a surname (남궁, 황보, 제갈), then one space and one to three syllables less a copula
    or particle; the end of the name, or None. The weak cue's frame (an after-cue next) still decides."""
    if not (len(surname) == 1 or (len(surname) == 2 and _last_rank(surname) is not None)):
        return None
    given = _HANGUL_GIVEN.match(text, end)
    if given is None:
        return None
    name = _strip_hangul(given.group(1))
    return end + 1 + len(name) if 1 <= len(name) <= 3 else None


@lru_cache(maxsize=4096)
def _strip_hangul(word: str) -> str:
    """The word less up to two copulas or particles (cached: a message repeats its words)."""
    for _ in range(2):
        for suffix in _HANGUL_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
                break
    return word


def _surname_led(text: str, span: Span) -> bool:
    """A weak cue's Han run opens with a surname of two characters or more that a country's statistics rank (上官,
    欧阳, 司马) and ends its clause: "我是上官明远，昨天…"."""
    run = text[span[0]:span[1]]
    if not 3 <= len(run) <= 4 or (span[1] < len(text) and text[span[1]] not in _CLAUSE_END):
        return False
    return any((rank := _last_rank(run[:n])) is not None and rank <= _LAST_STRONG for n in (2, 3))


def _self_named(text: str, span: Span, phrase: str) -> bool:
    """"我是" + a Han run of two or three characters closed by a clause mark: "您好，我是王小明，订单…". Most Chinese
    surnames have one character, which the name data set has none of, so the clause mark (a name said, then the
    sentence goes on) confirms it, and the lexicon's ordinary words rule out a noun: "我是学生，", "我是新用户，"
    (用户), "我是消费者，" stay."""
    if phrase not in _SELF_NAMED or not 2 <= span[1] - span[0] <= 3 or span[1] >= len(text) \
            or text[span[1]] not in _NAME_CLAUSE_MARK:
        return False
    lex = lexicon.load()
    run = text[span[0]:span[1]]
    return bool(lex) and not any(lex.common(part) for part in (run, run[:2], run[1:]) if len(part) >= 2)


_SELF_NAMED = frozenset(("我是",))
#: The most frequent Chinese surnames, about 85 % of the population (Ministry of Public Security, 2020 household
#: register statistics, the first hundred; simplified and traditional forms): the name data set has no one-character
#: surnames, so a weak cue's run ("找张伟强就行", "客服吳宗翰的") is a name when one of them leads it.
_HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文施"
    "洪辛柯庄颜"
    "張劉陳楊黃趙吳孫馬許韓鄧馮蕭葉蘇呂盧鍾譚陸鄒賈龔錢嚴歐湯賴莊顏蔣謝鄭羅閆賀韋喬")


def _han_named(text: str, span: Span) -> bool:
    """A weak cue's Han run of two or three characters led by a frequent one-character surname (`_HAN_SURNAMES`),
    the run ended by a particle, a clause mark or the text (not cut short inside a longer word), and no ordinary word
    of the lexicon: "到前台找张伟强就行", "感謝客服吳宗翰的耐心"; "找回密码" (no surname) and "联系方式" stay."""
    run = text[span[0]:span[1]]
    if not 2 <= len(run) <= 3 or run[0] not in _HAN_SURNAMES:
        return False
    after = text[span[1]:span[1] + 1]
    if after and _IS_HAN_KANA.match(after) and after not in _HAN_STOP and after not in "就说吧呢啊":
        return False
    lex = lexicon.load()
    return not any(lex.common(part) for part in (run, run[1:]) if len(part) >= 2)
_NAME_CLAUSE_MARK = frozenset("，,。、")
_CLAUSE_END = frozenset("，,。.！!？?；;、\n ")
def _lower_pair(text: str, start: int) -> Span | None:
    """Chat written all in lower case after a weak cue ("hey its anna kowalski again"): two words, a first name the
    lexicon ranks in a country's top and a surname it knows, neither an ordinary word; one word alone is never
    enough ("its fine", "im mark")."""
    first = _LOWER_NAME_WORD.match(text, start)
    if first is None or first.group() in _STOP:
        return None
    gap = _LOWER_GAP.match(text, first.end())
    second = _LOWER_NAME_WORD.match(text, gap.end()) if gap is not None else None
    if second is None or second.group() in _STOP or (second.end() < len(text) and text[second.end()].isalnum()):
        return None
    words = (first.group(), second.group())
    # a first name the lexicon ranks, or one it does not know that is no ordinary word ("sreekanth reddy": most
    # first names are rare ones), before a ranked surname
    if any(w.lower() in COMMON_WORDS for w in words) or not (
            _known_first(words[0].title())
            or (len(words[0]) >= 4 and words[0].isalpha() and not lexicon.load().common(words[0]))):
        return None
    rank = _last_rank(words[1].title())
    if rank is not None and rank <= _LAST_STRONG:
        return first.start(), _lower_rest(text, second.end())
    # a ranked first name before a word no language of the audience uses, that closes the introduction ("hier ist
    # jens-uwe brockmeier, ich…", "c'est mathis lefeuvre-dantec,"): most surnames are rare ones
    if _known_first(words[0].title()) and _SELF_END.match(text, second.end()) is not None \
            and (_lower_surname(words[1]) or _unknown_word(words[1])):
        return first.start(), second.end()
    return None


def _lower_rest(text: str, end: int) -> int:
    """Where a name in lower case ends: one or two more words after its first two while the lexicon knows each as a
    name ("ana belén garcía")."""
    for _ in range(2):
        gap = _LOWER_GAP.match(text, end)
        word = _LOWER_NAME_WORD.match(text, gap.end()) if gap is not None else None
        if word is None or (word.end() < len(text) and text[word.end()].isalnum()) or not _lower_surname(word.group()):
            break
        end = word.end()
    return end


_LOWER_GAP = re.compile(r"[ \t]{1,3}")
_LOWER_NAME = re.compile(rf"[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?")
# what ends a self-introduction after a first name: a mark, the line's or the text's end, or a word that goes on to
# something else ("again", "here", a conjunction), in the languages of cues/name_chat.toml
_SELF_END = re.compile(r"[ \t]*(?:[,.!?;:)\n]|\Z)|[ \t]+(?:again|here|and|und|y|e|et|i|ja|og|och|en|dan|và|и|і|"
                       r"hier|aquí|aqui|ici|qui|täällä|tässä|again|lol|pls|please|bitte)(?![^\W\d_])", re.IGNORECASE)


def _lower_self(text: str, start: int) -> Span | None:
    """After a chat's self-introduction (cues/name_chat.toml), a lowercase first name: two words as `_lower_pair`
    takes them, or one the lexicon ranks as a first name in a country's top `_WEAK_FIRST` (with its hyphenated second
    part: "sophie-anne"), no word of the detector's own list, no month or weekday, that ends the introduction
    (`_SELF_END`): "hola soy paloma y no me llega", "oi aqui é a vitória, meu pedido"; "soy nuevo y", "its fine,"
    and "ich bin die ganze zeit" stay."""
    gap = _LOWER_GAP.match(text, start)
    if gap is None:
        return None
    pair = _lower_pair(text, gap.end())
    if pair is not None:
        return pair
    word = _LOWER_NAME.match(text, gap.end())
    if word is None or word.group() in _STOP or _SELF_END.match(text, word.end()) is None:
        return None
    name = word.group()
    if name in COMMON_WORDS or _CALENDAR.get().intersection(name.split("-")):
        return None
    rank = _first_rank(name.capitalize())
    # "its grant again", "sophie here": a word that closes a self-introduction is stronger evidence than a comma,
    # so a first name further down the ranks (to `_CHAT_FIRST`) counts there
    limit = _CHAT_FIRST if _SELF_CLOSED.match(text, word.end()) else _WEAK_FIRST
    return word.span() if rank is not None and rank <= limit else None


#: The rank a chat's first name may have before a word that closes the self-introduction ("again", "here").
_CHAT_FIRST = 500
_SELF_CLOSED = re.compile(r"[ \t]+(?:again|here|hier|aquí|aqui|ici|qui|täällä|tässä)(?![^\W\d_])", re.IGNORECASE)
# the self-introductions of English chat, typed without apostrophe or capitals ("its", "im"; words of their own
# elsewhere: German "im", so only before two lowercase words that _lower_pair confirms)
# (each branch led by its letter and the look-behind after it, `(?<![^\W\d_]i)` at the next position: a pattern that
# starts with a literal lets the engine skip every other character at once; a look-behind first is tried everywhere)
_CHAT_CUE = re.compile(r"(?:i(?<![^\W\d_]i)(?:t'?s|'?m)|t(?<![^\W\d_]t)his is)[ \t]+(?=[a-z])")


def _framed(text: str, end: int) -> bool:
    """A weak cue's CJK or caseless run is followed by an after-cue: "私は田中です", "저는 김민수입니다", "मैं अमित
    बोल रहा हूँ"."""
    rest = text[end:end + 16].lstrip(" ")
    return any(p.match(rest) is not None for p in (_STRONG_AFTER.get(), _WEAK_AFTER.get()))


def _caseless_trimmed(text: str, span: Span) -> Span:
    """A caseless run of a weak cue (its name confirmed) less the ordinary words that end it and no name ranks: the
    run is read to three words, and a word after a two-word name is often an adverb ("খুব", "very")."""
    words = [(m.start() + span[0], m.end() + span[0], m.group()) for m in _SPACED_WORD.finditer(text[span[0]:span[1]])]
    lex = lexicon.load()
    while len(words) > 2 and lex.common(words[-1][2]) and _any_rank(words[-1][2]) == 0:
        words.pop()
    return words[0][0], words[-1][1]


def _caseless_after(text: str, start: int) -> Span | None:
    """One to three words of a script without case from `start`, up to a copula or conjunction."""
    run = _CASELESS_RUN.match(text, start)
    if run is None or _TEAM_WORDS.intersection(run.group().split()[:1]):  # "בברכה,\nצוות התמיכה": a team signs
        return None
    end = start
    for word in _SPACED_WORD.finditer(run.group()):
        token = word.group()
        if token in _CASELESS_STOP or (token.startswith(_THAI_CLAUSE) and end > start):
            break
        for particle in _THAI_PARTICLES:
            if token.endswith(particle) and len(token) > len(particle):
                end = start + word.start() + len(token) - len(particle)
                return (start, end) if end > start else None
        end = start + word.end()
    return (start, end) if end > start else None


# --- before an after-cue -----------------------------------------------------------------------------------------

#: The title marks of Chinese and Japanese (《书名号》, 『二重かぎ括弧』): what stands inside names a work.
_TITLE_MARKS = (("《", "》"), ("『", "』"), ("〈", "〉"))


def _in_title_marks(text: str, at: int) -> bool:
    """`at` is inside an open pair of title marks that closes within the next 24 characters."""
    window = text[max(0, at - 24):at]
    for opening, closing in _TITLE_MARKS:
        i = window.rfind(opening)
        if i >= 0 and closing not in window[i:] and closing in text[at:at + 24]:
            return True
    return False


def _before_cue(text: str, cue: re.Match[str]) -> Span | None:
    """The name just before an after-cue ("Kovács Anna vagyok", "田中さん", "김민수 씨", "Ahmet Bey"), or None."""
    start = cue.start()
    end = cue.end()
    phrase = cue.group()
    if phrase[-1].isalpha() and not _UNSPACED.match(phrase[-1]) and end < len(text) and text[end].isalpha():
        return None  # "úr" in "úrnak" is its own cue; "Bey" in "Beyond" is none
    if _in_title_marks(text, start):
        return None  # 『坊っちゃん』, 《王先生的故事》: a work's title, its honorific the title's own
    stop = start
    while stop > 0 and text[stop - 1] in " \t" and start - stop < 2:
        stop -= 1
    if stop == 0:
        return None
    prev = text[stop - 1]
    if _IS_LO.match(prev) or _IS_UP.match(prev):
        if stop == start:
            return None  # glued to a Latin word: no boundary
        window = text[max(0, stop - 48):stop]
        match = _RUN_BEFORE.search(window)
        if match is None:
            return None
        words = match.group().split()
        offset = stop - len(window)
        begin = offset + match.start()
        while words and (words[0] in _NOT_NAMES or words[0].rstrip(".") in _TITLES):
            begin = text.index(words[1], begin) if len(words) > 1 else stop
            words = words[1:]
        if not words or (begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_")):
            return None
        return begin, offset + len(window.rstrip())
    if _IS_HANGUL.match(prev):
        begin = stop
        while begin > 0 and _IS_HANGUL.match(text[begin - 1]) and stop - begin < 5:
            begin -= 1
        return (begin, stop) if 2 <= stop - begin <= 4 and (begin == 0 or not _IS_HANGUL.match(text[begin - 1])) \
            else None
    if _IS_HAN_KANA.match(prev):
        return _han_before(text, stop, phrase)
    if "\u3041" <= prev <= "\u3096":  # a Japanese given name in hiragana after a Han surname: 田中はるかと申します
        kana = stop
        while kana > 0 and "\u3041" <= text[kana - 1] <= "\u3096" and stop - kana < 4:
            kana -= 1
        if kana == 0 or not _IS_HAN_KANA.match(text[kana - 1]):
            return None
        span = _han_before(text, kana, phrase)
        return (span[0], stop) if span is not None else None
    if _IS_CASELESS.match(prev):
        window = text[max(0, stop - 64):stop]
        words = window.split()
        taken = []
        for token in reversed(words[-2:]):
            if not _IS_CASELESS.fullmatch(token[-1]) or token in _CASELESS_STOP:
                break
            taken.append(token)
        if not taken:
            return None
        return stop - len(" ".join(reversed(taken))), stop
    return None


def _han_before(text: str, stop: int, phrase: str) -> Span | None:
    prev = text[stop - 1]
    begin = stop
    if "\u30a1" <= prev <= "\u30fb" or prev == "\u30fc":  # a katakana name: マイケルさん
        while begin > 0 and ("\u30a1" <= text[begin - 1] <= "\u30fc") and stop - begin < 16:
            begin -= 1
        return (begin, stop) if stop - begin >= 2 else None
    while begin > 0 and _IS_HAN_KANA.match(text[begin - 1]) and text[begin - 1] >= "\u3400" and stop - begin < 4:
        begin -= 1
    while begin < stop and (text[begin] in _HAN_LEAD_STOP or text[begin] in _HAN_STOP):
        begin += 1
    length = stop - begin
    if begin > 0 and text[begin - 1] in "おご":  # an honorific prefix: お客様, ご主人様
        return None
    if length >= 2 or (length == 1 and (phrase in _HAN_SINGLE or text[begin] not in _JA_NOT_NAMES)
                       and phrase not in ("です",)):
        return (begin, stop) if length >= 1 else None
    return None


# --- keys inside the text ----------------------------------------------------------------------------------------

def _keyed(text: str) -> Iterator[Span]:
    connection_string: bool | None = None  # asked only of a key with "account" in it (a search of the whole text)
    pos = 0
    while (match := _next_key(text, pos)) is not None:
        pos = match.end("key")
        key = match.group("key")
        if NAME_KEY.search(key) and _key_like(key) and not (
                "account" in key.lower()
                and (connection_string := connection_string if connection_string is not None
                     else _CONNECTION_STRING.search(text) is not None)) \
                and (value := _KEY_VALUE.match(text, match.end())) is not None:
            group = "dq" if value.group("dq") is not None else "sq" if value.group("sq") is not None else "bare"
            if any(ch.isalpha() for ch in value.group(group)):  # "…BFIOw==": Base64's padding is no name
                yield value.span(group)
            pos = value.end()


_SEPARATOR_CHAR = re.compile(r"[:=]")
_KEY_CHARS = "_.-"


def _next_key(text: str, pos: int) -> re.Match[str] | None:
    """`_KEY.search(text, pos)`, found from its separator: `_KEY` starts with a look-behind, so `re` tries it at every
    position of the text (some microseconds a message), while a key is a whole run of `[\\w.-]` (its look-behind and
    the quote, space or separator after it bound the run) of 41 characters at most, then an optional quote, spaces and
    the separator's ':' or '='. From each ':' or '=' after `pos`, in order, the run before it is matched there: the
    first that matches is the leftmost match (keys are runs apart, each before its own separator)."""
    for separator in _SEPARATOR_CHAR.finditer(text, pos + 1):
        end = separator.start()
        while end > pos and text[end - 1].isspace():
            end -= 1
        if end > pos and text[end - 1] in "\"'":
            end -= 1
        start, floor = end, max(pos, end - 42)  # (a run of more than 41 characters is no key: bounded)
        while start > floor and (text[start - 1].isalnum() or text[start - 1] in _KEY_CHARS):
            start -= 1
        if start < end and (match := _KEY.match(text, start)) is not None:
            return match
    return None


def _key_like(key: str) -> bool:
    """A key people name: words of two letters or more in any convention (`fullName`, `customer_name`, `ФИО`), not
    a random token that happens to hold "fio" (`cXGUhjbfioDqdD`)."""
    words = _KEY_WORD.findall(key)
    return 0 < len(words) <= 6 and all(len(w) >= 2 or w.isdigit() for w in words)


# --- names without a cue -------------------------------------------------------------------------------------------

def _scored(text: str) -> Iterator[Span]:
    """Runs of capitalized words whose windows score as a person's name (the rules in the module docstring): from
    each known first name, the longest window of two to four words that scores; then on after it."""
    lex = lexicon.load()
    if not lex:
        return
    for run in _CAP_RUN.finditer(text):
        words = [_unpossessed(m.start(), m.end(), m.group()) for m in _SPACED_WORD.finditer(text, *run.span())]
        for part in _article_cut(words):
            yield from _scored_run(text, _joined_particles(part))


def _article_cut(words: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """A run cut where a particle stands before an ordinary word that the lexicon ranks as no name: there the
    particle is an article or a preposition of the sentence ("Nicole Gadient das Paket", "Ioana Pop de la Poste"),
    no part of a name ("Joost ten Brink", "Maria da Silva", "Paz de la Paz" stay whole)."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    pending: list[tuple[int, int, str]] = []
    for word in words:
        if word[2].lower() in _PARTICLES:
            pending.append(word)
        elif pending and lexicon.load().common(word[2]) and _first_rank(word[2]) is None \
                and _last_rank(word[2]) is None:
            parts.append([word])
            pending = []
        else:
            parts[-1].extend([*pending, word])
            pending = []
    parts[-1].extend(pending)
    return parts


def _scored_run(text: str, names: list[tuple[int, int, str]]) -> Iterator[Span]:
    """The names of one run (its particles left out): windows from each known first name, then rule 7."""
    works = _works_in(text)
    if works and names and _titled(text, names[0]) and text[names[-1][1]:names[-1][1] + 1] not in _APOSTROPHES \
            and not _watched_doing(_last_word(text, names[0][0]), text, names[-1][1]):
        return  # rule 4: the run is a work after a verb of reading ("Leí Pedro Páramo", "Čitam Povratak Filipa …")
    k = 0
    scored = False
    while k < len(names) - 1:
        # (a common word or a title rules out every window it is in, `_ruled_out`'s first rule: "Mr Mr Mr ...")
        if _first_rank(names[k][2]) is None or _common(names[k][2]):
            k += 1
            continue
        before = _words_before(text, names[k][0])
        taken = None
        # the longest window that scores: tried longest first, so the rules are asked of one window, not of each
        for j in range(min(k + 3, len(names) - 1), k, -1):
            score = _window_score(text, names, k, j, before)
            if score is not None and score >= _THRESHOLD:
                taken = j
                break
        # rule 4: a work's maker or subject, asked once of the window taken (not of every window tried: linear)
        # (and a name inside a longer title in its quotes: "The Last Days of Edwin Marsh")
        if taken is None or (works and _of_a_work(text, names[taken][1], before)) \
                or _quoted_title(text, names[k][0], names[taken][1]):
            k += 1
            continue
        yield names[k][0], names[taken][1]
        scored = True
        k = taken + 1
    neighboured = None if scored else _by_neighbour(text, names)
    if neighboured is not None:
        yield neighboured


def _joined_particles(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A run's words less its particles, a capitalized particle inside the run joined to the word after it: Belgian
    and Dutch surnames written with a capital particle are one surname ("Jelle De Backer", "Van den Berghe"), which
    the lexicon holds joined ("Debacker")."""
    names: list[tuple[int, int, str]] = []
    pending: tuple[int, list[str]] | None = None
    for index, (start, end, word) in enumerate(words):
        if word.lower() in _PARTICLES:
            if pending is not None:
                pending[1].append(word)
            elif index > 0 and word[:1].isupper() and len(word) >= 2:
                pending = (start, [word])
            continue
        if pending is not None:
            names.append((pending[0], end, " ".join([*pending[1], word])))
            pending = None
        else:
            names.append((start, end, word))
    return names


def _unpossessed(start: int, end: int, word: str) -> tuple[int, int, str]:
    """A run's word without a possessive or a case ending written after an apostrophe: "Smith's" -> "Smith",
    Turkish "Kocabaş'a" -> "Kocabaş" (a proper noun takes its suffixes after one)."""
    cut = _APOSTROPHE_ENDING.search(word) if "'" in word or "’" in word else None
    if cut is not None and cut.start() >= 2:
        return start, end - len(cut.group()), word[:cut.start()]
    return start, end, word


_APOSTROPHE_ENDING = re.compile(r"['’][a-zçğıöşü]{1,5}$")


#: More words before a name that make it a place's (a city, a district, a street, a market named after a person),
#: written in lower case or abbreviated, so no head noun of the run: Vietnamese "TP. Hồ Chí Minh", "đường Lê Lợi", "chợ
#: Bến Thành" (Từ điển tiếng Việt, Hoàng Phê), Polish "ul.", "al.", "pl." (Słownik PWN), Spanish and Portuguese "av.".
_PLACE_BEFORE = _PLACE_BEFORE | frozenset((
    "tp", "thành phố", "tỉnh", "quận", "huyện", "phường", "xã", "thị xã", "thị trấn", "đường", "phố", "chợ", "cầu",
    "sông", "hồ", "núi", "bến", "ga", "sân bay", "công viên", "bệnh viện", "trường", "đại học", "ul", "al", "pl",
    "os", "av", "avda", "pça", "r",
    # the South Slavic Cyrillic place nouns written before a place's name (Речник на българския език; Речник
    # српскога језика; Дигитален речник на македонскиот јазик): "летище „Васил Левски“", "булевар Краља Александра"
    "театър", "театар", "летище", "аеродром", "площад", "трг", "булевард", "булевар", "гара", "училище", "болница",
    "университет", "улица", "улица", "музеј", "стадион", "парк", "читалище",
))
#: The nouns of places and institutions named after people, per language, as data (cues/name_place.toml): those
#: written before a name are place words before a run (a phrase of several words whole: "zračnu luku") and, one word
#: each, head nouns in it; those written after are head nouns, a phrase of several by its last word ("oro uostas").
_PLACE_TABLE = cues.table("name_place")
_PLACE_NOUNS = {which: frozenset(p for items in table.values() for p in items)
                for which, table in (("before", _PLACE_TABLE.before), ("after", _PLACE_TABLE.after))}
# (in lower case before a run, only a phrase of several words or a word of a script without case: a single cased
# noun there is as often where a person is, "В парке Иван Петров гулял", "at the park Anna Berg waited"; capitalized
# in the run it is the place's own name, `HEAD_FOLDED` below)
#: (the table's abbreviations are written in capitals, which its reader folds: read them as written)
_PLACE_ABBREVIATIONS = frozenset(
    p.lower() for entry in cues.written("name_place").values() for p in entry.get("before", ()) if p.isupper())
_PLACE_BEFORE = _PLACE_BEFORE | frozenset(
    p for p in _PLACE_NOUNS["before"] if " " in p or p in _PLACE_ABBREVIATIONS or p[:1].upper() == p[:1].lower())
HEAD_FOLDED = HEAD_FOLDED | frozenset(p.lower() for p in _PLACE_NOUNS["before"] if " " not in p) \
    | frozenset(p.rsplit(" ", 1)[-1].lower() for p in _PLACE_NOUNS["after"])
#: The table's place nouns as a run's first word ("Galeria Krakowska"), asked after `_PLACE_FIRST` and only of a word
#: the lexicon does not rank as a name ("Park Min-jun" is a Korean surname first, not a park)
_PLACE_FIRST_TABLE = frozenset(p.lower() for p in _PLACE_NOUNS["before"] if " " not in p) - _PLACE_FIRST
#: The last words of the place phrases of several words ("sân bay"): a cue that is one may end a place's phrase
_NAMED_PLACE_RANK = 1000


@lru_cache(maxsize=4096)
def _ranked_name(word: str) -> bool:
    """The lexicon ranks the word, as written, among a country's `_NAMED_PLACE_RANK` most frequent first names or
    surnames (the raw ranks: "Park" is an ordinary English word and Korea's second surname)."""
    lex = lexicon.load()
    ranks = [r for r in (lex.first_rank(word), lex.last_rank(word)) if r] if lex else []
    return bool(ranks) and min(ranks) <= _NAMED_PLACE_RANK
_PLACE_PHRASE_ENDS = frozenset(p.rsplit(" ", 1)[-1] for p in _PLACE_BEFORE if " " in p)
_PARTICLES = frozenset((
    "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "y", "e", "i",
    "bin", "ibn", "al", "el", "ter", "ten", "zu", "af", "av", "binti", "a/l", "a/p", "s/o", "d/o",
    # the Italian article of a surname ("Lo Presti", "Li Causi") and the Irish "Ó", "Ní", "Nic", "Uí" (Foclóir Gaeilge)
    "lo", "li", "ó", "ní", "nic", "uí",
))


#: Endings that form surnames and hardly any other capitalized word, per language (grammar facts of surname formation:
#: the patronymic and possessive suffixes of the South Slavic -ović/-ević (Rečnik srpskoga jezika), the Macedonian
#: -ovski/-evski, the Bulgarian -ov/-ev and their feminines (Речник на българския език), the Belarusian -vič, the
#: Ukrainian -enko and -chuk, the Romanian -escu/-eanu/-anu (DEX), the Latvian -iņš/-iņa (tezaurs.lv), the
#: Lithuanian -auskas, -avičius and the women's -aitė, -ytė, -ienė (DLKŽ), the Turkish -oğlu (TDK), the Czech and
#: Slovak women's -ová, the Polish -wicz and the Greek -poulos, -idis, -akis). The productive adjective endings that
#: also name streets ("Aleja Marszałkowska", Polish -ska; Czech -ská) are left out.
_SURNAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "sr": ("ović", "ević", "овић", "евић"), "hr": ("ović", "ević"), "bs": ("ović", "ević"),
    "mk": ("овски", "овска", "евски", "евска", "ovski", "ovska", "evski", "evska"),
    "bg": ("ов", "ев", "ова", "ева"), "be": ("віч", "вич"), "uk": ("енко", "чук"),
    "ro": ("escu", "eanu", "anu"), "lv": ("iņš", "iņa"),
    "lt": ("auskas", "avičius", "evičius", "aitė", "ytė", "ienė"), "tr": ("oğlu",),
    "cs": ("ová", "ovou"), "sk": ("ová", "ovej", "ovú"),  # (and the cases: "Pozdravuj Kláru Šindelářovou")
    "pl": ("wicz",), "el": ("πουλος", "πούλου", "ίδης", "ίδου", "άκης"),
    # the Finnish -nen and the cases a sentence puts it in ("Tapasin Aino Virtasen", "soitin Mäkiselle"; Iso suomen
    # kielioppi §190), the Danish and Norwegian -sen, the Swedish and Icelandic patronymics (Språkrådet, Árnastofnun)
    "fi": ("nen", "sen", "selle", "sella", "selta", "sesta", "seen", "sena"), "da": ("sen",), "no": ("sen",),
    "sv": ("sson",), "is": ("sson", "dóttir", "dóttur"),
}
_SURNAME_SUFFIXES = PerAudience(lambda audience: tuple(sorted({
    ending for lang, endings in _SURNAME_ENDINGS.items() if lang in audience.base_languages for ending in endings})))


@lru_cache(maxsize=65536)
def _surname_suffixed(word: str) -> bool:
    """A capitalized word of three letters or more before a surname ending of the audience's languages ("Stojanović",
    "Ozoliņa", "Стоилов", "Țurcanu"), no head noun and no common capitalized word."""
    return word.isalpha() and word[:1].isupper() and not word.isupper() and not _common(word) and not _head(word) \
        and any(word.endswith(e) and len(word) - len(e) >= 3 for e in _SURNAME_SUFFIXES.get())


def _more_surname(word: str, surname_rank: int) -> bool:
    """The lexicon ranks the word better as a surname than as a first name (or not as a first name at all)."""
    first = _first_rank(word)
    return first is None or first > surname_rank


def _window_score(text: str, names: list[tuple[int, int, str]], i: int, j: int, before: list[str]) -> int | None:
    first, last = names[i][2], names[j][2]
    # the ranks first, the rules after (`_ruled_out` reads the words around: a run of titles or of first names, "Mr Mr
    # Mr ...", is mostly windows with no surname, rejected here at once; the answer is the same in either order)
    last_rank = _last_rank(last)
    first_rank = _first_rank(first)
    if first_rank is None:
        return None
    # rule 6: right after a known first name in the middle of a sentence ("please tell Imogen Featherstone that"),
    # where a capital is no sentence's first letter, a surname-shaped word that is no ordinary word of the audience's
    # languages ("Redis Cluster") counts as a strong surname, 2, whether the lexicon knows it or not (rare surnames
    # are most of them, and a rare one it knows is no weaker evidence than one it does not); there a first name
    # of any rank counts as strong too; a run at a sentence's start needs known names; the pair is the whole run
    # (less an ordinary word opening the sentence), never two words of a longer one ("New York Stock Exchange")
    paired = j == i + 1 == len(names) - 1 and (i == 0 or _opens_sentence(text, names[0])) \
        and _surname_shaped(last) and _mid_sentence(text, names[i][0]) \
        and (not lexicon.load().common(last) or (last_rank is not None and last_rank <= _LAST_STRONG))
    # a surname by its ending ("Stojanović", "Kalniņš", "Стоилов") beside a first name the lexicon ranks: the same
    # evidence as rule 6's pair, at a sentence's start too, since the ending, not the position, tells the surname
    paired = paired or (j == i + 1 and _surname_suffixed(last))
    # rule 6 at a sentence's or a field's start (issue 23, holdout5): a pair that the lexicon ranks as a first name
    # and a surname, both at any rank, the surname no ordinary word, is a person's name where the sentence goes on in
    # lower case after it ("Leonie Kaltenbach hat sich …") or the pair fills a record's field alone
    # ("2026-11-02;Ingrid Haberkorn;Kassel"): a capital there says nothing, what follows does
    paired = paired or (j == i + 1 == len(names) - 1 and i == 0 and last_rank is not None
                        and not _mid_sentence(text, names[i][0]) and _surname_shaped(last)
                        and not lexicon.load().common(last) and _goes_on_or_fills(text, names[i][0], names[j][1]))
    # (holdout11) there, a first name in a country's top `_FIRST_STRONG` vouches for a surname the lexicon does not
    # know, no ordinary word, when the sentence goes on in lower case ("Vedran Seničić danas kasni", "Birgit Mädamürk
    # jääb täna hiljaks"): most surnames are rare ones, and the first name is no product's
    paired = paired or (j == i + 1 == len(names) - 1 and i == 0 and last_rank is None and first_rank <= _FIRST_STRONG
                        and not _function_word_rank(first) and last[1:].islower()  # "Su TikTok sono": no brand
                        and not _mid_sentence(text, names[i][0]) and _surname_shaped(last)
                        and not lexicon.load().common(last) and _LOWER_NEXT.match(text, names[j][1]) is not None
                        and text[names[j][1] + 1].islower())
    # a surname after its particle, between a known first name and it: in lower case ("Sanne de Vries", "Ilse von
    # Bredow", "Lieke ter Beek") or capitalized and joined to it ("Rosaria Lo Presti", "Dónall Ó Súilleabháin"). The
    # particle is what a place's name seldom has after a first name, so the pair is rule 6's whatever the ranks ("Vries"
    # alone is rare; "de Vries" is the Netherlands' first surname)
    paired = paired or (j == i + 1 and _surname_shaped(last.rsplit(" ", 1)[-1])
                        and ((" " in last and first_rank <= _FIRST_STRONG)
                             or _particled(text, names[i][1], names[j][0])))
    # (never a month's or a weekday's words, whichever way the pair was made: "Meán Fómhair")
    paired = paired and not _CALENDAR.get().intersection((first.lower(), last.lower()))
    if last_rank is None and not paired:
        return None
    last_score = 2 if paired or (last_rank is not None and last_rank <= _LAST_STRONG) else 1
    score = (2 if paired or first_rank <= _FIRST_STRONG else 1) + last_score
    # two surnames after the first name, as Spanish and Portuguese names have them ("Remedios Cuadrado Ojeda", "Ulisses
    # Bettencourt Furtado"): the middle word a surname the lexicon ranks too is more evidence of a person; both
    # surnames are ranked better as surnames than as first names ("Cara Filipa Sá", "Díky Barbora Novotná": a
    # greeting before a first name, whose first name the middle word is)
    if j == i + 2 and score < _THRESHOLD and last_rank is not None and _more_surname(last, last_rank) \
            and (middle := _last_rank(names[i + 1][2])) is not None and _more_surname(names[i + 1][2], middle) \
            and min(middle, last_rank) <= _LAST_STRONG and _surname_shaped(names[i + 1][2]) \
            and first.lower() not in _PLACE_FIRST_TABLE and first.lower() not in _PLACE_FIRST:
        # (never after a place's noun as its first word: "Toko Roti Bu Siti" is a bakery); a middle surname in a
        # country's top `_LAST_STRONG` counts as a strong surname does
        score += 2 if middle <= _LAST_STRONG else 1
    if before and before[-1] in _ARTICLES:  # rule 2
        score -= 3
    if score < _THRESHOLD:
        # the neighbours, only where the ranks alone do not decide
        if _contact_before(before):
            score += 2
        elif _phrase_in(before, _BEFORE_WEAK_WORDS, strip=False):
            score += 1
        if _contact_after(text, names[j][1]):
            score += 2
    # the written rules last, asked only of a window that would be taken (the same answer: a window under the
    # threshold is never taken, ruled out or not)
    if score >= _THRESHOLD and _ruled_out(text, names, i, j, before):
        return None
    return score


#: The particles of `_PARTICLES` that only a name holds between a first name and a surname (not the conjunctions "y",
#: "e", "i", nor the articles "la", "le" that a title or a nickname takes: "Maria la Bella").
_NAME_PARTICLES = _PARTICLES - {"y", "e", "i", "la", "le", "a/l", "a/p", "s/o", "d/o"}


def _particled(text: str, end: int, start: int) -> bool:
    """Between two words of a run, one to three lowercase name particles and nothing else ("de", "van der", "de la")."""
    between = text[end:start].split()
    return 0 < len(between) <= 3 and between[0] in _NAME_PARTICLES and all(w in _PARTICLES for w in between)


#: Rule 7's neighbours, as data per language (pipeline/privacy/cues/name_neighbour.toml): verbs of contact and of
#: speech before a name ("pratade med", "ho parlato con") and after it ("nos dijo", "μου είπε", "rekel").
#: The verbs of a hand-over (cues/name_handover.toml: "received by", "signed for", "l-a ridicat", "pieņēma") are
#: neighbours of the same weight: a delivery or a service names the person who took the parcel or served.
_NEIGHBOUR_TABLES = ("name_neighbour", "name_handover")


def _neighbour_phrases(audience: Audience, which: str) -> tuple[str, ...]:
    """The neighbour phrases of both tables for the audience, before or after a name."""
    return tuple(p for kind in _NEIGHBOUR_TABLES for p in cues.table(kind).phrases(audience, which))


_NEIGHBOURS_BEFORE = PerAudience(lambda audience: frozenset(_neighbour_phrases(audience, "before")))
_NEIGHBOURS_AFTER = PerAudience(lambda audience: frozenset(_neighbour_phrases(audience, "after")))
# with the role words and the verbs of contact above: one set each side, so the words around a run are joined once
_CONTACT_BEFORE = PerAudience(lambda audience: _BEFORE_WORDS | _NEIGHBOURS_BEFORE.of(audience))
_CONTACT_AFTER = PerAudience(lambda audience: _AFTER_WORDS | _NEIGHBOURS_AFTER.of(audience))
#: Rule 4's works (cues/name_work.toml): the words before a work's maker or subject ("a novel by", "les films de",
#: "книги") and after one ("' films" after a possessive, Hungarian "regényei").
_WORK_BEFORE = PerAudience(lambda audience: frozenset(cues.table("name_work").phrases(audience, "before")))
_WORK_AFTER = PerAudience(lambda audience: frozenset(cues.table("name_work").phrases(audience, "after")))
_APOSTROPHES = ("'", "’")
#: The word each phrase ends in (before) or opens with (after): one set lookup rules out nearly every run at once.
_WORK_BEFORE_LAST = PerAudience(lambda audience: frozenset(p.rsplit(" ", 1)[-1] for p in _WORK_BEFORE.of(audience)))
_WORK_AFTER_FIRST = PerAudience(lambda audience: frozenset(p.split(" ", 1)[0] for p in _WORK_AFTER.of(audience)))
#: Any word of a work's phrase in a text (one a phrase before a name ends in, one a phrase after it opens with, or an
#: apostrophe), found by one search of its lowercase copy: rule 4 is asked only of such a text (`_works_in`)
_WORK_WORDS = PerAudience(lambda audience: re.compile(
    "['’]|(?<![^\\W_])" + literal_alternation(_WORK_BEFORE_LAST.of(audience) | (_WORK_AFTER_FIRST.of(audience) - {"'"}))
    + "(?![^\\W_])"))


@for_the_last_text
def _works_in(text: str) -> bool:
    """Whether rule 4 can apply anywhere in the text (every path asks it)."""
    return _WORK_WORDS.get().search(facts(text).lower or text.lower()) is not None  # (the ASCII copy is made once)


def _place_or_work(text: str, start: int, end: int) -> bool:
    """A Cyrillic full name at [start, end) that names a place ("театр имени Антона Чехова"), a title in its quotes or
    a work's maker ("книги Льва Толстого")."""
    before = _words_before(text, start)
    first = text[start:end].split(None, 1)[0]
    return bool(before and before[-1] in _PLACE_BEFORE) or _title_quoted(text, start, end) or _head(first) \
        or (_works_in(text) and (_of_a_work(text, end, before) or _titled(text, (start, start + len(first), first))))


def _cue_names_a_person(text: str, cue: re.Match[str], span: Span) -> bool:
    """A cue's span is no work's title or maker (rule 4), no place and no title in its quotes."""
    return not (_works_in(text) and _after_a_work_verb(text, cue.start(), span[1], span[0])) \
        and not _in_a_place(text, cue, span) and not _quoted_title(text, cue.start(), span[1], span[0])


def _after_a_work_verb(text: str, start: int, end: int, name_start: int) -> bool:
    """An honorific cue right after a verb of reading or watching opens a title, not a name: "Czytam Pan Tadeusz",
    "leyendo Don Quijote"; not before a possessive ("reading Mr Brown's letter" reads a person's letter). A cue that
    ends a work's phrase itself ("Exposition sur Simone Veil": Maltese "Sur" is French "on") names its subject."""
    if text[end:end + 1] in _APOSTROPHES or text[end - 2:end - 1] in _APOSTROPHES:
        return False
    return any(_last_word(text, at) in _WORK_BEFORE_LAST.get() and _work_phrase_ends(_words_before(text, at))
               for at in (start, name_start))


def _work_phrase_ends(before: list[str]) -> bool:
    """The words before a run end in a phrase of `_WORK_BEFORE` ("a novel by", "czytam"), a URL path's segment read
    from its last slash."""
    return bool(before) and before[-1].rsplit("/", 1)[-1] in _WORK_BEFORE_LAST.get() \
        and _phrase_in(_unslashed(before), _WORK_BEFORE.get(), strip=False)


def _last_word(text: str, at: int) -> str:
    """The word just before `at`, lowercase, from a URL path's last slash on: one search back over at most 40
    characters, where `_words_before` would split them all (the cue paths ask it of every cue)."""
    reach = max(0, at - 40)
    space = text.rfind(" ", reach, max(reach, at - 1))
    word = text[space + 1 if space >= 0 else reach:at].strip().rsplit("\n", 1)[-1]
    return word.lower().rsplit("/", 1)[-1]


#: Weak cues that are a salutation only where they open a line: Dutch "Beste Jan," (Dear); mid-sentence they are
#: German's and Dutch's "best" ("das beste Schnitzel der Stadt").
_LINE_OPENING_CUES = frozenset(("beste",))
#: A quoted title: the quoted words' capitals, as a title writes them ("The Last Days of Edwin Marsh").
_QUOTE_OPENERS = "\"“„«‹"
_QUOTE_CLOSERS = "\"”“»›"
_QUOTED_REACH = 80
_QUOTE_OPENER = re.compile(f"[{re.escape(_QUOTE_OPENERS)}]")


def _quoted_title(text: str, start: int, end: int, name_start: int | None = None) -> bool:
    """The span (or the cue at `start` and its name) lies inside quotes that hold a title written in title case and more
    than the name: "«Don Quijote de la Mancha»", "„Pan Tadeusz”", "read \"The Last Days of Edwin Marsh\"" (a work,
    not a visitor; a quoted name alone after a cue stays a name: "my name is \"Anna Berg\"")."""
    if _QUOTE_OPENER.search(text, max(0, start - _QUOTED_REACH), start) is None:
        return False  # (nearly every run: one scan in C before the slices below)
    line_start = text.rfind("\n", max(0, start - _QUOTED_REACH), start) + 1
    before = text[max(line_start, start - _QUOTED_REACH):start]
    opened = max(before.rfind(q) for q in _QUOTE_OPENERS)
    if opened < 0 or any(q in before[opened + 1:] for q in _QUOTE_CLOSERS if q not in _QUOTE_OPENERS):
        return False
    after = text[end:end + _QUOTED_REACH].split("\n", 1)[0]
    closed = min((i for i in (after.find(q) for q in _QUOTE_CLOSERS) if i >= 0), default=-1)
    if closed < 0:
        return False
    quoted = before[opened + 1:] + text[start:end] + after[:closed]
    words = [w.strip(".,:;!?") for w in quoted.split()]
    # a title's words of four letters or more are capitalized, and it holds more than the name; the typographic
    # quotes („…”, «…») frame titles, so two words there (an honorific and a name: „Pan Tadeusz”)
    if len(words) == 2 and not (after[closed + 1:closed + 2] == " " and after[closed + 2:closed + 3].islower()):
        return False  # an honorific and a name in quotes are a title in a sentence that goes on ("„Pan Tadeusz” na
        # lekcję"), not in a salutation ("Sehr geehrter „Herr Müller“,")
    # in plain quotes, a title also holds a short word in lower case ("of", "and the", "de la"): a quoted value of
    # capitalized words only is a record's field ('"contact": "Anna Maria Berg, Berlin"'), a person's
    typographic = before[opened] in "„«‹"
    return len(words) >= (2 if typographic else 3) \
        and all(w[:1].isupper() for w in words if len(w) >= 4 and w.isalpha()) \
        and (typographic or any(w.islower() and len(w) <= 3 for w in words)) \
        and quoted.strip() != text[start if name_start is None else name_start:end].strip()


def _unslashed(words: list[str]) -> list[str]:
    """The words before a run as a sentence has them: a URL path's segment is read from its last slash on
    ("/docs/czytam" is "czytam")."""
    if not any("/" in w for w in words):
        return words
    return [w.rsplit("/", 1)[-1] if "/" in w else w for w in words]


def _in_a_place(text: str, cue: re.Match[str], span: Span) -> bool:
    """A cue's span that names a place: its first word a place's noun ("من مطار الملك خالد": from King Khalid
    airport), or the cue itself the end of one ("sân bay Tân Sơn Nhất": Vietnamese "sân bay" is an airport, not
    Turkish "Bay")."""
    first = text[span[0]:min(span[1], span[0] + 40)].split(None, 1)
    if first and first[0].lower() in _PLACE_BEFORE and not _ranked_name(first[0]):
        return True  # ("spoke with Park Min-jun": a Korean surname first, not a park)
    cue_word = cue.group().strip().lower()
    return cue_word in _PLACE_PHRASE_ENDS and f"{_last_word(text, cue.start())} {cue_word}" in _PLACE_BEFORE


def _titled(text: str, first: tuple[int, int, str]) -> bool:
    """A run opened by a verb of reading or watching capitalized at a sentence's start ("Čitam Povratak Filipa
    Latinovicza") or right after one ("Czytam Pan Tadeusz", "watching Harry Potter and …"): the run is a work."""
    if first[2].lower() in _WORK_BEFORE.get():
        return True
    # the word just before, found by one search back (most runs have none of the verbs before them)
    return _last_word(text, first[0]) in _WORK_BEFORE_LAST.get() and _work_phrase_ends(_words_before(text, first[0]))


#: English verbs of watching, which also take a person and a bare verb ("We watched Lukas Brandt play"): there the
#: run is the person watched, no title.
_WATCH_VERBS = frozenset(("watch", "watched", "watching", "rewatch", "rewatched", "rewatching"))
#: What follows a title after a verb of watching (closed-class words, time adverbs, the work's own nouns: "watched
#: Harry Potter again", "… with the kids", "… and the Goblet of Fire"); any other lowercase word is the bare verb of
#: a person watched ("… present at the pavilion"). Written for logwarden (Merriam-Webster's function words).
_AFTER_A_TITLE = frozenset((
    "a", "about", "after", "again", "all", "already", "an", "and", "are", "as", "at", "before", "but", "by", "during",
    "earlier", "every", "finally", "for", "from", "in", "instead", "is", "it", "just", "last", "lately", "later",
    "movie", "movies", "film", "films", "series", "show", "season", "episode", "marathon", "trilogy", "of", "on",
    "once", "online", "or", "over", "part", "recently", "since", "so", "still", "that", "the", "then", "this",
    "tonight", "today", "tomorrow", "together", "too", "twice", "until", "was", "were", "when", "which", "while",
    "with", "without", "yesterday", "yet",
))


def _watched_doing(verb: str, text: str, end: int) -> bool:
    """After an English verb of watching (`verb`, the word before the run), the run followed by a lowercase word that
    no title is followed by: the person watched doing it ("We watched Tobias Okonkwo-Reed present at the park")."""
    if verb not in _WATCH_VERBS:
        return False
    after = _words_after(text, end)
    return bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in _AFTER_A_TITLE


def _of_a_work(text: str, end: int, before: list[str]) -> bool:
    """Rule 4: the run ending at `end` names a work's maker or subject ("a novel by Sally Rooney", "Will Smith's
    films", "книги Льва Толстого"): a public figure in a review or a question about stock, no visitor's contact."""
    # (before a possessive the name is a person's, whose thing follows: "reading Emily Carter's complaint")
    if text[end:end + 1] not in _APOSTROPHES and _work_phrase_ends(before) \
            and not (before and _watched_doing(before[-1], text, end)):
        return True
    after = _words_after(text, end)
    if after and after[0][:1] in _APOSTROPHES:  # any possessive or suffix after an apostrophe stands as "'"
        after = ["'", *after[1:]]
    return bool(after) and after[0].rstrip(".,;!?") in _WORK_AFTER_FIRST.get() \
        and _phrase_starts(after, _WORK_AFTER.get())


def _contact_before(before: list[str]) -> bool:
    """A role word, a verb of contact or a greeting ends the words before: "assigned to", "jag pratade med"; the
    first of them may follow a URL path's slash ("/docs/hovoril som s")."""
    if before and "/" in before[0]:
        before = [before[0].rsplit("/", 1)[1], *before[1:]]
    return _phrase_in(before, _CONTACT_BEFORE.get(), strip=True)


def _contact_after(text: str, end: int) -> bool:
    """A verb of contact or of speech opens the words after `end`: "called", "nos dijo", "μου είπε"."""
    after = _words_after(text, end)
    return _phrase_starts(after, _CONTACT_AFTER.get())


def _by_neighbour(text: str, names: list[tuple[int, int, str]]) -> Span | None:
    """Rule 7: a whole run of two or three name-shaped words next to a verb of contact or of speech ("Jeg snakket med
    …", "… nos dijo", "… μου είπε") is a name when one of its words is a first name or a surname the lexicon ranks,
    also in a case form ("Péterrel", "Коваленком"), at a sentence's start as well; each of its ordinary words must be
    such a name ("Nagy"), and the rules above still rule it out."""
    if len(names) == 3 and _opens_sentence(text, names[0]) and not _head(names[0][2]):
        names = names[1:]
    if not 2 <= len(names) <= 3:
        return None
    before = _words_before(text, names[0][0])
    if not (_contact_before(before) or _contact_after(text, names[-1][1])):
        return None
    lex = lexicon.load()
    ranks = [_any_rank(w[2]) for w in names]
    # an ordinary word of the audience's languages ("Nagy", "Bruun"; "Export", "Photo") only as a strong name, or, in
    # a word with a letter outside ASCII (a case form: "Олені", "Bērziņu"), as a ranked one beside a strong name
    strong = [_strong(w[2]) for w in names]
    # the middle one of three words between two strong names may be any word: every syllable of a Vietnamese name is
    # a word of the language ("Trần Quốc Bảo": surname, middle name, given name)
    framed = [len(names) == 3 and k == 1 and strong[0] and strong[2] for k in range(len(names))]
    if not any(ranks) or (before and before[-1] in _ARTICLES) or _head(names[0][2]) \
            or any(not (is_strong or is_framed or (rank and not w[2].isascii() and any(strong)))
                   if lex.common(w[2]) else not rank and not _surname_shaped(w[2])
                   for w, rank, is_strong, is_framed in zip(names, ranks, strong, framed, strict=True)) \
            or _CALENDAR.get().intersection(w[2].lower() for w in names) \
            or _ruled_out(text, names, 0, len(names) - 1, before) \
            or (_works_in(text) and _of_a_work(text, names[-1][1], before)) \
            or _quoted_title(text, names[0][0], names[-1][1]):
        return None
    return names[0][0], names[-1][1]


def _strong(word: str) -> bool:
    """A first name in a top `_FIRST_STRONG` or a surname in a top `_LAST_STRONG`; in a case form only in a word with a
    letter outside ASCII (an English word's "case forms" are other words: "File" is no case form of "Fila")."""
    lex = lexicon.load()
    first, last = (_first_rank(word), _last_rank(word)) if not word.isascii() \
        else (lex.first_rank(word), lex.last_rank(word))
    return (first is not None and first <= _FIRST_STRONG) or (last is not None and last <= _LAST_STRONG)


@lru_cache(maxsize=65536)
def _any_rank(word: str) -> int:
    """The best rank the lexicon gives the word as a first name or a surname, as it stands or in a case form of three
    letters or more ("Jánom" is Ján's), 0 when none: next to a verb of contact, a weaker sign suffices."""
    if _common(word) or len(word) < 3:
        return 0
    lex = lexicon.load()
    ranks = [r for n in (word, *_nominatives(word, 3)) for r in (lex.first_rank(n), lex.last_rank(n)) if r]
    return min(ranks, default=0)


def _ruled_out(text: str, names: list[tuple[int, int, str]], i: int, j: int, before: list[str]) -> bool:
    """Rules 1, 3 and 5, and a place's word written before: the window names[i..j] names no person."""
    last = names[j][2]
    window = [w[2] for w in names[i:j + 1]]
    first = window[0].lower()
    if any(_common(w) for w in window) or first in _PLACE_FIRST \
            or (first in _PLACE_FIRST_TABLE and not _ranked_name(window[0])):
        return True
    # a title in its quotes, the whole run and nothing else between them: «Анна Каренина», „Effi Briest“, “Jane Eyre”
    # (a book, a film, a ship; a person named after a cue is the cue's, not this rule's)
    if _title_quoted(text, names[i][0], names[j][1]) and (i == 0 or names[i - 1][1] < names[i][0] - 1) \
            and j == len(names) - 1:
        return True
    # a monarch or a pope, numbered after a first name ("Dom Pedro II", "Louis XIV"); a private person's "John Smith
    # III" numbers a surname
    if text[names[j][1] + 1:names[j][1] + 2] in ("I", "V", "X") and _REGNAL.match(text, names[j][1]) is not None \
            and _rather_first(last):
        return True
    # a firm named after its founders, joined by an ampersand: "Bang & Olufsen", "Marks & Spencer"
    # (one capitalized word after it, no second: "& Olufsen højttaler", "& Sons"; "& Rita Wilson" is a second person)
    if text[names[j][1]:names[j][1] + 3] == " & " and _FIRM_PARTNER.match(text, names[j][1] + 3) is not None:
        return True
    # a family firm: the founders' names and "and Sons" ("Valente Jesus e Filhos", "Müller & Söhne", holdout11)
    if _AND_SONS.match(text, names[j][1]) is not None:
        return True
    # Greek names a stadium, an airport or a theatre by its eponym alone, in the nominative after the neuter article
    # ("στο Γεώργιος Καραϊσκάκης": το γήπεδο); a man is "στον Γεώργιο", a woman "στη Μαρία" (Τριανταφυλλίδης)
    if before and before[-1] in _GREEK_NEUTER and window[0].endswith(("ος", "ης", "ας")):
        return True
    # a saint's day, church or festival: a saint's title before a first name ("Santo António", "San Giuseppe")
    if window[0] in _SAINTS and len(window) == 2 and _rather_first(last):
        return True
    # rule 1: a head noun after the window (in the run or just after it) or just before it in the run ("Rue Victor
    # Hugo", "Avenida Paulista") names a place, an event, a thing; after a possessive ("Will Smith's films") the
    # next word is the person's work, and the person is still named (rule 4)
    after_words = [w[2] for w in names[j + 1:]]
    tail = _FOLLOWING_WORD.match(text, names[j][1])  # after "Smith" of "Smith's": the possessive is group 1
    if tail is not None and not tail.group(1):
        after_words.append(tail.group(2))
        if tail.group(2).startswith(_PLACE_AFTER):
            return True
    if any(_head(w) for w in after_words[:2]) or any(_head(w) for w in window[1:]) \
            or (i > 0 and (any(_head(w[2]) for w in names[:i]) or names[i - 1][2] in _SAINTS)):
        return True
    # (Turkish "İ" lowered is "i" and a combining dot: "İstanbul" is "istanbul" in the list)
    place = (last.replace("İ", "I") if "İ" in last else last).lower()
    if place in REGION_WORDS or (place in _places() and not _surname_city(window[0], last)):
        return True  # rule 5: "Austin Texas", "Dinamo Zagreb"
    # rule 1 for a place word written before, lower case or abbreviated: "TP. Hồ Chí Minh"
    # a place's name in quotes after its noun: "театър „Иван Вазов“", "le lycée « Marie Curie »"
    if "/" in text[max(0, names[i][0] - 40):names[i][0]]:  # (the words before hold a URL path's segment)
        before = _unslashed(before)
    while before and not before[-1].strip(_QUOTES):
        before = before[:-1]
    for n in (1, 2):  # past a title: "Lăng Chủ tịch Hồ Chí Minh"
        if len(before) > n and " ".join(before[-n:]) in _PLACE_TITLES:
            before = before[:-n]
            break
    if text[names[j][1]:names[j][1] + 1] in ("–", "—") and text[names[j][1] + 1:names[j][1] + 2].isupper():
        return True  # glued by a dash to another name: "Leonardo da Vinci–Fiumicino" (an airport), "Paris–Berlin"
    if not before:
        return False
    if before[-1] in _PLACE_BEFORE_IF_INTRODUCED:
        return (len(before) > 1 and before[-2] in _PLACE_BEFORE_IF_INTRODUCED[before[-1]]) \
            or _HOUSE_NUMBER_AFTER.match(text, names[j][1]) is not None
    # Italian and French elide the article into the noun: "all'aeroporto Leonardo da Vinci", "à l'aéroport …"
    elided = before[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    return (before[-1].rstrip(".") in _PLACE_BEFORE or before[-1] in _PLACE_BEFORE or elided in _PLACE_BEFORE
            or " ".join(before[-2:]) in _PLACE_BEFORE)


#: Place nouns of `_PLACE_BEFORE` that are also everyday English before a person's name ("forwarded via John Smith",
#: "please place John Smith on the list", "drove to the airport Maria Lopez was waiting": English writes the noun
#: after the name, "John Lennon Airport"). Before a run each names a place only after a word of its own language that
#: introduces it ("in via Garibaldi", "sur la place Charles de Gaulle"; Treccani, Le Robert) or with a house number
#: after the run ("via Giuseppe Verdi 12"). A privacy pipeline errs toward the name.
_PLACE_BEFORE_IF_INTRODUCED: dict[str, frozenset[str]] = {
    "via": frozenset(("in", "la", "alla", "della", "sulla", "nella", "dalla", "di", "a", "su", "per", "e", "una")),
    "place": frozenset(("la", "une", "grande", "petite")),
    "airport": frozenset(),
    # the abbreviations of ulica, aleja, plac, osiedle, avenida and rua written without their dot are everyday words
    # elsewhere: Swedish and Norwegian "av" (by, from: "ett mejl av Lars Eriksson"), Spanish and Italian "al",
    # Portuguese "os" (the: "falei com os Santos Pereira"), Arabic "al": a house number after the run, or no place
    "ul": frozenset(), "al": frozenset(), "pl": frozenset(), "os": frozenset(), "av": frozenset(), "r": frozenset(),
}
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]*,?[ \t]*\d")


def _rather_first(word: str) -> bool:
    """The lexicon ranks the word as a first name, better than as a surname if at all: what a monarch's number or a
    saint's title follows ("Pedro II", "Santo António"), where a surname ("Smith III", "Santo Rossi") is a person's."""
    first, last = _first_rank(word), _last_rank(word)
    return first is not None and (last is None or first < last)


#: Street and square nouns that Dutch, German and the Nordic languages glue to the name before them (Van Dale, Duden,
#: Svenska Akademiens ordbok, Den Danske Ordbog); eight letters at least, so a surname is not cut into one.
_GLUED_HEADS = ("straat", "straße", "strasse", "gracht", "plein", "kade", "steeg", "gasse", "platz", "allee", "laan",
                "singel", "weg",
                "gatan", "vägen", "torget", "gade", "vejen", "torv", "veien", "plads")  # not "-vej": Slovak "-ovej"
_QUOTES = "\"'„“”«»‚‘’‹›"
_TITLE_OPEN = frozenset("«„“»‹")
_TITLE_CLOSE = frozenset("»“”«›")


def _title_quoted(text: str, start: int, end: int) -> bool:
    """The run [start, end) fills a pair of title quotes and nothing else between them: «Анна Каренина»."""
    return text[start - 1:start] in _TITLE_OPEN and text[end:end + 1] in _TITLE_CLOSE


def _surname_city(first: str, last: str) -> bool:
    """A city's name that is also a very frequent surname ("Davis", "Mendoza", "Lima", "Palmer": a city of the time
    zone database, no territory), after a frequent first name that names no place itself, is the person's surname:
    "Tom Davis", "Itzel Mendoza"; "Flora Tallinn" and "Austin Texas" stay places (no surname; a region)."""
    if last.lower() in _TERRITORIES.get() or first.lower() in _places():
        return False
    last_rank, first_rank = lexicon.load().last_rank(last), _first_rank(first)
    return last_rank is not None and last_rank <= _CITY_SURNAME and first_rank is not None \
        and first_rank <= _FIRST_STRONG


#: A city's name reads as a surname only among a country's `_CITY_SURNAME` most frequent surnames (Mendoza 8, Lima 4,
#: Davis 24, Palmer 93): "Tallinn" ranks 147 somewhere, and "Flora Tallinn" is a football club.
_CITY_SURNAME = 100


def _opens_sentence(text: str, word: tuple[int, int, str]) -> bool:
    """The word opens a sentence or a line and is an ordinary word of the audience's languages: a verb or an adverb
    capitalized there ("Contactez Sidonie Lavergne", "Menurut Rina Kusuma"), no part of the name after it."""
    return not _mid_sentence(text, word[0]) and lexicon.load().common(word[2]) and _first_rank(word[2]) is None


def _surname_shaped(word: str) -> bool:
    """Capitalized letters of a name (three or more; "Kranz-Meyer", "O'Neill", "Nkemelu"), no common word."""
    word = word.rsplit(" ", 1)[-1]  # "De Backer" by its "Backer"
    core = word.replace("-", "").replace("'", "").replace("’", "")
    return len(core) >= 3 and core.isalpha() and word[:1].isupper() and not word.isupper() and not _common(word)


#: A record's field separators: a pair alone between two of them (or the text's edges) fills the field.
_FIELD_EDGES = frozenset(";|\t")
_LOWER_NEXT = re.compile(r" [^\W\d_A-Z]")


def _goes_on_or_fills(text: str, start: int, end: int) -> bool:
    """After the pair at [start, end) the sentence goes on with a lowercase word on the same line, or the pair is
    alone in a record's field."""
    if _LOWER_NEXT.match(text, end) is not None and text[end + 1].islower():
        return True
    return (start == 0 or text[start - 1] in _FIELD_EDGES) and (end == len(text) or text[end] in _FIELD_EDGES) \
        and (start > 0 or end < len(text))


def _mid_sentence(text: str, start: int) -> bool:
    """A word or a comma comes before `start` on its line: its capital is not a sentence's or a line's first."""
    before = text[max(0, start - 24):start].rstrip(" \t")
    return bool(before) and before[-1] not in "\n.!?:;\"'“”«»()[]/|-–—" and (before[-1].isalnum() or before[-1] in ",")


def _words_before(text: str, start: int) -> list[str]:
    """The (up to four) lowercase words just before `start`, on its line."""
    return text[max(0, start - 40):start].rsplit("\n", 1)[-1].lower().split()[-4:]


def _words_after(text: str, end: int) -> list[str]:
    """The (up to four) lowercase words just after `end`, on its line, without a leading comma."""
    return text[end:end + 40].split("\n", 1)[0].lower().lstrip(" \t,").split()[:4]


def _phrase_in(words: list[str], phrases: frozenset[str], strip: bool) -> bool:
    """The last one to four words are one of the phrases (with "customer:" as "customer" when `strip`)."""
    if strip and words:
        words = [*words[:-1], words[-1].rstrip(":,#-")]
        if not words[-1]:
            words = words[:-1]
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(4, len(words)) + 1))


def _phrase_starts(words: list[str], phrases: frozenset[str]) -> bool:
    """The first one to four words are one of the phrases (a trailing punctuation ignored)."""
    return any(" ".join(words[:n]).rstrip(".,;!?") in phrases for n in range(1, min(4, len(words)) + 1))


_FOLLOWING_WORD = re.compile(r"(['’]s)?[ \t]+([^\W\d_][\w.&]{0,30})")
#: "and Sons" after founders' names, in the audience's languages: a family firm, not a person.
_AND_SONS = re.compile(r"[ \t]+(?:&|and|und|e|y|et|i|en|og|och|ja|és|ve)[ \t]+"
                       r"(?:Sons|Brothers|Söhne|Sohn|Filhos|Irmãos|Hijos|Hermanos|Fils|Frères|Figli|Fratelli|Zonen|"
                       r"Synowie|Sønner|Söner|Pojat|Fiii|Oğulları)(?![^\W\d_])")


@lru_cache(maxsize=65536)
def _common(word: str) -> bool:
    return word.lower() in COMMON_WORDS or word.rstrip(".") in _TITLES


@lru_cache(maxsize=65536)
def _head(word: str) -> bool:
    """A head noun, also with a case ending of up to four letters when it has five letters or more: the languages
    that decline or suffix a place's noun write "w Hotelu", "a Gellért Szállóban", "Hotelissa"."""
    folded = word.rstrip(".").lower()
    if folded in HEAD_FOLDED:
        return True
    if word[:1].isupper() and folded.endswith(_GLUED_HEADS) and len(folded) >= 8:
        return True  # a street's name glued to its noun: "Hooftstraat", "Kungsgatan", "Vesterbrogade"
    if "-" in word and word.rsplit("-", 1)[1][:1].islower() and word.rsplit("-", 1)[1] in HEAD_FOLDED:
        return True  # a lowercase noun hyphened to the name: "Blixen-prisen", "Sibelius-lukio" ("Smith-Hall" is a name)
    # only a capitalized word: "called" after a name is no "Calle" with an ending
    return word[:1].isupper() and folded.isalpha() \
        and any(folded[:-n] in HEAD_FOLDED for n in range(1, 5) if len(folded) - n >= 5)


@lru_cache(maxsize=65536)
def _first_rank(word: str) -> int | None:
    if word.lower() in COMMON_WORDS:
        return None
    lex = lexicon.load()
    rank = lex.first_rank(word)
    if rank is None and "-" in word:  # Jean-Luc by its Jean
        rank = lex.first_rank(word.split("-", 1)[0])
    # a first name in a case form ("u Stanisławy", "Mirosławowi", "Gyulának", "Χαράλαμπο"), unless the word is a
    # head noun as it stands ("Bandara" is an airport, not Bandar's)
    if rank is None and not _head(word):
        rank = _declined_rank(word, lex.first_rank, _FIRST_STRONG)
    return rank


#: Case endings of first names in the audience's declining languages, each with the nominative endings it may stand
#: for (grammar facts: Polish, Czech, Slovak, Slovene, Croatian genitive, dative, accusative, instrumental and
#: locative; Latvian and Lithuanian genitive, dative and accusative; Hungarian and Finnish/Estonian case suffixes;
#: Greek accusative and genitive). A case form counts as its nominative only when the lexicon knows that.
_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("owi", ("",)), ("ovi", ("",)), ("emu", ("",)), ("iem", ("",)), ("em", ("",)), ("om", ("",)), ("ем", ("",)),
    ("ou", ("a",)), ("ej", ("a", "á")), ("ie", ("a",)), ("ę", ("a",)), ("ą", ("a", "as")), ("ai", ("a",)),
    ("ei", ("ė", "e")), ("ui", ("us", "as")), ("y", ("a",)), ("i", ("a", "is", "e")), ("e", ("a", "")),
    ("é", ("á",)), ("a", ("", "as", "is", "us", "o")), ("u", ("", "us", "as")), ("o", ("as", "os")),
    ("nak", ("",)), ("nek", ("",)), ("nál", ("",)), ("nél", ("",)), ("val", ("",)), ("vel", ("",)),
    ("hoz", ("",)), ("hez", ("",)), ("ról", ("",)), ("ről", ("",)), ("tól", ("",)), ("től", ("",)),
    ("lle", ("",)), ("lla", ("",)), ("lta", ("",)), ("le", ("",)), ("lt", ("",)), ("ga", ("",)), ("ssa", ("",)),
    ("sta", ("",)), ("n", ("",)), ("ο", ("ος",)), ("α", ("ας",)), ("η", ("ης",)), ("ου", ("ος", "ας", "ης")),
    # the dative and locative that soften the stem's last consonant (Polish, Czech, Slovak): "Agnieszce" is
    # Agnieszka's, "Małgorzacie" Małgorzata's, "Barbarze" Barbara's; Latvian's softened genitive: "Jāņa" is Jānis'
    ("ce", ("ka",)), ("dze", ("ga",)), ("rze", ("ra",)), ("ře", ("ra",)), ("cie", ("ta",)), ("dzie", ("da",)),
    ("nie", ("na",)), ("le", ("ła", "la")), ("ze", ("ha", "ga")), ("sze", ("cha",)),
    ("ņa", ("nis",)), ("ļa", ("lis",)), ("ša", ("sis",)),
    # Latvian's accusative and dative of -ņš and -s ("Bērziņu" of Bērziņš), Ukrainian's dative, genitive and
    # instrumental (Ukrainian grammar, Вихованець & Городенська: "Олені" of Олена, "Андрієм" of Андрій,
    # "Коваленком" of Коваленко, "Ігоря" of Ігор)
    ("ņu", ("ņš", "nis")), ("ņam", ("ņš", "nis")), ("am", ("s", "š", "is")), ("u", ("s", "š", "is")),
    ("і", ("а", "я")), ("ї", ("я",)), ("ою", ("а",)), ("ею", ("я",)), ("ові", ("", "о")), ("еві", ("ь",)),
    ("єві", ("й",)), ("єм", ("й",)), ("ом", ("", "о")), ("у", ("", "о")), ("ю", ("ь", "й")), ("а", ("", "о")),
    ("я", ("ь", "й")),
)
#: Hungarian lengthens a final a or e before a suffix: "Gyulá|nak" is Gyula's.
_LENGTHENED = str.maketrans({"á": "a", "é": "e"})


@lru_cache(maxsize=65536)
def _nominatives(word: str, shortest: int = 4) -> tuple[str, ...]:
    """The nominatives a capitalized word in a case form may stand for (unchecked; at most a few dozen strings), of
    `shortest` letters or more."""
    if len(word) < 4 or not word.isalpha():
        return ()
    found: list[str] = []
    for ending, nominatives in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            found.extend(stem + nominative for nominative in nominatives)
            if stem[-1] in "áé":
                found.append(stem[:-1] + stem[-1].translate(_LENGTHENED))
    # Hungarian's -val/-vel after a consonant doubles it: "Péterrel" is Péter's, "Gáborral" Gábor's
    if word[-2:] in ("al", "el") and len(word) >= 6 and word[-3] == word[-4] and word[-3] not in "aeiouáéíóöőúüű":
        found.append(word[:-3])
    # a nominative of three letters is too easily some word's stem ("Mein" is no case form of "Mei")
    return tuple(n for n in found if len(n) >= shortest)


@lru_cache(maxsize=65536)
def _last_rank(word: str) -> int | None:
    if word.lower() in COMMON_WORDS:
        return None
    lex = lexicon.load()
    if " " in word:  # a surname with its capital particle ("De Backer"): held joined, else by its last word
        joined = lex.last_rank(word.replace(" ", ""))
        return joined if joined is not None else _last_rank(word.rsplit(" ", 1)[1])
    rank = lex.last_rank(word)
    if rank is None and "-" in word:  # Smith-Jones by its Jones
        rank = lex.last_rank(word.rsplit("-", 1)[1])
    if rank is None and not _head(word):  # a surname in a case form, as a first name is
        rank = _declined_rank(word, lex.last_rank, _LAST_STRONG)
    return rank


def _declined_rank(word: str, rank_of: Callable[[str], int | None], strong: int) -> int | None:
    """The best rank of the nominatives a case form may stand for; for a word that is an ordinary word as it stands
    ("Mein", "Name"), only a strong one: a frequent name's case forms are frequent words too ("Tomasza")."""
    ranks = [r for r in map(rank_of, _nominatives(word)) if r is not None]
    if not ranks:
        return None
    best = min(ranks)
    return best if best <= strong or not lexicon.load().common(word) else None


# --- names without a cue in scripts without case (rule 7 there) ---------------------------------------------------

def _caseless_neighbours(which: str) -> PerAudience[re.Pattern[str]]:
    """The neighbour phrases of name_neighbour.toml written in a script without case, as one pattern that must end a
    word ("עם" is no start of "עמוד")."""
    def build(audience: Audience) -> re.Pattern[str]:
        phrases = tuple(sorted({p for p in _neighbour_phrases(audience, which) if _IS_CASELESS.match(p)}))
        return re.compile(f"(?:{cues.phrase_pattern(phrases)})(?![^\\W_])")
    return PerAudience(build)


_CASELESS_BEFORE = _caseless_neighbours("before")
_CASELESS_AFTER = _caseless_neighbours("after")
_CASELESS_WORDS = re.compile(r"\S+")
_CASELESS_PUNCT = ".,;:!?،؛؟।"
#: Words inside a name in these scripts ("נעמי בן דוד", "عبير ال الغرير"): Hebrew and Arabic "son of", "daughter of",
#: the article of a family name written apart (grammar facts).
_CASELESS_PARTICLES = frozenset(("בן", "בת", "بن", "بنت", "ابن", "ال", "آل"))


def _caseless_scored(text: str) -> Iterator[Span]:
    """Two words (three with a particle between) of a script without case just after a preposition of contact ("עם",
    "مع") or just before a verb of speech ("ने कहा", "قال"), when the lexicon ranks them in their own script: a first
    name followed by a ranked surname or a word that is no ordinary word, or a ranked surname after a word that is no
    ordinary word ("पटेल" after an unranked first name); two ordinary words only with a strong name among them.
    Each phrase looks at 100 characters: linear."""
    lex = lexicon.load()
    if not lex:
        return
    for cue in _CASELESS_BEFORE.get().finditer(text):
        words = _caseless_words(text, cue.end(), min(len(text), cue.end() + 100), forward=True)
        span = _caseless_window(words[:3] if len(words) >= 3 and words[1][2] in _CASELESS_PARTICLES else words[:2])
        if span is not None:
            yield span
    for cue in _CASELESS_AFTER.get().finditer(text):
        words = _caseless_words(text, max(0, cue.start() - 100), cue.start(), forward=False)
        span = _caseless_window(words[-3:] if len(words) >= 3 and words[-2][2] in _CASELESS_PARTICLES
                                else words[-2:])
        if span is not None:
            yield span


def _caseless_words(text: str, start: int, end: int, forward: bool) -> list[tuple[int, int, str]]:
    """The words of a script without case from `start` on (or up to `end`), to a punctuation mark or another script;
    a word cut by the slice's start is left out."""
    found = [(m.start(), m.end(), m.group()) for m in _CASELESS_WORDS.finditer(text, start, end)]
    if not forward and found and start > 0 and not text[start - 1].isspace():
        found = found[1:]
    words: list[tuple[int, int, str]] = []
    for a, _, word in (found if forward else reversed(found)):
        bare = word.rstrip(_CASELESS_PUNCT) if forward else word
        if not bare or _IS_CASELESS.sub("", bare.replace("\u200c", "")) \
                or (not forward and word != word.rstrip(_CASELESS_PUNCT)):
            break
        words.append((a, a + len(bare), bare))
        if bare != word:
            break
    return words if forward else words[::-1]


def _caseless_window(words: list[tuple[int, int, str]]) -> Span | None:
    if len(words) < 2 or any(w[2] in _CASELESS_STOP or w[2] in _PLACE_BEFORE for w in words):
        return None  # a stop word, or a place's noun: "مطار الملك عبدالعزيز" is an airport
    lex = lexicon.load()
    first, last = words[0][2], words[-1][2]
    first_rank, last_rank = lex.first_rank(first), lex.last_rank(last)
    named = (first_rank is not None and (last_rank is not None or not lex.common(last))) \
        or (last_rank is not None and not lex.common(first))
    # two ordinary words ("الحياة الأبيض", "life white") only when one of them is a strong name
    if named and lex.common(first) and lex.common(last):
        named = (first_rank or _FIRST_STRONG + 1) <= _FIRST_STRONG or (last_rank or _LAST_STRONG + 1) <= _LAST_STRONG
    return (words[0][0], words[-1][1]) if named else None


#: A word of a script without case as `_caseless_pairs` reads it: its letters, the zero-width non-joiner of Persian
#: compounds ("صادقی‌نژاد") and a hyphen inside ("כהן-צדק").
_CASELESS_WORD = re.compile(rf"[{_CASELESS}\u200c]+(?:-[{_CASELESS}\u200c]+)?")
#: Letters that Arabic and Hebrew write joined to the next word (and, with, to, from, that, the, as: grammar facts),
#: so "لـنورة" and "לשירה" are "to Noura", "to Shira". Hebrew stacks two ("ולשירה").
_JOINED_BEFORE = {"ar": frozenset("وبلفك"), "he": frozenset("ובלמשהכ")}
#: Case endings and particles Bengali writes joined to a name: -কে (to), -র / -ের / -এর (of), -ও (also), -ই (only).
_JOINED_AFTER = ("কে", "এর", "ের", "র", "ও", "ই")
#: The second halves of compound Arabic first names, written apart ("ثناء اللہ", "نور الدين", "عبد الرحمن"): the
#: word before them is the name's first half (folded as the lexicon folds: pipeline/privacy/lexicon.py).
_SECOND_HALVES = frozenset(lexicon.fold(w) for w in ("الله", "الدين", "الرحمن", "الرحيم", "الكريم"))


#: Thai writes no space between words, only between phrases: a name's first word may end a phrase ("ฝากไว้กับวิภาวดี
#: ศรีสุข") and its surname begin one. Names are read at the end and the start of a phrase, up to this many letters.
_THAI_NAME_CHARS = 20


def _thai(word: str) -> bool:
    return "\u0e01" <= word[0] <= "\u0e4e"


def _bare_first(word: str) -> Iterator[tuple[int, str]]:
    """The word as a first name could stand in it: whole, less a joined preposition or conjunction (by how many
    letters); in Thai, each ending of the phrase of three letters or more."""
    yield 0, word
    if _thai(word):
        for cut in range(max(1, len(word) - _THAI_NAME_CHARS), len(word) - 2):
            yield cut, word[cut:]
        return
    if len(word) >= 4:
        joined = _JOINED_BEFORE["he"] if "\u05d0" <= word[0] <= "\u05ea" else _JOINED_BEFORE["ar"]
        if word[0] in joined:
            yield 1, word[1:]
            if word[1] in joined and len(word) >= 5 and "\u05d0" <= word[0] <= "\u05ea":
                yield 2, word[2:]


def _bare_last(word: str) -> Iterator[str]:
    """The word as a surname could stand in it: whole, its first part ("כהן-צדק", "صادقی‌نژاد"), less a
    joined case ending; in Thai, each beginning of the phrase of three letters or more."""
    yield word
    if _thai(word):
        for end in range(min(len(word) - 1, _THAI_NAME_CHARS), 2, -1):
            yield word[:end]
        return
    for mark in ("-", "\u200c"):
        if mark in word:
            yield word.split(mark, 1)[0]
    for ending in _JOINED_AFTER:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            yield word[:-len(ending)]


#: In a script without case, a surname that is also among a language's `_ORDINARY_RANK` most frequent words ("آبی",
#: blue; "شدید", heavy; "لله", to God) counts after a first name only among a country's `_ORDINARY_LAST` most
#: frequent surnames ("احمد", "ইসলাম"). Names are frequent words of the web in these languages, so the line is
#: drawn lower than the lexicon's `common` (measured on tests/corpus/caseless.jsonl: "حداد" is the 9,347th word,
#: "جاوید" the 1,054th, "روشن", light, the 598th).
_ORDINARY_RANK = 1000
_ORDINARY_LAST = 10
#: A language's `_FUNCTION_RANK` most frequent words are its pronouns, postpositions and particles ("أنا", "का",
#: "שלי"), which the social network's name statistics hold as names too; such a word counts only when it is among a
#: country's `_FUNCTION_NAME_RANK` most frequent names ("محمد", "علي").
_FUNCTION_RANK = 100
_FUNCTION_NAME_RANK = 3


#: A Devanagari or Bengali word read in its Latin spellings (pipeline/privacy/translit.py) counts as a name only among
#: a country's `_LATIN_SPELLED` most frequent: short Latin spellings are someone's name somewhere ("sime", "jama").
_LATIN_SPELLED = 500


def _function_word(word: str, rank: int) -> bool:
    return rank > _FUNCTION_NAME_RANK and _function_word_rank(word)


def _place_noun(word: str) -> bool:
    """A place's noun, also with a joined preposition ("באוניברסיטת")."""
    return any(bare in _PLACE_BEFORE or bare in _PLACE_NOUNS["after"] for _, bare in _bare_first(word))


def _best(ranked: Iterator[tuple[int, int | None]]) -> tuple[int, int] | None:
    found = [(rank, cut) for cut, rank in ranked if rank is not None]
    return min(found) if found else None


def _caseless_pairs(text: str) -> Iterator[Span]:
    """A first name and a surname side by side in a script without case, with no cue at all ("أمس جاء مازن
    الحربي", "कल सुनीता यादव पार्सल लेने आई", "תגיד לשירה מזרחי"): the first word ranks as a first name and the second
    as a surname in the lexicon (in their own script: pipeline/privacy/lexicon.py), less a joined preposition or
    case ending (`_caseless_pair`). When the next pair holds too and its first name ranks better, the name is that
    one ("اسمي ليلى الزهراني": "my name", then the name). A third word that ranks as a surname and is no ordinary
    word joins the name ("নুসরাত জাহান মিম"); the first half of a compound first name before the pair, too ("ثناء
    اللہ خان"). One pass over the words, each pair judged at most twice: linear."""
    lex = lexicon.load()
    if not lex:
        return
    words = [(m.start(), m.end(), m.group()) for m in _CASELESS_WORD.finditer(text)]
    previous_end = -1
    following = _caseless_pair(text, words, 0) if len(words) > 1 else None
    for i in range(len(words) - 1):
        pair, following = following, (_caseless_pair(text, words, i + 1) if i + 2 < len(words) else None)
        if pair is None or words[i][0] < previous_end:
            continue
        (first_rank, start), (_, end, whole_last) = pair
        if following is not None and following[0][0] < first_rank:
            continue
        a = words[i][0]
        if start == a and i > 0 and lexicon.fold(words[i][2]) in _SECOND_HALVES \
                and text[words[i - 1][1]:a].isspace() and words[i - 1][0] >= previous_end:
            start = words[i - 1][0]  # "ثناء اللہ خان": the compound first name whole
        if whole_last and i + 2 < len(words):
            e, f, w3 = words[i + 2]
            if _spaced(text, words[i + 1][1], e) and w3 not in _CASELESS_STOP \
                    and lex.native_last_rank(w3) is not None and not lex.common(w3):
                end = f
        previous_end = end
        yield start, end


def _spaced(text: str, end: int, start: int) -> bool:
    """Only spaces between two words, no line break."""
    return text[end:start].isspace() and "\n" not in text[end:start]


@cache
def _caseless_names() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's first names and surnames written in a script without case, folded, in memory: most word pairs of
    a text are no name, and a set's answer costs a hash where the lexicon's costs two look-ups."""
    lex = lexicon.load()
    caseless = re.compile(f"[{_CASELESS}\u200c]+").fullmatch
    return (frozenset(k for tag in ("f", "F") for k in lex.names(tag) if caseless(k)),
            frozenset(k for tag in ("l", "L") for k in lex.names(tag) if caseless(k)))


def _caseless_pair(text: str, words: list[tuple[int, int, str]],
                   i: int) -> tuple[tuple[int, int], tuple[int, int, bool]] | None:
    """Whether words i and i + 1 are a first name and a surname: ((the first name's rank, where the name starts),
    (the surname's rank, where it ends, whether the surname is the whole word)), or None. Capitals cannot tell these
    names from words, so the rule asks more of the lexicon than rule 6 does of a capitalized pair: never a stop
    word, a place's noun or a language's function word (`_function_word`), nor a place's noun up to three words
    before or two after ("محطة جمال عبد الناصر", "नरेंद्र मोदी स्टेडियम" name places); an everyday word as the surname
    only when it ranks very high (`_ORDINARY_RANK`)."""
    (a, b, w1), (c, _, w2) = words[i], words[i + 1]
    if not _spaced(text, b, c) or w1 in _CASELESS_STOP or w2 in _CASELESS_STOP or w1 in _PLACE_BEFORE \
            or w2 in _PLACE_BEFORE:
        return None
    lex = lexicon.load()
    firsts, lasts = _caseless_names()
    first = _best((cut, lex.native_first_rank(bare)) for cut, bare in _bare_first(w1)
                  if lexicon.fold(bare) in firsts)
    last = _best((len(w2) - len(bare), lex.native_last_rank(bare)) for bare in _bare_last(w2)
                 if lexicon.fold(bare) in lasts)
    # one of the two in its Latin spelling ("अंजलि मिश्रा": "Anjali"), the other ranked in its own script
    if first is None and last is not None:
        first = _best((0, rank) for latin in latin_spellings(w1)
                      if (rank := lex.first_rank(latin)) is not None and rank <= _LATIN_SPELLED)
    elif last is None and first is not None:
        last = _best((len(w2) - len(bare), rank) for bare in _bare_last(w2) for latin in latin_spellings(bare)
                     if (rank := lex.last_rank(latin)) is not None and rank <= _LATIN_SPELLED)
    if first is None or last is None:
        return None
    bare_first, bare_last = w1[first[1]:], w2[:len(w2) - last[1]]
    compound = lexicon.fold(bare_first) in _SECOND_HALVES  # "اللہ" of "ثناء اللہ": the first name's half
    if lexicon.fold(bare_first) == lexicon.fold(bare_last) or (_function_word(bare_first, first[0]) and not compound) \
            or _function_word(bare_last, last[0]):
        return None  # "חן חן" (thanks), "أنا عمر" (I, Omar), "दीपक का" (the lamp's)
    if (lex.word_rank(bare_last) or _ORDINARY_RANK + 1) <= _ORDINARY_RANK and last[0] > _ORDINARY_LAST:
        return None  # "نور آبی" (blue light), "باران شدید" (heavy rain): an everyday word after a first name
    if any(_place_noun(w) for _, _, w in words[max(0, i - 3):i] + words[i + 2:i + 4]):
        return None
    return (first[0], a + first[1]), (last[0], c + len(bare_last), last[1] == 0)


# --- names with no cue in Chinese, Japanese and Korean ---------------------------------------------------------------

#: The family names of Chinese and Korean (cues/name_family.toml): the lexicon ranks these countries' given names in
#: their script but holds no family name of one character or syllable.
_FAMILY = cues.table("name_family").before
_FAMILY_ZH = frozenset(_FAMILY.get("zh", ()))
_FAMILY_KO = frozenset(_FAMILY.get("ko", ()))
#: A place's noun joined after the name it is named after ("孙中山纪念馆", "坂本龍馬の歴史"): the name is the place's.
_CJK_PLACE_AFTER = tuple(p for lang in ("zh", "ja", "ko") for p in _PLACE_TABLE.after.get(lang, ()))
_HAN_KANA_RUN = re.compile(f"[{_HAN}{_KATA}\u3040-\u309f]+")
_HAN_ONLY = re.compile(f"[{_HAN}]+")
_HANGUL_WORD = re.compile(f"[{_HANGUL}]+")
#: What Japanese writes after a name, joined: honorifics and case particles (grammar facts); a surname and a given
#: name with anything else after them is read as a longer word ("松本城").
_JA_AFTER_NAME = ("さん", "様", "さま", "くん", "君", "ちゃん", "氏", "先生", "に", "が", "は", "と", "の",
                  "を", "へ", "も", "から", "より", "まで", "で")
#: What Korean joins to a name: honorifics and particles (grammar facts); anything else makes it a longer word.
_KO_AFTER_NAME = frozenset((
    "한테", "에게", "께서", "께", "이랑", "랑", "씨", "님", "이", "가", "은", "는", "을", "를", "와", "과", "의",
    "도", "에", "하고", "이가", "이는", "이를", "이한테", "에게서", "한테서", "님께", "씨가", "씨는", "씨한테",
    "씨께", "님이", "님은", "님께서"))
#: A given name must rank among a country's `_CJK_GIVEN` most frequent in its script and not be among a language's
#: `_CJK_WORD` most frequent words ("平安", "海军", "지원": words first); the whole name no frequent word at
#: all ("胡萝卜").
_CJK_GIVEN = 1500
_CJK_WORD = 5000


@cache
def _cjk_names() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's first names and surnames written in Han, kana or Hangul, folded, in memory: a set's answer costs
    a hash where the lexicon's costs a fold and two look-ups, and most places a name could stand in a run are none."""
    lex = lexicon.load()
    cjk = re.compile(f"[{_HAN}{_KATA}\u3040-\u309f\u1100-\u11ff]+").fullmatch  # Hangul folds to its jamo
    return (frozenset(k for tag in ("f", "F") for k in lex.names(tag) if cjk(k)),
            frozenset(k for tag in ("l", "L") for k in lex.names(tag) if cjk(k)))


@lru_cache(maxsize=65536)
def _cjk_given(given: str) -> bool:
    lex = lexicon.load()
    rank = lex.native_first_rank(given)
    return rank is not None and rank <= _CJK_GIVEN and (lex.word_rank(given) or _CJK_WORD + 1) > _CJK_WORD


@lru_cache(maxsize=65536)
def _ja_surname(surname: str) -> bool:
    return _HAN_ONLY.fullmatch(surname) is not None \
        and (lexicon.load().native_last_rank(surname) or _JA_SURNAME + 1) <= _JA_SURNAME


#: A Japanese surname ranks among a country's 2,000 most frequent in its script.
_JA_SURNAME = 2000
#: Where a Japanese name may end inside a run: before a particle or an honorific.
_JA_NAME_END = re.compile("|".join(_JA_AFTER_NAME))


def _cjk_pairs(text: str) -> Iterator[Span]:
    """A family name joined to a given name with no cue, in the scripts written without spaces between words:
    Chinese, a family name of the list and a ranked two-character given name ("麻烦告诉韦振宇包裹已经到了"); Japanese,
    a ranked surname in kanji and a ranked given name, then a particle, an honorific or the run's end
    ("西村あかりに"); Korean, a family syllable and a ranked two-syllable given name, then a particle or the word's
    end ("배성민한테"). Not when the whole is a frequent word ("胡萝卜", carrots) or a place's noun follows
    ("孙中山纪念馆"). The lexicon is asked only where a family name of the list stands or a particle ends a name, a
    bounded number of times each, and its answers are cached: linear."""
    lex = lexicon.load()
    if not lex:
        return
    firsts, _ = _cjk_names()
    for match in _HAN_KANA_RUN.finditer(text):
        base = match.start()
        for start, end in _names_in_run(match.group()):
            yield base + start, base + end
    for match in _HANGUL_WORD.finditer(text):
        word = match.group()
        for length in (2, 1):
            given, rest = word[length:length + 2], word[length + 2:]
            if word[:length] in _FAMILY_KO and lexicon.fold(given) in firsts and (not rest or rest in _KO_AFTER_NAME) \
                    and _cjk_given(given) and lex.word_rank(word[:length + 2]) is None:
                yield match.start(), match.start() + length + 2
                break


@lru_cache(maxsize=16384)
def _names_in_run(run: str) -> tuple[Span, ...]:
    """The Chinese and Japanese names of a run of Han and kana (its spans), cached by run: a run met again (a form's
    labels, a shop's name) costs a lookup, not the lexicon's questions again."""
    lex = lexicon.load()
    firsts, lasts = _cjk_names()
    folded = lexicon.fold(run)
    if len(folded) != len(run):  # a half-width kana and its voicing mark folded into one: no pre-filter
        folded = ""
    return tuple((start, end) for start, end in [*_chinese_names(run, folded, firsts),
                                                 *_japanese_names(run, folded, firsts, lasts)]
                 if not run.startswith(_CJK_PLACE_AFTER, end) and lex.word_rank(run[start:end]) is None)


def _known(folded: str, start: int, end: int, names: frozenset[str]) -> bool:
    """The pre-filter: run[start:end] folded is among the names (always, when the run could not be folded in place)."""
    return not folded or folded[start:end] in names


def _chinese_names(run: str, folded: str, firsts: frozenset[str]) -> Iterator[Span]:
    i = 0
    while i < len(run) - 2:
        length = 2 if run[i:i + 2] in _FAMILY_ZH else 1 if run[i] in _FAMILY_ZH else 0
        given = run[i + length:i + length + 2]
        if length and len(given) == 2 and _known(folded, i + length, i + length + 2, firsts) \
                and _HAN_ONLY.fullmatch(given) and _cjk_given(given):
            yield i, i + length + 2
            i += length + 2
        else:
            i += 1


def _japanese_names(run: str, folded: str, firsts: frozenset[str], lasts: frozenset[str]) -> Iterator[Span]:
    taken = 0
    for end in [m.start() for m in _JA_NAME_END.finditer(run)] + [len(run)]:
        for given_length in (1, 2, 3, 4):
            middle = end - given_length
            if middle - 1 < taken or not _known(folded, middle, end, firsts) or not _cjk_given(run[middle:end]):
                continue
            start = next((middle - n for n in (3, 2, 1) if middle - n >= taken
                          and _known(folded, middle - n, middle, lasts) and _ja_surname(run[middle - n:middle])), None)
            if start is not None:
                yield start, end
                taken = end
                break


# --- Vietnamese names with no cue -------------------------------------------------------------------------------------

#: Vietnamese family names (cues/name_family.toml), lowercase as the table keeps them.
_FAMILY_VI = frozenset(_FAMILY.get("vi", ()))
#: Letters only Vietnamese writes among the audience's Latin scripts (ă, ơ, ư, đ and the dotted and hooked vowels of
#: Latin Extended Additional): a run of capitalized syllables with none of them is some other language's ("La Casa
#: Blanca", "Mai Tai Bar").
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
#: Place nouns that name a place before a Vietnamese name ("trường Lê Quý Đôn", a school; "Lăng Bác Hồ Chí Minh", a
#: mausoleum; "quận Lê Chân", a district) but are given names too, so no head noun inside a run: kept out of
#: cues/name_place.toml (tests/pipeline/privacy/detectors/test_name.py holds that table to no frequent name).
_VI_PLACE_BEFORE = frozenset(("trường", "lăng", "quận"))
_VI_RUN = re.compile(rf"[{_UP}][{_LO}]{{0,6}}(?:[ \t]+[{_UP}][{_LO}]{{0,6}}){{2,}}")


def _vietnamese_names(text: str) -> Iterator[Span]:
    """A Vietnamese full name with no cue: in a run of capitalized syllables, a family name of the list and the two or
    three syllables after it (a middle name, a given name of one or two: "Hôm qua Đặng Văn Khải đã đến", "Nhắn Võ
    Ngọc Trâm là…"), holding a letter only Vietnamese writes, and no place's noun or title before it ("TP. Hồ Chí
    Minh", "đường Trần Hưng Đạo", "Lăng Chủ tịch Hồ Chí Minh"). Rule 6 cannot score these: the lexicon's source has
    no Vietnamese names. One pass over the runs: linear."""
    for run in _VI_RUN.finditer(text):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", run.group())]
        for k, (a, _) in enumerate(words[:-2]):
            if run.group()[a:words[k][1]].lower() not in _FAMILY_VI:
                continue
            start, end = run.start() + a, run.start() + words[min(k + 4, len(words)) - 1][1]
            # the place's noun up to three words back, a title between ("Lăng Bác Hồ Chí Minh"); a path's segment too
            before = [word.rsplit("/", 1)[-1] for word in _words_before(text, start)[-3:]]
            if _VIETNAMESE.search(text, start, end) is not None and not any(
                    phrase in _PLACE_NOUNS["before"] or phrase in _VI_PLACE_BEFORE
                    for i in range(len(before)) for phrase in (" ".join(before[i:]), before[i])):
                yield start, end
            break


# --- Cyrillic names by pymorphy3 -----------------------------------------------------------------------------------

def _word_end(text: str, end: int) -> int:
    """The end of the word a Cyrillic run ends in: the run's letters are Russian ones, so a Belarusian, Ukrainian or
    Serbian letter cuts a surname short ("Шушкев|іч"), and the rest of the word goes with it, not left behind."""
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def _full_name(run: str) -> bool:
    parts = run.replace(".", ". ").split()
    words = [p for p in parts if not _CYR_INITIAL.fullmatch(p)]
    initials = len(parts) - len(words)
    tags = [_name_tag(w) for w in words]
    named = [t for t in tags if t]
    if initials and len(words) == 1:
        return "Surn" in named
    if len(named) < 2:
        return False
    return any(t in ("Name", "Patr") for t in named) and len(named) >= len(words) - (1 if len(words) == 3 else 0)


@lru_cache(maxsize=65536)
def _name_tag(word: str) -> str | None:
    """'Name', 'Surn' or 'Patr' when the word's likely readings are a name part of a person, else None."""
    morph = _analyzer()
    best = None
    score = 0.0
    for parse in morph.parse(word):
        tag = parse.tag
        for grammeme in ("Name", "Patr", "Surn"):
            if grammeme in tag:
                if best is None:
                    best = grammeme
                score += parse.score
                break
    return best if score >= 0.3 else None


def _analyzer() -> Any:
    # pymorphy3's dictionary, loaded only when Cyrillic names may be present; its 15 MB of word graphs mapped, so the
    # worker's processes share them (pipeline/privacy/morph.py)
    return morph.analyzer()


# --- a business mail's greeting ------------------------------------------------------------------------------------

#: A Japanese business mail opens with a greeting before its writer says their name ("お世話になっております。営業部の
#: 佐藤です。"): the greetings are data (cues/name_opening.toml), the name is confirmed by a surname the lexicon
#: ranks at its start, so "お世話になっております。先日の件です。" stays.
_OPENING = cues.compiled("name_opening")
_JA_SELF_NAMED = re.compile(rf"[。、 \t\u3000\n]*(?:[{_HAN}{_KATA}]{{1,12}}の)?"  # "営業部の": the writer's department
                            rf"([{_HAN}]{{2,6}}|[{_HAN}]{{1,4}}[ \u3000][{_HAN}]{{1,4}})"
                            r"(?:です|と申します|でございます)")
#: A Korean message that opens by addressing a person: two to four Hangul syllables, a space, then the honorific 님
#: and a comma or 께 ("이하은 님, 문의하신 …"); the space is a name's (the nouns glue 님: "고객님,"), the nouns that
#: take it apart all the same are no names. A message opens at the text's start, a line's, or a field's (a URL's path
#: segment, a query value, a quoted string).
_KO_SALUTED = re.compile(rf"(?:^|(?<=[\n/?&=\"'>:]))[ \t]*([{_HANGUL}]{{2,4}}) 님(?:[,，]|께)")
#: The same with 님 glued, as most write it ("이서연님, 주문하신 …"): three syllables led by one of the forty most
#: frequent surnames (Statistics Korea, 2015 census: 김 이 박 최 정 … together nine in ten Koreans), no role noun and
#: no ordinary word (a noun glues 님 too: "고객님", "담당자님", "주문자님")
_KO_SALUTED_GLUED = re.compile(rf"(?:^|(?<=[\n/?&=\"'>:]))[ \t]*([{_HANGUL}]{{3}})님(?:[,，]|께)")
_KO_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주"
                         "우구민류나진지엄채원천방")
_KO_NOT_NAMES = frozenset(("고객", "회원", "관리자", "담당자", "여러분", "선생", "사장", "운영자", "판매자", "구매자",
                           "작성자", "사용자", "이용자", "기사", "팀장", "매니저",
                           # the role nouns of three syllables a surname's syllable leads (표준국어대사전)
                           "주문자", "신청자", "구독자", "문의자", "방문자", "지원자", "임차인", "임대인", "전문가",
                           "조합원", "정회원", "정비사", "변호사", "노무사", "도우미", "안내원", "배달원", "연구원",
                           "공무원", "수신자", "발신자", "예약자", "참여자", "가입자", "후원자", "보호자", "상담원",
                           "상담사", "간호사", "의사", "원장", "교수", "대표", "과장", "부장", "차장", "실장", "이사"))
#: The characters without which neither can be present (a cheap gate for `maybe` and `find`).
_GREETING_MARKS = frozenset("世님")


def _greeted(text: str) -> Iterator[Span]:
    """The writer's name after a Japanese business greeting; the addressee's before a Korean salutation's 님."""
    if "世" in text:
        for cue in _OPENING.get().finditer(text):
            named = _JA_SELF_NAMED.match(text, cue.end())
            if named is not None and _ja_surname_led(named.group(1).replace("\u3000", " ").replace(" ", "")):
                yield named.span(1)
    if "님" in text:
        for saluted in _KO_SALUTED.finditer(text):
            if saluted.group(1) not in _KO_NOT_NAMES:
                yield saluted.span(1)
        for saluted in _KO_SALUTED_GLUED.finditer(text):
            word = saluted.group(1)
            if word[0] in _KO_SURNAMES and word not in _KO_NOT_NAMES and not lexicon.load().common(word):
                yield saluted.span(1)


def _ja_surname_led(run: str) -> bool:
    """A Japanese surname of two or three characters that a country's statistics rank, and a given name after it."""
    return any((rank := _last_rank(run[:n])) is not None and rank <= _LAST_STRONG
               for n in (2, 3) if len(run) > n)
