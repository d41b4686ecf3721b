"""The three hundred and ninety-seventh part of the outside corpus, **blind 397** (written 19:41
UTC, 2026-12-07, never used for tuning): person files a ward police station striking departed
tenants' temporary residence, a neighbourhood mediation team, a commune police station, a water
company, a German Bürgeramt, a Dutch municipality, a Danish municipality, Dubai's tenancy
registry and a Brazilian property manager could hand over. Four Vietnamese files: a ward police
station's list of tenants whose temporary residence their landlord asked to strike, in
Windows-1258 with semicolons (the rented room, the permanent home back in the province, the
landlord and the landlord's phone, the date registered and the date moved out, the reason, the
request's number, the officer, the result); a neighbourhood mediation team's book of deposit
disputes between tenants and landlords in Excel (the case number, the tenant's rented home, the
landlord, the lease date, the deposit and the sum claimed, what the dispute is about, the outcome,
the mediator); a commune police station's list of renters registering permanent residence in a
rented home with the owner's consent, in UTF-16 with tabs (the former permanent home, the rented
home, the relation to the head of household, the owner and the owner's CCCD, the lease number and
its end, the floor area per person, the result); and a water company's list of renting
households given a water quota by the number of registered residents, in UTF-8 with a BOM (the
customer code, the contract holder, the address of use, the residence confirmation number, the
quota, the time last updated).
Five foreign files: a German registration office's list of moves with the landlord's
confirmation (Wohnungsgeberbestätigung) in Windows-1252 with semicolons (Familienname/Vornamen
apart, the birth name, the place of birth, the identity card number, the Wohnungsgeber and its
address); a Dutch municipality's register of tenancies under the rental permit in Excel (the
BSN with its 11-check, Dutch postcodes, the landlord, the rent and the deposit); a Danish
municipality's list of moves into rented homes in UTF-8 with a BOM and semicolons (the CPR number
with its mod-11 digit, Danish floor and side in the address, the landlord, the rent and the
deposit in kroner); Dubai's registered tenancy contracts (Ejari) in UTF-8 with English and Arabic
headers (the Emirates ID 784-YYYY-NNNNNNN-C with its Luhn digit, the passport, the unit and
community, the landlord, the annual rent, the contract's start and end); and a Brazilian property
manager's DIMOB lines in UTF-8 with semicolons (the tenant's CPF with its two digits, bairro,
município, UF and CEP apart, the landlord and the landlord's CPF, the rent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind397_writers import WRITERS_BLIND397
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND397: tuple[Shape, ...] = (
    _shape(
        "xoa_dang_ky_tam_tru_nguoi_thue_nha_chu_nha_de_nghi_cong_an_phuong_vn397",
        "STT=row | Họ và tên người thuê=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi tạm trú (phòng/nhà thuê)=address:rented397 | Nơi thường trú=address:home397"
        " | Số điện thoại=phone | Chủ nhà đề nghị xóa=-:landlord397"
        " | SĐT chủ nhà=-:landlord_phone397 | Ngày ĐK tạm trú=date@%d/%m/%Y"
        " | Ngày chuyển đi=date:left397@%d/%m/%Y | Lý do xóa=-:strike_why397"
        " | Số văn bản đề nghị=-:strike_no397 | CB xử lý=-:police397"
        " | Kết quả=-:strike_result397",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "hoa_giai_tranh_chap_tien_coc_thue_tro_to_hoa_giai_khu_pho_vn397",
        "Số TT=row | Số vụ việc=-:case397 | Ngày nhận đơn=date@%d/%m/%Y"
        " | Bên thuê - Họ và tên=full_name | Bên thuê - Năm sinh=birth_date@%d/%m/%Y"
        " | Bên thuê - CCCD=cccd | Bên thuê - SĐT=phone"
        " | Bên thuê - Chỗ ở (nhà thuê)=address:rented397 | Bên cho thuê=-:landlord397"
        " | SĐT bên cho thuê=-:landlord_phone397"
        " | Ngày ký HĐ thuê=date:lease_start397@%d/%m/%Y"
        " | Tiền đặt cọc (đồng)=-:deposit397 | Số tiền yêu cầu trả (đ)=-:claimed397"
        " | Nội dung tranh chấp=-:dispute397 | Kết quả hòa giải=-:mediation397"
        " | Hòa giải viên=-:mediator397 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "dang_ky_thuong_tru_cho_o_thue_chu_so_huu_dong_y_cong_an_xa_vn397",
        "TT=row | Họ, chữ đệm và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Nơi thường trú trước đây=address:home397"
        " | Chỗ ở hợp pháp (nhà thuê) đề nghị ĐK thường trú=address:rented397"
        " | Quan hệ với chủ hộ=-:relation397 | Chủ sở hữu chỗ ở=-:landlord397"
        " | Số CCCD chủ sở hữu=-:owner_cccd397 | HĐ thuê số=-:lease_no397"
        " | Thời hạn thuê đến=date:lease_end397@%d/%m/%Y"
        " | DT sàn BQ (m2/người)=-:area397 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | SĐT liên hệ=phone | Kết quả giải quyết=-:pr_result397",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dinh_muc_nuoc_sach_ho_thue_nha_theo_nhan_khau_tam_tru_cong_ty_cap_nuoc_vn397",
        "STT=row | Mã KH=-:customer397 | Tên KH (chủ HĐ)=-:contract_owner397"
        " | Địa chỉ sử dụng nước=address:rented397 | Họ tên người thuê đại diện=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd:cccd_spaced | ĐT liên hệ=phone"
        " | Số NK tạm trú=-:residents397 | Định mức (m3/tháng)=-:quota397"
        " | Số giấy XN cư trú=-:ct07_no397 | Ngày hiệu lực=date@%d/%m/%Y"
        " | Tình trạng=-:water_status397 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "anmeldungen_wohnungsgeberbestaetigung_buergeramt_de397",
        "Lfd. Nr.=row | Art der Meldung=-:de_kind397 | Familienname=family_name:de_family397"
        " | Vornamen=given_name:de_given397 | Geburtsname=-:de_birthname397"
        " | Geburtsdatum=birth_date@%d.%m.%Y | Geburtsort=-:de_birthplace397"
        " | Geschlecht=sex:de_sex397 | Staatsangehörigkeit(en)=-:de_nation397"
        " | Straße, Hausnummer, Zusätze=street:de_street397 | PLZ=postcode:de_plz397"
        " | Ort=district:de_ort397 | Telefon (freiwillig)=phone:de_phone397"
        " | Ausweis-Nr.=-:de_ausweis397 | Einzugsdatum=date@%d.%m.%Y"
        " | Wohnungsgeber=-:de_landlord397 | Anschrift Wohnungsgeber=-:de_landlord_addr397",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "huurcontracten_verhuurvergunning_gemeente_nl397",
        "Nr.=row | Vergunningnummer=-:nl_permit397 | BSN huurder=national_id:bsn397"
        " | Voornaam=given_name:nl_given397 | Achternaam=family_name:nl_family397"
        " | Geboortedatum=birth_date@%d-%m-%Y | Adres=street:nl_street397"
        " | Postcode=postcode:nl_pc397 | Plaats=district:nl_wp397"
        " | Telefoon=phone:nl_phone397 | E-mailadres=email | Verhuurder=-:nl_landlord397"
        " | Kale huur p/m=-:nl_rent397 | Waarborgsom=-:nl_deposit397"
        " | Ingangsdatum huurovereenkomst=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "indflytning_lejebolig_kommune_dk397",
        "Løbenr.=row | CPR-nr.=national_id:cpr397 | Navn=full_name:dk_name397"
        " | Adresse=street:dk_street397 | Postnr.=postcode:dk_postnr397 | By=district:dk_by397"
        " | Telefon=phone:dk_phone397 | Udlejer=-:dk_landlord397"
        " | Husleje pr. md. (kr.)=-:dk_rent397 | Depositum (kr.)=-:dk_deposit397"
        " | Indflytningsdato=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ejari_tenancy_contracts_ae397",
        "S.No=row | Ejari Contract No. / رقم عقد إيجاري=-:ejari397"
        " | Tenant Name / اسم المستأجر=full_name:ae_name397"
        " | Emirates ID / رقم الهوية=national_id:eid397 | Nationality / الجنسية=-:ae_nation397"
        " | Passport No.=-:ae_passport397 | Date of Birth / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Mobile / الهاتف المتحرك=phone:ae_phone397 | Email / البريد الإلكتروني=email"
        " | Property / العقار=address:ae_unit397 | Landlord / المؤجر=-:ae_landlord397"
        " | Annual Rent (AED)=-:ae_rent397 | Security Deposit (AED)=-:ae_deposit397"
        " | Contract Start / بداية العقد=date@%d/%m/%Y"
        " | Contract End / نهاية العقد=date:ae_end397@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dimob_locacoes_locatarios_imobiliaria_br397",
        "Seq=row | CPF/CNPJ do locatário=national_id:cpf397"
        " | Nome/Nome empresarial do locatário=full_name:br_name397"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:br_sex397"
        " | Endereço do imóvel=street:br_street397 | Bairro=suburb:br_bairro397"
        " | Município=district:br_city397 | UF=state:br_uf397 | CEP=postcode:br_cep397"
        " | Telefone=phone:br_phone397 | E-mail=email | Locador=-:br_landlord397"
        " | CPF do locador=-:br_landlord_cpf397 | Valor do aluguel=-:br_rent397"
        " | Data do contrato=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bsn397", "cpr397", "eid397", "cpf397")
SEX_HOLDS: tuple[str, ...] = ("de_sex397", "br_sex397")
NAME_HOLDS = frozenset(
    {"de_family397", "de_given397", "nl_given397", "nl_family397"}
    | {"dk_name397", "ae_name397", "br_name397"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "de_phone397",
    "nl_phone397",
    "dk_phone397",
    "ae_phone397",
    "br_phone397",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("rented397", "home397", "ae_unit397", "br_street397")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND397",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND397",
]
