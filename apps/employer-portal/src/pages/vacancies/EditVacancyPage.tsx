import { useQuery } from '@apollo/client/react';
import { Heading } from '@utrecht/component-library-react';
import { isNotFound, LoadError, LoadingState, NotFoundPage, usePageTitle } from '@werkbrug/ui';
import { useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { NoticeState } from '../../modules/common/notice.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';
import { VacancyForm } from '../../modules/vacancy/components/VacancyForm.js';
import { useSaveVacancy } from '../../modules/vacancy/hooks/useSaveVacancy.js';
import { vacancyValuesOf } from '../../modules/vacancy/vacancyForm.js';

export const EditVacancyPageQuery = graphql(`
  query EditVacancyPage($id: ID!, $employerId: ID!) {
    vacancy(id: $id) {
      id
      location {
        id
        name
        city
      }
      ...VacancyForm_vacancy
    }
    employer(id: $employerId) {
      id
      locations {
        id
        name
        city
      }
    }
  }
`);

export function EditVacancyPage() {
  const { id = '' } = useParams();
  const employerId = useEmployerId();
  const navigate = useNavigate();
  const { data, error: loadError } = useQuery(EditVacancyPageQuery, {
    variables: { id, employerId },
  });
  const vacancy = data?.vacancy;
  const saved = vacancy ? vacancyValuesOf(vacancy) : null;
  const { save, busy, error } = useSaveVacancy({
    kind: 'update',
    id,
    savedCompetences: saved?.competences ?? [],
  });
  usePageTitle(vacancy ? `${vacancy.title} wijzigen` : 'Vacature wijzigen');

  if (!data || !vacancy || !saved) {
    if (loadError && isNotFound(loadError)) return <NotFoundPage />;
    return (
      <>
        <Heading level={1}>Vacature wijzigen</Heading>
        {loadError ? (
          <LoadError>De vacature kan nu niet worden getoond. Probeer het later opnieuw.</LoadError>
        ) : (
          <LoadingState />
        )}
      </>
    );
  }

  // A location archived since keeps being offered for this vacancy.
  const locations = data.employer.locations.some((l) => l.id === vacancy.location.id)
    ? data.employer.locations
    : [vacancy.location, ...data.employer.locations];

  return (
    <>
      <Heading level={1}>{vacancy.title} wijzigen</Heading>
      <VacancyForm
        initialValues={saved}
        locations={locations}
        submitLabel="Wijzigingen opslaan"
        canPublish={vacancy.status === 'DRAFT'}
        cancelTo={`/vacatures/${vacancy.id}`}
        busy={busy}
        error={error}
        onSubmit={async (values, options) => {
          const result = await save(values, options);
          if (!result) return;
          const state: NoticeState = { notice: result.notice };
          navigate(`/vacatures/${result.id}`, { state });
        }}
      />
    </>
  );
}
