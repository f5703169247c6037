//! The English catalogue: every vocabulary a person may see, with its templates, assembled
//! from the modules that define them. The source of the JS package's English catalogue
//! (`pkg/src/types/messages.ts`, written by the `export_bindings_messages` test). Nothing in
//! the crate imports this module (`make test-modules` checks it), so no vocabulary depends on
//! the catalogue and the catalogue closes no circle.

use crate::breach::{BreachStatus, UnknownReason};
use crate::classes::CharClass;
use crate::feedback::{Suggestion, Warning};
use crate::messages::{Codes, QUOTE};
use crate::passphrase::{Adjustment, Advice, UnsatisfiableCode};
use crate::policy::banned::TermSource;
use crate::policy::{ProblemCode, RuleId};
use crate::server::ServerRejection;

/// One vocabulary: its namespace and every code with its English template, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// The key prefix (`violation`, `rule`, `warning`, ...).
    pub namespace: &'static str,
    /// `(code, template)` pairs; the catalogue key is `namespace.code`.
    pub entries: Vec<(&'static str, &'static str)>,
}

/// Every code of `C` with its template, under `namespace`.
fn vocabulary<C: Codes>(namespace: &'static str) -> Vocabulary {
    Vocabulary { namespace, entries: C::ALL.iter().map(|&code| (code.code(), code.template())).collect() }
}

/// Every vocabulary a person may see, with its English templates: the source of the JS
/// package's English catalogue.
pub fn english() -> Vec<Vocabulary> {
    let mut vocabularies = vec![
        vocabulary::<ProblemCode>("violation"),
        vocabulary::<RuleId>("rule"),
        vocabulary::<TermSource>("term"),
        vocabulary::<CharClass>("class"),
        vocabulary::<Warning>("warning"),
        vocabulary::<Suggestion>("suggestion"),
    ];
    #[cfg(feature = "strength")]
    {
        use crate::strength::{Duration, StrengthNote};
        vocabularies.push(vocabulary::<StrengthNote>("note"));
        vocabularies.push(vocabulary::<Duration>("duration"));
    }
    vocabularies.extend([
        vocabulary::<Advice>("advice"),
        vocabulary::<Adjustment>("adjustment"),
        vocabulary::<UnsatisfiableCode>("unsatisfiable"),
        vocabulary::<UnknownReason>("unknownReason"),
        vocabulary::<BreachStatus>("breach"),
        vocabulary::<ServerRejection>("server"),
        Vocabulary { namespace: "format", entries: vec![("quote", QUOTE)] },
    ]);
    vocabularies
}

#[cfg(test)]
mod tests {
    #[cfg(all(feature = "typescript", feature = "strength"))]
    use serde_json::{json, Value};

    use super::*;

    #[test]
    fn every_key_is_unique_and_every_vocabulary_full() {
        let mut seen = std::collections::HashSet::new();
        for vocabulary in english() {
            assert!(!vocabulary.entries.is_empty(), "{}", vocabulary.namespace);
            for (code, template) in &vocabulary.entries {
                assert!(!code.is_empty() && !template.is_empty(), "{}.{code}", vocabulary.namespace);
                assert!(seen.insert(format!("{}.{code}", vocabulary.namespace)), "{code}");
            }
        }
    }

    /// Writes `messages.ts` beside the generated types (run by `make pkg` with the other
    /// `export_bindings` tests): the English catalogue, the codes of every vocabulary and the
    /// crack-time units, so the JS package renders translations from the same data.
    #[cfg(all(feature = "typescript", feature = "strength"))]
    #[test]
    fn export_bindings_messages() {
        // Where ts-rs writes the other types: TS_RS_EXPORT_DIR, else its default `./bindings`.
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "bindings".to_owned());
        let mut catalogue = serde_json::Map::new();
        let mut codes = serde_json::Map::new();
        for vocabulary in english() {
            let list = vocabulary.entries.iter().map(|(code, _)| Value::from(*code)).collect();
            codes.insert(vocabulary.namespace.to_owned(), Value::Array(list));
            for (code, template) in vocabulary.entries {
                catalogue.insert(format!("{}.{code}", vocabulary.namespace), Value::from(template));
            }
        }
        let units: Vec<Value> = crate::strength::DURATION_UNITS
            .iter()
            .map(|&(seconds, unit)| json!([seconds, unit.code()]))
            .collect();
        let pretty = |value: &Value| serde_json::to_string_pretty(value).unwrap();
        let module = format!(
            "// Generated from src/catalogue.rs; do not edit.\n\n\
             /** English templates for every message, keyed `namespace.code` (the Rust `Display` texts). */\n\
             export const english: Readonly<Record<string, string>> = {};\n\n\
             /** Every code of every vocabulary, by namespace. */\n\
             export const vocabularies: Readonly<Record<string, readonly string[]>> = {};\n\n\
             /** Crack-time units, largest first: `[seconds in one unit, duration key]`. */\n\
             export const durationUnits: readonly (readonly [number, string])[] = {};\n",
            pretty(&Value::Object(catalogue)),
            pretty(&Value::Object(codes)),
            pretty(&Value::Array(units)),
        );
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join("messages.ts"), module).unwrap();
    }
}
