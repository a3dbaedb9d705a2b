#!/usr/bin/env bash
# Scripted user for Callout tests: point $BROWSER at this script.
#   browser.sh <authorization URL, or the app's one-time loopback start URL that redirects to it>
# It fetches the authorization URL with a private cookie jar, signs in on oidc-provider's
# devInteractions pages (any login/password), consents — or, on Callout's demo service, answers its
# one page with Allow (Deny in mode deny) — and requests the final redirect to the app (the
# loopback redirect URI with code/state/iss) exactly once, without following redirects.
#
# Environment:
#   CALLOUT_BROWSER_USER   login name (default alice)
#   CALLOUT_BROWSER_MODE   normal (default) | deny | forge-state | drop-iss | forge-iss | delay | none
#   CALLOUT_BROWSER_DELAY  seconds to wait before the app redirect in mode "delay" (default 5)
#   CALLOUT_BROWSER_LOG    file to append one line per step to (code/state/iss values redacted)
#   CALLOUT_BROWSER_ISS    the iss sent in mode "forge-iss", any bytes (default http://evil.example)
#   CALLOUT_BROWSER_STATUS_FILE  file to write the app's HTTP status to (digits + newline), once answered
# Exit status: 0 when the app redirect got an HTTP answer (any status) or mode is "none";
# non-zero with a message on stderr when a step fails.
set -euo pipefail
exec </dev/null # launched through xdg-open: never read stdin

readonly MAX_STEPS=20
readonly CURL_TIMEOUT=30
mode=${CALLOUT_BROWSER_MODE:-normal}
user=${CALLOUT_BROWSER_USER:-alice}
logfile=${CALLOUT_BROWSER_LOG:-}

die() {
  echo "browser.sh: $*" >&2
  log_step "FAILED: $*"
  exit 1
}

# Values of these parameters are secrets or one-time values: never written anywhere.
redact() {
  sed -E 's/([?&#](code|state|iss|code_challenge|code_verifier|nonce|access_token|refresh_token|id_token|client_secret|login_hint)=)[^&#[:space:]]*/\1…/g' <<<"$1"
}

log_step() {
  if [[ -n $logfile ]]; then
    printf '%s browser.sh[%s] %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$mode" "$(redact "$1")" >>"$logfile"
  fi
}

origin_of() {
  [[ $1 =~ ^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]+) ]] || return 1
  printf '%s' "${BASH_REMATCH[1],,}"
}

# Query parameter edits on the app redirect URL (no fragment: response_mode=query).
set_param() { # url name value -> url with name=value (replaced, or appended)
  local url=$1 name=$2 value=$3 base query out="" part found=0
  base=${url%%\?*}
  [[ $url == *\?* ]] && query=${url#*\?} || query=""
  IFS='&' read -r -a parts <<<"$query"
  for part in "${parts[@]}"; do
    [[ -z $part ]] && continue
    if [[ ${part%%=*} == "$name" ]]; then
      [[ $found == 1 || -z $value ]] && { found=1; continue; }
      part="$name=$value"
      found=1
    fi
    out+="${out:+&}$part"
  done
  [[ $found == 0 && -n $value ]] && out+="${out:+&}$name=$value"
  printf '%s%s' "$base" "${out:+?$out}"
}
drop_param() { set_param "$1" "$2" ""; }

# Percent-encodes every byte but the unreserved ones (RFC 3986), control characters included.
url_encode() {
  local LC_ALL=C text=$1 out="" c i
  for ((i = 0; i < ${#text}; i++)); do
    c=${text:i:1}
    case $c in
      [A-Za-z0-9._~-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}

[[ $# -ge 1 && -n $1 ]] || die "usage: browser.sh <authorization URL>"
auth_url=$1

if [[ $mode == none ]]; then
  log_step "mode none: the user never comes back ($auth_url)"
  exit 0
fi
case $mode in
  normal | deny | forge-state | drop-iss | forge-iss | delay) ;;
  *) die "unknown CALLOUT_BROWSER_MODE '$mode'" ;;
esac

# The app opens a one-time start page on its loopback listener (http://127.0.0.1:<port>/start/…)
# that redirects to the authorization URL: follow that redirect once, as a browser does.
if [[ $auth_url =~ ^http://(127\.0\.0\.1|\[::1\]|localhost)(:[0-9]+)?/start/ ]]; then
  out=$(curl -sS --max-time "$CURL_TIMEOUT" -o /dev/null -w '%{http_code} %{redirect_url}' "$auth_url") \
    || die "start page $auth_url: curl failed"
  log_step "GET $auth_url -> $out"
  [[ ${out%% *} == 3* && -n ${out#* } ]] || die "start page $auth_url: HTTP ${out%% *} without a redirect"
  auth_url=${out#* }
fi

as_origin=$(origin_of "$auth_url") || die "not an absolute URL: $(redact "$auth_url")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=$work/cookies
body=$work/body

# request METHOD URL [curl --data options...] -> sets $status and $location (absolute, or empty)
request() {
  local method=$1 url=$2 out
  shift 2
  local args=(-sS --max-time "$CURL_TIMEOUT" -b "$jar" -c "$jar" -o "$body" -w '%{http_code} %{redirect_url}' "$@")
  out=$(curl "${args[@]}" "$url") || die "$method $(redact "$url"): curl failed"
  status=${out%% *}
  location=${out#* }
  log_step "$method $url -> $status${location:+ Location: $location}"
}

# Print the error a server page (HTML error page or JSON) shows, so a failing test says why.
page_error() {
  { sed -E 's#</pre>#\n#g; s/<[^>]*>//g' "$body" | grep -oE '^ *(error|error_description): .{0,200}'
    grep -oE '"(error|error_description)": *"[^"]{0,200}"' "$body"; } | head -n 4 | tr -s ' \n' ' ' || true
}

form_field() { # name -> value of <input name="NAME" value="...">
  grep -oE "name=\"$1\" value=\"[^\"]*\"" "$body" | head -n 1 | sed -E 's/.*value="([^"]*)"/\1/'
}
form_action() {
  grep -oE '<form[^>]* action="[^"]*"' "$body" | head -n 1 | sed -E 's/.* action="([^"]*)"/\1/; s/&amp;/\&/g'
}
abort_link() {
  grep -oE 'href="[^"]*/abort"' "$body" | head -n 1 | sed -E 's/href="([^"]*)"/\1/; s/&amp;/\&/g'
}

absolute() { # relative action/link -> absolute URL on the authorization server
  if [[ $1 == /* ]]; then printf '%s%s' "$as_origin" "$1"; else printf '%s' "$1"; fi
}

# Walk the authorization server's pages until it redirects somewhere else (the app).
url=$auth_url
app_redirect=""
for ((step = 1; step <= MAX_STEPS; step++)); do
  request GET "$url"
  if [[ $status == 3* ]]; then
    [[ -n $location ]] || die "HTTP $status without Location"
    if [[ $(origin_of "$location") != "$as_origin" ]]; then
      app_redirect=$location
      break
    fi
    url=$location
    continue
  fi
  [[ $status == 200 ]] || die "GET $(redact "$url"): HTTP $status $(page_error)"

  # Callout's demo service (callout --demo): one page, a form posting a one-time ticket with
  # decision=allow (Allow) or decision=deny (Deny); its answer redirects to the app.
  if [[ $(form_action) == */authorize/decision ]] && grep -q 'name="decision" value="allow"' "$body"; then
    ticket=$(form_field ticket)
    [[ -n $ticket ]] || die "demo sign-in page without a ticket"
    decision=allow
    [[ $mode == deny ]] && decision=deny
    request POST "$(absolute "$(form_action)")" --data-urlencode "ticket=$ticket" --data "decision=$decision"
    [[ $status == 3* && -n $location ]] || die "POST decision=$decision: HTTP $status $(page_error)"
    [[ $(origin_of "$location") != "$as_origin" ]] || die "POST decision=$decision: redirected to the server again"
    app_redirect=$location
    break
  fi

  prompt=$(form_field prompt)
  action=$(form_action)
  [[ -n $prompt && -n $action ]] || die "GET $(redact "$url"): no login/consent form on the page $(page_error)"
  if [[ $mode == deny ]]; then
    abort=$(abort_link)
    [[ -n $abort ]] || die "no abort link on the $prompt page"
    url=$(absolute "$abort")
    continue
  fi
  case $prompt in
    login) request POST "$(absolute "$action")" --data prompt=login --data-urlencode "login=$user" --data password=x ;;
    consent) request POST "$(absolute "$action")" --data prompt=consent ;;
    *) die "unexpected prompt '$prompt'" ;;
  esac
  [[ $status == 3* && -n $location ]] || die "POST $prompt: HTTP $status $(page_error)"
  if [[ $(origin_of "$location") != "$as_origin" ]]; then
    app_redirect=$location
    break
  fi
  url=$location
done
[[ -n $app_redirect ]] || die "no redirect to the app after $MAX_STEPS steps"

case $mode in
  forge-state) app_redirect=$(set_param "$app_redirect" state "forged-by-browser-sh") ;;
  drop-iss) app_redirect=$(drop_param "$app_redirect" iss) ;;
  forge-iss) app_redirect=$(set_param "$app_redirect" iss "$(url_encode "${CALLOUT_BROWSER_ISS:-http://evil.example}")") ;;
  delay) sleep "${CALLOUT_BROWSER_DELAY:-5}" ;;
esac

# Deliver the redirect to the app exactly once; do not follow whatever the app answers.
out=$(curl -sS --max-time "$CURL_TIMEOUT" -o /dev/null -w '%{http_code}' "$app_redirect") \
  || die "app redirect $(redact "$app_redirect"): curl failed"
log_step "GET $app_redirect -> $out (delivered to the app)"
if [[ -n ${CALLOUT_BROWSER_STATUS_FILE:-} ]]; then
  printf '%s\n' "$out" >"$CALLOUT_BROWSER_STATUS_FILE"
fi
exit 0
