"""The three-hundred-and-sixth part of the outside corpus, **blind 306** (written 10:33 UTC,
2026-12-07, never used for tuning): person files a driving test centre, a province tax
department, a city police's traffic division, a coach station, São Paulo's public transport
department, Istanbul's transport directorate, the Lagos State Drivers' Institute, Cabanatuan
City's tricycle franchising board and a German city's driving licence office could hand over.
Four Vietnamese files: drivers whose twelve licence points were all deducted, re-taking the
theory test at a test centre, in Windows-1258 with semicolons (the licence and its class, the
decision that took the points and who made it, the day the points ran out, the test day, the
score out of 30, the result); ride-hailing drivers a platform withholds tax for, reported to the
tax department, in Excel (the driver's code, the personal id as the tax code, the plate, the
service, the quarter, the revenue, the VAT and the income tax withheld, the day withheld); car
owners whose white plates were changed to yellow ones to carry passengers for hire, in UTF-16
with tabs and headers without diacritics (the make, the chassis, the old and new plates, the
cooperative, the reason, the day, the time last updated); and a coach company's drivers put on
the Tết extra trips at the bus station, in UTF-8 with a BOM and semicolons (the company, the
licence, its class and expiry, the coach's plate, the route, the conductor and his phone, the
day, notes).
Five foreign files: São Paulo's register of app drivers in UTF-8 with semicolons (the name in
capitals, the CPF and the CNH with their check digits, the category and expiry, paid work
marked, the Mercosul or old plate, the car, the apps, the street, neighbourhood, CEP and city
apart, the mobile, the status); Istanbul school bus drivers in Windows-1254 with semicolons
(the T.C. Kimlik No, given name and surname apart, the licence and its class, the SRC
certificate, the psychotechnical test day, the S plate, the firm, the school, the address with
its district, the district alone, the hostess, the criminal record); the Lagos State Drivers'
Institute's commercial drivers in UTF-8 (surname and first name apart, the NIN, the birth date
``12-Mar-1985``, the address, the LGA alone, the licence and its class, the plate, the park or
company, the next of kin and the kin's phone, the training day, the status); Cabanatuan City's
tricycle franchise renewals in Excel (the MTOP and body numbers, ``SURNAME, Given M.``, the
PhilSys number, the birth date month first, the barangay alone, the TODA, a hired driver, his
LTO licence, the plate, the motor number, the official receipt, the renewal day); and a German
city's permits to carry passengers by taxi or hire car in Windows-1252 with semicolons (surname
and given name apart, the place of birth, the Personalausweis serial with its check digit, the
street, postcode and town apart, the licence number and classes, the permit's issue and expiry,
the firm, its licence number, the car's plate, notes).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind306_writers import WRITERS_BLIND306
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND306: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_sat_hach_lai_ly_thuyet_gplx_bi_tru_het_diem_trung_tam_sat_hach_vn306",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone | Số GPLX=-:gplx306"
        " | Hạng=-:gplx_class306 | QĐ trừ điểm số=-:points_qd306"
        " | Đơn vị trừ điểm=-:points_unit306 | Ngày trừ hết điểm=date@%d/%m/%Y"
        " | Kỳ sát hạch=date:retest_day306 | Điểm LT=-:theory_score306"
        " | Kết quả=-:retest306 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "lai_xe_cong_nghe_nen_tang_khau_tru_thue_thay_bao_cao_cuc_thue_tinh_vn306",
        "STT=row | Mã tài xế=-:ride_id306 | Họ tên người nộp thuế=full_name"
        " | MST (số định danh cá nhân)=cccd | Ngày sinh=birth_date@%d/%m/%Y"
        " | Địa chỉ thường trú=address | Số điện thoại=phone | Email=email"
        " | Biển kiểm soát=-:ride_plate306 | Loại dịch vụ=-:ride_service306"
        " | Kỳ tính thuế=-:ride_quarter306 | Doanh thu (đồng)=-:ride_revenue306"
        " | Thuế GTGT đã khấu trừ=-:ride_vat306 | Thuế TNCN đã khấu trừ=-:ride_pit306"
        " | Ngày khấu trừ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "chu_xe_doi_bien_so_nen_trang_sang_nen_vang_kinh_doanh_van_tai_phong_csgt_vn306",
        "STT=row | Ten chu xe=full_name | Ngay sinh=birth_date@%d-%m-%Y | GT=sex"
        " | So dinh danh=cccd:cccd_spaced | Dia chi=address | So DT=phone"
        " | Nhan hieu=-:yl_make306 | So khung=-:yl_chassis306 | BKS cu=-:yl_old306"
        " | BKS moi=-:yl_new306 | Don vi KD van tai=-:yl_firm306"
        " | Ly do=-:yl_reason306 | Ngay cap=date@%d-%m-%Y | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lai_xe_nha_xe_khach_tang_cuong_chuyen_tet_ben_xe_mien_dong_moi_vn306",
        "TT=row | Nhà xe=-:coach_firm306 | Họ và tên lái xe=full_name"
        " | Ngày sinh=birth_date@%d.%m.%Y | CCCD=cccd | Thường trú=address | ĐTDĐ=phone"
        " | Số GPLX=-:coach_gplx306 | Hạng=-:coach_class306 | Hạn GPLX=date:coach_expiry306"
        " | BKS xe=-:coach_plate306 | Tuyến=-:coach_route306"
        " | Phụ xe (tên - SĐT)=-:coach_mate306 | Ngày chạy=date:coach_day306"
        " | Ghi chú=-:coach_note306",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "cadastro_municipal_condutores_aplicativo_conduapp_dtp_sao_paulo_br306",
        "Nº=row | Nome do condutor=full_name:br_name306 | CPF=national_id:cpf306"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br306"
        " | Nº Registro CNH=-:cnh306 | Categoria=-:cnh_cat306 | Validade CNH=date@%d/%m/%Y"
        " | EAR=-:ear306 | Placa=-:placa306 | Veículo=-:br_car306 | OTTC=-:ottc306"
        " | Logradouro=street:br_street306 | Bairro=suburb:br_bairro306"
        " | CEP=postcode:br_cep306 | Município=district:br_city306 | Celular=phone:br_phone306"
        " | E-mail=email | Situação=-:br_status306",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "okul_servis_araci_surucu_calisma_izni_ulasim_daire_baskanligi_istanbul_tr306",
        "Sıra No=row | T.C. Kimlik No=national_id:tckn306 | Adı=given_name:tr_given306"
        " | Soyadı=family_name:tr_family306 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:sex_tr306 | Sürücü Belge No=-:tr_licence306"
        " | Sınıfı=-:tr_class306 | SRC Belge No=-:src306"
        " | Psikoteknik Tarihi=date@%d.%m.%Y | Plaka=-:plaka306"
        " | Servis Firması=-:tr_firm306 | Okul Adı=-:tr_school306"
        " | İkamet Adresi=address:tr_addr306 | İlçe=district:tr_district306"
        " | Cep Tel=phone:tr_phone306 | Rehber Personel=-:tr_hostess306"
        " | Adli Sicil=-:tr_record306",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "lasdri_commercial_drivers_training_certification_register_lagos_ng306",
        "S/N=row | Surname=family_name:ng_family306 | First Name=given_name:ng_given306"
        " | NIN=national_id:nin306 | Date of Birth=birth_date@%d-%b-%Y"
        " | Gender=sex:sex_ng306 | Phone No=phone:ng_phone306"
        " | Residential Address=address:ng_addr306 | LGA=district:ng_lga306"
        " | Driver's Licence No=-:ndl306 | Class=-:ng_class306"
        " | Vehicle Plate No=-:ng_plate306 | Park / Company=-:ng_park306"
        " | Next of Kin=-:ng_kin306 | NOK Phone=-:ng_kin_phone306"
        " | Training Date=date@%d-%b-%Y | Status=-:ng_status306",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mtop_tricycle_franchise_renewal_tfrb_cabanatuan_city_ph306",
        "No.=row | MTOP No.=-:mtop306 | Body No.=-:body306"
        " | Name of Operator=full_name:ph_name306 | PhilSys No. (PSN)=national_id:psn306"
        " | Birthdate=birth_date@%m/%d/%Y | Sex=sex:sex_ph306"
        " | Address=address:ph_addr306 | Barangay=suburb:ph_brgy306 | TODA=-:toda306"
        " | Driver (if other than operator)=-:ph_driver306"
        " | Driver's License No.=-:lto306 | Plate No.=-:ph_plate306"
        " | Motor No.=-:ph_motor306 | Contact No.=phone:ph_phone306"
        " | O.R. No.=-:ph_or306 | Date Renewed=date@%m/%d/%Y | Status=-:ph_status306",
        english=True,
        file="xlsx",
    ),
    _shape(
        "fahrerlaubnis_fahrgastbefoerderung_taxi_mietwagen_fahrerlaubnisbehoerde_de306",
        "Lfd. Nr.=row | Name=family_name:de_family306 | Vorname=given_name:de_given306"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:de_birthplace306"
        " | Ausweis-Nr.=national_id:perso306 | Straße, Hausnr.=street:de_street306"
        " | PLZ=postcode:de_plz306 | Wohnort=district:de_town306"
        " | Telefon=phone:de_phone306 | Führerschein-Nr.=-:fsnr306"
        " | FE-Klassen=-:de_classes306 | FzF erteilt am=date@%d.%m.%Y"
        " | gültig bis=date:fzf_until306 | Unternehmen=-:de_firm306"
        " | Genehmigungs-Nr.=-:konz306 | Kennzeichen=-:de_plate306"
        " | Bemerkung=-:de_note306",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats (``12-Mar-1985`` in Lagos).
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpf306", "tckn306", "nin306", "psn306", "perso306")
SEX_HOLDS: tuple[str, ...] = ("sex_br306", "sex_tr306", "sex_ng306", "sex_ph306")
NAME_HOLDS = frozenset(
    {
        "br_name306",
        "tr_given306",
        "tr_family306",
        "ng_family306",
        "ng_given306",
        "ph_name306",
        "de_family306",
        "de_given306",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "br_phone306",
    "tr_phone306",
    "ng_phone306",
    "ph_phone306",
    "de_phone306",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("tr_addr306", "ng_addr306", "ph_addr306")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND306",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND306",
]
