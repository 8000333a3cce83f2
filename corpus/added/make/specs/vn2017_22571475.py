DOC_ID = "vn2017_22571475"
META = dict(title="Vinatex phải cải cách, tránh lương quản lý cao, lương công nhân thấp",
            outlet=None, url=None, published=None, authors=["Thảo Nguyên"])
LEGAL = [
    dict(doc_type="chi_thi", type_name="Chỉ thị", number="24", code=None, year=None, issued_date=None,
         issuer="Thủ tướng", title=None, mentions=[("Chỉ thị 24", 0)]),
]
DATES = [
    ("20/6", 0, "date", "XXXX-06-20"),
    ("năm 2016", 0, "year", "2016"),
    ("năm 2035", 0, "year", "2035"),
    ("năm 2050", 0, "year", "2050"),
]
PCTS = [
    ("16%", 0, dict(qualifier="approx", metric="kim ngạch xuất khẩu", metric_kind="other")),
    ("10%", 0, dict(qualifier="over", metric="giá trị sản xuất công nghiệp", metric_kind="other")),
    ("65%", 0, dict(metric="doanh nghiệp sản xuất gia công", metric_kind="other")),
    ("70%", 0, dict(qualifier="over", metric="vải là nhập khẩu", metric_kind="other")),
]
DOSS = []
ENTS = [
    ("Tập đoàn Dệt may Việt Nam", "all", "ORG"),
    ("Văn phòng Chính phủ", "all", "ORG"),
    ("Tổ Công tác của Thủ tướng", "all", "ORG"),
    ("Bộ Công thương", "all", "ORG"),
    ("Mai Tiến Dũng", "all", "PER"),
    ("Dũng", "all", "PER"),
    ("Vinatex", "all", "ORG"),
    ("Vianatex", "all", "ORG"),
    ("Chính phủ", "all", "ORG"),
    ("Mỹ", "all", "LOC"),
    ("Ivanka Trump", "all", "PER"),
    ("Việt Nam", "all", "LOC"),
    ("Hoa Kỳ", "all", "LOC"),
    ("EU", "all", "ORG"),
    ("Nhật Bản", "all", "LOC"),
    ("Hàn Quốc", "all", "LOC"),
    ("Trung Quốc", "all", "LOC"),
    ("Nga", "all", "LOC"),
    ("Ấn Độ", "all", "LOC"),
    ("ASEAN", "all", "ORG"),
    ("Phạm Văn Tân", "all", "PER"),
    ("Thảo Nguyên", "all", "PER"),
]
