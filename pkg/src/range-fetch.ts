// The request in the middle of a breach lookup. The module hashes the password and says which
// range to fetch (`breachStart`: the URL holds only the 5-hex prefix), then decides from the
// answer and caches a valid range (`breachFinish`); this makes the GET between the two, with
// the privacy settings of SECURITY.md ("The range protocol"): no cache, no referrer, no
// credentials, `Add-Padding` only where asked, a timeout through `AbortController`, and one
// request per range in flight.

/** What the module's `breachStart` asks to fetch. */
export interface RangeRequest {
  /** Names the range: lookups with the same key in flight share one request. */
  key: string;
  url: string;
  /** Send `Add-Padding: true` (a base URL; never a template endpoint). */
  padding: boolean;
  timeoutMs: number;
}

/** The outcome as `breachFinish` reads it: `[status, body]`, `"timeout"` or `"network"`. */
export type RangeOutcome = [number, string] | "timeout" | "network";

/** One GET of a range; never rejects (every fault is an outcome). */
export async function fetchRange(request: RangeRequest): Promise<RangeOutcome> {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const controller = new AbortController();
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    const response = await fetch(request.url, {
      method: "GET",
      cache: "no-store",
      referrerPolicy: "no-referrer",
      credentials: "omit",
      signal: controller.signal,
      ...(request.padding ? { headers: { "Add-Padding": "true" } } : {}),
    });
    // The timeout covers the body too.
    return [response.status, await response.text()];
  } catch {
    return timedOut ? "timeout" : "network";
  } finally {
    clearTimeout(timer);
  }
}

/** The range requests in flight for one checker, shared by concurrent lookups. */
export class RangeRequests {
  readonly #inFlight = new Map<string, Promise<RangeOutcome>>();

  get(request: RangeRequest): Promise<RangeOutcome> {
    let pending = this.#inFlight.get(request.key);
    if (!pending) {
      pending = fetchRange(request).finally(() => this.#inFlight.delete(request.key));
      this.#inFlight.set(request.key, pending);
    }
    return pending;
  }
}
