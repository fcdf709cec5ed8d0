import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthResponse, User, UserView } from '@clipstream/core';
import { CurrentUser, RequestUser } from '../common/request-user';
import { RateLimit } from '../rate-limit/rate-limit.guard';
import { toUserView } from '../users/user-view';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { RegisterDto } from './dto/register.dto';
import { LoginDto } from './dto/login.dto';
import { Authenticated, LocalAuthGuard } from './guards';

@ApiTags('accounts')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/register')
  @RateLimit('auth')
  register(@Body() body: RegisterDto): Promise<AuthResponse> {
    return this.auth.register(body);
  }

  @Post('auth/login')
  @HttpCode(200)
  @RateLimit('auth')
  @UseGuards(LocalAuthGuard)
  // the body is validated by LocalAuthGuard; declared here for the OpenAPI document
  login(@Req() request: { user: User }, @Body() _body: LoginDto): AuthResponse {
    return this.auth.session(request.user);
  }

  @Get('me')
  @Authenticated()
  async me(@CurrentUser() caller: RequestUser): Promise<UserView> {
    return toUserView(await this.users.getById(caller.id));
  }
}
