import { describe, expect, it } from 'vitest';
import {
  collectDropped,
  type DroppedDirectoryEntry,
  type DroppedEntry,
  type DroppedFileEntry,
  type Pending,
} from './collect-dropped';

type Node = { file: string } | { dir: Record<string, Node> };

/** A fake dropped entry tree; directory readers hand out `batch` entries per readEntries call, like Chrome's 100. */
function entry(name: string, node: Node, parent = '', batch = 2): DroppedFileEntry | DroppedDirectoryEntry {
  const fullPath = `${parent}/${name}`;
  if ('file' in node) {
    return {
      name,
      fullPath,
      isFile: true,
      isDirectory: false,
      file: (ok: (f: File) => void, fail?: (e: DOMException) => void) =>
        node.file === 'unreadable' ? fail?.(new DOMException('denied', 'NotReadableError')) : ok(new File([node.file], name)),
    } satisfies DroppedFileEntry;
  }
  const children = Object.entries(node.dir).map(([childName, child]) => entry(childName, child, fullPath, batch));
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: DroppedEntry[]) => void) => {
          const slice = children.slice(at, at + batch);
          at += slice.length;
          setTimeout(() => ok(slice), 0);
        },
      };
    },
  } satisfies DroppedDirectoryEntry;
}

describe('collectDropped', () => {
  it('walks a folder tree through every batch of readEntries, naming files by their path under the drop', async () => {
    const letters = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`letter${i}.pdf`, { file: `pdf ${i}` }]));
    const pending: Pending[] = [
      { kind: 'entry', entry: entry('2015', { dir: { ...letters, march: { dir: { 'a.txt': { file: 'a' } } } } }) },
      { kind: 'file', file: new File(['loose'], 'loose.txt') },
    ];
    const sources = await collectDropped(pending);
    expect(sources.map((s) => s.name).sort()).toEqual([
      '2015/letter0.pdf',
      '2015/letter1.pdf',
      '2015/letter2.pdf',
      '2015/letter3.pdf',
      '2015/letter4.pdf',
      '2015/march/a.txt',
      'loose.txt',
    ]);
    const march = sources.find((s) => s.name === '2015/march/a.txt');
    expect(new TextDecoder().decode(await march?.read())).toBe('a');
  });

  it('skips operating-system clutter inside folders', async () => {
    const tree = entry('box', { dir: { '.DS_Store': { file: 'x' }, 'Thumbs.db': { file: 'x' }, 'ok.txt': { file: 'ok' } } });
    const sources = await collectDropped([{ kind: 'entry', entry: tree }]);
    expect(sources.map((s) => s.name)).toEqual(['box/ok.txt']);
  });

  it('turns a file the browser will not open into a source whose read fails, so it is reported', async () => {
    const tree = entry('box', { dir: { 'locked.pdf': { file: 'unreadable' } } });
    const [locked] = await collectDropped([{ kind: 'entry', entry: tree }]);
    expect(locked?.name).toBe('box/locked.pdf');
    await expect(locked?.read()).rejects.toThrow('denied');
  });
});
