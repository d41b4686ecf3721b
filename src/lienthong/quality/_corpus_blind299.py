"""The two-hundred-and-ninety-ninth part of the outside corpus, **blind 299** (written 10:30 UTC,
2026-12-07, never used for tuning): person files a commune's military command, a commune's
agriculture office, a primary school, a ward's police, a Polish allotment garden association, a
Brazilian recyclers' programme, a Japanese city's disaster office, a Turkish muhtar and a German
municipality could hand over, where clerks put several things in one cell or spread one thing over
several cells. Four Vietnamese files: a commune's list of households bracing their roofs before
the storm season in UTF-8 with a BOM and semicolons (the head of household and the birth year in
one cell, the CCCD and its issue date in one cell, the address over house number, street,
quarter or hamlet, ward or commune and province columns, two phones in one cell, the roof, the
militiaman who checked it and his phone); a commune's list of coffee and pepper growers supported
to dig drought ponds in Excel (the CCCD apart, its issue date and place in one cell, village,
commune and province apart, the crop, the area, the pond, the funds, the officer who accepted
the work); a primary school's school-bus list in Windows-1258 with tabs (the pupil's name with
the birth date in brackets, a parent's name and phone in one cell, the parents' two phones,
house number, street, quarter, ward and province apart, the stop, the route, the monthly fee);
and a ward's list of the members of the neighbourhood fire-fighting team in UTF-16 with tabs
(the CCCD with its issue date in one cell, the address spread over columns, the member's two
phones in one cell, the role in the team, the year trained).
Five foreign files: a Polish allotment garden members' list in Windows-1250 with semicolons (the
name and the PESEL with its check digit in one cell, ulica, nr domu and nr lokalu apart, two
phones in one cell, the plot and its fee); a Brazilian register of waste pickers in UTF-8 (the
name and the CPF with its two check digits in one cell, logradouro, número, complemento, bairro,
CEP, município and UF apart, two phones in one cell, the NIS, the cooperative, the income); a
Japanese list of people who need help to evacuate in Shift-JIS (the name with its reading in
brackets, the town, the block number and the building apart, a landline and a mobile in one cell,
the care level, the helper, the shelter); a Turkish muhtar's list of elderly people visited in
Windows-1254 (the T.C. Kimlik No with its two check digits, the name with the father's name in one
cell, the birthplace and birth date in one cell, mahalle, cadde/sokak, door numbers, ilçe and il
apart, two phones in one cell); and a German municipality's list of people proposed as lay judges
in Excel ("Familienname, Vorname" in one cell, the birth date and birthplace in one cell, street
and house number apart, private and office phones in one cell, the court).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind299_writers import WRITERS_BLIND299
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND299: tuple[Shape, ...] = (
    _shape(
        "ho_dan_chang_chong_gia_co_mai_nha_truoc_mua_bao_ban_chqs_xa_vn299",
        "STT=row | Họ tên chủ hộ - Năm sinh=full_name:name_year299"
        " | Số CCCD - Ngày cấp=-:cccd_issue299 | Số nhà=-:house299 | Đường=street:road299"
        " | Tổ/Ấp=-:hamlet299 | Phường/Xã=ward:ward299 | Tỉnh=province:prov299"
        " | Điện thoại (2 số)=phone:phones_vn299 | Số nhân khẩu=-:members299"
        " | Loại mái=-:roof299 | Biện pháp chằng chống=-:brace299"
        " | Ngày kiểm tra=date@%d/%m/%Y | Dân quân kiểm tra - SĐT=-:militia299",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_trong_ca_phe_ho_tieu_dao_ao_tru_nuoc_chong_han_phong_kinh_te_xa_vn299",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Ngày cấp, nơi cấp=-:issue_place299 | Thôn/Buôn=-:village299 | Xã=ward:commune299"
        " | Tỉnh=province:uprov299 | SĐT=phone:phones_vn299 | Cây trồng chính=-:crop299"
        " | Diện tích (ha)=-:area299 | Dung tích ao=-:pond299"
        " | Kinh phí hỗ trợ (đồng)=-:fund299 | Ngày nghiệm thu=date@%d/%m/%Y"
        " | Cán bộ nghiệm thu=-:checker299",
        file="xlsx",
    ),
    _shape(
        "hoc_sinh_dang_ky_xe_dua_don_truong_tieu_hoc_vn299",
        "STT=row | Họ tên học sinh (ngày sinh)=full_name:pupil299 | Lớp=-:grade299"
        " | Phụ huynh - SĐT=-:parent299 | SĐT cha / mẹ=-:parents_phones299"
        " | Số nhà=-:house299 | Đường=street:road299 | Khu phố/Tổ=-:hamlet299"
        " | Phường/Xã=ward:ward299 | Tỉnh/TP=province:prov299 | Điểm đón=-:stop299"
        " | Tuyến xe=-:route299 | Phí/tháng (đ)=-:fee299 | Ngày đăng ký=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "doi_vien_doi_pccc_co_so_khu_dan_cu_cong_an_phuong_vn299",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD - ngày cấp=-:cccd_issue299 | Số nhà=-:house299 | Tên đường=street:road299"
        " | Tổ dân phố=-:hamlet299 | Phường=ward:ward299 | Tỉnh=province:prov299"
        " | SĐT (di động / nhà)=phone:phones_vn299 | Nghề nghiệp=-:job299"
        " | Chức danh trong đội=-:team_role299 | Năm huấn luyện=-:trained299"
        " | Ngày QĐ thành lập=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "czlonkowie_rodzinnego_ogrodu_dzialkowego_pzd_pl299",
        "Lp.=row | Imię i nazwisko / PESEL=-:pl_name_pesel299"
        " | Data urodzenia=birth_date@%d.%m.%Y | Ulica=street:pl_street299"
        " | Nr domu=-:pl_house299 | Nr lokalu=-:pl_flat299 | Kod pocztowy=postcode:pl_code299"
        " | Miejscowość=district:pl_city299 | Telefony=phone:pl_phones299"
        " | Nr działki=-:pl_plot299 | Pow. działki (m kw.)=-:pl_area299"
        " | Opłata ogrodowa 2025 (zł)=-:pl_fee299 | Data przydziału=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "cadastro_catadores_materiais_reciclaveis_pro_catador_br299",
        "Nº=row | Nome / CPF=-:br_name_cpf299 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Logradouro=street:br_street299 | Número=-:br_number299"
        " | Complemento=-:br_compl299 | Bairro=suburb:br_bairro299 | CEP=postcode:br_cep299"
        " | Município=district:br_city299 | UF=state:br_uf299 | Telefones=phone:br_phones299"
        " | NIS=-:br_nis299 | Cooperativa/Associação=-:br_coop299"
        " | Material principal=-:br_material299 | Renda mensal=-:br_income299"
        " | Data de cadastro=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hinan_koudou_youshiensha_meibo_bousaika_jp299",
        "番号=row | 氏名（ふりがな）=full_name:jp_name299 | 生年月日=birth_date@%Y/%m/%d"
        " | 性別=sex:jp_sex299 | 郵便番号=postcode:jp_zip299 | 町名=suburb:jp_town299"
        " | 番地=-:jp_banchi299 | 建物名・部屋番号=-:jp_bldg299"
        " | 電話番号（自宅／携帯）=phone:jp_phones299 | 要配慮事項=-:jp_care299"
        " | 避難支援者（続柄）=-:jp_helper299 | 指定避難所=-:jp_shelter299"
        " | 同意書提出日=date@%Y/%m/%d",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "muhtarlik_yasli_ziyaret_listesi_tr299",
        "Sıra No=row | T.C. Kimlik No=national_id:tc299"
        " | Adı Soyadı (Baba Adı)=full_name:tr_name299 | Doğum Yeri / Tarihi=-:tr_birth299"
        " | Mahalle=suburb:tr_mahalle299 | Cadde/Sokak=street:tr_street299"
        " | Dış Kapı No=-:tr_door299 | İç Kapı No=-:tr_inner299 | İlçe=district:tr_ilce299"
        " | İl=state:tr_il299 | Telefon (Cep - Ev)=phone:tr_phones299"
        " | İhtiyaç=-:tr_need299 | Ziyaret Eden=-:tr_visitor299"
        " | Ziyaret Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "vorschlagsliste_schoeffen_gemeinde_de299",
        "Lfd. Nr.=row | Familienname, Vorname(n)=full_name:de_name299"
        " | Geburtsname=-:de_birthname299 | Geburtsdatum und -ort=-:de_birth299"
        " | Straße=street:de_street299 | Hausnr.=-:de_house299 | PLZ=postcode:de_plz299"
        " | Wohnort=district:de_city299 | Beruf=-:de_job299"
        " | Staatsangehörigkeit=-:de_nation299 | Telefon (privat / dienstlich)=phone:de_phones299"
        " | Vorgeschlagen für=-:de_court299 | Wohnhaft in der Gemeinde seit=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tc299",)
SEX_HOLDS: tuple[str, ...] = ("jp_sex299",)
NAME_HOLDS = frozenset({"name_year299", "pupil299", "jp_name299", "tr_name299", "de_name299"})
PHONE_HOLDS: tuple[str, ...] = (
    "phones_vn299",
    "pl_phones299",
    "br_phones299",
    "jp_phones299",
    "tr_phones299",
    "de_phones299",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND299",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND299",
]
