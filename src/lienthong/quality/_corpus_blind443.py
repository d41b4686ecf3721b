"""The four hundred and forty-third part of the outside corpus, **blind 443** (written 02:28 UTC,
2026-12-08, never used for tuning): person files a district's social insurance office, a hospital
mortuary, a pagoda's columbarium, a land registration branch, a Seoul funeral hall, a Kenyan
county registrar, a Polish funeral home, a Mexican civil registry and an Egyptian health office
could hand over. Four Vietnamese files: a social insurance office's list of survivors drawing the
survivor's pension (trợ cấp tuất) in Windows-1258 with semicolons (the survivor's own identity, the
insured who died with his BHXH number, the relation, the kind of pension, the monthly amount, the
decision, the bank account); a hospital mortuary's register of bodies handed over in UTF-16 with
tabs (the dead person's identity and last address, the day of death, the cause, the drawer, the
relative who received the body with his CCCD and phone, the transport); a pagoda columbarium's
niche register in Excel (the family member who signed, with CCCD and phone, the deceased and
their years, the niche, the fee, the term); and a land registration branch's list of heirs
registering inherited land in UTF-8 with a BOM and headers without diacritics (the heir, the
person who left the estate, the plot and map sheet, the area, the land use, the certificate, the
notarised deed, the branch).
Five foreign files: a Seoul funeral hall's register, romanised, in UTF-8 (the deceased's name in
capitals, the resident registration number masked after the sex digit, the road address, the
chief mourner and his mobile, the room, the day of encoffining and of the carrying out, the
crematorium); a Kenyan burial permit list in Windows-1252 (the deceased's ID number, the county,
sub-county and ward, the place and cause of death, the applicant with ID and phone); a Polish
funeral home's list in Windows-1250 with semicolons (PESEL with its digit, ulica, kod pocztowy,
miejscowość, the person ordering the funeral, the cemetery and plot, the death certificate, the
ZUS funeral grant); a Mexican list of death certificates in Excel (the folio, the CURP with its
check character, the informant and kinship, the cemetery); and an Egyptian list of death
registrations in UTF-8 with Arabic headers and semicolons (the national number, the four-part
name, the place of death, the informant, the health office).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind443_writers import WRITERS_BLIND443
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND443: tuple[Shape, ...] = (
    _shape(
        "tro_cap_tuat_hang_thang_vn443",
        "STT=row | Họ tên thân nhân hưởng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address"
        " | Họ tên người chết (NLĐ)=-:deceased443 | Mã số BHXH người chết=-:dec_bhxh443"
        " | Quan hệ với người chết=-:relation443 | Ngày chết=date@%d/%m/%Y"
        " | Loại trợ cấp=-:tuat443 | Mức hưởng/tháng (đ)=-:pension443"
        " | Số QĐ=-:decision443 | Tài khoản nhận=-:account443 | ĐT liên hệ=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_ban_giao_thi_hai_vn443",
        "STT=row | Họ và tên người tử vong=full_name"
        " | Năm sinh (ngày/tháng/năm)=birth_date@%d-%m-%Y | Giới=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ thường trú=address"
        " | Ngày giờ tử vong=date@%d-%m-%Y | Nguyên nhân=-:cause443 | Ngăn lạnh=-:drawer443"
        " | Nhà tang lễ=-:hospital443 | Người nhận thi hài=-:receiver443"
        " | CCCD người nhận=-:recv_cccd443 | SĐT người nhận=-:recv_phone443"
        " | Phương tiện=-:transport443 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_o_luu_tro_cot_vn443",
        "STT=row | Người đứng tên đăng ký=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | Điện thoại=phone | Email=email"
        " | Hương linh (người quá cố)=-:deceased443 | Năm sinh - năm mất=-:dec_years443"
        " | Quan hệ=-:relation443 | Nơi an vị=-:pagoda443 | Vị trí ô=-:niche443"
        " | Cúng dường/phí (VNĐ)=-:fee443 | Thời hạn=-:term443 | Ngày an vị=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "dang_ky_bien_dong_thua_ke_dat_vn443",
        "STT=row | Ho ten nguoi nhan thua ke=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Gioi tinh=sex:sex_caps | Dia chi thuong tru=address"
        " | Nguoi de lai di san=-:giver443 | Thua dat=-:plot443 | Dien tich (m2)=-:area443"
        " | Muc dich SD=-:landkind443 | So phat hanh GCN=-:gcn443"
        " | Van ban khai nhan/phan chia=-:deed443 | Noi nop ho so=-:branch443"
        " | Ngay nhan HS=date@%d/%m/%Y | SDT=phone | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "funeral_hall_register_kr443",
        "No=row | Name of Deceased=full_name:kr_name443 | Resident Reg. No.=national_id:rrn443"
        " | Sex=sex:sex_kr443 | Date of Birth=birth_date@%Y.%m.%d"
        " | Address=address:addr_kr443 | Date of Death=date@%Y.%m.%d"
        " | Chief Mourner (Sangju)=-:mourner_kr443 | Relationship=-:mourner_rel443"
        " | Mourner Mobile=-:mourner_tel443 | Funeral Hall=-:hall443 | Room=-:room443"
        " | Encoffining (Ipgwan)=date@%Y.%m.%d | Burial / Cremation=-:burial_kr443",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "burial_permits_ke443",
        "S/No.=row | Permit No.=-:permit_ke443 | Name of Deceased=full_name:ke_name443"
        " | ID No.=national_id:id_ke443 | Sex=sex:sex_ke443 | Date of Birth=birth_date@%d/%m/%Y"
        " | Date of Death=date@%d/%m/%Y | Place of Death=-:ke_pod443"
        " | Cause of Death=-:ke_cause443 | County=state:ke_county443"
        " | Sub-County=district:ke_sub443 | Ward=suburb:ke_ward443"
        " | Place of Burial=-:ke_burial443 | Applicant=-:ke_applicant443"
        " | Applicant ID No.=-:ke_app_id443 | Applicant Tel.=-:ke_app_tel443",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "zaklad_pogrzebowy_zlecenia_pl443",
        "Lp.=row | Nazwisko=family_name:pl_family443 | Imię (imiona)=given_name:pl_given443"
        " | PESEL=national_id:pesel443 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Data zgonu=date@%d.%m.%Y | Ulica i nr domu=street:pl_street443"
        " | Kod pocztowy=postcode:pl_pc443 | Miejscowość=district:pl_town443"
        " | Zleceniodawca=-:pl_orderer443 | Tel. zleceniodawcy=-:pl_tel443"
        " | Cmentarz=-:pl_cem443 | Kwatera/rząd/miejsce=-:pl_quarter443"
        " | Nr aktu zgonu=-:pl_act443 | Usługa=-:pl_service443"
        " | Zasiłek pogrzebowy ZUS (zł)=-:pl_zus443",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "actas_defuncion_mx443",
        "Núm.=row | Folio del acta=-:mx_folio443 | Nombre del finado=full_name:mx_name443"
        " | CURP=national_id:curp443 | Sexo=sex:sex_mx443"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Fecha de defunción=date@%d/%m/%Y"
        " | Último domicilio=address:mx_addr443 | Lugar de fallecimiento=-:mx_pod443"
        " | Nombre del declarante=-:mx_informant443 | Parentesco=-:mx_kin443"
        " | Panteón / destino=-:mx_panteon443 | Fecha de registro=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "qayd_wafayat_eg443",
        "م=row | الرقم القومي=national_id:eg_nid443 | اسم المتوفى رباعي=full_name:eg_name443"
        " | النوع=sex:sex_eg443 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | تاريخ الوفاة=date@%Y/%m/%d | محل الوفاة=-:eg_pod443"
        " | العنوان=address:eg_addr443 | اسم المبلغ=-:eg_informant443"
        " | صلة القرابة=-:eg_kin443 | مكتب الصحة=-:eg_office443 | رقم القيد=-:eg_reg443",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("rrn443", "id_ke443", "pesel443", "curp443", "eg_nid443")
SEX_HOLDS: tuple[str, ...] = ("sex_kr443", "sex_ke443", "sex_mx443", "sex_eg443")
NAME_HOLDS = frozenset(
    {"kr_name443", "ke_name443", "pl_family443", "pl_given443", "mx_name443", "eg_name443"}
)
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_kr443", "mx_addr443", "eg_addr443")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND443",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND443",
]
