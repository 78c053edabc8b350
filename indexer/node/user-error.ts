/** A mistake the person running the indexer can fix: printed as a message, never as a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
