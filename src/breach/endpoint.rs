//! Where range requests go: a base URL of a live range service, or a URL template for a static
//! export on a CDN or object store.
//!
//! - A **base URL** (`https://api.pwnedpasswords.com`) gets `/range/{PREFIX}` appended, plus
//!   `?mode=ntlm` in NTLM mode; `Add-Padding: true` is sent when padding is on.
//! - A **template** is any endpoint holding a `{`: it must name `{prefix}` exactly once and may
//!   name `{mode}` (`sha1` or `ntlm`), nothing else (`https://cdn.example/pwned/{mode}/{prefix}`,
//!   `https://cdn.example/range/{prefix}.txt`). Static hosts ignore query strings, hence `{mode}`.
//!   No `Add-Padding` header is sent: a custom header makes every cross-origin request a CORS
//!   preflight, and a static export is padded when it is written.
//!
//! Both forms must be absolute `http(s)://` URLs with a host, no fragment, no credentials, no
//! spaces or control characters; a base URL also has no query and loses trailing `/`s.

use super::hash::HashMode;
use crate::error::ConfigError;

/// Dotted path of the endpoint in error messages.
const PATH: &str = "options.breach.endpoint";
/// The placeholder for the 5-hex-digit prefix (uppercase when expanded).
const PREFIX: &str = "{prefix}";
/// The placeholder for the hash mode (`sha1` or `ntlm`).
const MODE: &str = "{mode}";

/// Whether a validated endpoint is a template rather than a base URL.
pub(super) fn is_template(endpoint: &str) -> bool {
    endpoint.contains('{')
}

/// The URL of `prefix`'s range (the prefix is uppercased) for a validated endpoint.
pub(super) fn range_url(endpoint: &str, prefix: &str, mode: HashMode) -> String {
    let prefix = prefix.to_ascii_uppercase();
    if is_template(endpoint) {
        return endpoint.replace(PREFIX, &prefix).replace(MODE, mode.as_str());
    }
    let query = match mode {
        HashMode::Sha1 => "",
        HashMode::Ntlm => "?mode=ntlm",
    };
    format!("{endpoint}/range/{prefix}{query}")
}

/// Checks `endpoint` (see the module docs) and returns it as it will be used.
pub(super) fn validate(endpoint: &str) -> Result<String, ConfigError> {
    let invalid = |reason: String| ConfigError::invalid(PATH, reason);
    let expected = "must be an absolute http:// or https:// URL";
    // A value that may hold credentials is not echoed back.
    let shown = if endpoint.contains('@') { "(withheld)" } else { endpoint };
    let rest = ["https://", "http://"]
        .iter()
        .find_map(|scheme| {
            let head = endpoint.get(..scheme.len())?;
            head.eq_ignore_ascii_case(scheme).then(|| endpoint.get(scheme.len()..)).flatten()
        })
        .ok_or_else(|| invalid(format!("{expected}, got {shown:?}")))?;
    if endpoint.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid(format!("{expected} without spaces or control characters, got {shown:?}")));
    }
    let template = is_template(endpoint);
    if endpoint.contains('#') || (!template && endpoint.contains('?')) {
        return Err(invalid(format!("{expected} without a query or fragment, got {shown:?}")));
    }
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    if authority.is_empty() {
        return Err(invalid(format!("{expected} with a host, got {shown:?}")));
    }
    if authority.contains('@') {
        // Not echoed: the value holds credentials.
        return Err(invalid(format!("{expected} without credentials (user:password@)")));
    }
    if !template {
        return Ok(endpoint.trim_end_matches('/').to_owned());
    }
    if authority.contains('{') {
        return Err(invalid(format!("a template may not have a placeholder in the host, got {shown:?}")));
    }
    // Every `{...}` must be a known placeholder, and `{prefix}` must appear exactly once.
    let without_known = endpoint.replace(PREFIX, "").replace(MODE, "");
    if without_known.contains(['{', '}']) {
        return Err(invalid(format!(
            "a template may only hold the placeholders {{prefix}} and {{mode}}, got {shown:?}"
        )));
    }
    if endpoint.matches(PREFIX).count() != 1 {
        return Err(invalid(format!("a template must hold {{prefix}} exactly once, got {shown:?}")));
    }
    Ok(endpoint.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_expand() {
        let cases = [
            (
                "https://cdn.example/pwned/{mode}/{prefix}",
                HashMode::Sha1,
                "https://cdn.example/pwned/sha1/5BAA6",
            ),
            (
                "https://cdn.example/pwned/{mode}/{prefix}",
                HashMode::Ntlm,
                "https://cdn.example/pwned/ntlm/5BAA6",
            ),
            ("https://cdn.example/range/{prefix}.txt", HashMode::Sha1, "https://cdn.example/range/5BAA6.txt"),
            ("https://cdn.example/range/{prefix}.txt", HashMode::Ntlm, "https://cdn.example/range/5BAA6.txt"),
            ("http://127.0.0.1:8080/{prefix}/", HashMode::Sha1, "http://127.0.0.1:8080/5BAA6/"),
            (
                "https://x.example/get?p={prefix}&m={mode}",
                HashMode::Ntlm,
                "https://x.example/get?p=5BAA6&m=ntlm",
            ),
            ("https://x.example/{mode}-{mode}/{prefix}", HashMode::Sha1, "https://x.example/sha1-sha1/5BAA6"),
        ];
        for (template, mode, url) in cases {
            let endpoint = validate(template).unwrap();
            assert!(is_template(&endpoint), "{template}");
            assert_eq!(range_url(&endpoint, "5baa6", mode), url, "{template} {mode}");
        }
    }

    #[test]
    fn base_urls_get_the_api_path() {
        let endpoint = validate("https://hibp.example.org/mirror/").unwrap();
        assert!(!is_template(&endpoint));
        assert_eq!(
            range_url(&endpoint, "5baa6", HashMode::Sha1),
            "https://hibp.example.org/mirror/range/5BAA6"
        );
        assert_eq!(
            range_url(&endpoint, "8846f", HashMode::Ntlm),
            "https://hibp.example.org/mirror/range/8846F?mode=ntlm"
        );
    }

    #[test]
    fn bad_templates_are_named() {
        let cases = [
            ("https://cdn.example/{mode}", "must hold {prefix} exactly once"),
            ("https://cdn.example/{prefix}/{prefix}", "must hold {prefix} exactly once"),
            ("https://cdn.example/{hash}", "only hold the placeholders {prefix} and {mode}"),
            ("https://cdn.example/{PREFIX}", "only hold the placeholders"),
            ("https://cdn.example/{prefix", "only hold the placeholders"),
            ("https://cdn.example/prefix}{prefix}", "only hold the placeholders"),
            ("https://{mode}.example/{prefix}", "placeholder in the host"),
            ("https://cdn.example/{prefix}#x", "without a query or fragment"),
            ("cdn.example/{prefix}", "must be an absolute"),
            ("https:///{prefix}", "with a host"),
            ("https://user:secret@cdn.example/{prefix}", "without credentials"),
            ("https://cdn.example/a b/{prefix}", "without spaces"),
        ];
        for (endpoint, expected) in cases {
            let err = validate(endpoint).unwrap_err();
            assert_eq!(err.code(), "invalidOption", "{endpoint}");
            let message = err.to_string();
            assert!(message.starts_with("options.breach.endpoint: "), "{message}");
            assert!(message.contains(expected), "{endpoint}: {message}");
            assert!(!message.contains("secret"), "credentials echoed: {message}");
        }
    }
}
