"""The three-hundred-and-forty-fifth part of the outside corpus, **blind 345** (written 12:40 UTC,
2026-12-07, never used for tuning): person files a district land registration office, a
provincial hospital, a district police's household registration desk, an old upper secondary
school, a provincial social insurance office, an Ohio county board of elections, a Burgundy
mairie, a Hessian Einwohnermeldeamt and a Brazilian municipal health department could hand over,
each exported from an old system (FoxPro and dBASE tables, Access databases, COBOL and AS/400
files) that forced headers of at most ten capital ASCII letters, left the fixed-width padding in
the values and kept units as codes. Five Vietnamese files: a land office's FoxPro owners table in
Windows-1258 (the parcel key, the owner in capitals without diacritics, the birth date as
YYYYMMDD, the old nine-digit CMND, the home address, the spouse, the parcel's commune code, the
area, the land use code, the certificate serial and its issue date); a provincial hospital's
patient master from its old HIS in Windows-1258 with tabs (the patient number, the name in
capitals with diacritics, the birth date as DD/MM/YY, the sex as 0/1, the address, the province
code, an old landline, the health insurance card, occupation and ethnicity codes, a relative);
a district's old household registration DBF in Windows-1258 with semicolons (the household book
number, the name, the alias, the relation code to the head and the head's name, the place of
birth, the ethnicity, the CMND, the occupation, the home address and the district code, the
registration date); an old school's graduates in Excel from an Access database (family and
middle names apart from the given name, DD/MM/YY dates, the class, the father and the mother,
the average mark, the grade, the diploma serial); and a social insurance office's legacy pension
members in UTF-8 with pipes (the social insurance number, the old book number, the sex as 1/2,
the CMND, the address and province code, the former employer's code and name, the pension start,
the monthly amount, the payment point code).
Four foreign files: an Ohio county's AS/400 voter extract (LNAME, FNAME, MI, SFX, the birth date
as MMDDYYYY, the residence street, the city, the state, ZIP+4, the phone, the precinct, the
party, the registration date, the status); a French mairie's old Access register of elderly
people for the heatwave plan in Windows-1252 with semicolons (the name, the first name, the
maiden name, the place of birth, the address, the postcode and town, the phone, a contact and
her phone, the doctor); a Hessian registration office's old system in Windows-1252 (the family
name, the first names, the birth name, the place of birth, the nationality key, the street and
house number, the postcode, the eight-digit municipality key, the marital status, the religion,
the identity card number, the moving-in date); and a Brazilian municipal health department's
COBOL file (the name, the CPF with its two check digits, the mother's name, the street line, the
bairro, the IBGE municipality code, the CEP, the phone, the health unit, the registration date).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind345_writers import WRITERS_BLIND345
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND345: tuple[Shape, ...] = (
    _shape(
        "chu_su_dung_dat_bang_foxpro_cu_vpdkdd_huyen_vn345",
        "STT=row | MATHUA=-:ld_mathua345 | TENCHU=full_name:ld_owner345 | NGSINH=birth_date@%Y%m%d"
        " | SOCMND=cmnd:ld_cmnd345 | DCTT=address:ld_addr345 | TENVC=-:ld_spouse345"
        " | MAXA=-:ld_maxa345 | DTICH=-:ld_dtich345 | MDSD=-:ld_mdsd345"
        " | SOGCN=-:ld_sogcn345 | NGCAP=date@%Y%m%d",
        encoding="cp1258",
    ),
    _shape(
        "danh_muc_benh_nhan_his_cu_benh_vien_tinh_vn345",
        "STT=row | MABN=-:bv_mabn345 | HOTEN=full_name:bv_hoten345 | NGAYSINH=birth_date@%d/%m/%y"
        " | PHAI=sex:bv_phai345 | DIACHI=address:bv_diachi345 | MATT=province:bv_matt345"
        " | DIENTHOAI=phone:bv_phone345 | SOBHYT=bhyt | MANN=-:bv_nghe345"
        " | MADT=-:bv_dantoc345 | NGUOITHAN=-:bv_thannhan345 | NGAYTAO=date@%d/%m/%y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "nhan_khau_ho_khau_dbf_cu_cong_an_huyen_vn345",
        "STT=row | SOHK=-:hk_sohk345 | HOTEN=full_name:hk_hoten345 | BIDANH=-:hk_bidanh345"
        " | NGSINH=birth_date@%Y%m%d | GTINH=sex:hk_gtinh345 | QHCH=-:hk_qhch345"
        " | TENCH=-:hk_tench345 | NOISINH=-:hk_noisinh345 | DANTOC=-:hk_dantoc345"
        " | SOCMND=cmnd | NGHENGHIEP=-:hk_nghe345 | DCTT=address:hk_addr345"
        " | MAHUYEN=district:hk_mahuyen345 | NGDKY=date@%Y%m%d",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_tot_nghiep_access_cu_truong_thpt_vn345",
        "STT=row | SBD=-:tn_sbd345 | HODEM=family_name:tn_hodem345 | TEN=given_name:tn_ten345"
        " | NGAYSINH=birth_date@%d/%m/%y | PHAI=sex:tn_phai345 | NOISINH=-:tn_noisinh345"
        " | LOP=-:tn_lop345 | TENCHA=-:tn_cha345 | TENME=-:tn_me345 | DIEMTB=-:tn_diem345"
        " | XEPLOAI=-:tn_xeploai345 | SOHIEU=-:tn_sohieu345 | NGAYCAP=date@%d/%m/%y",
        file="xlsx",
    ),
    _shape(
        "doi_tuong_huu_tri_he_thong_cu_bhxh_tinh_vn345",
        "STT=row | MASO=bhxh | SOSO=-:ht_soso345 | HOTEN=full_name:ht_hoten345"
        " | NGSINH=birth_date@%Y%m%d | GT=sex:ht_gt345 | SOCMND=cmnd:ht_cmnd345"
        " | DCTT=address:ht_addr345 | MATINH=province:ht_matinh345 | MADVI=-:ht_madvi345"
        " | TENDVI=-:ht_tendvi345 | NGHUONG=date@%Y%m%d | MUCHUONG=-:ht_muc345"
        " | MADBCT=-:ht_madbct345",
        encoding="utf-8",
        delimiter="|",
    ),
    _shape(
        "voter_extract_as400_county_board_us345",
        "SEQNO=row | VOTERID=-:us_voterid345 | LNAME=family_name:us_lname345"
        " | FNAME=given_name:us_fname345 | MI=-:us_mi345 | SFX=-:us_sfx345"
        " | DOB=birth_date@%m%d%Y | SEX=sex:sex_en | RESADDR=street:us_addr345"
        " | CITY=district:us_city345 | ST=state:us_st345 | ZIP=postcode:us_zip345"
        " | PHONE=phone:us_phone345 | PRECINCT=-:us_precinct345 | PARTY=-:us_party345"
        " | REGDATE=date@%m%d%Y | STATUS=-:us_status345",
        english=True,
    ),
    _shape(
        "registre_canicule_access_mairie_fr345",
        "NUM=row | NOM=family_name:fr_nom345 | PRENOM=given_name:fr_prenom345 | NOMJF=-:fr_nomjf345"
        " | DATENAIS=birth_date@%d/%m/%Y | LIEUNAIS=-:fr_lieu345 | SEXE=sex:fr_sexe345"
        " | ADRESSE=street:fr_adr345 | CP=postcode:fr_cp345 | VILLE=district:fr_ville345"
        " | TEL=phone:fr_tel345 | CONTACT=-:fr_contact345 | TELCONTACT=-:fr_telcont345"
        " | MEDECIN=-:fr_medecin345 | DATEINSC=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "einwohner_altverfahren_meldeamt_de345",
        "LFDNR=row | FAMNAME=family_name:de_fam345 | VORNAME=given_name:de_vor345"
        " | GEBNAME=-:de_gebname345 | GEBDAT=birth_date@%Y%m%d | GEBORT=-:de_gebort345"
        " | GESCHL=sex:de_geschl345 | STAANG=-:de_stag345 | STRASSE=street:de_str345"
        " | HNR=-:de_hnr345 | PLZ=postcode:de_plz345 | GEMKZ=district:de_gemkz345"
        " | FAMSTD=-:de_famstd345 | REL=-:de_rel345 | AUSWNR=-:de_ausw345"
        " | ZUZUG=date@%Y%m%d",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cadastro_usuarios_saude_cobol_prefeitura_br345",
        "SEQ=row | NUMPRONT=-:br_pront345 | NOME=full_name:br_nome345 | CPF=national_id:br_cpf345"
        " | DTNASC=birth_date@%Y%m%d | SEXO=sex:br_sexo345 | NOMEMAE=-:br_mae345"
        " | ENDERECO=street:br_end345 | BAIRRO=suburb:br_bairro345"
        " | CODMUN=district:br_codmun345 | CEP=postcode:br_cep345"
        " | TELEFONE=phone:br_fone345 | UNIDADE=-:br_unid345 | SITUACAO=-:br_sit345"
        " | DTCAD=date@%Y%m%d",
        english=True,
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's new date formats.
INVALID_DAY: dict[str, str] = {"%d/%m/%y": "31/02/{yy}", "%m%d%Y": "0231{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf345",)
SEX_HOLDS: tuple[str, ...] = (
    "bv_phai345",
    "hk_gtinh345",
    "tn_phai345",
    "ht_gt345",
    "fr_sexe345",
    "de_geschl345",
    "br_sexo345",
)
NAME_HOLDS = frozenset(
    {"ld_owner345", "bv_hoten345", "hk_hoten345", "tn_hodem345", "tn_ten345", "ht_hoten345"}
    | {"us_lname345", "us_fname345", "fr_nom345", "fr_prenom345", "de_fam345", "de_vor345"}
    | {"br_nome345"}
)
PHONE_HOLDS: tuple[str, ...] = ("bv_phone345", "us_phone345", "fr_tel345", "br_fone345")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ld_addr345", "bv_diachi345", "hk_addr345", "ht_addr345")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND345",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND345",
]
