//! Breached-password lookups by k-anonymity, against a Pwned Passwords compatible range API.
//!
//! This module holds the protocol, not the network: the platform (the JS binding, or a native
//! caller's HTTP client) performs the request and hands the outcome back.
//!
//! 1. [`BreachConfig::new`] validates [`BreachOptions`] (endpoint, mode, padding, timeout).
//! 2. [`RangeQuery::new`] hashes the exact password (SHA-1, or NTLM = MD4 of UTF-16LE) and
//!    splits it into a 5-hex prefix, the only part that is sent, and a suffix that stays local.
//! 3. The caller fetches [`BreachConfig::range_url`] (a base URL's `/range/{PREFIX}`, or a
//!    static export's URL template filled in), with `Add-Padding: true` when
//!    [`BreachConfig::sends_padding_header`], and wraps what happened in a [`FetchOutcome`].
//! 4. [`decide`] parses the range strictly ([`range`]) and returns a [`BreachResult`]: breached,
//!    clear, or unknown. Any failure is unknown, never clear.
//! 5. On a server, [`BreachPolicy`] (fail open or fail closed, a configuration choice) turns
//!    that result into accept or reject.
//!
//! ```
//! use passgate::breach::{decide, BreachConfig, BreachResult, FetchOutcome};
//!
//! let config = BreachConfig::default();
//! let query = config.query("P@ssw0rd");
//! assert_eq!(config.range_url(query.prefix()), "https://api.pwnedpasswords.com/range/21BD1");
//! // ... the platform fetches the URL; here the service was unreachable:
//! assert!(matches!(decide(&query, FetchOutcome::Network), BreachResult::Unknown { .. }));
//! ```
//!
//! Cost: hashing is O(password length); [`decide`] is O(response length) with no allocation
//! beyond the response itself.

pub mod cache;
mod decide;
mod endpoint;
mod failure;
mod hash;
mod options;
pub mod range;

pub use cache::RangeCache;
pub use decide::{
    decide, without_lookup, BreachResult, BreachStatus, BreachVerdict, FetchOutcome, UnknownReason,
};
pub use failure::{BreachDecision, BreachPolicy};
pub use hash::{hash_hex, HashMode, RangeQuery, PREFIX_LEN};
pub use options::{
    BreachConfig, BreachOptions, DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, MIN_TIMEOUT_MS,
};
pub use range::{lookup, parse_range, RangeError, RangeRow};
