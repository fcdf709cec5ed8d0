import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '@clipstream/core';
import { parseByteRange } from './byte-range';
import type { MediaFileCache } from './media-file-cache';

export interface StoredFileResponse {
  contentType: string;
  cacheControl: string;
  /** Serves the file from memory when it is small enough. */
  cache?: MediaFileCache;
}

/**
 * Sends a stored file with validators (ETag, Last-Modified → 304) and one byte range (206, or 416 with
 * `Content-Range: bytes *∕size`). The caller has checked that the requester may have it.
 */
export async function sendStoredFile(
  request: FastifyRequest,
  reply: FastifyReply,
  storage: Storage,
  key: string,
  response: StoredFileResponse,
): Promise<FastifyReply> {
  const info = await storage.stat(key);
  if (!info)
    return reply
      .code(404)
      .send({ statusCode: 404, message: 'This file does not exist (yet)', error: 'Not Found' });

  const etag = `"${info.size.toString(36)}-${info.modifiedAt.getTime().toString(36)}"`;
  void reply
    .header('Accept-Ranges', 'bytes')
    .header('ETag', etag)
    .header('Last-Modified', info.modifiedAt.toUTCString())
    .header('Cache-Control', response.cacheControl);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();

  const range = parseByteRange(request.headers.range, info.size);
  if (range === 'unsatisfiable') {
    return reply
      .code(416)
      .header('Content-Range', `bytes */${info.size}`)
      .send({
        statusCode: 416,
        message: `Range not satisfiable: the file has ${info.size} bytes`,
        error: 'Range Not Satisfiable',
      });
  }
  void reply.type(response.contentType);
  const cache = response.cache?.holds(info.size) ? response.cache : null;
  const whole = cache ? await cache.read(key, etag) : null;
  if (!range) return reply.header('Content-Length', info.size).send(whole ?? storage.read(key));
  return reply
    .code(206)
    .header('Content-Range', `bytes ${range.start}-${range.end}/${info.size}`)
    .header('Content-Length', range.end - range.start + 1)
    .send(whole ? whole.subarray(range.start, range.end + 1) : storage.read(key, range));
}
