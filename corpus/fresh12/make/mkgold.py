"""Turn corpus/fresh12/make/specs/<id>.txt into corpus/fresh12/gold/<id>.json.

A spec lists one entity mention a line, `LABEL text`, in document order.  Each
line is resolved to the next occurrence of `text` at or after the end of the
previous mention, on word boundaries (no letter or digit on either side).  The
script asserts text[start:end] == span, no overlap, and prints every other
occurrence of a listed string that no mention covers, for review.
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


def boundary_ok(text, s, e):
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def resolve(text, spec_lines):
    out, pos = [], 0
    for line in spec_lines:
        label, span = line.split(" ", 1)
        assert label in ("PER", "LOC", "ORG"), line
        i = text.find(span, pos)
        while i >= 0 and not boundary_ok(text, i, i + len(span)):
            i = text.find(span, i + 1)
        assert i >= 0, f"not found after {pos}: {line!r}"
        assert text[i:i + len(span)] == span
        out.append({"text": span, "start": i, "end": i + len(span), "label": label})
        pos = i + len(span)
    return out


def main(verbose=False):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        doc_id = spec.stem
        text = (ROOT / "articles" / f"{doc_id}.txt").read_text(encoding="utf-8")
        lines = [l for l in spec.read_text(encoding="utf-8").splitlines() if l.strip()]
        ents = resolve(text, lines)
        for a, b in zip(ents, ents[1:]):
            assert a["end"] <= b["start"], (a, b)
        (ROOT / "gold" / f"{doc_id}.json").write_text(
            json.dumps({"doc_id": doc_id, "entities": ents}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        if verbose:
            print(f"== {doc_id}: {len(ents)} entities")
            for e in ents:
                print(f"  {e['label']} {e['start']:5d} {e['text']!r:45} ..{text[max(0, e['start']-25):e['start']]!r}")
            for span in sorted({e["text"] for e in ents}):
                i = text.find(span)
                while i >= 0:
                    j = i + len(span)
                    if boundary_ok(text, i, j) and not any(e["start"] <= i and j <= e["end"] for e in ents):
                        print(f"  UNCOVERED {span!r} at {i}: {text[max(0, i-40):j+20]!r}")
                    i = text.find(span, i + 1)


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
