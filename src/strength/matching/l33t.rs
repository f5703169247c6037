//! l33t matches: dictionary words written with substitutions (`p@ssw0rd`).
//!
//! The model tries a list of substitution maps (each l33t character read as one letter, or as
//! itself), built per password from the characters it contains, in a fixed order; a match
//! keeps the first map that produces it. Trying every map on every substring is the model's
//! exponential corner (736 maps when all 20 l33t characters occur). Here each start position
//! grows its substrings once, carrying the set of maps still consistent with the characters
//! read so far as a bitset, and stops as soon as no word starts with the translated prefix.
//! The matches, their maps and their order are the same.

use super::{finish, Match, Matcher, Pattern, Word};
use crate::strength::data::{fnv_step, Dictionary, FNV_OFFSET};
use crate::strength::guesses::{uppercase_variations, variations};
use crate::strength::units::to_lower;

/// The substitution table: each letter and the characters that stand for it, in the model's
/// order.
const TABLE: [(u8, &[u8]); 12] = [
    (b'a', b"4@"),
    (b'b', b"8"),
    (b'c', b"({[<"),
    (b'e', b"3"),
    (b'g', b"69"),
    (b'i', b"1!|"),
    (b'l', b"1|7"),
    (b'o', b"0"),
    (b's', b"$5"),
    (b't', b"+7"),
    (b'x', b"%"),
    (b'z', b"2"),
];

/// The 20 distinct l33t characters; a map is indexed by position here.
const CHARS: &[u8; 20] = b"4@8({[<3691!|70$5+%2";

/// `Σ`, whose lower case depends on the letters around it.
const CAPITAL_SIGMA: u16 = 0x03a3;

/// Most maps the table can produce (all 20 characters present).
const MAX_MAPS: usize = 736;
const WORDS: usize = MAX_MAPS.div_ceil(64);

/// A substitution map: for each l33t character, the letter it reads as, or 0 (itself).
type Map = [u8; 20];
type Bits = [u64; WORDS];

fn char_index(unit: u16) -> Option<usize> {
    u8::try_from(unit).ok().and_then(|b| CHARS.iter().position(|&c| c == b))
}

/// `unit` read through `map`: its letter if it is a l33t character the map substitutes.
fn translate(unit: u16, map: &Map) -> u16 {
    char_index(unit).and_then(|t| map.get(t)).filter(|&&v| v != 0).map_or(unit, |&v| u16::from(v))
}

/// The model's maps for a password, in its order.
fn enumerate(units: &[u16]) -> Vec<Map> {
    let mut present = [false; 20];
    for &unit in units {
        if let Some(slot) = char_index(unit).and_then(|t| present.get_mut(t)) {
            *slot = true;
        }
    }
    let mut maps: Vec<Map> = vec![[0; 20]];
    let mut seen = Vec::new();
    let mut any = false;
    for (letter, chars) in TABLE {
        let relevant: Vec<usize> = chars
            .iter()
            .filter_map(|&c| CHARS.iter().position(|&x| x == c))
            .filter(|&t| present.get(t).copied().unwrap_or(false))
            .collect();
        if relevant.is_empty() {
            continue;
        }
        any = true;
        let mut next = Vec::with_capacity(maps.len() * relevant.len() * 2);
        for &t in &relevant {
            for map in &maps {
                let Some(&current) = map.get(t) else { continue };
                let mut changed = *map;
                if let Some(slot) = changed.get_mut(t) {
                    *slot = letter;
                }
                if current != 0 {
                    next.push(*map);
                }
                next.push(changed);
            }
        }
        maps = first_of_each(next, &mut seen);
    }
    if any {
        maps.truncate(MAX_MAPS);
        maps
    } else {
        Vec::new()
    }
}

/// `maps` without repeats, each kept where it first occurs: an open-addressing set of the
/// maps' keys, twice as large as the list (so it always has a free slot), reused between steps.
fn first_of_each(mut maps: Vec<Map>, seen: &mut Vec<u128>) -> Vec<Map> {
    let key = |map: &Map| map.iter().fold(0u128, |key, &letter| key << 5 | u128::from(letter & 0x1f));
    let slots = (maps.len() * 2).next_power_of_two().max(16);
    let bits = slots.trailing_zeros();
    seen.clear();
    seen.resize(slots, 0);
    maps.retain(|map| {
        let key = key(map);
        // Every map here has at least one substitution, so no key is 0 (the empty slot).
        #[allow(clippy::cast_possible_truncation)] // a hash
        let mut slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835) >> (128 - bits)) as usize;
        loop {
            match seen.get_mut(slot) {
                Some(entry) if *entry == key => return false,
                Some(entry) if *entry == 0 => {
                    *entry = key;
                    return true;
                }
                _ => slot = (slot + 1) & (slots - 1),
            }
        }
    });
    maps
}

/// A substring being grown: its translated hash and the maps that agree with it.
#[derive(Clone)]
struct State {
    hash: u32,
    maps: Bits,
    substituted: bool,
}

fn first(bits: &Bits) -> Option<usize> {
    bits.iter().enumerate().find(|(_, w)| **w != 0).map(|(i, w)| i * 64 + w.trailing_zeros() as usize)
}

/// Adds the l33t matches of `units` to `out`, sorted by `(i, j)`.
pub(crate) fn matches(matcher: &Matcher<'_>, units: &[u16], lower: &[u16], out: &mut Vec<Match>) {
    // The walk below translates the lower-cased password, which is the model's "lower-case the
    // translated password" only when lower-casing keeps every unit in place and reads no
    // context. `İ` (two units lower-cased) and `Σ` (final or not, by its neighbours) break that;
    // such passwords take the literal path, bounded by the analyzed length (about 3 ms at 100
    // units natively).
    if lower.len() != units.len() || units.contains(&CAPITAL_SIGMA) {
        out.extend(literal(matcher, units));
        return;
    }
    let maps = enumerate(units);
    if maps.is_empty() {
        return;
    }
    // For each character, each value some map gives it, with the maps that do.
    let mut options: Vec<Vec<(u8, Bits)>> = vec![Vec::new(); CHARS.len()];
    for (index, map) in maps.iter().enumerate() {
        for (t, &value) in map.iter().enumerate() {
            let Some(values) = options.get_mut(t) else { continue };
            let position = match values.iter().position(|(v, _)| *v == value) {
                Some(position) => position,
                None => {
                    values.push((value, [0; WORDS]));
                    values.len() - 1
                }
            };
            if let Some(word) = values.get_mut(position).and_then(|(_, bits)| bits.get_mut(index / 64)) {
                *word |= 1 << (index % 64);
            }
        }
    }
    let mut all = [0u64; WORDS];
    for index in 0..maps.len() {
        if let Some(word) = all.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
    }
    let n = units.len();
    let end = n.min(lower.len());
    let mut word = Vec::new();
    let mut found: Vec<(usize, bool, Match)> = Vec::new();
    for i in 0..end {
        let mut states = vec![State { hash: FNV_OFFSET, maps: all, substituted: false }];
        let mut seen = 0u32;
        for j in i..end {
            let Some(&unit) = lower.get(j) else { break };
            let t = char_index(unit);
            let mut next = Vec::with_capacity(states.len());
            for state in &states {
                let mut grow = |value: u8, maps: Bits| {
                    let translated = if value == 0 { unit } else { u16::from(value) };
                    let hash = fnv_step(state.hash, translated);
                    if matcher.data.may_prefix(hash) || matcher.user.may_prefix(hash) {
                        next.push(State { hash, maps, substituted: state.substituted || value != 0 });
                    }
                };
                match t {
                    None => grow(0, state.maps),
                    Some(t) if seen & (1 << t) != 0 => {
                        let value = first(&state.maps)
                            .and_then(|m| maps.get(m))
                            .and_then(|m| m.get(t))
                            .copied()
                            .unwrap_or(0);
                        grow(value, state.maps);
                    }
                    Some(t) => {
                        for (value, bits) in options.get(t).map(Vec::as_slice).unwrap_or_default() {
                            let mut both = state.maps;
                            for (w, b) in both.iter_mut().zip(bits) {
                                *w &= b;
                            }
                            if both.iter().any(|&w| w != 0) {
                                grow(*value, both);
                            }
                        }
                    }
                }
            }
            if let Some(t) = t {
                seen |= 1 << t;
            }
            states = next;
            if states.is_empty() {
                break;
            }
            if j == i {
                continue; // one-character l33t matches are noise ('4' for 'a')
            }
            found.clear();
            for state in states.iter().filter(|s| s.substituted) {
                let Some(index) = first(&state.maps) else { continue };
                let Some(map) = maps.get(index) else { continue };
                word.clear();
                word.extend(lower.get(i..=j).unwrap_or_default().iter().map(|&u| translate(u, map)));
                let ranked = matcher
                    .data
                    .may_prefix(state.hash)
                    .then(|| matcher.data.lookup(&word, state.hash))
                    .flatten();
                let user = matcher
                    .user
                    .may_prefix(state.hash)
                    .then(|| matcher.user.lookup(&word, state.hash))
                    .flatten();
                let hits = ranked
                    .into_iter()
                    .map(|(d, r)| (false, d, r))
                    .chain(user.map(|r| (true, Dictionary::UserInputs, r)));
                for (is_user, dictionary, rank) in hits {
                    if let Some(m) = l33t_match(units, i, j, &word, map, dictionary, rank) {
                        found.push((index, is_user, m));
                    }
                }
            }
            crate::sort::insertion_sort_by_key(&mut found, |(index, is_user, _)| (*index, *is_user));
            out.extend(found.drain(..).map(|(_, _, m)| m));
        }
    }
}

/// The model's l33t matcher taken literally: every map applied to the whole password, every
/// word found kept (repeats of an identical match dropped, as [`matches`] never makes them).
/// Exponential in the number of distinct l33t characters; for differential tests only.
pub(crate) fn literal(matcher: &Matcher<'_>, units: &[u16]) -> Vec<Match> {
    let mut all = Vec::new();
    for map in enumerate(units) {
        let translated: Vec<u16> = units.iter().map(|&u| translate(u, &map)).collect();
        let lower = to_lower(&translated);
        super::dictionary::scan(matcher, units.len(), &lower, |i, j, dictionary, rank| {
            let word = lower.get(i..=j).unwrap_or_default();
            if let Some(m) = l33t_match(units, i, j, word, &map, dictionary, rank) {
                all.push(m);
            }
        });
    }
    super::sort(&mut all);
    let mut kept: Vec<Match> = Vec::new();
    for m in all.into_iter().filter(|m| m.len() > 1) {
        let group = kept.iter().rev().take_while(|k| (k.i, k.j) == (m.i, m.j));
        if !group.into_iter().any(|k| *k == m) {
            kept.push(m);
        }
    }
    kept
}

fn l33t_match(
    units: &[u16],
    i: usize,
    j: usize,
    word: &[u16],
    map: &Map,
    dictionary: Dictionary,
    rank: u32,
) -> Option<Match> {
    let token = units.get(i..=j)?;
    let lower = to_lower(token);
    if lower == word {
        return None; // no substitution after all
    }
    let mut l33t = 1.0;
    for (t, &letter) in map.iter().enumerate() {
        let subbed = u16::from(*CHARS.get(t)?);
        if letter == 0 || !token.contains(&subbed) {
            continue;
        }
        let s = lower.iter().filter(|&&u| u == subbed).count();
        let u = lower.iter().filter(|&&u| u == u16::from(letter)).count();
        l33t *= if s == 0 || u == 0 { 2.0 } else { variations(u, s) };
    }
    let raw = f64::from(rank) * uppercase_variations(token, &lower) * l33t;
    let word = Word { dictionary, rank, reversed: false, l33t: true };
    Some(finish(i, j, units.len(), Pattern::Dictionary(word), raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_follow_the_models_enumeration() {
        // zxcvbn 4.4.2's enumerate_l33t_subs for "1|7!", each map's pairs sorted.
        let units: Vec<u16> = "1|7!".encode_utf16().collect();
        let maps = enumerate(&units);
        let show = |map: &Map| -> String {
            let mut pairs: Vec<String> = map
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .map(|(t, &v)| format!("{}{}", CHARS[t] as char, v as char))
                .collect();
            pairs.sort();
            pairs.join(" ")
        };
        let shown: Vec<String> = maps.iter().map(show).collect();
        assert_eq!(
            shown,
            [
                "1i 7t", "1l 7t", "!i 1l 7t", "1l 7t |i", "1i 7t |l", "!i 7t |l", "7t |i", "7t |l", "1i 7l",
                "!i 7l", "!i 7t", "7l |i"
            ]
        );
        let every: Vec<u16> = "4@8({[<3691!|0$5+7%2".encode_utf16().collect();
        assert_eq!(enumerate(&every).len(), MAX_MAPS);
        assert!(enumerate(&"plain".encode_utf16().collect::<Vec<_>>()).is_empty());
    }
}
