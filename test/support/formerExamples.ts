/**
 * Examples that used to sit in the TSDoc of internal names (not public API,
 * so no `@example` there): each runs as a unit test, with the same
 * `EXPR; // VALUE` assertions as the docs examples, against the public API
 * plus the internal modules the example names. An example that checks
 * nothing fails, as in test/docs/examples.test.ts.
 */
import { expect, it } from 'vitest';
import { instrument } from '../docs/markdownExamples';

/** Registers one former example as a test named `title`. */
export function formerExample(title: string, namespace: Readonly<Record<string, unknown>>, code: string): void {
  it(title, async () => {
    const { js, assertions } = instrument(code);
    expect(assertions, `${title}: the example states at least one checked value`).toBeGreaterThan(0);
    const check = (actual: unknown, expected: string, expr: string): void => {
      const seen = JSON.stringify(actual, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      expect(seen, `${expr} in ${title}`).toBe(expected);
    };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<void>;
    await new AsyncFunction('__deeplin', '__check', 'require', js)(namespace, check, require);
  });
}
