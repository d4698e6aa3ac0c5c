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
  '\n  fragment CandidateCard_match on AnonymousCandidateMatch {\n    rank\n    score\n    candidateLabel\n    candidateNumber\n    inDoelgroepregister\n    startPerspectiveLabel\n    instruments\n    explanation {\n      distanceBand\n      hoursAvailable\n      hoursMin\n      hoursMax\n      competencesMet {\n        code\n        label\n        level\n        minLevel\n        requirement\n      }\n      gaps {\n        code\n        label\n        level\n        minLevel\n        gap\n        requirement\n        trainable\n      }\n    }\n  }\n': typeof types.CandidateCard_MatchFragmentDoc;
  '\n  fragment CompetencePicker_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n': typeof types.CompetencePicker_CompetenceFragmentDoc;
  '\n  query CompetenceSearch($search: String, $group: CompetenceGroup, $first: Int!) {\n    competences(search: $search, group: $group, first: $first) {\n      totalCount\n      nodes {\n        ...CompetencePicker_competence\n      }\n    }\n  }\n': typeof types.CompetenceSearchDocument;
  '\n  query CompetenceLevels($code: String!) {\n    competence(code: $code) {\n      ...CompetencePicker_competence\n    }\n  }\n': typeof types.CompetenceLevelsDocument;
  '\n  fragment ContactsSection_employer on Employer {\n    id\n    contacts {\n      id\n      name\n      jobTitle\n      email\n      phone\n    }\n  }\n': typeof types.ContactsSection_EmployerFragmentDoc;
  '\n  mutation AddEmployerContact($employerId: ID!, $input: EmployerContactInput!) {\n    addEmployerContact(employerId: $employerId, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n': typeof types.AddEmployerContactDocument;
  '\n  mutation UpdateEmployerContact($id: ID!, $input: UpdateEmployerContactInput!) {\n    updateEmployerContact(id: $id, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n': typeof types.UpdateEmployerContactDocument;
  '\n  mutation ArchiveEmployerContact($id: ID!) {\n    archiveEmployerContact(id: $id) {\n      ...ContactsSection_employer\n    }\n  }\n': typeof types.ArchiveEmployerContactDocument;
  '\n  fragment LocationsSection_employer on Employer {\n    id\n    locations {\n      id\n      name\n      street\n      postcode\n      city\n    }\n  }\n': typeof types.LocationsSection_EmployerFragmentDoc;
  '\n  mutation AddEmployerLocation($employerId: ID!, $input: EmployerLocationInput!) {\n    addEmployerLocation(employerId: $employerId, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n': typeof types.AddEmployerLocationDocument;
  '\n  mutation UpdateEmployerLocation($id: ID!, $input: UpdateEmployerLocationInput!) {\n    updateEmployerLocation(id: $id, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n': typeof types.UpdateEmployerLocationDocument;
  '\n  mutation ArchiveEmployerLocation($id: ID!) {\n    archiveEmployerLocation(id: $id) {\n      ...LocationsSection_employer\n    }\n  }\n': typeof types.ArchiveEmployerLocationDocument;
  '\n  fragment IntroductionTable_introduction on EmployerIntroduction {\n    id\n    candidateLabel\n    status\n    createdAt\n    candidate {\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n    }\n  }\n': typeof types.IntroductionTable_IntroductionFragmentDoc;
  '\n  mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeEmployerIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n': typeof types.ChangeEmployerIntroductionStatusDocument;
  '\n  mutation RequestIntroductions($input: RequestIntroductionsInput!) {\n    requestIntroductions(input: $input) {\n      introductions {\n        id\n        candidateLabel\n        status\n      }\n      failures {\n        candidateNumber\n        candidateLabel\n        message\n      }\n    }\n  }\n': typeof types.RequestIntroductionsDocument;
  '\n  mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) {\n    submitJobCarvingRequest(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.SubmitJobCarvingRequestDocument;
  '\n  mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {\n    changeJobCarvingStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      updatedAt\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n': typeof types.ChangeJobCarvingStatusDocument;
  '\n  query LksEstimate($input: LksEstimateInput!) {\n    lksEstimate(input: $input) {\n      date\n      wmlDate\n      notice\n      wmlHourlyCents\n      jobHourlyWageCents\n      loonwaardeHourlyCents\n      maximumHourlyCents\n      wageSubsidyHourlyCents\n      cappedAtMaximum\n      perWeek {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      perMonth {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      wageAboveWmlPerMonthCents\n      wageCostPerMonth {\n        total\n      }\n      netCostPerMonthCents\n    }\n  }\n': typeof types.LksEstimateDocument;
  '\n  fragment AftercareSection_placement on Placement {\n    aftercareMoments {\n      id\n      dueDate\n      kind\n      status\n      completedOn\n    }\n  }\n': typeof types.AftercareSection_PlacementFragmentDoc;
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n': typeof types.Viewer_ViewerFragmentDoc;
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.SessionDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  fragment VacancyCompetenceTable_vacancy on Vacancy {\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n': typeof types.VacancyCompetenceTable_VacancyFragmentDoc;
  '\n  fragment VacancyForm_vacancy on Vacancy {\n    id\n    kind\n    status\n    title\n    description\n    sector\n    hoursMin\n    hoursMax\n    openings\n    contractType\n    wageMinCents\n    wageMaxCents\n    startsOn\n    closesOn\n    location {\n      id\n    }\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n': typeof types.VacancyForm_VacancyFragmentDoc;
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    location {\n      id\n      name\n    }\n  }\n': typeof types.VacancyTable_VacancyFragmentDoc;
  '\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n': typeof types.CreateVacancyDocument;
  '\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n': typeof types.UpdateVacancyDocument;
  '\n  mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {\n    setVacancyCompetences(id: $id, competences: $competences) {\n      ...VacancyForm_vacancy\n    }\n  }\n': typeof types.SetVacancyCompetencesDocument;
  '\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.ChangeVacancyStatusDocument;
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n': typeof types.LoginPage_LoginDocument;
  '\n  query BanenafspraakPage {\n    myBanenafspraakContribution {\n      employerName\n      sector\n      quarters {\n        quarter\n        countDate\n        jobs {\n          display\n        }\n        people {\n          display\n        }\n        changeFromPreviousQuarter {\n          display\n        }\n        peopleStarted {\n          display\n        }\n        peopleLost {\n          display\n        }\n      }\n    }\n  }\n': typeof types.BanenafspraakPageDocument;
  '\n  query VacancyCandidatesPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      hoursMin\n      hoursMax\n    }\n    employer(id: $employerId) {\n      id\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n  }\n': typeof types.VacancyCandidatesPageDocument;
  '\n  query VacancyCandidatesMatches($vacancyId: ID!, $maxDistanceKm: Float) {\n    vacancyMatches(vacancyId: $vacancyId, first: 20, filters: { maxDistanceKm: $maxDistanceKm }) {\n      __typename\n      ... on AnonymousCandidateMatch {\n        candidateNumber\n        ...CandidateCard_match\n      }\n    }\n  }\n': typeof types.VacancyCandidatesMatchesDocument;
  '\n  query StartPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n    openVacancies: vacancies(employerId: $employerId, status: OPEN, first: 10) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    employerIntroductions(first: 100) {\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n    proposedJobCarving: jobCarvingRequests(employerId: $employerId, status: PROPOSED, first: 5) {\n      nodes {\n        id\n        department\n      }\n    }\n  }\n': typeof types.StartPageDocument;
  '\n  query IntroductionPage($id: ID!) {\n    employerIntroduction(id: $id) {\n      id\n      candidateLabel\n      status\n      nextStatuses\n      inDoelgroepregister\n      createdAt\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      vacancy {\n        id\n        title\n        kind\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n': typeof types.IntroductionPageDocument;
  '\n  query JobCarvingListPage($employerId: ID!) {\n    jobCarvingRequests(employerId: $employerId, first: 100) {\n      totalCount\n      nodes {\n        id\n        department\n        status\n        createdAt\n        carvableHoursPerWeek\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.JobCarvingListPageDocument;
  '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      id\n      department\n      reason\n      notes\n      status\n      createdAt\n      updatedAt\n      carvableHoursPerWeek\n      carvableTasks {\n        jobId\n        jobTitle\n        taskName\n        sharePercent\n        headcount\n        hoursPerWeek\n        totalHoursPerWeek\n      }\n      jobs {\n        id\n        title\n        headcount\n        tasks {\n          name\n          sharePercent\n          complexity\n          splittable\n        }\n      }\n      proposal {\n        title\n        description\n        hoursPerWeek\n        tasks {\n          jobId\n          taskIndex\n          jobTitle\n          taskName\n        }\n        competences {\n          competenceCode\n          competenceName\n          minLevel\n          requirement\n        }\n      }\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n': typeof types.JobCarvingRequestPageDocument;
  '\n  query OrganisationPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      ...LocationsSection_employer\n      ...ContactsSection_employer\n    }\n  }\n': typeof types.OrganisationPageDocument;
  '\n  query PlacementListPage {\n    placements(first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        startDate\n        endDate\n        hoursPerWeek\n        contractType\n        jobSeeker {\n          candidateLabel\n          firstName\n          lastName\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n': typeof types.PlacementListPageDocument;
  '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      startDate\n      endDate\n      hoursPerWeek\n      contractType\n      instruments\n      hourlyWage\n      loonwaardePercentage\n      jobSeeker {\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSection_placement\n    }\n  }\n': typeof types.PlacementPageDocument;
  '\n  query EditVacancyPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      location {\n        id\n        name\n        city\n      }\n      ...VacancyForm_vacancy\n    }\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n': typeof types.EditVacancyPageDocument;
  '\n  query NewVacancyPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n': typeof types.NewVacancyPageDocument;
  '\n  query VacancyListPage($employerId: ID!, $status: VacancyStatus, $after: String) {\n    vacancies(employerId: $employerId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n': typeof types.VacancyListPageDocument;
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      wageMinCents\n      wageMaxCents\n      startsOn\n      closesOn\n      location {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      ...VacancyCompetenceTable_vacancy\n    }\n    employerIntroductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n  }\n': typeof types.VacancyPageDocument;
};
const documents: Documents = {
  '\n  fragment CandidateCard_match on AnonymousCandidateMatch {\n    rank\n    score\n    candidateLabel\n    candidateNumber\n    inDoelgroepregister\n    startPerspectiveLabel\n    instruments\n    explanation {\n      distanceBand\n      hoursAvailable\n      hoursMin\n      hoursMax\n      competencesMet {\n        code\n        label\n        level\n        minLevel\n        requirement\n      }\n      gaps {\n        code\n        label\n        level\n        minLevel\n        gap\n        requirement\n        trainable\n      }\n    }\n  }\n':
    types.CandidateCard_MatchFragmentDoc,
  '\n  fragment CompetencePicker_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n':
    types.CompetencePicker_CompetenceFragmentDoc,
  '\n  query CompetenceSearch($search: String, $group: CompetenceGroup, $first: Int!) {\n    competences(search: $search, group: $group, first: $first) {\n      totalCount\n      nodes {\n        ...CompetencePicker_competence\n      }\n    }\n  }\n':
    types.CompetenceSearchDocument,
  '\n  query CompetenceLevels($code: String!) {\n    competence(code: $code) {\n      ...CompetencePicker_competence\n    }\n  }\n':
    types.CompetenceLevelsDocument,
  '\n  fragment ContactsSection_employer on Employer {\n    id\n    contacts {\n      id\n      name\n      jobTitle\n      email\n      phone\n    }\n  }\n':
    types.ContactsSection_EmployerFragmentDoc,
  '\n  mutation AddEmployerContact($employerId: ID!, $input: EmployerContactInput!) {\n    addEmployerContact(employerId: $employerId, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n':
    types.AddEmployerContactDocument,
  '\n  mutation UpdateEmployerContact($id: ID!, $input: UpdateEmployerContactInput!) {\n    updateEmployerContact(id: $id, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n':
    types.UpdateEmployerContactDocument,
  '\n  mutation ArchiveEmployerContact($id: ID!) {\n    archiveEmployerContact(id: $id) {\n      ...ContactsSection_employer\n    }\n  }\n':
    types.ArchiveEmployerContactDocument,
  '\n  fragment LocationsSection_employer on Employer {\n    id\n    locations {\n      id\n      name\n      street\n      postcode\n      city\n    }\n  }\n':
    types.LocationsSection_EmployerFragmentDoc,
  '\n  mutation AddEmployerLocation($employerId: ID!, $input: EmployerLocationInput!) {\n    addEmployerLocation(employerId: $employerId, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n':
    types.AddEmployerLocationDocument,
  '\n  mutation UpdateEmployerLocation($id: ID!, $input: UpdateEmployerLocationInput!) {\n    updateEmployerLocation(id: $id, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n':
    types.UpdateEmployerLocationDocument,
  '\n  mutation ArchiveEmployerLocation($id: ID!) {\n    archiveEmployerLocation(id: $id) {\n      ...LocationsSection_employer\n    }\n  }\n':
    types.ArchiveEmployerLocationDocument,
  '\n  fragment IntroductionTable_introduction on EmployerIntroduction {\n    id\n    candidateLabel\n    status\n    createdAt\n    candidate {\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n    }\n  }\n':
    types.IntroductionTable_IntroductionFragmentDoc,
  '\n  mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeEmployerIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n':
    types.ChangeEmployerIntroductionStatusDocument,
  '\n  mutation RequestIntroductions($input: RequestIntroductionsInput!) {\n    requestIntroductions(input: $input) {\n      introductions {\n        id\n        candidateLabel\n        status\n      }\n      failures {\n        candidateNumber\n        candidateLabel\n        message\n      }\n    }\n  }\n':
    types.RequestIntroductionsDocument,
  '\n  mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) {\n    submitJobCarvingRequest(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.SubmitJobCarvingRequestDocument,
  '\n  mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {\n    changeJobCarvingStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      updatedAt\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n':
    types.ChangeJobCarvingStatusDocument,
  '\n  query LksEstimate($input: LksEstimateInput!) {\n    lksEstimate(input: $input) {\n      date\n      wmlDate\n      notice\n      wmlHourlyCents\n      jobHourlyWageCents\n      loonwaardeHourlyCents\n      maximumHourlyCents\n      wageSubsidyHourlyCents\n      cappedAtMaximum\n      perWeek {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      perMonth {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      wageAboveWmlPerMonthCents\n      wageCostPerMonth {\n        total\n      }\n      netCostPerMonthCents\n    }\n  }\n':
    types.LksEstimateDocument,
  '\n  fragment AftercareSection_placement on Placement {\n    aftercareMoments {\n      id\n      dueDate\n      kind\n      status\n      completedOn\n    }\n  }\n':
    types.AftercareSection_PlacementFragmentDoc,
  '\n  fragment Viewer_viewer on Viewer {\n    id\n    email\n    displayName\n    roles\n    organisationName\n    employerId\n    regionCodes\n  }\n':
    types.Viewer_ViewerFragmentDoc,
  '\n  query Session {\n    viewer {\n      ...Viewer_viewer\n    }\n  }\n': types.SessionDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  fragment VacancyCompetenceTable_vacancy on Vacancy {\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n':
    types.VacancyCompetenceTable_VacancyFragmentDoc,
  '\n  fragment VacancyForm_vacancy on Vacancy {\n    id\n    kind\n    status\n    title\n    description\n    sector\n    hoursMin\n    hoursMax\n    openings\n    contractType\n    wageMinCents\n    wageMaxCents\n    startsOn\n    closesOn\n    location {\n      id\n    }\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n':
    types.VacancyForm_VacancyFragmentDoc,
  '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    location {\n      id\n      name\n    }\n  }\n':
    types.VacancyTable_VacancyFragmentDoc,
  '\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n':
    types.CreateVacancyDocument,
  '\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n':
    types.UpdateVacancyDocument,
  '\n  mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {\n    setVacancyCompetences(id: $id, competences: $competences) {\n      ...VacancyForm_vacancy\n    }\n  }\n':
    types.SetVacancyCompetencesDocument,
  '\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.ChangeVacancyStatusDocument,
  '\n  mutation LoginPage_Login($input: LoginInput!) {\n    login(input: $input) {\n      ...Viewer_viewer\n    }\n  }\n':
    types.LoginPage_LoginDocument,
  '\n  query BanenafspraakPage {\n    myBanenafspraakContribution {\n      employerName\n      sector\n      quarters {\n        quarter\n        countDate\n        jobs {\n          display\n        }\n        people {\n          display\n        }\n        changeFromPreviousQuarter {\n          display\n        }\n        peopleStarted {\n          display\n        }\n        peopleLost {\n          display\n        }\n      }\n    }\n  }\n':
    types.BanenafspraakPageDocument,
  '\n  query VacancyCandidatesPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      hoursMin\n      hoursMax\n    }\n    employer(id: $employerId) {\n      id\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n  }\n':
    types.VacancyCandidatesPageDocument,
  '\n  query VacancyCandidatesMatches($vacancyId: ID!, $maxDistanceKm: Float) {\n    vacancyMatches(vacancyId: $vacancyId, first: 20, filters: { maxDistanceKm: $maxDistanceKm }) {\n      __typename\n      ... on AnonymousCandidateMatch {\n        candidateNumber\n        ...CandidateCard_match\n      }\n    }\n  }\n':
    types.VacancyCandidatesMatchesDocument,
  '\n  query StartPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n    openVacancies: vacancies(employerId: $employerId, status: OPEN, first: 10) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    employerIntroductions(first: 100) {\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n    proposedJobCarving: jobCarvingRequests(employerId: $employerId, status: PROPOSED, first: 5) {\n      nodes {\n        id\n        department\n      }\n    }\n  }\n':
    types.StartPageDocument,
  '\n  query IntroductionPage($id: ID!) {\n    employerIntroduction(id: $id) {\n      id\n      candidateLabel\n      status\n      nextStatuses\n      inDoelgroepregister\n      createdAt\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      vacancy {\n        id\n        title\n        kind\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n':
    types.IntroductionPageDocument,
  '\n  query JobCarvingListPage($employerId: ID!) {\n    jobCarvingRequests(employerId: $employerId, first: 100) {\n      totalCount\n      nodes {\n        id\n        department\n        status\n        createdAt\n        carvableHoursPerWeek\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.JobCarvingListPageDocument,
  '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      id\n      department\n      reason\n      notes\n      status\n      createdAt\n      updatedAt\n      carvableHoursPerWeek\n      carvableTasks {\n        jobId\n        jobTitle\n        taskName\n        sharePercent\n        headcount\n        hoursPerWeek\n        totalHoursPerWeek\n      }\n      jobs {\n        id\n        title\n        headcount\n        tasks {\n          name\n          sharePercent\n          complexity\n          splittable\n        }\n      }\n      proposal {\n        title\n        description\n        hoursPerWeek\n        tasks {\n          jobId\n          taskIndex\n          jobTitle\n          taskName\n        }\n        competences {\n          competenceCode\n          competenceName\n          minLevel\n          requirement\n        }\n      }\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n':
    types.JobCarvingRequestPageDocument,
  '\n  query OrganisationPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      ...LocationsSection_employer\n      ...ContactsSection_employer\n    }\n  }\n':
    types.OrganisationPageDocument,
  '\n  query PlacementListPage {\n    placements(first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        startDate\n        endDate\n        hoursPerWeek\n        contractType\n        jobSeeker {\n          candidateLabel\n          firstName\n          lastName\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n':
    types.PlacementListPageDocument,
  '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      startDate\n      endDate\n      hoursPerWeek\n      contractType\n      instruments\n      hourlyWage\n      loonwaardePercentage\n      jobSeeker {\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSection_placement\n    }\n  }\n':
    types.PlacementPageDocument,
  '\n  query EditVacancyPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      location {\n        id\n        name\n        city\n      }\n      ...VacancyForm_vacancy\n    }\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n':
    types.EditVacancyPageDocument,
  '\n  query NewVacancyPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n':
    types.NewVacancyPageDocument,
  '\n  query VacancyListPage($employerId: ID!, $status: VacancyStatus, $after: String) {\n    vacancies(employerId: $employerId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n':
    types.VacancyListPageDocument,
  '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      wageMinCents\n      wageMaxCents\n      startsOn\n      closesOn\n      location {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      ...VacancyCompetenceTable_vacancy\n    }\n    employerIntroductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n  }\n':
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
  source: '\n  fragment CandidateCard_match on AnonymousCandidateMatch {\n    rank\n    score\n    candidateLabel\n    candidateNumber\n    inDoelgroepregister\n    startPerspectiveLabel\n    instruments\n    explanation {\n      distanceBand\n      hoursAvailable\n      hoursMin\n      hoursMax\n      competencesMet {\n        code\n        label\n        level\n        minLevel\n        requirement\n      }\n      gaps {\n        code\n        label\n        level\n        minLevel\n        gap\n        requirement\n        trainable\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment CandidateCard_match on AnonymousCandidateMatch {\n    rank\n    score\n    candidateLabel\n    candidateNumber\n    inDoelgroepregister\n    startPerspectiveLabel\n    instruments\n    explanation {\n      distanceBand\n      hoursAvailable\n      hoursMin\n      hoursMax\n      competencesMet {\n        code\n        label\n        level\n        minLevel\n        requirement\n      }\n      gaps {\n        code\n        label\n        level\n        minLevel\n        gap\n        requirement\n        trainable\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CompetencePicker_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n',
): (typeof documents)['\n  fragment CompetencePicker_competence on Competence {\n    code\n    label\n    description\n    group\n    sector\n    levels {\n      level\n      description\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceSearch($search: String, $group: CompetenceGroup, $first: Int!) {\n    competences(search: $search, group: $group, first: $first) {\n      totalCount\n      nodes {\n        ...CompetencePicker_competence\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceSearch($search: String, $group: CompetenceGroup, $first: Int!) {\n    competences(search: $search, group: $group, first: $first) {\n      totalCount\n      nodes {\n        ...CompetencePicker_competence\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CompetenceLevels($code: String!) {\n    competence(code: $code) {\n      ...CompetencePicker_competence\n    }\n  }\n',
): (typeof documents)['\n  query CompetenceLevels($code: String!) {\n    competence(code: $code) {\n      ...CompetencePicker_competence\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactsSection_employer on Employer {\n    id\n    contacts {\n      id\n      name\n      jobTitle\n      email\n      phone\n    }\n  }\n',
): (typeof documents)['\n  fragment ContactsSection_employer on Employer {\n    id\n    contacts {\n      id\n      name\n      jobTitle\n      email\n      phone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployerContact($employerId: ID!, $input: EmployerContactInput!) {\n    addEmployerContact(employerId: $employerId, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployerContact($employerId: ID!, $input: EmployerContactInput!) {\n    addEmployerContact(employerId: $employerId, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmployerContact($id: ID!, $input: UpdateEmployerContactInput!) {\n    updateEmployerContact(id: $id, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmployerContact($id: ID!, $input: UpdateEmployerContactInput!) {\n    updateEmployerContact(id: $id, input: $input) {\n      ...ContactsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEmployerContact($id: ID!) {\n    archiveEmployerContact(id: $id) {\n      ...ContactsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveEmployerContact($id: ID!) {\n    archiveEmployerContact(id: $id) {\n      ...ContactsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LocationsSection_employer on Employer {\n    id\n    locations {\n      id\n      name\n      street\n      postcode\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment LocationsSection_employer on Employer {\n    id\n    locations {\n      id\n      name\n      street\n      postcode\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployerLocation($employerId: ID!, $input: EmployerLocationInput!) {\n    addEmployerLocation(employerId: $employerId, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployerLocation($employerId: ID!, $input: EmployerLocationInput!) {\n    addEmployerLocation(employerId: $employerId, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEmployerLocation($id: ID!, $input: UpdateEmployerLocationInput!) {\n    updateEmployerLocation(id: $id, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEmployerLocation($id: ID!, $input: UpdateEmployerLocationInput!) {\n    updateEmployerLocation(id: $id, input: $input) {\n      ...LocationsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEmployerLocation($id: ID!) {\n    archiveEmployerLocation(id: $id) {\n      ...LocationsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveEmployerLocation($id: ID!) {\n    archiveEmployerLocation(id: $id) {\n      ...LocationsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IntroductionTable_introduction on EmployerIntroduction {\n    id\n    candidateLabel\n    status\n    createdAt\n    candidate {\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  fragment IntroductionTable_introduction on EmployerIntroduction {\n    id\n    candidateLabel\n    status\n    createdAt\n    candidate {\n      firstName\n      lastName\n    }\n    vacancy {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeEmployerIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeEmployerIntroductionStatus($id: ID!, $status: IntroductionStatus!, $note: String) {\n    changeEmployerIntroductionStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      nextStatuses\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestIntroductions($input: RequestIntroductionsInput!) {\n    requestIntroductions(input: $input) {\n      introductions {\n        id\n        candidateLabel\n        status\n      }\n      failures {\n        candidateNumber\n        candidateLabel\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestIntroductions($input: RequestIntroductionsInput!) {\n    requestIntroductions(input: $input) {\n      introductions {\n        id\n        candidateLabel\n        status\n      }\n      failures {\n        candidateNumber\n        candidateLabel\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) {\n    submitJobCarvingRequest(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitJobCarvingRequest($input: SubmitJobCarvingRequestInput!) {\n    submitJobCarvingRequest(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {\n    changeJobCarvingStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      updatedAt\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeJobCarvingStatus($id: ID!, $status: JobCarvingStatus!, $note: String) {\n    changeJobCarvingStatus(id: $id, status: $status, note: $note) {\n      id\n      status\n      updatedAt\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LksEstimate($input: LksEstimateInput!) {\n    lksEstimate(input: $input) {\n      date\n      wmlDate\n      notice\n      wmlHourlyCents\n      jobHourlyWageCents\n      loonwaardeHourlyCents\n      maximumHourlyCents\n      wageSubsidyHourlyCents\n      cappedAtMaximum\n      perWeek {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      perMonth {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      wageAboveWmlPerMonthCents\n      wageCostPerMonth {\n        total\n      }\n      netCostPerMonthCents\n    }\n  }\n',
): (typeof documents)['\n  query LksEstimate($input: LksEstimateInput!) {\n    lksEstimate(input: $input) {\n      date\n      wmlDate\n      notice\n      wmlHourlyCents\n      jobHourlyWageCents\n      loonwaardeHourlyCents\n      maximumHourlyCents\n      wageSubsidyHourlyCents\n      cappedAtMaximum\n      perWeek {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      perMonth {\n        wage\n        holidayPay\n        employerCosts\n        total\n      }\n      wageAboveWmlPerMonthCents\n      wageCostPerMonth {\n        total\n      }\n      netCostPerMonthCents\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AftercareSection_placement on Placement {\n    aftercareMoments {\n      id\n      dueDate\n      kind\n      status\n      completedOn\n    }\n  }\n',
): (typeof documents)['\n  fragment AftercareSection_placement on Placement {\n    aftercareMoments {\n      id\n      dueDate\n      kind\n      status\n      completedOn\n    }\n  }\n'];
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
  source: '\n  fragment VacancyCompetenceTable_vacancy on Vacancy {\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancyCompetenceTable_vacancy on Vacancy {\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VacancyForm_vacancy on Vacancy {\n    id\n    kind\n    status\n    title\n    description\n    sector\n    hoursMin\n    hoursMax\n    openings\n    contractType\n    wageMinCents\n    wageMaxCents\n    startsOn\n    closesOn\n    location {\n      id\n    }\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancyForm_vacancy on Vacancy {\n    id\n    kind\n    status\n    title\n    description\n    sector\n    hoursMin\n    hoursMax\n    openings\n    contractType\n    wageMinCents\n    wageMaxCents\n    startsOn\n    closesOn\n    location {\n      id\n    }\n    competences {\n      minLevel\n      requirement\n      weight\n      competence {\n        code\n        label\n        group\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    location {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment VacancyTable_vacancy on Vacancy {\n    id\n    title\n    kind\n    status\n    hoursMin\n    hoursMax\n    openings\n    location {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateVacancy($input: CreateVacancyInput!) {\n    createVacancy(input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateVacancy($id: ID!, $input: UpdateVacancyInput!) {\n    updateVacancy(id: $id, input: $input) {\n      ...VacancyForm_vacancy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {\n    setVacancyCompetences(id: $id, competences: $competences) {\n      ...VacancyForm_vacancy\n    }\n  }\n',
): (typeof documents)['\n  mutation SetVacancyCompetences($id: ID!, $competences: [VacancyCompetenceInput!]!) {\n    setVacancyCompetences(id: $id, competences: $competences) {\n      ...VacancyForm_vacancy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeVacancyStatus($id: ID!, $status: VacancyStatus!) {\n    changeVacancyStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
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
  source: '\n  query BanenafspraakPage {\n    myBanenafspraakContribution {\n      employerName\n      sector\n      quarters {\n        quarter\n        countDate\n        jobs {\n          display\n        }\n        people {\n          display\n        }\n        changeFromPreviousQuarter {\n          display\n        }\n        peopleStarted {\n          display\n        }\n        peopleLost {\n          display\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BanenafspraakPage {\n    myBanenafspraakContribution {\n      employerName\n      sector\n      quarters {\n        quarter\n        countDate\n        jobs {\n          display\n        }\n        people {\n          display\n        }\n        changeFromPreviousQuarter {\n          display\n        }\n        peopleStarted {\n          display\n        }\n        peopleLost {\n          display\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyCandidatesPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      hoursMin\n      hoursMax\n    }\n    employer(id: $employerId) {\n      id\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyCandidatesPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      status\n      hoursMin\n      hoursMax\n    }\n    employer(id: $employerId) {\n      id\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyCandidatesMatches($vacancyId: ID!, $maxDistanceKm: Float) {\n    vacancyMatches(vacancyId: $vacancyId, first: 20, filters: { maxDistanceKm: $maxDistanceKm }) {\n      __typename\n      ... on AnonymousCandidateMatch {\n        candidateNumber\n        ...CandidateCard_match\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyCandidatesMatches($vacancyId: ID!, $maxDistanceKm: Float) {\n    vacancyMatches(vacancyId: $vacancyId, first: 20, filters: { maxDistanceKm: $maxDistanceKm }) {\n      __typename\n      ... on AnonymousCandidateMatch {\n        candidateNumber\n        ...CandidateCard_match\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StartPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n    openVacancies: vacancies(employerId: $employerId, status: OPEN, first: 10) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    employerIntroductions(first: 100) {\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n    proposedJobCarving: jobCarvingRequests(employerId: $employerId, status: PROPOSED, first: 5) {\n      nodes {\n        id\n        department\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StartPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      accountManager {\n        id\n        displayName\n        email\n      }\n    }\n    openVacancies: vacancies(employerId: $employerId, status: OPEN, first: 10) {\n      totalCount\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n    employerIntroductions(first: 100) {\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n    proposedJobCarving: jobCarvingRequests(employerId: $employerId, status: PROPOSED, first: 5) {\n      nodes {\n        id\n        department\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntroductionPage($id: ID!) {\n    employerIntroduction(id: $id) {\n      id\n      candidateLabel\n      status\n      nextStatuses\n      inDoelgroepregister\n      createdAt\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      vacancy {\n        id\n        title\n        kind\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n',
): (typeof documents)['\n  query IntroductionPage($id: ID!) {\n    employerIntroduction(id: $id) {\n      id\n      candidateLabel\n      status\n      nextStatuses\n      inDoelgroepregister\n      createdAt\n      candidate {\n        firstName\n        lastName\n        email\n        phone\n      }\n      vacancy {\n        id\n        title\n        kind\n      }\n      history {\n        changedAt\n        fromStatus\n        toStatus\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobCarvingListPage($employerId: ID!) {\n    jobCarvingRequests(employerId: $employerId, first: 100) {\n      totalCount\n      nodes {\n        id\n        department\n        status\n        createdAt\n        carvableHoursPerWeek\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobCarvingListPage($employerId: ID!) {\n    jobCarvingRequests(employerId: $employerId, first: 100) {\n      totalCount\n      nodes {\n        id\n        department\n        status\n        createdAt\n        carvableHoursPerWeek\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      id\n      department\n      reason\n      notes\n      status\n      createdAt\n      updatedAt\n      carvableHoursPerWeek\n      carvableTasks {\n        jobId\n        jobTitle\n        taskName\n        sharePercent\n        headcount\n        hoursPerWeek\n        totalHoursPerWeek\n      }\n      jobs {\n        id\n        title\n        headcount\n        tasks {\n          name\n          sharePercent\n          complexity\n          splittable\n        }\n      }\n      proposal {\n        title\n        description\n        hoursPerWeek\n        tasks {\n          jobId\n          taskIndex\n          jobTitle\n          taskName\n        }\n        competences {\n          competenceCode\n          competenceName\n          minLevel\n          requirement\n        }\n      }\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query JobCarvingRequestPage($id: ID!) {\n    jobCarvingRequest(id: $id) {\n      id\n      department\n      reason\n      notes\n      status\n      createdAt\n      updatedAt\n      carvableHoursPerWeek\n      carvableTasks {\n        jobId\n        jobTitle\n        taskName\n        sharePercent\n        headcount\n        hoursPerWeek\n        totalHoursPerWeek\n      }\n      jobs {\n        id\n        title\n        headcount\n        tasks {\n          name\n          sharePercent\n          complexity\n          splittable\n        }\n      }\n      proposal {\n        title\n        description\n        hoursPerWeek\n        tasks {\n          jobId\n          taskIndex\n          jobTitle\n          taskName\n        }\n        competences {\n          competenceCode\n          competenceName\n          minLevel\n          requirement\n        }\n      }\n      history {\n        changedAt\n        changedByName\n        fromStatus\n        toStatus\n        note\n      }\n      vacancy {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      ...LocationsSection_employer\n      ...ContactsSection_employer\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      name\n      kvkNumber\n      sector\n      sbiCode\n      ...LocationsSection_employer\n      ...ContactsSection_employer\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacementListPage {\n    placements(first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        startDate\n        endDate\n        hoursPerWeek\n        contractType\n        jobSeeker {\n          candidateLabel\n          firstName\n          lastName\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlacementListPage {\n    placements(first: 100) {\n      totalCount\n      nodes {\n        id\n        active\n        startDate\n        endDate\n        hoursPerWeek\n        contractType\n        jobSeeker {\n          candidateLabel\n          firstName\n          lastName\n        }\n        vacancy {\n          id\n          title\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      startDate\n      endDate\n      hoursPerWeek\n      contractType\n      instruments\n      hourlyWage\n      loonwaardePercentage\n      jobSeeker {\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSection_placement\n    }\n  }\n',
): (typeof documents)['\n  query PlacementPage($id: ID!) {\n    placement(id: $id) {\n      id\n      active\n      startDate\n      endDate\n      hoursPerWeek\n      contractType\n      instruments\n      hourlyWage\n      loonwaardePercentage\n      jobSeeker {\n        candidateLabel\n        firstName\n        lastName\n      }\n      vacancy {\n        id\n        title\n      }\n      ...AftercareSection_placement\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EditVacancyPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      location {\n        id\n        name\n        city\n      }\n      ...VacancyForm_vacancy\n    }\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n',
): (typeof documents)['\n  query EditVacancyPage($id: ID!, $employerId: ID!) {\n    vacancy(id: $id) {\n      id\n      location {\n        id\n        name\n        city\n      }\n      ...VacancyForm_vacancy\n    }\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewVacancyPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewVacancyPage($employerId: ID!) {\n    employer(id: $employerId) {\n      id\n      locations {\n        id\n        name\n        city\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyListPage($employerId: ID!, $status: VacancyStatus, $after: String) {\n    vacancies(employerId: $employerId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyListPage($employerId: ID!, $status: VacancyStatus, $after: String) {\n    vacancies(employerId: $employerId, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...VacancyTable_vacancy\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      wageMinCents\n      wageMaxCents\n      startsOn\n      closesOn\n      location {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      ...VacancyCompetenceTable_vacancy\n    }\n    employerIntroductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VacancyPage($id: ID!) {\n    vacancy(id: $id) {\n      id\n      title\n      description\n      kind\n      status\n      contractType\n      sector\n      hoursMin\n      hoursMax\n      openings\n      wageMinCents\n      wageMaxCents\n      startsOn\n      closesOn\n      location {\n        id\n        name\n        street\n        postcode\n        city\n      }\n      ...VacancyCompetenceTable_vacancy\n    }\n    employerIntroductions(vacancyId: $id, first: 100) {\n      totalCount\n      nodes {\n        ...IntroductionTable_introduction\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
