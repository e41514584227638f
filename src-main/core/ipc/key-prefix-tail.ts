/** KMP failure table: for each prefix of `key`, the length of its longest proper border. */
function failureTable(key: string): Int32Array {
  const table = new Int32Array(key.length);
  let border = 0;
  // Stryker disable next-line EqualityOperator: one step past the end compares NaN (never equal) and writes outside the typed array (ignored)
  for (let index = 1; index < key.length; index++) {
    while (border > 0 && key.charCodeAt(index) !== key.charCodeAt(border)) border = table[border - 1]!;
    if (key.charCodeAt(index) === key.charCodeAt(border)) border += 1;
    table[index] = border;
  }
  return table;
}

/** The longest end of `text` that is a beginning of `key` shorter than the whole key, in O(key length). */
function prefixAtEnd(text: string, key: string, table: Int32Array): number {
  let matched = 0;
  // Only the last key.length - 1 characters can hold a beginning of the key shorter than the key,
  // and such a beginning starts with the key's first character: start there, or stop at once.
  // Stryker disable next-line ArithmeticOperator: starting two characters earlier finds the same end, full matches fall back below
  const first = text.indexOf(key.charAt(0), Math.max(0, text.length - key.length + 1));
  if (first === -1) return 0;
  for (let index = first; index < text.length; index++) {
    const code = text.charCodeAt(index);
    while (matched > 0 && key.charCodeAt(matched) !== code) matched = table[matched - 1]!;
    if (key.charCodeAt(matched) === code) matched += 1;
    // Stryker disable next-line ArithmeticOperator,ConditionalExpression: unreachable, the scan starts within key.length - 1 of the end
    if (matched === key.length) matched = table[matched - 1]!;
  }
  return matched;
}

/**
 * How much of the end of a text could be the start of one of the user's keys: streamed text holds
 * that much back until the next piece shows whether a whole key follows. Plain text almost never
 * ends in a key's first characters, so almost nothing is ever held.
 */
export class KeyPrefixTail {
  private readonly known: () => readonly string[];
  private tablesFor: readonly string[] | null = null;
  private tables: Int32Array[] = [];

  constructor(known: () => readonly string[]) {
    this.known = known;
  }

  length(text: string): number {
    const keys = this.known();
    if (keys !== this.tablesFor) {
      this.tables = keys.map(failureTable);
      this.tablesFor = keys;
    }
    let longest = 0;
    for (const [index, key] of keys.entries()) {
      longest = Math.max(longest, prefixAtEnd(text, key, this.tables[index]!));
    }
    return longest;
  }
}
