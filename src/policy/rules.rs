//! The closed vocabularies of a policy report: rules (for the checklist) and violations (what
//! failed), each with a stable code, its parameters and an English message.

use std::fmt;

use serde::Serialize;

use super::banned::BannedTerm;
use super::classes::{self, CharClass};
use super::context_words::ContextField;
use crate::messages::{self, vocabulary};

/// Renders a policy template: its class lists name the policy's classes.
fn render(template: &str, params: &serde_json::Value) -> String {
    messages::render(template, params, classes::english_name)
}

/// A rule of a policy, with its parameters, as the checklist shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "camelCase", rename_all_fields = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum Rule {
    /// At least `min` code points.
    MinLength { min: u32 },
    /// At most `max` code points.
    MaxLength { max: u32 },
    /// At most `max` UTF-8 bytes; `ascii` when the password so far is ASCII (one byte per
    /// character), so the checklist can say "characters".
    MaxBytes { max: u32, ascii: bool },
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

vocabulary! {
    templates with parameters
    /// The id of a rule (`rule` in reports), with its English checklist template; the
    /// parameters come from the [`Rule`].
    RuleId {
        MinLength = "minLength" => "At least {min, plural, one {# character} other {# characters}}",
        MaxLength = "maxLength" => "No more than {max, plural, one {# character} other {# characters}}",
        MaxBytes = "maxBytes" =>
            "No more than {ascii, select, true {{max, plural, one {# character} other {# characters}}} \
             other {{max, plural, one {# byte} other {# bytes}}}}",
        RequiredClasses = "requiredClasses" => "Includes {classes, classes, and}",
        MinClasses = "minClasses" => "At least {min} of these: {classes, classes, and}",
        AllowedCharacters = "allowedCharacters" => "Uses only allowed characters",
        MaxRepeated = "maxRepeated" => "No character repeated more than {max, plural, one {once} other {# times}} in a row",
        Blocklist = "blocklist" => "Not a commonly used password",
        ContextWords = "contextWords" => "Doesn't contain your name, username, e-mail or the service name",
        BannedWords = "bannedWords" => "Not built from commonly banned words",
        MinScore = "minScore" => "Strength of at least {min} out of 4",
    }
}

impl RuleId {
    /// Whether the rule is about the password's composition (length, classes, characters,
    /// repeats): what a generated passphrase is fitted to and always meets. The others
    /// (blocklist, context words, banned words, minimum score) judge content.
    pub fn is_composition(self) -> bool {
        use RuleId::*;
        matches!(
            self,
            MinLength | MaxLength | MaxBytes | RequiredClasses | MinClasses | AllowedCharacters | MaxRepeated
        )
    }
}

impl Rule {
    /// The English checklist template of this rule.
    pub fn template(&self) -> &'static str {
        self.id().template()
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self.template(), &serde_json::to_value(self).unwrap_or_default()))
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
    /// More UTF-8 bytes than `max` (`actual`, after normalization, over the whole input);
    /// `ascii` when the password is ASCII, so the message can say "characters".
    TooManyBytes { max: u32, actual: u32, ascii: bool },
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
    /// The password is, contains or derives from the context term `word` (folded), which came
    /// from the context's `field`.
    ContainsContextWord { word: String, field: ContextField },
    /// Entra banned-word scoring gave `points`, fewer than `required`; `terms` were found, each
    /// with its source, how it matched and an explanation.
    BannedWordScore { points: u32, required: u32, terms: Vec<BannedTerm> },
    /// zxcvbn score `score` is below `min_score`.
    TooWeak { min_score: u8, score: u8 },
}

vocabulary! {
    templates with parameters
    /// The code of a violation (`code` in reports), with its English template; the parameters
    /// come from the [`Problem`].
    ProblemCode {
        TooShort = "tooShort" => "Use at least {min, plural, one {# character} other {# characters}} (this has {actual}).",
        TooLong = "tooLong" => "Use no more than {max, plural, one {# character} other {# characters}} (this has {actual}).",
        TooManyBytes = "tooManyBytes" =>
            "{ascii, select, true {Use no more than {max, plural, one {# character} other {# characters}} (this has {actual}).} \
             other {This is too long: use no more than {max} bytes (this has {actual}; letters with accents and other \
             non-English characters take 2 to 4 bytes each).}}",
        MissingRequiredClasses = "missingRequiredClasses" => "Add {missing, classes, and}.",
        MissingClasses = "missingClasses" =>
            "Use at least {required} kinds of characters (this has {found}): add {missing, classes, or}.",
        DisallowedCharacters = "disallowedCharacters" => "These characters can't be used: {characters, quoted}.",
        RepeatedCharacters = "repeatedCharacters" =>
            "Don't repeat a character more than {max, plural, one {once} other {# times}} in a row (this has {actual}).",
        CommonPassword = "commonPassword" => "This is a commonly used password. Choose something less predictable.",
        ContainsContextWord = "containsContextWord" =>
            "Don't build your password from your {field, select, username {username} email {e-mail address} \
             firstName {first name} lastName {last name} tenant {organisation's name} other {own details}} ({word, quoted}).",
        BannedWordScore = "bannedWordScore" =>
            "This is too close to commonly banned words ({points} of {required} points). Add more of your \
             own words or characters.",
        TooWeak = "tooWeak" => "This is too easy to guess (strength {score} of 4, {minScore} needed).",
    }
}

impl Problem {
    /// The violation code, as it appears in `code` fields.
    pub fn code(&self) -> ProblemCode {
        match self {
            Self::TooShort { .. } => ProblemCode::TooShort,
            Self::TooLong { .. } => ProblemCode::TooLong,
            Self::TooManyBytes { .. } => ProblemCode::TooManyBytes,
            Self::MissingRequiredClasses { .. } => ProblemCode::MissingRequiredClasses,
            Self::MissingClasses { .. } => ProblemCode::MissingClasses,
            Self::DisallowedCharacters { .. } => ProblemCode::DisallowedCharacters,
            Self::RepeatedCharacters { .. } => ProblemCode::RepeatedCharacters,
            Self::CommonPassword => ProblemCode::CommonPassword,
            Self::ContainsContextWord { .. } => ProblemCode::ContainsContextWord,
            Self::BannedWordScore { .. } => ProblemCode::BannedWordScore,
            Self::TooWeak { .. } => ProblemCode::TooWeak,
        }
    }

    /// The English template of this violation.
    pub fn template(&self) -> &'static str {
        self.code().template()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(self.template(), &serde_json::to_value(self).unwrap_or_default()))
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
    pub rule: RuleId,
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
    pub fn id(&self) -> RuleId {
        match self {
            Self::MinLength { .. } => RuleId::MinLength,
            Self::MaxLength { .. } => RuleId::MaxLength,
            Self::MaxBytes { .. } => RuleId::MaxBytes,
            Self::RequiredClasses { .. } => RuleId::RequiredClasses,
            Self::MinClasses { .. } => RuleId::MinClasses,
            Self::AllowedCharacters => RuleId::AllowedCharacters,
            Self::MaxRepeated { .. } => RuleId::MaxRepeated,
            Self::Blocklist => RuleId::Blocklist,
            Self::ContextWords => RuleId::ContextWords,
            Self::BannedWords { .. } => RuleId::BannedWords,
            Self::MinScore { .. } => RuleId::MinScore,
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
            rule: RuleId::MinClasses,
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
            Rule::MaxBytes { max: 1, ascii: true },
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
            assert_eq!(serde_json::to_value(&rule).unwrap()["rule"], rule.id().code());
            assert_eq!(serde_json::to_value(rule.id()).unwrap(), rule.id().code());
        }
    }

    /// The old hand-written English texts, now rendered from the templates: the rendering of
    /// each template with the serialized parameters is exactly `to_string()`.
    #[test]
    fn templates_render_the_english_texts() {
        use CharClass::*;
        let problems = [
            (Problem::TooShort { min: 15, actual: 3 }, "Use at least 15 characters (this has 3)."),
            (Problem::TooLong { max: 64, actual: 70 }, "Use no more than 64 characters (this has 70)."),
            (
                Problem::TooManyBytes { max: 72, actual: 80, ascii: false },
                "This is too long: use no more than 72 bytes (this has 80; letters with accents and other \
                 non-English characters take 2 to 4 bytes each).",
            ),
            (Problem::MissingRequiredClasses { missing: vec![Letter] }, "Add letters."),
            (
                Problem::MissingRequiredClasses { missing: vec![Letter, Digit] },
                "Add letters and digits.",
            ),
            (
                Problem::MissingClasses { required: 3, found: 2, missing: vec![Uppercase, Symbol] },
                "Use at least 3 kinds of characters (this has 2): add uppercase letters or symbols.",
            ),
            (
                Problem::DisallowedCharacters { characters: vec!["é".into(), "€".into()] },
                "These characters can't be used: \u{201c}é\u{201d}, \u{201c}€\u{201d}.",
            ),
            (
                Problem::RepeatedCharacters { max: 3, actual: 5 },
                "Don't repeat a character more than 3 times in a row (this has 5).",
            ),
            (Problem::CommonPassword, "This is a commonly used password. Choose something less predictable."),
            (
                Problem::ContainsContextWord { word: "alice".into(), field: ContextField::FirstName },
                "Don't build your password from your first name (\u{201c}alice\u{201d}).",
            ),
            (
                Problem::BannedWordScore { points: 3, required: 5, terms: vec![BannedTerm::new(
                    "contoso".into(),
                    super::super::banned::TermSource::Custom,
                    super::super::banned::TermMatch::Exact,
                )] },
                "This is too close to commonly banned words (3 of 5 points). Add more of your own words or characters.",
            ),
            (Problem::TooWeak { min_score: 3, score: 1 }, "This is too easy to guess (strength 1 of 4, 3 needed)."),
        ];
        let mut codes: Vec<ProblemCode> = problems.iter().map(|(p, _)| p.code()).collect();
        codes.dedup();
        assert_eq!(codes, ProblemCode::ALL);
        for (problem, text) in problems {
            let params = serde_json::to_value(&problem).unwrap();
            assert_eq!(params["code"], problem.code().code());
            assert_eq!(serde_json::to_value(problem.code()).unwrap(), problem.code().code());
            assert_eq!(render(problem.template(), &params), text);
            assert_eq!(problem.to_string(), text);
        }
        let rules = [
            (Rule::MinLength { min: 8 }, "At least 8 characters"),
            (Rule::MaxLength { max: 64 }, "No more than 64 characters"),
            (Rule::MaxBytes { max: 72, ascii: true }, "No more than 72 characters"),
            (Rule::RequiredClasses { classes: vec![Letter, Digit] }, "Includes letters and digits"),
            (
                Rule::MinClasses { min: 3, classes: CharClass::COUNTED.to_vec() },
                "At least 3 of these: lowercase letters, uppercase letters, digits, symbols and letters without case",
            ),
            (Rule::AllowedCharacters, "Uses only allowed characters"),
            (Rule::MaxRepeated { max: 2 }, "No character repeated more than 2 times in a row"),
            (Rule::Blocklist, "Not a commonly used password"),
            (Rule::ContextWords, "Doesn't contain your name, username, e-mail or the service name"),
            (Rule::BannedWords { required: 5 }, "Not built from commonly banned words"),
            (Rule::MinScore { min: 3 }, "Strength of at least 3 out of 4"),
        ];
        let ids: Vec<RuleId> = rules.iter().map(|(r, _)| r.id()).collect();
        assert_eq!(ids, RuleId::ALL);
        for (rule, text) in rules {
            let params = serde_json::to_value(&rule).unwrap();
            assert_eq!(render(rule.template(), &params), text);
            assert_eq!(rule.to_string(), text);
        }
        // Counts of one read as singular.
        let singular = [
            (Rule::MinLength { min: 1 }.to_string(), "At least 1 character"),
            (Rule::MaxLength { max: 1 }.to_string(), "No more than 1 character"),
            (Rule::MaxRepeated { max: 1 }.to_string(), "No character repeated more than once in a row"),
            (Rule::MaxBytes { max: 1, ascii: false }.to_string(), "No more than 1 byte"),
            (
                Problem::TooManyBytes { max: 1, actual: 2, ascii: true }.to_string(),
                "Use no more than 1 character (this has 2).",
            ),
            (Problem::TooShort { min: 1, actual: 0 }.to_string(), "Use at least 1 character (this has 0)."),
            (
                Problem::TooLong { max: 1, actual: 2 }.to_string(),
                "Use no more than 1 character (this has 2).",
            ),
            (
                Problem::RepeatedCharacters { max: 1, actual: 2 }.to_string(),
                "Don't repeat a character more than once in a row (this has 2).",
            ),
        ];
        for (text, expected) in singular {
            assert_eq!(text, expected);
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
