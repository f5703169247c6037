//! Breach-check options (`options.breach` in JS) and their validated form.

use serde::{Deserialize, Serialize};

use super::endpoint;
use super::hash::{HashMode, RangeQuery};
use crate::error::ConfigError;

/// Dotted path of these options in error messages.
const PATH: &str = "options.breach";

/// The public Pwned Passwords range service.
pub const DEFAULT_ENDPOINT: &str = "https://api.pwnedpasswords.com";
/// Default request timeout in milliseconds.
pub const DEFAULT_TIMEOUT_MS: u32 = 5000;
/// Smallest accepted `timeoutMs`.
pub const MIN_TIMEOUT_MS: u32 = 100;
/// Largest accepted `timeoutMs`.
pub const MAX_TIMEOUT_MS: u32 = 60_000;

/// Breach-check options as the caller writes them. Every key is optional; unknown keys are an
/// error. Validate them into a [`BreachConfig`] with [`BreachConfig::new`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export, optional_fields))]
pub struct BreachOptions {
    /// Where ranges are fetched from (default `https://api.pwnedpasswords.com`): absolute
    /// `http(s)://`, no fragment, no credentials. Either the base URL of a range service (no
    /// query; a trailing `/` is dropped; `/range/{PREFIX}` is appended), or a URL template for a
    /// static export holding `{prefix}` once and optionally `{mode}` (`sha1` or `ntlm`), e.g.
    /// `https://cdn.example/pwned/{mode}/{prefix}`; no `Add-Padding` header is sent to a template.
    pub endpoint: Option<String>,
    /// The hash to query (default `"sha1"`; `"ntlm"` adds `?mode=ntlm` to a base URL).
    pub mode: Option<HashMode>,
    /// Ask the service to pad the response (`Add-Padding: true`, default `true`) so its size
    /// does not reveal the range. Never sent to a template endpoint (static exports are padded
    /// when written).
    pub padding: Option<bool>,
    /// Give up after this many milliseconds (default 5000, accepted 100 to 60000).
    pub timeout_ms: Option<u32>,
}

/// Validated breach-check settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct BreachConfig {
    endpoint: String,
    mode: HashMode,
    padding: bool,
    timeout_ms: u32,
}

impl Default for BreachConfig {
    fn default() -> Self {
        Self {
            endpoint: DEFAULT_ENDPOINT.to_owned(),
            mode: HashMode::Sha1,
            padding: true,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }
}

impl BreachConfig {
    /// Fills in defaults and validates; errors name the field (`options.breach.timeoutMs`).
    ///
    /// ```
    /// use passgate::breach::{BreachConfig, BreachOptions, HashMode};
    ///
    /// let options = BreachOptions { mode: Some(HashMode::Ntlm), ..BreachOptions::default() };
    /// let config = BreachConfig::new(options)?;
    /// assert_eq!(config.range_url("8846F"), "https://api.pwnedpasswords.com/range/8846F?mode=ntlm");
    /// # Ok::<(), passgate::ConfigError>(())
    /// ```
    pub fn new(options: BreachOptions) -> Result<Self, ConfigError> {
        let defaults = Self::default();
        let endpoint = match options.endpoint {
            Some(endpoint) => endpoint::validate(&endpoint)?,
            None => defaults.endpoint,
        };
        let timeout_ms = options.timeout_ms.unwrap_or(defaults.timeout_ms);
        if !(MIN_TIMEOUT_MS..=MAX_TIMEOUT_MS).contains(&timeout_ms) {
            return Err(ConfigError::invalid(
                format!("{PATH}.timeoutMs"),
                format!(
                    "must be between {MIN_TIMEOUT_MS} and {MAX_TIMEOUT_MS} (milliseconds), got {timeout_ms}"
                ),
            ));
        }
        Ok(Self {
            endpoint,
            mode: options.mode.unwrap_or(defaults.mode),
            padding: options.padding.unwrap_or(defaults.padding),
            timeout_ms,
        })
    }

    /// The base URL (without a trailing `/`) or the URL template, as validated.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Whether the endpoint is a URL template (`{prefix}`) rather than a base URL.
    pub fn is_template(&self) -> bool {
        endpoint::is_template(&self.endpoint)
    }

    /// The hash to query.
    pub fn mode(&self) -> HashMode {
        self.mode
    }

    /// Whether padding was asked for (the `padding` option).
    pub fn padding(&self) -> bool {
        self.padding
    }

    /// Whether to send the `Add-Padding: true` request header: padding is on and the endpoint is
    /// a base URL. A template endpoint never gets it (it would force a CORS preflight on every
    /// CDN request; static exports are padded when written).
    pub fn sends_padding_header(&self) -> bool {
        self.padding && !self.is_template()
    }

    /// The request timeout in milliseconds.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout_ms
    }

    /// Hashes `password` in this config's mode.
    pub fn query(&self, password: &str) -> RangeQuery {
        RangeQuery::new(password, self.mode)
    }

    /// `{endpoint}/range/{PREFIX}`, plus `?mode=ntlm` in NTLM mode; for a template, the
    /// template with `{prefix}` and `{mode}` filled in. The prefix is uppercased.
    ///
    /// ```
    /// use passgate::breach::{BreachConfig, BreachOptions, HashMode};
    ///
    /// let endpoint = Some("https://cdn.example/pwned/{mode}/{prefix}".to_owned());
    /// let config = BreachConfig::new(BreachOptions { endpoint, mode: Some(HashMode::Ntlm), ..Default::default() })?;
    /// assert_eq!(config.range_url("8846f"), "https://cdn.example/pwned/ntlm/8846F");
    /// assert!(!config.sends_padding_header());
    /// # Ok::<(), passgate::ConfigError>(())
    /// ```
    pub fn range_url(&self, prefix: &str) -> String {
        endpoint::range_url(&self.endpoint, prefix, self.mode)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode_json;

    fn config(json: &str) -> Result<BreachConfig, ConfigError> {
        BreachConfig::new(decode_json::<BreachOptions>(PATH, json)?)
    }

    #[test]
    fn defaults() {
        let config = config("{}").unwrap();
        assert_eq!(config, BreachConfig::default());
        assert_eq!(config.endpoint(), "https://api.pwnedpasswords.com");
        assert_eq!((config.mode(), config.padding(), config.timeout_ms()), (HashMode::Sha1, true, 5000));
        assert_eq!(config.range_url("5baa6"), "https://api.pwnedpasswords.com/range/5BAA6");
    }

    #[test]
    fn accepted_options() {
        let cases = [
            (r#"{"endpoint": "http://127.0.0.1:8081"}"#, "http://127.0.0.1:8081/range/5BAA6"),
            (r#"{"endpoint": "https://hibp.example.org/"}"#, "https://hibp.example.org/range/5BAA6"),
            (r#"{"endpoint": "https://example.org/mirror//"}"#, "https://example.org/mirror/range/5BAA6"),
            (r#"{"endpoint": "HTTPS://Example.org"}"#, "HTTPS://Example.org/range/5BAA6"),
            (r#"{"mode": "ntlm"}"#, "https://api.pwnedpasswords.com/range/5BAA6?mode=ntlm"),
            (
                r#"{"mode": "sha1", "padding": false, "timeoutMs": 100}"#,
                "https://api.pwnedpasswords.com/range/5BAA6",
            ),
            (r#"{"timeoutMs": 60000, "endpoint": null}"#, "https://api.pwnedpasswords.com/range/5BAA6"),
        ];
        for (json, url) in cases {
            assert_eq!(config(json).unwrap().range_url("5BAA6"), url, "{json}");
        }
        let config = config(r#"{"padding": false, "timeoutMs": 250}"#).unwrap();
        assert_eq!((config.padding(), config.timeout_ms()), (false, 250));
    }

    #[test]
    fn padding_header_goes_to_base_urls_only() {
        let cases = [
            (r#"{}"#, true),
            (r#"{"padding": false}"#, false),
            (r#"{"endpoint": "http://127.0.0.1:8081"}"#, true),
            (r#"{"endpoint": "https://cdn.example/{mode}/{prefix}"}"#, false),
            (r#"{"endpoint": "https://cdn.example/range/{prefix}.txt", "padding": true}"#, false),
        ];
        for (json, header) in cases {
            let config = config(json).unwrap();
            assert_eq!(config.sends_padding_header(), header, "{json}");
            assert_eq!(config.is_template(), json.contains("{prefix}"), "{json}");
        }
        let ntlm = config(r#"{"endpoint": "https://cdn.example/{mode}/{prefix}", "mode": "ntlm"}"#).unwrap();
        assert_eq!(ntlm.range_url("8846f"), "https://cdn.example/ntlm/8846F");
    }

    #[test]
    fn rejected_options() {
        let cases = [
            (
                r#"{"timeoutMs": 99}"#,
                "options.breach.timeoutMs: must be between 100 and 60000 (milliseconds), got 99",
            ),
            (
                r#"{"timeoutMs": 60001}"#,
                "options.breach.timeoutMs: must be between 100 and 60000 (milliseconds), got 60001",
            ),
            (r#"{"timeoutMs": -1}"#, "options.breach.timeoutMs: invalid value"),
            (r#"{"timeoutMs": "5000"}"#, "options.breach.timeoutMs: invalid type"),
            (r#"{"mode": "md5"}"#, "options.breach.mode: unknown variant `md5`"),
            (r#"{"padding": "yes"}"#, "options.breach.padding: invalid type"),
            (
                r#"{"endpoint": "api.pwnedpasswords.com"}"#,
                "options.breach.endpoint: must be an absolute http:// or https:// URL",
            ),
            (r#"{"endpoint": "ftp://example.org"}"#, "options.breach.endpoint: must be an absolute"),
            (r#"{"endpoint": "/range"}"#, "options.breach.endpoint: must be an absolute"),
            (r#"{"endpoint": ""}"#, "options.breach.endpoint: must be an absolute"),
            (
                r#"{"endpoint": "https://"}"#,
                "options.breach.endpoint: must be an absolute http:// or https:// URL with a host",
            ),
            (
                r#"{"endpoint": "https:///range"}"#,
                "options.breach.endpoint: must be an absolute http:// or https:// URL with a host",
            ),
            (r#"{"endpoint": "https://example.org?x=1"}"#, "without a query or fragment"),
            (r#"{"endpoint": "https://example.org/#top"}"#, "without a query or fragment"),
            (r#"{"endpoint": " https://example.org"}"#, "must be an absolute"),
            (r#"{"endpoint": "https://example.org/a b"}"#, "without spaces or control characters"),
            (r#"{"endpoint": "https://user:secret@example.org"}"#, "without credentials"),
        ];
        for (json, expected) in cases {
            let err = config(json).unwrap_err();
            assert_eq!(err.code(), "invalidOption", "{json}");
            let message = err.to_string();
            assert!(message.contains(expected), "{json}: {message}");
            assert!(!message.contains("secret"), "credentials echoed: {message}");
        }
    }

    #[test]
    fn unknown_keys_are_named() {
        let err = config(r#"{"timeout": 5000}"#).unwrap_err();
        assert_eq!(err.code(), "unknownOption");
        assert!(err.to_string().starts_with("options.breach.timeout: unknown option"), "{err}");
        assert!(err.to_string().contains("timeoutMs"), "{err}");
    }

    #[test]
    fn config_serializes_camel_case() {
        let value = serde_json::to_value(BreachConfig::default()).unwrap();
        assert_eq!(
            value,
            serde_json::json!({
                "endpoint": "https://api.pwnedpasswords.com", "mode": "sha1", "padding": true, "timeoutMs": 5000
            })
        );
    }
}
