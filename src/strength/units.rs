//! Text as the model sees it: UTF-16 code units, lower-cased as JavaScript's `toLowerCase` does.

/// `text` as UTF-16 code units.
pub fn utf16(text: &str) -> Vec<u16> {
    text.encode_utf16().collect()
}

/// Lower-cases UTF-16 units with the Unicode default case mapping (as `String.prototype.
/// toLowerCase`), including the context-dependent final sigma. A lone surrogate (only a
/// reversed password has them) is kept as it is, as JavaScript does.
pub fn to_lower(units: &[u16]) -> Vec<u16> {
    if units.iter().all(|&u| u < 0x80) {
        return units.iter().map(|&u| if (0x41..=0x5a).contains(&u) { u + 0x20 } else { u }).collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut run = String::new();
    for decoded in char::decode_utf16(units.iter().copied()) {
        match decoded {
            Ok(c) => run.push(c),
            Err(lone) => {
                out.extend(crate::case::to_lowercase(&run).encode_utf16());
                run.clear();
                out.push(lone.unpaired_surrogate());
            }
        }
    }
    out.extend(crate::case::to_lowercase(&run).encode_utf16());
    out
}

/// Whether `unit` is an ASCII digit (JavaScript's `\d`).
pub const fn is_digit(unit: u16) -> bool {
    matches!(unit, 0x30..=0x39)
}

/// Whether `unit` is `A`–`Z`.
pub const fn is_upper(unit: u16) -> bool {
    matches!(unit, 0x41..=0x5a)
}

/// Whether `unit` is `a`–`z`.
pub const fn is_lower(unit: u16) -> bool {
    matches!(unit, 0x61..=0x7a)
}

/// The model's `^[A-Z][^A-Z]+$`: a capital, then at least one unit and no other capital.
pub fn starts_upper(token: &[u16]) -> bool {
    matches!(token, [first, rest @ ..] if is_upper(*first) && !rest.is_empty() && !rest.iter().any(|&u| is_upper(u)))
}

/// The model's `^[^A-Z]+[A-Z]$`: at least one unit and no capital, then a capital.
pub fn ends_upper(token: &[u16]) -> bool {
    matches!(token, [rest @ .., last] if is_upper(*last) && !rest.is_empty() && !rest.iter().any(|&u| is_upper(u)))
}

/// The model's `^[^a-z]+$`: at least one unit and no lower-case ASCII letter.
pub fn all_upper(token: &[u16]) -> bool {
    !token.is_empty() && !token.iter().any(|&u| is_lower(u))
}

/// JavaScript's `\s`: white space and line terminators.
pub const fn is_space(unit: u16) -> bool {
    matches!(
        unit,
        0x09..=0x0d | 0x20 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000 | 0xfeff
    )
}

/// JavaScript's `.` without the `s` flag matches every unit but a line terminator.
pub const fn is_line_terminator(unit: u16) -> bool {
    matches!(unit, 0x0a | 0x0d | 0x2028 | 0x2029)
}

/// The decimal value of ASCII digits (at most 4 here, so no overflow).
pub fn parse_digits(units: &[u16]) -> u32 {
    units.iter().fold(0, |n, &u| n * 10 + u32::from(u.saturating_sub(0x30)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lower(text: &str) -> String {
        String::from_utf16_lossy(&to_lower(&utf16(text)))
    }

    #[test]
    fn lower_casing_follows_javascript() {
        assert_eq!(lower("PassWORD1!"), "password1!");
        assert_eq!(lower("ÄÖÜ ΣΑΣ"), "äöü σας");
        // U+0130 lower-cases to two units, as in JavaScript.
        assert_eq!(to_lower(&utf16("İ")).len(), 2);
        let reversed_pair = [0xde00, 0xd83d, u16::from(b'A')];
        assert_eq!(to_lower(&reversed_pair), [0xde00, 0xd83d, u16::from(b'a')]);
    }

    #[test]
    fn classes_are_javascripts() {
        assert!(is_space(0x3000) && is_space(u16::from(b'\t')) && !is_space(u16::from(b'_')));
        assert!(is_line_terminator(0x2028) && !is_line_terminator(u16::from(b' ')));
        assert_eq!(parse_digits(&utf16("0719")), 719);
    }
}
