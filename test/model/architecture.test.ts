import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors';
import {
  architecture, deltaCodomainDimension, gaugeDimension, layerOffset, MAX_PARAMETERS, MAX_WIDTH, parameterCount,
  uniformArchitecture,
} from '../../src/model/architecture';

/** Runs `f`, expects an ArgumentError whose message starts with `fn:` and names `arg`. */
function expectArgumentError(f: () => unknown, fn: string, arg: string): ArgumentError {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ArgumentError);
  const err = caught as ArgumentError;
  expect(err.message.startsWith(`${fn}: `)).toBe(true);
  expect(err.message).toContain(arg);
  expect(err.functionName).toBe(fn);
  expect(err.argument).toBe(arg);
  return err;
}

describe('architecture: validation', () => {
  it('refuses depth < 2 (fewer than 3 widths), naming the depth', () => {
    expectArgumentError(() => architecture([]), 'architecture', 'depth');
    expectArgumentError(() => architecture([3]), 'architecture', 'depth');
    const err = expectArgumentError(() => architecture([2, 2]), 'architecture', 'depth');
    expect(err.value).toBe(1);
  });

  it('refuses a non-array, naming widths', () => {
    expectArgumentError(() => architecture('2,2,2' as unknown as number[]), 'architecture', 'widths');
  });

  it('refuses a zero, negative, non-integer, non-number or too large width, naming its index', () => {
    expectArgumentError(() => architecture([2, 0, 2]), 'architecture', 'widths[1]');
    expectArgumentError(() => architecture([-1, 2, 2]), 'architecture', 'widths[0]');
    expectArgumentError(() => architecture([2, 2, 1.5]), 'architecture', 'widths[2]');
    expectArgumentError(() => architecture([2, 2, NaN]), 'architecture', 'widths[2]');
    expectArgumentError(() => architecture([2, '3', 2]), 'architecture', 'widths[1]');
    expectArgumentError(() => architecture([2, 2, 2, MAX_WIDTH + 1]), 'architecture', 'widths[3]');
  });

  it('refuses more than MAX_PARAMETERS parameters, naming the parameter count', () => {
    const err = expectArgumentError(() => architecture([10_000, 10_000, 1]), 'architecture', 'parameter count');
    expect(err.value).toBe(100_010_000);
    expect(err.message).toContain(String(MAX_PARAMETERS));
    // exactly at the limit is accepted, one layer width more is refused
    expect(parameterCount(architecture([1, 100_000, 499]))).toBe(MAX_PARAMETERS);
    expectArgumentError(() => architecture([1, 100_000, 500]), 'architecture', 'parameter count');
  });

  it('uniformArchitecture refuses bad depth and width, naming them', () => {
    expectArgumentError(() => uniformArchitecture(1, 2), 'uniformArchitecture', 'depth');
    expectArgumentError(() => uniformArchitecture(2.5, 2), 'uniformArchitecture', 'depth');
    expectArgumentError(() => uniformArchitecture(3, 0), 'uniformArchitecture', 'width');
    expectArgumentError(() => uniformArchitecture(3, -2), 'uniformArchitecture', 'width');
    expectArgumentError(() => uniformArchitecture(3, 1.25), 'uniformArchitecture', 'width');
  });

  it('accepts valid widths, freezes the result and copies the input', () => {
    const ws = [2, 3, 2];
    const arch = architecture(ws);
    ws[0] = 99;
    expect(arch.widths).toEqual([2, 3, 2]);
    expect(arch.depth).toBe(2);
    expect(Object.isFrozen(arch)).toBe(true);
    expect(Object.isFrozen(arch.widths)).toBe(true);
    expect(uniformArchitecture(16, 2).widths).toEqual(new Array(17).fill(2));
  });
});

describe('architecture: counts', () => {
  it('pins the counts on the documented examples', () => {
    const a = architecture([2, 3, 2]);
    expect(parameterCount(a)).toBe(12);
    expect(deltaCodomainDimension(a)).toBe(6);
    expect(gaugeDimension(a)).toBe(4 + 9 + 4);
    const b = architecture([3, 4, 5, 2]);
    expect(parameterCount(b)).toBe(12 + 20 + 10);
    expect(deltaCodomainDimension(b)).toBe(10 + 15);
    expect(gaugeDimension(b)).toBe(9 + 16 + 25 + 4);
    const u = uniformArchitecture(16, 2);
    expect(parameterCount(u)).toBe(64);
    expect(deltaCodomainDimension(u)).toBe(45); // the talk's 45-dimensional codomain
    expect(gaugeDimension(u)).toBe(68);
  });

  it('parameterCount = Σ d_i d_{i-1}, deltaCodomainDimension = Σ_{0<i<N} d_i(d_i+1)/2, gaugeDimension = Σ d_v², layer offsets are prefix sums', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 3, maxLength: 12 }),
        (ws) => {
          const arch = architecture(ws);
          let params = 0;
          for (let i = 1; i < ws.length; i++) {
            expect(layerOffset(arch, i)).toBe(params);
            params += ws[i] * ws[i - 1];
          }
          expect(parameterCount(arch)).toBe(params);
          expect(layerOffset(arch, ws.length)).toBe(params);
          const inner = ws.slice(1, -1);
          expect(deltaCodomainDimension(arch)).toBe(inner.reduce((s, d) => s + (d * (d + 1)) / 2, 0));
          expect(gaugeDimension(arch)).toBe(ws.reduce((s, d) => s + d * d, 0));
          // δ's codomain never involves the input/output widths
          expect(deltaCodomainDimension(architecture([ws[0] + 1, ...inner, ws[ws.length - 1] + 2]))).toBe(deltaCodomainDimension(arch));
        },
      ),
      { seed: 1101, numRuns: 200 },
    );
  });
});
