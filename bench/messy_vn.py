"""A messy two-silo Vietnamese set in shapes the synthetic city never uses.

    .venv/bin/python bench/messy_vn.py OUT_DIR [--people N] [--seed S]

Silo A (a health register): ``ho_ten, ngay_sinh, ma_dinh_danh, diachi_thuongtru, so_the_bhyt``
with full dd/mm/yyyy dates, CCCD for a third of the people and a BHYT card for some.
Silo B (a ward's old paper list typed in): ``HO TEN, NS, GT, DC, SDT, so cccd`` with
unaccented, NFD or given-name-first names, one-letter typos, year-only or day/month-swapped
dates, pre-2025 addresses (district level, old ward names) and a CCCD for one person in ten.
Truth: ``truth.csv`` maps ``file/row key`` to a person number. The generator is independent of
``lienthong.city`` on purpose: nothing here is shaped by what the linker expects.
"""

from __future__ import annotations

import argparse
import csv
import random
import unicodedata
from pathlib import Path

FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 3), ("Huỳnh", 2),
          ("Phan", 4.5), ("Vũ", 2), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.4),
          ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5), ("Trương", 1),
          ("Đinh", 0.8)]  # fmt: skip
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Gia", "Hoàng", "Ngọc"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh", "Phương", "Bảo", "Mỹ", "Hồng", "Diệu"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khang", "Long", "Minh", "Nam",
           "Phong", "Quân", "Sơn", "Tài", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh",
           "Huy", "Khoa", "Lâm", "Nghĩa", "Phúc", "Tâm", "Thịnh", "Tùng", "Hiếu"]  # fmt: skip
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
           "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thư", "Trang",
           "Trâm", "Uyên", "Vân", "Vy", "Yến", "Hằng", "Loan", "Ly", "Tuyết"]  # fmt: skip
STREETS = ["Lê Lợi", "Nguyễn Trãi", "Cách Mạng Tháng Tám", "Điện Biên Phủ", "Lý Thường Kiệt",
           "Hai Bà Trưng", "Phan Đình Phùng", "Trần Hưng Đạo", "Võ Văn Tần", "Nguyễn Đình Chiểu",
           "Lạc Long Quân", "Âu Cơ", "Hoàng Văn Thụ", "Phan Xích Long", "Bạch Đằng"]  # fmt: skip
DISTRICTS = ["Quận 1", "Quận 3", "Quận 5", "Quận 10", "Quận Bình Thạnh", "Quận Gò Vấp",
             "Quận Tân Bình", "Quận Phú Nhuận", "Quận 8", "Thành phố Thủ Đức"]  # fmt: skip


def _person(rng: random.Random, n: int) -> dict[str, object]:
    male = rng.random() < 0.5
    family = rng.choices([f for f, _ in FAMILY], weights=[w for _, w in FAMILY])[0]
    middle = rng.choice(MIDDLE_M if male else MIDDLE_F)
    given = rng.choice(GIVEN_M if male else GIVEN_F)
    if rng.random() < 0.3:  # a second middle name
        middle += " " + rng.choice(MIDDLE_M if male else MIDDLE_F)
    year = rng.randint(1940, 2010)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    province = rng.randint(1, 96)
    cccd = f"{province:03d}{(0 if year < 2000 else 2) + (0 if male else 1)}{year % 100:02d}"
    cccd += f"{rng.randrange(10**6):06d}"
    ward = f"Phường {rng.randint(1, 15)}"
    address = f"{rng.randint(1, 400)} {rng.choice(STREETS)}, {ward}, {rng.choice(DISTRICTS)}"
    bhyt = f"{rng.choice(['GD', 'HC', 'DN', 'HT'])}4{province:02d}{rng.randrange(10**10):010d}"
    phone = f"09{rng.randrange(10**8):08d}"
    return {"n": n, "male": male, "family": family, "middle": middle, "given": given,
            "year": year, "day": day, "month": month, "cccd": cccd, "address": address,
            "bhyt": bhyt, "phone": phone}  # fmt: skip


def _unaccent(text: str) -> str:
    plain = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in plain if unicodedata.category(c) != "Mn")
    return plain.replace("Đ", "D").replace("đ", "d")


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(len(word))
    kind = rng.random()
    if kind < 0.4 and len(word) > 2:
        return word[:i] + word[i + 1 :]  # a letter dropped
    if kind < 0.7 and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # two letters swapped
    return word[:i] + rng.choice("aeiounhtg") + word[i + 1 :]  # a letter replaced


def _name_b(rng: random.Random, p: dict[str, object]) -> str:
    family, middle, given = str(p["family"]), str(p["middle"]), str(p["given"])
    if rng.random() < 0.12:
        given = _typo(rng, given)
    elif rng.random() < 0.06:
        family = _typo(rng, family)
    words = f"{family} {middle} {given}"
    if rng.random() < 0.08:
        words = f"{middle} {given} {family}"  # given-name-first, as in foreign forms
    roll = rng.random()
    if roll < 0.35:
        words = _unaccent(words)
    elif roll < 0.5:
        words = unicodedata.normalize("NFD", words)
    return words.upper() if rng.random() < 0.3 else words


def _address_b(rng: random.Random, address: str) -> str:
    number, rest = address.split(" ", 1)
    roll = rng.random()
    if roll < 0.3:
        rest = rest.replace("Phường ", "P.").replace("Quận ", "Q.")
    elif roll < 0.5:
        rest = _unaccent(rest)
    if rng.random() < 0.15:
        number = str(int(number) + rng.choice([-2, 2, 10]))
    return f"{number} {rest}, TP.HCM"


def make_messy(out: Path, people: int = 3000, seed: int = 1) -> tuple[Path, Path, Path]:
    """Write ``silo_a.csv``, ``silo_b.csv`` and ``truth.csv`` under ``out``."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    persons = [_person(rng, n) for n in range(people)]
    a_rows, b_rows, truth = [], [], []
    for p in persons:
        key = f"A{p['n']:06d}"
        date = f"{p['day']:02d}/{p['month']:02d}/{p['year']}"
        a_rows.append([key, f"{p['family']} {p['middle']} {p['given']}", date,
                       p["cccd"] if rng.random() < 0.35 else "", p["address"],
                       p["bhyt"] if rng.random() < 0.4 else ""])  # fmt: skip
        truth.append(["silo_a", key, p["n"]])
    for p in rng.sample(persons, int(people * 0.7)):
        key = f"B{p['n']:06d}"
        roll = rng.random()
        if roll < 0.25:
            born = str(p["year"])
        elif roll < 0.28:
            born = f"{p['month']:02d}/{p['day']:02d}/{p['year']}"  # day and month swapped
        elif roll < 0.33:
            born = f"{p['year']}-{p['month']:02d}-{p['day']:02d}"
        else:
            born = f"{p['day']}/{p['month']}/{p['year']}"
        sex = ("Nam" if p["male"] else "Nữ") if rng.random() < 0.8 else ""
        b_rows.append([key, _name_b(rng, p), born, sex, _address_b(rng, str(p["address"])),
                       p["phone"], p["cccd"] if rng.random() < 0.1 else ""])  # fmt: skip
        truth.append(["silo_b", key, p["n"]])
    rng.shuffle(b_rows)
    files = []
    for name, header, rows in (
        ("silo_a", ["stt", "ho_ten", "ngay_sinh", "ma_dinh_danh", "diachi_thuongtru",
                    "so_the_bhyt"], a_rows),
        ("silo_b", ["ma", "HO TEN", "NS", "GT", "DC", "SDT", "so cccd"], b_rows),
    ):  # fmt: skip
        path = out / f"{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        files.append(path)
    truth_path = out / "truth.csv"
    with truth_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["dataset", "record_key", "entity"])
        writer.writerows(truth)
    return files[0], files[1], truth_path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(*make_messy(args.out, args.people, args.seed))
