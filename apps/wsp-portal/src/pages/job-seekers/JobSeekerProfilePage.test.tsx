import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildJobSeeker, connection } from '../../test-builders.js';
import { buildViewer, renderPortal, sessionMock } from '../../test-utils.js';
import { BenefitExitPanelQuery } from '../../modules/job-seeker/components/BenefitExitPanel.js';
import { JobSeekerPageQuery } from './JobSeekerPage.js';
import {
  JobSeekerProfilePage,
  JobSeekerProfilePageQuery,
  UpdateJobSeekerProfileMutation,
} from './JobSeekerProfilePage.js';

const consultant = buildViewer({ roles: ['CONSULTANT'] });

describe(JobSeekerProfilePage.name, () => {
  it('saves the profile and returns to the file, saying it was saved', async () => {
    const jobSeeker = buildJobSeeker({
      firstName: 'Fatma',
      lastName: 'Yilmaz',
      consultant: { __typename: 'JobSeekerConsultant', id: 'someone-else', displayName: 'Ander' },
    });
    const saved = { ...jobSeeker, hoursAvailable: 32 };
    const { __typename: _, ...profile } = saved;
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateJobSeekerProfileMutation,
        variables: (variables: { id: string; input: { hoursAvailable: number } }) =>
          variables.id === jobSeeker.id && variables.input.hoursAvailable === 32,
      },
      result: { data: { updateJobSeeker: { __typename: 'JobSeeker', ...profile, pc4: '1211' } } },
    };
    const user = userEvent.setup();
    const { location } = renderPortal({
      path: `/inwoners/${jobSeeker.id}/profiel`,
      mocks: [
        sessionMock(consultant),
        {
          request: { query: JobSeekerProfilePageQuery, variables: { id: jobSeeker.id } },
          result: { data: { jobSeeker } },
        },
        update,
        {
          request: { query: JobSeekerPageQuery, variables: { id: jobSeeker.id } },
          result: {
            data: { jobSeeker: saved, introductions: connection('IntroductionConnection', []) },
          },
        },
        {
          request: { query: BenefitExitPanelQuery, variables: { jobSeekerId: jobSeeker.id } },
          result: { data: { benefitExits: [], placements: connection('PlacementConnection', []) } },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Profiel van Fatma Yilmaz bewerken' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Profiel bewerken - Fatma Yilmaz - Werkbrug WSP-portaal');
    expect(screen.queryByLabelText('Arbeidsbeperkingen')).not.toBeInTheDocument();
    const hours = screen.getByLabelText('Beschikbaar (uren per week)');
    await user.clear(hours);
    await user.type(hours, '32');
    await user.click(screen.getByRole('button', { name: 'Profiel opslaan' }));

    expect(await screen.findByText('Het profiel is opgeslagen.')).toBeInTheDocument();
    expect(location().pathname).toBe(`/inwoners/${jobSeeker.id}`);
    expect(screen.getByText('32 uur')).toBeInTheDocument();
  });

  it('offers the work limitations to the consultant who owns the file', async () => {
    const jobSeeker = buildJobSeeker({
      consultant: {
        __typename: 'JobSeekerConsultant',
        id: consultant.id,
        displayName: consultant.displayName,
      },
      workLimitations: 'Niet tillen.',
    });
    renderPortal({
      path: `/inwoners/${jobSeeker.id}/profiel`,
      mocks: [
        sessionMock(consultant),
        {
          request: { query: JobSeekerProfilePageQuery, variables: { id: jobSeeker.id } },
          result: { data: { jobSeeker } },
        },
      ],
    });

    expect(await screen.findByLabelText('Arbeidsbeperkingen')).toHaveValue('Niet tillen.');
  });
});
