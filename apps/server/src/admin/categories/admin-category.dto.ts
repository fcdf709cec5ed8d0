import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { normalizeCategorySlug } from '../../videos/video-categories';
import { acceptReadOnly } from '../simple-rest';

export const CATEGORY_SLUG_PATTERN = /^[a-z0-9-]{1,40}$/;
export const CATEGORY_NAME_MAX_LENGTH = 60;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// Trimmed and lowercased as a video's category is when it is looked up, so what is created is what they find.
const normalizeSlug = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeCategorySlug(value) : value;

// One rule, so that one message says what is wrong (a missing name is not also "too long").
const CategoryName = () =>
  applyDecorators(
    Transform(trim),
    Length(1, CATEGORY_NAME_MAX_LENGTH, {
      message: ({ value }) =>
        typeof value !== 'string'
          ? 'name must be text'
          : value.length === 0
            ? 'name must not be empty'
            : `name must be at most ${CATEGORY_NAME_MAX_LENGTH} characters long`,
    }),
  );

/** A new category: its slug names it in URLs and on videos for good, its name is what people read. */
export class AdminCategoryCreateDto {
  @ApiProperty({
    description: 'lowercase letters, digits and hyphens; it cannot be changed later',
    example: 'travel-vlogs',
    pattern: CATEGORY_SLUG_PATTERN.source,
  })
  @Transform(normalizeSlug)
  @Matches(CATEGORY_SLUG_PATTERN, {
    message: 'slug must be 1–40 lowercase letters, digits and hyphens, e.g. "travel-vlogs"',
  })
  slug: string;

  @ApiProperty({ minLength: 1, maxLength: CATEGORY_NAME_MAX_LENGTH, example: 'Travel vlogs' })
  @CategoryName()
  name: string;
}

/**
 * What a moderator may change on a category: its name. react-admin PUTs the whole record back, so the
 * slug is accepted too, and refused by the service only when it differs from the category's.
 */
export class AdminCategoryUpdateDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: CATEGORY_NAME_MAX_LENGTH })
  @ValidateIf((dto: AdminCategoryUpdateDto) => dto.name !== undefined) // null is no name: refused
  @CategoryName()
  name?: string;

  @ApiPropertyOptional({ description: 'the current slug, if sent at all: a slug cannot be changed' })
  @IsOptional()
  @Transform(normalizeSlug)
  @IsString({ message: 'slug must be text' })
  slug?: string;
}

acceptReadOnly(AdminCategoryUpdateDto, ['id', 'videoCount', 'createdAt', 'updatedAt']);
