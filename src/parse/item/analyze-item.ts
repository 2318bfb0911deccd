import type { Decision } from '../../domain/letter';

export type ItemFacts = Pick<
  Decision,
  'category' | 'medication' | 'brand' | 'strength' | 'release' | 'quantity' | 'days_supply' | 'drug_class'
>;

// Placeholder with the final signature so callers compile; the real analysis follows.
export function analyzeItem(item: string): ItemFacts {
  void item;
  return {
    category: 'other',
    medication: null,
    brand: null,
    strength: null,
    release: null,
    quantity: null,
    days_supply: null,
    drug_class: null,
  };
}
