//! Passphrases: generate them from the EFF large word list with exact entropy, fit them to a
//! policy, and recognise them in what people type.
//!
//! Entry points:
//! - [`generate`]: a passphrase from [`PassphraseOptions`] and a [`RandomSource`]
//!   ([`OsRandom`] outside tests), with its exact entropy.
//! - [`generate_for`]: the same, adjusted to meet [`PassphraseRequirements`] filled by a
//!   policy, listing each [`Adjustment`].
//! - [`analyze`] / [`analyze_with`]: is a candidate a passphrase, how many words, which
//!   separator, and [`Advice`].
//! - [`looks_generated`]: whether a candidate has the shape of a generated EFF passphrase, and
//!   then its exact entropy (zxcvbn's estimate is off by 17–24 bits for these).
//!
//! The word list is CC-BY 3.0 US data from the Electronic Frontier Foundation; see `NOTICE`.
//! Generation can fail (invalid options, a failing random source, an unsatisfiable policy);
//! analysis cannot.
//!
//! ```
//! use passgate::passphrase::{generate, OsRandom, PassphraseOptions};
//!
//! let generated = generate(&PassphraseOptions::default(), &mut OsRandom).unwrap();
//! assert_eq!(generated.words, 6);
//! // Six words from the list without its four hyphenated words (the separator is `-`).
//! assert!((generated.entropy_bits - 6.0 * 7772f64.log2()).abs() < 1e-9);
//! ```

mod detect;
mod fit;
mod generate;
mod options;
mod random;
mod shape;
mod unsatisfiable;
pub mod wordlist;

pub use detect::{analyze, analyze_with, Advice, AnalyzeHints, PassphraseReport};
pub use fit::{adjust, generate_for, Adjustment, CharPredicate, PassphraseRequirements, TextMap};
pub use generate::{entropy_bits, generate, GeneratedPassphrase};
pub use options::{PassphraseOptions, MAX_SEPARATOR_CHARS, MAX_WORDS, MIN_WORDS};
pub use random::{uniform, OsRandom, RandomError, RandomSource};
pub use shape::{looks_generated, GeneratedShape};
pub use unsatisfiable::{Unsatisfiable, UnsatisfiableCode};

use crate::error::ConfigError;

/// Why a passphrase could not be generated. Variants may be added.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    /// The options are invalid (`options.words` outside 3–20, a bad separator).
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The random source failed; nothing was generated.
    #[error(transparent)]
    Random(#[from] RandomError),
    /// No adjustment of the options meets the policy; the [`Unsatisfiable`] reason says which
    /// requirement, with its numbers.
    #[error("{0}")]
    Unsatisfiable(Unsatisfiable),
    /// The word list is not in yet ([`wordlist::install`], without the `words` feature).
    #[error("the passphrase word list has not loaded yet")]
    WordsNotLoaded,
}

impl PassphraseError {
    /// The stable code put on the JS `Error` (`err.code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Config(err) => err.code(),
            Self::Random(_) => "randomUnavailable",
            Self::Unsatisfiable(_) => "policyUnsatisfiable",
            Self::WordsNotLoaded => "wordsNotLoaded",
        }
    }

    /// The reason no passphrase can meet the policy, for [`PassphraseError::Unsatisfiable`].
    pub fn unsatisfiable(&self) -> Option<&Unsatisfiable> {
        match self {
            Self::Unsatisfiable(reason) => Some(reason),
            _ => None,
        }
    }
}
