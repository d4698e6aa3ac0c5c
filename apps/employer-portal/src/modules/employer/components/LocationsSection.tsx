import { useMutation } from '@apollo/client/react';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { inputFieldKey } from '@werkbrug/ui';
import type { LocationsSection_EmployerFragment } from '../../../gql/graphql.js';
import { ManagedListSection } from '../../common/ManagedListSection.js';
import type { TextFieldSpec } from '../../common/TextFieldsForm.js';
import {
  AddEmployerLocationMutation,
  ArchiveEmployerLocationMutation,
  UpdateEmployerLocationMutation,
} from '../graphql/locations.js';
import {
  EMPTY_LOCATION,
  LOCATION_FIELDS,
  toLocationInput,
  validateLocation,
  type LocationField,
} from '../locationForm.js';

export { LocationsSectionFragment } from '../graphql/locations.js';

type Location = LocationsSection_EmployerFragment['locations'][number];

const FIELDS: readonly TextFieldSpec<LocationField>[] = [
  { key: 'name', label: 'Naam van de vestiging', description: 'Bijvoorbeeld "Winkel centrum".' },
  { key: 'street', label: 'Straat en huisnummer', optional: true, autoComplete: 'address-line1' },
  {
    key: 'postcode',
    label: 'Postcode',
    description: 'Vier cijfers en twee letters, zoals 1211 AB.',
    autoComplete: 'postal-code',
  },
  { key: 'city', label: 'Plaats', autoComplete: 'address-level2' },
];

const keyOf = inputFieldKey(LOCATION_FIELDS);

function valuesOf(location: Location) {
  return {
    name: location.name,
    street: location.street ?? '',
    postcode: location.postcode,
    city: location.city,
  };
}

function LocationDetails({ location }: { location: Location }) {
  return (
    <>
      <Heading level={3}>{location.name}</Heading>
      <Paragraph>
        {location.street && (
          <>
            {location.street}
            <br />
          </>
        )}
        {location.postcode} {location.city}
      </Paragraph>
    </>
  );
}

/** The employer's locations (vestigingen): where vacancies are. */
export function LocationsSection({ employer }: { employer: LocationsSection_EmployerFragment }) {
  const [addLocation] = useMutation(AddEmployerLocationMutation);
  const [updateLocation] = useMutation(UpdateEmployerLocationMutation);
  const [archiveLocation] = useMutation(ArchiveEmployerLocationMutation);

  return (
    <ManagedListSection
      id="vestigingen"
      title="Vestigingen"
      noun="vestiging"
      items={employer.locations}
      itemName={(location) => location.name}
      renderItem={(location) => <LocationDetails location={location} />}
      emptyText="Er zijn nog geen vestigingen. Voeg er een toe: een vacature hoort altijd bij een vestiging."
      archiveWarning="U kunt haar dan niet meer kiezen bij nieuwe vacatures; bestaande vacatures houden haar adres."
      fields={FIELDS}
      emptyValues={EMPTY_LOCATION}
      valuesOf={valuesOf}
      validate={validateLocation}
      keyOf={keyOf}
      onAdd={(values) =>
        addLocation({ variables: { employerId: employer.id, input: toLocationInput(values) } })
      }
      onUpdate={(id, values) =>
        updateLocation({ variables: { id, input: toLocationInput(values) } })
      }
      onArchive={(id) => archiveLocation({ variables: { id } })}
    />
  );
}
