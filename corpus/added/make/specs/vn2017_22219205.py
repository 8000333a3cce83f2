DOC_ID = "vn2017_22219205"
META = dict(title="Ông Vũ Tiến Lộc: Để 20.000 viên thuốc hết hạn vì thủ tục là 'đỉnh cao' của vô cảm",
            outlet=None, url=None, published=None, authors=["Minh Sơn"])
LEGAL = [
    dict(doc_type="bao_cao", type_name="báo cáo", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="sơ kết tình hình thực hiện Nghị quyết 35 về hỗ trợ và phát triển doanh nghiệp",
         mentions=[("báo cáo sơ kết tình hình thực hiện Nghị quyết 35 về hỗ trợ và phát triển doanh nghiệp", 0)]),
    dict(doc_type="nghi_quyet", type_name="Nghị quyết", number="35", code=None, year=None, issued_date=None,
         issuer=None, title="hỗ trợ và phát triển doanh nghiệp", mentions=[("Nghị quyết 35", 0)]),
    dict(doc_type="bao_cao", type_name="báo cáo", number=None, code=None, year=None, issued_date=None,
         issuer="VCCI", title="tổng hợp đánh giá của cộng đồng doanh nghiệp về việc thực hiện Nghị quyết này",
         mentions=[("báo cáo tổng hợp đánh giá của cộng đồng doanh nghiệp về việc thực hiện Nghị quyết này của VCCI", 0)]),
    dict(doc_type="chi_thi", type_name="chỉ thị", number=None, code=None, year=None, issued_date=None,
         issuer="Thủ tướng", title="đồng hành cùng doanh nghiệp",
         mentions=[("chỉ thị về đồng hành cùng doanh nghiệp", 0)]),
]
DATES = [
    ("năm 2017", 0, "year", "2017"),
    ("17/5", 0, "date", "XXXX-05-17"),
    ("năm 2015", 0, "year", "2015"),
    ("năm 2016", 0, "year", "2016"),
    ("2015", 1, "year", "2015"),
]
PCTS = [
    ("75%", 0, dict(metric="doanh nghiệp theo khảo sát của VCCI đã đánh giá các cơ quan chính quyền có chuyển biến tích cực", metric_kind="other")),
    ("30%", 0, dict(qualifier="approx", metric="đánh giá chuyển biến còn chưa đạt yêu cầu", metric_kind="other")),
    ("48%", 0, dict(metric="doanh nghiệp khu vực tư nhân và khu vực FDI cho biết sẽ mở rộng quy mô kinh doanh", metric_kind="other")),
]
DOSS = []
ENTS = [
    ("Phòng Thương mại và Công nghiệp Việt Nam", "all", "ORG"),
    ("Bệnh viện Truyền máu Huyết học TP HCM", "all", "ORG"),
    ("Trung tâm Hội nghị Quốc gia", "all", "LOC"),
    ("Văn phòng Chính phủ", "all", "ORG"),
    ("Bộ Kế hoạch & Đầu tư", "all", "ORG"),
    ("cà phê Xin Chào", "all", "ORG"),
    ("Vũ Tiến Lộc", "all", "PER"),
    ("Lộc", "all", "PER"),
    ("VCCI", "all", "ORG"),
    ("Hà Nội", "all", "LOC"),
    ("Lê Mạnh Hà", "all", "PER"),
    ("Nguyễn Xuân Phúc", "all", "PER"),
    ("Chính phủ", 2, "ORG"),
    ("Hồ Sĩ Hùng", "all", "PER"),
    ("Minh Sơn", "all", "PER"),
]
