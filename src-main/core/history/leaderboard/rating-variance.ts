// How sure a Bradley–Terry fit is of each log-strength: the inverse of the Fisher information.

interface WeightedPair {
  i: number;
  j: number;
  games: number;
}

/**
 * Var(θi) for every player. The information matrix of the log-strengths is a graph Laplacian (row i:
 * Σj nij pij pji on the diagonal, −nij pij pji off it) and singular, since adding a constant to every θ
 * changes nothing; with the θ of a group centred on 0, their covariance is its pseudo-inverse, computed
 * per connected group as (L + J/m)⁻¹ − J/m (J all ones, m the group's size).
 */
export function ratingVariances(
  theta: readonly number[],
  pairs: readonly WeightedPair[],
  groups: readonly number[],
): number[] {
  const variance = new Array<number>(theta.length).fill(Number.POSITIVE_INFINITY);
  const members = new Map<number, number[]>();
  groups.forEach((group, at) => {
    const list = members.get(group);
    if (list) list.push(at);
    else members.set(group, [at]);
  });
  for (const players of members.values()) {
    if (players.length < 2) continue;
    const position = new Map(players.map((player, at) => [player, at] as const));
    const m = players.length;
    const matrix = Array.from({ length: m }, () => new Array<number>(m).fill(1 / m));
    for (const { i, j, games } of pairs) {
      const a = position.get(i);
      const b = position.get(j);
      if (a === undefined || b === undefined) continue;
      const p = 1 / (1 + Math.exp(theta[j]! - theta[i]!));
      const weight = games * p * (1 - p);
      matrix[a]![a]! += weight;
      matrix[b]![b]! += weight;
      matrix[a]![b]! -= weight;
      matrix[b]![a]! -= weight;
    }
    const inverse = invert(matrix);
    players.forEach((player, at) => {
      variance[player] = inverse[at]![at]! - 1 / m;
    });
  }
  return variance;
}

/** Gauss–Jordan elimination with partial pivoting; the matrix is symmetric positive definite here. */
function invert(matrix: readonly (readonly number[])[]): number[][] {
  const size = matrix.length;
  const rows = matrix.map((row, at) => [
    ...row,
    ...Array.from({ length: size }, (_, column) => (column === at ? 1 : 0)),
  ]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) {
      if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    }
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    const lead = rows[column]!;
    const scale = lead[column]!;
    for (let at = 0; at < 2 * size; at++) lead[at]! /= scale;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const target = rows[row]!;
      const factor = target[column]!;
      if (factor === 0) continue;
      for (let at = 0; at < 2 * size; at++) target[at]! -= factor * lead[at]!;
    }
  }
  return rows.map((row) => row.slice(size));
}
