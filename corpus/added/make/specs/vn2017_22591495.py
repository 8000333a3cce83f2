DOC_ID = "vn2017_22591495"
META = dict(title="PTT Vương Đình Huệ đề nghị làm rõ bất cập năng lực quản trị nội bộ",
            outlet=None, url=None, published=None, authors=["Thanh Loan"])


def law(title, tn="Luật", dt="luat"):
    return dict(doc_type=dt, type_name=tn, number=None, code=None, year=None, issued_date=None,
                issuer=None, title=title, mentions=[(f"{tn} {title}", 0)])


LEGAL = [
    dict(doc_type="de_an", type_name="Đề án", number=None, code=None, year=None, issued_date=None, issuer=None,
         title="đổi mới cơ chế quản lý, cơ chế tài chính và tổ chức, sắp xếp lại hệ thống các đơn vị sự nghiệp công lập",
         mentions=[("Đề án đổi mới cơ chế quản lý, cơ chế tài chính và tổ chức, sắp xếp lại hệ thống các đơn vị sự nghiệp công lập", 0)]),
    law("Công chức, viên chức"),
    law("Lao động"),
    law("Giáo dục"),
    law("Giáo dục Đại học"),
    law("Ngân sách nhà nước"),
    law("Bảo hiểm y tế"),
    law("Đất đai"),
    law("Giá, phí và lệ phí"),
    law("Người có công", "Pháp lệnh", "phap_lenh"),
]
DATES = [
    ("22/6", 0, "date", "XXXX-06-22"),
    ("năm 2011", 0, "year", "2011"),
    ("năm 2016", 0, "year", "2016"),
    ("năm 2011", 1, "year", "2011"),
    ("năm 2016", 1, "year", "2016"),
]
PCTS = []
DOSS = []
ENTS = [
    ("Ban Chỉ đạo Nhà nước về đổi mới đơn vị sự nghiệp công lập", "all", "ORG"),
    ("Ban Chỉ đạo Nhà nước", "all", "ORG"),
    ("Vương Đình Huệ", "all", "PER"),
    ("Bộ Nội vụ", "all", "ORG"),
    ("Chính phủ", 1, "ORG"),
    ("Lê Vĩnh Tân", "all", "PER"),
    ("Nguyễn Duy Thăng", "all", "PER"),
    ("Bộ Công an", "all", "ORG"),
    ("Quốc phòng", "all", "ORG"),
    ("Hải Phòng", "all", "LOC"),
    ("Hòa Bình", "all", "LOC"),
    ("Hà Tĩnh", "all", "LOC"),
    ("Bình Phước", "all", "LOC"),
    ("Đồng Nai", "all", "LOC"),
    ("Phú Yên", "all", "LOC"),
    ("Thanh Loan", "all", "PER"),
]
