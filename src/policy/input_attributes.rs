//! HTML attributes for a new-password `<input>`, so that browsers and password managers
//! generate a password the policy accepts.
//!
//! `passwordrules` follows Apple's Password Rules syntax (`minlength`, `maxlength`,
//! `required`, `allowed`, `max-consecutive`; classes `lower`, `upper`, `digit`, `special`,
//! `ascii-printable`, `unicode`, and `[...]` for custom characters). Some rules cannot be
//! written in it; the choices made here:
//!
//! - **N of M classes** (Entra's 3 of 4) has no syntax. Every counted ASCII class that the
//!   allowed set admits becomes `required`: strict, but any generated password then meets
//!   "N of M", and password managers use all four classes by default anyway.
//! - **Letters without case** (`otherLetter`) are not ASCII, so generators cannot produce them;
//!   the class is left out of `required` (`letter` becomes `required: lower, upper`).
//! - **allowed**: generators draw from ASCII, so an unrestricted policy says
//!   `allowed: ascii-printable`; a restricted one lists its ASCII subset (non-ASCII allowed
//!   characters are dropped; when none of the allowed characters is ASCII, `allowed` is omitted).
//! - Blocklists, context words, banned words and `minScore` are checked, not described.
//! - **`maxBytes`** has no attribute or property: nothing in HTML or Password Rules counts
//!   bytes. Generators draw ASCII (one byte a character), so `maxlength` is the smaller of
//!   `maxLength` and `maxBytes`: every generated password fits both; a typed one with other
//!   characters is still checked against the byte limit.
//!
//! `minlength`/`maxlength` are the policy's lengths in code points; HTML counts UTF-16 units,
//! so `minlength` is never stricter than the policy, and `maxlength` only matters for
//! characters outside the BMP (emoji), which a generator does not produce.

use rustc_hash::FxHashSet;

use serde::Serialize;

use super::classes::CharClass;

/// Attributes for `<input type="password">` on a sign-up or change-password form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct InputAttributes {
    /// Always `"new-password"`: tells password managers to offer a generated password.
    #[cfg_attr(feature = "typescript", ts(type = "\"new-password\""))]
    pub autocomplete: &'static str,
    /// The policy's minimum length.
    pub minlength: u32,
    /// The policy's maximum length, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub maxlength: Option<u32>,
    /// The policy in Apple's Password Rules syntax, e.g.
    /// `minlength: 8; maxlength: 256; required: lower; allowed: ascii-printable;`.
    pub passwordrules: String,
}

/// The parts of a policy that the attributes describe.
pub(crate) struct Describe<'a> {
    pub min_length: u32,
    pub max_length: Option<u32>,
    pub required_classes: &'a [CharClass],
    pub min_classes: u8,
    pub counted_classes: &'a [CharClass],
    pub allowed: Option<&'a FxHashSet<char>>,
    pub max_repeated: Option<u32>,
}

/// Whether a character belongs to a class.
type Member = fn(char) -> bool;

/// The ASCII classes of the Password Rules syntax, with the characters each stands for.
const ASCII_CLASSES: [(&str, Member); 3] = [
    ("upper", |c| c.is_ascii_uppercase()),
    ("lower", |c| c.is_ascii_lowercase()),
    ("digit", |c| c.is_ascii_digit()),
];

impl Describe<'_> {
    pub(crate) fn attributes(&self) -> InputAttributes {
        let mut rules = vec![format!("minlength: {}", self.min_length)];
        if let Some(max) = self.max_length {
            rules.push(format!("maxlength: {max}"));
        }
        let mut required: Vec<&str> = Vec::new();
        let mut require = |class: &'static str| {
            if !required.contains(&class) {
                required.push(class);
            }
        };
        for class in self.required_classes {
            if let Some(name) = rule_class(*class) {
                require(name);
            }
        }
        if self.min_classes > 0 {
            for class in self.counted_classes {
                if let Some(name) = rule_class(*class) {
                    require(name);
                }
            }
        }
        rules.extend(required.iter().map(|class| format!("required: {class}")));
        if let Some(allowed) = self.allowed_rule() {
            rules.push(format!("allowed: {allowed}"));
        }
        if let Some(max) = self.max_repeated {
            rules.push(format!("max-consecutive: {max}"));
        }
        InputAttributes {
            autocomplete: "new-password",
            minlength: self.min_length,
            maxlength: self.max_length,
            passwordrules: format!("{};", rules.join("; ")),
        }
    }

    fn allowed_rule(&self) -> Option<String> {
        let Some(allowed) = self.allowed else { return Some("ascii-printable".to_owned()) };
        // The allowed ASCII characters in code point order.
        let ascii: Vec<char> = (' '..='~').filter(|c| allowed.contains(c)).collect();
        if ascii.is_empty() {
            return None;
        }
        if ascii.len() == usize::from(b'~' - b' ') + 1 {
            return Some("ascii-printable".to_owned());
        }
        let mut parts = Vec::new();
        let mut rest = ascii.clone();
        for (name, member) in ASCII_CLASSES {
            if (' '..='~').filter(|&c| member(c)).all(|c| allowed.contains(&c)) {
                parts.push(name.to_owned());
                rest.retain(|c| !member(*c));
            }
        }
        if !rest.is_empty() {
            parts.push(bracket(&rest));
        }
        Some(parts.join(", "))
    }
}

/// The Password Rules class for one of passgate's classes (`None` for letters without case).
fn rule_class(class: CharClass) -> Option<&'static str> {
    match class {
        CharClass::Lowercase => Some("lower"),
        CharClass::Uppercase => Some("upper"),
        CharClass::Digit => Some("digit"),
        CharClass::Symbol => Some("special"),
        CharClass::Letter => Some("lower, upper"),
        CharClass::OtherLetter => None,
    }
}

/// A custom character class: `-` must come first and `]` last.
fn bracket(chars: &[char]) -> String {
    let middle: String = chars.iter().filter(|&&c| c != '-' && c != ']').collect();
    let dash = if chars.contains(&'-') { "-" } else { "" };
    let close = if chars.contains(&']') { "]" } else { "" };
    format!("[{dash}{middle}{close}]")
}
