//! The vocabulary machinery every module shares, and nothing else: [`Message`] (a code with
//! its English text), the `vocabulary!` macro that declares a closed code set with one template
//! per code, and the renderer that turns a template plus a code's serialized parameters into
//! the text every `Display` in this crate produces. A leaf: it imports no other module of the
//! crate (`make test-modules`).
//!
//! Every message a person sees has a key `namespace.code` (`violation.tooShort`,
//! `class.uppercase`, `duration.hour`) and an English template. The JS package gets the same
//! templates as a generated catalogue ([`crate::catalogue::english`]) and renders translations
//! with the same syntax, so the English text cannot drift between Rust and JS.
//!
//! Template syntax (a small subset of ICU MessageFormat, plus two list forms):
//! - `{name}`: the parameter as text;
//! - `{name, plural, one {# item} other {# items}}`: a branch chosen by the number's plural
//!   category (`=N` exact matches first, N a whole number, then the category, then `other`);
//!   `#` is the number;
//! - `{name, select, true {…} other {…}}`: the branch whose selector is the parameter as text
//!   (`true`/`false` for a flag, a code for a string), else `other`;
//! - `{name, classes, and}` / `{name, classes, or}`: a list of character class codes, each shown
//!   by its `class.*` message, joined as a conjunction or disjunction;
//! - `{name, quoted}`: a string, or a list of strings joined by commas, each in quotation marks.
//!
//! English lists are joined as `Intl.ListFormat("en-GB")` joins them ("a, b and c").
//!
//! Cost: rendering is linear in the template and parameter sizes.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

/// A code with its message, as JS receives it: `{ code, message }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
pub struct Message<C> {
    /// Stable identifier to translate from.
    pub code: C,
    /// Default English text.
    pub message: String,
}

impl<C: fmt::Display> Message<C> {
    /// Pairs a code with its English text.
    pub fn new(code: C) -> Self {
        let message = code.to_string();
        Self { code, message }
    }
}

/// A closed code set: every code with its serialized name and English template (what the
/// catalogue lists). The `vocabulary!` macro implements it.
pub trait Codes: Copy + 'static {
    /// Every code, in declaration order.
    const ALL: &'static [Self];
    /// The code, as it is serialized and keyed in catalogues.
    fn code(self) -> &'static str;
    /// The English message template.
    fn template(self) -> &'static str;
}

/// Declares a closed, serializable code vocabulary: each variant with its code (the serde name)
/// and its English template, side by side, so a code without a template cannot compile. With
/// `templates with parameters` the templates take parameters from a richer type (a `Problem`
/// carries its values), so the code set renders nothing itself; otherwise each template is the
/// code's whole English text and `Display` prints it (see [`crate::messages`]).
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal => $text:literal,)+ }) => {
        $crate::messages::vocabulary!(@codes $(#[$meta])* $name { $($(#[$vmeta])* $variant = $code => $text,)+ });

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.template())
            }
        }
    };
    (templates with parameters $(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal => $text:literal,)+ }) => {
        $crate::messages::vocabulary!(@codes $(#[$meta])* $name { $($(#[$vmeta])* $variant = $code => $text,)+ });
    };
    (@codes $(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal => $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize)]
        #[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(export))]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every code, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code, as it is serialized and keyed in catalogues.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            /// The English message template.
            pub const fn template(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }
        }

        impl $crate::messages::Codes for $name {
            const ALL: &'static [Self] = $name::ALL;
            fn code(self) -> &'static str {
                $name::code(self)
            }
            fn template(self) -> &'static str {
                $name::template(self)
            }
        }
    };
}

/// Lets other modules (e.g. `passphrase`) declare their own vocabularies.
pub(crate) use vocabulary;

/// How `{name, quoted}` shows one item (`format.quote` in the catalogue).
pub const QUOTE: &str = "\u{201c}{item}\u{201d}";

/// The English name of a character-class code for `{name, classes, ...}` lists (the policy's
/// `CharClass` templates); `None` shows the code itself.
pub type ClassNames = fn(&str) -> Option<&'static str>;

/// Renders `template` in English with `params`, a JSON object of the code's parameters, naming
/// the classes of `{name, classes, ...}` lists with `classes`. Unknown parameters render as
/// empty text; malformed syntax is copied through as text.
pub fn render(template: &str, params: &Value, classes: ClassNames) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    render_into(&mut out, template, params, None, classes);
    out
}

/// [`render`] for templates without class lists.
pub fn render_plain(template: &str, params: &Value) -> String {
    render(template, params, |_| None)
}

fn render_into(out: &mut String, template: &str, params: &Value, number: Option<&str>, classes: ClassNames) {
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
                placeholder(out, inner, params, classes);
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

fn placeholder(out: &mut String, inner: &str, params: &Value, classes: ClassNames) {
    let mut parts = inner.splitn(3, ',').map(str::trim);
    let name = parts.next().unwrap_or_default();
    let value = params.get(name).unwrap_or(&Value::Null);
    match (parts.next(), parts.next()) {
        (None, _) => out.push_str(&text(value)),
        (Some("plural"), Some(branches)) => {
            let number = text(value);
            let chosen = pick_branch(branches, value);
            render_into(out, chosen, params, Some(&number), classes);
        }
        (Some("select"), Some(branches)) => {
            let chosen = pick_select(branches, &text(value));
            render_into(out, chosen, params, None, classes);
        }
        (Some("classes"), Some(style)) => {
            let codes = items(value);
            let names: Vec<&str> = codes.iter().map(|code| classes(code).unwrap_or(code)).collect();
            out.push_str(&join(&names, style));
        }
        (Some("quoted"), None) => {
            let quoted: Vec<String> = items(value)
                .iter()
                .map(|item| render_plain(QUOTE, &serde_json::json!({ "item": item })))
                .collect();
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

/// The branch of `{name, select, ...}` whose selector is `value`, else `other`.
fn pick_select<'a>(branches: &'a str, value: &str) -> &'a str {
    let mut fallback = "";
    let mut rest = branches.trim_start();
    while let Some(open) = rest.find('{') {
        let (selector, from) = rest.split_at(open);
        let Some((body, after)) = balanced(from.get(1..).unwrap_or_default()) else { break };
        match selector.trim() {
            selector if selector == value => return body,
            "other" => fallback = body,
            _ => {}
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
            // Integral floats print without a fraction (`59`, as JS `String(59)` does).
            #[allow(clippy::cast_possible_truncation)] // integral and below 2^53
            (_, _, Some(f)) if f.fract() == 0.0 && f.abs() < 9e15 => (f as i64).to_string(),
            // Others as serde_json writes numbers (shortest digits), so no second float printer
            // is linked.
            _ => n.to_string(),
        },
        Value::Bool(b) => b.to_string(),
        // A list reads as JS `String(list)` reads it (the package's renderer): items joined by
        // commas. Params are never objects.
        Value::Array(_) => items(value).join(","),
        Value::Null | Value::Object(_) => String::new(),
    }
}

fn items(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().map(text).collect(),
        Value::Null => Vec::new(),
        other => vec![text(other)],
    }
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn placeholders_plurals_and_lists() {
        let params = json!({"n": 1, "m": 3, "s": "x", "yes": true, "no": false, "code": "tenant", "cls": ["uppercase", "digit", "symbol"], "chars": ["é", "ß"]});
        let table = [
            ("plain text.", "plain text."),
            ("{n} and {m}, {s}", "1 and 3, x"),
            ("{n, plural, one {# item} other {# items}}", "1 item"),
            ("{m, plural, one {# item} other {# items}}", "3 items"),
            ("{m, plural, =3 {three} other {#}}", "three"),
            ("{yes, select, true {on {n, plural, one {# item} other {# items}}} other {off}}", "on 1 item"),
            ("{no, select, true {on} other {off}}", "off"),
            ("{code, select, tenant {the tenant} other {other}}", "the tenant"),
            ("Add {cls, classes, or}.", "Add uppercase letters, digits or symbols."),
            ("Add {cls, classes, and}.", "Add uppercase letters, digits and symbols."),
            ("Not: {chars, quoted}.", "Not: \u{201c}é\u{201d}, \u{201c}ß\u{201d}."),
            ("({s, quoted})", "(\u{201c}x\u{201d})"),
            ("{missing} here", " here"),
            // Flags and lists as plain text, as the JS renderer's `String(value)` gives them.
            ("{yes}/{no}: {chars}", "true/false: é,ß"),
            ("unclosed {n", "unclosed {n"),
            ("a # outside a plural", "a # outside a plural"),
        ];
        // Class names as the policy supplies them.
        let names: ClassNames = |code| match code {
            "uppercase" => Some("uppercase letters"),
            "digit" => Some("digits"),
            "symbol" => Some("symbols"),
            _ => None,
        };
        for (template, expected) in table {
            assert_eq!(render(template, &params, names), expected, "{template}");
        }
    }

    #[test]
    fn english_joins_match_intl_list_format_en_gb() {
        assert_eq!(join::<&str>(&[], "and"), "");
        assert_eq!(join(&["a"], "and"), "a");
        assert_eq!(join(&["a", "b"], "or"), "a or b");
        assert_eq!(join(&["a", "b", "c"], "and"), "a, b and c");
    }
}
