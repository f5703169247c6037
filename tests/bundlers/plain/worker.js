// passgate/worker: the checker in a module Worker; results are promises, errors keep `code`.
import { createWorkerChecker } from "./node_modules/passgate/dist/worker.js";

const output = document.querySelector("output");
const checker = await createWorkerChecker({ policy: { preset: "microsoft-entra" } });
const report = await checker.check("correct horse battery staple");
const attributes = await checker.inputAttributes();
const errors = {};
try {
  await checker.check(42);
} catch (error) {
  errors.check = { isError: error instanceof Error, code: error.code, message: error.message };
}
try {
  await createWorkerChecker({ policy: { minLenght: 3 } });
} catch (error) {
  errors.create = { isError: error instanceof Error, code: error.code, message: error.message };
}
const passphrase = await checker.generatePassphrase({ words: 5 });
checker.terminate();
const tight = await createWorkerChecker({ policy: { minLength: 8, maxLength: 20 }, locale: "de" });
try {
  await tight.generatePassphrase();
} catch (error) {
  const { code, reason, params, message } = error;
  errors.unsatisfiable = { isError: error instanceof Error, code, reason, params, message };
}
tight.terminate();
let afterTerminate;
try {
  await checker.normalize("x");
} catch (error) {
  afterTerminate = error.code;
}
output.textContent = JSON.stringify({
  preset: checker.policy.preset.id,
  score: report.strength.score,
  violations: report.violations.map((v) => v.code),
  attributes,
  errors,
  passphraseOk: typeof passphrase.passphrase === "string",
  afterTerminate,
});
output.dataset.score = String(report.strength.score);
