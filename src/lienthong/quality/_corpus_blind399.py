"""The three-hundred-and-ninety-ninth part of the outside corpus, **blind 399** (written 19:40
UTC, 2026-12-07, never used for tuning): person files a district police office, a ward police
office, a provincial immigration office, a training class of the immigration office, an Italian
questura, the Portuguese AIMA, the Czech interior ministry's foreigners' office, a Polish
voivodeship office and a Korean immigration office could hand over. Four Vietnamese files: a
district police office's requests from people of Vietnamese origin whose nationality is not
settled for an identity certificate, in Windows-1258 with semicolons and headers without
diacritics (the personal identification number, where they were born, since when they live
here, the papers they hold, a parent, the receipt number, the day the file came in);
householders who declare the foreigners staying with them, in UTF-16 with tabs (the foreigner,
the nationality, the passport, the visa or residence card, the relation, the days from and to,
how it was declared, the officer); staff a firm introduces to lodge its immigration files, in
Excel (the firm, its code and head office, its legal representative, the post, the letter of
introduction, the day registered and the day it lapses); and commune police officers trained in
managing foreigners, in UTF-8 with a BOM and semicolons (the rank, the post, the unit, the test
score and grade, a note, the time last updated).
Five foreign files: an Italian questura's residence permit applications in Windows-1252 with
semicolons (the surname and name apart, the country of birth, the codice fiscale with its Z code
and check letter, the passport, the kind of permit, the practice number, the day of the postal
kit, the expiry, the street, CAP and comune apart, the employer, the outcome); the Portuguese
AIMA's renewals in UTF-8 with a BOM and semicolons (the NIF, the NISS, the residence title, the
legal ground, the process, the appointment, the morada with its postcode, the employer, the
state); a Czech foreigners' office's residence permit applications in Windows-1250 with
semicolons (the rodné číslo, the passport, the file reference, the kind of stay, the day filed
and the validity, the address, the employer, the state); a Polish voivodeship office's temporary
residence applications in Excel (the PESEL, the passport, the karta pobytu, the case reference,
the purpose, the employer, the status); and a Korean immigration office's extensions of stay in
EUC-KR (the name in Latin letters, the nationality, the 외국인등록번호 with its check digit, the
체류자격, the expiry, the workplace, the guarantor, the result).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind399_writers import WRITERS_BLIND399
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND399: tuple[Shape, ...] = (
    _shape(
        "nguoi_goc_viet_chua_xac_dinh_quoc_tich_de_nghi_cap_giay_chung_nhan_can_cuoc_ca_huyen_vn399",
        "STT=row | Ho va ten=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So dinh danh ca nhan=cccd | Noi sinh=-:birthplace399 | Noi o hien nay=address"
        " | Thoi gian sinh song tai VN=-:since399 | Giay to hien co=-:papers399"
        " | Ho ten cha (me)=-:parent399 | So giay bien nhan=-:receipt399"
        " | Ngay tiep nhan HS=date@%d/%m/%Y | DT lien he=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_ho_khai_bao_tam_tru_cho_nguoi_nuoc_ngoai_cong_an_phuong_vn399",
        "TT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD chủ hộ=cccd | Địa chỉ nơi người nước ngoài tạm trú=address"
        " | SĐT liên hệ=phone | Họ tên người nước ngoài (theo hộ chiếu)=-:foreigner399"
        " | Quốc tịch=-:nat_vi399 | Số hộ chiếu=-:vn_pass399 | Loại, số thị thực/TTT=-:visa399"
        " | Quan hệ với chủ hộ=-:relation399 | Tạm trú từ ngày=date@%d/%m/%Y"
        " | Đến ngày=date:until399 | Hình thức khai báo=-:channel399"
        " | Cán bộ tiếp nhận=-:officer399",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_duoc_doanh_nghiep_gioi_thieu_nop_ho_so_xnc_dang_ky_mau_dau_phong_qlxnc_vn399",
        "STT=row | Tên cơ quan, tổ chức=-:firm399 | Mã số DN=-:firm_code399"
        " | Địa chỉ trụ sở=-:firm_addr399 | Người đại diện theo pháp luật=-:rep399"
        " | Họ và tên người được giới thiệu=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Chức vụ=-:post399 | Điện thoại=phone | Email=email"
        " | Số giấy giới thiệu=-:letter399 | Ngày đăng ký=date@%d/%m/%Y"
        " | Giá trị đến ngày=date:valid399",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_tap_huan_quan_ly_nguoi_nuoc_ngoai_cong_an_xa_phong_qlxnc_vn399",
        "TT=row | Cấp bậc=-:rank399 | Họ và tên=full_name | NS=birth_date@%d/%m/%Y | GT=sex"
        " | Số CCCD=cccd | Chức vụ=-:cpost399 | Đơn vị=-:unit399 | SĐT=phone"
        " | Điểm KT (thang 10)=-:score399 | Xếp loại=-:grade399 | Ghi chú=-:note_vi"
        " | Cập nhật=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "istanze_permesso_di_soggiorno_questura_it399",
        "N.=row | Cognome=family_name:it_fam399 | Nome=given_name:it_given399"
        " | Sesso=sex:sex_it399 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:it_birthplace399 | Cittadinanza=-:it_nat399"
        " | Codice fiscale=national_id:cf399 | N. passaporto=-:passport399"
        " | Tipo permesso=-:it_type399 | N. pratica=-:it_practice399"
        " | Data presentazione kit postale=date@%d/%m/%Y | Scadenza PdS=date:it_expiry399"
        " | Indirizzo domicilio=street:it_street399 | CAP=postcode:it_cap399"
        " | Comune=district:it_comune399 | Cellulare=phone:it_phone399"
        " | Datore di lavoro=-:it_employer399 | Esito=-:it_outcome399",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "renovacao_autorizacao_residencia_aima_pt399",
        "N.º=row | Nome completo=full_name:pt_full399 | Data de nascimento=birth_date@%d-%m-%Y"
        " | Sexo=sex:sex_pt399 | Nacionalidade=-:pt_nat399 | NIF=national_id:nif399"
        " | NISS=-:niss399 | N.º título de residência=-:pt_title399"
        " | Tipo de AR=-:pt_type399 | N.º processo=-:pt_proc399"
        " | Data do agendamento=date@%d-%m-%Y | Morada=address:pt_home399"
        " | Telemóvel=phone:pt_phone399 | Email=email:pt_mail399"
        " | Entidade empregadora=-:pt_employer399"
        " | Situação=-:pt_state399",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "zadosti_o_povoleni_k_pobytu_oamp_cz399",
        "Poř. č.=row | Příjmení=family_name:cz_fam399 | Jméno=given_name:cz_given399"
        " | Datum narození=birth_date@%d.%m.%Y | Pohlaví=sex:sex_cz399"
        " | Státní občanství=-:cz_nat399 | Rodné číslo=national_id:cz_rc399"
        " | Číslo cestovního dokladu=-:passport399 | Č. j.=-:cz_cj399"
        " | Druh pobytu=-:cz_kind399 | Datum podání=date@%d.%m.%Y"
        " | Platnost do=date:cz_valid399 | Adresa místa pobytu=address:cz_home399"
        " | Telefon=phone:cz_phone399 | Zaměstnavatel=-:cz_employer399"
        " | Stav řízení=-:cz_state399",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "wnioski_pobyt_czasowy_urzad_wojewodzki_pl399",
        "Lp.=row | Nazwisko=family_name:pl_fam399 | Imię (imiona)=given_name:pl_given399"
        " | Płeć=sex:sex_pl399 | Data urodzenia=birth_date@%Y-%m-%d"
        " | Obywatelstwo=-:pl_nat399 | PESEL=national_id:pesel399"
        " | Nr paszportu=-:passport399 | Nr karty pobytu=-:pl_card399"
        " | Sygnatura sprawy=-:pl_sig399 | Cel pobytu=-:pl_purpose399"
        " | Data złożenia wniosku=date@%Y-%m-%d | Adres zamieszkania=address:pl_home399"
        " | Telefon=phone:pl_phone399 | Podmiot powierzający pracę=-:pl_employer399"
        " | Status=-:pl_state399",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cheryugigan_yeonjang_singeong_churipguk_kr399",
        "연번=row | 성명(영문)=full_name:kr_en399 | 국적=-:kr_nat399 | 성별=sex:sex_kr399"
        " | 생년월일=birth_date@%Y.%m.%d | 외국인등록번호=national_id:arc399"
        " | 여권번호=-:passport399 | 체류자격=-:kr_status399 | 체류기간 만료일=date:kr_expiry399"
        " | 신청일자=date@%Y-%m-%d | 체류지=address:kr_home399 | 휴대전화=phone:kr_phone399"
        " | 근무처=-:kr_employer399 | 신원보증인=-:kr_sponsor399 | 처리결과=-:kr_result399",
        english=True,
        encoding="euc-kr",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cf399", "nif399", "cz_rc399", "pesel399", "arc399")
SEX_HOLDS: tuple[str, ...] = ("sex_it399", "sex_pt399", "sex_cz399", "sex_pl399", "sex_kr399")
NAME_HOLDS = frozenset(
    {
        "it_fam399",
        "it_given399",
        "pt_full399",
        "cz_fam399",
        "cz_given399",
        "pl_fam399",
        "pl_given399",
        "kr_en399",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "it_phone399",
    "pt_phone399",
    "cz_phone399",
    "pl_phone399",
    "kr_phone399",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pt_home399", "cz_home399", "pl_home399", "kr_home399")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND399",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND399",
]
