import type { Viewer } from '../../common/auth/viewer.js';
import { ViewerModel } from './dto/viewer.model.js';

export function toViewerModel(viewer: Viewer): ViewerModel {
  return Object.assign(new ViewerModel(), {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    roles: [viewer.role],
    organisationName: viewer.organisationName,
    employerId: viewer.employerId,
    regionCodes: [...viewer.regionCodes],
  });
}
