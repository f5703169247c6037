//! Small text measures shared by the policy engine and the passphrase generator, and the
//! unpacking of the word lists compiled into the crate.

/// The longest run of one character repeated, in code points (`"abbbc"` → 3, `""` → 0).
pub fn longest_run(text: &str) -> u32 {
    let mut longest = 0;
    let mut run = 0;
    let mut previous = None;
    for c in text.chars() {
        run = if previous == Some(c) { run + 1 } else { 1 };
        previous = Some(c);
        longest = longest.max(run);
    }
    longest
}

/// The lines of a word list packed by `build.rs` (front coding: each line starts with `'0'` +
/// the number of bytes it shares with the line before, then the bytes that differ), one per
/// line. A malformed line (which `build.rs` never writes) is taken as it stands.
pub fn unpack(packed: &str) -> String {
    let mut text: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut previous = 0..0;
    for line in packed.lines() {
        let (marker, rest) = line.as_bytes().split_first().unwrap_or((&b'0', &[]));
        let shared = usize::from(marker.saturating_sub(b'0')).min(previous.len());
        let start = text.len();
        text.extend_from_within(previous.start..previous.start + shared);
        text.extend_from_slice(rest);
        previous = start..text.len();
        text.push(b'\n');
    }
    // `build.rs` cuts shared prefixes at character boundaries, so this is always valid.
    String::from_utf8(text).unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lines_share_their_prefix_with_the_line_before() {
        assert_eq!(unpack("0abacus\n2domen\n0zoom\n"), "abacus\nabdomen\nzoom\n");
        assert_eq!(unpack(""), "");
        // A prefix longer than the line before is cut to what there is.
        assert_eq!(unpack("0ab\n9c\n"), "ab\nabc\n");
    }

    #[test]
    fn runs_are_counted_in_code_points() {
        let table = [("", 0), ("a", 1), ("abc", 1), ("abbbc", 3), ("aAa", 1), ("ééé", 3), ("😀😀", 2)];
        for (text, run) in table {
            assert_eq!(longest_run(text), run, "{text:?}");
        }
    }
}
