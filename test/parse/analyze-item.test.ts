// Item analysis against hand-written expectations: the generator's catalogue
// (written from the spec, never from this code) and the cases the spec calls
// out one by one.
import { describe, expect, it } from 'vitest';
import { analyzeItem } from '../../src/parse/item/analyze-item';
import type { ItemFacts } from '../../src/parse/item/analyze-item';
import { CATALOGUE } from '../fixtures/generator/catalogue';

const NONE: ItemFacts = {
  category: 'other',
  subcategory: null,
  medication: null,
  brand: null,
  strength: null,
  release: null,
  quantity: null,
  days_supply: null,
  drug_class: null,
};

// The DWC group of each class used below (spec, "Request categories").
const GROUP: Partial<Record<NonNullable<ItemFacts['drug_class']>, ItemFacts['subcategory']>> = {
  opioid: 'Opioids',
  nsaid: 'NSAID',
  anticonvulsant: 'Anti-epilepsy drugs',
  benzodiazepine: 'Benzodiazepine',
  'topical analgesic': 'Topical Analgesics',
  compound: 'Topical Compounds',
};

function drug(facts: Partial<ItemFacts>): ItemFacts {
  const subcategory = facts.drug_class ? (GROUP[facts.drug_class] ?? null) : null;
  return { ...NONE, category: 'pharmaceutical', subcategory, ...facts };
}

describe('analyzeItem over the fixture catalogue', () => {
  it.each(CATALOGUE.map((c) => [c.text, c.facts] as const))('%s', (text, facts) => {
    expect(analyzeItem(text)).toEqual(facts);
  });
});

describe('analyzeItem: spec readings', () => {
  it.each<[string, ItemFacts]>([
    // Brand-implied release, and the brand kept as the item writes it.
    ['OXYCONTIN 40mg #60', drug({ medication: 'oxycodone', brand: 'OXYCONTIN', strength: '40 mg', release: 'ER', quantity: 60, drug_class: 'opioid' })],
    ['Oxycotin 20mg #60', drug({ medication: 'oxycodone', brand: 'OxyContin', strength: '20 mg', release: 'ER', quantity: 60, drug_class: 'opioid' })],
    ['MS-Contin 15 mg #60', drug({ medication: 'morphine', brand: 'MS Contin', strength: '15 mg', release: 'ER', quantity: 60, drug_class: 'opioid' })],
    // Implied acetaminophen, with and without the unit.
    ['Hydrocodone 10/325mg #120', drug({ medication: 'hydrocodone/acetaminophen', strength: '10/325 mg', quantity: 120, drug_class: 'opioid' })],
    ['Norco 10/325 #90', drug({ medication: 'hydrocodone/acetaminophen', brand: 'Norco', strength: '10/325 mg', quantity: 90, drug_class: 'opioid' })],
    ['Norco 10mg/325mg #90', drug({ medication: 'hydrocodone/acetaminophen', brand: 'Norco', strength: '10/325 mg', quantity: 90, drug_class: 'opioid' })],
    ['Norco (hydrocodone/APAP) 5/325mg #60', drug({ medication: 'hydrocodone/acetaminophen', brand: 'Norco', strength: '5/325 mg', quantity: 60, drug_class: 'opioid' })],
    // "Tylenol #3" is the product, the second "#" the quantity.
    ['Tylenol #3 #60', drug({ medication: 'codeine/acetaminophen', brand: 'Tylenol with Codeine', quantity: 60, drug_class: 'opioid' })],
    // Salts go; decimals stay; commas and "Qty" decimals read as numbers.
    ['Naproxen sodium 550 mg Qty: 60.00', drug({ medication: 'naproxen', strength: '550 mg', quantity: 60, drug_class: 'nsaid' })],
    ['Clonazepam .5mg #30', drug({ medication: 'clonazepam', strength: '0.5 mg', quantity: 30, drug_class: 'benzodiazepine' })],
    ['Gabapentin 1,200mg quantity of 90', drug({ medication: 'gabapentin', strength: '1200 mg', quantity: 90, drug_class: 'anticonvulsant' })],
    ['Tramadol 50mg 30-day supply #120', drug({ medication: 'tramadol', strength: '50 mg', quantity: 120, days_supply: 30, drug_class: 'opioid' })],
    // Form decides the class: oral NSAID vs gel, a single drug compounded.
    ['Voltaren 75mg #60', drug({ medication: 'diclofenac', brand: 'Voltaren', strength: '75 mg', quantity: 60, drug_class: 'nsaid' })],
    // Ketoprofen has no commercial skin product: in a cream it is compounded.
    ['Ketoprofen 10% cream 120gm', drug({ medication: 'ketoprofen', drug_class: 'compound' })],
    ['Diclofenac 1% gel 100gm', drug({ medication: 'diclofenac', drug_class: 'topical analgesic' })],
    ['Gabapentin 10% cream', drug({ medication: 'gabapentin', drug_class: 'compound' })],
    ['Compounded ketoprofen cream', drug({ medication: 'ketoprofen', drug_class: 'compound' })],
    ['Flurbiprofen 20%/Lidocaine 5% cream 180gm', drug({ medication: 'flurbiprofen/lidocaine', drug_class: 'compound' })],
    ['Lidocaine/prilocaine cream', drug({ medication: 'lidocaine/prilocaine', drug_class: 'topical analgesic' })],
    ['Terocin lotion 120ml', drug({ medication: 'methyl salicylate/capsaicin/menthol/lidocaine', brand: 'Terocin', drug_class: 'topical analgesic' })],
    // Opioid patches stay opioids and carry no release.
    ['Duragesic 50mcg/hr #10', drug({ medication: 'fentanyl', brand: 'Duragesic', quantity: 10, drug_class: 'opioid' })],
    ['Fentanyl ER patch 25mcg #10', drug({ medication: 'fentanyl', quantity: 10, drug_class: 'opioid' })],
    // "extended release" is a release, not a surgical release.
    ['Tramadol extended release 100mg #30', drug({ medication: 'tramadol', strength: '100 mg', release: 'ER', quantity: 30, drug_class: 'opioid' })],
    ['Diclofenac DR 75mg #60', drug({ medication: 'diclofenac', strength: '75 mg', quantity: 60, drug_class: 'nsaid' })],
    // A drug the table does not know is still a drug; its name is not guessed.
    ['Lovaza 1000mg #120', drug({ strength: '1000 mg', quantity: 120 })],
    ['Unspecified compound cream', drug({ drug_class: 'compound' })],
  ])('%s', (text, facts) => {
    expect(analyzeItem(text)).toEqual(facts);
  });

  it.each<[string, ItemFacts['category'], ItemFacts['subcategory']]>([
    ['Toradol 60mg IM injection', 'injection', 'Injection'],
    ['Synvisc One right knee', 'injection', 'Injection'],
    ['Depo-Medrol injection to the right shoulder', 'injection', 'Injection'],
    ['Psychological testing', 'psych', 'Evaluation & Management'],
    ['Psychiatric follow-up visits x6', 'psych', 'Evaluation & Management'],
    ['Psychotherapy 6 sessions', 'psych', 'Therapies'],
    // A surgeon's consultation is a surgical consult; an operation is named, so no consult.
    ['Surgical consultation with a spine surgeon', 'surgery', 'Surgical Consult'],
    ['Lumbar fusion L4-5 with spine surgeon', 'surgery', 'Spine'],
    ['Physical therapy and Norco', 'physical_medicine', 'Physical Therapy/Occupational Therapy (PT/OT)'],
    ['Norco 10/325 #60 after knee arthroscopy', 'pharmaceutical', 'Opioids'],
    ['Post-op Norco 10/325 #60', 'pharmaceutical', 'Opioids'],
    ['Associated surgical service: Norco 10/325 #30', 'pharmaceutical', 'Opioids'],
    ['Associated surgical service: Cold therapy unit', 'surgery', 'Adjunct Surgical Services'],
    ['Associated surgical service: Labs - PT/PTT', 'surgery', 'Adjunct Surgical Services'],
    ['Preoperative EKG', 'surgery', 'Adjunct Surgical Services'],
    ['Pre-op chest x-ray', 'surgery', 'Adjunct Surgical Services'],
    ['PA assist for the right shoulder surgery', 'surgery', 'Adjunct Surgical Services'],
    ['Knee arthroscopy with cortisone injection', 'surgery', 'Arthroscopic Surgery'],
    ['Spinal cord stimulator trial', 'surgery', 'Spine'],
    ['Right total knee replacement', 'surgery', 'Non-arthroscopic Surgery'],
    ['Interferential unit rental', 'dme', 'Electrical Stimulation'],
    ['H-wave device', 'dme', 'Electrical Stimulation'],
    ['EMS/TENS unit', 'dme', 'Electrical Stimulation'],
    ['Home cervical traction unit', 'dme', 'DME'],
    ['Cervical traction 2 times a week for 4 weeks', 'physical_medicine', 'Other Therapies'],
    ['Pulsed Ultrasound 2 times a week for 4 weeks', 'physical_medicine', 'Other Therapies'],
    ['Ultrasound of the right shoulder', 'diagnostic', 'Imaging/Radiology'],
    ['Ultrasound guided injection right shoulder', 'injection', 'Injection'],
    ['Electrical Muscle Stimulation 2 times a week for 4 weeks', 'physical_medicine', 'Other Therapies'],
    ['Retrospective E-stim (DOS 12/29/16)', 'physical_medicine', 'Other Therapies'],
    ['Spinal manipulation therapy 2 times a week for 4 weeks', 'physical_medicine', 'Chiropractic'],
    ['Manipulation under anesthesia of the left shoulder', 'surgery', 'Non-arthroscopic Surgery'],
    ['Re-exam with chiropractor for the lumbar spine flare-up', 'physical_medicine', 'Chiropractic'],
    ['Chiro with modalities 2 times a week for 6 weeks', 'physical_medicine', 'Chiropractic'],
    ['Lumbar epidural steroid injection with pain interventionist consult', 'injection', 'Injection'],
    ['Radiofrequency ablation at L4-5', 'injection', 'Facet Injection'],
    ['Sleep study', 'diagnostic', 'Other Diagnostic Tests'],
    ['EKG', 'diagnostic', 'Other Diagnostic Tests'],
    ['Urinalysis', 'diagnostic', 'Lab & Pathology'],
    ['Work hardening 10 sessions', 'program', 'Programs'],
    ['Skilled nursing facility for 7 days', 'program', 'Programs'],
    ['Medical transportation to appointments', 'transportation', 'Transportation'],
    ['Dental crowns x3', 'evaluation', 'Dental Services'],
    ['Interpreter services', 'other', null],
    ['Emergency room visit', 'other', null],
    ['', 'other', null],
  ])('%s is %s / %s', (text, category, subcategory) => {
    const facts = analyzeItem(text);
    expect([facts.category, facts.subcategory]).toEqual([category, subcategory]);
    if (category !== 'pharmaceutical') expect(facts).toEqual({ ...NONE, category, subcategory });
  });

  it.each<[string, ItemFacts]>([
    // Branded compounding kits (spec): the kit is the brand; concentrations and volumes are neither strength nor quantity.
    ['Deprizine 15mg/ml oral suspension, 250ml', drug({ medication: 'ranitidine', brand: 'Deprizine', drug_class: 'h2 blocker', subcategory: 'H2 Blocker' })],
    ['Synapryn (10mg/1ml oral suspension) 500ml', drug({ medication: 'tramadol', brand: 'Synapryn', drug_class: 'opioid' })],
    ['Ketophene 20% cream, 167 grams', drug({ medication: 'ketoprofen', brand: 'Ketophene', drug_class: 'compound' })],
    ['Compound Ketoprofen 20%, 240 grams', drug({ medication: 'ketoprofen', drug_class: 'compound' })],
    ['Anecream cream 4% #30', drug({ medication: 'lidocaine', brand: 'Anecream', drug_class: 'topical analgesic' })],
    ['Salonpas pad #60', drug({ medication: 'methyl salicylate/menthol', brand: 'Salonpas', quantity: 60, drug_class: 'topical analgesic' })],
    ['Norco 7.5-325mg #60', drug({ medication: 'hydrocodone/acetaminophen', brand: 'Norco', strength: '7.5/325 mg', quantity: 60, drug_class: 'opioid' })],
    ['Oxycodone 5-10mg every 4 hours #120', drug({ medication: 'oxycodone', quantity: 120, drug_class: 'opioid' })],
    ['one month supply of Trezix capsule 30.5/30/16mg', drug({ medication: 'dihydrocodeine/acetaminophen/caffeine', brand: 'Trezix', drug_class: 'opioid' })],
    ['Fioricet #120', drug({ medication: 'butalbital/acetaminophen/caffeine', brand: 'Fioricet', quantity: 120, drug_class: 'other', subcategory: 'Misc Analgesics' })],
    ['Viagra 50mg', drug({ medication: 'sildenafil', brand: 'Viagra', strength: '50 mg', drug_class: 'other', subcategory: 'Impotence Agents' })],
    ['Lactulose 10g/15ml 473ml', drug({ medication: 'lactulose', drug_class: 'other', subcategory: 'GI Agents' })],
    ['Medrol dose pack', drug({ medication: 'methylprednisolone', brand: 'Medrol', drug_class: 'other', subcategory: 'Hormones' })],
    ['Nuvigil 150mg #30', drug({ medication: 'armodafinil', brand: 'Nuvigil', strength: '150 mg', quantity: 30, drug_class: 'other', subcategory: 'Stimulants' })],
    ['Zyrtec 10mg #30', drug({ medication: 'cetirizine', brand: 'Zyrtec', strength: '10 mg', quantity: 30, drug_class: 'other', subcategory: 'Antihistamine' })],
    ['Vitamin D 50,000 IU #12', drug({ medication: 'vitamin d', quantity: 12, drug_class: 'other', subcategory: 'Nutritional Products' })],
    ['Imitrex 50mg #9', drug({ medication: 'sumatriptan', brand: 'Imitrex', strength: '50 mg', quantity: 9, drug_class: 'other', subcategory: 'Other' })],
  ])('%s', (text, facts) => {
    expect(analyzeItem(text)).toEqual(facts);
  });
});
