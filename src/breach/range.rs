//! A strict parser for range responses: lines `SUFFIX:COUNT`.
//!
//! Accepted: CRLF or LF separators, no trailing newline (one is tolerated), upper- or lowercase
//! hex, padding rows (count 0) anywhere. Rejected with a [`RangeError`]: an empty body, a blank
//! line, a line without `:`, a suffix that is not hex or not exactly the mode's length, a count
//! that is not plain decimal digits or does not fit in a `u64`.
//!
//! Cost: one pass over the body, O(length) time and O(1) extra memory for [`lookup`]. Padding
//! rows follow the sorted rows, so the body is scanned, never binary-searched.

use super::hash::{HashMode, RangeQuery};

/// Why a range response body could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RangeError {
    /// The body holds no rows at all (an empty 200 response is an error, not "no matches").
    #[error("range response is empty")]
    Empty,
    /// A line (1-based) is empty, e.g. two newlines in a row or more than one trailing newline.
    #[error("range response line {line} is blank")]
    BlankLine {
        /// 1-based line number.
        line: usize,
    },
    /// A line has no `:` between suffix and count.
    #[error("range response line {line} has no ':' separator")]
    MissingSeparator {
        /// 1-based line number.
        line: usize,
    },
    /// A suffix holds a character that is not a hex digit.
    #[error("range response line {line}: the suffix is not hexadecimal")]
    SuffixNotHex {
        /// 1-based line number.
        line: usize,
    },
    /// A suffix has the wrong number of hex digits for the hash mode (35 SHA-1, 27 NTLM).
    #[error("range response line {line}: suffix has {found} hex digits, expected {expected}")]
    SuffixLength {
        /// 1-based line number.
        line: usize,
        /// The mode's suffix length.
        expected: usize,
        /// The length found.
        found: usize,
    },
    /// A count that is empty, not plain decimal digits, or larger than `u64::MAX`.
    #[error("range response line {line}: the count is not a decimal number that fits in 64 bits")]
    InvalidCount {
        /// 1-based line number.
        line: usize,
    },
}

/// One row of a range response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeRow<'a> {
    /// The hex suffix as it appeared (its case is not normalized).
    pub suffix: &'a str,
    /// How often the hash was seen; 0 for a padding row.
    pub count: u64,
}

/// Iterator over the rows of a response body; yields an error for the first bad line, then ends.
#[derive(Debug, Clone)]
pub struct RangeRows<'a> {
    lines: std::str::SplitInclusive<'a, char>,
    suffix_len: usize,
    line: usize,
    done: bool,
}

/// Iterates over the rows of `body` for `mode`, validating each line.
pub fn rows(body: &str, mode: HashMode) -> RangeRows<'_> {
    // Every line but the last ends with LF or CRLF, so one trailing newline is tolerated and a
    // second one is a blank line. A lone CR is not a separator.
    let empty = matches!(body, "" | "\n" | "\r\n");
    RangeRows { lines: body.split_inclusive('\n'), suffix_len: mode.suffix_len(), line: 0, done: empty }
}

impl<'a> Iterator for RangeRows<'a> {
    type Item = Result<RangeRow<'a>, RangeError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let Some(raw) = self.lines.next() else {
            self.done = true;
            return None;
        };
        self.line += 1;
        let text = match raw.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => raw,
        };
        let row = parse_line(text, self.line, self.suffix_len);
        self.done = row.is_err();
        Some(row)
    }
}

fn parse_line(text: &str, line: usize, suffix_len: usize) -> Result<RangeRow<'_>, RangeError> {
    if text.is_empty() {
        return Err(RangeError::BlankLine { line });
    }
    let (suffix, count) = text.split_once(':').ok_or(RangeError::MissingSeparator { line })?;
    if !suffix.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(RangeError::SuffixNotHex { line });
    }
    if suffix.len() != suffix_len {
        return Err(RangeError::SuffixLength { line, expected: suffix_len, found: suffix.len() });
    }
    Ok(RangeRow { suffix, count: parse_count(count).ok_or(RangeError::InvalidCount { line })? })
}

/// Plain decimal digits only: `u64::from_str` would also accept a leading `+`.
fn parse_count(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    text.bytes().try_fold(0u64, |total, b| {
        let digit = char::from(b).to_digit(10)?;
        total.checked_mul(10)?.checked_add(u64::from(digit))
    })
}

/// Parses every row of `body`; the first bad line fails the whole body.
pub fn parse_range(body: &str, mode: HashMode) -> Result<Vec<RangeRow<'_>>, RangeError> {
    let parsed = rows(body, mode).collect::<Result<Vec<_>, _>>()?;
    if parsed.is_empty() {
        return Err(RangeError::Empty);
    }
    Ok(parsed)
}

/// Validates the whole `body` and returns how often `query`'s suffix was seen: 0 when it is
/// absent or only present as a padding row. If the suffix appears more than once, the largest
/// count wins (a padding row never hides a real one).
///
/// ```
/// use passgate::breach::{lookup, HashMode, RangeQuery};
///
/// let query = RangeQuery::new("password", HashMode::Sha1);
/// let body = "1E4C9B93F3F0682250B6CF8331B7EE68FD7:3\r\n1E4C9B93F3F0682250B6CF8331B7EE68FD8:52256179";
/// assert_eq!(lookup(body, &query), Ok(52256179));
/// ```
pub fn lookup(body: &str, query: &RangeQuery) -> Result<u64, RangeError> {
    let mut found = 0;
    let mut any = false;
    for row in rows(body, query.mode()) {
        let row = row?;
        any = true;
        if row.suffix.eq_ignore_ascii_case(query.suffix()) {
            found = found.max(row.count);
        }
    }
    if any {
        Ok(found)
    } else {
        Err(RangeError::Empty)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;

    use super::*;

    const PW_SUFFIX: &str = "1E4C9B93F3F0682250B6CF8331B7EE68FD8";
    const OTHER: &str = "0018A45C4D1DEF81644B54AB7F969B88D65";

    fn sha1_password() -> RangeQuery {
        RangeQuery::new("password", HashMode::Sha1)
    }

    #[test]
    fn lookup_accepts_every_documented_shape() {
        let cases: &[(&str, String, u64)] = &[
            ("CRLF, no trailing newline", format!("{OTHER}:1\r\n{PW_SUFFIX}:42"), 42),
            ("LF", format!("{OTHER}:1\n{PW_SUFFIX}:42"), 42),
            ("one trailing CRLF", format!("{OTHER}:1\r\n{PW_SUFFIX}:42\r\n"), 42),
            ("one trailing LF", format!("{PW_SUFFIX}:42\n"), 42),
            ("lowercase hex", format!("{}:7", PW_SUFFIX.to_ascii_lowercase()), 7),
            ("absent", format!("{OTHER}:9"), 0),
            ("padding row for our suffix", format!("{OTHER}:9\r\n{PW_SUFFIX}:0"), 0),
            ("padding rows first", format!("{OTHER}:0\r\n{PW_SUFFIX}:5"), 5),
            ("real row beats padding duplicate", format!("{PW_SUFFIX}:5\r\n{PW_SUFFIX}:0"), 5),
            ("u64::MAX", format!("{PW_SUFFIX}:18446744073709551615"), u64::MAX),
            ("leading zeros", format!("{PW_SUFFIX}:0007"), 7),
        ];
        for (name, body, expected) in cases {
            assert_eq!(lookup(body, &sha1_password()), Ok(*expected), "{name}");
        }
    }

    #[test]
    fn lookup_rejects_malformed_bodies() {
        let cases: &[(&str, String, RangeError)] = &[
            ("empty", String::new(), RangeError::Empty),
            ("only a newline", "\n".into(), RangeError::Empty),
            ("only CRLF", "\r\n".into(), RangeError::Empty),
            ("two trailing newlines", format!("{PW_SUFFIX}:1\n\n"), RangeError::BlankLine { line: 2 }),
            (
                "blank line inside",
                format!("{OTHER}:1\r\n\r\n{PW_SUFFIX}:1"),
                RangeError::BlankLine { line: 2 },
            ),
            ("no separator", format!("{OTHER}:1\r\n{PW_SUFFIX}"), RangeError::MissingSeparator { line: 2 }),
            ("not hex", format!("{}G:1", &OTHER[..34]), RangeError::SuffixNotHex { line: 1 }),
            (
                "full hash",
                format!("5BAA6{PW_SUFFIX}:1"),
                RangeError::SuffixLength { line: 1, expected: 35, found: 40 },
            ),
            (
                "short suffix",
                format!("{}:1", &PW_SUFFIX[1..]),
                RangeError::SuffixLength { line: 1, expected: 35, found: 34 },
            ),
            (
                "NTLM-length suffix",
                format!("{}:1", &PW_SUFFIX[..27]),
                RangeError::SuffixLength { line: 1, expected: 35, found: 27 },
            ),
            ("empty count", format!("{PW_SUFFIX}:"), RangeError::InvalidCount { line: 1 }),
            ("plus sign", format!("{PW_SUFFIX}:+1"), RangeError::InvalidCount { line: 1 }),
            ("negative", format!("{PW_SUFFIX}:-1"), RangeError::InvalidCount { line: 1 }),
            ("space", format!("{PW_SUFFIX}: 1"), RangeError::InvalidCount { line: 1 }),
            ("second colon", format!("{PW_SUFFIX}:1:2"), RangeError::InvalidCount { line: 1 }),
            ("overflow", format!("{PW_SUFFIX}:18446744073709551616"), RangeError::InvalidCount { line: 1 }),
            ("trailing lone CR", format!("{PW_SUFFIX}:1\r"), RangeError::InvalidCount { line: 1 }),
            ("newline first", format!("\n{PW_SUFFIX}:1"), RangeError::BlankLine { line: 1 }),
            ("lone CR separator", format!("{OTHER}:1\r{PW_SUFFIX}:1"), RangeError::InvalidCount { line: 1 }),
            (
                "truncated last line",
                format!("{OTHER}:1\r\n{}", &PW_SUFFIX[..20]),
                RangeError::MissingSeparator { line: 2 },
            ),
            (
                "HTML error page",
                "<html><body>502</body></html>".into(),
                RangeError::MissingSeparator { line: 1 },
            ),
        ];
        for (name, body, expected) in cases {
            assert_eq!(lookup(body, &sha1_password()).as_ref(), Err(expected), "{name}");
        }
    }

    #[test]
    fn ntlm_suffixes_are_27_digits() {
        let query = RangeQuery::new("password", HashMode::Ntlm);
        let body = format!("{}:3\r\n{}:9", "0".repeat(27), query.suffix());
        assert_eq!(lookup(&body, &query), Ok(9));
        let sha1_body = format!("{PW_SUFFIX}:1");
        assert_eq!(
            lookup(&sha1_body, &query),
            Err(RangeError::SuffixLength { line: 1, expected: 27, found: 35 })
        );
    }

    #[test]
    fn parse_range_returns_rows_in_order() {
        let body = format!("{OTHER}:1\r\n{PW_SUFFIX}:0");
        let rows = parse_range(&body, HashMode::Sha1).unwrap();
        assert_eq!(rows, [RangeRow { suffix: OTHER, count: 1 }, RangeRow { suffix: PW_SUFFIX, count: 0 }]);
        assert_eq!(parse_range("", HashMode::Sha1), Err(RangeError::Empty));
    }

    #[test]
    fn the_iterator_stops_after_the_first_error() {
        let body = format!("x\r\n{PW_SUFFIX}:1");
        let items: Vec<_> = rows(&body, HashMode::Sha1).collect();
        assert_eq!(items, [Err(RangeError::MissingSeparator { line: 1 })]);
    }

    fn hex_suffix(len: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(b"0123456789ABCDEF".to_vec()), len)
            .prop_map(|bytes| bytes.into_iter().map(char::from).collect())
    }

    /// A well-formed body: sorted real rows, then padding rows, with the generator's choice of
    /// separator, case and trailing newline. Returns the body and the real rows.
    fn valid_body(mode: HashMode) -> impl Strategy<Value = (String, BTreeMap<String, u64>)> {
        let len = mode.suffix_len();
        (
            proptest::collection::btree_map(hex_suffix(len), 1..=u64::MAX, 1..40),
            proptest::collection::vec(hex_suffix(len), 0..20),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(|(real, padding, crlf, lowercase, trailing)| {
                let mut lines: Vec<String> = real.iter().map(|(s, c)| format!("{s}:{c}")).collect();
                lines.extend(padding.iter().map(|s| format!("{s}:0")));
                let separator = if crlf { "\r\n" } else { "\n" };
                let mut body = lines.join(separator);
                if lowercase {
                    body = body.to_ascii_lowercase();
                }
                if trailing {
                    body.push_str(separator);
                }
                (body, real)
            })
    }

    /// A well-formed body with padding rows mixed in anywhere, each line with its own
    /// separator (CRLF or LF) and its own per-character case. Returns the body, its lines
    /// (without separators) and the largest count per suffix (uppercase).
    fn shuffled_body(mode: HashMode) -> impl Strategy<Value = (String, Vec<String>, BTreeMap<String, u64>)> {
        let len = mode.suffix_len();
        let row = (hex_suffix(len), prop_oneof![Just(0u64), 1..=u64::MAX], any::<bool>(), any::<u64>());
        (proptest::collection::vec(row, 1..40).prop_shuffle(), any::<bool>()).prop_map(|(rows, trailing)| {
            let mut largest = BTreeMap::new();
            let mut body = String::new();
            let mut lines = Vec::new();
            for (i, (suffix, count, crlf, case_bits)) in rows.iter().enumerate() {
                let entry = largest.entry(suffix.clone()).or_insert(0);
                *entry = (*entry).max(*count);
                let cased: String = suffix
                    .chars()
                    .enumerate()
                    .map(|(k, c)| if case_bits >> (k % 64) & 1 == 1 { c.to_ascii_lowercase() } else { c })
                    .collect();
                let line = format!("{cased}:{count}");
                body.push_str(&line);
                lines.push(line);
                if i + 1 < rows.len() || trailing {
                    body.push_str(if *crlf { "\r\n" } else { "\n" });
                }
            }
            (body, lines, largest)
        })
    }

    /// Ways to break one line of a valid body; each must make the whole body invalid.
    #[derive(Debug, Clone, Copy)]
    enum Mutation {
        DropColon,
        NonHexInSuffix(usize, char),
        LongerSuffix,
        ShorterSuffix,
        EmptyCount,
        NonDigitInCount(char),
        Overflow,
        Blank,
        LoneCr,
        LeadingSpace,
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            Just(Mutation::DropColon),
            (0..27usize, proptest::char::range('G', 'z').prop_filter("not hex", |c| !c.is_ascii_hexdigit()))
                .prop_map(|(at, c)| Mutation::NonHexInSuffix(at, c)),
            Just(Mutation::LongerSuffix),
            Just(Mutation::ShorterSuffix),
            Just(Mutation::EmptyCount),
            proptest::sample::select(vec!['+', '-', ' ', 'x', '.', ':', '\t', 'é'])
                .prop_map(Mutation::NonDigitInCount),
            Just(Mutation::Overflow),
            Just(Mutation::Blank),
            Just(Mutation::LoneCr),
            Just(Mutation::LeadingSpace),
        ]
    }

    fn mutate(line: &str, mutation: Mutation) -> String {
        let (suffix, count) = line.split_once(':').unwrap();
        match mutation {
            Mutation::DropColon => format!("{suffix}{count}"),
            Mutation::NonHexInSuffix(at, c) => {
                let mut chars: Vec<char> = suffix.chars().collect();
                chars[at % suffix.len()] = c;
                format!("{}:{count}", chars.into_iter().collect::<String>())
            }
            Mutation::LongerSuffix => format!("{suffix}A:{count}"),
            Mutation::ShorterSuffix => format!("{}:{count}", &suffix[1..]),
            Mutation::EmptyCount => format!("{suffix}:"),
            Mutation::NonDigitInCount(c) => format!("{suffix}:{count}{c}"),
            Mutation::Overflow => format!("{suffix}:18446744073709551616"),
            Mutation::Blank => String::new(),
            Mutation::LoneCr => format!("{suffix}:{count}\r{suffix}:{count}"),
            Mutation::LeadingSpace => format!(" {suffix}:{count}"),
        }
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_text(body in any::<String>(), ntlm in any::<bool>()) {
            let mode = if ntlm { HashMode::Ntlm } else { HashMode::Sha1 };
            let _ = lookup(&body, &RangeQuery::new("password", mode));
            let _ = parse_range(&body, mode);
        }

        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let body = String::from_utf8_lossy(&bytes);
            let _ = lookup(&body, &RangeQuery::new("password", HashMode::Sha1));
        }

        #[test]
        fn never_panics_on_near_valid_lines(
            lines in proptest::collection::vec("[0-9A-Fa-f:\r\n+-]{0,40}", 0..8),
        ) {
            let body = lines.join("\r\n");
            let _ = lookup(&body, &RangeQuery::new("password", HashMode::Sha1));
        }

        #[test]
        fn finds_every_row_of_a_valid_sha1_body((body, real) in valid_body(HashMode::Sha1)) {
            let rows = parse_range(&body, HashMode::Sha1).unwrap();
            prop_assert!(rows.len() >= real.len());
            for (suffix, count) in &real {
                prop_assert_eq!(lookup(&body, &RangeQuery::with_suffix(HashMode::Sha1, suffix)), Ok(*count));
            }
        }

        #[test]
        fn accepts_every_valid_body_with_padding_anywhere(
            (body, lines, largest) in shuffled_body(HashMode::Sha1),
        ) {
            let rows = parse_range(&body, HashMode::Sha1).unwrap();
            prop_assert_eq!(rows.len(), lines.len());
            for (suffix, count) in &largest {
                prop_assert_eq!(lookup(&body, &RangeQuery::with_suffix(HashMode::Sha1, suffix)), Ok(*count));
            }
        }

        #[test]
        fn accepts_every_valid_ntlm_body_with_padding_anywhere(
            (body, lines, largest) in shuffled_body(HashMode::Ntlm),
        ) {
            prop_assert_eq!(parse_range(&body, HashMode::Ntlm).map(|rows| rows.len()), Ok(lines.len()));
            for (suffix, count) in &largest {
                prop_assert_eq!(lookup(&body, &RangeQuery::with_suffix(HashMode::Ntlm, suffix)), Ok(*count));
            }
        }

        #[test]
        fn rejects_a_body_with_one_mutated_line(
            (_, lines, largest) in shuffled_body(HashMode::Sha1),
            at in any::<proptest::sample::Index>(),
            mutation in mutation(),
            crlf in any::<bool>(),
        ) {
            let at = at.index(lines.len());
            let mut lines = lines;
            lines[at] = mutate(&lines[at], mutation);
            let body = lines.join(if crlf { "\r\n" } else { "\n" });
            let line = at + 1;
            let blank = matches!(mutation, Mutation::Blank);
            if blank && line == lines.len() && lines.len() > 1 {
                // A blank last line is the one tolerated trailing newline.
                prop_assert!(parse_range(&body, HashMode::Sha1).is_ok());
                return Ok(());
            }
            let error = parse_range(&body, HashMode::Sha1).unwrap_err();
            let on_line = matches!(
                error,
                RangeError::BlankLine { line: l }
                | RangeError::MissingSeparator { line: l }
                | RangeError::SuffixNotHex { line: l }
                | RangeError::SuffixLength { line: l, .. }
                | RangeError::InvalidCount { line: l } if l == line
            );
            let only_line_blank = blank && lines.len() == 1 && error == RangeError::Empty;
            prop_assert!(on_line || only_line_blank, "{:?} on line {} gave {:?}", mutation, line, error);
            let (suffix, _) = largest.iter().next().unwrap();
            let query = RangeQuery::with_suffix(HashMode::Sha1, suffix);
            prop_assert_eq!(lookup(&body, &query).is_err(), parse_range(&body, HashMode::Sha1).is_err());
        }

        #[test]
        fn finds_every_row_of_a_valid_ntlm_body((body, real) in valid_body(HashMode::Ntlm)) {
            for (suffix, count) in &real {
                prop_assert_eq!(lookup(&body, &RangeQuery::with_suffix(HashMode::Ntlm, suffix)), Ok(*count));
            }
        }
    }
}
