//! The wasm side of the breach check, in two synchronous halves around the request, which the
//! package's JavaScript makes with `fetch` (`pkg/src/range-fetch.ts`): [`BreachClient::start`]
//! hashes the password and says which range to fetch (or answers from the cache), and
//! [`BreachClient::finish`] decides from what came back and caches a valid range. Only the
//! 5-hex prefix is ever in the request; hashing and matching happen in the core. Keeping the
//! request in JavaScript leaves the module without an async runtime or fetch bindings.

use std::cell::RefCell;

use js_sys::Array;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use passgate::breach::{decide, BreachConfig, BreachResult, BreachVerdict, FetchOutcome, RangeCache};

/// Range lookups for one checker: its settings and its cache.
pub struct BreachClient {
    config: BreachConfig,
    cache: RefCell<RangeCache>,
}

/// The request the page makes for a lookup: `key` names the range (requests with the same key
/// in flight are shared), `url` holds only the 5-hex prefix.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RangeRequest {
    key: String,
    url: String,
    /// Whether to send `Add-Padding: true` (a base URL; never a template endpoint).
    padding: bool,
    timeout_ms: u32,
}

/// What `breachStart` returns: the verdict at once (`{ verdict }`), or the request to make
/// (`{ request }`).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Start {
    Verdict(BreachVerdict),
    Request(RangeRequest),
}

impl BreachClient {
    pub fn new(config: BreachConfig) -> Self {
        Self { config, cache: RefCell::default() }
    }

    /// The verdict from the cache, or the range to fetch for `password`.
    pub fn start(&self, password: &str) -> Start {
        let query = self.config.query(password);
        if let Some(body) = self.cache.borrow().get(query.mode(), query.prefix()) {
            return Start::Verdict(BreachVerdict::from(decide(
                &query,
                FetchOutcome::Response { status: 200, body: body.to_owned() },
            )));
        }
        Start::Request(RangeRequest {
            key: query.prefix().to_owned(),
            url: self.config.range_url(query.prefix()),
            padding: self.config.sends_padding_header(),
            timeout_ms: self.config.timeout_ms(),
        })
    }

    /// The verdict for `password` from the outcome of its range request; a valid range is cached.
    pub fn finish(&self, password: &str, outcome: FetchOutcome) -> BreachResult {
        let query = self.config.query(password);
        if let FetchOutcome::Response { status: 200..=299, body } = &outcome {
            self.cache.borrow_mut().insert_if_valid(query.mode(), query.prefix(), body);
        }
        decide(&query, outcome)
    }
}

/// The outcome as the page reports it: `[status, body]`, `"timeout"`, or anything else for a
/// network failure.
pub fn decode_outcome(value: &JsValue) -> FetchOutcome {
    if value.as_string().as_deref() == Some("timeout") {
        return FetchOutcome::Timeout;
    }
    let Some(parts) = value.dyn_ref::<Array>() else { return FetchOutcome::Network };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // an HTTP status, checked below
    let status = parts.get(0).as_f64().filter(|s| (0.0..=999.0).contains(s)).map(|s| s as u16);
    match (status, parts.get(1).as_string()) {
        (Some(status), Some(body)) => FetchOutcome::Response { status, body },
        _ => FetchOutcome::Network,
    }
}
