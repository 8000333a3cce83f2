"""Institutions named after their head word (``Trường THCS Trần Phú``, ``Trung tâm
Phục vụ hành chính công tỉnh``, ``Công ty CP ...``): a walk over the words after
the head that keeps the last place where the name may end.

Each word is read by the step for its kind (:meth:`_Walk.token`): a level word
ends the name with its place; a legal form (``CP``, ``TNHH``) may be followed by
the name; a capitalised word, a number or an abbreviation in brackets goes on
with it (and a person's name after it ends it, unless the head is named after
people); a dash, ``và`` or ``&`` joins a second name only where what follows can
be one; a lowercase word belongs to a descriptive head's name, up to a stop word.
"""

from __future__ import annotations

from dataclasses import dataclass

from .names import _Found, _at, _name
from .orgplace import _head_rules as org_head_rules
from .orgs import (_PARENT_HEADS, _cap_after, _end_of_level, _event, _inside_name, _name_after, _person_after,
                   _person_like, _post_before, _word_after)
from .rules import _Rules, _first_key

#: what a word's step tells the walk: stop, go on to the next word as the step left it,
#: or go on after the word (the step read a word that is not the name's first nor a capital)
_STOP, _SKIP, _ON = 0, 1, 2


def _institutions(text: str, r: _Rules, f: _Found) -> None:
    heads = org_head_rules()
    for m in _at(r.inst_re, text, f.at.get("inst", ())):
        head = m.group("head")
        if _not_an_institution(text, m, head, r, heads):
            continue
        end = _Walk(text, r, m, head, head in r.descriptive_heads, m.end()).end(heads.legal_forms)
        if end:
            f.add(m.start(), end, "ORG", 0)


def _not_an_institution(text: str, m, head: str, r: _Rules, heads) -> bool:
    """Where the head word opens no institution's name."""
    if " " not in head and _inside_name(text, m.start(), r):
        return True
    g = r.name_at.match(text, m.start()) if " " not in head else None
    if g and g.end() > m.end() and text[m.start():g.end()] in r.bare_places:
        return True  # ``đến Hội An``, ``quần đảo Trường Sa``: a place's name that opens with the head
    if _word_after(text, m.end()) in heads.not_before.get(head, ()) or _event(text, m.start(), head, r):
        return True  # ``Trường hợp``, ``Báo cáo``: another word that starts with the head; ``Lễ hội Hội Lim``
    if (head in heads.press_heads or head[0].islower()) and r.places.get(_name_after(text, m.end(), r)) == "country":
        return True  # ``Báo Mỹ``, ``các trường đại học Việt Nam``: the country's press, its universities
    if head != "Vụ":
        return False
    after = _name_after(text, m.end(), r)
    # ``Vụ Phạm Văn X``: the case of a person, no department
    return bool(after and _person_like(text, m.end() + 1, m.end() + 1 + len(after), r))


@dataclass
class _Walk:
    """The state of the walk over the words after an institution's head."""

    text: str
    r: _Rules
    m: object
    head: str
    descriptive: bool
    pos: int
    good_end: int | None = None
    first: bool = True
    named: bool = False
    proper: bool = False
    after_cap: bool = False
    joined: bool = False
    commas: int = 0

    def end(self, legal_forms) -> int | None:
        """Where the institution's name ends (None: no name)."""
        for _ in range(14):
            t = self.r.chain_tok.match(self.text, self.pos)
            if not t:
                break
            if t.group("comma"):
                if self.commas or self.good_end is not None:
                    break
                self.commas += 1
                self.pos = t.end()
                continue
            step = self.token(t, t.group("tok"), legal_forms)
            if step == _STOP:
                break
            if step == _ON:
                self.first = False
                self.after_cap = False
                self.pos = t.end()
        return self.good_end

    def token(self, t, tok: str, legal_forms) -> int:
        text, r = self.text, self.r
        lv = r.level_at.match(text, t.start("tok")) if _first_key(tok) in r.level_keys else None
        if lv and not tok[0].isupper() or (lv and tok in ("TP", "Tp")):
            end, _ = _end_of_level(text, lv.start(), lv.end(), r)
            if end > lv.start():
                self.good_end = end
            return _STOP
        if tok in legal_forms and tok.isupper():
            if self.good_end is None:
                self.good_end = t.end("tok")  # ``Công ty CP``: the legal form, the name may follow
            self.pos = t.end()
            return _SKIP
        if tok[0].isupper() or tok[0].isdigit() or tok.startswith("("):
            return self._capital(t, tok)
        if tok in ("-", "–", "và", "&"):
            return self._joiner(t, tok)
        return self._lower(t, tok)

    def _capital(self, t, tok: str) -> int:
        """A capitalised word, a number or a bracketed abbreviation."""
        text, r = self.text, self.r
        if self.first and not tok[0].isupper() and not self.descriptive:
            return _STOP
        if tok in r.chain_breakers and not self.first:
            return _STOP
        if self.first and tok[0].isupper():
            self.named = True
        nm = r.name_at.match(text, t.start("tok"))
        if nm and r.school_level_before_re.search(text, max(0, nm.start() - 30), nm.start()) \
                and self.head.startswith("Trường"):
            self.good_end = nm.end()  # ``Trường THCS Trần Phú``: schools bear people's names
            self.pos = nm.end()
            self.first = False
            self.proper = True
            return _SKIP
        if nm and not self.first and _person_like(text, nm.start(), nm.end(), r):
            if self.head in r.named_after_heads and not self.joined and not _post_before(text, self.m.start(), r):
                end, _ = _name(text, nm.start(), nm.end(), r, split=False)
                self.good_end = end if end > nm.start() else self.good_end  # ``Trường CĐ Kỹ thuật Cao Thắng``
            return _STOP  # ``Giám đốc Sở Tư pháp Trần Thị Bích``
        if nm and nm.end() > t.end("tok"):
            end, per = _name(text, nm.start(), nm.end(), r, keep_first=self.first)
            if end > nm.start():
                self.good_end = end
            if per or end < nm.end():
                return _STOP
            self.pos = nm.end()
            self.first = False
            self.proper = True  # a name in capitals throughout: what follows in lowercase is not part of it
            return _SKIP
        if self.first or self.after_cap or tok[0].isalpha() and not tok.isupper():
            self.good_end = t.end("tok")  # an abbreviation or a number far from the name is not its end
        self.proper = tok.isupper() and len(tok) > 1
        self.after_cap = True
        self.first = False
        self.pos = t.end()
        return _SKIP

    def _joiner(self, t, tok: str) -> int:
        """A dash, ``và`` or ``&``: ``Trường Chinh - <a street named after a person>``,
        ``A và B``: no school's name after it."""
        text, r = self.text, self.r
        self.joined = tok == "và" or _person_after(text, t.end(), r)
        nxt = r.chain_tok.match(text, t.end())
        nt = (nxt.group("tok") or "x") if nxt else "x"
        if nxt and nxt.group("tok") and nt[0].islower() and tok == "và" and self.good_end is not None \
                and nt not in r.level_words and not r.stop_re.match(text, nxt.start("tok")):
            return _ON  # ``Trung tâm Hội nghị và triển lãm ... X``: the name goes on in lowercase
        if not nt[0].isupper() or nt in r.inst_first and not (tok in "-–" and nt in _PARENT_HEADS) \
                or nt in r.break_always:  # (``Đại học X - ĐH QG Hà Nội``: a member and its university, one)
            return _STOP  # ``Trường A và Trường B`` are two
        return _ON

    def _lower(self, t, tok: str) -> int:
        """A lowercase word: part of a descriptive head's name, up to a stop word."""
        text, r = self.text, self.r
        if not self.descriptive and self.first:
            return _STOP
        if r.stop_re.match(text, t.start("tok")) and not (tok == "quý" and self.after_cap and _cap_after(text, t.end())):
            return _STOP  # but ``Đá quý Phú Nhuận``: between two capitalised words ``quý`` is no quarter
        if self.proper:
            return _STOP
        if self.named and self.after_cap:  # ``Trung tâm Phục vụ ...``: the capitalised word's second syllable
            self.good_end = t.end("tok")
        return _ON
