//! Literal forms of the two steps the engine computes cleverly, for differential tests and the
//! `strength` fuzz target: the l33t matcher trying every substitution map over the whole
//! password, and the search comparing every kept candidate one by one. Slow (exponential in
//! the l33t case) and never used by the estimator itself.

use std::collections::BTreeMap;

use super::data::StrengthData;
use super::guesses::{bruteforce, factorial, min_guesses, pow, MIN_GUESSES_BEFORE_GROWING_SEQUENCE};
use super::matching::{l33t, Match, Matcher, UserInputs};
use super::units::{to_lower, utf16};

/// Compares the engine with the literal forms on `password`; the first difference, if any.
pub fn differential(data: &StrengthData, password: &str, inputs: &[&str], year: i32) -> Result<(), String> {
    let units = utf16(password);
    let user = UserInputs::new(inputs.iter().copied());
    let matcher = Matcher { data, user: &user, year };
    let lower = to_lower(&units);
    let mut fast = Vec::new();
    l33t::matches(&matcher, &units, &lower, &mut fast);
    let slow = l33t::literal(&matcher, &units);
    if fast != slow {
        return Err(format!("l33t matches differ: {} vs {} (literal)", fast.len(), slow.len()));
    }
    let matches = matcher.omnimatch(&units);
    let engine = super::search::most_guessable(&units, matches.clone());
    let (guesses, spans) = literal_search(&units, &matches);
    let engine_spans: Vec<(usize, usize)> = engine.sequence.iter().map(|m| (m.i, m.j)).collect();
    if engine.guesses.to_bits() != guesses.to_bits() || engine_spans != spans {
        return Err(format!(
            "search differs: {} {engine_spans:?} vs {guesses} {spans:?} (literal)",
            engine.guesses
        ));
    }
    Ok(())
}

/// Kept candidates per end position: count → (g, pi, start, is bruteforce).
type Optimal = Vec<BTreeMap<usize, (f64, f64, usize, bool)>>;

/// The search as the model states it: every candidate compared with every kept one.
fn literal_search(units: &[u16], matches: &[Match]) -> (f64, Vec<(usize, usize)>) {
    let n = units.len();
    if n == 0 {
        return (1.0, Vec::new());
    }
    // optimal[k][l] = (g, pi, i, is_bruteforce)
    let mut optimal: Optimal = vec![BTreeMap::new(); n];
    let update = |optimal: &mut Optimal, i: usize, k: usize, l: usize, guesses: f64, brute: bool| {
        let mut pi = guesses;
        if l > 1 {
            let Some(&(_, previous, _, _)) =
                i.checked_sub(1).and_then(|p| optimal.get(p)).and_then(|row| row.get(&(l - 1)))
            else {
                return;
            };
            pi *= previous;
        }
        #[allow(clippy::cast_precision_loss)]
        let g = factorial(l) * pi + pow(MIN_GUESSES_BEFORE_GROWING_SEQUENCE, (l - 1) as f64);
        let Some(row) = optimal.get_mut(k) else { return };
        if row.iter().any(|(&competing, &(competing_g, ..))| competing <= l && competing_g <= g) {
            return;
        }
        row.insert(l, (g, pi, i, brute));
    };
    let brute = |len: usize| bruteforce(len).max(min_guesses(len, n));
    for k in 0..n {
        for m in matches.iter().filter(|m| m.j == k) {
            if m.i > 0 {
                let counts: Vec<usize> =
                    optimal.get(m.i - 1).map(|row| row.keys().copied().collect()).unwrap_or_default();
                for l in counts {
                    update(&mut optimal, m.i, k, l + 1, m.guesses, false);
                }
            } else {
                update(&mut optimal, 0, k, 1, m.guesses, false);
            }
        }
        update(&mut optimal, 0, k, 1, brute(k + 1), true);
        for i in 1..=k {
            let counts: Vec<usize> = optimal
                .get(i - 1)
                .map(|row| row.iter().filter(|(_, &(.., b))| !b).map(|(&l, _)| l).collect())
                .unwrap_or_default();
            for l in counts {
                update(&mut optimal, i, k, l + 1, brute(k + 1 - i), true);
            }
        }
    }
    let Some(last) = optimal.get(n - 1) else { return (f64::NAN, Vec::new()) };
    let mut best: Option<(usize, f64)> = None;
    for (&l, &(g, ..)) in last {
        if best.is_none_or(|(_, b)| g < b) {
            best = Some((l, g));
        }
    }
    let Some((mut l, guesses)) = best else { return (f64::NAN, Vec::new()) };
    let mut spans = Vec::new();
    let mut k = Some(n - 1);
    while let Some(end) = k {
        let Some(&(_, _, i, _)) = optimal.get(end).and_then(|row| row.get(&l)) else { break };
        spans.push((i, end));
        k = i.checked_sub(1);
        l = l.saturating_sub(1);
    }
    spans.reverse();
    (guesses, spans)
}
