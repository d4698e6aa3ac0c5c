import { validateLogin } from './validateLogin.js';

describe(validateLogin.name, () => {
  it.each([
    ['', 'Vul uw e-mailadres in.'],
    ['   ', 'Vul uw e-mailadres in.'],
    ['werkgever', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'],
    ['werkgever@demo', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'],
    ['werk gever@demo.nl', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'],
  ])('rejects the e-mail address "%s" with "%s"', (email, message) => {
    expect(validateLogin({ email, password: 'geheim' })).toEqual({ email: message });
  });

  it('asks for the password when it is empty', () => {
    expect(validateLogin({ email: 'a@b.nl', password: '' })).toEqual({
      password: 'Vul uw wachtwoord in.',
    });
  });

  it('accepts an e-mail address with spaces around it and any password', () => {
    expect(validateLogin({ email: ' werkgever@demo.werkbrug.nl ', password: ' ' })).toEqual({});
  });
});
