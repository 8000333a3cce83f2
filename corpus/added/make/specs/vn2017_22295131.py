DOC_ID = "vn2017_22295131"
META = dict(title="Thủ tướng đang đối thoại với cộng đồng doanh nghiệp cả nước",
            outlet="Báo Điện tử Giáo dục Việt nam", url=None, published=None,
            authors=["Diệu Linh", "Mai Anh"])
LEGAL = [
    dict(doc_type="nghi_quyet", type_name="Nghị quyết", number="35", code=None, year=None, issued_date=None,
         issuer="Chính phủ", title="hỗ trợ và phát triển doanh nghiệp",
         mentions=[("Nghị quyết 35", 0),
                   ("Nghị quyết của Chính phủ về hỗ trợ và phát triển doanh nghiệp", 0),
                   ("Nghị quyết 35", 1)]),
]
DATES = [
    ("năm 2016", 0, "year", "2016"),
    ("2015", 0, "year", "2015"),
    ("năm 2017", 0, "year", "2017"),
]
PCTS = [
    ("16%", 0, dict(is_change=True, metric="doanh nghiệp thành lập mới", metric_kind="growth_rate",
                    agency="Việt Nam", period="2016")),
]
DOSS = []
ENTS = [
    ("Báo Điện tử Giáo dục Việt nam", "all", "ORG"),
    ("Thành phố Hồ Chí Minh", "all", "LOC"),
    ("Bộ Kế hoạch và Đầu tư", "all", "ORG"),
    ("Ngân hàng thế giới", "all", "ORG"),
    ("Nguyễn Xuân Phúc", "all", "PER"),
    ("Nguyễn Chí Dũng", "all", "PER"),
    ("Việt Nam", "all", "LOC"),
] + [("Chính phủ", i, "ORG") for i in (0, 2, 3, 5, 6)] + [
    ("Diệu Linh", "all", "PER"),
    ("Mai Anh", "all", "PER"),
]
