"""The four-hundred-and-sixth part of the outside corpus, **blind 406** (written 21:55 UTC,
2026-12-07, never used for tuning): person files a district transaction office of the Bank for
Social Policies, a microfinance institution, a people's credit fund, a commune's savings-and-loan
groups, a Bolivian communal bank, a Cambodian microfinance institution, a Tanzanian VICOBA
network, a Slovak microloan provider and an Armenian credit organisation could hand over about
microfinance borrowers, savings groups and loan guarantors.
Four Vietnamese files: a Bank for Social Policies transaction office's list of borrowers whose
debt is put forward for freezing or writing off after an objective risk, in Excel (the savings
group, the programme, the loan agreement, the amount lent and still owed, the last due day, the
cause, the form of handling, the day the risk struck); a microfinance institution's list of
members paid from its mutual-aid fund, in UTF-16 with tabs (the member code, the centre, the
event, the amount, the relative who received it, the credit officer); a people's credit fund's
record of heirs taking over a dead borrower's debt, in Windows-1258 with semicolons (the dead
borrower, the day and cause of death, the agreement, the balance, the heir's relation and
answer); and a commune's list of savings-and-loan group leaders paid their commission, in UTF-8
with a BOM and headers without diacritics (the group code and name, its members, its balance,
the interest collection rate, the commission, the bank account, the period).
Five foreign files: a Bolivian communal bank's list of its members in Windows-1252 with
semicolons (the cédula de identidad and the department that issued it, two surnames, zona and
street, the cycle, the amount in bolivianos, the fellow member standing as guarantor); a
Cambodian microfinance institution's loan register in Excel with Khmer headers (the identity
card, village, commune, district and province, the guarantor and how they are related, the
currency, the purpose); a Tanzanian VICOBA members' list in Swahili in UTF-8 (the NIDA number
carrying the birth date, mtaa, wilaya and mkoa, the shares, the loan, the guarantor); a Slovak
microloan provider's list of guarantors in Windows-1250 with semicolons (the rodné číslo, the
title, street, municipality and PSČ, the debtor and the relation, the contract, the amount in
euros); and an Armenian credit organisation's borrowers in UTF-8 with Armenian headers (the
public service number, the passport, the patronymic, the registered address, the contract, the
amount in drams, the loan type, the guarantor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind406_writers import WRITERS_BLIND406
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND406: tuple[Shape, ...] = (
    _shape(
        "ho_vay_de_nghi_xu_ly_no_bi_rui_ro_nhcsxh_pgd_huyen_vn406",
        "STT=row | Họ và tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | Tổ TK&VV=-:group406"
        " | Chương trình cho vay=-:program406 | Số khế ước=-:loan_no406"
        " | Số tiền vay (đồng)=-:lent406 | Dư nợ đề nghị xử lý (đồng)=-:owed406"
        " | Ngày đến hạn cuối cùng=date:due406 | Nguyên nhân rủi ro=-:risk406"
        " | Hình thức đề nghị xử lý=-:form406 | Ngày xảy ra rủi ro=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thanh_vien_tctcvm_nhan_ho_tro_quy_tuong_tro_vn406",
        "STT=row | Mã TV=-:member_code406 | Họ tên thành viên=full_name"
        " | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd:cccd_spaced"
        " | Nơi ở hiện tại=address | Cụm/Trung tâm=-:center406"
        " | Sự kiện được hỗ trợ=-:aid_event406 | Số tiền hỗ trợ (đ)=-:aid_amount406"
        " | Người nhận thay=-:receiver406 | Ngày chi=date@%d/%m/%Y"
        " | Cán bộ tín dụng=-:staff406 | ĐT thành viên=phone | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_thua_ke_nhan_no_thay_nguoi_vay_da_chet_qtdnd_vn406",
        "TT=row | Họ tên người vay đã chết=-:deceased406 | Ngày chết=date:died406"
        " | Nguyên nhân=-:death_cause406 | Số HĐ tín dụng=-:loan_no406"
        " | Dư nợ còn lại=-:owed406 | Họ tên người thừa kế=full_name"
        " | Quan hệ với người vay=-:relation406 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address | SĐT=phone"
        " | Ý kiến người thừa kế=-:agreed406 | Ngày lập biên bản=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "to_truong_to_tkvv_chi_tra_hoa_hong_xa_vn406",
        "TT=row | Ma to=-:group_code406 | Ten to=-:group406 | Ho ten to truong=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd | Dia chi=address | SDT=phone"
        " | So to vien=-:members406 | Du no cua to (dong)=-:group_owed406"
        " | Ty le thu lai (%)=-:rate406 | Hoa hong duoc huong (dong)=-:commission406"
        " | So tai khoan nhan=-:account406 | Ky chi tra=-:period406",
        encoding="utf-8-sig",
    ),
    _shape(
        "socias_banca_comunal_ifd_bo406",
        "N°=row | Ap. Paterno=family_name:bo_pat406 | Ap. Materno=-:bo_mat406"
        " | Nombres=given_name:bo_given406 | C.I.=national_id:bo_ci406 | Exp.=-:bo_exp406"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_bo406 | Estado Civil=-:bo_civil406"
        " | Dirección Domicilio=address:bo_street406 | Ciudad/Localidad=district:bo_city406"
        " | Departamento=state:bo_dept406 | Celular=phone:phone_bo406"
        " | Banca Comunal=-:bo_bank406 | Ciclo=-:bo_cycle406"
        " | Monto Desembolsado (Bs)=-:bo_amount406 | Garante Solidaria=-:bo_guarantor406"
        " | Fecha Desembolso=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "bannchi_kamchei_ktoban_hirannvatthu_kh406",
        "ល.រ=row | លេខកិច្ចសន្យា=-:kh_loan406 | ឈ្មោះអតិថិជន=full_name:kh_name406"
        " | ភេទ=sex:sex_kh406 | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d-%m-%Y"
        " | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:kh_id406 | ភូមិ=suburb:kh_village406"
        " | ឃុំ/សង្កាត់=suburb:kh_commune406 | ស្រុក/ខណ្ឌ=district:kh_district406"
        " | ខេត្ត/រាជធានី=state:kh_province406 | លេខទូរស័ព្ទ=phone:phone_kh406"
        " | ឈ្មោះអ្នកធានា=-:kh_guarantor406 | ត្រូវជា=-:kh_relation406"
        " | ចំនួនទឹកប្រាក់កម្ចី=-:kh_amount406 | រូបិយប័ណ្ណ=-:kh_currency406"
        " | គោលបំណងកម្ចី=-:kh_purpose406 | ថ្ងៃបញ្ចេញប្រាក់=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "orodha_ya_wanachama_vicoba_tz406",
        "Na.=row | Jina la Kwanza=given_name:tz_first406 | Jina la Kati=-:tz_middle406"
        " | Jina la Ukoo=family_name:tz_last406 | Tarehe ya Kuzaliwa=birth_date@%d/%m/%Y"
        " | Jinsia=sex:sex_tz406 | Namba ya NIDA=national_id:nida406"
        " | Namba ya Simu=phone:phone_tz406 | Mtaa/Kijiji=suburb:tz_mtaa406"
        " | Wilaya=district:tz_wilaya406 | Mkoa=state:tz_mkoa406"
        " | Jina la Kikundi=-:tz_group406 | Idadi ya Hisa=-:tz_shares406"
        " | Kiasi cha Mkopo (TSh)=-:tz_loan406 | Mdhamini=-:tz_guarantor406"
        " | Tarehe ya Kujiunga=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "zoznam_rucitelov_mikrouvery_sk406",
        "Por. č.=row | Titul=-:sk_title406 | Meno ručiteľa=given_name:sk_given406"
        " | Priezvisko ručiteľa=family_name:sk_family406 | Rodné číslo=national_id:rc406"
        " | Dátum narodenia=birth_date@%d.%m.%Y | Ulica a číslo=street:sk_street406"
        " | Obec=district:sk_town406 | PSČ=postcode:sk_psc406 | Telefón=phone:phone_sk406"
        " | E-mail=email | Dlžník=-:sk_debtor406 | Vzťah k dlžníkovi=-:sk_relation406"
        " | Číslo zmluvy o mikroúvere=-:sk_contract406 | Výška úveru (EUR)=-:sk_amount406"
        " | Dátum podpisu ručiteľského vyhlásenia=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "varkarruneri_cucak_uvk_am406",
        "Հ/Հ=row | Ազգանուն=family_name:am_family406 | Անուն=given_name:am_given406"
        " | Հայրանուն=-:am_father406 | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y"
        " | Սեռ=sex:sex_am406 | ՀԾՀ=national_id:am_psn406 | Անձնագիր=-:am_passport406"
        " | Հաշվառման հասցե=address:am_addr406 | Հեռախոս=phone:phone_am406"
        " | Վարկային պայմանագիր=-:am_contract406 | Վարկի գումար (ՀՀ դրամ)=-:am_amount406"
        " | Վարկի տեսակ=-:am_purpose406 | Երաշխավոր=-:am_guarantor406"
        " | Տրամադրման ամսաթիվ=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bo_ci406", "kh_id406", "nida406", "rc406", "am_psn406")
SEX_HOLDS: tuple[str, ...] = ("sex_bo406", "sex_kh406", "sex_tz406", "sex_am406")
NAME_HOLDS = frozenset(
    {"bo_given406", "bo_pat406", "kh_name406", "tz_first406", "tz_last406"}
    | {"sk_given406", "sk_family406", "am_given406", "am_family406"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_bo406",
    "phone_kh406",
    "phone_tz406",
    "phone_sk406",
    "phone_am406",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bo_street406", "am_addr406")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND406",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND406",
]
