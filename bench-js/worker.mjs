// Worst-case worker: loads one library, warms it up, then times single checks on request.
// The parent enforces the time cap by terminating this worker.
import { parentPort, workerData } from "node:worker_threads";
import { loadLibrary } from "./libs.mjs";

const lib = await loadLibrary(workerData.name);
for (const password of ["password", "Tr0ub4dour&3", "correct horse battery staple", "2wsx3edc"]) lib.check(password);
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ input }) => {
  const start = performance.now();
  lib.check(input);
  parentPort.postMessage({ ms: performance.now() - start });
});
