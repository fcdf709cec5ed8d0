import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export class MarkReadDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'the notifications to mark read; all of them when absent',
  })
  @IsOptional()
  @IsArray({ message: 'ids must be a list of notification ids' })
  @ArrayMaxSize(500, { message: 'ids may list at most 500 notifications' })
  @IsUUID('all', { each: true, message: 'ids must be a list of notification ids' })
  ids?: string[];
}
