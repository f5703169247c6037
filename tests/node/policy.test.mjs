// The composition policy through the packed package: every preset and every kind of bad config.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChecker, presets } from "passgate";

const codes = (report) => report.violations.map((v) => v.code);

// [preset, password, context, expected violation codes]
const cases = [
  ["nist-800-63b-4", "password", {}, ["tooShort"]],
  ["nist-800-63b-4", "correct horse battery staple", {}, []],
  ["nist-800-63b-4", "alice-wonderland-2024", { username: "alice" }, ["containsContextWord"]],
  ["nist-800-63b-4-mfa", "baseball", {}, ["commonPassword"]],
  ["nist-800-63b-4-mfa", "river-lamp", {}, []],
  ["owasp-asvs-5-l1", "B@s3b@ll", {}, ["commonPassword"]],
  ["owasp-asvs-5-l1", "marguerite1", { firstName: "Marguerite" }, []],
  ["owasp-asvs-5-l2", "marguerite1", { firstName: "Marguerite" }, ["containsContextWord"]],
  ["microsoft-entra", "Passw0rd", {}, ["bannedWordScore"]],
  ["microsoft-entra", "abcdefgh", {}, ["missingClasses", "bannedWordScore"]],
  ["microsoft-entra", "Kq7#mZ2!vR", {}, []],
  ["microsoft-entra", "Kq7#mZ2!vRé", {}, ["disallowedCharacters"]],
  ["microsoft-entra", "p0LL23fb", { firstName: "Poll" }, ["containsContextWord"]],
  ["pci-dss-4", "abcdefghijkl", {}, ["missingRequiredClasses"]],
  ["pci-dss-4", "abcdefghijk1", {}, []],
];

for (const [preset, password, context, expected] of cases) {
  test(`${preset}: ${JSON.stringify(password)} → ${expected.join(", ") || "ok"}`, async () => {
    const checker = await createChecker({ policy: { preset } });
    const report = checker.check(password, context);
    assert.deepEqual(codes(report), expected);
    assert.equal(report.ok, expected.length === 0);
    assert.equal(report.rules.filter((r) => !r.passed).length, report.violations.length);
    for (const v of report.violations) {
      assert.equal(typeof v.message, "string");
      assert.equal(typeof v.source, "string");
      assert.ok(report.rules.some((r) => r.rule === v.rule && !r.passed), v.rule);
    }
  });
}

test("every preset builds and reports its source on each rule", async () => {
  for (const preset of presets) {
    const checker = await createChecker({ policy: { preset: preset.id } });
    assert.equal(checker.policy.preset.id, preset.id);
    const { rules } = checker.check("");
    assert.ok(rules.length >= 2);
    for (const rule of rules) assert.equal(rule.source, preset.source);
  }
});

test("violation parameters match the documented shapes", async () => {
  const entra = await createChecker({ policy: { preset: "microsoft-entra", bannedWords: ["contoso", "blank"] } });
  const report = entra.check("C0ntos0Blank12");
  assert.deepEqual(report.violations, [
    {
      code: "bannedWordScore",
      points: 4,
      required: 5,
      terms: [
        {
          term: "contoso",
          source: "custom",
          match: "substituted",
          message: "\u201ccontoso\u201d is on your organisation's list of banned words (swapping in look-alike characters such as 0 for o doesn't hide it).",
        },
        {
          term: "blank",
          source: "custom",
          match: "exact",
          message: "\u201cblank\u201d is on your organisation's list of banned words.",
        },
      ],
      rule: "bannedWords",
      message: report.violations[0].message,
      source: "Custom setting",
    },
  ]);
  assert.equal(entra.check("ContoS0Bl@nkf9!").ok, true);
  const short = await createChecker();
  assert.deepEqual(
    (({ code, min, actual }) => ({ code, min, actual }))(short.check("too short").violations[0]),
    { code: "tooShort", min: 15, actual: 9 },
  );
  const classes = entra.check("alllowercase").violations.find((v) => v.code === "missingClasses");
  assert.deepEqual([classes.required, classes.found, classes.missing], [3, 1, ["uppercase", "digit", "symbol"]]);
});

test("fields override the preset", async () => {
  const checker = await createChecker({ policy: { preset: "microsoft-entra", minLength: 12 } });
  assert.equal(checker.policy.config.minLength, 12);
  assert.equal(checker.policy.config.maxLength, 256);
  const rule = checker.check("Kq7#mZ2!vR").rules.find((r) => r.rule === "minLength");
  assert.deepEqual([rule.min, rule.passed, rule.source], [12, false, "Custom setting"]);
});

test("length counts code points after NFC, and normalize() exposes the checked form", async () => {
  const checker = await createChecker({ policy: { minLength: 8 } });
  const decomposed = "e\u0301".repeat(8);
  assert.equal(checker.check(decomposed).length, 8);
  assert.equal(checker.normalize(decomposed), "é".repeat(8));
  const raw = await createChecker({ policy: { minLength: 8, normalization: "none" } });
  assert.equal(raw.normalize(decomposed), decomposed);
  assert.equal(raw.check(decomposed).length, 16);
  assert.equal(checker.check("😀".repeat(15)).length, 15);
});

test("NFC in the wasm build (the JS engine's) agrees with String.prototype.normalize", async () => {
  const checker = await createChecker();
  // Hangul jamo compose, singletons (Angstrom sign, Ohm sign) and excluded forms change,
  // marks reorder; the fast path (all below U+0300) must leave its input alone.
  for (const text of ["\u1100\u1161\u11a8", "\u212b\u2126x", "\u0958q", "a\u0323\u0307", "Ünïcödé", "plain-ASCII 123"]) {
    assert.equal(checker.normalize(text), text.normalize("NFC"), JSON.stringify(text));
    assert.equal(checker.check(text).length, [...text.normalize("NFC")].length, JSON.stringify(text));
  }
});

const badConfigs = [
  [{ policy: { preset: "nist" } }, "unknownPreset", /options\.policy\.preset/],
  [{ policy: { minLength: 0 } }, "invalidOption", /options\.policy\.minLength.*between 1 and 4096, got 0/],
  [{ policy: { minLength: 20, maxLength: 10 } }, "invalidOption", /options\.policy\.maxLength.*minLength/],
  [{ policy: { minLength: "12" } }, "invalidOption", /options\.policy\.minLength/],
  [{ policy: { minLength: 12.5 } }, "invalidOption", /options\.policy\.minLength/],
  [{ policy: { requiredClasses: "digit" } }, "invalidOption", /options\.policy\.requiredClasses/],
  [{ policy: { bannedWords: ["abc"] } }, "invalidOption", /options\.policy\.bannedWords\[0\]/],
  [{ policy: { minLenght: 12 } }, "unknownOption", /options\.policy\.minLenght/],
  [{ policy: "microsoft-entra" }, "invalidOption", /options\.policy/],
  [{ polcy: {} }, "unknownOption", /options\.polcy/],
];
for (const [options, code, message] of badConfigs) {
  test(`bad config ${JSON.stringify(options)} throws ${code}`, async () => {
    await assert.rejects(createChecker(options), (error) => {
      assert.ok(error instanceof Error);
      assert.equal(error.code, code);
      assert.match(error.message, message);
      return true;
    });
  });
}

test("maxBytes counts UTF-8 after NFC over the whole paste, and says characters for ASCII", async () => {
  const checker = await createChecker({ policy: { preset: "nist-800-63b-4-mfa", maxBytes: 72, maxLength: null } });
  const rule = (password) => checker.check(password).rules.find((r) => r.rule === "maxBytes");
  assert.deepEqual(codes(checker.check("a".repeat(72))), []);
  assert.equal(rule("a".repeat(73)).message, "No more than 72 characters");
  assert.equal(rule("é".repeat(30)).message, "No more than 72 bytes");
  const tooMany = checker.check("e\u0301".repeat(37)).violations.find((v) => v.code === "tooManyBytes");
  assert.deepEqual([tooMany.max, tooMany.actual, tooMany.ascii], [72, 74, false]);
  assert.ok(checker.check("😀".repeat(18)).ok, "18 emoji are 72 bytes");
  // Past the head the package passes to wasm, the tail's bytes are counted in JS: lone
  // surrogates as U+FFFD (3 bytes), pairs as 4, other BMP characters as 2 or 3.
  const roomy = await createChecker({ policy: { preset: "nist-800-63b-4-mfa", maxBytes: 16384, maxLength: null } });
  const bytesOf = (password) => roomy.check(password).violations.find((v) => v.code === "tooManyBytes")?.actual;
  for (const tail of ["x", "é", "€", "😀", "\ud800", "a\udc00"]) {
    const password = "x".repeat(8194) + tail.repeat(3000);
    const expected = new TextEncoder().encode(password.replace(/\p{Cs}/gu, "\ufffd")).length;
    assert.equal(bytesOf(password), expected > 16384 ? expected : undefined, JSON.stringify(tail));
  }
  assert.equal(bytesOf("x".repeat(16384)), undefined);
  assert.equal(bytesOf("x".repeat(16385)), 16385);
});

test("maxBytes below what minLength needs is a config error naming the field", async () => {
  await assert.rejects(createChecker({ policy: { minLength: 15, maxBytes: 14 } }), {
    code: "invalidOption",
    message: /options\.policy\.maxBytes.*minLength \(15\)/,
  });
  await assert.rejects(createChecker({ policy: { minLength: 8, allowedCharacters: "éè", maxBytes: 15 } }), {
    code: "invalidOption",
    message: /options\.policy\.maxBytes.*16 bytes/,
  });
  const bcrypt = await createChecker({ policy: { maxBytes: 72 } });
  assert.equal(bcrypt.inputAttributes().maxlength, 72, "no attribute counts bytes: maxlength takes the smaller limit");
  for (let i = 0; i < 20; i++) {
    const { passphrase, adjustments } = await bcrypt.generatePassphrase({ words: 12, separator: "\u00b7" });
    assert.ok(new TextEncoder().encode(passphrase).length <= 72, passphrase);
    assert.ok(adjustments.some((a) => a.code === "removedWords"));
    assert.ok(bcrypt.check(passphrase).rules.find((r) => r.rule === "maxBytes").passed);
  }
});

test("banned terms say where they come from and how they matched, in every locale", async () => {
  const policy = { preset: "microsoft-entra", bannedWords: ["contoso"] };
  const context = { firstName: "Marguerite", tenant: "Northwind" };
  const terms = (report) => report.violations.find((v) => v.code === "bannedWordScore")?.terms ?? [];
  const checker = await createChecker({ policy });
  const table = [
    ["Passw0rd", [["password", "global", "substituted"]]],
    ["Contoso1!", [["contoso", "custom", "exact"]]],
    ["C0nt0zo1!", [["contoso", "custom", "oneEdit"]]],
    ["N0rthwind!", [["northwind", "tenant", "substituted"]]],
    ["Marguerite1!", [["marguerite", "name", "exact"]]],
  ];
  for (const [password, expected] of table) {
    const found = terms(checker.check(password, context));
    assert.deepEqual(found.map((t) => [t.term, t.source, t.match]), expected, password);
    assert.ok(found.every((t) => !t.message.includes(password)), "a term's message never quotes the password");
  }
  assert.equal(
    terms(checker.check("Northwind!", context))[0].message,
    "\u201cnorthwind\u201d is your organisation's name.",
  );
  const word = checker.check("N0rthwind!", context).violations.find((v) => v.code === "containsContextWord");
  assert.deepEqual([word.word, word.field], ["northwind", "tenant"]);
  assert.equal(word.message, "Don't build your password from your organisation's name (\u201cnorthwind\u201d).");
  const expected = {
    de: ["ist der Name Ihrer Organisation", "dem Namen Ihrer Organisation"],
    fr: ["est le nom de votre organisation", "le nom de votre organisation"],
    es: ["es el nombre de tu organización", "el nombre de tu organización"],
    ar: ["هو اسم مؤسستك", "اسم مؤسستك"],
  };
  for (const [locale, [term, field]] of Object.entries(expected)) {
    const report = (await createChecker({ policy, locale })).check("Northwind!", context);
    assert.ok(terms(report)[0].message.includes(term), `${locale}: ${terms(report)[0].message}`);
    const message = report.violations.find((v) => v.code === "containsContextWord").message;
    assert.ok(message.includes(field), `${locale}: ${message}`);
  }
});
