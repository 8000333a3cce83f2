DOC_ID = "vn2017_22514288"
META = dict(title="Bộ ngành, địa phương thực hiện 707 TTHC mức độ 3,4",
            outlet="BaoChinhphu.vn", url=None, published=None, authors=["Phương Nhi"])
LEGAL = [
    dict(doc_type="other", type_name="Danh mục", number=None, code=None, year=None, issued_date=None,
         issuer="Thủ tướng Chính phủ",
         title="dịch vụ công trực tuyến mức độ 3 và 4 thực hiện tại các bộ, ngành, địa phương năm 2017",
         mentions=[("Danh mục dịch vụ công trực tuyến mức độ 3 và 4 thực hiện tại các bộ, ngành, địa phương năm 2017", 0)]),
    dict(doc_type="huong_dan", type_name="hướng dẫn", number=None, code=None, year=None, issued_date=None,
         issuer="Văn phòng Chính phủ",
         title="tiêu chí đánh giá, xác định thủ tục hành chính thực hiện dịch vụ công trực tuyến mức độ 3 và 4",
         mentions=[("hướng dẫn tiêu chí đánh giá, xác định thủ tục hành chính thực hiện dịch vụ công trực tuyến mức độ 3 và 4", 0)]),
    dict(doc_type="other", type_name="Khung Kiến trúc", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="Chính phủ điện tử Việt Nam",
         mentions=[("Khung Kiến trúc Chính phủ điện tử Việt Nam", 0)]),
    dict(doc_type="tieu_chuan", type_name="quy chuẩn kỹ thuật", number=None, code=None, year=None, issued_date=None,
         issuer="Bộ Thông tin và Truyền thông", title="kết nối, tích hợp dịch vụ công",
         mentions=[("quy chuẩn kỹ thuật về kết nối, tích hợp dịch vụ công", 0)]),
    dict(doc_type="tieu_chuan", type_name="Quy chuẩn kỹ thuật quốc gia", number=None, code="QCVN:109/2017/BTTTT",
         year=2017, issued_date=None, issuer=None,
         title="cấu trúc thông điệp dữ liệu công dân trao đổi với cơ sở dữ liệu quốc gia về dân cư",
         mentions=[("Quy chuẩn kỹ thuật quốc gia về cấu trúc thông điệp dữ liệu công dân trao đổi với cơ sở dữ liệu quốc gia về dân cư (QCVN:109/2017/BTTTT)", 0)]),
]
DATES = [("năm 2017", i, "year", "2017") for i in range(5)]
PCTS = []
DOSS = []
ENTS = [
    ("Bộ Y tế", "all", "ORG"),
    ("Bộ Văn hóa, thể thao và Du lịch", "all", "ORG"),
    ("Bộ Giao thông vận tải", "all", "ORG"),
    ("Văn phòng Chính phủ", "all", "ORG"),
    ("Bộ Thông tin và Truyền thông", "all", "ORG"),
    ("Việt Nam", "all", "LOC"),
    ("Bộ Công an", "all", "ORG"),
    ("Ngân hàng Nhà nước", "all", "ORG"),
    ("Phương Nhi", "all", "PER"),
    ("BaoChinhphu.vn", "all", "ORG"),
]
