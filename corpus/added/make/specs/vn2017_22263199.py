DOC_ID = "vn2017_22263199"
META = dict(title="Chủ tịch nước Trần Đại Quang thăm tỉnh Phúc Kiến",
            outlet="TTXVN/Tin Tức", url=None, published=None, authors=[])
LEGAL = []
DATES = [
    ("13/5", 0, "date", "XXXX-05-13"),
    ("13/5", 1, "date", "XXXX-05-13"),
]
PCTS = []
DOSS = []
ENTS = [
    ("Trung ương Đảng Cộng sản Trung Quốc", "all", "ORG"),
    ("Ủy ban Thường vụ Nhân đại tỉnh Phúc Kiến", "all", "ORG"),
    ("Chính quyền tỉnh Phúc Kiến", "all", "ORG"),
    ("Đại hội đại biểu nhân dân", "all", "ORG"),
    ("Trung tâm Dịch vụ hành chính Phúc Châu", "all", "ORG"),
    ("Trung tâm dịch vụ hành chính Phúc Châu", "all", "ORG"),
    ("khu phố cổ Tam Phường Thất Hạng", "all", "LOC"),
    ("khu phố Tam Phường Thất Hạng", "all", "LOC"),
    ("Trần Đại Quang", "all", "PER"),
    ("CHND Trung Hoa", "all", "LOC"),
    ("tỉnh Phúc Kiến", "all", "LOC"),
    ("Phúc Kiến", "all", "LOC"),
    ("thành phố Phúc Châu", "all", "LOC"),
    ("Phúc Châu", "all", "LOC"),
    ("Thành phố Hồ Chí Minh", "all", "LOC"),
    ("thành phố Hạ Môn", "all", "LOC"),
    ("Việt Nam", "all", "LOC"),
    ("Trung Quốc", "all", "LOC"),
    ("Vưu Quyền", "all", "PER"),
    ("Vu Vĩ Quốc", "all", "PER"),
    ("Nhan Sáng", "all", "PER"),
    ("TTXVN", "all", "ORG"),
    ("Tin Tức", "all", "ORG"),
    ("Tập Cận Bình", "all", "PER"),
    ("tỉnh Quảng Ninh", "all", "LOC"),
    ("quận Taijiang", "all", "LOC"),
]
