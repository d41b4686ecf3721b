"""The three-hundred-and-ninety-sixth part of the outside corpus, **blind 396** (written 19:40
UTC, 2026-12-07, never used for tuning): person files a district hospital's emergency ward, a
district police traffic team, a car insurer's claims desk, the Motor Vehicle Insurance Fund,
Turkey's Güvence Hesabı, a Nigerian motor insurer, a Russian ОСАГО insurer's branch, a Chilean
SOAP insurer and a Saudi motor insurer could hand over, all about road traffic accidents.
Four Vietnamese files: a district hospital's register of road injury patients in UTF-8 with a
BOM and semicolons (the relative who called and that relative's phone, the hour and day
admitted, the vehicle and whether the patient drove, rode pillion or walked, the helmet, the
blood alcohol, the diagnosis, the health insurance card, the outcome); a traffic police team's
drivers at fault whose licences were held, in Windows-1258 with semicolons and headers without
diacritics (the licence and its class, the plate, the day and place of the accident, a witness
and the witness's phone, the penalty, the officer in charge); a car insurer's advance payments
for injury and death under compulsory liability cover in Excel (the claim file, the plate of
the car at fault and its certificate, the owner or driver, the accident date, the harm, the
advance and the day paid, how it was paid); and the Motor Vehicle Insurance Fund's humanitarian
support for victims of hit-and-run or uninsured vehicles in UTF-16 with tabs (the commune where
it happened, the day, the case, the injury, the support, the relative who received it and how
related, the time last updated).
Five foreign files: Turkey's Güvence Hesabı claims of injured people in Windows-1254 with
semicolons (the T.C. Kimlik No with its two check digits, the father's name, ``0532`` mobiles,
the home address, the accident's province and district, the other car's plate, the fault
share, the file, the claim, the status); a Nigerian motor insurer's third-party injury claims in
UTF-8 (surname, first and other name, the NIN, the street line with the LGA and state apart, the
plate of the car at fault, its insurer and policy, the FRSC report, the injury, the naira
claimed); a Russian ОСАГО insurer's payouts for harm to health in Windows-1251 with semicolons
(the loss number, the ФИО, СНИЛС with its check digits, the passport, ``+7 928`` mobiles, the
victim's role, the policy of the one at fault and his name, the harm, the roubles paid); a
Chilean SOAP insurer's indemnities in UTF-8 with semicolons (the RUT with its mod-11 digit,
paternal and maternal surnames apart, the street, comuna and región apart, the patente, the
insurer, the claim, the cover, the UF, the hospital); and a Saudi motor insurer's claims after a
Najm report in UTF-8 with Arabic headers (the national ID or Iqama with its Luhn digit, a
citizen's Hijri birth date or a resident's Gregorian one, ``05`` mobiles, the city and the
district, the Hijri accident and payment dates, the plate, the fault share, the riyals).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind396_writers import WRITERS_BLIND396
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND396: tuple[Shape, ...] = (
    _shape(
        "so_benh_nhan_tngt_cap_cuu_vn396",
        "STT=row | Họ và tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số CCCD=cccd | Địa chỉ=address | Người nhà báo tin=-:kin396"
        " | SĐT người nhà=-:kin_phone396 | Giờ vào viện=-:arrive396"
        " | Ngày vào viện=date@%d/%m/%Y | Phương tiện=-:vehicle396 | Vai trò khi TN=-:road_role396"
        " | Đội MBH=-:helmet396 | Nồng độ cồn (mg/100ml máu)=-:alcohol396"
        " | Chẩn đoán vào viện=-:diag396 | Số thẻ BHYT=bhyt | Kết quả điều trị=-:outcome396",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lai_xe_gay_tai_nan_tam_giu_gplx_vn396",
        "TT=row | Ho ten nguoi dieu khien PT=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So dinh danh ca nhan=cccd | Noi cu tru=address | So DT=phone"
        " | So GPLX=-:licence396 | Hang GPLX=-:lic_class396 | BKS xe=-:plate396"
        " | Ngay xay ra TNGT=date@%d/%m/%Y | Dia diem xay ra=-:place396"
        " | Nguoi chung kien=-:witness396 | SDT nguoi chung kien=-:witness_phone396"
        " | Hinh thuc xu ly=-:penalty396 | CB thu ly=-:officer396",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tam_ung_boi_thuong_nguoi_tnds_oto_vn396",
        "STT=row | Số hồ sơ BT=-:claim396 | Họ tên người bị thiệt hại=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | BKS xe gây TN=-:car_plate396"
        " | Số GCN bảo hiểm bắt buộc=-:cert396 | Chủ xe/Lái xe=-:driver396"
        " | Ngày xảy ra tai nạn=date@%d/%m/%Y | Thiệt hại về người=-:harm396"
        " | Số tiền tạm ứng (đồng)=-:advance396 | Ngày chi=date:paid_day396"
        " | Hình thức chi trả=-:paid_how396",
        file="xlsx",
    ),
    _shape(
        "chi_ho_tro_nhan_dao_quy_bh_xe_co_gioi_vn396",
        "STT=row | Họ tên nạn nhân=full_name | NS=birth_date@%d-%m-%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd | Thường trú=address | Nơi xảy ra TN (xã/phường)=-:acc_ward396"
        " | Ngày xảy ra=date@%d-%m-%Y | Trường hợp=-:case396 | Mức độ thiệt hại=-:injury396"
        " | Mức hỗ trợ (đ)=-:aid396 | Người nhận thay=-:proxy396 | Quan hệ với nạn nhân=-:rel396"
        " | ĐT liên hệ=phone | Cập nhật=timestamp@%d/%m/%Y %H:%M:%S",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "guvence_hesabi_hasar_basvurulari_tr396",
        "Sıra No=row | T.C. Kimlik No=national_id:tc396 | Adı=given_name:tr_given396"
        " | Soyadı=family_name:tr_family396 | Baba Adı=-:tr_father396"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:tr_sex396"
        " | Cep Telefonu=phone:tr_mobile396 | İkametgah Adresi=address:tr_home396"
        " | Kaza Tarihi=date@%d.%m.%Y | Kaza Yeri (İl/İlçe)=-:tr_acc_place396"
        " | Karşı Araç Plakası=-:tr_plate396 | Kusur Oranı (%)=-:tr_fault396"
        " | Hasar Dosya No=-:tr_file396 | Talep Tutarı (TL)=-:tr_claim396"
        " | Durumu=-:tr_status396",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "third_party_injury_claims_ng396",
        "S/N=row | Surname=family_name:ng_sur396 | First Name=given_name:ng_first396"
        " | Other Name=-:ng_other396 | NIN=national_id:ng_nin396"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:ng_sex396"
        " | Phone Number=phone:ng_phone396 | Residential Address=street:ng_home396"
        " | LGA=district:ng_lga396 | State=state:ng_state396"
        " | Date of Accident=date@%d-%b-%Y | Vehicle Reg. No. (at fault)=-:ng_plate396"
        " | Insurer of Vehicle=-:ng_insurer396 | Policy No.=-:ng_policy396"
        " | Police/FRSC Report Ref.=-:ng_police396 | Nature of Injury=-:ng_injury396"
        " | Amount Claimed (N)=-:ng_claim396 | Claim Status=-:ng_status396",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "osago_vyplaty_vred_zdorovyu_ru396",
        "№ п/п=row | № убытка=-:ru_loss396 | ФИО потерпевшего=full_name:ru_fio396"
        " | Дата рождения=birth_date@%d.%m.%Y | СНИЛС=national_id:snils396"
        " | Паспорт (серия, номер)=-:ru_pass396 | Адрес регистрации=address:ru_home396"
        " | Контактный телефон=phone:ru_phone396 | Потерпевший является=-:ru_role396"
        " | Дата ДТП=date@%d.%m.%Y | Полис ОСАГО виновника=-:ru_policy396"
        " | Виновник ДТП=-:ru_culprit396 | Характер вреда=-:ru_harm396"
        " | Сумма выплаты, руб.=-:ru_sum396",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "soap_indemnizaciones_cl396",
        "N°=row | RUT=national_id:cl_rut396 | Nombres=given_name:cl_given396"
        " | Apellido Paterno=family_name:cl_pat396 | Apellido Materno=-:cl_mat396"
        " | Fecha de Nacimiento=birth_date@%d-%m-%Y | Sexo=sex:cl_sex396"
        " | Dirección=street:cl_street396 | Comuna=district:cl_comuna396"
        " | Región=state:cl_region396 | Teléfono=phone:cl_phone396 | Correo=email"
        " | Fecha del Accidente=date@%d-%m-%Y | Patente Vehículo=-:cl_patente396"
        " | Compañía de Seguros=-:cl_insurer396 | N° Siniestro=-:cl_siniestro396"
        " | Cobertura=-:cl_cover396 | Monto (UF)=-:cl_uf396"
        " | Centro Asistencial=-:cl_hospital396",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "motalabat_hawadith_najm_sa396",
        "م=row | اسم المصاب=full_name:sa_name396 | رقم الهوية / الإقامة=national_id:sa_id396"
        " | تاريخ الميلاد=birth_date:sa_birth396 | الجنس=sex:sa_sex396"
        " | رقم الجوال=phone:sa_phone396 | المدينة=district:sa_city396 | الحي=suburb:sa_hayy396"
        " | تاريخ الحادث=date:sa_acc396 | رقم تقرير نجم=-:najm396"
        " | لوحة المركبة المتسببة=-:sa_plate396 | نسبة الخطأ=-:sa_fault396"
        " | نوع الإصابة=-:sa_injury396 | مبلغ التعويض (ريال)=-:sa_amount396"
        " | حالة المطالبة=-:sa_status396 | تاريخ الصرف=date:sa_paid396",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "tc396",
    "ng_nin396",
    "snils396",
    "cl_rut396",
    "sa_id396",
)
SEX_HOLDS: tuple[str, ...] = ("tr_sex396", "ng_sex396", "cl_sex396", "sa_sex396")
NAME_HOLDS = frozenset(
    {
        "tr_given396",
        "tr_family396",
        "ng_sur396",
        "ng_first396",
        "ru_fio396",
        "cl_given396",
        "cl_pat396",
        "sa_name396",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "tr_mobile396",
    "ng_phone396",
    "ru_phone396",
    "cl_phone396",
    "sa_phone396",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("tr_home396", "ru_home396")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND396",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND396",
]
