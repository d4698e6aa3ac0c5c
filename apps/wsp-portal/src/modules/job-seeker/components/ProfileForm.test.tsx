import { jest } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ProfileForm_JobSeekerFragment, UpdateJobSeekerInput } from '../../../gql/graphql.js';
import type { ActionError } from '../../common/errors.js';
import { ProfileForm } from './ProfileForm.js';

const jobSeeker: ProfileForm_JobSeekerFragment = {
  id: 'inwoner-1',
  participationStep: 4,
  earningCapacityPercent: 60,
  loonwaardePercent: null,
  clientProfile: 2,
  perspectiveGroup: null,
  doelgroepregister: true,
  indicatieBeschutWerk: false,
  wswOud: false,
  statushouder: false,
  hoursAvailable: 24,
  maxTravelKm: 15,
  maxTravelMinutes: 45,
  transportModes: ['BICYCLE'],
  hasDrivingLicence: false,
  sectorPreferences: ['GREEN'],
  postcode: '1211 AB',
  email: null,
  phone: null,
  workLimitations: null,
};

function renderForm({
  canEditWorkLimitations = false,
  onSubmit = jest
    .fn<(input: UpdateJobSeekerInput) => Promise<ActionError | null>>()
    .mockResolvedValue(null),
} = {}) {
  render(
    <ProfileForm
      jobSeeker={jobSeeker}
      canEditWorkLimitations={canEditWorkLimitations}
      saving={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
  );
  return { onSubmit, user: userEvent.setup() };
}

const save = () => screen.getByRole('button', { name: 'Profiel opslaan' });

describe(ProfileForm.name, () => {
  it('starts from the file as it is', () => {
    renderForm();

    expect(screen.getByRole('radio', { name: 'Trede 4: Onbetaald werk' })).toBeChecked();
    expect(screen.getByLabelText('Verdiencapaciteit (% van het minimumloon)')).toHaveValue('60');
    expect(screen.getByLabelText('Klantprofiel')).toHaveValue('2');
    expect(screen.getByLabelText('In het doelgroepregister')).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Fiets' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Groen' })).toBeChecked();
  });

  it('explains each step of the participation ladder', () => {
    renderForm();

    expect(
      screen.getByRole('radio', { name: 'Trede 5: Betaald werk met ondersteuning' }),
    ).toHaveAccessibleDescription(/loonkostensubsidie, een jobcoach of beschut werk/);
  });

  it('shows the earning-capacity band for the percentage typed', async () => {
    const { user } = renderForm();
    const percent = screen.getByLabelText('Verdiencapaciteit (% van het minimumloon)');

    await user.clear(percent);
    await user.type(percent, '35');

    expect(percent).toHaveAccessibleDescription('Valt in de groep Beschut werk (30-50 %).');
  });

  it('checks the fields before sending and leads to the first error', async () => {
    const { user, onSubmit } = renderForm();
    await user.clear(screen.getByLabelText('Beschikbaar (uren per week)'));
    await user.type(screen.getByLabelText('Beschikbaar (uren per week)'), '45');
    await user.clear(screen.getByLabelText('Postcode'));
    await user.type(screen.getByLabelText('Postcode'), '12');

    await user.click(save());

    expect(onSubmit).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Het formulier is niet goed ingevuld.');
    expect(
      within(alert)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Beschikbaar (uren per week): Vul 0 tot en met 40 uur in, in hele of halve uren (bijvoorbeeld 25,5).',
      'Postcode: Vul een geldige postcode in, bijvoorbeeld 1211 AB.',
    ]);
    const hours = screen.getByLabelText('Beschikbaar (uren per week)');
    expect(hours).toHaveFocus();
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAccessibleDescription(
      '0 tot en met 40, in hele of halve uren. Vul 0 tot en met 40 uur in, in hele of halve uren (bijvoorbeeld 25,5).',
    );
  });

  it('sends the changed profile', async () => {
    const { user, onSubmit } = renderForm();

    await user.click(
      screen.getByRole('radio', { name: 'Trede 5: Betaald werk met ondersteuning' }),
    );
    await user.clear(screen.getByLabelText('Loonwaarde (%)'));
    await user.type(screen.getByLabelText('Loonwaarde (%)'), '55');
    await user.click(screen.getByLabelText('Statushouder'));
    await user.clear(screen.getByLabelText('Beschikbaar (uren per week)'));
    await user.type(screen.getByLabelText('Beschikbaar (uren per week)'), '25,5');
    await user.click(screen.getByRole('checkbox', { name: 'Openbaar vervoer' }));
    await user.click(screen.getByRole('checkbox', { name: 'Horeca' }));
    await user.click(save());

    expect(onSubmit).toHaveBeenCalledWith({
      participationStep: 5,
      earningCapacityPercent: 60,
      loonwaardePercent: 55,
      clientProfile: 2,
      perspectiveGroup: null,
      doelgroepregister: true,
      indicatieBeschutWerk: false,
      wswOud: false,
      statushouder: true,
      hoursAvailable: 25.5,
      maxTravelKm: 15,
      maxTravelMinutes: 45,
      transportModes: ['BICYCLE', 'PUBLIC_TRANSPORT'],
      hasDrivingLicence: false,
      sectorPreferences: ['HOSPITALITY', 'GREEN'],
      postcode: '1211 AB',
      email: null,
      phone: null,
    });
  });

  it('puts the API messages at their fields and keeps what was typed', async () => {
    const onSubmit = jest
      .fn<(input: UpdateJobSeekerInput) => Promise<ActionError | null>>()
      .mockResolvedValue({
        message: 'Het formulier is niet goed ingevuld.',
        fields: { postcode: 'Deze postcode kennen we niet. Controleer de vier cijfers.' },
      });
    const { user } = renderForm({ onSubmit });
    await user.clear(screen.getByLabelText('Postcode'));
    await user.type(screen.getByLabelText('Postcode'), '9999 ZZ');
    await user.clear(screen.getByLabelText('Loonwaarde (%)'));
    await user.type(screen.getByLabelText('Loonwaarde (%)'), '70');

    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het formulier is niet goed ingevuld.',
    );
    const postcode = screen.getByLabelText('Postcode');
    expect(postcode).toHaveAccessibleDescription(
      'Deze postcode kennen we niet. Controleer de vier cijfers.',
    );
    expect(postcode).toHaveValue('9999 ZZ');
    expect(postcode).toHaveFocus();
    expect(screen.getByLabelText('Loonwaarde (%)')).toHaveValue('70');
  });

  it('shows a refusal without field messages above the form', async () => {
    const onSubmit = jest
      .fn<(input: UpdateJobSeekerInput) => Promise<ActionError | null>>()
      .mockResolvedValue({
        message: 'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
        fields: {},
      });
    const { user } = renderForm({ onSubmit });

    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit dossier is gearchiveerd en kan niet meer worden gewijzigd.',
    );
  });

  it('offers work limitations only to the file owner, and sends them', async () => {
    const { user, onSubmit } = renderForm({ canEditWorkLimitations: true });

    await user.type(screen.getByLabelText('Arbeidsbeperkingen'), 'Niet lang staan.');
    await user.click(save());

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ workLimitations: 'Niet lang staan.' }),
    );
  });

  it('has no work limitations field for others', () => {
    renderForm({ canEditWorkLimitations: false });

    expect(screen.queryByLabelText('Arbeidsbeperkingen')).not.toBeInTheDocument();
  });
});
