// Words in an item that say how a drug is made or given. Matched as whole
// words, case-insensitively (spec: "release is ER when the item says
// ER/XR/CR/SR/extended release"; XL is the same claim. DR, delayed release,
// is not: it only protects the stomach).

export const EXTENDED_RELEASE_WORDS: readonly string[] = [
  'er', 'xr', 'cr', 'sr', 'xl', 'extended release', 'extended rel', 'ext release', 'ext rel',
  'sustained release', 'controlled release', 'long acting', 'slow release',
];

export const IMMEDIATE_RELEASE_WORDS: readonly string[] = ['ir', 'immediate release', 'short acting'];

/** Applied to the skin: the product's topical class applies. */
export const TOPICAL_FORM_WORDS: readonly string[] = [
  'cream', 'creams', 'gel', 'gels', 'ointment', 'ointments', 'lotion', 'lotions', 'topical', 'topically',
  'liniment', 'balm', 'foam', 'roll on', 'rub', 'patch', 'patches', 'transdermal', 'film forming',
];

/** A patch carries no release (spec: "null otherwise, patches included"). */
export const PATCH_WORDS: readonly string[] = ['patch', 'patches', 'transdermal'];

export const COMPOUND_WORDS: readonly string[] = ['compound', 'compounded', 'compounding', 'compounds'];

/**
 * Skin products sold by weight: "#30" on a cream is a 30 g tube, not thirty
 * units dispensed (a claims analyst's reading of "Anecream cream 4% #30"), so
 * no quantity is read from it. Patches and pads are counted.
 */
export const SEMI_SOLID_WORDS: readonly string[] = [
  'cream', 'creams', 'gel', 'gels', 'ointment', 'ointments', 'lotion', 'lotions', 'balm', 'foam', 'liniment',
];
