import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { acceptReadOnly } from '../simple-rest';

/** A moderator can only stop a download; deleting it is DELETE. */
export class AdminDownloadUpdateDto {
  @ApiProperty({ enum: ['cancelled'] })
  @IsIn(['cancelled'], { message: 'status must be "cancelled": a moderator can only cancel a download' })
  status: 'cancelled';
}

acceptReadOnly(AdminDownloadUpdateDto, [
  'id',
  'url',
  'title',
  'progress',
  'etaSeconds',
  'bytes',
  'start',
  'end',
  'duration',
  'quality',
  'format',
  'fileName',
  'fileUrl',
  'fileSize',
  'estimatedSize',
  'error',
  'note',
  'expired',
  'expiresAt',
  'createdAt',
  'completedAt',
  'user',
  'userId',
]);
