//! The offline common-password blocklist: whole-password matches only (NIST SP 800-63B-4 asks
//! verifiers to compare the entire password, not substrings), case-insensitive and with
//! common substitutions undone.
//!
//! Data: `data/common-passwords.txt`, 10,000 passwords in order of popularity (see
//! `data/README.md` and `NOTICE` for source and license), compiled in packed by `build.rs`, in
//! two parts. The main part, always embedded, holds every entry of [`SHORT`] characters or more
//! and the 1,000 global terms of `policy::banned`. The entries under [`SHORT`] characters are
//! compared only with passwords that short, which a minimum length of [`SHORT`] or more (every
//! preset's) already refuses: with the `words` feature (a default) they are embedded too,
//! otherwise they are what [`install_short`] was given (the wasm module, whose page fetches
//! them only for a policy that needs them). A policy that needs them while they are not in is a
//! config error ([`needs_short`]), so no check ever passes a password the full list would refuse.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use super::normalize::fold;

/// Entries shorter than this many characters are in the short part of the list.
pub const SHORT: usize = 8;

/// The main part as `build.rs` packs it (`text::unpack`).
const PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/common-passwords.packed"));

/// The main part's entries: first the 1,000 most common of 4–16 characters in order of
/// popularity (the global banned list is built from them), then the other entries of [`SHORT`]
/// characters or more, alphabetically.
pub fn common_passwords() -> impl Iterator<Item = &'static str> {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| crate::text::unpack(PACKED)).lines()
}

static SHORT_LIST: OnceLock<Blocklist> = OnceLock::new();

/// The entries under [`SHORT`] characters, if they are in.
fn short_list() -> Option<&'static Blocklist> {
    #[cfg(feature = "words")]
    {
        const SHORT_PACKED: &str = include_str!(concat!(env!("OUT_DIR"), "/common-short.packed"));
        Some(SHORT_LIST.get_or_init(|| Blocklist::new(crate::text::unpack(SHORT_PACKED).lines())))
    }
    #[cfg(not(feature = "words"))]
    {
        SHORT_LIST.get()
    }
}

/// Whether a policy with this minimum length (in code points) compares passwords with the
/// short entries, and they are not in: [`Policy::from_config`](super::Policy::from_config)
/// refuses it then.
pub fn needs_short(min_length: u32) -> bool {
    usize::try_from(min_length).is_ok_and(|min| min < SHORT) && short_list().is_none()
}

/// How many entries the short part has (`build.rs` counts them).
pub const SHORT_ENTRIES: usize = include!(concat!(env!("OUT_DIR"), "/common-short.count"));

/// Why [`install_short`] refused a list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShortListError {
    /// Line `line` (from 1) is not front-coded, is empty or has [`SHORT`] characters or more.
    #[error("line {line} of the short blocklist is not front-coded, empty or 8 characters or more")]
    BadLine {
        /// The line, counted from 1.
        line: usize,
    },
    /// The list does not have [`SHORT_ENTRIES`] entries: a file from another version.
    #[error("the short blocklist has {found} entries, not {SHORT_ENTRIES}")]
    WrongCount {
        /// How many entries it has.
        found: usize,
    },
}

/// Installs the blocklist's entries under [`SHORT`] characters from `packed`: front-coded as
/// `build.rs` packs its lists ([`crate::text::unpack_checked`] restores one entry per line; the npm
/// package ships them sorted, as `blocklist-short.txt`). A second call, or a call with the
/// `words` feature, changes nothing.
///
/// # Errors
/// [`ShortListError`] for an empty line, an entry too long for the short part, or a list of
/// another length than the one this build was made with.
pub fn install_short(packed: &str) -> Result<(), ShortListError> {
    if SHORT_LIST.get().is_some() || cfg!(feature = "words") {
        return Ok(());
    }
    let unpacked = crate::text::unpack_checked(packed).map_err(|line| ShortListError::BadLine { line })?;
    let text = unpacked.as_str();
    let entries = text.strip_suffix('\n').unwrap_or(text).split('\n');
    for (at, entry) in entries.clone().enumerate() {
        if entry.is_empty() || entry.chars().count() >= SHORT {
            return Err(ShortListError::BadLine { line: at + 1 });
        }
    }
    let found = entries.clone().count();
    if found != SHORT_ENTRIES {
        return Err(ShortListError::WrongCount { found });
    }
    let _ = SHORT_LIST.set(Blocklist::new(entries));
    Ok(())
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

    /// The main part of the shipped common-password list, built once per process.
    pub fn common() -> &'static Blocklist {
        static COMMON: OnceLock<Blocklist> = OnceLock::new();
        COMMON.get_or_init(|| Blocklist::new(common_passwords()))
    }

    /// Whether the already-folded `candidate` is on the list.
    pub fn contains_folded(&self, candidate: &[char]) -> bool {
        self.folded.contains(candidate)
    }

    /// Whether the already-folded `candidate` is on the shipped list: the main part, or the
    /// short entries when it is that short and they are in (see [`needs_short`]).
    pub fn shipped_contains_folded(candidate: &[char]) -> bool {
        Self::common().contains_folded(candidate)
            || (candidate.len() < SHORT && short_list().is_some_and(|short| short.contains_folded(candidate)))
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
        assert_eq!(common_passwords().next(), Some("password"));
        // The same entries as the list in data/, the global terms first in the same order
        // (build.rs keeps its own copy of the three constants; this fails if they drift apart).
        use super::super::banned::{GLOBAL_TERMS, TERM_LENGTH};
        let source: Vec<&str> = include_str!("../../data/common-passwords.txt").lines().collect();
        let main: Vec<&str> = common_passwords().collect();
        let global: Vec<&str> = source
            .iter()
            .copied()
            .filter(|p| TERM_LENGTH.contains(&p.chars().count()))
            .take(GLOBAL_TERMS)
            .collect();
        assert_eq!(main.get(..GLOBAL_TERMS), Some(global.as_slice()));
        let rest = main.get(GLOBAL_TERMS..).unwrap_or_default();
        assert!(rest.iter().all(|e| e.chars().count() >= SHORT), "the main part's other entries are long");
        let short_text = crate::text::unpack(include_str!(concat!(env!("OUT_DIR"), "/common-short.packed")));
        let short: Vec<&str> = short_text.lines().collect();
        let expected_short: Vec<&str> =
            source.iter().copied().filter(|e| e.chars().count() < SHORT).collect();
        assert_eq!(short.len(), expected_short.len(), "every entry under 8 characters, globals included");
        let mut union: Vec<&str> = main.iter().chain(&short).copied().collect();
        union.sort_unstable();
        union.dedup();
        let mut sorted = source.clone();
        sorted.sort_unstable();
        assert_eq!(union, sorted);
        assert!(Blocklist::common().len() > 2_500);
    }

    #[test]
    fn matches_are_whole_case_insensitive_and_unsubstituted() {
        for hit in ["password", "PASSWORD", "P@ssw0rd", "qwerty", "iloveyou", "Tr!gger", "baseball"] {
            assert!(Blocklist::shipped_contains_folded(&fold(hit)), "{hit}");
        }
        for miss in ["password-for-bob", "xpassword", "correct horse battery", ""] {
            assert!(!Blocklist::shipped_contains_folded(&fold(miss)), "{miss}");
        }
    }
}
