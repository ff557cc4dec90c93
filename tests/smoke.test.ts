import { describe, expect, it } from 'vitest';

describe('test setup', () => {
  it('provides a DOM with storage', () => {
    localStorage.setItem('k', 'v');
    expect(localStorage.getItem('k')).toBe('v');
  });
});
