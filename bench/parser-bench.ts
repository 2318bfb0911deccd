// 1. The parser alone: text letters per second on one core. The letters are
// parsed once to warm the JIT, then again and again for at least `minMs`.
// CPU time is reported beside wall time: on a shared machine the wall clock
// also counts time the process waited for a core.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText } from '../src/extract';
import { parseLetter } from '../src/parse';

/** The real published letters' text, as pdf.js gives it to the parser in the app. */
export async function realLetterTexts(dir: string): Promise<string[]> {
  const texts: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pdf')).sort()) {
    const extracted = await extractText(new Uint8Array(await readFile(join(dir, name))), name);
    if (!extracted.ok) throw new Error(`${name}: ${extracted.error.message}`);
    texts.push(extracted.text);
  }
  return texts;
}

export interface ParserResult {
  letters: number;
  decisions: number;
  failed: number;
  passes: number;
  wallMs: number;
  cpuMs: number;
  perSecondWall: number;
  perSecondCpu: number;
  meanChars: number;
}

export function benchParser(texts: readonly string[], minMs: number): ParserResult {
  const meta = { file: 'bench.txt', letterId: '0000000000000000' };
  let decisions = 0;
  let failed = 0;
  for (const text of texts) {
    const result = parseLetter(text, meta);
    if (result.ok) decisions += result.record.decisions.length;
    else failed++;
  }
  let passes = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  do {
    for (const text of texts) parseLetter(text, meta);
    passes++;
  } while (performance.now() - t0 < minMs);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const parsed = passes * texts.length;
  return {
    letters: texts.length,
    decisions,
    failed,
    passes,
    wallMs,
    cpuMs,
    perSecondWall: parsed / (wallMs / 1000),
    perSecondCpu: parsed / (cpuMs / 1000),
    meanChars: texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length),
  };
}
