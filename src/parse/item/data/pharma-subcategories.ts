// The DWC's pharmaceutical subcategory of a drug (spec, "Request categories"):
// it follows the drug class; a drug of class 'other' takes its medication's
// `dwc_group` (./medications.ts), or the DWC's "Other".
import type { DrugClass, SubcategoryOf } from '../../../domain/letter';

export type PharmaSubcategory = SubcategoryOf<'pharmaceutical'>;

/** The DWC groups a drug of class 'other' can belong to. */
export type OtherDrugGroup = Extract<
  PharmaSubcategory,
  'GI Agents' | 'Impotence Agents' | 'Misc Analgesics' | 'Antihistamine' | 'Hormones' | 'Nutritional Products' | 'Stimulants'
>;

export const CLASS_SUBCATEGORY: Readonly<Record<Exclude<DrugClass, 'other'>, PharmaSubcategory>> = {
  opioid: 'Opioids',
  nsaid: 'NSAID',
  'muscle relaxant': 'Muscle Relaxant',
  anticonvulsant: 'Anti-epilepsy drugs',
  antidepressant: 'Antidepressant',
  benzodiazepine: 'Benzodiazepine',
  'sedative-hypnotic': 'Sedative-hypnotics',
  ppi: 'Proton Pump Inhibitors',
  'h2 blocker': 'H2 Blocker',
  antiemetic: 'Antiemetic',
  'topical analgesic': 'Topical Analgesics',
  compound: 'Topical Compounds',
};
