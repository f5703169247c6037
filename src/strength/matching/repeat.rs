//! Repeat matches: a base string written two or more times in a row (`aaaa`, `abcabc`). The
//! base is scored on its own, recursively, and the repeat costs that times the count.
//!
//! From each search position the model takes the leftmost repeat; of the longest-base and the
//! shortest-base reading there, the longer match wins, and its base is the shortest period.
//! (The base never holds a line terminator, as a regular expression's `.` would not.)

use super::{finish, Match, Matcher, Pattern};
use crate::strength::search;
use crate::strength::units::is_line_terminator;

/// Adds the repeat matches of `units`, in order.
pub(super) fn matches(matcher: &Matcher<'_>, units: &[u16], out: &mut Vec<Match>) {
    let n = units.len();
    let mut from = 0;
    while from < n {
        let Some((start, base, len)) = find(units, from) else { break };
        let j = start + len - 1;
        let base_units = units.get(start..start + base).unwrap_or_default();
        let base_matches = matcher.omnimatch(base_units);
        let base_guesses = search::most_guessable(base_units, base_matches).guesses;
        #[allow(clippy::cast_precision_loss)] // the count is at most the analyzed length
        let count = (len / base) as f64;
        let pattern = Pattern::Repeat { base_len: base, base_guesses };
        out.push(finish(start, j, n, pattern, base_guesses * count));
        from = j + 1;
    }
}

/// The next repeat at or after `from`: its start, base length and total length.
fn find(units: &[u16], from: usize) -> Option<(usize, usize, usize)> {
    for start in from..units.len() {
        // Longest run without a line terminator: the most a base and its copies can span.
        let run = units.get(start..)?.iter().take_while(|&&u| !is_line_terminator(u)).count();
        let repeats = |base: usize| copies(units, start, base, run);
        // Shortest base with a copy (lazy) and longest (greedy).
        let Some(lazy) = (1..=run / 2).find(|&b| repeats(b) > 0) else { continue };
        let greedy = (lazy..=run / 2).rev().find(|&b| repeats(b) > 0).unwrap_or(lazy);
        let lazy_len = lazy * (1 + repeats(lazy));
        let greedy_len = greedy * (1 + repeats(greedy));
        if greedy_len > lazy_len {
            let base = (1..greedy_len)
                .find(|&b| greedy_len % b == 0 && copies(units, start, b, greedy_len) + 1 == greedy_len / b);
            return Some((start, base.unwrap_or(greedy), greedy_len));
        }
        return Some((start, lazy, lazy_len));
    }
    None
}

/// How many times `units[start..start + base]` follows itself within `limit` units of `start`.
fn copies(units: &[u16], start: usize, base: usize, limit: usize) -> usize {
    let Some(first) = units.get(start..start + base) else { return 0 };
    let mut count = 0;
    let mut at = start + base;
    while at + base <= start + limit && units.get(at..at + base) == Some(first) {
        count += 1;
        at += base;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Option<(usize, usize, usize)> {
        find(&text.encode_utf16().collect::<Vec<_>>(), 0)
    }

    #[test]
    fn greedy_and_lazy_readings_as_the_model_takes_them() {
        assert_eq!(found("aaaaa"), Some((0, 1, 5)));
        assert_eq!(found("aabaab"), Some((0, 3, 6)));
        assert_eq!(found("aabaabaabaab"), Some((0, 3, 12)));
        assert_eq!(found("xyabcabc"), Some((2, 3, 6)));
        assert_eq!(found("abcd"), None);
        assert_eq!(found("ab\nab\n"), None);
    }
}
