// A case number as letters print it: "CM15-0123456", sometimes spaced out
// ("CM 15 - 0123456") by the PDF's text layer. Read in the header, the
// header table and the page furniture it repeats in.

/** Regex source of a printed case number, its year and serial captured. */
export const CASE_NUMBER_SOURCE = String.raw`CM\s?(\d{2})\s?-\s?(\d{7})(?!\d)`;

/** The same without capture groups, for regexes whose groups are counted or unused. */
export const CASE_NUMBER_UNCAPTURED = String.raw`CM\s?\d{2}\s?-\s?\d{7}(?!\d)`;
