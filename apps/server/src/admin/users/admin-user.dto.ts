import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { USER_ROLES, UserRole } from '@clipstream/core';

/**
 * What a moderator may change on a user. react-admin PUTs the whole record back, so read-only fields
 * it echoes (id, email, createdAt, …) are accepted and ignored rather than refused.
 */
export class AdminUserUpdateDto {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES, { message: `role must be one of: ${USER_ROLES.join(', ')}` })
  role?: UserRole;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'banned must be true or false' })
  banned?: boolean;

  @ApiPropertyOptional({ description: 'required when banning' })
  @ValidateIf(
    (dto: AdminUserUpdateDto) =>
      dto.banned === true || (dto.banReason !== undefined && dto.banReason !== null),
  )
  @IsString({ message: 'banReason must say why the user is banned' })
  @MinLength(3, { message: 'banReason must say why the user is banned (3 characters at least)' })
  @MaxLength(500)
  banReason?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  displayName?: string;

  @IsOptional() id?: unknown;
  @IsOptional() email?: unknown;
  @IsOptional() username?: unknown;
  @IsOptional() createdAt?: unknown;
  @IsOptional() bannedAt?: unknown;
  @IsOptional() avatarUrl?: unknown;
  @IsOptional() bannerUrl?: unknown;
  @IsOptional() bio?: unknown;
  @IsOptional() storageUsed?: unknown;
  @IsOptional() subscribers?: unknown;
}
