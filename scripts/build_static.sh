#!/usr/bin/env bash
# Rebuild Trellis's committed static files from the npm packages pinned in
# package.json. Run after changing trellis/static_src/ or bumping a package;
# commit what it writes. Nothing here runs when the app runs.
#
#   trellis/static/css/trellis.css                      compiled Sass
#   trellis/static/vendor/govuk-frontend-<version>/      JS bundle, images, manifest
#   tests/browser/vendor/axe-core-<version>/axe.min.js   for browser tests
set -euo pipefail

cd "$(dirname "$0")/.."

npm ci --ignore-scripts --no-audit --no-fund

package_version() {
  node -p "require('./node_modules/$1/package.json').version"
}

govuk_version=$(package_version govuk-frontend)
axe_version=$(package_version axe-core)
govuk_dir="govuk-frontend-${govuk_version}"

# The version is written into the paths that reference the vendored files;
# refuse to build a mismatched set.
for file in trellis/static_src/trellis.scss trellis/templates/base.html; do
  if ! grep -q "vendor/${govuk_dir}/" "$file"; then
    echo "error: $file does not refer to vendor/${govuk_dir}/; update it to match package.json" >&2
    exit 1
  fi
done

# GOV.UK Frontend: JS bundle (and its source map, which the bundle names),
# images and manifest. Fonts are left out: Trellis uses Arial, not GDS Transport.
src=node_modules/govuk-frontend/dist/govuk
dest=trellis/static/vendor/${govuk_dir}
rm -rf trellis/static/vendor/govuk-frontend-*
mkdir -p "$dest/assets"
cp "$src/govuk-frontend.min.js" "$src/govuk-frontend.min.js.map" "$dest/"
cp -R "$src/assets/images" "$src/assets/manifest.json" "$dest/assets/"
printf 'govuk-frontend %s, MIT licence. Copied by scripts/build_static.sh; do not edit.\n' \
  "$govuk_version" >"$dest/VENDORED.txt"

mkdir -p trellis/static/css
npx --no-install sass --no-source-map --style=compressed --quiet-deps \
  --pkg-importer=node trellis/static_src/trellis.scss trellis/static/css/trellis.css

# axe-core for accessibility checks in browser tests (never served).
axe_dest=tests/browser/vendor/axe-core-${axe_version}
rm -rf tests/browser/vendor/axe-core-*
mkdir -p "$axe_dest"
cp node_modules/axe-core/axe.min.js node_modules/axe-core/LICENSE "$axe_dest/"

echo "Built trellis.css with govuk-frontend ${govuk_version}; axe-core ${axe_version}"
