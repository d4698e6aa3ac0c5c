import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { LoginForm } from './LoginForm.js';
import type { LoginValues } from './validateLogin.js';

function setup(props: Partial<Parameters<typeof LoginForm>[0]> = {}) {
  const onSubmit = jest.fn((_values: LoginValues) => Promise.resolve());
  const user = userEvent.setup();
  render(<LoginForm onSubmit={onSubmit} {...props} />);
  return {
    onSubmit,
    user,
    email: screen.getByLabelText('E-mailadres'),
    password: screen.getByLabelText('Wachtwoord'),
    submit: () => screen.getByRole('button', { name: 'Inloggen' }),
  };
}

describe(LoginForm.name, () => {
  it('sends the trimmed e-mail address and the password', async () => {
    const { onSubmit, user, email, password, submit } = setup();

    await user.type(email, ' werkgever@demo.werkbrug.nl ');
    await user.type(password, 'Werkbrug-demo-2026!');
    await user.click(submit());

    expect(onSubmit).toHaveBeenCalledWith({
      email: 'werkgever@demo.werkbrug.nl',
      password: 'Werkbrug-demo-2026!',
    });
  });

  it.each([
    ['', 'geheim', 'E-mailadres', 'Vul uw e-mailadres in.'],
    [
      'werkgever',
      'geheim',
      'E-mailadres',
      'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    ],
    ['werkgever@demo.werkbrug.nl', '', 'Wachtwoord', 'Vul uw wachtwoord in.'],
  ])(
    'with e-mail "%s" and password "%s" marks %s with "%s" and sends nothing',
    async (emailValue, passwordValue, label, message) => {
      const { onSubmit, user, email, password, submit } = setup();
      if (emailValue) await user.type(email, emailValue);
      if (passwordValue) await user.type(password, passwordValue);

      await user.click(submit());

      const field = screen.getByLabelText(label);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(message);
      expect(onSubmit).not.toHaveBeenCalled();
    },
  );

  it('announces the problems in an alert and puts focus on the first wrong field', async () => {
    const { user, password, submit } = setup();

    await user.click(submit());

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Het formulier is niet goed ingevuld.');
    expect(alert).toHaveTextContent('Vul uw e-mailadres in.');
    expect(alert).toHaveTextContent('Vul uw wachtwoord in.');
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
    expect(password).toHaveAttribute('aria-invalid', 'true');
  });

  it('links each problem in the alert to its field', async () => {
    const { user, email, password, submit } = setup();
    await user.type(email, 'werkgever@demo.werkbrug.nl');
    await user.click(submit());

    await user.click(screen.getByRole('link', { name: 'Vul uw wachtwoord in.' }));

    expect(password).toHaveFocus();
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server message', () => {
    setup({ error: { message: 'E-mailadres of wachtwoord is onjuist.' } });

    expect(screen.getByRole('alert')).toHaveTextContent('E-mailadres of wachtwoord is onjuist.');
  });

  it('shows field messages from the server at their fields', () => {
    const { email } = setup({
      error: {
        message: 'Het formulier is niet goed ingevuld.',
        fields: { email: 'Onbekend domein.' },
      },
    });

    expect(email).toHaveAccessibleDescription('Onbekend domein.');
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('does not send again while busy', async () => {
    const { onSubmit, user, email, password } = setup({ busy: true });
    await user.type(email, 'werkgever@demo.werkbrug.nl');
    await user.type(password, 'geheim');

    await user.click(screen.getByRole('button', { name: 'Bezig met inloggen…' }));

    expect(onSubmit).not.toHaveBeenCalled();
  });
});
