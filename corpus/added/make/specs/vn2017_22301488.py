DOC_ID = "vn2017_22301488"
META = dict(title="Ở Nhật có một cửa hàng chỉ hé cửa bên, lý do ông chủ 90 tuổi tiết lộ khiến ai cũng nghẹn ngào",
            outlet="Trí Thức Trẻ", url=None, published=None, authors=["Newben"])
LEGAL = []
DATES = []
PCTS = []
DOSS = []
ENTS = [
    ("Cửa hàng bánh kẹo Uchiyama", "all", "ORG"),
    ("Yoshio Uchiyama", "all", "PER"),
    ("Yoshio", "all", "PER"),
    ("Nhật Bản", "all", "LOC"),
    ("Nhật", "all", "LOC"),
    ("Ryo", "all", "PER"),
    ("Kameari", "all", "LOC"),
    ("Katsushika", "all", "LOC"),
    ("Tokyo", "all", "LOC"),
    ("rocketnews24", "all", "ORG"),
    ("worldofbuzz", "all", "ORG"),
    ("Newben", "all", "PER"),
    ("Trí Thức Trẻ", "all", "ORG"),
]
