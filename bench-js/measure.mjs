// Environment-neutral measurement helpers, shared by Node and the browser page.

/** Sorted-sample statistics in milliseconds. */
export function stats(samples) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/**
 * Runs every library on every password, interleaved: for each password each library runs once,
 * in an order that changes from one password to the next (all permutations in turn), so drift
 * in machine load hits all libraries alike. A warm-up pass over `warmup` passwords comes first. Returns per-library
 * samples (ms) and, per password, the time of each library (for per-password ratios).
 */
export function interleaved(libraries, corpus, { rounds = 1, warmup = 200, now = () => performance.now() } = {}) {
  for (const password of corpus.slice(0, warmup)) for (const lib of libraries) lib.check(password);
  const samples = Object.fromEntries(libraries.map((lib) => [lib.name, []]));
  const orders = permutations(libraries);
  let turn = 0;
  for (let round = 0; round < rounds; round++) {
    for (const password of corpus) {
      for (const lib of orders[turn % orders.length]) {
        const start = now();
        lib.check(password);
        samples[lib.name].push(now() - start);
      }
      turn++;
    }
  }
  return samples;
}

/**
 * Every order of `items`. Cycling through all of them (not just rotations, which keep each
 * library behind the same neighbour) makes every library follow every other equally often:
 * what ran just before a call (and left the caches full of its data) matters.
 */
export function permutations(items) {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

/**
 * Like `interleaved`, but each library checks a block of `block` consecutive passwords before
 * the next library takes over (the order changing per block, as above): drift in load still hits every
 * library alike, while each runs with warm caches, as on a page that only runs one of them.
 * Samples stay per password, in corpus order.
 */
export function blocks(libraries, corpus, { block = 50, warmup = 200, now = () => performance.now() } = {}) {
  for (const password of corpus.slice(0, warmup)) for (const lib of libraries) lib.check(password);
  const samples = Object.fromEntries(libraries.map((lib) => [lib.name, new Array(corpus.length)]));
  const orders = permutations(libraries);
  for (let start = 0, turn = 0; start < corpus.length; start += block, turn++) {
    const chunk = corpus.slice(start, start + block);
    for (const lib of orders[turn % orders.length]) {
      chunk.forEach((password, i) => {
        const begin = now();
        lib.check(password);
        samples[lib.name][start + i] = now() - begin;
      });
    }
  }
  return samples;
}

/** Median over passwords of (other / reference) per password: a load-robust ratio. */
export function pairedRatio(samples, reference, other) {
  const a = samples[reference];
  const b = samples[other];
  const ratios = a.map((t, i) => b[i] / Math.max(t, 1e-6));
  return stats(ratios).median;
}

/** Summary per library plus ratios against `reference` (how many times slower each is). */
export function summarise(samples, reference) {
  const out = {};
  for (const [name, list] of Object.entries(samples)) {
    out[name] = stats(list);
  }
  for (const name of Object.keys(samples)) {
    out[name].ratioOfMedians = out[name].median / out[reference].median;
    out[name].ratioOfP99 = out[name].p99 / out[reference].p99;
    out[name].pairedRatio = pairedRatio(samples, reference, name);
  }
  return out;
}
