import {
  Controller,
  Delete,
  Get,
  Head,
  NotFoundException,
  Options,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UploadStatus } from '@clipstream/core';
import { Authenticated } from '../auth/guards';
import { CurrentUser, RequestUser } from '../common/request-user';
import { TusUploads } from './tus-uploads';

/** Upload ids are UUIDs (they become the video's id); anything else names no upload. */
const UploadIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Upload not found') });

/**
 * tus 1.0 at `/api/uploads/`: creation (POST), offset (HEAD), data (PATCH), termination (DELETE) are
 * answered by @tus/server; every one of them needs the bearer token. `GET /api/uploads/:id` is ours.
 */
@ApiTags('uploads')
@Controller('uploads')
export class UploadsController {
  constructor(private readonly tus: TusUploads) {}

  /** CORS preflight and tus discovery: no token is sent with these. */
  @Options(['', '*'])
  options(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.tus.handle(request, reply, undefined);
  }

  /** `*` so that the endpoint answers with and without its trailing slash (`/api/uploads/`). */
  @Post(['', '*'])
  @Authenticated()
  create(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() caller: RequestUser,
  ): Promise<void> {
    return this.tus.handle(request, reply, caller);
  }

  // declared before GET: Fastify would otherwise derive HEAD from the GET route
  @Head(':id')
  @Authenticated()
  offset(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() caller: RequestUser,
  ): Promise<void> {
    return this.tus.handle(request, reply, caller);
  }

  @Patch(':id')
  @Authenticated()
  append(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() caller: RequestUser,
  ): Promise<void> {
    return this.tus.handle(request, reply, caller);
  }

  @Delete(':id')
  @Authenticated()
  cancel(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() caller: RequestUser,
  ): Promise<void> {
    return this.tus.handle(request, reply, caller);
  }

  @Get(':id')
  @Authenticated()
  status(@Param('id', UploadIdPipe) id: string, @CurrentUser() caller: RequestUser): Promise<UploadStatus> {
    return this.tus.status(id, caller);
  }
}
