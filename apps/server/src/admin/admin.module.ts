import { Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AdminUsersController } from './users/admin-users.controller';
import { AdminUsersService } from './users/admin-users.service';

@Module({
  controllers: [AdminUsersController],
  providers: [AdminUsersService, AuditLogService],
})
export class AdminModule {}
