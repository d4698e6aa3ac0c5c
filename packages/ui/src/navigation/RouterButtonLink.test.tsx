import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { RouterButtonLink } from './RouterButtonLink.js';

describe(RouterButtonLink.name, () => {
  it('is a link with the route as its address that navigates inside the app', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/vacatures']}>
        <Routes>
          <Route
            path="/vacatures"
            element={<RouterButtonLink to="/vacatures/nieuw">Nieuwe vacature</RouterButtonLink>}
          />
          <Route path="/vacatures/nieuw" element={<h1>Nieuwe vacature maken</h1>} />
        </Routes>
      </MemoryRouter>,
    );

    const link = screen.getByRole('link', { name: 'Nieuwe vacature' });
    expect(link).toHaveAttribute('href', '/vacatures/nieuw');

    await user.click(link);

    expect(screen.getByRole('heading', { name: 'Nieuwe vacature maken' })).toBeInTheDocument();
  });
});
