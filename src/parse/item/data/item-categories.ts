// Words that give a disputed item its category when it is not a drug. Matched
// as whole words, case-insensitively, punctuation ignored ("X-rays" = "x rays",
// "follow-up" = "follow up"). When an item holds words of several categories,
// the first category in CATEGORY_PRIORITY with a match wins: a psychological
// evaluation is psych, a surgical consultation an evaluation, an arthroscopy
// with an injection a surgery (see ../category.ts for where drugs fit in).
import type { Category } from '../../../domain/letter';

export type ServiceCategory = Exclude<Category, 'pharmaceutical' | 'other'>;

export const CATEGORY_PRIORITY: readonly ServiceCategory[] = [
  'psych',
  'program',
  'home_health',
  'evaluation',
  'surgery',
  'injection',
  'diagnostic',
  'dme',
  'physical_medicine',
];

export const CATEGORY_KEYWORDS: Readonly<Record<ServiceCategory, readonly string[]>> = {
  psych: [
    'psychotherapy', 'psychological', 'psychologist', 'psychology', 'psychiatric', 'psychiatrist', 'psychiatry',
    'psych', 'neuropsychological', 'neuropsych', 'cognitive behavioral', 'cognitive behavioural', 'cbt',
    'behavioral therapy', 'behavioural therapy', 'behavioral medicine', 'counseling', 'counselling', 'biofeedback',
    'hypnotherapy', 'hypnosis', 'mental health', 'relaxation training', 'group therapy', 'stress management',
  ],
  program: [
    'functional restoration', 'frp', 'chronic pain program', 'pain program', 'multidisciplinary pain',
    'interdisciplinary pain', 'hello program', 'work hardening', 'work conditioning', 'weight loss',
    'weight management', 'weight reduction', 'nutrition program', 'gym', 'gym membership', 'health club',
    'ymca', 'pool membership', 'detox', 'detoxification', 'rehabilitation program', 'inpatient rehabilitation',
    'residential', 'program',
  ],
  home_health: [
    'home health', 'home health care', 'home healthcare', 'home care', 'home health aide', 'home aide',
    'home nursing', 'nursing care', 'attendant care', 'caregiver', 'in home care', 'in home support',
    'housekeeping', 'homemaker', 'home assistance', 'personal care assistant', 'skilled nursing',
  ],
  evaluation: [
    'consultation', 'consultations', 'consult', 'consults', 'referral', 'referrals', 'refer', 'evaluation',
    'evaluations', 'evaluate', 'eval', 'reevaluation', 're evaluation', 'second opinion', 'office visit',
    'office visits', 'clinic visit', 'follow up', 'followup', 'follow ups', 'assessment', 'examination',
    'exam', 'clearance', 'specialist', 'fce', 'functional capacity', 'initial visit', 'new patient visit',
  ],
  surgery: [
    'surgery', 'surgeries', 'surgical', 'arthroscopy', 'arthroscopic', 'fusion', 'arthrodesis', 'laminectomy',
    'laminotomy', 'hemilaminectomy', 'discectomy', 'diskectomy', 'microdiscectomy', 'microdiskectomy',
    'foraminotomy', 'decompression', 'meniscectomy', 'menisectomy', 'meniscus repair', 'carpal tunnel release',
    'release', 'repair', 'reconstruction', 'arthroplasty', 'replacement', 'osteotomy', 'excision', 'debridement',
    'tenotomy', 'tenodesis', 'acromioplasty', 'synovectomy', 'chondroplasty', 'capsulotomy', 'capsulorrhaphy',
    'kyphoplasty', 'vertebroplasty', 'removal of hardware', 'hardware removal', 'implant', 'implantation',
    'spinal cord stimulator', 'dorsal column stimulator', 'intrathecal pump', 'pain pump implant',
    'manipulation under anesthesia', 'mua', 'amputation', 'transposition', 'neurolysis', 'assistant surgeon',
    'co surgeon', 'inpatient stay', 'inpatient hospital', 'hospital stay', 'length of stay', 'operation',
  ],
  injection: [
    'injection', 'injections', 'inject', 'injected', 'epidural', 'esi', 'tesi', 'nerve block', 'block', 'blocks',
    'trigger point', 'trigger points', 'tpi', 'tpis', 'radiofrequency', 'rfa', 'ablation', 'neurotomy',
    'rhizotomy', 'platelet rich plasma', 'prp', 'viscosupplementation', 'prolotherapy', 'shot', 'shots',
    'stellate ganglion', 'sympathetic block', 'infusion', 'infusions', 'iv therapy', 'intramuscular', 'im',
  ],
  diagnostic: [
    'mri', 'mris', 'mra', 'magnetic resonance', 'ct', 'ct scan', 'cat scan', 'computed tomography', 'x ray',
    'x rays', 'xray', 'xrays', 'radiograph', 'radiographs', 'radiography', 'ultrasound', 'sonogram',
    'bone scan', 'imaging', 'scan', 'emg', 'emgs', 'ncv', 'ncvs', 'ncs', 'nerve conduction', 'electromyography',
    'electromyogram', 'electrodiagnostic', 'ssep', 'urine drug', 'urine toxicology', 'drug screen',
    'drug screens', 'drug screening', 'drug test', 'drug testing', 'toxicology', 'uds', 'urinalysis', 'lab',
    'labs', 'laboratory', 'blood test', 'blood tests', 'blood work', 'bloodwork', 'cbc', 'cmp',
    'metabolic panel', 'genetic testing', 'genetic test', 'dna testing', 'cyp450', 'sleep study',
    'polysomnography', 'polysomnogram', 'discogram', 'discography', 'myelogram', 'arthrogram', 'dexa',
    'echocardiogram', 'ekg', 'ecg', 'eeg', 'vng', 'audiogram', 'fluoroscopy', 'diagnostic', 'testing',
  ],
  dme: [
    'tens', 'tens unit', 'interferential', 'if unit', 'ics', 'h wave', 'hwave', 'nmes', 'muscle stimulator',
    'electrical stimulation unit', 'ems unit', 'stimulator', 'bone growth stimulator', 'brace', 'braces',
    'bracing', 'orthosis', 'orthoses', 'orthotic', 'orthotics', 'splint', 'splints', 'walker', 'cane',
    'wheelchair', 'scooter', 'crutch', 'crutches', 'cold therapy', 'cryotherapy', 'cold unit', 'ice unit',
    'hot cold', 'hot and cold', 'heat unit', 'game ready', 'polar care', 'vascutherm', 'cpm',
    'continuous passive motion', 'hospital bed', 'bed', 'mattress', 'pillow', 'lift chair', 'shower chair',
    'chair', 'commode', 'toilet seat', 'grab bar', 'grab bars', 'traction', 'traction unit', 'dme',
    'durable medical equipment', 'pneumatic compression', 'compression device', 'compression garment',
    'compression stockings', 'insoles', 'shoe', 'shoes', 'lumbar support', 'back support', 'cervical collar',
    'collar', 'sling', 'kinesio tape', 'ice pack', 'heating pad', 'exercise kit', 'exercise equipment',
    'treadmill', 'stationary bike', 'exercise bike', 'hearing aid', 'hearing aids', 'cpap', 'glucometer',
    'theraband', 'dynasplint', 'unit', 'device', 'equipment', 'supplies',
  ],
  physical_medicine: [
    'physical therapy', 'pt', 'physiotherapy', 'physical medicine', 'chiropractic', 'chiropractor', 'chiro',
    'acupuncture', 'electroacupuncture', 'aquatic therapy', 'aqua therapy', 'pool therapy', 'water therapy',
    'occupational therapy', 'hand therapy', 'massage', 'massage therapy', 'myofascial release', 'manipulation',
    'manipulative', 'mobilization', 'therapeutic exercise', 'therapeutic exercises', 'exercise therapy',
    'rehabilitation', 'rehab', 'shockwave', 'eswt', 'extracorporeal shock wave', 'osteopathic', 'omt',
    'cupping', 'dry needling', 'ultrasound therapy', 'iontophoresis', 'therapy sessions',
  ],
};

/** Words that mark an item as a drug even when the table does not know its name. */
export const PHARMACEUTICAL_WORDS: readonly string[] = [
  'medication', 'medications', 'medicine', 'prescription', 'prescriptions', 'rx', 'refill', 'refills',
  'tablet', 'tablets', 'tab', 'tabs', 'capsule', 'capsules', 'cap', 'caps', 'pill', 'pills', 'cream',
  'creams', 'gel', 'ointment', 'lotion', 'patch', 'patches', 'compound', 'compounded', 'topical', 'drops',
  'solution', 'suppository', 'suppositories', 'lozenge', 'spray', 'syrup', 'elixir', 'softgel',
];

/** Services that belong to no category above. */
export const OTHER_SERVICE_WORDS: readonly string[] = [
  'transportation', 'transport', 'taxi', 'mileage', 'interpreter', 'interpreter services', 'translator',
  'translation', 'ambulance', 'copy service', 'records',
];
