import { useMutation } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { formErrorFrom, usePageTitle, type FormError } from '@werkbrug/ui';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NoticeState } from '../../modules/common/notice.js';
import { JobCarvingWizard } from '../../modules/job-carving/components/JobCarvingWizard.js';
import { SubmitJobCarvingRequestMutation } from '../../modules/job-carving/graphql/jobCarving.js';
import {
  STEPS,
  toSubmitInput,
  type JobCarvingValues,
  type Step,
} from '../../modules/job-carving/jobCarvingForm.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';

export function NewJobCarvingRequestPage() {
  const [step, setStep] = useState<Step>(0);
  usePageTitle(`Stap ${step + 1} van ${STEPS.length}: ${STEPS[step]} - Nieuw jobcarving-verzoek`);
  const employerId = useEmployerId();
  const navigate = useNavigate();
  const [submit, { loading }] = useMutation(SubmitJobCarvingRequestMutation);
  const [error, setError] = useState<FormError | null>(null);
  const handleStepChange = useCallback((next: Step) => setStep(next), []);

  async function handleSubmit(values: JobCarvingValues) {
    setError(null);
    try {
      const { data } = await submit({ variables: { input: toSubmitInput(values, employerId) } });
      if (!data) throw new Error('submitJobCarvingRequest returned no data');
      const state: NoticeState = {
        notice: {
          type: 'ok',
          text: 'Uw verzoek is ingediend. Het werkgeversservicepunt neemt contact met u op om het werk samen te bekijken.',
        },
      };
      navigate(`/jobcarving/${data.submitJobCarvingRequest.id}`, { state });
    } catch (caught) {
      setError(formErrorFrom(caught));
    }
  }

  return (
    <>
      <Heading level={1}>Nieuw jobcarving-verzoek</Heading>
      <Paragraph>
        Bij jobcarving kijkt het werkgeversservicepunt met u welke eenvoudige taken uit bestaande
        functies samen een nieuwe functie kunnen vormen, vaak een garantiebaan. Uw vakkrachten
        houden zo meer tijd over voor hun vak.
      </Paragraph>
      <JobCarvingWizard
        onSubmit={handleSubmit}
        error={error}
        busy={loading}
        onStepChange={handleStepChange}
      />
    </>
  );
}
