import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUIRK_TEXT } from '../../test/fixtures/quirks/quirk-text';
import { decodeText, detectEncoding, looksLikeText } from './decode-text';

const quirk = (name: string) => new Uint8Array(readFileSync(`test/fixtures/quirks/${name}`));

describe('decodeText on the quirk files', () => {
  it.each([
    ['utf-8-bom.txt', 'utf-8', 3],
    ['utf-16le.txt', 'utf-16le', 2],
    ['utf-16be.txt', 'utf-16be', 2],
    ['utf-16le-no-bom.txt', 'utf-16le', 0],
    ['windows-1252.txt', 'windows-1252', 0],
    ['text-without-extension', 'utf-8', 0],
  ] as const)('%s decodes as %s', (file, encoding, bomLength) => {
    const bytes = quirk(file);
    expect(detectEncoding(bytes)).toEqual({ encoding, bomLength });
    expect(decodeText(bytes)).toBe(QUIRK_TEXT);
  });
});

describe('decodeText', () => {
  it.each([
    ['plain ASCII', [0x4f, 0x4b], 'OK'],
    ['UTF-8 two-byte é', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'caf\u00e9'],
    ['UTF-8 BOM is dropped', [0xef, 0xbb, 0xbf, 0x41], 'A'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00], 'A\u00e9'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x41, 0x20, 0x14], 'A\u2014'],
    ['1252 smart quotes', [0x93, 0x68, 0x69, 0x94], '\u201chi\u201d'],
    ['1252 single quote and dash', [0x92, 0x20, 0x96], '\u2019 \u2013'],
    ['1252 euro and é', [0x80, 0x35, 0x20, 0xe9], '\u20ac5 \u00e9'],
    ['1252 undefined byte keeps its code point', [0x81], '\u0081'],
    ['lone 0xE9 is not UTF-8, so 1252', [0x63, 0x61, 0x66, 0xe9], 'caf\u00e9'],
  ])('%s', (_label, bytes, text) => {
    expect(decodeText(Uint8Array.from(bytes))).toBe(text);
  });

  it('decodes the whole 1252 upper half (a long file crosses decoding chunks)', () => {
    const bytes = new Uint8Array(20_000).fill(0x97);
    bytes[19_999] = 0x85;
    const text = decodeText(bytes);
    expect(text.length).toBe(20_000);
    expect(text.endsWith('\u2014\u2026')).toBe(true);
  });
});

describe('looksLikeText', () => {
  it.each([
    ['English prose', new TextEncoder().encode('The request for physical therapy is upheld.\n'), true],
    ['UTF-16 prose', quirk('utf-16le.txt'), true],
    ['1252 prose', quirk('windows-1252.txt'), true],
    ['a PNG', quirk('image.png'), false],
    ['NUL-laden bytes', Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0 : 65)), false],
    ['control bytes', Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61)), false],
    ['nothing', new Uint8Array(0), false],
  ])('%s -> %s', (_label, bytes, expected) => {
    expect(looksLikeText(bytes)).toBe(expected);
  });
});
