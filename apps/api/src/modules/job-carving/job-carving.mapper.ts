import { carvableHoursPerWeek, findCarvableTasks } from './job-carving-analysis.js';
import type { JobCarvingJobEntity, JobCarvingRequestEntity } from './job-carving.entity.js';
import { JobCarvingJobModel, JobCarvingRequestModel } from './dto/job-carving.model.js';

const toJobModel = (e: JobCarvingJobEntity): JobCarvingJobModel =>
  Object.assign(new JobCarvingJobModel(), {
    id: e.id,
    title: e.title,
    headcount: e.headcount,
    tasks: e.tasks.map((task) => ({
      name: task.name,
      sharePercent: task.sharePercent,
      complexity: task.complexity,
      splittable: task.splittable,
    })),
  });

/** Expects employer, submittedBy, vacancy and jobs loaded. */
export function toJobCarvingRequestModel(e: JobCarvingRequestEntity): JobCarvingRequestModel {
  const jobs = [...(e.jobs ?? [])].sort(
    (a, b) => a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id),
  );
  const carvable = findCarvableTasks(jobs);
  return Object.assign(new JobCarvingRequestModel(), {
    id: e.id,
    employer: { id: e.employer.id, name: e.employer.name, sector: e.employer.sector },
    regionCode: e.employer.regionCode,
    department: e.department,
    reason: e.reason,
    notes: e.notes,
    status: e.status,
    submittedBy: e.submittedBy
      ? { id: e.submittedBy.id, displayName: e.submittedBy.displayName }
      : null,
    jobs: jobs.map(toJobModel),
    vacancy: e.vacancy ? { id: e.vacancy.id, title: e.vacancy.title } : null,
    carvableTasks: carvable,
    carvableHoursPerWeek: carvableHoursPerWeek(carvable),
    analysis: e.analysis && {
      summary: e.analysis.summary,
      tasks: e.analysis.tasks.map((task) => ({ ...task })),
      recordedByName: e.analysis.recordedByName,
      recordedAt: new Date(e.analysis.recordedAt),
    },
    proposal: e.proposal && {
      title: e.proposal.title,
      description: e.proposal.description,
      hoursPerWeek: e.proposal.hoursPerWeek,
      tasks: e.proposal.tasks.map((task) => ({ ...task })),
      competences: e.proposal.competences.map((competence) => ({ ...competence })),
      proposedByName: e.proposal.proposedByName,
      proposedAt: new Date(e.proposal.proposedAt),
    },
    history: e.statusHistory.map((change) => ({
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      note: change.note,
      changedByName: change.changedByName,
      changedAt: new Date(change.changedAt),
    })),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
  });
}
