"""The rule engine every fact type is moving onto (issue 14).

A :class:`Rule` is a named unit (anchor, pattern, resolve, examples); a
:class:`Registry` holds the rules of one fact type and tries each only where
its anchor was hit by one multi-pattern scan (:class:`AnchorScan`);
:func:`first_longest` and :func:`leftmost` are the overlap policies; :func:`compose` builds
patterns from named fragments.  Every produced item carries ``rule``.
"""

from __future__ import annotations

from .fragments import FragmentError, compose
from .overlap import Occupied, first_longest, leftmost
from .registry import Attempt, Registry
from .rule import Anchor, Example, Rule
from .scan import AnchorScan, fold

__all__ = ["Anchor", "AnchorScan", "Attempt", "Example", "FragmentError", "Occupied", "Registry", "Rule",
           "compose", "first_longest", "fold", "leftmost"]
