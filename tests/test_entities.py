"""The entity tagger (facts/entities.py): behaviour beyond the YAML examples.

The YAML entries in ``patterns/entities.yaml`` are tested one by one by
``test_pattern_examples.py``; here: the corpus score, the flat-layer and
offset invariants, reading abbreviations and their expansions alike, the
gazetteer, the pipeline stage, and linear time on adversarial input.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_extract.evaluate import ent_key, match
from cchc_extract.facts.entities import find_entities
from cchc_extract.gazetteers import places
from cchc_extract.reading import read_article

ROOT = Path(__file__).resolve().parents[1]


def spans(text: str, **kw) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, **kw)]


def check_invariants(text: str) -> None:
    ents = find_entities(text)
    prev_end = -1
    for e in ents:
        assert text[e.start:e.end] == e.text
        assert e.label in ("PER", "LOC", "ORG")
        assert e.start >= prev_end, "one flat layer: no overlapping mentions"
        assert e.text.strip() == e.text and e.text
        prev_end = e.end


# ---------------------------------------------------------------- corpus


def test_corpus_overlap_f1_above_bar(corpus_paths):
    tp = n_gold = n_pred = 0
    for path in corpus_paths:
        text = read_article(path).text
        gold = json.loads((ROOT / "corpus" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["entities"]
        pred = [e.model_dump() for e in find_entities(text)]
        tp += len(match(gold, pred, ent_key, need_overlap=True))
        n_gold += len(gold)
        n_pred += len(pred)
        check_invariants(text)
    p, r = tp / n_pred, tp / n_gold
    assert 2 * p * r / (p + r) >= 0.90


def test_pipeline_stage_fills_entities_and_skips_boilerplate():
    from cchc_extract import extract

    text = ("UBND tỉnh Nghệ An đẩy mạnh cải cách\n\nMinh Anh\n\nÔng Lê Văn Hải, Chủ tịch UBND tỉnh Nghệ An, cho biết."
            "\n\nBình luận của bạn\n\nÔng Trần Văn Bình viết bình luận.")
    rec = extract(text)
    got = {(e.text, e.label) for e in rec.entities}
    assert ("Lê Văn Hải", "PER") in got
    assert ("UBND tỉnh Nghệ An", "ORG") in got
    assert ("Trần Văn Bình", "PER") not in got  # inside the comment box
    for e in rec.entities:
        assert text[e.start:e.end] == e.text


# ---------------------------------------------------------------- behaviour


def test_outermost_span_wins():
    assert spans("Bộ phận một cửa UBND Thành phố Vinh tiếp nhận hồ sơ.") == [
        ("Bộ phận một cửa UBND Thành phố Vinh", "ORG")]


def test_titles_are_not_part_of_person_names():
    got = spans("Phó Chủ tịch UBND huyện Nguyễn Văn An và Giám đốc Sở Tư pháp Trần Thị Bích dự họp.")
    assert ("Nguyễn Văn An", "PER") in got
    assert ("Trần Thị Bích", "PER") in got
    assert all("Chủ tịch" not in t and "Giám đốc" not in t for t, _ in got)


@pytest.mark.parametrize("short,full", [
    ("UBND tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Hà Giang"),
    ("HĐND TP Cần Thơ", "Hội đồng nhân dân thành phố Cần Thơ"),
    ("Ủy ban MTTQ tỉnh Yên Bái", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái"),
    ("Sở TT&TT tỉnh Bắc Kạn", "Sở Thông tin và Truyền thông tỉnh Bắc Kạn"),
])
def test_abbreviation_and_expansion_read_alike(short, full):
    for name in (short, full):
        assert spans(f"Năm nay {name} đã hoàn thành kế hoạch.") == [(name, "ORG")]


@pytest.mark.parametrize("generic", ["UBND", "HĐND", "Thành ủy", "Tỉnh ủy", "Đảng", "Trung ương", "Thủ tướng",
                                     "các sở, ngành", "UBND cấp xã", "UBND các phường"])
def test_generic_references_are_not_entities(generic):
    assert spans(f"Theo chỉ đạo của {generic}, công tác này được đẩy mạnh.") == []


def test_place_word_case_and_capital_headings():
    assert spans("THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ THÀNH PHỐ: kết quả") == [("ĐẢNG BỘ THÀNH PHỐ", "ORG")]
    assert spans("Tỉnh Quảng Nam và THÀNH PHỐ Đà Nẵng ký kết hợp tác.") == [
        ("Tỉnh Quảng Nam", "LOC"), ("THÀNH PHỐ Đà Nẵng", "LOC")]


def test_person_after_province_level_body_is_split_off():
    got = spans("Chủ tịch UBND tỉnh Hà Văn Nam kiểm tra Trung tâm Phục vụ hành chính công tỉnh.")
    assert ("UBND tỉnh", "ORG") in got and ("Hà Văn Nam", "PER") in got


def test_urban_district_with_opening_word_inside():
    assert spans("Người dân quận Hai Bà Trưng nộp hồ sơ trực tuyến.") == [("quận Hai Bà Trưng", "LOC")]


def test_byline_from_metadata_authors_is_tagged_everywhere():
    text = "Tiêu đề\n\nNội dung bài viết.\n\nHoài Thu (TTXVN)"
    assert ("Hoài Thu", "PER") in spans(text, authors=["Hoài Thu"])


def test_year_names_and_web_words_are_not_people():
    assert spans("Sau Tết Nguyên đán Giáp Thìn, cán bộ làm việc bình thường. Ảnh: Internet") == []


def test_hyphenated_province_from_gazetteer():
    assert spans("Tỉnh Bà Rịa - Vũng Tàu dẫn đầu.")[0] == ("Tỉnh Bà Rịa - Vũng Tàu", "LOC")


# ---------------------------------------------------------------- gazetteer


def test_gazetteer_covers_units_before_and_after_the_2025_merger():
    p = places()
    for old in ("Hà Giang", "Bình Dương", "Quảng Bình", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu", "Hải Dương"):
        assert p.get(old) == "province", old
    for new in ("Tuyên Quang", "Huế", "Hồ Chí Minh", "Cà Mau"):
        assert new in p
    assert p["Tây Nguyên"] == "region" and p["Nhật Bản"] == "country"
    assert p.get("Khánh Hoà") == "province"  # old-style tone placement


def test_gazetteer_file_is_what_the_build_script_writes():
    vp = pytest.importorskip("vietnam_provinces")
    from cchc_extract.gazetteers import build

    header, *shipped = build.OUT.read_text(encoding="utf-8").splitlines()
    if f"vietnam-provinces {vp.__version__};" not in header:
        pytest.skip(f"places.tsv was built from another vietnam-provinces release ({header})")
    assert shipped == [f"{n}\t{k}" for n, k in build.build()]


# ---------------------------------------------------------------- robustness


def best_time(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        find_entities(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize("chunk", [
    "Nguyễn ", "UBND ", "Trung tâm ", "tỉnh ", "Ảnh: ", "Bộ phận một cửa ", "A ", "TP.", "1.", "Khu dân cư ",
    "Ông Bà ", "và ", "(IOC) ", "Hà Nội ",
    # the gazetteer, list, address, acronym, credit and repeated-name rules
    "các Sở: Y tế, ", "Tư pháp, ", "Bộ Tư pháp, Nội vụ ", "thôn Sở Hạ ", "xã Kỳ Sơn. Kỳ Sơn ", "Bộ GTVT (ABC) ",
    "NSND Lan Hương và ", "Ảnh C.N ", "Ninh Sở, ", "Theo An/B ", "Ngân hàng Thế giới ", "3 xã là Tân Hòa, ",
])
def test_adversarial_input_stays_linear(chunk):
    find_entities("khởi động")
    small = chunk * (10_000 // len(chunk))
    big = chunk * (100_000 // len(chunk))  # one 100k-character line
    t_small = best_time(small, 3)
    t_big = best_time(big, 2)
    assert t_big < 8.0
    assert t_big < 40 * max(t_small, 0.02)  # 10× the input: linear, far from quadratic (100×)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "UBND", "tỉnh", "Thanh Hóa", "Nguyễn", "Văn", "An", "Ông", "bà", "TP.", "Vinh", ",", ".", "\n", "và", "Sở",
    "Nội vụ", "Trung tâm", "điều hành", "thành phố", "Ảnh:", "(", ")", "Thành ủy", "Ban Thường vụ", "Việt Nam",
    "Bộ phận “một cửa”", "xã", "Đông Minh", "2023", "Chủ tịch", "Hai Bà Trưng", " ", "TP.HCM",
    "các Sở:", "Y tế", "Bộ GTVT", "(PSC)", "PSC", "Ninh Sở", "Thường Tín", "NSND", "Ảnh", "C.N", "Theo", "/", "tên",
    "Chính phủ", "Thủ tướng", "Khu công nghệ cao", "Cảng vụ Hàng hải", "EU", "Mỹ",
]), max_size=40).map(" ".join))
def test_random_text_keeps_offsets_and_one_flat_layer(text):
    check_invariants(text)
