import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { TITLE_MAX_LENGTH } from './video-fields';

const TIME_HINT = 'seconds (12.5) or "MM:SS" / "HH:MM:SS(.mmm)"';

/** Times are checked (and parsed) against the video by the clip service. */
export class CreateClipDto {
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }], example: '00:01:05.250' })
  @IsDefined({ message: `start is required: ${TIME_HINT}` })
  start: number | string;

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }], example: 90 })
  @IsDefined({ message: `end is required: ${TIME_HINT}` })
  end: number | string;

  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title?: string;
}
