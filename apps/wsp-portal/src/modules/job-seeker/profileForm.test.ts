import {
  bandOf,
  profileValuesFrom,
  updateInputFrom,
  validateProfile,
  type ProfileSource,
  type ProfileValues,
} from './profileForm.js';

const source: ProfileSource = {
  participationStep: 4,
  earningCapacityPercent: 60,
  loonwaardePercent: null,
  clientProfile: 2,
  perspectiveGroup: null,
  doelgroepregister: true,
  indicatieBeschutWerk: false,
  wswOud: false,
  statushouder: false,
  hoursAvailable: 25.5,
  maxTravelKm: 15,
  maxTravelMinutes: 45,
  transportModes: ['BICYCLE'],
  hasDrivingLicence: false,
  sectorPreferences: ['GREEN'],
  postcode: '1211 AB',
  email: null,
  phone: '06-12345678',
  workLimitations: null,
};

const valid: ProfileValues = profileValuesFrom(source);

describe(profileValuesFrom.name, () => {
  it('writes numbers the Dutch way and empty fields for what is not known', () => {
    expect(valid).toMatchObject({
      hoursAvailable: '25,5',
      loonwaardePercent: '',
      clientProfile: '2',
      perspectiveGroup: '',
      email: '',
    });
  });
});

describe(validateProfile.name, () => {
  it('accepts the values of a valid profile', () => {
    expect(validateProfile(valid)).toEqual({});
  });

  it.each([
    ['earningCapacityPercent', '101'],
    ['earningCapacityPercent', '55,5'],
    ['earningCapacityPercent', ''],
    ['loonwaardePercent', '-1'],
    ['hoursAvailable', '41'],
    ['hoursAvailable', '20,3'],
    ['maxTravelKm', '251'],
    ['maxTravelMinutes', '181'],
    ['postcode', '0211 AB'],
    ['email', 'jan@'],
    ['participationStep', '7'],
  ] as const)('refuses %s = %j', (field, value) => {
    expect(validateProfile({ ...valid, [field]: value })).toHaveProperty(field);
  });

  it('allows an empty loonwaarde, e-mail address and phone number', () => {
    expect(validateProfile({ ...valid, loonwaardePercent: '', email: '', phone: '' })).toEqual({});
  });
});

describe(bandOf.name, () => {
  it.each([
    ['29', 'SOCIAL_PARTICIPATION'],
    ['30', 'SHELTERED_WORK'],
    ['50', 'SUPPORTED_REGULAR_WORK'],
    ['80', 'INDEPENDENT'],
    ['abc', null],
  ])('puts %s %% in %s', (percent, band) => {
    expect(bandOf(percent)).toBe(band);
  });
});

describe(updateInputFrom.name, () => {
  it('sends numbers, normalised postcode and null for cleared optional fields', () => {
    const input = updateInputFrom(
      { ...valid, postcode: '1211ab', loonwaardePercent: '55', phone: ' ' },
      { includeWorkLimitations: false },
    );

    expect(input).toMatchObject({
      hoursAvailable: 25.5,
      loonwaardePercent: 55,
      postcode: '1211 AB',
      phone: null,
      perspectiveGroup: null,
    });
    expect(input).not.toHaveProperty('workLimitations');
  });

  it('sends work limitations only for the file owner', () => {
    const input = updateInputFrom(
      { ...valid, workLimitations: 'Niet tillen.' },
      { includeWorkLimitations: true },
    );

    expect(input.workLimitations).toBe('Niet tillen.');
  });
});
