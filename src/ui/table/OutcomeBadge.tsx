// Colour plus the word, so the outcome reads without colour vision too.
import type { Outcome } from '../../domain/letter';

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <span className={`outcome-badge outcome-badge-${outcome === 'Upheld' ? 'upheld' : 'overturned'}`}>{outcome}</span>;
}
