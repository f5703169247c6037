// Node: prints the reports of the installed (packed) package as JSON.
import { readFile } from "node:fs/promises";
import * as passgate from "passgate";
import { reports } from "./reports.js";

const [corpus, context] = process.argv.slice(2);
const result = await reports(passgate, await readFile(corpus, "utf8"), JSON.parse(await readFile(context, "utf8")));
process.stdout.write(JSON.stringify(result));
