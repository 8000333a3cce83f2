"""Round 10 audit of legal documents: the classes fixed after it.

Every sentence is written for this test (none is taken from a corpus).  The
issuer: a post that signs for a body (`Bộ trưởng Bộ ...`, `Phó Chánh thanh tra
Sở ...`, `Tổng Thanh tra Chính phủ`) is part of it; the name of the person who
signed, written after the body, is not; a part of the next document (`Khoản 2
Điều 9 ...`) after `và` ends the body's name.  Counter cases keep a place that
opens with a family-name syllable (`tỉnh Lâm Đồng`, `TP Hồ Chí Minh`).
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.legal import find_legal_documents
from cchc_extract.facts.legal.resolve import _without_signer


def _first(text: str):
    docs = find_legal_documents(text)
    assert docs, f"no document in {text!r}"
    return docs[0]


# ------------------------------------------------------------------ posts before a body


@pytest.mark.parametrize("text, issuer, title", [
    ("Theo Quyết định số 321/QĐ-BNV của Bộ trưởng Bộ Nội vụ phê duyệt danh sách, các tỉnh rà soát.",
     "Bộ trưởng Bộ Nội vụ", "phê duyệt danh sách"),
    ("Cơ sở thực hiện Thông tư số 12/2018/TT-BCT ngày 5/6/2018 của Bộ trưởng Bộ Công Thương.",
     "Bộ trưởng Bộ Công Thương", None),
    ("Quyết định số 58/QĐ-SXD của Giám đốc Sở Xây dựng về việc thu hồi giấy phép đã được gửi đi.",
     "Giám đốc Sở Xây dựng", "thu hồi giấy phép"),
    ("Theo Kết luận số 90/KL-TTCP của Thanh tra Chính phủ, dự án có nhiều sai phạm.",
     "Thanh tra Chính phủ", None),
    ("Nghị định số 18/CP ngày 9/4/1965 của Hội đồng Chính phủ quy định chế độ phụ cấp đã hết hiệu lực.",
     "Hội đồng Chính phủ", "quy định chế độ phụ cấp"),
])
def test_a_post_before_its_body_is_part_of_the_issuer(text, issuer, title):
    d = _first(text)
    assert d.issuer == issuer
    assert d.title == title


def test_a_post_signing_before_the_document():
    d = _first("Ngày 20/3/2018, Phó Chánh thanh tra Sở Giao thông vận tải đã ký Quyết định số 45/QĐ-XPVPHC.")
    assert d.issuer == "Phó Chánh thanh tra Sở Giao thông vận tải"
    assert d.issued_date == "2018-03-20"


# ------------------------------------------------------------------ the signer's name after a body


@pytest.mark.parametrize("text, issuer", [
    ("Chủ tịch UBND huyện Đức Thọ Nguyễn Văn Long đã ký Quyết định số 230/QĐ-UBND về kỷ luật cán bộ.",
     "Chủ tịch UBND huyện Đức Thọ"),
    ("Phó Chủ tịch UBND TP Đà Nẵng Đặng Việt Dũng vừa có văn bản số 905/UBND-KT gửi các sở.",
     "Phó Chủ tịch UBND TP Đà Nẵng"),
    ("Tổng Thanh tra Chính phủ Lê Minh Khái đã ký Quyết định số 118/QĐ-TTCP về thanh tra đất đai.",
     "Tổng Thanh tra Chính phủ"),
    ("Bộ GD-ĐT Phạm Ngọc Thưởng vừa ký công văn số 55/BGDĐT-GDTH hướng dẫn dạy học.", "Bộ GD-ĐT"),
])
def test_the_signers_name_is_not_the_issuer(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    # a place whose first syllable is also a family name stays
    ("UBND tỉnh Lâm Đồng vừa ban hành Quyết định số 44/QĐ-UBND về giá đất.", "UBND tỉnh Lâm Đồng"),
    ("UBND TP Hồ Chí Minh đã ban hành Chỉ thị số 19/CT-UBND về phòng dịch.", "UBND TP Hồ Chí Minh"),
    ("HĐND tỉnh Hà Giang đã thông qua Nghị quyết số 30/NQ-HĐND về học phí.", "HĐND tỉnh Hà Giang"),
    # a body's own capitalised words are not a name
    ("Theo Quyết định số 77/QĐ-BCT của Bộ Công Thương, mức giá điều chỉnh.", "Bộ Công Thương"),
])
def test_a_place_or_body_name_is_kept(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("issuer, kept", [
    ("Chủ tịch UBND quận Hải Châu Lê Văn Bình", "Chủ tịch UBND quận Hải Châu"),
    ("Sở Nội vụ Trần Thị Mai", "Sở Nội vụ"),
    ("Thủ tướng Phạm Minh Chính", "Thủ tướng"),
    ("UBND tỉnh Lâm Đồng", "UBND tỉnh Lâm Đồng"),
    ("UBND xã Hà Lâm", "UBND xã Hà Lâm"),
    ("Bộ trưởng Thương mại Wilbur Ross", "Bộ trưởng Thương mại Wilbur Ross"),  # no Vietnamese family name
    ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
    (None, None),
])
def test_without_signer(issuer, kept):
    assert _without_signer(issuer) == kept


# ------------------------------------------------------------------ a part of the next document


@pytest.mark.parametrize("text", [
    "Điều 5 Nghị định số 15/2019/NĐ-CP của Chính phủ và Khoản 3 Điều 7 Thông tư số 08/2019/TT-BTC đã quy định.",
    "Theo Nghị định số 15/2019/NĐ-CP ngày 1/2/2019 của Chính phủ và Điều 2 Quyết định số 9/QĐ-TTg, việc này đúng.",
    "Căn cứ Nghị định số 15/2019/NĐ-CP của Chính phủ và Điểm b Khoản 1 Điều 4 Thông tư số 08/2019/TT-BTC.",
])
def test_a_part_of_the_next_document_ends_the_issuer(text):
    d = _first(text)
    assert d.issuer == "Chính phủ"
    assert d.title is None


def test_two_bodies_joined_by_and_stay_one_issuer():
    assert _first("Theo Nghị quyết số 12 của Bộ Chính trị và Ban Bí thư, các cấp phải thực hiện.").issuer \
        == "Bộ Chính trị và Ban Bí thư"


@pytest.mark.parametrize("text, issuer", [
    ("Dự án nằm trong Kế hoạch bảo trì đường bộ năm 2019 của Bộ Giao thông vận tải đã được duyệt.",
     "Bộ Giao thông vận tải"),
    ("Sở Giao thông vận tải đã ban hành Công văn số 310/SGTVT-QLVT về xe khách.", "Sở Giao thông vận tải"),
    ("Theo Thông tư số 15/2019/TT-BNN của Bộ Nông nghiệp và Phát triển nông thôn, việc kiểm dịch được siết.",
     "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_a_fields_small_words_end_the_body_name(text, issuer):
    assert _first(text).issuer == issuer


# ------------------------------------------------------------------ where an unnumbered name ends


@pytest.mark.parametrize("text, span", [
    # the horizon after a span of years is part of the name
    ("Tỉnh triển khai Đề án phát triển thủy sản giai đoạn 2021-2025, định hướng đến năm 2030 với nhiều giải pháp.",
     "Đề án phát triển thủy sản giai đoạn 2021-2025, định hướng đến năm 2030"),
    ("Thành phố ban hành Kế hoạch chuyển đổi số đến năm 2025, tầm nhìn đến năm 2030.",
     "Kế hoạch chuyển đổi số đến năm 2025, tầm nhìn đến năm 2030"),
    ("Chương trình phát triển đô thị giai đoạn 2021 - 2025, tầm nhìn 2035 đã được thông qua.",
     "Chương trình phát triển đô thị giai đoạn 2021 - 2025, tầm nhìn 2035"),
    # a subject after `về` goes on over a comma into a list of small words
    ("Huyện quán triệt Nghị quyết về xây dựng, chỉnh đốn Đảng; các chi bộ thực hiện.",
     "Nghị quyết về xây dựng, chỉnh đốn Đảng"),
    ("Hội đồng thông qua Đề án về phát triển du lịch, dịch vụ đã được trình.",
     "Đề án về phát triển du lịch, dịch vụ"),
    # a law's enumeration ends at a comma before a clause word
    ("Cảnh sát chỉ nổ súng theo Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ, đó là khi bị tấn công.",
     "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ"),
])
def test_the_name_runs_on(text, span):
    assert _first(text).mentions[0].text == span


@pytest.mark.parametrize("text, span", [
    # a plain year dates a plan; a comma and a clause after it end the name
    ("Tỉnh ban hành Kế hoạch cải cách hành chính năm 2024, tầm quan trọng của nó rất lớn.",
     "Kế hoạch cải cách hành chính năm 2024"),
    # a clause after the comma ends the subject
    ("Tỉnh ban hành Kế hoạch về cải cách hành chính, các sở phải thực hiện.", "Kế hoạch về cải cách hành chính"),
    ("Bí thư đã soạn thảo Chỉ thị về công tác cán bộ, đồng chí nhấn mạnh vai trò của tổ chức.",
     "Chỉ thị về công tác cán bộ"),
    ("Theo Luật Đất đai, người dân được cấp giấy chứng nhận.", "Luật Đất đai"),
])
def test_the_name_ends(text, span):
    assert _first(text).mentions[0].text == span


# ------------------------------------------------------------------ refinements read off the whole corpus


@pytest.mark.parametrize("text, issuer", [
    # an abbreviation takes no small syllable after it (the verb that follows)
    ("Quyết định số 71 của Bộ trưởng Bộ TN&MT điều động cán bộ đã có hiệu lực.", "Bộ trưởng Bộ TN&MT"),
    # but a one-letter capital is a word of the name (Bộ Y tế)
    ("Thực hiện Công văn số 12/BYT-KCB của Bộ trưởng Bộ Y tế, các sở triển khai.", "Bộ trưởng Bộ Y tế"),
    # a signer after a known body
    ("Ngày 3/4, Bộ trưởng Bộ Tài chính Đinh Văn Nam đã ký Quyết định số 88/QĐ-BTC về thuế.", "Bộ trưởng Bộ Tài chính"),
    ("Giám đốc Bệnh viện đa khoa huyện Tân Phú đã ký Quyết định số 9/QĐ-BV về việc điều động.",
     "Giám đốc Bệnh viện đa khoa huyện Tân Phú"),
])
def test_issuer_refinements(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, span", [
    # `và` + a longer verb phrase after a law is no part of its name
    ("Tại hội thảo sơ kết Luật Thủy sản và đóng góp ý kiến, các hộ dân kiến nghị.", "Luật Thủy sản"),
    # a short `và` part before a comma and a clause word is
    ("Luật Quản lý nợ công và vay, trong đó quy định hạn mức, đã được thông qua.", "Luật Quản lý nợ công và vay"),
    # a type word with its own subject after a comma is another document
    ("Bộ sẽ ban hành Nghị định về quản lý giống cây trồng, quy định về thức ăn chăn nuôi; các tỉnh phối hợp.",
     "Nghị định về quản lý giống cây trồng"),
])
def test_name_refinements(text, span):
    assert _first(text).mentions[0].text == span


def test_a_title_ends_before_and_especially():
    d = _first("Theo Thông tư số 02/2019/TT-BNV của Bộ Nội vụ quy định việc lưu trữ hồ sơ và đặc biệt là "
               "Nghị quyết số 17/NQ-CP, các cơ quan phải số hóa.")
    assert d.title == "quy định việc lưu trữ hồ sơ"


# ------------------------------------------------------------------ what the code, `của X tại`, `&`, `ngày ... tại` say


@pytest.mark.parametrize("text, doc_type", [
    ("Dự án được chấp thuận tại Văn bản số 518/QĐ-UBND ngày 2/3/2016 của UBND tỉnh.", "quyet_dinh"),
    ("Bộ đã gửi văn bản số 77/BC-BNV tới Chính phủ.", "bao_cao"),
    ("Sở có văn bản số 12-KH/SNV về lộ trình số hóa.", "ke_hoach"),
    ("UBND TP vừa có văn bản số 905/UBND-KT yêu cầu các quận kiểm tra.", "cong_van"),  # UBND: a body, no kind
    ("Công văn số 31/QĐ-UBND đã được gửi đi.", "cong_van"),  # the writer named the kind
])
def test_a_code_says_what_a_van_ban_is(text, doc_type):
    assert _first(text).doc_type == doc_type


@pytest.mark.parametrize("text, issuer", [
    ("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 45/TTr-STP, UBND tỉnh quyết định.", "Giám đốc Sở Tư pháp"),
    ("Theo ý kiến của Bộ Tài chính tại Công văn số 610/BTC-QLG, giá được giữ nguyên.", "Bộ Tài chính"),
    ("Kiến nghị của UBND huyện Cư Jút tại Báo cáo số 88/BC-UBND đã được xem xét.", "UBND huyện Cư Jút"),
])
def test_the_body_whose_proposal_a_document_holds(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Ngày 4/5/2018, Bộ Giáo dục & Đào tạo đã có văn bản số 1200/BGDĐT-GDTX gửi các sở.", "Bộ Giáo dục & Đào tạo"),
    ("Theo Quyết định số 7/QĐ-SVHTT của Sở Văn hóa & Thể thao, lễ hội được tổ chức.", "Sở Văn hóa & Thể thao"),
])
def test_an_ampersand_joins_a_body_name(text, issuer):
    assert _first(text).issuer == issuer


def test_the_ampersand_body_gives_the_day_before_it():
    assert _first("Ngày 4/5/2018, Bộ Giáo dục & Đào tạo đã có văn bản số 1200/BGDĐT-GDTX gửi các sở.").issued_date \
        == "2018-05-04"


@pytest.mark.parametrize("text, day", [
    ("Trước đó, ngày 3/9/2015 tại Văn bản số 812/UBND-NN, huyện đã nêu rõ việc này.", "2015-09-03"),
    ("Ngày 12/6/2019, bằng Công văn số 77/STNMT-ĐĐ, Sở yêu cầu dừng thi công.", "2019-06-12"),
])
def test_the_day_before_tai_a_document_is_its_date(text, day):
    assert _first(text).issued_date == day


@pytest.mark.parametrize("text, issuer", [
    ("Quốc hội thảo luận và biểu quyết thông qua Nghị quyết số 55/2017/QH14 về dự toán ngân sách.", "Quốc hội"),
    ("Chiều nay, Quốc hội đã thảo luận và biểu quyết thông qua Luật Thủy lợi với đa số phiếu.", "Quốc hội"),
])
def test_an_assembly_that_debates_and_votes_passes_the_document(text, issuer):
    assert _first(text).issuer == issuer


def test_a_later_van_ban_joins_the_one_its_code_typed():
    docs = find_legal_documents("Ngày 3/2/2016, Bộ trưởng ký văn bản số 119/BC-BCT gửi Chính phủ. "
                                "Văn bản số 119 nêu rõ nhiều ý kiến.")
    assert len(docs) == 1 and docs[0].doc_type == "bao_cao" and len(docs[0].mentions) == 2


@pytest.mark.parametrize("text", [
    # whose words a notice carries is not who sent it
    "Các kết luận của Thủ tướng Chính phủ tại Thông báo số 64/TB-VPCP được triển khai nghiêm túc.",
    # the code names the sender
    "Theo ý kiến chỉ đạo của Phó Thủ tướng tại Công văn số 4147/VPCP-NN, các bộ phải báo cáo.",
])
def test_of_x_tai_is_not_always_the_issuer(text):
    assert _first(text).issuer is None


@pytest.mark.parametrize("text", [
    "Theo yêu cầu tại Văn bản số 770/TTr-VP ngày 27/12/2016, Thanh tra tỉnh đề nghị dừng thanh tra.",  # TTr: Thanh tra
    "Cục Thuế đã có văn bản số 1520/CT-TTHT hướng dẫn doanh nghiệp.",  # CT: Cục Thuế
])
def test_letters_that_also_open_bodies_codes_leave_van_ban_a_letter(text):
    assert _first(text).doc_type == "cong_van"


@pytest.mark.parametrize("text, span", [
    ("Quốc hội thảo luận dự án Luật trách nhiệm bồi thường của Nhà nước (sửa đổi) sáng nay.",
     "Luật trách nhiệm bồi thường của Nhà nước (sửa đổi)"),
    ("Theo Luật Trách nhiệm bồi thường của Nhà nước, người bị oan được bồi thường.",
     "Luật Trách nhiệm bồi thường của Nhà nước"),
    # `của Nhà nước ta`: whose law, not its name
    ("Luật Đất đai của Nhà nước ta đã quy định rõ việc này.", "Luật Đất đai"),
    # a joiner left before the next item of a list is no part of a title
    ("Quốc hội thảo luận dự thảo Nghị quyết về xử lý nợ xấu của các ngân hàng và dự án Luật Thủy lợi.",
     "Nghị quyết về xử lý nợ xấu của các ngân hàng"),
])
def test_where_more_names_end(text, span):
    assert _first(text).mentions[0].text == span


@pytest.mark.parametrize("text, year", [
    # the amended code's number dates the code, not the amending law
    ("Ủy ban cho ý kiến về Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13 hôm nay.", None),
    # a year after the amended law's name is the amending law's
    ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Thuế giá trị gia tăng năm 2016.", 2016),
])
def test_the_year_of_an_amending_law(text, year):
    assert _first(text).year == year


def test_the_long_and_short_name_of_a_law_are_one_document():
    docs = find_legal_documents("Sau đó là Luật Trách nhiệm bồi thường của Nhà nước. Luật Trách nhiệm bồi thường có 9 chương.")
    assert len(docs) == 1 and len(docs[0].mentions) == 2


def test_a_numbered_amended_law_ends_the_amending_laws_name():
    docs = find_legal_documents("Quốc hội thông qua Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13, "
                                "Luật Trợ giúp pháp lý và Luật Thủy lợi.")
    assert [d.mentions[0].text for d in docs] == [
        "Luật Sửa đổi, bổ sung một số điều của Bộ luật Hình sự số 100/2015/QH13", "Luật Trợ giúp pháp lý",
        "Luật Thủy lợi"]


# ------------------------------------------------------------------ not documents


@pytest.mark.parametrize("text", [
    # a subject that points back names no document
    "Vì vậy, Thủ tướng đã ký ban hành chỉ thị chấn chỉnh vấn đề này để hỗ trợ doanh nghiệp.",
    "Bộ sẽ xây dựng đề án giải quyết việc đó trong năm tới.",
    # `suốt` + a time is how long something lasted: `báo cáo` there is the verb
    "Báo cáo kết quả khảo sát suốt 6 tháng qua, TS Lê Minh cho biết bãi biển đang bị xói lở.",
])
def test_no_document(text):
    assert find_legal_documents(text) == []


@pytest.mark.parametrize("text, span", [
    ("Thủ tướng đã ký ban hành chỉ thị chấn chỉnh công tác thanh tra doanh nghiệp.",
     "chỉ thị chấn chỉnh công tác thanh tra doanh nghiệp"),
    ("Hội nghị nghe Báo cáo kết quả công tác 6 tháng đầu năm 2024 của Sở.",
     "Báo cáo kết quả công tác 6 tháng đầu năm 2024"),
])
def test_still_documents(text, span):
    assert _first(text).mentions[0].text == span


@pytest.mark.parametrize("text, issuer", [
    # only the assembly passes a law: a body written with a bill drafted or reported on it
    ("Theo dự thảo Luật Thuế tài nguyên của Bộ Tài chính, mức thuế sẽ tăng.", None),
    ("Trong báo cáo giải trình dự án Luật Thủy lợi (sửa đổi) của Ủy ban Kinh tế, nhiều ý kiến được tiếp thu.", None),
    ("Quốc hội đã thông qua Luật Thủy lợi với đa số phiếu.", "Quốc hội"),
    ("Luật Đất đai 2013 của Quốc hội khóa XIII có hiệu lực từ năm sau.", "Quốc hội khóa XIII"),
])
def test_the_issuer_of_a_law(text, issuer):
    d = next(d for d in find_legal_documents(text) if d.doc_type == "luat")
    assert d.issuer == issuer


def test_a_resolution_on_a_scheme_named_by_a_quote():
    d = _first("HĐND tỉnh đã thông qua Nghị quyết về Đề án “Phát triển giao thông nông thôn giai đoạn 2021-2025”.")
    assert d.mentions[0].text == "Nghị quyết về Đề án “Phát triển giao thông nông thôn giai đoạn 2021-2025”"
    assert d.issuer == "HĐND tỉnh"


def test_a_subject_then_a_quote_keeps_its_own_words():
    d = _first("Tỉnh ban hành Nghị quyết về phát triển du lịch “xanh” trong năm nay.")
    assert d.mentions[0].text.startswith("Nghị quyết về phát triển du lịch")


@pytest.mark.parametrize("text, title", [
    # the term in brackets after a plenum's resolution comes before its subject
    ("Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (Khóa XI) về đổi mới giáo dục.",
     "đổi mới giáo dục"),
    ("Thực hiện Nghị quyết số 23-NQ/TW của Bộ Chính trị (Khóa X) về phát triển văn học, nghệ thuật.",
     "phát triển văn học, nghệ thuật"),
])
def test_a_term_in_brackets_before_the_subject(text, title):
    assert _first(text).title == title


def test_a_plenum_resolution_in_a_list_keeps_its_own_issuer():
    docs = find_legal_documents("Thực hiện Nghị quyết Trung ương 8 (Khóa XI) về “Chiến lược bảo vệ Tổ quốc”, "
                                "Nghị quyết số 28-NQ/TW của Bộ Chính trị (Khóa X) về quốc phòng.")
    assert docs[0].title == "Chiến lược bảo vệ Tổ quốc" and docs[0].issuer is None
    assert docs[1].issuer == "Bộ Chính trị"


@pytest.mark.parametrize("text, issuer", [
    ("Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (Khóa XI) về đổi mới giáo dục.",
     "Ban Chấp hành Trung ương Đảng"),
    ("Thực hiện Nghị quyết Hội nghị Ban Chấp hành Trung ương lần thứ tư khóa XII về xây dựng Đảng.",
     "Ban Chấp hành Trung ương"),
    ("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.", None),  # no body written
])
def test_a_plenum_resolution_names_its_committee(text, issuer):
    assert _first(text).issuer == issuer


def test_plenum_mentions_with_and_without_the_committee_join():
    docs = find_legal_documents("Tỉnh quán triệt Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII. "
                                "Việc thực hiện Nghị quyết Trung ương 4 khóa XII được kiểm tra.")
    assert len(docs) == 1 and len(docs[0].mentions) == 2


@pytest.mark.parametrize("text, issuer", [
    # a post written small before a capitalised body
    ("Theo Quyết định 95 ngày 2-3-1985 của chủ tịch Hội đồng Bộ trưởng, khu đất được giao cho quân đội.",
     "chủ tịch Hội đồng Bộ trưởng"),
    ("Quyết định số 12/QĐ-UBND của chủ tịch UBND tỉnh Hà Tĩnh về thu hồi đất đã có hiệu lực.",
     "chủ tịch UBND tỉnh Hà Tĩnh"),
])
def test_a_post_written_small(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Tương tự ở tuyến huyện, Bộ đã có Thông tư 37, mỗi huyện chỉ có một trung tâm y tế.", None),
    ("Trước đó, Sở đã ban hành Kế hoạch số 45/KH-SNV về tinh giản biên chế.", None),
    ("Bộ Y tế đã có Thông tư 37 về trung tâm y tế.", "Bộ Y tế"),
])
def test_a_kind_of_body_alone_is_no_issuer(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Thông tin trên được Tổng cục Thuế đưa ra trong Công văn số 812/TCT-CS gửi các cục thuế.", "Tổng cục Thuế"),
    ("Nội dung này được Bộ Nội vụ nêu tại Văn bản số 55/BNV-CCVC mới đây.", "Bộ Nội vụ"),
])
def test_the_body_that_put_it_in_a_document(text, issuer):
    assert _first(text).issuer == issuer
