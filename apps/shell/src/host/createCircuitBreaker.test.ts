import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './createCircuitBreaker.ts';

describe('createCircuitBreaker', () => {
  it('opens after repeated failures, lets one try through after the cooldown, and closes on success', () => {
    let time = 0;
    const breaker = createCircuitBreaker({ threshold: 3, cooldownMs: 30_000, now: () => time });
    breaker.failed('lapor');
    breaker.failed('lapor');
    expect(breaker.blockedFor('lapor')).toBe(0);
    breaker.failed('lapor');
    expect(breaker.blockedFor('lapor')).toBe(30_000);
    expect(breaker.blockedFor('pengumuman')).toBe(0);
    time = 30_000;
    expect(breaker.blockedFor('lapor')).toBe(0);
    breaker.failed('lapor');
    expect(breaker.blockedFor('lapor')).toBe(30_000);
    time = 61_000;
    breaker.succeeded('lapor');
    breaker.failed('lapor');
    expect(breaker.blockedFor('lapor')).toBe(0);
  });
});
