//! Spatial matches: runs of at least three keys, each adjacent to the one before, on each
//! keyboard layout (`qwerty`, `zxcvbn`, `741`), counting turns and shifted keys.

use super::{finish, Match, Pattern};
use crate::strength::data::{Layout, StrengthData};
use crate::strength::guesses::{n_ck, pow, variations};

/// Characters typed with shift on a US keyboard.
const SHIFTED: &[u8] = b"~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";

fn is_shifted(unit: u16) -> bool {
    u8::try_from(unit).is_ok_and(|b| SHIFTED.contains(&b))
}

/// Adds the spatial matches of `units` on every layout, sorted by `(i, j)`.
pub(super) fn matches(data: &StrengthData, units: &[u16], out: &mut Vec<Match>) {
    let start = out.len();
    for layout in Layout::ALL {
        walks(data, layout, units, out);
    }
    super::sort_from(out, start);
}

fn walks(data: &StrengthData, layout: Layout, units: &[u16], out: &mut Vec<Match>) {
    let graph = data.graph(layout);
    let n = units.len();
    let mut i = 0;
    while i + 1 < n {
        let mut j = i + 1;
        let mut last_direction = None;
        let mut turns = 0;
        let mut shifted = usize::from(layout.is_keyboard() && units.get(i).is_some_and(|&u| is_shifted(u)));
        loop {
            let previous = units.get(j - 1).copied().unwrap_or(0);
            let mut found = false;
            if let Some(&current) = units.get(j) {
                for (direction, slot) in graph.neighbours(previous).iter().enumerate() {
                    if let Some(position) = slot.iter().position(|&u| u == current) {
                        found = true;
                        if position == 1 {
                            shifted += 1;
                        }
                        if last_direction != Some(direction) {
                            turns += 1;
                            last_direction = Some(direction);
                        }
                        break;
                    }
                }
            }
            if found {
                j += 1;
            } else {
                if j - i > 2 {
                    let raw = guesses(data, layout, j - i, turns, shifted);
                    out.push(finish(i, j - 1, n, Pattern::Spatial { layout, turns }, raw));
                }
                i = j;
                break;
            }
        }
    }
}

/// Walks of up to `len` keys with up to `turns` turns from any key, times the ways to shift.
fn guesses(data: &StrengthData, layout: Layout, len: usize, turns: usize, shifted: usize) -> f64 {
    // Dvorak is counted with qwerty's figures and the Mac keypad with the PC keypad's.
    let base = data.graph(if layout.is_keyboard() { Layout::Qwerty } else { Layout::Keypad });
    let (s, d) = (base.starting_positions, base.average_degree);
    let mut guesses = 0.0;
    for i in 2..=len {
        for j in 1..=turns.min(i - 1) {
            #[allow(clippy::cast_precision_loss)] // small counts
            let term = n_ck((i - 1) as f64, j - 1) * s * pow(d, j as f64);
            guesses += term;
        }
    }
    if shifted > 0 {
        let unshifted = len - shifted.min(len);
        guesses *= if unshifted == 0 { 2.0 } else { variations(shifted, unshifted) };
    }
    guesses
}
