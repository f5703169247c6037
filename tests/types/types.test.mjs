// tests/types/consumer.ts against the packed package's declarations, with `tsc --strict`,
// under moduleResolution "bundler" and "nodenext".
import assert from "node:assert/strict";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { freshProject, runTool } from "../support/packed.mjs";

const settings = {
  bundler: { module: "ESNext", moduleResolution: "bundler" },
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext" },
};

for (const [name, resolution] of Object.entries(settings)) {
  test(`the declarations type-check a consumer with moduleResolution "${resolution.moduleResolution}"`, () => {
    const dir = freshProject(`types-${name}`);
    cpSync(join(import.meta.dirname, "consumer.ts"), join(dir, "consumer.ts"));
    const compilerOptions = {
      ...resolution,
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
      noUnusedLocals: true,
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.ts"] }));
    try {
      runTool("tsc", ["-p", "."], dir);
    } catch (error) {
      assert.fail(`tsc (${name}) failed:\n${error.stdout}${error.stderr}`);
    }
  });
}
