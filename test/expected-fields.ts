// Expected records of real letters and seeds give some fields only (they
// leave out rationales, guideline sections and citations...). `givenFields`
// cuts a parsed record down to the keys its expected record gives, so one
// toEqual compares exactly those fields, nested ones and each decision's
// included, and nothing else.
export function givenFields(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) || expected === null || typeof expected !== 'object') return actual;
  if (actual === null || typeof actual !== 'object') return actual;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    const a = (actual as Record<string, unknown>)[key];
    out[key] =
      Array.isArray(a) && Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')
        ? a.map((item, i) => givenFields(item, value[i]))
        : givenFields(a, value);
  }
  return out;
}
