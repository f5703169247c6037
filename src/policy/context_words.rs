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

use crate::context::{clip, Context, MAX_USER_INPUTS};

use super::normalize::fold;

/// Shortest term that counts.
pub const MIN_TERM_LENGTH: usize = 4;

/// The folded context terms for one check, longest first, without duplicates.
pub fn terms(context: &Context) -> Vec<Vec<char>> {
    let mut terms = Terms::default();
    for name in
        [&context.username, &context.first_name, &context.last_name, &context.tenant].into_iter().flatten()
    {
        terms.add_with_words(clip(name));
    }
    if let Some(email) = context.email.as_deref().map(clip) {
        let (local, domain) = email.rsplit_once('@').unwrap_or((email, ""));
        terms.add_with_words(local);
        let labels: Vec<&str> = domain.split('.').collect();
        if let Some((_tld, rest)) = labels.split_last() {
            rest.iter().for_each(|label| terms.add_with_words(label));
        }
    }
    context.user_inputs.iter().take(MAX_USER_INPUTS).for_each(|input| terms.add_with_words(clip(input)));
    let mut terms = terms.0;
    terms.sort_by_key(|term| std::cmp::Reverse(term.len()));
    terms
}

#[derive(Default)]
struct Terms(Vec<Vec<char>>);

impl Terms {
    fn add(&mut self, raw: &str) {
        let folded = fold(raw.trim());
        if folded.len() >= MIN_TERM_LENGTH && !self.0.contains(&folded) {
            self.0.push(folded);
        }
    }

    /// Adds the whole input and each of its words.
    fn add_with_words(&mut self, raw: &str) {
        self.add(raw);
        raw.split(|c: char| !c.is_alphanumeric()).for_each(|word| self.add(word));
    }
}

/// The first term that `password` contains (forwards or reversed), in its folded form.
pub fn find(password: &str, terms: &[Vec<char>]) -> Option<String> {
    let folded = super::normalize::fold_zeroizing(password);
    terms.iter().find_map(|term| {
        let reversed: Vec<char> = term.iter().rev().copied().collect();
        let hit = contains(&folded, term) || contains(&folded, &reversed);
        hit.then(|| term.iter().collect())
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
        let terms: Vec<String> = terms(&context()).iter().map(|t| t.iter().collect()).collect();
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
        let table = [
            ("alice", Some("alice")),
            ("ALICE2024", Some("alice")),
            ("@lic3!!", Some("alice")),
            ("ecila-rocks", Some("alice")),
            ("MyFabrikamPassword", Some("fabrikam")),
            ("contoso-2025", Some("contoso")),
            ("xX_asmith_Xx", Some("asmith")),
            ("correct horse battery", None),
            ("", None),
        ];
        for (password, found) in table {
            assert_eq!(find(password, &terms).as_deref(), found, "{password}");
        }
    }

    #[test]
    fn empty_context_finds_nothing() {
        assert!(terms(&Context::default()).is_empty());
        assert_eq!(find("alice", &[]), None);
    }
}
