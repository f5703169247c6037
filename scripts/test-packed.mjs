// Runs tests/node/*.test.mjs against the *packed* npm package, the way a user installs it:
// `npm pack pkg`, install the tarball into a fresh project, run the tests from inside it.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, "target", "npm-consumer");
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, "test"), { recursive: true });

const packed = JSON.parse(
  execFileSync("npm", ["pack", "--json", "--pack-destination", work, join(root, "pkg")], { encoding: "utf8" }),
);
const tarball = join(work, packed[0].filename);
writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", tarball], { cwd: work, stdio: "inherit" });

const tests = readdirSync(join(root, "tests", "node")).filter((file) => file.endsWith(".mjs"));
for (const file of tests) cpSync(join(root, "tests", "node", file), join(work, "test", file));
cpSync(join(root, "README.md"), join(work, "test", "README.md"));
// Tests that need repository fixtures (the range server, sample data) find them here.
const env = { ...process.env, PASSGATE_REPO: root };
const run = spawnSync(process.execPath, ["--test", "test/"], { cwd: work, stdio: "inherit", env });
process.exit(run.status ?? 1);
