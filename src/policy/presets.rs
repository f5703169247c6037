//! Ready policies that cite their source. Each is a plain [`PolicyConfig`]; a config that
//! names a preset overrides any of its fields.
//!
//! No preset caps UTF-8 bytes (`maxBytes: null`): none of the sources does. A server that
//! hashes with bcrypt, which reads only the first 72 bytes, adds `maxBytes: 72` to its preset.

use serde::Serialize;

use super::classes::CharClass;
use super::config::PolicyConfig;

/// The preset used when a config names none.
pub const DEFAULT_PRESET: &str = "nist-800-63b-4";

/// Characters Microsoft Entra ID (cloud) accepts in a password: A–Z, a–z, 0–9, space and
/// ``@ # $ % ^ & * - _ ! + = [ ] { } | \ : ' , . ? / ` ~ " ( ) ; < >``.
pub const ENTRA_ALLOWED: &str =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 @#$%^&*-_!+=[]{}|\\:',.?/`~\"();<>";

/// A shipped preset: an id, a human title, its citation and the config it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Preset {
    /// Stable id to put in `policy.preset`.
    pub id: &'static str,
    /// Short human title.
    pub title: &'static str,
    /// The document the preset follows, with section.
    pub source: &'static str,
    /// Where to read it.
    pub url: &'static str,
    /// What the preset does and any choice passgate made where the source is open.
    pub summary: &'static str,
    /// The config the preset stands for.
    pub config: PolicyConfig,
}

/// Every shipped preset, default first.
pub fn presets() -> Vec<Preset> {
    // A policy without composition rules: NIST, OWASP, and the base the others adjust.
    let open = |min_length: u32, max_length: Option<u32>, context_words: bool| PolicyConfig {
        min_length: Some(min_length),
        max_length: Some(max_length),
        max_bytes: Some(None),
        required_classes: Some(Vec::new()),
        min_classes: Some(0),
        allowed_characters: Some(None),
        max_repeated: Some(None),
        blocklist: Some(true),
        custom_blocklist: Some(Vec::new()),
        context_words: Some(context_words),
        min_score: Some(None),
        banned_word_scoring: Some(false),
        banned_words: Some(Vec::new()),
        normalization: None,
        preset: None,
    };
    vec![
        Preset {
            id: "nist-800-63b-4",
            title: "NIST SP 800-63B-4 (password only)",
            source: "NIST SP 800-63B-4 §3.1.1.2",
            url: "https://pages.nist.gov/800-63-4/sp800-63b.html",
            summary:
                "At least 15 characters for a password used alone; no composition rules; whole-password \
                      blocklist of common passwords; no passwords built from the user's or service's names; \
                      NFC normalization. Accepts up to 128 characters (NIST requires at least 64).",
            config: open(15, Some(128), true),
        },
        Preset {
            id: "nist-800-63b-4-mfa",
            title: "NIST SP 800-63B-4 (with another factor)",
            source: "NIST SP 800-63B-4 §3.1.1.2",
            url: "https://pages.nist.gov/800-63-4/sp800-63b.html",
            summary: "At least 8 characters when the password is only one factor of several; otherwise as \
                      the single-factor preset.",
            config: open(8, Some(128), true),
        },
        Preset {
            id: "owasp-asvs-5-l1",
            title: "OWASP ASVS 5.0 Level 1",
            source: "OWASP ASVS 5.0 V6.2 (6.2.1, 6.2.4, 6.2.5, 6.2.9)",
            url: "https://owasp.org/www-project-application-security-verification-standard/",
            summary: "At least 8 characters (15 recommended); no composition rules; refuses the common \
                      passwords that meet the length; accepts up to 128 characters (at least 64 required).",
            config: open(8, Some(128), false),
        },
        Preset {
            id: "owasp-asvs-5-l2",
            title: "OWASP ASVS 5.0 Level 2",
            source: "OWASP ASVS 5.0 V6.2 (6.2.11, 6.2.12) and V6.1.2",
            url: "https://owasp.org/www-project-application-security-verification-standard/",
            summary: "Level 1 plus a documented list of context words (the user's names, e-mail and the \
                      service name); pair it with the breached-password check.",
            config: open(8, Some(128), true),
        },
        Preset {
            id: "microsoft-entra",
            title: "Microsoft Entra ID (Office 365)",
            source: "Microsoft Entra password policies and Password Protection",
            url: "https://learn.microsoft.com/entra/identity/authentication/concept-password-ban-bad",
            summary: "8 to 256 characters; 3 of 4: lowercase, uppercase, digits, symbols; only A–Z, a–z, \
                      0–9, space and common ASCII symbols; banned-word scoring (5 points needed) over \
                      passgate's global list, the custom list and the user's names.",
            config: PolicyConfig {
                min_classes: Some(3),
                allowed_characters: Some(Some(ENTRA_ALLOWED.to_owned())),
                blocklist: Some(false),
                banned_word_scoring: Some(true),
                ..open(8, Some(256), true)
            },
        },
        Preset {
            id: "pci-dss-4",
            title: "PCI DSS 4.0.1",
            source: "PCI DSS 4.0.1 Requirement 8.3.6",
            url: "https://www.pcisecuritystandards.org/document_library/",
            summary: "At least 12 characters containing both letters and digits; no maximum.",
            config: PolicyConfig {
                required_classes: Some(vec![CharClass::Letter, CharClass::Digit]),
                blocklist: Some(false),
                ..open(12, None, false)
            },
        },
    ]
}

/// The preset with `id`, if shipped.
pub fn find(id: &str) -> Option<Preset> {
    presets().into_iter().find(|preset| preset.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `presets.ts` beside the generated types (run by `make pkg` with the other
    /// `export_bindings` tests), so JS can list presets without loading the wasm.
    #[cfg(feature = "typescript")]
    #[test]
    fn export_bindings_presets() {
        // Where ts-rs writes the other types: TS_RS_EXPORT_DIR, else its default `./bindings`.
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "bindings".to_owned());
        let json = serde_json::to_string_pretty(&presets()).unwrap();
        let module = format!(
            "// Generated from src/policy/presets.rs; do not edit.\nimport type {{ Preset }} from \"./Preset.js\";\n\n\
             /** Every shipped policy preset, default first, with its title and source citation. */\n\
             export const presets: readonly Preset[] = {json};\n"
        );
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join("presets.ts"), module).unwrap();
    }

    #[test]
    fn ids_are_unique_and_the_default_exists() {
        let presets = presets();
        let mut ids: Vec<&str> = presets.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), presets.len());
        assert_eq!(presets.first().map(|p| p.id), Some(DEFAULT_PRESET));
    }

    #[test]
    fn entra_allows_exactly_its_documented_ascii_set() {
        assert_eq!(ENTRA_ALLOWED.chars().count(), 26 * 2 + 10 + 1 + 32);
        assert!(ENTRA_ALLOWED.chars().all(|c| c == ' ' || c.is_ascii_graphic()));
    }

    #[test]
    fn every_preset_sets_every_field() {
        for preset in presets() {
            let filled = preset.config.clone().over(&PolicyConfig::default());
            assert_eq!(filled, preset.config, "{}", preset.id);
            assert!(preset.config.min_length.is_some() && preset.config.blocklist.is_some());
        }
    }
}
