//! Bounding zxcvbn's cost: the password is handed to zxcvbn in segments small enough that
//! each call is cheap, whatever the input.
//!
//! zxcvbn's cost grows super-linearly with length and combinatorially with the number of
//! distinct l33t-table characters (`4 @ 8 ( { [ < 3 6 9 1 ! | 0 $ 5 + 7 % 2`): 24 characters
//! made of 12 such characters take ~15 ms natively, 40 random characters ~12 ms. A segment
//! therefore holds at most [`SEGMENT_CHARS`] characters and [`SEGMENT_LEET`] distinct l33t
//! characters, and only the first [`MAX_ANALYSED`] characters are read at all.
//!
//! Ordinary passwords fit in one segment and get exactly zxcvbn's result. Longer ones are cut,
//! preferably just after a separator (space, `-`, `_`, `.`) so words stay whole.

/// Characters of a password that the strength estimate reads; the rest adds nothing.
pub const MAX_ANALYSED: usize = 64;
/// Longest segment handed to zxcvbn in one call.
pub const SEGMENT_CHARS: usize = 32;
/// Most distinct l33t-table characters in one segment.
pub const SEGMENT_LEET: usize = 8;

/// Characters zxcvbn's l33t matcher substitutes (its whole table).
const LEET: &str = "4@8({[<3691!|0$5+7%2";
const SEPARATORS: &str = " -_.";

/// Splits the first [`MAX_ANALYSED`] characters of `password` into bounded segments.
pub fn split(password: &str) -> Vec<String> {
    let mut segments = Vec::new();
    let mut current: Vec<char> = Vec::new();
    let mut leet: Vec<char> = Vec::new();
    for c in password.chars().take(MAX_ANALYSED) {
        let new_leet = LEET.contains(c) && !leet.contains(&c);
        if current.len() == SEGMENT_CHARS || (new_leet && leet.len() == SEGMENT_LEET) {
            let cut = if new_leet { current.len() } else { cut_point(&current) };
            let rest = current.split_off(cut);
            segments.push(current.iter().collect());
            current = rest;
            leet = current.iter().copied().filter(|c| LEET.contains(*c)).collect();
            leet.sort_unstable();
            leet.dedup();
        }
        if LEET.contains(c) && !leet.contains(&c) {
            leet.push(c);
        }
        current.push(c);
    }
    if !current.is_empty() {
        segments.push(current.iter().collect());
    }
    segments
}

/// Where to cut a full segment: after its last separator in the second half, else at the end.
fn cut_point(segment: &[char]) -> usize {
    segment
        .iter()
        .rposition(|c| SEPARATORS.contains(*c))
        .map(|i| i + 1)
        .filter(|&cut| cut > segment.len() / 2 && cut < segment.len())
        .unwrap_or(segment.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ordinary_passwords_are_one_segment() {
        for password in ["password", "Tr0ub4dour&3", "correct horse battery staple", "P@ssw0rd!2024", ""] {
            let segments = split(password);
            assert!(segments.len() <= 1, "{password}: {segments:?}");
            assert_eq!(segments.concat(), password);
        }
    }

    #[test]
    fn long_passphrases_are_cut_after_a_separator() {
        let segments = split("cactus-jogging-wizard-unpaved-ladle-siesta");
        assert_eq!(segments, ["cactus-jogging-wizard-unpaved-", "ladle-siesta"]);
    }

    #[test]
    fn leet_dense_input_is_cut_by_distinct_leet_count() {
        let segments = split("4@8({[<3691!|0$5+7%2");
        assert_eq!(segments, ["4@8({[<3", "691!|0$5", "+7%2"]);
    }

    proptest! {
        #[test]
        fn segments_cover_the_analysed_prefix_within_bounds(password in any::<String>()) {
            let segments = split(&password);
            let prefix: String = password.chars().take(MAX_ANALYSED).collect();
            prop_assert_eq!(segments.concat(), prefix);
            for segment in &segments {
                prop_assert!(!segment.is_empty());
                prop_assert!(segment.chars().count() <= SEGMENT_CHARS);
                let mut leet: Vec<char> = segment.chars().filter(|c| LEET.contains(*c)).collect();
                leet.sort_unstable();
                leet.dedup();
                prop_assert!(leet.len() <= SEGMENT_LEET, "{:?}", segment);
            }
        }
    }
}
