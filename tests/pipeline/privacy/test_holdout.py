"""The blind holdouts of issue 23 may not fall back: each tier in every placement at least its floor, just under what
it measured after the fixes its first score led to (docs/privacy.md has every figure, first scored and now).

- tests/corpus/holdout.jsonl: 906 cases in 38 languages, written by someone who had read neither the detectors nor
  the corpus; first scored before the issue-23 detectors at core 58.9 %, extended 11.2 %, look-alikes 79.9 %.
- tests/corpus/holdout2.jsonl: 913 cases in 42 languages, values from Faker and mimesis; first scored on abfc8d9 at
  98.1 %, 77.8 %, 95.3 %.
- tests/corpus/holdout3.jsonl: 1,061 cases in 45 languages, values from mimesis, libphonenumber's example numbers and
  python-stdnum, written by someone who had read nothing of the project; first scored on a0ae3a4, after the fixes the
  first two led to, at 92.5 %, 85.2 %, 96.1 %.
- tests/corpus/holdout4.jsonl: 1,797 cases in 48 languages, values from python-stdnum, libphonenumber, schwifty, Babel,
  gender-guesser and the writer's own (no Faker, mimesis or names-dataset), written by someone who had read nothing of
  the project; first scored on acb8782, after the fixes the first three led to, at 97.9 %, 82.5 %, 96.9 %.
- tests/corpus/holdout5.jsonl: 775 cases in 40 languages, every name, street, handle and sentence the writer's own
  (python-stdnum and libphonenumber only for check digits and validity; no name package), written by someone who had
  read nothing of the project; first scored on 943a90b, after the fixes the first four led to, at 98.0 %, 90.6 %,
  94.8 %.
- tests/corpus/holdout6.jsonl: 823 cases in 42 languages, every name, street, handle and sentence the writer's own
  (python-stdnum and libphonenumber only for check digits and validity), written by someone who had read nothing of
  the project; first scored on 77ec071 at 98.9 %, 93.7 %, 95.4 % (on 38153b4, the session's start: 98.9 %, 93.7 %,
  94.6 %).
- tests/corpus/holdout7.jsonl: 886 cases in 44 languages, 46.5 % look-alikes, the writer's own values, written by
  someone who had read nothing of the project; first scored on df8f628, after the fixes the first six and the
  look-alike development set led to, at 98.6 %, 93.4 %, 96.4 % (on 38153b4: 98.9 %, 92.4 %, 95.4 %).
- tests/corpus/holdout8.jsonl: 934 cases in 41 languages, 43.9 % look-alikes, the writer's own values, written by
  someone who had read nothing of the project; first scored on f8d93ee at 98.7 %, 94.1 %, 98.8 % (the first first
  score to meet the look-alike goal; on 38153b4: 98.7 %, 93.2 %, 97.8 %).
- tests/corpus/holdout9.jsonl: 1,016 cases in 45 languages, 43.9 % look-alikes, the writer's own values, written by
  someone who had read nothing of the project; first scored on 13a15f5 at 99.4 %, 84.6 %, 97.5 % (its core misses
  are Swahili, outside the default audience; most extended misses are names with no cue in scripts without capitals).
- tests/corpus/holdout10.jsonl: 921 cases in 46 languages, 30.2 % look-alikes, the writer's own values in the way
  visitors type (lower case, capitals, surnames first, initials, chat cues, addresses in each country's order),
  written by someone who had read nothing of the project; first scored on 949dc98 at 93.0 %, 89.0 %, 97.8 % (its core
  misses were names after a cue in lower case or in capitals, and Catalan, outside the default audience).
- tests/corpus/holdout11.jsonl: 1,521 cases in 45 languages, 30.4 % look-alikes, values from Faker and mimesis in 65
  and 37 locales (the outside reviewer's method) in sentences the writer wrote per language, written by someone who
  had read nothing of the project; first scored on 6adf941 at 98.3 %, 79.5 %, 96.3 % (its core misses were Georgian,
  Armenian and Azerbaijani, outside the default audience then).
- tests/corpus/lookalikes.jsonl: 748 look-alikes in 39 languages (capitalized phrases named after people, titles,
  brands, codes and numbers), the writer's own, written blind as a development set for the look-alike rules (not a
  holdout: its misses were read and fixed by kind); first scored on 38153b4 at 94.8 % kept.

- tests/corpus/caseless.jsonl: 659 cases in the ten languages of scripts without case (ar, he, fa, ur, hi, bn, th,
  zh, ja, ko): names with no cue (259) and look-alikes (400: names that are words, places and brands named after
  people), the writer's own, written blind; first scored on dce3f8b at 12.0 % caught and 98.5 % kept, then read to
  set the lines of the caseless-pair rule (pipeline/privacy/detectors/name.py `_caseless_pair`): not a holdout.

A detector built to pass them stops them being blind: fix kinds, not their cases, and have a fresh holdout written
when these have been read too often."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.corpus import CORPUS, Judge, load_cases

#: per holdout: its least size, and the floor of each tier
HOLDOUTS = {
    "holdout.jsonl": (900, {"core": 0.99, "extended": 0.90, "lookalike": 0.98}),
    "holdout2.jsonl": (900, {"core": 0.99, "extended": 0.97, "lookalike": 0.98}),
    "holdout3.jsonl": (1000, {"core": 0.99, "extended": 0.88, "lookalike": 0.99}),
    "holdout4.jsonl": (1790, {"core": 0.99, "extended": 0.95, "lookalike": 0.99}),
    "holdout5.jsonl": (775, {"core": 0.99, "extended": 0.95, "lookalike": 0.97}),
    "holdout6.jsonl": (823, {"core": 0.99, "extended": 0.95, "lookalike": 0.98}),
    "holdout7.jsonl": (886, {"core": 0.99, "extended": 0.94, "lookalike": 0.97}),
    "holdout8.jsonl": (934, {"core": 0.99, "extended": 0.93, "lookalike": 0.98}),
    "holdout9.jsonl": (1016, {"core": 0.99, "extended": 0.86, "lookalike": 0.97}),
    "holdout10.jsonl": (921, {"core": 0.99, "extended": 0.96, "lookalike": 0.99}),
    "holdout11.jsonl": (1521, {"core": 0.99, "extended": 0.91, "lookalike": 0.97}),
    "lookalikes.jsonl": (748, {"lookalike": 0.98}),
    "caseless.jsonl": (659, {"extended": 0.72, "lookalike": 0.95}),
}


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_the_holdout_does_not_fall_back(name: str) -> None:
    size, floors = HOLDOUTS[name]
    judge = Judge()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in load_cases(CORPUS.with_name(name)):
        total[case.tier] += 1
        right[case.tier] += all(verdict.ok for verdict in judge.verdicts(case))
    shares = {tier: right[tier] / total[tier] for tier in total}
    assert set(shares) == set(floors) and sum(total.values()) >= size
    low = {tier: f"{share:.1%} < {floors[tier]:.0%}" for tier, share in shares.items() if share < floors[tier]}
    assert not low, low
