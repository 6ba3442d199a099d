"""Invariants over 200 seeded random series each (hypothesis is not installed)."""

import random

from trellis.spc import HIGH_RULES, LOW_RULES, Rule, Signal, xmr

SEEDS = range(200)


def series(seed):
    rng = random.Random(seed)
    n = rng.randrange(13, 60)
    values = [rng.randrange(0, 40) for _ in range(n)]
    for _ in range(rng.randrange(3)):  # a shift now and then
        k = rng.randrange(n)
        values[k:] = [v + rng.choice((-15, 15)) for v in values[k:]]
    return values


def test_invariant_under_scale_and_offset():
    for seed in SEEDS:
        values = series(seed)
        assert xmr([2 * v + 5 for v in values]).colours == xmr(values).colours, seed


def test_mirror_image_with_the_opposite_direction():
    for seed in SEEDS:
        values = series(seed)
        mirrored = xmr([-v for v in values], direction="down")
        assert mirrored.colours == xmr(values).colours, seed


def test_screening_never_widens_the_limits():
    for seed in SEEDS:
        values = series(seed)
        off, on = xmr(values), xmr(values, screen_outliers=True)
        assert on.sections[0].mean_moving_range <= off.sections[0].mean_moving_range, seed


def test_runs_of_7_are_also_runs_of_6():
    for seed in SEEDS:
        values = series(seed)
        six, seven = xmr(values).rules, xmr(values, run_length=7).rules
        assert all(r7 & ~r6 == Rule(0) for r6, r7 in zip(six, seven, strict=True)), seed


def test_signals_agree_with_rules_and_reasons():
    for seed in SEEDS:
        for p in xmr(series(seed), direction="up").points:
            assert p.special_cause == bool(p.rules), seed
            assert len(p.reasons) >= bin(p.rules).count("1"), seed
            if p.signal is Signal.CONCERN:
                assert p.rules & LOW_RULES and not p.rules & HIGH_RULES, seed
            if p.signal is Signal.IMPROVEMENT:
                assert p.rules & HIGH_RULES, seed
