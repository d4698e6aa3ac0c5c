import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { VACANCY_KIND_LABELS } from '@werkbrug/domain-rules';
import { LoadingState, RouterLink, usePageTitle } from '@werkbrug/ui';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql/index.js';
import type {
  CreatePlacementInput,
  RegisterPlacementPageQuery as RegisterPlacementPageData,
} from '../../gql/graphql.js';
import { LoadingPage, QueryErrorPage } from '../../modules/common/components/PageStates.js';
import { actionErrorFrom } from '../../modules/common/errors.js';
import { personName } from '../../modules/common/format.js';
import { introductionStatusLabel } from '../../modules/introduction/labels.js';
import { PlacementForm } from '../../modules/placement/components/PlacementForm.js';
import type { PlacementFlash } from './PlacementListPage.js';

export const RegisterPlacementPageQuery = graphql(`
  query RegisterPlacementPage($introductionId: ID!) {
    introduction(id: $introductionId) {
      id
      status
      nextStatuses
      jobSeeker {
        id
        candidateLabel
        firstName
        lastName
      }
      vacancy {
        id
        title
        kind
        employer {
          id
          name
        }
      }
    }
  }
`);

export const RegisterPlacementPageVacancyQuery = graphql(`
  query RegisterPlacementPageVacancy($vacancyId: ID!) {
    vacancy(id: $vacancyId) {
      id
      hoursMax
    }
  }
`);

export const CreatePlacementMutation = graphql(`
  mutation CreatePlacement($input: CreatePlacementInput!) {
    createPlacement(input: $input) {
      id
      introductionId
    }
  }
`);

const TITLE = 'Plaatsing registreren';

type Introduction = RegisterPlacementPageData['introduction'];

function Heading1() {
  return <Heading level={1}>{TITLE}</Heading>;
}

function WithoutIntroduction() {
  usePageTitle(TITLE);
  return (
    <>
      <Heading1 />
      <Paragraph>
        Een plaatsing registreert u vanuit de introductie waar die uit voortkomt. Ga naar de
        vacature en kies bij de voorgedragen kandidaat &lsquo;Plaatsing registreren&rsquo;.
      </Paragraph>
      <Paragraph>
        <RouterLink to="/vacatures">Naar de vacatures</RouterLink>
      </Paragraph>
    </>
  );
}

function Loaded({ introduction }: { introduction: Introduction }) {
  usePageTitle(TITLE);
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreatePlacementMutation, {
    // The introduction is now PLACED with a new history line, and the lists of placements grew:
    // the pages that show those load them again.
    update(cache) {
      cache.modify({
        id: cache.identify({ __typename: 'Introduction', id: introduction.id }),
        fields: {
          status: () => 'PLACED',
          nextStatuses: () => [],
          history: (_history, { DELETE }) => DELETE,
        },
      });
      cache.evict({ fieldName: 'placements' });
    },
  });
  const vacancy = useQuery(RegisterPlacementPageVacancyQuery, {
    variables: { vacancyId: introduction.vacancy.id },
  });
  const name = personName(introduction.jobSeeker);
  const vacancyPath = `/vacatures/${introduction.vacancy.id}`;

  async function handleSubmit(input: CreatePlacementInput) {
    try {
      const { data } = await create({ variables: { input } });
      const flash: PlacementFlash = {
        saved: `De plaatsing van ${name} is geregistreerd.`,
        placementId: data?.createPlacement.id,
      };
      navigate('/plaatsingen', { state: flash });
      return null;
    } catch (error) {
      return actionErrorFrom(error);
    }
  }

  return (
    <>
      <Heading1 />
      <Paragraph>
        <strong>{name}</strong> als {introduction.vacancy.title} (
        {VACANCY_KIND_LABELS[introduction.vacancy.kind].toLowerCase()}) bij{' '}
        {introduction.vacancy.employer.name}.
      </Paragraph>
      {!introduction.nextStatuses.includes('PLACED') ? (
        <Alert type="info">
          <Paragraph>
            Deze introductie staat op &lsquo;{introductionStatusLabel(introduction.status)}&rsquo;.
            Een plaatsing kan pas na een kennismakingsgesprek of proefplaatsing.{' '}
            <RouterLink to={vacancyPath}>Terug naar de vacature</RouterLink>
          </Paragraph>
        </Alert>
      ) : vacancy.loading ? (
        <LoadingState />
      ) : (
        <PlacementForm
          origin={{
            introductionId: introduction.id,
            jobSeekerId: introduction.jobSeeker.id,
            employerId: introduction.vacancy.employer.id,
            vacancyId: introduction.vacancy.id,
          }}
          suggestedHours={vacancy.data?.vacancy.hoursMax ?? null}
          saving={loading}
          onSubmit={handleSubmit}
          onCancel={() => navigate(vacancyPath)}
        />
      )}
    </>
  );
}

/** Registering a placement from an introduction; the introduction moves to "Geplaatst". */
export function RegisterPlacementPage() {
  const [searchParams] = useSearchParams();
  const introductionId = searchParams.get('introductie') ?? '';
  const { data, error, refetch } = useQuery(RegisterPlacementPageQuery, {
    variables: { introductionId },
    skip: !introductionId,
  });

  if (!introductionId) return <WithoutIntroduction />;
  if (data) return <Loaded introduction={data.introduction} />;
  if (error) return <QueryErrorPage title={TITLE} error={error} onRetry={() => refetch()} />;
  return <LoadingPage title={TITLE} />;
}
