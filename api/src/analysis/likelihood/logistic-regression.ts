/**
 * L2-regularised logistic regression on standardised features, fitted by Newton's method (IRLS).
 * A dozen or two features and a few tens of thousands of rows: each Newton step is one pass over
 * the rows and a small linear solve, and it converges in under 15 steps to the unique optimum, so
 * the same data always gives the same model (no learning rate, no random start).
 */
export interface LogisticModel {
  /** Per feature: mean and standard deviation used to standardise it (deviation 1 for a constant feature). */
  mean: Float64Array;
  scale: Float64Array;
  /** Coefficients of the standardised features. */
  weights: Float64Array;
  bias: number;
}

export interface FitOptions {
  /** L2 penalty on the coefficients (not on the bias), per row. */
  lambda?: number;
  maxSteps?: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function standardisation(rows: readonly Float64Array[], p: number): { mean: Float64Array; scale: Float64Array } {
  const mean = new Float64Array(p);
  const scale = new Float64Array(p);
  for (const row of rows) for (let j = 0; j < p; j++) mean[j]! += row[j]! / rows.length;
  for (const row of rows) for (let j = 0; j < p; j++) scale[j]! += (row[j]! - mean[j]!) ** 2 / rows.length;
  for (let j = 0; j < p; j++) scale[j] = scale[j]! > 1e-12 ? Math.sqrt(scale[j]!) : 1;
  return { mean, scale };
}

/** Solves the symmetric positive definite system A x = b in place (Cholesky); A is row-major k x k. */
export function solveSymmetric(a: Float64Array, b: Float64Array, k: number): Float64Array {
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j]!;
    for (let m = 0; m < j; m++) d -= a[j * k + m]! ** 2;
    const diag = Math.sqrt(Math.max(d, 1e-12));
    a[j * k + j] = diag;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j]!;
      for (let m = 0; m < j; m++) s -= a[i * k + m]! * a[j * k + m]!;
      a[i * k + j] = s / diag;
    }
  }
  const y = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= a[i * k + m]! * y[m]!;
    y[i] = s / a[i * k + i]!;
  }
  const x = new Float64Array(k);
  for (let i = k - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let m = i + 1; m < k; m++) s -= a[m * k + i]! * x[m]!;
    x[i] = s / a[i * k + i]!;
  }
  return x;
}

/** Fits P(label = 1 | row); `rows` all have the same length, `labels` are 0 or 1. */
export function fitLogistic(rows: readonly Float64Array[], labels: readonly number[], options: FitOptions = {}): LogisticModel {
  const p = rows[0]?.length ?? 0;
  const n = rows.length;
  if (n === 0 || labels.length !== n) throw new Error(`fitLogistic: need one label per row and at least one row; got ${n} rows, ${labels.length} labels`);
  const lambda = options.lambda ?? 1e-3;
  const { mean, scale } = standardisation(rows, p);
  const z = rows.map((row) => Float64Array.from(row, (v, j) => (v - mean[j]!) / scale[j]!));
  // Parameter vector: [bias, w_0 .. w_{p-1}].
  const k = p + 1;
  let beta = new Float64Array(k);
  for (let step = 0; step < (options.maxSteps ?? 25); step++) {
    const gradient = new Float64Array(k);
    const hessian = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
      const x = z[i]!;
      let eta = beta[0]!;
      for (let j = 0; j < p; j++) eta += beta[j + 1]! * x[j]!;
      const mu = sigmoid(eta);
      const w = Math.max(mu * (1 - mu), 1e-10);
      const r = labels[i]! - mu;
      gradient[0]! += r;
      hessian[0]! += w;
      for (let j = 0; j < p; j++) {
        gradient[j + 1]! += r * x[j]!;
        hessian[j + 1]! += w * x[j]!;
        for (let m = 0; m <= j; m++) hessian[(j + 1) * k + m + 1]! += w * x[j]! * x[m]!;
      }
    }
    // The penalty is per row, so its strength does not depend on how many pairs were sampled.
    for (let j = 1; j < k; j++) {
      gradient[j]! -= lambda * n * beta[j]!;
      hessian[j * k + j]! += lambda * n;
    }
    for (let j = 0; j < k; j++) {
      hessian[j * k]! = hessian[j]!;
      for (let m = 0; m < j; m++) hessian[m * k + j] = hessian[j * k + m]!;
    }
    const delta = solveSymmetric(hessian, gradient, k);
    beta = beta.map((b, j) => b + delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}

/**
 * The bias b of P(label = 1) = sigmoid(b + offset) for fixed offsets (another model's scores):
 * the one-parameter logistic regression, by Newton's method.
 */
export function fitIntercept(offsets: readonly number[], labels: readonly number[]): number {
  let bias = 0;
  for (let step = 0; step < 50; step++) {
    let gradient = 0;
    let curvature = 0;
    for (let i = 0; i < offsets.length; i++) {
      const mu = sigmoid(bias + offsets[i]!);
      gradient += labels[i]! - mu;
      curvature += Math.max(mu * (1 - mu), 1e-10);
    }
    const delta = gradient / curvature;
    bias += delta;
    if (Math.abs(delta) < 1e-10) break;
  }
  return bias;
}

/** Each feature's share of the log-odds: its coefficient times its standardised value. */
export function contributions(model: LogisticModel, row: Float64Array): Float64Array {
  return Float64Array.from(model.weights, (w, j) => (w * (row[j]! - model.mean[j]!)) / model.scale[j]!);
}

/** Log-odds of label 1. */
export function logOdds(model: LogisticModel, row: Float64Array): number {
  let eta = model.bias;
  for (let j = 0; j < model.weights.length; j++) eta += (model.weights[j]! * (row[j]! - model.mean[j]!)) / model.scale[j]!;
  return eta;
}

export const probability = (model: LogisticModel, row: Float64Array): number => sigmoid(logOdds(model, row));
