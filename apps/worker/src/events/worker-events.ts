import { DownloadProgressEvent, NotificationEvent, SocketEvents, VideoProgressEvent } from '@clipstream/core';

/** The Socket.IO events the worker sends to browsers, with their payloads (see the contract). */
export interface WorkerEventPayloads {
  [SocketEvents.videoProgress]: VideoProgressEvent;
  [SocketEvents.downloadProgress]: DownloadProgressEvent;
  [SocketEvents.notification]: NotificationEvent;
}

export type WorkerEventName = keyof WorkerEventPayloads;
export type WorkerEventPayload<E extends WorkerEventName> = WorkerEventPayloads[E];
