import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { ErrorSummary } from './ErrorSummary.js';

describe(ErrorSummary.name, () => {
  it('announces the message as an alert', () => {
    render(<ErrorSummary message="Het formulier is niet goed ingevuld." />);

    expect(screen.getByRole('alert')).toHaveTextContent('Het formulier is niet goed ingevuld.');
  });

  it('takes the focus when it appears, if asked to', () => {
    render(<ErrorSummary message="Het formulier is niet goed ingevuld." focusOnMount />);

    expect(screen.getByRole('alert').closest('.werkbrug-error-summary')).toHaveFocus();
  });

  it('leaves the focus alone by default', () => {
    render(<ErrorSummary message="Het formulier is niet goed ingevuld." />);

    expect(document.body).toHaveFocus();
  });

  it('moves the focus to the field a listed error is about', async () => {
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary
          message="Het formulier is niet goed ingevuld."
          items={[{ fieldId: 'titel', message: 'Geef de vacature een titel.' }]}
        />
        <label htmlFor="titel">Titel</label>
        <input id="titel" />
      </>,
    );

    await user.click(screen.getByRole('link', { name: 'Geef de vacature een titel.' }));

    expect(screen.getByLabelText('Titel')).toHaveFocus();
  });
});
