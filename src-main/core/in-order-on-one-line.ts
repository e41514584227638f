/** The line terminators that `.` in a regex does not cross. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * Whether `first` matches and `then` matches after it on the same line: what /first.*then/ tests,
 * in linear time (that regex rescans the rest of the line for every match of `first`, which is
 * quadratic on a long line of them). Neither pattern may be global or sticky; `first` is meant to be
 * a literal, or literals of one length, so that its leftmost match on a line is also the one ending first.
 */
export function inOrderOnOneLine(text: string, first: RegExp, then: RegExp): boolean {
  const firstMatches = new RegExp(first.source, `${first.flags}g`);
  const lineBreaks = new RegExp(LINE_BREAK);
  for (let found = firstMatches.exec(text); found; found = firstMatches.exec(text)) {
    const end = found.index + found[0].length;
    lineBreaks.lastIndex = end;
    const lineEnd = lineBreaks.exec(text)?.index ?? text.length;
    if (then.test(text.slice(end, lineEnd))) return true;
    // Only the first match on a line matters: go on from the next line.
    firstMatches.lastIndex = Math.max(lineEnd, end + 1);
  }
  return false;
}
