//! Dictionary matches: every substring of the lower-cased password that is a ranked word or
//! one of the caller's words, forwards and reversed.

use super::{finish, sort, Match, Matcher, Pattern, Word};
use crate::strength::data::{fnv_step, Dictionary, FNV_OFFSET};
use crate::strength::guesses::uppercase_variations;
use crate::strength::units::{to_lower, utf16};

/// The caller's words as a ranked dictionary (rank = position, 1-based; a word given twice
/// keeps its last rank), lower-cased, with the hashes of their prefixes.
#[derive(Debug, Default)]
pub struct UserInputs {
    /// `(hash, word, rank)`, sorted by hash.
    words: Vec<(u32, Vec<u16>, u32)>,
    /// Hashes of every prefix of every word, sorted, deduplicated.
    prefixes: Vec<u32>,
}

impl UserInputs {
    /// Builds the dictionary from the caller's words, most telling first.
    pub fn new<'a>(inputs: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<(u32, Vec<u16>, u32)> = Vec::new();
        let mut prefixes = Vec::new();
        for (index, input) in inputs.into_iter().enumerate() {
            let word = to_lower(&utf16(input));
            let mut hash = FNV_OFFSET;
            for &unit in &word {
                hash = fnv_step(hash, unit);
                prefixes.push(hash);
            }
            let rank = u32::try_from(index + 1).unwrap_or(u32::MAX);
            if let Some(existing) = words.iter_mut().find(|(_, w, _)| *w == word) {
                existing.2 = rank;
            } else if !word.is_empty() {
                words.push((hash, word, rank));
            }
        }
        words.sort_by_key(|(hash, _, _)| *hash);
        prefixes.sort_unstable();
        prefixes.dedup();
        UserInputs { words, prefixes }
    }

    /// Whether some word starts with a text whose hash is `hash`.
    pub fn may_prefix(&self, hash: u32) -> bool {
        self.prefixes.binary_search(&hash).is_ok()
    }

    /// The rank of `word`, whose hash is `hash`.
    pub fn lookup(&self, word: &[u16], hash: u32) -> Option<u32> {
        let start = self.words.partition_point(|(h, _, _)| *h < hash);
        self.words
            .get(start..)?
            .iter()
            .take_while(|(h, _, _)| *h == hash)
            .find(|(_, w, _)| w == word)
            .map(|(_, _, rank)| *rank)
    }
}

/// Calls `found(i, j, dictionary, rank)` for every dictionary word at `lower[i..=j]`, in
/// `(i, j)` order, the ranked lists before the caller's words.
pub(super) fn scan(
    matcher: &Matcher<'_>,
    n: usize,
    lower: &[u16],
    mut found: impl FnMut(usize, usize, Dictionary, u32),
) {
    let end = n.min(lower.len());
    for i in 0..end {
        let mut hash = FNV_OFFSET;
        for j in i..end {
            let Some(&unit) = lower.get(j) else { break };
            hash = fnv_step(hash, unit);
            let ranked = matcher.data.may_prefix(hash);
            let user = matcher.user.may_prefix(hash);
            if !ranked && !user {
                break;
            }
            let word = lower.get(i..=j).unwrap_or_default();
            if let Some((dictionary, rank)) = ranked.then(|| matcher.data.lookup(word, hash)).flatten() {
                found(i, j, dictionary, rank);
            }
            if let Some(rank) = user.then(|| matcher.user.lookup(word, hash)).flatten() {
                found(i, j, Dictionary::UserInputs, rank);
            }
        }
    }
}

fn word_match(units: &[u16], i: usize, j: usize, dictionary: Dictionary, rank: u32, reversed: bool) -> Match {
    let token = units.get(i..=j).unwrap_or_default();
    let upper = uppercase_variations(token, &to_lower(token));
    let raw = f64::from(rank) * upper * if reversed { 2.0 } else { 1.0 };
    let word = Word { dictionary, rank, reversed, l33t: false };
    finish(i, j, units.len(), Pattern::Dictionary(word), raw)
}

/// Words read forwards.
pub(super) fn forward(matcher: &Matcher<'_>, units: &[u16], lower: &[u16], out: &mut Vec<Match>) {
    scan(matcher, units.len(), lower, |i, j, dictionary, rank| {
        out.push(word_match(units, i, j, dictionary, rank, false));
    });
}

/// Words read backwards: the reversed password's matches, mapped back.
pub(super) fn reversed(matcher: &Matcher<'_>, units: &[u16], out: &mut Vec<Match>) {
    let n = units.len();
    let backwards: Vec<u16> = units.iter().rev().copied().collect();
    let lower = to_lower(&backwards);
    let mut found = Vec::new();
    scan(matcher, n, &lower, |ri, rj, dictionary, rank| {
        found.push(word_match(units, n - 1 - rj, n - 1 - ri, dictionary, rank, true));
    });
    sort(&mut found);
    out.extend(found);
}
