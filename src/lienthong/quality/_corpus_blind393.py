"""The three hundred and ninety-third part of the outside corpus, **blind 393** (written 19:20 UTC,
2026-12-07, never used for tuning): person files a factory taking apprentices under training
contracts, a vocational college's diploma office, a vocational school's 9+ programme, the same
college's graduate survey, a German chamber's apprenticeship register, a Swiss cantonal vocational
training office, an Egyptian apprenticeship centre, an Indonesian company's apprenticeship
programme and a Brazilian SENAI unit could hand over. Four Vietnamese files: a factory's list of
people it takes to learn or practise a trade (học nghề, tập nghề) under a training contract, in
Excel (the trade, the contract number and its dates, the worker who coaches them, the workshop,
the pay while learning, the years they commit to work, the skill test); a vocational college's
register of diplomas issued (sổ gốc cấp bằng) in Windows-1258 with semicolons (the place of birth,
the ethnic group, the trade with its code, the level and intake, the grade, the decision, the
diploma's serial and book number, the day issued, a relative who collected it by proxy); a
vocational school's 9+ trainees (lower-secondary leavers learning a trade and the upper-secondary
subjects) in UTF-8 with a BOM and semicolons (the trainee code, the lower-secondary school and
year, the trade and class, a parent and their phone, the dormitory, the fee exemption, where they
learn the general subjects); and a college's survey of its graduates' jobs in UTF-16 with tabs
(the student code, the trade and year, the job status, the employer and its address, the post,
whether it matches the trade, the income, the survey day and the surveyor).
Five foreign files: a German chamber's register of training contracts (Verzeichnis der
Berufsausbildungsverhältnisse) in Windows-1252 with semicolons (the Steuer-ID with its MOD 11,10
digit, the training company, the vocational school, a minor's legal guardian, the intermediate
exam points); a Swiss cantonal list of Lernende / personnes en formation with German and French
headers in UTF-8 with semicolons (the AHV number 756.xxxx.xxxx.xx with its EAN-13 digit, NPA and
Localité, the canton, the EFZ/CFC trade, the training company and trainer, the holder of parental
authority); an Egyptian industrial apprenticeship centre's trainees (التلمذة الصناعية) in UTF-8
with a BOM and Arabic headers (the 14-digit national number with the birth date and governorate
in it, the four-part name in one column, the guardian and his phone, the trade, the centre, the
factory, the year and exam result); an Indonesian company's pemagangan participants in Excel (the
NIK, the place of birth, the address with RT/RW, kelurahan and kecamatan, the kabupaten/kota and
province, the apprenticeship agreement, the allowance, the mentor); and a Brazilian SENAI unit's
jovem aprendiz list in Windows-1252 with semicolons (the CPF with its two digits, the RG, the
mother's name, bairro, município, UF and CEP, the course, the employer and its CNPJ, the contract
dates, the attendance).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind393_writers import WRITERS_BLIND393
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND393: tuple[Shape, ...] = (
    _shape(
        "nguoi_hoc_nghe_tap_nghe_doanh_nghiep_vn393",
        "STT=row | Họ và tên người học nghề=full_name"
        " | Ngày, tháng, năm sinh=birth_date:birth_app393"
        " | Giới tính=sex | Số CCCD=cccd:cccd_app393 | Nơi cư trú=address | Số điện thoại=phone"
        " | Nghề học/tập nghề=-:trade393 | Hình thức=-:form393 | Số HĐ đào tạo=-:contract393"
        " | Thời gian đào tạo: từ ngày=date:from393 | đến ngày=date:to393"
        " | Người kèm cặp=-:mentor393 | Bộ phận=-:workshop393"
        " | Tiền lương trong thời gian học nghề (đ/tháng)=-:wage393"
        " | Thời hạn cam kết làm việc=-:commit393 | Kết quả kiểm tra tay nghề=-:test393",
        file="xlsx",
    ),
    _shape(
        "so_goc_cap_bang_tot_nghiep_vn393",
        "TT=row | Họ và tên người được cấp=full_name | Ngày sinh=birth_date:birth_dip393"
        " | Nơi sinh=-:pob393 | Giới tính=sex | Dân tộc=-:ethnic393"
        " | Số CCCD/ĐDCN=cccd:cccd_dip393 | Ngành, nghề đào tạo (mã)=-:major393"
        " | Trình độ=-:level393 | Khóa học=-:course393 | Xếp loại TN=-:rank393"
        " | Số QĐ công nhận TN=-:decision393 | Số hiệu bằng=-:serial393"
        " | Số vào sổ gốc=-:book393 | Ngày cấp=date:issued393"
        " | Người nhận (ký, ghi rõ họ tên)=-:receiver393",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_trung_cap_he_9_cong_vn393",
        "STT=row | Mã HSSV=-:code9393 | Họ và tên=full_name | Ngày sinh=birth_date:birth9393"
        " | Giới tính=sex | Số định danh cá nhân=cccd:cccd9393 | Trường THCS=-:thcs393"
        " | Năm TN THCS=-:thcs_year393 | Nghề đào tạo=-:major9393 | Lớp=-:class9393"
        " | Địa chỉ thường trú=address | Họ tên cha/mẹ (người giám hộ)=-:parent393"
        " | SĐT phụ huynh=-:parent_phone393 | Ở KTX=-:dorm393 | Chế độ học phí=-:fee393"
        " | Nơi học văn hóa=-:culture393",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "khao_sat_viec_lam_sau_tot_nghiep_vn393",
        "TT=row | Mã SV=-:sv393 | Họ và tên=full_name | Ngày sinh=birth_date:birth_grad393"
        " | Giới tính=sex | Số CCCD=cccd:cccd_grad393 | Ngành/nghề=-:major_grad393"
        " | Năm TN=-:gradyear393 | Điện thoại=phone | Email=email"
        " | Địa chỉ liên hệ=address | Tình trạng việc làm=-:job393"
        " | Tên đơn vị tuyển dụng=-:employer393 | Địa chỉ đơn vị=-:emp_addr393"
        " | Vị trí việc làm=-:post393 | Đúng ngành đào tạo=-:match393"
        " | Thu nhập BQ (triệu đ/tháng)=-:income393 | Ngày khảo sát=date:survey393"
        " | Người khảo sát=-:surveyor393",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "verzeichnis_berufsausbildungsverhaeltnisse_de393",
        "Lfd. Nr.=row | Vertrags-Nr.=-:vertrag_de393 | Name=family_name:de_family393"
        " | Vorname=given_name:de_given393 | Geb.-Datum=birth_date:birth_de393"
        " | Geschl.=sex:sex_de393 | Steuer-IdNr.=national_id:stid_de393"
        " | Straße, Hausnr.=street:street_de393 | PLZ=postcode:plz_de393"
        " | Wohnort=district:ort_de393 | Telefon/Mobil=phone:phone_de393 | E-Mail=email"
        " | Ausbildungsberuf=-:beruf_de393 | Ausbildungsbetrieb=-:betrieb_de393"
        " | Beginn=date:begin_de393 | Ende lt. Vertrag=date:end_de393"
        " | Gesetzl. Vertreter=-:vertreter_de393 | Berufsschule=-:bs_de393"
        " | AP Teil 1 (Punkte)=-:ap1_de393",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "lernende_personnes_en_formation_ch393",
        "Nr.=row | AHV-Nr. / N° AVS=national_id:ahv_ch393 | Name / Nom=family_name:ch_family393"
        " | Vorname / Prénom=given_name:ch_given393"
        " | Geburtsdatum / Date de naissance=birth_date:birth_ch393"
        " | Geschlecht / Sexe=sex:sex_ch393 | Adresse=street:street_ch393"
        " | PLZ / NPA=postcode:npa_ch393 | Ort / Localité=district:ort_ch393"
        " | Kt. / Ct.=state:kt_ch393 | Mobile=phone:phone_ch393"
        " | Beruf / Profession=-:beruf_ch393 | Lehrbetrieb / Entreprise formatrice=-:betrieb_ch393"
        " | Berufsbildner/in / Formateur/trice=-:bildner_ch393"
        " | Lehrvertrag Nr. / Contrat n°=-:vertrag_ch393 | Lehrbeginn / Début=date:begin_ch393"
        " | Lehrende / Fin=date:end_ch393 | Semesternote / Note semestrielle=-:note_ch393"
        " | Elterliche Sorge / Autorité parentale=-:legal_ch393",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "mutadarribin_talmaza_sinaeya_eg393",
        "م=row | الاسم رباعي=full_name:eg_name393 | الرقم القومي=national_id:nid_eg393"
        " | تاريخ الميلاد=birth_date:birth_eg393 | النوع=sex:sex_eg393"
        " | محل الميلاد=-:pob_eg393 | العنوان=address:addr_eg393 | المحافظة=state:gov_eg393"
        " | رقم المحمول=phone:phone_eg393 | اسم ولي الأمر=-:guardian_eg393"
        " | محمول ولي الأمر=-:gphone_eg393 | المهنة=-:trade_eg393 | مركز التدريب=-:center_eg393"
        " | جهة التدريب العملي=-:firm_eg393 | الفرقة=-:year_eg393"
        " | نتيجة آخر العام=-:result_eg393 | تاريخ القيد=date:enrol_eg393",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "peserta_pemagangan_dalam_negeri_id393",
        "No=row | NIK=national_id:nik_id393 | Nama Lengkap=full_name:id_name393"
        " | Tempat Lahir=-:pob_id393 | Tanggal Lahir=birth_date:birth_id393"
        " | L/P=sex:sex_id393 | Alamat=address:addr_id393 | Kabupaten/Kota=district:kab_id393"
        " | Provinsi=state:prov_id393 | No. HP=phone:phone_id393"
        " | Pendidikan Terakhir=-:edu_id393 | Perusahaan=-:firm_id393"
        " | Program Pemagangan=-:prog_id393 | No. Perjanjian Pemagangan=-:pk_id393"
        " | Tgl Mulai=date:start_id393 | Tgl Selesai=date:end_id393"
        " | Uang Saku (Rp)=-:saku_id393 | Pembimbing=-:mentor_id393 | Status=-:status_id393",
        english=True,
        file="xlsx",
    ),
    _shape(
        "jovem_aprendiz_senai_br393",
        "Nº=row | Nome do aprendiz=full_name:br_name393 | CPF=national_id:cpf_br393"
        " | RG=-:rg_br393 | Data de nascimento=birth_date:birth_br393 | Sexo=sex:sex_br393"
        " | Nome da mãe=-:mae_br393 | Endereço=street:street_br393 | Bairro=suburb:bairro_br393"
        " | Município=district:mun_br393 | UF=state:uf_br393 | CEP=postcode:cep_br393"
        " | Celular=phone:phone_br393 | E-mail=email | Curso=-:curso_br393"
        " | Unidade SENAI=-:unidade_br393 | Empresa contratante=-:empresa_br393"
        " | CNPJ da empresa=-:cnpj_br393 | Data de admissão=date:adm_br393"
        " | Término do contrato=date:fim_br393 | Frequência (%)=-:freq_br393"
        " | Situação=-:sit_br393",
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
    "stid_de393",
    "ahv_ch393",
    "nid_eg393",
    "nik_id393",
    "cpf_br393",
)
SEX_HOLDS: tuple[str, ...] = ("sex_de393", "sex_ch393", "sex_eg393", "sex_id393", "sex_br393")
NAME_HOLDS = frozenset(
    {"de_family393", "de_given393", "ch_family393", "ch_given393", "eg_name393"}
    | {"id_name393", "br_name393"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_de393",
    "phone_ch393",
    "phone_eg393",
    "phone_id393",
    "phone_br393",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_eg393", "addr_id393")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND393",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND393",
]
