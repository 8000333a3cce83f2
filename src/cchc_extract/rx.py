"""Patterns built at run time around what an article names, compiled once each.

``regex``'s own functions (``regex.search(pattern, text)``) look the pattern up
in that module's cache at every call, several microseconds of locale and flag
checks, and the cache is shared with every pattern the library compiles at
import: past 500 entries it is shrunk, and a pattern used again is compiled
again (in full mode, 0.3 ms an article of vn_news_2017 went to that).  Fixed
patterns are compiled once at import, beside their use; a pattern made of a
word the article names (``regex.escape(name)``) goes through :func:`compiled`,
which keeps its own bounded cache and leaves ``regex``'s alone.
"""

from __future__ import annotations

from functools import lru_cache

import regex


@lru_cache(maxsize=2048)
def compiled(pattern: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(pattern, flags)``, once per pattern (the last 2,048 kept)."""
    return regex.compile(pattern, flags, cache_pattern=False)
