import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { VISIBILITIES, Visibility } from '@clipstream/core';
import { TITLE_MAX_LENGTH } from '../../videos/dto/video-fields';
import { acceptReadOnly } from '../simple-rest';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What a moderator may change on a video; the reason of a hide goes to the audit log. */
export class AdminVideoUpdateDto {
  @ApiPropertyOptional({ description: 'hidden videos are gone for everyone but their owner and moderators' })
  @IsOptional()
  @IsBoolean({ message: 'hidden must be true or false' })
  hidden?: boolean;

  @ApiPropertyOptional({ description: 'why the video is hidden (or shown again)' })
  @ValidateIf((dto: AdminVideoUpdateDto) => dto.hiddenReason !== undefined && dto.hiddenReason !== null)
  @Transform(trim)
  @IsString({ message: 'hiddenReason must be text' })
  @MaxLength(1000, { message: 'hiddenReason must be at most 1000 characters long' })
  hiddenReason?: string | null;

  @ApiPropertyOptional({ enum: VISIBILITIES })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of: ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;

  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title?: string;
}

acceptReadOnly(AdminVideoUpdateDto, [
  'id',
  'description',
  'status',
  'source',
  'owner',
  'ownerId',
  'duration',
  'views',
  'likes',
  'commentCount',
  'createdAt',
  'error',
  'thumbnailUrl',
  'hlsUrl',
]);
