import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsIn } from 'class-validator';
import { NOTIFICATION_TYPES, NotificationType } from '@clipstream/core';

export class NotificationSettingsDto {
  @ApiProperty({ enum: NOTIFICATION_TYPES, isArray: true, description: 'the types not to receive' })
  @IsArray({ message: 'muted must be a list of notification types' })
  @IsIn(NOTIFICATION_TYPES, {
    each: true,
    message: `muted must list notification types: ${NOTIFICATION_TYPES.join(', ')}`,
  })
  muted: NotificationType[];
}
