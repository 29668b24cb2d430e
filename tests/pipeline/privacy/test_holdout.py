"""The blind holdout of issue 23 (tests/corpus/holdout.jsonl: 906 cases in 38 languages, written by someone who had
read neither the detectors nor the corpus) may not fall back: each tier in every placement at least its floor, just
under what it measured (core 100 % since the cue data of the missed kinds, extended 84.5 %, look-alikes 98.7 %;
first scored before the issue-23 detectors at 58.9 %, 11.2 %, 79.9 %: docs/privacy.md). A
detector built to pass it stops it being blind: fix kinds, not its cases, and have a fresh holdout written when it
has been read too often."""

from __future__ import annotations

from collections import Counter

from tests.corpus import CORPUS, Judge, load_cases

HOLDOUT = CORPUS.with_name("holdout.jsonl")
FLOORS = {"core": 0.99, "extended": 0.83, "lookalike": 0.98}


def test_the_holdout_does_not_fall_back() -> None:
    judge = Judge()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in load_cases(HOLDOUT):
        total[case.tier] += 1
        right[case.tier] += all(verdict.ok for verdict in judge.verdicts(case))
    shares = {tier: right[tier] / total[tier] for tier in total}
    assert set(shares) == set(FLOORS) and sum(total.values()) >= 900
    low = {tier: f"{share:.1%} < {FLOORS[tier]:.0%}" for tier, share in shares.items() if share < FLOORS[tier]}
    assert not low, low
