import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';

/** Fills in the login form as a user would and presses "Inloggen". */
export async function submitLoginForm({
  email,
  password,
}: {
  email: string;
  password: string;
}): Promise<void> {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}
