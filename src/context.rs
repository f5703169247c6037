//! What passgate knows about the person choosing the password.
//!
//! Every field is optional. The terms feed zxcvbn's user-input dictionary (so a password made
//! of them scores low) and the policy's context-word rule.

use serde::Deserialize;

/// Facts about the user and the service, passed with each check.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct Context {
    /// The account name.
    pub username: Option<String>,
    /// The e-mail address; its local part and domain words count as context terms.
    pub email: Option<String>,
    /// The person's first (given) name.
    pub first_name: Option<String>,
    /// The person's last (family) name.
    pub last_name: Option<String>,
    /// The organisation or service name (Entra's "tenant").
    pub tenant: Option<String>,
    /// Any other words a password should not be built from (team name, product, city, ...).
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Vec<String>>", optional))]
    pub user_inputs: Vec<String>,
}

/// Characters of each context field that are read (names and e-mails are far shorter).
pub const MAX_INPUT_CHARS: usize = 128;
/// `userInputs` entries that are read.
pub const MAX_USER_INPUTS: usize = 64;

impl Context {
    /// Every non-empty raw input, in a stable order: the named fields, then `userInputs`.
    ///
    /// Bounded: each input is clipped to [`MAX_INPUT_CHARS`] and only the first
    /// [`MAX_USER_INPUTS`] `userInputs` are read, so a huge context cannot slow a check down.
    pub fn inputs(&self) -> impl Iterator<Item = &str> {
        [&self.username, &self.email, &self.first_name, &self.last_name, &self.tenant]
            .into_iter()
            .filter_map(|field| field.as_deref())
            .chain(self.user_inputs.iter().take(MAX_USER_INPUTS).map(String::as_str))
            .map(clip)
            .filter(|input| !input.trim().is_empty())
    }
}

/// The first [`MAX_INPUT_CHARS`] characters of `input`.
pub fn clip(input: &str) -> &str {
    input.char_indices().nth(MAX_INPUT_CHARS).map_or(input, |(end, _)| input.get(..end).unwrap_or(input))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_bounded() {
        let context = Context {
            first_name: Some("é".repeat(1_000)),
            user_inputs: vec!["x".to_owned(); 1_000],
            ..Context::default()
        };
        let inputs: Vec<&str> = context.inputs().collect();
        assert_eq!(inputs.len(), 1 + MAX_USER_INPUTS);
        assert_eq!(inputs[0].chars().count(), MAX_INPUT_CHARS);
        assert_eq!(clip("short"), "short");
    }
}
