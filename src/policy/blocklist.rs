//! The offline common-password blocklist: whole-password matches only (NIST SP 800-63B-4 asks
//! verifiers to compare the entire password, not substrings), case-insensitive and with
//! common substitutions undone.
//!
//! Data: `data/common-passwords.txt`, 10,000 passwords in order of popularity (see
//! `data/README.md` and `NOTICE` for source and license), compiled in packed by `build.rs`.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use super::normalize::fold;

/// The shipped list as `build.rs` packs it (`text::unpack`).
const PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/common-passwords.packed"));

/// The shipped entries: first the 1,000 most common of 4–16 characters in order of popularity
/// (the global banned list is built from them), then the others alphabetically.
pub fn common_passwords() -> impl Iterator<Item = &'static str> {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| crate::text::unpack(PACKED)).lines()
}

/// A set of folded passwords; lookups cost one fold and one hash of the candidate.
#[derive(Debug, Clone, Default)]
pub struct Blocklist {
    folded: HashSet<Vec<char>>,
    /// Characters in the longest entry: a longer candidate cannot be listed.
    longest: usize,
}

impl Blocklist {
    /// Builds a blocklist from raw entries.
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a str>) -> Self {
        let folded: HashSet<Vec<char>> = entries.into_iter().map(fold).collect();
        let longest = folded.iter().map(Vec::len).max().unwrap_or(0);
        Self { folded, longest }
    }

    /// The shipped common-password list, built once per process.
    pub fn common() -> &'static Blocklist {
        static COMMON: OnceLock<Blocklist> = OnceLock::new();
        COMMON.get_or_init(|| Blocklist::new(common_passwords()))
    }

    /// Whether the already-folded `candidate` is on the list.
    pub fn contains_folded(&self, candidate: &[char]) -> bool {
        self.folded.contains(candidate)
    }

    /// Characters in the longest entry; longer candidates need no lookup (and no fold).
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// Number of distinct folded entries.
    pub fn len(&self) -> usize {
        self.folded.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_is_loaded() {
        assert_eq!(common_passwords().count(), 10_000);
        assert_eq!(common_passwords().next(), Some("password"));
        // The same entries as the list in data/, the global terms first in the same order
        // (build.rs keeps its own copy of the two constants; this fails if they drift apart).
        use super::super::banned::{GLOBAL_TERMS, TERM_LENGTH};
        let source: Vec<&str> = include_str!("../../data/common-passwords.txt").lines().collect();
        let mut shipped: Vec<&str> = common_passwords().collect();
        let global: Vec<&str> = source
            .iter()
            .copied()
            .filter(|p| TERM_LENGTH.contains(&p.chars().count()))
            .take(GLOBAL_TERMS)
            .collect();
        assert_eq!(shipped.get(..GLOBAL_TERMS), Some(global.as_slice()));
        let mut sorted = source.clone();
        sorted.sort_unstable();
        shipped.sort_unstable();
        assert_eq!(shipped, sorted);
        assert!(Blocklist::common().len() > 9_000);
    }

    #[test]
    fn matches_are_whole_case_insensitive_and_unsubstituted() {
        let list = Blocklist::common();
        for hit in ["password", "PASSWORD", "P@ssw0rd", "qwerty", "iloveyou", "Tr!gger", "baseball"] {
            assert!(list.contains_folded(&fold(hit)), "{hit}");
        }
        for miss in ["password-for-bob", "xpassword", "correct horse battery", ""] {
            assert!(!list.contains_folded(&fold(miss)), "{miss}");
        }
    }
}
