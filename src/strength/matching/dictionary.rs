//! Dictionary matches: every substring of the lower-cased password that is a ranked word or
//! one of the caller's words, forwards and reversed.

use super::{finish, sort, Match, Matcher, Pattern, Word};
use crate::strength::data::{fnv_step, Dictionary, FNV_OFFSET};
use crate::strength::guesses::uppercase_variations;
use crate::strength::units::{to_lower, utf16};

/// The caller's words as a ranked dictionary (rank = position, 1-based; a word given twice
/// keeps its last rank), lower-cased, with a filter of the hashes of their prefixes.
#[derive(Debug, Default)]
pub struct UserInputs {
    /// `(hash, word, rank)`, in the order given. Few: a check passes at most the named fields
    /// and `MAX_USER_INPUTS`, and only a prefix the filter lets through is looked up.
    words: Vec<(u32, Vec<u16>, u32)>,
    /// One bit per hash (its top [`FILTER_BITS`]) of every prefix of every word; empty for no
    /// words. A false hit only costs a lookup that finds nothing.
    prefixes: Vec<u64>,
}

/// Bits of the prefix filter's index: 16,384 bits (2 KB) for at most a few thousand prefixes.
const FILTER_BITS: u32 = 14;

/// The word of the prefix filter that holds `hash`'s bit, and the bit.
fn filter_bit(hash: u32) -> (usize, u64) {
    let bit = (hash >> (32 - FILTER_BITS)) as usize;
    (bit >> 6, 1 << (bit & 63))
}

impl UserInputs {
    /// Builds the dictionary from the caller's words, most telling first.
    pub fn new<'a>(inputs: impl IntoIterator<Item = &'a str>) -> Self {
        let mut words: Vec<(u32, Vec<u16>, u32)> = Vec::new();
        let mut prefixes = Vec::new();
        for (index, input) in inputs.into_iter().enumerate() {
            let word = to_lower(&utf16(input));
            if prefixes.is_empty() && !word.is_empty() {
                prefixes = vec![0; 1 << (FILTER_BITS - 6)];
            }
            let mut hash = FNV_OFFSET;
            for &unit in &word {
                hash = fnv_step(hash, unit);
                let (at, bit) = filter_bit(hash);
                if let Some(bits) = prefixes.get_mut(at) {
                    *bits |= bit;
                }
            }
            let rank = u32::try_from(index + 1).unwrap_or(u32::MAX);
            if let Some(existing) = words.iter_mut().find(|(_, w, _)| *w == word) {
                existing.2 = rank;
            } else if !word.is_empty() {
                words.push((hash, word, rank));
            }
        }
        UserInputs { words, prefixes }
    }

    /// Whether some word may start with a text whose hash is `hash` (`false`: none does).
    pub fn may_prefix(&self, hash: u32) -> bool {
        let (at, bit) = filter_bit(hash);
        self.prefixes.get(at).is_some_and(|bits| bits & bit != 0)
    }

    /// The rank of `word`, whose hash is `hash`.
    pub fn lookup(&self, word: &[u16], hash: u32) -> Option<u32> {
        self.words.iter().find(|(h, w, _)| *h == hash && w == word).map(|(_, _, rank)| *rank)
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
