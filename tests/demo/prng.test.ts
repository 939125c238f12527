import { describe, expect, it } from 'vitest';
import { createRng, hashString, mulberry32, rngFor } from '../../src/demo/prng.ts';

describe('mulberry32', () => {
  const cases = [
    { name: 'seed 1', seed: 1 },
    { name: 'seed 20261120', seed: 20_261_120 },
    { name: 'seed 0', seed: 0 },
  ];
  it.each(cases)('$name: the same seed gives the same sequence', ({ seed }) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('pins the first values (a change here changes every generated file)', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()].map((x) => x.toFixed(8))).toMatchInlineSnapshot(`
      [
        "0.62707394",
        "0.00273572",
        "0.52744704",
      ]
    `);
  });
});

describe('rng draws', () => {
  const rng = createRng(7);
  const cases = [
    { name: 'int stays in range', check: () => Array.from({ length: 500 }, () => rng.int(3, 5)).every((x) => x >= 3 && x <= 5 && Number.isInteger(x)) },
    { name: 'range stays in range', check: () => Array.from({ length: 500 }, () => rng.range(-1, 1)).every((x) => x >= -1 && x < 1) },
    { name: 'shuffle keeps the items', check: () => rng.shuffle([1, 2, 3, 4, 5]).sort().join() === '1,2,3,4,5' },
    { name: 'chance(0) is never, chance(1) always', check: () => !rng.chance(0) && rng.chance(1) },
    { name: 'labels give different streams', check: () => rngFor(1, 'a').next() !== rngFor(1, 'b').next() },
    { name: 'labels are stable', check: () => rngFor(1, 'a').next() === rngFor(1, 'a').next() && hashString('a') === hashString('a') },
  ];
  it.each(cases)('$name', ({ check }) => expect(check()).toBe(true));
});
