#!/usr/bin/env python3
"""Every public declaration of the given modules has a doc comment.

Reads public-level symbol graphs (those the DocC plugin extracted, or `swift-symbolgraph-extract`'s)
found anywhere under --graphs; extension blocks are not declarations of their own.
A declaration that implements a protocol requirement (`description`, `==`, `hash(into:)`,
`init(from:)`, a `SchemaDatabase` method) shows its protocol's documentation and counts as
documented, as DocC shows it. Prints the figures and the undocumented declarations; exits 1
when there are more than --allow of them.

    scripts/lib/doc_coverage.py --graphs .build/x86_64-unknown-linux-gnu/extracted-symbols --allow 0 SchemaKitCore SchemaKitCLI
"""
import argparse
import glob
import json
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--graphs", required=True)
parser.add_argument("--allow", type=int, default=0)
parser.add_argument("modules", nargs="+")
arguments = parser.parse_args()

total = 0
missing = []
for module in arguments.modules:
    files = glob.glob(os.path.join(arguments.graphs, "**", f"{module}.symbols.json"), recursive=True) + \
        glob.glob(os.path.join(arguments.graphs, "**", f"{module}@*.symbols.json"), recursive=True)
    if not files:
        sys.exit(f"doc coverage: no symbol graph for {module} in {arguments.graphs}")
    for path in files:
        graph = json.load(open(path))
        inherited = {relation["source"] for relation in graph.get("relationships", [])
                     if relation.get("sourceOrigin") or relation["kind"] in ("defaultImplementationOf", "overrides")}
        for symbol in graph["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open") or symbol["kind"]["identifier"] == "swift.extension":
                continue
            identifier = symbol["identifier"]["precise"]
            if identifier in inherited:
                continue
            total += 1
            if not symbol.get("docComment"):
                location = symbol.get("location", {})
                file = location.get("uri", "").split("/Sources/")[-1]
                line = location.get("position", {}).get("line", 0) + 1
                missing.append(f"{file}:{line}: {symbol['kind']['displayName'].lower()} {'.'.join(symbol['pathComponents'])}")

documented = total - len(missing)
print(f"doc coverage: {documented} of {total} public declarations documented ({100 * documented / max(total, 1):.1f}%)")
for line in sorted(missing):
    print("  undocumented: " + line)
if len(missing) > arguments.allow:
    sys.exit(f"doc coverage: {len(missing)} undocumented public declarations; at most {arguments.allow} allowed")
