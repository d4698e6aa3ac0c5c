#!/usr/bin/env bash
# Dated, compressed dump of the Werkbrug database; keeps the newest 14.
# Usage: DATABASE_URL=postgres://… BACKUP_DIR=/var/backups/werkbrug infra/backup/pg-backup.sh
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL}"
dir="${BACKUP_DIR:-/var/backups/werkbrug}"
mkdir -p "$dir"
file="$dir/werkbrug-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --file="$file" "$DATABASE_URL"
ls -1t "$dir"/werkbrug-*.dump | tail -n +15 | xargs -r rm --
echo "$file"
