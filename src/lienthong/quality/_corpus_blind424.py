"""The four hundred and twenty-fourth part of the outside corpus, **blind 424** (written 00:40 UTC,
2026-12-08, never used for tuning): person files a service cooperative, a craft village's
household businesses office, a women's union branch, a farmers' cooperative, a Kenyan SACCO, an
Italian cooperative, a Bolivian cooperative, a Hungarian cooperative and an Indian self-help group
could hand over. Four Vietnamese files: a service cooperative's members with their capital
contributions in UTF-8 with a BOM and semicolons (member number and kind, the capital pledged and
paid, the share of the charter capital, the membership certificate, the chairman); a craft
village's household businesses in Excel (the business and its registration number, the trade and
the village, the workshop, the owner's CCCD beside the hired manager's name, CCCD and phone, the
workers, the capital); a women's union savings group in Windows-1258 with tabs and ASCII headers
(the branch, the kind of savings, the monthly amount, the balance, the loan, the husband, the
group head); and a farmers' cooperative's land plots by member in UTF-16 with tabs (the plot and
map sheet numbers, the area, the land-use code, the crop, the field, the land certificate, the
time last updated).
Five foreign files: a Kenyan SACCO members list in UTF-8 (ID number, KRA PIN, names in capitals,
the P.O. Box address, town and county, shares and deposits, next of kin, employer); an Italian
cooperativa's libro soci in Windows-1252 with semicolons (the codice fiscale with its check
letter, place of birth, CAP, comune and provincia, the quota sociale); a Bolivian cooperative's
list in Excel (the CI with its complemento and expedido, two surnames, zona, municipio and
departamento, the aporte); a Hungarian szövetkezet's tagnyilvántartás in ISO-8859-2 with
semicolons (the adóazonosító jel, the TAJ, the mother's name, the place of birth, irányítószám
and település, the üzletrész); and an Indian self-help group's members in Hindi in UTF-8 (the
Aadhaar with its Verhoeff digit, the husband's name, village, block and district, the post in
the group, savings and loans, the bank account).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind424_writers import WRITERS_BLIND424
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND424: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_gop_von_htx_vn424",
        "STT=row | Mã TV=-:member_no424 | Họ và tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ=address | Điện thoại=phone | Loại thành viên=-:member_kind424"
        " | Vốn góp cam kết (đồng)=-:capital424 | Vốn đã góp (đồng)=-:paid424"
        " | Tỷ lệ vốn góp (%)=-:share_pct424 | Số GCN phần vốn góp=-:cert_no424"
        " | Ngày kết nạp=date@%d/%m/%Y | Chủ tịch HĐQT=-:coop_chair424",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_kinh_doanh_lang_nghe_vn424",
        "TT=row | Tên hộ kinh doanh / cơ sở=-:biz_name424 | Số GCN ĐKHKD=-:biz_reg424"
        " | Chủ hộ kinh doanh=full_name | Năm sinh chủ hộ=birth_date@%d/%m/%Y"
        " | CCCD chủ hộ=cccd:cccd_spaced | Nơi cư trú chủ hộ=address"
        " | SĐT chủ hộ=phone | Ngành nghề=-:trade424 | Làng nghề=-:village424"
        " | Địa điểm KD=-:workshop424 | Người quản lý cơ sở=-:manager424"
        " | CCCD người QL=-:manager_cccd424 | SĐT người QL=-:manager_phone424"
        " | Số LĐ=-:workers424 | Vốn KD (đ)=-:capital_biz424 | Ngày cấp GCN=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "to_tiet_kiem_hoi_phu_nu_vn424",
        "STT=row | Ho ten hoi vien=full_name:full_name_ascii | Nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi=address | SDT=phone | Chi hoi=-:branch424"
        " | Hinh thuc TK=-:saving_kind424 | Muc gop/thang (d)=-:monthly424"
        " | So du TK (d)=-:balance424 | Vay tu to (d)=-:loan424 | Ho ten chong=-:husband424"
        " | To truong=-:group_head424 | Ngay tham gia=date@%d-%m-%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "thua_dat_thanh_vien_htx_nn_vn424",
        "STT=row | Họ tên chủ sử dụng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd | Thôn/ấp, xã=address | Số thửa=-:plot424 | Tờ BĐ số=-:sheet424"
        " | Diện tích (m²)=-:area424 | Mục đích SD=-:land_use424 | Cây trồng hiện tại=-:crop424"
        " | Xứ đồng=-:field424 | Số GCN QSDĐ=-:gcn424 | Ngày đưa vào HTX=date@%d/%m/%Y"
        " | SĐT=phone | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sacco_members_ke424",
        "S/No=row | Member No.=-:ke_member424 | Full Names=full_name:ke_name424"
        " | ID No.=national_id:ke_id424 | KRA PIN=-:ke_pin424"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ke424"
        " | Postal Address=-:ke_box424 | Town=district:ke_town424"
        " | County=state:ke_county424 | Mobile No.=phone:phone_ke424"
        " | Share Capital (KES)=-:ke_shares424 | Deposits (KES)=-:ke_deposits424"
        " | Next of Kin=-:ke_kin424 | Employer=-:ke_employer424 | Date Joined=date@%d-%b-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "libro_soci_cooperativa_it424",
        "Nr.=row | Matricola socio=-:libro_it424 | Cognome=family_name:it_family424"
        " | Nome=given_name:it_given424 | Codice fiscale=national_id:cf_it424"
        " | Sesso=sex:sex_it424 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:it_born424 | Indirizzo=street:street_it424"
        " | CAP=postcode:cap_it424 | Comune=district:comune_it424 | Prov.=state:prov_it424"
        " | Cellulare=phone:phone_it424 | Categoria socio=-:kind_it424"
        " | Quota sociale (€)=-:quota_it424 | Data ammissione=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "socios_cooperativa_bo424",
        "Nro.=row | C.I.=national_id:ci_bo424 | Complemento=-:compl_bo424"
        " | Exp.=-:exp_bo424 | Apellido Paterno=family_name:bo_pat424"
        " | Apellido Materno=-:bo_mat424 | Nombre(s)=given_name:bo_given424"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_bo424"
        " | Domicilio=street:street_bo424 | Zona=suburb:zona_bo424"
        " | Municipio=district:muni_bo424 | Departamento=state:dept_bo424"
        " | Celular=phone:phone_bo424 | Rubro=-:rubro_bo424 | Aporte (Bs.)=-:aporte_bo424"
        " | Fecha de Afiliación=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "szovetkezet_tagnyilvantartas_hu424",
        "Sorsz.=row | Vezetéknév=family_name:hu_family424 | Utónév=given_name:hu_given424"
        " | Adóazonosító jel=national_id:ado_hu424 | TAJ szám=-:taj_hu424"
        " | Anyja neve=-:hu_mother424 | Születési hely=-:hu_born424"
        " | Születési idő=birth_date@%Y.%m.%d. | Irányítószám=postcode:irsz_hu424"
        " | Település=district:town_hu424 | Lakcím (közterület, házszám)=street:street_hu424"
        " | Telefon=phone:phone_hu424 | Üzletrész (Ft)=-:share_hu424"
        " | Belépés dátuma=date@%Y.%m.%d.",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "swayam_sahayata_samooh_in424",
        "क्र.सं.=row | सदस्य का नाम=full_name:in_name424 | पति का नाम=-:in_husband424"
        " | जन्म तिथि=birth_date@%d-%m-%Y | आधार संख्या=national_id:aadhaar424"
        " | मोबाइल नंबर=phone:phone_in424 | ग्राम=suburb:village_in424"
        " | विकास खंड=-:block_in424 | जनपद=district:district_in424 | समूह का नाम=-:group_in424"
        " | पद=-:post_in424 | मासिक बचत (₹)=-:saving_in424 | ऋण राशि (₹)=-:loan_in424"
        " | बैंक खाता संख्या=-:account_in424 | जुड़ने की तिथि=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: the Hungarian one ends with a dot.
INVALID_DAY: dict[str, str] = {"%Y.%m.%d.": "{y}.02.31."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ke_id424", "cf_it424", "ci_bo424", "ado_hu424", "aadhaar424")
SEX_HOLDS: tuple[str, ...] = ("sex_ke424", "sex_it424", "sex_bo424")
NAME_HOLDS = frozenset(
    {"ke_name424", "it_family424", "it_given424", "bo_pat424", "bo_given424"}
    | {"hu_family424", "hu_given424", "in_name424"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ke424",
    "phone_it424",
    "phone_bo424",
    "phone_hu424",
    "phone_in424",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND424",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND424",
]
