import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  AddEmployerContactMutation,
  ArchiveEmployerContactMutation,
  UpdateEmployerContactMutation,
} from '../../modules/employer/graphql/contacts.js';
import {
  AddEmployerLocationMutation,
  UpdateEmployerLocationMutation,
} from '../../modules/employer/graphql/locations.js';
import { buildContact, buildEmployer, buildLocation } from '../../testing/builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { OrganisationPage, OrganisationPageQuery } from './OrganisationPage.js';

type Employer = ReturnType<typeof buildEmployer>;

function pageMock(employer: Employer): MockLink.MockedResponse {
  return {
    request: { query: OrganisationPageQuery, variables: { employerId: '17' } },
    result: { data: { employer } },
  };
}

function renderPage(employer: Employer, ...mocks: MockLink.MockedResponse[]) {
  return renderPortal({
    path: '/organisatie',
    mocks: [sessionMock(buildViewer()), pageMock(employer), ...mocks],
  });
}

const badPostcode = new GraphQLError('De invoer is niet geldig.', {
  extensions: {
    code: 'BAD_USER_INPUT',
    fields: [
      {
        field: 'input.postcode',
        message: 'Deze postcode kennen we niet. Controleer de vier cijfers.',
      },
    ],
  },
});

describe(OrganisationPage.name, () => {
  it('shows the organisation under one h1 and a Dutch page title', async () => {
    renderPage(buildEmployer({ name: 'Bakkerij De Korenschoof', kvkNumber: '12345678' }));

    expect(await screen.findByText('12345678')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Organisatie');
    expect(screen.getByText('Markt')).toBeInTheDocument();
    expect(document.title).toBe('Organisatie - Werkbrug werkgeversportaal');
  });

  it('lists the locations and contacts', async () => {
    renderPage(
      buildEmployer({
        locations: [buildLocation({ name: 'Winkel', postcode: '1211 AB', city: 'Hilversum' })],
        contacts: [buildContact({ name: 'Sanne Bakker', email: 'sanne@korenschoof.nl' })],
      }),
    );

    const locations = await screen.findByRole('region', { name: 'Vestigingen' });
    expect(within(locations).getByRole('article', { name: 'Winkel' })).toHaveTextContent(
      '1211 AB Hilversum',
    );
    const contacts = screen.getByRole('region', { name: 'Contactpersonen' });
    expect(
      within(contacts).getByRole('link', { name: 'sanne@korenschoof.nl' }),
    ).toBeInTheDocument();
  });

  it('says what to do when there are no locations yet', async () => {
    renderPage(buildEmployer({ locations: [] }));

    expect(await screen.findByText(/Er zijn nog geen vestigingen/)).toBeInTheDocument();
  });

  it('says calmly when the organisation cannot be loaded', async () => {
    renderPortal({
      path: '/organisatie',
      mocks: [
        sessionMock(buildViewer()),
        { ...pageMock(buildEmployer()), result: undefined, error: new Error('Failed to fetch') },
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'De gegevens van uw organisatie kunnen nu niet worden getoond.',
    );
  });

  it('adds a location with the postcode written as 1211 AB and announces it', async () => {
    const user = userEvent.setup();
    const employer = buildEmployer({ locations: [] });
    const added = buildLocation({ name: 'Magazijn', postcode: '1217 AB', city: 'Hilversum' });
    renderPage(employer, {
      request: {
        query: AddEmployerLocationMutation,
        variables: {
          employerId: '17',
          input: { name: 'Magazijn', street: null, postcode: '1217 AB', city: 'Hilversum' },
        },
      },
      result: { data: { addEmployerLocation: { ...employer, locations: [added] } } },
    });

    await user.click(await screen.findByRole('button', { name: 'Vestiging toevoegen' }));
    expect(screen.getByLabelText('Naam van de vestiging')).toHaveFocus();
    await user.type(screen.getByLabelText('Naam van de vestiging'), 'Magazijn');
    await user.type(screen.getByLabelText('Postcode'), '1217ab');
    await user.type(screen.getByLabelText('Plaats'), 'Hilversum');
    await user.click(screen.getByRole('button', { name: 'Vestiging toevoegen' }));

    expect(await screen.findByText('Vestiging is toegevoegd.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Magazijn' })).toHaveTextContent('1217 AB');
    expect(screen.getByRole('heading', { level: 2, name: 'Vestigingen' })).toHaveFocus();
  });

  it('refuses an invalid postcode at the field before sending anything', async () => {
    const user = userEvent.setup();
    renderPage(buildEmployer({ locations: [] }));

    await user.click(await screen.findByRole('button', { name: 'Vestiging toevoegen' }));
    await user.type(screen.getByLabelText('Naam van de vestiging'), 'Magazijn');
    await user.type(screen.getByLabelText('Postcode'), '121');
    await user.type(screen.getByLabelText('Plaats'), 'Hilversum');
    await user.click(screen.getByRole('button', { name: 'Vestiging toevoegen' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Het formulier is niet goed ingevuld.');
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode).toHaveAccessibleDescription(
      'Vier cijfers en twee letters, zoals 1211 AB. Vul een geldige postcode in, zoals 1211 AB.',
    );
    expect(postcode).toHaveFocus();
  });

  it("shows the API's postcode error at the field and keeps what was typed", async () => {
    const user = userEvent.setup();
    renderPage(buildEmployer({ locations: [] }), {
      request: {
        query: AddEmployerLocationMutation,
        variables: {
          employerId: '17',
          input: { name: 'Magazijn', street: 'Kade 4', postcode: '9999 ZZ', city: 'Nergens' },
        },
      },
      result: { errors: [badPostcode.toJSON()] },
    });

    await user.click(await screen.findByRole('button', { name: 'Vestiging toevoegen' }));
    await user.type(screen.getByLabelText('Naam van de vestiging'), 'Magazijn');
    await user.type(screen.getByLabelText('Straat en huisnummer (niet verplicht)'), 'Kade 4');
    await user.type(screen.getByLabelText('Postcode'), '9999 ZZ');
    await user.type(screen.getByLabelText('Plaats'), 'Nergens');
    await user.click(screen.getByRole('button', { name: 'Vestiging toevoegen' }));

    const postcode = screen.getByLabelText('Postcode');
    await screen.findByText('Deze postcode kennen we niet. Controleer de vier cijfers.', {
      selector: '.utrecht-form-field-error-message',
    });
    expect(postcode).toHaveFocus();
    expect(postcode).toHaveValue('9999 ZZ');
    expect(screen.getByLabelText('Naam van de vestiging')).toHaveValue('Magazijn');
    expect(screen.getByLabelText('Straat en huisnummer (niet verplicht)')).toHaveValue('Kade 4');
  });

  it('changes a location', async () => {
    const user = userEvent.setup();
    const location = buildLocation({ name: 'Winkel', street: null });
    const employer = buildEmployer({ locations: [location] });
    renderPage(employer, {
      request: {
        query: UpdateEmployerLocationMutation,
        variables: {
          id: location.id,
          input: { name: 'Winkel Centrum', street: null, postcode: '1211 AB', city: 'Hilversum' },
        },
      },
      result: {
        data: {
          updateEmployerLocation: {
            ...employer,
            locations: [{ ...location, name: 'Winkel Centrum' }],
          },
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Wijzigen vestiging Winkel' }));
    const name = screen.getByLabelText('Naam van de vestiging');
    await user.clear(name);
    await user.type(name, 'Winkel Centrum');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('Vestiging is gewijzigd.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Winkel Centrum' })).toBeInTheDocument();
  });

  it('adds a contact and clears nothing the API did not get', async () => {
    const user = userEvent.setup();
    const employer = buildEmployer({ contacts: [] });
    const contact = buildContact({ name: 'Piet de Boer', jobTitle: null, phone: null });
    renderPage(employer, {
      request: {
        query: AddEmployerContactMutation,
        variables: {
          employerId: '17',
          input: {
            name: 'Piet de Boer',
            jobTitle: null,
            email: 'piet@korenschoof.nl',
            phone: null,
          },
        },
      },
      result: { data: { addEmployerContact: { ...employer, contacts: [contact] } } },
    });

    await user.click(await screen.findByRole('button', { name: 'Contactpersoon toevoegen' }));
    await user.type(screen.getByLabelText('Naam'), 'Piet de Boer');
    await user.type(screen.getByLabelText('E-mailadres (niet verplicht)'), 'piet@korenschoof.nl');
    await user.click(screen.getByRole('button', { name: 'Contactpersoon toevoegen' }));

    expect(await screen.findByText('Contactpersoon is toegevoegd.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Piet de Boer' })).toBeInTheDocument();
  });

  it("shows the API's phone error at the contact's phone field", async () => {
    const user = userEvent.setup();
    const contact = buildContact({
      name: 'Sanne Bakker',
      jobTitle: null,
      email: null,
      phone: null,
    });
    const badPhone = new GraphQLError('De invoer is niet geldig.', {
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.phone', message: 'Vul een geldig telefoonnummer in.' }],
      },
    });
    renderPage(buildEmployer({ contacts: [contact] }), {
      request: {
        query: UpdateEmployerContactMutation,
        variables: {
          id: contact.id,
          input: { name: 'Sanne Bakker', jobTitle: null, email: null, phone: '035 000 00 00' },
        },
      },
      result: { errors: [badPhone.toJSON()] },
    });

    await user.click(
      await screen.findByRole('button', { name: 'Wijzigen contactpersoon Sanne Bakker' }),
    );
    await user.type(screen.getByLabelText('Telefoonnummer (niet verplicht)'), '035 000 00 00');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const phone = screen.getByLabelText('Telefoonnummer (niet verplicht)');
    await screen.findByText('Vul een geldig telefoonnummer in.', {
      selector: '.utrecht-form-field-error-message',
    });
    expect(phone).toHaveValue('035 000 00 00');
  });

  it('archives a contact only after confirmation', async () => {
    const user = userEvent.setup();
    const contact = buildContact({ name: 'Sanne Bakker' });
    const employer = buildEmployer({ contacts: [contact] });
    renderPage(employer, {
      request: { query: ArchiveEmployerContactMutation, variables: { id: contact.id } },
      result: { data: { archiveEmployerContact: { ...employer, contacts: [] } } },
    });

    await user.click(
      await screen.findByRole('button', { name: 'Archiveren contactpersoon Sanne Bakker' }),
    );
    expect(screen.getByText(/Weet u zeker dat u contactpersoon Sanne Bakker/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ja, archiveren' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Ja, archiveren' }));

    expect(await screen.findByText('Contactpersoon is gearchiveerd.')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Sanne Bakker' })).not.toBeInTheDocument();
  });

  it('keeps the contact when archiving is cancelled', async () => {
    const user = userEvent.setup();
    renderPage(buildEmployer({ contacts: [buildContact({ name: 'Sanne Bakker' })] }));

    await user.click(
      await screen.findByRole('button', { name: 'Archiveren contactpersoon Sanne Bakker' }),
    );
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));

    expect(screen.getByRole('article', { name: 'Sanne Bakker' })).toBeInTheDocument();
    expect(screen.queryByText(/Weet u zeker/)).not.toBeInTheDocument();
  });
});
