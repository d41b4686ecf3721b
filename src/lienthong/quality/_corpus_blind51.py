"""The fifty-first part of the outside corpus, **blind 51** (written 10:46 UTC, 2026-12-06, never
used for tuning): person files a ward's civil-status office, a tax office, a commune's
labour and social affairs officer, a maritime administration, Lanbide in the Basque Country, a
commune's social action centre in Réunion, a Somaliland ministry, a Bangsamoro social services
office and an Alaska Native village corporation could hand over. Four Vietnamese files: a ward's
marriage register in Excel (the register's number, book and date as real Excel dates, the
husband's side with his name, birth date, ethnicity, nationality, residence and identity number,
the wife's side with the same, the first or second marriage, the signer, the clerk); a tax
office's list of household businesses in Windows-1258 with semicolons and unaccented, oddly spaced
headers (the tax code, the shop's name, the owner, the business's address apart from the owner's
residence, the trade, the revenue and taxes, the tax method, the managing officer, the tax code's
status); a commune's list of people with revolutionary merit and martyrs' relatives receiving
Tết gifts in UTF-16 with tabs (the hamlet and commune as the address, the category, the file
number, the martyr, the relation, the year of death, the gift, who gave it, a proxy, an empty
signature column); and a maritime administration's list of seafarers' certificates in UTF-8 with
a BOM and bilingual Vietnamese/English headers (place of birth, seaman's book, passport, rank,
certificate number, issue and expiry dates, company and ship).
Five foreign files: a Basque guaranteed-income list in UTF-8 with Basque/Spanish headers (the DNI
with its mod-23 letter, two surnames, the street line with floor and door, postcode, municipality
and historical territory, the file number, the amount in euros, the status, the office); a
Réunion register of vulnerable people in Windows-1252 with semicolons (the NIR of someone born in
a DOM with its mod-97 key, the surname in capitals, the birthplace, the quarter, the postcode and
commune, a person to warn and their phone, the situation); a Somaliland drought-aid list in UTF-8
with Somali headers and some Arabic (a three-part name, the mother's name, region, district and
neighbourhood, the household size, the elder, the amount in dollars); a Bangsamoro social
services payout list in Excel with Filipino/English headers (the PhilSys card number, the middle
name that is the mother's surname, barangay, municipality and province, birth dates month first,
the tribe, the guardian, the programme); and an Alaska Native corporation's shareholder list in
UTF-8 (the SSN, the middle initial, a PO box as the mailing address, city, state and ZIP, the
shares, the enrollment community, the designated beneficiary, the time last updated).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind51_writers import WRITERS_BLIND51
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND51: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_ket_hon_vn51",
        "STT=row | Số=-:regno51 | Quyển số=-:book51 | Ngày, tháng, năm đăng ký=date:excel_event"
        " | Họ, chữ đệm, tên người chồng=full_name:husband51"
        " | Ngày, tháng, năm sinh (chồng)=birth_date:excel_date | Dân tộc (chồng)=-:eth_h51"
        " | Quốc tịch (chồng)=-:nat51 | Nơi cư trú (chồng)=address"
        " | Số định danh cá nhân (chồng)=cccd | Họ, chữ đệm, tên người vợ=-:wife51"
        " | Ngày, tháng, năm sinh (vợ)=-:wife_birth51 | Dân tộc (vợ)=-:eth_w51"
        " | Quốc tịch (vợ)=-:nat_w51 | Nơi cư trú (vợ)=-:wife_addr51"
        " | Số định danh cá nhân (vợ)=-:wife_id51 | Kết hôn lần thứ (chồng/vợ)=-:times51"
        " | SĐT liên hệ=phone | Người ký GCN=-:signer51 | Công chức tư pháp - hộ tịch=-:clerk51"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_kinh_doanh_quan_ly_thue_vn51",
        "STT=row | MST=mst | Ten ho kinh doanh=-:shop51 | Ho ten  chu ho=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD chu ho=cccd:cccd_spaced"
        " | Dia chi kinh doanh=-:shop_addr51 | Dia chi cu tru  chu ho=address"
        " | Nganh nghe KD=-:trade51 | DT nam 2025 (dong)=-:revenue51 | Thue GTGT=-:vat51"
        " | Thue TNCN=-:pit51 | PP nop thue=-:method51 | Ngay bat dau KD=date@%d/%m/%Y"
        " | Dien thoai=phone:phone_dotted | Can bo QL=-:officer51 | Trang thai MST=-:mst_status51",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_co_cong_nhan_qua_tet_vn51",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Ấp, xã=address:addr_commune51 | Diện đối tượng=-:merit51"
        " | Số hồ sơ=-:file51 | Họ tên liệt sĩ=-:martyr51 | Quan hệ với LS=-:martyr_rel51"
        " | Năm hy sinh=-:martyr_year51 | Mức quà (đồng)=-:gift51 | Quà của=-:gift_src51"
        " | Người nhận thay=-:proxy51 | SĐT=phone:phone_spaced | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:none",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_gcn_thuyen_vien_cang_vu_vn51",
        "No.=row | Họ và tên / Full name=full_name"
        " | Ngày sinh / Date of birth=birth_date@%d/%m/%Y | Nơi sinh / Place of birth=-:pob51"
        " | Số CCCD / ID No.=cccd | Số sổ thuyền viên / Seaman's book No.=-:sea_book51"
        " | Số hộ chiếu / Passport No.=-:passport51 | Chức danh / Capacity=-:rank51"
        " | Số GCN / CoC No.=-:coc51 | Ngày cấp / Date of issue=date@%d/%m/%Y"
        " | Ngày hết hạn / Date of expiry=date:expiry51 | Công ty / Company=-:company51"
        " | Tàu / Ship=-:ship51 | Địa chỉ thường trú / Permanent address=address"
        " | Điện thoại / Tel.=phone | Email=email | Ghi chú / Remarks=-:sea_remark51",
        encoding="utf-8-sig",
    ),
    _shape(
        "dbe_rgi_onuradunak_eu51",
        "Zk. / Nº=row | Espediente zk. / Nº expediente=-:exp_eu51"
        " | NAN / DNI=national_id:dni_eu51 | Izena / Nombre=given_name:eu_given51"
        " | 1. abizena / 1er apellido=family_name:eu_fam1_51"
        " | 2. abizena / 2º apellido=-:eu_fam2_51"
        " | Jaiotze-data / Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexua / Sexo=sex:sex_eu51 | Helbidea / Domicilio=street:street_eu51"
        " | PK / CP=postcode:cp_eu51 | Udalerria / Municipio=district:mun_eu51"
        " | Lurralde historikoa / Territorio histórico=province:th_eu51"
        " | Telefonoa / Teléfono=phone:phone_eu51"
        " | Bizikidetza-unitateko kideak / Miembros UC=-:uc_eu51"
        " | Hileko zenbatekoa (€) / Importe mensual (€)=-:amount_eu51"
        " | Ebazpen-data / Fecha de resolución=date@%d/%m/%Y"
        " | Egoera / Estado=-:status_eu51 | Lanbide bulegoa / Oficina Lanbide=-:office_eu51",
        english=True,
    ),
    _shape(
        "registre_personnes_vulnerables_re51",
        "N°=row | NIR=national_id:nir_re51 | Nom de naissance=family_name:re_family51"
        " | Prénom(s)=given_name:re_given51 | Sexe=sex:sex_re51"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:birthplace_re51"
        " | Adresse=street:street_re51 | Quartier / lieu-dit=suburb:quartier_re51"
        " | Code postal=postcode:cp_re51 | Commune=district:commune_re51"
        " | Téléphone=phone:phone_re51 | Personne à prévenir=-:contact_re51"
        " | Tél. personne à prévenir=-:contact_phone_re51 | Situation=-:situation_re51"
        " | Date d'inscription=date@%d/%m/%Y | Observations=-:note_re51",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "gargaarka_abaarta_sl51",
        "Tr.=row | Lambarka Aqoonsiga=national_id:nid_sl51"
        " | Magaca oo saddexan / الاسم الثلاثي=full_name:so_full51"
        " | Magaca hooyada=-:so_mother51 | Taariikhda dhalashada=birth_date@%d/%m/%Y"
        " | Jinsiga / الجنس=sex:sex_so51 | Goobta dhalashada=-:so_birthplace51"
        " | Gobolka=province:so_region51 | Degmada=district:so_district51"
        " | Xaafadda=suburb:so_xaafad51 | Lambarka taleefanka=phone:phone_so51"
        " | Tirada qoyska=-:hh_so51 | Lacagta (USD)=-:amount_so51"
        " | Taariikhda diiwaangelinta=date@%d/%m/%Y | Odayga xaafadda=-:elder_so51"
        " | Xaaladda=-:status_so51 | ملاحظات=-:note_so51",
        english=True,
    ),
    _shape(
        "payout_mssd_barmm_ph51",
        "Blg.=row | PhilSys Card No. (PCN)=national_id:psn_ph51"
        " | Apelyido / Last Name=family_name:ph_family51"
        " | Pangalan / First Name=given_name:ph_given51"
        " | Gitnang Pangalan / Middle Name=-:ph_middle51"
        " | Kaarawan / Date of Birth=birth_date@%m/%d/%Y | Kasarian / Sex=sex:sex_ph51"
        " | Barangay=suburb:brgy_ph51 | Munisipyo / Lungsod=district:mun_ph51"
        " | Lalawigan / Province=province:prov_ph51"
        " | Numero ng Telepono / Contact No.=phone:phone_ph51"
        " | Tribu / IP Group=-:tribe_ph51 | Tagapag-alaga / Guardian=-:guardian_ph51"
        " | Programa=-:programme_ph51 | Halaga / Amount (PHP)=-:amount_ph51"
        " | Petsa ng Payout=date@%m/%d/%Y | Remarks=-:remarks_ph51",
        english=True,
        file="xlsx",
    ),
    _shape(
        "shareholder_roll_ak51",
        "Rec #=row | Shareholder No.=-:sh_id_ak51 | Last Name=family_name:ak_family51"
        " | First Name=given_name:ak_given51 | MI=-:ak_mi51 | DOB=birth_date@%m/%d/%Y"
        " | SSN=national_id:ssn_ak51 | Sex=sex:sex_ak51"
        " | Mailing Address=street:street_ak51 | City=district:city_ak51"
        " | State=state:state_ak51 | ZIP=postcode:zip_ak51 | Phone=phone:phone_ak51"
        " | Email=email | Original Enrollee=-:orig_ak51 | Class A Shares=-:shares_a51"
        " | Class B Shares=-:shares_b51 | Enrollment Community=-:community_ak51"
        " | Tribal Affiliation=-:tribe_ak51 | Designated Beneficiary=-:benef_ak51"
        " | Beneficiary Relationship=-:benef_rel_ak51 | Stock Issue Date=date@%m/%d/%Y"
        " | Last Updated=timestamp",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dni_eu51", "nir_re51", "nid_sl51", "psn_ph51", "ssn_ak51")
SEX_HOLDS: tuple[str, ...] = ("sex_eu51", "sex_re51", "sex_so51", "sex_ph51", "sex_ak51")
NAME_HOLDS = frozenset(
    {"husband51", "eu_given51", "eu_fam1_51", "re_family51", "re_given51", "so_full51"}
    | {"ph_family51", "ph_given51", "ak_family51", "ak_given51"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_eu51",
    "phone_re51",
    "phone_so51",
    "phone_ph51",
    "phone_ak51",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_commune51",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND51",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND51",
]
