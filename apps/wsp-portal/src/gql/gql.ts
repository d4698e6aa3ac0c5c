/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AftercareSchedule_placement on Placement {\n    id\n    startDate\n    archivedAt\n    aftercareCheckIns {\n      id\n      kind\n      dueDate\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n': typeof types.AftercareSchedule_PlacementFragmentDoc;
  '\n  mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {\n    recordAftercareCheckIn(id: $id, input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n': typeof types.RecordAftercareCheckInDocument;
  '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n': typeof types.CompetenceScanEditor_CompetenceFragmentDoc;
  '\n  fragment AgreementsSection_employer on Employer {\n    id\n    agreements {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n': typeof types.AgreementsSection_EmployerFragmentDoc;
  '\n  mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {\n    addEmployerAgreement(employerId: $employerId, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n': typeof types.AddEmployerAgreementDocument;
  '\n  mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {\n    updateEmployerAgreement(id: $id, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n': typeof types.UpdateEmployerAgreementDocument;
  '\n  mutation ArchiveEmployerAgreement($id: ID!) {\n    archiveEmployerAgreement(id: $id) {\n      id\n    }\n  }\n': typeof types.ArchiveEmployerAgreementDocument;
  '\n  fragment ContactMomentsSection_employer on Employer {\n    id\n    contactMoments {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n': typeof types.ContactMomentsSection_EmployerFragmentDoc;
  '\n  mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {\n    addEmployerContactMoment(employerId: $employerId, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n': typeof types.AddEmployerContactMomentDocument;
  '\n  mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {\n    updateEmployerContactMoment(id: $id, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n': typeof types.UpdateEmployerContactMomentDocument;
  '\n  mutation ArchiveEmployerContactMoment($id: ID!) {\n    archiveEmployerContactMoment(id: $id) {\n      id\n    }\n  }\n': typeof types.ArchiveEmployerContactMomentDocument;
  '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n': typeof types.EmployerTable_EmployerFragmentDoc;
  '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    endReason\n    requestedByEmployer\n    employerMessage\n    proposedDates\n    consent {\n      givenOn\n      method\n      expiresOn\n      expired\n    }\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      endReason\n      changedBy {\n        displayName\n      }\n    }\n  }\n': typeof types.IntroductionCard_IntroductionFragmentDoc;
  '\n  mutation ChangeIntroductionStatus(\n    $id: ID!\n    $status: IntroductionStatus!\n    $note: String\n    $endReason: IntroductionEndReason\n    $consent: IntroductionConsentInput\n  ) {\n    changeIntroductionStatus(\n      id: $id\n      status: $status\n      note: $note\n      endReason: $endReason\n      consent: $consent\n    ) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n': typeof types.ChangeIntroductionStatusDocument;
  '\n  fragment JobCarvingRequest_request on JobCarvingRequest {\n    id\n    department\n    reason\n    notes\n    status\n    regionCode\n    createdAt\n    employer {\n      id\n      name\n    }\n    jobs {\n      id\n      title\n      headcount\n      tasks {\n        name\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    analysis {\n      summary\n      recordedByName\n      recordedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    proposal {\n      title\n      description\n      hoursPerWeek\n      proposedByName\n      proposedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n      }\n      competences {\n        competenceCode\n        competenceName\n        minLevel\n        weight\n        requirement\n      }\n    }\n    vacancy {\n      id\n      title\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedByName\n      changedAt\n    }\n  }\n': typeof types.JobCarvingRequest_RequestFragmentDoc;
  '\n  mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {\n    recordJobCarvingAnalysis(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n': typeof types.RecordJobCarvingAnalysisDocument;
  '\n  mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {\n    proposeJobCarvingRole(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n': typeof types.ProposeJobCarvingRoleDocument;
  '\n  mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {\n    createVacancyFromJobCarving(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n': typeof types.CreateVacancyFromJobCarvingDocument;
  '\n  query CarvedRoleCompetenceSearch($search: String!, $first: Int!) {\n    competences(search: $search, first: $first) {\n      nodes {\n        code\n        label\n        group\n      }\n    }\n  }\n': typeof types.CarvedRoleCompetenceSearchDocument;
  '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n': typeof types.AvailabilityPanel_JobSeekerFragmentDoc;
  '\n  fragment BenefitExitPanel_benefitExit on BenefitExit {\n    id\n    exitDate\n    kind\n    reason\n    municipalityName\n  }\n': typeof types.BenefitExitPanel_BenefitExitFragmentDoc;
  '\n  query BenefitExitPanel($jobSeekerId: ID!) {\n    benefitExits(jobSeekerId: $jobSeekerId) {\n      ...BenefitExitPanel_benefitExit\n    }\n    placements(jobSeekerId: $jobSeekerId, first: 100) {\n      nodes {\n        id\n        startDate\n        endDate\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.BenefitExitPanelDocument;
  '\n  mutation RecordBenefitExit($input: RecordBenefitExitInput!) {\n    recordBenefitExit(input: $input) {\n      ...BenefitExitPanel_benefitExit\n    }\n  }\n': typeof types.RecordBenefitExitDocument;
  '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n': typeof types.ConfirmJobSeekerAvailabilityDocument;
  '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    consentEffectiveOn\n    consentMethod\n    consentExpiresOn\n    consentExpired\n    consentRecordedBy\n    archivedAt\n    consentHistory {\n      id\n      status\n      method\n      effectiveOn\n      expiresOn\n      recordedBy\n      recordedAt\n    }\n  }\n': typeof types.ConsentPanel_JobSeekerFragmentDoc;
  '\n  mutation RecordJobSeekerConsent(\n    $id: ID!\n    $status: ConsentStatus!\n    $method: ConsentMethod\n    $effectiveOn: String\n    $expiresOn: String\n  ) {\n    recordJobSeekerConsent(\n      id: $id\n      status: $status\n      method: $method\n      effectiveOn: $effectiveOn\n      expiresOn: $expiresOn\n    ) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n': typeof types.RecordJobSeekerConsentDocument;
  '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n': typeof types.JobSeekerFile_JobSeekerFragmentDoc;
  '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n': typeof types.JobSeekerTable_JobSeekerFragmentDoc;
  '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n': typeof types.ProfileForm_JobSeekerFragmentDoc;
  '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n': typeof types.MatchExplanation_ExplanationFragmentDoc;
  '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n': typeof types.SuggestionCard_MatchFragmentDoc;
  '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n': typeof types.ProposeIntroductionDocument;
  '\n  fragment VacancySuggestionCard_match on JobSeekerMatch {\n    rank\n    score\n    vacancy {\n      id\n      title\n      kind\n      employerName\n      regionCode\n      city\n      hoursMin\n      hoursMax\n    }\n    explanation {\n      jobSeekerRegionCode\n      ...MatchExplanation_explanation\n    }\n  }\n': typeof types.VacancySuggestionCard_MatchFragmentDoc;
  '\n  fragment RegionReport_Banenafspraak on BanenafspraakResults {\n    regionCode\n    regionName\n    quarters {\n      quarter\n      countDate\n      extraJobs {\n        markt {\n          value\n          display\n        }\n        overheid {\n          value\n          display\n        }\n        total {\n          value\n          display\n        }\n      }\n      target {\n        jobs\n      }\n      percentOfTarget {\n        total {\n          value\n          display\n        }\n      }\n      peopleStarted {\n        display\n      }\n      peopleLost {\n        display\n      }\n    }\n  }\n': typeof types.RegionReport_BanenafspraakFragmentDoc;
  '\n  fragment RegionReport_Municipality on MunicipalityResult {\n    municipalityCode\n    municipalityName\n    realised {\n      value\n      display\n    }\n    target\n    percentOfTarget {\n      value\n      display\n    }\n  }\n': typeof types.RegionReport_MunicipalityFragmentDoc;
  '\n  fragment RegionReport_BeschutWerk on BeschutWerkResults {\n    countDate\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n    }\n  }\n': typeof types.RegionReport_BeschutWerkFragmentDoc;
  '\n  fragment RegionReport_Uitstroom on UitstroomResults {\n    from\n    to\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n      full {\n        display\n      }\n      partial {\n        display\n      }\n    }\n  }\n': typeof types.RegionReport_UitstroomFragmentDoc;
  '\n  fragment RegionReport_Pipeline on PipelineResults {\n    from\n    to\n    funnel {\n      proposed {\n        value\n        display\n      }\n      introduced {\n        value\n        display\n      }\n      placed {\n        value\n        display\n      }\n    }\n    instruments {\n      instrument\n      people {\n        value\n        display\n      }\n    }\n    placementsTotal {\n      display\n    }\n    averageDaysVacancyToPlacement {\n      value\n      display\n    }\n    aftercareOnTime {\n      checkInsDue {\n        display\n      }\n      percentage {\n        display\n      }\n    }\n  }\n': typeof types.RegionReport_PipelineFragmentDoc;
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n': typeof types.Viewer_ViewerFragmentDoc;
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.SessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n': typeof types.VacancyTable_VacancyFragmentDoc;
  '\n  query AftercareTasksPage($mine: Boolean!, $dueBefore: String, $first: Int!, $after: String) {\n    aftercareTasks(mine: $mine, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        checkIn {\n          id\n          kind\n          dueDate\n          status\n          completedOn\n          overdue\n          daysOverdue\n        }\n        placement {\n          id\n          candidateLabel\n          jobSeekerName\n          employerId\n          employerName\n          accountManagerName\n          atRisk\n          atRiskReason\n        }\n      }\n    }\n  }\n': typeof types.AftercareTasksPageDocument;
  '\n  query AssignmentPage {\n    viewer {\n      id\n      roles\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n': typeof types.AssignmentPageDocument;
  '\n  query AssignmentProposal($id: ID!) {\n    assignmentProposal(id: $id) {\n      id\n      regionCode\n      status\n      progress\n      includeOtherRegions\n      error\n      result {\n        totalScore\n        greedyTotalScore\n        gain\n        gainPercent\n        places\n        placesFilled\n        pairs {\n          score\n          vacancy {\n            id\n            title\n            employerName\n          }\n          jobSeeker {\n            id\n            candidateLabel\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n': typeof types.AssignmentProposalDocument;
  '\n  mutation StartAssignmentProposal($regionCode: String!, $includeOtherRegions: Boolean) {\n    startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) {\n      id\n      status\n      progress\n    }\n  }\n': typeof types.StartAssignmentProposalDocument;
  '\n  mutation AcceptAssignmentPairs($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {\n    acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) {\n      vacancyId\n      jobSeekerId\n      outcome\n      introductionId\n      message\n    }\n  }\n': typeof types.AcceptAssignmentPairsDocument;
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.LoginPage_LoginDocument;
  '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n': typeof types.EmployerListPageDocument;
  '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    placements(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        jobSeeker {\n          id\n          candidateLabel\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.EmployerPageDocument;
  '\n  query EmployerPageCrm($id: ID!) {\n    employer(id: $id) {\n      id\n      ...ContactMomentsSection_employer\n      ...AgreementsSection_employer\n    }\n  }\n': typeof types.EmployerPageCrmDocument;
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n': typeof types.StartPageDocument;
  '\n  query InboxPage($createdSince: String!, $first: Int!) {\n    vacancies(status: OPEN, createdSince: $createdSince, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        createdAt\n        employer {\n          id\n          name\n        }\n      }\n    }\n    submitted: jobCarvingRequests(status: SUBMITTED, first: $first) {\n      ...InboxPage_requests\n    }\n    analysing: jobCarvingRequests(status: ANALYSING, first: $first) {\n      ...InboxPage_requests\n    }\n    accepted: jobCarvingRequests(status: ACCEPTED, first: $first) {\n      ...InboxPage_requests\n    }\n  }\n\n  fragment InboxPage_requests on JobCarvingRequestConnection {\n    totalCount\n    nodes {\n      id\n      department\n      status\n      createdAt\n      updatedAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n': typeof types.InboxPageDocument;
  '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      ...JobCarvingRequest_request\n    }\n  }\n': typeof types.JobCarvingRequestPageDocument;
  '\n  query JobCarvingRequestPageLocations($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n': typeof types.JobCarvingRequestPageLocationsDocument;
  '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n': typeof types.CompetenceScanPageDocument;
  '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n': typeof types.CompetenceScanPageTaxonomyDocument;
  '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n': typeof types.SetJobSeekerCompetencesDocument;
  '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n    $availabilityStale: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n      availabilityStale: $availabilityStale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n': typeof types.JobSeekerListPageDocument;
  '\n  query JobSeekerListPageFollowUp {\n    jobSeekerCount(availabilityStale: true)\n  }\n': typeof types.JobSeekerListPageFollowUpDocument;
  '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n': typeof types.JobSeekerListPageRegionsDocument;
  '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n': typeof types.JobSeekerListPageMunicipalitiesDocument;
  '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n': typeof types.JobSeekerPageDocument;
  '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n': typeof types.JobSeekerProfilePageDocument;
  '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n': typeof types.UpdateJobSeekerProfileDocument;
  '\n  query JobSeekerVacanciesPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      nodes {\n        id\n        status\n        vacancy {\n          id\n        }\n      }\n    }\n  }\n': typeof types.JobSeekerVacanciesPageDocument;
  '\n  query JobSeekerVacancySuggestions(\n    $jobSeekerId: ID!\n    $first: Int!\n    $filters: JobSeekerMatchFilters\n  ) {\n    jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {\n      vacancy {\n        id\n      }\n      ...VacancySuggestionCard_match\n    }\n  }\n': typeof types.JobSeekerVacancySuggestionsDocument;
  '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.PlacementListPageDocument;
  '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      arrangement\n      arrangementExtended\n      contractType\n      hoursPerWeek\n      hourlyWage\n      startDate\n      endDate\n      limitDate\n      warning\n      instruments\n      loonwaardePercentage\n      jobcoachHours\n      jobcoachHoursUnit\n      banenafspraakJobs\n      endReason\n      endNote\n      atRisk\n      atRiskReason\n      archivedAt\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      employer {\n        id\n        name\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSchedule_placement\n    }\n  }\n': typeof types.PlacementPageDocument;
  '\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) {\n      id\n      active\n      endDate\n      endReason\n      endNote\n      warning\n      atRisk\n      atRiskReason\n      aftercareCheckIns {\n        id\n        status\n        overdue\n        daysOverdue\n      }\n    }\n  }\n': typeof types.EndPlacementDocument;
  '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.RegisterPlacementPageDocument;
  '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n': typeof types.RegisterPlacementPageVacancyDocument;
  '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n': typeof types.CreatePlacementDocument;
  '\n  query RegionReportPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n': typeof types.RegionReportPageDocument;
  '\n  query RegionResultsPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n': typeof types.RegionResultsPageDocument;
  '\n  query ResultsOverviewPage($quarter: String, $year: Int) {\n    nationalOverview(quarter: $quarter, year: $year) {\n      quarter\n      countDate\n      regions {\n        regionCode\n        regionName\n        active\n        inScope\n        extraJobs {\n          value\n          display\n        }\n        targetJobs\n        percentOfTarget {\n          value\n          display\n        }\n      }\n    }\n  }\n': typeof types.ResultsOverviewPageDocument;
  '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.MatchingPageDocument;
  '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n': typeof types.MatchingWorkbenchPageDocument;
  '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n': typeof types.MatchingWorkbenchSuggestionsDocument;
  '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.VacancyListPageDocument;
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n': typeof types.VacancyPageDocument;
};
const documents: Documents = {
  '\n  fragment AftercareSchedule_placement on Placement {\n    id\n    startDate\n    archivedAt\n    aftercareCheckIns {\n      id\n      kind\n      dueDate\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n':
    types.AftercareSchedule_PlacementFragmentDoc,
  '\n  mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {\n    recordAftercareCheckIn(id: $id, input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n':
    types.RecordAftercareCheckInDocument,
  '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n':
    types.CompetenceScanEditor_CompetenceFragmentDoc,
  '\n  fragment AgreementsSection_employer on Employer {\n    id\n    agreements {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n':
    types.AgreementsSection_EmployerFragmentDoc,
  '\n  mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {\n    addEmployerAgreement(employerId: $employerId, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n':
    types.AddEmployerAgreementDocument,
  '\n  mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {\n    updateEmployerAgreement(id: $id, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n':
    types.UpdateEmployerAgreementDocument,
  '\n  mutation ArchiveEmployerAgreement($id: ID!) {\n    archiveEmployerAgreement(id: $id) {\n      id\n    }\n  }\n':
    types.ArchiveEmployerAgreementDocument,
  '\n  fragment ContactMomentsSection_employer on Employer {\n    id\n    contactMoments {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n':
    types.ContactMomentsSection_EmployerFragmentDoc,
  '\n  mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {\n    addEmployerContactMoment(employerId: $employerId, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n':
    types.AddEmployerContactMomentDocument,
  '\n  mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {\n    updateEmployerContactMoment(id: $id, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n':
    types.UpdateEmployerContactMomentDocument,
  '\n  mutation ArchiveEmployerContactMoment($id: ID!) {\n    archiveEmployerContactMoment(id: $id) {\n      id\n    }\n  }\n':
    types.ArchiveEmployerContactMomentDocument,
  '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n':
    types.EmployerTable_EmployerFragmentDoc,
  '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    endReason\n    requestedByEmployer\n    employerMessage\n    proposedDates\n    consent {\n      givenOn\n      method\n      expiresOn\n      expired\n    }\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      endReason\n      changedBy {\n        displayName\n      }\n    }\n  }\n':
    types.IntroductionCard_IntroductionFragmentDoc,
  '\n  mutation ChangeIntroductionStatus(\n    $id: ID!\n    $status: IntroductionStatus!\n    $note: String\n    $endReason: IntroductionEndReason\n    $consent: IntroductionConsentInput\n  ) {\n    changeIntroductionStatus(\n      id: $id\n      status: $status\n      note: $note\n      endReason: $endReason\n      consent: $consent\n    ) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n':
    types.ChangeIntroductionStatusDocument,
  '\n  fragment JobCarvingRequest_request on JobCarvingRequest {\n    id\n    department\n    reason\n    notes\n    status\n    regionCode\n    createdAt\n    employer {\n      id\n      name\n    }\n    jobs {\n      id\n      title\n      headcount\n      tasks {\n        name\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    analysis {\n      summary\n      recordedByName\n      recordedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    proposal {\n      title\n      description\n      hoursPerWeek\n      proposedByName\n      proposedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n      }\n      competences {\n        competenceCode\n        competenceName\n        minLevel\n        weight\n        requirement\n      }\n    }\n    vacancy {\n      id\n      title\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedByName\n      changedAt\n    }\n  }\n':
    types.JobCarvingRequest_RequestFragmentDoc,
  '\n  mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {\n    recordJobCarvingAnalysis(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n':
    types.RecordJobCarvingAnalysisDocument,
  '\n  mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {\n    proposeJobCarvingRole(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n':
    types.ProposeJobCarvingRoleDocument,
  '\n  mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {\n    createVacancyFromJobCarving(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n':
    types.CreateVacancyFromJobCarvingDocument,
  '\n  query CarvedRoleCompetenceSearch($search: String!, $first: Int!) {\n    competences(search: $search, first: $first) {\n      nodes {\n        code\n        label\n        group\n      }\n    }\n  }\n':
    types.CarvedRoleCompetenceSearchDocument,
  '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n':
    types.AvailabilityPanel_JobSeekerFragmentDoc,
  '\n  fragment BenefitExitPanel_benefitExit on BenefitExit {\n    id\n    exitDate\n    kind\n    reason\n    municipalityName\n  }\n':
    types.BenefitExitPanel_BenefitExitFragmentDoc,
  '\n  query BenefitExitPanel($jobSeekerId: ID!) {\n    benefitExits(jobSeekerId: $jobSeekerId) {\n      ...BenefitExitPanel_benefitExit\n    }\n    placements(jobSeekerId: $jobSeekerId, first: 100) {\n      nodes {\n        id\n        startDate\n        endDate\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.BenefitExitPanelDocument,
  '\n  mutation RecordBenefitExit($input: RecordBenefitExitInput!) {\n    recordBenefitExit(input: $input) {\n      ...BenefitExitPanel_benefitExit\n    }\n  }\n':
    types.RecordBenefitExitDocument,
  '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n':
    types.ConfirmJobSeekerAvailabilityDocument,
  '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    consentEffectiveOn\n    consentMethod\n    consentExpiresOn\n    consentExpired\n    consentRecordedBy\n    archivedAt\n    consentHistory {\n      id\n      status\n      method\n      effectiveOn\n      expiresOn\n      recordedBy\n      recordedAt\n    }\n  }\n':
    types.ConsentPanel_JobSeekerFragmentDoc,
  '\n  mutation RecordJobSeekerConsent(\n    $id: ID!\n    $status: ConsentStatus!\n    $method: ConsentMethod\n    $effectiveOn: String\n    $expiresOn: String\n  ) {\n    recordJobSeekerConsent(\n      id: $id\n      status: $status\n      method: $method\n      effectiveOn: $effectiveOn\n      expiresOn: $expiresOn\n    ) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n':
    types.RecordJobSeekerConsentDocument,
  '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n':
    types.JobSeekerFile_JobSeekerFragmentDoc,
  '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n':
    types.JobSeekerTable_JobSeekerFragmentDoc,
  '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n':
    types.ProfileForm_JobSeekerFragmentDoc,
  '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n':
    types.MatchExplanation_ExplanationFragmentDoc,
  '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n':
    types.SuggestionCard_MatchFragmentDoc,
  '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n':
    types.ProposeIntroductionDocument,
  '\n  fragment VacancySuggestionCard_match on JobSeekerMatch {\n    rank\n    score\n    vacancy {\n      id\n      title\n      kind\n      employerName\n      regionCode\n      city\n      hoursMin\n      hoursMax\n    }\n    explanation {\n      jobSeekerRegionCode\n      ...MatchExplanation_explanation\n    }\n  }\n':
    types.VacancySuggestionCard_MatchFragmentDoc,
  '\n  fragment RegionReport_Banenafspraak on BanenafspraakResults {\n    regionCode\n    regionName\n    quarters {\n      quarter\n      countDate\n      extraJobs {\n        markt {\n          value\n          display\n        }\n        overheid {\n          value\n          display\n        }\n        total {\n          value\n          display\n        }\n      }\n      target {\n        jobs\n      }\n      percentOfTarget {\n        total {\n          value\n          display\n        }\n      }\n      peopleStarted {\n        display\n      }\n      peopleLost {\n        display\n      }\n    }\n  }\n':
    types.RegionReport_BanenafspraakFragmentDoc,
  '\n  fragment RegionReport_Municipality on MunicipalityResult {\n    municipalityCode\n    municipalityName\n    realised {\n      value\n      display\n    }\n    target\n    percentOfTarget {\n      value\n      display\n    }\n  }\n':
    types.RegionReport_MunicipalityFragmentDoc,
  '\n  fragment RegionReport_BeschutWerk on BeschutWerkResults {\n    countDate\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n    }\n  }\n':
    types.RegionReport_BeschutWerkFragmentDoc,
  '\n  fragment RegionReport_Uitstroom on UitstroomResults {\n    from\n    to\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n      full {\n        display\n      }\n      partial {\n        display\n      }\n    }\n  }\n':
    types.RegionReport_UitstroomFragmentDoc,
  '\n  fragment RegionReport_Pipeline on PipelineResults {\n    from\n    to\n    funnel {\n      proposed {\n        value\n        display\n      }\n      introduced {\n        value\n        display\n      }\n      placed {\n        value\n        display\n      }\n    }\n    instruments {\n      instrument\n      people {\n        value\n        display\n      }\n    }\n    placementsTotal {\n      display\n    }\n    averageDaysVacancyToPlacement {\n      value\n      display\n    }\n    aftercareOnTime {\n      checkInsDue {\n        display\n      }\n      percentage {\n        display\n      }\n    }\n  }\n':
    types.RegionReport_PipelineFragmentDoc,
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n':
    types.Viewer_ViewerFragmentDoc,
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': types.SessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n':
    types.VacancyTable_VacancyFragmentDoc,
  '\n  query AftercareTasksPage($mine: Boolean!, $dueBefore: String, $first: Int!, $after: String) {\n    aftercareTasks(mine: $mine, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        checkIn {\n          id\n          kind\n          dueDate\n          status\n          completedOn\n          overdue\n          daysOverdue\n        }\n        placement {\n          id\n          candidateLabel\n          jobSeekerName\n          employerId\n          employerName\n          accountManagerName\n          atRisk\n          atRiskReason\n        }\n      }\n    }\n  }\n':
    types.AftercareTasksPageDocument,
  '\n  query AssignmentPage {\n    viewer {\n      id\n      roles\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n':
    types.AssignmentPageDocument,
  '\n  query AssignmentProposal($id: ID!) {\n    assignmentProposal(id: $id) {\n      id\n      regionCode\n      status\n      progress\n      includeOtherRegions\n      error\n      result {\n        totalScore\n        greedyTotalScore\n        gain\n        gainPercent\n        places\n        placesFilled\n        pairs {\n          score\n          vacancy {\n            id\n            title\n            employerName\n          }\n          jobSeeker {\n            id\n            candidateLabel\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n':
    types.AssignmentProposalDocument,
  '\n  mutation StartAssignmentProposal($regionCode: String!, $includeOtherRegions: Boolean) {\n    startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) {\n      id\n      status\n      progress\n    }\n  }\n':
    types.StartAssignmentProposalDocument,
  '\n  mutation AcceptAssignmentPairs($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {\n    acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) {\n      vacancyId\n      jobSeekerId\n      outcome\n      introductionId\n      message\n    }\n  }\n':
    types.AcceptAssignmentPairsDocument,
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n':
    types.LoginPage_LoginDocument,
  '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n':
    types.EmployerListPageDocument,
  '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    placements(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        jobSeeker {\n          id\n          candidateLabel\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.EmployerPageDocument,
  '\n  query EmployerPageCrm($id: ID!) {\n    employer(id: $id) {\n      id\n      ...ContactMomentsSection_employer\n      ...AgreementsSection_employer\n    }\n  }\n':
    types.EmployerPageCrmDocument,
  '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n':
    types.StartPageDocument,
  '\n  query InboxPage($createdSince: String!, $first: Int!) {\n    vacancies(status: OPEN, createdSince: $createdSince, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        createdAt\n        employer {\n          id\n          name\n        }\n      }\n    }\n    submitted: jobCarvingRequests(status: SUBMITTED, first: $first) {\n      ...InboxPage_requests\n    }\n    analysing: jobCarvingRequests(status: ANALYSING, first: $first) {\n      ...InboxPage_requests\n    }\n    accepted: jobCarvingRequests(status: ACCEPTED, first: $first) {\n      ...InboxPage_requests\n    }\n  }\n\n  fragment InboxPage_requests on JobCarvingRequestConnection {\n    totalCount\n    nodes {\n      id\n      department\n      status\n      createdAt\n      updatedAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n':
    types.InboxPageDocument,
  '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      ...JobCarvingRequest_request\n    }\n  }\n':
    types.JobCarvingRequestPageDocument,
  '\n  query JobCarvingRequestPageLocations($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n':
    types.JobCarvingRequestPageLocationsDocument,
  '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n':
    types.CompetenceScanPageDocument,
  '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n':
    types.CompetenceScanPageTaxonomyDocument,
  '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n':
    types.SetJobSeekerCompetencesDocument,
  '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n    $availabilityStale: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n      availabilityStale: $availabilityStale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n':
    types.JobSeekerListPageDocument,
  '\n  query JobSeekerListPageFollowUp {\n    jobSeekerCount(availabilityStale: true)\n  }\n':
    types.JobSeekerListPageFollowUpDocument,
  '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n':
    types.JobSeekerListPageRegionsDocument,
  '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n':
    types.JobSeekerListPageMunicipalitiesDocument,
  '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n':
    types.JobSeekerPageDocument,
  '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n':
    types.JobSeekerProfilePageDocument,
  '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n':
    types.UpdateJobSeekerProfileDocument,
  '\n  query JobSeekerVacanciesPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      nodes {\n        id\n        status\n        vacancy {\n          id\n        }\n      }\n    }\n  }\n':
    types.JobSeekerVacanciesPageDocument,
  '\n  query JobSeekerVacancySuggestions(\n    $jobSeekerId: ID!\n    $first: Int!\n    $filters: JobSeekerMatchFilters\n  ) {\n    jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {\n      vacancy {\n        id\n      }\n      ...VacancySuggestionCard_match\n    }\n  }\n':
    types.JobSeekerVacancySuggestionsDocument,
  '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.PlacementListPageDocument,
  '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      arrangement\n      arrangementExtended\n      contractType\n      hoursPerWeek\n      hourlyWage\n      startDate\n      endDate\n      limitDate\n      warning\n      instruments\n      loonwaardePercentage\n      jobcoachHours\n      jobcoachHoursUnit\n      banenafspraakJobs\n      endReason\n      endNote\n      atRisk\n      atRiskReason\n      archivedAt\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      employer {\n        id\n        name\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSchedule_placement\n    }\n  }\n':
    types.PlacementPageDocument,
  '\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) {\n      id\n      active\n      endDate\n      endReason\n      endNote\n      warning\n      atRisk\n      atRiskReason\n      aftercareCheckIns {\n        id\n        status\n        overdue\n        daysOverdue\n      }\n    }\n  }\n':
    types.EndPlacementDocument,
  '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.RegisterPlacementPageDocument,
  '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n':
    types.RegisterPlacementPageVacancyDocument,
  '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n':
    types.CreatePlacementDocument,
  '\n  query RegionReportPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n':
    types.RegionReportPageDocument,
  '\n  query RegionResultsPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n':
    types.RegionResultsPageDocument,
  '\n  query ResultsOverviewPage($quarter: String, $year: Int) {\n    nationalOverview(quarter: $quarter, year: $year) {\n      quarter\n      countDate\n      regions {\n        regionCode\n        regionName\n        active\n        inScope\n        extraJobs {\n          value\n          display\n        }\n        targetJobs\n        percentOfTarget {\n          value\n          display\n        }\n      }\n    }\n  }\n':
    types.ResultsOverviewPageDocument,
  '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.MatchingPageDocument,
  '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n':
    types.MatchingWorkbenchPageDocument,
  '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n':
    types.MatchingWorkbenchSuggestionsDocument,
  '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.VacancyListPageDocument,
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n':
    types.VacancyPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AftercareSchedule_placement on Placement {\n    id\n    startDate\n    archivedAt\n    aftercareCheckIns {\n      id\n      kind\n      dueDate\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n',
): (typeof documents)['\n  fragment AftercareSchedule_placement on Placement {\n    id\n    startDate\n    archivedAt\n    aftercareCheckIns {\n      id\n      kind\n      dueDate\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {\n    recordAftercareCheckIn(id: $id, input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAftercareCheckIn($id: ID!, $input: RecordAftercareCheckInInput!) {\n    recordAftercareCheckIn(id: $id, input: $input) {\n      id\n      status\n      completedOn\n      outcome\n      channel\n      note\n      completedByName\n      overdue\n      daysOverdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n',
): (typeof documents)['\n  fragment CompetenceScanEditor_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgreementsSection_employer on Employer {\n    id\n    agreements {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  fragment AgreementsSection_employer on Employer {\n    id\n    agreements {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {\n    addEmployerAgreement(employerId: $employerId, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployerAgreement($employerId: ID!, $input: EmployerAgreementInput!) {\n    addEmployerAgreement(employerId: $employerId, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {\n    updateEmployerAgreement(id: $id, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmployerAgreement($id: ID!, $input: UpdateEmployerAgreementInput!) {\n    updateEmployerAgreement(id: $id, input: $input) {\n      id\n      kind\n      description\n      places\n      validFrom\n      validTo\n      status\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEmployerAgreement($id: ID!) {\n    archiveEmployerAgreement(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveEmployerAgreement($id: ID!) {\n    archiveEmployerAgreement(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactMomentsSection_employer on Employer {\n    id\n    contactMoments {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  fragment ContactMomentsSection_employer on Employer {\n    id\n    contactMoments {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {\n    addEmployerContactMoment(employerId: $employerId, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployerContactMoment($employerId: ID!, $input: EmployerContactMomentInput!) {\n    addEmployerContactMoment(employerId: $employerId, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {\n    updateEmployerContactMoment(id: $id, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmployerContactMoment($id: ID!, $input: UpdateEmployerContactMomentInput!) {\n    updateEmployerContactMoment(id: $id, input: $input) {\n      id\n      contactedOn\n      channel\n      subject\n      note\n      recordedBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEmployerContactMoment($id: ID!) {\n    archiveEmployerContactMoment(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveEmployerContactMoment($id: ID!) {\n    archiveEmployerContactMoment(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployerTable_employer on Employer {\n    id\n    name\n    kvkNumber\n    sector\n    regionCode\n    accountManager {\n      id\n      displayName\n    }\n    locations {\n      id\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    endReason\n    requestedByEmployer\n    employerMessage\n    proposedDates\n    consent {\n      givenOn\n      method\n      expiresOn\n      expired\n    }\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      endReason\n      changedBy {\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment IntroductionCard_introduction on Introduction {\n    id\n    status\n    matchScore\n    nextStatuses\n    endReason\n    requestedByEmployer\n    employerMessage\n    proposedDates\n    consent {\n      givenOn\n      method\n      expiresOn\n      expired\n    }\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n      employer {\n        id\n        name\n      }\n    }\n    history {\n      changedAt\n      fromStatus\n      toStatus\n      note\n      endReason\n      changedBy {\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeIntroductionStatus(\n    $id: ID!\n    $status: IntroductionStatus!\n    $note: String\n    $endReason: IntroductionEndReason\n    $consent: IntroductionConsentInput\n  ) {\n    changeIntroductionStatus(\n      id: $id\n      status: $status\n      note: $note\n      endReason: $endReason\n      consent: $consent\n    ) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeIntroductionStatus(\n    $id: ID!\n    $status: IntroductionStatus!\n    $note: String\n    $endReason: IntroductionEndReason\n    $consent: IntroductionConsentInput\n  ) {\n    changeIntroductionStatus(\n      id: $id\n      status: $status\n      note: $note\n      endReason: $endReason\n      consent: $consent\n    ) {\n      id\n      ...IntroductionCard_introduction\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobCarvingRequest_request on JobCarvingRequest {\n    id\n    department\n    reason\n    notes\n    status\n    regionCode\n    createdAt\n    employer {\n      id\n      name\n    }\n    jobs {\n      id\n      title\n      headcount\n      tasks {\n        name\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    analysis {\n      summary\n      recordedByName\n      recordedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    proposal {\n      title\n      description\n      hoursPerWeek\n      proposedByName\n      proposedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n      }\n      competences {\n        competenceCode\n        competenceName\n        minLevel\n        weight\n        requirement\n      }\n    }\n    vacancy {\n      id\n      title\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedByName\n      changedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment JobCarvingRequest_request on JobCarvingRequest {\n    id\n    department\n    reason\n    notes\n    status\n    regionCode\n    createdAt\n    employer {\n      id\n      name\n    }\n    jobs {\n      id\n      title\n      headcount\n      tasks {\n        name\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    analysis {\n      summary\n      recordedByName\n      recordedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n        sharePercent\n        complexity\n        splittable\n      }\n    }\n    proposal {\n      title\n      description\n      hoursPerWeek\n      proposedByName\n      proposedAt\n      tasks {\n        jobId\n        taskIndex\n        jobTitle\n        taskName\n      }\n      competences {\n        competenceCode\n        competenceName\n        minLevel\n        weight\n        requirement\n      }\n    }\n    vacancy {\n      id\n      title\n    }\n    history {\n      fromStatus\n      toStatus\n      note\n      changedByName\n      changedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {\n    recordJobCarvingAnalysis(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordJobCarvingAnalysis($id: ID!, $input: RecordJobCarvingAnalysisInput!) {\n    recordJobCarvingAnalysis(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {\n    proposeJobCarvingRole(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeJobCarvingRole($id: ID!, $input: ProposeJobCarvingRoleInput!) {\n    proposeJobCarvingRole(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {\n    createVacancyFromJobCarving(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVacancyFromJobCarving($id: ID!, $input: CreateVacancyFromJobCarvingInput!) {\n    createVacancyFromJobCarving(id: $id, input: $input) {\n      ...JobCarvingRequest_request\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CarvedRoleCompetenceSearch($search: String!, $first: Int!) {\n    competences(search: $search, first: $first) {\n      nodes {\n        code\n        label\n        group\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CarvedRoleCompetenceSearch($search: String!, $first: Int!) {\n    competences(search: $search, first: $first) {\n      nodes {\n        code\n        label\n        group\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n',
): (typeof documents)['\n  fragment AvailabilityPanel_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    hoursAvailable\n    availabilityConfirmedAt\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    archivedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BenefitExitPanel_benefitExit on BenefitExit {\n    id\n    exitDate\n    kind\n    reason\n    municipalityName\n  }\n',
): (typeof documents)['\n  fragment BenefitExitPanel_benefitExit on BenefitExit {\n    id\n    exitDate\n    kind\n    reason\n    municipalityName\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BenefitExitPanel($jobSeekerId: ID!) {\n    benefitExits(jobSeekerId: $jobSeekerId) {\n      ...BenefitExitPanel_benefitExit\n    }\n    placements(jobSeekerId: $jobSeekerId, first: 100) {\n      nodes {\n        id\n        startDate\n        endDate\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BenefitExitPanel($jobSeekerId: ID!) {\n    benefitExits(jobSeekerId: $jobSeekerId) {\n      ...BenefitExitPanel_benefitExit\n    }\n    placements(jobSeekerId: $jobSeekerId, first: 100) {\n      nodes {\n        id\n        startDate\n        endDate\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordBenefitExit($input: RecordBenefitExitInput!) {\n    recordBenefitExit(input: $input) {\n      ...BenefitExitPanel_benefitExit\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordBenefitExit($input: RecordBenefitExitInput!) {\n    recordBenefitExit(input: $input) {\n      ...BenefitExitPanel_benefitExit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmJobSeekerAvailability($id: ID!) {\n    confirmJobSeekerAvailability(id: $id) {\n      id\n      availabilityConfirmedAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    consentEffectiveOn\n    consentMethod\n    consentExpiresOn\n    consentExpired\n    consentRecordedBy\n    archivedAt\n    consentHistory {\n      id\n      status\n      method\n      effectiveOn\n      expiresOn\n      recordedBy\n      recordedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment ConsentPanel_jobSeeker on JobSeeker {\n    id\n    consentStatus\n    consentUpdatedAt\n    consentEffectiveOn\n    consentMethod\n    consentExpiresOn\n    consentExpired\n    consentRecordedBy\n    archivedAt\n    consentHistory {\n      id\n      status\n      method\n      effectiveOn\n      expiresOn\n      recordedBy\n      recordedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordJobSeekerConsent(\n    $id: ID!\n    $status: ConsentStatus!\n    $method: ConsentMethod\n    $effectiveOn: String\n    $expiresOn: String\n  ) {\n    recordJobSeekerConsent(\n      id: $id\n      status: $status\n      method: $method\n      effectiveOn: $effectiveOn\n      expiresOn: $expiresOn\n    ) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordJobSeekerConsent(\n    $id: ID!\n    $status: ConsentStatus!\n    $method: ConsentMethod\n    $effectiveOn: String\n    $expiresOn: String\n  ) {\n    recordJobSeekerConsent(\n      id: $id\n      status: $status\n      method: $method\n      effectiveOn: $effectiveOn\n      expiresOn: $expiresOn\n    ) {\n      id\n      ...ConsentPanel_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n',
): (typeof documents)['\n  fragment JobSeekerFile_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    bsnMasked\n    birthDate\n    email\n    phone\n    postcode\n    municipality {\n      code\n      name\n    }\n    regionCode\n    consultant {\n      id\n      displayName\n    }\n    participationStep\n    earningCapacityPercent\n    earningCapacityBand\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    sectorPreferences\n    workLimitations\n    archivedAt\n    competences {\n      level\n      assessedAt\n      competence {\n        code\n        label\n        group\n      }\n    }\n    ...AvailabilityPanel_jobSeeker\n    ...ConsentPanel_jobSeeker\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n',
): (typeof documents)['\n  fragment JobSeekerTable_jobSeeker on JobSeeker {\n    id\n    firstName\n    lastName\n    candidateNumber\n    municipality {\n      code\n      name\n    }\n    earningCapacityBand\n    consentStatus\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    jongere\n    availabilityConfirmedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n',
): (typeof documents)['\n  fragment ProfileForm_jobSeeker on JobSeeker {\n    id\n    participationStep\n    earningCapacityPercent\n    loonwaardePercent\n    clientProfile\n    perspectiveGroup\n    doelgroepregister\n    indicatieBeschutWerk\n    wswOud\n    statushouder\n    hoursAvailable\n    maxTravelKm\n    maxTravelMinutes\n    transportModes\n    hasDrivingLicence\n    sectorPreferences\n    postcode\n    email\n    phone\n    workLimitations\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n',
): (typeof documents)['\n  fragment MatchExplanation_explanation on MatchExplanation {\n    score\n    distanceKm\n    travelMinutes\n    transport\n    maxTravelKm\n    maxTravelMinutes\n    hoursAvailable\n    hoursMin\n    hoursMax\n    sectorPreferred\n    jobSeekerRegionCode\n    vacancyRegionCode\n    factors {\n      factor\n      label\n      weight\n      fit\n      points\n    }\n    competencesMet {\n      code\n      label\n      level\n      minLevel\n      requirement\n    }\n    gaps {\n      code\n      label\n      level\n      minLevel\n      gap\n      requirement\n      trainable\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n',
): (typeof documents)['\n  fragment SuggestionCard_match on VacancyMatch {\n    rank\n    score\n    jobSeeker {\n      id\n      candidateLabel\n      firstName\n      lastName\n      regionCode\n    }\n    explanation {\n      ...MatchExplanation_explanation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) {\n      id\n      status\n      jobSeeker {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VacancySuggestionCard_match on JobSeekerMatch {\n    rank\n    score\n    vacancy {\n      id\n      title\n      kind\n      employerName\n      regionCode\n      city\n      hoursMin\n      hoursMax\n    }\n    explanation {\n      jobSeekerRegionCode\n      ...MatchExplanation_explanation\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancySuggestionCard_match on JobSeekerMatch {\n    rank\n    score\n    vacancy {\n      id\n      title\n      kind\n      employerName\n      regionCode\n      city\n      hoursMin\n      hoursMax\n    }\n    explanation {\n      jobSeekerRegionCode\n      ...MatchExplanation_explanation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionReport_Banenafspraak on BanenafspraakResults {\n    regionCode\n    regionName\n    quarters {\n      quarter\n      countDate\n      extraJobs {\n        markt {\n          value\n          display\n        }\n        overheid {\n          value\n          display\n        }\n        total {\n          value\n          display\n        }\n      }\n      target {\n        jobs\n      }\n      percentOfTarget {\n        total {\n          value\n          display\n        }\n      }\n      peopleStarted {\n        display\n      }\n      peopleLost {\n        display\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RegionReport_Banenafspraak on BanenafspraakResults {\n    regionCode\n    regionName\n    quarters {\n      quarter\n      countDate\n      extraJobs {\n        markt {\n          value\n          display\n        }\n        overheid {\n          value\n          display\n        }\n        total {\n          value\n          display\n        }\n      }\n      target {\n        jobs\n      }\n      percentOfTarget {\n        total {\n          value\n          display\n        }\n      }\n      peopleStarted {\n        display\n      }\n      peopleLost {\n        display\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionReport_Municipality on MunicipalityResult {\n    municipalityCode\n    municipalityName\n    realised {\n      value\n      display\n    }\n    target\n    percentOfTarget {\n      value\n      display\n    }\n  }\n',
): (typeof documents)['\n  fragment RegionReport_Municipality on MunicipalityResult {\n    municipalityCode\n    municipalityName\n    realised {\n      value\n      display\n    }\n    target\n    percentOfTarget {\n      value\n      display\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionReport_BeschutWerk on BeschutWerkResults {\n    countDate\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RegionReport_BeschutWerk on BeschutWerkResults {\n    countDate\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionReport_Uitstroom on UitstroomResults {\n    from\n    to\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n      full {\n        display\n      }\n      partial {\n        display\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RegionReport_Uitstroom on UitstroomResults {\n    from\n    to\n    municipalities {\n      ...RegionReport_Municipality\n    }\n    total {\n      realised {\n        value\n        display\n      }\n      target\n      percentOfTarget {\n        value\n        display\n      }\n      full {\n        display\n      }\n      partial {\n        display\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RegionReport_Pipeline on PipelineResults {\n    from\n    to\n    funnel {\n      proposed {\n        value\n        display\n      }\n      introduced {\n        value\n        display\n      }\n      placed {\n        value\n        display\n      }\n    }\n    instruments {\n      instrument\n      people {\n        value\n        display\n      }\n    }\n    placementsTotal {\n      display\n    }\n    averageDaysVacancyToPlacement {\n      value\n      display\n    }\n    aftercareOnTime {\n      checkInsDue {\n        display\n      }\n      percentage {\n        display\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RegionReport_Pipeline on PipelineResults {\n    from\n    to\n    funnel {\n      proposed {\n        value\n        display\n      }\n      introduced {\n        value\n        display\n      }\n      placed {\n        value\n        display\n      }\n    }\n    instruments {\n      instrument\n      people {\n        value\n        display\n      }\n    }\n    placementsTotal {\n      display\n    }\n    averageDaysVacancyToPlacement {\n      value\n      display\n    }\n    aftercareOnTime {\n      checkInsDue {\n        display\n      }\n      percentage {\n        display\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n',
): (typeof documents)['\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    employer {\n      id\n      name\n    }\n    location {\n      id\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AftercareTasksPage($mine: Boolean!, $dueBefore: String, $first: Int!, $after: String) {\n    aftercareTasks(mine: $mine, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        checkIn {\n          id\n          kind\n          dueDate\n          status\n          completedOn\n          overdue\n          daysOverdue\n        }\n        placement {\n          id\n          candidateLabel\n          jobSeekerName\n          employerId\n          employerName\n          accountManagerName\n          atRisk\n          atRiskReason\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AftercareTasksPage($mine: Boolean!, $dueBefore: String, $first: Int!, $after: String) {\n    aftercareTasks(mine: $mine, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        checkIn {\n          id\n          kind\n          dueDate\n          status\n          completedOn\n          overdue\n          daysOverdue\n        }\n        placement {\n          id\n          candidateLabel\n          jobSeekerName\n          employerId\n          employerName\n          accountManagerName\n          atRisk\n          atRiskReason\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentPage {\n    viewer {\n      id\n      roles\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentPage {\n    viewer {\n      id\n      roles\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssignmentProposal($id: ID!) {\n    assignmentProposal(id: $id) {\n      id\n      regionCode\n      status\n      progress\n      includeOtherRegions\n      error\n      result {\n        totalScore\n        greedyTotalScore\n        gain\n        gainPercent\n        places\n        placesFilled\n        pairs {\n          score\n          vacancy {\n            id\n            title\n            employerName\n          }\n          jobSeeker {\n            id\n            candidateLabel\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssignmentProposal($id: ID!) {\n    assignmentProposal(id: $id) {\n      id\n      regionCode\n      status\n      progress\n      includeOtherRegions\n      error\n      result {\n        totalScore\n        greedyTotalScore\n        gain\n        gainPercent\n        places\n        placesFilled\n        pairs {\n          score\n          vacancy {\n            id\n            title\n            employerName\n          }\n          jobSeeker {\n            id\n            candidateLabel\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartAssignmentProposal($regionCode: String!, $includeOtherRegions: Boolean) {\n    startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) {\n      id\n      status\n      progress\n    }\n  }\n',
): (typeof documents)['\n  mutation StartAssignmentProposal($regionCode: String!, $includeOtherRegions: Boolean) {\n    startAssignmentProposal(regionCode: $regionCode, includeOtherRegions: $includeOtherRegions) {\n      id\n      status\n      progress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptAssignmentPairs($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {\n    acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) {\n      vacancyId\n      jobSeekerId\n      outcome\n      introductionId\n      message\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptAssignmentPairs($proposalId: ID!, $pairs: [AssignmentPairInput!]!) {\n    acceptAssignmentPairs(proposalId: $proposalId, pairs: $pairs) {\n      vacancyId\n      jobSeekerId\n      outcome\n      introductionId\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n',
): (typeof documents)['\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmployerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $sector: EmployerSector\n    $accountManagerId: ID\n  ) {\n    employers(\n      first: $first\n      after: $after\n      search: $search\n      sector: $sector\n      accountManagerId: $accountManagerId\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...EmployerTable_employer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    placements(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        jobSeeker {\n          id\n          candidateLabel\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EmployerPage($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      regionCode\n      archivedAt\n      accountManager {\n        id\n        displayName\n        email\n      }\n      locations {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      contacts {\n        id\n        name\n        jobTitle\n        email\n        phone\n      }\n    }\n    vacancies(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    placements(employerId: $id, first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        jobSeeker {\n          id\n          candidateLabel\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EmployerPageCrm($id: ID!) {\n    employer(id: $id) {\n      id\n      ...ContactMomentsSection_employer\n      ...AgreementsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  query EmployerPageCrm($id: ID!) {\n    employer(id: $id) {\n      id\n      ...ContactMomentsSection_employer\n      ...AgreementsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n',
): (typeof documents)['\n  query StartPage {\n    viewer {\n      id\n      displayName\n      roles\n      organisationName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxPage($createdSince: String!, $first: Int!) {\n    vacancies(status: OPEN, createdSince: $createdSince, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        createdAt\n        employer {\n          id\n          name\n        }\n      }\n    }\n    submitted: jobCarvingRequests(status: SUBMITTED, first: $first) {\n      ...InboxPage_requests\n    }\n    analysing: jobCarvingRequests(status: ANALYSING, first: $first) {\n      ...InboxPage_requests\n    }\n    accepted: jobCarvingRequests(status: ACCEPTED, first: $first) {\n      ...InboxPage_requests\n    }\n  }\n\n  fragment InboxPage_requests on JobCarvingRequestConnection {\n    totalCount\n    nodes {\n      id\n      department\n      status\n      createdAt\n      updatedAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InboxPage($createdSince: String!, $first: Int!) {\n    vacancies(status: OPEN, createdSince: $createdSince, first: $first) {\n      totalCount\n      nodes {\n        id\n        title\n        kind\n        createdAt\n        employer {\n          id\n          name\n        }\n      }\n    }\n    submitted: jobCarvingRequests(status: SUBMITTED, first: $first) {\n      ...InboxPage_requests\n    }\n    analysing: jobCarvingRequests(status: ANALYSING, first: $first) {\n      ...InboxPage_requests\n    }\n    accepted: jobCarvingRequests(status: ACCEPTED, first: $first) {\n      ...InboxPage_requests\n    }\n  }\n\n  fragment InboxPage_requests on JobCarvingRequestConnection {\n    totalCount\n    nodes {\n      id\n      department\n      status\n      createdAt\n      updatedAt\n      employer {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      ...JobCarvingRequest_request\n    }\n  }\n',
): (typeof documents)['\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      ...JobCarvingRequest_request\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobCarvingRequestPageLocations($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobCarvingRequestPageLocations($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceScanPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceScanPageTaxonomy($after: String) {\n    competences(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CompetenceScanEditor_competence\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetJobSeekerCompetences($id: ID!, $competences: [JobSeekerCompetenceInput!]!) {\n    setJobSeekerCompetences(id: $id, competences: $competences) {\n      id\n      updatedAt\n      competences {\n        level\n        assessedAt\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n    $availabilityStale: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n      availabilityStale: $availabilityStale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $regionCode: String\n    $municipalityCode: String\n    $consentStatus: ConsentStatus\n    $earningCapacityBand: EarningCapacityBand\n    $doelgroepregister: Boolean\n    $indicatieBeschutWerk: Boolean\n    $availabilityStale: Boolean\n  ) {\n    jobSeekers(\n      first: $first\n      after: $after\n      search: $search\n      regionCode: $regionCode\n      municipalityCode: $municipalityCode\n      consentStatus: $consentStatus\n      earningCapacityBand: $earningCapacityBand\n      doelgroepregister: $doelgroepregister\n      indicatieBeschutWerk: $indicatieBeschutWerk\n      availabilityStale: $availabilityStale\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...JobSeekerTable_jobSeeker\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPageFollowUp {\n    jobSeekerCount(availabilityStale: true)\n  }\n',
): (typeof documents)['\n  query JobSeekerListPageFollowUp {\n    jobSeekerCount(availabilityStale: true)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPageRegions {\n    viewer {\n      id\n      regionCodes\n    }\n    labourMarketRegions(active: true) {\n      code\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerListPageMunicipalities($regionCode: String!) {\n    municipalities(regionCode: $regionCode, first: 100) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      ...JobSeekerFile_jobSeeker\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerProfilePage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n      archivedAt\n      consultant {\n        id\n      }\n      ...ProfileForm_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateJobSeekerProfile($id: ID!, $input: UpdateJobSeekerInput!) {\n    updateJobSeeker(id: $id, input: $input) {\n      id\n      updatedAt\n      earningCapacityBand\n      jongere\n      pc4\n      ...ProfileForm_jobSeeker\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerVacanciesPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      nodes {\n        id\n        status\n        vacancy {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerVacanciesPage($id: ID!) {\n    jobSeeker(id: $id) {\n      id\n      firstName\n      lastName\n    }\n    introductions(jobSeekerId: $id, first: 100) {\n      nodes {\n        id\n        status\n        vacancy {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobSeekerVacancySuggestions(\n    $jobSeekerId: ID!\n    $first: Int!\n    $filters: JobSeekerMatchFilters\n  ) {\n    jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {\n      vacancy {\n        id\n      }\n      ...VacancySuggestionCard_match\n    }\n  }\n',
): (typeof documents)['\n  query JobSeekerVacancySuggestions(\n    $jobSeekerId: ID!\n    $first: Int!\n    $filters: JobSeekerMatchFilters\n  ) {\n    jobSeekerMatches(jobSeekerId: $jobSeekerId, first: $first, filters: $filters) {\n      vacancy {\n        id\n      }\n      ...VacancySuggestionCard_match\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlacementListPage($first: Int!, $after: String, $active: Boolean) {\n    placements(first: $first, after: $after, active: $active) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        active\n        contractType\n        hoursPerWeek\n        startDate\n        endDate\n        instruments\n        banenafspraakJobs\n        jobSeeker {\n          id\n          candidateLabel\n          firstName\n          lastName\n        }\n        employer {\n          id\n          name\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      arrangement\n      arrangementExtended\n      contractType\n      hoursPerWeek\n      hourlyWage\n      startDate\n      endDate\n      limitDate\n      warning\n      instruments\n      loonwaardePercentage\n      jobcoachHours\n      jobcoachHoursUnit\n      banenafspraakJobs\n      endReason\n      endNote\n      atRisk\n      atRiskReason\n      archivedAt\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      employer {\n        id\n        name\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSchedule_placement\n    }\n  }\n',
): (typeof documents)['\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      arrangement\n      arrangementExtended\n      contractType\n      hoursPerWeek\n      hourlyWage\n      startDate\n      endDate\n      limitDate\n      warning\n      instruments\n      loonwaardePercentage\n      jobcoachHours\n      jobcoachHoursUnit\n      banenafspraakJobs\n      endReason\n      endNote\n      atRisk\n      atRiskReason\n      archivedAt\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      employer {\n        id\n        name\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSchedule_placement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) {\n      id\n      active\n      endDate\n      endReason\n      endNote\n      warning\n      atRisk\n      atRiskReason\n      aftercareCheckIns {\n        id\n        status\n        overdue\n        daysOverdue\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EndPlacement($id: ID!, $endDate: String!, $reason: PlacementEndReason!, $note: String) {\n    endPlacement(id: $id, endDate: $endDate, reason: $reason, note: $note) {\n      id\n      active\n      endDate\n      endReason\n      endNote\n      warning\n      atRisk\n      atRiskReason\n      aftercareCheckIns {\n        id\n        status\n        overdue\n        daysOverdue\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RegisterPlacementPage($introductionId: ID!) {\n    introduction(id: $introductionId) {\n      id\n      status\n      nextStatuses\n      jobSeeker {\n        id\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n        kind\n        employer {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n',
): (typeof documents)['\n  query RegisterPlacementPageVacancy($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      hoursMax\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePlacement($input: CreatePlacementInput!) {\n    createPlacement(input: $input) {\n      id\n      introductionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegionReportPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n',
): (typeof documents)['\n  query RegionReportPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RegionResultsPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n',
): (typeof documents)['\n  query RegionResultsPage(\n    $regionCode: String!\n    $year: Int!\n    $fromQuarter: String!\n    $toQuarter: String!\n  ) {\n    banenafspraakResults(\n      regionCode: $regionCode\n      fromQuarter: $fromQuarter\n      toQuarter: $toQuarter\n    ) {\n      ...RegionReport_Banenafspraak\n    }\n    beschutWerkResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_BeschutWerk\n    }\n    uitstroomResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Uitstroom\n    }\n    pipelineResults(regionCode: $regionCode, year: $year) {\n      ...RegionReport_Pipeline\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ResultsOverviewPage($quarter: String, $year: Int) {\n    nationalOverview(quarter: $quarter, year: $year) {\n      quarter\n      countDate\n      regions {\n        regionCode\n        regionName\n        active\n        inScope\n        extraJobs {\n          value\n          display\n        }\n        targetJobs\n        percentOfTarget {\n          value\n          display\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ResultsOverviewPage($quarter: String, $year: Int) {\n    nationalOverview(quarter: $quarter, year: $year) {\n      quarter\n      countDate\n      regions {\n        regionCode\n        regionName\n        active\n        inScope\n        extraJobs {\n          value\n          display\n        }\n        targetJobs\n        percentOfTarget {\n          value\n          display\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingPage($first: Int!, $after: String, $search: String, $kind: VacancyKind) {\n    vacancies(first: $first, after: $after, search: $search, kind: $kind, status: OPEN) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingWorkbenchPage($vacancyId: ID!) {\n    vacancy(id: $vacancyId) {\n      id\n      title\n      kind\n      status\n      hoursMin\n      hoursMax\n      openings\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        city\n      }\n    }\n    introductions(vacancyId: $vacancyId, first: 100) {\n      nodes {\n        id\n        status\n        jobSeeker {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MatchingWorkbenchSuggestions($vacancyId: ID!, $first: Int!, $filters: VacancyMatchFilters) {\n    vacancyMatches(vacancyId: $vacancyId, first: $first, filters: $filters) {\n      __typename\n      ... on VacancyMatch {\n        ...SuggestionCard_match\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyListPage(\n    $first: Int!\n    $after: String\n    $search: String\n    $status: VacancyStatus\n    $kind: VacancyKind\n  ) {\n    vacancies(first: $first, after: $after, search: $search, status: $status, kind: $kind) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      startsOn\n      closesOn\n      wageMinCents\n      wageMaxCents\n      employer {\n        id\n        name\n      }\n      location {\n        id\n        name\n        postcode\n        city\n      }\n      competences {\n        minLevel\n        requirement\n        weight\n        competence {\n          code\n          label\n          group\n        }\n      }\n    }\n    introductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionCard_introduction\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
