// passgate/lite by path: the same API, no strength estimate (`strength: null`).
import { createChecker } from "./node_modules/passgate/dist/lite/index.js";

const output = document.querySelector("output");
const checker = await createChecker({ policy: { preset: "pci-dss-4" } });
const report = checker.check("correct horse battery staple");
const weak = checker.check("abc");
output.textContent = JSON.stringify({ hasStrength: report.strength !== null, ok: report.ok, weak: weak.violations.map((v) => v.code) });
output.dataset.score = report.strength === null ? "none" : "unexpected";
