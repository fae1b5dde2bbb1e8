#!/usr/bin/env bash
# Put the classic clients' released sources where tools/parity/extract.py reads them (default /tmp/peers):
#   $DEST/rapidpro-2.21.0/temba_client        from the PyPI wheel (the exact released files)
#   $DEST/gretel-v0.7.13/src/gretel_client    from tag v0.7.13 of gretelai/gretel-python-client
#   $DEST/voxel51-v1.6.8/voxel51              from tag v1.6.8 of voxel51/api-py
# Git sources come from a bare mirror when GRETEL_GIT_DIR / VOXEL51_GIT_DIR name one, else from a fresh clone.
# The commit each tag resolves to is checked against tools/parity/sources.json.
set -euo pipefail

DEST=${1:-/tmp/peers}
HERE=$(cd "$(dirname "$0")" && pwd)
PIP=${PIP:-"$HERE/../../.venv/bin/pip"}
mkdir -p "$DEST"

pinned_commit() {  # the commit sources.json records for a service
    python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["source"]["commit"])' \
        "$HERE/sources.json" "$1"
}

git_export() {  # service, git dir (or empty), clone URL, tag, path in repo, target dir
    local service=$1 git_dir=$2 url=$3 tag=$4 path=$5 target=$6
    if [ -z "$git_dir" ]; then
        git_dir="$DEST/$service.git"
        [ -d "$git_dir" ] || git clone --quiet --bare "$url" "$git_dir"
    fi
    local commit
    commit=$(git --git-dir="$git_dir" rev-parse "$tag^{commit}")
    if [ "$commit" != "$(pinned_commit "$service")" ]; then
        echo "$service: $tag is $commit, sources.json pins $(pinned_commit "$service")" >&2
        exit 1
    fi
    rm -rf "$target" && mkdir -p "$target"
    git --git-dir="$git_dir" archive "$tag" "$path" | tar -x -C "$target"
}

"$PIP" download --quiet --no-deps rapidpro-python==2.21.0 -d "$DEST"
rm -rf "$DEST/rapidpro-2.21.0"
python3 -m zipfile -e "$DEST/rapidpro_python-2.21.0-py3-none-any.whl" "$DEST/rapidpro-2.21.0"

git_export gretel "${GRETEL_GIT_DIR:-}" https://github.com/gretelai/gretel-python-client.git \
    v0.7.13 src/gretel_client "$DEST/gretel-v0.7.13"
git_export voxel51 "${VOXEL51_GIT_DIR:-}" https://github.com/voxel51/api-py.git \
    v1.6.8 voxel51 "$DEST/voxel51-v1.6.8"

echo "sources in $DEST"
