// The module Worker behind `passgate/worker`: one checker, driven by messages.
import { createChecker, type Checker } from "./index.js";
import type { WorkerError, WorkerRequest, WorkerResponse } from "./worker-protocol.js";

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as a window). */
interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
let checker: Promise<Checker> | undefined;

async function run(request: WorkerRequest): Promise<unknown> {
  if (request.method === "create") {
    checker = createChecker(request.options);
    return (await checker).policy;
  }
  if (!checker) throw Object.assign(new Error("the worker has no checker yet"), { code: "internal" });
  const target = await checker;
  const method = target[request.method] as (...args: unknown[]) => unknown;
  return await method.apply(target, request.args);
}

scope.addEventListener("message", (event) => {
  const request = event.data;
  run(request).then(
    (value) => scope.postMessage({ id: request.id, value }),
    (error: unknown) => {
      const { message, code, reason, params } =
        error instanceof Error ? (error as Error & WorkerError) : { message: String(error), code: undefined };
      scope.postMessage({ id: request.id, error: { message, code, reason, params } });
    },
  );
});
