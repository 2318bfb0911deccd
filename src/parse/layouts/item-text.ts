// The item as the record stores it (spec: "as written, white space
// collapsed, no trailing colon"), shared by the three layouts.
import { collapseSpace, trimEndChars } from '../text/regex';

export function cleanItem(text: string): string {
  return trimEndChars(trimEndChars(collapseSpace(text), ':'), ' ');
}
