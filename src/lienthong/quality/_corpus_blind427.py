"""The four-hundred-and-twenty-seventh part of the outside corpus, **blind 427** (written 01:05
UTC, 2026-12-08, never used for tuning): person files a district culture and sports centre's
Vovinam club, a commune's festival board, an amateur cycling race's organisers, a city sports
games' medical team, a Brazilian street-race organiser, a Japanese judo federation, Athletics
Kenya, a Romanian sports club and a Filipino barangay's basketball league could hand over about
people who train, race and compete.
Four Vietnamese files: the candidates of a Vovinam belt grading in Windows-1258 with semicolons
(the club, the belt held and the belt sought, the workplace or school, the two scores, the result,
the grading day, the coach); a commune's dragon-boat crews for a traditional boat race in UTF-16
with tabs (the boat, the seat, swimming ability, the medical paper, the captain); the registrants
of an amateur cycling race in UTF-8 with a BOM, semicolons and headers without diacritics (the
distance, the age group, the bike, the club, the bib, an emergency contact and phone, the day
registered, the time last updated); and a city sports games' pre-competition medical check of
athletes in Excel (the athlete code, the delegation, the sport, height, weight, blood pressure,
pulse, the verdict, the doctor, the day of the check, the health insurance card).
Five foreign files: a Brazilian corrida de rua registration list in Windows-1252 with semicolons
(the CPF with its two mod-11 digits, the mobile with its area code, CEP, cidade and UF, the
course, the age category, the T-shirt size, the running crew, the bib, an emergency contact); a
Japanese judo federation's dan register romanised, in UTF-8 with tabs (the registration number,
sei and mei, the dan and the day it was awarded, the dōjō, the postcode, the prefecture, the
address, the examiner); an Athletics Kenya licensed athletes list in Excel (the ID number, the
three-part name, county and AK region, the training camp, the event and personal best, the KRA
PIN, the coach, the next of kin and their phone, the licence expiry); a Romanian sports club's
members in ISO-8859-2 with semicolons (the CNP with its weighted digit, the address, locality,
county and postcode, the section, the membership card, the medical clearance's expiry, the fee,
the coach); and a barangay basketball league's roster in UTF-8 (the jersey, SURNAME, Given M.I.,
the position, a spelled-out birthdate, the age and division, purok and barangay, the PhilSys
number, the team, its manager, the health clearance, the day registered).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind427_writers import WRITERS_BLIND427
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND427: tuple[Shape, ...] = (
    _shape(
        "thi_thang_dai_vovinam_vn427",
        "STT=row | Họ và tên võ sinh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd | CLB / Võ đường=-:club427 | Đai hiện tại=-:belt_now427"
        " | Dự thi lên=-:belt_next427 | Nơi học tập/công tác=-:work427"
        " | Điểm quyền=-:score427 | Điểm song luyện=-:score2_427 | Kết quả=-:result427"
        " | Ngày thi=date@%d/%m/%Y | HLV phụ trách=-:coach427 | SĐT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doi_dua_thuyen_le_hoi_xa_vn427",
        "TT=row | Họ tên VĐV=full_name | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi cư trú=address | Thuyền=-:boat427"
        " | Vị trí trên thuyền=-:seat427 | Khả năng bơi=-:swim427 | Giấy KSK=-:health427"
        " | Trưởng thuyền=-:captain427 | Điện thoại=phone:phone_spaced | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "dang_ky_giai_xe_dap_phong_trao_vn427",
        "So TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%Y-%m-%d"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dien thoai=phone | Email=email"
        " | Cu ly dang ky=-:distance427 | Nhom tuoi=-:agegroup427 | Loai xe=-:bike427"
        " | Doi / CLB=-:team427 | So BIB=-:bib427 | Nguoi lien he khan cap=-:ice427"
        " | SDT nguoi lien he=-:ice_phone427 | Ngay dang ky=date@%d/%m/%Y"
        " | Cap nhat luc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "kham_suc_khoe_vdv_dai_hoi_tdtt_vn427",
        "STT=row | Mã VĐV=-:athlete427 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD=cccd | Đoàn=-:delegation427 | Môn thi đấu=-:sport427"
        " | Chiều cao (cm)=-:height427 | Cân nặng (kg)=-:weight427"
        " | Huyết áp (mmHg)=-:bp427 | Mạch (l/ph)=-:pulse427 | Kết luận=-:verdict427"
        " | BS khám=-:doctor427 | Ngày khám=date@%d/%m/%Y | Số thẻ BHYT=bhyt",
        file="xlsx",
    ),
    _shape(
        "inscritos_corrida_de_rua_br427",
        "Nº=row | Nome completo=full_name:br_name427 | CPF=national_id:cpf427"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br427"
        " | Celular=phone:phone_br427 | E-mail=email | CEP=postcode:cep427"
        " | Cidade=district:city_br427 | UF=state:uf427 | Percurso=-:course_br427"
        " | Categoria=-:cat_br427 | Camiseta=-:shirt_br427 | Equipe/Assessoria=-:team_br427"
        " | Nº de peito=-:bib_br427 | Contato de emergência=-:ice_br427"
        " | Tel. emergência=-:ice_phone_br427 | Data da inscrição=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "judo_dan_toroku_jp427",
        "No.=row | Tōroku bangō=-:reg_jp427 | Sei=family_name:jp_family427"
        " | Mei=given_name:jp_given427 | Seinengappi=birth_date@%Y/%m/%d"
        " | Seibetsu=sex:sex_jp427 | Dan'i=-:dan_jp427 | Shōdan-bi=date@%Y/%m/%d"
        " | Shozoku dōjō=-:dojo_jp427 | Yūbin bangō=postcode:zip_jp427"
        " | Todōfuken=state:pref_jp427 | Jūsho=address:addr_jp427"
        " | Denwa bangō=phone:phone_jp427 | Shinsa-in=-:examiner_jp427",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "athletics_kenya_licensed_athletes_ke427",
        "S/No=row | Athlete's Name=full_name:ke_name427 | ID No.=national_id:ke_id427"
        " | D.O.B=birth_date@%d-%b-%Y | Gender=sex:sex_ke427 | County=state:county_ke427"
        " | AK Region=-:region_ke427 | Club/Training Camp=-:camp_ke427"
        " | Event=-:event_ke427 | PB=-:pb_ke427 | Mobile No.=phone:phone_ke427"
        " | KRA PIN=-:kra_ke427 | Coach=-:coach_ke427 | Next of Kin=-:nok_ke427"
        " | NOK Tel.=-:nok_phone_ke427 | Licence Expiry=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "membri_club_sportiv_ro427",
        "Nr. crt.=row | Nume=family_name:ro_family427 | Prenume=given_name:ro_given427"
        " | CNP=national_id:cnp427 | Data naşterii=birth_date@%d.%m.%Y | Sex=sex:sex_ro427"
        " | Domiciliu=street:street_ro427 | Localitatea=district:loc_ro427"
        " | Judeţul=state:judet_ro427 | Cod poştal=postcode:cp_ro427"
        " | Telefon=phone:phone_ro427 | Secţia=-:sectia_ro427"
        " | Nr. legitimaţie=-:leg_ro427 | Viză medicală valabilă până la=date@%d.%m.%Y"
        " | Cotizaţie=-:cotiz_ro427 | Antrenor=-:coach_ro427",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "brgy_basketball_league_roster_ph427",
        "No.=row | Jersey No.=-:jersey_ph427"
        " | Player's Name (Surname, First Name, M.I.)=full_name:ph_name427"
        " | Position=-:pos_ph427 | Birthdate=birth_date@%B %d, %Y | Age=-:age_ph427"
        " | Division=-:div_ph427 | Purok/Street=street:purok_ph427"
        " | Barangay=suburb:brgy_ph427 | Contact No.=phone:phone_ph427"
        " | PhilSys No.=national_id:psn_ph427 | Team=-:team_ph427"
        " | Team Manager=-:manager_ph427 | Brgy. Health Clearance=-:cleared_ph427"
        " | Date Registered=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpf427", "ke_id427", "cnp427", "psn_ph427")
SEX_HOLDS: tuple[str, ...] = ("sex_br427", "sex_jp427", "sex_ke427", "sex_ro427")
NAME_HOLDS = frozenset(
    {"br_name427", "jp_family427", "jp_given427", "ke_name427", "ro_family427"}
    | {"ro_given427", "ph_name427"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br427",
    "phone_jp427",
    "phone_ke427",
    "phone_ro427",
    "phone_ph427",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_jp427", "purok_ph427")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND427",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND427",
]
