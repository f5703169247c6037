// How the Node entries instantiate a wasm-bindgen module: compile the file's bytes, then
// instantiate synchronously. The generated async loader is not used because it tests for the
// `Request` and `Response` globals, and in Node touching either loads the whole fetch
// implementation (about 20 ms of start-up) that a checker never needs until a breach lookup.
import { readFile } from "node:fs/promises";

/** What both builds' wasm-bindgen modules export for this. */
interface SyncInit {
  initSync(options: { module: WebAssembly.Module }): unknown;
}

/** Returns a loader that compiles `file` and instantiates `glue` with it. */
export function nodeLoader(glue: SyncInit, file: URL): () => Promise<unknown> {
  return async () => glue.initSync({ module: await WebAssembly.compile(await readFile(file)) });
}
