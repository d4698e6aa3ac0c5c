import { jest } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ActionError } from '../../common/errors.js';
import { CarvedRoleCompetenceSearchQuery } from '../graphql/jobCarving.js';
import {
  CarvedRoleComposer,
  type CarvableTask,
  type CarvedRoleComposerProps,
} from './CarvedRoleComposer.js';

const submitter = (answer: ActionError | null = null) =>
  jest.fn<CarvedRoleComposerProps['onSubmit']>().mockResolvedValue(answer);

const tasks: CarvableTask[] = [
  {
    jobId: 'job-1',
    taskIndex: 1,
    jobTitle: 'Kok',
    taskName: 'Afwassen',
    sharePercent: 25,
    headcount: 2,
  },
  {
    jobId: 'job-2',
    taskIndex: 0,
    jobTitle: 'Receptionist',
    taskName: 'Post sorteren',
    sharePercent: 20,
    headcount: 1,
  },
];

const searchMock: MockLink.MockedResponse = {
  request: { query: CarvedRoleCompetenceSearchQuery, variables: { search: 'afwas', first: 8 } },
  result: {
    data: {
      competences: {
        __typename: 'CompetenceConnection',
        nodes: [
          {
            __typename: 'Competence',
            code: 'VOC_HOSP_DISHWASHING',
            label: 'Afwassen',
            group: 'VOCATIONAL',
          },
        ],
      },
    },
  },
};

function renderComposer(onSubmit = submitter(), mocks: MockLink.MockedResponse[] = []) {
  render(
    <MockedProvider mocks={mocks}>
      <CarvedRoleComposer tasks={tasks} saving={false} onSubmit={onSubmit} />
    </MockedProvider>,
  );
  return onSubmit;
}

describe(CarvedRoleComposer.name, () => {
  it('starts with every carved-out task picked and the hours they take together', () => {
    renderComposer();

    const picked = screen.getByRole('group', { name: /Taken die de nieuwe functie overneemt/ });
    expect(within(picked).getAllByRole('checkbox', { checked: true })).toHaveLength(2);
    // 25 % of 36 h for 2 cooks (18 h) + 20 % of 36 h for 1 receptionist (7,2 h) = 25,2 → 25 in half hours.
    expect(screen.getByLabelText('Uren per week')).toHaveValue('25');
  });

  it('follows the picked tasks with the hours until they are typed over', async () => {
    const user = userEvent.setup();
    renderComposer();

    await user.click(screen.getByRole('checkbox', { name: /Post sorteren/ }));
    expect(screen.getByLabelText('Uren per week')).toHaveValue('18');

    const hours = screen.getByLabelText('Uren per week');
    await user.clear(hours);
    await user.type(hours, '20');
    await user.click(screen.getByRole('checkbox', { name: /Post sorteren/ }));
    expect(hours).toHaveValue('20');
  });

  it('checks the role before sending and says what is missing at each field', async () => {
    const user = userEvent.setup();
    const onSubmit = renderComposer();

    await user.click(screen.getByRole('checkbox', { name: /Afwassen/ }));
    await user.click(screen.getByRole('checkbox', { name: /Post sorteren/ }));
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Het voorstel is niet goed ingevuld.');
    expect(screen.getByLabelText('Titel van de nieuwe functie')).toHaveAccessibleDescription(
      'Bijvoorbeeld "Medewerker spoelkeuken". Geef de functie een titel.',
    );
    expect(screen.getByText('Kies minstens één taak voor de nieuwe functie.')).toBeInTheDocument();
    expect(screen.getByLabelText('Voorstel aan de werkgever')).toBeInvalid();
    expect(screen.getByLabelText('Titel van de nieuwe functie')).toHaveFocus();
  });

  it('sends the composed role with the tasks, hours and the competences picked', async () => {
    const user = userEvent.setup();
    const onSubmit = renderComposer(undefined, [searchMock]);

    await user.type(
      screen.getByLabelText('Titel van de nieuwe functie'),
      ' Medewerker spoelkeuken ',
    );
    await user.click(screen.getByRole('checkbox', { name: /Post sorteren/ }));
    const hours = screen.getByLabelText('Uren per week');
    await user.clear(hours);
    await user.type(hours, '20,5');
    await user.type(screen.getByLabelText('Competentie zoeken'), 'afwas');
    await user.click(await screen.findByRole('button', { name: 'Afwassen toevoegen' }));
    await user.selectOptions(screen.getByLabelText('Minimumniveau'), 'Niveau 3');
    await user.selectOptions(screen.getByLabelText('Vereist of gewenst'), 'Gewenst');
    await user.type(
      screen.getByLabelText('Voorstel aan de werkgever'),
      'Een functie voor de spoelkeuken.',
    );
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));

    expect(onSubmit).toHaveBeenCalledWith({
      title: 'Medewerker spoelkeuken',
      description: 'Een functie voor de spoelkeuken.',
      hoursPerWeek: 20.5,
      tasks: [{ jobId: 'job-1', taskIndex: 1 }],
      competences: [{ competenceCode: 'VOC_HOSP_DISHWASHING', minLevel: 3, requirement: 'WISHED' }],
    });
  });

  it("shows the API's field errors at the task list and the competence, keeping what was typed", async () => {
    const user = userEvent.setup();
    const onSubmit = submitter({
      message: 'Het formulier is niet goed ingevuld.',
      fields: {
        'tasks.0.taskIndex': 'Deze taak is in de analyse niet als afsplitsbaar aangemerkt.',
        'competences.0.competenceCode': 'Deze competentie bestaat niet (meer).',
      },
    });
    renderComposer(onSubmit, [searchMock]);

    await user.type(screen.getByLabelText('Titel van de nieuwe functie'), 'Spoelkeuken');
    await user.type(screen.getByLabelText('Competentie zoeken'), 'afwas');
    await user.click(await screen.findByRole('button', { name: 'Afwassen toevoegen' }));
    await user.type(screen.getByLabelText('Voorstel aan de werkgever'), 'Tekst');
    await user.click(screen.getByRole('button', { name: 'Voorstel versturen' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(
      'Deze taak is in de analyse niet als afsplitsbaar aangemerkt.',
    );
    expect(summary).toHaveTextContent('Afwassen: Deze competentie bestaat niet (meer).');
    const competence = screen.getByRole('group', { name: 'Afwassen' });
    expect(competence).toHaveTextContent('Deze competentie bestaat niet (meer).');
    expect(screen.getByLabelText('Titel van de nieuwe functie')).toHaveValue('Spoelkeuken');
    expect(screen.getByLabelText('Voorstel aan de werkgever')).toHaveValue('Tekst');
  });
});
