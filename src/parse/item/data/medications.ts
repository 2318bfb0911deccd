// The medications that dominate California workers' compensation disputes, as data.
// One entry per generic product (a single ingredient or a fixed combination); item text is
// matched against `names` (generic spellings) and `brands`. Matching itself lives in
// ../medication-index.ts; this file holds facts only and imports nothing but domain types.
//
// Conventions
// - `generic` is lower case without salt. A combination's generic is its `ingredients`
//   joined with "/" in the conventional order (hydrocodone/acetaminophen), and every
//   ingredient is itself an entry, so "Hydrocodone/APAP" written as two generic names
//   resolves to the combination.
// - `names` are extra generic spellings (abbreviations such as APAP, letter misspellings);
//   the generic itself always matches and salts (HCl, sodium, bitartrate...) are ignored
//   by the matcher, so they are not listed.
// - `drug_class` is the class of the product as usually dispensed; `topical_class` is the
//   class when the item is a cream, gel, ointment, lotion, patch or a % strength (spec:
//   "drug_class follows the product's form"). Drugs with no commercial topical product
//   (gabapentin, cyclobenzaprine, baclofen...) only reach the skin compounded, hence
//   `topical_class: 'compound'`. Single-ingredient topical NSAIDs are 'topical analgesic'
//   as the spec says of "topical NSAID gels or creams".
// - A brand's `release: 'ER'` means the product exists only as extended release
//   (OxyContin, Exalgo). `form: 'patch' | 'topical'` means the brand is only that form
//   (Lidoderm, Flector, Pennsaid), which sets the topical class and, for patches, keeps
//   release null.
// - `dwc_group` is the DWC's pharmaceutical subcategory for a drug of class 'other'
//   (GI Agents, Impotence Agents...); without it such a drug is the DWC's "Other".
//   Corticosteroids are Hormones; vitamins, glucosamine and medical foods are
//   Nutritional Products.
// - `administered: 'injection'` marks products only ever injected (Synvisc, Botox): the
//   item is an injection even when the word is missing.
// - `mme_factor` (opioids only) converts the daily dose to oral morphine milligram
//   equivalents, per `mme_unit`. Source: CDC Guideline for Prescribing Opioids for Chronic
//   Pain, 2016, Table "Calculating total daily dose of opioids" (hydrocodone 1, oxycodone
//   1.5, oxymorphone 3, hydromorphone 4, morphine 1, codeine 0.15, tapentadol 0.4,
//   fentanyl transdermal 2.4 per mcg/hr, methadone by daily dose). Opioids that table
//   omits come from the CDC/CMS "Opioid Oral MME Conversion Factors" file of the same era
//   (tramadol 0.1, meperidine 0.1, levorphanol 11, pentazocine 0.37, butorphanol 7,
//   dihydrocodeine 0.25, buprenorphine tablet/film 10 per mg, patch 12.6 per mcg/hr per
//   7-day wear = 1.8 per mcg/hr per day). The 2016/2017 figures are used, not the CDC 2022
//   update (hydromorphone 5, tramadol 0.2, methadone 4.7), because the letters of
//   2013-2019 and the MTUS/ODG guidance they cite were written against them.

import type { DrugClass, Release } from '../../../domain/letter';
import type { OtherDrugGroup } from './pharma-subcategories';

export type ProductForm = 'patch' | 'topical';

export interface BrandName {
  /** Usual spelling. */
  name: string;
  /** Other ways letters write this brand (lower case). */
  aliases?: readonly string[];
  release?: Release;
  form?: ProductForm;
}

export type MmeUnit = 'mg' | 'mcg/hr';

export interface MethadoneTier {
  /** Upper bound of the daily dose in mg this factor applies to (inclusive). */
  up_to_mg_per_day: number;
  factor: number;
}

export interface Medication {
  generic: string;
  /** For a combination: the generic names of its single-ingredient entries. */
  ingredients?: readonly string[];
  names?: readonly string[];
  brands?: readonly BrandName[];
  drug_class: DrugClass;
  topical_class?: DrugClass;
  dwc_group?: OtherDrugGroup;
  administered?: 'injection';
  mme_factor?: number;
  mme_unit?: MmeUnit;
  /** Methadone's conversion grows with the dose (CDC 2016). */
  mme_tiers?: readonly MethadoneTier[];
  note?: string;
}

const b = (name: string, extra: Omit<BrandName, 'name'> = {}): BrandName => ({ name, ...extra });
const ER = { release: 'ER' } as const;
const PATCH = { form: 'patch' } as const;
const TOPICAL = { form: 'topical' } as const;

const OPIOIDS: readonly Medication[] = [
  {
    generic: 'oxycodone',
    names: ['oxycodon'],
    brands: [
      b('Roxicodone'),
      b('OxyContin', { ...ER, aliases: ['oxycotin', 'oxycontin er'] }),
      b('Oxaydo'),
      b('RoxyBond'),
      b('Oxecta'),
      b('Xtampza', ER),
      b('OxyIR'),
    ],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'hydrocodone',
    brands: [b('Hysingla', ER), b('Zohydro', ER), b('Vantrela', ER)],
    drug_class: 'opioid',
    mme_factor: 1,
    mme_unit: 'mg',
  },
  { generic: 'oxymorphone', brands: [b('Opana')], drug_class: 'opioid', mme_factor: 3, mme_unit: 'mg' },
  {
    generic: 'hydromorphone',
    brands: [b('Dilaudid'), b('Exalgo', ER)],
    drug_class: 'opioid',
    mme_factor: 4,
    mme_unit: 'mg',
  },
  {
    generic: 'morphine',
    names: ['msir', 'mso4'],
    brands: [
      b('MS Contin', { ...ER, aliases: ['mscontin', 'ms-contin'] }),
      b('Kadian', ER),
      b('Avinza', ER),
      b('Arymo', ER),
      b('MorphaBond', ER),
      b('Roxanol'),
    ],
    drug_class: 'opioid',
    mme_factor: 1,
    mme_unit: 'mg',
  },
  {
    generic: 'methadone',
    brands: [b('Dolophine'), b('Methadose')],
    drug_class: 'opioid',
    // mme_factor is the lowest tier; use mme_tiers with the daily dose when it is known.
    mme_factor: 4,
    mme_unit: 'mg',
    mme_tiers: [
      { up_to_mg_per_day: 20, factor: 4 },
      { up_to_mg_per_day: 40, factor: 8 },
      { up_to_mg_per_day: 60, factor: 10 },
      // CDC 2016 lists 12 for 61-80 mg/day and advises specialist conversion above that.
      { up_to_mg_per_day: Number.POSITIVE_INFINITY, factor: 12 },
    ],
  },
  {
    generic: 'fentanyl',
    brands: [b('Duragesic', PATCH), b('Actiq'), b('Fentora'), b('Subsys'), b('Abstral'), b('Lazanda')],
    drug_class: 'opioid',
    mme_factor: 2.4,
    mme_unit: 'mcg/hr',
    note: 'Transdermal factor; buccal/sublingual 0.13, film 0.18, nasal 0.16 per mcg (CDC/CMS).',
  },
  {
    generic: 'tapentadol',
    brands: [b('Nucynta')],
    drug_class: 'opioid',
    mme_factor: 0.4,
    mme_unit: 'mg',
  },
  {
    generic: 'tramadol',
    names: ['tramadal'],
    // Synapryn: a branded compounding kit (oral suspension) of tramadol.
    brands: [b('Ultram'), b('ConZip', ER), b('Ryzolt', ER), b('Rybix'), b('Synapryn')],
    drug_class: 'opioid',
    // Tramadol cream exists only compounded.
    topical_class: 'compound',
    mme_factor: 0.1,
    mme_unit: 'mg',
  },
  {
    generic: 'buprenorphine',
    brands: [b('Butrans', PATCH), b('Belbuca'), b('Buprenex'), b('Subutex')],
    drug_class: 'opioid',
    mme_factor: 1.8,
    mme_unit: 'mcg/hr',
    note: 'Patch factor (CMS 12.6 per 7-day wear / 7); tablet or film 10 per mg, Belbuca 0.03 per mcg.',
  },
  { generic: 'codeine', drug_class: 'opioid', mme_factor: 0.15, mme_unit: 'mg' },
  { generic: 'meperidine', brands: [b('Demerol')], drug_class: 'opioid', mme_factor: 0.1, mme_unit: 'mg' },
  { generic: 'levorphanol', drug_class: 'opioid', mme_factor: 11, mme_unit: 'mg' },
  { generic: 'pentazocine', brands: [b('Talwin')], drug_class: 'opioid', mme_factor: 0.37, mme_unit: 'mg' },
  { generic: 'butorphanol', brands: [b('Stadol')], drug_class: 'opioid', mme_factor: 7, mme_unit: 'mg' },
  { generic: 'dihydrocodeine', drug_class: 'opioid', mme_factor: 0.25, mme_unit: 'mg' },
  {
    generic: 'hydrocodone/acetaminophen',
    ingredients: ['hydrocodone', 'acetaminophen'],
    brands: [
      b('Norco'),
      b('Vicodin'),
      b('Lortab'),
      b('Lorcet'),
      b('Xodol'),
      b('Zydone'),
      b('Maxidone'),
      b('Anexsia'),
      b('Verdrocet'),
      b('Co-Gesic'),
      b('Hycet'),
      b('Zamicet'),
    ],
    drug_class: 'opioid',
    mme_factor: 1,
    mme_unit: 'mg',
  },
  {
    generic: 'hydrocodone/ibuprofen',
    ingredients: ['hydrocodone', 'ibuprofen'],
    brands: [b('Vicoprofen'), b('Reprexain'), b('Ibudone'), b('Xylon')],
    drug_class: 'opioid',
    mme_factor: 1,
    mme_unit: 'mg',
  },
  {
    generic: 'oxycodone/acetaminophen',
    ingredients: ['oxycodone', 'acetaminophen'],
    brands: [
      b('Percocet'),
      b('Endocet'),
      b('Roxicet'),
      b('Tylox'),
      b('Primlev'),
      b('Nalocet'),
      b('Magnacet'),
      b('Xartemis', ER),
    ],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'oxycodone/aspirin',
    ingredients: ['oxycodone', 'aspirin'],
    brands: [b('Percodan'), b('Endodan')],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'oxycodone/ibuprofen',
    ingredients: ['oxycodone', 'ibuprofen'],
    brands: [b('Combunox')],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'oxycodone/naloxone',
    ingredients: ['oxycodone', 'naloxone'],
    brands: [b('Targiniq', ER)],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'oxycodone/naltrexone',
    ingredients: ['oxycodone', 'naltrexone'],
    brands: [b('Troxyca', ER)],
    drug_class: 'opioid',
    mme_factor: 1.5,
    mme_unit: 'mg',
  },
  {
    generic: 'morphine/naltrexone',
    ingredients: ['morphine', 'naltrexone'],
    brands: [b('Embeda', ER)],
    drug_class: 'opioid',
    mme_factor: 1,
    mme_unit: 'mg',
  },
  {
    generic: 'codeine/acetaminophen',
    ingredients: ['codeine', 'acetaminophen'],
    // "Tylenol #3": the number is the product's codeine strength, not a quantity
    // (quantity.ts skips it).
    brands: [
      b('Tylenol with Codeine', {
        aliases: ['tylenol 3', 'tylenol 4', 'tylenol no 3', 'tylenol no 4', 'tylenol w codeine', 'tylenol codeine'],
      }),
    ],
    drug_class: 'opioid',
    mme_factor: 0.15,
    mme_unit: 'mg',
  },
  {
    generic: 'tramadol/acetaminophen',
    ingredients: ['tramadol', 'acetaminophen'],
    brands: [b('Ultracet')],
    drug_class: 'opioid',
    mme_factor: 0.1,
    mme_unit: 'mg',
  },
  {
    generic: 'buprenorphine/naloxone',
    ingredients: ['buprenorphine', 'naloxone'],
    brands: [b('Suboxone'), b('Zubsolv'), b('Bunavail')],
    drug_class: 'opioid',
    mme_factor: 10,
    mme_unit: 'mg',
    note: 'CMS tablet/film factor; CDC lists none for buprenorphine used to treat opioid use disorder.',
  },
  {
    generic: 'pentazocine/naloxone',
    ingredients: ['pentazocine', 'naloxone'],
    brands: [b('Talwin NX')],
    drug_class: 'opioid',
    mme_factor: 0.37,
    mme_unit: 'mg',
  },
  {
    generic: 'dihydrocodeine/acetaminophen/caffeine',
    ingredients: ['dihydrocodeine', 'acetaminophen', 'caffeine'],
    brands: [b('Trezix'), b('Panlor')],
    drug_class: 'opioid',
    mme_factor: 0.25,
    mme_unit: 'mg',
  },
  {
    generic: 'butalbital/acetaminophen/caffeine/codeine',
    ingredients: ['butalbital', 'acetaminophen', 'caffeine', 'codeine'],
    brands: [b('Fioricet with Codeine')],
    drug_class: 'opioid',
    mme_factor: 0.15,
    mme_unit: 'mg',
  },
];

const MUSCLE_RELAXANTS: readonly Medication[] = [
  {
    generic: 'cyclobenzaprine',
    names: ['cyclobenzeprine', 'cyclobenzaprin', 'cyclobenzapine'],
    // Tabradol (oral suspension) and Cyclophene (cream) are branded compounding kits.
    brands: [b('Flexeril'), b('Amrix', ER), b('Fexmid'), b('Tabradol'), b('Cyclophene', TOPICAL)],
    drug_class: 'muscle relaxant',
    topical_class: 'compound',
  },
  { generic: 'carisoprodol', brands: [b('Soma')], drug_class: 'muscle relaxant' },
  { generic: 'methocarbamol', brands: [b('Robaxin')], drug_class: 'muscle relaxant' },
  { generic: 'tizanidine', names: ['tizanadine'], brands: [b('Zanaflex')], drug_class: 'muscle relaxant' },
  {
    generic: 'baclofen',
    brands: [b('Lioresal'), b('Gablofen')],
    drug_class: 'muscle relaxant',
    topical_class: 'compound',
  },
  { generic: 'metaxalone', brands: [b('Skelaxin')], drug_class: 'muscle relaxant' },
  {
    generic: 'chlorzoxazone',
    brands: [b('Parafon Forte', { aliases: ['parafon'] }), b('Lorzone')],
    drug_class: 'muscle relaxant',
  },
  { generic: 'orphenadrine', brands: [b('Norflex')], drug_class: 'muscle relaxant' },
  { generic: 'dantrolene', brands: [b('Dantrium')], drug_class: 'muscle relaxant' },
  {
    generic: 'orphenadrine/aspirin/caffeine',
    ingredients: ['orphenadrine', 'aspirin', 'caffeine'],
    brands: [b('Norgesic')],
    drug_class: 'muscle relaxant',
  },
];

// On the skin an NSAID is a 'topical analgesic' (Voltaren gel, Pennsaid, Flector),
// except those sold for the skin only compounded (spec: "a single drug 'in cream
// base' with no commercial skin product (ketoprofen) is compound").
const NSAID_TOPICAL = { drug_class: 'nsaid', topical_class: 'topical analgesic' } as const;
const NSAID_COMPOUNDED = { drug_class: 'nsaid', topical_class: 'compound' } as const;

const NSAIDS: readonly Medication[] = [
  { generic: 'ibuprofen', brands: [b('Motrin'), b('Advil'), b('IBU')], ...NSAID_TOPICAL },
  {
    generic: 'naproxen',
    brands: [b('Naprosyn'), b('Anaprox'), b('Aleve'), b('Naprelan', ER), b('EC-Naprosyn')],
    ...NSAID_TOPICAL,
  },
  { generic: 'meloxicam', brands: [b('Mobic'), b('Vivlodex')], ...NSAID_TOPICAL },
  {
    generic: 'diclofenac',
    brands: [
      b('Voltaren'),
      b('Cataflam'),
      b('Zipsor'),
      b('Zorvolex'),
      b('Cambia'),
      b('Flector', PATCH),
      b('Pennsaid', TOPICAL),
      b('Solaraze', TOPICAL),
    ],
    ...NSAID_TOPICAL,
  },
  {
    generic: 'diclofenac/misoprostol',
    ingredients: ['diclofenac', 'misoprostol'],
    brands: [b('Arthrotec')],
    drug_class: 'nsaid',
  },
  { generic: 'celecoxib', brands: [b('Celebrex')], ...NSAID_TOPICAL },
  { generic: 'etodolac', brands: [b('Lodine')], ...NSAID_TOPICAL },
  { generic: 'nabumetone', brands: [b('Relafen')], ...NSAID_TOPICAL },
  { generic: 'ketorolac', brands: [b('Toradol'), b('Sprix')], ...NSAID_TOPICAL },
  { generic: 'indomethacin', brands: [b('Indocin'), b('Tivorbex')], ...NSAID_TOPICAL },
  { generic: 'piroxicam', brands: [b('Feldene')], ...NSAID_TOPICAL },
  // Ketophene: a branded compounding kit of ketoprofen cream.
  { generic: 'ketoprofen', brands: [b('Orudis'), b('Oruvail'), b('Ketophene', TOPICAL)], ...NSAID_COMPOUNDED },
  { generic: 'flurbiprofen', brands: [b('Ansaid')], ...NSAID_COMPOUNDED },
  { generic: 'oxaprozin', brands: [b('Daypro')], ...NSAID_TOPICAL },
  { generic: 'sulindac', brands: [b('Clinoril')], ...NSAID_TOPICAL },
  { generic: 'diflunisal', brands: [b('Dolobid')], ...NSAID_TOPICAL },
  { generic: 'fenoprofen', brands: [b('Nalfon')], ...NSAID_TOPICAL },
  { generic: 'salsalate', brands: [b('Disalcid')], ...NSAID_TOPICAL },
  { generic: 'aspirin', names: ['asa', 'acetylsalicylic acid'], brands: [b('Bayer'), b('Ecotrin')], ...NSAID_TOPICAL },
  { generic: 'mefenamic acid', brands: [b('Ponstel')], ...NSAID_TOPICAL },
  { generic: 'meclofenamate', ...NSAID_TOPICAL },
  { generic: 'tolmetin', ...NSAID_TOPICAL },
  {
    generic: 'naproxen/esomeprazole',
    ingredients: ['naproxen', 'esomeprazole'],
    brands: [b('Vimovo')],
    drug_class: 'nsaid',
  },
  {
    generic: 'ibuprofen/famotidine',
    ingredients: ['ibuprofen', 'famotidine'],
    brands: [b('Duexis')],
    drug_class: 'nsaid',
  },
];

const ANTICONVULSANTS: readonly Medication[] = [
  {
    generic: 'gabapentin',
    names: ['gabapentine', 'gabapenten', 'gabapentin enacarbil'],
    // Gralise and Horizant (gabapentin enacarbil) are once-daily extended-release products.
    // Fanatrex: a branded compounding kit (oral suspension) of gabapentin.
    brands: [b('Neurontin'), b('Gralise', ER), b('Horizant', ER), b('Fanatrex')],
    drug_class: 'anticonvulsant',
    topical_class: 'compound',
  },
  { generic: 'pregabalin', brands: [b('Lyrica')], drug_class: 'anticonvulsant' },
  {
    generic: 'topiramate',
    brands: [b('Topamax'), b('Trokendi', ER), b('Qudexy', ER)],
    drug_class: 'anticonvulsant',
  },
  {
    generic: 'carbamazepine',
    brands: [b('Tegretol'), b('Carbatrol', ER), b('Equetro')],
    drug_class: 'anticonvulsant',
  },
  { generic: 'lamotrigine', brands: [b('Lamictal')], drug_class: 'anticonvulsant' },
  { generic: 'oxcarbazepine', brands: [b('Trileptal')], drug_class: 'anticonvulsant' },
  { generic: 'levetiracetam', brands: [b('Keppra')], drug_class: 'anticonvulsant' },
  {
    generic: 'valproate',
    names: ['valproic acid', 'divalproex'],
    brands: [b('Depakote'), b('Depakene')],
    drug_class: 'anticonvulsant',
  },
  { generic: 'zonisamide', brands: [b('Zonegran')], drug_class: 'anticonvulsant' },
  { generic: 'phenytoin', brands: [b('Dilantin')], drug_class: 'anticonvulsant' },
  { generic: 'lacosamide', brands: [b('Vimpat')], drug_class: 'anticonvulsant' },
  { generic: 'tiagabine', brands: [b('Gabitril')], drug_class: 'anticonvulsant' },
];

const ANTIDEPRESSANTS: readonly Medication[] = [
  { generic: 'duloxetine', brands: [b('Cymbalta')], drug_class: 'antidepressant' },
  {
    generic: 'amitriptyline',
    names: ['amitriptylin', 'amitryptiline'],
    brands: [b('Elavil')],
    drug_class: 'antidepressant',
    topical_class: 'compound',
  },
  { generic: 'nortriptyline', brands: [b('Pamelor')], drug_class: 'antidepressant' },
  { generic: 'trazodone', brands: [b('Desyrel'), b('Oleptro', ER)], drug_class: 'antidepressant' },
  { generic: 'sertraline', brands: [b('Zoloft')], drug_class: 'antidepressant' },
  { generic: 'venlafaxine', brands: [b('Effexor')], drug_class: 'antidepressant' },
  { generic: 'desvenlafaxine', brands: [b('Pristiq', ER)], drug_class: 'antidepressant' },
  { generic: 'bupropion', brands: [b('Wellbutrin'), b('Zyban')], drug_class: 'antidepressant' },
  { generic: 'citalopram', brands: [b('Celexa')], drug_class: 'antidepressant' },
  { generic: 'escitalopram', brands: [b('Lexapro')], drug_class: 'antidepressant' },
  { generic: 'fluoxetine', brands: [b('Prozac')], drug_class: 'antidepressant' },
  { generic: 'paroxetine', brands: [b('Paxil')], drug_class: 'antidepressant' },
  { generic: 'mirtazapine', brands: [b('Remeron')], drug_class: 'antidepressant' },
  { generic: 'doxepin', brands: [b('Sinequan'), b('Silenor')], drug_class: 'antidepressant' },
  { generic: 'imipramine', brands: [b('Tofranil')], drug_class: 'antidepressant' },
  { generic: 'desipramine', brands: [b('Norpramin')], drug_class: 'antidepressant' },
  { generic: 'milnacipran', brands: [b('Savella')], drug_class: 'antidepressant' },
  { generic: 'vilazodone', brands: [b('Viibryd')], drug_class: 'antidepressant' },
  { generic: 'vortioxetine', brands: [b('Trintellix'), b('Brintellix')], drug_class: 'antidepressant' },
];

const BENZODIAZEPINES: readonly Medication[] = [
  { generic: 'alprazolam', brands: [b('Xanax')], drug_class: 'benzodiazepine' },
  { generic: 'clonazepam', brands: [b('Klonopin')], drug_class: 'benzodiazepine' },
  { generic: 'diazepam', brands: [b('Valium')], drug_class: 'benzodiazepine' },
  { generic: 'lorazepam', brands: [b('Ativan')], drug_class: 'benzodiazepine' },
  { generic: 'temazepam', brands: [b('Restoril')], drug_class: 'benzodiazepine' },
  { generic: 'chlordiazepoxide', brands: [b('Librium')], drug_class: 'benzodiazepine' },
  { generic: 'clorazepate', brands: [b('Tranxene')], drug_class: 'benzodiazepine' },
  { generic: 'triazolam', brands: [b('Halcion')], drug_class: 'benzodiazepine' },
  { generic: 'oxazepam', drug_class: 'benzodiazepine' },
];

const SLEEP: readonly Medication[] = [
  {
    generic: 'zolpidem',
    brands: [b('Ambien'), b('Intermezzo'), b('Edluar'), b('Zolpimist')],
    drug_class: 'sedative-hypnotic',
  },
  { generic: 'eszopiclone', brands: [b('Lunesta')], drug_class: 'sedative-hypnotic' },
  { generic: 'zaleplon', brands: [b('Sonata')], drug_class: 'sedative-hypnotic' },
  { generic: 'ramelteon', brands: [b('Rozerem')], drug_class: 'sedative-hypnotic' },
  { generic: 'suvorexant', brands: [b('Belsomra')], drug_class: 'sedative-hypnotic' },
  // Over-the-counter sleep aid; hypnotic use is why it is requested in these claims.
  { generic: 'melatonin', drug_class: 'sedative-hypnotic' },
  // An antihistamine, requested in these claims for sleep (spec: Dicopanol, a
  // branded compounding kit of it, is a sedative-hypnotic).
  { generic: 'diphenhydramine', brands: [b('Benadryl'), b('Dicopanol')], drug_class: 'sedative-hypnotic' },
];

const GASTRIC: readonly Medication[] = [
  { generic: 'omeprazole', brands: [b('Prilosec')], drug_class: 'ppi' },
  { generic: 'pantoprazole', brands: [b('Protonix')], drug_class: 'ppi' },
  { generic: 'esomeprazole', brands: [b('Nexium')], drug_class: 'ppi' },
  { generic: 'lansoprazole', brands: [b('Prevacid')], drug_class: 'ppi' },
  { generic: 'rabeprazole', brands: [b('Aciphex')], drug_class: 'ppi' },
  { generic: 'dexlansoprazole', brands: [b('Dexilant')], drug_class: 'ppi' },
  // Deprizine is a branded compounding kit (an oral suspension) of ranitidine.
  { generic: 'ranitidine', brands: [b('Zantac'), b('Deprizine')], drug_class: 'h2 blocker' },
  { generic: 'famotidine', brands: [b('Pepcid')], drug_class: 'h2 blocker' },
  { generic: 'cimetidine', brands: [b('Tagamet')], drug_class: 'h2 blocker' },
  { generic: 'nizatidine', brands: [b('Axid')], drug_class: 'h2 blocker' },
  // Other stomach protectants are neither PPIs nor H2 blockers.
  { generic: 'sucralfate', brands: [b('Carafate')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'misoprostol', brands: [b('Cytotec')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'ondansetron', brands: [b('Zofran')], drug_class: 'antiemetic' },
  { generic: 'promethazine', brands: [b('Phenergan')], drug_class: 'antiemetic' },
  { generic: 'metoclopramide', brands: [b('Reglan')], drug_class: 'antiemetic' },
  { generic: 'prochlorperazine', brands: [b('Compazine')], drug_class: 'antiemetic' },
  { generic: 'meclizine', brands: [b('Antivert')], drug_class: 'antiemetic' },
  { generic: 'granisetron', brands: [b('Kytril'), b('Sancuso', PATCH)], drug_class: 'antiemetic' },
  { generic: 'docusate', brands: [b('Colace')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'senna', names: ['sennosides', 'sennoside'], brands: [b('Senokot')], drug_class: 'other', dwc_group: 'GI Agents' },
  {
    generic: 'docusate/senna',
    ingredients: ['docusate', 'senna'],
    brands: [b('Senokot-S'), b('Peri-Colace')],
    drug_class: 'other',
    dwc_group: 'GI Agents',
  },
  { generic: 'polyethylene glycol', names: ['peg 3350'], brands: [b('MiraLAX')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'lactulose', drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'bisacodyl', brands: [b('Dulcolax')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'methylnaltrexone', brands: [b('Relistor')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'naloxegol', brands: [b('Movantik')], drug_class: 'other', dwc_group: 'GI Agents' },
  { generic: 'lubiprostone', brands: [b('Amitiza')], drug_class: 'other', dwc_group: 'GI Agents' },
];

const TA = 'topical analgesic' as const;

const TOPICALS: readonly Medication[] = [
  // Lidocaine in these claims is nearly always the 5% patch or an ointment.
  {
    generic: 'lidocaine',
    names: ['lidocain'],
    brands: [
      b('Lidoderm', { ...PATCH, aliases: ['lido derm', 'lidoderm patch'] }),
      b('Ztlido', PATCH),
      b('Xylocaine'),
      // A branded compounding kit of lidocaine cream.
      b('Anecream', TOPICAL),
    ],
    drug_class: TA,
    topical_class: TA,
  },
  { generic: 'prilocaine', drug_class: TA, topical_class: TA },
  {
    generic: 'capsaicin',
    brands: [b('Zostrix', TOPICAL), b('Qutenza', PATCH), b('Capzasin', TOPICAL)],
    drug_class: TA,
    topical_class: TA,
  },
  { generic: 'menthol', brands: [b('Biofreeze', TOPICAL)], drug_class: TA, topical_class: TA },
  { generic: 'methyl salicylate', drug_class: TA, topical_class: TA },
  { generic: 'camphor', drug_class: TA, topical_class: TA },
  { generic: 'trolamine salicylate', brands: [b('Aspercreme', TOPICAL)], drug_class: TA, topical_class: TA },
  {
    generic: 'lidocaine/prilocaine',
    ingredients: ['lidocaine', 'prilocaine'],
    brands: [b('EMLA', TOPICAL)],
    drug_class: TA,
  },
  {
    generic: 'lidocaine/menthol',
    ingredients: ['lidocaine', 'menthol'],
    brands: [b('LenzaPatch', PATCH), b('Lenzagel', TOPICAL)],
    drug_class: TA,
  },
  {
    // Bengay and Icy Hot come in several formulas; the common one is this pair.
    generic: 'methyl salicylate/menthol',
    ingredients: ['methyl salicylate', 'menthol'],
    brands: [b('Menthoderm', TOPICAL), b('Bengay', TOPICAL), b('Icy Hot', TOPICAL), b('Salonpas', PATCH)],
    drug_class: TA,
  },
  {
    generic: 'methyl salicylate/menthol/capsaicin',
    ingredients: ['methyl salicylate', 'menthol', 'capsaicin'],
    brands: [b('Medrox', TOPICAL)],
    drug_class: TA,
  },
  {
    generic: 'methyl salicylate/capsaicin/menthol/lidocaine',
    ingredients: ['methyl salicylate', 'capsaicin', 'menthol', 'lidocaine'],
    brands: [b('Terocin', TOPICAL), b('LidoPro', TOPICAL)],
    drug_class: TA,
  },
];

// Ingredients met mostly in compounded creams.
const COMPOUND_INGREDIENTS: readonly Medication[] = [
  { generic: 'ketamine', brands: [b('Ketalar')], drug_class: 'other', topical_class: 'compound' },
  { generic: 'clonidine', brands: [b('Catapres')], drug_class: 'other', topical_class: 'compound' },
  { generic: 'dextromethorphan', drug_class: 'other', topical_class: 'compound' },
  { generic: 'bupivacaine', brands: [b('Marcaine')], drug_class: 'other' },
];

// Medical foods have no generic name: the product name serves as both.
const MEDICAL_FOODS: readonly Medication[] = [
  { generic: 'theramine', brands: [b('Theramine')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'sentra am', brands: [b('Sentra AM')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'sentra pm', brands: [b('Sentra PM')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'trepadone', brands: [b('Trepadone')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'gabadone', brands: [b('Gabadone')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'percura', brands: [b('Percura')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'somnicin', brands: [b('Somnicin')], drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'apptrim', brands: [b('AppTrim')], drug_class: 'other', dwc_group: 'Nutritional Products' },
];

const OTHERS: readonly Medication[] = [
  {
    generic: 'acetaminophen',
    names: ['apap', 'paracetamol'],
    brands: [b('Tylenol')],
    drug_class: 'other',
    dwc_group: 'Misc Analgesics',
  },
  { generic: 'caffeine', drug_class: 'other' },
  { generic: 'butalbital', drug_class: 'other', dwc_group: 'Misc Analgesics' },
  {
    generic: 'butalbital/acetaminophen/caffeine',
    ingredients: ['butalbital', 'acetaminophen', 'caffeine'],
    brands: [b('Fioricet'), b('Esgic')],
    drug_class: 'other',
    dwc_group: 'Misc Analgesics',
  },
  {
    generic: 'butalbital/aspirin/caffeine',
    ingredients: ['butalbital', 'aspirin', 'caffeine'],
    brands: [b('Fiorinal')],
    drug_class: 'other',
    dwc_group: 'Misc Analgesics',
  },
  { generic: 'naloxone', brands: [b('Narcan'), b('Evzio')], drug_class: 'other' },
  { generic: 'naltrexone', brands: [b('Revia'), b('Vivitrol')], drug_class: 'other' },
  { generic: 'sumatriptan', brands: [b('Imitrex')], drug_class: 'other' },
  { generic: 'rizatriptan', brands: [b('Maxalt')], drug_class: 'other' },
  { generic: 'zolmitriptan', brands: [b('Zomig')], drug_class: 'other' },
  {
    generic: 'testosterone',
    brands: [b('AndroGel'), b('Testim'), b('Axiron'), b('Depo-Testosterone')],
    drug_class: 'other',
    dwc_group: 'Hormones',
  },
  {
    generic: 'vitamin d',
    names: ['vit d', 'cholecalciferol', 'ergocalciferol'],
    drug_class: 'other',
    dwc_group: 'Nutritional Products',
  },
  {
    generic: 'cyanocobalamin',
    names: ['vitamin b12', 'vitamin b 12', 'b12', 'b 12', 'vit b12'],
    drug_class: 'other',
    dwc_group: 'Nutritional Products',
  },
  { generic: 'glucosamine', drug_class: 'other', dwc_group: 'Nutritional Products' },
  { generic: 'chondroitin', drug_class: 'other', dwc_group: 'Nutritional Products' },
  {
    generic: 'glucosamine/chondroitin',
    ingredients: ['glucosamine', 'chondroitin'],
    brands: [b('Cosamin'), b('Osteo Bi-Flex')],
    drug_class: 'other',
    dwc_group: 'Nutritional Products',
  },
  { generic: 'prednisone', brands: [b('Deltasone')], drug_class: 'other', dwc_group: 'Hormones' },
  {
    generic: 'methylprednisolone',
    brands: [b('Medrol'), b('Depo-Medrol'), b('Solu-Medrol')],
    drug_class: 'other',
    dwc_group: 'Hormones',
  },
  { generic: 'cortisone', drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'dexamethasone', brands: [b('Decadron')], drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'triamcinolone', brands: [b('Kenalog')], drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'betamethasone', brands: [b('Celestone')], drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'levothyroxine', brands: [b('Synthroid')], drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'estradiol', brands: [b('Estrace')], drug_class: 'other', dwc_group: 'Hormones' },
  { generic: 'hydroxyzine', brands: [b('Vistaril'), b('Atarax')], drug_class: 'other', dwc_group: 'Antihistamine' },
  { generic: 'cetirizine', brands: [b('Zyrtec')], drug_class: 'other', dwc_group: 'Antihistamine' },
  { generic: 'loratadine', brands: [b('Claritin')], drug_class: 'other', dwc_group: 'Antihistamine' },
  { generic: 'fexofenadine', brands: [b('Allegra')], drug_class: 'other', dwc_group: 'Antihistamine' },
  { generic: 'buspirone', brands: [b('BuSpar')], drug_class: 'other' },
  { generic: 'quetiapine', brands: [b('Seroquel')], drug_class: 'other' },
  { generic: 'aripiprazole', brands: [b('Abilify')], drug_class: 'other' },
  { generic: 'modafinil', brands: [b('Provigil')], drug_class: 'other', dwc_group: 'Stimulants' },
  { generic: 'armodafinil', brands: [b('Nuvigil')], drug_class: 'other', dwc_group: 'Stimulants' },
  { generic: 'methylphenidate', brands: [b('Ritalin'), b('Concerta', ER)], drug_class: 'other', dwc_group: 'Stimulants' },
  {
    generic: 'amphetamine',
    names: ['dextroamphetamine', 'amphetamine salts'],
    brands: [b('Adderall')],
    drug_class: 'other',
    dwc_group: 'Stimulants',
  },
  { generic: 'propranolol', brands: [b('Inderal')], drug_class: 'other' },
  { generic: 'sildenafil', brands: [b('Viagra')], drug_class: 'other', dwc_group: 'Impotence Agents' },
  { generic: 'tadalafil', brands: [b('Cialis')], drug_class: 'other', dwc_group: 'Impotence Agents' },
  { generic: 'vardenafil', brands: [b('Levitra')], drug_class: 'other', dwc_group: 'Impotence Agents' },
  { generic: 'ropinirole', brands: [b('Requip')], drug_class: 'other' },
  { generic: 'dronabinol', brands: [b('Marinol')], drug_class: 'other' },
  { generic: 'cannabis', names: ['medical marijuana', 'marijuana'], drug_class: 'other' },
  { generic: 'alendronate', brands: [b('Fosamax')], drug_class: 'other' },
  {
    generic: 'botulinum toxin',
    names: ['onabotulinumtoxina', 'botulinum'],
    brands: [b('Botox'), b('Dysport'), b('Myobloc')],
    drug_class: 'other',
    administered: 'injection',
  },
  {
    generic: 'hyaluronic acid',
    names: ['hyaluronan', 'sodium hyaluronate', 'hylan'],
    brands: [
      b('Synvisc', { aliases: ['synvisc one'] }),
      b('Supartz'),
      b('Euflexxa'),
      b('Orthovisc'),
      b('Hyalgan'),
      b('Monovisc'),
      b('Gel-One'),
    ],
    drug_class: 'other',
    administered: 'injection',
  },
];

export const MEDICATIONS: readonly Medication[] = [
  ...OPIOIDS,
  ...MUSCLE_RELAXANTS,
  ...NSAIDS,
  ...ANTICONVULSANTS,
  ...ANTIDEPRESSANTS,
  ...BENZODIAZEPINES,
  ...SLEEP,
  ...GASTRIC,
  ...TOPICALS,
  ...COMPOUND_INGREDIENTS,
  ...MEDICAL_FOODS,
  ...OTHERS,
];

/**
 * "Hydrocodone 10/325mg" names one ingredient but the second number is the acetaminophen
 * in the tablet: a reader expects hydrocodone/acetaminophen. When a single-ingredient item
 * has an N/M mg strength whose M is one of `partner_mg`, it is read as `combination`.
 */
export interface ImpliedCombination {
  generic: string;
  partner_mg: readonly number[];
  combination: string;
}

const APAP_MG = [300, 325, 500, 650, 660, 750];

export const IMPLIED_COMBINATIONS: readonly ImpliedCombination[] = [
  { generic: 'hydrocodone', partner_mg: APAP_MG, combination: 'hydrocodone/acetaminophen' },
  { generic: 'hydrocodone', partner_mg: [200], combination: 'hydrocodone/ibuprofen' },
  { generic: 'oxycodone', partner_mg: APAP_MG, combination: 'oxycodone/acetaminophen' },
  { generic: 'oxycodone', partner_mg: [400], combination: 'oxycodone/ibuprofen' },
  { generic: 'tramadol', partner_mg: [325], combination: 'tramadol/acetaminophen' },
  { generic: 'codeine', partner_mg: [300], combination: 'codeine/acetaminophen' },
];
