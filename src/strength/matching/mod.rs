//! Pattern matchers: every substring that the model can explain as a dictionary word, a
//! keyboard walk, a repeat, a sequence, a recent year or a date, each with its guess count.
//!
//! [`omnimatch`] runs the matchers in the model's order and sorts the matches by `(i, j)`
//! (stably, so equal spans keep that order: it decides ties in the search).

mod date;
mod dictionary;
pub(crate) mod l33t;
mod repeat;
mod sequence;
mod spatial;

pub use dictionary::UserInputs;

use super::data::{Dictionary, Layout, StrengthData};
use super::guesses;

/// One explained substring `units[i..=j]` (UTF-16 units, inclusive, as the model counts).
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// First unit.
    pub i: usize,
    /// Last unit (inclusive).
    pub j: usize,
    /// What the substring is.
    pub pattern: Pattern,
    /// Guesses an attacker needs for this substring alone (at least the model's minimum for a
    /// part of a longer password).
    pub guesses: f64,
}

impl Match {
    /// Length in UTF-16 units.
    pub const fn len(&self) -> usize {
        self.j + 1 - self.i
    }
}

/// The kind of a [`Match`], with what its guesses and feedback depend on.
#[derive(Debug, Clone, PartialEq)]
pub enum Pattern {
    /// A ranked word, possibly reversed or with l33t substitutions.
    Dictionary(Word),
    /// A walk over adjacent keys.
    Spatial {
        /// The keyboard.
        layout: Layout,
        /// Changes of direction, counting the first.
        turns: usize,
    },
    /// A repeated base string.
    Repeat {
        /// Length of the base in UTF-16 units.
        base_len: usize,
        /// Guesses for the base alone.
        base_guesses: f64,
    },
    /// Characters with a constant code-unit step (`abc`, `9753`).
    Sequence,
    /// A year from 1900 to 2019.
    Year,
    /// A day, month and year.
    Date,
    /// Nothing better: 10 guesses per unit.
    Bruteforce,
}

/// A dictionary match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The list it came from.
    pub dictionary: Dictionary,
    /// 1-based rank in that list.
    pub rank: u32,
    /// The password holds the word backwards.
    pub reversed: bool,
    /// The password holds the word with l33t substitutions.
    pub l33t: bool,
}

/// What the matchers need besides the password.
pub struct Matcher<'a> {
    /// The ranked lists and keyboard graphs.
    pub data: &'a StrengthData,
    /// The caller's words.
    pub user: &'a UserInputs,
    /// The year that dates and recent years are measured from.
    pub year: i32,
}

impl Matcher<'_> {
    /// Every match in `units`, sorted by `(i, j)`, ties in matcher order.
    pub fn omnimatch(&self, units: &[u16]) -> Vec<Match> {
        let lower = super::units::to_lower(units);
        let mut matches = Vec::new();
        dictionary::forward(self, units, &lower, &mut matches);
        dictionary::reversed(self, units, &mut matches);
        l33t::matches(self, units, &lower, &mut matches);
        spatial::matches(self.data, units, &mut matches);
        repeat::matches(self, units, &mut matches);
        sequence::matches(units, &mut matches);
        date::recent_years(units, self.year, &mut matches);
        date::dates(units, self.year, &mut matches);
        sort(&mut matches);
        matches
    }
}

/// Sorts `matches` by `(i, j)`, keeping the order of equal spans. Positions are below the
/// password's length, so two counting sorts (by `j`, then by `i`) do it in linear time, and no
/// comparison sort is linked into the strength module.
pub(crate) fn sort(matches: &mut Vec<Match>) {
    // i <= j, so every position is below the largest j + 1.
    let keys = matches.iter().map(|m| m.j + 1).max().unwrap_or(0);
    let (by_end, _) =
        crate::sort::counting_order(0..matches.len(), keys, |index| matches.get(index).map_or(0, |m| m.j));
    let (order, _) = crate::sort::counting_order(by_end, keys, |index| matches.get(index).map_or(0, |m| m.i));
    let mut slots: Vec<Option<Match>> = std::mem::take(matches).into_iter().map(Some).collect();
    matches.extend(order.into_iter().filter_map(|index| slots.get_mut(index).and_then(Option::take)));
}

/// [`sort`] for the matches from `start` on.
pub(crate) fn sort_from(matches: &mut Vec<Match>, start: usize) {
    let mut tail = matches.split_off(start.min(matches.len()));
    sort(&mut tail);
    matches.append(&mut tail);
}

/// A match over `units[i..=j]` of a password `n` units long, with its guesses floored at the
/// model's minimum for a part of a longer password.
pub(crate) fn finish(i: usize, j: usize, n: usize, pattern: Pattern, raw_guesses: f64) -> Match {
    let guesses = raw_guesses.max(guesses::min_guesses(j + 1 - i, n));
    Match { i, j, pattern, guesses }
}
