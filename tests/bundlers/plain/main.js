// No bundler: the page imports the installed package's dist/index.js by path.
import { createChecker } from "./node_modules/passgate/dist/index.js";

const output = document.querySelector("output");
const checker = await createChecker();
const report = checker.check("correct horse battery staple");
output.textContent = `score ${report.strength.score}, ok ${report.ok}`;
output.dataset.score = String(report.strength.score);
