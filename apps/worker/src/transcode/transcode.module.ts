import { Module } from '@nestjs/common';
import { ProgressiveFiles } from './progressive-files';
import { TranscodeRunner } from './transcode-runner';
import { TranscodeProcessor } from './transcode.processor';
import { VideoPictures } from './video-pictures';

@Module({ providers: [TranscodeProcessor, TranscodeRunner, ProgressiveFiles, VideoPictures] })
export class TranscodeModule {}
