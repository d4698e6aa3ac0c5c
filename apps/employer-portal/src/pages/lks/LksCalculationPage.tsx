import { Heading, Paragraph } from '@utrecht/component-library-react';
import { usePageTitle } from '@werkbrug/ui';
import { LksEstimateForm } from '../../modules/lks/components/LksEstimateForm.js';

/** The loonkostensubsidie estimate on its own page; it needs no data until the form is sent. */
export function LksCalculationPage() {
  usePageTitle('LKS-berekening');
  return (
    <>
      <Heading level={1}>LKS-berekening</Heading>
      <Paragraph>
        Werkt er bij u iemand die (nog) niet het volle minimumloon kan verdienen? Dan kan de
        gemeente loonkostensubsidie betalen: het verschil tussen het minimumloon en de loonwaarde,
        met vakantiegeld en een vaste vergoeding voor werkgeverslasten. Het loondeel is hoogstens 70
        % van het minimumloon. Reken hier uit wat dat ongeveer is.
      </Paragraph>
      <LksEstimateForm idPrefix="lks" />
    </>
  );
}
