//! Recent years (1900–2019, as the model's expression `19\d\d|200\d|201\d` reads them) and
//! dates: 4–8 digits, or 6–10 characters with one separator used twice, read as day, month
//! and year in the model's splits. A date inside another date is dropped.

use super::{finish, Match, Pattern};
use crate::strength::guesses::year_space;
use crate::strength::units::{is_digit, is_space, parse_digits};

const DATE_MIN_YEAR: u32 = 1000;
const DATE_MAX_YEAR: u32 = 2050;

/// Where the day-month-year splits fall in a digit-only token, by token length.
fn splits(len: usize) -> &'static [(usize, usize)] {
    match len {
        4 => &[(1, 2), (2, 3)],
        5 => &[(1, 3), (2, 3)],
        6 => &[(1, 2), (2, 4), (4, 5)],
        7 => &[(1, 3), (2, 3), (4, 5), (4, 6)],
        8 => &[(2, 4), (4, 6)],
        _ => &[],
    }
}

/// Adds the recent-year matches of `units`, left to right, not overlapping.
pub(super) fn recent_years(units: &[u16], reference: i32, out: &mut Vec<Match>) {
    let n = units.len();
    let mut i = 0;
    while i + 4 <= n {
        let Some(&[a, b, c, d]) = units.get(i..i + 4) else { break };
        let digit = |u: u16| is_digit(u).then(|| u - 0x30);
        let year = matches!(
            (digit(a), digit(b), digit(c), digit(d)),
            (Some(1), Some(9), Some(_), Some(_)) | (Some(2), Some(0), Some(0 | 1), Some(_))
        );
        if year {
            let value = parse_digits(&[a, b, c, d]);
            let raw = year_space(i32::try_from(value).unwrap_or(0), reference);
            out.push(finish(i, i + 3, n, Pattern::Year, raw));
            i += 4;
        } else {
            i += 1;
        }
    }
}

/// A day, month and year.
#[derive(Clone, Copy)]
struct Dmy {
    year: u32,
}

fn separator(unit: u16) -> bool {
    is_space(unit) || matches!(u8::try_from(unit), Ok(b'/' | b'\\' | b'_' | b'.' | b'-'))
}

/// Adds the date matches of `units`, sorted by `(i, j)`.
pub(super) fn dates(units: &[u16], reference: i32, out: &mut Vec<Match>) {
    let n = units.len();
    // (i, j, year, with a separator)
    let mut found: Vec<(usize, usize, u32, bool)> = Vec::new();
    let distance = |year: u32| i64::from(year).abs_diff(i64::from(reference));
    for i in 0..n.saturating_sub(3) {
        for j in i + 3..=i + 7 {
            let Some(token) = units.get(i..=j) else { break };
            if !token.iter().all(|&u| is_digit(u)) {
                continue;
            }
            let mut best: Option<Dmy> = None;
            for &(k, l) in splits(token.len()) {
                let part = |range: std::ops::Range<usize>| parse_digits(token.get(range).unwrap_or_default());
                let candidate = map_ints_to_dmy([part(0..k), part(k..l), part(l..token.len())]);
                if let Some(candidate) = candidate {
                    if best.is_none_or(|b| distance(candidate.year) < distance(b.year)) {
                        best = Some(candidate);
                    }
                }
            }
            if let Some(best) = best {
                found.push((i, j, best.year, false));
            }
        }
    }
    for i in 0..n.saturating_sub(5) {
        for j in i + 5..=i + 9 {
            let Some(token) = units.get(i..=j) else { break };
            if let Some(ints) = with_separator(token) {
                if let Some(dmy) = map_ints_to_dmy(ints) {
                    found.push((i, j, dmy.year, true));
                }
            }
        }
    }
    let start = out.len();
    for (index, &(i, j, year, separated)) in found.iter().enumerate() {
        let inside =
            found.iter().enumerate().any(|(other, &(oi, oj, _, _))| other != index && oi <= i && oj >= j);
        if !inside {
            let raw = year_space(i32::try_from(year).unwrap_or(0), reference)
                * 365.0
                * if separated { 4.0 } else { 1.0 };
            out.push(finish(i, j, n, Pattern::Date, raw));
        }
    }
    super::sort_from(out, start);
}

/// `D{1,4} S D{1,2} S D{1,4}` with the same separator twice: the three numbers.
fn with_separator(token: &[u16]) -> Option<[u32; 3]> {
    let first_end = token.iter().position(|&u| !is_digit(u))?;
    let sep = *token.get(first_end)?;
    if !(1..=4).contains(&first_end) || !separator(sep) {
        return None;
    }
    let rest = token.get(first_end + 1..)?;
    let middle_end = rest.iter().position(|&u| !is_digit(u))?;
    if !(1..=2).contains(&middle_end) || rest.get(middle_end) != Some(&sep) {
        return None;
    }
    let last = rest.get(middle_end + 1..)?;
    if !(1..=4).contains(&last.len()) || !last.iter().all(|&u| is_digit(u)) {
        return None;
    }
    Some([parse_digits(token.get(..first_end)?), parse_digits(rest.get(..middle_end)?), parse_digits(last)])
}

/// The model's reading of three numbers as a date, or none.
fn map_ints_to_dmy(ints: [u32; 3]) -> Option<Dmy> {
    let [a, b, c] = ints;
    if b > 31 || b == 0 {
        return None;
    }
    let mut over_12 = 0;
    let mut over_31 = 0;
    let mut under_1 = 0;
    for int in ints {
        if (99 < int && int < DATE_MIN_YEAR) || int > DATE_MAX_YEAR {
            return None;
        }
        over_31 += usize::from(int > 31);
        over_12 += usize::from(int > 12);
        under_1 += usize::from(int == 0);
    }
    if over_31 >= 2 || over_12 == 3 || under_1 >= 2 {
        return None;
    }
    let year_splits = [(c, [a, b]), (a, [b, c])];
    for (year, rest) in year_splits {
        if (DATE_MIN_YEAR..=DATE_MAX_YEAR).contains(&year) {
            return day_month(rest).map(|_| Dmy { year });
        }
    }
    for (year, rest) in year_splits {
        if day_month(rest).is_some() {
            let year = if year > 99 {
                year
            } else if year > 50 {
                year + 1900
            } else {
                year + 2000
            };
            return Some(Dmy { year });
        }
    }
    None
}

fn day_month([x, y]: [u32; 2]) -> Option<()> {
    let fits = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
    (fits(x, y) || fits(y, x)).then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str) -> Vec<u16> {
        text.encode_utf16().collect()
    }

    #[test]
    fn dates_read_as_the_model_reads_them() {
        assert_eq!(map_ints_to_dmy([1, 1, 1991]).map(|d| d.year), Some(1991));
        assert_eq!(map_ints_to_dmy([11, 15, 4]).map(|d| d.year), Some(2004));
        assert_eq!(map_ints_to_dmy([87, 1, 1]).map(|d| d.year), Some(1987));
        assert!(map_ints_to_dmy([1991, 13, 13]).is_none());
        assert!(map_ints_to_dmy([500, 1, 1]).is_none());
        assert_eq!(with_separator(&units("01/02/1987")), Some([1, 2, 1987]));
        assert_eq!(with_separator(&units("1.2-87")), None);
        let mut out = Vec::new();
        dates(&units("x2015_06_04"), 2026, &mut out);
        assert_eq!(out.iter().map(|m| (m.i, m.j)).collect::<Vec<_>>(), [(1, 10)]);
        let mut years = Vec::new();
        recent_years(&units("1999-2019-2020"), 2026, &mut years);
        assert_eq!(years.iter().map(|m| m.i).collect::<Vec<_>>(), [0, 5]);
    }
}
