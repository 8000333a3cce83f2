"""Regenerate ``places.tsv``, the place gazetteer the entity tagger reads.

Run from a checkout with the development extra installed::

    python -m cchc_extract.gazetteers.build

Sources: the ``vietnam-provinces`` package (the 34 provinces and centrally
governed cities after the July 2025 merger) and, written out below from
general knowledge of Vietnamese geography, the 63 provinces that existed
before the merger (articles span 2017-2025), provincial cities and towns
that news text names without a type word, macro-regions and countries.
Nothing here comes from the project's corpus.  The runtime never imports
``vietnam-provinces``; it only reads the generated file.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("places.tsv")

# The 63 provinces and centrally governed cities of 2008-2025.
PROVINCES_2008 = """
An Giang; Bà Rịa - Vũng Tàu; Bạc Liêu; Bắc Giang; Bắc Kạn; Bắc Ninh; Bến Tre; Bình Dương; Bình Định;
Bình Phước; Bình Thuận; Cà Mau; Cao Bằng; Cần Thơ; Đà Nẵng; Đắk Lắk; Đắk Nông; Điện Biên; Đồng Nai;
Đồng Tháp; Gia Lai; Hà Giang; Hà Nam; Hà Nội; Hà Tĩnh; Hải Dương; Hải Phòng; Hậu Giang; Hòa Bình;
Hồ Chí Minh; Hưng Yên; Khánh Hòa; Kiên Giang; Kon Tum; Lai Châu; Lạng Sơn; Lào Cai; Lâm Đồng; Long An;
Nam Định; Nghệ An; Ninh Bình; Ninh Thuận; Phú Thọ; Phú Yên; Quảng Bình; Quảng Nam; Quảng Ngãi;
Quảng Ninh; Quảng Trị; Sóc Trăng; Sơn La; Tây Ninh; Thái Bình; Thái Nguyên; Thanh Hóa; Thừa Thiên Huế;
Thừa Thiên - Huế; Tiền Giang; Trà Vinh; Tuyên Quang; Vĩnh Long; Vĩnh Phúc; Yên Bái
"""

# Provincial cities, towns and well-known districts that the press names bare.
CITIES = """
Vinh; Long Xuyên; Châu Đốc; Đà Lạt; Bảo Lộc; Nha Trang; Cam Ranh; Buôn Ma Thuột; Pleiku; Quy Nhơn;
Huế; Hạ Long; Cẩm Phả; Móng Cái; Uông Bí; Việt Trì; Biên Hòa; Long Khánh; Vũng Tàu; Bà Rịa;
Thủ Dầu Một; Dĩ An; Thuận An; Mỹ Tho; Rạch Giá; Phú Quốc; Hà Tiên; Cao Lãnh; Sa Đéc; Tuy Hòa;
Phan Thiết; Phan Rang - Tháp Chàm; Tam Kỳ; Hội An; Đồng Hới; Đông Hà; Hà Đông; Sơn Tây; Sầm Sơn;
Bỉm Sơn; Thủ Đức; Điện Biên Phủ; Sa Pa; Sapa; Tân An; Vị Thanh; Ngã Bảy; Gia Nghĩa; Đồng Xoài;
Vĩnh Yên; Phúc Yên; Từ Sơn; Chí Linh; Phủ Lý; Tam Điệp; Hồng Lĩnh; Cửa Lò; Buôn Hồ; An Khê;
Sài Gòn; Côn Đảo; Lý Sơn; Cát Bà; Vân Đồn; Hoàng Sa; Trường Sa
"""

# Urban districts of the five centrally governed cities (2008-2025), named bare
# in the press and often containing words that open other phrases (``Hai Bà Trưng``).
URBAN_DISTRICTS = """
Ba Đình; Hoàn Kiếm; Hai Bà Trưng; Đống Đa; Cầu Giấy; Tây Hồ; Long Biên; Hoàng Mai; Thanh Xuân;
Nam Từ Liêm; Bắc Từ Liêm; Hồng Bàng; Ngô Quyền; Lê Chân; Hải An; Kiến An; Đồ Sơn; Dương Kinh;
Bình Thạnh; Gò Vấp; Phú Nhuận; Tân Bình; Tân Phú; Bình Tân; Hải Châu; Thanh Khê; Sơn Trà;
Ngũ Hành Sơn; Liên Chiểu; Cẩm Lệ; Ninh Kiều; Bình Thủy; Cái Răng; Ô Môn; Thốt Nốt
"""

REGIONS = """
Bắc Bộ; Bắc bộ; Trung Bộ; Trung bộ; Nam Bộ; Nam bộ; Bắc Trung Bộ; Bắc Trung bộ; Nam Trung Bộ; Nam Trung bộ;
Đông Nam Bộ; Đông Nam bộ; Tây Nam Bộ; Tây Nam bộ; Tây Nguyên; Tây Bắc; Đông Bắc; Việt Bắc; Tây Bắc Bộ; Tây Bắc bộ; Đông Bắc Bộ; Đông Bắc bộ;
Đồng bằng sông Hồng; Đồng bằng sông Cửu Long; ĐBSCL; Duyên hải Nam Trung Bộ; Duyên hải miền Trung;
Trung du và miền núi phía Bắc; Đông Dương; Đông Nam Á; châu Á; châu Âu; châu Phi; châu Mỹ; Châu Á; Châu Âu;
Châu Phi; Châu Mỹ; Châu Á - Thái Bình Dương; châu Á - Thái Bình Dương; Biển Đông;
Thái Bình Dương; Đại Tây Dương; Ấn Độ Dương; Bắc Băng Dương; Nam Cực; Bắc Cực
"""

COUNTRIES = """
Việt Nam; Lào; Campuchia; Trung Quốc; Nhật Bản; Hàn Quốc; Triều Tiên; Thái Lan; Singapore; Malaysia;
Indonesia; Philippines; Myanmar; Brunei; Đông Timor; Ấn Độ; Hoa Kỳ; Mỹ; Nga; Liên bang Nga; Pháp; Đức;
Vương quốc Anh; Anh Quốc; Úc; Australia; Canada; Italy; Tây Ban Nha; Bồ Đào Nha; Hà Lan; Bỉ; Thụy Điển;
Thụy Sĩ; Na Uy; Đan Mạch; Phần Lan; Ba Lan; Séc; Hungary; Israel; Estonia; New Zealand; Brazil;
Argentina; Mexico; Cuba; Ai Cập; Nam Phi; Thổ Nhĩ Kỳ; Ả Rập Xê Út; Đài Loan; Hồng Kông; Mông Cổ;
Bangladesh; Pakistan; Sri Lanka; Nepal; Kazakhstan; Uzbekistan; Iran; Iraq; Qatar; Kuwait; Ukraine;
Belarus; Romania; Bulgaria; Hy Lạp; Áo; Ireland; Scotland; Chile; Peru; Colombia; Venezuela;
Nigeria; Kenya; Ethiopia; Algeria; Maroc; Mozambique; Angola;
Syria; Yemen; Afghanistan; Libya; Li Băng; Lebanon; Saudi Arabia; Bahrain; Oman; Tunisia; Sudan; Somalia;
Slovakia; Croatia; Serbia; Slovenia; Litva; Latvia; Gruzia; Armenia; Azerbaijan; Turkmenistan; Kyrgyzstan;
Tajikistan; Bhutan; Maldives; Síp; Iceland; Luxembourg; Bolivia; Ecuador; Paraguay; Uruguay; Panama; Costa Rica;
Jamaica; Haiti; Ghana; Cameroon; Senegal; Tanzania; Uganda; Zimbabwe; Zambia; Rwanda; Nam Sudan; Palestine
"""


# Written bare, these names mostly mean the person (``tư tưởng Hồ Chí Minh``); the
# city is written with its type word (``TP Hồ Chí Minh``).  Kind ``*_typed_only``.
NAMED_AFTER_PEOPLE = {"Hồ Chí Minh": "province_typed_only"}


def _split(block: str) -> list[str]:
    return [w.strip() for w in block.replace("\n", " ").split(";") if w.strip()]


def _variants(name: str) -> set[str]:
    """Old-style tone placement (``Hoà``/``Hòa``) is still common in the press."""
    out = {name}
    for new, old in (("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ùy", "uỳ"),
                     ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")):
        for n in list(out):
            if new in n:
                out.add(n.replace(new, old))
    return {unicodedata.normalize("NFC", n) for n in out}


def build() -> list[tuple[str, str]]:
    from vietnam_provinces import Province

    rows: dict[str, str] = {}

    def add(name: str, kind: str) -> None:
        for v in _variants(name):
            rows.setdefault(v, kind)

    for p in Province.iter_all():
        name = p.name
        for prefix in ("Thành phố ", "Tỉnh "):
            if name.startswith(prefix):
                name = name[len(prefix):]
        add(name, NAMED_AFTER_PEOPLE.get(name, "province"))
    for name in _split(PROVINCES_2008):
        add(name, NAMED_AFTER_PEOPLE.get(name, "province"))
    for name in _split(CITIES):
        add(name, "city")
    for name in _split(URBAN_DISTRICTS):
        add(name, "district")
    for name in _split(REGIONS):
        add(name, "region")
    for name in _split(COUNTRIES):
        add(name, "country")
    return sorted(rows.items())


def main() -> None:
    rows = build()
    import vietnam_provinces

    OUT.write_text(f"# name\tkind   (generated by gazetteers/build.py from vietnam-provinces {vietnam_provinces.__version__};"
                   " do not edit)\n"
                   + "".join(f"{n}\t{k}\n" for n, k in rows), encoding="utf-8")
    print(f"wrote {len(rows)} places to {OUT}")


if __name__ == "__main__":
    main()
