import { useMutation } from '@apollo/client/react';
import { formErrorFrom, type FormError } from '@werkbrug/ui';
import { useState } from 'react';
import type { Notice } from '../../common/notice.js';
import {
  ChangeVacancyStatusMutation,
  CreateVacancyMutation,
  SetVacancyCompetencesMutation,
  UpdateVacancyMutation,
} from '../graphql/vacancy.js';
import {
  competencesChanged,
  toCompetenceInputs,
  toCreateVacancyInput,
  toUpdateVacancyInput,
  type CompetenceChoice,
  type VacancyValues,
} from '../vacancyForm.js';

export interface SavedVacancy {
  id: string;
  notice: Notice;
}

type Target =
  | { kind: 'create'; employerId: string }
  | { kind: 'update'; id: string; savedCompetences: readonly CompetenceChoice[] };

/**
 * Saves the vacancy form: create or update (with its competences), then publish when asked.
 * Resolves with where to go next, or null when the API refused (the error is then in `error`).
 */
export function useSaveVacancy(target: Target) {
  const [createVacancy] = useMutation(CreateVacancyMutation);
  const [updateVacancy] = useMutation(UpdateVacancyMutation);
  const [setCompetences] = useMutation(SetVacancyCompetencesMutation);
  const [changeStatus] = useMutation(ChangeVacancyStatusMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);

  async function saveFields(values: VacancyValues): Promise<string> {
    if (target.kind === 'create') {
      const { data } = await createVacancy({
        variables: { input: toCreateVacancyInput(values, target.employerId) },
      });
      if (!data) throw new Error('createVacancy returned no data');
      return data.createVacancy.id;
    }
    await updateVacancy({ variables: { id: target.id, input: toUpdateVacancyInput(values) } });
    if (competencesChanged(target.savedCompetences, values.competences)) {
      await setCompetences({
        variables: { id: target.id, competences: toCompetenceInputs(values.competences) },
      });
    }
    return target.id;
  }

  async function publish(id: string, saved: string): Promise<Notice> {
    try {
      await changeStatus({ variables: { id, status: 'OPEN' } });
      return { type: 'ok', text: 'De vacature is opgeslagen en gepubliceerd.' };
    } catch (caught) {
      return {
        type: 'warning',
        text: `${saved} Publiceren is niet gelukt: ${formErrorFrom(caught).message}`,
      };
    }
  }

  async function save(
    values: VacancyValues,
    options: { publish: boolean },
  ): Promise<SavedVacancy | null> {
    setBusy(true);
    setError(null);
    try {
      const id = await saveFields(values);
      const saved =
        target.kind === 'create'
          ? 'De vacature is opgeslagen als concept.'
          : 'De wijzigingen zijn opgeslagen.';
      const notice: Notice = options.publish
        ? await publish(id, saved)
        : { type: 'ok', text: saved };
      return { id, notice };
    } catch (caught) {
      setError(formErrorFrom(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { save, busy, error };
}
