"""Names that run on into a form's next field, and people's names that begin inside a place.

A form, a profile or bank details flattened to one line leave no full stop
between a name and the label of the next field: ``Bé: Lê Văn A Sinh 3/4/2015
Mẹ: ...`` (``Sinh``, born), ``Chuyển khoản: Báo X Số tài khoản: 001...``.  A
capitalised label reads as the name's next word.  A name never goes on into

* a field's label closed by a colon (``Số tài khoản:``, ``Địa chỉ:``,
  ``Điện thoại:``), whatever the name's kind;
* a word for "born" before a date (``Sinh 19/07/2013``, ``Sinh năm 2010``);
  ``Sinh`` is a given or middle name too (``Nguyễn Sinh Hùng``), so only a
  date right after it makes it the label.

A person's name after a post may also start one word too early, on the last
syllable of a place that the lowercase word before it opens: ``Bộ trưởng
phụ trách các vấn đề châu Âu Marielle de Sarnez`` (``Âu`` is a family name,
and ends ``châu Âu``).  The person's name starts after that syllable when two
syllables are left.

The vocabulary is ``names_running_on`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .names import _Found, _syllables
from .rules import _NA, _SP, _Rules, _alt

#: a date after ``Sinh``: ``19/07/2013``, ``19-7-2013``, ``2013`` (after ``Sinh năm``), ``(2013)``
_DATE = r"(?:\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}|\d{4})(?![\p{L}\p{N}])"
#: the lowercase word right before a span
_LOWER_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Ll}[\p{Ll}\p{M}]*+)[ \u00a0]$")


class _Labels:
    def __init__(self) -> None:
        e = entries("entities")["names_running_on"]
        self.label_re = regex.compile(
            r"[ \u00a0](?:(?:" + _alt(e["label_before_colon"]) + r")" + _NA + r"[ \u00a0]?+:"
            + r"|(?:" + _alt(e["born_before_date"]) + r")" + _SP + r"\(?+" + _DATE + r")")


@lru_cache(maxsize=1)
def _labels() -> _Labels:
    return _Labels()


def field_labels(text: str, f: _Found) -> None:
    """Cut every candidate before a field label that starts inside it (``... Phúc`` + ``Sinh 19/07/2013``)."""
    c = _labels()
    out = []
    changed = False
    for s, e, label, prio in f.items:
        m = c.label_re.search(text, s, e + 24)
        if m and s < m.start() < e:
            changed = True
            out.append((s, m.start(), label, prio))
            continue
        out.append((s, e, label, prio))
    if changed:
        f.items = out


def people_after_places(text: str, r: _Rules, f: _Found) -> None:
    """``châu Âu`` + ``Marielle de Sarnez``: a person's name does not begin on the place's last syllable."""
    out = []
    changed = False
    for s, e, label, prio in f.items:
        if label == "PER":
            before = _LOWER_BEFORE.search(text, max(0, s - 12), s)
            syls = _syllables(text, s, e)
            if before and len(syls) >= 3 and f"{before.group(1)} {text[syls[0][0]:syls[0][1]]}" in r.places:
                changed = True
                out.append((syls[1][0], e, label, prio))
                continue
        out.append((s, e, label, prio))
    if changed:
        f.items = out
