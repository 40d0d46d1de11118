// Sign-in, tokens and the access policy every service consults.
import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { TokenService } from '../platform/auth/token.service.js';

@Global()
@Module({
  providers: [TokenService, AuthService, AccessService, AuthResolver],
  exports: [TokenService, AccessService],
})
export class AuthModule {}
