DOC_ID = "vn2017_22235618"
META = dict(title="Ngành thuế muốn lập dịch vụ một cửa điện tử cho cá nhân, doanh nghiệp",
            outlet=None, url=None, published=None, authors=[])
LEGAL = [
    dict(doc_type="de_an", type_name="đề án", number=None, code=None, year=None, issued_date=None,
         issuer="Tổng cục Thuế", title="dịch vụ một cửa điện tử và hỗ trợ trực tuyến tập trung",
         mentions=[("đề án dịch vụ một cửa điện tử", 0),
                   ("đề án “dịch vụ một cửa điện tử và hỗ trợ trực tuyến tập trung”", 0),
                   ("đề án dịch vụ một cửa điện tử và hỗ trợ trực tuyến tập trung", 0)]),
]
DATES = [
    ("quý 2 năm nay", 0, "quarter", "XXXX-Q2"),
    ("quý 3", 0, "quarter", "XXXX-Q3"),
    ("4", 0, "quarter", "XXXX-Q4"),
]
PCTS = []
DOSS = []
ENTS = [
    ("Tổng cục Thuế", "all", "ORG"),
    ("Australia", "all", "LOC"),
    ("Singapore", "all", "LOC"),
]
