"""Companies and outlets that a name run alone would read as people.

* A company's distinctive name after its legal form is the company's, one ORG
  from the head word on: ``Cty TNHH TM XNK Hoàng Gia Phát``, ``DNTN Thanh
  Hương``, ``công ty Nguyễn Hưng`` (the name of a company is often a person's
  or a place's).  The legal form may be abbreviated (``TNHH``, ``CP``, ``MTV``)
  and followed by abbreviated trades (``TM`` trade, ``XNK`` import-export,
  ``ĐT XD`` investment and building).  Without a legal form a country or a
  province after a lowercase head is the company's origin, no name
  (``công ty Hàn Quốc``).
* A run ending in a corporate suffix is a company (``Toyota Motor Corp``,
  ``Godin Holdings``, ``Saigon Co.``).
* A foreign brand before ``Việt Nam`` is the brand's Vietnamese company
  (``Samsung Việt Nam``) when the article names the brand as a company
  elsewhere (``hãng Samsung``, ``tập đoàn Samsung``, ``Samsung Electronics Co.``).
* After a press cue (``phóng viên``, ``PV``, ``theo``, ``tờ``, ``trang``) a
  newspaper's name is the outlet (``phóng viên Dân Việt``, ``Theo Tuổi Trẻ``):
  a name of the outlet vocabulary, or one the article writes after ``báo`` or
  ``tờ``, or a web name (``Infonet``, ``Phunuonline``).
* ``Tổng`` before a body's head word is part of the name (``Tổng Công ty
  Phát triển Đô thị Kinh Bắc``, ``Tổng Hội Xây dựng``), not of a post
  (``Tổng Thanh tra Chính phủ`` is the Inspector General).

The vocabulary is ``companies_and_press`` in ``patterns/entities.yaml``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ...patterndata import entries
from .anchored import Anchored
from .foreign import foreign_word
from .names import _Found, _name
from .orgs import _person_like
from .rules import _CAPRUN, _NA, _NB, _SP, _Rules, _alt

#: an abbreviated trade or form in capitals (``TM``, ``XNK``, ``ĐTXD``, ``TM-DV``, ``TM&DV``)
_ABBR = r"\p{Lu}{2,6}+(?:[&\-]\p{Lu}{1,5}+)?+" + _NA
#: a number closing a company's name (``Hoàng Sơn 1``), not a figure
_NUMBER = regex.compile(_SP + r"\d{1,2}+(?![\p{L}\p{N}/.,]|[.,]\d)")


class _Companies:
    def __init__(self, r: _Rules) -> None:
        e = entries("entities")["companies_and_press"]
        forms = r"(?:" + _alt(e["legal_forms"]) + r")" + _NA
        self.re = Anchored(regex.compile(
            _NB + r"(?P<head>" + _alt(e["heads"]) + r")" + _NA + r"(?P<forms>(?:" + _SP + r"(?:" + forms + r"|" + _ABBR
            + r"))*+)" + _SP + r"(?P<name>" + _CAPRUN + r")"), e["heads"])
        self.lower_heads = set(e["heads_lower"])
        self.plural_re = regex.compile(r"(?i:" + _alt(e["plural_before"]) + r")" + _SP + r"$")
        self.suffix_re = regex.compile(
            _NB + r"(?P<run>(?:[\p{Lu}\d][\p{L}\p{M}\d&'’\-]*+" + _SP + r"){1,4})(?P<suffix>" + _alt(e["corporate_suffixes"])
            + r")(?![\p{L}\p{M}\p{N}])(?:" + _SP + r"Việt" + _SP + r"Nam" + _NA + r")?+")
        cues = _alt(e["company_cues"])
        brand = r"(?P<b>[A-Z][A-Za-z]{2,}+|\p{Lu}{2,5}+)" + _NA
        self.cued_brand_re = Anchored(regex.compile(_NB + r"(?i:" + cues + r")" + _SP + brand), e["company_cues"])
        self.brand_vn_re = regex.compile(_NB + brand + _SP + r"Việt" + _SP + r"Nam" + _NA)
        self.suffix_words = set(e["corporate_suffixes"])
        uses = entries("entities")["common_uses"]
        self.show_formats = set(uses["show_format_words"])
        self.show_before_re = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alt(uses["show_words"]) + r")" + _SP + r"$")
        self.product_before_re = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alt(e["product_words"]) + r")" + _SP + r"$")
        press = _alt(e["press_cues"])
        self.press_re = Anchored(regex.compile(_NB + r"(?:" + press + r")" + _SP + r"(?P<n>" + _CAPRUN + r")"),
                                 e["press_cues"])
        self.named_press_re = Anchored(regex.compile(_NB + r"(?:" + _alt(e["press_heads"]) + r")" + _SP + r"(?P<n>"
                                                     + _CAPRUN + r")"), e["press_heads"])
        self.outlets = set(e["outlets"]) | set(entries("entities")["outlets"]["bare"])
        self.web_endings = tuple(e["web_name_endings"])
        self.not_web_names = {w.lower() for w in e["not_web_names"]}
        not_bao = entries("entities")["outlets"]["not_after_bao"]
        self.not_before_cue_re = regex.compile(r"(?<![\p{L}\p{M}])(?i:" + _alt(set(e["not_before_cue"]) | set(not_bao)) + r")" + _SP + r"$")
        tails = {t.split()[0]: t.split()[1] for t in e["name_tails"]}
        self.name_tails = tails
        self.cap_after_re = regex.compile(_SP + _CAPRUN)
        self.tong_heads = set(e["tong_heads"])
        self.posts = set(e["posts_in_english"])
        self.tong_re = regex.compile(r"(?<![\p{L}\p{M}])Tổng" + _SP + r"$")
        self.post_before_re = regex.compile(r"(?i:" + _alt(entries("entities")["person_titles"]["words"]) + r"|GĐ|TGĐ)"
                                            + _SP + r"$")


@lru_cache(maxsize=1)
def _co(r: _Rules) -> _Companies:
    return _Companies(r)


def companies(text: str, r: _Rules, f: _Found) -> None:
    """Companies after a legal form, with a corporate suffix, and brands' Vietnamese companies (see the module)."""
    c = _co(r)
    for m in c.re.finditer(text):
        head = m.group("head")
        if head in c.lower_heads and c.plural_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``các công ty Nhật Bản``: companies of a country, no one name
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end == ns or end < ne and " " not in text[ns:end]:
            continue  # (``Cty Hữu Nghị``: a breaker word cut the name to one syllable, no name of its own)
        if not m.group("forms") and _origin(text, ns, end, r) or r.places.get(text[ns:end]) == "country":
            continue  # ``công ty Hàn Quốc``, ``công ty liên doanh Nga``: the company's country
        if not m.group("forms") and head in c.lower_heads and _person_like(text, ns, end, r) and text[ns:end].count(" ") >= 2:
            continue  # ``công ty Lưu Đức Hoa thành lập``: the company a person founded
        last = text[ns:end].split()[-1]
        if text[end:end + 1] == " " and text[end + 1:end + 1 + len(c.name_tails.get(last, "-"))] == c.name_tails.get(last) \
                and " " in text[ns:end]:
            end += 1 + len(c.name_tails[last])  # ``Zija Quốc tế``: a sentence-case word closes the name
            more = c.cap_after_re.match(text, end)
            end = more.end() if more else end  # (``Logistics Ngôi sao Việt``)
        elif " " not in text[ns:end] and not foreign_word(last) and _goes_on_lower(text, end):
            continue  # ``Công ty CP Đầu tư xây dựng ...``, ``Cty Xổ số ...``: a name in sentence case, read elsewhere
            # (not a foreign word: ``Cty CP Nahi nợ ...``)
        if c.post_before_re.search(text, max(0, m.start() - 30), m.start()):
            _, per = _name(text, ns, end, r)
            if per and per[0] > ns:  # ``Giám đốc Công ty TNHH Hoàng Long Nguyễn Văn Nam``: the director follows
                end = _trim(text, ns, per[0])
                f.add(per[0], per[1], "PER", 2)
        num = _NUMBER.match(text, end)
        if num and end == ne:
            end = num.end()
        f.add(m.start(), end, "ORG", 0)
    for m in c.suffix_re.finditer(text):
        start = _skip_openers(text, m.start(), m.start("suffix"), r, c)
        if start < m.start("suffix"):
            f.add(start, m.end(), "ORG", -2)  # (over a person read after a cue: ``Chủ tịch X Corp``)
    brands = {m.group("b") for m in c.cued_brand_re.finditer(text)}
    brands |= {w for m in c.suffix_re.finditer(text) for w in m.group("run").split()[:1]}
    people = {(s, e) for s, e, label, _ in f.items if label == "PER"}
    found = [m for m in c.brand_vn_re.finditer(text) if (foreign_word(m.group("b")) or m.group("b").isupper())
             and not c.product_before_re.search(text, max(0, m.start() - 16), m.start())]  # (``tên lửa X Việt Nam``)
    # no person's name ends in the country: ``Ford Việt Nam`` read as a person after a post is the brand's company
    brands |= {m.group("b") for m in found if m.span() in people and m.group("b") not in c.show_formats
               and not c.show_before_re.search(text, max(0, m.start() - 30), m.start())}
    for m in found:
        if m.group("b") in brands:
            f.add(m.start(), m.end(), "ORG", -2)


def _origin(text: str, s: int, e: int, r: _Rules) -> bool:
    """The run opens with a country or a province (``Hàn Quốc``, ``Mỹ Apple``)."""
    words = text[s:e].split()
    return any(r.places.get(" ".join(words[:n])) in ("country", "province", "city") for n in range(1, min(3, len(words)) + 1))


def _goes_on_lower(text: str, pos: int) -> bool:
    """A lowercase word follows ``pos``: a name of one capitalised syllable goes on in sentence case."""
    return text[pos:pos + 1] in (" ", "\u00a0") and text[pos + 1:pos + 2].islower()


def _trim(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " \u00a0":
        e -= 1
    return e


def _skip_openers(text: str, start: int, end: int, r: _Rules, c: _Companies) -> int:
    """Past the capitalised words that open a clause or a post before a company's name (``Theo``, ``Chủ tịch``)."""
    pos = start
    while pos < end:
        sp = text.find(" ", pos, end)
        if sp < 0:
            break
        w = text[pos:sp]
        country = next((n for n in (3, 2, 1) if r.places.get(" ".join(text[pos:end].split()[:n])) == "country"), 0)
        if country and len(text[pos:end].split()) > country and foreign_word(text[pos:end].split()[country]):
            # ``công ty Trung Quốc Godin Holdings``: its country (not ``Mỹ Lan Group``, a Vietnamese name)
            pos += len(" ".join(text[pos:end].split()[:country])) + 1
            continue
        if w in r.break_always or w in r.chain_breakers or w in c.posts or w.isdigit() or r.title_re.match(text, pos):
            pos = sp + 1
            continue
        break
    return pos


def press_names(text: str, r: _Rules, f: _Found) -> None:
    """A newspaper's name after a press cue is the outlet (``phóng viên Dân Việt``), not a person."""
    c = _co(r)
    named = {m.group("n") for m in c.named_press_re.finditer(text) if " " in m.group("n")
             and not c.not_before_cue_re.search(text, max(0, m.start() - 12), m.start())}
    for m in c.press_re.finditer(text):
        if c.not_before_cue_re.search(text, max(0, m.start() - 12), m.start()):
            continue  # ``giấy tờ``: papers, no newspaper
        ns, ne = m.span("n")
        words = text[ns:ne].split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            if name in c.outlets or name in named or n == 1 and name.lower().endswith(c.web_endings) and len(name) > 5 \
                    and name.lower() not in c.not_web_names:
                f.add(ns, ns + len(name), "ORG", -2)  # over the person the cue reads (``phóng viên X``)
                break


def tong_bodies(text: str, r: _Rules, f: _Found) -> None:
    """``Tổng`` + an ORG opening with a head that ``Tổng`` enlarges: the whole (``Tổng Công ty X``)."""
    c = _co(r)
    for s, e, label, _ in list(f.items):
        if label != "ORG" or s < 5 or not c.tong_re.search(text, s - 5, s):
            continue
        head = text[s:e]
        if any(head.startswith(h) and (len(head) == len(h) or not head[len(h)].isalpha()) for h in c.tong_heads):
            f.add(s - 5, e, "ORG", 0)
