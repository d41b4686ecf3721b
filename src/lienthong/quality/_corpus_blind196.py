"""The hundred-and-ninety-sixth part of the outside corpus, **blind 196** (written 01:58 UTC,
2026-12-07, never used for tuning): person files a university's IT testing centre, a district
sports centre's gym, a provincial festival's organising board, an orthopaedic rehabilitation
centre, a Romanian regional blood transfusion centre, a Moldovan territorial social insurance
office, a Bulgarian medical expertise commission, a Slovak town office and a Turkish district
agriculture directorate could hand over. Four Vietnamese files: candidates for the basic IT
skills certificate, in Excel (the candidate number, the place of birth, the workplace or school,
the exam room, the theory and practice scores, the result, the exam day); members of a district
sports centre's gym, in UTF-8 with a BOM and semicolons (the member number, the package, the day
joined and the day it ends, the fee, the trainer, a contact in need and a health note);
performers registered for a provincial folk arts festival, in UTF-16 with tabs (the stage name,
the troupe, the act, the genre, the day on stage, the fee, the bank account); and people with
disabilities fitted with prostheses and braces, in Windows-1258 with semicolons and headers
without diacritics (the disability, its degree, the device, the day fitted, its cost, the
guardian and the guardian's phone). Five foreign files: a Romanian regional blood transfusion
centre's donors (donor code, surname and first name apart, the CNP with its weighted digit, the
blood group and Rh, the street, the locality and the county apart, the donations, the medical
fitness, the workplace); a Moldovan territorial social insurance office's pensioners with
Romanian/Russian headers (the IDNP with its 7-3-1 digit, names in Latin or Cyrillic, the kind of
pension, its amount in lei, the day granted, the street, the locality and the raion, the way it
is paid, the file number); a Bulgarian ТЕЛК register in Windows-1251 (ЕГН with its mod-11 digit,
name, patronymic and family name apart, dates written ``дд.мм.гггг г.``, the decision number and
day, the ICD code, the percentage of lost working capacity, its term, the family doctor); a
Slovak town office's dog register in Windows-1250 (the holder, the title, the rodné číslo
divisible by 11, the address, the PSČ, the e-mail, the breed, the tag, the chip, the tax and its
exemption); and a Turkish farmer registration system list in Windows-1254 (T.C. Kimlik No with
its two check digits, the father's name, the province, the district and the village apart, the
plot, the decares, the crop, the tenure, the support in lira).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind196_writers import WRITERS_BLIND196
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND196: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_thi_chung_chi_ung_dung_cntt_co_ban_trung_tam_tin_hoc_dai_hoc_vn196",
        "STT=row | Số báo danh=-:sbd196 | Họ và tên=full_name | Ngày sinh=birth_date"
        " | Nơi sinh=-:birthplace196 | Giới tính=sex | Số CCCD=cccd | Điện thoại=phone"
        " | Email=email | Đơn vị công tác / Trường=-:workplace196 | Phòng thi=-:room196"
        " | Điểm LT=-:score_lt196 | Điểm TH=-:score_th196 | Kết quả=-:result196"
        " | Ngày thi=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_phong_tap_the_hinh_trung_tam_van_hoa_the_thao_quan_vn196",
        "STT=row | Mã HV=-:member196 | Họ tên hội viên=full_name | NS=birth_date@%d/%m/%Y"
        " | GT=sex | SĐT=phone:phone_spaced | CCCD/ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ liên hệ=address | Gói tập=-:package196 | Ngày ĐK=date@%d/%m/%Y"
        " | Ngày hết hạn=date:gym_end196 | Số tiền (VNĐ)=-:fee196 | PT phụ trách=-:trainer196"
        " | Người liên hệ khi cần=-:emergency196 | Tình trạng sức khỏe=-:health196",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dien_vien_nghe_si_dang_ky_bieu_dien_lien_hoan_nghe_thuat_quan_chung_tinh_vn196",
        "TT=row | Họ và tên (khai sinh)=full_name | Nghệ danh=-:stage196"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Điện thoại=phone:phone_dotted"
        " | Đoàn / Đơn vị=-:troupe196 | Tiết mục=-:act196 | Loại hình=-:genre196"
        " | Ngày biểu diễn=date@%d/%m/%Y | Thù lao (đồng)=-:fee_art196"
        " | Số TK - Ngân hàng=-:bank196 | Thường trú=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_khuyet_tat_duoc_cap_lap_dung_cu_chinh_hinh_trung_tam_phcn_vn196",
        "STT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_ascii196 | So CCCD=cccd | Dia chi thuong tru=address:address_ascii"
        " | Dang tat=-:disability196 | Muc do KT=-:degree196 | Dung cu duoc cap=-:device196"
        " | Ngay lap dat=date@%d/%m/%Y | Kinh phi (dong)=-:device_cost196"
        " | Nguoi giam ho / cham soc=-:guardian196 | DT nguoi giam ho=-:guardian_phone196"
        " | Ghi chu=-:note196",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "evidenta_donatori_sange_centrul_regional_transfuzie_sanguina_iasi_ro196",
        "Nr. crt.=row | Cod donator=-:donor_ro196 | Nume=family_name:ro_family196"
        " | Prenume=given_name:ro_given196 | CNP=national_id:cnp_ro196"
        " | Data nașterii=birth_date@%d.%m.%Y | Sex=sex:ro_sex196"
        " | Grupa sanguină=-:ro_group196 | Rh=-:ro_rh196 | Domiciliu=street:ro_street196"
        " | Localitate=district:ro_town196 | Județ=state:ro_county196"
        " | Telefon=phone:ro_phone196 | Nr. donări=-:ro_count196"
        " | Data ultimei donări=date@%d.%m.%Y | Aviz medical=-:ro_fit196"
        " | Loc de muncă=-:ro_work196",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "beneficiari_pensii_casa_teritoriala_asigurari_sociale_balti_md196",
        "Nr. / №=row | IDNP / ИДНП=national_id:idnp196"
        " | Numele, prenumele / Фамилия, имя=full_name:md_name196"
        " | Data nașterii / Дата рождения=birth_date@%d.%m.%Y | Sex / Пол=sex:md_sex196"
        " | Tipul pensiei / Вид пенсии=-:md_pension196"
        " | Cuantumul, lei / Размер, лей=-:md_amount196"
        " | Data stabilirii / Дата назначения=date@%d.%m.%Y"
        " | Adresa / Адрес=street:md_street196"
        " | Localitatea / Населённый пункт=district:md_town196"
        " | Raionul / Район=state:md_raion196 | Telefon / Телефон=phone:md_phone196"
        " | Modalitatea de plată / Способ выплаты=-:md_pay196 | Nr. dosar / № дела=-:md_file196",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "registar_ekspertni_resheniya_telk_rzi_plovdiv_bg196",
        "№ по ред=row | ЕГН=national_id:egn196 | Име=given_name:bg_given196"
        " | Презиме=-:bg_father196 | Фамилия=family_name:bg_family196"
        " | Дата на раждане=birth_date@%d.%m.%Y г. | Пол=sex:bg_sex196"
        " | Постоянен адрес=address:bg_addr196 | Телефон=phone:bg_phone196"
        " | ЕР на ТЕЛК №=-:telk_no196 | Дата на ЕР=date@%d.%m.%Y г."
        " | Водеща диагноза (МКБ)=-:mkb196 | % ТНР=-:tnr196"
        " | Срок на инвалидност=-:telk_term196 | Чужда помощ=-:help196"
        " | Личен лекар=-:gp196",
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "evidencia_psov_dan_za_psa_mestsky_urad_presov_sk196",
        "P. č.=row | Evidenčné číslo psa=-:dog_no196"
        " | Priezvisko a meno držiteľa=full_name:sk_name196 | Titul=-:sk_title196"
        " | Rodné číslo=national_id:rc196 | Dátum narodenia=birth_date@%d.%m.%Y"
        " | Trvalý pobyt=address:sk_addr196 | PSČ=postcode:sk_psc196"
        " | Telefón=phone:sk_phone196 | E-mail=email:sk_email196 | Plemeno=-:breed196"
        " | Číslo známky=-:tag196 | Číslo čipu=-:chip196"
        " | Dátum prihlásenia=date@%d.%m.%Y | Daň (€/rok)=-:dog_tax196"
        " | Oslobodenie / zľava=-:exempt196",
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "ciftci_kayit_sistemi_cks_ilce_tarim_orman_mudurlugu_tr196",
        "Sıra No=row | T.C. Kimlik No=national_id:tc196 | Adı=given_name:tr_given196"
        " | Soyadı=family_name:tr_family196 | Baba Adı=-:tr_father196"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:tr_sex196 | İl=state:tr_il196"
        " | İlçe=district:tr_ilce196 | Köy / Mahalle=suburb:tr_koy196 | Ada/Parsel=-:parcel196"
        " | Alan (da)=-:decare196 | Ürün=-:crop196 | Mülkiyet=-:tenure196"
        " | Cep Telefonu=phone:tr_phone196 | Kayıt Tarihi=date@%d.%m.%Y"
        " | Destek Tutarı (TL)=-:support196",
        encoding="cp1254",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d.%m.%Y г.": "31.02.{y} г."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cnp_ro196", "idnp196", "egn196", "rc196", "tc196")
SEX_HOLDS: tuple[str, ...] = (
    "sex_ascii196",
    "ro_sex196",
    "md_sex196",
    "bg_sex196",
    "tr_sex196",
)
NAME_HOLDS = frozenset({"md_name196", "sk_name196"})
PHONE_HOLDS: tuple[str, ...] = (
    "ro_phone196",
    "md_phone196",
    "bg_phone196",
    "sk_phone196",
    "tr_phone196",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bg_addr196", "sk_addr196")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND196",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND196",
]
