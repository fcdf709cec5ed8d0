import { Visibility } from '@clipstream/core';
import { createValidationPipe } from '../common/validation.pipe';
import { NewVideoFields } from '../videos/dto/video-fields';
import { normalizeTagNames } from '../videos/tag-names';
import { newVideoCategory } from '../videos/video-categories';

export interface NewVideoInput {
  title: string;
  description: string;
  visibility: Visibility;
  tags: string[];
  category: string | null;
}

const validation = createValidationPipe();

/** Validates upload fields like a JSON body (same messages), then normalizes them. */
export async function parseNewVideoFields(fields: Record<string, unknown>): Promise<NewVideoInput> {
  const dto = (await validation.transform(fields, {
    type: 'body',
    metatype: NewVideoFields,
  })) as NewVideoFields;
  return {
    title: dto.title,
    description: dto.description ?? '',
    visibility: dto.visibility ?? 'public',
    tags: normalizeTagNames(dto.tags),
    category: newVideoCategory(dto.category),
  };
}

/** The file name's extension, only as a label for the stored original: ffprobe judges the content. */
export function originalExtension(fileName: string | null | undefined): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(fileName ?? '');
  return match ? match[1].toLowerCase() : 'bin';
}
