"""Words and number formats of the dashboard: Vietnamese first, English on request.

Numbers follow each language's convention (``12.345,6`` in Vietnamese, ``12,345.6`` in
English), dates ``dd/mm/yyyy`` in Vietnamese. A figure without data is "chưa có dữ liệu" /
"no data", never a zero: missing is not zero.
"""

from __future__ import annotations

from datetime import datetime

LANGS = ("vi", "en")

WORDS: dict[str, dict[str, str]] = {
    "title": {"vi": "Liên thông dữ liệu TP. Hồ Chí Minh", "en": "Ho Chi Minh City data exchange"},
    "tagline": {
        "vi": "Kết nối cơ sở dữ liệu các sở, ngành: đo đếm thật, nhìn thấy và đánh giá được.",
        "en": "Connecting the city's sector databases: measured for real, visible, assessable.",
    },
    "home": {"vi": "Trang chủ", "en": "Home"},
    "dashboard": {"vi": "Bảng điều hành", "en": "Dashboard"},
    "sharing": {"vi": "Ai chia sẻ với ai", "en": "Who shares with whom"},
    "api_docs": {"vi": "Tài liệu API", "en": "API documentation"},
    "citizen_portal": {"vi": "Dữ liệu của tôi (đăng nhập e-ID)", "en": "My data (e-ID login)"},
    "procedures_hint": {
        "vi": "Làm thủ tục bằng định danh điện tử: thông tin đã có được điền sẵn.",
        "en": "Do a procedure with your e-ID: what the state holds is filled in for you.",
    },
    "login": {"vi": "Đăng nhập", "en": "Log in"},
    "logout": {"vi": "Đăng xuất", "en": "Log out"},
    "user": {"vi": "Tài khoản", "en": "Account"},
    "password": {"vi": "Mật khẩu", "en": "Password"},
    "bad_login": {
        "vi": "Tài khoản hoặc mật khẩu không đúng.",
        "en": "Wrong account or password.",
    },
    "no_data": {"vi": "chưa có dữ liệu", "en": "no data"},
    "period": {"vi": "Giai đoạn", "en": "Period"},
    "exchange": {"vi": "Khai thác dữ liệu qua cổng", "en": "Data exchange through the gateway"},
    "calls_allowed": {"vi": "Lượt gọi được phép", "en": "Calls allowed"},
    "calls_refused": {"vi": "Lượt gọi bị từ chối", "en": "Calls refused"},
    "calls_failed": {"vi": "Lượt gọi lỗi", "en": "Calls failed"},
    "deliveries": {"vi": "Lượt đồng bộ đã chuyển", "en": "Sync deliveries"},
    "deliveries_refused": {"vi": "Lượt đồng bộ bị từ chối", "en": "Sync deliveries refused"},
    "refusal_reasons": {"vi": "Lý do từ chối", "en": "Refusal reasons"},
    "per_day": {"vi": "Lượt khai thác theo ngày", "en": "Released calls per day"},
    "quality": {"vi": "Chất lượng dữ liệu theo cơ quan", "en": "Data quality per agency"},
    "agency": {"vi": "Cơ quan", "en": "Agency"},
    "overall": {"vi": "Tổng", "en": "Overall"},
    "as_of": {"vi": "Lần đo", "en": "Measured"},
    "sync": {"vi": "Đồng bộ: độ trễ theo đăng ký", "en": "Sync: lag per subscription"},
    "subscription": {"vi": "Đăng ký", "en": "Subscription"},
    "lag_changes": {"vi": "Thay đổi chưa chuyển", "en": "Changes behind"},
    "lag_seconds": {"vi": "Độ trễ (giây)", "en": "Lag (s)"},
    "state": {"vi": "Trạng thái", "en": "State"},
    "paused": {"vi": "TẠM DỪNG", "en": "PAUSED"},
    "active": {"vi": "đang chạy", "en": "running"},
    "bottlenecks": {"vi": "Điểm nghẽn", "en": "Bottlenecks"},
    "no_bottleneck": {"vi": "Không phát hiện điểm nghẽn.", "en": "No bottleneck found."},
    "client_agency": {"vi": "Cơ quan khai thác", "en": "Using agency"},
    "provider_agency": {"vi": "Cơ quan cung cấp", "en": "Providing agency"},
    "matrix_note": {
        "vi": "Số lượt dữ liệu được chuyển (gọi dịch vụ và đồng bộ) từ cơ quan cung cấp (cột)"
        " đến cơ quan khai thác (hàng).",
        "en": "Releases (service calls and sync deliveries) from the providing agency (column)"
        " to the using agency (row).",
    },
    "forbidden": {"vi": "Bạn không có quyền xem trang này.", "en": "You may not see this page."},
    "lang_other": {"vi": "English", "en": "Tiếng Việt"},
    "not_found": {"vi": "Không tìm thấy trang này.", "en": "This page does not exist."},
    "datasets_quality": {"vi": "Chất lượng theo tập dữ liệu", "en": "Quality per dataset"},
    "dataset": {"vi": "Tập dữ liệu", "en": "Dataset"},
    "services_offered": {"vi": "Dịch vụ dữ liệu cung cấp", "en": "Data services offered"},
    "service": {"vi": "Dịch vụ", "en": "Service"},
    "uses": {"vi": "Khai thác dữ liệu của", "en": "Uses data of"},
    "used_by": {"vi": "Được khai thác bởi", "en": "Used by"},
    "releases": {"vi": "Lượt", "en": "Releases"},
    "agencies": {"vi": "Các cơ quan", "en": "Agencies"},
    "my_data": {"vi": "Dữ liệu của tôi", "en": "My data"},
    "eid_login": {"vi": "Đăng nhập bằng định danh điện tử", "en": "Log in with e-ID"},
    "eid_level": {"vi": "Mức định danh", "en": "e-ID level"},
    "access_log": {"vi": "Ai đã truy cập dữ liệu của tôi", "en": "Who accessed my data"},
    "time": {"vi": "Thời gian", "en": "Time"},
    "purpose": {"vi": "Mục đích", "en": "Purpose"},
    "fields": {"vi": "Trường dữ liệu", "en": "Fields"},
    "result": {"vi": "Kết quả", "en": "Result"},
    "allowed": {"vi": "được phép", "en": "allowed"},
    "denied": {"vi": "bị từ chối", "en": "refused"},
    "error": {"vi": "lỗi", "en": "failed"},
    "my_consents": {"vi": "Các đồng ý của tôi", "en": "My consents"},
    "consumer": {"vi": "Bên nhận", "en": "Recipient"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "valid_until": {"vi": "Hiệu lực đến", "en": "Valid until"},
    "action_pause": {"vi": "Tạm dừng", "en": "Pause"},
    "action_resume": {"vi": "Tiếp tục", "en": "Resume"},
    "action_revoke": {"vi": "Thu hồi", "en": "Revoke"},
    "action_approve": {"vi": "Đồng ý", "en": "Approve"},
    "action_reject": {"vi": "Từ chối", "en": "Reject"},
    "consent_changed": {"vi": "Đã cập nhật đồng ý.", "en": "Consent updated."},
    "procedures": {"vi": "Thủ tục hành chính", "en": "Administrative procedures"},
    "deciding_agency": {"vi": "Cơ quan giải quyết", "en": "Deciding agency"},
    "time_limit": {"vi": "Thời hạn (ngày)", "en": "Time limit (days)"},
    "legal_basis": {"vi": "Căn cứ pháp lý", "en": "Legal basis"},
    "will_fetch": {
        "vi": "Để điền sẵn biểu mẫu, hệ thống sẽ lấy các thông tin sau, chỉ cho thủ tục này:",
        "en": "To fill the form, the platform will fetch, for this procedure only:",
    },
    "from_agency": {"vi": "từ", "en": "from"},
    "approve_fetch": {"vi": "Đồng ý lấy dữ liệu", "en": "Approve and fetch"},
    "papers_avoided": {"vi": "Giấy tờ không phải nộp", "en": "Papers you no longer bring"},
    "level_too_low": {
        "vi": "Thủ tục này cần tài khoản định danh điện tử mức 2.",
        "en": "This procedure needs an e-ID account of level 2.",
    },
    "source": {"vi": "Nguồn", "en": "Source"},
    "prefilled_from": {"vi": "Lấy từ", "en": "From"},
    "derived_from": {"vi": "Suy ra từ", "en": "Derived from"},
    "by_hand": {"vi": "Vui lòng nhập", "en": "Please fill in"},
    "wrong": {"vi": "Thông tin này sai", "en": "This is wrong"},
    "submit": {"vi": "Nộp hồ sơ", "en": "Submit the dossier"},
    "my_dossiers": {"vi": "Hồ sơ của tôi", "en": "My dossiers"},
    "dossier": {"vi": "Hồ sơ", "en": "Dossier"},
    "dossier_status_draft": {"vi": "bản nháp", "en": "draft"},
    "dossier_status_submitted": {"vi": "đã nộp, chờ giải quyết", "en": "submitted"},
    "dossier_status_approved": {"vi": "đã duyệt", "en": "approved"},
    "dossier_status_refused": {"vi": "bị từ chối", "en": "refused"},
    "queue": {"vi": "Hồ sơ chờ giải quyết", "en": "Dossiers awaiting a decision"},
    "approve": {"vi": "Duyệt", "en": "Approve"},
    "refuse": {"vi": "Từ chối", "en": "Refuse"},
    "reason": {"vi": "Lý do", "en": "Reason"},
    "reused_data": {"vi": "Dùng lại dữ liệu", "en": "Reused data"},
    "eligibility": {"vi": "Điều kiện", "en": "Eligibility"},
    "corrections": {
        "vi": "Yêu cầu đính chính dữ liệu (công dân báo sai)",
        "en": "Correction requests (values citizens flagged as wrong)",
    },
    "field": {"vi": "Trường", "en": "Field"},
    "value_held": {"vi": "Giá trị đang lưu", "en": "Value held"},
    "citizen_note": {"vi": "Ghi chú của công dân", "en": "Citizen's note"},
    "close_as": {"vi": "Đóng yêu cầu", "en": "Close as"},
    "corrected": {"vi": "Đã sửa trong sổ", "en": "Corrected in the register"},
    "confirmed": {"vi": "Giá trị đúng", "en": "Value is right"},
    "wrong_note": {
        "vi": "Nếu có thông tin sai, ghi rõ giá trị đúng (gửi tới cơ quan lưu giữ)",
        "en": "If a value is wrong, say what is right (sent to the agency holding it)",
    },
    "rule_met": {"vi": "đạt", "en": "met"},
    "rule_unmet": {"vi": "không đạt", "en": "not met"},
    "rule_unknown": {
        "vi": "chưa kiểm tra được (thiếu dữ liệu)",
        "en": "not checked (data missing)",
    },
    "calls": {"vi": "Giám sát từng lượt gọi", "en": "Call monitoring"},
    "filter": {"vi": "Lọc", "en": "Filter"},
    "rows": {"vi": "Số bản ghi", "en": "Rows"},
    "bad_month": {"vi": "Tháng phải có dạng NNNN-TT.", "en": "A month is written YYYY-MM."},
    "report": {"vi": "Báo cáo tháng", "en": "Monthly report"},
}


def words_in(table: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    """A page's word table in one language (what templates read as ``t`` or ``w``)."""
    return {key: text[lang] for key, text in table.items()}


#: Bottleneck sentences (``{…}`` filled from the figures).
BOTTLENECKS: dict[str, dict[str, str]] = {
    "paused": {
        "vi": "Đăng ký đồng bộ {name} đang tạm dừng: {error}",
        "en": "Sync subscription {name} is paused: {error}",
    },
    "lagging": {
        "vi": "Đăng ký đồng bộ {name} chậm {count} thay đổi ({seconds} giây).",
        "en": "Sync subscription {name} is {count} changes ({seconds} s) behind.",
    },
    "refusals": {
        "vi": "Dịch vụ {service} bị từ chối {refused} trên {total} lượt gọi.",
        "en": "Service {service} refused {refused} of {total} calls.",
    },
    "worse": {
        "vi": "Chất lượng của {agency} giảm {delta} điểm ({criterion}).",
        "en": "{agency}'s quality fell by {delta} points ({criterion}).",
    },
    "takes_only": {
        "vi": "{agency} khai thác dữ liệu của cơ quan khác nhưng chưa chia sẻ dữ liệu nào.",
        "en": "{agency} uses others' data but shares none.",
    },
}


def lang_of(value: str | None) -> str:
    return value if value in LANGS else "vi"


def number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """``value`` in the language's format; "chưa có dữ liệu" for ``None``."""
    if value is None:
        return WORDS["no_data"][lang]
    text = f"{value:,.{digits}f}"
    if lang == "vi":  # 12,345.6 -> 12.345,6
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def when(value: datetime | None, lang: str) -> str:
    if value is None:
        return WORDS["no_data"][lang]
    return value.strftime("%d/%m/%Y %H:%M" if lang == "vi" else "%Y-%m-%d %H:%M") + " UTC"
