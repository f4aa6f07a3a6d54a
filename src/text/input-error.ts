/** A problem with a user's input file: the message names the input and says what to do. */
export class InputError extends Error {
  readonly source: string;
  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'InputError';
    this.source = source;
  }
}
