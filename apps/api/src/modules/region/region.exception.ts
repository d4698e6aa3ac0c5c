import { badInput, notFound } from '../../common/errors/domain-error.js';

export const RegionErrors = {
  regionNotFound: () => notFound('Deze arbeidsmarktregio'),
  postcodeNotFound: () => notFound('Deze postcode'),
  invalidPostcode: (field = 'postcode') =>
    badInput([{ field, message: 'Vul een geldige postcode in, zoals 1211 AB of 1211.' }]),
};
