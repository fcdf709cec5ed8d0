import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { formatBytes } from '@clipstream/core';

/** One small file from a multipart form, in memory (pictures: the limit keeps it small). */
export async function readSmallFile(
  request: FastifyRequest,
  field: string,
  maxBytes: number,
): Promise<Buffer> {
  const hint = `send multipart/form-data with the picture in a "${field}" field`;
  if (!request.isMultipart()) throw new BadRequestException(`Not a form upload: ${hint}`);
  const part = await request.file({ limits: { fileSize: maxBytes } });
  if (!part || part.fieldname !== field) throw new BadRequestException(`The picture is missing: ${hint}`);
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeException(`The picture is too large: at most ${formatBytes(maxBytes)}`);
    }
    throw error;
  }
}
