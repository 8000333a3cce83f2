"""Named regex fragments, composed by reference (as Recognizers-Text's YAML does).

A pattern or fragment writes ``{name}`` for the fragment ``name``, or
``{name:arg}`` for one with a parameter (each ``$p`` in it becomes ``arg``,
for group names: ``{year_tail:a}``).  Quantifiers (``{1,2}``) and Unicode
properties (``\\p{L}``) are left alone.  An unknown name is an error naming
the template, so a typo fails at load time, not as a silent non-match.
"""

from __future__ import annotations

import re
from typing import Mapping

_REF = re.compile(r"(?<!\\[pP])\{([A-Za-z_]\w*)(?::(\w*))?\}")


class FragmentError(ValueError):
    """A pattern names a fragment that does not exist, or fragments refer to each other in a loop."""


def compose(template: str, fragments: Mapping[str, str], *, where: str = "", _depth: int = 0) -> str:
    """``template`` with every ``{name}`` replaced by its (composed) fragment."""
    if _depth > 20:
        raise FragmentError(f"{where}: fragments refer to each other in a loop")

    def one(m: re.Match) -> str:
        name, arg = m.group(1), m.group(2)
        if name not in fragments:
            raise FragmentError(f"{where}: unknown fragment {{{name}}} in {template[:60]!r}")
        body = compose(fragments[name], fragments, where=f"{where} > {name}", _depth=_depth + 1)
        return body.replace("$p", arg or "")

    return _REF.sub(one, template)
