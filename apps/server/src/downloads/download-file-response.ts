import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '@clipstream/core';
import { sendStoredFile } from '../media/send-stored-file';

const CONTENT_TYPES: Record<string, string> = {
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
};

/**
 * `attachment` with the name twice: a plain ASCII one for old clients and the exact one (RFC 5987).
 * The stored name is already sanitised; quotes and backslashes are dropped here all the same.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A finished download as a file to save, with byte ranges (206/416) and validators. */
export function sendDownloadFile(
  request: FastifyRequest,
  reply: FastifyReply,
  storage: Storage,
  download: { fileKey: string; fileName: string; format: string },
): Promise<FastifyReply> {
  void reply.header('Content-Disposition', attachmentHeader(download.fileName));
  return sendStoredFile(request, reply, storage, download.fileKey, {
    contentType: CONTENT_TYPES[download.format] ?? 'application/octet-stream',
    cacheControl: 'private, no-cache',
  });
}
