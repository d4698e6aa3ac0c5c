import type { CompetenceGroup, WorkSector } from '@werkbrug/domain-rules';

/**
 * The seeded competence taxonomy (Werkstap-style). A job-seeker's profile scores competences on
 * levels 1-5; a vacancy asks for a minimum level. Codes are stable keys: never reuse or rename a
 * code, add a new one and bump the version instead.
 */
export const COMPETENCE_TAXONOMY_VERSION = '2025.1';

/** Dutch descriptions of levels 1 to 5, in that order. */
export type LevelTexts = readonly [string, string, string, string, string];

interface CompetenceBase {
  /** Stable key, e.g. `WA_PUNCTUALITY`, `VOC_HOSP_DISHWASHING`, `CERT_DRIVING_B`. */
  readonly code: string;
  /** Dutch name as consultants and employers see it. */
  readonly label: string;
  /** One Dutch sentence (B1) saying what the competence is. */
  readonly description: string;
  /**
   * True when a gap of one or two levels can usually be closed on the job or with a short course
   * (weeks up to a few months); false when it takes a long training, or mostly depends on health.
   */
  readonly trainable: boolean;
  /** What levels 1-5 mean for this competence: its group's scale unless overridden. */
  readonly levels: LevelTexts;
}

export type CompetenceDefinition =
  | (CompetenceBase & { readonly group: 'VOCATIONAL'; readonly sector: WorkSector })
  | (CompetenceBase & {
      readonly group: Exclude<CompetenceGroup, 'VOCATIONAL'>;
      readonly sector: null;
    });

/**
 * The level scale each group shares. Level 1 is "not yet, or only with a lot of guidance",
 * level 5 is "independently, and can instruct others".
 *
 * Physical capacity is not something one instructs others in, so its level 5 means "without
 * limitation, also when the work is heavy".
 *
 * Certificates are (nearly) binary, so their scale describes where someone stands on the way to
 * a valid certificate: 1 not present, 2 enrolled, 3 in training or part of the exam passed,
 * 4 obtained but expired (a refresher is needed), 5 obtained and valid. A vacancy that needs the
 * certificate asks for level 5; asking for level 3 means "willing and already in training".
 * Diplomas that do not expire override level 4 (see DIPLOMA_LEVELS).
 */
export const GROUP_LEVELS: Readonly<Record<CompetenceGroup, LevelTexts>> = {
  WORK_ATTITUDE: [
    'Laat dit (nog) niet zien, ook niet met veel begeleiding en aansporing.',
    'Laat dit soms zien, met veel begeleiding en duidelijke afspraken.',
    'Laat dit meestal zien; heeft af en toe een herinnering of steuntje nodig.',
    'Laat dit zelfstandig en vast zien, ook als het druk is of als er iets verandert.',
    'Laat dit altijd zien, is hierin een voorbeeld voor collega’s en kan anderen hierin begeleiden.',
  ],
  SOCIAL: [
    'Lukt (nog) niet, ook niet met veel begeleiding.',
    'Lukt soms, in bekende situaties en met veel begeleiding.',
    'Lukt meestal, in bekende situaties; bij lastige situaties is soms hulp nodig.',
    'Lukt zelfstandig, ook in nieuwe of lastige situaties.',
    'Lukt altijd goed; kan collega’s hierin voordoen en helpen.',
  ],
  PHYSICAL: [
    'Kan dit (nog) niet, of alleen heel kort en met veel hulp.',
    'Kan dit kort, met hulpmiddelen of met extra pauzes.',
    'Kan dit ongeveer een dagdeel, met gewone pauzes.',
    'Kan dit een hele werkdag, met gewone pauzes.',
    'Kan dit zonder beperking, ook bij zwaar of druk werk en bij langere diensten.',
  ],
  COGNITIVE_LANGUAGE: [
    'Lukt (nog) niet, ook niet met hulp.',
    'Lukt bij eenvoudige, bekende taken, met hulp of met een voorbeeld.',
    'Lukt zelfstandig bij gewone taken; bij nieuwe of moeilijke taken is soms hulp nodig.',
    'Lukt zelfstandig, ook bij nieuwe of wat moeilijkere taken.',
    'Lukt zelfstandig en goed; kan anderen hierbij uitleg geven en helpen.',
  ],
  VOCATIONAL: [
    'Heeft dit nog niet gedaan of kan het nog niet; moet het nog leren.',
    'Kan dit onder directe begeleiding; heeft uitleg en toezicht nodig.',
    'Kan gewone taken zelfstandig; heeft af en toe controle of hulp nodig.',
    'Kan dit zelfstandig, in het gevraagde tempo en met goede kwaliteit.',
    'Beheerst dit helemaal en kan nieuwe collega’s inwerken en instrueren.',
  ],
  CERTIFICATE: [
    'Niet aanwezig.',
    'Niet aanwezig; wel aangemeld voor de opleiding of het examen.',
    'In opleiding, of een deel van het examen is gehaald.',
    'Behaald, maar verlopen; een herhaling of verlenging is nodig.',
    'Behaald en geldig.',
  ],
};

/** For diplomas that do not expire, level 4 means "almost finished". */
const DIPLOMA_LEVELS: LevelTexts = [
  'Niet aanwezig.',
  'Niet aanwezig; wel aangemeld voor de opleiding of het examen.',
  'Volgt de opleiding of bereidt zich voor op het examen.',
  'Bijna behaald: een deel van de examens is gehaald, nog niet alle onderdelen.',
  'Behaald.',
];

const DRIVING_LICENCE_LEVELS: LevelTexts = [
  'Niet aanwezig.',
  'Niet aanwezig; wel aangemeld voor rijlessen of het theorie-examen.',
  'Neemt rijlessen of heeft het theorie-examen gehaald.',
  'Behaald, maar het rijbewijs is verlopen en moet worden verlengd.',
  'Behaald en geldig.',
];

// Language levels follow the CEFR levels used in Dutch inburgering and NT2 (A1 to B2).
const DUTCH_SPEAKING_LEVELS: LevelTexts = [
  'Spreekt (nog) geen of bijna geen Nederlands.',
  'Kan met losse woorden en korte zinnen iets vragen of vertellen (ongeveer niveau A1).',
  'Kan in eenvoudige zinnen praten over bekende onderwerpen en het werk (ongeveer niveau A2).',
  'Praat vlot over het werk en dagelijkse zaken, ook met klanten (ongeveer niveau B1).',
  'Spreekt vloeiend en kan collega’s uitleg geven en instrueren (niveau B2 of hoger).',
];

const DUTCH_LISTENING_LEVELS: LevelTexts = [
  'Verstaat (nog) geen of bijna geen Nederlands.',
  'Verstaat losse woorden en korte zinnen als er langzaam wordt gesproken (ongeveer niveau A1).',
  'Verstaat eenvoudige uitleg over bekende onderwerpen als er rustig wordt gesproken (ongeveer niveau A2).',
  'Verstaat gewone gesprekken en werkinstructies zonder hulp (ongeveer niveau B1).',
  'Verstaat bijna alles, ook snelle gesprekken en overleggen (niveau B2 of hoger).',
];

const DUTCH_READING_LEVELS: LevelTexts = [
  'Kan (nog) geen Nederlands lezen.',
  'Leest losse woorden, namen en getallen, zoals op etiketten en bordjes (ongeveer niveau A1).',
  'Leest korte, eenvoudige teksten, zoals een rooster of een korte instructie (ongeveer niveau A2).',
  'Leest gewone teksten over het werk, zoals een werkinstructie of een e-mail (ongeveer niveau B1).',
  'Leest ook lange of moeilijke teksten, zoals een protocol of een contract (niveau B2 of hoger).',
];

const DUTCH_WRITING_LEVELS: LevelTexts = [
  'Kan (nog) niet in het Nederlands schrijven.',
  'Vult eigen gegevens en losse woorden in, zoals op een formulier (ongeveer niveau A1).',
  'Schrijft korte berichten en eenvoudige notities (ongeveer niveau A2).',
  'Schrijft een duidelijke e-mail of rapportage over het werk (ongeveer niveau B1).',
  'Schrijft helder en bijna zonder fouten, ook langere teksten (niveau B2 of hoger).',
];

interface CompetenceSeed {
  readonly code: string;
  readonly label: string;
  readonly description: string;
  readonly trainable: boolean;
  readonly levels?: LevelTexts;
}

function inGroup(
  group: Exclude<CompetenceGroup, 'VOCATIONAL'>,
  seeds: readonly CompetenceSeed[],
): CompetenceDefinition[] {
  return seeds.map((seed) => ({
    ...seed,
    group,
    sector: null,
    levels: seed.levels ?? GROUP_LEVELS[group],
  }));
}

function inSector(sector: WorkSector, seeds: readonly CompetenceSeed[]): CompetenceDefinition[] {
  return seeds.map((seed) => ({
    ...seed,
    group: 'VOCATIONAL',
    sector,
    levels: seed.levels ?? GROUP_LEVELS.VOCATIONAL,
  }));
}

const WORK_ATTITUDE = inGroup('WORK_ATTITUDE', [
  {
    code: 'WA_PUNCTUALITY',
    label: 'Op tijd komen',
    description:
      'Is op de afgesproken tijd op het werk en meldt zich op tijd af bij ziekte of verhindering.',
    trainable: true,
  },
  {
    code: 'WA_ATTENDANCE',
    label: 'Regelmatig aanwezig zijn',
    description: 'Is er op de afgesproken dagen en blijft niet zonder goede reden weg.',
    trainable: true,
  },
  {
    code: 'WA_RELIABILITY',
    label: 'Betrouwbaar zijn',
    description:
      'Doet wat is afgesproken en is eerlijk over fouten en over spullen van het bedrijf.',
    trainable: true,
  },
  {
    code: 'WA_MOTIVATION',
    label: 'Gemotiveerd zijn',
    description: 'Wil graag aan het werk en laat dat zien door inzet en interesse.',
    trainable: true,
  },
  {
    code: 'WA_PERSEVERANCE',
    label: 'Doorzetten',
    description: 'Blijft doorwerken, ook als het werk saai, zwaar of lastig is.',
    trainable: true,
  },
  {
    code: 'WA_ACCURACY',
    label: 'Nauwkeurig werken',
    description: 'Werkt zorgvuldig en controleert het eigen werk op fouten.',
    trainable: true,
  },
  {
    code: 'WA_WORK_PACE',
    label: 'Werktempo',
    description: 'Houdt een werktempo vol dat past bij wat het werk vraagt.',
    trainable: true,
  },
  {
    code: 'WA_FOLLOWING_INSTRUCTIONS',
    label: 'Instructies opvolgen',
    description: 'Voert opdrachten en werkinstructies uit zoals ze zijn afgesproken.',
    trainable: true,
  },
  {
    code: 'WA_ACCEPTING_AUTHORITY',
    label: 'Leiding accepteren',
    description: 'Accepteert dat een leidinggevende het werk verdeelt en aanwijzingen geeft.',
    trainable: true,
  },
  {
    code: 'WA_INDEPENDENCE',
    label: 'Zelfstandig werken',
    description: 'Maakt een taak zonder toezicht af en weet wanneer het tijd is om hulp te vragen.',
    trainable: true,
  },
  {
    code: 'WA_FLEXIBILITY',
    label: 'Flexibel zijn',
    description: 'Kan omgaan met veranderingen in taken, werktijden of werkplek.',
    trainable: true,
  },
  {
    code: 'WA_SAFETY_AWARENESS',
    label: 'Veilig werken',
    description:
      'Houdt zich aan de veiligheidsregels en gebruikt de voorgeschreven beschermingsmiddelen.',
    trainable: true,
  },
  {
    code: 'WA_HYGIENE_APPEARANCE',
    label: 'Verzorgd en hygiënisch werken',
    description: 'Komt verzorgd naar het werk en houdt zich aan de hygiëneregels van het bedrijf.',
    trainable: true,
  },
  {
    code: 'WA_WORK_PRESSURE',
    label: 'Omgaan met werkdruk',
    description: 'Blijft rustig en werkt door als het druk is of als er iets misgaat.',
    trainable: true,
  },
  {
    code: 'WA_WILLINGNESS_TO_LEARN',
    label: 'Willen leren',
    description: 'Staat open voor nieuwe taken en leert van uitleg en ervaring.',
    trainable: true,
  },
]);

const SOCIAL = inGroup('SOCIAL', [
  {
    code: 'SOC_COLLABORATION',
    label: 'Samenwerken',
    description: 'Werkt goed samen met collega’s en helpt mee waar het nodig is.',
    trainable: true,
  },
  {
    code: 'SOC_COMMUNICATION',
    label: 'Communiceren met collega’s',
    description: 'Vertelt duidelijk wat klaar is, wat er misging en wat er nodig is.',
    trainable: true,
  },
  {
    code: 'SOC_CUSTOMER_CONTACT',
    label: 'Omgaan met klanten',
    description: 'Is vriendelijk en correct tegen klanten, gasten of bezoekers.',
    trainable: true,
  },
  {
    code: 'SOC_ASKING_FOR_HELP',
    label: 'Om hulp vragen',
    description: 'Vraagt om uitleg of hulp als iets niet duidelijk is of niet lukt.',
    trainable: true,
  },
  {
    code: 'SOC_FEEDBACK',
    label: 'Omgaan met feedback',
    description: 'Luistert naar kritiek en tips en gebruikt die om beter te werken.',
    trainable: true,
  },
  {
    code: 'SOC_CONFLICTS',
    label: 'Omgaan met onenigheid',
    description: 'Blijft rustig bij onenigheid en zoekt samen met de ander naar een oplossing.',
    trainable: true,
  },
  {
    code: 'SOC_WORKPLACE_MANNERS',
    label: 'Omgangsvormen op het werk',
    description:
      'Houdt zich aan de gewoonten op de werkvloer, zoals groeten, afspraken nakomen en respect tonen.',
    trainable: true,
  },
  {
    code: 'SOC_DIVERSITY',
    label: 'Omgaan met verschillen',
    description:
      'Werkt met respect samen met mensen met een andere achtergrond, leeftijd of mening.',
    trainable: true,
  },
  {
    code: 'SOC_EMPATHY',
    label: 'Inleven in anderen',
    description: 'Merkt hoe een ander zich voelt en houdt daar rekening mee.',
    trainable: true,
  },
]);

const PHYSICAL = inGroup('PHYSICAL', [
  {
    code: 'PHY_STANDING',
    label: 'Lang staan',
    description: 'Kan een groot deel van de werkdag staand werken.',
    trainable: false,
  },
  {
    code: 'PHY_WALKING',
    label: 'Veel lopen',
    description: 'Kan een groot deel van de werkdag lopen, ook met spullen in de hand.',
    trainable: false,
  },
  {
    code: 'PHY_LIFTING',
    label: 'Tillen en dragen',
    description:
      'Kan dozen, kratten, zakken of andere lasten op een veilige manier tillen en dragen.',
    trainable: true,
  },
  {
    code: 'PHY_BENDING_REACHING',
    label: 'Bukken, knielen en reiken',
    description: 'Kan bukken, knielen, hurken en boven het hoofd reiken.',
    trainable: false,
  },
  {
    code: 'PHY_FINE_MOTOR',
    label: 'Precies werken met de handen',
    description:
      'Kan met de handen kleine en precieze handelingen doen, zoals sorteren of monteren.',
    trainable: true,
  },
  {
    code: 'PHY_REPETITIVE_WORK',
    label: 'Herhalend werk',
    description: 'Kan langere tijd dezelfde beweging of handeling herhalen.',
    trainable: false,
  },
  {
    code: 'PHY_STAMINA',
    label: 'Conditie',
    description: 'Houdt lichamelijk werk een hele dienst vol.',
    trainable: true,
  },
  {
    code: 'PHY_OUTDOOR_WORK',
    label: 'Buiten werken',
    description: 'Kan buiten werken bij kou, regen en warmte.',
    trainable: true,
  },
  {
    code: 'PHY_WORK_ENVIRONMENT',
    label: 'Werken bij lawaai, kou of geur',
    description: 'Kan werken in een ruimte met lawaai, kou (zoals een koelcel) of sterke geuren.',
    trainable: true,
  },
  {
    code: 'PHY_SHIFT_WORK',
    label: 'Wisselende werktijden',
    description: 'Kan vroeg, laat, in het weekend of in ploegendiensten werken.',
    trainable: false,
  },
]);

const COGNITIVE_LANGUAGE = inGroup('COGNITIVE_LANGUAGE', [
  {
    code: 'CL_DUTCH_SPEAKING',
    label: 'Nederlands spreken',
    description: 'Kan zich in het Nederlands verstaanbaar maken op het werk.',
    trainable: false,
    levels: DUTCH_SPEAKING_LEVELS,
  },
  {
    code: 'CL_DUTCH_LISTENING',
    label: 'Nederlands verstaan',
    description: 'Begrijpt wat collega’s, leidinggevenden en klanten in het Nederlands zeggen.',
    trainable: false,
    levels: DUTCH_LISTENING_LEVELS,
  },
  {
    code: 'CL_DUTCH_READING',
    label: 'Nederlands lezen',
    description:
      'Begrijpt Nederlandse teksten op het werk, zoals instructies, roosters en etiketten.',
    trainable: false,
    levels: DUTCH_READING_LEVELS,
  },
  {
    code: 'CL_DUTCH_WRITING',
    label: 'Nederlands schrijven',
    description:
      'Schrijft in het Nederlands wat nodig is op het werk, zoals een notitie of een bericht.',
    trainable: false,
    levels: DUTCH_WRITING_LEVELS,
  },
  {
    code: 'CL_ENGLISH',
    label: 'Engels',
    description:
      'Kan zich in het Engels verstaanbaar maken en eenvoudige Engelse teksten begrijpen.',
    trainable: false,
  },
  {
    code: 'CL_NUMERACY',
    label: 'Rekenen',
    description: 'Rekent met aantallen, gewichten, geld en tijd, zoals nodig is in het werk.',
    trainable: true,
  },
  {
    code: 'CL_DIGITAL_SKILLS',
    label: 'Digitale basisvaardigheden',
    description:
      'Werkt met een smartphone, tablet of computer, bijvoorbeeld om in te loggen, een app te gebruiken of e-mail te lezen.',
    trainable: true,
  },
  {
    code: 'CL_PLANNING',
    label: 'Plannen en organiseren',
    description: 'Zet de eigen taken in een logische volgorde en maakt ze op tijd af.',
    trainable: true,
  },
  {
    code: 'CL_PROBLEM_SOLVING',
    label: 'Problemen oplossen',
    description: 'Ziet wanneer iets niet goed gaat en bedenkt een oplossing of schakelt hulp in.',
    trainable: true,
  },
  {
    code: 'CL_CONCENTRATION',
    label: 'Concentratie',
    description: 'Houdt de aandacht langere tijd bij het werk, ook als er afleiding is.',
    trainable: false,
  },
  {
    code: 'CL_REMEMBERING_INSTRUCTIONS',
    label: 'Instructies onthouden',
    description: 'Onthoudt uitleg en werkafspraken en past die later zelf toe.',
    trainable: true,
  },
  {
    code: 'CL_MULTI_STEP_TASKS',
    label: 'Taken met meerdere stappen',
    description: 'Voert een taak uit die uit meerdere stappen bestaat, in de goede volgorde.',
    trainable: true,
  },
  {
    code: 'CL_VISUAL_INSTRUCTIONS',
    label: 'Werken met pictogrammen en tekeningen',
    description: 'Begrijpt pictogrammen, schema’s en werkinstructies met plaatjes.',
    trainable: true,
  },
]);

const VOCATIONAL: readonly CompetenceDefinition[] = [
  ...inSector('HOSPITALITY', [
    {
      code: 'VOC_HOSP_DISHWASHING',
      label: 'Afwassen en spoelkeuken',
      description: 'Vult en leegt de vaatwasser, wast pannen af en houdt de spoelkeuken schoon.',
      trainable: true,
    },
    {
      code: 'VOC_HOSP_FOOD_PREPARATION',
      label: 'Eten voorbereiden',
      description: 'Snijdt groente, verdeelt porties en zet ingrediënten klaar volgens recept.',
      trainable: true,
    },
    {
      code: 'VOC_HOSP_COOKING',
      label: 'Eenvoudige gerechten maken',
      description: 'Maakt eenvoudige warme en koude gerechten volgens recept.',
      trainable: true,
    },
    {
      code: 'VOC_HOSP_SERVING',
      label: 'Bedienen',
      description: 'Neemt bestellingen op, serveert eten en drinken en ruimt tafels af.',
      trainable: true,
    },
    {
      code: 'VOC_HOSP_BAR',
      label: 'Bar en koffie',
      description: 'Schenkt drankjes, zet koffie en houdt de bar schoon.',
      trainable: true,
    },
    {
      code: 'VOC_HOSP_HOUSEKEEPING',
      label: 'Hotelkamers opmaken',
      description: 'Maakt hotelkamers schoon, verschoont de bedden en vult voorraden aan.',
      trainable: true,
    },
  ]),
  ...inSector('CLEANING', [
    {
      code: 'VOC_CLEAN_OFFICE',
      label: 'Kantoren schoonmaken',
      description: 'Maakt kantoren, pantry’s en vergaderruimtes schoon volgens een werkprogramma.',
      trainable: true,
    },
    {
      code: 'VOC_CLEAN_SANITARY',
      label: 'Sanitair schoonmaken',
      description: 'Maakt toiletten en douches hygiënisch schoon en vult zeep en papier aan.',
      trainable: true,
    },
    {
      code: 'VOC_CLEAN_FLOOR_MACHINES',
      label: 'Werken met schoonmaakmachines',
      description:
        'Werkt met een schrob-zuigmachine, een industriële stofzuiger of een boenmachine.',
      trainable: true,
    },
    {
      code: 'VOC_CLEAN_AGENTS',
      label: 'Schoonmaakmiddelen gebruiken',
      description: 'Kiest het juiste middel, doseert het goed en werkt volgens de kleurcodes.',
      trainable: true,
    },
    {
      code: 'VOC_CLEAN_WINDOWS',
      label: 'Glas wassen',
      description: 'Wast ramen en glas zonder strepen, ook op hoogte met de juiste hulpmiddelen.',
      trainable: true,
    },
    {
      code: 'VOC_CLEAN_HEALTHCARE',
      label: 'Schoonmaken in de zorg',
      description:
        'Maakt schoon in een ziekenhuis of zorginstelling volgens de hygiëneprotocollen.',
      trainable: true,
    },
  ]),
  ...inSector('LOGISTICS', [
    {
      code: 'VOC_LOG_ORDER_PICKING',
      label: 'Orderpicken',
      description: 'Verzamelt producten in het magazijn aan de hand van een picklijst of scanner.',
      trainable: true,
    },
    {
      code: 'VOC_LOG_PACKING',
      label: 'Inpakken en verzendklaar maken',
      description: 'Pakt producten in, plakt etiketten en maakt zendingen klaar voor vervoer.',
      trainable: true,
    },
    {
      code: 'VOC_LOG_RECEIVING',
      label: 'Goederen ontvangen',
      description: 'Controleert binnenkomende goederen op aantal en schade en boekt ze in.',
      trainable: true,
    },
    {
      code: 'VOC_LOG_HAND_SCANNER',
      label: 'Werken met een handscanner',
      description: 'Gebruikt een handscanner of het magazijnsysteem om goederen te registreren.',
      trainable: true,
    },
    {
      code: 'VOC_LOG_PALLET_JACK',
      label: 'Werken met een palletwagen',
      description:
        'Verplaatst pallets veilig met een handpalletwagen of een elektrische palletwagen.',
      trainable: true,
    },
    {
      code: 'VOC_LOG_DELIVERY',
      label: 'Bezorgen',
      description:
        'Bezorgt pakketten of goederen op het goede adres en laat de ontvangst aftekenen.',
      trainable: true,
    },
  ]),
  ...inSector('PRODUCTION', [
    {
      code: 'VOC_PROD_ASSEMBLY',
      label: 'Eenvoudige montage',
      description: 'Zet onderdelen in elkaar volgens een tekening of een voorbeeld.',
      trainable: true,
    },
    {
      code: 'VOC_PROD_MACHINE_OPERATION',
      label: 'Machine bedienen',
      description: 'Bedient een productiemachine, vult materiaal bij en meldt storingen.',
      trainable: true,
    },
    {
      code: 'VOC_PROD_QUALITY_CHECK',
      label: 'Kwaliteit controleren',
      description: 'Controleert producten op fouten en haalt afgekeurde producten eruit.',
      trainable: true,
    },
    {
      code: 'VOC_PROD_PRODUCTION_LINE',
      label: 'Werken aan een productielijn',
      description: 'Doet een vaste taak aan een productielijn in het tempo van de lijn.',
      trainable: true,
    },
    {
      code: 'VOC_PROD_METALWORK',
      label: 'Eenvoudige metaalbewerking',
      description: 'Zaagt, boort of slijpt metaal volgens een tekening.',
      trainable: true,
    },
    {
      code: 'VOC_PROD_FOOD_PROCESSING',
      label: 'Werken in de voedingsindustrie',
      description:
        'Verwerkt of verpakt voedingsmiddelen volgens de regels voor hygiëne en voedselveiligheid.',
      trainable: true,
    },
  ]),
  ...inSector('GREEN', [
    {
      code: 'VOC_GREEN_MAINTENANCE',
      label: 'Groenonderhoud',
      description: 'Wiedt, schoffelt en snoeit in plantsoenen, parken en tuinen.',
      trainable: true,
    },
    {
      code: 'VOC_GREEN_MOWING',
      label: 'Maaien en bladblazen',
      description: 'Werkt veilig met een grasmaaier, bosmaaier of bladblazer.',
      trainable: true,
    },
    {
      code: 'VOC_GREEN_PLANTING',
      label: 'Planten en zaaien',
      description: 'Plant bomen, struiken en planten en zorgt dat ze goed aanslaan.',
      trainable: true,
    },
    {
      code: 'VOC_GREEN_GREENHOUSE',
      label: 'Werken in de kas',
      description: 'Doet teeltwerk in de kas, zoals oogsten, stekken, toppen en sorteren.',
      trainable: true,
    },
    {
      code: 'VOC_GREEN_LITTER',
      label: 'Openbare ruimte schoonhouden',
      description: 'Ruimt zwerfafval op en houdt straten, pleinen en parken schoon.',
      trainable: true,
    },
    {
      code: 'VOC_GREEN_ANIMAL_CARE',
      label: 'Dieren verzorgen',
      description: 'Geeft dieren eten en drinken en houdt hokken of stallen schoon.',
      trainable: true,
    },
  ]),
  ...inSector('RETAIL', [
    {
      code: 'VOC_RETAIL_SHELF_STOCKING',
      label: 'Vakkenvullen',
      description: 'Vult schappen aan, let op de houdbaarheid en zet producten netjes naar voren.',
      trainable: true,
    },
    {
      code: 'VOC_RETAIL_CHECKOUT',
      label: 'Afrekenen aan de kassa',
      description: 'Rekent af met klanten, met pin en contant geld, en sluit de kassa goed af.',
      trainable: true,
    },
    {
      code: 'VOC_RETAIL_CUSTOMER_SERVICE',
      label: 'Klanten helpen',
      description: 'Helpt klanten een product te vinden en geeft eenvoudig advies.',
      trainable: true,
    },
    {
      code: 'VOC_RETAIL_STORE_PRESENTATION',
      label: 'Winkel netjes houden',
      description: 'Houdt de winkel opgeruimd en richt schappen en presentaties in.',
      trainable: true,
    },
    {
      code: 'VOC_RETAIL_FRESH_DEPARTMENT',
      label: 'Werken op de versafdeling',
      description:
        'Werkt op een versafdeling, zoals brood, groente of vleeswaren, volgens de hygiëneregels.',
      trainable: true,
    },
  ]),
  ...inSector('CARE', [
    {
      code: 'VOC_CARE_HOUSEHOLD_HELP',
      label: 'Huishoudelijke hulp',
      description:
        'Doet huishoudelijk werk bij mensen thuis, zoals schoonmaken, wassen en boodschappen doen.',
      trainable: true,
    },
    {
      code: 'VOC_CARE_ACTIVITIES',
      label: 'Helpen bij activiteiten',
      description:
        'Helpt bij dagbesteding of activiteiten voor ouderen of mensen met een beperking.',
      trainable: true,
    },
    {
      code: 'VOC_CARE_HOST',
      label: 'Gastvrouw of gastheer in de zorg',
      description: 'Zorgt op een afdeling voor koffie, maaltijden en een gezellige sfeer.',
      trainable: true,
    },
    {
      code: 'VOC_CARE_BASIC_CARE',
      label: 'Eenvoudige zorgtaken',
      description:
        'Helpt bewoners bij eten, drinken of verplaatsen, onder verantwoordelijkheid van een zorgverlener.',
      trainable: true,
    },
    {
      code: 'VOC_CARE_CHILDCARE_ASSISTANCE',
      label: 'Helpen in de kinderopvang',
      description: 'Helpt in de kinderopvang of op school bij verzorgen, spelen en opruimen.',
      trainable: true,
    },
  ]),
  ...inSector('ADMIN', [
    {
      code: 'VOC_ADMIN_DATA_ENTRY',
      label: 'Gegevens invoeren',
      description: 'Voert gegevens nauwkeurig in een computersysteem in.',
      trainable: true,
    },
    {
      code: 'VOC_ADMIN_MAIL_ARCHIVE',
      label: 'Post en archief',
      description: 'Sorteert post, scant documenten en archiveert ze op de goede plek.',
      trainable: true,
    },
    {
      code: 'VOC_ADMIN_RECEPTION',
      label: 'Receptie en telefoon',
      description: 'Ontvangt bezoekers, neemt de telefoon aan en verbindt door.',
      trainable: true,
    },
    {
      code: 'VOC_ADMIN_OFFICE_SOFTWARE',
      label: 'Werken met kantoorprogramma’s',
      description: 'Werkt met een tekstverwerker, een rekenblad en e-mail voor eenvoudige taken.',
      trainable: true,
    },
    {
      code: 'VOC_ADMIN_BOOKKEEPING',
      label: 'Eenvoudige financiële administratie',
      description: 'Verwerkt facturen en bonnetjes en controleert of de bedragen kloppen.',
      trainable: true,
    },
  ]),
  ...inSector('ICT', [
    {
      code: 'VOC_ICT_HELPDESK',
      label: 'Helpdesk',
      description: 'Helpt gebruikers met eenvoudige vragen over computers en legt meldingen vast.',
      trainable: true,
    },
    {
      code: 'VOC_ICT_HARDWARE',
      label: 'Computers installeren en repareren',
      description: 'Installeert computers en randapparatuur en vervangt onderdelen.',
      trainable: true,
    },
    {
      code: 'VOC_ICT_REFURBISHING',
      label: 'Apparaten klaarmaken voor hergebruik',
      description:
        'Maakt gebruikte laptops en telefoons klaar voor hergebruik en wist de gegevens veilig.',
      trainable: true,
    },
    {
      code: 'VOC_ICT_SOFTWARE_TESTING',
      label: 'Software testen',
      description: 'Test software volgens een testscript en legt gevonden fouten duidelijk vast.',
      trainable: true,
    },
    {
      code: 'VOC_ICT_DATA_QUALITY',
      label: 'Gegevens controleren en opschonen',
      description: 'Controleert bestanden op fouten en dubbele gegevens en verbetert die.',
      trainable: true,
    },
    {
      code: 'VOC_ICT_PROGRAMMING',
      label: 'Programmeren',
      description: 'Schrijft of verandert eenvoudige programma’s of scripts.',
      trainable: false,
    },
  ]),
  ...inSector('CONSTRUCTION', [
    {
      code: 'VOC_CONSTR_SITE_ASSISTANCE',
      label: 'Hulp op de bouwplaats',
      description:
        'Helpt vakmensen met sjouwen, sloopwerk en het opgeruimd houden van de bouwplaats.',
      trainable: true,
    },
    {
      code: 'VOC_CONSTR_PAVING',
      label: 'Bestraten',
      description: 'Maakt het zandbed vlak en legt tegels en klinkers in het goede patroon.',
      trainable: true,
    },
    {
      code: 'VOC_CONSTR_PAINTING',
      label: 'Schilderen',
      description: 'Maakt oppervlakken schoon, schuurt ze en schildert binnen of buiten.',
      trainable: true,
    },
    {
      code: 'VOC_CONSTR_CARPENTRY',
      label: 'Timmeren',
      description: 'Meet, zaagt en timmert eenvoudige houten constructies.',
      trainable: true,
    },
    {
      code: 'VOC_CONSTR_POWER_TOOLS',
      label: 'Werken met gereedschap',
      description:
        'Gebruikt handgereedschap en elektrisch gereedschap, zoals een boormachine en een zaag, veilig en goed.',
      trainable: true,
    },
    {
      code: 'VOC_CONSTR_INSTALLATION_ASSISTANCE',
      label: 'Helpen bij installatiewerk',
      description: 'Helpt een monteur bij leidingwerk, elektra of het plaatsen van zonnepanelen.',
      trainable: true,
    },
  ]),
];

const CERTIFICATE = inGroup('CERTIFICATE', [
  {
    code: 'CERT_DRIVING_AM',
    label: 'Rijbewijs AM (bromfiets)',
    description: 'Rijbewijs om op een bromfiets, snorfiets of scooter te rijden.',
    trainable: true,
    levels: DRIVING_LICENCE_LEVELS,
  },
  {
    code: 'CERT_DRIVING_B',
    label: 'Rijbewijs B',
    description: 'Rijbewijs om in een personenauto of een kleine bestelbus te rijden.',
    trainable: false,
    levels: DRIVING_LICENCE_LEVELS,
  },
  {
    code: 'CERT_DRIVING_C',
    label: 'Rijbewijs C',
    description: 'Rijbewijs om in een vrachtwagen te rijden.',
    trainable: false,
    levels: DRIVING_LICENCE_LEVELS,
  },
  {
    code: 'CERT_CODE_95',
    label: 'Code 95',
    description:
      'Bewijs van vakbekwaamheid dat nodig is om beroepsmatig in een vrachtwagen of bus te rijden.',
    trainable: false,
  },
  {
    code: 'CERT_FORKLIFT',
    label: 'Heftruckcertificaat',
    description:
      'Bewijs dat iemand een cursus heftruck rijden heeft gevolgd en veilig met een heftruck kan werken.',
    trainable: true,
  },
  {
    code: 'CERT_REACH_TRUCK',
    label: 'Reachtruckcertificaat',
    description:
      'Bewijs dat iemand veilig met een reachtruck kan werken, bijvoorbeeld in hoge stellingen.',
    trainable: true,
  },
  {
    code: 'CERT_VCA_BASIC',
    label: 'VCA Basis',
    description:
      'Diploma veiligheid voor medewerkers die werken op plaatsen met veel risico’s, zoals in de bouw.',
    trainable: true,
  },
  {
    code: 'CERT_VCA_VOL',
    label: 'VCA VOL',
    description:
      'Diploma veiligheid voor leidinggevenden en zzp’ers op plaatsen met veel risico’s.',
    trainable: true,
  },
  {
    code: 'CERT_HACCP',
    label: 'HACCP / hygiënecode',
    description: 'Bewijs dat iemand de regels kent voor hygiënisch en veilig werken met voedsel.',
    trainable: true,
  },
  {
    code: 'CERT_SOCIAL_HYGIENE',
    label: 'Sociale Hygiëne',
    description:
      'Diploma dat in de horeca nodig is om leidinggevende te zijn in een zaak waar alcohol wordt geschonken.',
    trainable: true,
  },
  {
    code: 'CERT_BHV',
    label: 'BHV (bedrijfshulpverlening)',
    description: 'Bewijs dat iemand op het werk kan helpen bij brand, ongelukken en ontruimen.',
    trainable: true,
  },
  {
    code: 'CERT_FIRST_AID',
    label: 'EHBO',
    description: 'Diploma eerste hulp bij ongelukken.',
    trainable: true,
  },
  {
    code: 'CERT_TRAFFIC_CONTROLLER',
    label: 'Verkeersregelaar',
    description:
      'Bewijs dat iemand als verkeersregelaar het verkeer mag regelen, bijvoorbeeld bij evenementen of wegwerkzaamheden.',
    trainable: true,
  },
  {
    code: 'CERT_CHAINSAW',
    label: 'Certificaat motorkettingzaag',
    description: 'Bewijs dat iemand veilig met een kettingzaag kan werken.',
    trainable: true,
  },
  {
    code: 'CERT_CROP_PROTECTION',
    label: 'Vakbekwaamheid gewasbescherming',
    description:
      'Licentie om gewasbeschermingsmiddelen te gebruiken, bijvoorbeeld in het groen of in de kas.',
    trainable: true,
  },
  {
    code: 'CERT_PRACTICAL_STATEMENT',
    label: 'Praktijkverklaring mbo',
    description:
      'Verklaring van een mbo-school over wat iemand in de praktijk kan, vaak gehaald op een leerwerkplek.',
    trainable: true,
    levels: DIPLOMA_LEVELS,
  },
  {
    code: 'CERT_MBO_ENTRY',
    label: 'Entreediploma (mbo niveau 1)',
    description: 'Diploma van de entreeopleiding van het mbo, de opstap naar een vakopleiding.',
    trainable: false,
    levels: DIPLOMA_LEVELS,
  },
  {
    code: 'CERT_STARTING_QUALIFICATION',
    label: 'Startkwalificatie',
    description: 'Een diploma havo, vwo of mbo niveau 2 of hoger.',
    trainable: false,
    levels: DIPLOMA_LEVELS,
  },
  {
    code: 'CERT_CIVIC_INTEGRATION',
    label: 'Inburgeringsdiploma',
    description: 'Diploma dat laat zien dat iemand het inburgeringsexamen heeft gehaald.',
    trainable: false,
    levels: DIPLOMA_LEVELS,
  },
  {
    code: 'CERT_NT2_B1',
    label: 'Staatsexamen NT2 programma I (B1)',
    description:
      'Diploma Nederlands als tweede taal op niveau B1, genoeg voor veel praktisch werk en een mbo-opleiding.',
    trainable: false,
    levels: DIPLOMA_LEVELS,
  },
  {
    code: 'CERT_NT2_B2',
    label: 'Staatsexamen NT2 programma II (B2)',
    description:
      'Diploma Nederlands als tweede taal op niveau B2, genoeg voor werk of studie op hbo- of wo-niveau.',
    trainable: false,
    levels: DIPLOMA_LEVELS,
  },
]);

/** The whole taxonomy, grouped in the order of COMPETENCE_GROUPS. */
export const COMPETENCES: readonly CompetenceDefinition[] = [
  ...WORK_ATTITUDE,
  ...SOCIAL,
  ...PHYSICAL,
  ...COGNITIVE_LANGUAGE,
  ...VOCATIONAL,
  ...CERTIFICATE,
];

const competenceByCode = new Map(COMPETENCES.map((competence) => [competence.code, competence]));

export function findCompetence(code: string): CompetenceDefinition | null {
  return competenceByCode.get(code) ?? null;
}

export function competencesOfGroup(group: CompetenceGroup): readonly CompetenceDefinition[] {
  return COMPETENCES.filter((competence) => competence.group === group);
}

/** The vocational competences of one sector. */
export function competencesOfSector(sector: WorkSector): readonly CompetenceDefinition[] {
  return COMPETENCES.filter((competence) => competence.sector === sector);
}
