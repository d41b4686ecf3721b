"""The four-hundred-and-forty-second part of the outside corpus, **blind 442** (written 01:17 UTC,
2026-12-08, never used for tuning): person files a border guard post, a border market's
management board, a border-gate customs office, a coastal border guard post, a Lao border
checkpoint, a Cambodian border police post, a Kyrgyz border service, a Mozambican migration
post and a Paraguayan frontier trade office could hand over. Four Vietnamese files: a border
guard post's register of border residents' passes in UTF-16 with semicolons (the pass kind and
number, the crossing point, the purpose, the relative visited across the border, the validity
date, the guard who signed); a border market's list of traders with their goods declarations in
Windows-1258 with semicolons (the declaration number, the goods, the quantity with its unit, the
value, the market and stall); a border-gate customs office's list of passengers fined in Excel
(the passport, the flight, the breach, the decision number and date, the fine, the form of
penalty, the payment, the officer); and a coastal border post's list of fishermen whose boats
cross into other provinces' waters in UTF-8 with a BOM and tabs (the boat number, its engine
power, the gear, the destination port, the crew, the boat owner and his phone, the expected
return date).
Five foreign files: a Lao border pass list with romanised headers in UTF-8 with a BOM and tabs
(surname and name apart, Ph./Y. for sex, the ID card and family book numbers, house, Ban and Muang
together, Muang and Khoueng apart, the 020 mobile, the checkpoint); a Cambodian border crossing
list in Khmer script (the full name, the ID card number in Khmer digits, the address from house
to province, the border pass and crossing point); a Kyrgyz-Kazakh border residents list in
Windows-1251 with Russian Cyrillic headers (the Kyrgyz PIN or the Kazakh IIN with its mod-11
digit, patronymic, citizenship, the village and oblast, the border resident's pass); a
Mozambican travel document list in Excel (the BI, the NUIT, the document kind and number, the
birthplace, the bairro with quarteirão and house, the +258 mobile, the border post); and a
Paraguayan frontier traders list in Windows-1252 (the cédula with dots, the RUC with its mod-11
digit, both surnames in one column, the city and department, the trade, the declared amount,
the trader's card).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind442_writers import WRITERS_BLIND442
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND442: tuple[Shape, ...] = (
    _shape(
        "so_cap_giay_thong_hanh_cu_dan_bien_gioi_vn442",
        "STT=row | Họ và tên=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address:home442"
        " | Loại giấy=-:passkind442 | Số giấy=-:passno442 | Cửa khẩu/lối mở=-:gate442"
        " | Mục đích=-:purpose442 | Thân nhân bên kia biên giới=-:host442"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=-:valid442 | SĐT=phone"
        " | Cán bộ cấp=-:guard442",
        encoding="utf-16",
        delimiter=";",
    ),
    _shape(
        "thuong_nhan_cho_bien_gioi_khai_hang_vn442",
        "TT=row | Ho ten thuong nhan=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi=address:home442 | So to khai=-:decl442"
        " | Ngay khai=date@%d-%m-%Y | Ten hang=-:goods442 | So luong/DVT=-:qty442"
        " | Tri gia (VND)=-:value442 | Cho=-:market442 | Ki-ot=-:stall442 | Dien thoai=phone"
        " | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hanh_khach_bi_xu_phat_hai_quan_vn442",
        "STT=row | Họ tên hành khách=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh=cccd | Số hộ chiếu=-:passport442"
        " | Chuyến bay=-:flight442 | Hành vi vi phạm=-:breach442"
        " | Số QĐ xử phạt=-:decision442 | Ngày QĐ=date@%d/%m/%Y"
        " | Số tiền phạt (đồng)=-:fine442 | Hình thức xử phạt=-:form442"
        " | Tình trạng nộp phạt=-:pay442 | Cán bộ lập biên bản=-:officer442"
        " | Địa chỉ liên hệ=address | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "ngu_dan_tau_ca_di_qua_tinh_vn442",
        "STT=row | Số đăng ký tàu=-:boat442 | Công suất máy=-:power442 | Nghề=-:gear442"
        " | Họ tên thuyền trưởng=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | CCCD=cccd | Nơi ở=address:coast442 | SĐT thuyền trưởng=phone"
        " | Chủ tàu=-:owner442 | SĐT chủ tàu=-:owner_phone442 | Số thuyền viên=-:crew442"
        " | Cảng đến=-:port442 | Ngày xuất bến=date@%d.%m.%Y | Ngày về=-:back442"
        " | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "bai_phan_daen_la442",
        "Lamdap=row | Nammaskun=family_name:la_family442 | Seu=given_name:la_given442"
        " | Phet=sex:sex_la442 | Vanh deuan pi kerd=birth_date@%d/%m/%Y"
        " | Lek bat pachamtua=national_id:la_id442 | Lek pum sammano khrua=-:la_family_book442"
        " | Ban / Muang=address:la_ban442 | Muang=district:la_muang442"
        " | Khoueng=province:la_khoueng442 | Beu tholasap=phone:phone_la442"
        " | Lek bai phan daen=-:la_pass442 | Dan kuat=-:la_check442 | Vanh ork bai=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "chhlong_dain_kh442",
        "ល.រ=row | គោត្តនាម និងនាម=full_name:kh_name442 | ភេទ=sex:sex_kh442"
        " | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d-%m-%Y | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:kh_id442"
        " | អាសយដ្ឋាន=address:kh_addr442 | លេខទូរស័ព្ទ=phone:phone_kh442"
        " | លេខលិខិតឆ្លងដែន=-:kh_bpc442 | ច្រកព្រំដែន=-:kh_post442"
        " | គោលបំណង=-:kh_purpose442 | កាលបរិច្ឆេទឆ្លងកាត់=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pogranichnye_zhiteli_kg442",
        "№ п/п=row | ПИН / ИИН=national_id:kg_id442 | Фамилия=family_name:kg_family442"
        " | Имя=given_name:kg_given442 | Отчество=-:kg_patr442 | Пол=sex:sex_kg442"
        " | Дата рождения=birth_date@%d.%m.%Y | Гражданство=-:kg_citizen442"
        " | Адрес (улица, дом)=street:kg_street442 | Населённый пункт=district:kg_town442"
        " | Область=state:kg_oblast442 | Телефон=phone:phone_kg442"
        " | Пропуск погран. жителя=-:kg_card442 | Пункт пропуска=-:kg_post442"
        " | Дата выдачи=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "documentos_de_viagem_mz442",
        "N.º de ordem=row | Nome completo=full_name:mz_name442 | Sexo=sex:sex_mz442"
        " | Data de nascimento=birth_date@%d/%m/%Y | Naturalidade=-:mz_born442"
        " | N.º do BI=national_id:mz_bi442 | NUIT=-:mz_nuit442"
        " | Tipo de documento=-:mz_doc442 | N.º do documento=-:mz_docno442"
        " | Data de emissão=date@%d/%m/%Y | Residência=address:mz_addr442"
        " | Província=state:mz_prov442 | Contacto=phone:phone_mz442"
        " | Posto fronteiriço=-:mz_post442",
        english=True,
        file="xlsx",
    ),
    _shape(
        "comerciantes_fronterizos_py442",
        "Nro.=row | C.I. N°=national_id:py_ci442 | RUC=-:py_ruc442"
        " | Apellidos=family_name:py_family442 | Nombres=given_name:py_given442"
        " | Sexo=sex:sex_py442 | Fecha de nac.=birth_date@%d/%m/%Y"
        " | Domicilio=street:py_street442 | Ciudad=district:py_city442"
        " | Departamento=state:py_dpto442 | Celular=phone:phone_py442 | Rubro=-:py_rubro442"
        " | Paso fronterizo=-:py_paso442 | Monto declarado=-:py_monto442"
        " | Carnet de comerciante=-:py_carnet442 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("la_id442", "kh_id442", "kg_id442", "mz_bi442", "py_ci442")
SEX_HOLDS: tuple[str, ...] = ("sex_la442", "sex_kh442", "sex_kg442", "sex_mz442", "sex_py442")
NAME_HOLDS = frozenset(
    {"la_family442", "la_given442", "kh_name442", "kg_family442", "kg_given442"}
    | {"mz_name442", "py_family442", "py_given442"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_la442",
    "phone_kh442",
    "phone_kg442",
    "phone_mz442",
    "phone_py442",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home442",
    "coast442",
    "la_ban442",
    "kh_addr442",
    "mz_addr442",
    "kg_street442",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND442",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND442",
]
