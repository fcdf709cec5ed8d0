import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, AppConfig, resolveJwtSecret } from '@clipstream/core';
import { UsersService } from '../users/users.service';
import { AdminAccount } from './admin-account';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { expiresIn: config.JWT_TTL_SECONDS },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    UsersService,
    PasswordHasher,
    TokenService,
    LocalStrategy,
    JwtStrategy,
    AdminAccount,
  ],
  exports: [UsersService, TokenService, PasswordHasher],
})
export class AuthModule {}
