//! What a server does when the breach lookup cannot reach a verdict: a configuration choice,
//! never a silent default.
//!
//! [`decide`](super::decide) reports a failed lookup (timeout, network, non-2xx, malformed body)
//! as [`BreachResult::Unknown`], never as clear. On the server, where a password is finally
//! accepted or refused, that `unknown` has to become one or the other:
//!
//! - [`BreachPolicy::FailOpen`]: accept the password (it still passed the policy, including the
//!   offline common-password blocklist). Sign-ups keep working while the range service is down;
//!   a breached password may get through during the outage.
//! - [`BreachPolicy::FailClosed`]: refuse it, asking the person to try again later. No breached
//!   password gets through; an outage of the range service stops password changes.
//!
//! A breached password is refused and a clear one accepted under both. See SECURITY.md.
//!
//! ```
//! use passgate::breach::{BreachPolicy, BreachResult, BreachDecision, UnknownReason};
//!
//! let down = BreachResult::unknown(UnknownReason::Timeout);
//! assert_eq!(BreachPolicy::FailOpen.verdict(&down), BreachDecision::Accept);
//! assert_eq!(
//!     BreachPolicy::FailClosed.verdict(&down),
//!     BreachDecision::RejectUnverified { reason: UnknownReason::Timeout },
//! );
//! ```

use serde::{Deserialize, Serialize};

use super::decide::{BreachResult, UnknownReason};

/// How a server treats a breach lookup that ended `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BreachPolicy {
    /// Accept the password when the lookup failed (availability first).
    FailOpen,
    /// Refuse the password when the lookup failed (no unchecked password gets through).
    FailClosed,
}

/// The server's decision about one password's breach lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "decision")]
pub enum BreachDecision {
    /// The password may be used (clear, or unknown under [`BreachPolicy::FailOpen`]).
    Accept,
    /// The password is in the breach corpus.
    RejectBreached {
        /// How often the service has seen it.
        count: u64,
    },
    /// The lookup failed and the policy is [`BreachPolicy::FailClosed`]: ask to retry later.
    RejectUnverified {
        /// Why the lookup failed.
        reason: UnknownReason,
    },
}

impl BreachDecision {
    /// Whether the password may be used.
    pub const fn accepted(self) -> bool {
        matches!(self, Self::Accept)
    }
}

impl BreachPolicy {
    /// Turns a lookup result into accept or reject.
    pub fn verdict(self, result: &BreachResult) -> BreachDecision {
        match (*result, self) {
            (BreachResult::Breached { count }, _) => BreachDecision::RejectBreached { count },
            (BreachResult::Clear, _) | (BreachResult::Unknown { .. }, Self::FailOpen) => {
                BreachDecision::Accept
            }
            (BreachResult::Unknown { reason, .. }, Self::FailClosed) => {
                BreachDecision::RejectUnverified { reason }
            }
        }
    }

    /// Whether the password may be used; shorthand for `verdict(result).accepted()`.
    pub fn accepts(self, result: &BreachResult) -> bool {
        self.verdict(result).accepted()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_result_under_both_policies() {
        use BreachPolicy::{FailClosed, FailOpen};
        let breached = BreachResult::Breached { count: 7 };
        let http = BreachResult::Unknown { reason: UnknownReason::Http, http_status: Some(502) };
        let cases = [
            (FailOpen, BreachResult::Clear, BreachDecision::Accept),
            (FailClosed, BreachResult::Clear, BreachDecision::Accept),
            (FailOpen, breached, BreachDecision::RejectBreached { count: 7 }),
            (FailClosed, breached, BreachDecision::RejectBreached { count: 7 }),
            (FailOpen, http, BreachDecision::Accept),
            (FailClosed, http, BreachDecision::RejectUnverified { reason: UnknownReason::Http }),
        ];
        for (policy, result, expected) in cases {
            assert_eq!(policy.verdict(&result), expected, "{policy:?} {result:?}");
            assert_eq!(policy.accepts(&result), expected == BreachDecision::Accept);
        }
    }

    #[test]
    fn every_unknown_reason_follows_the_policy() {
        for &reason in UnknownReason::ALL {
            let result = BreachResult::unknown(reason);
            assert!(BreachPolicy::FailOpen.accepts(&result), "{reason:?}");
            assert_eq!(
                BreachPolicy::FailClosed.verdict(&result),
                BreachDecision::RejectUnverified { reason },
                "{reason:?}"
            );
        }
    }

    #[test]
    fn configurable_from_json() {
        let policy: BreachPolicy = serde_json::from_str("\"failClosed\"").unwrap();
        assert_eq!(policy, BreachPolicy::FailClosed);
        assert_eq!(serde_json::to_string(&BreachPolicy::FailOpen).unwrap(), "\"failOpen\"");
        assert!(serde_json::from_str::<BreachPolicy>("\"open\"").is_err());
        let verdict =
            serde_json::to_value(BreachDecision::RejectUnverified { reason: UnknownReason::Timeout })
                .unwrap();
        assert_eq!(verdict, serde_json::json!({ "decision": "rejectUnverified", "reason": "timeout" }));
    }
}
