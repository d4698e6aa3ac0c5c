import type { TaskComplexity, WorkSector } from '@werkbrug/domain-rules';

/** A kind of job in a sector and the competences it asks, most important first. */
export interface JobTemplate {
  readonly title: string;
  /**
   * Vocational competences, mostly of its own sector. The first is the core skill: what a vacancy
   * for it requires and what someone who did the job surely has.
   */
  readonly skills: readonly string[];
  /** Physical, social and cognitive demands. */
  readonly demands: readonly string[];
  /** Certificates the job may ask for; the first is the one a regular vacancy may require. */
  readonly certificates: readonly string[];
}

export interface CarvingTaskTemplate {
  readonly name: string;
  readonly sharePercent: number;
  readonly complexity: TaskComplexity;
}

/** A current job at an employer, described by tasks whose shares add up to 100 %. */
export interface CarvingJobTemplate {
  readonly title: string;
  readonly tasks: readonly CarvingTaskTemplate[];
}

export interface SectorProfile {
  readonly sector: WorkSector;
  /** How common the sector is among demo employers, vacancies and preferences. */
  readonly weight: number;
  /** The first word of a private employer's name: '<noun> <place> B.V.'. */
  readonly employerNouns: readonly string[];
  /** SBI codes (Standaard Bedrijfsindeling) that fit the sector. */
  readonly sbiCodes: readonly string[];
  /** Indicative gross hourly wage at entry level, in euro cents. */
  readonly entryWageCents: number;
  readonly jobs: readonly JobTemplate[];
  /** Departments and jobs an employer in this sector may ask the WSP to carve tasks out of. */
  readonly carving: { readonly department: string; readonly jobs: readonly CarvingJobTemplate[] };
}

const task = (
  name: string,
  sharePercent: number,
  complexity: TaskComplexity,
): CarvingTaskTemplate => ({
  name,
  sharePercent,
  complexity,
});

export const SECTOR_PROFILES: readonly SectorProfile[] = [
  {
    sector: 'HOSPITALITY',
    weight: 11,
    employerNouns: [
      'Brasserie',
      'Lunchroom',
      'Hotel',
      'Cateringbedrijf',
      'Eetcafé',
      'Partycentrum',
    ],
    sbiCodes: ['5610', '5510', '5621', '5630'],
    entryWageCents: 1480,
    jobs: [
      {
        title: 'Medewerker afwas',
        skills: ['VOC_HOSP_DISHWASHING'],
        demands: ['PHY_STANDING', 'WA_HYGIENE_APPEARANCE', 'WA_WORK_PACE'],
        certificates: ['CERT_HACCP'],
      },
      {
        title: 'Keukenhulp',
        skills: ['VOC_HOSP_FOOD_PREPARATION', 'VOC_HOSP_DISHWASHING'],
        demands: ['WA_HYGIENE_APPEARANCE', 'CL_REMEMBERING_INSTRUCTIONS', 'PHY_STANDING'],
        certificates: ['CERT_HACCP'],
      },
      {
        title: 'Medewerker bediening',
        skills: ['VOC_HOSP_SERVING', 'VOC_HOSP_BAR'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_DUTCH_SPEAKING', 'PHY_WALKING'],
        certificates: ['CERT_SOCIAL_HYGIENE'],
      },
      {
        title: 'Medewerker housekeeping',
        skills: ['VOC_HOSP_HOUSEKEEPING', 'VOC_CLEAN_SANITARY'],
        demands: ['WA_ACCURACY', 'PHY_BENDING_REACHING', 'WA_WORK_PACE'],
        certificates: [],
      },
      {
        title: 'Medewerker broodjesbar',
        skills: ['VOC_HOSP_FOOD_PREPARATION', 'VOC_HOSP_SERVING'],
        demands: ['SOC_CUSTOMER_CONTACT', 'WA_HYGIENE_APPEARANCE'],
        certificates: ['CERT_HACCP'],
      },
      {
        title: 'Zelfstandig werkend kok',
        skills: ['VOC_HOSP_COOKING', 'VOC_HOSP_FOOD_PREPARATION'],
        demands: ['WA_WORK_PRESSURE', 'CL_PLANNING', 'WA_INDEPENDENCE'],
        certificates: ['CERT_HACCP'],
      },
    ],
    carving: {
      department: 'Keuken',
      jobs: [
        {
          title: 'Zelfstandig werkend kok',
          tasks: [
            task('Gerechten bereiden en opmaken', 45, 'COMPLEX'),
            task('Groenten snijden en mise-en-place', 20, 'SIMPLE'),
            task('Bestellingen en voorraad bijhouden', 10, 'MEDIUM'),
            task('Afwas en spoelkeuken', 15, 'SIMPLE'),
            task('Keuken schoonmaken na de dienst', 10, 'SIMPLE'),
          ],
        },
        {
          title: 'Medewerker bediening',
          tasks: [
            task('Gasten ontvangen en bestellingen opnemen', 40, 'MEDIUM'),
            task('Afrekenen', 15, 'MEDIUM'),
            task('Tafels dekken en afruimen', 30, 'SIMPLE'),
            task('Terras klaarzetten en opruimen', 15, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'CLEANING',
    weight: 10,
    employerNouns: [
      'Schoonmaakdiensten',
      'Glazenwassersbedrijf',
      'Facilitaire Diensten',
      'Schoonmaakbedrijf',
    ],
    sbiCodes: ['8121', '8122', '8129'],
    entryWageCents: 1490,
    jobs: [
      {
        title: 'Schoonmaker kantoren',
        skills: ['VOC_CLEAN_OFFICE', 'VOC_CLEAN_AGENTS'],
        demands: ['WA_INDEPENDENCE', 'WA_RELIABILITY', 'PHY_WALKING'],
        certificates: [],
      },
      {
        title: 'Medewerker schoonmaak sanitair',
        skills: ['VOC_CLEAN_SANITARY', 'VOC_CLEAN_AGENTS'],
        demands: ['WA_ACCURACY', 'PHY_BENDING_REACHING'],
        certificates: [],
      },
      {
        title: 'Glazenwasser',
        skills: ['VOC_CLEAN_WINDOWS'],
        demands: ['PHY_OUTDOOR_WORK', 'WA_SAFETY_AWARENESS', 'PHY_STAMINA'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Schoonmaker zorginstelling',
        skills: ['VOC_CLEAN_HEALTHCARE', 'VOC_CLEAN_SANITARY'],
        demands: ['WA_HYGIENE_APPEARANCE', 'SOC_WORKPLACE_MANNERS', 'WA_ACCURACY'],
        certificates: [],
      },
      {
        title: 'Medewerker vloeronderhoud',
        skills: ['VOC_CLEAN_FLOOR_MACHINES', 'VOC_CLEAN_AGENTS'],
        demands: ['WA_SAFETY_AWARENESS', 'PHY_STANDING'],
        certificates: [],
      },
    ],
    carving: {
      department: 'Facilitaire dienst',
      jobs: [
        {
          title: 'Allround schoonmaker',
          tasks: [
            task('Werkroosters en materiaal regelen', 10, 'MEDIUM'),
            task('Bureaus en vloeren schoonmaken', 40, 'SIMPLE'),
            task('Sanitair schoonmaken', 25, 'SIMPLE'),
            task('Vloeren machinaal reinigen', 15, 'MEDIUM'),
            task('Afval scheiden en afvoeren', 10, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'LOGISTICS',
    weight: 12,
    employerNouns: [
      'Logistiek',
      'Distributiecentrum',
      'Transport',
      'Opslag en Distributie',
      'Koeriersdienst',
    ],
    sbiCodes: ['5210', '4941', '5229', '5320'],
    entryWageCents: 1520,
    jobs: [
      {
        title: 'Orderpicker',
        skills: ['VOC_LOG_ORDER_PICKING', 'VOC_LOG_HAND_SCANNER'],
        demands: ['PHY_LIFTING', 'PHY_WALKING', 'WA_WORK_PACE'],
        certificates: [],
      },
      {
        title: 'Magazijnmedewerker',
        skills: ['VOC_LOG_RECEIVING', 'VOC_LOG_PALLET_JACK', 'VOC_LOG_ORDER_PICKING'],
        demands: ['PHY_LIFTING', 'WA_SAFETY_AWARENESS', 'CL_NUMERACY'],
        certificates: ['CERT_FORKLIFT', 'CERT_REACH_TRUCK'],
      },
      {
        title: 'Inpakker',
        skills: ['VOC_LOG_PACKING'],
        demands: ['PHY_REPETITIVE_WORK', 'WA_ACCURACY', 'PHY_STANDING'],
        certificates: [],
      },
      {
        title: 'Medewerker ontvangst goederen',
        skills: ['VOC_LOG_RECEIVING', 'VOC_LOG_HAND_SCANNER'],
        demands: ['CL_NUMERACY', 'WA_ACCURACY', 'CL_DUTCH_READING'],
        certificates: [],
      },
      {
        title: 'Chauffeur bestelbus',
        skills: ['VOC_LOG_DELIVERY'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_PLANNING', 'WA_PUNCTUALITY'],
        certificates: ['CERT_DRIVING_B'],
      },
      {
        title: 'Medewerker retouren',
        skills: ['VOC_LOG_PACKING', 'VOC_LOG_HAND_SCANNER'],
        demands: ['WA_ACCURACY', 'PHY_REPETITIVE_WORK'],
        certificates: [],
      },
    ],
    carving: {
      department: 'Magazijn',
      jobs: [
        {
          title: 'Magazijnmedewerker',
          tasks: [
            task('Orders verzamelen met de handscanner', 35, 'SIMPLE'),
            task('Goederen ontvangen en controleren', 20, 'MEDIUM'),
            task('Rijden op de heftruck', 15, 'MEDIUM'),
            task('Voorraadverschillen uitzoeken', 10, 'COMPLEX'),
            task('Dozen vouwen en verpakkingsmateriaal aanvullen', 20, 'SIMPLE'),
          ],
        },
        {
          title: 'Teamleider expeditie',
          tasks: [
            task('Planning en bezetting maken', 35, 'COMPLEX'),
            task('Vrachtpapieren controleren', 20, 'MEDIUM'),
            task('Zendingen labelen en klaarzetten', 30, 'SIMPLE'),
            task('Laadperron opruimen', 15, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'PRODUCTION',
    weight: 10,
    employerNouns: [
      'Metaalbewerking',
      'Verpakkingsindustrie',
      'Voedingsmiddelenfabriek',
      'Kunststoffen',
      'Montagebedrijf',
      'Drukkerij',
    ],
    sbiCodes: ['2511', '1071', '2229', '2562', '1813', '1089'],
    entryWageCents: 1530,
    jobs: [
      {
        title: 'Productiemedewerker',
        skills: ['VOC_PROD_PRODUCTION_LINE', 'VOC_PROD_QUALITY_CHECK'],
        demands: ['PHY_REPETITIVE_WORK', 'WA_WORK_PACE', 'PHY_SHIFT_WORK'],
        certificates: [],
      },
      {
        title: 'Medewerker montage',
        skills: ['VOC_PROD_ASSEMBLY'],
        demands: ['PHY_FINE_MOTOR', 'CL_VISUAL_INSTRUCTIONS', 'WA_ACCURACY'],
        certificates: [],
      },
      {
        title: 'Machineoperator',
        skills: ['VOC_PROD_MACHINE_OPERATION', 'VOC_PROD_QUALITY_CHECK'],
        demands: ['WA_SAFETY_AWARENESS', 'CL_CONCENTRATION', 'PHY_SHIFT_WORK'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Medewerker kwaliteitscontrole',
        skills: ['VOC_PROD_QUALITY_CHECK'],
        demands: ['WA_ACCURACY', 'CL_CONCENTRATION', 'CL_DUTCH_WRITING'],
        certificates: [],
      },
      {
        title: 'Assistent metaalbewerker',
        skills: ['VOC_PROD_METALWORK', 'VOC_PROD_MACHINE_OPERATION'],
        demands: ['PHY_WORK_ENVIRONMENT', 'WA_SAFETY_AWARENESS'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Medewerker voedselproductie',
        skills: ['VOC_PROD_FOOD_PROCESSING', 'VOC_PROD_PRODUCTION_LINE'],
        demands: ['WA_HYGIENE_APPEARANCE', 'PHY_WORK_ENVIRONMENT'],
        certificates: ['CERT_HACCP'],
      },
    ],
    carving: {
      department: 'Productie',
      jobs: [
        {
          title: 'Operator productielijn',
          tasks: [
            task('Machine instellen en storingen verhelpen', 30, 'COMPLEX'),
            task('Producten aanvoeren en afnemen', 30, 'SIMPLE'),
            task('Steekproeven op kwaliteit', 15, 'MEDIUM'),
            task('Producten inpakken en stapelen', 15, 'SIMPLE'),
            task('Werkplek schoonmaken', 10, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'GREEN',
    weight: 9,
    employerNouns: [
      'Groenvoorziening',
      'Hoveniersbedrijf',
      'Kwekerij',
      'Boomverzorging',
      'Zorgboerderij',
    ],
    sbiCodes: ['8130', '0130', '0162', '0161'],
    entryWageCents: 1490,
    jobs: [
      {
        title: 'Hovenier',
        skills: ['VOC_GREEN_MAINTENANCE', 'VOC_GREEN_PLANTING'],
        demands: ['PHY_OUTDOOR_WORK', 'PHY_STAMINA', 'WA_INDEPENDENCE'],
        certificates: ['CERT_VCA_BASIC', 'CERT_DRIVING_B'],
      },
      {
        title: 'Medewerker groenonderhoud',
        skills: ['VOC_GREEN_MAINTENANCE', 'VOC_GREEN_MOWING'],
        demands: ['PHY_OUTDOOR_WORK', 'PHY_BENDING_REACHING', 'SOC_COLLABORATION'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Medewerker kwekerij',
        skills: ['VOC_GREEN_GREENHOUSE', 'VOC_GREEN_PLANTING'],
        demands: ['PHY_REPETITIVE_WORK', 'PHY_BENDING_REACHING'],
        certificates: [],
      },
      {
        title: 'Medewerker zwerfafval',
        skills: ['VOC_GREEN_LITTER'],
        demands: ['PHY_WALKING', 'PHY_OUTDOOR_WORK', 'WA_SAFETY_AWARENESS'],
        certificates: [],
      },
      {
        title: 'Dierverzorger zorgboerderij',
        skills: ['VOC_GREEN_ANIMAL_CARE'],
        demands: ['PHY_OUTDOOR_WORK', 'WA_RELIABILITY', 'SOC_EMPATHY'],
        certificates: [],
      },
      {
        title: 'Assistent hovenier',
        skills: ['VOC_GREEN_MAINTENANCE', 'VOC_GREEN_MOWING', 'VOC_GREEN_LITTER'],
        demands: ['PHY_OUTDOOR_WORK', 'WA_FOLLOWING_INSTRUCTIONS'],
        certificates: ['CERT_CHAINSAW'],
      },
    ],
    carving: {
      department: 'Buitendienst',
      jobs: [
        {
          title: 'Hovenier',
          tasks: [
            task('Tuinontwerp en offertes bespreken', 15, 'COMPLEX'),
            task('Snoeien en planten', 30, 'MEDIUM'),
            task('Maaien en bladblazen', 25, 'SIMPLE'),
            task('Onkruid wieden en zwerfafval rapen', 20, 'SIMPLE'),
            task('Materieel schoonmaken en laden', 10, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'RETAIL',
    weight: 10,
    employerNouns: ['Supermarkt', 'Bouwmarkt', 'Kringloopwinkel', 'Tuincentrum', 'Drogisterij'],
    sbiCodes: ['4711', '4752', '4779', '4776', '4775'],
    entryWageCents: 1470,
    jobs: [
      {
        title: 'Vakkenvuller',
        skills: ['VOC_RETAIL_SHELF_STOCKING', 'VOC_RETAIL_STORE_PRESENTATION'],
        demands: ['PHY_LIFTING', 'PHY_BENDING_REACHING', 'WA_WORK_PACE'],
        certificates: [],
      },
      {
        title: 'Kassamedewerker',
        skills: ['VOC_RETAIL_CHECKOUT'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_NUMERACY', 'CL_DUTCH_SPEAKING'],
        certificates: [],
      },
      {
        title: 'Medewerker versafdeling',
        skills: ['VOC_RETAIL_FRESH_DEPARTMENT', 'VOC_RETAIL_SHELF_STOCKING'],
        demands: ['WA_HYGIENE_APPEARANCE', 'PHY_WORK_ENVIRONMENT'],
        certificates: ['CERT_HACCP'],
      },
      {
        title: 'Verkoopmedewerker',
        skills: ['VOC_RETAIL_CUSTOMER_SERVICE', 'VOC_RETAIL_CHECKOUT'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_DUTCH_SPEAKING', 'WA_FLEXIBILITY'],
        certificates: [],
      },
      {
        title: 'Medewerker kringloopwinkel',
        skills: ['VOC_RETAIL_STORE_PRESENTATION', 'VOC_RETAIL_CUSTOMER_SERVICE'],
        demands: ['SOC_COLLABORATION', 'PHY_LIFTING'],
        certificates: [],
      },
    ],
    carving: {
      department: 'Winkelvloer',
      jobs: [
        {
          title: 'Verkoopmedewerker',
          tasks: [
            task('Klanten adviseren', 30, 'COMPLEX'),
            task('Afrekenen aan de kassa', 20, 'MEDIUM'),
            task('Vakken vullen', 30, 'SIMPLE'),
            task('Karren en manden terugzetten', 10, 'SIMPLE'),
            task('Winkel netjes maken bij sluiting', 10, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'CARE',
    weight: 9,
    employerNouns: ['Zorggroep', 'Woonzorgcentrum', 'Kinderopvang', 'Thuiszorg', 'Dagbesteding'],
    sbiCodes: ['8710', '8730', '8891', '8810', '8690'],
    entryWageCents: 1560,
    jobs: [
      {
        title: 'Medewerker huishoudelijke hulp',
        skills: ['VOC_CARE_HOUSEHOLD_HELP', 'VOC_CLEAN_SANITARY'],
        demands: ['SOC_EMPATHY', 'WA_INDEPENDENCE', 'WA_RELIABILITY'],
        certificates: [],
      },
      {
        title: 'Gastvrouw woonzorgcentrum',
        skills: ['VOC_CARE_HOST', 'VOC_HOSP_SERVING'],
        demands: ['SOC_CUSTOMER_CONTACT', 'SOC_EMPATHY', 'CL_DUTCH_SPEAKING'],
        certificates: ['CERT_BHV'],
      },
      {
        title: 'Activiteitenbegeleider',
        skills: ['VOC_CARE_ACTIVITIES'],
        demands: ['SOC_EMPATHY', 'CL_PLANNING', 'SOC_COMMUNICATION'],
        certificates: ['CERT_FIRST_AID'],
      },
      {
        title: 'Helpende zorg',
        skills: ['VOC_CARE_BASIC_CARE', 'VOC_CARE_HOST'],
        demands: ['SOC_EMPATHY', 'WA_HYGIENE_APPEARANCE', 'PHY_LIFTING'],
        certificates: ['CERT_FIRST_AID'],
      },
      {
        title: 'Pedagogisch assistent',
        skills: ['VOC_CARE_CHILDCARE_ASSISTANCE'],
        demands: ['SOC_COMMUNICATION', 'WA_RELIABILITY', 'CL_DUTCH_SPEAKING'],
        certificates: ['CERT_FIRST_AID'],
      },
    ],
    carving: {
      department: 'Wonen en zorg',
      jobs: [
        {
          title: 'Verzorgende IG',
          tasks: [
            task('Persoonlijke verzorging van bewoners', 45, 'COMPLEX'),
            task('Medicatie aanreiken en rapporteren', 15, 'COMPLEX'),
            task('Koffie en thee rondbrengen', 15, 'SIMPLE'),
            task('Bedden opmaken en kamers opruimen', 15, 'SIMPLE'),
            task('Was sorteren en wegbrengen', 10, 'SIMPLE'),
          ],
        },
        {
          title: 'Medewerker facilitaire dienst',
          tasks: [
            task('Inkoop en leveranciers', 25, 'COMPLEX'),
            task('Maaltijden rondbrengen', 35, 'SIMPLE'),
            task('Kleine reparaties', 20, 'MEDIUM'),
            task('Post en pakketten verdelen', 20, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'ADMIN',
    weight: 7,
    employerNouns: [
      'Administratiekantoor',
      'Adviesbureau',
      'Assurantiekantoor',
      'Documentverwerking',
    ],
    sbiCodes: ['6920', '8211', '6622', '8219'],
    entryWageCents: 1600,
    jobs: [
      {
        title: 'Administratief medewerker',
        skills: ['VOC_ADMIN_OFFICE_SOFTWARE', 'VOC_ADMIN_DATA_ENTRY'],
        demands: ['WA_ACCURACY', 'CL_DIGITAL_SKILLS', 'CL_DUTCH_WRITING'],
        certificates: [],
      },
      {
        title: 'Medewerker postkamer',
        skills: ['VOC_ADMIN_MAIL_ARCHIVE'],
        demands: ['WA_ACCURACY', 'PHY_WALKING', 'CL_DUTCH_READING'],
        certificates: [],
      },
      {
        title: 'Receptionist',
        skills: ['VOC_ADMIN_RECEPTION'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_DUTCH_SPEAKING', 'WA_HYGIENE_APPEARANCE'],
        certificates: ['CERT_BHV'],
      },
      {
        title: 'Medewerker data-invoer',
        skills: ['VOC_ADMIN_DATA_ENTRY'],
        demands: ['CL_CONCENTRATION', 'CL_DIGITAL_SKILLS', 'PHY_REPETITIVE_WORK'],
        certificates: [],
      },
      {
        title: 'Medewerker archief',
        skills: ['VOC_ADMIN_MAIL_ARCHIVE', 'VOC_ADMIN_DATA_ENTRY'],
        demands: ['WA_ACCURACY', 'WA_INDEPENDENCE'],
        certificates: [],
      },
      {
        title: 'Medewerker debiteurenadministratie',
        skills: ['VOC_ADMIN_BOOKKEEPING', 'VOC_ADMIN_OFFICE_SOFTWARE'],
        demands: ['CL_NUMERACY', 'WA_ACCURACY'],
        certificates: [],
      },
    ],
    carving: {
      department: 'Administratie',
      jobs: [
        {
          title: 'Administratief medewerker',
          tasks: [
            task('Facturen controleren en boeken', 35, 'COMPLEX'),
            task('Klantvragen per telefoon beantwoorden', 20, 'MEDIUM'),
            task('Post openen, scannen en verdelen', 25, 'SIMPLE'),
            task('Dossiers archiveren', 20, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'ICT',
    weight: 4,
    employerNouns: ['ICT-diensten', 'Softwarehuis', 'Computerrecycling', 'Datadiensten'],
    sbiCodes: ['6201', '6202', '6209', '9511'],
    entryWageCents: 1700,
    jobs: [
      {
        title: 'Medewerker servicedesk',
        skills: ['VOC_ICT_HELPDESK', 'VOC_ICT_HARDWARE'],
        demands: ['SOC_CUSTOMER_CONTACT', 'CL_PROBLEM_SOLVING', 'CL_DUTCH_SPEAKING'],
        certificates: [],
      },
      {
        title: 'Software tester',
        skills: ['VOC_ICT_SOFTWARE_TESTING'],
        demands: ['CL_CONCENTRATION', 'WA_ACCURACY', 'CL_ENGLISH'],
        certificates: [],
      },
      {
        title: 'Medewerker hardware refurbishing',
        skills: ['VOC_ICT_REFURBISHING', 'VOC_ICT_HARDWARE'],
        demands: ['PHY_FINE_MOTOR', 'WA_ACCURACY'],
        certificates: [],
      },
      {
        title: 'Medewerker datakwaliteit',
        skills: ['VOC_ICT_DATA_QUALITY'],
        demands: ['CL_CONCENTRATION', 'CL_DIGITAL_SKILLS', 'WA_ACCURACY'],
        certificates: [],
      },
      {
        title: 'Junior ontwikkelaar',
        skills: ['VOC_ICT_PROGRAMMING', 'VOC_ICT_SOFTWARE_TESTING'],
        demands: ['CL_PROBLEM_SOLVING', 'CL_ENGLISH', 'WA_WILLINGNESS_TO_LEARN'],
        certificates: [],
      },
    ],
    carving: {
      department: 'IT-beheer',
      jobs: [
        {
          title: 'Systeembeheerder',
          tasks: [
            task('Servers en netwerk beheren', 40, 'COMPLEX'),
            task('Laptops installeren en uitgeven', 25, 'MEDIUM'),
            task('Oude apparaten wissen en registreren', 20, 'SIMPLE'),
            task('Kabels en voorraad ordenen', 15, 'SIMPLE'),
          ],
        },
      ],
    },
  },
  {
    sector: 'CONSTRUCTION',
    weight: 6,
    employerNouns: [
      'Bouwbedrijf',
      'Schildersbedrijf',
      'Installatietechniek',
      'Stratenmakersbedrijf',
      'Timmerbedrijf',
    ],
    sbiCodes: ['4120', '4334', '4322', '4211', '4332'],
    entryWageCents: 1620,
    jobs: [
      {
        title: 'Bouwplaatsassistent',
        skills: ['VOC_CONSTR_SITE_ASSISTANCE', 'VOC_CONSTR_POWER_TOOLS'],
        demands: ['PHY_LIFTING', 'PHY_OUTDOOR_WORK', 'WA_SAFETY_AWARENESS'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Assistent schilder',
        skills: ['VOC_CONSTR_PAINTING'],
        demands: ['WA_ACCURACY', 'PHY_BENDING_REACHING'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Hulpmonteur installatietechniek',
        skills: ['VOC_CONSTR_INSTALLATION_ASSISTANCE', 'VOC_CONSTR_POWER_TOOLS'],
        demands: ['PHY_FINE_MOTOR', 'WA_SAFETY_AWARENESS', 'CL_VISUAL_INSTRUCTIONS'],
        certificates: ['CERT_VCA_BASIC', 'CERT_DRIVING_B'],
      },
      {
        title: 'Assistent stratenmaker',
        skills: ['VOC_CONSTR_PAVING', 'VOC_CONSTR_SITE_ASSISTANCE'],
        demands: ['PHY_BENDING_REACHING', 'PHY_OUTDOOR_WORK', 'PHY_STAMINA'],
        certificates: ['CERT_VCA_BASIC'],
      },
      {
        title: 'Medewerker timmerwerkplaats',
        skills: ['VOC_CONSTR_CARPENTRY', 'VOC_CONSTR_POWER_TOOLS'],
        demands: ['PHY_FINE_MOTOR', 'WA_SAFETY_AWARENESS'],
        certificates: [],
      },
    ],
    carving: {
      department: 'Uitvoering',
      jobs: [
        {
          title: 'Timmerman',
          tasks: [
            task('Bouwtekeningen lezen en uitzetten', 20, 'COMPLEX'),
            task('Kozijnen en wanden plaatsen', 40, 'COMPLEX'),
            task('Materiaal aanvoeren op de bouwplaats', 20, 'SIMPLE'),
            task('Bouwplaats opruimen en afval scheiden', 20, 'SIMPLE'),
          ],
        },
      ],
    },
  },
];

const profileBySector = new Map(SECTOR_PROFILES.map((profile) => [profile.sector, profile]));

export function sectorProfile(sector: WorkSector): SectorProfile {
  const profile = profileBySector.get(sector);
  if (!profile) throw new Error(`No sector profile for ${sector}`);
  return profile;
}

export const SECTOR_WEIGHTS: readonly (readonly [WorkSector, number])[] = SECTOR_PROFILES.map(
  (profile) => [profile.sector, profile.weight],
);

/** Government employers (overheid): a name, the sector most of their simple work is in, an SBI code. */
export const GOVERNMENT_EMPLOYERS: readonly {
  noun: string;
  sector: WorkSector;
  sbiCode: string;
}[] = [
  { noun: 'Gemeentewerf', sector: 'GREEN', sbiCode: '8411' },
  { noun: 'Buitendienst Openbare Ruimte', sector: 'GREEN', sbiCode: '8411' },
  { noun: 'Stichting Openbaar Onderwijs', sector: 'CLEANING', sbiCode: '8520' },
  { noun: 'Regionale Uitvoeringsdienst', sector: 'ADMIN', sbiCode: '8411' },
  { noun: 'Sportbedrijf', sector: 'HOSPITALITY', sbiCode: '9311' },
  { noun: 'Openbare Bibliotheek', sector: 'ADMIN', sbiCode: '9101' },
  { noun: 'Afvalinzameling', sector: 'LOGISTICS', sbiCode: '3811' },
  { noun: 'Belastingsamenwerking', sector: 'ADMIN', sbiCode: '8411' },
  { noun: 'ICT-samenwerking', sector: 'ICT', sbiCode: '8411' },
];

/** Work limitations as a consultant would note them: generic, no diagnoses. */
export const WORK_LIMITATIONS: readonly string[] = [
  'Kan niet lang achter elkaar staan; heeft na twee uur een zittende pauze nodig.',
  'Geen zwaar tillen: maximaal 10 kilo.',
  'Werkt het best in een rustige omgeving met vaste collega’s en een vaste werkplek.',
  'Heeft een vaste structuur en duidelijke instructies nodig; veranderingen vooraf aankondigen.',
  'Belastbaar tot ongeveer vier uur per dag, verdeeld over de ochtend.',
  'Geen werk in ploegendiensten of nachtdiensten.',
  'Vermijdt drukke en lawaaiige werkplekken; prikkels snel te veel.',
  'Beperkt in fijne handbewegingen met de rechterhand.',
  'Heeft moeite met lezen; instructies liever voordoen of met pictogrammen.',
  'Kan niet op hoogte werken (geen ladders of steigers).',
  'Heeft regelmatig een afspraak overdag; flexibele werktijden nodig.',
  'Heeft een rustige inwerkperiode nodig met een vaste aanspreekpersoon.',
];
