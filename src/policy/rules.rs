//! The closed vocabularies of a policy report: rules (for the checklist) and violations (what
//! failed), each with a stable code, its parameters and an English message.

use std::fmt;

use serde::Serialize;

use super::classes::CharClass;

/// A rule of a policy, with its parameters, as the checklist shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "camelCase", rename_all_fields = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum Rule {
    /// At least `min` code points.
    MinLength { min: u32 },
    /// At most `max` code points.
    MaxLength { max: u32 },
    /// Every one of `classes` present.
    RequiredClasses { classes: Vec<CharClass> },
    /// At least `min` of the counted classes present.
    MinClasses { min: u8, classes: Vec<CharClass> },
    /// Only characters from the policy's allowed set.
    AllowedCharacters,
    /// No run of one character longer than `max`.
    MaxRepeated { max: u32 },
    /// Not on the common-password blocklist or the policy's custom blocklist.
    Blocklist,
    /// Not built from the user's own details.
    ContextWords,
    /// Entra banned-word scoring: at least `required` points.
    BannedWords { required: u32 },
    /// zxcvbn score of at least `min`.
    MinScore { min: u8 },
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::MinLength { min } => write!(f, "At least {min} characters"),
            Self::MaxLength { max } => write!(f, "No more than {max} characters"),
            Self::RequiredClasses { classes } => write!(f, "Includes {}", list(classes, "and")),
            Self::MinClasses { min, classes } => {
                write!(f, "At least {min} of these: {}", list(classes, "and"))
            }
            Self::AllowedCharacters => f.write_str("Uses only allowed characters"),
            Self::MaxRepeated { max } => write!(f, "No character repeated more than {max} times in a row"),
            Self::Blocklist => f.write_str("Not a commonly used password"),
            Self::ContextWords => {
                f.write_str("Doesn't contain your name, username, e-mail or the service name")
            }
            Self::BannedWords { .. } => f.write_str("Not built from commonly banned words"),
            Self::MinScore { min } => write!(f, "Strength of at least {min} out of 4"),
        }
    }
}

/// Why a password breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "camelCase", rename_all_fields = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum Problem {
    /// Fewer code points than `min`.
    TooShort { min: u32, actual: u32 },
    /// More code points than `max`.
    TooLong { max: u32, actual: u32 },
    /// Some required classes are absent.
    MissingRequiredClasses { missing: Vec<CharClass> },
    /// Fewer than `required` classes present; `missing` lists the absent ones.
    MissingClasses { required: u8, found: u8, missing: Vec<CharClass> },
    /// Characters outside the allowed set (each listed once).
    DisallowedCharacters { characters: Vec<String> },
    /// A run of `actual` identical characters, more than `max`.
    RepeatedCharacters { max: u32, actual: u32 },
    /// The whole password is a common password (after case folding and substitutions).
    CommonPassword,
    /// The password is, contains or derives from the context term `word`.
    ContainsContextWord { word: String },
    /// Entra banned-word scoring gave `points`, fewer than `required`; `terms` were found.
    BannedWordScore { points: u32, required: u32, terms: Vec<String> },
    /// zxcvbn score `score` is below `min_score`.
    TooWeak { min_score: u8, score: u8 },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooShort { min, actual } => write!(f, "Use at least {min} characters (this has {actual})."),
            Self::TooLong { max, actual } => write!(f, "Use no more than {max} characters (this has {actual})."),
            Self::MissingRequiredClasses { missing } => write!(f, "Add {}.", list(missing, "and")),
            Self::MissingClasses { required, found, missing } => write!(
                f,
                "Use at least {required} kinds of characters (this has {found}): add {}.",
                list(missing, "or")
            ),
            Self::DisallowedCharacters { characters } => {
                let shown: Vec<String> = characters.iter().map(|c| format!("\u{201c}{c}\u{201d}")).collect();
                write!(f, "These characters can't be used: {}.", shown.join(", "))
            }
            Self::RepeatedCharacters { max, actual } => write!(
                f,
                "Don't repeat a character more than {max} times in a row (this has {actual})."
            ),
            Self::CommonPassword => f.write_str("This is a commonly used password. Choose something less predictable."),
            Self::ContainsContextWord { word } => {
                write!(f, "Don't build your password from your own details (\u{201c}{word}\u{201d}).")
            }
            Self::BannedWordScore { points, required, .. } => write!(
                f,
                "This is too close to commonly banned words ({points} of {required} points). Add more of your own words or characters."
            ),
            Self::TooWeak { min_score, score } => {
                write!(f, "This is too easy to guess (strength {score} of 4, {min_score} needed).")
            }
        }
    }
}

/// "a, b and c".
fn list(classes: &[CharClass], conjunction: &str) -> String {
    let names: Vec<String> = classes.iter().map(ToString::to_string).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// One broken rule in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Violation {
    /// The problem, flattened: `code` and its parameters.
    #[serde(flatten)]
    pub problem: Problem,
    /// The id of the rule that failed (`minLength`, `blocklist`, ...).
    pub rule: String,
    /// English explanation with guidance.
    pub message: String,
    /// The standard or setting the rule comes from.
    pub source: String,
}

/// One rule's state, for a live checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct RuleStatus {
    /// The rule, flattened: `rule` id and its parameters.
    #[serde(flatten)]
    pub rule: Rule,
    /// Whether the password satisfies it.
    pub passed: bool,
    /// English checklist text.
    pub message: String,
    /// The standard or setting the rule comes from.
    pub source: String,
}

impl Rule {
    /// The rule's id, as it appears in `rule` fields.
    pub fn id(&self) -> &'static str {
        match self {
            Self::MinLength { .. } => "minLength",
            Self::MaxLength { .. } => "maxLength",
            Self::RequiredClasses { .. } => "requiredClasses",
            Self::MinClasses { .. } => "minClasses",
            Self::AllowedCharacters => "allowedCharacters",
            Self::MaxRepeated { .. } => "maxRepeated",
            Self::Blocklist => "blocklist",
            Self::ContextWords => "contextWords",
            Self::BannedWords { .. } => "bannedWords",
            Self::MinScore { .. } => "minScore",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn violations_serialize_flat_with_code_and_rule() {
        let violation = Violation {
            problem: Problem::MissingClasses {
                required: 3,
                found: 2,
                missing: vec![CharClass::Uppercase, CharClass::Symbol],
            },
            rule: "minClasses".into(),
            message: "m".into(),
            source: "s".into(),
        };
        let json = serde_json::to_value(&violation).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "missingClasses", "required": 3, "found": 2,
                "missing": ["uppercase", "symbol"], "rule": "minClasses", "message": "m", "source": "s"})
        );
    }

    #[test]
    fn rule_ids_match_their_serialized_tag() {
        let rules = [
            Rule::MinLength { min: 1 },
            Rule::MaxLength { max: 1 },
            Rule::RequiredClasses { classes: vec![] },
            Rule::MinClasses { min: 1, classes: vec![] },
            Rule::AllowedCharacters,
            Rule::MaxRepeated { max: 1 },
            Rule::Blocklist,
            Rule::ContextWords,
            Rule::BannedWords { required: 5 },
            Rule::MinScore { min: 1 },
        ];
        for rule in rules {
            assert_eq!(serde_json::to_value(&rule).unwrap()["rule"], rule.id());
        }
    }

    #[test]
    fn messages_read_naturally() {
        let problem = Problem::MissingClasses {
            required: 3,
            found: 1,
            missing: vec![CharClass::Uppercase, CharClass::Digit, CharClass::Symbol],
        };
        assert_eq!(
            problem.to_string(),
            "Use at least 3 kinds of characters (this has 1): add uppercase letters, digits or symbols."
        );
        assert_eq!(Rule::MinLength { min: 15 }.to_string(), "At least 15 characters");
    }
}
