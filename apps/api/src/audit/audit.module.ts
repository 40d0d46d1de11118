// The audit log, the lowest domain area: written by every mutation (AuditService, in the mutation's
// transaction), read by the secretariat (auditLog). It imports no other domain area.
import { Global, Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditLogService, AuditLogResolver],
  exports: [AuditService],
})
export class AuditModule {}
