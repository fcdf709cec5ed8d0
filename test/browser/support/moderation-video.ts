import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { VideoView } from '@clipstream/core/contract';
import type { Session } from '../../support/http';

const POLL_INTERVAL_MS = 250;

/**
 * Uploads a file as `POST /api/videos` (multipart) and waits until the running worker has made it ready:
 * the moderation test needs a real, playable video, but not the upload page (the pipeline test covers it).
 */
export async function uploadReadyVideo(
  session: Session,
  path: string,
  title: string,
  timeoutMs: number,
): Promise<VideoView> {
  const form = new FormData();
  form.set('title', title);
  form.set('visibility', 'public');
  form.set('file', await openAsBlob(path), basename(path));
  const response = await fetch(`${session.api.baseUrl}/api/videos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  });
  const created = await response.json();
  if (response.status !== 201)
    throw new Error(`upload failed: ${response.status} ${JSON.stringify(created)}`);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { body } = await session.api.get<VideoView>(`/api/videos/${created.id}`);
    if (body.status === 'ready') return body;
    if (body.status === 'failed') throw new Error(`video ${created.id} failed: ${JSON.stringify(body)}`);
    await new Promise((done) => setTimeout(done, POLL_INTERVAL_MS));
  }
  throw new Error(`video ${created.id} was not ready within ${timeoutMs / 1000} s`);
}
