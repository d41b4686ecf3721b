"""The three-hundred-and-twenty-second part of the outside corpus, **blind 322** (written 11:10 UTC,
2026-12-07, never used for tuning): person files a provincial fisheries sub-department, a district
branch of the Bank for Social Policies, a commune people's committee in the northern mountains, a
commune in the far north, a municipal disaster risk reduction office in Eastern Samar, a
provincial disaster and emergency directorate in Türkiye, Sindh's provincial disaster management
authority, Mozambique's disaster management institute in Sofala and a Japanese town's shelter
could hand over.
Four Vietnamese files: owners of fishing boats sunk or damaged in a storm asking for support in
Excel (the boat's registration number, its length and engine power, where the accident happened,
the day, the damage, the crew, the loss and the support asked); households borrowing to restart
production after the storm in Windows-1258 with semicolons (the hamlet alone, what the storm
destroyed, the production plan, the amount, the term, the day paid out, the savings and loan
group, the heir who answers for the loan); households whose fields a flash flood buried in UTF-16
with tabs and headers without diacritics (the map sheet and the parcel, the field's name, the
land class, the buried area, how deep, the amount, the day checked, the land officer, the time
last updated); and households whose buffaloes and cattle a cold spell killed in UTF-8 with a BOM
and semicolons (the village alone, the animal, how many, their age in months, the day they died,
the rate and the total, the vet's confirmation, whether the household is poor).
Five foreign files: the dead, injured and missing of a typhoon in Eastern Samar (surname, first
and middle names apart, the age, the birth date ``03/12/1985``, the home address apart from where
it happened, the day, the cause, the status, the hospital, the next of kin and their phone, who
validated it); Turkish earthquake survivors paid rent aid in Windows-1254 with semicolons (the
T.C. Kimlik No with its two check digits, the first name and the surname apart, the father's
name, the damaged home's address and building id apart from the new home, its district and
province, the damage found, the amount, the IBAN, the day paid); families registered at a flood
relief camp in Sindh (the head of the family, the father or husband, the CNIC, the permanent
address by village, union council, taluka and district, the camp and where it stands, the
members, children and pregnant or lactating women, the livestock lost, the house damage, the
token); families at a cyclone accommodation centre in Sofala in Excel (the BI with its check
letter, the bairro, district and province of home, the centre and where it stands, the members,
the state of the house, the kit received); and the evacuees of a Japanese shelter in Shift-JIS
(the shelter and its address apart from the home, the household number, the name and its
katakana, the era birth date ``昭和60年3月12日``, the age, the postcode and the home address,
the days in and out, the care needed, whether they sleep in their car, their consent to
disclose their safety).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind322_writers import WRITERS_BLIND322
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND322: tuple[Shape, ...] = (
    _shape(
        "chu_tau_ca_bi_chim_hu_hong_do_bao_de_nghi_ho_tro_chi_cuc_thuy_san_tinh_vn322",
        "STT=row | Họ và tên chủ tàu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | Số đăng ký tàu=-:ts_reg322 | Lmax (m)=-:ts_len322"
        " | Tổng công suất (CV)=-:ts_cv322 | Nơi xảy ra sự cố=-:ts_site322"
        " | Ngày xảy ra=date@%d/%m/%Y | Mức độ thiệt hại=-:ts_damage322"
        " | Số thuyền viên=-:ts_crew322 | Giá trị thiệt hại (triệu đồng)=-:ts_loss322"
        " | Đề nghị hỗ trợ (đồng)=-:ts_aid322 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_vay_von_khoi_phuc_san_xuat_sau_bao_lu_nhcsxh_phong_giao_dich_huyen_vn322",
        "TT=row | Họ tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Thôn=-:nv_hamlet322 | Địa chỉ cư trú=address"
        " | SĐT=phone | Thiệt hại do bão, lũ=-:nv_loss322 | Phương án SXKD=-:nv_plan322"
        " | Số tiền vay (đ)=-:nv_amount322 | Thời hạn (tháng)=-:nv_term322"
        " | Ngày giải ngân=date@%d/%m/%Y | Tổ TK&VV=-:nv_group322"
        " | Người thừa kế=-:nv_heir322",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_co_dat_san_xuat_bi_vui_lap_do_lu_quet_de_nghi_ho_tro_cai_tao_ubnd_xa_vn322",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So dinh danh=cccd | Dia chi=address | To ban do so=-:vl_sheet322"
        " | Thua dat so=-:vl_parcel322 | Xu dong=-:vl_field322 | Loai dat=-:vl_kind322"
        " | DT bi vui lap (m2)=-:vl_area322 | Muc do=-:vl_depth322"
        " | Thanh tien (dong)=-:vl_money322 | Ngay kiem tra=date@%d/%m/%Y"
        " | Can bo dia chinh=-:vl_officer322 | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_co_trau_bo_chet_do_ret_dam_ret_hai_de_nghi_ho_tro_ubnd_xa_vung_cao_vn322",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày/tháng/năm sinh=birth_date@%d-%m-%Y"
        " | CCCD/ĐDCN=cccd | Thôn, bản=-:rh_village322 | Nơi cư trú=address | Số ĐT=phone"
        " | Loại vật nuôi=-:rh_animal322 | Số con chết=-:rh_dead322"
        " | Tháng tuổi=-:rh_age322 | Ngày chết=date@%d-%m-%Y"
        " | Mức hỗ trợ (đ/con)=-:rh_rate322 | Thành tiền (đ)=-:rh_total322"
        " | Xác nhận của thú y=-:rh_vet322 | Hộ nghèo/cận nghèo=-:rh_poor322",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mdrrmo_report_on_casualties_dead_injured_missing_typhoon_eastern_samar_ph322",
        "No.=row | Surname=family_name:ph_family322 | First Name=given_name:ph_given322"
        " | Middle Name=-:ph_middle322 | Age=-:ph_age322 | Sex=sex:ph_sex322"
        " | Date of Birth=birth_date@%m/%d/%Y | Permanent Address=address:ph_addr322"
        " | Place of Incident=-:ph_site322 | Date of Incident=date@%m/%d/%Y"
        " | Cause=-:ph_cause322 | Status (Dead/Injured/Missing)=-:ph_status322"
        " | Hospital Confined / Remarks=-:ph_hosp322 | Next of Kin=-:ph_kin322"
        " | Contact No. of NOK=-:ph_kinphone322 | Validated by=-:ph_valid322",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "deprem_kira_yardimi_odeme_listesi_il_afet_ve_acil_durum_mudurlugu_tr322",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc322 | Adı=given_name:tr_given322"
        " | Soyadı=family_name:tr_family322 | Baba Adı=-:tr_father322"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cep Telefonu=phone:tr_phone322"
        " | Hasarlı Konut Adresi=-:tr_damaged322 | Bina Kimlik No=-:tr_bina322"
        " | Hasar Tespit Sonucu=-:tr_hasar322 | Yeni İkamet Adresi=address:tr_addr322"
        " | İlçe=district:tr_ilce322 | İl=state:tr_il322"
        " | Kira Yardımı Tutarı (TL)=-:tr_amount322 | IBAN=-:tr_iban322"
        " | Ödeme Tarihi=date@%d.%m.%Y | Açıklama=-:tr_note322",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "pdma_sindh_flood_relief_camp_registration_of_affected_families_pk322",
        "S.No=row | Name of Head of Family / سربراہ خاندان کا نام=full_name:pk_name322"
        " | Father/Husband Name=-:pk_father322 | CNIC No.=national_id:pk_cnic322"
        " | Gender=sex:pk_sex322 | Date of Birth=birth_date@%d-%m-%Y"
        " | Mobile No.=phone:pk_phone322"
        " | Permanent Address (Village/UC/Taluka/District)=address:pk_addr322"
        " | Relief Camp=-:pk_camp322 | Camp Location=-:pk_camploc322"
        " | Family Members=-:pk_members322 | Children (<5)=-:pk_kids322 | PLW=-:pk_plw322"
        " | Livestock Lost=-:pk_livestock322 | House Damage=-:pk_house322"
        " | Token No.=-:pk_token322 | Date of Arrival=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registo_agregados_centro_de_acomodacao_ciclone_ingd_delegacao_sofala_mz322",
        "Nº=row | Nome do Chefe do Agregado=full_name:mz_name322 | Sexo=sex:mz_sex322"
        " | Data de Nascimento=birth_date@%d/%m/%Y | Nº do BI=national_id:mz_bi322"
        " | Contacto=phone:mz_phone322 | Bairro de Residência=suburb:mz_bairro322"
        " | Distrito=district:mz_dist322 | Província=state:mz_prov322"
        " | Centro de Acomodação=-:mz_centro322 | Localização do Centro=-:mz_centroloc322"
        " | Nº de Membros=-:mz_members322 | Crianças < 5 anos=-:mz_kids322"
        " | Pessoas c/ Deficiência=-:mz_pcd322 | Estado da Casa=-:mz_casa322"
        " | Data de Entrada=date@%d/%m/%Y | Kit Recebido=-:mz_kit322"
        " | Observações=-:mz_obs322",
        english=True,
        file="xlsx",
    ),
    _shape(
        "hinanjo_hinansha_meibo_saigai_taisaku_honbu_jp322",
        "No.=row | 避難所名=-:jp_shelter322 | 避難所所在地=-:jp_shelter_addr322"
        " | 世帯番号=-:jp_setai322 | 氏名=full_name:jp_name322 | フリガナ=full_name:jp_kana322"
        " | 性別=sex:jp_sex322 | 生年月日=birth_date:jp_birth322 | 年齢=-:jp_age322"
        " | 郵便番号=postcode:jp_zip322 | 住所=address:jp_addr322"
        " | 電話番号=phone:jp_phone322 | 入所日=date@%Y/%m/%d | 退所日=date:jp_out322"
        " | 要配慮事項=-:jp_care322 | 車中泊=-:jp_car322 | 安否情報の提供=-:jp_consent322",
        english=True,
        encoding="cp932",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("tr_tc322", "pk_cnic322", "mz_bi322")
SEX_HOLDS: tuple[str, ...] = ("ph_sex322", "pk_sex322", "mz_sex322", "jp_sex322")
NAME_HOLDS = frozenset(
    {
        "ph_family322",
        "ph_given322",
        "tr_given322",
        "tr_family322",
        "pk_name322",
        "mz_name322",
        "jp_name322",
        "jp_kana322",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("tr_phone322", "pk_phone322", "mz_phone322", "jp_phone322")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr322", "tr_addr322", "pk_addr322")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND322",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND322",
]
