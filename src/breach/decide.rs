//! Turning what the fetch produced into a verdict. Failure is "unknown", never "clear".

use std::fmt;

use serde::Serialize;

use super::hash::RangeQuery;
use super::range::lookup;
use crate::messages::render_plain;

/// What the platform's fetch produced for one range request (the binding fills this in; the
/// core never does network I/O).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// The server answered (any status); `body` is the response text.
    Response {
        /// HTTP status code.
        status: u16,
        /// The response body as text.
        body: String,
    },
    /// No answer within the configured timeout.
    Timeout,
    /// The request failed before a response arrived (offline, DNS, TLS, CORS, aborted).
    Network,
}

crate::messages::vocabulary! {
    /// Why a breach check could not reach a verdict.
    UnknownReason {
        /// The service did not answer within the timeout.
        Timeout = "timeout" => "The breached-password service did not answer in time.",
        /// The request failed (offline, DNS, TLS, CORS).
        Network = "network" => "The breached-password service could not be reached.",
        /// The service answered with a non-2xx status (`httpStatus` says which).
        Http = "http" => "The breached-password service returned an error.",
        /// The service answered 2xx but the body was empty or not a valid range response.
        Malformed = "malformed" => "The breached-password service sent an unreadable answer.",
        /// The password is empty: nothing was sent.
        Empty = "empty" => "There is no password to check.",
    }
}

/// The verdict of a breach check, serialized as `{ status: "breached", count }`,
/// `{ status: "clear" }` or `{ status: "unknown", reason, httpStatus? }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum BreachResult {
    /// The password's hash is in the breach corpus.
    Breached {
        /// How many times it was seen (always at least 1).
        #[cfg_attr(feature = "typescript", ts(type = "number"))]
        count: u64,
    },
    /// The range was read and the hash is not in it (or only as a padding row).
    Clear,
    /// No verdict: treat the password as unchecked, not as safe.
    Unknown {
        /// What went wrong.
        reason: UnknownReason,
        /// The HTTP status, present only when `reason` is `http`.
        #[serde(rename = "httpStatus", skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "typescript", ts(optional))]
        http_status: Option<u16>,
    },
}

crate::messages::vocabulary! {
    templates with parameters
    /// The status line of a `breached` or `clear` result (`breach.*` in the catalogue; an
    /// `unknown` result reads as its [`UnknownReason`]).
    BreachStatus {
        /// [`BreachResult::Breached`]; `{count}` is the breach count.
        Breached = "breached" =>
            "This password has appeared in data breaches {count, plural, one {once} other {# times}}. \
             Choose a different one.",
        Clear = "clear" => "This password was not found in known data breaches.",
    }
}

impl BreachResult {
    /// An `unknown` result without an HTTP status.
    pub const fn unknown(reason: UnknownReason) -> Self {
        Self::Unknown { reason, http_status: None }
    }

    /// The English template of this result's status line.
    pub fn template(&self) -> &'static str {
        match self {
            Self::Breached { .. } => BreachStatus::Breached.template(),
            Self::Clear => BreachStatus::Clear.template(),
            Self::Unknown { reason, .. } => reason.template(),
        }
    }
}

/// A one-sentence English status line: "This password has appeared in data breaches 3 times. ..."
impl fmt::Display for BreachResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let params = serde_json::to_value(self).unwrap_or_default();
        f.write_str(&render_plain(self.template(), &params))
    }
}

/// A breach verdict with its status line, as JS receives it:
/// `{ status, count?, reason?, httpStatus?, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct BreachVerdict {
    /// The verdict, flattened: `status` and its fields.
    #[serde(flatten)]
    pub result: BreachResult,
    /// English status line (for `unknown`, the reason).
    pub message: String,
}

impl From<BreachResult> for BreachVerdict {
    fn from(result: BreachResult) -> Self {
        Self { message: result.to_string(), result }
    }
}

/// The verdict that needs no request: an empty password is never sent.
pub fn without_lookup(password: &str) -> Option<BreachResult> {
    password.is_empty().then_some(BreachResult::unknown(UnknownReason::Empty))
}

/// Decides what `outcome` means for `query`: a 2xx range holding the suffix with a count above
/// zero is `breached`; a valid range without it (or with it only as padding) is `clear`; every
/// failure (timeout, network, non-2xx, empty or malformed body) is `unknown`.
///
/// ```
/// use passgate::breach::{decide, BreachResult, FetchOutcome, HashMode, RangeQuery, UnknownReason};
///
/// let query = RangeQuery::new("password", HashMode::Sha1);
/// let outcome = FetchOutcome::Response { status: 429, body: String::new() };
/// let result = decide(&query, outcome);
/// assert_eq!(result, BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(429) });
/// ```
pub fn decide(query: &RangeQuery, outcome: FetchOutcome) -> BreachResult {
    match outcome {
        FetchOutcome::Timeout => BreachResult::unknown(UnknownReason::Timeout),
        FetchOutcome::Network => BreachResult::unknown(UnknownReason::Network),
        FetchOutcome::Response { status, .. } if !(200..=299).contains(&status) => {
            BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(status) }
        }
        FetchOutcome::Response { body, .. } => match lookup(&body, query) {
            Ok(0) => BreachResult::Clear,
            Ok(count) => BreachResult::Breached { count },
            Err(_) => BreachResult::unknown(UnknownReason::Malformed),
        },
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::breach::HashMode;

    const PW_SUFFIX: &str = "1E4C9B93F3F0682250B6CF8331B7EE68FD8";
    const OTHER: &str = "0018A45C4D1DEF81644B54AB7F969B88D65";

    fn ok(body: impl Into<String>) -> FetchOutcome {
        FetchOutcome::Response { status: 200, body: body.into() }
    }

    #[test]
    fn decisions() {
        let query = RangeQuery::new("password", HashMode::Sha1);
        let http = |status| BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(status) };
        let malformed = BreachResult::unknown(UnknownReason::Malformed);
        let cases = [
            (
                "breached",
                ok(format!("{OTHER}:2\r\n{PW_SUFFIX}:52256179")),
                BreachResult::Breached { count: 52256179 },
            ),
            ("absent", ok(format!("{OTHER}:2")), BreachResult::Clear),
            ("padding row for our suffix", ok(format!("{OTHER}:2\r\n{PW_SUFFIX}:0")), BreachResult::Clear),
            (
                "other 2xx",
                FetchOutcome::Response { status: 203, body: format!("{PW_SUFFIX}:3") },
                BreachResult::Breached { count: 3 },
            ),
            ("empty 200", ok(""), malformed),
            ("truncated", ok(format!("{OTHER}:2\r\n{}", &PW_SUFFIX[..10])), malformed),
            ("garbage", ok("<html>oops</html>"), malformed),
            ("204 no content", FetchOutcome::Response { status: 204, body: String::new() }, malformed),
            (
                "429 with a valid-looking body",
                FetchOutcome::Response { status: 429, body: format!("{PW_SUFFIX}:0") },
                http(429),
            ),
            ("502", FetchOutcome::Response { status: 502, body: String::new() }, http(502)),
            ("404", FetchOutcome::Response { status: 404, body: "Not found".into() }, http(404)),
            ("304", FetchOutcome::Response { status: 304, body: String::new() }, http(304)),
            ("timeout", FetchOutcome::Timeout, BreachResult::unknown(UnknownReason::Timeout)),
            ("network", FetchOutcome::Network, BreachResult::unknown(UnknownReason::Network)),
        ];
        for (name, outcome, expected) in cases {
            assert_eq!(decide(&query, outcome), expected, "{name}");
        }
    }

    #[test]
    fn ntlm_query_reads_ntlm_ranges() {
        let query = RangeQuery::new("password", HashMode::Ntlm);
        let body = format!("{}:1\r\n{}:9", "0".repeat(27), query.suffix());
        assert_eq!(decide(&query, ok(body)), BreachResult::Breached { count: 9 });
        // A SHA-1 range answered to an NTLM question is malformed, not clear.
        assert_eq!(
            decide(&query, ok(format!("{PW_SUFFIX}:1"))),
            BreachResult::unknown(UnknownReason::Malformed)
        );
    }

    #[test]
    fn serialized_shapes() {
        let cases = [
            (BreachResult::Breached { count: 3 }, json!({ "status": "breached", "count": 3 })),
            (BreachResult::Clear, json!({ "status": "clear" })),
            (
                BreachResult::unknown(UnknownReason::Timeout),
                json!({ "status": "unknown", "reason": "timeout" }),
            ),
            (
                BreachResult::unknown(UnknownReason::Network),
                json!({ "status": "unknown", "reason": "network" }),
            ),
            (
                BreachResult::unknown(UnknownReason::Malformed),
                json!({ "status": "unknown", "reason": "malformed" }),
            ),
            (
                BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(502) },
                json!({ "status": "unknown", "reason": "http", "httpStatus": 502 }),
            ),
        ];
        for (result, expected) in cases {
            assert_eq!(serde_json::to_value(result).unwrap(), expected);
        }
    }

    #[test]
    fn every_reason_has_a_message() {
        for reason in UnknownReason::ALL {
            assert!(reason.to_string().ends_with('.'), "{reason:?}");
        }
    }

    #[test]
    fn status_lines() {
        let cases = [
            (
                BreachResult::Breached { count: 1 },
                "This password has appeared in data breaches once. Choose a different one.",
            ),
            (
                BreachResult::Breached { count: 52256179 },
                "This password has appeared in data breaches 52256179 times. Choose a different one.",
            ),
            (BreachResult::Clear, "This password was not found in known data breaches."),
            (
                BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(502) },
                "The breached-password service returned an error.",
            ),
        ];
        for (result, line) in cases {
            let verdict = serde_json::to_value(BreachVerdict::from(result)).unwrap();
            let mut expected = serde_json::to_value(result).unwrap();
            expected["message"] = line.into();
            assert_eq!(verdict, expected);
        }
    }

    proptest! {
        #[test]
        fn failure_is_never_clear(status in any::<u16>(), body in any::<String>()) {
            let query = RangeQuery::new("password", HashMode::Sha1);
            let result = decide(&query, FetchOutcome::Response { status, body: body.clone() });
            let verdict = matches!(result, BreachResult::Clear | BreachResult::Breached { .. });
            prop_assert_eq!(verdict, (200..=299).contains(&status) && lookup(&body, &query).is_ok());
        }
    }
}
