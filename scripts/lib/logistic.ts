// Logistic regression with an L2 penalty, fitted by Newton's method: small, exact and reproducible, for
// the verdict's weights (scripts/fit-verdict.ts) and their cross-validation (npm run eval).

export interface Example {
  x: number[];
  /** 1 for central, 0 for mentions. */
  y: number;
}

export interface Fit {
  weights: number[];
  bias: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Weights that maximise the likelihood less lambda/2 times their squared length (the bias is free). */
export function fitLogistic(examples: Example[], lambda: number): Fit {
  const n = examples[0]?.x.length ?? 0;
  // Parameter 0 is the bias; 1..n the weights.
  let beta = new Array<number>(n + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(n + 1).fill(0);
    const hessian = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
    for (const { x, y } of examples) {
      const row = [1, ...x];
      const p = sigmoid(row.reduce((sum, v, i) => sum + v * beta[i], 0));
      for (let i = 0; i <= n; i++) {
        gradient[i] += (y - p) * row[i];
        for (let j = 0; j <= n; j++) hessian[i][j] -= p * (1 - p) * row[i] * row[j];
      }
    }
    for (let i = 1; i <= n; i++) {
      gradient[i] -= lambda * beta[i];
      hessian[i][i] -= lambda;
    }
    hessian[0][0] -= 1e-6; // keeps the system solvable when one class is missing
    const step = solve(hessian, gradient);
    beta = beta.map((b, i) => b - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { bias: beta[0], weights: beta.slice(1) };
}

export function predict(fit: Fit, x: number[]): number {
  return sigmoid(x.reduce((sum, v, i) => sum + v * fit.weights[i], fit.bias));
}

/** Folds of indices 0..count-1, each label spread evenly over them, in an order fixed by `keys`. */
export function stratifiedFolds(labels: string[], keys: string[], k: number): number[][] {
  const folds: number[][] = Array.from({ length: k }, () => []);
  const order = labels.map((_, i) => i).sort((a, b) => hash(keys[a]) - hash(keys[b]) || a - b);
  const seen = new Map<string, number>();
  for (const i of order) {
    const count = seen.get(labels[i]) ?? 0;
    folds[count % k].push(i);
    seen.set(labels[i], count + 1);
  }
  return folds;
}

/** A stable hash of a string (FNV-1a), so that folds do not move between runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Solves a x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) pivot = row;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const lead = m[col][col] || 1e-12;
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const factor = m[row][col] / lead;
      for (let j = col; j <= n; j++) m[row][j] -= factor * m[col][j];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}
