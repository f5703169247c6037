// passgate/worker: the checker API off the main thread, in a module Worker. Each call returns a
// promise; errors arrive as `Error` objects with the same `code` as the synchronous API's.
import type {
  BreachResult,
  CheckerOptions,
  Context,
  GeneratedPassphrase,
  InputAttributes,
  PassphraseOptions,
  Report,
  ResolvedPolicy,
} from "./types/index.js";
import type { WorkerCall, WorkerError, WorkerMethod, WorkerRequest, WorkerResponse } from "./worker-protocol.js";

export type * from "./types/index.js";
export { presets } from "./types/presets.js";

/** A checker running in its own module Worker: the `Checker` API with promises. */
export interface WorkerChecker {
  /** The policy in force (read once, when the checker was created). */
  readonly policy: ResolvedPolicy;
  /** Checks one password in the worker; see `Checker.check`. */
  check(password: string, context?: Context): Promise<Report>;
  /** The form of `password` that passgate checks; see `Checker.normalize`. */
  normalize(password: string): Promise<string>;
  /** The k-anonymity breach lookup, made from the worker; see `Checker.checkBreached`. */
  checkBreached(password: string): Promise<BreachResult>;
  /** A passphrase that meets the policy; see `Checker.generatePassphrase`. */
  generatePassphrase(options?: PassphraseOptions): Promise<GeneratedPassphrase>;
  /** Attributes for the new-password `<input>`; see `Checker.inputAttributes`. */
  inputAttributes(): Promise<InputAttributes>;
  /** Stops the worker; pending and later calls reject with `code` `"terminated"`. */
  terminate(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

function codedError(message: string, code: string | undefined, details?: Pick<WorkerError, "reason" | "params">): Error {
  const error = Object.assign(new Error(message), { code });
  return details?.reason === undefined ? error : Object.assign(error, { reason: details.reason, params: details.params });
}

/**
 * Starts a module Worker, loads passgate in it and builds a checker from `options`.
 *
 * @throws (rejects with) `Error` with a `code`, exactly as `createChecker` does; `"workerFailed"`
 *   when the worker script cannot start (e.g. a Content-Security-Policy without `worker-src 'self'`).
 */
export async function createWorkerChecker(options?: CheckerOptions): Promise<WorkerChecker> {
  const worker = new Worker(new URL("./worker-entry.js", import.meta.url), { type: "module" });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener("message", (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const call = pending.get(response.id);
    if (!call) return;
    pending.delete(response.id);
    if ("error" in response) call.reject(codedError(response.error.message, response.error.code, response.error));
    else call.resolve(response.value);
  });
  worker.addEventListener("error", (event) => {
    failAll(codedError(`passgate worker failed: ${event.message || "could not load"}`, "workerFailed"));
    worker.terminate();
  });
  const send = (request: WorkerCall): Promise<unknown> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      const message: WorkerRequest = { ...request, id };
      worker.postMessage(message);
    });
  };
  const call = (method: WorkerMethod, ...args: unknown[]) => send({ method, args });

  let policy: ResolvedPolicy;
  try {
    policy = (await send({ method: "create", options })) as ResolvedPolicy;
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    policy,
    check: (password, context) => call("check", password, context) as Promise<Report>,
    normalize: (password) => call("normalize", password) as Promise<string>,
    checkBreached: (password) => call("checkBreached", password) as Promise<BreachResult>,
    generatePassphrase: (passphraseOptions) =>
      call("generatePassphrase", passphraseOptions) as Promise<GeneratedPassphrase>,
    inputAttributes: () => call("inputAttributes") as Promise<InputAttributes>,
    terminate() {
      worker.terminate();
      failAll(codedError("passgate worker terminated", "terminated"));
    },
  };
}
