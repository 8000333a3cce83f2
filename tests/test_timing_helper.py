"""The doubling check itself: it passes linear costs, fails quadratic ones even on a second
measure, and forgives one disturbed measure."""

import pytest

from timing import doubling_times


def test_linear_cost_passes():
    assert doubling_times(lambda n: n * 2e-6, 50_000) == pytest.approx((0.1, 0.2))


def test_quadratic_cost_fails_both_measures():
    """(Below a few tenths of a second the slack forgives any growth: there the check only
    guards against a hang; it sees a quadratic path once the input makes it cost.)"""
    sizes = []

    def run(n):
        sizes.append(n)
        return (n / 50_000) ** 2  # 1 s, then x4 per doubling

    with pytest.raises(AssertionError):
        doubling_times(run, 50_000)
    assert sizes == [50_000, 100_000, 100_000, 200_000]


def test_one_disturbed_measure_is_measured_again():
    times = iter([0.03, 0.32, 0.06, 0.12])  # the second run slowed tenfold by the machine
    assert doubling_times(lambda n: next(times), 1_000) == (0.06, 0.12)


def test_a_hang_fails_the_cap():
    with pytest.raises(AssertionError):
        doubling_times(lambda n: n * 1e-3, 10_000)
