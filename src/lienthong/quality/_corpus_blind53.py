"""The fifty-third part of the outside corpus, **blind 53** (written 10:55 UTC, 2026-12-06, never
used for tuning): person files a district police's traffic team, a maternity hospital, a ward's
election board, a labour office, a Walloon CPAS, a Galician social services department, a Sami
municipality in northern Norway, a Dagestani social protection office and the Corsican
collectivity could hand over. Four Vietnamese files: a district police's list of motorbike
registrations in Excel (the owner, the make, model, colour, engine and frame numbers, the plate,
the seller's name, CCCD and address, the registering officer); a maternity hospital's list of
newborns sent for birth registration in UTF-16 with tabs (the mother is the record's person; the
baby's name, sex, hour and date of birth and weight, the birth certificate, the father's name,
year of birth and CCCD, the time last updated); a ward's voters' list in Windows-1258 with
semicolons (the ethnic group, the polling area and the residents' group, a note); and a labour
office's list of unemployment benefit recipients in UTF-8 with tabs and headers without
diacritics (the social insurance book, the former employer and its address, why and when the
contract ended, the months paid in and due, the monthly amount, the decision, how it is paid).
Five foreign files: a Walloon CPAS list in Windows-1252 with semicolons (the NISS with its mod-97
pair, Belgian postcodes and localities, the mutual society, a contact person, the social worker);
a Galician RISGA list in Excel with Galician headers (the DNI with its letter, two surnames,
concello and provincia, the health card, the health centre, the monthly amount); a home-care list
of a Sami municipality in UTF-8 with a BOM and Northern Sami/Norwegian headers (the fødselsnummer
with its two mod-11 digits, Sami place names, the language, next of kin and their phone); a
Dagestani social support list in Windows-1251 with Russian headers (the 12-digit ИНН with its two
checks, the patronymic, the СНИЛС, the registered address, the workplace); and a Corsican APA
list in UTF-8 with a BOM and French/Corsican headers (the NIR with 2A, 2B or the old 20, the
place of birth, the GIR, the doctor, the carer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind53_writers import WRITERS_BLIND53
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND53: tuple[Shape, ...] = (
    _shape(
        "dang_ky_xe_mo_to_cong_an_quan_vn53",
        "STT=row | Mã hồ sơ=-:dossier53 | Họ tên chủ xe=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Nơi thường trú=address"
        " | Số điện thoại=phone | Nhãn hiệu=-:brand53 | Số loại=-:model53 | Màu sơn=-:colour53"
        " | Số máy=-:engine53 | Số khung=-:frame53 | Biển số=-:plate53"
        " | Ngày đăng ký=date@%d/%m/%Y | Họ tên người bán=-:seller53"
        " | Số CCCD người bán=-:seller_cccd53 | Địa chỉ người bán=-:seller_addr53"
        " | Cán bộ đăng ký=-:officer53",
        file="xlsx",
    ),
    _shape(
        "tre_so_sinh_dang_ky_khai_sinh_vn53",
        "STT=row | Số giấy chứng sinh=-:birth_cert53 | Họ tên trẻ=-:baby53"
        " | Giới tính trẻ=-:baby_sex53 | Ngày sinh trẻ=date@%d/%m/%Y | Giờ sinh=-:hour53"
        " | Cân nặng (gr)=-:weight53 | Họ tên mẹ=full_name:mother53"
        " | Ngày sinh mẹ=birth_date:mother_birth53 | Dân tộc=-:ethnic53"
        " | Số CCCD của mẹ=cccd:mother_cccd53 | Nơi cư trú=address | SĐT liên hệ=phone"
        " | Họ tên cha=-:father53 | Năm sinh cha=-:father_birth53"
        " | Số CCCD của cha=-:father_cccd53 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_cu_tri_phuong_vn53",
        "Số TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic53 | Số ĐDCN/CCCD=cccd:cccd_spaced"
        " | Nơi thường trú=address | Khu vực bỏ phiếu=-:area53 | Tổ dân phố=-:group53"
        " | Ghi chú=-:voter_note53",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "huong_tro_cap_that_nghiep_vn53",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | So so BHXH=bhxh | Noi cu tru=address | Dien thoai=phone"
        " | Don vi truoc khi nghi viec=-:employer53 | Dia chi don vi=-:employer_addr53"
        " | Ly do cham dut HDLD=-:reason53 | Ngay cham dut HDLD=date:stop53"
        " | So thang dong BHTN=-:months_paid53 | So thang huong=-:months_due53"
        " | Muc huong/thang (dong)=-:benefit53 | So QD=-:decision53"
        " | Hinh thuc nhan=-:bank53 | Ngay nop ho so=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "cpas_beneficiaires_ris_be53",
        "N° ordre=row | N° dossier=-:dossier_be53"
        " | NISS=national_id:niss_be53 | Nom=family_name:be_family53"
        " | Prénom=given_name:be_given53 | Sexe=sex:sex_be53"
        " | Date de naissance=birth_date@%d/%m/%Y | Rue et numéro=street:street_be53"
        " | Code postal=postcode:cp_be53 | Localité=district:loc_be53 | GSM=phone:phone_be53"
        " | Mutuelle=-:mutual_be53 | Type d'aide=-:aid_be53"
        " | Personne de contact=-:contact_be53 | Assistant(e) social(e)=-:as_be53"
        " | Date de décision=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "risga_solicitantes_gl53",
        "Nº=row | DNI/NIE=national_id:dni_gl53 | Nome=given_name:gl_given53"
        " | Primeiro apelido=family_name:gl_ap1_53 | Segundo apelido=-:gl_ap2_53"
        " | Sexo=sex:sex_gl53 | Data de nacemento=birth_date@%d/%m/%Y"
        " | Enderezo=street:street_gl53 | Código postal=postcode:cp_gl53"
        " | Concello=district:concello_gl53 | Provincia=state:prov_gl53"
        " | Teléfono=phone:phone_gl53 | Nº tarxeta sanitaria=-:tsi_gl53"
        " | Centro de saúde=-:centro_gl53 | Estado da RISGA=-:risga_gl53"
        " | Contía mensual=-:amount_gl53 | Data de solicitude=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ruovttubalvalus_guovdageaidnu_no53",
        "Nr.=row | Riegádannummir / Fødselsnummer=national_id:fnr_no53"
        " | Goargu / Etternavn=family_name:no_family53"
        " | Ovdanamma / Fornavn=given_name:no_given53 | Sohkabealli / Kjønn=sex:sex_no53"
        " | Riegádanbeaivi / Fødselsdato=birth_date@%d.%m.%Y"
        " | Čujuhus / Adresse=street:street_no53 | Poastanummir / Postnr.=postcode:pnr_no53"
        " | Poastabáiki / Poststed=district:sted_no53 | Telefovdna / Telefon=phone:phone_no53"
        " | Giella / Språk=-:lang_no53 | Bálvalus / Tjeneste=-:service_no53"
        " | Lagamus fuolki / Pårørende=-:kin_no53"
        " | Fuolkki tel. / Tlf. pårørende=-:kin_phone_no53"
        " | Mearrádusbeaivi / Vedtaksdato=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "poluchateli_mer_sotspodderzhki_dagestan_ru53",
        "№ п/п=row | Фамилия=family_name:ru_family53 | Имя=given_name:ru_given53"
        " | Отчество=-:ru_patr53 | Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_ru53"
        " | ИНН=national_id:inn_ru53 | СНИЛС=-:snils_ru53"
        " | Адрес регистрации=address:addr_ru53 | Телефон=phone:phone_ru53"
        " | Место работы=-:work_ru53 | Мера соцподдержки=-:measure_ru53"
        " | Дата назначения=date@%d.%m.%Y",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "apa_beneficiaires_corse_fr53",
        "N° / Numaru=row | NIR=national_id:nir_co53 | Nom / Casata=family_name:co_family53"
        " | Prénom / Nome=given_name:co_given53 | Sexe / Sessu=sex:sex_co53"
        " | Date de naissance / Data di nascita=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Locu di nascita=-:birthplace_co53"
        " | Adresse / Indirizzu=street:street_co53 | Code postal=postcode:cp_co53"
        " | Commune / Cumuna=district:commune_co53 | Téléphone / Telefonu=phone:phone_co53"
        " | GIR=-:gir_co53 | Médecin traitant / Duttore=-:doctor_co53"
        " | Aidant / Aiutante=-:aidant_co53 | Date d'ouverture des droits=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("niss_be53", "dni_gl53", "fnr_no53", "inn_ru53", "nir_co53")
SEX_HOLDS: tuple[str, ...] = ("sex_be53", "sex_gl53", "sex_no53", "sex_ru53", "sex_co53")
NAME_HOLDS = frozenset(
    {"mother53", "be_family53", "be_given53", "gl_given53", "gl_ap1_53", "no_family53"}
    | {"no_given53", "ru_family53", "ru_given53", "co_family53", "co_given53"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_be53",
    "phone_gl53",
    "phone_no53",
    "phone_ru53",
    "phone_co53",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ru53",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND53",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND53",
]
