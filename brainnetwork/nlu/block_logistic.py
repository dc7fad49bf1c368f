"""A multinomial logistic regression over a sparse block and a dense block of features.

The meaning classifier's input is tf-idf of character n-grams and words (sparse: a few
dozen non-zero values per message) beside the 512 values of the sentence vector (dense).
Stacked into one sparse matrix, as scikit-learn needs it, the dense block is 76% of the
non-zero values, and every L-BFGS step multiplies it with scipy's single-threaded sparse
code. Here each block is multiplied in its own form: the sparse one by scipy, the dense one
by BLAS. The model is scikit-learn's `LogisticRegression(class_weight="balanced")` with its
lbfgs solver: the same objective (the sample-weighted cross-entropy plus ||W||^2 / (2C),
the intercept unpenalised), the same optimiser and stopping rule (scipy's L-BFGS-B,
`gtol=tol`), the same start (all zeros). Tests compare its probabilities with
scikit-learn's. Measured on the full training data (8,500 rows, 52 intents): the fit took
61 s instead of 84 s, probabilities within 0.0001, the same top intent for every question
of the development set (docs/benchmarks/README.md, ninth round).

`memory` is L-BFGS's number of stored corrections. With some three million weights, the
solver's own bookkeeping is as costly as the objective; 5 instead of 10 took the fit on the
full training data from 73 s to 58 s in the same number of steps (117 and 118), with the same
top intent for each of the 708 real questions (twelfth round).

At inference the weights are kept contiguous, one matrix per block: scikit-learn's
`predict_proba` multiplies by `coef_.T`, a strided view that scipy copies (all weights,
tens of MB) on every call; 3.5 ms per message against 0.02 ms here.
"""

from __future__ import annotations

import logging
from typing import List, Optional, Sequence, Text, Tuple

import numpy as np
import scipy.sparse as sp
from scipy import optimize

logger = logging.getLogger(__name__)


class BlockLogisticRegression:
    """Multinomial logistic regression on `[sparse | dense]` features, fitted by L-BFGS."""

    def __init__(self, C: float = 1.0, tol: float = 1e-4, max_iter: int = 100, memory: int = 10) -> None:
        self.C = C
        self.tol = tol
        self.max_iter = max_iter
        # L-BFGS's number of stored corrections (scipy's `maxcor`; 10 as in scikit-learn).
        self.memory = memory
        self.classes_: Optional[np.ndarray] = None
        self.n_iter_: int = 0
        self._sparse_weights: Optional[np.ndarray] = None  # (sparse columns, classes)
        self._dense_weights: Optional[np.ndarray] = None  # (dense columns, classes)
        self._intercept: Optional[np.ndarray] = None  # (classes,)

    def fit(self, sparse: sp.spmatrix, dense: np.ndarray, labels: Sequence[Text]) -> "BlockLogisticRegression":
        self.classes_, targets = np.unique(np.asarray(labels), return_inverse=True)
        if len(self.classes_) < 2:
            raise ValueError("BlockLogisticRegression needs at least two classes")
        blocks = _Blocks(sp.csr_matrix(sparse, dtype=np.float64), np.ascontiguousarray(dense, dtype=np.float64))
        objective = _Objective(blocks, targets, len(self.classes_), 1.0 / self.C)
        result = optimize.minimize(objective, np.zeros(objective.size), method="L-BFGS-B", jac=True,
                                   options={"gtol": self.tol, "maxiter": self.max_iter, "maxcor": self.memory})
        if result.nit >= self.max_iter:
            logger.debug("BlockLogisticRegression stopped at its budget of %d iterations.", self.max_iter)
        elif not result.success:
            logger.warning("BlockLogisticRegression did not converge in %d iterations: %s",
                           result.nit, result.message)
        self.n_iter_ = int(result.nit)
        weights, self._intercept = objective.unpack(result.x)
        self._sparse_weights = np.ascontiguousarray(weights[: blocks.sparse.shape[1]])
        self._dense_weights = np.ascontiguousarray(weights[blocks.sparse.shape[1]:])
        return self

    def probabilities(self, sparse: sp.spmatrix, dense: np.ndarray) -> np.ndarray:
        """(rows, classes): each row's probability of every class, in the order of `classes_`."""
        scores = np.asarray(sparse @ self._sparse_weights) + dense @ self._dense_weights + self._intercept
        return _softmax(scores)


class _Blocks:
    """The design matrix as its two blocks, with the products the objective needs."""

    def __init__(self, sparse: sp.csr_matrix, dense: np.ndarray) -> None:
        if sparse.shape[0] != dense.shape[0]:
            raise ValueError(f"the blocks have {sparse.shape[0]} and {dense.shape[0]} rows")
        self.sparse = sparse
        self.dense = dense
        self._sparse_transposed = sparse.T.tocsr()
        self.shape: Tuple[int, int] = (sparse.shape[0], sparse.shape[1] + dense.shape[1])

    def times(self, weights: np.ndarray) -> np.ndarray:
        """X @ W, for W of shape (columns, classes)."""
        split = self.sparse.shape[1]
        return np.asarray(self.sparse @ weights[:split]) + self.dense @ weights[split:]

    def transposed_times(self, residuals: np.ndarray) -> np.ndarray:
        """X.T @ R, for R of shape (rows, classes)."""
        return np.vstack([np.asarray(self._sparse_transposed @ residuals), self.dense.T @ residuals])


class _Objective:
    """scikit-learn's multinomial objective with balanced class weights, and its gradient."""

    def __init__(self, blocks: _Blocks, targets: np.ndarray, n_classes: int, l2_strength: float) -> None:
        self._blocks = blocks
        self._n_classes = n_classes
        self._l2 = l2_strength
        counts = np.bincount(targets, minlength=n_classes)
        # class_weight="balanced": n_samples / (n_classes * count of the sample's class)
        self._sample_weights = (len(targets) / (n_classes * counts))[targets]
        self._one_hot = np.zeros((len(targets), n_classes))
        self._one_hot[np.arange(len(targets)), targets] = 1.0
        self.size = (blocks.shape[1] + 1) * n_classes

    def unpack(self, parameters: np.ndarray) -> List[np.ndarray]:
        table = parameters.reshape(self._blocks.shape[1] + 1, self._n_classes)
        return [table[:-1], table[-1]]

    def __call__(self, parameters: np.ndarray) -> Tuple[float, np.ndarray]:
        weights, intercept = self.unpack(parameters)
        scores = self._blocks.times(weights) + intercept
        top = scores.max(axis=1, keepdims=True)
        log_normaliser = top[:, 0] + np.log(np.exp(scores - top).sum(axis=1))
        cross_entropy = log_normaliser - (scores * self._one_hot).sum(axis=1)
        loss = float(self._sample_weights @ cross_entropy) + 0.5 * self._l2 * float(np.sum(weights * weights))
        residuals = self._sample_weights[:, None] * (np.exp(scores - log_normaliser[:, None]) - self._one_hot)
        gradient = np.vstack([self._blocks.transposed_times(residuals) + self._l2 * weights,
                              residuals.sum(axis=0)])
        return loss, gradient.ravel()


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    return scores / scores.sum(axis=1, keepdims=True)
