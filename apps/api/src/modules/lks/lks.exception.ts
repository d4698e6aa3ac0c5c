import { badInput } from '../../common/errors/domain-error.js';
import { formatEuroCents } from '@werkbrug/domain-rules';
import { dutchDate } from './lks-estimate.js';

export const LksErrors = {
  dateBeforeWml: (firstDate: string) =>
    badInput([
      {
        field: 'input.date',
        message: `Het minimumuurloon bestaat sinds ${dutchDate(firstDate)}; kies een latere datum.`,
      },
    ]),
  wageBelowWml: (wmlCents: number) =>
    badInput([
      {
        field: 'input.hourlyWage',
        message: `Het uurloon is lager dan het minimumloon (${formatEuroCents(wmlCents)} per uur).`,
      },
    ]),
};
