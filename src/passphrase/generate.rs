//! The generator: uniformly random words from the EFF list, with exact entropy.

use serde::Serialize;

use super::fit::Adjustment;
use super::options::PassphraseOptions;
use super::random::{uniform, RandomSource};
use super::wordlist::Words;
use super::PassphraseError;
use crate::messages::Message;

/// A generated passphrase and what it is worth.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct GeneratedPassphrase {
    /// The passphrase itself.
    pub passphrase: String,
    /// Exact entropy in bits of the process that produced it (see [`entropy_bits`]).
    pub entropy_bits: f64,
    /// Number of words.
    pub words: u32,
    /// What was changed from the requested options to meet a policy (empty for [`generate`]).
    pub adjustments: Vec<Message<Adjustment>>,
}

/// Exact entropy of a passphrase generated with `options`, in bits:
/// `words × log2(7776)` (`log2(7772)` with a `-` separator, which leaves out the four
/// hyphenated words: see [`Words::for_separator`]), plus `log2(10) + log2(words)` with
/// `include_number` (a digit 0–9 appended to one of the words, both chosen uniformly; digits
/// never occur in the list, so every choice gives a different string). `capitalize` and the
/// separator are fixed by the options and add nothing else. Before the word list is in
/// ([`super::wordlist::loaded`]) there is nothing to draw from: negative infinity.
pub fn entropy_bits(options: &PassphraseOptions) -> f64 {
    entropy_of(options.words, &options.separator, options.include_number)
}

/// [`entropy_bits`] of `words` words joined with `separator`.
pub(crate) fn entropy_of(words: u32, separator: &str, include_number: bool) -> f64 {
    entropy_from(Words::All.for_separator(separator), words, include_number)
}

/// As [`entropy_of`], for words drawn from `list` (log2 of its size per word).
pub(crate) fn entropy_from(list: Words, words: u32, include_number: bool) -> f64 {
    let words_bits = f64::from(words) * list.bits_per_word();
    if include_number {
        words_bits + 10f64.log2() + f64::from(words).log2()
    } else {
        words_bits
    }
}

/// Generates a passphrase from `options` with randomness from `rng` (use
/// [`OsRandom`](super::OsRandom) outside tests).
///
/// Draws, in order: one list index per word (from the list without the words the separator
/// occurs in, [`Words::for_separator`]), then (with `include_number`) the word that gets the
/// digit and the digit. Every draw is unbiased ([`uniform`]). Fails on invalid options or a
/// failing random source, never panics.
pub fn generate<R: RandomSource + ?Sized>(
    options: &PassphraseOptions,
    rng: &mut R,
) -> Result<GeneratedPassphrase, PassphraseError> {
    generate_from(Words::All, options, rng)
}

/// As [`generate`], drawing the words from `list` (without the words the separator occurs in).
pub(crate) fn generate_from<R: RandomSource + ?Sized>(
    list: Words,
    options: &PassphraseOptions,
    rng: &mut R,
) -> Result<GeneratedPassphrase, PassphraseError> {
    options.validate()?;
    if !super::wordlist::loaded() {
        return Err(PassphraseError::WordsNotLoaded);
    }
    let list = list.for_separator(&options.separator);
    let list_words = list.list();
    let list_len = u32::try_from(list_words.len()).unwrap_or(u32::MAX);
    let mut words = Vec::with_capacity(options.words as usize);
    for _ in 0..options.words {
        let index = uniform(rng, list_len)?;
        let word = list_words.get(index as usize).copied().unwrap_or_default();
        words.push(if options.capitalize { capitalized(word) } else { word.to_owned() });
    }
    if options.include_number {
        let position = uniform(rng, options.words)? as usize;
        let digit = uniform(rng, 10)?;
        if let Some(word) = words.get_mut(position) {
            word.push(char::from_digit(digit, 10).unwrap_or('0'));
        }
    }
    Ok(GeneratedPassphrase {
        passphrase: words.join(&options.separator),
        entropy_bits: entropy_from(list, options.words, options.include_number),
        words: options.words,
        adjustments: Vec::new(),
    })
}

/// List word `word` with its first letter in upper case (`t-shirt` → `T-shirt`). List words are
/// ASCII (`wordlist::install` checks), so no Unicode case tables are needed.
pub(crate) fn capitalized(word: &str) -> String {
    let mut word = word.to_owned();
    if let Some(first) = word.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    word
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::super::random::{OsRandom, RandomError};
    use super::super::wordlist;
    use super::*;

    fn options(words: u32, separator: &str, capitalize: bool, include_number: bool) -> PassphraseOptions {
        PassphraseOptions { words, separator: separator.to_owned(), capitalize, include_number }
    }

    /// A deterministic source: returns `values` in order, then fails.
    fn sequence(values: Vec<u32>) -> impl FnMut() -> Result<u32, RandomError> {
        let mut values = values.into_iter();
        move || values.next().ok_or_else(|| RandomError("exhausted".to_owned()))
    }

    #[test]
    fn entropy_is_exact() {
        let table = [
            (3, false, 38.774),
            (4, false, 51.699),
            (6, false, 77.549),
            (20, false, 258.496),
            (4, true, 51.699 + 3.322 + 2.0),
            (6, true, 77.549 + 3.322 + 2.585),
        ];
        for (words, number, bits) in table {
            let got = entropy_bits(&options(words, "_", false, number));
            assert!((got - bits).abs() < 1e-3, "{words} words, number {number}: {got}");
            let capitalized = entropy_bits(&options(words, " ", true, number));
            assert_eq!(got, capitalized, "capitalising and the separator add nothing");
        }
        // A `-` separator draws from the list without its four hyphenated words.
        assert!((entropy_bits(&PassphraseOptions::default()) - 6.0 * 7772f64.log2()).abs() < 1e-12);
        assert!(
            (entropy_bits(&options(4, "-", true, true)) - (4.0 * 7772f64.log2() + 10f64.log2() + 2.0)).abs()
                < 1e-12
        );
    }

    #[test]
    fn a_dash_separator_never_draws_a_hyphenated_word() {
        // Index 7340 is "t-shirt" in the whole list; without the hyphenated words (drop-down,
        // felt-tip and t-shirt itself gone) it is the word three places further on.
        let tshirt = wordlist::index_of("t-shirt").unwrap() as u32;
        let after = wordlist::word(tshirt as usize + 3).unwrap();
        let mut rng = sequence(vec![tshirt, tshirt, tshirt]);
        let generated = generate(&options(3, "-", false, false), &mut rng).unwrap();
        assert_eq!(generated.passphrase, [after; 3].join("-"));
        assert_eq!(generated.passphrase.split('-').count(), 3);
        assert!((generated.entropy_bits - 3.0 * 7772f64.log2()).abs() < 1e-12);
        // Any other separator keeps the whole list, hyphenated words included.
        let mut rng = sequence(vec![tshirt, tshirt, tshirt]);
        let generated = generate(&options(3, " ", false, false), &mut rng).unwrap();
        assert_eq!(generated.passphrase, "t-shirt t-shirt t-shirt");
        assert!((generated.entropy_bits - 3.0 * 7776f64.log2()).abs() < 1e-12);
        // Every index the `-` list can give is a word without a hyphen.
        let last = Words::Unhyphenated.list().len() as u32 - 1;
        let mut rng = sequence(vec![last, 0, last]);
        assert_eq!(
            generate(&options(3, "-", false, false), &mut rng).unwrap().passphrase,
            "zoom-abacus-zoom"
        );
    }

    #[test]
    fn injected_randomness_is_deterministic() {
        let mut rng = sequence((0..6).collect());
        let generated = generate(&PassphraseOptions::default(), &mut rng).unwrap();
        assert_eq!(generated.passphrase, "abacus-abdomen-abdominal-abide-abiding-ability");
        assert_eq!(generated.words, 6);
        assert!(generated.adjustments.is_empty());

        // Words 7775, 0, 7340 ("t-shirt"); the digit 7 goes to word 2.
        let tshirt = wordlist::index_of("t-shirt").unwrap() as u32;
        let mut rng = sequence(vec![7775, 0, tshirt, 2, 7]);
        let generated = generate(&options(3, " ", true, true), &mut rng).unwrap();
        assert_eq!(generated.passphrase, "Zoom Abacus T-shirt7");
        assert!(rng().is_err(), "exactly five draws");

        let mut rng = sequence(vec![1, 2, 3, 0, 9]);
        assert_eq!(
            generate(&options(3, "", false, true), &mut rng).unwrap().passphrase,
            "abdomen9abdominalabide"
        );
    }

    #[test]
    fn biased_draws_are_rejected_not_folded() {
        // u32::MAX and u32::MAX - 1 lie in the biased zone (they would fold onto 2559 and 2558).
        let mut rng = sequence(vec![u32::MAX, 0, u32::MAX - 1, 1, 2]);
        let generated = generate(&options(3, " ", false, false), &mut rng).unwrap();
        assert_eq!(generated.passphrase, "abacus abdomen abdominal");
    }

    #[test]
    fn a_failing_source_is_a_typed_error() {
        let mut rng = || Err(RandomError("no entropy".to_owned()));
        let err = generate(&PassphraseOptions::default(), &mut rng).unwrap_err();
        assert_eq!(err.code(), "randomUnavailable");
        let mut short = sequence(vec![1, 2, 3]);
        assert!(generate(&options(3, "-", false, true), &mut short).is_err(), "runs out before the digit");
        let err = generate(&options(2, "-", false, false), &mut OsRandom).unwrap_err();
        assert_eq!(err.code(), "invalidOption");
    }

    /// 10,000 six-word phrases from the OS source: every word is on the list, no phrase repeats
    /// (a repeat among 10^4 draws from 2^77.5 has probability ≈ 2^-51), and the 60,000 word
    /// indices pass a chi-square goodness-of-fit test over 96 equal buckets of 81 words.
    ///
    /// 625 words are expected per bucket; the statistic follows χ² with 95 degrees of freedom
    /// (mean 95, sd 13.8). The bound 200 is 7.6 sd above the mean: a correct generator exceeds it
    /// with probability ≈ 1e-9, while a modulo-style bias or a stuck index blows far past it.
    #[test]
    fn os_random_phrases_are_list_words_unique_and_uniform() {
        const BUCKETS: usize = 96;
        let options = options(6, " ", false, false);
        let mut seen = HashSet::new();
        let mut counts = [0u32; BUCKETS];
        for _ in 0..10_000 {
            let generated = generate(&options, &mut OsRandom).unwrap();
            for word in generated.passphrase.split(' ') {
                let index = wordlist::index_of(word).unwrap_or_else(|| panic!("{word:?} is not on the list"));
                counts[index / 81] += 1;
            }
            assert_eq!(generated.passphrase.split(' ').count(), 6);
            assert!(seen.insert(generated.passphrase), "repeated passphrase");
        }
        let expected = 60_000.0 / BUCKETS as f64;
        let chi_square: f64 = counts.iter().map(|&c| (f64::from(c) - expected).powi(2) / expected).sum();
        assert!(chi_square < 200.0, "chi-square {chi_square} with 95 dof: {counts:?}");
    }
}
