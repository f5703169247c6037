//! Text forms used by the checks: Unicode NFC for the password itself, and a "folded" form
//! (lowercase, common substitutions undone) for matching against word lists.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

/// How a password is normalized before every check (and before the server hashes it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum Normalization {
    /// Unicode Normalization Form C, as NIST SP 800-63B-4 recommends.
    #[default]
    Nfc,
    /// The password exactly as typed.
    None,
}

impl Normalization {
    /// Applies this normalization.
    pub fn apply(self, password: &str) -> String {
        let mut out = String::new();
        self.apply_wiping(password, &mut out);
        out
    }

    /// Applies this normalization into a buffer that is wiped when dropped. Growing the buffer
    /// wipes the old one first, so no unwiped copy of the password is left in freed memory.
    pub fn apply_zeroizing(self, password: &str) -> Zeroizing<String> {
        let mut out = Zeroizing::new(String::new());
        self.apply_wiping(password, &mut out);
        out
    }

    fn apply_wiping(self, password: &str, out: &mut String) {
        *out = String::with_capacity(password.len());
        match self {
            Self::Nfc => password.nfc().for_each(|c| push_wiping(out, c)),
            Self::None => out.push_str(password),
        }
    }
}

/// Pushes `c`, moving to a larger buffer by hand when needed so that the old one is wiped
/// (`String::push` would let the allocator copy and free it as it is).
fn push_wiping(out: &mut String, c: char) {
    if out.len() + c.len_utf8() > out.capacity() {
        let mut larger = String::with_capacity((out.capacity() * 2).max(out.len() + 4));
        larger.push_str(out);
        out.zeroize();
        *out = larger;
    }
    out.push(c);
}

/// [`fold`] into a buffer that is wiped when dropped.
pub fn fold_zeroizing(text: &str) -> Zeroizing<Vec<char>> {
    let mut folded = Zeroizing::new(Vec::with_capacity(text.chars().count()));
    folded.extend(text.chars().map(|c| unsubstitute(lowercase_char(c))));
    folded
}

/// Undoes one common substitution (`0→o 1→l $→s @→a 3→e 4→a 5→s 7→t 8→b 9→g !→i |→l +→t`).
///
/// The first four are the substitutions Microsoft Entra Password Protection documents; the rest
/// are the fuller table compatible filters use. Mapping is one character to one character, so a
/// folded string has as many characters as the original.
fn unsubstitute(c: char) -> char {
    match c {
        '0' => 'o',
        '1' | '|' => 'l',
        '$' | '5' => 's',
        '@' | '4' => 'a',
        '3' => 'e',
        '7' | '+' => 't',
        '8' => 'b',
        '9' => 'g',
        '!' => 'i',
        other => other,
    }
}

/// Lowercases `text` (one char per char) and undoes common substitutions.
pub fn fold(text: &str) -> Vec<char> {
    text.chars().map(|c| unsubstitute(lowercase_char(c))).collect()
}

/// The lowercase form of a character when it is a single character (`İ` stays as it is).
fn lowercase_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_and_none_keeps() {
        assert_eq!(Normalization::Nfc.apply("e\u{301}"), "é");
        assert_eq!(Normalization::None.apply("e\u{301}"), "e\u{301}");
        assert_eq!(Normalization::Nfc.apply("Å"), "Å");
    }

    #[test]
    fn folding_undoes_substitutions_and_keeps_length() {
        let table = [
            ("P@ssw0rd", "password"),
            ("Bl@nK", "blank"),
            ("C0ntos0Blank12", "contosoblankl2"),
            ("ContoS0Bl@nkf9!", "contosoblankfgi"),
            ("$3cur!ty", "security"),
            ("p@ssw0rd1", "passwordl"), // 1 folds to l, as Entra documents
            ("ÄBC", "äbc"),
        ];
        for (input, folded) in table {
            let got: String = fold(input).into_iter().collect();
            assert_eq!(got, folded, "{input}");
            assert_eq!(got.chars().count(), input.chars().count());
        }
    }
}
