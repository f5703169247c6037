// Translations, against the packed package: complete catalogues, matching placeholders,
// locale switching, custom catalogues, and English output identical to the Rust texts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChecker, loadCatalogue, locales, localize, vocabularies } from "passgate";

/** Every shipped catalogue, loaded up front (each is a module of its own). */
const catalogues = Object.fromEntries(await Promise.all(locales.map(async ({ id }) => [id, await loadCatalogue(id)])));

const en = catalogues.en;

/** Parameter names a template uses, including plural selectors and those inside branches. */
function placeholders(template) {
  const names = new Set();
  const scan = (text) => {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === "{") {
        if (depth === 0) start = i;
        depth += 1;
      } else if (text[i] === "}") {
        depth -= 1;
        if (depth === 0) {
          const inner = text.slice(start + 1, i);
          const parts = inner.split(",");
          names.add(parts[0].trim());
          if (parts.length > 2) {
            // Each branch's body, at any depth of nesting (a plural inside a select).
            const branches = inner.slice(inner.indexOf(",", inner.indexOf(",") + 1) + 1);
            let level = 0;
            let from = -1;
            for (let j = 0; j < branches.length; j += 1) {
              if (branches[j] === "{" && level++ === 0) from = j + 1;
              else if (branches[j] === "}" && --level === 0) scan(branches.slice(from, j));
            }
          }
        }
      }
    }
  };
  scan(template);
  return [...names].sort();
}

const corpus = [
  "",
  "a",
  "password",
  "Password1",
  "P@ssw0rd",
  "qwertyuiop",
  "aaaaaaaaaaaa",
  "abcabcabcabc",
  "correct horse battery staple",
  "Tr0ub4dour&3",
  "wT7#kq9!Lp2@vZ",
  "alice1987",
  "Zürich-2024!",
  "contoso-password-2024",
  "日本語のパスワードです",
  "abacus-zoom-ability-abide",
  "x".repeat(80),
  "1234567890123456",
];
const presets = ["nist-800-63b-4", "nist-800-63b-4-mfa", "owasp-asvs-5-l1", "owasp-asvs-5-l2", "microsoft-entra", "pci-dss-4"];
const context = { userInputs: ["alice", "contoso"] };

/** Every message of a report, in a stable order. */
function messages(report) {
  const { strength, passphrase } = report;
  return [
    ...report.violations.map((v) => v.message),
    ...report.rules.map((r) => r.message),
    strength.feedback.warning?.message,
    ...strength.feedback.suggestions.map((s) => s.message),
    strength.note?.message,
    ...Object.values(strength.crackTimesDisplay),
    ...passphrase.advice.map((a) => a.message),
  ].filter((m) => m !== undefined);
}

test("shipped locales list their native names and direction", () => {
  assert.deepEqual(locales.map((l) => l.id), ["en", "de", "fr", "es", "ar"]);
  assert.deepEqual(Object.keys(catalogues).sort(), ["ar", "de", "en", "es", "fr"]);
  assert.equal(locales.find((l) => l.id === "ar").dir, "rtl");
  assert.ok(locales.filter((l) => l.id !== "ar").every((l) => l.dir === "ltr" && l.name.length > 0));
});

test("every code of every vocabulary has a message in every shipped locale", () => {
  const keys = Object.entries(vocabularies).flatMap(([ns, codes]) => codes.map((code) => `${ns}.${code}`));
  assert.ok(keys.length > 70, `${keys.length} keys`);
  for (const ns of ["violation", "rule", "class", "warning", "suggestion", "note", "duration", "advice", "adjustment", "unknownReason", "breach"]) {
    assert.ok(vocabularies[ns]?.length > 0, ns);
  }
  assert.deepEqual(Object.keys(en).sort(), [...keys].sort(), "English has exactly the codes");
  for (const { id } of locales) {
    const catalogue = catalogues[id];
    const missing = keys.filter((key) => typeof catalogue[key] !== "string" || catalogue[key].length === 0);
    assert.deepEqual(missing, [], `${id} misses keys`);
    const extra = Object.keys(catalogue).filter((key) => !keys.includes(key));
    assert.deepEqual(extra, [], `${id} has unknown keys`);
  }
});

test("placeholders in each translation match the English template", () => {
  for (const { id } of locales) {
    for (const [key, template] of Object.entries(en)) {
      assert.deepEqual(placeholders(catalogues[id][key]), placeholders(template), `${id} ${key}`);
    }
  }
});

test("English output through the localizer equals the Rust messages across presets", async () => {
  for (const preset of presets) {
    const plain = await createChecker({ policy: { preset } });
    // A custom catalogue forces localization; an empty one falls back to English everywhere.
    const localized = await createChecker({ policy: { preset }, locale: "en", messages: {} });
    for (const password of corpus) {
      const expected = plain.check(password, context);
      assert.deepEqual(localized.check(password, context), expected, `${preset} ${JSON.stringify(password)}`);
    }
    const options = { words: 3, separator: "·" };
    const generated = await plain.generatePassphrase(options);
    assert.deepEqual(localize(structuredClone(generated), { locale: "en", messages: {} }), generated);
  }
  const durations = await createChecker({ locale: "en", messages: {} });
  const reference = await createChecker();
  for (const password of ["", "a", "ab", "abcdefg1", "zxcvbnm123", "Tr0ub4dour&3", "kq9!Lp2@", "wT7#kq9!Lp2@vZ"]) {
    assert.deepEqual(
      durations.check(password).strength.crackTimesDisplay,
      reference.check(password).strength.crackTimesDisplay,
      password,
    );
  }
});

test("setLocale switches every text, and locale reports it", async () => {
  const checker = await createChecker({ locale: "de" });
  assert.equal(checker.locale, "de");
  const german = checker.check("password");
  assert.equal(german.strength.feedback.warning.message, "Das ist eines der zehn häufigsten Passwörter.");
  assert.match(german.rules[0].message, /Zeichen/);
  checker.setLocale("fr");
  assert.equal(checker.locale, "fr");
  const french = checker.check("password");
  assert.equal(french.strength.feedback.warning.message, "C’est l’un des dix mots de passe les plus courants.");
  assert.notDeepEqual(messages(french), messages(german));
  checker.setLocale("es");
  assert.match(checker.check("abc").violations[0].message, /^Usa al menos \d+ caracteres \(esta tiene 3\)\.$/);
  checker.setLocale("en");
  const english = await createChecker();
  assert.deepEqual(checker.check("password"), english.check("password"));
});

test("lists and plurals follow the locale", async () => {
  const checker = await createChecker({ policy: { preset: "microsoft-entra" }, locale: "de" });
  const missing = checker.check("abcdefgh").violations.find((v) => v.code === "missingClasses");
  assert.equal(
    missing.message,
    "Verwenden Sie mindestens 3 Zeichenarten (bisher 1): Fügen Sie Großbuchstaben, Ziffern oder Sonderzeichen hinzu.",
  );
  checker.setLocale("fr");
  assert.match(checker.check("abcdefgh").rules.find((r) => r.rule === "minLength").message, /^Au moins 8 caractères$/);
  const de = await createChecker({ locale: "de" });
  assert.equal(de.check("").strength.crackTimesDisplay.offlineFastHashing1e10PerSecond, "weniger als eine Sekunde");
  const ar = await createChecker({ locale: "ar" });
  const times = Object.values(ar.check("Tr0ub4dour&3").strength.crackTimesDisplay);
  assert.ok(times.every((t) => /[\u0600-\u06FF]/.test(t)), times.join(" | "));
});

test("an unknown locale without a catalogue is an invalidOption error naming options.locale", async () => {
  await assert.rejects(createChecker({ locale: "nl" }), (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.code, "invalidOption");
    assert.match(error.message, /options\.locale/);
    assert.match(error.message, /"nl"/);
    return true;
  });
  await assert.rejects(createChecker({ locale: 42 }), { code: "invalidOption", message: /options\.locale/ });
  await assert.rejects(createChecker({ locale: "not a tag!" }), { code: "invalidOption", message: /options\.locale/ });
  await assert.rejects(createChecker({ locale: "nl", messages: { "rule.blocklist": 3 } }), {
    code: "invalidOption",
    message: /options\.messages\.rule\.blocklist/,
  });
  const checker = await createChecker();
  assert.throws(() => checker.setLocale("xx"), { code: "invalidOption", message: /locale/ });
  assert.equal(checker.locale, "en", "a failed switch keeps the old locale");
  // The core still rejects its own unknown keys.
  await assert.rejects(createChecker({ locales: "de" }), { code: "unknownOption" });
});

test("a custom partial catalogue overrides some keys and falls back to English", async () => {
  const messages = {
    "warning.topTenPassword": "Dit is een van de tien meest gebruikte wachtwoorden.",
    "violation.tooShort": "Gebruik minstens {min, plural, one {# teken} other {# tekens}} (nu {actual}).",
    "class.uppercase": "hoofdletters",
  };
  const checker = await createChecker({ locale: "nl", messages });
  assert.equal(checker.locale, "nl");
  const english = await createChecker();
  const report = checker.check("password");
  assert.equal(report.strength.feedback.warning.message, messages["warning.topTenPassword"]);
  assert.equal(report.violations[0].message, `Gebruik minstens 15 tekens (nu 8).`);
  const reference = english.check("password");
  assert.deepEqual(
    report.strength.feedback.suggestions.map((s) => s.message),
    reference.strength.feedback.suggestions.map((s) => s.message),
  );
  assert.deepEqual(report.rules.map((r) => r.message), reference.rules.map((r) => r.message));
  // Overriding one key of a shipped locale keeps the rest of that locale.
  const german = await createChecker({ locale: "de", messages: { "rule.blocklist": "Kein Allerweltspasswort" } });
  const rules = german.check("password").rules;
  assert.equal(rules.find((r) => r.rule === "blocklist").message, "Kein Allerweltspasswort");
  assert.match(rules.find((r) => r.rule === "minLength").message, /Zeichen/);
});

test("Arabic output has no placeholder left unreplaced", async () => {
  const checker = await createChecker({ locale: "ar" });
  for (const preset of presets) {
    checker.setLocale("ar");
    const local = await createChecker({ policy: { preset }, locale: "ar" });
    for (const password of corpus) {
      for (const message of messages(local.check(password))) {
        assert.doesNotMatch(message, /[{}#]/, `${preset} ${password}: ${message}`);
        assert.doesNotMatch(message, /\b(min|max|actual|count|missing|classes|uppercase|lowercase|digit|symbol)\b/, message);
        assert.match(message, /[\u0600-\u06FF]/, message);
      }
    }
  }
  const generated = await (await createChecker({ policy: { preset: "microsoft-entra" }, locale: "ar" })).generatePassphrase({ separator: " " });
  assert.ok(generated.adjustments.length > 0);
  for (const { message } of generated.adjustments) assert.match(message, /^[^{}#A-Za-z]+$/, message);
  const verdict = await checker.checkBreached("");
  assert.equal(verdict.message, catalogues.ar["unknownReason.empty"]);
});

test("breach status lines are localized", async () => {
  const checker = await createChecker({ locale: "es" });
  assert.deepEqual(await checker.checkBreached(""), {
    status: "unknown",
    reason: "empty",
    message: "No hay ninguna contraseña que comprobar.",
  });
  assert.equal(localize({ status: "breached", count: 1, message: "" }, { locale: "de" }).message,
    "Dieses Passwort ist einmal in Datenlecks aufgetaucht. Wählen Sie ein anderes.");
  assert.equal(localize({ status: "breached", count: 7, message: "" }, { locale: "ar" }).message,
    "ظهرت كلمة المرور هذه في تسريبات البيانات 7 مرات. اختر كلمة مرور أخرى.");
});

test("maxBytes reads in every shipped locale, in characters for ASCII and bytes otherwise", async () => {
  const expected = {
    en: ["No more than 72 characters", "No more than 72 bytes"],
    de: ["Höchstens 72 Zeichen", "Höchstens 72 Byte"],
    fr: ["Au plus 72 caractères", "Au plus 72 octets"],
    es: ["Como máximo 72 caracteres", "Como máximo 72 bytes"],
  };
  for (const { id } of locales) {
    const checker = await createChecker({ policy: { maxBytes: 72 }, locale: id });
    const ascii = checker.check("a".repeat(80));
    const other = checker.check("é".repeat(40));
    const texts = [ascii, other].map((report) => report.rules.find((r) => r.rule === "maxBytes").message);
    if (expected[id]) assert.deepEqual(texts, expected[id], id);
    else assert.notEqual(texts[0], texts[1], id);
    for (const report of [ascii, other]) {
      const violation = report.violations.find((v) => v.code === "tooManyBytes");
      assert.match(violation.message, /\d/, id);
      assert.doesNotMatch(violation.message, /[{}]/, id);
    }
  }
  // The English localizer renders exactly the Rust message.
  const plain = await createChecker({ policy: { maxBytes: 72 } });
  const localized = await createChecker({ policy: { maxBytes: 72 }, locale: "en", messages: {} });
  for (const password of ["a".repeat(80), "é".repeat(40), "é".repeat(10)]) {
    assert.deepEqual(localized.check(password), plain.check(password));
  }
});

test("server rejections render in every shipped locale, and an unknown code is an invalidArgument error", async () => {
  assert.deepEqual(vocabularies.server, ["passwordReused", "changedTooRecently", "accountPolicy"]);
  const seen = new Set();
  for (const { id } of locales) {
    const checker = await createChecker({ locale: id });
    for (const code of vocabularies.server) {
      const rejection = checker.serverRejection(code);
      assert.equal(rejection.code, code);
      assert.equal(rejection.message, catalogues[id][`server.${code}`], `${id} ${code}`);
      seen.add(rejection.message);
    }
  }
  assert.equal(seen.size, 5 * 3, "every locale has its own texts");
  const checker = await createChecker();
  assert.equal(checker.serverRejection("passwordReused").message, en["server.passwordReused"]);
  checker.setLocale("de");
  assert.match(checker.serverRejection("passwordReused").message, /schon verwendet/);
  assert.throws(() => checker.serverRejection("expired"), { code: "invalidArgument", message: /passwordReused/ });
});
