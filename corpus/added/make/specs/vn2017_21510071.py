DOC_ID = "vn2017_21510071"
META = dict(title="Đà Nẵng: Khoảng 129.150 thuê bao chuyển đổi từ mã vùng 511 sang 236",
            outlet=None, url=None, published=None, authors=["Vũ Vân Anh"])
LEGAL = [
    dict(doc_type="ke_hoach", type_name="Kế hoạch", number=None, code=None, year=None, issued_date=None,
         issuer="Bộ TT&TT", title="Chuyển đổi mã vùng", mentions=[("Kế hoạch Chuyển đổi mã vùng", 0)]),
    dict(doc_type="quyet_dinh", type_name="Quyết định", number="2036", code="2036/QĐ-BTTTT", year=2016,
         issued_date="2016-11-21", issuer="Bộ TT&TT", title=None,
         mentions=[("Quyết định số 2036/QĐ-BTTTT", 0)]),
    dict(doc_type="ke_hoach", type_name="Kế hoạch", number=None, code=None, year=None, issued_date=None,
         issuer="Sở TT&TT", title="tuyên truyền chuyển đổi mã vùng trên địa bàn thành phố Đà Nẵng",
         mentions=[("Kế hoạch tuyên truyền chuyển đổi mã vùng trên địa bàn thành phố Đà Nẵng", 0)]),
]
DATES = [
    ("10/2", 0, "date", "XXXX-02-10"),
    ("00 giờ 00 phút ngày 11/2", 0, "datetime", "XXXX-02-11T00:00"),
    ("00 giờ 00 phút ngày 11/2", 1, "datetime", "XXXX-02-11T00:00"),
    ("0h 0 phút ngày 11/2", 0, "datetime", "XXXX-02-11T00:00"),
    ("21/11/2016", 0, "date", "2016-11-21"),
    ("tháng 12/2016", 0, "month", "2016-12"),
]
PCTS = []
DOSS = []
ENTS = [
    ("Sở TT&TT TP. Đà Nẵng", "all", "ORG"),
    ("TT&TT TP. Đà Nẵng", "all", "ORG"),
    ("Trung tâm Thông tin Dịch vụ công thành phố", "all", "ORG"),
    ("Trung tâm Thông tin Dịch vụ công", "all", "ORG"),
    ("Tạp chí điện tử Thông tin và Truyền thông (ICT) Đà Nẵng", "all", "ORG"),
    ("Trung tâm Phát triển nguồn nhân lực chất lượng cao", "all", "ORG"),
    ("Sở Lao động -Thương binh và Xã hội", "all", "ORG"),
    ("Sở Thông tin và Truyền thông", "all", "ORG"),
    ("Sở Giao thông, Vận tải", "all", "ORG"),
    ("Sở Xây dựng", "all", "ORG"),
    ("Sở Ngoại vụ", "all", "ORG"),
    ("Sở Tư pháp", "all", "ORG"),
    ("Sở TT&TT", "all", "ORG"),
    ("Bộ TT&TT", "all", "ORG"),
    ("thành phố Đà Nẵng", "all", "LOC"),
    ("Đà Nẵng", "all", "LOC"),
    ("PSC", "all", "ORG"),
    ("VNPT", "all", "ORG"),
    ("Viettel", "all", "ORG"),
    ("Nguyễn Hoàng Cẩm", "all", "PER"),
    ("Vũ Vân Anh", "all", "PER"),
]
