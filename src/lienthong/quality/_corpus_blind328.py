"""The three hundred and twenty-eighth part of the outside corpus, **blind 328** (written 11:44
UTC, 2026-12-07, never used for tuning): person files a provincial police fire and rescue
department, the radiation safety agency, a provincial transport department, a vocational school,
the NSW security licensing directorate, the Andalusian tourism register, the Pharmacists Council
of Nigeria, a provincial police's community guidance directorate and a Japanese fire department
could hand over. Four Vietnamese files: drivers trained to carry dangerous goods in UTF-8 with a
BOM and semicolons (the class of goods, the certificate and its expiry, the driving licence, the
haulier, the plate, the haulier's director and phone); radiation workers' certificates in Excel
(the job, the certificate, the workplace, the expiry, the dosimeter, the yearly dose, the
radiation safety officer); driving instructors' practice cards in Windows-1258 with unaccented
headers (the school, the class taught, the degree, the card and its expiry, the instructor's own
licence, years of driving); and forklift and crane operators' certificates in UTF-16 with tabs
(the machine, its tonnage, the course, the result, the certificate, the employer, the home
province).
Five foreign files: a NSW security licence register in UTF-8 (the nine-digit licence number,
classes 1A-2A, surname and given names apart, street, suburb, state and postcode, the master
licensee, the RTO, the expiry and status; no national id); an Andalusian register of tour guides
in Windows-1252 with semicolons (the DNI or NIE with its letter, apellidos and nombre, the
languages, the scope, domicilio, código postal, municipio and provincia); a PCN licence renewal
list in Excel (the NIN, the PCN registration number, surname, first and middle names, the
premises, the state of practice, CPD points, the Remita receipt); a KTA Satpam list in UTF-8 with
a BOM (the NIK, the place of birth apart, the alamat with RT/RW, the card, the Gada
qualification, the security company, the training body, the post); and a Japanese list of
hazardous materials licence holders in UTF-8 with wareki dates (the licence number and kind,
the issuing governor, kana, the workplace, the last and next safety course; no My Number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind328_writers import WRITERS_BLIND328
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND328: tuple[Shape, ...] = (
    _shape(
        "lai_xe_van_chuyen_hang_nguy_hiem_cap_gcn_huan_luyen_phong_pc07_vn328",
        "STT=row | Họ và tên lái xe=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address | Số GPLX=-:gplx328 | Hạng GPLX=-:class328"
        " | Loại hàng nguy hiểm vận chuyển=-:goods328 | Số GCN huấn luyện=-:gcn_no328"
        " | Ngày cấp GCN=date@%d/%m/%Y | Có giá trị đến=date:until328"
        " | Đơn vị vận tải=-:haulier328 | Biển kiểm soát xe=-:plate328"
        " | Người đứng đầu đơn vị=-:boss328 | ĐT đơn vị=-:boss_phone328 | SĐT lái xe=phone",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nhan_vien_buc_xa_cap_chung_chi_cuc_an_toan_buc_xa_hat_nhan_vn328",
        "TT=row | Họ và tên=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số định danh cá nhân=cccd | Công việc bức xạ=-:rad_job328"
        " | Số chứng chỉ NVBX=-:rad_cert328 | Ngày cấp=date@%d-%m-%Y"
        " | Hạn chứng chỉ=date:rad_until328 | Cơ sở bức xạ=-:rad_place328"
        " | Loại liều kế=-:dosimeter328 | Liều hiệu dụng năm (mSv)=-:dose328"
        " | Người phụ trách an toàn=-:rso328 | Mã số BHXH=bhxh | Điện thoại=phone | Email=email",
        file="xlsx",
    ),
    _shape(
        "giao_vien_day_thuc_hanh_lai_xe_cap_the_so_gtvt_vn328",
        "So TT=row | Ho va ten giao vien=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd:cccd_spaced | Dia chi thuong tru=address | Co so dao tao=-:school328"
        " | Trinh do chuyen mon=-:degree328 | Hang GPLX cua GV=-:own_gplx328"
        " | So nam lai xe=-:years328 | Noi dung giang day=-:instr_class328"
        " | So the GV=-:card328 | Ngay cap the=date@%d/%m/%Y | Het han=date:card_until328"
        " | DT=phone | Ghi chu=-:note_vi",
        encoding="cp1258",
    ),
    _shape(
        "cong_nhan_van_hanh_xe_nang_cau_truc_cap_chung_chi_truong_trung_cap_nghe_vn328",
        "STT=row | Họ tên học viên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd | Quê quán=-:hometown328 | Chỗ ở hiện nay=address"
        " | Thiết bị vận hành=-:machine328 | Tải trọng=-:tonnage328 | Khóa học=-:course328"
        " | Kết quả thi=-:result328 | Số chứng chỉ=-:vh_cert328 | Ngày cấp=date@%d/%m/%Y"
        " | Đơn vị cử học=-:employer328 | SĐT=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "security_licence_holders_register_sled_nsw_au328",
        "#=row | Licence Number=-:lic_au328 | Licence Class(es)=-:class_au328"
        " | Surname=family_name:au_family328 | Given Name(s)=given_name:au_given328"
        " | Date of Birth=birth_date@%d/%m/%Y | Residential Address=street:street_au328"
        " | Suburb=suburb:suburb_au328 | State=state:state_au328 | Postcode=postcode:pc_au328"
        " | Mobile=phone:phone_au328 | Email=email | Employing Master Licensee=-:master_au328"
        " | Training RTO=-:rto_au328 | Date Granted=date@%d/%m/%Y"
        " | Expiry Date=date:expiry_au328 | Licence Status=-:status_au328",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registro_guias_turismo_habilitados_andalucia_es328",
        "Nº orden=row | Nº Inscripción=-:reg_es328 | DNI/NIE=national_id:dni_es328"
        " | Apellidos=family_name:es_family328 | Nombre=given_name:es_given328"
        " | Sexo=sex:sex_es328 | Fecha nacimiento=birth_date@%d/%m/%Y"
        " | Domicilio=street:dom_es328 | C.P.=postcode:cp_es328 | Municipio=district:mun_es328"
        " | Provincia=province:prov_es328 | Teléfono=phone:phone_es328"
        " | Correo electrónico=email | Idiomas acreditados=-:langs_es328"
        " | Ámbito=-:scope_es328 | Vía de acceso=-:route_es328"
        " | Fecha de habilitación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "annual_licence_renewal_pharmacists_council_of_nigeria_ng328",
        "S/N=row | PCN Reg. No.=-:reg_ng328 | NIN=national_id:nin_ng328"
        " | Surname=family_name:ng_family328 | First Name=given_name:ng_given328"
        " | Middle Name=-:ng_middle328 | Sex=sex:sex_ng328 | Date of Birth=birth_date@%d-%b-%Y"
        " | Place of Practice=-:premises_ng328 | State of Practice=-:state_ng328"
        " | Cadre=-:cadre_ng328 | Phone No.=phone:phone_ng328 | E-mail=email"
        " | MCPD Points=-:cpd_ng328 | Payment Ref.=-:receipt_ng328"
        " | Date Renewed=date@%d-%b-%Y | Status=-:status_ng328",
        english=True,
        file="xlsx",
    ),
    _shape(
        "daftar_pemegang_kta_satpam_ditbinmas_polda_jatim_id328",
        "NO=row | NIK=national_id:nik_id328 | NAMA LENGKAP=full_name:nama_id328"
        " | TEMPAT LAHIR=-:tmp_id328 | TGL LAHIR=birth_date@%d-%m-%Y"
        " | JENIS KELAMIN=sex:sex_id328 | ALAMAT=address:alamat_id328"
        " | KAB/KOTA=district:kota_id328 | NO. KTA=-:kta_id328 | KUALIFIKASI=-:kual_id328"
        " | BUJP / PERUSAHAAN=-:bujp_id328 | LEMBAGA PELATIHAN=-:latih_id328"
        " | PENEMPATAN=-:post_id328 | BERLAKU S/D=date:until_id328 | NO. HP=phone:hp_id328",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "kikenbutsu_toriatsukaisha_menjo_shojisha_ichiran_shobohonbu_jp328",
        "番号=row | 免状番号=-:menjo_jp328 | 種類=-:kind_jp328 | 交付年月日=date:issued_jp328"
        " | 交付知事=-:issuer_jp328 | 氏名=full_name:name_jp328 | フリガナ=-:kana_jp328"
        " | 生年月日=birth_date:birth_jp328 | 性別=sex:sex_jp328 | 郵便番号=postcode:zip_jp328"
        " | 現住所=address:addr_jp328 | 電話番号=phone:phone_jp328 | 勤務先=-:work_jp328"
        " | 保安講習受講日=date:course_jp328 | 次回受講期限=date:next_jp328",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dni_es328", "nin_ng328", "nik_id328")
SEX_HOLDS: tuple[str, ...] = ("sex_es328", "sex_ng328", "sex_id328", "sex_jp328")
NAME_HOLDS = frozenset(
    {"au_family328", "au_given328", "es_family328", "es_given328", "ng_family328"}
    | {"ng_given328", "nama_id328", "name_jp328"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_au328",
    "phone_es328",
    "phone_ng328",
    "hp_id328",
    "phone_jp328",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("alamat_id328",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND328",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND328",
]
