// Documents people often drop by mistake, so the rejection can say what the
// file looks like instead of only what it is not. The kind whose title comes
// first in the text wins (a UR denial mentions the IMR application form
// further down; the form itself starts with its title).

export interface NonLetterKind {
  /** Regex source of the document's title or a heading it always has. */
  title: string;
  message: string;
}

export const NOT_A_LETTER_MESSAGE =
  "This does not look like an IMR determination letter: no 'IMR ISSUES, DECISIONS AND RATIONALES' section or MAXIMUS determination wording was found.";

export const NON_LETTER_KINDS: readonly NonLetterKind[] = [
  {
    title: String.raw`application\s+for\s+independent\s+medical\s+review|DWC\s+form\s+IMR\b`,
    message:
      'This looks like an Application for Independent Medical Review (DWC Form IMR), not a determination letter: it has no decisions to read.',
  },
  {
    title: String.raw`utilization\s+review|\bUR\s+(?:decision|determination|denial)`,
    message:
      'This looks like a utilization review (UR) decision, not an IMR determination letter: it has no MAXIMUS IMR decisions section.',
  },
  {
    title: String.raw`progress\s+report|\bPR-?2\b|subjective\s+complaints|history\s+of\s+present\s+illness|medical[- ]legal\s+(?:report|evaluation)|treating\s+physician'?s\s+report`,
    message:
      'This looks like a medical report, not an IMR determination letter: it has no MAXIMUS IMR decisions section.',
  },
  {
    title: String.raw`\binvoice\b|amount\s+due|balance\s+due|remit\s+to`,
    message: 'This looks like an invoice, not an IMR determination letter.',
  },
];
