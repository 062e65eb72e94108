import nlp from 'compromise';

/** A match of compromise's post-tagger as its `buildNet` prepares it (only the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** compromise's prepared matches: by each word or tag they need or want, and those with neither. */
interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>;
    match(document: unknown[][], match: NetMatch): { ptrs: number[][] };
    bulkMatch(document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }): unknown[];
  };
}

/** A hook's matches as tried here: each with a number for its match text, which compromise tells repeats by. */
interface Hook {
  matches: NetMatch[];
  ids: number[];
}

/** A net prepared once: its hooks in compromise's order (`Object.keys(net.hooks)`) and each hook's place there. */
interface Prepared {
  hooks: Hook[];
  rank: Map<string, number>;
  /** Per match text: the part it was last tried for (so each is tried once per part, as in compromise). */
  seen: Int32Array;
  part: number;
}
/** Per net: compromise builds each net once and never changes it. */
const prepared = new WeakMap<Net, Prepared>();

function prepare(net: Net): Prepared {
  let found = prepared.get(net);
  if (found) return found;
  const idOf = new Map<string, number>();
  const id = (match: string) => idOf.get(match) ?? (idOf.set(match, idOf.size), idOf.size - 1);
  const keys = Object.keys(net.hooks);
  const hooks = keys.map((key) => ({ matches: net.hooks[key]!, ids: net.hooks[key]!.map((m) => id(m.match)) }));
  found = { hooks, rank: new Map(keys.map((key, i) => [key, i])), seen: new Int32Array(idOf.size), part: 0 };
  prepared.set(net, found);
  return found;
}

/** Whether a part holds every word or tag of a list. */
function holdsAll(haves: Set<string>, list: readonly string[]): boolean {
  for (const item of list) if (!haves.has(item)) return false;
  return true;
}

/** How many words or tags of a list a part holds. */
function countHeld(haves: Set<string>, list: readonly string[]): number {
  let count = 0;
  for (const item of list) if (haves.has(item)) count += 1;
  return count;
}

/**
 * compromise's `bulkMatch` (src/1-one/sweep/methods/sweep in compromise 14.17), which its post-tagger runs on
 * every comma-separated part of a sentence, with its first two steps made cheap and nothing else changed.
 * compromise finds the matches worth trying by walking all of its ~730 hooks (words and tags) for each part,
 * concatenating the lists of the hooks the part holds, dropping repeats through an object keyed by match text and
 * filtering the rest with three array passes: about half of the cost of tagging a short phrase. Here the part's
 * own words and tags (a few dozen) are looked up instead and put back in compromise's hook order, repeats are
 * told by a number per match text, and one pass filters; so the same matches are tried in the same order and
 * give the same tags. test/sweep.test.ts compares the two on the fixture and generated sentences.
 */
export function bulkMatch(document: unknown[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document);
  const ready = prepare(net);
  const results: unknown[] = [];
  for (let n = 0; n < document.length; n += 1) {
    const haves = docCache[n]!;
    // The hooks this part holds, in compromise's order.
    const held: number[] = [];
    for (const have of haves) {
      const at = ready.rank.get(have);
      if (at !== undefined) held.push(at);
    }
    held.sort((a, b) => a - b);
    if (ready.part === 2 ** 30) {
      // A long-lived server: start the count again before it outgrows the array.
      ready.seen.fill(0);
      ready.part = 0;
    }
    const part = (ready.part += 1);
    let maybe: NetMatch[] = [];
    for (const at of held) {
      const { matches, ids } = ready.hooks[at]!;
      for (let i = 0; i < matches.length; i += 1) {
        // A match text seen before for this part, under an earlier hook, is not tried again.
        if (ready.seen[ids[i]!] === part) continue;
        ready.seen[ids[i]!] = part;
        const m = matches[i]!;
        // compromise's trim-down: every need met, no "ifNo" word present, enough of the wants found.
        if (!holdsAll(haves, m.needs)) continue;
        if (m.ifNo !== undefined && m.ifNo.some((no) => haves.has(no))) continue;
        if (m.wants.length > 0 && countHeld(haves, m.wants) < m.minWant) continue;
        maybe.push(m);
      }
    }
    if (net.always.length > 0) maybe = maybe.concat(net.always);
    const termCount = document[n]!.length;
    // compromise's runMatch: each match in turn on this part; every place it matches is a result.
    for (const m of maybe) {
      if (termCount < m.minWords) continue;
      const res = methods.one.match([document[n]!], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: NetMatch & { pointer: number[] } = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

const methods = nlp.methods() as unknown as Methods;
/** compromise's own `bulkMatch`, kept for the test that compares the two. */
export const compromiseBulkMatch = methods.one.bulkMatch;

/**
 * Runs `tag` with compromise using the cheaper `bulkMatch` above, then puts compromise's own back: only carelint's
 * own tagging changes (a caller's use of compromise in the same process is left as the library ships it).
 * Tagging is synchronous, so nothing else can run in between.
 */
export function withCheapSweep<T>(tag: () => T): T {
  const own = methods.one.bulkMatch;
  methods.one.bulkMatch = bulkMatch;
  try {
    return tag();
  } finally {
    methods.one.bulkMatch = own;
  }
}
