DOC_ID = "vn2017_22374996"
META = dict(title="Dư nợ nước ngoài của Chính phủ tăng 6,5 lần trong 15 năm",
            outlet=None, url=None, published=None, authors=["Thành Nam"])
LEGAL = [
    dict(doc_type="luat", type_name="Luật", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="Quản lý nợ công (sửa đổi)", mentions=[("Luật Quản lý nợ công (sửa đổi)", 0)]),
    dict(doc_type="bao_cao", type_name="Báo cáo", number=None, code=None, year=None, issued_date=None,
         issuer="Ủy ban Tài chính - Ngân sách", title="thẩm tra", mentions=[("Báo cáo thẩm tra", 0)]),
    dict(doc_type="bao_cao", type_name="báo cáo", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="giải trình, tiếp thu, chỉnh lý dự án luật Quản lý ngoại thương",
         mentions=[("báo cáo giải trình, tiếp thu, chỉnh lý dự án luật Quản lý ngoại thương", 0)]),
    dict(doc_type="luat", type_name="luật", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="Quản lý ngoại thương",
         mentions=[("luật Quản lý ngoại thương", 0), ("Luật Quản lý ngoại thương", 0)]),
]
DATES = [
    ("cuối năm 2015", 0, "year", "2015"),
    ("cuối năm 2001", 0, "year", "2001"),
    ("25/5", 0, "date", "XXXX-05-25"),
    ("năm 2017", 0, "year", "2017"),
]
PCTS = [
    ("30%", 0, dict(is_change=True, is_target=True, metric="các thủ tục hành chính của bộ",
                    metric_kind="other", agency="Bộ Công Thương", period="2017")),
]
DOSS = []
ENTS = [
    ("Ngân hàng Phát triển Châu Á", "all", "ORG"),
    ("Ngân hàng Thế giới", "all", "ORG"),
    ("Ủy ban Tài chính - Ngân sách", "all", "ORG"),
    ("Ủy ban Kinh tế", "all", "ORG"),
    ("Bộ Tài chính", "all", "ORG"),
    ("Bộ Công Thương", "all", "ORG"),
    ("Chính phủ", "all", "ORG"),
    ("Quốc hội", "all", "ORG"),
    ("Đinh Tiến Dũng", "all", "PER"),
    ("Nhật Bản", "all", "LOC"),
    ("Nguyễn Đức Hải", "all", "PER"),
    ("Vũ Hồng Thanh", "all", "PER"),
    ("Trần Tuấn Anh", "all", "PER"),
    ("Thành Nam", "all", "PER"),
]
