//! Rejections only the server can make (the password was used before on the account, it was
//! changed too recently, an account policy the page cannot see), as a closed vocabulary with
//! English texts, so a page shows them in the same shape and language as passgate's own
//! verdicts (`server.*` in catalogues; in JS `checker.serverRejection(code)` and the meter's
//! `setServerRejection(code)`). A leaf: it imports only the vocabulary machinery.

use crate::messages::vocabulary;

vocabulary! {
    /// A rejection from the server, with its English text. A server answers with the code; the
    /// page renders it in the person's language.
    ServerRejection {
        /// The password is one of the account's recent passwords.
        PasswordReused = "passwordReused" =>
            "You've used this password on this account before. Choose one you haven't used here.",
        /// The account's password was changed too recently to change it again.
        ChangedTooRecently = "changedTooRecently" =>
            "Your password was changed too recently to change it again now. Try again later.",
        /// An account policy the page does not know refuses the password.
        AccountPolicy = "accountPolicy" =>
            "Your organisation's account policy doesn't accept this password. Choose a different one.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_serialize_as_their_catalogue_keys() {
        for &code in ServerRejection::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.code());
            assert!(code.to_string().ends_with('.'), "{code}");
        }
        assert_eq!(ServerRejection::ALL.len(), 3);
    }
}
