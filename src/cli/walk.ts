// Inputs on the command line -> the files to read, in a stable order.
import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { isJunkName } from '../extract/junk-names';

export interface InputFile {
  /** Where to read it. */
  path: string;
  /** The record's `file`: the name as given, or its path inside a walked folder. */
  name: string;
}

// In a folder, clutter is skipped as everywhere (extract/junk-names.ts), and
// only files that can be letters are taken: a folder of letters also holds
// .json goldens and notes, and a user asking for a folder means "the letters
// in it". A file named explicitly is always read.
const LETTER_EXTENSIONS = /\.(pdf|txt|text|zip)$/i;

export type CollectResult = { ok: true; files: InputFile[] } | { ok: false; missing: string };

export async function collectInputs(inputs: readonly string[]): Promise<CollectResult> {
  const files: InputFile[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) return { ok: false, missing: input };
    if (info.isDirectory()) {
      for (const path of await walk(input)) files.push({ path, name: relative(input, path).split('\\').join('/') });
    } else {
      files.push({ path: input, name: basename(input) });
    }
  }
  return { ok: true, files };
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !isJunkName(e.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && LETTER_EXTENSIONS.test(entry.name)) found.push(path);
  }
  return found;
}
