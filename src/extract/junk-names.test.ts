import { describe, expect, it } from 'vitest';
import { isJunkName, isJunkPath } from './junk-names';

describe('junk names', () => {
  it.each([
    ['.DS_Store', true],
    ['.git', true],
    ['__MACOSX', true],
    ['Thumbs.db', true],
    ['desktop.ini', true],
    ['letter.pdf', false],
    ['Thumbs.db.pdf', false],
    ['My .letters', false],
  ])('%s is junk: %s', (name, junk) => {
    expect(isJunkName(name)).toBe(junk);
  });

  it.each([
    ['letters/a.pdf', false],
    ['__MACOSX/letters/._a.pdf', true],
    ['letters/.hidden/a.pdf', true],
    ['letters\\Thumbs.db', true],
    ['letters//a.pdf', true],
  ])('path %s is junk: %s', (path, junk) => {
    expect(isJunkPath(path)).toBe(junk);
  });
});
