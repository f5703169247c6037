//! Context words: a password must not be, contain, or be a simple derivative of the user's own
//! details (NIST SP 800-63B-4 §3.1.1.2 names "the name of the service, the username, and
//! derivatives thereof"; OWASP ASVS 5 6.2.11 asks for a documented list of context words).
//!
//! A term is any word of 4+ characters from the context: the username, the e-mail's local part
//! and domain words (the top-level domain excluded), first and last name, tenant (service) name
//! and every `userInputs` entry, split at spaces and punctuation; whole inputs count too
//! (`alice.smith` as well as `alice` and `smith`). Matching folds both sides (case,
//! substitutions) and looks for the term and its reversal anywhere in the password, which
//! covers "is", "contains", case, substitution, reversal and appended digits. Inputs are read
//! up to [`crate::context::MAX_INPUT_CHARS`] characters each (bounded cost).

use serde::Serialize;

use crate::context::{clip, Context, MAX_USER_INPUTS};

use super::normalize::fold;

/// The context field a term came from (`field` of a `containsContextWord` violation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub enum ContextField {
    /// `username`.
    Username,
    /// `email`: its local part or a domain word.
    Email,
    /// `firstName`.
    FirstName,
    /// `lastName`.
    LastName,
    /// `tenant`.
    Tenant,
    /// One of `userInputs`.
    UserInputs,
}

/// A folded context term and the field it came from.
pub type Term = (Vec<char>, ContextField);

/// Shortest term that counts.
pub const MIN_TERM_LENGTH: usize = 4;

/// The folded context terms for one check, longest first, without duplicates (a term in two
/// fields keeps the first: username, first name, last name, tenant, e-mail, `userInputs`).
pub fn terms(context: &Context) -> Vec<Term> {
    let mut terms = Terms::default();
    let named = [
        (&context.username, ContextField::Username),
        (&context.first_name, ContextField::FirstName),
        (&context.last_name, ContextField::LastName),
        (&context.tenant, ContextField::Tenant),
    ];
    for (name, field) in named {
        if let Some(name) = name {
            terms.add_with_words(clip(name), field);
        }
    }
    if let Some(email) = context.email.as_deref().map(clip) {
        let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
        terms.add_with_words(local, ContextField::Email);
        let labels: Vec<&str> = domain.split('.').collect();
        if let Some((_tld, rest)) = labels.split_last() {
            rest.iter().for_each(|label| terms.add_with_words(label, ContextField::Email));
        }
    }
    for input in context.user_inputs.iter().take(MAX_USER_INPUTS) {
        terms.add_with_words(clip(input), ContextField::UserInputs);
    }
    let mut terms = terms.0;
    crate::sort::insertion_sort_by_key(&mut terms, |(term, _)| std::cmp::Reverse(term.len()));
    terms
}

#[derive(Default)]
struct Terms(Vec<Term>);

impl Terms {
    fn add(&mut self, raw: &str, field: ContextField) {
        let folded = fold(raw.trim());
        if folded.len() >= MIN_TERM_LENGTH && !self.0.iter().any(|(term, _)| *term == folded) {
            self.0.push((folded, field));
        }
    }

    /// Adds the whole input and each of its words.
    fn add_with_words(&mut self, raw: &str, field: ContextField) {
        self.add(raw, field);
        raw.split(|c: char| !c.is_alphanumeric()).for_each(|word| self.add(word, field));
    }
}

/// The first term that `password` contains (forwards or reversed), in its folded form, with
/// its field.
pub fn find(password: &str, terms: &[Term]) -> Option<(String, ContextField)> {
    let folded = super::normalize::fold_zeroizing(password);
    terms.iter().find_map(|(term, field)| {
        let reversed: Vec<char> = term.iter().rev().copied().collect();
        let hit = contains(&folded, term) || contains(&folded, &reversed);
        hit.then(|| (term.iter().collect(), *field))
    })
}

fn contains(haystack: &[char], needle: &[char]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> Context {
        Context {
            username: Some("asmith".into()),
            email: Some("alice.smith@contoso-labs.co.uk".into()),
            first_name: Some("Alice".into()),
            last_name: Some("Smith".into()),
            tenant: Some("Fabrikam".into()),
            user_inputs: vec!["Blue Lagoon".into(), "ab".into()],
        }
    }

    #[test]
    fn terms_come_from_every_field() {
        let terms: Vec<String> = terms(&context()).iter().map(|(t, _)| t.iter().collect()).collect();
        for expected in
            ["asmith", "alice", "smith", "alice.smith", "contoso", "labs", "fabrikam", "lagoon", "blue"]
        {
            assert!(terms.iter().any(|t| t == expected), "{expected} missing from {terms:?}");
        }
        assert!(!terms.iter().any(|t| t == "uk" || t == "ab" || t == "co"), "{terms:?}");
    }

    #[test]
    fn derivatives_are_found() {
        let terms = terms(&context());
        use ContextField::*;
        let table = [
            ("alice", Some(("alice", FirstName))),
            ("ALICE2024", Some(("alice", FirstName))),
            ("@lic3!!", Some(("alice", FirstName))),
            ("ecila-rocks", Some(("alice", FirstName))),
            ("MyFabrikamPassword", Some(("fabrikam", Tenant))),
            ("contoso-2025", Some(("contoso", Email))),
            ("xX_asmith_Xx", Some(("asmith", Username))),
            ("SMITHS-lagoon", Some(("lagoon", UserInputs))),
            ("smith-and-sons", Some(("smith", LastName))),
            ("correct horse battery", None),
            ("", None),
        ];
        for (password, found) in table {
            let found = found.map(|(word, field)| (word.to_owned(), field));
            assert_eq!(find(password, &terms), found, "{password}");
        }
    }

    #[test]
    fn empty_context_finds_nothing() {
        assert!(terms(&Context::default()).is_empty());
        assert_eq!(find("alice", &[]), None);
    }
}
