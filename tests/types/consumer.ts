// Compiled with `tsc --strict --noEmit` against the packed package (tests/types/types.test.mjs),
// under moduleResolution "bundler" and "nodenext". Uses every public API and narrows every union.
import {
  Checker,
  createChecker,
  generatePassphrase,
  presets,
  type BreachResult,
  type CheckerOptions,
  type Context,
  type GeneratedPassphrase,
  type InputAttributes,
  type PassphraseOptions,
  type Preset,
  type Report,
  type ResolvedPolicy,
  type Violation,
} from "passgate";
import * as lite from "passgate/lite";
import { createWorkerChecker, type WorkerChecker } from "passgate/worker";

const options: CheckerOptions = {
  policy: {
    preset: "microsoft-entra",
    minLength: 10,
    maxLength: null,
    maxBytes: 72,
    requiredClasses: ["lowercase", "digit"],
    minClasses: 3,
    allowedCharacters: null,
    maxRepeated: 3,
    blocklist: true,
    customBlocklist: ["contoso2024"],
    contextWords: true,
    minScore: 3,
    bannedWordScoring: true,
    bannedWords: ["contoso"],
    normalization: "nfc",
  },
  breach: { endpoint: "https://example.com", mode: "ntlm", padding: true, timeoutMs: 2000 },
};
const context: Context = {
  username: "asmith",
  email: "alice@example.com",
  firstName: "Alice",
  lastName: "Smith",
  tenant: "Contoso",
  userInputs: ["Northwind"],
};

function describe(violation: Violation): string {
  switch (violation.code) {
    case "tooShort":
      return `${violation.min} > ${violation.actual}`;
    case "tooLong":
      return `${violation.max} < ${violation.actual}`;
    case "tooManyBytes":
      return `${violation.max} < ${violation.actual} ${violation.ascii ? "characters" : "bytes"}`;
    case "missingRequiredClasses":
      return violation.missing.join();
    case "missingClasses":
      return `${violation.found}/${violation.required}: ${violation.missing.join()}`;
    case "disallowedCharacters":
      return violation.characters.join("");
    case "repeatedCharacters":
      return `${violation.actual} > ${violation.max}`;
    case "containsContextWord":
      return `${violation.word} (${violation.field})`;
    case "bannedWordScore":
      return `${violation.points}/${violation.required}: ${violation.terms.map((t) => `${t.term} ${t.source} ${t.match}: ${t.message}`).join()}`;
    case "tooWeak":
      return `${violation.score} < ${violation.minScore}`;
    default:
      return `${violation.code}: ${violation.message} (${violation.rule}, ${violation.source})`;
  }
}

function breach(result: BreachResult): string {
  switch (result.status) {
    case "breached":
      return `seen ${result.count} times`;
    case "clear":
      return "not found";
    case "unknown":
      return `${result.reason} ${result.httpStatus ?? ""}`;
  }
}

async function main(): Promise<void> {
  const checker: Checker = await createChecker(options);
  const report: Report = checker.check("correct horse battery staple", context);
  // `null` while a staged checker's dictionaries load.
  const score: number | undefined = report.strength?.score;
  const warning: string | undefined = report.strength?.feedback.warning?.message;
  // @ts-expect-error the estimate may not have arrived yet
  report.strength.score;
  const staged: Checker = await createChecker({ ...options, load: "staged" });
  const strengthReady: boolean = await staged.strengthReady;
  const wordsReady: boolean = await staged.wordsReady;
  const wordsPending: boolean = staged.check("x").passphrase.pending;
  // @ts-expect-error a passphrase is generated asynchronously (the word list may be loading)
  const notYet: GeneratedPassphrase = staged.generatePassphrase();
  // @ts-expect-error only "all" and "staged"
  await createChecker({ load: "later" });
  const ok: boolean = report.ok && report.violations.length === 0 && report.rules.every((rule) => rule.passed);
  const lines: string[] = report.violations.map(describe);
  const passphraseHint: boolean = report.passphrase.isPassphrase;
  const normalized: string = checker.normalize("e\u0301");
  const breached: string = breach(await checker.checkBreached("hunter2"));
  const passphraseOptions: PassphraseOptions = { words: 5, separator: "-", capitalize: true, includeNumber: true };
  const generated: GeneratedPassphrase = await checker.generatePassphrase(passphraseOptions);
  const entropy: number = generated.entropyBits;
  const standalone: GeneratedPassphrase = await generatePassphrase({ words: 6 });
  const policy: ResolvedPolicy = checker.policy;
  const presetId: string = policy.preset.id;
  const attributes: InputAttributes = checker.inputAttributes();
  const autocomplete: "new-password" = attributes.autocomplete;
  const maxlength: number | undefined = attributes.maxlength;
  const rules: string = `${attributes.minlength} ${attributes.passwordrules}`;
  const all: readonly Preset[] = presets;

  const liteChecker: lite.LiteChecker = await lite.createChecker({ policy: { preset: "pci-dss-4", minScore: null } });
  const liteReport: lite.Report = liteChecker.check("correct horse battery staple", context);
  const liteStrength: null = liteReport.strength;
  // @ts-expect-error the lite report has no strength estimate to read
  liteReport.strength.score;
  // @ts-expect-error minScore needs the full build
  await lite.createChecker({ policy: { minScore: 2 } });
  const liteAttributes: InputAttributes = liteChecker.inputAttributes();
  const litePassphrase: GeneratedPassphrase = await lite.generatePassphrase();

  const worker: WorkerChecker = await createWorkerChecker(options);
  const workerReport: Report = await worker.check("hunter2", context);
  const workerBreach: BreachResult = await worker.checkBreached("hunter2");
  const workerNormalized: string = await worker.normalize("x");
  const workerPassphrase: GeneratedPassphrase = await worker.generatePassphrase({ words: 4 });
  const workerAttributes: InputAttributes = await worker.inputAttributes();
  const workerPolicy: ResolvedPolicy = worker.policy;
  worker.terminate();

  try {
    await createChecker({ policy: { preset: "nope" } });
  } catch (error) {
    if (error instanceof Error && "code" in error) console.log(error.code);
  }
  console.log(score, warning, strengthReady, wordsReady, wordsPending, notYet, ok, lines, passphraseHint, normalized, breached, entropy, standalone, presetId);
  console.log(autocomplete, maxlength, rules, all, liteAttributes, litePassphrase, liteStrength);
  console.log(workerReport, workerBreach, workerNormalized, workerPassphrase, workerAttributes, workerPolicy);
}

void main();
