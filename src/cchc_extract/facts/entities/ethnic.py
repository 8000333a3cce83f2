"""Ethnic groups named after a word for their people, and given names that begin with a country.

* **An ethnic group** (``người Cơ Tu``, ``đồng bào Ê Đê``, ``dân tộc Xơ Đăng``, ``đàn ông Mường``,
  ``phụ nữ Hà Nhì``, ``các tộc người Gia Rai và Ba Na``) is a people, no person and no place: a
  PER or LOC candidate that is exactly a group's name after such a word, or after it in a list
  (``người Tày, Nùng và Dao``), is dropped.  Only the group's name itself: a place that begins
  with it (``người Mường Tè``, ``phụ nữ Thái Bình``) stays, and a country (``người Lào``, ``người
  Thái``) is not on the list.
* **A given name that begins with a country** (``ca sĩ Mỹ Linh``, ``cô Mỹ Tâm``, ``cầu thủ Đức Huy``):
  after an occupation or a kin word, a one-syllable country and one Vietnamese syllable that no
  capital follows are one person, not the country and a leftover name.  A foreign name after the
  country stays the country's citizen (``ca sĩ Mỹ Taylor Swift``, ``tiền đạo Anh Kane``), and so does
  a place whose name begins with the country (``Thái Bình``, ``Mỹ Tho``).

The vocabulary is ``ethnic_groups`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .anchored import Anchored
from .names import _Found
from .rules import _NA, _NB, _SP, _Rules, _alt

#: one Vietnamese syllable in title case: an initial consonant, a vowel cluster, a final consonant
_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_SYLLABLE = regex.compile(
    r"(?:Ngh|Ng|Nh|Ch|Gh|Gi|Kh|Ph|Qu|Th|Tr|[BCDĐGHKLMNPRSTVX])?(?i:[" + _VOWEL + r"]{1,3})(?:ch|nh|ng|[cmnpt])?")


class _Vocab:
    def __init__(self) -> None:
        d = entries("entities")["ethnic_groups"]
        name = r"(?:" + _alt(d["names"]) + r")" + _NA
        sep = r"(?:," + _SP + r"|" + _SP + r"(?:và|hay|hoặc)" + _SP + r"|" + _SP + r"?+[-–]" + _SP + r"?+)"
        self.groups_re = Anchored(regex.compile(_NB + r"(?i:" + _alt(d["people_words"]) + r")" + _SP + r"(?P<l>"
                                                + name + r"(?:" + sep + name + r")*+)"), d["people_words"])
        self.name_re = regex.compile(name)
        self.cue_re = regex.compile(_NB + r"(?i:" + _alt(d["given_name_cues"]) + r")" + _SP + r"$")
        self.countries = set(d["countries_in_given_names"])


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    return _Vocab()


def ethnic_groups(text: str, f: _Found) -> None:
    """``đàn ông Cơ Tu``: a group's name after a word for its people is no PER or LOC (see the module)."""
    v = _vocab()
    names: set[tuple[int, int]] = set()
    for m in v.groups_re.finditer(text):
        names.update(n.span() for n in v.name_re.finditer(text, *m.span("l")))
    if names:
        f.items = [it for it in f.items if not (it[2] in ("PER", "LOC") and (it[0], it[1]) in names)]


def _vietnamese_syllable(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(word))


#: a space, then a capital
_SPACE_CAPITAL = regex.compile(_SP + r"\p{Lu}")


def country_given_names(text: str, r: _Rules, f: _Found) -> None:
    """``ca sĩ Mỹ Linh``: an occupation or kin word, a country and one syllable are one PER (see the module)."""
    v = _vocab()
    per_at = {s: e for s, e, label, _ in f.items if label == "PER"}
    for s, e, label, _ in list(f.items):
        if label != "LOC" or text[s:e] not in v.countries or not v.cue_re.search(text, max(0, s - 16), s):
            continue
        e2 = per_at.get(e + 1)
        if e2 is None or text[e] not in " \u00a0" or _SPACE_CAPITAL.match(text[e2:e2 + 2]):
            continue
        given = text[e + 1:e2]
        if not _vietnamese_syllable(given) or given in r.break_always or given in r.lead_words \
                or text[s:e2] in r.places:
            continue
        f.items = [it for it in f.items if (it[0], it[1]) not in ((s, e), (e + 1, e2))]
        f.add(s, e2, "PER", 0)
