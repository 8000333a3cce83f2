DOC_ID = "vn2017_21484954"
META = dict(title="Bí thư Hà Nội: Dân có mắng chửi, cán bộ vẫn phải vui",
            outlet=None, url=None, published=None, authors=["Thắng Quang"])
LEGAL = [
    dict(doc_type="bao_cao", type_name="báo cáo", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="tiền khả thi dự án nâng cấp di tích lịch sử quốc gia đặc biệt đền Hát Môn",
         mentions=[("báo cáo tiền khả thi dự án nâng cấp di tích lịch sử quốc gia đặc biệt đền Hát Môn", 0)]),
    dict(doc_type="de_an", type_name="đề án", number=None, code=None, year=None, issued_date=None,
         issuer=None, title="giao thông", mentions=[("đề án giao thông", 0)]),
]
DATES = [
    ("7/2", 0, "date", "XXXX-02-07"),
    ("tháng 2", 0, "month", "XXXX-02"),
]
PCTS = [
    ("100%", 0, dict(metric="xã, phường, thị trấn được phủ hệ thống mạng", metric_kind="other",
                     agency="Thành phố")),
]
DOSS = []
ENTS = [
    ("Thành ủy Hà Nội", "all", "ORG"),
    ("UBND Hà Nội", "all", "ORG"),
    ("Hoàng Trung Hải", "all", "PER"),
    ("Hải", "all", "PER"),
    ("Nguyễn Đức Chung", "all", "PER"),
    ("huyện Phúc Thọ", "all", "LOC"),
    ("Phúc Thọ", "all", "LOC"),
    ("Hà Nội", "all", "LOC"),
    ("đền Hát Môn", "all", "LOC"),
    ("Thắng Quang", "all", "PER"),
]
