import type { MigrationInterface } from 'typeorm';
import { CreateSchema1795389583993 } from './1795389583993-CreateSchema.js';
import { AddJobCarvingStatusHistory1795390256193 } from './1795390256193-AddJobCarvingStatusHistory.js';
import { AddAssignmentProposal1795392686818 } from './1795392686818-AddAssignmentProposal.js';
import { AddResultsTargetsAndHistory1795393610142 } from './1795393610142-AddResultsTargetsAndHistory.js';
import { AddIntroductionEmployerRequest1795400114711 } from './1795400114711-AddIntroductionEmployerRequest.js';
import { AddIntroductionOutcomeAndConsent1795400152724 } from './1795400152724-AddIntroductionOutcomeAndConsent.js';
import { AddJobCarvingAnalysisAndProposal1795400244081 } from './1795400244081-AddJobCarvingAnalysisAndProposal.js';
import { AddPlacementTermsAndAftercare1795400378792 } from './1795400378792-AddPlacementTermsAndAftercare.js';
import { AddConsentDetailsAndEmployerCrm1795400516950 } from './1795400516950-AddConsentDetailsAndEmployerCrm.js';
import { AddBenefitExitPlacement1795401856076 } from './1795401856076-AddBenefitExitPlacement.js';
import { AlignPlacementInstrumentsWithArrangement1795404042790 } from './1795404042790-AlignPlacementInstrumentsWithArrangement.js';

// Migrations in order. Never edit one after it has landed; add a new one.
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateSchema1795389583993,
  AddJobCarvingStatusHistory1795390256193,
  AddAssignmentProposal1795392686818,
  AddResultsTargetsAndHistory1795393610142,
  AddIntroductionEmployerRequest1795400114711,
  AddIntroductionOutcomeAndConsent1795400152724,
  AddJobCarvingAnalysisAndProposal1795400244081,
  AddPlacementTermsAndAftercare1795400378792,
  AddConsentDetailsAndEmployerCrm1795400516950,
  AddBenefitExitPlacement1795401856076,
  AlignPlacementInstrumentsWithArrangement1795404042790,
];
