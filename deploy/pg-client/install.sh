#!/usr/bin/env bash
# Installs pg_dump and pg_restore (PostgreSQL 18, able to dump and restore the embedded PostgreSQL 17 server) into
# a cache directory, for the `backup` and `restore` commands. Debian bookworm ships only pg_dump 15, which refuses a
# 17 server; trixie's client 17 needs a newer glibc, and the PostgreSQL 17 source is not on deb.debian.org's pool any
# more: the PostgreSQL 18 source of Debian (checked against its SHA-256) is built here, only libpq and src/bin/pg_dump
# (about a minute on two cores). Idempotent: does nothing when the binaries are already there.
#
# Usage: deploy/pg-client/install.sh [PREFIX]   (default ~/.cache/resilience360/pg-client)
# Then: java -jar resilience360.jar backup FILE --resilience360.backup.pg-bin=PREFIX/bin (or PREFIX/bin on PATH).
set -euo pipefail

VERSION=18.6
SHA256=555610c24d53e4316da5b7d3fc25c279d96856d5e0e23ee308c328c5fa881d9f
URL="http://deb.debian.org/debian/pool/main/p/postgresql-18/postgresql-18_${VERSION}.orig.tar.bz2"
PREFIX="${1:-${HOME}/.cache/resilience360/pg-client}"

if [ -x "$PREFIX/bin/pg_dump" ] && [ -x "$PREFIX/bin/pg_restore" ] \
    && "$PREFIX/bin/pg_dump" --version | grep -q " ${VERSION%%.*}\.[0-9]*\$"; then
  echo "pg_dump et pg_restore $("$PREFIX/bin/pg_dump" --version | awk '{print $NF}') déjà installés dans $PREFIX/bin"
  exit 0
fi

missing=()
for tool in gcc make bison flex perl curl bzip2; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installation des outils de compilation (Debian) : ${missing[*]/gcc/build-essential}…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq build-essential bison flex perl curl bzip2 zlib1g-dev >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Téléchargement des sources de PostgreSQL ${VERSION}…"
if ! curl -fsSL -o "$work/src.tar.bz2" "$URL"; then
  # Debian's pool keeps only the current upload: take the version its index lists now, with that index's SHA-256.
  echo "PostgreSQL ${VERSION} n'est plus sur deb.debian.org : version 18 actuelle de Debian (index des sources de sid)…"
  curl -fsSL -o "$work/Sources.xz" http://deb.debian.org/debian/dists/sid/main/source/Sources.xz
  read -r debian_version SHA256 file < <(xz -dc "$work/Sources.xz" | awk '
    /^Package: postgresql-18$/ { p = 1; next } /^$/ { p = 0; c = 0 }
    p && /^Version:/ { v = $2 } p && /^Checksums-Sha256:/ { c = 1; next }
    c && /orig\.tar\.bz2$/ { print v, $1, $3; exit }')
  VERSION="${debian_version%%-*}"
  curl -fsSL -o "$work/src.tar.bz2" "http://deb.debian.org/debian/pool/main/p/postgresql-18/${file}"
fi
echo "${SHA256}  $work/src.tar.bz2" | sha256sum -c --quiet -
tar -xjf "$work/src.tar.bz2" -C "$work"
cd "$work/postgresql-${VERSION}"
echo "Compilation de libpq, pg_dump et pg_restore (environ une minute)…"
./configure --prefix="$PREFIX" --without-icu --without-readline >"$work/configure.log" 2>&1 \
  || { tail -20 "$work/configure.log"; exit 1; }
make -s -j"$(nproc)" -C src/interfaces/libpq install >"$work/make.log" 2>&1 || { tail -20 "$work/make.log"; exit 1; }
make -s -j"$(nproc)" -C src/bin/pg_dump install >>"$work/make.log" 2>&1 || { tail -20 "$work/make.log"; exit 1; }
"$PREFIX/bin/pg_dump" --version
echo "pg_dump et pg_restore installés dans $PREFIX/bin"
