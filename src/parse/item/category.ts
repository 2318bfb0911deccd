// The item's category. Drugs are pharmaceutical unless the item is an
// injection (a cortisone or Toradol injection is an injection, and its drug
// fields stay empty: the spec keeps drug fields for drugs dispensed). When an
// item names both a drug and a service, whichever it names first is what is
// requested ("Norco after arthroscopy" is a drug, "physical therapy and
// Norco" is therapy).

import type { Category } from '../../domain/letter';
import { CATEGORY_PRIORITY } from './data/item-categories';
import type { ServiceCategory } from './data/item-categories';
import type { FoundWord } from './item-keywords';
import type { MedicationMention } from './medication-index';

export function categorise(
  words: readonly FoundWord[],
  medications: readonly MedicationMention[],
  looksLikeDrug: boolean,
): Category {
  const services = new Set<ServiceCategory>();
  let firstService = Number.POSITIVE_INFINITY;
  for (const { word, at } of words) {
    if (word.kind !== 'category') continue;
    services.add(word.category);
    if (at < firstService) firstService = at;
  }
  const alwaysInjected = medications.some((m) => m.medication.administered === 'injection');
  const firstDrug = medications[0]?.at ?? Number.POSITIVE_INFINITY;

  const service = CATEGORY_PRIORITY.find((c) => services.has(c));
  if (service === 'injection' || (service === undefined && alwaysInjected)) return 'injection';
  if (service !== undefined && !(firstDrug < firstService)) return service;
  if (medications.length > 0) return alwaysInjected ? 'injection' : 'pharmaceutical';
  if (looksLikeDrug || words.some((w) => w.word.kind === 'pharmaceutical' || w.word.kind === 'compound')) {
    return 'pharmaceutical';
  }
  if (service !== undefined) return service;
  return 'other';
}
