"""The three-hundredth part of the outside corpus, **blind 300** (written 10:31 UTC, 2026-12-07,
never used for tuning): person files an agricultural cooperative in the Red River delta, a state
forest enterprise, a district's labour, invalids and social affairs office, a people's credit
fund, a FELDA scheme office, an East German LPG's successor co-operative, a rural electric
co-operative in Córdoba, a Sri Lankan Divisional Secretariat and a Turkish Bağ-Kur provincial
office could hand over, as they come out of old systems and retyping.
Four Vietnamese files, names and addresses in capitals without diacritics: a cooperative's book of
fields contracted to households (khoán 10) retyped from paper in Windows-1258 with semicolons (the
birth date as ``12.3.85``, the old 9-digit CMND beside the CCCD, the hamlet address, household
members, the area, plot and map sheet, the land grade, the rice quota, the team, the day of
contract, padded notes); a state forest enterprise's workers exported from an old FoxPro payroll
in UTF-8 with ``|`` between padded columns (the worker code, ``12/03/85`` dates, the home
province of origin apart from the present address, the team, the pay grade and coefficient, the
day hired, the social insurance book); a war invalids' card book retyped in UTF-8 with a BOM and
tabs (the birth date as ``ngày 12 tháng 3 năm 1955``, the card, the disability rate, the unit,
the month enlisted, where wounded, the next of kin, the status); and a people's credit fund's old
depositors from its first core software in Windows-1258 with tabs (the client code, the CMND with
its day and place of issue, the CCCD, the passbook, the amount padded right, the term and rate,
the day deposited, the heir).
Five foreign files: FELDA settlers in Latin-1 with semicolons (the new MyKad beside the old blue
IC, ``T.LAHIR`` with two-digit years, the scheme, the house lot, the heir); an LPG successor's
land shares in Windows-1252 with semicolons (``GEB.DAT.``, the GDR PKZ beside the Steuer-ID, the
place of birth in the old eastern provinces, the hectares, the cadastral parcel, the inventory
contribution in DM); a rural electric co-operative's members in Excel (``F.NAC.``, the L.E./L.C.
or D.N.I. with its kind apart, the CUIT/CUIL with its mod-11 digit, the supply point apart from
the postal address, the meter, the tariff); a Divisional Secretariat's government pensioners in
UTF-8 (``N.I.C. (OLD)`` with its V beside the 12-digit ``N.I.C. (NEW)``, ``D.O.B.``, initials
before the surname, the last post and place of work, the pension, the bank, the W&OP number);
and Bağ-Kur's insured farmers in Windows-1254 with semicolons (``D.TARİHİ``, the T.C. Kimlik No
with its two check digits beside the population booklet's series and number, the father's name,
the village address, the premium debt, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind300_writers import WRITERS_BLIND300
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND300: tuple[Shape, ...] = (
    _shape(
        "so_giao_khoan_ruong_dat_ho_xa_vien_htx_nong_nghiep_danh_may_lai_vn300",
        "STT=row | HO VA TEN CHU HO=full_name:full_name_caps | NGAY SINH=birth_date@%-d.%-m.%y"
        " | SO CMND=cmnd | SO CCCD=cccd | DIA CHI=address:thon300 | SO KHAU=-:khau300"
        " | DIEN TICH GIAO (M2)=-:area300 | SO THUA=-:plot300 | TO BD SO=-:sheet300"
        " | HANG DAT=-:grade300 | SAN LUONG KHOAN (KG/VU)=-:quota300 | DOI SX=-:team300"
        " | NGAY GIAO=date@%-d.%-m.%y | GHI CHU=-:land_note300",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_so_cong_nhan_lam_truong_quoc_doanh_xuat_foxpro_vn300",
        "STT=row | MA CN=-:worker300 | HO TEN=full_name:full_name_caps"
        " | NG.SINH=birth_date@%d/%m/%y | GT=sex:sex_caps | SO CMND=cmnd | SO CCCD=cccd"
        " | QUE QUAN=-:que300 | NOI O HIEN NAY=address:address_caps | DOI/XUONG=-:lt_team300"
        " | BAC LUONG=-:lt_grade300 | HE SO=-:lt_coef300 | NG.VAO LT=date@%d/%m/%y"
        " | SO SO BHXH=bhxh | DT=phone",
        encoding="utf-8",
        delimiter="|",
    ),
    _shape(
        "so_theo_doi_cap_the_thuong_binh_phong_ldtbxh_danh_may_lai_vn300",
        "STT=row | HO VA TEN=full_name:full_name_caps"
        " | NGAY THANG NAM SINH=birth_date@ngày %-d tháng %-m năm %Y | SO THE TB=-:tb_card300"
        " | TY LE TT=-:tb_rate300 | CMND SO=cmnd | CCCD SO=cccd | NGUYEN QUAN=-:que300"
        " | TRU QUAN=address:address_caps | NHAP NGU=-:tb_enlist300 | DON VI=-:tb_unit300"
        " | NOI BI THUONG=-:tb_place300 | NGAY CAP THE=date@ngày %-d tháng %-m năm %Y"
        " | THAN NHAN=-:tb_kin300 | DT THAN NHAN=-:other_phone300"
        " | TINH TRANG=-:tb_status300",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_tien_gui_quy_tin_dung_nhan_dan_phan_mem_cu_vn300",
        "STT=row | MA KH=-:qtd_client300 | TEN KHACH HANG=full_name:full_name_caps"
        " | NGAY SINH=birth_date@%d-%m-%Y | SO CMT=cmnd | NGAY CAP=date@%d-%m-%Y"
        " | NOI CAP=-:qtd_issue300 | SO CCCD=cccd | DIA CHI=address:address_caps"
        " | DIEN THOAI=phone:phone_dotted | SO SO TK=-:qtd_book300"
        " | SO TIEN GUI (VND)=-:qtd_amount300 | KY HAN=-:qtd_term300"
        " | LAI SUAT=-:qtd_rate300 | NGAY GUI=date@%d-%m-%Y | NGUOI THUA KE=-:qtd_heir300",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "daftar_peneroka_rancangan_felda_pejabat_wilayah_my300",
        "BIL=row | NAMA PENEROKA=full_name:my_name300 | NO. K/P BARU=national_id:mykad300"
        " | NO. K/P LAMA=-:old_ic300 | T.LAHIR=birth_date@%d/%m/%y | JANTINA=sex:sex_my300"
        " | NO. PENEROKA=-:settler300 | RANCANGAN=-:scheme300 | ALAMAT=address:my_addr300"
        " | NEGERI=state:my_state300 | NO. TEL=phone:phone_my300 | KELUASAN (HEKTAR)=-:ha300"
        " | TKH. MASUK=date@%d/%m/%y | NAMA WARIS=-:my_heir300 | HUBUNGAN=-:my_rel300",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
    _shape(
        "lpg_nachfolger_eg_bodenanteile_mitglieder_altdaten_de300",
        "LFD.NR.=row | NAME=family_name:de_family300 | VORNAME=given_name:de_given300"
        " | GEB.DAT.=birth_date@%d.%m.%y | GEB.ORT=-:de_birthplace300 | PKZ (DDR)=-:pkz300"
        " | STEUER-ID=national_id:steuer300 | STR./HNR.=street:de_street300"
        " | PLZ=postcode:de_plz300 | ORT=district:de_ort300 | TEL.=phone:de_phone300"
        " | BODENANTEIL HA=-:de_ha300 | FLUR/FLURST.=-:de_flur300"
        " | INV.BEITRAG DM=-:de_inv300 | EINTR.DAT.=date@%d.%m.%y | BEMERKUNG=-:de_note300",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_socios_cooperativa_electrica_rural_cordoba_ar300",
        "Nº SOCIO=row | APELLIDO Y NOMBRE=full_name:ar_name300 | TIPO DOC.=-:ar_doctype300"
        " | NRO. DOC.=national_id:ar_doc300 | C.U.I.T./C.U.I.L.=-:cuil300"
        " | F.NAC.=birth_date@%d/%m/%y | SEXO=sex:sex_ar300 | DOMIC. SUMINISTRO=-:ar_supply300"
        " | DOMIC. POSTAL=street:ar_street300 | LOCALIDAD=district:ar_loc300"
        " | C.P.=postcode:ar_cp300 | TEL.=phone:ar_phone300 | Nº MEDIDOR=-:meter300"
        " | TARIFA=-:tarifa300 | CAP. SUSCR.=-:capital300 | F.INGRESO=date@%d/%m/%y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "government_pensioners_register_divisional_secretariat_kurunegala_lk300",
        "S/NO=row | PENSION NO.=-:pen_no300 | NAME WITH INITIALS=full_name:lk_name300"
        " | N.I.C. (OLD)=-:nic_old300 | N.I.C. (NEW)=national_id:nic_new300"
        " | D.O.B.=birth_date@%d-%m-%y | SEX=sex:sex_lk300 | ADDRESS=address:lk_addr300"
        " | TEL. NO.=phone:lk_phone300 | LAST DESIGNATION=-:lk_desig300"
        " | LAST PLACE OF WORK=-:lk_work300 | D.O.R.=-:lk_retire300"
        " | MONTHLY PENSION (RS.)=-:lk_amount300 | BANK/BRANCH=-:lk_bank300"
        " | W&OP NO.=-:wop300 | NAME OF SPOUSE=-:lk_spouse300 | LIFE CERT. DATE=date@%d-%m-%y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bagkur_tarim_sigortalilari_eski_kayit_il_mudurlugu_tr300",
        "SIRA NO=row | BAĞ-KUR NO=-:bagkur300 | T.C. KİMLİK NO=national_id:tc300"
        " | NÜF.CÜZ.SERİ/NO=-:nuf300 | ADI=given_name:tr_given300"
        " | SOYADI=family_name:tr_family300 | BABA ADI=-:tr_father300"
        " | D.YERİ=-:tr_birthplace300 | D.TARİHİ=birth_date@%d.%m.%y | CİNS.=sex:sex_tr300"
        " | ADRES=address:tr_addr300 | İLÇE=district:tr_ilce300 | TEL=phone:tr_phone300"
        " | TESCİL TAR.=date@%d.%m.%y | PRİM BORCU (TL)=-:tr_debt300 | DURUMU=-:tr_status300",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {
    "%-d.%-m.%y": "31.2.{yy}",
    "%d/%m/%y": "31/02/{yy}",
    "%d.%m.%y": "31.02.{yy}",
    "ngày %-d tháng %-m năm %Y": "ngày 31 tháng 2 năm {y}",
}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mykad300", "steuer300", "ar_doc300", "nic_new300", "tc300")
SEX_HOLDS: tuple[str, ...] = ("sex_my300", "sex_ar300", "sex_lk300", "sex_tr300")
NAME_HOLDS = frozenset(
    {"my_name300", "de_family300", "de_given300", "ar_name300", "lk_name300"}
    | {"tr_given300", "tr_family300"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_my300",
    "de_phone300",
    "ar_phone300",
    "lk_phone300",
    "tr_phone300",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("thon300", "my_addr300", "lk_addr300", "tr_addr300")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND300",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND300",
]
