// Guideline names as they appear in "Decision based on ..." citations.
// Titles are stripped from the front of a citation to leave its section names;
// source names decide guideline.source. Keep spellings as the letters write
// them; matching ignores case and white space.

import type { GuidelineSource } from '../../domain/letter';

/** Titles that open a citation, before its sections. Longest match wins. */
export const GUIDELINE_TITLES: readonly string[] = [
  'California MTUS Chronic Pain Medical Treatment Guidelines',
  'California Chronic Pain Medical Treatment Guidelines',
  'MTUS Chronic Pain Medical Treatment Guidelines',
  'MTUS Chronic Pain Medical Treatment',
  'MTUS Chronic Pain Treatment Guidelines',
  'MTUS Chronic Pain Guidelines',
  'Chronic Pain Medical Treatment Guidelines',
  'Chronic Pain Treatment Guidelines',
  'MTUS Postsurgical Treatment Guidelines',
  'MTUS Acupuncture Medical Treatment Guidelines',
  'Acupuncture Medical Treatment Guidelines',
  'Postsurgical Treatment Guidelines',
  'MTUS ACOEM Practice Guidelines',
  'MTUS ACOEM Guidelines',
  'MTUS: ACOEM Practice Guidelines',
  'MTUS ACOEM',
  'ACOEM Practice Guidelines',
  'American College of Occupational and Environmental Medicine (ACOEM) Practice Guidelines',
  'American College of Occupational and Environmental Medicine Practice Guidelines',
  'American College of Occupational and Environmental Medicine',
  'MTUS/ACOEM Practice Guidelines',
  'ACOEM Occupational Medicine Practice Guidelines',
  'ACOEM Guidelines',
  'ACOEM',
  'California MTUS Guidelines',
  'California MTUS',
  'MTUS Guidelines',
  'MTUS',
  "Official Disability Guidelines (ODG) Treatment in Workers' Comp",
  "Official Disability Guidelines Treatment in Workers' Comp",
  "Official Disability Guidelines Treatment in Workers' Compensation",
  'Official Disability Guidelines (ODG)',
  'Official Disability Guidelines',
  "ODG Treatment in Workers' Comp",
  'ODG Guidelines',
  'ODG',
];

/**
 * ODG is organised by body-part chapters ("Pain (Chronic)", "Low Back"); when a
 * chapter follows the ODG title and more text follows it, the chapter is part
 * of the title, not a section.
 */
export const ODG_CHAPTERS: readonly string[] = [
  'Pain (Chronic)',
  'Pain',
  'Chronic Pain',
  'Low Back - Lumbar & Thoracic (Acute & Chronic)',
  'Low back, Lumbar & Thoracic (Acute & Chronic)',
  'Low Back (Thoracic and Lumbar, Acute and Chronic)',
  'Low Back Lumbar and Thoracic',
  'Low Back',
  'Neck and Upper Back (Acute & Chronic)',
  'Neck & Upper Back (Acute & Chronic)',
  'Neck and Upper Back',
  'Neck & Upper Back',
  'Knee & Leg (Acute & Chronic)',
  'Knee & Leg',
  'Knee and Leg',
  'Shoulder (Acute & Chronic)',
  'Shoulder',
  'Elbow (Acute & Chronic)',
  'Elbow',
  'Forearm, Wrist & Hand (Acute & Chronic)',
  'Forearm, Wrist & Hand',
  'Forearm, Wrist, and Hand',
  'Forearm, Wrist and Hand',
  'Carpal Tunnel Syndrome (Acute & Chronic)',
  'Carpal Tunnel Syndrome',
  'Hip & Pelvis (Acute & Chronic)',
  'Hip & Pelvis',
  'Hips & Pelvis',
  'Hernia',
  'Ankle & Foot (Acute & Chronic)',
  'Ankle & Foot',
  'Head (Trauma, headaches, etc., not including stress & mental disorders)',
  'Head',
  'Mental Illness & Stress',
  'Mental Illness and Stress',
];

/**
 * The chapters of ACOEM's third edition ("ACOEM Occupational Medicine Practice
 * Guidelines, 3rd ed., Low Back Disorders"): like an ODG chapter, part of the
 * document's name, not a section.
 */
export const ACOEM_CHAPTERS: readonly string[] = [
  'Low Back Disorders',
  'Cervical and Thoracic Spine Disorders',
  'Shoulder Disorders',
  'Elbow Disorders',
  'Hand, Wrist, and Forearm Disorders',
  'Hand, Wrist and Forearm Disorders',
  'Hip and Groin Disorders',
  'Knee Disorders',
  'Ankle and Foot Disorders',
  'Chronic Pain',
  'Opioids',
  'Eye Disorders',
  'Work-Related Asthma',
  'Traumatic Brain Injury',
];

/**
 * Names that make a citation count as a source. Checked in this order: the
 * spec gives ACOEM precedence over ODG, and both over MTUS ("MTUS ACOEM
 * Practice Guidelines" is ACOEM).
 */
export const GUIDELINE_SOURCE_NAMES: readonly { source: Exclude<GuidelineSource, 'Other'>; names: readonly string[] }[] = [
  { source: 'ACOEM', names: ['ACOEM', 'American College of Occupational and Environmental Medicine'] },
  { source: 'ODG', names: ['ODG', 'Official Disability Guidelines'] },
  {
    source: 'MTUS',
    // The Chronic Pain and Postsurgical guidelines are parts of the MTUS; 2013
    // letters often cite them without the acronym.
    names: [
      'MTUS',
      'Medical Treatment Utilization Schedule',
      'Chronic Pain Medical Treatment Guidelines',
      'Chronic Pain Treatment Guidelines',
      'Chronic Pain Medical Treatment',
      'Postsurgical Treatment Guidelines',
      'Acupuncture Medical Treatment Guidelines',
    ],
  },
];
