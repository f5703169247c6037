// Node: prints the reports of the installed (packed) package as JSON.
import { readFile } from "node:fs/promises";
import * as passgate from "passgate";
import { reports } from "./reports.js";

const [corpus, context, policies] = process.argv.slice(2);
const json = async (path) => JSON.parse(await readFile(path, "utf8"));
const result = await reports(passgate, await readFile(corpus, "utf8"), await json(context), await json(policies));
process.stdout.write(JSON.stringify(result));
