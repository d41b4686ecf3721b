"""The hundred-and-thirtieth part of the outside corpus, **blind 130** (written 20:09 UTC,
2026-12-06, never used for tuning): person files a district tax office assessing the registration
fee on houses and land, a district labour office paying for rural workers' vocational training, a
provincial medical assessment council, a ward police station keeping its grassroots security
teams, a Swedish municipality's adult education, a Danish Borgerservice issuing passports, a
Romanian family doctor, a Moldovan employment agency and a Ukrainian social protection office
could hand over.
Four Vietnamese files: the declarations of registration fee on houses and land in Excel (the
payer's tax code and CCCD, the plot's address, number, map sheet and area, how it was acquired,
the value the fee is reckoned on, the fee, the notice, its due date, the tax officer); the rural
workers trained in a trade in UTF-16 with tabs (ethnicity, the group they were supported as, the
trade and its level, the school, the course's start and end, the fee and meals paid, the result,
the job after); the medical assessment council's register in Windows-1258 with semicolons and
headers without diacritics (the social insurance number, the employer, the kind of assessment,
the benefit it is for, the injury, the rate of lost capacity, the minutes, the chair, who referred
them); and the members of the grassroots security and order teams in UTF-8 with a BOM and
semicolons (the team, the role, party membership, schooling, the founding decision, the monthly
allowance, the bank account, the police officer in charge, the time updated).
Five foreign files: a Swedish komvux admission list (the twelve-digit personnummer with its Luhn
digit, the address, postcode and town apart, the course code, course and points, the study form,
start and end, the decision, the guidance counsellor); a Danish passport register (the CPR number,
the address, postcode and town, the passport type, number, issue and expiry, the fee, the former
passport, the officer's initials); a Romanian family doctor's list of patients (the CNP with its
check digit, the county apart, the insured category, the health insurance house, the date
enrolled, the former doctor and why they moved, the health card); a Moldovan register of the
unemployed in Romanian and Russian headers (the IDNP, the patronymic, the raion, schooling, the
trade, the status, the benefit, the agency, the specialist); and a Ukrainian list of housing
subsidy recipients (the РНОКПП, the patronymic, the personal account, the people registered, the
floor area, the period, the amount, how it is paid, the specialist).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind130_writers import WRITERS_BLIND130
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND130: tuple[Shape, ...] = (
    _shape(
        "to_khai_le_phi_truoc_ba_nha_dat_vn130",
        "STT=row | Họ và tên người nộp=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | MST=mst | Địa chỉ liên hệ=address"
        " | Địa chỉ thửa đất=-:lptb_parcel_addr130 | Thửa đất số=-:lptb_parcel130"
        " | Tờ bản đồ số=-:lptb_sheet130 | Diện tích (m²)=-:lptb_area130"
        " | Nguồn gốc=-:lptb_origin130 | Giá trị tính LPTB (đồng)=-:lptb_value130"
        " | Số tiền LPTB phải nộp (đồng)=-:lptb_fee130 | Ngày nhận hồ sơ=date@%d/%m/%Y"
        " | Số thông báo=-:lptb_notice130 | Hạn nộp tiền=date:lptb_due130"
        " | Cán bộ thuế=-:lptb_officer130 | SĐT=phone:phone_dotted",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_dao_tao_nghe_lao_dong_nong_thon_vn130",
        "TT=row | Họ tên học viên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd:cccd_spaced | Dân tộc=-:ethnic130"
        " | Nơi ở hiện nay=address | Đối tượng=-:train_group130 | Tên nghề=-:trade130"
        " | Trình độ đào tạo=-:train_level130 | Cơ sở đào tạo=-:school130"
        " | Khai giảng=date@%d/%m/%Y | Bế giảng=date:train_end130"
        " | Hỗ trợ học phí (đ)=-:train_fee130 | Tiền ăn, đi lại (đ)=-:train_meal130"
        " | Kết quả=-:train_result130 | Việc làm sau học nghề=-:train_job130 | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giam_dinh_suy_giam_kha_nang_lao_dong_hd_gdyk_vn130",
        "STT=row | Ho va ten=full_name:full_name_ascii | Ngay thang nam sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Ma so BHXH=bhxh | Dia chi=address:address_ascii"
        " | Don vi cong tac=-:gd_employer130 | Loai giam dinh=-:gd_kind130"
        " | Doi tuong=-:gd_group130 | Ton thuong/benh chinh=-:gd_injury130"
        " | Ngay kham=date@%d-%m-%Y | Ty le TTCT (%)=-:gd_rate130 | So BB=-:gd_minutes130"
        " | Ngay BB=date:gd_minutes_date130 | Chu tich HD=-:gd_chair130"
        " | Noi gioi thieu=-:gd_referrer130",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thanh_vien_to_bao_ve_antt_co_so_vn130",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Tổ BV ANTT=-:antt_team130"
        " | Chức danh=-:antt_role130 | Đảng viên=-:antt_party130 | TĐHV=-:antt_edu130"
        " | QĐ thành lập số=-:antt_decision130 | Ngày QĐ=date@%d/%m/%Y"
        " | Mức hỗ trợ (đ/tháng)=-:antt_pay130 | Số TK ngân hàng=-:antt_bank130"
        " | Điện thoại=phone | CB Công an phụ trách=-:antt_officer130 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "komvux_antagning_se130",
        "Nr=row | Personnummer=national_id:pnr_se130 | Efternamn=family_name:se_family130"
        " | Förnamn=given_name:se_given130 | Kön=sex:sex_se130"
        " | Utdelningsadress=street:se_street130 | Postnr=postcode:se_pc130"
        " | Postort=district:se_town130 | Mobil=phone:se_phone130 | E-post=email:se_email130"
        " | Kurskod=-:se_course_code130 | Kursnamn=-:se_course130 | Poäng=-:se_points130"
        " | Studieform=-:se_form130 | Kursstart=date@%Y-%m-%d | Kursslut=date:se_end130"
        " | Beslut=-:se_decision130 | SYV=-:se_syv130 | Senast ändrad=timestamp:se_ts130",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "pasudstedelse_borgerservice_dk130",
        "Løbenr.=row | CPR-nr.=national_id:cpr_dk130 | Efternavn=family_name:dk_family130"
        " | Fornavne=given_name:dk_given130 | Fødselsdato=birth_date@%d.%m.%Y"
        " | Køn=sex:sex_dk130 | Adresse=street:dk_street130 | Postnr.=postcode:dk_pc130"
        " | By=district:dk_town130 | Pastype=-:dk_pass_type130 | Pasnr.=-:dk_passno130"
        " | Ansøgt=date@%d-%m-%Y | Udstedt=date:dk_issued130 | Udløber=date:dk_expiry130"
        " | Gebyr (kr.)=-:dk_fee130 | Tidl. pasnr.=-:dk_oldpass130"
        " | Værge (børn under 18)=-:dk_guardian130 | Sagsbeh.=-:dk_officer130"
        " | Telefon=phone:dk_phone130",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "lista_pacienti_inscrisi_medic_familie_ro130",
        "Nr. crt.=row | CNP=national_id:cnp_ro130 | Nume=family_name:ro_family130"
        " | Prenume=given_name:ro_given130 | Data nașterii=birth_date@%d.%m.%Y"
        " | Sex=sex:sex_ro130 | Domiciliul=address:ro_addr130 | Județul=state:ro_county130"
        " | Telefon=phone:ro_phone130 | Categoria de asigurat=-:ro_cat130"
        " | Casa de asigurări=-:ro_cas130 | Data înscrierii=date@%d.%m.%Y"
        " | Medic de familie anterior=-:ro_prev_doc130 | Motivul transferului=-:ro_reason130"
        " | Card de sănătate=-:ro_card130",
        english=True,
    ),
    _shape(
        "evidenta_someri_anofm_md130",
        "Nr. / №=row | IDNP / ИДНП=national_id:idnp_md130"
        " | Numele / Фамилия=family_name:md_family130 | Prenumele / Имя=given_name:md_given130"
        " | Patronimicul / Отчество=-:md_patronymic130"
        " | Data nașterii / Дата рождения=birth_date@%d.%m.%Y | Sexul / Пол=sex:sex_md130"
        " | Domiciliul / Место жительства=address:md_addr130"
        " | Raionul / Район=district:md_raion130 | Studii / Образование=-:md_edu130"
        " | Meseria / Профессия=-:md_trade130 | Data înregistrării / Дата регистрации=date@%d.%m.%Y"
        " | Statutul / Статус=-:md_status130 | Indemnizația, lei / Пособие, лей=-:md_benefit130"
        " | Subdiviziunea / Подразделение=-:md_agency130"
        " | Specialist / Специалист=-:md_specialist130 | Telefon / Телефон=phone:md_phone130",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "otrymuvachi_zhytlovoi_subsydii_ua130",
        "№ з/п=row | РНОКПП=national_id:rnokpp_ua130 | Прізвище=family_name:ua_family130"
        " | Ім'я=given_name:ua_given130 | По батькові=-:ua_patronymic130"
        " | Дата народження=birth_date@%d.%m.%Y"
        " | Адреса зареєстрованого місця проживання=address:ua_addr130"
        " | Особовий рахунок=-:ua_account130 | Кількість зареєстрованих осіб=-:ua_persons130"
        " | Загальна площа, м2=-:ua_area130 | Призначено з=date@%d.%m.%Y"
        " | Призначено по=date:ua_until130 | Розмір субсидії, грн=-:ua_subsidy130"
        " | Спосіб виплати=-:ua_payment130 | Контактний телефон=phone:ua_phone130"
        " | Спеціаліст=-:ua_officer130",
        english=True,
        encoding="cp1251",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pnr_se130",
    "cpr_dk130",
    "cnp_ro130",
    "idnp_md130",
    "rnokpp_ua130",
)
SEX_HOLDS: tuple[str, ...] = ("sex_se130", "sex_dk130", "sex_ro130", "sex_md130")
NAME_HOLDS = frozenset(
    {"se_family130", "se_given130", "dk_family130", "dk_given130", "ro_family130"}
    | {"ro_given130", "md_family130", "md_given130", "ua_family130", "ua_given130"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "se_phone130",
    "dk_phone130",
    "ro_phone130",
    "md_phone130",
    "ua_phone130",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ro_addr130", "md_addr130", "ua_addr130")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND130",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND130",
]
