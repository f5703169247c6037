//! The EFF large word list, embedded at build time.
//!
//! `data/eff_large_wordlist.txt` holds the 7,776 words one per line, in the list's own order
//! (which is alphabetical; the dice number of line `i` is `i` written in base 6 with digits 1–6).
//! The text is part of the binary (`include_str!`, ~62 KB) and is split into a table once, on
//! first use. The list is sorted, so membership is a binary search.

use std::sync::OnceLock;

const RAW: &str = include_str!("../../data/eff_large_wordlist.txt");

struct WordList {
    words: Vec<&'static str>,
    shortest: usize,
    longest: usize,
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| {
        let words: Vec<&'static str> = RAW.lines().map(str::trim).filter(|w| !w.is_empty()).collect();
        let lengths = words.iter().map(|w| w.chars().count());
        let shortest = lengths.clone().min().unwrap_or(0);
        let longest = lengths.max().unwrap_or(0);
        WordList { words, shortest, longest }
    })
}

/// Every word, in list order.
pub fn words() -> &'static [&'static str] {
    &list().words
}

/// The word at `index`, if there is one.
pub fn word(index: usize) -> Option<&'static str> {
    list().words.get(index).copied()
}

/// The position of `word` (exact, lower case) in the list.
pub fn index_of(word: &str) -> Option<usize> {
    list().words.binary_search(&word).ok()
}

/// Whether `word` is on the list, ignoring case.
pub fn contains_ignore_case(word: &str) -> bool {
    let word = word.to_lowercase();
    index_of(&word).is_some()
}

/// Length in code points of the shortest word (3 for the EFF large list).
pub fn shortest() -> usize {
    list().shortest
}

/// Length in code points of the longest word (9 for the EFF large list).
pub fn longest() -> usize {
    list().longest
}

/// Entropy of one word drawn uniformly from the list: log2(7776) ≈ 12.925 bits.
pub fn bits_per_word() -> f64 {
    (words().len() as f64).log2()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_the_eff_large_list() {
        let words = words();
        assert_eq!(words.len(), 7776);
        assert_eq!(words.first(), Some(&"abacus"));
        assert_eq!(words.last(), Some(&"zoom"));
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]), "sorted and unique");
        assert!(words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-')));
        assert_eq!((shortest(), longest()), (3, 9));
    }

    #[test]
    fn no_word_is_a_prefix_of_another() {
        // Sorted order puts a prefix right before the words that extend it.
        let words = words();
        assert!(words.windows(2).all(|pair| !pair[1].starts_with(pair[0])));
    }

    #[test]
    fn lookups() {
        assert_eq!(index_of("abacus"), Some(0));
        assert_eq!(index_of("zoom"), Some(7775));
        assert_eq!(word(5), Some("ability"));
        assert_eq!(word(7776), None);
        assert!(contains_ignore_case("Abacus") && contains_ignore_case("T-SHIRT"));
        assert!(!contains_ignore_case("qwerty") && !contains_ignore_case(""));
        assert!((bits_per_word() - 12.925).abs() < 1e-3);
    }
}
