// A reason Concord cannot start that the operator can act on, said in one line (no stack): the
// entry point prints the message alone and exits 1.
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
