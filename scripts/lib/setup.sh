# shellcheck shell=bash
# Shared by scripts/serve and scripts/test (sourced, not run): installs only what is missing,
# saying what it does at every step. Every tool comes from a package registry (rustup's
# target, crates.io, npm, Debian): nothing is downloaded from GitHub, which is unreachable on
# the project's machines. Versions and why they are pinned: ../shared/toolchain.md.

NTM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NTM_TRUNK_VERSION="0.21.14"
NTM_BINARYEN_MAJOR="132"

ntm_step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
ntm_info() { printf '    %s\n' "$*"; }
ntm_fail() { printf '\n\033[1;31mERROR: %s\033[0m\n' "$*" >&2; return 1; }

# Seconds as "1m05s".
ntm_duration() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

# The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
ntm_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$NTM_ROOT/Cargo.lock"
}

# apt-get as root, or through sudo.
ntm_apt_get() {
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
  fi
}

ntm_ensure_rust() {
  ntm_step "Rust toolchain"
  # Non-login shells (CI) may lack rustup's PATH line.
  if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  fi
  command -v cargo >/dev/null 2>&1 || ntm_fail "cargo not found: install Rust with rustup first" || return 1
  ntm_info "$(rustc --version)"
  local component
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      ntm_info "installing rustup component $component"
      rustup component add "$component" || return 1
    fi
  done
  export PATH="$HOME/.cargo/bin:$PATH"
}

ntm_ensure_wasm_target() {
  ntm_step "wasm32-unknown-unknown target"
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    ntm_info "present"
  else
    ntm_info "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || return 1
  fi
}

ntm_ensure_trunk() {
  ntm_step "trunk $NTM_TRUNK_VERSION"
  if command -v trunk >/dev/null 2>&1 && [ "$(trunk --version 2>/dev/null)" = "trunk $NTM_TRUNK_VERSION" ]; then
    ntm_info "present: $(command -v trunk)"
  else
    # 0.22 needs a newer rustc than the project's; --locked keeps trunk's own tested deps.
    ntm_info "cargo install trunk@$NTM_TRUNK_VERSION --locked   (about 7 minutes on 2 cores)"
    cargo install "trunk@$NTM_TRUNK_VERSION" --locked || return 1
    [ "$(trunk --version 2>/dev/null)" = "trunk $NTM_TRUNK_VERSION" ] ||
      ntm_fail "installed trunk $NTM_TRUNK_VERSION, but PATH finds $(command -v trunk): $(trunk --version 2>&1)" ||
      return 1
  fi
}

ntm_ensure_wasm_bindgen() {
  local version pinned
  version="$(ntm_wasm_bindgen_version)"
  ntm_step "wasm-bindgen-cli $version (the version in Cargo.lock)"
  [ -n "$version" ] || ntm_fail "no wasm-bindgen in Cargo.lock" || return 1
  pinned="$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' "$NTM_ROOT/Trunk.toml")"
  if [ "$pinned" != "$version" ]; then
    ntm_fail "Trunk.toml pins wasm_bindgen = \"$pinned\" but Cargo.lock has $version: make them equal" || return 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] &&
    [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $version" ]; then
    ntm_info "present: $(command -v wasm-bindgen)"
  else
    # Not --locked: the CLI's own lock file pins a crate version the registry no longer has.
    ntm_info "cargo install wasm-bindgen-cli@$version   (about 4 minutes on 2 cores)"
    cargo install "wasm-bindgen-cli@$version" || return 1
    [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $version" ] ||
      ntm_fail "installed wasm-bindgen $version, but PATH finds $(command -v wasm-bindgen): $(wasm-bindgen --version 2>&1)" ||
      return 1
  fi
}

ntm_ensure_chromium() {
  ntm_step "Chromium and chromedriver (Debian packages)"
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    ntm_info "present: $(/usr/bin/chromium --version 2>/dev/null | head -n1)"
  else
    ntm_info "apt-get install chromium chromium-driver   (about 80 seconds)"
    ntm_apt_get update || return 1
    ntm_apt_get install -y --no-install-recommends chromium chromium-driver || return 1
  fi
}

ntm_ensure_node() {
  ntm_step "Node.js and npm"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    ntm_info "apt-get install nodejs npm"
    ntm_apt_get update || return 1
    ntm_apt_get install -y --no-install-recommends nodejs npm || return 1
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  ntm_info "node $(node --version), npm $(npm --version)"
  # playwright-core 1.65 and node:test's reporters need Node 20.
  [ "$major" -ge 20 ] || ntm_fail "Node.js 20 or newer is needed (found $(node --version))" || return 1
}

# npm packages from the committed package-lock.json: binaryen (wasm-opt), playwright-core,
# axe-core, jsqr (the e2e tests scan the share dialog's QR code), pdfjs-dist (they read the
# printed report's pages; its optional @napi-rs/canvas comes from npm too). Re-run `npm ci` only when
# the lock file changed since the last install.
ntm_ensure_npm_packages() {
  ntm_step "npm packages (npm ci from package-lock.json)"
  local stamp="$NTM_ROOT/node_modules/.ntm-package-lock.sha256" want
  want="$(sha256sum "$NTM_ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    ntm_info "node_modules matches package-lock.json"
  else
    (cd "$NTM_ROOT" && npm ci --no-audit --no-fund) || return 1
    echo "$want" >"$stamp"
  fi
  export PATH="$NTM_ROOT/node_modules/.bin:$PATH"
  local opt
  opt="$(wasm-opt --version 2>/dev/null)"
  case "$opt" in
    *"version $NTM_BINARYEN_MAJOR"*) ntm_info "wasm-opt: $opt" ;;
    *) ntm_fail "wasm-opt from node_modules/.bin is not binaryen $NTM_BINARYEN_MAJOR (got: ${opt:-nothing})" || return 1 ;;
  esac
}

ntm_ensure_python() {
  ntm_step "python3 (serves dist/ to the browser tests)"
  command -v python3 >/dev/null 2>&1 || {
    ntm_info "apt-get install python3"
    ntm_apt_get update && ntm_apt_get install -y --no-install-recommends python3
  } || return 1
  ntm_info "$(python3 --version)"
}

# What `scripts/serve` needs: a release build with wasm-opt.
ntm_setup_build() {
  ntm_ensure_rust &&
    ntm_ensure_wasm_target &&
    ntm_ensure_node &&
    ntm_ensure_npm_packages &&
    ntm_ensure_trunk &&
    ntm_ensure_wasm_bindgen
}

# What `scripts/test` needs on top: a browser and a static file server.
ntm_setup_test() {
  ntm_setup_build &&
    ntm_ensure_chromium &&
    ntm_ensure_python
}
