#!/usr/bin/env bash
# frontend-maven-plugin looks for Node in the local Maven repository before it downloads it from
# nodejs.org. Machines without access to nodejs.org but with the same Node installed system-wide
# get that cache entry built from the system Node (nodejs.org layout: bin/node + lib/node_modules/npm).
# With the entry present, or without a matching system Node, this does nothing.
set -euo pipefail
version="$1"            # e.g. v20.20.2
repo="$2"               # ~/.m2/repository
plain="${version#v}"
dest="$repo/com/github/eirslett/node/$plain/node-$plain-linux-x64.tar.gz"
[ -s "$dest" ] && exit 0
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || exit 0
command -v node >/dev/null || exit 0
[ "$(node --version)" = "$version" ] || { echo "seed-node-cache: system node is $(node --version), build wants $version; leaving the download to the plugin"; exit 0; }
npm_dir=""
for d in /usr/lib/node_modules/npm /usr/local/lib/node_modules/npm "$(dirname "$(readlink -f "$(command -v node)")")/../lib/node_modules/npm"; do
  [ -f "$d/package.json" ] && { npm_dir="$d"; break; }
done
[ -n "$npm_dir" ] || { echo "seed-node-cache: no npm next to the system node; leaving the download to the plugin"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/node-$version-linux-x64"
mkdir -p "$root/bin" "$root/lib/node_modules"
cp "$(readlink -f "$(command -v node)")" "$root/bin/node"
cp -r "$npm_dir" "$root/lib/node_modules/npm"
mkdir -p "$(dirname "$dest")"
tar -czf "$dest.tmp" -C "$work" "node-$version-linux-x64"
mv "$dest.tmp" "$dest"
echo "seed-node-cache: cached system Node $version for frontend-maven-plugin at $dest"
