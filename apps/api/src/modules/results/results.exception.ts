import { badInput, notFound } from '../../common/errors/domain-error.js';

export const ResultsErrors = {
  regionNotFound: () => notFound('Deze arbeidsmarktregio'),
  municipalityNotFound: () => notFound('Deze gemeente'),
  quarterNotCompleted: (field: string, last: string) =>
    badInput([{ field, message: `Kies een afgesloten kwartaal: het laatste is ${last}.` }]),
  quarterBeforeBaseline: (field: string) =>
    badInput([
      { field, message: 'Kies een kwartaal vanaf 2013-Q1 (de nulmeting van de banenafspraak).' },
    ]),
  quartersReversed: () =>
    badInput([{ field: 'toQuarter', message: 'Het laatste kwartaal ligt vóór het eerste.' }]),
  tooManyQuarters: (max: number) =>
    badInput([{ field: 'toQuarter', message: `Vraag hoogstens ${max} kwartalen tegelijk op.` }]),
  yearNotStarted: (field: string) =>
    badInput([{ field, message: 'Van dit jaar is nog geen kwartaal afgesloten.' }]),
  quarterOrYear: () =>
    badInput([
      { field: 'quarter', message: 'Kies een kwartaal of een jaar, niet allebei.' },
      { field: 'year', message: 'Kies een kwartaal of een jaar, niet allebei.' },
    ]),
  splitIncomplete: (field: string) =>
    badInput([
      {
        field,
        message: 'Vul de verdeling markt/overheid helemaal in, of laat haar helemaal leeg.',
      },
    ]),
  splitNotAddingUp: () =>
    badInput([
      { field: 'input.marktJobs', message: 'Markt en overheid samen moeten het doel geven.' },
      { field: 'input.overheidJobs', message: 'Markt en overheid samen moeten het doel geven.' },
    ]),
};
