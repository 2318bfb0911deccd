// Finding labelled regions in a letter: "the text after label A up to the
// first of labels B, C". All regexes passed in must carry the `g` flag so
// searches can start at an offset without slicing the text.
//
// A layout asks for several regions of one text, and a label that does not
// come again after a region scans to the end of the text each time it is
// asked for: TextSearch remembers each regex's last answer instead.

export interface Span {
  start: number;
  end: number;
}

/** First match of `re` at or after `from`. */
export function findFrom(re: RegExp, text: string, from = 0): Span | null {
  re.lastIndex = from;
  const m = re.exec(text);
  if (m === null) return null;
  return { start: m.index, end: m.index + m[0].length };
}

// The earliest match of several regexes is the first match of their
// alternation: one pass over the text instead of one per regex. Regexes are
// joined by their flags (a case-sensitive one cannot join case-blind ones),
// and only those without capturing groups, whose back-references the
// alternation would renumber. CAPTURE finds one, numbered or named, once
// escapes are removed; a bracket in a character class counts too, which errs
// on the safe side.
const CAPTURE = /\((?!\?)|\(\?<(?![=!])/;
const ESCAPE = /\\./g;
const JOINED = new WeakMap<readonly RegExp[], readonly RegExp[]>();

function joined(res: readonly RegExp[]): readonly RegExp[] {
  let out = JOINED.get(res);
  if (out === undefined) {
    const byFlags = new Map<string, RegExp[]>();
    const alone: RegExp[] = [];
    for (const re of res) {
      if (CAPTURE.test(re.source.replace(ESCAPE, ''))) alone.push(re);
      else byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), re]);
    }
    const list = [...alone];
    for (const [flags, group] of byFlags) {
      list.push(group.length === 1 ? (group[0] as RegExp) : new RegExp(group.map((re) => `(?:${re.source})`).join('|'), flags));
    }
    out = list;
    JOINED.set(res, list);
  }
  return out;
}

/**
 * Searches of one text that remember each regex's last answer. A search from
 * a later position reuses it when the match found lies at or after that
 * position (no match can start in between), or when there was none.
 */
export class TextSearch {
  private readonly last = new Map<RegExp, { from: number; span: Span | null }>();

  constructor(readonly text: string) {}

  find(re: RegExp, from = 0): Span | null {
    const last = this.last.get(re);
    if (last !== undefined && last.from <= from && (last.span === null || last.span.start >= from)) return last.span;
    const span = findFrom(re, this.text, from);
    this.last.set(re, { from, span });
    return span;
  }

  /** Start of the earliest match of any of `res` at or after `from`, or `fallback`. */
  earliestStart(res: readonly RegExp[], from: number, fallback: number): number {
    let best = fallback;
    for (const re of joined(res)) {
      const span = this.find(re, from);
      if (span !== null && span.start < best) best = span.start;
    }
    return best;
  }

  /**
   * The text after the first `label` (at or after `from`), up to the earliest
   * of `stops` or `limit`; null when the label is absent.
   */
  textAfter(label: RegExp, stops: readonly RegExp[], from = 0, limit = this.text.length): string | null {
    const found = this.find(label, from);
    if (found === null || found.start >= limit) return null;
    return this.text.slice(found.end, this.earliestStart(stops, found.end, limit));
  }
}
