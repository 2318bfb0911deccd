import { describe, expect, it } from 'vitest';
import { decisionsToCsv } from '../../derive/csv';
import { recordsToJson } from '../../derive/json-export';
import { toRows } from '../../derive/rows';
import { LETTERS } from '../../../test/builders/view-rows';
import { csvParts, jsonParts } from './export-parts';
import { jsonFileName } from './file-names';

const rows = toRows(LETTERS);

describe('export parts join to the single-call output', () => {
  it.each([1, 2, 4, 9, 100])('CSV in slices of %i', (size) => {
    expect([...csvParts(rows, size)].join('')).toBe(decisionsToCsv(rows));
  });

  it('CSV of no rows is the header alone', () => {
    expect([...csvParts([], 3)].join('')).toBe(decisionsToCsv([]));
  });

  it.each([1, 2, 5, 6, 100])('JSON in slices of %i', (size) => {
    const text = [...jsonParts(LETTERS, size)].join('');
    expect(text).toBe(recordsToJson(LETTERS));
    expect(JSON.parse(text)).toEqual(LETTERS);
  });

  it.each([[[]], [LETTERS.slice(0, 1)]])('JSON of %# records', (records) => {
    expect([...jsonParts(records, 2)].join('')).toBe(recordsToJson(records));
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
