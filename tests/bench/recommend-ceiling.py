"""How far can a model learned from the Norwegian network's own history rank its new partners?

A cross-check of `npm run eval:recommend`'s Norway row with standard learners, outside the product:
the same temporal hold-out (ties up to 2019 known; the ties formed after it between two organisations
that both had one are to be found; every other known organisation is a candidate; filtered rank,
hits@10 and MRR per real new partner), the product's pair features plus personalised PageRank,
paths of length three, low-rank reconstructions of the adjacency (truncated SVD and the normalised
spectrum, as node embeddings score a pair), products of feature pairs and the R&D sector (which the product does not load), and three learners
trained on the network's own earlier years (ties of year Y predicted from the network up to Y - 1):
L2 logistic regression, gradient-boosted trees and a LambdaMART ranker. Prints one line per model.

Usage: npm run eval:recommend-ceiling (needs: pip install networkx numpy scikit-learn lightgbm)
"""
import collections
import json
import math
import os
import sys

import lightgbm as lgb
import networkx as nx
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

DATA = os.environ.get("WEEFSEL_EVAL_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "eval-data"))
CUT = 2019
doc = json.load(open(os.path.join(DATA, "norway-h2020.json"), encoding="utf-8"))
nodes = {n["id"]: n for n in doc["nodes"]}
sectors = sorted({n["type"] for n in doc["nodes"]})


def graph_up_to(year):
    g = nx.Graph()
    for t in doc["ties"]:
        if t["year"] <= year:
            if g.has_edge(t["source"], t["target"]):
                g[t["source"]][t["target"]]["w"] += t["weight"]
            else:
                g.add_edge(t["source"], t["target"], w=t["weight"], y=t["year"])
    return g


def new_partners(g, year, until):
    """The ties first formed in (year, until] between two organisations of g, per organisation."""
    found = collections.defaultdict(set)
    for t in doc["ties"]:
        s, d = t["source"], t["target"]
        if year < t["year"] <= until and s in g and d in g and not g.has_edge(s, d):
            found[s].add(d)
            found[d].add(s)
    return found


def low_rank(adj):
    """A pair's score in low-rank reconstructions of the adjacency: SVD of ranks 8-64, and the normalised
    adjacency's 16 and 64 largest eigenvalues (spectral embedding)."""
    u, s, vt = np.linalg.svd(adj)
    out = [(u[:, :k] * s[:k]) @ vt[:k] for k in (8, 16, 32, 64)]
    scale = 1 / np.sqrt(np.maximum(adj.sum(1), 1))
    w, v = np.linalg.eigh(adj * scale[:, None] * scale[None, :])
    for k in (16, 64):
        top = np.argsort(-np.abs(w))[:k]
        out.append((v[:, top] * w[top]) @ v[:, top].T)
    return out


def node_facts(g, year):
    deg = dict(g.degree())
    recent, weights, first = collections.Counter(), collections.Counter(), {}
    for u, v, e in g.edges(data=True):
        for x in (u, v):
            weights[x] += e["w"]
            first[x] = min(first.get(x, 9999), e["y"])
            recent[x] += e["y"] == year
    communities = nx.community.louvain_communities(g, seed=1)
    order = list(g.nodes())
    adj = nx.to_numpy_array(g, nodelist=order, weight=None)
    return {"deg": deg, "recent": recent, "weights": weights, "first": first, "pagerank": nx.pagerank(g),
            "community": {x: i for i, c in enumerate(communities) for x in c},
            "index": {x: i for i, x in enumerate(order)}, "paths3": adj @ adj @ adj, "low_rank": low_rank(adj)}


def features(g, year, facts, a, candidates):
    deg = facts["deg"]
    near = nx.single_source_shortest_path_length(g, a, cutoff=3)
    personal = nx.pagerank(g, personalization={a: 1}, alpha=0.7)
    mine = set(g[a])
    rows = []
    for b in candidates:
        shared = mine & set(g[b])
        na, nb = nodes[a], nodes[b]
        rows.append([
            math.log1p(len(shared)), sum(1 / math.log(deg[z]) for z in shared if deg[z] > 1),
            sum(1 / deg[z] for z in shared), len(shared) / max(1, len(mine | set(g[b]))),
            math.log1p(deg[a]), math.log1p(deg[b]), math.log1p(facts["recent"][a]), math.log1p(facts["recent"][b]),
            math.log1p(facts["weights"][b]), year - facts["first"][b],
            near.get(b) == 2, near.get(b) == 3, b not in near,
            facts["community"][a] == facts["community"][b],
            na.get("region") == nb.get("region"), na.get("municipality") == nb.get("municipality"),
            math.log(facts["pagerank"][b] * len(g)), math.log(personal[b] * len(g) + 1e-9),
            math.log1p(facts["paths3"][facts["index"][a], facts["index"][b]]),
            *[m[facts["index"][a], facts["index"][b]] for m in facts["low_rank"]],
            na["type"] == nb["type"], *[nb["type"] == s for s in sectors],
        ])
    return with_products(np.array(rows, dtype=float))


def with_products(x):
    """Adds products of pairs a linear model cannot form itself: the candidate's degree, or its ties of
    the last year, with its distance, community, county, shared partners and PageRank."""
    cn, da, db, rb, d2, d3, far, comm, region, muni, ppr = (x[:, i] for i in (0, 4, 5, 7, 10, 11, 12, 13, 14, 15, 17))
    products = [region * db, comm * db, cn * db, d2 * db, d3 * db, far * db, rb * db, region * rb, cn * rb, ppr * db, muni * db, comm * rb, da * db]
    return np.hstack([x, np.column_stack(products)])


def queries(year, until):
    """Per organisation with new partners: the features of every candidate, and which are new partners."""
    g = graph_up_to(year)
    facts = node_facts(g, year)
    out = []
    for a, found in sorted(new_partners(g, year, until).items()):
        candidates = [b for b in g.nodes() if b != a and not g.has_edge(a, b)]
        out.append((features(g, year, facts, a, candidates), np.array([b in found for b in candidates])))
    return out


def ranked(test, score):
    """hits@10 and MRR over every real new partner, by filtered rank (seeded tie breaks)."""
    hits = rr = n = 0
    ties = np.random.RandomState(7)
    for x, y in test:
        s = score(x)
        order = np.lexsort((ties.rand(len(y)), -s))
        seen = 0
        for rank, found in enumerate(y[order]):
            if found:
                filtered = rank + 1 - seen
                rr += 1 / filtered
                hits += filtered <= 10
                seen += 1
                n += 1
    return hits / n, rr / n


test = queries(CUT, 9999)
print(f"Norway, ties after {CUT}: {len(test)} queries, {sum(int(y.sum()) for _, y in test)} new partners")
hits_pa, mrr_pa = ranked(test, lambda x: x[:, 4] + x[:, 5])
print(f"preferential attachment: hits@10 {hits_pa:.3f}  MRR {mrr_pa:.3f}")
print(f"target (+20% on eval:recommend's best baselines, 0.247 / 0.139): hits@10 {1.2 * 0.247:.3f}  MRR {1.2 * 0.139:.3f}")
product = list(range(16))
sector = list(range(25, 26 + len(sectors)))
feature_sets = {
    "product's features": product,
    "+ PageRank, paths": product + [16, 17, 18],
    "+ PageRank, paths, sector": product + [16, 17, 18] + sector,
    "+ PageRank, paths, low rank": list(range(25)),
    "+ PageRank, paths, products of pairs": product + [16, 17, 18] + list(range(26 + len(sectors), 39 + len(sectors))),
}
best = (0.0, 0.0)
for years in ([2018], [2017, 2018]):
    train = [q for y in years for q in queries(y - 1, y)]
    group = [len(q[1]) for q in train]
    y = np.concatenate([q[1] for q in train])
    for name, columns in feature_sets.items():
        pick = lambda z, c=columns: z[:, c]
        x = pick(np.vstack([q[0] for q in train]))
        scale = StandardScaler().fit(x)
        label = f"{'+'.join(map(str, years))}, {name}:"
        models = {f"logistic regression C={c}": LogisticRegression(C=c, max_iter=3000).fit(scale.transform(x), y) for c in (0.003, 0.01, 0.1)}
        for leaves in (4, 8):
            models[f"boosted trees, {leaves} leaves"] = lgb.LGBMClassifier(
                n_estimators=200, num_leaves=leaves, learning_rate=0.03, subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=1).fit(x, y)
            models[f"LambdaMART, {leaves} leaves"] = lgb.LGBMRanker(
                n_estimators=50, num_leaves=leaves, learning_rate=0.05, min_child_samples=50, verbose=-1, random_state=1).fit(x, y, group=group)
        for model_name, m in models.items():
            if isinstance(m, LogisticRegression):
                score = lambda z, m=m: m.decision_function(scale.transform(pick(z)))
            elif isinstance(m, lgb.LGBMRanker):
                score = lambda z, m=m: m.predict(pick(z))
            else:
                score = lambda z, m=m: m.predict_proba(pick(z))[:, 1]
            h, r = ranked(test, score)
            best = (max(best[0], h), max(best[1], r))
            print(f"{label:<50} {model_name:<28} hits@10 {h:.3f}  MRR {r:.3f}")
print(f"best of every row: hits@10 {best[0]:.3f}  MRR {best[1]:.3f}")
sys.stdout.flush()
