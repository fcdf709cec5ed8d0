import { BadRequestException } from '@nestjs/common';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/**
 * Tags as stored: lower case, single spaces, no leading `#`, no duplicates. Accepts a list, or one text
 * with commas (a form field), or both (a repeated form field).
 */
export function normalizeTagNames(input: string | readonly string[] | undefined): string[] {
  if (input === undefined) return [];
  const parts = (typeof input === 'string' ? [input] : input).flatMap((value) => value.split(','));
  const names = [...new Set(parts.map(normalizeTagName).filter((name) => name.length > 0))];
  const tooLong = names.find((name) => name.length > MAX_TAG_LENGTH);
  if (tooLong)
    throw new BadRequestException(
      `tag "${tooLong.slice(0, 50)}" is longer than ${MAX_TAG_LENGTH} characters`,
    );
  if (names.length > MAX_TAGS)
    throw new BadRequestException(`at most ${MAX_TAGS} tags are allowed (got ${names.length})`);
  return names;
}

/** One tag as stored (see normalizeTagNames); also how a tag filter is read, so `#Alps` finds `alps`. */
export function normalizeTagName(name: string): string {
  return name.trim().replace(/^#+/, '').replace(/\s+/g, ' ').toLowerCase();
}
