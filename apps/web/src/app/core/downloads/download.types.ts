/**
 * The segment downloader's API shapes, declared once in the contract (libs/core/src/contract/download-dto.ts)
 * and gathered here for the downloader's pages.
 */
export { DOWNLOAD_FORMATS, DOWNLOAD_NAME_MAX, MAX_BATCH_SEGMENTS } from '@clipstream/contract';
export type {
  BatchDownloadRequest,
  DownloadFormat,
  DownloadQuality,
  DownloadRequest,
  DownloadView,
  SegmentRequest,
  ShareLink,
  SingleDownloadRequest,
  SourceChapter,
  SourceFormat,
  SourceInspection,
} from '@clipstream/contract';
