// The consumer page every bundler test builds: import the package by name, check a password,
// write the score into the DOM. No plugin, no loader, no config.
import { createChecker } from "passgate";

const output = document.querySelector("output");
createChecker({ policy: { preset: "owasp-asvs-5-l1" } }).then(
  (checker) => {
    const report = checker.check("correct horse battery staple");
    output.textContent = `score ${report.strength.score}, ok ${report.ok}`;
    output.dataset.score = String(report.strength.score);
  },
  (error) => {
    output.textContent = `${error.code ?? ""} ${error.message}`;
    output.dataset.score = "error";
  },
);
