"""The two-hundred-and-ninth part of the outside corpus, **blind 209** (written 04:45 UTC,
2026-12-07, never used for tuning): person files a pagoda's management board, a district's
agricultural extension station, a ward's people's committee, a border guard post, the Baitul Mal
of Aceh Besar, a Balinese customary village, the Papuan scholarship board, a one-roof migrant
worker service in Kupang and a West Kalimantan land office could hand over. Four Vietnamese files:
the urns and soul tablets families placed at a pagoda's stupa, in Windows-1258 with semicolons
(the niche, the departed and their years, the lunar death day, the relative who placed it, the
offering); the households that raised fish in their rice fields with fry the extension station
gave, in Excel (the hamlet and commune, the field area, the kind and number of fry, the support and
the household's share, the extension worker); the households that asked the ward to use the
pavement or the lane for a wedding or a funeral, in UTF-8 with a BOM and tabs (the request, the
event, the spot, the area, the days, the marshals, the block leader's view); and the people a
border guard post fined for fishing with an electric shocker, in UTF-16 with tabs (the report,
the place, the gear seized, the article, the fine, the officer). Five foreign files, all with the
16-digit NIK and the family card number: the zakat recipients of the Baitul Mal of Aceh Besar, in
UTF-8 with semicolons (the gampong, the mukim, the kecamatan, the asnaf, the dependants, the
amount, the keuchik who recommended them); a Balinese customary village's list of families
registering their dead for a mass cremation, in UTF-8 with a BOM and tabs (the banjar, the
departed, the relative who registers, the rite's level, the contribution, the kelian); the Papuan
students holding a special-autonomy scholarship, in UTF-8 (the marga and the suku, the regency and
district of origin, the lodging where they study, the campus, the NIM, the GPA, the parent); the
intending migrant workers registered at the Kupang one-roof service, in UTF-8 with semicolons (the
desa, kecamatan and kabupaten, the country, the job, the agency, the passport, the heir); and the
plots of a West Kalimantan systematic land registration, in Excel (the file, the NIB, the RT/RW
address, the plot's hamlet, area, use and title, the stage).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind209_writers import WRITERS_BLIND209
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND209: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_gui_tro_cot_linh_vi_thap_chua_ban_quan_ly_chua_vn209",
        "STT=row | Vị trí (tháp/tầng/ô)=-:niche209 | Pháp danh / Họ tên hương linh=-:deceased209"
        " | Năm sinh HL=-:dec_born209 | Ngày mất (DL)=date:dec_died209"
        " | Ngày giỗ (ÂL)=-:lunar209 | Người đứng tên gửi=full_name | Quan hệ với HL=-:relation209"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ thường trú=address"
        " | Điện thoại=phone | Ngày gửi=date@%d/%m/%Y | Tịnh tài cúng dường (đ)=-:offer209"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nuoi_ca_ruong_lua_nhan_ho_tro_ca_giong_tram_khuyen_nong_huyen_vn209",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ (thôn, xã)=address:addr_vn209 | SĐT=phone:phone_dotted"
        " | DT ruộng nuôi (m2)=-:area209 | Loài cá=-:fish209 | SL giống (con)=-:fry209"
        " | Cỡ giống (cm)=-:size209 | Ngày thả=date@%d/%m/%Y | KP hỗ trợ (đồng)=-:support209"
        " | Đối ứng của hộ (đồng)=-:counter209 | CB KN phụ trách=-:ext_officer209"
        " | Ký nhận=-:signed209",
        file="xlsx",
    ),
    _shape(
        "ho_dang_ky_tam_su_dung_via_he_long_ngo_to_chuc_viec_hieu_hy_ubnd_phuong_vn209",
        "STT=row | Số đơn=-:app_no209 | Họ tên người đề nghị=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | CCCD/ĐDCN=cccd:cccd_spaced | Nơi cư trú=address"
        " | SĐT=phone:phone_spaced | Việc hiếu/hỷ=-:event209 | Vị trí sử dụng=-:spot209"
        " | Diện tích  (m2)=-:sqm209 | Từ ngày=date@%d-%m-%Y | Đến ngày=date:until209"
        " | Số người trực TTATGT=-:marshal209 | Ý kiến Tổ trưởng TDP=-:leader209"
        " | Kết quả=-:result209",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nguoi_vi_pham_khai_thac_thuy_san_bang_xung_kich_dien_bien_ban_vphc_don_bien_phong_vn209",
        "TT=row | Số BB=-:bb_no209 | Ngày lập BB=date@%d/%m/%Y | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Nghề nghiệp=-:job209"
        " | SĐT người thân=-:other_phone209 | Địa điểm vi phạm=-:where209"
        " | Phương tiện, tang vật tạm giữ=-:gear209 | Điều, khoản áp dụng=-:article209"
        " | Mức phạt (đ)=-:fine209 | Người lập BB=-:officer209 | Tình trạng=-:paid209",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "data_mustahik_penerima_zakat_baitul_mal_aceh_besar_id209",
        "No=row | No. Registrasi=-:ac_reg209 | Nama Mustahik=full_name:ac_name209"
        " | NIK=national_id:ac_nik209 | No. KK=-:ac_kk209 | Jenis Kelamin=sex:id_sex209"
        " | Tempat Lahir=-:ac_pob209 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Gampong=suburb:ac_gampong209 | Mukim=-:ac_mukim209 | Kecamatan=district:ac_kec209"
        " | No. HP=phone:ac_phone209 | Asnaf=-:ac_asnaf209 | Jlh Tanggungan=-:ac_dep209"
        " | Jumlah Zakat (Rp)=-:ac_amount209 | Tgl Penyaluran=date@%d-%m-%Y"
        " | Rekomendasi Keuchik=-:ac_keuchik209",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "daftar_sawa_ngaben_massal_desa_adat_pratisentana_pendaftar_bali_id209",
        "No.=row | Banjar=-:ba_banjar209 | Nama Sawa=-:ba_deceased209"
        " | Tgl Meninggal=date:ba_died209 | Status Sawa=-:ba_sawa209"
        " | Nama Pratisentana (Pendaftar)=full_name:ba_name209 | NIK=national_id:ba_nik209"
        " | No. KK=-:ba_kk209 | Tgl Lahir=birth_date@%d/%m/%Y | L/P=sex:id_lp209"
        " | Hubungan dgn Sawa=-:ba_relation209 | Alamat=address:ba_addr209"
        " | No. Telp/WA=phone:ba_phone209 | Tingkatan Upakara=-:ba_level209"
        " | Urunan=-:ba_fee209 | Tgl Daftar=date@%d/%m/%Y | Kelian Banjar Adat=-:ba_kelian209",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "penerima_beasiswa_otsus_mahasiswa_orang_asli_papua_bpsdm_id209",
        "No=row | Nama Depan=given_name:pa_given209 | Marga/Fam=family_name:pa_marga209"
        " | NIK=national_id:pa_nik209 | No. KK=-:pa_kk209 | JK=sex:id_lp209"
        " | Tgl. Lahir=birth_date:pa_birth209 | Suku=-:pa_suku209"
        " | Kabupaten Asal=-:pa_kab209 | Distrik Asal=-:pa_distrik209"
        " | Alamat Domisili Studi=address:pa_addr209 | No HP=phone:pa_phone209"
        " | Perguruan Tinggi=-:pa_campus209 | Prodi=-:pa_prodi209 | NIM=-:pa_nim209"
        " | Smt=-:pa_sem209 | IPK=-:pa_ipk209 | Besaran (Rp)=-:pa_amount209"
        " | Nama Orang Tua/Wali=-:pa_parent209 | HP Orang Tua=-:pa_parent_hp209"
        " | Tgl SK=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pendaftaran_cpmi_layanan_terpadu_satu_atap_kupang_ntt_id209",
        "NO=row | NAMA CPMI=full_name:nt_name209 | NIK=national_id:nt_nik209"
        " | NO. KK=-:nt_kk209 | JENIS KELAMIN=sex:id_sex209 | TEMPAT LAHIR=-:nt_pob209"
        " | TGL LAHIR=birth_date:nt_birth209 | RT/RW=-:rtrw209 | DESA/KEL=suburb:nt_desa209"
        " | KECAMATAN=district:nt_kec209 | KABUPATEN=-:nt_kab209 | NO HP=phone:nt_phone209"
        " | NEGARA TUJUAN=-:nt_country209 | JABATAN=-:nt_job209 | P3MI=-:nt_agency209"
        " | NO PASPOR=-:nt_passport209 | NAMA AHLI WARIS=-:nt_heir209"
        " | HUBUNGAN=-:nt_heir_rel209 | HP AHLI WARIS=-:nt_heir_hp209"
        " | TGL DAFTAR=date@%d/%m/%Y | STATUS=-:nt_status209",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "daftar_peserta_ptsl_kantor_pertanahan_kalimantan_barat_id209",
        "No=row | No. Berkas=-:ka_berkas209 | NIB=-:ka_nib209 | Nama Pemohon=full_name:ka_name209"
        " | NIK=national_id:ka_nik209 | No. KK=-:ka_kk209 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Alamat Pemohon=address:ka_addr209 | No. HP=phone:ka_phone209"
        " | Letak Tanah=-:ka_loc209 | Luas (M2)=-:ka_area209 | Penggunaan=-:ka_use209"
        " | Jenis Hak=-:ka_right209 | No. Hak=-:ka_hak209 | Tahapan=-:ka_stage209"
        " | Tgl Pengukuran=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ac_nik209",
    "ba_nik209",
    "pa_nik209",
    "nt_nik209",
    "ka_nik209",
)
SEX_HOLDS: tuple[str, ...] = ("id_sex209", "id_lp209")
NAME_HOLDS = frozenset(
    {"ac_name209", "ba_name209", "pa_given209", "pa_marga209", "nt_name209", "ka_name209"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ac_phone209",
    "ba_phone209",
    "pa_phone209",
    "nt_phone209",
    "ka_phone209",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_vn209", "ba_addr209", "pa_addr209", "ka_addr209")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND209",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND209",
]
