"""The four-hundred-and-eleventh part of the outside corpus, **blind 411** (written 22:23 UTC,
2026-12-07, never used for tuning): person files a district police's fire-safety team, a ward's
inspection team, a lower secondary school, the fire police department's licensing office, a
Brazilian company's fire brigade, a Turkish workplace, an Egyptian civil protection office, a
Norwegian fire and rescue service and a Malaysian volunteer fire brigade could hand over about
fire wardens, fire-safety inspections and evacuation drills.
Four Vietnamese files: civil guards (dân phòng) trained in fire fighting and rescue, in
Windows-1258 with semicolons (the team, the post in it, the course, the hours, the result, the
certificate number and its date); a ward's fire-safety inspection of karaoke bars and their
owners, in Excel (the venue and its address, the business licence, floors and rooms, the fault
found, the measure taken, the minutes and the day of the inspection, the day to fix it by); a
lower secondary school's evacuation drill roll, in UTF-16 with tabs (the class, the role in the
drill, the exit and the assembly point, the time taken, present or absent, a parent and the
parent's phone, the form teacher); and the practising certificates of fire-safety consultants,
in UTF-8 with a BOM and headers without diacritics (the certificate, the field, the degree, the
years of experience, the firm, the day issued and the time the row changed).
Five foreign files: a Brazilian company's brigadistas in UTF-8 with a BOM and semicolons (the CPF
with its two mod 11 digits, the company's CNPJ, the address and CEP, the course level and hours,
the day trained and the day of renewal); a Turkish workplace's emergency teams in UTF-8 (the T.C.
Kimlik No, the address with its ilçe/il, the firm, the team, the fire-safety certificate); an
Egyptian civil protection inspection of shops in UTF-8 with Arabic headers (the national number,
the four-part name, the shop and its licence, the governorate, the extinguishers, the result,
the officer); a Norwegian fire and rescue service's home fire-safety visits in UTF-8 with
semicolons (the fødselsnummer, the street, postcode and poststed, the gnr./bnr., the stove, the
finding, the sweeping); and a Malaysian volunteer fire brigade's members in Excel (the MyKad,
the address, poskod, bandar and negeri, the station, the rank, the member number, the next of
kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind411_writers import WRITERS_BLIND411
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND411: tuple[Shape, ...] = (
    _shape(
        "danh_sach_luc_luong_dan_phong_huan_luyen_nghiep_vu_pccc_cnch_cong_an_quan_vn411",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Nơi cư trú=address | SĐT=phone | Đội/Tổ DP=-:guard_team411"
        " | Chức danh=-:guard_post411 | Lớp huấn luyện=-:guard_course411"
        " | Số giờ HL=-:guard_hours411 | Kết quả=-:guard_result411"
        " | Số GCN=-:guard_cert411 | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ket_qua_kiem_tra_an_toan_pccc_co_so_karaoke_vu_truong_ubnd_phuong_vn411",
        "TT=row | Tên cơ sở=-:venue411 | Địa chỉ cơ sở=-:venue_addr411"
        " | Số GCN ĐKKD=-:licence411 | Chủ cơ sở / Người đứng đầu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD chủ cơ sở=cccd | HKTT chủ cơ sở=address"
        " | Điện thoại=phone | Số tầng=-:floors411 | Số phòng hát=-:rooms411"
        " | Tồn tại, vi phạm=-:fault411 | Biện pháp xử lý=-:measure411"
        " | Số biên bản=-:minutes411 | Ngày kiểm tra=date:inspected411"
        " | Hạn khắc phục=date:fix_by411",
        file="xlsx",
    ),
    _shape(
        "diem_danh_hoc_sinh_dien_tap_thoat_nan_chay_no_truong_thcs_vn411",
        "STT=row | Lớp=-:class411 | Họ và tên học sinh=full_name"
        " | Ngày sinh=birth_date:pupil_birth411 | Nam/Nữ=sex | Địa chỉ=address"
        " | Nhiệm vụ khi diễn tập=-:drill_role411 | Lối thoát=-:exit411"
        " | Điểm tập kết=-:assembly411 | Thời gian thoát nạn=-:secs411"
        " | Điểm danh=-:present411 | Họ tên phụ huynh=-:parent411"
        " | SĐT phụ huynh=-:parent_phone411 | GVCN=-:teacher411 | Ngày diễn tập=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_cap_chung_chi_hanh_nghe_tu_van_pccc_cuc_canh_sat_pccc_cnch_vn411",
        "TT=row | So CCHN=-:cchn411 | Ho ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dia chi thuong tru=address | Dien thoai=phone"
        " | Email=email | Linh vuc hanh nghe=-:consult_field411 | Trinh do CM=-:degree411"
        " | So nam KN=-:years411 | Don vi cong tac=-:firm411 | Ngay cap=date@%d/%m/%Y"
        " | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "brigada_de_incendio_brigadistas_treinados_empresa_br411",
        "Nº=row | Nome completo=full_name:br_name411 | CPF=national_id:br_cpf411"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br411"
        " | Endereço residencial=address:br_home411 | CEP=postcode:br_cep411"
        " | Celular=phone:phone_br411 | E-mail=email | Empresa=-:br_firm411"
        " | CNPJ=-:br_cnpj411 | Nível do treinamento=-:br_level411"
        " | Carga horária=-:br_hours411 | Data do treinamento=date:br_trained411"
        " | Validade=date:br_valid411 | Situação=-:br_status411",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "isyeri_acil_durum_ekipleri_yangin_sondurme_tahliye_tr411",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc411 | Adı=given_name:tr_giv411"
        " | Soyadı=family_name:tr_fam411 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:sex_tr411 | İkametgâh Adresi=address:tr_home411"
        " | Cep Telefonu=phone:phone_tr411 | İşyeri Unvanı=-:tr_firm411"
        " | Görevlendirildiği Ekip=-:tr_task411 | Eğitim Belge No=-:tr_cert411"
        " | Eğitim Tarihi=date:tr_trained411 | Tatbikat Tarihi=date:tr_drill411",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "kashf_muayanat_al_hemaya_al_madaniya_lil_mahallat_eg411",
        "م=row | الرقم القومي=national_id:eg_nid411 | اسم صاحب المحل=full_name:eg_name411"
        " | تاريخ الميلاد=birth_date@%d/%m/%Y | النوع=sex:sex_eg411 | رقم المحمول=phone:phone_eg411"
        " | عنوان المحل=-:eg_shop_addr411"
        " | المحافظة=state:eg_gov411 | نوع النشاط=-:eg_shop411 | رقم الرخصة=-:eg_licence411"
        " | عدد الطفايات=-:eg_extinguishers411 | نتيجة المعاينة=-:eg_result411"
        " | الضابط القائم بالمعاينة=-:eg_officer411 | تاريخ المعاينة=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "boligbesok_brannforebyggende_tilsyn_feiing_brann_og_redning_no411",
        "Lnr=row | Fødselsnummer=national_id:no_fnr411 | Fornavn=given_name:no_giv411"
        " | Etternavn=family_name:no_fam411 | Fødselsdato=birth_date@%d.%m.%Y"
        " | Adresse=street:no_street411 | Postnr.=postcode:no_post411"
        " | Poststed=district:no_town411 | Mobil=phone:phone_no411 | Gnr./Bnr.=-:no_gnr411"
        " | Ildsted=-:no_stove411 | Funn=-:no_finding411 | Feiing=-:no_sweep411"
        " | Besøksdato=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "senarai_ahli_pasukan_bomba_sukarela_jbpm_my411",
        "Bil=row | Nama Penuh=full_name:my_name411 | No. K/P=national_id:my_ic411"
        " | Tarikh Lahir=birth_date@%d/%m/%Y | Jantina=sex:sex_my411"
        " | Alamat=street:my_home411 | Poskod=postcode:my_post411 | Bandar=district:my_town411"
        " | Negeri=state:my_state411 | No. Tel. Bimbit=phone:phone_my411"
        " | Balai=-:my_station411 | Jawatan=-:my_rank411 | No. Keahlian=-:my_member411"
        " | Waris Terdekat=-:my_kin411 | Tarikh Lantikan=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf411", "tr_tc411", "eg_nid411", "no_fnr411", "my_ic411")
SEX_HOLDS: tuple[str, ...] = ("sex_br411", "sex_tr411", "sex_eg411", "sex_my411")
NAME_HOLDS = frozenset(
    {"br_name411", "tr_giv411", "tr_fam411", "eg_name411"}
    | {"no_giv411", "no_fam411", "my_name411"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br411",
    "phone_tr411",
    "phone_eg411",
    "phone_no411",
    "phone_my411",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("br_home411", "tr_home411")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND411",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND411",
]
