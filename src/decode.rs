//! Decoding options and context from JSON (or any serde data format) into passgate's types.
//!
//! The binding layer hands in the JSON text of a JS object (JSON.stringify sees every own key,
//! so `deny_unknown_fields` catches typos); native callers can use JSON or build the types
//! directly. Every failure becomes a [`ConfigError`] whose message names the
//! field by its full dotted path (`policy.minLength`), never the password.

use serde::de::DeserializeOwned;
use serde::Deserializer;

use crate::error::ConfigError;

/// Deserializes `T`, turning serde's errors into [`ConfigError`]s that name the field.
///
/// `root` is the name of the argument (`options`, `context`) used as the path prefix.
pub fn decode<'de, T, D>(root: &str, deserializer: D) -> Result<T, ConfigError>
where
    T: DeserializeOwned,
    D: Deserializer<'de>,
{
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = join_path(root, &err.path().to_string());
        classify(path, &err.inner().to_string())
    })
}

/// Decodes `T` from JSON text; see [`decode`].
pub fn decode_json<T: DeserializeOwned>(root: &str, json: &str) -> Result<T, ConfigError> {
    decode(root, &mut serde_json::Deserializer::from_str(json))
}

fn join_path(root: &str, inner: &str) -> String {
    if inner.is_empty() || inner == "." {
        root.to_owned()
    } else {
        format!("{root}.{inner}")
    }
}

/// Maps serde's standard messages (`unknown field`, `invalid type`, ...) onto our codes.
///
/// `path` already ends with the offending key. Position suffixes that text formats add
/// (`at line 1 column 12`) are dropped: the path says where.
fn classify(path: String, message: &str) -> ConfigError {
    let message = message.rsplit_once(" at line ").map_or(message, |(head, _)| head);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let accepted = rest
            .split_once("`, expected one of ")
            .or_else(|| rest.split_once("`, expected "))
            .map_or("none", |(_, accepted)| accepted);
        return ConfigError::UnknownOption { path, accepted: accepted.to_owned() };
    }
    ConfigError::invalid(path, message.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Context;

    #[test]
    fn unknown_key_is_named_with_its_path() {
        let err = decode_json::<Context>("context", r#"{"userInput": ["x"]}"#).unwrap_err();
        assert_eq!(err.code(), "unknownOption");
        let message = err.to_string();
        assert!(message.starts_with("context.userInput: unknown option"), "{message}");
        assert!(message.contains("userInputs"), "lists accepted keys: {message}");
    }

    #[test]
    fn wrong_type_names_the_field() {
        let err = decode_json::<Context>("context", r#"{"userInputs": "alice"}"#).unwrap_err();
        assert_eq!(err.code(), "invalidOption");
        assert!(err.to_string().starts_with("context.userInputs: invalid type"), "{err}");
    }

    #[test]
    fn nested_index_is_part_of_the_path() {
        let err = decode_json::<Context>("context", r#"{"userInputs": ["a", 3]}"#).unwrap_err();
        assert!(err.to_string().starts_with("context.userInputs[1]: "), "{err}");
    }
}
