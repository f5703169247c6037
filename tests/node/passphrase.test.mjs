// Passphrase generation and detection through the packed package.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createChecker, generatePassphrase, presets } from "passgate";

// Bits a word: the whole EFF list, or, with the `-` separator, the list without its four
// hyphenated words (drop-down, felt-tip, t-shirt, yo-yo).
const BITS_PER_WORD = Math.log2(7776);
const BITS_PER_WORD_DASHED = Math.log2(7772);

test("standalone generatePassphrase returns exact entropy", async () => {
  const result = await generatePassphrase({ words: 5, separator: " " });
  assert.equal(result.words, 5);
  assert.equal(result.passphrase.split(" ").length, 5);
  assert.ok(Math.abs(result.entropyBits - 5 * BITS_PER_WORD) < 1e-9);
  const defaults = await generatePassphrase();
  assert.equal(defaults.passphrase.split("-").length, 6);
  assert.ok(Math.abs(defaults.entropyBits - 6 * BITS_PER_WORD_DASHED) < 1e-9);
});

test("with the - separator no passphrase reads as more words than it has", async () => {
  // 3,000 phrases of 6 words: drawn from the whole list, 9.3 of them would hold a hyphenated
  // word (3,000 × 6 × 4 / 7,776), and the chance that none does is e^-9.3 ≈ 1e-4.
  for (let i = 0; i < 3000; i++) {
    const { passphrase } = await generatePassphrase();
    assert.equal(passphrase.split("-").length, 6, passphrase);
  }
  const checker = await createChecker();
  const report = checker.check("t-shirt yo-yo felt-tip drop-down");
  assert.equal(report.passphrase.words, 4);
  assert.equal(report.passphrase.separator, " ");
});

test("a policy that does not allow - still gets passphrases, without the hyphenated words", async () => {
  const allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.";
  const checker = await createChecker({ policy: { allowedCharacters: allowed } });
  for (let i = 0; i < 50; i++) {
    const generated = await checker.generatePassphrase();
    assert.deepEqual(generated.adjustments.map((a) => a.code), ["changedSeparator"]);
    assert.doesNotMatch(generated.passphrase, /-/);
    assert.equal(generated.passphrase.split(" ").length, 6);
    assert.ok(Math.abs(generated.entropyBits - 6 * BITS_PER_WORD_DASHED) < 1e-9);
    assert.ok(checker.check(generated.passphrase).ok, generated.passphrase);
  }
});

test("policyUnsatisfiable carries a reason code and its numbers, translated by the locale", async () => {
  const expected = { code: "policyUnsatisfiable", reason: "tooLong", params: { words: 3, length: 29, maxLength: 20 } };
  const english = await createChecker({ policy: { minLength: 8, maxLength: 20 } });
  await assert.rejects(english.generatePassphrase(), {
    ...expected,
    message: "No passphrase can meet the policy: 3 words can be up to 29 characters long, over the maximum of 20.",
  });
  const german = await createChecker({ policy: { minLength: 8, maxLength: 20 }, locale: "de" });
  await assert.rejects(german.generatePassphrase(), {
    ...expected,
    message: "Keine Passphrase kann die Richtlinie erfüllen: 3 Wörter können bis zu 29 Zeichen lang sein, mehr als die erlaubten 20.",
  });
  const caseless = await createChecker({ policy: { requiredClasses: ["otherLetter"] }, locale: "fr" });
  await assert.rejects(caseless.generatePassphrase(), (error) => {
    assert.equal(error.reason, "caselessLetter");
    assert.deepEqual(error.params, {});
    assert.match(error.message, /^Aucune phrase de passe/);
    return true;
  });
});

test("bad passphrase options throw with the field named", async () => {
  await assert.rejects(generatePassphrase({ words: 2 }), { code: "invalidOption", message: /options\.words/ });
  await assert.rejects(generatePassphrase({ words: 21 }), { code: "invalidOption", message: /options\.words/ });
  await assert.rejects(generatePassphrase({ wordz: 6 }), { code: "unknownOption", message: /options\.wordz/ });
});

test("a checker's passphrase passes its policy for every preset", async () => {
  for (const preset of presets) {
    const checker = await createChecker({ policy: { preset: preset.id } });
    for (let i = 0; i < 10; i++) {
      const generated = await checker.generatePassphrase();
      const report = checker.check(generated.passphrase);
      assert.ok(report.ok, `${preset.id}: ${JSON.stringify(report.violations)}`);
      assert.equal(report.passphrase.isPassphrase, true);
      assert.ok(report.passphrase.generated, preset.id);
    }
  }
});

test("Entra's 3-of-4 rule makes the generator adjust as little as needed", async () => {
  const checker = await createChecker({ policy: { preset: "microsoft-entra" } });
  // "-" is already a symbol: capitals make the third class.
  const dashed = await checker.generatePassphrase({ words: 4 });
  assert.deepEqual(dashed.adjustments.map((a) => a.code), ["capitalized"]);
  assert.match(dashed.passphrase, /^[A-Z][a-z-]*(-[A-Z][a-z-]*){3}$/);
  // A space is a symbol too, as the policy's check counts it: capitals alone again.
  const spaced = await checker.generatePassphrase({ words: 4, separator: " " });
  assert.deepEqual(spaced.adjustments.map((a) => a.code), ["capitalized"]);
  assert.ok(Math.abs(spaced.entropyBits - 4 * BITS_PER_WORD) < 1e-9);
  assert.ok(checker.check(spaced.passphrase).ok);
  // Without a separator, a number makes the third class, and its entropy is counted.
  const joined = await checker.generatePassphrase({ words: 4, separator: "" });
  const codes = joined.adjustments.map((a) => a.code);
  assert.deepEqual(codes, ["capitalized", "addedNumber"]);
  assert.match(joined.passphrase, /[A-Z]/);
  assert.match(joined.passphrase, /[0-9]/);
  assert.ok(Math.abs(joined.entropyBits - (4 * BITS_PER_WORD + Math.log2(10) + Math.log2(4))) < 1e-9);
  assert.ok(checker.check(joined.passphrase).ok);
});

test("maxRepeated: 1 draws words without a doubled letter and changes an empty separator", async () => {
  const checker = await createChecker({ policy: { maxRepeated: 1 }, locale: "de" });
  for (let i = 0; i < 20; i++) {
    const generated = await checker.generatePassphrase({ words: 5, separator: "" });
    assert.deepEqual(generated.adjustments.map((a) => a.code), ["skippedDoubledLetters", "changedSeparator"]);
    assert.match(generated.adjustments[0].message, /doppelten Buchstaben/);
    assert.doesNotMatch(generated.passphrase, /(.)\1/);
    // The empty separator became "-": no doubled letters and no hyphenated words.
    assert.ok(Math.abs(generated.entropyBits - 5 * Math.log2(6193)) < 1e-9);
    assert.ok(checker.check(generated.passphrase).ok, generated.passphrase);
  }
});

test("reports recognise passphrases and attach a strength note to generated ones", async () => {
  const checker = await createChecker();
  const generated = checker.check("cactus-jogging-wizard-unpaved-ladle-siesta");
  assert.equal(generated.passphrase.isPassphrase, true);
  assert.equal(generated.passphrase.words, 6);
  assert.equal(generated.passphrase.separator, "-");
  assert.ok(generated.strength.note?.code, "zxcvbn's figure is flagged as an estimate");
  assert.ok(Math.abs(generated.passphrase.generated.entropyBits - 6 * BITS_PER_WORD_DASHED) < 1e-9);
  const short = checker.check("purple elephant");
  assert.ok(short.passphrase.advice.some((a) => a.code === "addWord"));
  const plain = checker.check("Tr0ub4dour&3");
  assert.equal(plain.passphrase.isPassphrase, false);
  assert.equal(plain.strength.note, null);
});
