"""Tables flattened into lines: a header names what each column counts."""

from __future__ import annotations

import regex

from .vocab import _BEFORE_NOUN_RE, _CHANNEL_OF, _CHANNEL_RE, _NOUN_RE, _NUM, _SPECIFIC
from .candidate import _Count, _in_spans, _value
from .resolve import _cues


# ---------------------------------------------------------------- tables flattened into lines


_LINE_RE = regex.compile(r"[^\n]++")
_CELL_RE = regex.compile(r"[^\t|]++")
_CELL_NUMBER_RE = regex.compile(rf"[ \u00a0]*+(?P<num>{_NUM})[ \u00a0]*+")
_SHARE_HEADER_RE = regex.compile(r"(?i)%|tỷ\s++lệ|tỉ\s++lệ|phần\s++trăm|bình\s++quân|trung\s++bình")
_ROW_OFFICE_RE = regex.compile(r"(?i)(?:xã|phường|thị\s++trấn|huyện|quận|thị\s++xã|thành\s++phố|tỉnh|sở|ban|"
                               r"cục|chi\s++cục|bộ\s++phận|trung\s++tâm|văn\s++phòng|chi\s++nhánh|UBND)\s++\S")


def _cells(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The cells of a table line (split at tabs and bars), as stripped spans."""
    out = []
    for m in _CELL_RE.finditer(text, ls, le):
        a, b = m.start(), m.end()
        while a < b and text[a] in " \u00a0":
            a += 1
        while b > a and text[b - 1] in " \u00a0\r":
            b -= 1
        out.append((a, b))
    return out


def _column_meaning(cell: str, dossier_table: bool) -> tuple[str | None, str | None] | None:
    """(status, channel) a header cell gives its column, or None when its figures are not dossier counts."""
    if _SHARE_HEADER_RE.search(cell):
        return None
    cues = [s for _, _, s in _cues(cell) if s != "neutral"]
    m = _CHANNEL_RE.search(cell)
    ch = _CHANNEL_OF[" ".join(m.group().lower().split())] if m else None
    if not (cues or ch or _NOUN_RE.search(cell)) or not (dossier_table or _NOUN_RE.search(cell)):
        return None
    status = next((s for s in cues if s in _SPECIFIC), cues[0] if cues else None)
    return status, ch


def _table_cells(text: str, blocked) -> tuple[list[_Count], dict[int, tuple]]:
    """A table flattened into lines (cells split by tabs or bars): a header line names what
    each column counts (``Đơn vị | Tiếp nhận | Đã giải quyết | Quá hạn`` under a caption
    about ``hồ sơ``); the bare figures below it are dossier counts with the column's status
    and channel and the row's office.  Returns the new counts and, for every table figure's
    start, (status, channel, office, caption span).  Read only where the engine hit a tab
    or a bar (the anchor of the `table_cell` rule, :mod:`.rules`)."""
    counts: list[_Count] = []
    meaning: dict[int, tuple] = {}
    header: list[tuple[str | None, str | None] | None] | None = None
    dossier_table = False
    prev_line = ""
    caption = (0, 0)  # the line above the header: `Kết quả giải quyết hồ sơ năm 2024:`
    for line in _LINE_RE.finditer(text):
        ls, le = line.span()
        cells = _cells(text, ls, le) if ("\t" in line.group() or "|" in line.group()) else []
        cells = [c for c in cells if c[0] < c[1]]
        if len(cells) < 2:
            header = None
            prev_line = line.group()
            caption = (ls, le)
            continue
        numeric = [bool(_CELL_NUMBER_RE.fullmatch(text, a, b)) for a, b in cells]
        if header is None or not any(n or _BEFORE_NOUN_RE.match(text, a, b) for (a, b), n in zip(cells, numeric)):
            # bare figures count dossiers only under a header or caption that names them;
            # `120 hồ sơ` in a cell names them itself
            dossier_table = bool(_NOUN_RE.search(line.group()) or _NOUN_RE.search(prev_line))
            cols = [_column_meaning(text[a:b], True) for a, b in cells]
            header = cols if any(cols) else None
            prev_line = line.group()
            continue
        office = None
        for (a, b), num in zip(cells, numeric):
            if not num and _ROW_OFFICE_RE.match(text, a, b):
                office = text[a:b]
                break
        for k, ((a, b), num) in enumerate(zip(cells, numeric)):
            col = header[k] if k < len(header) else None
            if col is None:
                continue
            if not num:
                if _BEFORE_NOUN_RE.match(text, a, b):
                    meaning[a] = (col[0], col[1], office, caption)
                continue
            if not dossier_table:
                continue
            m = _CELL_NUMBER_RE.fullmatch(text, a, b)
            ns, ne = m.span("num")
            if _in_spans(blocked, ns, ne):
                continue
            count, rounded = _value(m.group("num"), None)
            if count is None:
                continue
            counts.append(_Count(ns, ne, ns, ne, count, ne, rounded, rule="table_cell"))
            meaning[ns] = (col[0], col[1], office, caption)
    return counts, meaning
