"""The four-hundred-and-twenty-second part of the outside corpus, **blind 422** (written 00:44 UTC,
2026-12-08, never used for tuning): person files a ward's People's Committee, an urban-environment
company, a ward's women's union, a district's landfill-clearance board, Puebla's waste department,
a Maharashtra municipal corporation under Swachh Bharat, a Westphalian town's waste-fee office, a
Chilean Ley REP management system and a Turkish belediye's zabıta could hand over about people who
make, sweep, sort and pick up waste and those fined for dumping it.
Four Vietnamese files: a ward's book of administrative fines for breaking environmental rules, in
Excel (the decision number and day, the act and the decree article, the fine, the officer who
wrote the record, whether and when it was paid, the receipt); an urban-environment company's list
of street sweepers given a Tết bonus, in Windows-1258 with semicolons and headers without
diacritics (the staff code, the team, the streets they sweep, the BHXH book, the years of
service, the bonus, an empty column to sign); a ward's list of households given compost bins, in
UTF-16 with tabs (the residential group, the household size, the bin and its code, the officer
who handed it over, when the row changed); and a landfill-clearance board's list of households
living within the buffer zone who are moved away, in UTF-8 with a BOM and ISO dates (the
household code, the distance to the landfill, the land area, the support, the resettlement plot,
a relative to contact, the day the land was handed over).
Five foreign files: a Puebla census of waste pickers in UTF-8 (the CURP with its check digit,
the two family names apart, street, colonia, municipio and código postal, the material, the years
at it, the site, the union); a Swachh Bharat waste-picker identity-card list in English and
Marathi-Hindi headers in UTF-8 with a BOM (the card number, the masked Aadhaar, the father's or
husband's name, the address with its PIN, the ward, the self-help group, the work, the card's
validity); a German Abfallgebühren list in Windows-1252 with semicolons (the Kassenzeichen, the
Steuer-ID with its ISO 7064 digit, Straße, PLZ and Ort, the bin, the emptying rhythm, the
Biotonne, the yearly fee, the owner, the SEPA mandate); a Chilean Ley REP register of base
recyclers in Excel (the RUN with its mod-11 digit, the full name, dirección, comuna and región,
the organisation, the ChileValora certification and its date, the material, the tonnes a month,
the management system); and a Turkish belediye's environmental fine list in Windows-1254 with
tabs (the T.C. Kimlik No with its two check digits, the name with the surname in capitals, the
address, ilçe and il, the record number and day, the act, the law, the fine, the zabıta officer,
the day it was served, whether it was paid).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind422_writers import WRITERS_BLIND422
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND422: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_xu_phat_vphc_linh_vuc_bao_ve_moi_truong_ubnd_phuong_vn422",
        "STT=row | Số QĐ=-:qd422 | Ngày ra QĐ=date@%d/%m/%Y | Họ và tên người vi phạm=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi ở=address | Số ĐT=phone | Hành vi vi phạm=-:act422 | Căn cứ xử phạt=-:article422"
        " | Số tiền phạt (đồng)=-:fine422 | Người lập biên bản=-:inspector422"
        " | Tình trạng nộp phạt=-:fine_status422 | Ngày nộp=date:paid_day422"
        " | Số biên lai=-:receipt422",
        file="xlsx",
    ),
    _shape(
        "ds_cong_nhan_ve_sinh_moi_truong_nhan_thuong_tet_cty_moi_truong_do_thi_vn422",
        "TT=row | Ma NV=-:staff422 | Ho va ten=full_name | Ngay sinh=birth_date@%d.%m.%Y"
        " | GT=sex | So CCCD=cccd:cccd_spaced | So so BHXH=bhxh | Xi nghiep/Doi=-:team422"
        " | Tuyen duong phu trach=-:route422 | Cho o hien nay=address | DT lien he=phone"
        " | Tham nien (nam)=-:years422 | Muc thuong (d)=-:bonus422 | Ky nhan=-:signed422",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_ho_gia_dinh_nhan_thung_u_phan_huu_co_tai_nguon_hoi_lhpn_phuong_vn422",
        "STT=row | Tổ dân phố=-:tdp422 | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address | Điện thoại=phone"
        " | Số nhân khẩu=-:mouths422 | Loại thùng=-:bin422 | Mã thùng=-:bin_no422"
        " | Ngày nhận=date@%d/%m/%Y | Người bàn giao=-:bin_officer422"
        " | Cập nhật=timestamp:stamp422",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ds_ho_dan_vung_anh_huong_bai_rac_ho_tro_di_doi_bqlda_giai_phong_mat_bang_vn422",
        "STT=row | Mã hộ=-:hh422 | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | CCCD=cccd | Nơi ở hiện tại=address | SĐT=phone"
        " | Khoảng cách đến bãi rác (m)=-:distance422 | Diện tích đất (m2)=-:land422"
        " | Tổng tiền hỗ trợ (đ)=-:support422 | Nơi tái định cư=-:resettle422"
        " | Người thân liên hệ=-:kin422 | Ngày bàn giao mặt bằng=date@%Y-%m-%d"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "censo_recicladores_pepenadores_municipio_puebla_mx422",
        "No.=row | Folio=-:mx_folio422 | CURP=national_id:mx_curp422"
        " | Apellido paterno=family_name:mx_pat422 | Apellido materno=-:mx_mat422"
        " | Nombre(s)=given_name:mx_giv422 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_mx422 | Calle y número=street:mx_street422"
        " | Colonia=suburb:mx_col422 | Municipio=district:mx_mun422 | C.P.=postcode:mx_cp422"
        " | Teléfono=phone:phone_mx422 | Material que recupera=-:mx_material422"
        " | Años en la actividad=-:mx_years422 | Lugar de trabajo=-:mx_site422"
        " | Organización=-:mx_union422 | Fecha de registro=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "swachh_bharat_waste_picker_identity_cards_municipal_corporation_in422",
        "Sr. No. / अ.क्र.=row | ID Card No. / ओळखपत्र क्र.=-:in_card422"
        " | Aadhaar No. (masked)=national_id:in_aadhaar422"
        " | Name of Waste Picker / नाव=full_name:in_name422"
        " | Father's / Husband's Name=-:in_father422 | Date of Birth=birth_date@%d-%m-%Y"
        " | Gender / लिंग=sex:sex_in422 | Residential Address=address:in_addr422"
        " | Ward=-:in_ward422 | Mobile No.=phone:phone_in422 | SHG / Union=-:in_shg422"
        " | Nature of Work=-:in_work422 | Date of Issue=date@%d-%m-%Y"
        " | Valid Upto=date:in_valid422",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "abfallgebuehren_veranlagung_grundbesitzabgaben_stadt_de422",
        "Lfd. Nr.=row | Kassenzeichen=-:de_kz422 | Steuer-ID=national_id:de_steuer422"
        " | Name=family_name:de_fam422 | Vorname=given_name:de_giv422"
        " | Geb.-Datum=birth_date@%d.%m.%Y | Straße Hausnr.=street:de_street422"
        " | PLZ=postcode:de_plz422 | Ort=district:de_ort422 | Telefon=phone:phone_de422"
        " | Gefäß=-:de_bin422 | Leerung=-:de_rhythm422 | Biotonne=-:de_bio422"
        " | Jahresgebühr EUR=-:de_fee422 | Grundstückseigentümer=-:de_owner422"
        " | SEPA-Mandat=-:de_sepa422 | Fällig am=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registro_recicladores_de_base_ley_rep_sistema_de_gestion_cl422",
        "N°=row | RUN=national_id:cl_rut422 | Nombre completo=full_name:cl_name422"
        " | Fecha nacimiento=birth_date@%d-%m-%Y | Sexo=sex:sex_cl422"
        " | Dirección=street:cl_street422 | Comuna=district:cl_comuna422"
        " | Región=state:cl_region422 | Teléfono=phone:phone_cl422 | Correo electrónico=email"
        " | Organización=-:cl_org422 | Certificación ChileValora=-:cl_cert422"
        " | Fecha certificación=date@%d-%m-%Y | Material principal=-:cl_material422"
        " | Toneladas/mes=-:cl_tons422 | Sistema de gestión=-:cl_gs422",
        english=True,
        file="xlsx",
    ),
    _shape(
        "belediye_zabita_cevre_kirliligi_idari_para_cezasi_listesi_tr422",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc422 | Adı Soyadı=full_name:tr_name422"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:sex_tr422"
        " | Adresi=address:tr_addr422 | İlçe=district:tr_ilce422 | İl=state:tr_il422"
        " | Cep Telefonu=phone:phone_tr422 | Tutanak No=-:tr_no422"
        " | Tutanak Tarihi=date@%d.%m.%Y | Kabahat=-:tr_act422 | Kanun Maddesi=-:tr_law422"
        " | Ceza Tutarı=-:tr_fine422 | Düzenleyen=-:tr_officer422"
        " | Tebliğ Tarihi=date@%d.%m.%Y | Ödeme Durumu=-:tr_paid422",
        english=True,
        encoding="cp1254",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "mx_curp422",
    "in_aadhaar422",
    "de_steuer422",
    "cl_rut422",
    "tr_tc422",
)
SEX_HOLDS: tuple[str, ...] = ("sex_mx422", "sex_in422", "sex_cl422", "sex_tr422")
NAME_HOLDS = frozenset(
    {"mx_pat422", "mx_giv422", "in_name422", "de_fam422", "de_giv422", "cl_name422"}
    | {"tr_name422"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mx422",
    "phone_in422",
    "phone_de422",
    "phone_cl422",
    "phone_tr422",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("in_addr422", "tr_addr422")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND422",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND422",
]
