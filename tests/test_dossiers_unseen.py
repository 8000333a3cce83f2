"""Dossier counts in forms seen outside the dev corpus: designated bodies,
backlogs that add up to a channel's total, tables flattened into lines, and
the sum checks on them.

Sentences are our own wording.  The pure function is driven directly (no
dates stage) except where the checks stage is part of what is tested.
"""

from __future__ import annotations

import time

import cchc_extract
from cchc_extract.facts.checks import find_checks
from cchc_extract.facts.dossiers import find_dossier_counts


def _by_count(text: str):
    return {d.count: d for d in find_dossier_counts(text)}


# ---------------------------------------------------------------- agency


def test_designated_bodies_are_the_agency_of_their_clause():
    text = ("Tổng hồ sơ tiếp nhận trên hệ thống điện tử của Cục Thú y là 3.000 hồ sơ, trong đó Cục Thú y "
            "tiếp nhận 1.800 hồ sơ; các tổ chức được Cục chỉ định tiếp nhận 1.200 hồ sơ.")
    got = _by_count(text)
    assert got[3000].agency == "Cục Thú y"
    assert got[1800].agency == "Cục Thú y"
    assert got[1200].agency == "các tổ chức được Cục chỉ định"
    # the parts still inherit the total's status and channel
    assert got[1200].status == "received" and got[1200].channel == "online"


def test_a_plural_body_without_designation_is_not_an_agency():
    got = _by_count("Các tổ chức trên địa bàn đã nộp 45 hồ sơ.")
    assert got[45].agency is None


def test_report_sentence_after_a_breakdown_by_office_takes_the_total_office():
    text = ("Chi cục Kiểm lâm nhận 900 hồ sơ, trong đó Chi cục nhận 500 hồ sơ; các đơn vị được Chi cục "
            "ủy quyền nhận 400 hồ sơ. Tổng số hồ sơ đã giải quyết là 880 hồ sơ.")
    assert _by_count(text)[880].agency == "Chi cục Kiểm lâm"


# ---------------------------------------------------------------- backlog of a channel's total


def test_resolved_and_pending_that_sum_to_an_online_total_are_online():
    text = ("Tổng số hồ sơ nhận qua mạng của Sở là 1.000 hồ sơ. Số hồ sơ đã giải quyết là 960 hồ sơ; "
            "số hồ sơ đang xử lý là 40.")
    got = _by_count(text)
    assert [got[n].channel for n in (1000, 960, 40)] == ["online", "online", "online"]
    assert got[960].status == "resolved" and got[40].status == "pending"


def test_no_channel_is_carried_without_the_exact_sum():
    text = "Sở nhận 1.000 hồ sơ qua mạng. Sở đã giải quyết 900 hồ sơ, đang giải quyết 40 hồ sơ."
    got = _by_count(text)
    assert got[900].channel is None and got[40].channel is None


def test_no_channel_is_carried_over_a_paragraph_break_or_an_approximate_total():
    text = "Sở nhận 1.000 hồ sơ qua mạng.\n\nSở đã giải quyết 960 hồ sơ, đang giải quyết 40 hồ sơ."
    assert _by_count(text)[960].channel is None
    text = "Sở nhận hơn 1.000 hồ sơ qua mạng. Sở đã giải quyết 960 hồ sơ, đang giải quyết 40 hồ sơ."
    assert _by_count(text)[960].channel is None


def test_no_channel_is_carried_past_a_new_received_total():
    text = ("Sở nhận 1.000 hồ sơ qua mạng. Huyện tiếp nhận 500 hồ sơ, đã giải quyết 960 hồ sơ, "
            "đang giải quyết 40 hồ sơ.")
    assert _by_count(text)[960].channel is None


# ---------------------------------------------------------------- tables flattened into lines


def test_table_columns_give_status_and_rows_give_the_office():
    text = ("Kết quả giải quyết hồ sơ năm 2024\n"
            "STT | Đơn vị | Tiếp nhận | Đã giải quyết | Quá hạn | Tỷ lệ đúng hạn (%)\n"
            "1 | Xã Hòa Bình | 215 | 210 | 5 | 97\n"
            "2 | Phường Đông Ba | 98 | 98 | 0 | 100\n")
    got = [(d.text, d.status, d.agency) for d in find_dossier_counts(text)]
    assert got == [
        ("215", "received", "Xã Hòa Bình"), ("210", "resolved", "Xã Hòa Bình"), ("5", "overdue", "Xã Hòa Bình"),
        ("98", "received", "Phường Đông Ba"), ("98", "resolved", "Phường Đông Ba"), ("0", "overdue", "Phường Đông Ba"),
    ]
    for d in find_dossier_counts(text):
        assert text[d.start:d.end] == d.text


def test_tables_about_other_things_give_no_counts():
    text = "Chỉ tiêu\tKế hoạch\tThực hiện\nSố xã đạt chuẩn\t12\t14\n"
    assert find_dossier_counts(text + "Xã nộp hồ sơ đúng hạn.") == []
    text = "Xã | Dân số | Tiếp nhận\nXã Đông Hà | 12.500 | 300\n"
    assert find_dossier_counts(text) == []


def test_table_with_wide_rows_stays_fast():
    text = "Kết quả giải quyết hồ sơ\n" + "Đơn vị | Tiếp nhận | Quá hạn\n" + "Xã A | 12 | 3\n" * 4000
    t0 = time.process_time()
    got = find_dossier_counts(text)
    assert len(got) == 8000
    assert time.process_time() - t0 < 5


# ---------------------------------------------------------------- checks on totals with parts


def test_checks_on_a_report_with_carried_over_and_new_dossiers():
    text = ("Số hồ sơ tiếp nhận trong kỳ: 6.200 hồ sơ (kỳ trước chuyển qua: 150 hồ sơ; "
            "tiếp nhận mới: 6.050 hồ sơ); đã giải quyết 6.100 hồ sơ, trong đó trước hạn 5.000 hồ sơ, "
            "đúng hạn 1.090 hồ sơ, quá hạn 10 hồ sơ.")
    rec = cchc_extract.extract(text)
    counts = [d.count for d in rec.dossier_counts]
    assert counts == [6200, 150, 6050, 6100, 5000, 1090, 10]
    sums = {(c.total, tuple(c.parts)): c.holds for c in rec.checks}
    assert sums[(0, (1, 2))] is True
    assert sums[(3, (4, 5, 6))] is True


def test_checks_still_hold_on_the_pure_function_output():
    text = "Huyện tiếp nhận 1.000 hồ sơ (trực tuyến 700 hồ sơ, trực tiếp 300 hồ sơ)."
    counts = find_dossier_counts(text)
    checks = find_checks(counts, text)
    assert [(c.total, c.parts, c.holds) for c in checks] == [(0, [1, 2], True)]
