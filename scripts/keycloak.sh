#!/usr/bin/env bash
# Runs Keycloak on this machine with the portal's realm (config/keycloak/send-plan-portal-realm.json),
# for trying Keycloak mode locally. Keycloak itself comes from Maven Central, unpacked into target/ by
# the pom's e2e profile. The database is in memory: every start begins afresh from the realm file.
#
#   scripts/keycloak.sh                  # Keycloak on http://localhost:8180 (admin console: admin / admin-local-only)
#   KEYCLOAK_PORT=8181 scripts/keycloak.sh
#
# Then start the portal against it, see docs/keycloak.md. Stop Keycloak with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

version=26.7.3
home="target/keycloak/keycloak-$version"
port="${KEYCLOAK_PORT:-8180}"

if [ ! -x "$home/bin/kc.sh" ]; then
  ./mvnw -q -B -Pe2e dependency:unpack@unpack-keycloak
fi

# Keycloak needs Java 21 or later; Maven may be running on an older one.
java_21_or_later() { "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if [ -z "${JAVA_HOME:-}" ] || ! java_21_or_later "$JAVA_HOME"; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && java_21_or_later "$candidate"; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi

mkdir -p "$home/data/import"
cp config/keycloak/send-plan-portal-realm.json "$home/data/import/"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-local-only}"
# Where Keycloak posts back-channel logouts (the realm file appends /logout/connect/back-channel/keycloak).
export PORTAL_BACKCHANNEL_URL="${PORTAL_BACKCHANNEL_URL:-http://localhost:8080}"

# start-dev keeps its cache local to this one node; never run "kc.sh start" without --cache=local here.
exec "$home/bin/kc.sh" start-dev --db=dev-mem --http-host=127.0.0.1 --http-port="$port" \
  --hostname="http://localhost:$port" --import-realm
