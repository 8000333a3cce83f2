"""Where a law's name ends, what is not a law, and the ends of numbered documents' titles.

Each case is written for this test (not taken from any corpus): the name of a
law goes on over a pair word after a comma, its head word repeated, `và` or
`của` before a few small nouns that end where a name ends, and two bodies after
`của`; it ends at an adverb, a verb, a clause or a sentence opener.  Counter
cases show the same shapes where the name has ended.
"""

from __future__ import annotations

import pytest

from cchc_extract.facts.legal import find_legal_documents


def _spans(text: str) -> list[str]:
    return [m.text for d in find_legal_documents(text) for m in d.mentions]


def _first(text: str):
    docs = find_legal_documents(text)
    assert docs, f"no document in {text!r}"
    return docs[0]


@pytest.mark.parametrize("text, span", [
    # a pair word after the comma
    ("Cơ quan công an xử lý theo Luật Phòng, chống ma túy; Luật Cư trú cũng áp dụng.", "Luật Phòng, chống ma túy"),
    ("Quốc hội đã biểu quyết Luật Quản lý, sử dụng tài sản công với đa số phiếu.",
     "Luật Quản lý, sử dụng tài sản công"),
    # the head word again after the comma
    ("Doanh nghiệp kê khai theo Luật Thuế tài nguyên, thuế môi trường và hướng dẫn của Bộ.",
     "Luật Thuế tài nguyên, thuế môi trường"),
    # small nouns after the comma, then where a name ends
    ("Người lao động được bảo vệ theo Luật An toàn, vệ sinh lao động.", "Luật An toàn, vệ sinh lao động"),
    ("Tỉnh tuyên truyền Luật Xuất bản, in và phát hành; Luật Báo chí cũng được phổ biến.",
     "Luật Xuất bản, in và phát hành"),
    ("Quốc hội thảo luận dự án Luật Quản lý, bảo quản, tàu thuyền, ngư cụ và cảng cá. Sau đó, đại biểu phát biểu.",
     "Luật Quản lý, bảo quản, tàu thuyền, ngư cụ và cảng cá"),
    # `và` before small nouns that end the name
    ("Cây giống được kiểm tra theo Luật Bảo vệ và kiểm dịch thực vật.", "Luật Bảo vệ và kiểm dịch thực vật"),
    ("Quy định này phù hợp với Luật Hôn nhân và gia đình hiện nay.", "Luật Hôn nhân và gia đình"),
    ("Chính sách cho doanh nghiệp nhỏ và vừa theo Luật Hỗ trợ hộ kinh doanh nhỏ và vừa (HKD) đã có.",
     "Luật Hỗ trợ hộ kinh doanh nhỏ và vừa"),
    # `của` before small nouns, or two bodies
    ("Nhiều điểm mới trong Luật Phòng, chống tác hại của thuốc lá.", "Luật Phòng, chống tác hại của thuốc lá"),
    ("Đoàn làm việc theo Luật Hoạt động chất vấn của Quốc hội và Hội đồng nhân dân, sau đó báo cáo.",
     "Luật Hoạt động chất vấn của Quốc hội và Hội đồng nhân dân"),
    # the name ends at an adverb, a verb or an adjective
    ("Địa phương kiến nghị sửa Luật Cư trú một cách đồng bộ.", "Luật Cư trú"),
    ("Mức phạt được tính theo Bộ luật Lao động tương ứng với lỗi vi phạm.", "Bộ luật Lao động"),
    ("Cơ quan tuyên truyền Luật Giao thông đường thủy đồng thời tổ chức tuần tra.", "Luật Giao thông đường thủy"),
    ("Việc này đúng với Luật Thương mại hiện nay.", "Luật Thương mại"),
    ("Các văn bản hướng dẫn Luật Thú y thuộc trách nhiệm của Bộ.", "Luật Thú y"),
    # an abbreviation is the whole name
    ("Nhiều văn bản hướng dẫn Luật ATTP chậm được ban hành.", "Luật ATTP"),
    # a sentence opener after a name: a lost full stop
    ("Đại biểu thảo luận về Luật Thủy sản Sáng nay, phiên họp tiếp tục.", "Luật Thủy sản"),
])
def test_where_a_law_name_ends(text, span):
    assert span in _spans(text), _spans(text)


@pytest.mark.parametrize("text, span", [
    # a clause after the comma: the name has ended
    ("Theo Luật Đất đai, người sử dụng đất được cấp giấy chứng nhận.", "Luật Đất đai"),
    ("Theo Luật Cư trú, công dân được tự do đi lại.", "Luật Cư trú"),
    ("Việc này phù hợp với Luật Giá và Luật Khoáng sản, cụ thể: khoản 2 Điều 9.", "Luật Giá"),
    ("Căn cứ Luật Dược, đề xuất này là hợp lý.", "Luật Dược"),
    # adjectives of manner after the comma
    ("Việc chọn nhà thầu phải theo Luật Xây dựng, minh bạch, hiệu quả; tránh thất thoát.", "Luật Xây dựng"),
    # `và` before a rule or a verb: the name has ended
    ("Dự án phải tuân thủ Luật Đầu tư và quy định của tỉnh.", "Luật Đầu tư"),
    ("Cơ quan áp dụng Luật Đất đai và người dân được hướng dẫn.", "Luật Đất đai"),
    # `của` before whose law it is, or one issuer
    ("Luật Đầu tư của ta còn nhiều điểm chưa rõ.", "Luật Đầu tư"),
])
def test_a_law_name_stops_before_a_clause(text, span):
    assert _spans(text)[0] == span


def test_one_issuer_after_a_law_stays_its_issuer():
    doc = _first("Chính phủ hướng dẫn Luật Đất đai của Quốc hội khóa XIII về thu hồi đất.")
    assert doc.mentions[0].text == "Luật Đất đai"
    assert doc.issuer == "Quốc hội khóa XIII"


def test_two_bodies_after_a_law_are_its_name_not_its_issuer():
    doc = _first("Đoàn làm việc theo Luật Hoạt động chất vấn của Quốc hội và Hội đồng nhân dân, sau đó báo cáo.")
    assert doc.issuer is None
    assert doc.title == "Hoạt động chất vấn của Quốc hội và Hội đồng nhân dân"


def test_the_constitution_takes_the_country_and_its_year():
    doc = _first("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013; Quốc hội ban hành luật này.")
    assert doc.mentions[0].text == "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013"
    assert doc.year == 2013
    assert _spans("Quyền con người được ghi trong Hiến pháp năm 1992.") == ["Hiến pháp năm 1992"]


@pytest.mark.parametrize("text, span", [
    ("Nghị viện đã phủ quyết dự luật Nhập cư của chính phủ.", "dự luật Nhập cư"),
    ("Thượng viện xem xét dự luật Thuế mới trong tuần.", "dự luật Thuế"),
])
def test_a_bill_is_a_law_with_its_type_word(text, span):
    docs = find_legal_documents(text)
    assert [m.text for d in docs for m in d.mentions] == [span]
    assert docs[0].doc_type == "luat" and docs[0].type_name == "dự luật"


@pytest.mark.parametrize("text", [
    "Các đại biểu cho rằng dự luật này cần sửa thêm.",
    "Dự luật được thông qua với đa số phiếu.",
    # a law word then a verb: the Law in general
    "Lần này, Luật cho phép người dân tự chọn nơi đăng ký.",
    "Theo ông, Luật nghiêm cấm mọi hành vi xâm hại trẻ em.",
    # fields of study and professions
    "Sinh viên học các môn Luật hình sự, Luật dân sự, Luật thương mại quốc tế.",
    "Chương trình gồm các môn học về Luật ngân hàng, Luật chứng khoán.",
    "Anh theo nghề luật Tuy nhiên sau đó chuyển sang kinh doanh.",
    # a field inside a convention's name, a school's name
    "Tranh chấp được giải quyết theo Công ước về Luật Biển năm 1982.",
    "Giảng viên Trường Đại học Kinh tế - Luật cho biết như vậy.",
])
def test_not_a_law(text):
    assert find_legal_documents(text) == []


def test_a_law_after_an_unrelated_list_is_still_a_law():
    assert _spans("Công ước về quyền trẻ em và Luật Trẻ em đều được phổ biến.") == ["Luật Trẻ em"]
    assert _spans("Tỉnh phổ biến Luật Đất đai, Luật Nhà ở, Luật Xây dựng.") == [
        "Luật Đất đai", "Luật Nhà ở", "Luật Xây dựng"]


def test_a_code_with_a_spaced_ampersand():
    doc = _first("Ngày 3/4, Sở ban hành Công văn số 45/SGD & ĐT-TCCB về việc tuyển dụng giáo viên.")
    assert doc.code == "45/SGD & ĐT-TCCB"
    assert doc.mentions[0].text == "Công văn số 45/SGD & ĐT-TCCB"
    assert doc.title == "tuyển dụng giáo viên"
    # `&` before a word that is not a code's capitals joins nothing
    assert _first("Thực hiện Quyết định số 5/QĐ-UBND & Kế hoạch số 6/KH-UBND của tỉnh.").code == "5/QĐ-UBND"


@pytest.mark.parametrize("text, issuer", [
    ("Bộ Tài chính đã trình dự thảo Nghị định về thuế tài nguyên.", None),
    ("Bộ Xây dựng trình Chính phủ Nghị định số 15/2021/NĐ-CP vào tháng trước.", None),
    ("UBND huyện trình Đề án số 3 về sắp xếp đơn vị hành chính.", "UBND huyện"),
    ("Năm 2016, UBND TP. Cần Thơ ban hành Quyết định 15 về giá đất.", "UBND TP. Cần Thơ"),
])
def test_issuer_before_a_document(text, issuer):
    assert _first(text).issuer == issuer


@pytest.mark.parametrize("text, title", [
    # the next document of a list
    ("Cơ quan thực hiện Thông tư số 10/2016/TT-BTC về quản lý phí và Công văn số 200/BTC-CST ngày 3/3/2017.",
     "quản lý phí"),
    ("Tỉnh quán triệt Nghị quyết số 7 về phát triển du lịch và triển khai Chỉ thị số 9 về an ninh.",
     "phát triển du lịch"),
    # the predicate of the sentence
    ("Thông tư 22 quy định đánh giá học sinh có nhiều điểm chưa hợp lý, Bộ sẽ sửa.",
     "quy định đánh giá học sinh"),
    ("Từ tháng 6, Thông tư số 07/2017/TT-BTC về phí thẩm định dự án (PTĐ) chính thức có hiệu lực.",
     "phí thẩm định dự án (PTĐ)"),
    # a bracketed short name inside the title
    ("Bộ ban hành Quyết định số 88/2015/QĐ-BNN phê duyệt Đề án phát triển cây ăn quả (CAQ) giai đoạn 2015-2020.",
     "phê duyệt Đề án phát triển cây ăn quả (CAQ) giai đoạn 2015-2020"),
])
def test_where_a_numbered_document_title_ends(text, title):
    assert _first(text).title == title


def test_a_list_shares_the_subject_written_after_its_issuer():
    docs = find_legal_documents(
        "Căn cứ Nghị quyết số 11/NQ-HĐND ngày 2/3/2016 và Nghị quyết số 12/NQ-HĐND ngày 4/5/2016 "
        "của Hội đồng nhân dân tỉnh về phân bổ vốn đầu tư công.")
    assert [d.title for d in docs] == ["phân bổ vốn đầu tư công", "phân bổ vốn đầu tư công"]
    assert [d.issuer for d in docs] == ["Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh"]
    # a comma alone may open another item of a longer enumeration: no subject is shared over it
    docs = find_legal_documents("Bộ hướng dẫn Nghị định số 20/2016/NĐ-CP, Nghị định số 21/2017/NĐ-CP ngày 1/3/2017 "
                                "của Chính phủ về phí trước bạ.")
    assert [d.title for d in docs] == [None, "phí trước bạ"]
    # a document with its own subject keeps it
    docs = find_legal_documents("UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về cấp nước và Quyết định số "
                                "13/QĐ-UBND về thoát nước.")
    assert [d.title for d in docs] == ["cấp nước", "thoát nước"]


def test_a_capitalised_heading_at_the_start_of_its_line_is_still_a_plan():
    text = "Tin tỉnh\nKẾ HOẠCH Cải cách hành chính giai đoạn 2021-2025\nUBND tỉnh ban hành kế hoạch này."
    assert _spans(text)[0] == "KẾ HOẠCH Cải cách hành chính giai đoạn 2021-2025"
