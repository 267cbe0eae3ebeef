/**
 * Random mutations of committed witness files, for the law "every mutation is
 * rejected or still re-proves" (issue #9 item 3). Each mutation says what the
 * checker must do with it:
 *  - `proves`: a rewrite that changes no claim (keys reordered, whitespace,
 *    an entry written as an equal fraction) — must still re-prove;
 *  - `rejected`: a changed claim (a dimension, the orbit) — must not prove
 *    (a failed check or a FormatError);
 *  - `refused`: a changed key or structure (duplicate key whose last copy is the
 *    original value, unknown field, missing field, wrong type, malformed
 *    number or rational) — must be a FormatError;
 *  - `either`: a changed entry of the point or data, or a changed condition —
 *    rejected, or it re-proves and then the listed products really vanish at
 *    the mutated point (recomputed here independently of the checker).
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import { expect } from 'vitest';
import { FormatError } from '../../src/errors';
import { parseStrictJson } from '../../src/strictJson';
import { checkWitness } from '../../src/witness/checkWitness';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
export type Expectation = 'proves' | 'rejected' | 'refused' | 'either';
export interface Mutation {
  readonly name: string;
  readonly text: string;
  readonly expect: Expectation;
}

/** Committed witnesses, smallest file first. */
export function committedWitnessFiles(): string[] {
  const files = [
    'proofs/depth11-width2.witness.json',
    'proofs/depth16-width2.witness.json',
    ...readdirSync('proofs/witnesses').filter((f) => f.endsWith('.witness.json')).map((f) => `proofs/witnesses/${f}`),
  ];
  const size = (f: string): number => readFileSync(f).length;
  return files.sort((a, b) => size(a) - size(b) || a.localeCompare(b));
}

/** Draws from a fast-check-supplied list of naturals, cycling. */
class Draws {
  private k = 0;
  constructor(private readonly values: readonly number[]) {}
  next(n: number): number {
    const v = this.values[this.k++ % this.values.length];
    return n <= 0 ? 0 : v % n;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next(xs.length)];
  }
}

const clone = (j: Json): Json => JSON.parse(JSON.stringify(j));
const isObj = (j: Json): j is Obj => typeof j === 'object' && j !== null && !Array.isArray(j);

/** Every object in the tree with its path (the root included). */
function objects(j: Json, path: (string | number)[] = []): { obj: Obj; path: (string | number)[] }[] {
  const out: { obj: Obj; path: (string | number)[] }[] = [];
  if (isObj(j)) {
    out.push({ obj: j, path });
    for (const [k, v] of Object.entries(j)) out.push(...objects(v, [...path, k]));
  } else if (Array.isArray(j)) j.forEach((v, i) => out.push(...objects(v, [...path, i])));
  return out;
}

/** JSON text in which the object at `at` lists `key` twice: first `decoy`, then its real value. */
function withDuplicate(j: Json, at: (string | number)[], key: string, decoy: Json): string {
  const write = (v: Json, path: (string | number)[]): string => {
    if (Array.isArray(v)) return `[${v.map((x, i) => write(x, [...path, i])).join(',')}]`;
    if (!isObj(v)) return JSON.stringify(v);
    const here = path.length === at.length && path.every((p, i) => p === at[i]);
    const parts = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${write(x, [...path, k])}`);
    if (here) parts.unshift(`${JSON.stringify(key)}:${JSON.stringify(decoy)}`);
    return `{${parts.join(',')}}`;
  };
  return write(j, []);
}

function shuffledKeys(j: Json, d: Draws): Json {
  if (Array.isArray(j)) return j.map((x) => shuffledKeys(x, d));
  if (!isObj(j)) return j;
  const keys = Object.keys(j);
  for (let i = keys.length - 1; i > 0; i--) {
    const r = d.next(i + 1);
    [keys[i], keys[r]] = [keys[r], keys[i]];
  }
  return Object.fromEntries(keys.map((k) => [k, shuffledKeys(j[k], d)]));
}

/** A random entry location of the point or the data. */
function entry(w: Obj, d: Draws): { row: Json[]; col: number; name: string } {
  const point = w.point as Json[][][];
  const data = w.data as Obj;
  const where = d.next(3);
  const M = where === 0 ? (d.pick(point) as Json[][]) : ((where === 1 ? data.X : data.Y) as Json[][]);
  const row = d.pick(M);
  return { row, col: d.next(row.length), name: where === 0 ? 'point' : where === 1 ? 'data.X' : 'data.Y' };
}

const KINDS = [
  'reorder', 'equal-fraction', 'claim', 'orbit', 'duplicate-key', 'unknown-field', 'missing-field', 'wrong-type',
  'bad-number', 'bad-rational', 'entry', 'condition',
] as const;

/** One mutation of witness `w` (parsed from a committed file), chosen by the draws. */
export function mutate(w: Obj, draws: readonly number[]): Mutation {
  const d = new Draws(draws);
  const m = clone(w) as Obj;
  const kind = d.pick(KINDS);
  const text = (j: Json, pretty = d.next(2) === 1): string => JSON.stringify(j, null, pretty ? 2 : undefined);
  const delta = 1 + d.next(3);
  switch (kind) {
    case 'reorder':
      return { name: kind, text: text(shuffledKeys(m, d)), expect: 'proves' };
    case 'equal-fraction': {
      const e = entry(m, d);
      const k = 2 + d.next(5);
      const v = String(e.row[e.col]);
      const [p, q] = v.includes('/') ? v.split('/') : [v, '1'];
      e.row[e.col] = `${BigInt(p) * BigInt(k)}/${BigInt(q) * BigInt(k)}`;
      return { name: `${kind} ${e.name}`, text: text(m), expect: 'proves' };
    }
    case 'claim': {
      const claims = m.claims as Obj;
      const key = d.pick(Object.keys(claims));
      claims[key] = Math.max(0, (claims[key] as number) + (d.next(2) ? delta : -delta));
      return { name: `${kind} ${key}`, text: text(m), expect: claims[key] === (w.claims as Obj)[key] ? 'proves' : 'rejected' };
    }
    case 'orbit': {
      if (!isObj(m.orbit ?? null)) return { name: 'orbit (none: claim instead)', text: text(m), expect: 'proves' };
      const orbit = m.orbit as Obj;
      if (d.next(2) === 0 && typeof orbit.dimension === 'number') orbit.dimension = orbit.dimension + delta;
      else {
        const iv = d.pick(orbit.intervals as number[][]);
        if (iv[1] > iv[0]) iv[1] -= 1;
        else iv[0] = iv[0] === 0 ? iv[0] + 1 : iv[0] - 1;
        if (iv[1] < iv[0]) iv[1] = iv[0];
      }
      return { name: kind, text: text(m), expect: 'rejected' };
    }
    case 'duplicate-key': {
      const o = d.pick(objects(m));
      const keys = Object.keys(o.obj);
      if (keys.length === 0) return { name: 'duplicate-key (empty object)', text: `{}`, expect: 'refused' };
      const key = d.pick(keys);
      const decoy = typeof o.obj[key] === 'number' ? (o.obj[key] as number) + 1 : 'decoy';
      return { name: `${kind} ${[...o.path, key].join('.')}`, text: withDuplicate(m, o.path, key, decoy), expect: 'refused' };
    }
    case 'unknown-field': {
      const o = d.pick(objects(m).filter((x) => x.path[0] !== 'evidence'));
      o.obj[d.pick(['dimension', 'claims', 'rank', 'extra', 'orbitDimension', 'verified'].filter((k) => !(k in o.obj)))] = d.next(50);
      return { name: `${kind} at ${o.path.join('.') || '$'}`, text: text(m), expect: 'refused' };
    }
    case 'missing-field': {
      const o = d.pick(objects(m).filter((x) => x.path[0] !== 'evidence' && Object.keys(x.obj).length > 0));
      const optional = ['statement', 'evidence', 'recheck', 'group', 'orbit', 'dimension'];
      const key = d.pick(Object.keys(o.obj));
      delete o.obj[key];
      // dropping an optional field drops no claim, except 'group' of a stabiliser witness (then T uses G: rejected or refused)
      const e: Expectation = key === 'group' ? (w.group === 'stabilizer' ? 'either' : 'proves') : optional.includes(key) ? 'proves' : 'refused';
      return { name: `${kind} ${[...o.path, key].join('.')}`, text: text(m), expect: e };
    }
    case 'wrong-type': {
      const targets: [Obj, string][] = [[m, 'widths'], [m, 'point'], [m, 'conditions'], [m.claims as Obj, d.pick(Object.keys(m.claims as Obj))], [m.data as Obj, d.pick(['X', 'Y'])], [m, 'version']];
      const [o, key] = d.pick(targets);
      const v = o[key];
      o[key] = Array.isArray(v) ? { 0: v[0] } : typeof v === 'number' ? d.pick([String(v), v + 0.5, [v], null]) : [v];
      return { name: `${kind} ${key}`, text: text(m), expect: 'refused' };
    }
    case 'bad-number': {
      const claims = m.claims as Obj;
      const key = d.pick(Object.keys(claims));
      const literal = d.pick(['1e999', '-1e999', '9007199254740993', '0' + String(claims[key]), String(claims[key]) + '.', 'NaN']);
      const t = text(m).replace(new RegExp(`("${key}":\\s*)\\d+`), `$1${literal}`);
      return { name: `${kind} ${key}=${literal}`, text: t, expect: 'refused' };
    }
    case 'bad-rational': {
      const e = entry(m, d);
      const v = String(e.row[e.col]);
      e.row[e.col] = d.pick([`${v}.0`, `${v}e0`, `${v}/0`, Number(v.split('/')[0]), `${v}/1/1`, '', ` ${v}x`, '0x1']) as Json;
      return { name: `${kind} ${e.name} ${JSON.stringify(e.row[e.col])}`, text: text(m), expect: 'refused' };
    }
    case 'entry': {
      const e = entry(m, d);
      const v = String(e.row[e.col]);
      const next = String(d.next(7) - 3) + (d.next(3) === 0 ? `/${2 + d.next(3)}` : '');
      e.row[e.col] = next === v ? `${next}1` : next;
      return { name: `${kind} ${e.name} ${v} -> ${String(e.row[e.col])}`, text: text(m), expect: 'either' };
    }
    case 'condition': {
      const cs = m.conditions as number[][];
      const N = (m.widths as number[]).length - 1;
      const op = d.next(3);
      if (op === 0 || cs.length === 0) {
        const a = 1 + d.next(N);
        cs.push([a, a + d.next(N - a + 1)]);
      } else if (op === 1) cs.splice(d.next(cs.length), 1);
      else {
        const c = d.pick(cs);
        c[1] = Math.max(c[0], c[1] - 1);
        c[0] = Math.max(1, c[0] - d.next(2));
      }
      return { name: `${kind} ${JSON.stringify(cs)}`, text: text(m), expect: 'either' };
    }
  }
}

/** Arbitrary draws for one mutation. */
export const mutationDraws = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 });

/** W_b ⋯ W_a over Q with plain bigint fractions (independent of src/algebra). */
function productVanishes(point: string[][][], a: number, b: number): boolean {
  type Q = [bigint, bigint];
  const q = (s: string): Q => {
    const [p, r] = s.split('/');
    return [BigInt(p), BigInt(r ?? '1')];
  };
  let P: Q[][] = point[a - 1].map((row) => row.map(q));
  for (let i = a + 1; i <= b; i++) {
    const W = point[i - 1].map((row) => row.map(q));
    P = W.map((row) => P[0].map((_, c) => row.reduce<Q>((s, x, k) => [s[0] * x[1] * P[k][c][1] + x[0] * P[k][c][0] * s[1], s[1] * x[1] * P[k][c][1]], [0n, 1n])));
  }
  return P.every((row) => row.every((x) => x[0] === 0n));
}

/** Checks one mutation against its expectation (throws through `expect` otherwise). */
export function assertMutationHandled(mutation: Mutation): void {
  let outcome: 'proves' | 'not proved' | 'refused';
  try {
    const json = parseStrictJson(mutation.text, 'mutation');
    outcome = checkWitness(json).ok ? 'proves' : 'not proved';
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    outcome = 'refused';
  }
  const where = `${mutation.name} -> ${outcome}`;
  if (mutation.expect === 'proves') expect(outcome, where).toBe('proves');
  else if (mutation.expect === 'rejected') expect(outcome, where).not.toBe('proves');
  else if (mutation.expect === 'refused') expect(outcome, where).toBe('refused');
  else if (outcome === 'proves') {
    const w = JSON.parse(mutation.text) as { point: string[][][]; conditions: number[][] };
    for (const [a, b] of w.conditions) expect(productVanishes(w.point, a, b), `${where}: W_${b}..W_${a} must vanish`).toBe(true);
  }
}
