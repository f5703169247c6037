//! Sequence matches: runs whose UTF-16 units rise or fall by a constant step of at most 5
//! (`abcd`, `13579`, `zyx`).

use super::{finish, Match, Pattern};
use crate::strength::units::is_digit;

const MAX_DELTA: i32 = 5;

/// Adds the sequence matches of `units`, in order.
pub(super) fn matches(units: &[u16], out: &mut Vec<Match>) {
    let n = units.len();
    if n <= 1 {
        return;
    }
    let mut push = |i: usize, j: usize, delta: i32| {
        if (j - i > 1 || delta.abs() == 1) && (1..=MAX_DELTA).contains(&delta.abs()) {
            let token = units.get(i..=j).unwrap_or_default();
            out.push(finish(i, j, n, Pattern::Sequence, guesses(token, delta > 0)));
        }
    };
    let delta_at = |k: usize| {
        i32::from(units.get(k).copied().unwrap_or(0)) - i32::from(units.get(k - 1).copied().unwrap_or(0))
    };
    let mut i = 0;
    let mut last_delta = delta_at(1);
    for k in 2..n {
        let delta = delta_at(k);
        if delta == last_delta {
            continue;
        }
        let j = k - 1;
        push(i, j, last_delta);
        i = j;
        last_delta = delta;
    }
    push(i, n - 1, last_delta);
}

fn guesses(token: &[u16], ascending: bool) -> f64 {
    let first = token.first().copied().unwrap_or(0);
    let obvious = u8::try_from(first).is_ok_and(|b| b"aAzZ019".contains(&b));
    let base = if obvious {
        4.0
    } else if is_digit(first) {
        10.0
    } else {
        26.0
    };
    #[allow(clippy::cast_precision_loss)] // at most the analyzed length
    let len = token.len() as f64;
    base * if ascending { 1.0 } else { 2.0 } * len
}
