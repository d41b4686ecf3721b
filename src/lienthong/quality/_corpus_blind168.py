"""The hundred-and-sixty-eighth part of the outside corpus, **blind 168** (written 23:03 UTC,
2026-12-06, never used for tuning): person files a district land registration office, a power
company, a Mekong commune's people's committee, a district culture office, Curaçao's labour
ministry, Aruba's social housing foundation, Sint Maarten's social insurance, the Guadeloupe
adapted military service regiment and a French Guianese health centre up the Maroni could hand
over. Four Vietnamese files: a land registration office's parcel-split dossiers in
Windows-1258 with semicolons and headers without diacritics (the dossier, the parcel and map
sheet, the parcel's address, its area, the certificate, the day received and the day due, the
officer, the result); a power company's electrical safety cards in UTF-16 with tabs (the spaced
CCCD, the unit and the job, the safety grade, the card, its examination day and expiry, the
examiner, a spaced phone, the time last updated); an emergency relocation of households from a
river-bank erosion zone in Excel (the household size, the eroded length and the distance to the
bank, the shelter, the resettlement site, the amount, a relative's phone); and a culture
office's shop-sign registrations in UTF-8 with a BOM and semicolons (the shop, where the sign
stands, its kind and size, the household business certificate, the tax code, a dotted phone,
the office's opinion).
Five foreign files: a Curaçao job seekers' register with Papiamentu headers (fam and nòmber,
the ten-digit ID-nummer, kaya and bario, 7-digit and +5999 phones, the schooling, the wished
job, the counsellor); an Aruban social-housing application list in Windows-1252 with semicolons
and Papiamento/Dutch headers (the persoonsnummer, the civil state, the district, the partner and
the partner's persoonsnummer, the monthly income in florin, the children); a Sint Maarten
employee registration in Excel with English headers and US dates (the ID number, nationality,
the address with its district, +1 721 phones, the employer, its registration and the CRIB
number, the wage in NAf); an RSMA Guadeloupe volunteers' list in Windows-1252 with semicolons
(the matricule, the place of birth, the NIR born in 971, the postcode and the commune, 0690
phones, the person to warn and their phone, the training track); and a French Guianese
health-centre patient file in UTF-8 with tabs (the dossier, the NIR born in 973 or none, the
cover (CSS, AME), the village or street with its postcode, 0694 phones, the language spoken,
the trusted person, the doctor, the last visit).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind168_writers import WRITERS_BLIND168
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND168: tuple[Shape, ...] = (
    _shape(
        "ho_so_de_nghi_tach_thua_dat_van_phong_dang_ky_dat_dai_vn168",
        "STT=row | Ma ho so=-:dossier168 | Ho ten nguoi SDD=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Dia chi thuong tru=address"
        " | Thua so=-:parcel168 | To BD so=-:map_sheet168 | Vi tri thua dat=-:parcel_addr168"
        " | Dien tich (m2)=-:area168 | So thua sau tach=-:split_count168 | So GCN=-:gcn168"
        " | Ngay nhan HS=date@%d/%m/%Y | Ngay hen tra=-:due168 | SDT=phone"
        " | Can bo thu ly=-:officer168 | Ket qua=-:result168",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_the_an_toan_dien_cong_nhan_dien_luc_vn168",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Đơn vị công tác=-:unit168 | Công việc=-:job168"
        " | Bậc an toàn=-:safety_grade168 | Số thẻ ATĐ=-:card168"
        " | Ngày sát hạch=date@%d/%m/%Y | Thẻ có giá trị đến=-:card_until168"
        " | Người sát hạch=-:examiner168 | Điện thoại=phone:phone_spaced"
        " | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_di_doi_khan_cap_vung_sat_lo_bo_song_ubnd_xa_vn168",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Nơi ở hiện nay=address | Số nhân khẩu=-:members168"
        " | Chiều dài sạt lở (m)=-:erosion168 | K/c nhà đến mép sông (m)=-:distance168"
        " | Nơi tạm cư=-:shelter168 | Khu TĐC bố trí=-:tdc168"
        " | Số tiền hỗ trợ (đồng)=-:money168 | Ngày di dời=date@%d/%m/%Y | ĐT=phone"
        " | ĐT người thân=-:phone_rel168 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_ky_bien_hieu_bang_quang_cao_ho_kinh_doanh_phong_vhtt_vn168",
        "STT=row | Tên cửa hàng / biển hiệu=-:shop168 | Chủ hộ KD=full_name"
        " | NS=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd | Nơi ĐKTT=address"
        " | Vị trí đặt=-:sign_place168 | Loại=-:sign_kind168 | KT (m)=-:sign_size168"
        " | Số GCN ĐKHKD=-:hkd168 | MST=mst | Ngày tiếp nhận=date@%d/%m/%Y"
        " | ĐT=phone:phone_dotted | Email=email | Ý kiến Phòng VH-TT=-:opinion168",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_buskado_di_trabou_soaw_cw168",
        "Nr.=row | Fam=family_name:cw_family168 | Nòmber=given_name:cw_given168"
        " | Number di ID (ID-nummer)=national_id:id_cw168"
        " | Fecha di nasementu=birth_date@%d-%m-%Y | Sekso (H/M)=sex:sex_cw168"
        " | Adrès=street:street_cw168 | Bario=suburb:bario_cw168"
        " | Telefòn selular=phone:phone_cw168 | E-mail=email"
        " | Nivel di enseñansa=-:edu_cw168 | Trabou deseá=-:job_cw168"
        " | Fecha di inskripshon=date@%d-%m-%Y | Konsehero=-:counsel_cw168"
        " | Status=-:status_cw168",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "aplicacion_cas_di_huur_fcca_aw168",
        "No.=row | Nomber completo / Volledige naam=full_name:aw_name168"
        " | Persoonsnummer=national_id:pn_aw168"
        " | Fecha di nacemento / Geboortedatum=birth_date@%d-%m-%Y | Sexo=sex:sex_aw168"
        " | Estado civil / Burg. staat=-:civil_aw168 | Adres actual=street:street_aw168"
        " | Distrito=district:distrito_aw168 | Telefon=phone:phone_aw168"
        " | Pareha / Partner=-:partner_aw168 | Persoonsnr. pareha=-:partner_pn_aw168"
        " | Entrada mensual (Afl.)=-:income_aw168 | Cantidad di yiu=-:kids_aw168"
        " | Tipo di cas=-:house_aw168 | Fecha di aplicacion=date@%d-%m-%Y"
        " | Status=-:status_aw168",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "szv_employee_registration_list_sx168",
        "No.=row | Surname=family_name:sx_family168 | First Name(s)=given_name:sx_given168"
        " | ID Number=national_id:id_sx168 | Date of Birth=birth_date@%m/%d/%Y"
        " | Gender=sex:sex_sx168 | Nationality=-:nat_sx168"
        " | Home Address=address:addr_sx168 | Cell=phone:phone_sx168"
        " | Employer=-:employer_sx168 | Employer Reg. No.=-:emp_reg_sx168"
        " | CRIB No.=-:crib_sx168 | Start Date=date@%m/%d/%Y"
        " | Gross Wage (NAf)=-:wage_sx168 | Remarks=-:remark_sx168",
        english=True,
        file="xlsx",
    ),
    _shape(
        "liste_volontaires_stagiaires_rsma_guadeloupe_gp168",
        "N°=row | Matricule=-:matricule_gp168 | NOM=family_name:gp_family168"
        " | Prénom(s)=given_name:gp_given168 | Né(e) le=birth_date@%d/%m/%Y"
        " | à=-:birthplace_gp168 | N° Sécurité sociale=national_id:nir_gp168"
        " | Sexe=sex:sex_gp168 | Adresse=street:street_gp168 | CP=postcode:cp_gp168"
        " | Commune=district:commune_gp168 | Portable=phone:phone_gp168"
        " | Personne à prévenir=-:contact_gp168 | Tél. pers. à prévenir=-:contact_phone_gp168"
        " | Filière=-:filiere_gp168 | Cie=-:cie_gp168"
        " | Date d'incorporation=date@%d/%m/%Y | Permis B=-:permis_gp168",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "file_active_patients_cdps_maroni_gf168",
        "N°=row | N° dossier=-:dossier_gf168 | NOM=family_name:gf_family168"
        " | Prénom=given_name:gf_given168 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_gf168 | NIR=national_id:nir_gf168 | Couverture=-:cover_gf168"
        " | Adresse=address:addr_gf168 | Téléphone=phone:phone_gf168"
        " | Langue parlée=-:lang_gf168 | Personne de confiance=-:trust_gf168"
        " | Médecin traitant=-:doctor_gf168 | Dernière consultation=date@%d/%m/%Y"
        " | Motif=-:motif_gf168",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats (all of them are known already).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("id_cw168", "pn_aw168", "id_sx168", "nir_gp168", "nir_gf168")
SEX_HOLDS: tuple[str, ...] = ("sex_cw168", "sex_aw168", "sex_sx168", "sex_gp168", "sex_gf168")
NAME_HOLDS = frozenset(
    {
        "cw_family168",
        "cw_given168",
        "aw_name168",
        "sx_family168",
        "sx_given168",
        "gp_family168",
        "gp_given168",
        "gf_family168",
        "gf_given168",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cw168",
    "phone_aw168",
    "phone_sx168",
    "phone_gp168",
    "phone_gf168",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_sx168", "addr_gf168")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND168",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND168",
]
