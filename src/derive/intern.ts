// Strings to small integer codes, in order of first appearance: facet and
// chart columns count codes, not strings.

export interface Interner {
  /** The value of each code. */
  readonly values: string[];
  readonly codeOf: Map<string, number>;
  code(value: string): number;
}

export function interner(): Interner {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  return {
    values,
    codeOf,
    code(value) {
      let c = codeOf.get(value);
      if (c === undefined) {
        c = values.length;
        values.push(value);
        codeOf.set(value, c);
      }
      return c;
    },
  };
}
