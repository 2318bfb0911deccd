// The command line's NDJSON as the page imports it: a file of `letters`
// records (the record pool's letters with distinct ids and files, one JSON
// value per line as `npm run parse -- --format ndjson` prints them), written
// once to the cache and dropped like any file (browser-bench.ts benchIngest).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LetterRecord } from '../src/domain/letter';

export interface NdjsonSet {
  format: 'ndjson';
  bin: string;
  index: string;
  letters: number;
  decisions: number;
}

export async function ndjsonSet(cache: string, pool: readonly LetterRecord[], letters: number): Promise<NdjsonSet> {
  const bin = `ndjson-${letters}.bin`;
  const index = `ndjson-${letters}.json`;
  let decisions = 0;
  for (let i = 0; i < letters; i++) decisions += pool[i % pool.length]?.decisions.length ?? 0;
  if (!existsSync(join(cache, index))) {
    const lines: string[] = [];
    for (let i = 0; i < letters; i++) {
      const base = pool[i % pool.length];
      if (!base) throw new Error('empty pool');
      lines.push(JSON.stringify({ ...base, letter_id: i.toString(16).padStart(16, '0'), file: `${String(i).padStart(6, '0')}/${base.file}` }));
    }
    await mkdir(cache, { recursive: true });
    const bytes = Buffer.from(`${lines.join('\n')}\n`);
    await writeFile(join(cache, bin), bytes);
    await writeFile(join(cache, index), JSON.stringify({ files: [{ name: `year-${letters}.ndjson`, offset: 0, length: bytes.length }] }));
  }
  return { format: 'ndjson', bin, index, letters, decisions };
}
