/** How many pieces are joined at a time: a few hundred deltas, a few kilobytes. */
const PIECES_PER_JOIN = 256;

/**
 * Text arriving in many small pieces (stream deltas), kept for reading whole. The pieces are joined a
 * few hundred at a time as they come, so a long answer is held as a few hundred strings instead of one
 * per delta: each delta dies young instead of being copied from one garbage-collector generation to
 * the next, which costs more than the join. Linear: every character is copied at most twice per read.
 */
export class TextParts {
  private joined: string[] = [];
  private recent: string[] = [];

  add(piece: string): void {
    this.recent.push(piece);
    if (this.recent.length >= PIECES_PER_JOIN) this.settle();
  }

  text(): string {
    this.settle();
    // One string from here on: reading it again costs nothing.
    if (this.joined.length > 1) this.joined = [this.joined.join('')];
    return this.joined[0] ?? '';
  }

  private settle(): void {
    if (this.recent.length === 0) return;
    this.joined.push(this.recent.join(''));
    this.recent = [];
  }
}
