import { jest } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { LoadError, LoadingState } from './states.js';

describe(LoadingState.name, () => {
  it('announces the wait politely', () => {
    render(<LoadingState />);

    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
  });
});

describe(LoadError.name, () => {
  it('says calmly that the data cannot be shown, without a retry button by default', () => {
    render(<LoadError />);

    expect(screen.getByText(/^Deze gegevens kunnen nu niet worden getoond/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it("shows the API's Dutch message of the error", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        new GraphQLError('Dit dossier is niet gevonden.', {
          extensions: { code: 'NOT_FOUND' },
        }).toJSON(),
      ],
    });
    render(<LoadError error={error} />);

    expect(screen.getByText('Dit dossier is niet gevonden.')).toBeInTheDocument();
  });

  it('offers to try again', async () => {
    const user = userEvent.setup();
    const onRetry = jest.fn();
    render(<LoadError error={new Error('Failed to fetch')} onRetry={onRetry} />);

    expect(screen.getByText(/^Werkbrug is nu niet bereikbaar/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));

    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
