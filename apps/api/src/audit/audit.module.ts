// The audit log: written by every mutation (AuditService), read by the secretariat (auditLog).
import { Global, Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({ providers: [AuditService, AuditLogService, AuditLogResolver], exports: [AuditService] })
export class AuditModule {}
