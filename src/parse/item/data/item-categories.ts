// Words that give a disputed item its category and DWC subcategory when it is
// not a drug (spec, "Request categories"). Matched as whole words,
// case-insensitively, punctuation ignored ("X-rays" = "x rays", "E-stim" =
// "e stim"); where phrases overlap the longest wins ("cold therapy unit" is
// equipment, "manipulation under anesthesia" surgery, "pt ptt" a lab).
// How the words combine is decided in ../category.ts; this file holds words only.
import type { Category, SubcategoryOf } from '../../../domain/letter';

export type ServiceCategory = Exclude<Category, 'pharmaceutical' | 'other'>;

/** A category's subcategory, or null for a word that says only the category ("surgery", "psychiatric"). */
export interface ServiceWords<C extends ServiceCategory = ServiceCategory> {
  category: C;
  subcategory: SubcategoryOf<C> | null;
  words: readonly string[];
}

/**
 * When an item names services of several categories, the first category here
 * wins: a psychological evaluation is psych, an arthroscopy with an injection
 * a surgery, an injection with a consult an injection. An evaluation is last:
 * a consult is the request only when nothing more definite is named (and an
 * item that starts with one is read by `evaluationTarget`, see ../category.ts).
 */
export const CATEGORY_PRIORITY: readonly ServiceCategory[] = [
  'psych',
  'program',
  'home_health',
  'transportation',
  'surgery',
  'injection',
  'diagnostic',
  'dme',
  'physical_medicine',
  'evaluation',
];

const group = <C extends ServiceCategory>(
  category: C,
  subcategory: SubcategoryOf<C> | null,
  words: readonly string[],
): ServiceWords => ({ category, subcategory, words }) as ServiceWords;

export const SERVICE_WORDS: readonly ServiceWords[] = [
  group('psych', 'Therapies', [
    'psychotherapy', 'cognitive behavioral therapy', 'cognitive behavioural therapy', 'cognitive behavioral',
    'cognitive behavioural', 'cbt', 'behavioral therapy', 'behavioural therapy', 'counseling', 'counselling',
    'biofeedback', 'hypnotherapy', 'hypnosis', 'relaxation training', 'group therapy', 'stress management',
    'partial hospitalization', 'partial hospitalisation', 'individual therapy', 'family therapy',
  ]),
  group('psych', 'Evaluation & Management', [
    'psychological testing', 'psychological test', 'psychometric testing', 'neuropsychological testing',
    'neuropsychological evaluation', 'neuropsych testing', 'neuropsychological', 'neuropsych',
    'psychological evaluation', 'psychiatric evaluation', 'psych evaluation', 'psych eval', 'psychological assessment',
    'psychiatric consultation', 'psychiatric consult', 'psychological consultation', 'psych consultation',
    'psych consult',
  ]),
  // The field alone: Evaluation & Management when the item also says "evaluation", "visit"... (../category.ts).
  group('psych', null, [
    'psychological', 'psychologist', 'psychology', 'psychiatric', 'psychiatrist', 'psychiatry', 'psych',
    'mental health', 'behavioral medicine', 'behavioural medicine',
  ]),
  group('program', 'Programs', [
    'functional restoration', 'functional restoration program', 'frp', 'chronic pain program', 'pain program',
    'multidisciplinary pain', 'interdisciplinary pain', 'hello program', 'help program', 'work hardening',
    'work conditioning', 'weight loss', 'weight management', 'weight reduction', 'nutrition program', 'gym',
    'gym membership', 'health club', 'ymca', 'pool membership', 'detox', 'detoxification', 'rehabilitation program',
    'inpatient rehabilitation', 'inpatient rehab', 'acute rehabilitation', 'acute inpatient rehabilitation',
    'residential', 'program', 'skilled nursing facility', 'nursing facility', 'snf',
  ]),
  group('home_health', 'Home Health', [
    'home health', 'home health care', 'home healthcare', 'home care', 'home health aide', 'home aide',
    'home nursing', 'nursing care', 'attendant care', 'caregiver', 'in home care', 'in home support',
    'housekeeping', 'homemaker', 'home assistance', 'personal care assistant', 'skilled nursing',
    'home health services', 'in home services',
  ]),
  group('transportation', 'Transportation', [
    'transportation', 'transport', 'taxi', 'mileage', 'ambulance', 'medical transportation', 'travel',
  ]),
  group('surgery', 'Adjunct Surgical Services', [
    'assistant surgeon', 'surgical assistant',
    'assistant surgery', 'pa assist', 'pa assistant', 'co surgeon', 'medical clearance', 'surgical clearance',
    'cardiac clearance', 'clearance', 'inpatient stay', 'hospital stay', 'length of stay', 'overnight stay',
  ]),
  group('surgery', 'Arthroscopic Surgery', ['arthroscopy', 'arthroscopic', 'arthroscopically']),
  group('surgery', 'Spine', [
    'laminectomy', 'laminotomy', 'hemilaminectomy', 'discectomy', 'diskectomy', 'microdiscectomy',
    'microdiskectomy', 'foraminotomy', 'kyphoplasty', 'vertebroplasty', 'spinal fusion', 'lumbar fusion',
    'cervical fusion', 'thoracic fusion', 'interbody fusion', 'acdf', 'tlif', 'plif', 'alif', 'xlif',
    'corpectomy', 'disc replacement', 'disc arthroplasty', 'artificial disc', 'spinal cord stimulator',
    'dorsal column stimulator', 'spinal cord stimulation', 'scs', 'intrathecal pump', 'pain pump implant',
    'spine surgery', 'spinal surgery', 'lumbar decompression', 'cervical decompression', 'spinal decompression surgery',
    'si joint fusion', 'sacroiliac joint fusion',
  ]),
  group('surgery', 'Non-arthroscopic Surgery', [
    'fusion', 'arthrodesis', 'decompression', 'meniscectomy', 'menisectomy', 'meniscus repair',
    'carpal tunnel release', 'release', 'repair', 'reconstruction', 'arthroplasty', 'replacement', 'osteotomy',
    'excision', 'debridement', 'tenotomy', 'tenodesis', 'acromioplasty', 'synovectomy', 'chondroplasty',
    'capsulotomy', 'capsulorrhaphy', 'removal of hardware', 'hardware removal', 'implant', 'implantation',
    'manipulation under anesthesia', 'mua', 'amputation', 'transposition', 'neurolysis', 'operation',
    'open reduction', 'orif', 'internal fixation', 'ligation', 'resection', 'trigger finger release',
    'de quervain release', 'ganglion cyst excision', 'hernia repair', 'herniorrhaphy',
  ]),
  // The surgeon, not the operation: with an evaluation word, a surgical consult.
  group('surgery', null, [
    'surgery', 'surgeries', 'surgical', 'surgeon', 'surgeons', 'neurosurgeon', 'neurosurgical', 'neurosurgery',
  ]),
  group('injection', 'Facet Injection', [
    'facet', 'facets', 'facet joint', 'facet injection', 'facet injections', 'facet block', 'facet blocks',
    'medial branch', 'medial branch block', 'medial branch blocks', 'mbb', 'radiofrequency', 'rfa',
    'radiofrequency ablation', 'rhizotomy', 'neurotomy',
  ]),
  group('injection', 'Injection', [
    'injection', 'injections', 'inject', 'injected', 'epidural', 'esi', 'tesi', 'nerve block', 'block', 'blocks',
    'trigger point', 'trigger points', 'tpi', 'tpis', 'ablation', 'platelet rich plasma', 'prp',
    'viscosupplementation', 'prolotherapy', 'shot', 'shots', 'stellate ganglion', 'sympathetic block', 'infusion',
    'infusions', 'iv therapy', 'intramuscular', 'im',
  ]),
  group('diagnostic', 'EMG/NCV/NCS', [
    'emg', 'emgs', 'ncv', 'ncvs', 'ncs', 'nerve conduction', 'nerve conduction study', 'nerve conduction studies',
    'nerve conduction velocity', 'electromyography', 'electromyogram', 'electrodiagnostic',
    'electrodiagnostic studies', 'electrodiagnostic testing',
  ]),
  group('diagnostic', 'Lab & Pathology', [
    'urine drug', 'urine drug screen', 'urine drug test', 'urine drug testing', 'urine toxicology', 'drug screen',
    'drug screens', 'drug screening', 'drug test', 'drug testing', 'toxicology', 'uds', 'urinalysis', 'ua', 'lab',
    'labs', 'laboratory', 'lab work', 'blood test', 'blood tests', 'blood work', 'bloodwork', 'cbc', 'cmp', 'bmp',
    'metabolic panel', 'chem panel', 'chemistry panel', 'hepatic panel', 'liver function', 'lipid panel', 'pt ptt',
    'ptt', 'inr', 'hba1c', 'a1c', 'genetic testing', 'genetic test', 'dna testing', 'cyp450', 'pathology',
    'urine test', 'urine tests', 'serum',
  ]),
  group('diagnostic', 'Imaging/Radiology', [
    'mri', 'mris', 'mra', 'magnetic resonance', 'magnetic resonance imaging', 'ct', 'ct scan', 'cat scan',
    'computed tomography', 'x ray', 'x rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'radiography',
    'sonogram', 'bone scan', 'imaging', 'scan', 'myelogram', 'discogram', 'discography', 'arthrogram', 'dexa',
    'pet scan', 'fluoroscopy', 'diagnostic ultrasound', 'doppler', 'venous doppler',
  ]),
  group('diagnostic', 'Other Diagnostic Tests', [
    'ssep', 'sseps', 'somatosensory', 'eeg', 'ekg', 'ecg', 'electrocardiogram', 'echocardiogram', 'sleep study',
    'polysomnography', 'polysomnogram', 'vng', 'videonystagmography', 'audiogram', 'hearing test',
    'functional capacity evaluation', 'functional capacity', 'fce', 'grip strength', 'grip test',
    'range of motion testing', 'range of motion test', 'rom testing', 'computerized range of motion',
    'trigger point impedance imaging', 'tpii', 'holter', 'stress test', 'pulmonary function', 'pft', 'qst',
    'quantitative sensory testing', 'vestibular testing', 'thermography', 'actigraphy', 'diagnostic',
    'diagnostic testing', 'testing',
  ]),
  group('dme', 'Electrical Stimulation', [
    'tens', 'tens unit', 'interferential', 'interferential unit', 'if unit', 'ics', 'h wave', 'hwave', 'nmes',
    'muscle stimulator', 'electrical stimulation unit', 'ems unit', 'stimulator', 'bone growth stimulator',
    'bone stimulator', 'electrical stimulator', 'e stim unit', 'estim unit',
  ]),
  group('dme', 'Prosthetics/Orthotics', [
    'brace', 'braces', 'bracing', 'orthosis', 'orthoses', 'orthotic', 'orthotics', 'splint', 'splints', 'insoles',
    'insole', 'shoe inserts', 'prosthesis', 'prosthetic', 'prosthetics', 'cervical collar', 'collar',
    'lumbar support', 'back support', 'lso', 'tlso', 'afo', 'sling', 'ultrasling', 'shoe lift', 'heel lift',
    'knee support', 'wrist support',
  ]),
  group('dme', 'Supplies', [
    'supplies', 'electrodes', 'batteries', 'wipes', 'hygiene wipes', 'dressing', 'dressings', 'bandage', 'bandages',
    'gauze', 'kinesio tape', 'ice pack', 'ice packs', 'hot pack', 'hot packs', 'cold pack', 'cold packs',
    'heating pad', 'gel pad', 'gel pads', 'lead wires', 'conductive garment', 'catheters', 'diapers',
    'incontinence', 'gloves', 'leg wraps', 'wraps', 'hip pad', 'compression stockings', 'compression garment',
    'stockings',
  ]),
  group('dme', 'DME', [
    'walker', 'cane', 'wheelchair', 'scooter', 'crutch', 'crutches', 'cold therapy unit', 'game ready',
    'polar care', 'vascutherm', 'cpm', 'continuous passive motion', 'hospital bed', 'bed', 'mattress', 'pillow',
    'lift chair', 'shower chair', 'chair', 'commode', 'toilet seat', 'grab bar', 'grab bars', 'dme',
    'durable medical equipment', 'pneumatic compression', 'compression device', 'exercise kit',
    'exercise equipment', 'treadmill', 'stationary bike', 'exercise bike', 'hearing aid', 'hearing aids', 'cpap',
    'glucometer', 'theraband', 'dynasplint', 'workstation', 'sit stand', 'standing desk', 'ergonomic', 'desk',
    'recliner', 'cushion', 'seat cushion', 'reacher', 'tub bench', 'bath bench', 'ramp', 'stair lift', 'hot tub',
    'unit', 'device', 'equipment', 'machine',
  ]),
  group('physical_medicine', 'Chiropractic', [
    'chiropractic', 'chiropractor', 'chiropractors', 'chiro', 'chirophysio', 'chiropractic physiotherapy',
    'manipulation', 'manipulative', 'spinal manipulation', 'manipulations', 'adjustments', 'osteopathic manipulation',
    'omt',
  ]),
  group('physical_medicine', 'Acupuncture', ['acupuncture', 'electroacupuncture', 'electro acupuncture', 'acupuncturist']),
  group('physical_medicine', 'Physical Therapy/Occupational Therapy (PT/OT)', [
    'physical therapy', 'pt', 'physiotherapy', 'physical medicine', 'occupational therapy', 'ot', 'hand therapy',
    'aquatic therapy', 'aqua therapy', 'pool therapy', 'water therapy', 'therapeutic exercise',
    'therapeutic exercises', 'exercise therapy', 'rehabilitation', 'rehab', 'physical therapist',
    'occupational therapist', 'home exercise program', 'therapy sessions', 'post operative therapy',
    'postoperative therapy', 'pt ot',
  ]),
  // The spec: modalities given as therapy sessions are Other Therapies. Manual
  // therapy is here with myofascial release, the same billed service.
  group('physical_medicine', 'Other Therapies', [
    'massage', 'massage therapy', 'myofascial release', 'manual therapy', 'shockwave', 'shock wave', 'eswt',
    'extracorporeal shock wave', 'extracorporeal shockwave', 'iontophoresis', 'cupping', 'dry needling', 'paraffin',
    'paraffin bath', 'diathermy', 'laser therapy', 'cold laser', 'low level laser', 'whirlpool', 'fluidotherapy',
    'mobilization', 'soft tissue mobilization', 'therapeutic ultrasound', 'pulsed ultrasound', 'ultrasound therapy',
    'modalities',
  ]),
  group('evaluation', 'Medical Specialties', [
    'consultation', 'consultations', 'consult', 'consults', 'referral', 'referrals', 'refer', 'evaluation',
    'evaluations', 'evaluate', 'eval', 'reevaluation', 're evaluation', 're exam', 'reexam', 'second opinion',
    'office visit', 'office visits', 'clinic visit', 'follow up', 'followup', 'follow ups', 'assessment',
    'examination', 'exam', 'specialist', 'initial visit', 'new patient visit',
  ]),
  group('evaluation', 'Dental Services', [
    'dental', 'dentist', 'dentistry', 'teeth', 'tooth', 'crowns', 'periodontal', 'dental implants',
  ]),
];

/**
 * Treatments that are equipment, a therapy or a test depending on how the
 * item asks for them: with a device word ("unit", "rental") equipment, with a
 * session word ("2 times a week", "sessions") therapy, otherwise `alone`.
 */
export interface Modality {
  words: readonly string[];
  device: SubcategoryOf<'dme'>;
  alone: { category: 'diagnostic' | 'physical_medicine' | 'dme'; subcategory: string };
}

export const MODALITIES: readonly Modality[] = [
  {
    words: ['ultrasound', 'ultrasounds', 'ultra sound'],
    device: 'DME',
    alone: { category: 'diagnostic', subcategory: 'Imaging/Radiology' },
  },
  {
    words: [
      'electrical stimulation', 'electric stimulation', 'e stim', 'estim', 'electrical muscle stimulation', 'ems',
      'galvanic stimulation', 'microcurrent', 'electrotherapy', 'electrical therapy', 'muscle stimulation',
    ],
    device: 'Electrical Stimulation',
    alone: { category: 'physical_medicine', subcategory: 'Other Therapies' },
  },
  {
    words: ['traction', 'cervical traction', 'lumbar traction', 'mechanical traction'],
    device: 'DME',
    alone: { category: 'physical_medicine', subcategory: 'Other Therapies' },
  },
  {
    words: [
      'cold therapy', 'cryotherapy', 'hot cold', 'hot and cold', 'heat therapy', 'ice therapy', 'infrared',
      'infrared therapy', 'hot cold therapy', 'hot and cold therapy', 'thermotherapy', 'hot cold unit', 'cold unit',
      'ice unit', 'heat unit',
    ],
    device: 'DME',
    alone: { category: 'physical_medicine', subcategory: 'Other Therapies' },
  },
];

/** A modality asked for as equipment. */
export const DEVICE_WORDS: readonly string[] = [
  'unit', 'units', 'device', 'devices', 'machine', 'purchase', 'rental', 'rent', 'home unit', 'garment',
];

/**
 * A modality asked for as therapy sessions. Counts written as "2x6" or
 * "3 times" are recognised in ../category.ts.
 */
export const SESSION_WORDS: readonly string[] = [
  'session', 'sessions', 'visit', 'visits', 'treatment', 'treatments', 'times a week', 'times per week', 'per week',
  'weekly', 'therapy', 'therapies', 'therapeutic', 'pulsed',
];

/**
 * "Associated surgical service: X": X is part of an operation's request, an
 * adjunct surgical service whatever it is (spec), unless it is a drug.
 */
export const ASSOCIATED_SERVICE_WORDS: readonly string[] = [
  'associated surgical service', 'associated surgical services', 'associated service', 'associated services',
];

/** "Pre-op": with a test or a clearance, an adjunct surgical service (spec). */
export const PRE_OP_WORDS: readonly string[] = [
  'pre op', 'preop', 'pre operative', 'preoperative', 'pre surgical', 'presurgical', 'pre surgery',
];

/** Where an operation is on the spine: with a surgery word, the Spine subcategory. */
export const SPINE_SITE_WORDS: readonly string[] = [
  'spine', 'spinal', 'lumbar', 'lumbosacral', 'cervical', 'thoracic', 'sacroiliac', 'disc', 'disk', 'vertebral',
  'l1', 'l2', 'l3', 'l4', 'l5', 's1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 't12',
];

/** Words that mark an item as a drug even when the table does not know its name. */
export const PHARMACEUTICAL_WORDS: readonly string[] = [
  'medication', 'medications', 'medicine', 'prescription', 'prescriptions', 'rx', 'refill', 'refills',
  'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'cap', 'caps', 'pill', 'pills', 'cream',
  'creams', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'compound', 'compounded', 'topical', 'drops',
  'solution', 'suppository', 'suppositories', 'lozenge', 'spray', 'syrup', 'elixir', 'softgel', 'suspension',
  'oral suspension',
];

/** Services that belong to no DWC category. */
export const OTHER_SERVICE_WORDS: readonly string[] = [
  'interpreter', 'interpreter services', 'translator', 'translation', 'copy service', 'records',
];
