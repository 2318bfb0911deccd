// Which rows hold each letter or digit, and each pair of them side by side,
// as one bitset per letter and per pair. The search box's first keystrokes
// match most of a library: "w" 315,481 of 330,002 rows, "we" 208,251, and a
// look into each row's text for them took 47-57 ms a keystroke (BENCHMARKS.md).
// A term of one or two letters or digits is answered from its bitset outright;
// a longer one is looked for only in the rows holding all of its pairs. The
// bitsets take 1,332 bits a row (55 MB at 330,002 rows), set while the search
// text is lower-cased, in the same idle slices.

// a-z and 0-9: the characters the bitsets know; any other breaks a pair.
const KINDS = 36;

function kindOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** Rows that may hold a term: a bitset over row positions, and whether every row in it does. */
interface Candidates {
  bits: Uint32Array;
  exact: boolean;
}

/** Whether row `i` is in the bitset `bits`. */
export function hasRow(bits: Uint32Array, i: number): boolean {
  return (((bits[i >>> 5] as number) >>> (i & 31)) & 1) === 1;
}

export class PairIndex {
  /** 32-bit words per bitset. */
  private readonly words: number;
  /** One bitset per character kind, then one per pair of kinds (first * KINDS + second), end to end. */
  private readonly sets: Uint32Array;

  constructor(rowCount: number) {
    this.words = Math.ceil(rowCount / 32);
    this.sets = new Uint32Array((KINDS + KINDS * KINDS) * this.words);
  }

  /** Marks what the lower-cased `text` of row `row` holds. */
  add(row: number, text: string): void {
    const { sets, words } = this;
    const word = row >>> 5;
    const bit = 1 << (row & 31);
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const kind = kindOf(text.charCodeAt(i));
      if (kind >= 0) {
        sets[kind * words + word]! |= bit;
        if (last >= 0) sets[(KINDS + last * KINDS + kind) * words + word]! |= bit;
      }
      last = kind;
    }
  }

  /**
   * The rows that may hold the lower-cased `term`: those holding every pair of
   * letters or digits side by side in it, and every such character standing
   * alone. Exact for a term of one or two of them; null when the term has none.
   */
  candidates(term: string): Candidates | null {
    const kinds: number[] = [];
    for (let i = 0; i < term.length; i++) kinds.push(kindOf(term.charCodeAt(i)));
    const wanted: number[] = [];
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i] as number;
      if (kind < 0) continue;
      const before = kinds[i - 1] ?? -1;
      if (before >= 0) wanted.push(KINDS + before * KINDS + kind);
      else if ((kinds[i + 1] ?? -1) < 0) wanted.push(kind);
    }
    if (wanted.length === 0) return null;
    const { sets, words } = this;
    const first = wanted[0] as number;
    const bits = sets.slice(first * words, (first + 1) * words);
    for (let w = 1; w < wanted.length; w++) {
      const at = (wanted[w] as number) * words;
      for (let k = 0; k < words; k++) bits[k]! &= sets[at + k] as number;
    }
    return { bits, exact: term.length <= 2 && kinds.every((k) => k >= 0) };
  }
}
