//! The model's search: the sequence of non-overlapping matches, with bruteforce between them,
//! that minimises `l! × Π guesses + 10000^(l-1)` for `l` matches (dynamic programming over the
//! end position and the number of matches). Ties keep the candidate found first.
//!
//! For each end position `k` and count `l` the table keeps one candidate, which must beat every
//! candidate already kept at `k` with a count up to `l`; a prefix minimum over `l` answers that
//! in O(1). Cost: O(n³) in the worst case for `n` units (every bruteforce start times every
//! kept count), bounded because the estimator analyzes at most `ANALYZED_UNITS` units.

use super::guesses::{bruteforce, factorial, min_guesses, pow, MIN_GUESSES_BEFORE_GROWING_SEQUENCE};
use super::matching::{Match, Pattern};
use super::ANALYZED_UNITS;

/// The best sequence for a password and its guesses.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Estimated guesses (1 for an empty password).
    pub guesses: f64,
    /// The matches that explain the password, in order, gaps filled with bruteforce.
    pub sequence: Vec<Match>,
}

#[derive(Clone, Copy)]
enum Source {
    Found(usize),
    /// Bruteforce from this start to the cell's end.
    Bruteforce(usize),
}

#[derive(Clone, Copy)]
struct Cell {
    g: f64,
    pi: f64,
    source: Source,
}

struct Table {
    n: usize,
    /// `cells[k * (n + 1) + l]`.
    cells: Vec<Option<Cell>>,
    /// Minimum `g` kept at `k` with a count up to `l`.
    prefix_min: Vec<f64>,
    /// For each finished end position, ascending: the counts with a kept candidate and whether
    /// that candidate is a bruteforce one (row `k` is `kept[kept_at[k]..kept_at[k + 1]]`).
    kept: Vec<(usize, bool)>,
    kept_at: Vec<usize>,
    constants: &'static Constants,
}

/// Per-count and per-length constants, computed once (the same bits as computing them inline).
struct Constants {
    factorials: Vec<f64>,
    additive: Vec<f64>,
    bruteforce: Vec<f64>,
}

fn constants() -> &'static Constants {
    static CONSTANTS: std::sync::OnceLock<Constants> = std::sync::OnceLock::new();
    CONSTANTS.get_or_init(|| {
        let size = ANALYZED_UNITS + 2;
        Constants {
            factorials: (0..=size).map(factorial).collect(),
            #[allow(clippy::cast_precision_loss)] // small counts
            additive: (0..=size).map(|l| pow(MIN_GUESSES_BEFORE_GROWING_SEQUENCE, l as f64)).collect(),
            bruteforce: (0..=size).map(bruteforce).collect(),
        }
    })
}

impl Table {
    fn cell(&self, k: usize, l: usize) -> Option<Cell> {
        self.cells.get(k * (self.n + 1) + l).copied().flatten()
    }

    /// Offers a candidate ending at `k` as the `l`-th match, `start` units in, with `guesses`.
    fn update(&mut self, k: usize, l: usize, start: usize, guesses: f64, source: Source) {
        let mut pi = guesses;
        if l > 1 {
            let Some(previous) = start.checked_sub(1).and_then(|p| self.cell(p, l - 1)) else { return };
            pi *= previous.pi;
        }
        let factorial = self.constants.factorials.get(l).copied().unwrap_or(f64::INFINITY);
        let additive = self.constants.additive.get(l - 1).copied().unwrap_or(f64::INFINITY);
        let g = factorial * pi + additive;
        let row = k * (self.n + 1);
        if self.prefix_min.get(row + l).is_some_and(|&best| best <= g) {
            return;
        }
        if let Some(cell) = self.cells.get_mut(row + l) {
            *cell = Some(Cell { g, pi, source });
        }
        for at in l..=self.n {
            match self.prefix_min.get_mut(row + at) {
                Some(best) if *best > g => *best = g,
                _ => break,
            }
        }
    }

    /// Records the kept counts of row `k` once nothing more can change there.
    fn finish_row(&mut self, k: usize) {
        let row = self.cells.get(k * (self.n + 1)..(k + 1) * (self.n + 1)).unwrap_or_default();
        let kept = row
            .iter()
            .enumerate()
            .filter_map(|(l, cell)| cell.map(|c| (l, matches!(c.source, Source::Bruteforce(_)))));
        self.kept.extend(kept);
        self.kept_at.push(self.kept.len());
    }

    fn kept(&self, k: usize) -> &[(usize, bool)] {
        let (Some(&start), Some(&end)) = (self.kept_at.get(k), self.kept_at.get(k + 1)) else { return &[] };
        self.kept.get(start..end).unwrap_or_default()
    }
}

/// The most guessable sequence for `units` given its `matches` (sorted by `(i, j)`).
pub fn most_guessable(units: &[u16], matches: Vec<Match>) -> Outcome {
    let n = units.len();
    if n == 0 {
        return Outcome { guesses: 1.0, sequence: Vec::new() };
    }
    let width = n + 1;
    let mut table = Table {
        n,
        cells: vec![None; n * width],
        prefix_min: vec![f64::INFINITY; n * width],
        kept: Vec::with_capacity(n * 4),
        kept_at: Vec::with_capacity(n + 1),
        constants: constants(),
    };
    table.kept_at.push(0);
    let (order, ends) = by_end(&matches, n);
    let mut counts: Vec<usize> = Vec::with_capacity(width);
    for k in 0..n {
        let (Some(&first), Some(&next)) = (ends.get(k), ends.get(k + 1)) else { break };
        for &index in order.get(first..next).unwrap_or_default() {
            let Some(m) = matches.get(index) else { continue };
            if m.i > 0 {
                counts.clear();
                counts.extend(table.kept(m.i - 1).iter().map(|&(l, _)| l));
                for &l in &counts {
                    table.update(k, l + 1, m.i, m.guesses, Source::Found(index));
                }
            } else {
                table.update(k, 1, 0, m.guesses, Source::Found(index));
            }
        }
        // Bruteforce ending at k: alone, or after any kept candidate that is not bruteforce.
        table.update(k, 1, 0, brute(table.constants, k + 1, n), Source::Bruteforce(0));
        for start in 1..=k {
            let guesses = brute(table.constants, k + 1 - start, n);
            counts.clear();
            counts.extend(table.kept(start - 1).iter().filter(|(_, brute)| !brute).map(|&(l, _)| l));
            for &l in &counts {
                table.update(k, l + 1, start, guesses, Source::Bruteforce(start));
            }
        }
        table.finish_row(k);
    }
    unwind(&table, units, matches)
}

/// The indices of `matches` by end position, each end's in the given order (by start, then
/// matcher order): those ending at `k` are `order[ends[k]..ends[k + 1]]`.
fn by_end(matches: &[Match], n: usize) -> (Vec<usize>, Vec<usize>) {
    crate::sort::counting_order(0..matches.len(), n, |index| matches.get(index).map_or(n, |m| m.j))
}

/// Guesses for `len` units of bruteforce in a password of `n` units.
fn brute(constants: &Constants, len: usize, n: usize) -> f64 {
    let raw = constants.bruteforce.get(len).copied().unwrap_or_else(|| bruteforce(len));
    raw.max(min_guesses(len, n))
}

fn unwind(table: &Table, units: &[u16], matches: Vec<Match>) -> Outcome {
    let n = table.n;
    let mut best: Option<(usize, Cell)> = None;
    for &(l, _) in table.kept(n - 1) {
        let Some(cell) = table.cell(n - 1, l) else { continue };
        if best.is_none_or(|(_, b)| cell.g < b.g) {
            best = Some((l, cell));
        }
    }
    let Some((mut l, last)) = best else { return Outcome { guesses: f64::INFINITY, sequence: Vec::new() } };
    let mut sequence = Vec::with_capacity(l);
    let mut k = Some(n - 1);
    while let Some(end) = k {
        let Some(cell) = table.cell(end, l) else { break };
        let m = match cell.source {
            Source::Found(index) => matches.get(index).cloned(),
            Source::Bruteforce(start) => Some(Match {
                i: start,
                j: end,
                pattern: Pattern::Bruteforce,
                guesses: brute(table.constants, end + 1 - start, units.len()),
            }),
        };
        let Some(m) = m else { break };
        k = m.i.checked_sub(1);
        l = l.saturating_sub(1);
        sequence.push(m);
    }
    sequence.reverse();
    Outcome { guesses: last.g, sequence }
}
