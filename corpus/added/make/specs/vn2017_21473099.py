DOC_ID = "vn2017_21473099"
META = dict(title="Ông Nguyễn Đức Chung: Có nhân viên vỗ ngực xưng quản lý",
            outlet=None, url=None, published=None, authors=[])
LEGAL = [
    dict(doc_type="ke_hoach", type_name="Kế hoạch", number="169", code="169/KH-UBND", year=None, issued_date=None,
         issuer="UBND TP", title=None, mentions=[("Kế hoạch số 169/KH-UBND", 0)]),
]
DATES = [
    ("6-2", 0, "date", "XXXX-02-06"),
    ("năm 2017", 0, "year", "2017"),
    ("2-2", 0, "date", "XXXX-02-02"),
    ("tháng 3-2017", 0, "month", "2017-03"),
]
PCTS = []
DOSS = []
ENTS = [
    ("Sở Kế hoạch và Đầu tư TP Hà Nội", "all", "ORG"),
    ("Viện Quy hoạch xây dựng TP Hà Nội", "all", "ORG"),
    ("Sở Nội vụ TP Hà Nội", "all", "ORG"),
    ("UBND TP Hà Nội", "all", "ORG"),
    ("UBND quận Hai Bà Trưng", "all", "ORG"),
    ("UBND phường Vĩnh Tuy", "all", "ORG"),
    ("UBND phường Bách Khoa", "all", "ORG"),
    ("UBND phường Phương Liên", "all", "ORG"),
    ("UBND TP", "all", "ORG"),
    ("Sở Nội vụ", "all", "ORG"),
    ("TP Hà Nội", "all", "LOC"),
    ("quận Hai Bà Trưng", "all", "LOC"),
    ("quận Đống Đa", "all", "LOC"),
    ("Nguyễn Đức Chung", "all", "PER"),
    ("Chung", "all", "PER"),
]
