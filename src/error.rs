//! Configuration errors: the only way building a checker, or checking, can fail.
//!
//! Checking a password never fails (a broken rule is data in the report); only decoding or
//! validating options and context can. Generating a passphrase has its own error,
//! [`crate::passphrase::PassphraseError`], which wraps these and adds a failing random source
//! and a policy no passphrase can meet. Each error carries a stable `code` that the binding
//! layer puts on the thrown JS `Error`, and a message that names the offending field.

/// An invalid options object, policy config or context. Variants may be added: match with a
/// wildcard arm, or use [`ConfigError::code`].
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// A key that passgate does not know (usually a typo), e.g. `policy.minLenght`.
    #[error("{path}: unknown option (accepted: {accepted})")]
    UnknownOption {
        /// Dotted path of the unknown key, e.g. `policy.minLenght`.
        path: String,
        /// The keys accepted at that place.
        accepted: String,
    },
    /// A value of the wrong type or outside its accepted range.
    #[error("{path}: {reason}")]
    InvalidOption {
        /// Dotted path of the field, e.g. `policy.minLength`.
        path: String,
        /// What is wrong and what is accepted.
        reason: String,
    },
    /// A `preset` name that is not one of the shipped presets.
    #[error("{path}: unknown preset {name:?} (accepted: {accepted})")]
    UnknownPreset {
        /// Dotted path of the field.
        path: String,
        /// The name given.
        name: String,
        /// The preset ids passgate ships.
        accepted: String,
    },
    /// The policy needs data this build loads on demand and that has not been installed yet
    /// (the blocklist's short entries for a `minLength` under 8, `policy::blocklist`). The wasm
    /// package installs it and tries again, so JavaScript callers never see this code.
    #[error("{path}: {reason}")]
    ListNotLoaded {
        /// Dotted path of the field that makes the data necessary.
        path: String,
        /// What is missing and how to install it.
        reason: String,
    },
    /// An argument of the wrong type passed to a function (e.g. a password that is not a string).
    #[error("{name}: {reason}")]
    InvalidArgument {
        /// The argument's name.
        name: String,
        /// What is wrong.
        reason: String,
    },
}

impl ConfigError {
    /// The stable code put on the JS `Error` (`err.code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownOption { .. } => "unknownOption",
            Self::InvalidOption { .. } => "invalidOption",
            Self::UnknownPreset { .. } => "unknownPreset",
            Self::InvalidArgument { .. } => "invalidArgument",
            Self::ListNotLoaded { .. } => "listNotLoaded",
        }
    }

    /// Shorthand for an [`ConfigError::InvalidOption`].
    pub fn invalid(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::InvalidOption { path: path.into(), reason: reason.into() }
    }
}
