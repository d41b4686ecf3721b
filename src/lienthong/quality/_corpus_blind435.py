"""The four-hundred-and-thirty-fifth part of the outside corpus, **blind 435** (written 01:18 UTC,
2026-12-08, never used for tuning): person files a commune health station, a district health
office, a community pharmacy, a provincial health department, a Brazilian Farmácia Popular, a
Polish pharmacy, an Indian Jan Aushadhi Kendra, a Moroccan regional council of pharmacists and
Chile's register of health providers could hand over, all about pharmacies and medicines.
Four Vietnamese files: a commune health station's book of free medicines handed to chronic
patients in UTF-8 with a BOM and semicolons (the BHYT card, the CCCD, the home in its hamlet, the
diagnosis, the blood pressure, the medicine and quantity, the day handed, the next visit, the
nurse who handed it, the signature); a district health office's inspection list of retail
pharmacies in Windows-1258 with semicolons and headers without diacritics (the pharmacy and its
business certificate, the pharmacist in charge with their CCCD, degree, practising certificate,
home and phone, the day inspected, the GPP result, the breach, the inspector); a pharmacy's log
of antibiotics sold on prescription in UTF-16 with tabs (the hour sold, the patient with the
CCCD in groups, the prescription code, the prescribing doctor and clinic, the medicine, the
price, the pharmacist who sold it); and a provincial list of pharmacists who took the continuing
training, in Excel (the practising certificate, the degree, the workplace, its owner and the
owner's phone, the home, the phone and e-mail, the course, the hours, the certificate).
Five foreign files: a Farmácia Popular dispensing report in UTF-8 with semicolons (the name in
capitals, the CPF with its check digits, the street, bairro, município, UF and CEP, the mobile,
the medicine, the prescriber's CRM, the authorisation); a Polish e-recepta export in Windows-1250
with semicolons (the PESEL with its check digit, nazwisko and imię, ISO dates, the street, postal
code and town, the prescription's access code, the medicine, the prescribing doctor and their
licence number, the day issued and filled, the payment); a Jan Aushadhi beneficiaries' list in
UTF-8 (the father's or husband's name, the Aadhaar in groups with its Verhoeff digit, the house
address, district, state and PIN, the Kendra, the bill and savings); a Moroccan pharmacists'
order list in Excel with French and Arabic headers (nom and prénom, the CIN, the home address and
the city in Arabic, the GSM, the officine, the registration number and date, the section, the
standing); and a Chilean register of pharmacists in UTF-8 with a BOM (the RUN with its check
digit, the registration number and date, the university, the degree's date, the street, comuna
and región, the mobile and e-mail).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind435_writers import WRITERS_BLIND435
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND435: tuple[Shape, ...] = (
    _shape(
        "so_cap_phat_thuoc_mien_phi_benh_nhan_man_tinh_tram_y_te_xa_vn435",
        "TT=row | Họ và tên BN=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số thẻ BHYT=bhyt | Số CCCD=cccd | Địa chỉ=address:rural435 | SĐT=phone"
        " | Chẩn đoán=-:chronic435 | HA (mmHg)=-:bp435 | Tên thuốc=-:drug435"
        " | Số lượng=-:qty435 | Ngày cấp=date@%d/%m/%Y | Hẹn lần sau=date:next435"
        " | Người cấp phát=-:nurse435 | Ký nhận=-:sign435",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ds_kiem_tra_co_so_ban_le_thuoc_phong_y_te_huyen_vn435",
        "STT=row | Ten co so=-:pharmacy435 | So GCN du dieu kien KD duoc=-:license435"
        " | Ho ten nguoi phu trach CM=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | So CCCD=cccd | Trinh do CM=-:degree435 | So CCHN duoc=-:cchn435"
        " | Noi thuong tru=address:town435 | Dien thoai=phone:phone_dotted"
        " | Ngay KT=date@%d-%m-%Y | Ket qua=-:gpp435 | Ton tai, vi pham=-:breach435"
        " | Can bo KT=-:inspector435",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_ban_thuoc_khang_sinh_theo_don_nha_thuoc_vn435",
        "STT=row | Ngày giờ bán=date:sold435 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd:cccd_spaced | Địa chỉ=address:town435"
        " | SĐT=phone:phone_spaced | Mã đơn thuốc=-:rx435 | Bác sĩ kê đơn=-:doctor435"
        " | Nơi kê đơn=-:clinic435 | Tên thuốc - hàm lượng - SL=-:abx435"
        " | Thành tiền (VNĐ)=-:price435 | Người bán=-:seller435",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_duoc_si_cap_nhat_kien_thuc_chuyen_mon_so_y_te_vn435",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Số CCHN dược=-:cchn435 | Trình độ=-:degree435"
        " | Nơi công tác=-:workplace435 | Chủ cơ sở=-:boss435"
        " | SĐT chủ cơ sở=-:bossphone435 | Nơi ở hiện nay=address:rural435"
        " | Điện thoại=phone | Email=email | Khóa cập nhật=-:course435 | Số giờ=-:hours435"
        " | Ngày cấp GCN=date@%d/%m/%Y | Số GCN=-:certno435",
        file="xlsx",
    ),
    _shape(
        "relatorio_dispensacao_farmacia_popular_br435",
        "Nº=row | Nome do Beneficiário=full_name:br_name435 | CPF=national_id:br_cpf435"
        " | Data Nasc.=birth_date@%d/%m/%Y | Sexo=sex:sex_br435"
        " | Endereço=street:br_street435 | Bairro=suburb:br_bairro435"
        " | Município=district:br_city435 | UF=state:br_uf435 | CEP=postcode:br_cep435"
        " | Telefone=phone:phone_br435 | Medicamento=-:br_drug435"
        " | CRM Prescritor=-:br_crm435 | Data Dispensação=date@%d/%m/%Y"
        " | Nº Autorização=-:br_auth435",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "eksport_e_recepty_zrealizowane_apteka_pl435",
        "Lp.=row | PESEL=national_id:pl_pesel435 | Nazwisko=family_name:pl_family435"
        " | Imię=given_name:pl_given435 | Data urodzenia=birth_date@%Y-%m-%d"
        " | Płeć=sex:sex_pl435 | Ulica i nr domu=street:pl_street435"
        " | Kod pocztowy=postcode:pl_post435 | Miejscowość=district:pl_town435"
        " | Telefon=phone:phone_pl435 | Kod recepty=-:pl_code435 | Lek=-:pl_drug435"
        " | Lekarz wystawiający=-:pl_doctor435 | Nr PWZ=-:pl_npwz435"
        " | Data wystawienia=date@%Y-%m-%d | Data realizacji=date:pl_done435"
        " | Odpłatność=-:pl_paid435",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "jan_aushadhi_kendra_beneficiaries_list_in435",
        "S.No.=row | Beneficiary Name=full_name:in_name435"
        " | Father's/Husband's Name=-:in_father435 | Aadhaar No.=national_id:in_aadhaar435"
        " | DOB=birth_date@%d-%m-%Y | Gender=sex:sex_in435 | Mobile No.=phone:phone_in435"
        " | Address=address:in_addr435 | District=district:in_dist435"
        " | State=state:in_state435 | PIN Code=postcode:in_pin435"
        " | Kendra Name & Code=-:in_kendra435 | Bill No.=-:in_bill435"
        " | Bill Date=date@%d-%m-%Y | Bill Amount (Rs.)=-:in_mrp435"
        " | Savings vs Branded (Rs.)=-:in_saved435",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "liste_pharmaciens_inscrits_conseil_regional_ordre_ma435",
        "N°=row | Nom / الاسم العائلي=family_name:ma_family435"
        " | Prénom / الاسم الشخصي=given_name:ma_given435 | CIN / ب.ت.و=national_id:ma_cin435"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y | Sexe / الجنس=sex:sex_ma435"
        " | Adresse personnelle=address:ma_home435 | Ville / المدينة=district:ma_city435"
        " | GSM=phone:phone_ma435 | Officine / الصيدلية=-:ma_officine435"
        " | N° d'inscription=-:ma_order435 | Date d'inscription=date@%d/%m/%Y"
        " | Section=-:ma_section435 | Situation=-:ma_status435",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registro_prestadores_quimicos_farmaceuticos_cl435",
        "N°=row | RUN=national_id:cl_rut435 | Nombre Completo=full_name:cl_name435"
        " | Fecha de Nacimiento=birth_date@%d-%m-%Y | Sexo=sex:sex_cl435"
        " | N° Registro=-:cl_reg435 | Fecha Registro=date@%d-%m-%Y"
        " | Institución Habilitante=-:cl_uni435 | Fecha Título=date:cl_title435"
        " | Dirección=street:cl_street435 | Comuna=district:cl_comuna435"
        " | Región=state:cl_region435 | Teléfono=phone:phone_cl435"
        " | Correo Electrónico=email:cl_mail435",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "br_cpf435",
    "pl_pesel435",
    "in_aadhaar435",
    "ma_cin435",
    "cl_rut435",
)
SEX_HOLDS: tuple[str, ...] = ("sex_br435", "sex_pl435", "sex_in435", "sex_ma435", "sex_cl435")
NAME_HOLDS = frozenset(
    {
        "br_name435",
        "pl_family435",
        "pl_given435",
        "in_name435",
        "ma_family435",
        "ma_given435",
        "cl_name435",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br435",
    "phone_pl435",
    "phone_in435",
    "phone_ma435",
    "phone_cl435",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rural435", "town435", "in_addr435", "ma_home435")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND435",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND435",
]
