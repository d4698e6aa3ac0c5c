import { EMPTY_LOCATION, toLocationInput, validateLocation } from './locationForm.js';

const valid = { name: 'Winkel', street: '', postcode: '1211 AB', city: 'Hilversum' };

describe(validateLocation.name, () => {
  it('accepts a complete location without a street', () => {
    expect(validateLocation(valid)).toEqual({});
  });

  it('asks for the name, postcode and city of an empty location', () => {
    expect(validateLocation(EMPTY_LOCATION)).toEqual({
      name: 'Vul de naam van de vestiging in.',
      postcode: 'Vul de postcode in.',
      city: 'Vul de plaats in.',
    });
  });

  it.each(['1211', '0211 AB', '1211 SS', '12345 AB', 'AB 1211'])(
    'refuses the postcode "%s"',
    (postcode) => {
      expect(validateLocation({ ...valid, postcode }).postcode).toBe(
        'Vul een geldige postcode in, zoals 1211 AB.',
      );
    },
  );

  it.each(['1211 AB', '1211ab', ' 1211 ab '])('accepts the postcode "%s"', (postcode) => {
    expect(validateLocation({ ...valid, postcode })).toEqual({});
  });
});

describe(toLocationInput.name, () => {
  it('trims the text, writes the postcode as 1211 AB and sends an empty street as null', () => {
    expect(
      toLocationInput({ name: ' Winkel ', street: '  ', postcode: '1211ab', city: 'Hilversum ' }),
    ).toEqual({ name: 'Winkel', street: null, postcode: '1211 AB', city: 'Hilversum' });
  });
});
