import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { VISIBILITIES, Visibility } from '@clipstream/core';

export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 5000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The fields of a new upload (multipart form fields or tus metadata). */
export class NewVideoFields {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH })
  @Transform(trim)
  @IsString({ message: 'title is required: give the video a name' })
  @MinLength(1, { message: 'title is required: give the video a name' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title: string;

  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters long`,
  })
  description?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'public' })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of: ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;

  @ApiPropertyOptional({ description: 'a slug of GET /api/categories', example: 'travels' })
  @IsOptional()
  @IsString({ message: 'category must be a category slug (see GET /api/categories)' })
  @MaxLength(40, { message: 'category must be a category slug (see GET /api/categories)' })
  category?: string;

  @ApiPropertyOptional({ description: 'comma-separated, or the field repeated', example: 'travel, alps' })
  @IsOptional()
  @IsString({ each: true, message: 'tags must be text: comma-separated names' })
  tags?: string | string[];
}
