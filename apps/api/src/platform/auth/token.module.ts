// Bearer tokens for every area: TokenService signs (at sign-in, in the organisation area) and
// verifies (for every request's context). No domain tables here.
import { Global, Module } from '@nestjs/common';
import { TokenService } from './token.service.js';

@Global()
@Module({ providers: [TokenService], exports: [TokenService] })
export class TokenModule {}
