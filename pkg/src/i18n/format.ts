// Renders message templates: `{name}`, `{name, plural, one {# x} other {# xs}}` (with `=N`
// exact matches), `{name, select, true {…} other {…}}`, `{name, classes, and|or}` and `{name, quoted}`. The same syntax as the Rust
// renderer in src/messages.rs, which produces the English texts.

/** A catalogue: message templates keyed `namespace.code` (`violation.tooShort`). */
export type Catalogue = Readonly<Record<string, string>>;

/** What rendering needs: the BCP 47 tag for plural rules and list joining, and the messages. */
export interface Formatting {
  readonly lang: string;
  readonly messages: Catalogue;
}

const lists = new Map<string, Intl.ListFormat>();
const plurals = new Map<string, Intl.PluralRules>();

function listFormat(lang: string, type: Intl.ListFormatType): Intl.ListFormat {
  const key = `${lang}\u0000${type}`;
  let format = lists.get(key);
  if (!format) lists.set(key, (format = new Intl.ListFormat(lang, { type })));
  return format;
}

function pluralRules(lang: string): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** Renders `template` with `params` (a code's fields, e.g. a violation object). */
export function format(template: string, params: object, formatting: Formatting): string {
  return render(template, params as Record<string, unknown>, formatting, undefined);
}

function render(
  template: string,
  params: Record<string, unknown>,
  formatting: Formatting,
  number: string | undefined,
): string {
  let out = "";
  let at = 0;
  while (at < template.length) {
    const c = template[at];
    if (c === "#" && number !== undefined) {
      out += number;
      at += 1;
    } else if (c === "{") {
      const end = closing(template, at + 1);
      if (end < 0) return out + template.slice(at);
      out += placeholder(template.slice(at + 1, end), params, formatting);
      at = end + 1;
    } else {
      out += c;
      at += 1;
    }
  }
  return out;
}

/** The index of the brace closing the one just before `from`, or -1. */
function closing(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length; at += 1) {
    if (text[at] === "{") depth += 1;
    else if (text[at] === "}") {
      if (depth === 0) return at;
      depth -= 1;
    }
  }
  return -1;
}

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

function items(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text);
  return value === undefined || value === null ? [] : [text(value)];
}

function placeholder(inner: string, params: Record<string, unknown>, formatting: Formatting): string {
  const first = inner.indexOf(",");
  const name = (first < 0 ? inner : inner.slice(0, first)).trim();
  const value = params[name];
  if (first < 0) return text(value);
  const second = inner.indexOf(",", first + 1);
  const kind = (second < 0 ? inner.slice(first + 1) : inner.slice(first + 1, second)).trim();
  const rest = second < 0 ? undefined : inner.slice(second + 1).trim();
  const { lang, messages } = formatting;
  if (kind === "plural" && rest !== undefined) {
    return render(branch(rest, Number(value), lang), params, formatting, text(value));
  }
  if (kind === "select" && rest !== undefined) {
    return render(select(rest, text(value)), params, formatting, undefined);
  }
  if (kind === "classes" && rest !== undefined) {
    const names = items(value).map((code) => messages[`class.${code}`] ?? code);
    return listFormat(lang, rest === "or" ? "disjunction" : "conjunction").format(names);
  }
  if (kind === "quoted" && rest === undefined) {
    const quote = messages["format.quote"] ?? "\u201c{item}\u201d";
    const quoted = items(value).map((item) => render(quote, { item }, formatting, undefined));
    return listFormat(lang, "unit").format(quoted);
  }
  return `{${inner}}`;
}

/** The branch whose selector is `value`, else `other`. */
function select(branches: string, value: string): string {
  return choose(branches, (selector) => selector === value);
}

/** The branch for `n`: an exact `=n` match, then its plural category, then `other`. */
function branch(branches: string, n: number, lang: string): string {
  const category = pluralRules(lang).select(n);
  return choose(branches, (selector) => (selector.startsWith("=") && Number(selector.slice(1)) === n) || selector === category);
}

/** The first branch whose selector `matches`, else the `other` branch, else "". */
function choose(branches: string, matches: (selector: string) => boolean): string {
  let fallback = "";
  let rest = branches;
  for (;;) {
    const open = rest.indexOf("{");
    if (open < 0) return fallback;
    const end = closing(rest, open + 1);
    if (end < 0) return fallback;
    const selector = rest.slice(0, open).trim();
    const body = rest.slice(open + 1, end);
    if (matches(selector)) return body;
    if (selector === "other") fallback = body;
    rest = rest.slice(end + 1);
  }
}
