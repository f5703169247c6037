//! English message templates, and the renderer that turns a template plus a code's serialized
//! parameters into the text every `Display` in this crate produces.
//!
//! Every message a person sees has a key `namespace.code` (`violation.tooShort`,
//! `class.uppercase`, `duration.hour`) and an English template. The JS package gets the same
//! templates as a generated catalogue ([`english`]) and renders translations with the same
//! syntax, so the English text cannot drift between Rust and JS.
//!
//! Template syntax (a small subset of ICU MessageFormat, plus two list forms):
//! - `{name}`: the parameter as text;
//! - `{name, plural, one {# item} other {# items}}`: a branch chosen by the number's plural
//!   category (`=N` exact matches first, N a whole number, then the category, then `other`);
//!   `#` is the number;
//! - `{name, classes, and}` / `{name, classes, or}`: a list of character class codes, each shown
//!   by its `class.*` message, joined as a conjunction or disjunction;
//! - `{name, quoted}`: a string, or a list of strings joined by commas, each in quotation marks.
//!
//! English lists are joined as `Intl.ListFormat("en-GB")` joins them ("a, b and c").
//!
//! Cost: rendering is linear in the template and parameter sizes.

use serde_json::Value;

use crate::policy::classes::CharClass;

/// How `{name, quoted}` shows one item (`format.quote` in the catalogue).
pub const QUOTE: &str = "\u{201c}{item}\u{201d}";

/// Renders `template` in English with `params`, a JSON object of the code's parameters.
/// Unknown parameters render as empty text; malformed syntax is copied through as text.
pub fn render(template: &str, params: &Value) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    render_into(&mut out, template, params, None);
    out
}

fn render_into(out: &mut String, template: &str, params: &Value, number: Option<&str>) {
    let mut rest = template;
    while let Some(at) = rest.find(['{', '#']) {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        if let Some(after) = from.strip_prefix('#') {
            out.push_str(number.unwrap_or("#"));
            rest = after;
            continue;
        }
        let after_brace = from.get(1..).unwrap_or_default();
        match balanced(after_brace) {
            Some((inner, after)) => {
                placeholder(out, inner, params);
                rest = after;
            }
            None => {
                out.push_str(from);
                rest = "";
            }
        }
    }
    out.push_str(rest);
}

/// Splits `text` (just after an opening brace) at its matching closing brace.
fn balanced(text: &str) -> Option<(&str, &str)> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some((text.get(..at)?, text.get(at + 1..)?)),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn placeholder(out: &mut String, inner: &str, params: &Value) {
    let mut parts = inner.splitn(3, ',').map(str::trim);
    let name = parts.next().unwrap_or_default();
    let value = params.get(name).unwrap_or(&Value::Null);
    match (parts.next(), parts.next()) {
        (None, _) => out.push_str(&text(value)),
        (Some("plural"), Some(branches)) => {
            let number = text(value);
            let chosen = pick_branch(branches, value);
            render_into(out, chosen, params, Some(&number));
        }
        (Some("classes"), Some(style)) => {
            let codes = items(value);
            let names: Vec<&str> = codes.iter().map(|code| class_name(code)).collect();
            out.push_str(&join(&names, style));
        }
        (Some("quoted"), None) => {
            let quoted: Vec<String> =
                items(value).iter().map(|item| render(QUOTE, &serde_json::json!({ "item": item }))).collect();
            out.push_str(&quoted.join(", "));
        }
        _ => {
            out.push('{');
            out.push_str(inner);
            out.push('}');
        }
    }
}

/// The branch of `{n, plural, ...}` for `value` under English plural rules.
fn pick_branch<'a>(branches: &'a str, value: &Value) -> &'a str {
    let n = value.as_f64();
    let category = if n == Some(1.0) { "one" } else { "other" };
    let mut fallback = "";
    let mut rest = branches.trim_start();
    while let Some(open) = rest.find('{') {
        let (selector, from) = rest.split_at(open);
        let Some((body, after)) = balanced(from.get(1..).unwrap_or_default()) else { break };
        let selector = selector.trim();
        // Whole numbers only: parsing a decimal here would link core's float parser and its
        // tables into the wasm (4.6 KB brotli) for selectors no template uses.
        let exact = selector.strip_prefix('=').and_then(|s| s.parse::<u32>().ok()).map(f64::from);
        if exact.is_some() && exact == n {
            return body;
        }
        if selector == category {
            return body;
        }
        if selector == "other" {
            fallback = body;
        }
        rest = after.trim_start();
    }
    fallback
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        // Integral floats print without a fraction (`59`, as JS `String(59)` does).
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => u.to_string(),
            (_, Some(i), _) => i.to_string(),
            (_, _, Some(f)) => f.to_string(),
            _ => n.to_string(),
        },
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn items(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().map(text).collect(),
        Value::Null => Vec::new(),
        other => vec![text(other)],
    }
}

fn class_name(code: &str) -> &str {
    CharClass::ALL.iter().find(|class| class.code() == code).map_or(code, |class| class.template())
}

/// Joins `items` as `Intl.ListFormat("en-GB", { type })` does: "a", "a and b", "a, b and c"
/// (`style` `and` → conjunction, `or` → disjunction).
pub fn join<S: AsRef<str>>(items: &[S], style: &str) -> String {
    let word = if style == "or" { "or" } else { "and" };
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_owned(),
        Some((last, rest)) => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {word} {}", head.join(", "), last.as_ref())
        }
    }
}

/// One vocabulary: its namespace and every code with its English template, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vocabulary {
    /// The key prefix (`violation`, `rule`, `warning`, ...).
    pub namespace: &'static str,
    /// `(code, template)` pairs; the catalogue key is `namespace.code`.
    pub entries: Vec<(String, &'static str)>,
}

/// A code's serialized name (`"keyboardRow"`).
fn code_of<T: serde::Serialize>(code: &T) -> String {
    match serde_json::to_value(code) {
        Ok(Value::String(name)) => name,
        _ => String::new(),
    }
}

fn simple<T: serde::Serialize>(
    namespace: &'static str,
    all: &[T],
    template: impl Fn(&T) -> &'static str,
) -> Vocabulary {
    Vocabulary { namespace, entries: all.iter().map(|code| (code_of(code), template(code))).collect() }
}

fn table(namespace: &'static str, entries: &[(&'static str, &'static str)]) -> Vocabulary {
    Vocabulary {
        namespace,
        entries: entries.iter().map(|&(code, template)| (code.to_owned(), template)).collect(),
    }
}

/// Every vocabulary a person may see, with its English templates: the source of the JS
/// package's English catalogue.
pub fn english() -> Vec<Vocabulary> {
    use crate::breach::{BreachResult, UnknownReason};
    use crate::feedback::{Suggestion, Warning};
    use crate::passphrase::{Adjustment, Advice};
    use crate::policy::{Problem, Rule};

    let mut vocabularies = vec![
        table("violation", Problem::TEMPLATES),
        table("rule", Rule::TEMPLATES),
        simple("class", &CharClass::ALL, |c| c.template()),
        simple("warning", Warning::ALL, |c| c.template()),
        simple("suggestion", Suggestion::ALL, |c| c.template()),
    ];
    #[cfg(feature = "strength")]
    {
        use crate::strength::{StrengthNote, DURATION_TEMPLATES};
        vocabularies.push(simple("note", StrengthNote::ALL, |c| c.template()));
        vocabularies.push(table("duration", DURATION_TEMPLATES));
    }
    vocabularies.extend([
        simple("advice", Advice::ALL, |c| c.template()),
        simple("adjustment", Adjustment::ALL, |c| c.template()),
        simple("unknownReason", UnknownReason::ALL, |c| c.template()),
        table("breach", BreachResult::TEMPLATES),
        table("format", &[("quote", QUOTE)]),
    ]);
    vocabularies
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn placeholders_plurals_and_lists() {
        let params =
            json!({"n": 1, "m": 3, "s": "x", "cls": ["uppercase", "digit", "symbol"], "chars": ["é", "ß"]});
        let table = [
            ("plain text.", "plain text."),
            ("{n} and {m}, {s}", "1 and 3, x"),
            ("{n, plural, one {# item} other {# items}}", "1 item"),
            ("{m, plural, one {# item} other {# items}}", "3 items"),
            ("{m, plural, =3 {three} other {#}}", "three"),
            ("Add {cls, classes, or}.", "Add uppercase letters, digits or symbols."),
            ("Add {cls, classes, and}.", "Add uppercase letters, digits and symbols."),
            ("Not: {chars, quoted}.", "Not: \u{201c}é\u{201d}, \u{201c}ß\u{201d}."),
            ("({s, quoted})", "(\u{201c}x\u{201d})"),
            ("{missing} here", " here"),
            ("unclosed {n", "unclosed {n"),
            ("a # outside a plural", "a # outside a plural"),
        ];
        for (template, expected) in table {
            assert_eq!(render(template, &params), expected, "{template}");
        }
    }

    #[test]
    fn english_joins_match_intl_list_format_en_gb() {
        assert_eq!(join::<&str>(&[], "and"), "");
        assert_eq!(join(&["a"], "and"), "a");
        assert_eq!(join(&["a", "b"], "or"), "a or b");
        assert_eq!(join(&["a", "b", "c"], "and"), "a, b and c");
    }

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
        let Ok(dir) = std::env::var("TS_RS_EXPORT_DIR") else { return };
        let mut catalogue = serde_json::Map::new();
        let mut codes = serde_json::Map::new();
        for vocabulary in english() {
            let list = vocabulary.entries.iter().map(|(code, _)| Value::from(code.as_str())).collect();
            codes.insert(vocabulary.namespace.to_owned(), Value::Array(list));
            for (code, template) in vocabulary.entries {
                catalogue.insert(format!("{}.{code}", vocabulary.namespace), Value::from(template));
            }
        }
        let units: Vec<Value> =
            crate::strength::DURATION_UNITS.iter().map(|&(seconds, unit)| json!([seconds, unit])).collect();
        let pretty = |value: &Value| serde_json::to_string_pretty(value).unwrap();
        let module = format!(
            "// Generated from src/messages.rs; do not edit.\n\n\
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
