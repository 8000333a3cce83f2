"""Doubling checks for the adversarial-input tests: no quadratic path, robust to a busy machine."""

from __future__ import annotations

from typing import Callable


def doubling_times(run: Callable[[int], float], n: int, *, ratio: float = 3.5, slack: float = 0.2,
                   cap: float = 15.0) -> tuple[float, float]:
    """Time ``run(n)`` and ``run(2 * n)`` (``run`` returns its CPU seconds) and return the pair
    that decides: doubling the input may at most about double the time
    (``large < ratio * small + slack``) and the larger run stays under ``cap`` seconds.

    A pair found too steep is measured again at twice the sizes before it counts: a short
    run is easily slowed twofold by the machine (one CI run timed 0.032 s then 0.317 s
    where quiet runs give x1.7-x2.1), while a quadratic path grows x4 at any size, so the
    second, larger measure keeps it failing."""
    small, large = run(n), run(2 * n)
    if large >= ratio * small + slack:
        small, large = run(2 * n), run(4 * n)
    assert large < ratio * small + slack, (small, large)
    assert large < cap, large
    return small, large
