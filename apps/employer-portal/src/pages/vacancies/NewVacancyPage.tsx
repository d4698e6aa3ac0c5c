import { useQuery } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { LoadError, LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql/index.js';
import type { NoticeState } from '../../modules/common/notice.js';
import { useEmployerId } from '../../modules/session/hooks/useEmployerId.js';
import { VacancyForm } from '../../modules/vacancy/components/VacancyForm.js';
import { useSaveVacancy } from '../../modules/vacancy/hooks/useSaveVacancy.js';
import { EMPTY_VACANCY } from '../../modules/vacancy/vacancyForm.js';

export const NewVacancyPageQuery = graphql(`
  query NewVacancyPage($employerId: ID!) {
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

export function NewVacancyPage() {
  usePageTitle('Nieuwe vacature');
  const employerId = useEmployerId();
  const navigate = useNavigate();
  const { data, error: loadError } = useQuery(NewVacancyPageQuery, { variables: { employerId } });
  const { save, busy, error } = useSaveVacancy({ kind: 'create', employerId });
  const locations = data?.employer.locations;

  return (
    <>
      <Heading level={1}>Nieuwe vacature</Heading>
      {locations === undefined ? (
        loadError ? (
          <LoadError>
            Het formulier kan nu niet worden getoond. Probeer het later opnieuw.
          </LoadError>
        ) : (
          <LoadingState />
        )
      ) : locations.length === 0 ? (
        <Paragraph>
          Een vacature hoort bij een vestiging, en uw organisatie heeft er nog geen.{' '}
          <RouterLink to="/organisatie">Voeg eerst een vestiging toe</RouterLink>.
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            U slaat de vacature eerst op als concept. Zodra u haar publiceert, gaat het
            werkgeversservicepunt op zoek naar kandidaten.
          </Paragraph>
          <VacancyForm
            initialValues={{
              ...EMPTY_VACANCY,
              locationId: locations.length === 1 ? locations[0].id : '',
            }}
            locations={locations}
            submitLabel="Opslaan als concept"
            canPublish
            cancelTo="/vacatures"
            busy={busy}
            error={error}
            onSubmit={async (values, options) => {
              const saved = await save(values, options);
              if (!saved) return;
              const state: NoticeState = { notice: saved.notice };
              navigate(`/vacatures/${saved.id}`, { state });
            }}
          />
        </>
      )}
    </>
  );
}
