// The item as the record stores it (spec: "as written, white space
// collapsed, no trailing colon"), shared by the three layouts. Items are cut
// from the cleaned letter, so joining its lines collapses all white space.
import { joinLines, trimEndChars } from '../text/regex';

export function cleanItem(text: string): string {
  return trimEndChars(trimEndChars(joinLines(text), ':'), ' ');
}
