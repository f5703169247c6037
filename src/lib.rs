//! passgate checks a new password on the client, as the person types, and the same engine
//! re-checks it on the server.
//!
//! Entry points:
//! - [`Checker`]: built once from [`CheckerOptions`], then [`Checker::check`] returns a
//!   [`Report`] for each candidate password and [`Context`].
//! - [`Policy`]: the composition policy alone (`Policy::from_config`, `Policy::check`), for
//!   server-side enforcement; [`policy::presets`] lists the shipped presets.
//! - [`strength::estimate`]: the zxcvbn-based estimate alone.
//! - [`server::ServerRejection`]: the codes of rejections only a server can make (a reused
//!   password, too recent a change), with English texts, for a server to answer with.
//! - [`decode_json`] / [`decode`]: turn JSON (or any serde input) into options or context,
//!   with errors that name the field.
//!
//! This crate is plain Rust on every target, wasm32 included: no JS crate, no global
//! allocator, no start function. The npm package's wasm module is a separate crate
//! (`passgate-wasm`, in `wasm/`) that owns the JS boundary. A Rust wasm user of this crate picks
//! getrandom's backend for passphrase generation as getrandom documents (on
//! `wasm32-unknown-unknown` in a browser: its `wasm_js` feature), and either keeps the default
//! `nfc` feature or installs an NFC implementation with [`policy::normalize::set_nfc`].
//!
//! ```
//! use passgate::{Checker, CheckerOptions, Context};
//!
//! let checker = Checker::new(CheckerOptions::default()).unwrap();
//! let report = checker.check("correct horse battery staple", &Context::default());
//! assert_eq!(report.length, 28);
//! ```

pub mod breach;
pub mod case;
pub mod catalogue;
pub mod checker;
pub mod classes;
pub mod context;
pub mod decode;
pub mod error;
pub mod feedback;
pub mod messages;
pub mod options;
pub mod passphrase;
pub mod policy;
pub mod report;
pub mod server;
pub mod strength;

mod sort;
mod text;

pub use checker::Checker;
pub use context::Context;
pub use decode::{decode, decode_json};
pub use error::ConfigError;
pub use options::CheckerOptions;
pub use policy::{Policy, PolicyConfig, PolicyReport};
pub use report::Report;

/// The README's Rust examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The Rust examples in SECURITY.md, compiled and run as doctests.
#[doc = include_str!("../SECURITY.md")]
#[cfg(doctest)]
pub struct SecurityDoctests;
