//! The composition policy: rules built once from a config, then applied to each password.
//!
//! `Policy::from_config` is the only step that can fail (with a [`ConfigError`] naming the
//! field); [`Policy::check`] cannot fail and returns a [`PolicyReport`] with every rule's
//! state and every violation.
//!
//! Cost per check is linear in the password's length, except the context-word and banned-word
//! searches, which read at most [`MAX_ANALYZED`] characters.

pub mod banned;
pub mod blocklist;
pub use crate::classes;
pub mod config;
pub mod context_words;
pub mod input_attributes;
pub mod normalize;
pub mod presets;
pub mod rules;

use std::sync::Arc;

use rustc_hash::FxHashSet;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::context::Context;
use crate::error::ConfigError;
use crate::passphrase::{CharPredicate, PassphraseRequirements};

pub use self::banned::{BannedTerm, TermMatch};
use self::banned::{TermIndex, TermSource};
use self::blocklist::Blocklist;
use self::classes::{CharClass, ClassSet};
pub use self::config::PolicyConfig;
use self::context_words::ContextField;
pub use self::input_attributes::InputAttributes;
pub use self::normalize::Normalization;
pub use self::presets::{presets, Preset};
pub use self::rules::{Problem, ProblemCode, Rule, RuleId, RuleStatus, Violation};

/// Longest accepted value of any length setting.
pub const MAX_LENGTH_SETTING: u32 = 4096;
/// Longest accepted `maxBytes`: [`MAX_LENGTH_SETTING`] code points of 4 bytes each.
pub const MAX_BYTES_SETTING: u32 = 4 * MAX_LENGTH_SETTING;
/// Characters read by the context-word and banned-word searches.
pub const MAX_ANALYZED: usize = 1024;
/// Code points of a password that are normalized and checked. Past this (longer than any
/// length setting accepts), only the length counts the rest, on the input as typed: a pasted
/// megabyte costs a count, not a full analysis.
pub const MAX_CHECKED: usize = MAX_LENGTH_SETTING as usize;

/// What checks read of `head`: its first [`MAX_CHECKED`] code points, normalized (wiped when
/// dropped), and the rest, unread.
pub fn checked_text(head: &str, normalization: Normalization) -> (Zeroizing<String>, &str) {
    let cut = head.char_indices().nth(MAX_CHECKED).map_or(head.len(), |(at, _)| at);
    // `cut` is a char boundary (or the end): the checked split only keeps panic code out.
    let (head, rest) = head.split_at_checked(cut).unwrap_or((head, ""));
    (normalization.apply_zeroizing(head), rest)
}

/// A password prepared for checking by [`Policy::prepare`], the only way to make one: its
/// normalized text (wiped when dropped) and its length. What [`Policy::check`] reads, so every
/// check has normalized and bounded its input.
#[derive(Debug)]
pub struct Candidate {
    text: Zeroizing<String>,
    length: u32,
    bytes: u32,
}

/// What a caller that keeps a long password outside Rust says about the part it did not pass
/// (see [`crate::Checker::check_head`]): its length in code points and in UTF-8 bytes (a lone
/// UTF-16 surrogate counts as one code point of 3 bytes, U+FFFD, as the JS binding reads it).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tail {
    /// Code points after the head.
    pub code_points: u32,
    /// UTF-8 bytes of those code points.
    pub bytes: u32,
}

impl Tail {
    /// The tail `text`, measured.
    pub fn of(text: &str) -> Self {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Tail { code_points: count(text.chars().count()), bytes: count(text.len()) }
    }
}

impl Candidate {
    /// The normalized first [`MAX_CHECKED`] code points of the input: what the strength
    /// estimate and the passphrase analysis read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length in code points: of the normalized text, plus the uncut rest of a longer input.
    pub fn length(&self) -> u32 {
        self.length
    }

    /// Length in UTF-8 bytes, counted as [`Candidate::length`] is: the normalized text's, plus
    /// the uncut rest's (saturating at `u32::MAX`).
    pub fn bytes(&self) -> u32 {
        self.bytes
    }
}
/// Where a rule's source says the setting came from when the config overrode the preset.
const CUSTOM_SOURCE: &str = "Custom setting";

/// The result of applying a policy to one password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct PolicyReport {
    /// `true` exactly when `violations` is empty.
    pub ok: bool,
    /// Every broken rule, in rule order.
    pub violations: Vec<Violation>,
    /// Every rule of the policy with its state, for a checklist.
    pub rules: Vec<RuleStatus>,
}

/// What a compiled policy is: its preset and the effective config (for a UI or a log).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct ResolvedPolicy {
    /// The preset the policy starts from.
    pub preset: Preset,
    /// The preset's config with the overrides applied.
    pub config: PolicyConfig,
}

/// A compiled policy.
#[derive(Debug, Clone)]
pub struct Policy {
    preset: Preset,
    config: PolicyConfig,
    overridden: PolicyConfig,
    min_length: u32,
    max_length: Option<u32>,
    max_bytes: Option<u32>,
    required_classes: Vec<CharClass>,
    min_classes: u8,
    /// The allowed characters, when restricted (a hash set: lookups only, nothing iterates it
    /// in order).
    allowed: Option<FxHashSet<char>>,
    max_repeated: Option<u32>,
    blocklist: bool,
    custom_blocklist: Blocklist,
    context_words: bool,
    min_score: Option<u8>,
    banned_words: Option<TermIndex>,
    normalization: Normalization,
    /// Each rule's checklist text in the order checks record them, rendered once: rendering the
    /// templates was about a quarter of a check's time, and a rule's text depends on the policy
    /// alone (`maxBytes`' also on whether the password is ASCII: the empty password's form is
    /// kept, the other rendered when checked).
    rule_messages: Vec<String>,
}

impl Policy {
    /// Resolves `config` over its preset and validates every field.
    pub fn from_config(config: PolicyConfig) -> Result<Self, ConfigError> {
        let path = |field: &str| format!("options.policy.{field}");
        let preset_id = config.preset.clone().unwrap_or_else(|| presets::DEFAULT_PRESET.to_owned());
        let preset = presets::find(&preset_id).ok_or_else(|| ConfigError::UnknownPreset {
            path: path("preset"),
            name: preset_id.clone(),
            accepted: presets().iter().map(|p| p.id).collect::<Vec<_>>().join(", "),
        })?;
        let overridden = config.clone();
        let config = config.over(&preset.config);

        let min_length = config.min_length.unwrap_or(1);
        if !(1..=MAX_LENGTH_SETTING).contains(&min_length) {
            return Err(ConfigError::invalid(
                path("minLength"),
                format!("must be between 1 and {MAX_LENGTH_SETTING}, got {min_length}"),
            ));
        }
        let max_length = config.max_length.flatten();
        if let Some(max) = max_length {
            if !(min_length..=MAX_LENGTH_SETTING).contains(&max) {
                return Err(ConfigError::invalid(
                    path("maxLength"),
                    format!("must be between minLength ({min_length}) and {MAX_LENGTH_SETTING}, got {max}"),
                ));
            }
        }
        let min_classes = config.min_classes.unwrap_or(0);
        if usize::from(min_classes) > CharClass::COUNTED.len() {
            return Err(ConfigError::invalid(
                path("minClasses"),
                format!("must be between 0 and {}, got {min_classes}", CharClass::COUNTED.len()),
            ));
        }
        let allowed = match config.allowed_characters.clone().flatten() {
            Some(chars) if chars.is_empty() => {
                return Err(ConfigError::invalid(
                    path("allowedCharacters"),
                    "must list at least one character, or be null",
                ))
            }
            other => other.map(|chars| chars.chars().collect::<FxHashSet<char>>()),
        };
        let max_bytes = config.max_bytes.flatten();
        if let Some(max) = max_bytes {
            // The fewest bytes a password of `minLength` characters can take: one per character,
            // or more when every allowed character needs more.
            let per_character = allowed
                .as_ref()
                .and_then(|allowed| allowed.iter().map(|c| c.len_utf8()).min())
                .map_or(1, |bytes| u32::try_from(bytes).unwrap_or(4));
            let least = min_length.saturating_mul(per_character);
            if !(least..=MAX_BYTES_SETTING).contains(&max) {
                return Err(ConfigError::invalid(
                    path("maxBytes"),
                    format!(
                        "must be between what minLength ({min_length}) needs ({least} bytes) and \
                         {MAX_BYTES_SETTING}, or null, got {max}"
                    ),
                ));
            }
        }
        let max_repeated = config.max_repeated.flatten();
        if let Some(max) = max_repeated {
            if !(1..=MAX_LENGTH_SETTING).contains(&max) {
                return Err(ConfigError::invalid(
                    path("maxRepeated"),
                    format!("must be between 1 and {MAX_LENGTH_SETTING}, or null, got {max}"),
                ));
            }
        }
        let min_score = config.min_score.flatten();
        if let Some(score) = min_score {
            if score > 4 {
                return Err(ConfigError::invalid(
                    path("minScore"),
                    format!("must be between 0 and 4, got {score}"),
                ));
            }
        }
        let banned_terms = config.banned_words.clone().unwrap_or_default();
        for (i, term) in banned_terms.iter().enumerate() {
            let length = term.chars().count();
            if !banned::TERM_LENGTH.contains(&length) {
                return Err(ConfigError::invalid(
                    format!("{}[{i}]", path("bannedWords")),
                    format!("each term must be 4 to 16 characters, got {length}"),
                ));
            }
        }
        let banned_words = config
            .banned_word_scoring
            .unwrap_or(false)
            .then(|| TermIndex::new(TermSource::Custom, banned_terms.iter().map(String::as_str)));
        let custom_blocklist = Blocklist::new(config.custom_blocklist.iter().flatten().map(String::as_str));

        let normalization = config.normalization.unwrap_or_default();
        if normalization == Normalization::Nfc && !normalize::nfc_available() {
            return Err(ConfigError::invalid(
                path("normalization"),
                "\"nfc\" needs Unicode normalization, which this build has neither as tables (the \
                 crate's `nfc` feature) nor installed (`policy::normalize::set_nfc`); enable one or \
                 use \"none\"",
            ));
        }

        // Last, so that a config with any other error never waits for the list.
        if config.blocklist.unwrap_or(false) && blocklist::needs_short(min_length) {
            return Err(ConfigError::ListNotLoaded {
                path: path("minLength"),
                reason: format!(
                    "{min_length} is under {} characters, so the blocklist needs its short entries, \
                     which this build does not embed (the crate's `words` feature) and which are not \
                     installed yet (`policy::blocklist::install_short`)",
                    blocklist::SHORT
                ),
            });
        }
        let mut policy = Self {
            min_length,
            max_length,
            max_bytes,
            required_classes: config.required_classes.clone().unwrap_or_default(),
            min_classes,
            allowed,
            max_repeated,
            blocklist: config.blocklist.unwrap_or(false),
            custom_blocklist,
            context_words: config.context_words.unwrap_or(false),
            min_score,
            banned_words,
            normalization,
            preset,
            config,
            overridden,
            rule_messages: Vec::new(),
        };
        let checklist = policy.evaluate("", (0, 0), &Context::default(), None).rules;
        policy.rule_messages = checklist.into_iter().map(|status| status.message).collect();
        Ok(policy)
    }

    /// The preset this policy starts from.
    pub fn preset(&self) -> &Preset {
        &self.preset
    }

    /// The resolved config: the preset with the overrides applied.
    pub fn config(&self) -> &PolicyConfig {
        &self.config
    }

    /// The preset and the effective config, as one value.
    pub fn describe(&self) -> ResolvedPolicy {
        ResolvedPolicy { preset: self.preset.clone(), config: self.config.clone() }
    }

    /// The normalization applied before checks; servers should hash `normalize(password)`.
    pub fn normalization(&self) -> Normalization {
        self.normalization
    }

    /// Normalizes `password` for checking, reading at most [`MAX_CHECKED`] code points of it.
    pub fn prepare(&self, password: &str) -> Candidate {
        self.prepare_head(password, Tail::default())
    }

    /// [`Policy::prepare`] for a password of which the caller passes only the start, `head`,
    /// then a `tail` that is counted but not read (see [`crate::Checker::check_head`]).
    pub fn prepare_head(&self, head: &str, tail: Tail) -> Candidate {
        let (text, rest) = checked_text(head, self.normalization);
        let rest = Tail::of(rest);
        let count = |n: usize, more: u32| u32::try_from(n).unwrap_or(u32::MAX).saturating_add(more);
        let length = count(text.chars().count(), rest.code_points).saturating_add(tail.code_points);
        let bytes = count(text.len(), rest.bytes).saturating_add(tail.bytes);
        Candidate { text, length, bytes }
    }

    /// Applies the policy's normalization to `password`.
    pub fn normalize(&self, password: &str) -> String {
        self.normalization.apply(password)
    }

    /// Attributes for the new-password `<input>`: `autocomplete`, `minlength`, `maxlength`
    /// (the smaller of `maxLength` and `maxBytes`: nothing in HTML counts bytes)
    /// and `passwordrules` (Apple's Password Rules syntax; see [`input_attributes`] for what
    /// it can and cannot express).
    pub fn input_attributes(&self) -> InputAttributes {
        input_attributes::Describe {
            min_length: self.min_length,
            // Generators draw ASCII: a byte limit is a character limit for them.
            max_length: match (self.max_length, self.max_bytes) {
                (Some(chars), Some(bytes)) => Some(chars.min(bytes)),
                (chars, bytes) => chars.or(bytes),
            },
            required_classes: &self.required_classes,
            min_classes: self.min_classes,
            counted_classes: &self.counted_classes(),
            allowed: self.allowed.as_ref(),
            max_repeated: self.max_repeated,
        }
        .attributes()
    }

    /// What a generated passphrase must satisfy to pass this policy's composition rules.
    pub fn passphrase_requirements(&self) -> PassphraseRequirements {
        let needs = |class: CharClass| self.required_classes.contains(&class);
        PassphraseRequirements {
            min_length: usize::try_from(self.min_length).unwrap_or(usize::MAX),
            max_length: self.max_length.and_then(|max| usize::try_from(max).ok()),
            max_bytes: self.max_bytes.and_then(|max| usize::try_from(max).ok()),
            need_letter: needs(CharClass::Letter),
            need_caseless_letter: needs(CharClass::OtherLetter),
            need_lowercase: needs(CharClass::Lowercase),
            need_uppercase: needs(CharClass::Uppercase),
            need_digit: needs(CharClass::Digit),
            need_symbol: needs(CharClass::Symbol),
            min_classes: self.min_classes,
            allowed: self
                .allowed
                .clone()
                .map(|allowed| -> CharPredicate { Arc::new(move |c| allowed.contains(&c)) }),
            max_repeated: self.max_repeated,
            normalize: match self.normalization {
                Normalization::Nfc => Some(Arc::new(|text: &str| Normalization::Nfc.apply(text))),
                Normalization::None => None,
            },
        }
    }

    /// Checks a prepared candidate for the person described by `context`.
    ///
    /// `score` is the candidate's strength score (0–4, from [`crate::strength::estimate`] of
    /// [`Candidate::text`]); only a `minScore` rule reads it ([`Policy::min_score`]). The policy
    /// never estimates strength itself. With a `minScore` rule and no score (`None`: not
    /// estimated), that rule fails: a password is never accepted on a strength nobody measured.
    ///
    /// ```
    /// use passgate::{Context, Policy, PolicyConfig};
    ///
    /// let policy = Policy::from_config(PolicyConfig::default()).unwrap();
    /// let candidate = policy.prepare("correct horse battery staple");
    /// assert!(policy.check(&candidate, &Context::default(), None).ok);
    /// ```
    pub fn check(&self, candidate: &Candidate, context: &Context, score: Option<u8>) -> PolicyReport {
        self.evaluate(&candidate.text, (candidate.length, candidate.bytes), context, score)
    }

    /// The minimum strength score a `minScore` rule asks for, if the policy has one; then
    /// [`Policy::check`] needs the candidate's score.
    pub fn min_score(&self) -> Option<u8> {
        self.min_score
    }

    fn evaluate(
        &self,
        password: &str,
        (length, bytes): (u32, u32),
        context: &Context,
        score: Option<u8>,
    ) -> PolicyReport {
        let mut statuses = Vec::new();
        let mut violations = Vec::new();
        let mut record = |rule: Rule, source: &str, problem: Option<Problem>| {
            let passed = problem.is_none();
            if let Some(problem) = problem {
                let (rule, message, source) = (rule.id(), problem.to_string(), source.to_owned());
                violations.push(Violation { problem, rule, message, source });
            }
            // Every check records the same rules in the same order.
            let message = match (&rule, self.rule_messages.get(statuses.len())) {
                (Rule::MaxBytes { ascii: false, .. }, _) | (_, None) => rule.to_string(),
                (_, Some(kept)) => kept.clone(),
            };
            statuses.push(RuleStatus { message, passed, source: source.to_owned(), rule });
        };
        let long_enough = length >= self.min_length;

        record(
            Rule::MinLength { min: self.min_length },
            self.source(|c| c.min_length.is_some()),
            (!long_enough).then_some(Problem::TooShort { min: self.min_length, actual: length }),
        );
        if let Some(max) = self.max_length {
            record(
                Rule::MaxLength { max },
                self.source(|c| c.max_length.is_some()),
                (length > max).then_some(Problem::TooLong { max, actual: length }),
            );
        }
        if let Some(max) = self.max_bytes {
            // One byte per code point exactly when every code point is ASCII.
            let ascii = bytes == length;
            record(
                Rule::MaxBytes { max, ascii },
                self.source(|c| c.max_bytes.is_some()),
                (bytes > max).then_some(Problem::TooManyBytes { max, actual: bytes, ascii }),
            );
        }
        let classes = ClassSet::of(password);
        if !self.required_classes.is_empty() {
            let missing: Vec<CharClass> =
                self.required_classes.iter().copied().filter(|&class| !classes.has(class)).collect();
            record(
                Rule::RequiredClasses { classes: self.required_classes.clone() },
                self.source(|c| c.required_classes.is_some()),
                (!missing.is_empty()).then_some(Problem::MissingRequiredClasses { missing }),
            );
        }
        if self.min_classes > 0 {
            let counted = self.counted_classes();
            let found = classes.count();
            let missing = counted.iter().copied().filter(|&class| !classes.has(class)).collect();
            record(
                Rule::MinClasses { min: self.min_classes, classes: counted },
                self.source(|c| c.min_classes.is_some()),
                (found < self.min_classes).then_some(Problem::MissingClasses {
                    required: self.min_classes,
                    found,
                    missing,
                }),
            );
        }
        if let Some(allowed) = &self.allowed {
            let mut seen = FxHashSet::default();
            let characters: Vec<String> = password
                .chars()
                .filter(|c| !allowed.contains(c) && seen.insert(*c))
                .map(String::from)
                .collect();
            record(
                Rule::AllowedCharacters,
                self.source(|c| c.allowed_characters.is_some()),
                (!characters.is_empty()).then_some(Problem::DisallowedCharacters { characters }),
            );
        }
        if let Some(max) = self.max_repeated {
            let actual = crate::text::longest_run(password);
            record(
                Rule::MaxRepeated { max },
                self.source(|c| c.max_repeated.is_some()),
                (actual > max).then_some(Problem::RepeatedCharacters { max, actual }),
            );
        }
        if self.blocklist || !self.custom_blocklist.is_empty() {
            // Only entries that meet the minimum length count: a shorter password already fails it.
            // Folding keeps the length, so a password longer than every entry is not listed and
            // is not folded either (bounded work for megabyte inputs).
            // The short entries cannot be longer than the main part's longest.
            let common = self.blocklist.then(Blocklist::common);
            let longest = common.map_or(0, Blocklist::longest).max(self.custom_blocklist.longest());
            let listed = long_enough && usize::try_from(length).is_ok_and(|length| length <= longest) && {
                let folded = normalize::fold_zeroizing(password);
                (self.blocklist && Blocklist::shipped_contains_folded(&folded))
                    || self.custom_blocklist.contains_folded(&folded)
            };
            record(
                Rule::Blocklist,
                self.source(|c| c.blocklist.is_some() || c.custom_blocklist.is_some()),
                listed.then_some(Problem::CommonPassword),
            );
        }
        // A prefix of the password itself: no copy to wipe.
        let analyzed = password
            .char_indices()
            .nth(MAX_ANALYZED)
            .map_or(password, |(end, _)| password.get(..end).unwrap_or(password));
        if self.context_words {
            let found = context_words::find(analyzed, &context_words::terms(context));
            record(
                Rule::ContextWords,
                self.source(|c| c.context_words.is_some()),
                found.map(|(word, field)| Problem::ContainsContextWord { word, field }),
            );
        }
        if let Some(custom) = &self.banned_words {
            let names: Vec<banned::NameTerm> = context_words::terms(&Context {
                first_name: context.first_name.clone(),
                last_name: context.last_name.clone(),
                tenant: context.tenant.clone(),
                ..Context::default()
            })
            .into_iter()
            .map(|(name, field)| {
                let source =
                    if field == ContextField::Tenant { TermSource::Tenant } else { TermSource::Name };
                (name, source)
            })
            .collect();
            let result = banned::score(analyzed, &[TermIndex::global(), custom], &names);
            let required = banned::REQUIRED_POINTS;
            record(
                Rule::BannedWords { required },
                self.source(|c| c.banned_word_scoring.is_some() || c.banned_words.is_some()),
                (!result.accepted()).then_some(Problem::BannedWordScore {
                    points: result.points,
                    required,
                    terms: result.terms,
                }),
            );
        }
        if let Some(min_score) = self.min_score {
            // Not estimated: the rule fails (documented on `check`).
            let score = score.unwrap_or(0);
            record(
                Rule::MinScore { min: min_score },
                self.source(|c| c.min_score.is_some()),
                (score < min_score).then_some(Problem::TooWeak { min_score, score }),
            );
        }
        PolicyReport { ok: violations.is_empty(), violations, rules: statuses }
    }

    /// The classes `minClasses` counts: letters without case only where the allowed set
    /// permits them (Entra's "3 of 4").
    fn counted_classes(&self) -> Vec<CharClass> {
        CharClass::COUNTED
            .into_iter()
            .filter(|&class| {
                self.allowed.as_ref().is_none_or(|allowed| allowed.iter().any(|&c| CharClass::of(c) == class))
            })
            .collect()
    }

    /// The citation for a rule: the preset's source, unless the config set the field itself.
    fn source(&self, overridden: impl Fn(&PolicyConfig) -> bool) -> &str {
        if overridden(&self.overridden) {
            CUSTOM_SOURCE
        } else {
            self.preset.source
        }
    }
}

#[cfg(test)]
mod tests;
