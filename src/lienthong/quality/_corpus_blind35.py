"""The thirty-fifth part of the outside corpus, **blind 35** (written 08:05 UTC, 2026-12-06, never
used for tuning): person files a notary office, a ward's drug-prevention officer, a blood bank, a
commune's land office, Chad's CNPS, Eritrea's Ministry of Labour and Human Welfare, The Gambia's
SSHFC, Grenada's NIS and Vanuatu's VNPF could hand over, in layouts no other part uses. Four
Vietnamese files: a notary office's register of notarised contracts (sổ công chứng hợp đồng,
giao dịch) in Excel with real Excel dates (the person who asked for the notarisation with his
card and address, the other party with his own card and address, the contract, the asset and
its value, the notary and the fee); a ward's list of people sent to drug rehabilitation in
Windows-1258 with semicolons (``Số định danh cá nhân``, the form of rehabilitation, the centre,
the decision and term, the family member who guarantees, how he is related and his phone, the
officer who follows the case); a blood bank's donors in UTF-16 with tabs (the donor code,
``dd-mm-yyyy`` dates, the blood group and Rh, the volume, how many times, the donation site,
the hospital that received the blood and its address, the donor's phone and when the record was
updated); and a commune's land-use certificate holders (chủ sử dụng đất) in UTF-8 with ``|``
between columns (the old nine-digit ``Số CMND``, the map sheet, the parcel, the area in m², the
use code, the term and origin, the certificate's serial and book number, the parcel's own place).
Five foreign files: a Chadian CNPS list in Windows-1256 with French/Arabic headers and semicolons
(the ten-digit ``NNI`` with no published check, the father's name in capitals as ``Nom``,
quartier and arrondissement addresses, ``(+235) 66 12 34 56`` phones, the person to warn); an
Eritrean pension list in UTF-8 with English/Tigrinya headers (the seven-digit national identity
card number with no published check, the three-part name in Latin letters and again in Ge'ez
script, Asmara house and street addresses, ``07-123456`` phones, the beneficiary); a Gambian
SSHFC list in Excel (the ``NIN`` with no published check, ``Surname``/``Other Names``, compound
addresses with the council, ``+220 770 1234`` phones, the next of kin and relationship); a
Grenadian NIS list in UTF-8 (no national identity card exists, so only the NIS number, which is
the scheme's own, ``Lot 12, Morne Jaloux`` lines with the parish apart, ``(473) 440-1234``
phones, the employer's number, the next of kin); and a Vanuatu VNPF list in Latin-1 with
Bislama/English/French headers and semicolons (the national identity number, ``Man``/``Woman``,
area and island addresses with the province apart, ``+678 7712345`` phones, the nominee).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind35_writers import WRITERS_BLIND35
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND35: tuple[Shape, ...] = (
    _shape(
        "so_cong_chung_vn35",
        "STT=row | Số công chứng=-:notary_no35 | Ngày công chứng=date:excel_event"
        " | Tên hợp đồng, giao dịch=-:contract35 | Người yêu cầu công chứng=full_name"
        " | Ngày sinh=birth_date:excel_date | Số CCCD=cccd | Địa chỉ=address"
        " | Bên còn lại (bên B)=-:party_b35 | Số CCCD bên B=-:party_b_id35"
        " | Địa chỉ bên B=-:party_b_addr35 | Tài sản giao dịch=-:asset35"
        " | Giá trị hợp đồng (đồng)=-:value35 | Công chứng viên=-:notary35"
        " | Phí công chứng=-:fee35",
        file="xlsx",
    ),
    _shape(
        "cai_nghien_ma_tuy_vn35",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi thường trú=address"
        " | Hình thức cai nghiện=-:form35 | Nơi cai nghiện=-:centre35"
        " | Quyết định số=-:decision35 | Ngày quyết định=date@%d/%m/%Y"
        " | Thời hạn (tháng)=-:months35 | Người bảo lãnh=-:guarantor35"
        " | Quan hệ với người cai nghiện=-:guar_rel35 | SĐT người bảo lãnh=-:guar_phone35"
        " | Cán bộ theo dõi=-:officer35",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_hien_mau_vn35",
        "STT=row | Mã người hiến=-:donor_code35 | Họ tên người hiến=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới=sex | CCCD=cccd | Nhóm máu=-:blood_group35"
        " | Rh=-:rh35 | Thể tích (ml)=-:volume35 | Lần hiến thứ=-:times35"
        " | Ngày hiến=date@%d-%m-%Y | Điểm hiến máu=-:site35"
        " | Bệnh viện tiếp nhận=-:hospital35 | Địa chỉ bệnh viện=-:hosp_addr35"
        " | Số điện thoại=phone | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_su_dung_dat_vn35",
        "STT=row | Tên chủ sử dụng đất=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CMND=cmnd | Địa chỉ thường trú=address | Số tờ bản đồ=-:sheet35"
        " | Số thửa=-:parcel35 | Diện tích (m²)=-:area35 | Mục đích sử dụng=-:land_use35"
        " | Thời hạn sử dụng=-:term35 | Nguồn gốc sử dụng=-:origin35"
        " | Số phát hành GCN=-:gcn_serial35 | Số vào sổ cấp GCN=-:gcn_book35"
        " | Ngày cấp GCN=date@%d/%m/%Y | Địa chỉ thửa đất=-:parcel_addr35",
        delimiter="|",
    ),
    _shape(
        "cnps_assures_td35",
        "N°=row | N° CNPS / رقم الضمان الاجتماعي=-:cnps_td35"
        " | NNI / الرقم الوطني=national_id:nni_td35 | Nom / اللقب=family_name:td_family35"
        " | Prénoms / الاسم=given_name:td_given35"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Lieu de naissance / مكان الميلاد=-:birthplace_td35 | Sexe / الجنس=sex:sex_td35"
        " | Adresse / العنوان=address:address_td35 | Téléphone / الهاتف=phone:phone_td35"
        " | Employeur / المخدم=-:employer_td35 | Personne à prévenir=-:contact_td35"
        " | Date d'immatriculation=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
    _shape(
        "pensioners_er35",
        "No.=row | Pension No. / ቁ. ጡረታ=-:pension_er35"
        " | National ID No. / ቁ. መንነት=national_id:nid_er35"
        " | Full Name=full_name:name_er35 | ሙሉእ ስም=full_name:name_ti35"
        " | Date of Birth / ዕለት ልደት=birth_date@%d/%m/%Y | Sex / ጾታ=sex:sex_er35"
        " | Address / ኣድራሻ=address:address_er35 | Telephone / ቴሌፎን=phone:phone_er35"
        " | Last Employer=-:employer_er35 | Beneficiary / ተጠቃሚ=-:beneficiary_er35"
        " | Monthly Pension (Nfa)=-:pension_amt35 | Date of Retirement=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "sshfc_members_gm35",
        "S/N=row | SSHFC No.=-:sshfc_gm35 | NIN=national_id:nin_gm35"
        " | Surname=family_name:gm_family35 | Other Names=given_name:gm_given35"
        " | Date of Birth=birth_date:excel_date | Gender=sex:sex_gm35"
        " | Residential Address=address:address_gm35 | Mobile No.=phone:phone_gm35"
        " | Employer=-:employer_gm35 | Next of Kin=-:kin_gm35"
        " | Relationship=-:kin_rel_gm35 | Date of Entry=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nis_insured_gd35",
        "Item=row | NIS Number=-:nis_gd35 | Surname=family_name:gd_family35"
        " | First Name=given_name:gd_given35 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_gd35 | Address=street:street_gd35 | Parish=province:parish_gd35"
        " | Telephone=phone:phone_gd35 | Occupation=-:occupation_gd35"
        " | Employer=-:employer_gd35 | Employer No.=-:empno_gd35 | Next of Kin=-:kin_gd35"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "vnpf_members_vu35",
        "No.=row | VNPF Namba / Member No.=-:vnpf_vu35"
        " | Namba blong ID kad / N° carte d'identité=national_id:nid_vu35"
        " | Famili nem / Nom=family_name:vu_family35 | Fes nem / Prénom=given_name:vu_given35"
        " | Dei blong bon / Date de naissance=birth_date@%d/%m/%Y"
        " | Man o woman / Sexe=sex:sex_vu35 | Adres / Adresse=address:address_vu35"
        " | Provins / Province=province:province_vu35"
        " | Namba fon / Téléphone=phone:phone_vu35 | Bos / Employeur=-:employer_vu35"
        " | Nominee / Bénéficiaire=-:nominee_vu35"
        " | Dei blong joen / Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="latin-1",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nni_td35", "nid_er35", "nin_gm35", "nid_vu35")
SEX_HOLDS: tuple[str, ...] = ("sex_td35", "sex_er35", "sex_gm35", "sex_gd35", "sex_vu35")
NAME_HOLDS = frozenset(
    {"td_family35", "td_given35", "name_er35", "name_ti35", "gm_family35", "gm_given35"}
    | {"gd_family35", "gd_given35", "vu_family35", "vu_given35"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_td35",
    "phone_er35",
    "phone_gm35",
    "phone_gd35",
    "phone_vu35",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("address_td35", "address_er35", "address_gm35", "address_vu35")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND35",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND35",
]
