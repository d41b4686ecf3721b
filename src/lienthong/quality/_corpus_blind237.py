"""The two-hundred-and-thirty-seventh part of the outside corpus, **blind 237** (written 07:13
UTC, 2026-12-07, never used for tuning): person files a commune culture office, a district's
forest rangers, a district association of the blind, a commune's loudspeaker radio station,
Brunei's Islamic Shariah Affairs Department, a Sarawak longhouse, Timor-Leste's social security
institute, the Bangsamoro education ministry and a Riau Islands fisheries office could hand
over. Four Vietnamese files: the keepers of ranked relics who draw a commune allowance, in UTF-16
with tabs (the relic, its ranking and its place, the duty, the allowance, the decision); the
growers of agarwood trees registered with the forest rangers, in Windows-1258 with semicolons
(the map sheet and plot, the hectares, the trees, the year planted, the code, the ranger post);
the learners of a Braille class, in Excel (the sight, its cause, the class, the teacher, the
person who brings them and that person's phone, the result); and the contributors of a
commune's loudspeaker radio, in UTF-8 with a BOM (the hamlet, the rubric, the items a quarter,
the fee, the contract). Five foreign files: the couples on a Brunei pre-marriage course, in
UTF-8 with Malay headers and Jawi beside some (the IC and its colour, the house, mukim, district
and postcode, the partner and the partner's IC, the series, the certificate); the doors of a
Sarawak longhouse, in UTF-8 with semicolons and Iban headers beside Malay (the MyKad, the door,
the longhouse, the headman, the work, the souls in the door); the workers enrolled with
Timor-Leste's social security, in Excel with Tetum headers beside Portuguese (the electoral
card, the social security number, the aldeia, suku, posto and municipality, the mother, the
employer, the job, the wage); the asatidz of the Bangsamoro madaris, in UTF-8 with English
headers (the PhilSys card, the barangay, city and province, the madrasah, the level taught, the
qualification, the honorarium); and the fishers given a KUSUKA card in the Riau Islands, in
Windows-1252 with semicolons (the NIK, the family card, the place of birth, the address,
kecamatan and kabupaten, the boat, its gross tonnage, the gear, the card number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind237_writers import WRITERS_BLIND237
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND237: tuple[Shape, ...] = (
    _shape(
        "nguoi_trong_coi_di_tich_huong_phu_cap_van_hoa_xa_vn237",
        "TT=row | Họ và tên người trông coi=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | Điện thoại=phone"
        " | Tên di tích=-:relic237 | Xếp hạng=-:rank237 | Địa điểm di tích=-:relic_at237"
        " | Nhiệm vụ=-:duty237 | Mức phụ cấp (đồng/tháng)=-:allow237"
        " | Số QĐ giao=-:decision237 | Ngày bắt đầu=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "co_so_trong_cay_do_bau_tram_huong_dang_ky_hat_kiem_lam_vn237",
        "STT=row | Chu co so (ho ten)=full_name | Nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi thuong tru=address | So DT=phone:phone_dotted"
        " | Loai cay=-:tree237 | To ban do / thua dat=-:plot237 | Dien tich (ha)=-:area237"
        " | So luong cay=-:trees237 | Nam trong=-:planted237 | Ma so co so=-:code237"
        " | Co quan tiep nhan=-:ranger237 | Ngay cap ma so=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_hoc_chu_noi_braille_hoi_nguoi_mu_huyen_vn237",
        "STT=row | Họ tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD/ĐDCN=cccd | Địa chỉ=address | ĐT=phone:phone_spaced"
        " | Mức độ khiếm thị=-:sight237 | Nguyên nhân=-:cause237 | Lớp=-:class237"
        " | GV phụ trách=-:teacher237 | Người đưa đón=-:escort237"
        " | SĐT người đưa đón=-:escort_phone237 | Ngày nhập học=date@%d/%m/%Y"
        " | Kết quả=-:result237",
        file="xlsx",
    ),
    _shape(
        "cong_tac_vien_tin_bai_dai_truyen_thanh_xa_nhuan_but_vn237",
        "TT=row | Họ và tên CTV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số định danh cá nhân=cccd | Thôn/ấp=-:hamlet237 | Địa chỉ liên hệ=address"
        " | SĐT=phone | Email=email | Chuyên mục=-:rubric237 | Số tin bài/quý=-:items237"
        " | Nhuận bút (đồng)=-:fee237 | Số HĐ cộng tác=-:contract237"
        " | Ngày ký HĐ=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "peserta_kursus_bimbingan_pra_perkahwinan_jabatan_hal_ehwal_syariah_bn237",
        "Bil.=row | Nama / نام=full_name:bn_name237"
        " | No. Kad Pengenalan=national_id:bn_ic237 | Warna KP=-:bn_colour237"
        " | Tarikh Lahir=birth_date@%d.%m.%Y | Jantina=sex:bn_sex237"
        " | Alamat Rumah=street:bn_addr237 | Mukim=suburb:bn_mukim237"
        " | Daerah=district:bn_daerah237 | Poskod=postcode:bn_post237"
        " | No. Telefon=phone:bn_phone237 | Nama Bakal Pasangan=-:bn_partner237"
        " | No. KP Pasangan=-:bn_partner_ic237 | Siri Kursus=-:bn_series237"
        " | Tarikh Kursus=date@%d.%m.%Y | No. Sijil=-:bn_cert237",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_bilik_rumah_panjai_tuai_rumah_sarawak_my237",
        "Bil.=row | Nama (Nama Penuh)=full_name:sk_name237"
        " | No. K/P (MyKad)=national_id:sk_ic237 | Hari Ada / Tarikh Lahir=birth_date@%d/%m/%Y"
        " | Laki/Indu=sex:sk_sex237 | Pintu / Bilik=-:sk_bilik237"
        " | Alamat Rumah Panjai=address:sk_home237 | Tuai Rumah=-:sk_tuai237"
        " | No. Tel.=phone:sk_phone237 | Pengawa / Pekerjaan=-:sk_work237"
        " | Bilangan Nyawa / Jumlah Isi Rumah=-:sk_souls237 | Tarikh Didaftar=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "lista_trabalhador_inskritu_rejime_kontributivu_inss_tl237",
        "Nú.=row | Naran Kompletu / Nome Completo=full_name:tl_name237"
        " | Data Moris / Data de Nascimento=birth_date@%d-%m-%Y | Seksu / Sexo=sex:tl_sex237"
        " | Nú. Kartaun Eleitorál=national_id:tl_card237"
        " | Nú. Seguransa Sosiál / N.º Segurança Social=-:tl_inss237"
        " | Hela Fatin / Residência=address:tl_home237 | Telemóvel=phone:tl_phone237"
        " | Naran Inan / Nome da Mãe=-:tl_mother237"
        " | Empregadór / Entidade Empregadora=-:tl_employer237 | Knaar / Função=-:tl_role237"
        " | Saláriu / Remuneração=-:tl_wage237 | Data Inskrisaun / Data de Inscrição=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "asatidz_registry_madaris_mbhte_bangsamoro_barmm_ph237",
        "No.=row | Last Name=family_name:bm_family237 | First Name=given_name:bm_given237"
        " | Middle Name=-:bm_middle237 | Title=-:bm_title237 | Sex=sex:bm_sex237"
        " | Date of Birth (mm/dd/yyyy)=birth_date@%m/%d/%Y"
        " | PhilSys Card No. (PCN)=national_id:bm_psn237 | Barangay=suburb:bm_brgy237"
        " | Municipality/City=district:bm_city237 | Province=state:bm_prov237"
        " | Contact No.=phone:bm_phone237 | Name of Madrasah=-:bm_madrasah237"
        " | Level Handled=-:bm_level237 | Highest Arabic Qualification=-:bm_qual237"
        " | Monthly Honorarium (PHP)=-:bm_hon237 | Date Hired=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "daftar_nelayan_penerima_kartu_kusuka_dkp_kepulauan_riau_id237",
        "No=row | Nama Lengkap=full_name:kr_name237 | NIK=national_id:kr_nik237"
        " | No. KK=-:kr_kk237 | Tempat Lahir=-:kr_pob237 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:kr_sex237 | Alamat=address:kr_alamat237"
        " | Kecamatan=district:kr_kec237 | Kabupaten/Kota=-:kr_kab237 | No. HP=phone:kr_hp237"
        " | Status Nelayan=-:kr_status237 | Nama Kapal=-:kr_boat237 | Ukuran=-:kr_gt237"
        " | Alat Tangkap=-:kr_gear237 | No. Kartu KUSUKA=-:kr_kusuka237"
        " | Tgl Terbit=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "bn_ic237",
    "sk_ic237",
    "tl_card237",
    "bm_psn237",
    "kr_nik237",
)
SEX_HOLDS: tuple[str, ...] = (
    "bn_sex237",
    "sk_sex237",
    "tl_sex237",
    "bm_sex237",
    "kr_sex237",
)
NAME_HOLDS = frozenset(
    {
        "bn_name237",
        "sk_name237",
        "tl_name237",
        "bm_family237",
        "bm_given237",
        "kr_name237",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "bn_phone237",
    "sk_phone237",
    "tl_phone237",
    "bm_phone237",
    "kr_hp237",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sk_home237", "tl_home237", "kr_alamat237")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND237",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND237",
]
