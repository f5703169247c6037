//! Unicode lower-casing, for folding text before it is matched against word lists and for the
//! strength model (which lower-cases as JavaScript's `String.prototype.toLowerCase` does).
//!
//! ASCII text, most passwords, needs no tables. For the rest the crate uses std's case tables
//! (feature `case`, a default) or a function installed with [`set_lowercase`]: the wasm binding
//! installs the JS engine's `toLowerCase`, which keeps std's tables (about 5 KB of a
//! brotli-compressed module) out of the wasm builds. With neither, only ASCII letters are
//! lower-cased.

use std::sync::OnceLock;

use zeroize::Zeroizing;

/// A lower-casing: Unicode's default case mapping of the whole text, final sigma included, as
/// `str::to_lowercase` and JavaScript's `toLowerCase` give it.
pub type LowercaseFn = fn(&str) -> String;

static INSTALLED: OnceLock<LowercaseFn> = OnceLock::new();

/// Installs the lower-casing used for non-ASCII text instead of std's tables. Engines map case
/// from ICU, so results can differ from std's only for characters assigned in a newer Unicode
/// version than one of the two knows (SECURITY.md). The first call wins; later calls are
/// ignored.
pub fn set_lowercase(lowercase: LowercaseFn) {
    let _ = INSTALLED.set(lowercase);
}

/// Unicode's default lower case of `text` (final sigma included).
pub fn to_lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if let Some(lowercase) = INSTALLED.get() {
        return lowercase(text);
    }
    #[cfg(feature = "case")]
    return text.to_lowercase();
    #[cfg(not(feature = "case"))]
    return text.to_ascii_lowercase();
}

/// Pushes onto `out`, for each character of `text`, that character's own lower case when it
/// is a single character, else the character itself (`İ` stays as it is; no context, so `Σ`
/// is always `σ`). Exactly one character per character, so `out` needs no more room than the
/// character count and a folded form lines up with its original.
pub fn lowercase_each_into(text: &str, out: &mut Vec<char>) {
    if text.is_ascii() {
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    // The non-ASCII characters, each followed by a NUL: a NUL is neither cased nor
    // case-ignorable, so no character's mapping sees a neighbour (final sigma), and it maps to
    // itself, so it splits the result back into one piece per character.
    let mut alone = Zeroizing::new(String::with_capacity(2 * text.len()));
    for c in text.chars().filter(|c| !c.is_ascii()) {
        alone.push(c);
        alone.push('\0');
    }
    let lowered = Zeroizing::new(to_lowercase(&alone));
    let mut pieces = lowered.split('\0');
    out.extend(text.chars().map(|c| {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        let mut piece = pieces.next().unwrap_or_default().chars();
        match (piece.next(), piece.next()) {
            (Some(single), None) => single,
            _ => c,
        }
    }));
}

/// Whether `c` is a titlecase letter (general category Lt: `ǅ`, `ᾈ`): neither upper nor lower
/// case, yet it has a lower case. Listed, so telling one needs no case tables; the list has not
/// changed since Unicode 4.0 (`titlecase_letters_are_listed` checks it against std's tables).
pub fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}'
            | '\u{1c8}'
            | '\u{1cb}'
            | '\u{1f2}'
            | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}'
            | '\u{1fa8}'..='\u{1faf}'
            | '\u{1fbc}'
            | '\u{1fcc}'
            | '\u{1ffc}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_char() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    #[test]
    fn titlecase_letters_are_listed() {
        for c in every_char() {
            let titlecase = c.is_alphabetic()
                && !c.is_uppercase()
                && !c.is_lowercase()
                && c.to_lowercase().ne(std::iter::once(c));
            assert_eq!(is_titlecase(c), titlecase, "U+{:04X}", u32::from(c));
        }
    }

    #[cfg(feature = "case")]
    #[test]
    fn each_character_is_lowered_on_its_own() {
        let text: String = every_char().collect();
        let mut lowered = Vec::new();
        lowercase_each_into(&text, &mut lowered);
        assert_eq!(lowered.len(), text.chars().count());
        for (c, got) in text.chars().zip(lowered) {
            let mut std = c.to_lowercase();
            let expected = match (std.next(), std.next()) {
                (Some(single), None) => single,
                _ => c,
            };
            assert_eq!(got, expected, "U+{:04X}", u32::from(c));
        }
    }

    #[cfg(feature = "case")]
    #[test]
    fn text_is_lowered_in_context() {
        assert_eq!(to_lowercase("ΟΔΟΣ Straße"), "οδος straße");
        assert_eq!(to_lowercase("PASSWORD"), "password");
        let mut each = Vec::new();
        lowercase_each_into("ΟΔΟΣ İ", &mut each);
        assert_eq!(each.into_iter().collect::<String>(), "οδοσ İ");
    }
}
