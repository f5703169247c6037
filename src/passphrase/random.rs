//! Randomness for the generator: the OS source, and unbiased choices from it.
//!
//! Natively [`OsRandom`] reads the operating system's generator; on `wasm32-unknown-unknown`
//! `getrandom` calls `crypto.getRandomValues`. Tests inject any [`RandomSource`], including a
//! closure `FnMut() -> Result<u32, RandomError>`.

/// The random source failed (or kept returning values it had to reject).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no secure random numbers available: {0}")]
pub struct RandomError(pub String);

/// A source of uniformly distributed `u32` values.
pub trait RandomSource {
    /// The next value, or why none is available.
    fn next_u32(&mut self) -> Result<u32, RandomError>;
}

/// The operating system's cryptographic generator (`crypto.getRandomValues` in browsers).
#[derive(Debug, Default, Clone, Copy)]
pub struct OsRandom;

impl RandomSource for OsRandom {
    fn next_u32(&mut self) -> Result<u32, RandomError> {
        getrandom::u32().map_err(|err| RandomError(err.to_string()))
    }
}

impl<F: FnMut() -> Result<u32, RandomError>> RandomSource for F {
    fn next_u32(&mut self) -> Result<u32, RandomError> {
        self()
    }
}

/// Draws that may be rejected in a row before [`uniform`] gives up. A fair source is rejected
/// with probability `(2^32 mod n) / 2^32` (< 2e-6 for every `n` passgate uses), so giving up
/// means the source is broken, not unlucky.
const MAX_ATTEMPTS: usize = 64;

/// A uniform integer in `0..n` by rejection sampling: values in the top `2^32 mod n` of the
/// `u32` range (the "biased zone" that `% n` would fold onto the small results) are redrawn.
pub fn uniform<R: RandomSource + ?Sized>(rng: &mut R, n: u32) -> Result<u32, RandomError> {
    if n == 0 {
        return Err(RandomError("cannot choose from an empty range".to_owned()));
    }
    let span = 1u64 << 32;
    let limit = span - span % u64::from(n);
    for _ in 0..MAX_ATTEMPTS {
        let value = rng.next_u32()?;
        if u64::from(value) < limit {
            return Ok(value % n);
        }
    }
    Err(RandomError(format!("the random source returned {MAX_ATTEMPTS} out-of-range values in a row")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sequence(values: Vec<u32>) -> impl FnMut() -> Result<u32, RandomError> {
        let mut values = values.into_iter();
        move || values.next().ok_or_else(|| RandomError("exhausted".to_owned()))
    }

    #[test]
    fn values_in_the_biased_zone_are_redrawn() {
        let n = 7776u32;
        let first_biased = u32::try_from((1u64 << 32) - (1u64 << 32) % u64::from(n)).unwrap();
        assert_eq!((1u64 << 32) % u64::from(n), 2_560, "size of the biased zone");
        // The last accepted value maps to n - 1; the biased zone is redrawn until a value fits.
        let mut rng = sequence(vec![first_biased, u32::MAX, first_biased - 1]);
        assert_eq!(uniform(&mut rng, n), Ok(n - 1));
        let mut rng = sequence(vec![u32::MAX, 42]);
        assert_eq!(uniform(&mut rng, n), Ok(42));
        assert!(rng().is_err(), "exactly two draws were used");
    }

    #[test]
    fn powers_of_two_never_reject() {
        let mut rng = sequence(vec![u32::MAX]);
        assert_eq!(uniform(&mut rng, 8), Ok(7));
    }

    #[test]
    fn a_source_stuck_in_the_biased_zone_is_an_error_not_a_hang() {
        let mut rng = || Ok(u32::MAX);
        assert!(uniform(&mut rng, 10).is_err());
        assert!(uniform(&mut rng, 0).is_err());
    }

    #[test]
    fn failures_propagate() {
        let mut rng = || Err(RandomError("no entropy".to_owned()));
        assert_eq!(uniform(&mut rng, 10), Err(RandomError("no entropy".to_owned())));
        assert!(uniform(&mut OsRandom, 7776).is_ok_and(|v| v < 7776));
    }
}
