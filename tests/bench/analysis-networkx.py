"""NetworkX timings of the same analyses, for `npm run bench:analysis` to print side by side.

Usage: python3 tests/bench/analysis-networkx.py EDGES_FILE --samples K --exact-max N --seed S
EDGES_FILE: first line the node count, then one "source target weight" line per tie (node indices).
Prints one JSON object {analysis: milliseconds or null}; null when NetworkX has no counterpart
(sampled closeness) or the run would take too long (exact betweenness above --exact-max nodes).
"""
import argparse
import json
import time

import networkx as nx


def read_graph(path):
    g = nx.Graph()
    with open(path, encoding="utf-8") as f:
        g.add_nodes_from(range(int(f.readline())))
        for line in f:
            s, t, w = line.split()
            g.add_edge(int(s), int(t), weight=float(w))
    return g


def timed(fn):
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--samples", type=int, required=True)
    parser.add_argument("--exact-max", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    g = read_graph(args.edges)
    exact = g.number_of_nodes() <= args.exact_max
    result = {
        "components": timed(lambda: list(nx.connected_components(g))),
        "cuts": timed(lambda: (list(nx.articulation_points(g)), list(nx.bridges(g)))),
        "clustering": timed(lambda: nx.clustering(g)),
        "pagerank": timed(lambda: nx.pagerank(g, alpha=0.85, weight="weight")),
        "louvain": timed(lambda: nx.community.louvain_communities(g, weight="weight", seed=args.seed)),
    }
    if exact:
        result["pathStats"] = timed(lambda: (nx.betweenness_centrality(g), nx.closeness_centrality(g)))
    else:
        # NetworkX samples betweenness only (k sources, from the whole graph); no sampled closeness.
        result["pathStats"] = timed(lambda: nx.betweenness_centrality(g, k=args.samples, seed=args.seed))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
