"""How far Weefsel's network metrics on real networks are from NetworkX's exact ones (`npm run eval:analysis`).

Usage: python3 tests/bench/analysis-eval.py --seed S ANSWER.json [ANSWER.json ...]
Each ANSWER file (written by analysis-eval.ts) holds one scope's network (node ids, ties as
[source index, target index, weight]) and the metrics Weefsel's analysis service answered for it.
Prints two markdown tables: per scope, the largest difference from NetworkX of each per-actor
metric and the structure counts; and, for betweenness and closeness, how well the answer ranks the
actors: Spearman's rank correlation with the exact values, how many of the exact top 10 are in the
answer's top 10, and how many of the ten actors the metrics view lists first are among the exact
top 10.
"""
import argparse
import json

import networkx as nx
from scipy.stats import spearmanr


def graph_of(answer):
    g = nx.Graph()
    g.add_nodes_from(range(len(answer["nodes"])))
    for s, t, w in answer["ties"]:
        # analysis-graph.ts merges every relation of a pair into one tie; so must this.
        if g.has_edge(s, t):
            g[s][t]["weight"] += w
        else:
            g.add_edge(s, t, weight=w)
    return g


def top(values, k=10):
    """The k largest, ties broken by index: the same order for both sides."""
    return set(sorted(values, key=lambda i: (-values[i], i))[:k])


def largest_path_length(g):
    largest = max(nx.connected_components(g), key=len)
    return nx.average_shortest_path_length(g.subgraph(largest)) if len(largest) > 1 else None


def compare(answer):
    g = graph_of(answer)
    index = {node_id: i for i, node_id in enumerate(answer["nodes"])}
    mine = {index[a["actorId"]]: a for a in answer["actors"]}
    exact = {
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g, wf_improved=True),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=100000),
        "clustering": nx.clustering(g),
    }
    diffs = {m: max(abs(mine[i][m] - exact[m][i]) for i in g.nodes) for m in exact}
    communities = {}
    for i, a in mine.items():
        communities.setdefault(a["community"], set()).add(i)
    cut_points = set(nx.articulation_points(g))
    summary = answer["summary"]
    own_louvain = [nx.community.modularity(g, nx.community.louvain_communities(g, weight="weight", seed=s), weight="weight") for s in range(1, 6)]
    structure = {
        "articulation points": (sum(1 for a in mine.values() if a["articulationPoint"]), len(cut_points), {i for i, a in mine.items() if a["articulationPoint"]} == cut_points),
        "bridges": (summary["bridgeCount"], sum(1 for _ in nx.bridges(g)), None),
        "components": (len({a["component"] for a in mine.values()}), nx.number_connected_components(g), None),
        "largest component's mean path length": (summary["largestComponentAveragePathLength"], largest_path_length(g), None),
        "modularity of the answer's partition": (summary["modularity"], nx.community.modularity(g, communities.values(), weight="weight"), None),
    }
    ranking = {}
    listed = {index[i] for i in answer["listedFirst"]}
    for m in ("betweenness", "closeness"):
        rho = spearmanr([mine[i][m] for i in g.nodes], [exact[m][i] for i in g.nodes]).statistic
        ranking[m] = (rho, len(top({i: mine[i][m] for i in g.nodes}) & top(exact[m])))
    ranking["listed"] = len(listed & top(exact["betweenness"]))
    return g, diffs, structure, ranking, own_louvain


def fmt(x):
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.3g}" if abs(x) < 1e-3 and x != 0 else f"{x:.4f}"
    return str(x)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("answers", nargs="+")
    args = parser.parse_args()
    rows_metrics, rows_structure, rows_ranking = [], [], []
    for path in args.answers:
        with open(path, encoding="utf-8") as f:
            answer = json.load(f)
        g, diffs, structure, ranking, own_louvain = compare(answer)
        summary = answer["summary"]
        how = f"sampled, {summary['sampleSize']} sources" if summary["approximate"] else "exact"
        label = f"{answer['label']} ({g.number_of_nodes()} nodes, {g.number_of_edges()} ties; {how})"
        rows_metrics.append(f"| {label} | " + " | ".join(fmt(diffs[m]) for m in ("betweenness", "closeness", "pagerank", "clustering")) + " |")
        cells = []
        for name, (ours, theirs, same_set) in structure.items():
            agree = "" if same_set is None else (", same actors" if same_set else ", **other actors**")
            cells.append(f"{fmt(ours)} / {fmt(theirs)}{agree}")
        best = max(own_louvain)
        rows_structure.append(f"| {answer['label']} | " + " | ".join(cells) + f" | {fmt(min(own_louvain))}-{fmt(best)} |")
        rows_ranking.append(
            f"| {label} | {ranking['betweenness'][0]:.4f} | {ranking['betweenness'][1]} / 10 | {ranking['listed']} / 10 | {ranking['closeness'][0]:.4f} | {ranking['closeness'][1]} / 10 |"
        )
    print(f"NetworkX {nx.__version__}; Weefsel's analysis seed {args.seed}.\n")
    print("Largest difference from NetworkX's exact value, over every actor of the scope:\n")
    print("| scope | betweenness | closeness | PageRank | clustering |")
    print("|---|---:|---:|---:|---:|")
    print("\n".join(rows_metrics))
    print("\nStructure, Weefsel / NetworkX (NetworkX's own Louvain, seeds 1-5, in the last column):\n")
    print("| scope | articulation points | bridges | components | largest component's mean path length | modularity of Weefsel's partition | NetworkX Louvain modularity |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows_structure))
    print("\nHow the answer ranks the actors against the exact values (Spearman's rho; of the exact top 10, how many in the answer's top 10; of the ten the metrics view lists first, how many in the exact top 10):\n")
    print("| scope | betweenness rho | betweenness top 10 | listed first | closeness rho | closeness top 10 |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows_ranking))


if __name__ == "__main__":
    main()
