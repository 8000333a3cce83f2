"""Places and organisations: typed places, bodies, party committees, national bodies, institutions, outlets."""

from __future__ import annotations


from .rules import _Rules
from ...gazetteers import units
from .names import _Found, _at, _name, _NUMBER_AFTER
from .foreign import foreign_word

def _end_of_level(text: str, m_start: int, m_end: int, r: _Rules,
                  after_title: bool = False) -> tuple[int, tuple[int, int] | None]:
    """Clean the name at the tail of a level/locality match spanning [m_start, m_end)."""
    # the tail name is the last capitalised run inside the match
    last = None
    for mm in r.capruns.finditer(text, m_start, m_end):
        last = mm
    if last is None or last.end() != m_end:
        return m_end, None
    province = 2 if _is_province_type(text[m_start:last.start()]) else (3 if after_title else 0)
    end, per = _name(text, last.start(), last.end(), r, province=province)
    if end == last.start():  # name was all breaker: drop it and the space before it
        end = last.start()
        while end > m_start and text[end - 1] in " \u00a0":
            end -= 1
    return end, per


def _is_province_type(prefix: str) -> bool:
    p = prefix.strip().rstrip(".").lower()
    return p in ("tỉnh", "tp", "thành phố") or p.endswith((" tỉnh", " tp"))


def _typed_places(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.hcm_re, text, f.at.get("typed", ())):
        f.add(m.start(), m.end(), "LOC", 1)
    for m in _at(r.typed_re, text, f.at.get("typed", ())):
        ns, ne = m.span("name")
        if _word_before(text, m.start()) in r.person_before_type.get(m.group("type").strip().lower(), ()):
            end, _ = _name(text, ns, ne, r, split=False)
            if " " in text[ns:end] or foreign_word(text[ns:end]):
                f.add(ns, end, "PER", 2)  # ``bà xã Lan Anh``: the wife of a person, no commune
            continue  # (``ông xã Tây``: a foreign husband, no name)
        if text[ns].isdigit():
            if m.group("type").strip().lower() not in ("quận", "phường", "q.", "p.", "khu phố", "tổ dân phố", "ấp"):
                continue  # ``Quận 1``, ``phường 3``; not ``tỉnh 2``
            end, per = ne, None
        elif text[ns:ne].startswith(("HCM", "Hồ Chí Minh")):
            end, per = ne, None
        elif m.group("type").endswith(".") and not text[ns + 1:ns + 2].isalpha():
            continue  # ``H.P Được``, ``(Ảnh: Q.H)``: initials, no district
        else:
            province = 2 if _is_province_type(m.group("type")) else 0
            if not province and r.title_body_before_re.search(text, max(0, m.start() - 60), m.start()):
                province = 3  # ``Chủ tịch UBND huyện Nguyễn Đình Tâm``
            # ``xã Bà Điểm``, ``phường Ông Lãnh``: an honorific opening a place name
            first = text[ns:ne].split()[0]
            end, per = _name(text, ns, ne, r, province=province, keep_first=first in ("Bà", "Ông") or (
                first in r.break_always and " " in text[ns:ne] and not first.isupper()))
            if end < ne and text[ns:ne] in units():
                end, per = ne, None  # ``xã Ninh Sở``: the whole run is a unit's name, breaker words and all
            if m.group("spaced") and (per or " " not in text[ns:end] or text[ns:end] not in units()
                                      and text[ns:end] not in r.places):
                continue  # ``H. Trà Bồng``; an initial before a name (``Q. Nguyễn``) is no district
            if end == ns:
                if per:
                    f.add(per[0], per[1], "PER", 2)
                continue
            if r.places.get(text[ns:end]) == "region":  # ``các tỉnh Tây Nguyên``
                f.add(ns, end, "LOC", 1)
                continue
        if per is None and end == ne and m.group("type").strip().lower() in r.numbered_units:
            num = r.unit_number_re.match(text, end)
            if num:
                end = num.end()
        if per is None and end == ne and text[ns:ne].isascii():
            tail = r.foreign_tail_re.match(text, end)
            if tail:
                end = tail.end()  # ``tỉnh Lanao del Sur``
        f.add(m.start(), end, "LOC", 1)
        if per:
            f.add(per[0], per[1], "PER", 2)
        if per is None and end == ne:
            _coordinated(text, end, r, f)


def _coordinated(text: str, pos: int, r: _Rules, f: _Found) -> None:
    """``quận Lê Chân và Ngô Quyền``, ``tỉnh Nghệ An, Hà Tĩnh``, ``xã X (Đông Sơn)``."""
    if _coordinated_paren(text, pos, r, f):
        return
    for _ in range(4):
        m = r.coord_re.match(text, pos)
        if not m:
            return
        ns, ne = m.span("name")
        end, _ = _name(text, ns, ne, r, split=False)
        if end != ne or ne - ns < 2 or not _placeish(text, ns, ne, r):
            return
        if " " not in text[ns:ne] and text[ns:ne] not in r.places and text[ns:ne] not in units() \
                and text[ne:ne + 1] in (" ", "\u00a0") and text[ne + 1:ne + 2].islower() and not r.stop_re.match(text, ne + 1) \
                and not foreign_word(text[ns:ne]):
            return  # ``Xã Long Xuyên, Cấp nước sạch ...``: a common word opening the next item (not ``Sochi và``,
            # nor a foreign name, ``quận White City, London rạng sáng``)
        f.add(ns, ne, "LOC", 1)
        pos = ne


def _placeish(text: str, s: int, e: int, r: _Rules) -> bool:
    name = text[s:e]
    if name in r.places:
        return True
    syls = name.split()
    if len(syls) > 3:
        return False
    if len(syls) == 3 and syls[0] in r.surnames:
        return False
    return name not in r.outlets


def _bodies(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.body_re, text, f.at.get("body", ())):
        head = m.group("head")
        if not (head[0].isupper() or head.lower() in r.lower_ok):
            continue
        if head == "công an" and not (r.level_at.match(text, m.start("loc")) or m.group("loc") in r.places):
            continue  # ``cơ quan công an Theo ...``: in lowercase the police take a level word or a place, no run
        if head.isupper() and len(head) > 5 and not m.group(0).isupper():
            pass
        ls, le = m.span("loc")
        start = _organ_prefix(text, m.start(), r)
        if " " not in text[ls:le] and text[ls:le][1:].islower() and text[ls:le] not in r.places \
                and not foreign_word(text[ls:le]) and not r.level_at.match(text, ls) and _continues_lower(text, le, r):
            # ``Cảng vụ Hàng không``, ``TAND Tối cao``: a word whose second syllable is lowercase, not a locality
            f.add(start, le + 1 + len(_word_after(text, le)), "ORG", 0)
            continue
        end, per = _end_of_level(text, ls, le, r, after_title=_after_title(text, start, r))
        if end <= ls:
            continue
        if text[ls:end].lower() in r.level_words and r.plural_level_re.match(text, end):
            continue  # ``UBND phường, xã``: every ward, not one body
        f.add(start, end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _continues_lower(text: str, pos: int, r: _Rules) -> bool:
    """A lowercase word that is no function word or level word follows ``pos`` across one space."""
    w = _word_after(text, pos)
    return bool(w) and text[pos + 1].islower() and (w == "không" or not r.stop_re.match(text, pos + 1)) \
        and w not in r.level_words  # (``Hàng không``: aviation)


def _after_title(text: str, start: int, r: _Rules) -> bool:
    """A post stands right before ``start`` (``Chủ tịch`` + ``UBND huyện ...``)."""
    return bool(r.title_before_re.search(text[max(0, start - 30):start]))


def _post_before(text: str, start: int, r: _Rules) -> bool:
    """A post, in any case, right before ``start`` (``hiệu trưởng`` + ``Trường ...`` + the person)."""
    return bool(r.post_before_any_re.search(text, max(0, start - 30), start))


def _organ_prefix(text: str, start: int, r: _Rules) -> int:
    """Extend a body back over an organ of it (``Ban Thường vụ`` + ``Tỉnh ủy``)."""
    window = text[max(0, start - 40):start]
    m = r.organ_re.search(window)
    if m:
        return start - (len(window) - m.start())
    return start


def _party(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.party_re, text, f.at.get("party", ())):
        start = _organ_prefix(text, m.start(), r)
        end = m.end("comm")
        per = None
        if m.group("name") and m.group("name").startswith("TP"):
            end = m.end("name")
            tm = r.tp_name_re.match(text, m.start("name"))
            if tm:  # ``Thành ủy TP. Hải Phòng`` (a person may follow: split there)
                nend, per = _name(text, tm.start("n"), tm.end("n"), r, province=2)
                end = nend if nend > tm.start("n") else m.end("comm")
        elif m.group("name"):
            ns, ne = m.span("name")
            nend, per = _name(text, ns, ne, r)
            if nend > ns:
                end = nend
        if per is None and m.group("name") and not m.group("name").startswith("TP") and _after_title(text, start, r):
            nm = text[m.start("name"):end]
            if nm not in r.places and nm not in units():
                f.add(m.start("name"), end, "PER", 2)  # ``Bí thư Tỉnh ủy`` + a name that is no place: the person
                continue
        if start == m.start() and end == m.end("comm"):
            continue  # a bare committee is generic
        f.add(start, end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _national(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.national_re, text, f.at.get("national", ())):
        if r.post_before_re.search(text, max(0, m.start() - 40), m.start()) or r.slogan_after_re.match(text, m.end()):
            continue  # ``Thủ tướng Chính phủ`` (a post), ``Chính phủ kiến tạo``, ``Cổng TTĐT Chính phủ``
        end = m.end()
        c = r.country_after_re.match(text, end)
        if c:
            end = c.end()  # ``Chính phủ Hàn Quốc``
        f.add(_organ_prefix(text, m.start(), r), end, "ORG", 0)
    for m in _at(r.ministry_re, text, f.at.get("ministry", ())):
        if _inside_name(text, m.start(), r):
            continue
        end, per = m.end(), None
        if m.group("loc"):
            end, per = _end_of_level(text, m.start("loc"), m.end("loc"), r)
            if end <= m.start("loc"):
                end = m.end("field")
        f.add(m.start(), end, "ORG", 0)
        if per:
            f.add(per[0], per[1], "PER", 2)


def _person_like(text: str, s: int, e: int, r: _Rules) -> bool:
    name = text[s:e]
    parts = name.split()
    return 2 <= len(parts) <= 5 and parts[0] in r.surnames and name not in r.places \
        and " ".join(parts[:2]) not in r.places


def _event(text: str, start: int, head: str, r: _Rules) -> bool:
    """The head at ``start`` names an event after the words before it (``Lễ hội`` + ``Hội Lim``)."""
    ev = r.event_before.get(head)
    return bool(ev) and bool(ev.search(text, max(0, start - 12), start))


def _person_after(text: str, pos: int, r: _Rules) -> bool:
    """A person's name follows ``pos`` across one space."""
    nm = r.name_at.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    return bool(nm) and _person_like(text, nm.start(), nm.end(), r)


def _inside_name(text: str, start: int, r: _Rules) -> bool:
    """The word at ``start`` continues a capitalised name (``Phòng`` in ``Hải Phòng``); a capitalised
    function word opening the sentence is no name's (``Theo Sở Y tế ...``, ``Tại Cục ...``)."""
    m = r.prev_cap_re.search(text, max(0, start - 12), start)
    return bool(m) and m.group().strip() not in r.openers_not_names


def _cap_after(text: str, pos: int) -> bool:
    """A capitalised word follows (not a Roman numeral: ``quý II``)."""
    return text[pos:pos + 1] == " " and text[pos + 1:pos + 2].isupper() and not _NUMBER_AFTER.match(text, pos)


def _name_after(text: str, pos: int, r: _Rules) -> str:
    m = r.name_at.match(text, pos + 1) if text[pos:pos + 1] == " " else None
    return m.group() if m else ""


def _outlets(text: str, r: _Rules, f: _Found) -> None:
    for m in _at(r.outlet_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)
    for m in _at(r.outlet_head_re, text, f.at.get("outlet", ())):
        if m.group() in r.places:
            continue  # ``Đài Loan``: the head word opens a place's name
        if m.group("head") in ("báo", "Báo") and _word_before(text, m.start(), lower=False) in r.not_after_bao:
            continue  # ``Tình báo``, ``nhà báo``, ``làm báo``: another word, or the trade
        end = m.end()
        name = m.group("n")
        if r.places.get(name) == "country":
            run = r.name_at.match(text, m.start("n"))
            if not run or run.end() <= end:
                continue  # ``báo Mỹ``: the country's press, no one outlet
            end = run.end()  # ``báo Pháp Luật``: a name that opens with a country's
            hcm = r.hcm_re.match(text, end + 1) if text[end:end + 1] == " " else None
            if hcm:
                end = hcm.end()  # (and its city: ``... TP.HCM``)
        if " " not in name and name not in r.outlets and name not in r.places and name[1:].islower() \
                and m.group("head").lower() in ("báo", "tạp chí") and not foreign_word(name):
            low = r.outlet_low_re.match(text, end)
            if low and not r.stop_re.match(text, low.start() + 1) and low.group().strip() not in r.level_words:
                end = low.end()  # ``báo Tin tức``: the name goes on in lowercase
                tail = r.outlet_place_tail_re.match(text, end)
                end = tail.end() if tail else end  # ``báo An ninh Thủ đô``: and ends in its place
        ed = r.outlet_edition_re.match(text, end)
        if ed:
            end = ed.end()  # ``báo ... trực tuyến``
        f.add(m.start(), end, "ORG", 0)
    for m in _at(r.outlet_place_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)  # ``Pháp Luật TP.HCM``
    for m in r.cued_outlet_re.finditer(text):
        if not r.title_re.match(text, m.start("o")):  # (not ``Theo Chủ tịch Hà Nội``: a post)
            f.add(m.start("o"), m.end("o"), "ORG", 0)  # ``Theo Phụ nữ TP.HCM``
    for m in r.dateline_re.finditer(text):
        o = m.group("o").strip()
        if o and o[0].isupper() and "http" not in o and not o.lower().startswith(("ảnh", "video", "clip")):
            s = m.start("o") + m.group("o").index(o)
            f.add(s, s + len(o), "ORG", 0)
    for m in r.source_re.finditer(text):
        f.add(m.start("o"), m.end("o"), "ORG", 0)
    for m in _at(r.brand_re, text, f.at.get("outlet", ())):
        f.add(m.start(), m.end(), "ORG", 0)


#: a university after a dash is the one its member school belongs to (one ORG, the outermost)
_PARENT_HEADS = frozenset({"ĐH", "ĐHQG"})


def _word_after(text: str, pos: int) -> str:
    """The lower-cased word right after ``pos`` across one space (``""`` if none)."""
    if pos >= len(text) or text[pos] not in " \u00a0":
        return ""
    j = pos + 1
    while j < len(text) and (text[j].isalpha() or "\u0300" <= text[j] <= "\u036f"):
        j += 1
    return text[pos + 1:j].lower()


def _word_before(text: str, pos: int, lower: bool = True) -> str:
    """The word right before ``pos`` across one space (``""`` if none), lower-cased unless ``lower`` is false."""
    if pos < 2 or text[pos - 1] not in " \u00a0":
        return ""
    j = pos - 1
    while j > 0 and (text[j - 1].isalpha() or "\u0300" <= text[j - 1] <= "\u036f"):
        j -= 1
    if j > 0 and (text[j - 1].isalnum()):
        return ""
    return text[j:pos - 1].lower() if lower else text[j:pos - 1]


def _coordinated_paren(text: str, pos: int, r: _Rules, f: _Found) -> bool:
    """``xã X (Đông Sơn)``: a place in parentheses after a place; whether a parenthesis followed."""
    m = r.paren_re.match(text, pos)
    if m is None:
        return False
    ns, ne = m.span("name")
    end, _ = _name(text, ns, ne, r, split=False)
    if end == ne and _placeish(text, ns, ne, r):
        if " " not in text[ns:ne] and text[ns:ne] not in r.places and text[ns:ne] not in units() \
                and pos in _ends(f, "ORG") and _ends_in_place(text, pos, r):
            # ``Trung tâm ... Hà Nội (Tramoc)``: an organisation that ends in its place already; the
            # parenthesis gives its short name, not another place (``Đại học X (Anh)`` is the country)
            f.add(ns, ne, "ORG", 0)
        else:
            f.add(ns, ne, "LOC", 1)
    return True


def _ends(f: _Found, label: str) -> set[int]:
    return {e for _, e, lab, _ in f.items if lab == label}


def _ends_in_place(text: str, pos: int, r: _Rules) -> bool:
    """The words right before ``pos`` (one to four) are a place of the gazetteer."""
    words = text[max(0, pos - 40):pos].split()
    return any(" ".join(words[-n:]) in r.places for n in range(1, min(4, len(words)) + 1))

