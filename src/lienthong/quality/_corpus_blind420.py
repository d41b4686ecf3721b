"""The four-hundred-and-twentieth part of the outside corpus, **blind 420** (written 00:39 UTC,
2026-12-08, never used for tuning): person files a provincial transport department, a container
port's stevedoring company, a maritime administration, a province's natural-resources office,
the Philippine MARINA, a Greek port authority's seamen's register, an Indonesian harbour master,
a Norwegian port authority and a Panamanian ship's master could hand over about people who work
on ships, in ports and on waterways.
Four Vietnamese files: a transport department's list of licensed river-ferry operators in
Windows-1258 with semicolons and headers without diacritics (the boat's registration, the kind
of boat and its seats, the crossing, the crossing's licence, the skipper's certificate, the day
it was granted and its expiry); a container port's dock-worker shift roster in Excel (the
worker's code, the team, the shift, the crane they drive, the job, the team leader, the tonnes
handled, the day they started); a maritime administration's register of seafarer competency
certificates in UTF-16 with tabs (the certificate number, the rank, the place of birth, the
seaman's book, the training school, whether it was issued new or renewed, the issue and expiry
dates, the contact address); and a river-sand barge owners' list in UTF-8 with a BOM and
semicolons, the home split into hamlet, commune, district and province (the barge registration,
its tonnage, where it dredges, its status, the hired helmsman and their phone, the inspection).
Five foreign files: a Philippine MARINA seafarer list in UTF-8 (the SRN and the SIRB, last, first
and middle names, American dates, the place of birth, the rank, the manning agency, the vessel,
the SIRB's expiry); a Greek seamen's register in Windows-1253 with semicolons (the seaman's
register number, the ΑΜΑ and the ΑΜΚΑ with its Luhn digit, the father's name, the specialty,
the seaman's book, the port office, street, city and Τ.Κ.); an Indonesian crew list in UTF-8
with tabs (the NIK with the birth date in it, the rank, the Buku Pelaut and the seafarer code,
the place of birth, the address, the port of embarkation); a Norwegian port-access card list in
Windows-1252 with semicolons (the card number, the fødselsnummer with its two check digits, the
employer, the job, street, postnummer and poststed, the zones, the card's expiry, when the row
changed); and a Panamanian crew list in UTF-8 with a BOM (the cédula, the nationality, the rank,
the libreta de mar, the port of embarkation, the address, the emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind420_writers import WRITERS_BLIND420
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND420: tuple[Shape, ...] = (
    _shape(
        "danh_sach_chu_phuong_tien_do_ngang_duoc_cap_phep_so_gtvt_vn420",
        "STT=row | Ho ten chu PT / nguoi lai=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Dia chi=address | SDT=phone | So DK phuong tien=-:ferry_reg420"
        " | Loai PT=-:ferry_kind420 | Suc cho (nguoi)=-:ferry_seats420"
        " | Ten ben=-:ferry_place420 | So GP hoat dong ben=-:ferry_licence420"
        " | Bang/CC chuyen mon=-:ferry_cert420 | Ngay cap=date@%d-%m-%Y"
        " | Han GP=date:ferry_until420 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bang_phan_ca_cong_nhan_xep_do_cang_container_vn420",
        "STT=row | Mã CN=-:dock_id420 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd:cccd_spaced | Tổ/Đội=-:dock_team420"
        " | Ca làm việc=-:dock_shift420 | Thiết bị (cẩu)=-:dock_crane420"
        " | Chức danh=-:dock_job420 | Tổ trưởng=-:dock_lead420"
        " | Sản lượng tháng (tấn)=-:dock_tons420 | Ngày vào làm=date@%d/%m/%Y"
        " | ĐT liên hệ=phone | Nơi thường trú=address",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_cap_gcn_kha_nang_chuyen_mon_thuyen_vien_cuc_hang_hai_vn420",
        "TT=row | Số GCN=-:cert_no420 | Họ tên thuyền viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nơi sinh=-:cert_born_at420 | Số ĐDCN/CCCD=cccd"
        " | Chức danh=-:cert_rank420 | Số sổ thuyền viên=-:cert_book420"
        " | Cơ sở đào tạo=-:cert_school420 | Hình thức cấp=-:cert_kind420"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:cert_until420"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_chu_sa_lan_khai_thac_van_chuyen_cat_song_vn420",
        "STT=row | Chủ phương tiện=full_name | Ngày sinh=birth_date@%Y-%m-%d | CCCD=cccd"
        " | Ấp/Khóm=street:sand_hamlet420 | Xã/Phường=ward:sand_ward420"
        " | Huyện/TX=district:sand_dist420 | Tỉnh=province:sand_prov420 | SĐT=phone"
        " | Số ĐK sà lan=-:sand_reg420 | Trọng tải (tấn)=-:sand_tons420"
        " | Khu vực hoạt động=-:sand_area420 | Người lái thuê=-:sand_helper420"
        " | SĐT người lái=-:sand_helper_phone420 | Ngày kiểm tra=date@%Y-%m-%d"
        " | Tình trạng=-:sand_status420",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "marina_seafarer_list_sirb_ph420",
        "No.=row | SRN=-:ph_srn420 | SIRB No.=-:ph_sirb420 | Last Name=family_name:ph_fam420"
        " | First Name=given_name:ph_giv420 | Middle Name=-:ph_mid420"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph420"
        " | Place of Birth=-:ph_born_at420 | Rank/Position=-:ph_rank420"
        " | Mobile No.=phone:phone_ph420 | Email Address=email"
        " | Permanent Address=address:ph_addr420 | Manning Agency=-:ph_agency420"
        " | Vessel=-:ph_vessel420 | SIRB Validity=date:ph_until420",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mitroo_naftikon_limenarxeio_gr420",
        "Α/Α=row | Αρ. Μητρώου Ναυτικού=-:gr_amn420 | ΑΜΑ ΝΑΤ=-:gr_ama420"
        " | ΑΜΚΑ=national_id:gr_amka420 | Επώνυμο=family_name:gr_fam420"
        " | Όνομα=given_name:gr_giv420 | Πατρώνυμο=-:gr_father420"
        " | Ημ/νία Γέννησης=birth_date@%d/%m/%Y | Τόπος Γέννησης=-:gr_born_at420"
        " | Φύλο=sex:sex_gr420 | Ειδικότητα=-:gr_spec420 | Ναυτικό Φυλλάδιο=-:gr_book420"
        " | Λιμενική Αρχή=-:gr_port420 | Οδός - Αριθμός=street:gr_street420"
        " | Πόλη=district:gr_city420 | Τ.Κ.=postcode:gr_tk420 | Κινητό=phone:phone_gr420"
        " | Ημ/νία Ναυτολόγησης=date@%d/%m/%Y",
        english=True,
        encoding="cp1253",
        delimiter=";",
    ),
    _shape(
        "daftar_awak_kapal_crew_list_syahbandar_id420",
        "NO=row | NAMA LENGKAP=full_name:id_name420 | JABATAN=-:id_rank420"
        " | NO. BUKU PELAUT=-:id_book420 | KODE PELAUT=-:id_code420 | NIK=national_id:id_nik420"
        " | TEMPAT LAHIR=-:id_born_at420 | TANGGAL LAHIR=birth_date@%d-%m-%Y"
        " | L/P=sex:sex_id420 | ALAMAT=address:id_addr420 | NO. HP=phone:phone_id420"
        " | TGL NAIK=date@%d-%m-%Y | PELABUHAN NAIK=-:id_port420",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "adgangskort_havneomraade_no420",
        "Nr.=row | Kortnr.=-:no_card420 | Fødselsnummer=national_id:no_fnr420"
        " | Etternavn=family_name:no_fam420 | Fornavn=given_name:no_giv420"
        " | Fødselsdato=birth_date@%d.%m.%Y | Arbeidsgiver=-:no_firm420"
        " | Stilling=-:no_job420 | Adresse=street:no_street420 | Postnr.=postcode:no_post420"
        " | Poststed=district:no_town420 | Mobil=phone:phone_no420 | E-post=email"
        " | Adgangssoner=-:no_zones420 | Gyldig fra=date@%d.%m.%Y | Gyldig til=date:no_until420"
        " | Sist endret=timestamp:no_stamp420",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "lista_de_tripulantes_amp_pa420",
        "N°=row | Apellidos=family_name:pa_fam420 | Nombres=given_name:pa_giv420"
        " | Cédula=national_id:pa_ced420 | Nacionalidad=-:pa_nation420"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_pa420"
        " | Cargo a bordo=-:pa_rank420 | N° Libreta de Mar=-:pa_book420"
        " | Fecha de Embarque=date@%d/%m/%Y | Puerto de Embarque=-:pa_port420"
        " | Teléfono=phone:phone_pa420 | Dirección=address:pa_addr420"
        " | Contacto de emergencia=-:pa_kin420",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("gr_amka420", "id_nik420", "no_fnr420", "pa_ced420")
SEX_HOLDS: tuple[str, ...] = ("sex_ph420", "sex_gr420", "sex_id420", "sex_pa420")
NAME_HOLDS = frozenset(
    {"ph_fam420", "ph_giv420", "gr_fam420", "gr_giv420", "id_name420"}
    | {"no_fam420", "no_giv420", "pa_fam420", "pa_giv420"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph420",
    "phone_gr420",
    "phone_id420",
    "phone_no420",
    "phone_pa420",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr420", "id_addr420", "pa_addr420")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND420",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND420",
]
