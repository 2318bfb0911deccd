// Item analysis against hand-written expectations: the generator's catalogue
// (written from the spec, never from this code) and the cases the spec calls
// out one by one.
import { describe, expect, it } from 'vitest';
import { analyzeItem } from '../../src/parse/item/analyze-item';
import type { ItemFacts } from '../../src/parse/item/analyze-item';
import { CATALOGUE } from '../fixtures/generator/catalogue';

const NONE: ItemFacts = {
  category: 'other',
  medication: null,
  brand: null,
  strength: null,
  release: null,
  quantity: null,
  days_supply: null,
  drug_class: null,
};

function drug(facts: Partial<ItemFacts>): ItemFacts {
  return { ...NONE, category: 'pharmaceutical', ...facts };
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
    ['Ketoprofen 10% cream 120gm', drug({ medication: 'ketoprofen', drug_class: 'topical analgesic' })],
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

  it.each<[string, ItemFacts['category']]>([
    ['Toradol 60mg IM injection', 'injection'],
    ['Synvisc One right knee', 'injection'],
    ['Depo-Medrol injection to the right shoulder', 'injection'],
    ['Psychological testing', 'psych'],
    ['Surgical consultation with a spine surgeon', 'evaluation'],
    ['Physical therapy and Norco', 'physical_medicine'],
    ['Norco 10/325 #60 after knee arthroscopy', 'pharmaceutical'],
    ['Knee arthroscopy with cortisone injection', 'surgery'],
    ['Spinal cord stimulator trial', 'surgery'],
    ['Interferential unit rental', 'dme'],
    ['H-wave device', 'dme'],
    ['Sleep study', 'diagnostic'],
    ['Work hardening 10 sessions', 'program'],
    ['Interpreter services', 'other'],
    ['Emergency room visit', 'other'],
    ['', 'other'],
  ])('%s is %s', (text, category) => {
    const facts = analyzeItem(text);
    expect(facts.category).toBe(category);
    if (category !== 'pharmaceutical') expect(facts).toEqual({ ...NONE, category });
  });
});
