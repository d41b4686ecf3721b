"""Vietnamese name data: family names with their real shares, middle and given names by sex.

Family-name shares are the published ones (Wikipedia "Vietnamese name", see FACTS.md): fourteen
names cover ~90%. Huỳnh/Hoàng and Vũ/Võ are one name each in the statistics (a southern and a
northern spelling); we split their share, southern-leaning because this is Hồ Chí Minh City.
The remaining ~10% is spread over other real surnames. All strings are NFC.
"""

from __future__ import annotations

# fmt: off
# (family name, share in percent)
FAMILY_NAME_SHARES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 38.4), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.1), ("Huỳnh", 3.1), ("Hoàng", 2.0),
    ("Phan", 4.5), ("Võ", 2.4), ("Vũ", 1.5), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5),
)

#: Other real surnames sharing the remaining percentage evenly.
OTHER_FAMILY_NAMES: tuple[str, ...] = (
    "Đinh", "Trương", "Mai", "Lâm", "Đoàn", "Cao", "Châu", "Tô", "Tạ", "Lưu", "Thái", "Hà",
    "Lương", "Quách", "La", "Triệu", "Kiều", "Văn", "Đào", "Trịnh", "Tăng", "Vương", "Mạc",
    "Phùng", "Từ", "Lạc", "Khổng", "Thân", "Hứa", "Diệp", "Âu", "Giang", "Nghiêm", "Tiêu", "Chu",
    "Lục", "Tôn", "Viên", "Ông", "Lò", "Doãn", "Khúc", "Kim", "Quan", "Thạch", "Lữ",
)

# (middle name, weight): the commonest middle names by sex.
MIDDLE_NAMES_MALE: tuple[tuple[str, float], ...] = (
    ("Văn", 30.0), ("Minh", 12.0), ("Hữu", 8.0), ("Đức", 8.0), ("Quốc", 7.0), ("Thanh", 6.0),
    ("Hoàng", 5.0), ("Ngọc", 3.0), ("Công", 4.0), ("Gia", 4.0), ("Anh", 3.0), ("Tuấn", 2.0),
    ("Thành", 2.0), ("Trung", 2.0), ("Xuân", 2.0), ("Đình", 3.0), ("Tấn", 3.0), ("Trọng", 2.0),
    ("Nhật", 2.0), ("Bảo", 2.0), ("Phước", 1.5), ("Thế", 1.5), ("Kim", 0.5), ("Chí", 1.0),
)
MIDDLE_NAMES_FEMALE: tuple[tuple[str, float], ...] = (
    ("Thị", 38.0), ("Ngọc", 12.0), ("Thanh", 7.0), ("Thu", 5.0), ("Kim", 5.0), ("Minh", 4.0),
    ("Hoàng", 3.0), ("Mỹ", 4.0), ("Bảo", 3.0), ("Phương", 3.0), ("Thúy", 2.0), ("Quỳnh", 2.0),
    ("Khánh", 2.0), ("Hồng", 3.0), ("Bích", 2.0), ("Hải", 1.0), ("Gia", 2.0), ("Tường", 1.0),
    ("Diệu", 1.0), ("Xuân", 2.0), ("Như", 2.0), ("Yến", 1.0),
)

GIVEN_NAMES_MALE: tuple[str, ...] = (
    "An", "Anh", "Bảo", "Bình", "Cường", "Công", "Danh", "Dũng", "Duy", "Dương", "Đại", "Đạt",
    "Đăng", "Điền", "Định", "Đông", "Đức", "Giang", "Hải", "Hào", "Hậu", "Hiền", "Hiển", "Hiếu",
    "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khang", "Khanh", "Khải", "Khánh", "Khoa", "Khôi",
    "Kiên", "Lâm", "Linh", "Lộc", "Long", "Luân", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Nguyên",
    "Nhân", "Nhật", "Phát", "Phong", "Phú", "Phúc", "Phước", "Quang", "Quân", "Quốc", "Quý",
    "Sang", "Sơn", "Tài", "Tâm", "Tân", "Thái", "Thanh", "Thành", "Thắng", "Thiện", "Thịnh",
    "Thông", "Tiến", "Toàn", "Trí", "Trọng", "Trung", "Trường", "Tú", "Tuấn", "Tùng", "Việt",
    "Vinh", "Vũ", "Vương", "Vỹ", "Hoàn", "Kha", "Lợi", "Luật", "Mẫn", "Nhựt", "Pháp", "Quyết",
    "Sĩ", "Tấn", "Thạch", "Thuận", "Tín", "Trực", "Tuyên", "Vĩnh", "Xuân", "Bằng", "Châu", "Chiến",
    "Chính", "Cương", "Doanh", "Du", "Hạnh", "Hiệp", "Học", "Hợp", "Kiệt", "Lành", "Lập", "Lượng",
    "Nhơn", "Ninh", "Phụng", "Sáng", "Sinh", "Tạo", "Thảo", "Thế", "Thiên", "Thuần", "Tình",
    "Toản", "Triết", "Tường", "Ân", "Bách", "Bắc", "Cảnh", "Duẩn", "Hiên", "Hưởng", "Kỳ", "Lãm",
    "Lĩnh", "Mạnh Hùng", "Nhẫn", "Phi", "Quảng", "Sỹ", "Tuệ", "Ước", "Vĩ", "Vĩnh Khang", "Khiêm",
    "Hoài", "Lưu", "Lễ",
)
GIVEN_NAMES_FEMALE: tuple[str, ...] = (
    "An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Diễm", "Diệp", "Dung", "Duyên", "Đào", "Giang",
    "Hà", "Hạnh", "Hằng", "Hân", "Hiền", "Hoa", "Hòa", "Hồng", "Huệ", "Hương", "Hường", "Huyền",
    "Khánh", "Khuê", "Kiều", "Lan", "Liên", "Liễu", "Linh", "Loan", "Ly", "Mai", "My", "Mỹ", "Nga",
    "Ngân", "Ngọc", "Nguyệt", "Nhàn", "Nhi", "Nhung", "Như", "Oanh", "Phương", "Phượng", "Quyên",
    "Quỳnh", "Sương", "Tâm", "Thảo", "Thanh", "Thắm", "Thơ", "Thu", "Thùy", "Thủy", "Thư",
    "Thương", "Tiên", "Trâm", "Trang", "Trinh", "Trúc", "Tú", "Tuyết", "Uyên", "Vân", "Vi", "Vy",
    "Xuân", "Yến", "Ái", "Bảo", "Cẩm", "Diệu", "Dạ", "Gấm", "Hậu", "Hiếu", "Hoài", "Huyên", "Kim",
    "Lam", "Lệ", "Lụa", "Mận", "Mến", "Minh", "Mơ", "Na", "Nhã", "Nhạn", "Nhiên", "Nương", "Phúc",
    "Quế", "Sen", "Thi", "Thoa", "Thuận", "Thúy", "Tịnh", "Trà", "Trân", "Tường", "Uyển", "Vàng",
    "Viên", "Xoan", "Yên", "Ý", "Bình", "Cúc", "Đài", "Điệp", "Hảo", "Hiên", "Hoàn", "Kha", "Lành",
    "Lài", "Lựu", "Ngà", "Nhài", "Sa", "Thái", "Thục", "Thường", "Tình", "Trầm", "Tươi", "Vinh",
    "Hạ", "Khôi", "Mẫn", "Thiên Kim", "Bảo Anh", "Gia Hân", "Khánh Linh", "Minh Thư", "Phương Anh",
    "Bảo Ngọc", "Thảo Vy", "Ngọc Hân",
)
# fmt: on
