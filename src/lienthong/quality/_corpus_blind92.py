"""The ninety-second part of the outside corpus, **blind 92** (written 16:35 UTC, 2026-12-06, never
used for tuning): person files a commune paying poor households' electricity support, a
district's military command training village officers in defence and security, a social
insurance collection agent, a Bình Dương garment factory claiming rent support for its workers,
an Iaşi employer's staff register, a Borsod village's public works office, Brno's municipal
housing, a Thessaloniki municipality's Help at Home programme and a Porto senior card office
could hand over. Four Vietnamese files: a Quảng Bình commune's list paying poor and social
policy households their electricity support in Windows-1258 with semicolons (the household head,
the thôn and xã, the power company's customer code, the kind of household, the months, the
monthly rate and the total in đồng, how it is paid, who collected it for the head, an empty
column for the signature); a Cao Bằng district's list of "đối tượng 4" village officers trained
in national defence and security knowledge in Excel (the ethnic group, the post, the thôn where
they serve and their hometown apart from where they live, the day they joined the Party, the
course, the score with a decimal comma, the grade, the certificate number); a Đà Nẵng collection
agent's list of voluntary social insurance contributors in UTF-8 with a BOM and tabs (the BHXH
number, the CCCD in groups, the payment method, the income chosen, the group and the state's
share, the amount due, the first month, the agent and its collector); and a Bình Dương garment
factory's list of workers claiming rent support in UTF-16 with tabs (the CCCD and BHXH book, the
contract and its start, the team, the rented room's address in the landlord's row of rooms, the
landlord, the months claimed and the amount, the bank account). Five foreign files: an Iaşi
company's staff register after REVISAL in UTF-8 with a BOM and semicolons and Romanian headers
(NUME in capitals, the CNP with its check digit, the citizenship, the identity card's series and
number, the domiciliu with bloc, scară and apartament, dd.mm.yyyy dates, the COR code and the
job, the contract's number and start, its term and hours, the gross salary in lei, the contract's
state); a Borsod-Abaúj-Zemplén public works (közfoglalkoztatás) list in ISO-8859-2 with semicolons
(the name family first, the mother's name, the place of birth, ``1985. 03. 12.`` dates, the TAJ
number, the adóazonosító jel and the személyi azonosító written ``1-850312-1234``, the postcode,
settlement and street apart, ``06-30/123-4567`` phones, the FEOR code and job, the programme,
the employment's end, the wage, the bank account, the foreman); Brno's register of municipal
flat tenants in Windows-1250 with semicolons (the lease number, the academic title, the rodné
číslo, the street, the city district, obec and PSČ, the flat's number, layout, floor area and
rent in Kč, the service deposits, the lease's end or "neurčito", the arrears, the phone and
e-mail); a Pavlos Melas municipality Help at Home list in Windows-1253 with Greek headers (the
patronymic, ``Άρρεν``/``Θήλυ``, the ΑΜΚΑ and the ΑΦΜ, the street, Τ.Κ. and municipal unit,
``2310 123456`` phones, the category, the insurer, the pension, the services, a relative to call
and her phone, the social worker); and a Porto senior card register in Excel with Portuguese
headers (the card number, the full name, dd-mm-yyyy dates, the cartão de cidadão with its check
digits and its expiry, the NIF and the SNS user number, the morada, código postal, localidade
and freguesia, the situation, the monthly income, the benefits, a contact person and phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind92_writers import WRITERS_BLIND92
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND92: tuple[Shape, ...] = (
    _shape(
        "chi_tra_ho_tro_tien_dien_ho_ngheo_vn92",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ (thôn, xã)=address:power_addr92"
        " | Mã khách hàng (Điện lực)=-:power_cust92 | Diện hộ=-:power_kind92"
        " | Số tháng HT=-:power_months92 | Mức HT/tháng (đ)=-:power_rate92"
        " | Thành tiền (đ)=-:power_total92 | Hình thức nhận=-:power_pay92"
        " | Ngày chi trả=date@%d/%m/%Y | Người nhận thay=-:proxy92 | Ký nhận=-:none92",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "boi_duong_kien_thuc_qpan_doi_tuong_4_vn92",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Dân tộc=-:ethnic92 | Số định danh cá nhân=cccd | Chức vụ=-:post92"
        " | Đơn vị công tác=-:workplace92 | Quê quán=-:hometown92"
        " | Nơi ở hiện nay=address:cb_addr92"
        " | ĐT liên hệ=phone:phone_dotted | Ngày vào Đảng=date@%d/%m/%Y | Khóa=-:course92"
        " | Điểm TB=-:score92 | Xếp loại=-:grade92 | Số chứng chỉ=-:cert92",
        file="xlsx",
    ),
    _shape(
        "bhxh_tu_nguyen_dai_ly_thu_vn92",
        "STT=row | Mã số BHXH=bhxh | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | GT=sex | Số CCCD=cccd:cccd_spaced | Địa chỉ liên hệ=address:dn_addr92"
        " | Số ĐT=phone:phone_spaced"
        " | Phương thức đóng=-:vs_method92 | Mức thu nhập chọn đóng (đ)=-:vs_income92"
        " | Đối tượng=-:vs_group92 | NSNN hỗ trợ=-:vs_share92 | Số tiền phải đóng (đ)=-:vs_due92"
        " | Từ tháng=-:vs_from92 | Đại lý thu=-:agent92 | NV thu=-:collector92"
        " | Ngày lập=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "ho_tro_tien_thue_nha_nguoi_lao_dong_vn92",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/CMND=cccd | Số sổ BHXH=bhxh | Loại HĐLĐ=-:contract92"
        " | Ngày bắt đầu HĐLĐ=date:start92 | Bộ phận=-:dept92"
        " | Địa chỉ phòng trọ đang thuê=address:room_addr92 | Chủ nhà trọ=-:landlord92"
        " | SĐT chủ trọ=-:landlord_phone92 | Tháng đề nghị hỗ trợ=-:rent_month92"
        " | Số tiền (đồng)=-:rent_amount92 | Số tài khoản=-:account92 | Ngân hàng=-:bank92"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registru_salariati_revisal_iasi_ro92",
        "Nr. crt.=row | NUME=family_name:ro_family92 | Prenume=given_name:ro_given92"
        " | CNP=national_id:cnp_ro92 | Data nașterii=birth_date@%d.%m.%Y | Sex=sex:sex_ro92"
        " | Cetățenie=-:citizen_ro92 | Act de identitate (serie, nr.)=-:ci_ro92"
        " | Domiciliu=address:addr_ro92 | Telefon=phone:phone_ro92 | Cod COR=-:cor_ro92"
        " | Funcția=-:job_ro92 | Nr./data contract=-:contract_ro92"
        " | Data începerii activității=date:start_ro92 | Durata contractului=-:term_ro92"
        " | Normă (ore/zi)=-:norm_ro92 | Salariu de bază brut (lei)=-:salary_ro92"
        " | Stare contract=-:state_ro92 | Data ultimei modificări=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "kozfoglalkoztatottak_borsod_hu92",
        "Sorsz.=row | Név=full_name:hu_name92 | Anyja neve=-:hu_mother92"
        " | Születési hely=-:hu_birthplace92 | Születési idő=birth_date@%Y. %m. %d."
        " | Neme=sex:sex_hu92 | TAJ szám=national_id:taj_hu92 | Adóazonosító jel=-:adoaz_hu92"
        " | Személyi azonosító=national_id:szemazon_hu92 | Irsz.=postcode:irsz_hu92"
        " | Település=district:telepules_hu92 | Közterület, házszám=street:utca_hu92"
        " | Telefonszám=phone:phone_hu92 | FEOR=-:feor_hu92 | Munkakör=-:munkakor_hu92"
        " | Program=-:program_hu92 | Jogviszony kezdete=date@%Y. %m. %d."
        " | Jogviszony vége=date:end_hu92 | Bruttó bér=-:ber_hu92"
        " | Bankszámlaszám=-:bank_hu92 | Munkahelyi vezető=-:boss_hu92",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "najemnici_obecnich_bytu_brno_cz92",
        "Poř.=row | Č. nájemní smlouvy=-:smlouva_cz92 | Příjmení=family_name:cz_family92"
        " | Jméno=given_name:cz_given92 | Titul=-:titul_cz92 | Rodné číslo=national_id:rc_cz92"
        " | Datum narození=birth_date@%d.%m.%Y | Ulice, č. p.=street:ulice_cz92"
        " | Č. bytu=-:byt_cz92 | Městská část=suburb:mc_cz92 | Obec=district:obec_cz92"
        " | PSČ=postcode:psc_cz92 | Velikost=-:velikost_cz92 | Plocha (m2)=-:plocha_cz92"
        " | Nájemné (Kč/měs.)=-:najem_cz92 | Zálohy na služby (Kč)=-:zalohy_cz92"
        " | Počet osob=-:osob_cz92 | Nájem od=date@%d.%m.%Y | Nájem do=date:do_cz92"
        " | Dluh (Kč)=-:dluh_cz92 | Telefon=phone:phone_cz92 | E-mail=email:email_cz92",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "voitheia_sto_spiti_pavlou_mela_gr92",
        "Α/Α=row | Επώνυμο=family_name:gr_family92 | Όνομα=given_name:gr_given92"
        " | Πατρώνυμο=-:gr_father92 | Ημ/νία Γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:sex_gr92 | ΑΜΚΑ=national_id:amka_gr92 | ΑΦΜ=-:afm_gr92"
        " | Οδός - Αριθμός=street:odos_gr92 | Τ.Κ.=postcode:tk_gr92"
        " | Δημοτική Ενότητα=district:de_gr92 | Τηλέφωνο=phone:phone_gr92"
        " | Κατηγορία ωφελούμενου=-:cat_gr92 | Ασφαλιστικός φορέας=-:insurer_gr92"
        " | Σύνταξη (€)=-:pension_gr92 | Παρεχόμενες υπηρεσίες=-:services_gr92"
        " | Συγγενής επικοινωνίας=-:kin_gr92 | Τηλ. συγγενή=-:kin_phone_gr92"
        " | Υπεύθυνος=-:staff_gr92 | Ημ/νία ένταξης=date@%d/%m/%Y",
        english=True,
        encoding="cp1253",
        delimiter=";",
    ),
    _shape(
        "cartao_senior_municipal_porto_pt92",
        "N.º=row | N.º Cartão=-:card_pt92 | Nome completo=full_name:pt_name92"
        " | Data de nascimento=birth_date@%d-%m-%Y | Sexo=sex:sex_pt92"
        " | N.º Cartão de Cidadão=national_id:cc_pt92 | Válido até=date:cc_val_pt92"
        " | NIF=-:nif_pt92 | N.º Utente SNS=-:sns_pt92 | Morada=street:morada_pt92"
        " | Código Postal=postcode:cp_pt92 | Localidade=district:loc_pt92"
        " | Freguesia=suburb:freg_pt92 | Telefone/Telemóvel=phone:phone_pt92"
        " | Situação=-:sit_pt92 | Rendimento mensal (€)=-:rend_pt92"
        " | Benefícios=-:benef_pt92 | Pessoa de contacto=-:contact_pt92"
        " | Data de emissão=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats (one more, the Hungarian
#: ``yyyy. mm. dd.``).
INVALID_DAY = {"%Y. %m. %d.": "{y}. 02. 31."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cnp_ro92",
    "taj_hu92",
    "szemazon_hu92",
    "rc_cz92",
    "amka_gr92",
    "cc_pt92",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ro92", "sex_hu92", "sex_gr92", "sex_pt92")
NAME_HOLDS = frozenset(
    {"ro_family92", "ro_given92", "hu_name92", "cz_family92", "cz_given92"}
    | {"gr_family92", "gr_given92", "pt_name92"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ro92",
    "phone_hu92",
    "phone_cz92",
    "phone_gr92",
    "phone_pt92",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "power_addr92",
    "cb_addr92",
    "dn_addr92",
    "room_addr92",
    "addr_ro92",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND92",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND92",
]
