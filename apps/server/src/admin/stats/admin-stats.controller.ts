import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../auth/guards';
import { AdminStats, AdminStatsService } from './admin-stats.service';

@ApiTags('admin')
@Controller('admin/stats')
@Authenticated('moderator', 'admin')
export class AdminStatsController {
  constructor(private readonly stats: AdminStatsService) {}

  @Get()
  get(): Promise<AdminStats> {
    return this.stats.stats();
  }
}
