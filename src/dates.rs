//! Civil dates, for calendars counted from a real year: ISO dates (`2026-08-17`), weekdays and
//! leap years in the proleptic Gregorian calendar that every national holiday list uses. A
//! planner's possible working days are the days of the year on working weekdays, and only the
//! public holidays that fall on one of them are deducted.

/// The weekdays in order, Monday first (ISO 8601), with their English and Indonesian names.
pub const WEEKDAYS: [(&str, &str); 7] = [
    ("Monday", "Senin"),
    ("Tuesday", "Selasa"),
    ("Wednesday", "Rabu"),
    ("Thursday", "Kamis"),
    ("Friday", "Jumat"),
    ("Saturday", "Sabtu"),
    ("Sunday", "Minggu"),
];

/// The years a calendar may be counted for: wide enough for any plan, narrow enough that a
/// typo (`226`, `20226`) is caught.
pub const YEARS: std::ops::RangeInclusive<i64> = 1900..=2200;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

pub fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// An ISO date `YYYY-MM-DD`; the error says what is wrong with it.
    pub fn parse(s: &str) -> Result<Date, String> {
        let t = s.trim();
        let parts: Vec<&str> = t.split('-').collect();
        let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.len() != 3 || !digits(parts[0], 4) || !digits(parts[1], 2) || !digits(parts[2], 2)
        {
            return Err(format!("\"{t}\" is not a date written YYYY-MM-DD"));
        }
        // Four and two ASCII digits always parse.
        let year: i64 = parts[0].parse().unwrap_or_default();
        let month: u32 = parts[1].parse().unwrap_or_default();
        let day: u32 = parts[2].parse().unwrap_or_default();
        if !(1..=12).contains(&month) {
            return Err(format!("\"{t}\" has no month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!(
                "\"{t}\": {} {year} has {} days",
                MONTHS[month as usize - 1],
                days_in_month(year, month)
            ));
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`, exact for every Gregorian date).
    fn days_since_epoch(self) -> i64 {
        let y = if self.month <= 2 {
            self.year - 1
        } else {
            self.year
        };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> usize {
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A weekday named in English or Indonesian, in full or by its first three letters, in any
/// case (`mon`, `Senin`, `jum'at` and `jumat` alike).
pub fn weekday_named(name: &str) -> Option<usize> {
    let n: String = name
        .trim()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if n.len() < 3 {
        return None;
    }
    WEEKDAYS.iter().position(|(en, id)| {
        let (en, id) = (en.to_lowercase(), id.to_lowercase());
        n == en || n == id || (n.len() == 3 && (en.starts_with(&n) || id.starts_with(&n)))
    })
}

/// How many days of `year` fall on the weekdays marked in `working` (Monday first).
pub fn count_weekdays(year: i64, working: &[bool; 7]) -> u32 {
    let first = Date {
        year,
        month: 1,
        day: 1,
    }
    .weekday();
    let days = if is_leap(year) { 366 } else { 365 };
    (0..days)
        .filter(|d| working[(first + *d as usize) % 7])
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn weekdays_of_known_dates() {
        // Python: datetime.date.fromisoformat(s).strftime("%A").
        let cases = [
            ("1970-01-01", 3),
            ("2024-02-29", 3),
            ("2026-01-01", 3),
            ("2026-03-21", 5),
            ("2026-05-31", 6),
            ("2026-08-17", 0),
            ("2026-12-25", 4),
            ("2000-01-01", 5),
            ("1900-03-01", 3),
        ];
        for (s, w) in cases {
            assert_eq!(date(s).weekday(), w, "{s}");
        }
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2024) && is_leap(2000) && !is_leap(2100) && !is_leap(2026));
    }

    #[test]
    fn weekdays_in_a_year() {
        // Python: sum(d.weekday() < 5 for d in every day of the year).
        let mon_fri = [true, true, true, true, true, false, false];
        let mon_sat = [true, true, true, true, true, true, false];
        assert_eq!(count_weekdays(2024, &mon_fri), 262);
        assert_eq!(count_weekdays(2026, &mon_fri), 261);
        assert_eq!(count_weekdays(2000, &mon_fri), 260);
        assert_eq!(count_weekdays(2024, &mon_sat), 314);
        assert_eq!(count_weekdays(2026, &mon_sat), 313);
    }

    #[test]
    fn bad_dates_say_why() {
        assert!(Date::parse("2026-02-29")
            .unwrap_err()
            .contains("February 2026 has 28 days"));
        assert!(Date::parse("2026-13-01")
            .unwrap_err()
            .contains("no month 13"));
        assert!(Date::parse("17-08-2026")
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!(Date::parse("2026-8-17").is_err());
        assert_eq!(date(" 2024-02-29 ").day, 29);
    }

    #[test]
    fn weekday_names_in_both_languages() {
        assert_eq!(weekday_named("mon"), Some(0));
        assert_eq!(weekday_named("Senin"), Some(0));
        assert_eq!(weekday_named("Jum'at"), Some(4));
        assert_eq!(weekday_named("sab"), Some(5));
        assert_eq!(weekday_named("MINGGU"), Some(6));
        assert_eq!(weekday_named("Sunday"), Some(6));
        assert_eq!(weekday_named("mo"), None);
        assert_eq!(weekday_named("funday"), None);
    }
}
