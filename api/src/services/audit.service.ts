import type { GraphStore } from '../store/graph-store';
import type { AuditFilter, AuditPage, ErasureSummary, WriteAuthor } from '../store/user-audit-store';
import { checkRange, pageLimits } from './paging';

/** The audit trail (admins) and GDPR erasure of a person. */
export class AuditService {
  constructor(private readonly store: GraphStore) {}

  log(filter: AuditFilter, offset: number, limit: number): Promise<AuditPage> {
    checkRange('auditLog', 'offset', offset, 0, Number.MAX_SAFE_INTEGER);
    checkRange('auditLog', 'limit', limit, 1, pageLimits.maxPageSize);
    return this.store.auditLog(filter, { offset, limit });
  }

  erasePerson(actorId: string, who: WriteAuthor): Promise<ErasureSummary> {
    return this.store.erasePerson(actorId, who);
  }
}
