import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { VISIBILITIES, Visibility } from '@clipstream/core';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from './video-fields';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UpdateVideoDto {
  @ApiPropertyOptional({ maxLength: TITLE_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title?: string;

  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters long`,
  })
  description?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of: ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;

  @ApiPropertyOptional({ type: [String], example: ['travel', 'alps'] })
  @IsOptional()
  @IsArray({ message: 'tags must be a list of names' })
  @IsString({ each: true, message: 'tags must be a list of names' })
  tags?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'a category slug, or null for none' })
  @ValidateIf((dto: UpdateVideoDto) => dto.category !== undefined && dto.category !== null)
  @IsString({ message: 'category must be a category slug or null' })
  category?: string | null;

  @ApiPropertyOptional({ description: 'a generated picture (0–3), or -1 for the uploaded one' })
  @IsOptional()
  @IsInt({ message: 'thumbnailIndex must be a whole number' })
  @Min(-1, { message: 'thumbnailIndex must be -1 (the uploaded picture) or a generated one (0, 1, …)' })
  thumbnailIndex?: number;
}
