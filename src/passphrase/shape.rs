//! Recognising passphrases that have the shape of the generator's output.
//!
//! A candidate "looks generated" when it splits, on one separator used throughout (possibly
//! none), into 3 or more EFF list words, ignoring capitalisation, with at most one digit in
//! the whole candidate, appended to a word (what `includeNumber` produces). With no separator
//! the words are found by reading the list as a prefix code: no EFF word is a prefix of another,
//! so at each position at most one word fits.
//!
//! The entropy then reported is that of the generator that makes this shape (see
//! [`entropy_bits`](super::entropy_bits)). If the person chose the words themselves it is an
//! upper bound; capitalisation patterns other than the generator's are ignored (not credited).

use serde::Serialize;

use super::generate::entropy_of;
use super::options::{MAX_SEPARATOR_CHARS, MAX_WORDS, MIN_WORDS};
use super::wordlist;

/// The shape of a passphrase that could have come from the generator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct GeneratedShape {
    /// Number of list words.
    pub words: u32,
    /// The separator between words (`""` for none).
    pub separator: String,
    /// Every word starts with a capital and continues in lower case.
    pub capitalized: bool,
    /// A single digit is appended to one word.
    pub include_number: bool,
    /// Exact entropy of the generator with these settings.
    pub entropy_bits: f64,
}

/// Longest candidate that can be generated: 20 words of 9 letters, 19 separators, 1 digit.
const MAX_CHARS: usize = MAX_WORDS as usize * 9 + (MAX_WORDS as usize - 1) * MAX_SEPARATOR_CHARS + 1;

/// The generator shape of `candidate`, if it has one (see the module docs).
///
/// Cost: candidates longer than any generated passphrase (238 code points) are rejected at
/// once; otherwise at most 5 separators are tried, each a linear pass with binary searches.
pub fn looks_generated(candidate: &str) -> Option<GeneratedShape> {
    if candidate.is_empty() || candidate.chars().count() > MAX_CHARS {
        return None;
    }
    separator_candidates(candidate).into_iter().find_map(|separator| {
        let words = if separator.is_empty() {
            decode_concatenated(candidate)?
        } else {
            split_on(candidate, separator)?
        };
        shape(words, separator)
    })
}

/// Distinct runs of characters that are neither letters nor digits, most frequent first
/// (at most 4), then the empty separator.
fn separator_candidates(candidate: &str) -> Vec<&str> {
    let mut runs: Vec<(&str, usize)> = Vec::new();
    let mut start = None;
    for (at, c) in candidate.char_indices().chain(std::iter::once((candidate.len(), 'a'))) {
        let is_gap = !c.is_alphanumeric();
        match (start, is_gap) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                let run = candidate.get(from..at).unwrap_or_default();
                match runs.iter_mut().find(|(seen, _)| *seen == run) {
                    Some((_, count)) => *count += 1,
                    None => runs.push((run, 1)),
                }
                start = None;
            }
            _ => {}
        }
    }
    crate::sort::insertion_sort_by_key(&mut runs, |&(_, count)| std::cmp::Reverse(count));
    runs.into_iter().take(4).map(|(run, _)| run).chain(std::iter::once("")).collect()
}

/// Splits on `separator`, every part a word. The generator never draws a word the separator
/// occurs in (`t-shirt` with `-`), so no word of a generated passphrase spans a separator: a
/// phrase such as `abacus-t-shirt-zoom` is not one it makes.
fn split_on(candidate: &str, separator: &str) -> Option<Vec<String>> {
    candidate.split(separator).map(|part| is_word(part).then(|| part.to_owned())).collect()
}

/// A list word, ignoring case, optionally followed by one ASCII digit.
fn is_word(part: &str) -> bool {
    let word = part.strip_suffix(|c: char| c.is_ascii_digit()).unwrap_or(part);
    wordlist::contains_ignore_case(word)
}

/// Reads `candidate` as list words with no separator, each optionally followed by a digit.
fn decode_concatenated(candidate: &str) -> Option<Vec<String>> {
    let lower = wordlist::ascii_lowercase(candidate)?;
    if lower.len() != candidate.len() {
        return None; // a Kelvin sign: byte offsets would not line up
    }
    let mut words = Vec::new();
    let mut at = 0;
    while at < lower.len() {
        let len = (wordlist::shortest()..=wordlist::longest())
            .find(|&len| lower.get(at..at + len).is_some_and(|w| wordlist::index_of(w).is_some()))?;
        let mut end = at + len;
        if lower.get(end..end + 1).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit())) {
            end += 1;
        }
        words.push(candidate.get(at..end)?.to_owned());
        at = end;
    }
    Some(words)
}

fn shape(words: Vec<String>, separator: &str) -> Option<GeneratedShape> {
    let count = u32::try_from(words.len()).ok()?;
    let digits = words.iter().filter(|w| w.ends_with(|c: char| c.is_ascii_digit())).count();
    if !(MIN_WORDS..=MAX_WORDS).contains(&count) || digits > 1 {
        return None;
    }
    let capitalized = words.iter().all(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| !c.is_uppercase())
    });
    let include_number = digits == 1;
    Some(GeneratedShape {
        words: count,
        separator: separator.to_owned(),
        capitalized,
        include_number,
        entropy_bits: entropy_of(count, separator, include_number),
    })
}

#[cfg(test)]
mod tests {
    use super::super::generate::generate;
    use super::super::options::PassphraseOptions;
    use super::super::random::OsRandom;
    use super::*;

    #[test]
    fn generated_shapes_are_recognised() {
        // (candidate, words, separator, capitalized, number)
        let table = [
            ("abacus-zoom-ability", 3, "-", false, false),
            ("Abacus Zoom Ability Abide", 4, " ", true, false),
            ("abacus.zoom7.ability.abide.abiding.t-shirt", 6, ".", false, true),
            ("abacus t-shirt zoom", 3, " ", false, false),
            ("t-shirt yo-yo felt-tip", 3, " ", false, false),
            ("AbacusZoomAbility", 3, "", true, false),
            ("abacuszoomability3", 3, "", false, true),
            ("ABACUS_ZOOM_ABILITY", 3, "_", false, false),
            ("abacus - zoom - ability", 3, " - ", false, false),
        ];
        for (candidate, words, separator, capitalized, number) in table {
            let shape = looks_generated(candidate).unwrap_or_else(|| panic!("{candidate:?}"));
            assert_eq!(
                (shape.words, shape.separator.as_str(), shape.capitalized, shape.include_number),
                (words, separator, capitalized, number),
                "{candidate:?}"
            );
            assert!((shape.entropy_bits - entropy_of(words, separator, number)).abs() < 1e-12);
        }
    }

    #[test]
    fn other_text_is_not_generated_shape() {
        let table = [
            "",
            "abacus",
            "abacus-zoom",
            "correct horse battery staple2x",
            "abacus-zoom-qwerty",
            "abacus1-zoom2-ability",
            "abacus-zoom ability",
            // The generator draws no hyphenated word with a `-` separator.
            "abacus-t-shirt-zoom",
            "drop-down-felt-tip-yo-yo",
            "abacus12-zoom-ability",
            "der schnelle braune fuchs",
            "быстрая коричневая лиса",
        ];
        for candidate in table {
            assert_eq!(looks_generated(candidate), None, "{candidate:?}");
        }
        assert_eq!(looks_generated(&"abacus-".repeat(40)), None, "too long to be generated");
    }

    #[test]
    fn entropy_follows_the_separator() {
        let dashed = looks_generated("abacus-zoom-ability").unwrap();
        assert!((dashed.entropy_bits - 3.0 * 7772f64.log2()).abs() < 1e-12);
        let spaced = looks_generated("abacus zoom ability").unwrap();
        assert!((spaced.entropy_bits - 3.0 * 7776f64.log2()).abs() < 1e-12);
    }

    #[test]
    fn everything_the_generator_makes_is_recognised_with_its_entropy() {
        for (words, separator, capitalize, include_number) in
            [(3, "-", false, false), (6, "", true, true), (5, " ", true, false), (20, "+=+", false, true)]
        {
            let options =
                PassphraseOptions { words, separator: separator.into(), capitalize, include_number };
            for _ in 0..200 {
                let generated = generate(&options, &mut OsRandom).unwrap();
                let shape = looks_generated(&generated.passphrase).expect("recognised");
                assert_eq!(shape.words, words, "{}", generated.passphrase);
                assert_eq!(shape.include_number, include_number, "{}", generated.passphrase);
                assert_eq!(shape.entropy_bits, generated.entropy_bits);
            }
        }
    }
}
