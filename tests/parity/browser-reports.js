// Chromium: computes the reports with the browser build and leaves them as JSON in the page.
import * as passgate from "./node_modules/passgate/dist/index.js";
import { reports } from "./reports.js";

const [corpus, context, policies] = await Promise.all([
  fetch("./corpus.txt").then((response) => response.text()),
  fetch("./context.json").then((response) => response.json()),
  fetch("./policies.json").then((response) => response.json()),
]);
const output = document.querySelector("output");
output.textContent = JSON.stringify(await reports(passgate, corpus, context, policies));
output.dataset.done = "true";
