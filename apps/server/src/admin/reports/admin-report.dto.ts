import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { acceptReadOnly } from '../simple-rest';

/** What resolving a report does to the reported video or comment (`ban` bans its owner or author). */
export const REPORT_ACTIONS = ['none', 'hide', 'delete', 'ban'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AdminReportUpdateDto {
  @ApiProperty({ enum: ['resolved'] })
  @IsIn(['resolved'], { message: 'status must be "resolved": a report is resolved with the action taken' })
  status: 'resolved';

  @ApiProperty({
    description: 'what was decided and why; the reporter is told',
    minLength: 3,
    maxLength: 1000,
  })
  @Transform(trim)
  @IsString({ message: 'resolution must say what was decided' })
  @MinLength(3, { message: 'resolution must say what was decided (3 characters at least)' })
  @MaxLength(1000, { message: 'resolution must be at most 1000 characters long' })
  resolution: string;

  @ApiPropertyOptional({ enum: REPORT_ACTIONS, default: 'none' })
  @IsOptional()
  @IsIn(REPORT_ACTIONS, { message: `action must be one of: ${REPORT_ACTIONS.join(', ')}` })
  action?: ReportAction;
}

acceptReadOnly(AdminReportUpdateDto, [
  'id',
  'targetType',
  'targetId',
  'reason',
  'reporter',
  'reporterId',
  'resolvedBy',
  'createdAt',
  'resolvedAt',
  'target',
]);
