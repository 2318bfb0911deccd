// The benchmark's letters, drawn by the fixture generator and cached on disk:
// drawing a thousand PDFs takes longer than reading them. Each set is packed
// into one .bin with a JSON index, so the page fetches it in two requests.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LAYOUTS, type LetterRecord } from '../src/domain/letter';
import { generateLetter, type GeneratedLetter } from '../test/fixtures/generator';
import { letterFile, type Format } from '../test/fixtures/generator/writer';

export interface PackedFile {
  name: string;
  offset: number;
  length: number;
  decisions: number;
}

export interface LetterSet {
  format: Format;
  /** The .bin and .json paths, relative to the cache directory (also their URL under /__bench/). */
  bin: string;
  index: string;
  files: PackedFile[];
}

/** Letter i of seed s, layouts in turn: the same letters every run. */
export function benchLetter(seed: number, i: number): GeneratedLetter {
  const layout = LAYOUTS[i % LAYOUTS.length] ?? LAYOUTS[0];
  return generateLetter(seed, i, layout);
}

export async function letterSet(cacheDir: string, format: Format, seed: number, count: number): Promise<LetterSet> {
  const stem = `${format}-s${seed}-n${count}`;
  const set: Omit<LetterSet, 'files'> = { format, bin: `${stem}.bin`, index: `${stem}.json` };
  const indexPath = join(cacheDir, set.index);
  if (existsSync(indexPath) && existsSync(join(cacheDir, set.bin))) {
    const { files } = JSON.parse(await readFile(indexPath, 'utf8')) as { files: PackedFile[] };
    return { ...set, files };
  }
  await mkdir(cacheDir, { recursive: true });
  const chunks: Uint8Array[] = [];
  const files: PackedFile[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    const f = await letterFile(benchLetter(seed, i), format);
    chunks.push(f.bytes);
    files.push({ name: f.file, offset, length: f.bytes.length, decisions: f.expected.decisions.length });
    offset += f.bytes.length;
  }
  await writeFile(join(cacheDir, set.bin), Buffer.concat(chunks));
  await writeFile(indexPath, JSON.stringify({ files }));
  return { ...set, files };
}

export async function readSetFiles(cacheDir: string, set: LetterSet): Promise<{ name: string; bytes: Uint8Array }[]> {
  const buffer = await readFile(join(cacheDir, set.bin));
  // A plain Uint8Array view: pdf.js refuses Node Buffers.
  const bin = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  return set.files.map((f) => ({ name: f.name, bytes: bin.subarray(f.offset, f.offset + f.length) }));
}

/** Expected records of distinct generated letters: the pool the large libraries are cloned from. */
/** Generated letters' expected records, and their texts (the same index), to clone into a large library. */
export function recordPool(seed: number, count: number): { records: LetterRecord[]; texts: string[] } {
  const records: LetterRecord[] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const letter = benchLetter(seed, i);
    records.push(letter.expected);
    texts.push(letter.text);
  }
  return { records, texts };
}

/** The first `count` letters of a set, with an index of their own over the same .bin. */
export async function firstOf(cacheDir: string, set: LetterSet, count: number): Promise<LetterSet> {
  if (count >= set.files.length) return set;
  const files = set.files.slice(0, count);
  const index = set.index.replace(/\.json$/, `-first${count}.json`);
  await writeFile(join(cacheDir, index), JSON.stringify({ files }));
  return { ...set, index, files };
}
