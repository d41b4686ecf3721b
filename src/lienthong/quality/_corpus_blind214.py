"""The two hundred and fourteenth part of the outside corpus, **blind 214** (written 05:02 UTC,
2026-12-07, never used for tuning): person files a commune veterinary station, a ward people's
committee, a provincial construction department, the Ministry of Finance's examination board, a
Lithuanian hunting club, a Latvian municipal police, the Estonian Environmental Board, a Polish
municipal housing company and a Belarusian enterprise's military registration desk could hand over.
Four Vietnamese files: a commune veterinary station's list of cattle and buffalo owners whose herds
were vaccinated against lumpy skin disease and ear-tagged, in Windows-1258 with semicolons (the
species, the herd, how many were vaccinated, the ear tag, the vaccine and its lot, the
vaccinator, the reaction); a ward's register of households allowed to use the pavement or the lane
for a wedding or a funeral, in UTF-8 with a BOM and semicolons (the event, the place, the area,
the days from and to, the fee, the pledge, the land officer); a construction department's list of
candidates examined for the architect's practising certificate, in Excel (the candidate number,
the place of birth, the degree and the university, the employer, the field, the years of
practice, the score, the result, the email); and the Ministry of Finance's list of candidates for
the auditor's and the accountant's certificate, in UTF-16 with tabs (the file code, the CCCD's
date and place of issue, the home town, the employer, the certificate, the papers sat and those
exempted, the fee).
Five foreign files: a Lithuanian hunting club's member list in Windows-1257 with semicolons (the
asmens kodas with its check digit, the given and family names apart, the hunter's ticket and the
firearm permit, the fee, the chairman); a Latvian municipal police's register of administrative
offence reports in UTF-8 with a BOM (the personas kods, ``V``/``S``, the declared address, the
report number, the article of the code, the fine, the officer, the place of the offence); the
Estonian Environmental Board's register of fishing cards in UTF-8 with tabs (the isikukood, the
card number, the water body and the gear, the validity, the fee); a Polish municipal housing
company's list of tenants in rent arrears in Windows-1250 with semicolons (the PESEL, the tenant's
account, the flat's address and area, the arrears, the months owed, the payment demand, the
instalment agreement, the co-tenant, the court file); and a Belarusian enterprise's list of
employees on military registration, in Excel with Russian headers (the 14-character personal
number, the rank, the military specialty, the reserve category, the military commissariat, the
post, the date employed).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind214_writers import WRITERS_BLIND214
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND214: tuple[Shape, ...] = (
    _shape(
        "ho_chan_nuoi_trau_bo_tiem_vac_xin_viem_da_noi_cuc_deo_the_tai_tram_thu_y_xa_vn214",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Địa chỉ=address | Điện thoại=phone | Loài vật nuôi=-:species214"
        " | Tổng đàn (con)=-:herd214 | Số con được tiêm=-:vaccinated214"
        " | Số thẻ tai=-:eartag214 | Tên vắc xin=-:lsd_vaccine214 | Số lô=-:lot214"
        " | Ngày tiêm=date@%d/%m/%Y | Người tiêm=-:vaccinator214"
        " | Phản ứng sau tiêm=-:reaction214 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_su_dung_tam_thoi_via_he_long_duong_viec_cuoi_viec_tang_ubnd_phuong_vn214",
        "TT=row | Họ tên người đề nghị=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD số=cccd:cccd_spaced | Nơi ở hiện tại=address | SĐT liên hệ=phone"
        " | Nội dung=-:event214 | Vị trí đề nghị sử dụng=-:spot214 | Diện tích (m2)=-:area214"
        " | Từ ngày=date@%d/%m/%Y | Đến ngày=date:until214 | Phí (đồng)=-:fee214"
        " | Cam kết=-:pledge214 | CB địa chính - xây dựng=-:officer214 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_sat_hach_cap_chung_chi_hanh_nghe_kien_truc_so_xay_dung_vn214",
        "STT=row | Số báo danh=-:sbd214 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:birthplace214 | Số định danh cá nhân=cccd | Trình độ=-:degree214"
        " | Cơ sở đào tạo=-:university214 | Đơn vị công tác=-:firm214"
        " | Lĩnh vực đề nghị cấp CCHN=-:field214 | Số năm kinh nghiệm=-:years214"
        " | Điểm sát hạch=-:score214 | Kết quả=-:result214 | Ngày sát hạch=date@%d/%m/%Y"
        " | Email=email | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_du_thi_chung_chi_kiem_toan_vien_ke_toan_vien_hoi_dong_thi_bo_tai_chinh_vn214",
        "STT=row | Mã hồ sơ=-:dossier214 | Họ và tên thí sinh=full_name | Giới tính=sex"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Ngày cấp=date:issued214"
        " | Nơi cấp=-:issuer214 | Quê quán=-:hometown214 | Đơn vị công tác=-:employer214"
        " | Loại chứng chỉ=-:cert214 | Môn đăng ký thi=-:papers214 | Môn được miễn=-:exempt214"
        " | Lệ phí (đồng)=-:exam_fee214 | Điện thoại di động=phone | Địa chỉ liên hệ=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "medziotoju_bureliu_nariai_medziotoju_klubas_lt214",
        "Eil. Nr.=row | Vardas=given_name:lt_given214 | Pavardė=family_name:lt_family214"
        " | Asmens kodas=national_id:ak214 | Gimimo data=birth_date@%Y-%m-%d"
        " | Gyvenamoji vieta=address:lt_addr214 | Tel. nr.=phone:lt_phone214"
        " | Medžiotojo bilieto Nr.=-:lt_ticket214 | Ginklo leidimo Nr.=-:lt_permit214"
        " | Įstojimo data=date@%Y-%m-%d | Nario mokestis, Eur=-:lt_fee214"
        " | Būrelio pirmininkas=-:lt_chair214 | Pastabos=-:lt_note214",
        english=True,
        encoding="cp1257",
        delimiter=";",
    ),
    _shape(
        "administrativo_parkapumu_protokoli_pasvaldibas_policija_jelgava_lv214",
        "Nr. p.k.=row | Protokola Nr.=-:lv_report214 | Vārds, uzvārds=full_name:lv_name214"
        " | Personas kods=national_id:pk214 | Dzimums=sex:lv_sex214"
        " | Deklarētā adrese=address:lv_addr214 | Tālrunis=phone:lv_phone214"
        " | Pārkāpuma datums=date@%d.%m.%Y | Pārkāpuma vieta=-:lv_place214"
        " | Pants=-:lv_article214 | Naudas sods, EUR=-:lv_fine214"
        " | Sastādīja (amatpersona)=-:lv_officer214 | Statuss=-:lv_status214",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "kalastuskaartide_register_keskkonnaamet_ee214",
        "Jrk=row | Kalastuskaardi nr=-:ee_card214 | Isikukood=national_id:ik214"
        " | Ees- ja perekonnanimi=full_name:ee_name214 | Sugu=sex:ee_sex214"
        " | Sünniaeg=birth_date@%d.%m.%Y | Elukoht=address:ee_addr214"
        " | Telefon=phone:ee_phone214 | Veekogu=-:ee_water214 | Püügivahend=-:ee_gear214"
        " | Kehtiv alates=date@%d.%m.%Y | Kehtiv kuni=date:ee_until214"
        " | Tasu (€)=-:ee_fee214 | Väljastaja=-:ee_issuer214",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "zaleglosci_czynszowe_najemcy_lokali_komunalnych_zgm_pl214",
        "Lp.=row | Nr konta najemcy=-:pl_account214 | Nazwisko=family_name:pl_family214"
        " | Imię=given_name:pl_given214 | PESEL=national_id:pesel214"
        " | Data urodzenia=birth_date@%d.%m.%Y | Adres lokalu=address:pl_flat214"
        " | Telefon=phone:pl_phone214 | Pow. użytkowa (m2)=-:pl_area214"
        " | Zaległość (zł)=-:pl_debt214 | Liczba m-cy zaległości=-:pl_months214"
        " | Data wezwania do zapłaty=date@%d.%m.%Y | Ugoda ratalna=-:pl_deal214"
        " | Współnajemca=-:pl_cotenant214 | Sygn. akt=-:pl_case214",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "spisok_voennoobyazannyh_voinskiy_uchet_predpriyatiya_by214",
        "№ п/п=row | Фамилия, имя, отчество=full_name:by_fio214"
        " | Личный номер=national_id:by_id214 | Пол=sex:by_sex214"
        " | Дата рождения=birth_date@%d.%m.%Y | Воинское звание=-:by_rank214"
        " | ВУС=-:by_vus214 | Категория запаса=-:by_reserve214"
        " | Военный комиссариат=-:by_voenkomat214 | Должность=-:by_post214"
        " | Адрес места жительства=address:by_addr214 | Телефон=phone:by_phone214"
        " | Дата приёма на работу=date@%d.%m.%Y | Отметка о сверке=-:by_check214",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ak214", "pk214", "ik214", "pesel214", "by_id214")
SEX_HOLDS: tuple[str, ...] = ("lv_sex214", "ee_sex214", "by_sex214")
NAME_HOLDS = frozenset(
    {
        "lt_given214",
        "lt_family214",
        "lv_name214",
        "ee_name214",
        "pl_family214",
        "pl_given214",
        "by_fio214",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "lt_phone214",
    "lv_phone214",
    "ee_phone214",
    "pl_phone214",
    "by_phone214",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "lt_addr214",
    "lv_addr214",
    "ee_addr214",
    "pl_flat214",
    "by_addr214",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND214",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND214",
]
