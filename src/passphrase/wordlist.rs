//! The EFF large word list.
//!
//! `data/eff_large_wordlist.txt` holds the 7,776 words one per line, in the list's own order
//! (which is alphabetical; the dice number of line `i` is `i` written in base 6 with digits 1–6).
//! With the `words` feature (a default) the text is part of the binary, packed by `build.rs`
//! (front coding, ~25 KB), and is unpacked and split into a table once, on first use. Without
//! it the list is what [`install`] was given (the wasm module, whose page fetches the list only
//! when it needs it); until then the list is empty and [`loaded`] is `false`: detection finds
//! no list words and generation fails with [`super::PassphraseError::WordsNotLoaded`]. The list
//! is sorted, so membership is a binary search.

use std::sync::OnceLock;

use crate::text::longest_run;

struct WordList {
    words: Vec<&'static str>,
    shortest: usize,
    longest: usize,
}

impl WordList {
    fn new(words: Vec<&'static str>) -> Self {
        let lengths = words.iter().map(|w| w.chars().count());
        let shortest = lengths.clone().min().unwrap_or(0);
        let longest = lengths.max().unwrap_or(0);
        WordList { words, shortest, longest }
    }
}

static LIST: OnceLock<WordList> = OnceLock::new();

fn list() -> &'static WordList {
    #[cfg(feature = "words")]
    {
        LIST.get_or_init(|| {
            const PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/eff-words.packed"));
            let text: &'static str = Box::leak(crate::text::unpack(PACKED).into_boxed_str());
            WordList::new(text.lines().collect())
        })
    }
    #[cfg(not(feature = "words"))]
    {
        static EMPTY: WordList = WordList { words: Vec::new(), shortest: 0, longest: 0 };
        LIST.get().unwrap_or(&EMPTY)
    }
}

/// Whether the list is in: always with the `words` feature, otherwise once [`install`] was
/// called.
pub fn loaded() -> bool {
    !list().words.is_empty()
}

/// Why [`install`] refused a word list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WordListError {
    /// Line `line` (from 1) is not front-coded, is empty, is not lower-case ASCII letters and
    /// `-`, or does not come after the line before it (the list must be sorted, without repeats).
    #[error(
        "line {line} of the word list is not front-coded, empty, not lower-case a–z and '-', or out of order"
    )]
    BadLine {
        /// The line, counted from 1.
        line: usize,
    },
    /// The list does not have [`WORDS`] words: a file from another version.
    #[error("the word list has {found} words, not {WORDS}")]
    WrongCount {
        /// How many words it has.
        found: usize,
    },
}

/// How many words the list has (7,776; `build.rs` counts them).
pub const WORDS: usize = include!(concat!(env!("OUT_DIR"), "/eff-words.count"));

/// Installs the word list from `packed`: the file `data/eff_large_wordlist.txt` front-coded
/// as `build.rs` packs it ([`crate::text::unpack_checked`] restores one word per line), which the
/// npm package ships as `words.txt`. A second call, or a call with the `words` feature,
/// changes nothing. The text is kept for the life of the program.
///
/// # Errors
/// [`WordListError`] for text that does not unpack to a sorted list of lower-case words.
pub fn install(packed: &str) -> Result<(), WordListError> {
    if LIST.get().is_some() || cfg!(feature = "words") {
        return Ok(());
    }
    let unpacked = crate::text::unpack_checked(packed).map_err(|line| WordListError::BadLine { line })?;
    let text = unpacked.as_str();
    let lines = || text.strip_suffix('\n').unwrap_or(text).split('\n');
    let mut previous = "";
    for (at, word) in lines().enumerate() {
        let valid =
            !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && word > previous;
        if !valid {
            return Err(WordListError::BadLine { line: at + 1 });
        }
        previous = word;
    }
    let found = lines().count();
    if found != WORDS {
        return Err(WordListError::WrongCount { found });
    }
    let text: &'static str = Box::leak(unpacked.into_boxed_str());
    let _ = LIST.set(WordList::new(text.strip_suffix('\n').unwrap_or(text).split('\n').collect()));
    Ok(())
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
    ascii_lowercase(word).is_some_and(|word| index_of(&word).is_some())
}

/// The lower case of `word` when that is ASCII, the only kind that can equal a list word; `None`
/// otherwise. The one non-ASCII character whose lower case is ASCII, the Kelvin sign, becomes
/// `k` (`ascii_lowercase_is_unicode_lowercase` checks every character). Needing no Unicode
/// case tables keeps them out of the wasm modules.
pub(crate) fn ascii_lowercase(word: &str) -> Option<String> {
    word.chars()
        .map(|c| match c {
            '\u{212a}' => Some('k'),
            c => c.is_ascii().then(|| c.to_ascii_lowercase()),
        })
        .collect()
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
    Words::All.bits_per_word()
}

/// Which words a passphrase is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Words {
    /// The whole list (7,776 words).
    #[default]
    All,
    /// The words in which no letter is doubled (`abacus`, not `abbey`): 6,197 words, for
    /// policies that allow no character twice in a row (`maxRepeated: 1`).
    NoDoubledLetters,
    /// The list without its four hyphenated words (`drop-down`, `felt-tip`, `t-shirt`,
    /// `yo-yo`): 7,772 words, for a `-` separator (so a phrase never reads as more words than
    /// it has) and for policies that do not allow `-`.
    Unhyphenated,
    /// Both restrictions: 6,193 words.
    UnhyphenatedNoDoubledLetters,
}

impl Words {
    /// The words, in list order.
    pub fn list(self) -> &'static [&'static str] {
        static NO_DOUBLED: OnceLock<Vec<&'static str>> = OnceLock::new();
        static UNHYPHENATED: OnceLock<Vec<&'static str>> = OnceLock::new();
        static BOTH: OnceLock<Vec<&'static str>> = OnceLock::new();
        // Nothing is cached before the list is in (an empty list would stay cached).
        let filtered =
            |cell: &'static OnceLock<Vec<&'static str>>, keep: fn(&str) -> bool| -> &'static [&'static str] {
                if !loaded() {
                    return &[];
                }
                cell.get_or_init(|| words().iter().copied().filter(|w| keep(w)).collect()).as_slice()
            };
        match self {
            Self::All => words(),
            Self::NoDoubledLetters => filtered(&NO_DOUBLED, |w| longest_run(w) < 2),
            Self::Unhyphenated => filtered(&UNHYPHENATED, |w| !w.contains('-')),
            Self::UnhyphenatedNoDoubledLetters => filtered(&BOTH, |w| !w.contains('-') && longest_run(w) < 2),
        }
    }

    /// These words without the hyphenated ones.
    pub fn unhyphenated(self) -> Self {
        match self {
            Self::All | Self::Unhyphenated => Self::Unhyphenated,
            Self::NoDoubledLetters | Self::UnhyphenatedNoDoubledLetters => Self::UnhyphenatedNoDoubledLetters,
        }
    }

    /// The words a passphrase with `separator` may use: without the words the separator occurs
    /// in (with the EFF list's words of lower-case letters and `-`, that is the hyphenated
    /// words for a `-` separator), so splitting on the separator gives back the words drawn.
    ///
    /// Detection asks this on every check, so the common separators are answered without a
    /// pass over the list: the words are lower-case ASCII letters and `-` ([`install`] refuses
    /// anything else; a test checks the embedded list), and the filtered lists are cached.
    pub fn for_separator(self, separator: &str) -> Self {
        let in_a_word = match separator {
            "" => false,
            "-" => self.unhyphenated().list().len() < self.list().len(),
            other if !other.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') => false,
            other => self.list().iter().any(|w| w.contains(other)),
        };
        if in_a_word {
            self.unhyphenated()
        } else {
            self
        }
    }

    /// Entropy of one word drawn uniformly from these words, in bits.
    #[allow(clippy::cast_precision_loss)] // a few thousand words: exact in f64
    pub fn bits_per_word(self) -> f64 {
        (self.list().len() as f64).log2()
    }

    /// Lengths in code points of the shortest and the longest word.
    pub fn length_bounds(self) -> (usize, usize) {
        match self {
            Self::All => (shortest(), longest()),
            _ => {
                let lengths = self.list().iter().map(|w| w.chars().count());
                (lengths.clone().min().unwrap_or(0), lengths.max().unwrap_or(0))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lowercase_is_unicode_lowercase() {
        // Wherever Unicode's lower case of a character is ASCII, and only there, the ASCII
        // shortcut gives the same.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let unicode: String = c.to_lowercase().collect();
            let expected = unicode.is_ascii().then_some(unicode);
            assert_eq!(ascii_lowercase(&c.to_string()), expected, "U+{:04X}", u32::from(c));
        }
        assert_eq!(ascii_lowercase("\u{212a}ITE-Flyer").as_deref(), Some("kite-flyer"));
        assert_eq!(ascii_lowercase("caf\u{e9}"), None);
    }

    #[test]
    fn is_the_eff_large_list() {
        let words = words();
        assert_eq!(words.len(), 7776);
        let source: Vec<&str> = include_str!("../../data/eff_large_wordlist.txt").lines().collect();
        assert_eq!(words, source.as_slice());
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
    fn the_list_without_doubled_letters() {
        let list = Words::NoDoubledLetters.list();
        assert_eq!(list.len(), 6197);
        assert!(list.iter().all(|w| longest_run(w) == 1));
        assert!(list.contains(&"abacus") && !list.contains(&"abbey"));
        // No word of the whole list has a letter three times in a row.
        assert_eq!(words().iter().map(|w| longest_run(w)).max(), Some(2));
        assert!((Words::NoDoubledLetters.bits_per_word() - 6197f64.log2()).abs() < 1e-12);
        assert_eq!(Words::NoDoubledLetters.length_bounds(), (3, 9));
    }

    #[test]
    fn the_list_without_hyphenated_words() {
        let hyphenated: Vec<&str> = words().iter().copied().filter(|w| w.contains('-')).collect();
        assert_eq!(hyphenated, ["drop-down", "felt-tip", "t-shirt", "yo-yo"]);
        assert_eq!(Words::Unhyphenated.list().len(), 7772);
        assert_eq!(Words::UnhyphenatedNoDoubledLetters.list().len(), 6193);
        for list in [Words::Unhyphenated, Words::UnhyphenatedNoDoubledLetters] {
            assert!(list.list().iter().all(|w| !w.contains('-')));
            assert_eq!(list.length_bounds(), (3, 9));
        }
        assert!((Words::Unhyphenated.bits_per_word() - 7772f64.log2()).abs() < 1e-12);
        // Only a `-` separator occurs inside list words (separators hold no letters).
        let table = [
            ("-", Words::All, Words::Unhyphenated),
            ("-", Words::NoDoubledLetters, Words::UnhyphenatedNoDoubledLetters),
            ("-", Words::Unhyphenated, Words::Unhyphenated),
            ("", Words::All, Words::All),
            (" ", Words::All, Words::All),
            ("--", Words::All, Words::All),
            (" - ", Words::NoDoubledLetters, Words::NoDoubledLetters),
        ];
        for (separator, words, expected) in table {
            assert_eq!(words.for_separator(separator), expected, "{separator:?} {words:?}");
        }
        // The shortcuts give what a pass over the list gives.
        assert!(words().iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
        let all =
            [Words::All, Words::NoDoubledLetters, Words::Unhyphenated, Words::UnhyphenatedNoDoubledLetters];
        for separator in ["", "-", "--", " ", ".", "_", "4", "\u{e9}", "a", "t-", "-t", "bb", "zzz", "y-y"] {
            for words in all {
                let scanned = if !separator.is_empty() && words.list().iter().any(|w| w.contains(separator)) {
                    words.unhyphenated()
                } else {
                    words
                };
                assert_eq!(words.for_separator(separator), scanned, "{separator:?} {words:?}");
            }
        }
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
