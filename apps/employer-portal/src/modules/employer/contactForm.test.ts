import { EMPTY_CONTACT, toContactInput, validateContact } from './contactForm.js';

describe(validateContact.name, () => {
  it('needs only a name', () => {
    expect(validateContact({ ...EMPTY_CONTACT, name: 'Sanne Bakker' })).toEqual({});
  });

  it('asks for the name', () => {
    expect(validateContact(EMPTY_CONTACT)).toEqual({
      name: 'Vul de naam van de contactpersoon in.',
    });
  });

  it.each([
    ['email', 'sanne@', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.'],
    ['phone', '12345', 'Vul een geldig telefoonnummer in, zoals 035 123 45 67.'],
    ['phone', '035-1234567 toestel 3', 'Vul een geldig telefoonnummer in, zoals 035 123 45 67.'],
  ] as const)('refuses %s "%s"', (field, value, message) => {
    expect(validateContact({ ...EMPTY_CONTACT, name: 'Sanne', [field]: value })[field]).toBe(
      message,
    );
  });

  it.each(['035 123 45 67', '+31 (0)35-1234567', '0612345678'])(
    'accepts the phone number "%s"',
    (phone) => {
      expect(validateContact({ ...EMPTY_CONTACT, name: 'Sanne', phone })).toEqual({});
    },
  );
});

describe(toContactInput.name, () => {
  it('sends optional fields left empty as null, so they are cleared', () => {
    expect(toContactInput({ name: ' Sanne ', jobTitle: '', email: ' ', phone: '' })).toEqual({
      name: 'Sanne',
      jobTitle: null,
      email: null,
      phone: null,
    });
  });
});
