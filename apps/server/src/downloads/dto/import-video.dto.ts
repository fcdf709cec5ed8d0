import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { VISIBILITIES, Visibility } from '@clipstream/core';
import { NewVideoFields, TITLE_MAX_LENGTH } from '../../videos/dto/video-fields';
import { IsTime } from './is-time';

const TIME = { oneOf: [{ type: 'number' }, { type: 'string' }] };

/**
 * A URL (or a segment of it) to become a video of the caller's channel. `category` is an upload's field,
 * rules and all, so both ways of adding a video take the same slugs.
 */
export class ImportVideoDto extends PickType(NewVideoFields, ['category'] as const) {
  @ApiProperty({ example: 'https://example.com/watch?v=abc' })
  @IsString()
  @MaxLength(4096)
  url: string;

  @ApiPropertyOptional({ ...TIME, example: '00:04:00', description: 'The start of the video when left out' })
  @IsOptional()
  @IsTime()
  start?: number | string;

  @ApiPropertyOptional({ ...TIME, example: '00:14:00', description: 'The end of the video when left out' })
  @IsOptional()
  @IsTime()
  end?: number | string;

  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH, description: "The source's title when left out" })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'public' })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of: ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;
}
