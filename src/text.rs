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
/// line. For the lists compiled in, which `build.rs` writes well-formed (the tests unpack each):
/// a malformed one would give an empty list.
pub fn unpack(packed: &str) -> String {
    unpack_checked(packed).unwrap_or_default()
}

/// [`unpack`] for a list from outside the binary: `Err(line)` (counted from 1) for a line
/// without an ASCII marker, or whose marker claims more bytes than the line before has or cuts
/// one of its characters. A CR before a newline is part of the newline.
pub fn unpack_checked(packed: &str) -> Result<String, usize> {
    let mut text: Vec<u8> = Vec::with_capacity(packed.len() * 2);
    let mut previous = 0..0;
    for (at, line) in packed.lines().enumerate() {
        let bad = at + 1;
        let (&marker, rest) = line.as_bytes().split_first().ok_or(bad)?;
        let shared = usize::from(marker.checked_sub(b'0').filter(|_| marker.is_ascii()).ok_or(bad)?);
        let end = previous.start + shared;
        let cuts_a_char = end < previous.end && text.get(end).is_some_and(|&byte| byte & 0xC0 == 0x80);
        if shared > previous.len() || cuts_a_char {
            return Err(bad);
        }
        let start = text.len();
        text.extend_from_within(previous.start..end);
        text.extend_from_slice(rest);
        previous = start..text.len();
        text.push(b'\n');
    }
    // Every piece is whole characters (an ASCII marker cut off a line, prefixes cut at a
    // boundary), so this always holds.
    String::from_utf8(text).map_err(|_| 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lines_share_their_prefix_with_the_line_before() {
        assert_eq!(unpack("0abacus\n2domen\n0zoom\n"), "abacus\nabdomen\nzoom\n");
        assert_eq!(unpack(""), "");
        assert_eq!(
            unpack_checked("0\u{e9}t\u{e9}\n2\u{e9}\n"),
            Ok("\u{e9}t\u{e9}\n\u{e9}\u{e9}\n".to_owned())
        );
        assert_eq!(unpack_checked("0ab\r\n1c\r\n"), Ok("ab\nac\n".to_owned()));
        // A prefix longer than the line before, a cut inside a character, no marker, a
        // non-digit marker: the line is named (and the lenient form gives nothing).
        for (packed, line) in
            [("0ab\n3c\n", 2), ("0\u{e9}\n1x\n", 2), ("0ab\n\n", 2), ("abacus\n", 1), ("\u{e9}\n", 1)]
        {
            assert_eq!(unpack_checked(packed), Err(line), "{packed:?}");
            assert_eq!(unpack(packed), "", "{packed:?}");
        }
    }

    #[test]
    fn runs_are_counted_in_code_points() {
        let table = [("", 0), ("a", 1), ("abc", 1), ("abbbc", 3), ("aAa", 1), ("ééé", 3), ("😀😀", 2)];
        for (text, run) in table {
            assert_eq!(longest_run(text), run, "{text:?}");
        }
    }
}
