"""The block-wise logistic regression finds scikit-learn's solution, from a sparse and a
dense block, with balanced class weights and an unpenalised intercept."""

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from brainnetwork.nlu.block_logistic import BlockLogisticRegression


def _data(rows, classes, seed=0):
    generator = np.random.default_rng(seed)
    labels = generator.choice([f"intent_{i}" for i in range(classes)], size=rows,
                              p=np.linspace(1, 3, classes) / np.linspace(1, 3, classes).sum())
    sparse = sp.random(rows, 40, density=0.1, format="csr", random_state=seed)
    offset = np.array([int(label[-1]) for label in labels], dtype=float)[:, None]
    dense = generator.normal(size=(rows, 16)) + 0.5 * offset
    return sparse, dense, labels


def _sklearn(sparse, dense, labels, C):
    reference = LogisticRegression(C=C, max_iter=5000, class_weight="balanced", multi_class="multinomial").fit(sp.hstack([sparse, sp.csr_matrix(dense)]).tocsr(), labels)
    return reference, lambda s, d: reference.predict_proba(sp.hstack([s, sp.csr_matrix(d)]).tocsr())


@pytest.mark.parametrize("classes, C", [(2, 1.0), (4, 8.0), (6, 0.5)])
def test_it_gives_the_probabilities_of_sklearns_multinomial_fit(classes, C):
    sparse, dense, labels = _data(600, classes)
    # Same objective, optimiser, start and stopping rule. The sums are taken in another order,
    # which on these small random data moves the probabilities by up to 0.0004 (flat directions
    # of the objective); on the real training data they agreed within 1e-9.
    mine = BlockLogisticRegression(C=C, max_iter=5000).fit(sparse, dense, labels)
    reference, predict = _sklearn(sparse, dense, labels, C)
    new_sparse, new_dense, _ = _data(50, classes, seed=1)
    assert list(mine.classes_) == list(reference.classes_)
    np.testing.assert_allclose(mine.probabilities(new_sparse, new_dense), predict(new_sparse, new_dense),
                               atol=1e-3)


def test_the_class_weights_are_balanced():
    # Without balancing, the rare class would lose the point in the middle.
    sparse = sp.csr_matrix(np.zeros((100, 1)))
    dense = np.r_[np.full((90, 1), -1.0), np.full((10, 1), 1.0)]
    labels = ["common"] * 90 + ["rare"] * 10
    fitted = BlockLogisticRegression(C=100.0).fit(sparse, dense, labels)
    middle = fitted.probabilities(sp.csr_matrix((1, 1)), np.zeros((1, 1)))[0]
    assert middle == pytest.approx([0.5, 0.5], abs=0.01)


def test_the_rows_of_each_probability_sum_to_one():
    sparse, dense, labels = _data(120, 3)
    fitted = BlockLogisticRegression(C=2.0).fit(sparse, dense, labels)
    np.testing.assert_allclose(fitted.probabilities(sparse, dense).sum(axis=1), 1.0)


def test_it_refuses_one_class_and_blocks_of_different_lengths():
    sparse, dense, labels = _data(20, 2)
    with pytest.raises(ValueError, match="two classes"):
        BlockLogisticRegression().fit(sparse, dense, ["only"] * 20)
    with pytest.raises(ValueError, match="rows"):
        BlockLogisticRegression().fit(sparse, dense[:10], labels)


def test_stopping_at_the_iteration_budget_is_not_reported_as_a_failure(caplog):
    # The meaning classifier stops its fit after a fixed number of iterations on purpose
    # (`max_iter` in its config); that is not a convergence problem to warn the operator about.
    sparse, dense, labels = _data(600, 4)
    with caplog.at_level("DEBUG", logger="brainnetwork.nlu.block_logistic"):
        fitted = BlockLogisticRegression(C=8.0, max_iter=3).fit(sparse, dense, labels)
    assert fitted.n_iter_ == 3
    assert not [record for record in caplog.records if record.levelname == "WARNING"]
    assert any("budget of 3 iterations" in record.getMessage() for record in caplog.records)
