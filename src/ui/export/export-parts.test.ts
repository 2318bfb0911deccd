import { describe, expect, it } from 'vitest';
import { decisionsToCsv } from '../../derive/csv';
import { recordsToJson } from '../../derive/json-export';
import { toRows } from '../../derive/rows';
import { LETTERS } from '../../../test/builders/view-rows';
import { csvParts, jsonParts } from './export-parts';
import { jsonFileName } from './file-names';

const rows = toRows(LETTERS);

async function joined(parts: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const part of parts) text += part;
  return text;
}

describe('export parts join to the single-call output', () => {
  it.each([1, 2, 4, 9, 100])('CSV in slices of %i', (size) => {
    expect([...csvParts(rows, size)].join('')).toBe(decisionsToCsv(rows));
  });

  it('CSV of no rows is the header alone', () => {
    expect([...csvParts([], 3)].join('')).toBe(decisionsToCsv([]));
  });

  it.each([1, 2, 5, 6, 100])('JSON in slices of %i', async (size) => {
    const text = await joined(jsonParts(LETTERS, null, size));
    expect(text).toBe(recordsToJson(LETTERS));
    expect(JSON.parse(text)).toEqual(LETTERS);
  });

  it.each([[[]], [LETTERS.slice(0, 1)]])('JSON of %# records', async (records) => {
    expect(await joined(jsonParts(records, null, 2))).toBe(recordsToJson(records));
  });

  it.each([1, 2, 100])('JSON with letter texts in slices of %i, each slice’s texts asked for once', async (size) => {
    const texts = new Map(LETTERS.filter((_, i) => i % 2 === 0).map((l) => [l.letter_id, `text of ${l.letter_id}`]));
    const asked: string[][] = [];
    const textsOf = async (ids: readonly string[]) => {
      asked.push([...ids]);
      return new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id) ?? '']] : [])));
    };
    const text = await joined(jsonParts(LETTERS, textsOf, size));
    expect(text).toBe(recordsToJson(LETTERS, texts));
    expect(asked.flat()).toEqual(LETTERS.map((l) => l.letter_id));
    expect(Math.max(...asked.map((ids) => ids.length))).toBeLessThanOrEqual(size);
  });
});

describe('jsonFileName', () => {
  it.each([
    [new Date(2026, 10, 22, 23, 59), 'imr-letters-2026-11-22.json'],
    [new Date(2025, 0, 5, 0, 1), 'imr-letters-2025-01-05.json'],
  ])('%s -> %s', (date, name) => {
    expect(jsonFileName(date)).toBe(name);
  });
});
