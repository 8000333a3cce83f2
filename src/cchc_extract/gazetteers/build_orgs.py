"""Regenerate ``orgs.tsv``, the organisation gazetteer the entity tagger scans for.

    python -m cchc_extract.gazetteers.build_orgs

Every name below is typed from a published, maintained source, named in each
block: the Government's organisation list (the Government portal
chinhphu.vn, "Cơ cấu tổ chức"; the Law on Government Organisation 2015 and
the decrees on each ministry's functions, e.g. Nghị định 123/2016/NĐ-CP and
its 2025 successor Nghị định 25/2025/NĐ-CP after the February 2025
restructuring), the Law on the Organisation of the National Assembly 2014
(its committees), the Party Charter and the Politburo's regulations on the
central party bodies, the Commission for the Management of State Capital at
Enterprises (cmsc.gov.vn: the state groups and corporations it owns) and the
Prime Minister's decisions on state groups, and the official names and
abbreviations the international organisations and foreign chambers use on
their own sites.  Nothing here comes from the project's corpus.

Rows are ``name<TAB>kind<TAB>case``: ``case`` is ``exact`` for acronyms and
brands (matched as written) and ``title`` for names matched with any case
after their first letter (``Ngân hàng thế giới``, ``Ngân hàng Thế giới``).
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).with_name("orgs.tsv")

# Ministries and ministry-level agencies: (name, abbreviations of the field, former names).
# Source: chinhphu.vn "Cơ cấu tổ chức" (2016-2021, 2021-2026 and from 1 March 2025).
MINISTRIES = [
    ("Bộ Quốc phòng", ["BQP"], []),
    ("Bộ Công an", ["BCA"], []),
    ("Bộ Ngoại giao", [], []),
    ("Bộ Nội vụ", [], []),
    ("Bộ Tư pháp", [], []),
    ("Bộ Tài chính", [], []),
    ("Bộ Công Thương", [], ["Bộ Thương mại", "Bộ Công nghiệp"]),
    ("Bộ Xây dựng", [], []),
    ("Bộ Y tế", [], []),
    ("Bộ Khoa học và Công nghệ", ["KH&CN", "KHCN", "KH-CN"], []),
    ("Bộ Giáo dục và Đào tạo", ["GD&ĐT", "GDĐT", "GD-ĐT"], []),
    ("Bộ Văn hóa, Thể thao và Du lịch", ["VH,TT&DL", "VH-TT&DL", "VHTTDL", "VHTT&DL"], ["Bộ Văn hóa - Thông tin"]),
    ("Bộ Nông nghiệp và Môi trường", ["NN&MT", "NNMT"], []),
    ("Bộ Dân tộc và Tôn giáo", [], []),
    ("Bộ Kế hoạch và Đầu tư", ["KH&ĐT", "KHĐT", "KH-ĐT"], []),
    ("Bộ Giao thông vận tải", ["GTVT", "GT-VT"], []),
    ("Bộ Thông tin và Truyền thông", ["TT&TT", "TTTT", "TT-TT"], ["Bộ Bưu chính, Viễn thông"]),
    ("Bộ Lao động - Thương binh và Xã hội", ["LĐ-TB&XH", "LĐTB&XH", "LĐTBXH", "LĐ-TBXH"], []),
    ("Bộ Tài nguyên và Môi trường", ["TN&MT", "TNMT", "TN-MT"], []),
    ("Bộ Nông nghiệp và Phát triển nông thôn", ["NN&PTNT", "NN-PTNT", "NNPTNT"], ["Bộ Thủy sản"]),
    ("Ủy ban Dân tộc", ["UBDT"], []),
    ("Thanh tra Chính phủ", ["TTCP"], []),
    ("Ngân hàng Nhà nước Việt Nam", ["NHNN"], []),
    ("Văn phòng Chính phủ", ["VPCP"], []),
]

# Agencies under the Government (cơ quan thuộc Chính phủ). Source: chinhphu.vn, Nghị định 10/2016/NĐ-CP.
GOV_AGENCIES = """
Bảo hiểm xã hội Việt Nam; Thông tấn xã Việt Nam; Đài Tiếng nói Việt Nam; Đài Truyền hình Việt Nam;
Học viện Chính trị quốc gia Hồ Chí Minh; Viện Hàn lâm Khoa học và Công nghệ Việt Nam;
Viện Hàn lâm Khoa học xã hội Việt Nam; Ủy ban Quản lý vốn nhà nước tại doanh nghiệp;
Ban Quản lý Lăng Chủ tịch Hồ Chí Minh; Đại học Quốc gia Hà Nội; Đại học Quốc gia Thành phố Hồ Chí Minh;
Kiểm toán Nhà nước; Học viện Hành chính Quốc gia; Viện Nghiên cứu quản lý kinh tế Trung ương;
Viện Chiến lược và Chính sách tài chính; Tòa án nhân dân tối cao;
Viện Kiểm sát nhân dân tối cao; Hội đồng Bầu cử quốc gia; Ban Thi đua - Khen thưởng Trung ương
"""
GOV_ACRONYMS = "BHXH; TTXVN; VOV; VTV; VASS; VAST; CMSC; SCIC; CIEM; KTNN; TANDTC; VKSNDTC"

# General departments (Tổng cục) and departments (Cục) of the ministries, before and after 2025.
# Source: the ministries' organisation decrees listed on chinhphu.vn.
DEPARTMENTS = """
Tổng cục Thuế; Tổng cục Hải quan; Tổng cục Thống kê; Kho bạc Nhà nước; Tổng cục Dự trữ Nhà nước;
Ủy ban Chứng khoán Nhà nước; Tổng cục Thủy lợi; Tổng cục Lâm nghiệp; Tổng cục Thủy sản;
Tổng cục Phòng chống thiên tai; Tổng cục Đường bộ Việt Nam; Tổng cục Du lịch; Tổng cục Thể dục thể thao;
Tổng cục Tiêu chuẩn Đo lường Chất lượng; Tổng cục Dân số - Kế hoạch hóa gia đình; Tổng cục Quản lý đất đai;
Tổng cục Môi trường; Tổng cục Địa chất và Khoáng sản Việt Nam; Tổng cục Biển và Hải đảo Việt Nam;
Tổng cục Khí tượng Thủy văn; Tổng cục Năng lượng; Tổng cục Quản lý thị trường; Tổng cục Giáo dục nghề nghiệp;
Tổng cục Thi hành án dân sự; Tổng cục Chính trị; Tổng cục Hậu cần; Tổng cục Kỹ thuật;
Tổng cục Công nghiệp quốc phòng; Tổng cục Tình báo; Tổng cục Cảnh sát;
Cục Hàng hải Việt Nam; Cục Hàng không Việt Nam; Cục Đường sắt Việt Nam; Cục Đường thủy nội địa Việt Nam;
Cục Đăng kiểm Việt Nam; Cục Đường bộ Việt Nam; Cục Hàng hải và Đường thủy Việt Nam;
Cục Quản lý xuất nhập cảnh; Cục Cảnh sát giao thông; Cục Cảnh sát quản lý hành chính về trật tự xã hội;
Cục Quản lý dược; Cục An toàn thực phẩm; Cục Quản lý khám, chữa bệnh; Cục Y tế dự phòng;
Cục Kiểm soát thủ tục hành chính; Cục Chăn nuôi; Cục Trồng trọt; Cục Thú y; Cục Bảo vệ thực vật; Cục Kiểm lâm;
Cục Quản lý chất lượng Nông lâm sản và Thủy sản; Cục Chế biến và Phát triển thị trường nông sản;
Cục Phát triển doanh nghiệp; Cục Đầu tư nước ngoài; Cục Quản lý đăng ký kinh doanh; Cục Sở hữu trí tuệ;
Cục Xuất nhập khẩu; Cục Phòng vệ thương mại; Cục Thương mại điện tử và Kinh tế số; Cục Cạnh tranh và Bảo vệ người tiêu dùng;
Cục Tin học hóa; Cục An toàn thông tin; Cục Chuyển đổi số quốc gia; Cục Bưu điện Trung ương; Cục Viễn thông;
Cục Văn thư và Lưu trữ nhà nước; Cục Hộ tịch, quốc tịch, chứng thực; Cục Con nuôi; Cục Trợ giúp pháp lý;
Cục Kiểm tra văn bản quy phạm pháp luật; Cục Bổ trợ tư pháp; Cục Đăng ký quốc gia giao dịch bảo đảm;
Cục Quản lý lao động ngoài nước; Cục Việc làm; Cục Người có công; Cục Bảo trợ xã hội; Cục An toàn lao động;
Cục Quản lý giá; Cục Tài chính doanh nghiệp; Cục Quản lý công sản; Cục Quản lý, giám sát bảo hiểm;
Cục Thuế doanh nghiệp lớn; Cục Điều tra chống buôn lậu; Cục Kiểm định hải quan; Cục Quản lý tài nguyên nước;
Cục Biến đổi khí hậu; Cục Kiểm soát ô nhiễm môi trường; Cục Khoáng sản Việt Nam; Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam;
Cục Quản lý hoạt động xây dựng; Cục Giám định nhà nước về chất lượng công trình xây dựng; Cục Quản lý nhà và thị trường bất động sản;
Cục Di sản văn hóa; Cục Nghệ thuật biểu diễn; Cục Điện ảnh; Cục Báo chí; Cục Phát thanh, truyền hình và thông tin điện tử;
Cục Xuất bản, In và Phát hành; Cục Quản lý chất lượng; Cục Khảo thí và Kiểm định chất lượng giáo dục;
Cục Công nghệ thông tin; Cục Kinh tế hợp tác và Phát triển nông thôn; Cục Quản lý đê điều và Phòng, chống thiên tai
"""

# Committees and bodies of the National Assembly. Source: Luật Tổ chức Quốc hội 2014 (sửa đổi 2020).
ASSEMBLY = """
Ủy ban Thường vụ Quốc hội; Văn phòng Quốc hội; Hội đồng Dân tộc; Ủy ban Pháp luật; Ủy ban Tư pháp;
Ủy ban Kinh tế; Ủy ban Tài chính - Ngân sách; Ủy ban Tài chính, Ngân sách; Ủy ban Quốc phòng và An ninh;
Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng; Ủy ban Văn hóa, Giáo dục; Ủy ban Xã hội;
Ủy ban Khoa học, Công nghệ và Môi trường; Ủy ban Đối ngoại; Ủy ban Pháp luật và Tư pháp;
Ủy ban Kinh tế và Tài chính; Ủy ban Văn hóa và Xã hội; Ban Dân nguyện; Ban Công tác đại biểu;
Viện Nghiên cứu lập pháp; Ủy ban Công tác đại biểu; Ủy ban Dân nguyện và Giám sát
"""

# Central party bodies. Source: Điều lệ Đảng and the Politburo's regulations on the central bodies.
PARTY = """
Đảng Cộng sản Việt Nam; Ban Chấp hành Trung ương Đảng; Ban Chấp hành Trung ương; Bộ Chính trị; Ban Bí thư;
Ủy ban Kiểm tra Trung ương; Ban Tổ chức Trung ương; Ban Tuyên giáo Trung ương; Ban Dân vận Trung ương;
Ban Tuyên giáo và Dân vận Trung ương; Ban Nội chính Trung ương; Ban Kinh tế Trung ương; Ban Đối ngoại Trung ương;
Ban Chính sách, chiến lược Trung ương; Văn phòng Trung ương Đảng; Hội đồng Lý luận Trung ương;
Đảng ủy Khối các cơ quan Trung ương; Đảng ủy Khối doanh nghiệp Trung ương; Đảng ủy Chính phủ; Đảng ủy Quốc hội;
Đảng ủy các cơ quan Đảng Trung ương; Quân ủy Trung ương; Đảng ủy Công an Trung ương; Ban Cán sự đảng Chính phủ;
Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Tổng Liên đoàn Lao động Việt Nam; Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh;
Hội Liên hiệp Phụ nữ Việt Nam; Hội Nông dân Việt Nam; Hội Cựu chiến binh Việt Nam
"""
PARTY_ACRONYMS = "BCH TW; BCHTW; UBKTTW; UBKT TW; BTC TW; Ban Tổ chức TW; Ban Tuyên giáo TW; Ban Dân vận TW; Ban Nội chính TW; Ban Kinh tế TW; Văn phòng TW Đảng"

# State groups and corporations. Source: cmsc.gov.vn (the 19 groups and corporations it owns since 2018),
# Quyết định of the Prime Minister on the other state groups, and each group's own name and brand.
ENTERPRISES = [
    ("Tập đoàn Dầu khí Việt Nam", ["PVN", "Petrovietnam", "PetroVietnam"]),
    ("Tập đoàn Điện lực Việt Nam", ["EVN"]),
    ("Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam", ["TKV", "Vinacomin"]),
    ("Tập đoàn Hóa chất Việt Nam", ["Vinachem"]),
    ("Tập đoàn Xăng dầu Việt Nam", ["Petrolimex"]),
    ("Tập đoàn Bưu chính Viễn thông Việt Nam", ["VNPT"]),
    ("Tổng công ty Viễn thông MobiFone", ["MobiFone", "Mobifone"]),
    ("Tập đoàn Công nghiệp Cao su Việt Nam", ["VRG"]),
    ("Tổng công ty Hàng không Việt Nam", ["Vietnam Airlines"]),
    ("Tổng công ty Cảng hàng không Việt Nam", ["ACV"]),
    ("Tổng công ty Đường sắt Việt Nam", ["VNR"]),
    ("Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", ["VEC"]),
    ("Tổng công ty Hàng hải Việt Nam", ["VIMC", "Vinalines"]),
    ("Tổng công ty Lương thực miền Bắc", ["Vinafood 1", "Vinafood1"]),
    ("Tổng công ty Lương thực miền Nam", ["Vinafood 2", "Vinafood2"]),
    ("Tổng công ty Cà phê Việt Nam", ["Vinacafe"]),
    ("Tổng công ty Thuốc lá Việt Nam", ["Vinataba"]),
    ("Tổng công ty Lâm nghiệp Việt Nam", ["Vinafor"]),
    ("Tổng công ty Đầu tư và Kinh doanh vốn nhà nước", ["SCIC"]),
    ("Tập đoàn Công nghiệp - Viễn thông Quân đội", ["Viettel"]),
    ("Tổng công ty Bưu điện Việt Nam", ["VNPost", "Vietnam Post"]),
    ("Tập đoàn Dệt May Việt Nam", ["Vinatex"]),
    ("Tổng công ty Truyền tải điện Quốc gia", ["EVNNPT"]),
    ("Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", ["Agribank"]),
    ("Ngân hàng TMCP Ngoại thương Việt Nam", ["Vietcombank"]),
    ("Ngân hàng TMCP Công Thương Việt Nam", ["VietinBank", "Vietinbank"]),
    ("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", ["BIDV"]),
    ("Ngân hàng Chính sách xã hội", ["NHCSXH", "VBSP"]),
    ("Ngân hàng Phát triển Việt Nam", ["VDB"]),
    ("Tổng công ty Bia - Rượu - Nước giải khát Sài Gòn", ["Sabeco"]),
    ("Tổng công ty Bia - Rượu - Nước giải khát Hà Nội", ["Habeco"]),
    ("Tập đoàn Bảo Việt", ["Bảo Việt"]),
    ("Tổng công ty Thép Việt Nam", ["VNSteel"]),
    ("Tổng công ty Sông Đà", []),
    ("Tổng công ty Công nghiệp Tàu thủy", ["SBIC", "Vinashin"]),
]

# International organisations and their Vietnamese names. Source: each organisation's own site
# (un.org.vn, worldbank.org/vi, adb.org, imf.org, wto.org, asean.org, oecd.org, weforum.org, wipo.int ...).
INTERNATIONAL = [
    ("Liên hợp quốc", ["UN", "LHQ"]), ("Chương trình Phát triển Liên hợp quốc", ["UNDP"]),
    ("Quỹ Nhi đồng Liên hợp quốc", ["UNICEF"]), ("Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc", ["UNESCO"]),
    ("Tổ chức Y tế Thế giới", ["WHO"]), ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", ["FAO"]),
    ("Tổ chức Lao động Quốc tế", ["ILO"]), ("Quỹ Dân số Liên hợp quốc", ["UNFPA"]),
    ("Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ", ["UN Women"]),
    ("Văn phòng Liên hợp quốc về Ma túy và Tội phạm", ["UNODC"]), ("Cao ủy Liên hợp quốc về người tị nạn", ["UNHCR"]),
    ("Hội nghị Liên hợp quốc về Thương mại và Phát triển", ["UNCTAD"]),
    ("Ngân hàng Thế giới", ["WB", "World Bank"]), ("Tổ chức Tài chính Quốc tế", ["IFC"]),
    ("Ngân hàng Phát triển châu Á", ["ADB"]), ("Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", ["AIIB"]),
    ("Quỹ Tiền tệ Quốc tế", ["IMF"]), ("Tổ chức Thương mại Thế giới", ["WTO"]),
    ("Hiệp hội các quốc gia Đông Nam Á", ["ASEAN"]), ("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", ["APEC"]),
    ("Liên minh châu Âu", ["EU"]), ("Ủy ban châu Âu", []), ("Nghị viện châu Âu", []),
    ("Tổ chức Hợp tác và Phát triển Kinh tế", ["OECD"]), ("Diễn đàn Kinh tế Thế giới", ["WEF"]),
    ("Tổ chức Sở hữu trí tuệ Thế giới", ["WIPO"]), ("Liên minh Viễn thông Quốc tế", ["ITU"]),
    ("Tổ chức Hàng không Dân dụng Quốc tế", ["ICAO"]), ("Tổ chức Hàng hải Quốc tế", ["IMO"]),
    ("Tổ chức Cảnh sát Hình sự Quốc tế", ["Interpol", "INTERPOL"]), ("Quỹ Môi trường Toàn cầu", ["GEF"]),
    ("Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"]), ("Tổ chức Xúc tiến Thương mại Nhật Bản", ["JETRO", "Jetro"]),
    ("Cơ quan Hợp tác Quốc tế Hàn Quốc", ["KOICA"]), ("Cơ quan Phát triển Quốc tế Hoa Kỳ", ["USAID"]),
    ("Tổ chức Hợp tác Quốc tế Đức", ["GIZ"]), ("Cơ quan Phát triển Pháp", ["AFD"]),
    ("Ngân hàng Tái thiết Đức", ["KfW"]), ("Tổ chức Minh bạch Quốc tế", ["Transparency International"]),
    ("Quỹ Bill & Melinda Gates", []), ("Oxfam", ["Oxfam"]),
]

# Foreign business chambers and business forums in Vietnam. Source: each chamber's own site.
CHAMBERS = [
    ("Phòng Thương mại Hoa Kỳ tại Việt Nam", ["AmCham", "AMCHAM"]),
    ("Phòng Thương mại châu Âu tại Việt Nam", ["EuroCham", "Eurocham", "EUROCHAM"]),
    ("Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", ["KoCham", "KORCHAM", "Korcham"]),
    ("Phòng Thương mại và Công nghiệp Nhật Bản tại Việt Nam", ["JCCI"]),
    ("Phòng Thương mại và Công nghiệp Pháp tại Việt Nam", ["CCIFV"]),
    ("Phòng Thương mại Anh tại Việt Nam", ["BritCham", "BCCV"]),
    ("Phòng Thương mại Úc tại Việt Nam", ["AusCham"]),
    ("Phòng Thương mại Đức tại Việt Nam", []),
    ("Diễn đàn Doanh nghiệp Việt Nam", ["VBF"]),
    ("Phòng Thương mại và Công nghiệp Việt Nam", ["VCCI"]),
    ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", ["Vinasme"]),
]


def _split(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", " ").split(";") if w.strip()]


def _dash_variants(name: str) -> set[str]:
    """`` - `` is written ``-``, `` – `` or ``, `` in the press (``Lao động-Thương binh``)."""
    out = {name}
    if " - " in name:
        for sep in ("-", " – ", "–", ", ", " -", "- "):
            out.add(name.replace(" - ", sep))
    if ", " in name and " - " not in name:
        out.add(name.replace(", ", " - "))
    return out


def _abbr_variants(abbr: str) -> set[str]:
    """``NN&PTNT`` is also written ``NN-PTNT``, ``NN - PTNT``, ``NN và PTNT``."""
    out = {abbr}
    for sep in ("&", "-"):
        if sep in abbr:
            for alt in ("&", "-", " - ", " & ", "- ", " và "):
                out.add(abbr.replace(sep, alt))
    return {a for a in out if a.strip()}


def build() -> list[tuple[str, str, str]]:
    rows: dict[str, tuple[str, str]] = {}

    def add(name: str, kind: str, case: str = "title") -> None:
        for v in _dash_variants(name):
            rows.setdefault(v, (kind, case))

    for name, abbrs, former in MINISTRIES:
        add(name, "ministry")
        head = name.split()[0]
        for a in abbrs:
            for v in _abbr_variants(a):
                if head == "Bộ":
                    add(f"Bộ {v}", "ministry", "exact")
                    add(f"Sở {v}", "department", "exact")  # the provincial department of the same field
                    add(f"Phòng {v}", "department", "exact")
                elif len(v) >= 3:
                    add(v, "ministry", "exact")
        for f in former:
            add(f, "ministry")
    for name in _split(GOV_AGENCIES):
        add(name, "agency")
    for a in _split(GOV_ACRONYMS):
        add(a, "agency", "exact")
    for name in _split(DEPARTMENTS):
        add(name, "department")
    for name in _split(ASSEMBLY):
        add(name, "assembly")
    for name in _split(PARTY):
        add(name, "party")
    for a in _split(PARTY_ACRONYMS):
        add(a, "party", "exact")
    for table, kind in ((ENTERPRISES, "enterprise"), (INTERNATIONAL, "international"), (CHAMBERS, "chamber")):
        for name, brands in table:
            add(name, kind)
            for b in brands:
                add(b, kind, "exact")
    return sorted((n, k, c) for n, (k, c) in rows.items())


def main() -> None:
    rows = build()
    OUT.write_text("# name\tkind\tcase   (generated by gazetteers/build_orgs.py; sources in its docstring; do not edit)\n"
                   + "".join(f"{n}\t{k}\t{c}\n" for n, k, c in rows), encoding="utf-8")
    print(f"wrote {len(rows)} organisations to {OUT}")


if __name__ == "__main__":
    main()
