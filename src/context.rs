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

impl Context {
    /// Every non-empty raw input, in a stable order: the named fields, then `userInputs`.
    pub fn inputs(&self) -> impl Iterator<Item = &str> {
        [&self.username, &self.email, &self.first_name, &self.last_name, &self.tenant]
            .into_iter()
            .filter_map(|field| field.as_deref())
            .chain(self.user_inputs.iter().map(String::as_str))
            .filter(|input| !input.trim().is_empty())
    }
}
