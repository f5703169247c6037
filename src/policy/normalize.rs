//! Text forms used by the checks: Unicode NFC for the password itself, and a "folded" form
//! (lowercase, common substitutions undone) for matching against word lists.

use serde::{Deserialize, Serialize};
#[cfg(feature = "nfc")]
use unicode_normalization::UnicodeNormalization;
#[cfg(feature = "nfc")]
use zeroize::Zeroize;
use zeroize::Zeroizing;

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
            Self::Nfc if !is_nfc_stable(password) => nfc_into(password, out),
            Self::Nfc | Self::None => out.push_str(password),
        }
    }
}

/// True when `text` is its own NFC for a simple reason: every character is below U+0300, where
/// no character has a decomposition that NFC applies and none is a combining mark. Most passwords
/// take this path, which needs no tables (`nfc_fast_path_is_exact` checks every such character
/// and pair against the full algorithm).
fn is_nfc_stable(text: &str) -> bool {
    text.chars().all(|c| c < '\u{300}')
}

/// NFC of `text` into `out` (empty, with room for `text`): the function installed with
/// [`set_nfc`] if there is one, else the `unicode-normalization` tables (feature `nfc`). With
/// neither, `out` gets `text` unchanged, which [`nfc_available`] lets a policy refuse up front.
fn nfc_into(text: &str, out: &mut String) {
    if let Some(nfc) = INSTALLED_NFC.get() {
        return nfc(text, out);
    }
    #[cfg(feature = "nfc")]
    text.nfc().for_each(|c| push_wiping(out, c));
    #[cfg(not(feature = "nfc"))]
    out.push_str(text);
}

/// An NFC implementation: writes the NFC of the first argument into the second (a buffer that
/// is wiped when dropped; replacing it is fine).
pub type NfcFn = fn(&str, &mut String);

static INSTALLED_NFC: std::sync::OnceLock<NfcFn> = std::sync::OnceLock::new();

/// Installs an NFC implementation for [`Normalization::Nfc`], used instead of the crate's own
/// tables. The wasm binding installs the JS engine's `String.prototype.normalize` at start-up,
/// which keeps the tables (about 53 KB of the brotli-compressed module) out of the wasm build;
/// engines implement NFC from ICU, so results can differ from the tables only for characters
/// assigned in a newer Unicode version than one of the two knows (SECURITY.md). The first call
/// wins; later calls are ignored.
pub fn set_nfc(nfc: NfcFn) {
    let _ = INSTALLED_NFC.set(nfc);
}

/// True when [`Normalization::Nfc`] can be applied: the `nfc` feature is on or an NFC
/// implementation was installed with [`set_nfc`].
pub fn nfc_available() -> bool {
    cfg!(feature = "nfc") || INSTALLED_NFC.get().is_some()
}

/// Pushes `c`, moving to a larger buffer by hand when needed so that the old one is wiped
/// (`String::push` would let the allocator copy and free it as it is).
#[cfg(feature = "nfc")]
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
    fold_into(text, &mut folded);
    folded
}

/// Whether folding `c` undoes a substitution (`0`, `@`, `$`...), not only its case. Every
/// substitution is ASCII, and the one non-ASCII character that lower-cases to ASCII (the
/// Kelvin sign, to `k`) is not one.
pub fn is_substitution(c: char) -> bool {
    let lower = c.to_ascii_lowercase();
    c.is_ascii() && unsubstitute(lower) != lower
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

/// Lowercases `text` (one char per char, [`crate::case::lowercase_each_into`]) and undoes
/// common substitutions.
pub fn fold(text: &str) -> Vec<char> {
    let mut folded = Vec::with_capacity(text.chars().count());
    fold_into(text, &mut folded);
    folded
}

fn fold_into(text: &str, out: &mut Vec<char>) {
    crate::case::lowercase_each_into(text, out);
    out.iter_mut().for_each(|c| *c = unsubstitute(*c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "nfc")]
    #[test]
    fn nfc_fast_path_is_exact() {
        // Every character below U+0300, alone and in every pair, is already NFC.
        let below: Vec<char> = ('\0'..'\u{300}').collect();
        for &first in &below {
            assert!(std::iter::once(first).eq(std::iter::once(first).nfc()), "{first:?}");
            let mut pair = String::new();
            for &second in &below {
                pair.clear();
                pair.push(first);
                pair.push(second);
                assert!(pair.chars().eq(pair.nfc()), "{pair:?}");
            }
        }
        // The first combining mark is where the fast path must stop.
        assert!(!is_nfc_stable("e\u{300}"));
        assert_eq!(Normalization::Nfc.apply("e\u{300}"), "è");
    }

    #[cfg(feature = "nfc")]
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
