//! Guess counts of the model, in f64 and in the order of operations that makes every build
//! give the same bits: no platform `pow` or `log` (those come from `libm`, pure Rust).

/// Guesses per unit of text nothing explains.
pub const BRUTEFORCE_CARDINALITY: f64 = 10.0;
/// The smallest guess count of a one-unit part of a longer password.
pub const MIN_SUBMATCH_GUESSES_SINGLE_CHAR: f64 = 10.0;
/// The smallest guess count of a longer part of a longer password.
pub const MIN_SUBMATCH_GUESSES_MULTI_CHAR: f64 = 50.0;
/// The additive penalty base for every extra match in a sequence.
pub const MIN_GUESSES_BEFORE_GROWING_SEQUENCE: f64 = 10_000.0;
/// The smallest year distance dates and years are credited with.
pub const MIN_YEAR_SPACE: f64 = 20.0;

/// `base^exponent`, identical on every target.
pub fn pow(base: f64, exponent: f64) -> f64 {
    libm::pow(base, exponent)
}

/// log10 as the model computes it: `ln(n) / ln(10)`.
pub fn log10(n: f64) -> f64 {
    libm::log(n) / libm::log(10.0)
}

/// Binomial coefficient, by the model's multiplicative formula (exact for its small arguments).
pub fn n_ck(mut n: f64, k: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)] // k is a count of characters
    let kf = k as f64;
    if kf > n {
        return 0.0;
    }
    let mut r = 1.0;
    for d in 1..=k {
        #[allow(clippy::cast_precision_loss)]
        let d = d as f64;
        r *= n;
        r /= d;
        n -= 1.0;
    }
    r
}

/// `n!` as an f64 product in ascending order.
pub fn factorial(n: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    (2..=n).fold(1.0, |f, i| f * i as f64)
}

/// The floor for a match of `len` units in a password of `n` units.
pub fn min_guesses(len: usize, n: usize) -> f64 {
    if len >= n {
        1.0
    } else if len == 1 {
        MIN_SUBMATCH_GUESSES_SINGLE_CHAR
    } else {
        MIN_SUBMATCH_GUESSES_MULTI_CHAR
    }
}

/// Guesses for `len` units of bruteforce.
pub fn bruteforce(len: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let mut guesses = pow(BRUTEFORCE_CARDINALITY, len as f64);
    if guesses == f64::INFINITY {
        guesses = f64::MAX;
    }
    let floor =
        if len == 1 { MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1.0 } else { MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1.0 };
    guesses.max(floor)
}

/// Σ C(total, i) for i in 1..=min(a, b): the ways to place up to min(a, b) marked characters
/// among `total` (capitals among letters, shifted among keys, substitutions among letters).
pub fn variations(a: usize, b: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let total = (a + b) as f64;
    (1..=a.min(b)).fold(0.0, |sum, i| sum + n_ck(total, i))
}

/// How many capitalisations of the word an attacker tries before this one.
pub fn uppercase_variations(token: &[u16], lower: &[u16]) -> f64 {
    use super::units::{all_upper, ends_upper, is_lower, is_upper, starts_upper};
    let uppers = token.iter().filter(|&&u| is_upper(u)).count();
    if uppers == 0 || token == lower {
        return 1.0;
    }
    if starts_upper(token) || ends_upper(token) || all_upper(token) {
        return 2.0;
    }
    let lowers = token.iter().filter(|&&u| is_lower(u)).count();
    variations(uppers, lowers)
}

/// The model's reference for a year: `|year - reference|`, at least [`MIN_YEAR_SPACE`].
pub fn year_space(year: i32, reference: i32) -> f64 {
    f64::from(year.abs_diff(reference)).max(MIN_YEAR_SPACE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combinatorics_match_the_model() {
        assert_eq!(n_ck(5.0, 2), 10.0);
        assert_eq!(n_ck(2.0, 5), 0.0);
        assert_eq!(n_ck(7.0, 0), 1.0);
        assert_eq!(factorial(0), 1.0);
        assert_eq!(factorial(5), 120.0);
        assert_eq!(variations(2, 3), 5.0 + 10.0);
        assert_eq!(bruteforce(1), 11.0);
        assert_eq!(bruteforce(2), 100.0);
        assert_eq!(bruteforce(400), f64::MAX);
        assert_eq!(year_space(2019, 2026), 20.0);
        assert_eq!(year_space(1950, 2026), 76.0);
    }

    #[test]
    fn capitalisation_counts_as_the_model_does() {
        let u = |s: &str| s.encode_utf16().collect::<Vec<u16>>();
        let table = [
            ("password", 1.0),
            ("Password", 2.0),
            ("passworD", 2.0),
            ("PASSWORD", 2.0),
            ("MONKEY123", 2.0),
            ("PaSsword", 8.0 + 28.0),
        ];
        for (token, expected) in table {
            let lower = super::super::units::to_lower(&u(token));
            assert_eq!(uppercase_variations(&u(token), &lower), expected, "{token}");
        }
    }
}
